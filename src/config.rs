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

use crate::finding::Severity;
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
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    pub fail_on: Option<FailOn>,
    pub format: Option<Format>,
    pub lang: Option<Lang>,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    #[serde(default)]
    pub no_allow: Vec<String>,
}

/// A problem with the configuration file.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub file: PathBuf,
    pub message: String,
    pub span: Option<std::ops::Range<usize>>,
    pub text: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// The policy part: severity overrides and unsuppressible rules.
    pub fn policy(&self) -> Policy {
        Policy {
            severity: self.severity.clone(),
            no_allow: self.no_allow.clone(),
        }
    }

    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let error = |message: String, span, text: &str| ConfigError {
            file: path.to_owned(),
            message,
            span,
            text: text.to_owned(),
        };
        let text = std::fs::read_to_string(path).map_err(|e| error(e.to_string(), None, ""))?;
        let config: Config =
            toml::from_str(&text).map_err(|e| error(e.message().to_owned(), e.span(), &text))?;
        for id in config.severity.keys().chain(&config.no_allow) {
            if RuleId::parse(id).is_none() {
                let hint = crate::plan::suggest(id, RuleId::names())
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                let span = text
                    .find(&format!("\"{id}\""))
                    .or_else(|| text.find(id.as_str()))
                    .map(|at| at..at + id.len());
                return Err(error(format!("unknown rule `{id}`{hint}"), span, &text));
            }
        }
        Ok(config)
    }

    /// The configuration file for a run started in `dir`: `oras-check.toml` there or in the
    /// nearest parent folder.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }
}
