//! The project configuration file, `oras-check.toml`, found in the current folder or a parent.
//!
//! ```toml
//! fail-on = "warning"          # default --fail-on
//! format = "github"            # default --format
//! lang = "fi"                  # default --lang
//! no-allow = ["group-size-max"]  # rules an [[allow]] may not suppress
//!
//! [severity]                   # per-rule severity overrides
//! onsite-weekdays = "warning"
//! ```
//!
//! Unknown keys and unknown rule ids are errors. Flags override the environment
//! (`ORAS_CHECK_*`), which overrides this file, which overrides the defaults.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use crate::error::{FileError, FileKind, Problem};
use crate::finding::{Severity, Span};
use crate::i18n::Lang;
use crate::policy::Policy;
use crate::registry::RuleId;
use crate::report::Format;

/// The configuration file's name.
pub const FILE_NAME: &str = "oras-check.toml";

/// The lowest severity that makes the exit code 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Note,
    Never,
}

impl FailOn {
    pub fn id(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Note => "note",
            FailOn::Never => "never",
        }
    }

    /// The severity at which the run fails, if any.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Note => Some(Severity::Note),
            FailOn::Never => None,
        }
    }
}

/// The contents of `oras-check.toml`.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub fail_on: Option<FailOn>,
    pub format: Option<Format>,
    pub lang: Option<Lang>,
    pub severity: BTreeMap<String, Severity>,
    pub no_allow: Vec<String>,
}

/// The keys of the file.
const KEYS: &[&str] = &["fail-on", "format", "lang", "severity", "no-allow"];

impl Config {
    /// The policy part: severity overrides and unsuppressible rules.
    pub fn policy(&self) -> Policy {
        Policy {
            severity: self.severity.clone(),
            no_allow: self.no_allow.clone(),
        }
    }

    /// Reads and validates a configuration file, reporting every problem at its key or value.
    pub fn load(path: &Path) -> Result<Config, Box<FileError>> {
        let file = path.display().to_string();
        let text = crate::files::read_text(path)
            .map_err(|e| FileError::whole(FileKind::Config, &file, e))?;
        Config::parse(&file, &text)
    }

    /// Reads a configuration from its text (`file` names it in messages).
    pub fn parse(file: &str, text: &str) -> Result<Config, Box<FileError>> {
        let fail = |problems| FileError::new(FileKind::Config, file, text, problems);
        let root = DeTable::parse(text).map_err(|e| {
            fail(vec![
                Problem::new(e.message().to_owned()).at_range(e.span()),
            ])
        })?;
        let mut config = Config::default();
        let mut problems = Vec::new();
        for (key, value) in root.get_ref() {
            let at = Span::from(value.span());
            match key.get_ref().as_ref() {
                "fail-on" => config.fail_on = word(value, &mut problems),
                "format" => config.format = word(value, &mut problems),
                "lang" => config.lang = word(value, &mut problems),
                "severity" => match value.get_ref() {
                    DeValue::Table(table) => {
                        for (rule, severity) in table {
                            let known =
                                known_rule(rule.get_ref(), rule.span().into(), &mut problems);
                            let severity = word::<Severity>(severity, &mut problems);
                            if let (true, Some(severity)) = (known, severity) {
                                config.severity.insert(rule.get_ref().to_string(), severity);
                            }
                        }
                    }
                    _ => problems
                        .push(Problem::new("`severity` must be a table of rule = severity").at(at)),
                },
                "no-allow" => match value.get_ref() {
                    DeValue::Array(items) => {
                        for item in items {
                            match item.get_ref() {
                                DeValue::String(rule) => {
                                    if known_rule(rule, item.span().into(), &mut problems) {
                                        config.no_allow.push(rule.to_string());
                                    }
                                }
                                _ => problems.push(
                                    Problem::new("a rule id must be a string")
                                        .at(item.span().into()),
                                ),
                            }
                        }
                    }
                    _ => problems
                        .push(Problem::new("`no-allow` must be an array of rule ids").at(at)),
                },
                other => {
                    let help = crate::plan::suggest(other, KEYS.iter().copied()).map_or_else(
                        || format!("the keys are {}", KEYS.join(", ")),
                        |s| format!("did you mean `{s}`?"),
                    );
                    problems.push(
                        Problem::new(format!("unknown field `{other}`"))
                            .at(key.span().into())
                            .help(help),
                    );
                }
            }
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(fail(problems))
        }
    }

    /// The configuration file for a run started in `dir`: `oras-check.toml` there or in the
    /// nearest parent folder.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }
}

/// A rule id the table knows; a problem at `at` (with a "did you mean") otherwise.
fn known_rule(id: &str, at: Span, problems: &mut Vec<Problem>) -> bool {
    if RuleId::parse(id).is_some() {
        return true;
    }
    let mut problem = Problem::new(format!("unknown rule `{id}`")).at(at);
    if let Some(s) = crate::plan::suggest(id, RuleId::names()) {
        problem = problem.help(format!("did you mean `{s}`?"));
    }
    problems.push(problem);
    false
}

/// A word of a closed list (`"warning"`, `"fi"`), read by its serde name; a problem at the value
/// otherwise.
fn word<T: serde::de::DeserializeOwned>(
    value: &toml::Spanned<DeValue<'_>>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let at = Span::from(value.span());
    let DeValue::String(s) = value.get_ref() else {
        problems.push(Problem::new("expected a string").at(at));
        return None;
    };
    match T::deserialize(toml::Value::String(s.to_string())) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::new(e.message().to_owned()).at(at));
            None
        }
    }
}
