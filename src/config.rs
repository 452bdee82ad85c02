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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
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
    pub severity: BTreeMap<RuleId, Severity>,
    /// Rules turned off (`[severity] RULE = "off"`).
    pub off: Vec<RuleId>,
    pub no_allow: Vec<RuleId>,
    /// Globs of paths left out of folder walks.
    pub exclude: Vec<String>,
    /// The provider's roster file, as written (relative to the configuration file).
    pub roster: Option<String>,
    pub client_ids: ClientIds,
}

/// Whether a client pseudonym names one person across the provider's courses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientIds {
    /// Unique only within a plan (the default): `client-double-booked` does not run.
    #[default]
    PerPlan,
    /// One person across every course of the provider.
    ProviderWide,
}

/// The keys of the file.
const KEYS: &[&str] = &[
    "fail-on",
    "format",
    "lang",
    "severity",
    "no-allow",
    "exclude",
    "roster",
    "client-ids",
];

impl Config {
    /// The policy part: severity overrides, rules turned off, unsuppressible rules.
    pub fn policy(&self) -> Policy {
        Policy {
            severity: self.severity.clone(),
            off: self.off.clone(),
            no_allow: self.no_allow.clone(),
        }
    }

    /// The `exclude` globs, compiled (they were validated when the file was read).
    pub fn exclude_set(globs: &[String]) -> Result<Option<globset::GlobSet>, String> {
        if globs.is_empty() {
            return Ok(None);
        }
        let mut set = globset::GlobSetBuilder::new();
        for glob in globs {
            set.add(globset::Glob::new(glob).map_err(|e| e.to_string())?);
        }
        set.build().map(Some).map_err(|e| e.to_string())
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
                "client-ids" => config.client_ids = word(value, &mut problems).unwrap_or_default(),
                "roster" => {
                    match value.get_ref() {
                        DeValue::String(path) if !path.trim().is_empty() => {
                            match within_folder(path) {
                            Ok(()) => config.roster = Some(path.to_string()),
                            Err(why) => problems.push(
                                Problem::new(format!("`roster` {why}"))
                                    .at(at)
                                    .help("name the roster relative to this file's folder, inside it: roster = \"staff.toml\""),
                            ),
                        }
                        }
                        _ => problems.push(
                            Problem::new("`roster` must be the path of the roster file").at(at),
                        ),
                    }
                }
                "exclude" => match value.get_ref() {
                    DeValue::Array(items) => {
                        for item in items {
                            let at = Span::from(item.span());
                            match item.get_ref() {
                                DeValue::String(glob) => match globset::Glob::new(glob) {
                                    Ok(_) => config.exclude.push(glob.to_string()),
                                    Err(e) => problems.push(
                                        Problem::new(format!("not a glob: {}", e.kind())).at(at),
                                    ),
                                },
                                _ => problems.push(Problem::new("a glob must be a string").at(at)),
                            }
                        }
                    }
                    _ => problems.push(Problem::new("`exclude` must be an array of globs").at(at)),
                },
                "severity" => match value.get_ref() {
                    DeValue::Table(table) => {
                        for (rule, severity) in table {
                            let id = rule.get_ref();
                            let known = known_rule(id, rule.span().into(), &mut problems);
                            if matches!(severity.get_ref(), DeValue::String(s) if s == "off") {
                                if known
                                    && off_allowed(id, severity.span().into(), &mut problems)
                                    && let Some(rule) = RuleId::parse(id)
                                {
                                    config.off.push(rule);
                                }
                                continue;
                            }
                            let severity = word::<Severity>(severity, &mut problems);
                            if let (true, Some(severity), Some(rule)) =
                                (known, severity, RuleId::parse(id))
                            {
                                config.severity.insert(rule, severity);
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
                                    if known_rule(rule, item.span().into(), &mut problems)
                                        && let Some(rule) = RuleId::parse(rule)
                                    {
                                        config.no_allow.push(rule);
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

    /// Reads a configuration file that was found (not named): it must be a file of the folder it
    /// stands in, not a link leading out of it (to `/proc/self/environ`, another user's file).
    pub fn load_found(path: &Path) -> Result<Config, Box<FileError>> {
        if crate::files::leads_out(path) {
            return Err(FileError::whole(
                FileKind::Config,
                &path.display().to_string(),
                "is a link that leads outside its folder, so it is not read; replace the link \
                 with the file itself",
            ));
        }
        Config::load(path)
    }

    /// The roster file this configuration (read from `config_file`) names, resolved inside the
    /// configuration's folder: a link or `..` that leads out of it is refused, and nothing of
    /// the file it leads to is read.
    pub fn roster_path(&self, config_file: &Path) -> Result<Option<PathBuf>, Box<FileError>> {
        let Some(name) = &self.roster else {
            return Ok(None);
        };
        let dir = match std::path::absolute(config_file)
            .ok()
            .and_then(|f| f.parent().map(Path::to_path_buf))
        {
            Some(dir) => dir,
            None => PathBuf::from("."),
        };
        crate::files::inside(&dir, name).map(Some).map_err(|why| {
            FileError::whole(
                FileKind::Config,
                &config_file.display().to_string(),
                format!("roster = \"{name}\" {why}"),
            )
        })
    }

    /// The configuration file for a run started in `dir`: `oras-check.toml` there or in the
    /// nearest parent folder.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }
}

/// Whether a path a configuration names stays inside its folder as written: relative, and no
/// `..` that climbs above the folder. (Links are resolved when the file is opened.)
fn within_folder(path: &str) -> Result<(), &'static str> {
    let path = Path::new(path);
    if path.is_absolute() || path.has_root() || path.to_string_lossy().starts_with(['/', '\\']) {
        return Err("must be a path relative to this file's folder, not an absolute path");
    }
    let mut depth = 0usize;
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                depth = depth
                    .checked_sub(1)
                    .ok_or("must name a file inside this file's folder; `..` leads out of it")?;
            }
            std::path::Component::Normal(_) => depth += 1,
            _ => {}
        }
    }
    Ok(())
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

/// Whether a rule may be turned off; a problem at `at` for the input rules and
/// `personal-data`, which always run.
pub fn off_allowed(id: &str, at: Span, problems: &mut Vec<Problem>) -> bool {
    let fixed =
        RuleId::parse(id).is_some_and(|r| r.info().handling == crate::registry::Handling::Fixed);
    if fixed {
        problems.push(
            Problem::new(format!("`{id}` cannot be turned off"))
                .at(at)
                .help(
                    "plan-syntax, plan-schema and personal-data always run: a plan that cannot \
                     be read, or one with an identity code, must never pass",
                ),
        );
    }
    !fixed
}

/// The configuration that applies to the plans below one folder: `oras-check.toml` read, the
/// roster it names read and checked, its `exclude` globs compiled. Without a file, the defaults.
///
/// This is where every command (check, the planner's tools, `fix`, an editor) learns the
/// settings of a plan: [`Project::for_plan`] for one plan, [`Projects`] for many.
#[derive(Clone, Debug, Default)]
pub struct Project {
    /// The configuration file, absolute; `None` for the defaults.
    pub file: Option<PathBuf>,
    pub config: Config,
    /// The roster the file names, read and checked.
    pub roster: Option<std::sync::Arc<crate::plan::Roster>>,
    /// `exclude`, compiled; matched against paths relative to the file's folder.
    pub exclude: Option<globset::GlobSet>,
    /// The configuration file and the roster, as files: never plans.
    never_plans: Vec<PathBuf>,
}

impl Project {
    /// Reads a configuration file named on the command line and its roster; every problem of
    /// either is located.
    pub fn load(file: &Path) -> Result<Project, Box<FileError>> {
        Project::with(file, Config::load(file)?)
    }

    /// Reads a configuration file that was found beside or above a plan (never a link leading
    /// out of its folder: [`Config::load_found`]) and its roster.
    pub fn load_found(file: &Path) -> Result<Project, Box<FileError>> {
        Project::with(file, Config::load_found(file)?)
    }

    fn with(file: &Path, config: Config) -> Result<Project, Box<FileError>> {
        // The roster is confined to the configuration's folder before anything of it is read.
        let roster_file = config.roster_path(file)?;
        let file = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let roster = match (&config.roster, &roster_file) {
            (Some(name), Some(path)) => Some(std::sync::Arc::new(load_roster(path, name)?)),
            _ => None,
        };
        let exclude = Config::exclude_set(&config.exclude)
            .map_err(|e| FileError::whole(FileKind::Config, &file.display().to_string(), e))?;
        let never_plans = std::iter::once(file.clone())
            .chain(roster_file)
            .map(|p| p.canonicalize().unwrap_or(p))
            .collect();
        Ok(Project {
            file: Some(file),
            config,
            roster,
            exclude,
            never_plans,
        })
    }

    /// The configuration file and its roster, resolved: the files this configuration reads,
    /// which are never plans and never written over.
    pub fn files(&self) -> &[PathBuf] {
        &self.never_plans
    }

    /// The configuration of one plan (or folder): the nearest `oras-check.toml` from its folder
    /// upward ([`find_for`]), else the defaults.
    pub fn for_plan(path: &Path) -> Result<Project, Box<FileError>> {
        match find_for(path) {
            Some(file) => Project::load_found(&file),
            None => Ok(Project::default()),
        }
    }

    /// The folder the file is in (`exclude` and the roster are relative to it).
    pub fn dir(&self) -> Option<&Path> {
        self.file.as_deref().and_then(Path::parent)
    }

    /// Whether `path` is the configuration file or its roster (never a plan).
    pub fn is_own_file(&self, path: &Path) -> bool {
        if self.never_plans.is_empty() {
            return false;
        }
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.never_plans.contains(&canonical)
    }

    /// Whether `exclude` leaves `path` out: matched relative to the configuration's folder.
    pub fn excludes(&self, path: &Path) -> bool {
        let (Some(set), Some(dir)) = (&self.exclude, self.dir()) else {
            return false;
        };
        std::path::absolute(path)
            .ok()
            .and_then(|p| p.strip_prefix(dir).ok().map(Path::to_path_buf))
            .is_some_and(|relative| set.is_match(relative))
    }
}

/// The configuration file that applies to the plan (or folder) at `path`: the nearest
/// `oras-check.toml` from the plan's folder upward, whatever folder the command runs in (as
/// ruff finds its settings). A symbolic link is a plan where the link is.
pub fn find_for(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let folder = if absolute.is_dir() {
        absolute
    } else {
        absolute.parent()?.to_path_buf()
    };
    Config::find(&folder)
}

/// The configurations of the plans of one run, each file read once: either one for every plan
/// (`--config`, `--no-config`), or for each plan the nearest file from its folder upward.
#[derive(Debug)]
pub struct Projects {
    fixed: Option<std::sync::Arc<Project>>,
    /// For a plan with no configuration file from its folder upward: the one the run found
    /// from where it started (`cd repo && oras-check /tmp/plan.toml`), else the defaults.
    fallback: std::sync::Arc<Project>,
    /// Each folder met, and the configuration that applies in it.
    folders: std::collections::HashMap<PathBuf, std::sync::Arc<Project>>,
    /// Each configuration file read, by its path.
    files: std::collections::HashMap<PathBuf, std::sync::Arc<Project>>,
}

impl Projects {
    /// Each plan under the nearest configuration file from its folder upward; `fallback` for
    /// a plan with none.
    pub fn nearest(fallback: Project) -> Projects {
        let fallback = std::sync::Arc::new(fallback);
        // Read once: the plans under the same file share one configuration (and so are
        // compared with each other by the cross-plan rules).
        let files = fallback
            .file
            .iter()
            .map(|file| (file.clone(), fallback.clone()))
            .collect();
        Projects {
            fixed: None,
            fallback,
            folders: Default::default(),
            files,
        }
    }

    /// Every plan under one configuration (`--config FILE`, or the defaults for `--no-config`).
    pub fn fixed(project: Project) -> Projects {
        Projects {
            fixed: Some(std::sync::Arc::new(project)),
            ..Projects::nearest(Project::default())
        }
    }

    /// The configuration of the plan (or folder) at `path`; `found_file` when a folder's walk
    /// found it as a file, which spares asking the file system again whether it is a folder,
    /// once per plan.
    pub fn for_input(
        &mut self,
        path: &Path,
        found_file: bool,
    ) -> Result<std::sync::Arc<Project>, Box<FileError>> {
        if let Some(fixed) = &self.fixed {
            return Ok(fixed.clone());
        }
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let folder = if !found_file && absolute.is_dir() {
            absolute
        } else {
            absolute.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        if let Some(project) = self.folders.get(&folder) {
            return Ok(project.clone());
        }
        let project = match Config::find(&folder) {
            Some(file) => match self.files.get(&file) {
                Some(project) => project.clone(),
                None => {
                    let project = std::sync::Arc::new(Project::load_found(&file)?);
                    self.files.insert(file, project.clone());
                    project
                }
            },
            None => self.fallback.clone(),
        };
        self.folders.insert(folder, project.clone());
        Ok(project)
    }
}

/// The plans of a run grouped by the configuration they are checked under: plans under
/// different configurations are never compared by the cross-plan rules.
#[derive(Debug, Default)]
pub struct Assignment {
    /// In order of first appearance; each input with its index in the run's inputs.
    pub groups: Vec<Group>,
    /// Files named or found that are a configuration file or its roster: never plans.
    pub never_plans: Vec<String>,
}

/// Plans under one configuration.
#[derive(Debug)]
pub struct Group {
    pub project: std::sync::Arc<Project>,
    pub inputs: Vec<(usize, crate::run::Input)>,
}

/// Gives each input its configuration. Files found in folders that the configuration's
/// `exclude` leaves out are dropped (files named on the command line, and standard input under
/// `--stdin-filename`, too with `force_exclude`, as pre-commit names them); the configuration
/// files and their rosters are never plans, named or found. Standard input's configuration is
/// found from its `--stdin-filename`, else from the current folder.
pub fn assign(
    inputs: Vec<crate::run::Input>,
    projects: &mut Projects,
    force_exclude: bool,
) -> Result<Assignment, Box<FileError>> {
    use crate::run::Input;
    let mut out = Assignment::default();
    for (index, input) in inputs.into_iter().enumerate() {
        let (path, explicit) = match &input {
            Input::File { path, explicit } => (path.clone(), *explicit),
            Input::Stdin => (PathBuf::from("-"), true),
            Input::StdinAs(path) => (path.clone(), !force_exclude),
            Input::Problem { path, .. } => (PathBuf::from(path), true),
        };
        let found_file = matches!(
            input,
            Input::File {
                explicit: false,
                ..
            }
        );
        let project = projects.for_input(&path, found_file)?;
        if matches!(input, Input::File { .. }) && project.is_own_file(&path) {
            out.never_plans.push(input.name());
            continue;
        }
        let file = matches!(input, Input::File { .. } | Input::StdinAs(_));
        if file && (!explicit || force_exclude) && project.excludes(&path) {
            continue;
        }
        match out
            .groups
            .iter_mut()
            .find(|g| std::sync::Arc::ptr_eq(&g.project, &project))
        {
            Some(group) => group.inputs.push((index, input)),
            None => out.groups.push(Group {
                project,
                inputs: vec![(index, input)],
            }),
        }
    }
    Ok(out)
}

/// Reads the roster a configuration names (`shown` as written there); its problems are
/// located in it.
pub fn load_roster(path: &Path, shown: &str) -> Result<crate::plan::Roster, Box<FileError>> {
    let file = path.display().to_string();
    let text =
        crate::files::read_text(path).map_err(|e| FileError::whole(FileKind::Roster, &file, e))?;
    crate::plan::Roster::parse(shown, &text).map_err(|findings| {
        let l10n = crate::i18n::Localizer::get(Lang::En);
        let problems = findings
            .iter()
            .map(|f| {
                let mut problem = Problem::new(l10n.format(&f.message));
                if let Some(span) = f.span() {
                    problem = problem.at(span);
                }
                if let Some(help) = &f.help {
                    problem = problem.help(l10n.format(help));
                }
                problem
            })
            .collect();
        FileError::new(FileKind::Roster, &file, &text, problems)
    })
}
