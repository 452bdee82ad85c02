//! Where each setting comes from: a flag, the environment (`ORAS_CHECK_*`), the configuration
//! file, or the default, in that order of precedence. `oras-check config` shows the result.

use std::path::{Path, PathBuf};

use super::choice::Choice;

use oras_check::config::{ClientIds, Config, FailOn};
use oras_check::error::FileError;
use oras_check::i18n::Lang;
use oras_check::plan::Roster;
use oras_check::policy::Policy;
use oras_check::report::Format;

/// The origin of a setting's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    Env(&'static str),
    File(PathBuf),
    /// The configuration file found by looking in the current folder and its parents.
    Found(PathBuf),
    Locale(&'static str),
    Default,
}

impl Origin {
    /// Where a setting came from, in the reader's language (`oras-check config`).
    pub fn text(&self, l10n: &oras_check::i18n::Localizer) -> String {
        use oras_check::msg;
        l10n.format(&match self {
            Origin::Flag(flag) => msg!("config-origin-flag", flag = *flag),
            Origin::Env(var) => msg!("config-origin-env", var = *var),
            Origin::File(path) => msg!("config-origin-file", path = path.display().to_string()),
            Origin::Found(path) => msg!("config-origin-found", path = path.display().to_string()),
            Origin::Locale(var) => msg!("config-origin-locale", var = *var),
            Origin::Default => msg!("config-origin-default"),
        })
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag(flag) => write!(f, "flag {flag}"),
            Origin::Env(var) => write!(f, "environment {var}"),
            Origin::File(path) => write!(f, "file {}", path.display()),
            Origin::Found(path) => write!(f, "found: {}", path.display()),
            Origin::Locale(var) => write!(f, "locale {var}"),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Clone, Debug)]
pub struct Setting<T> {
    pub value: T,
    pub origin: Origin,
}

/// The settings in force for a run.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The configuration file used, if any, and how it was found.
    pub config: Option<Setting<PathBuf>>,
    pub format: Setting<Format>,
    pub fail_on: Setting<FailOn>,
    pub lang: Setting<Lang>,
    /// Severity overrides, rules turned off (`"off"` and `--ignore`), `no-allow`.
    pub policy: Policy,
    /// Where each rule turned off was turned off.
    pub off_origins: Vec<(String, Origin)>,
    /// Globs left out of folder walks, from the file and `--exclude`.
    pub exclude: Vec<String>,
    /// The globs of `--exclude` alone.
    pub flag_exclude: Vec<String>,
    /// The project root: the configuration file's folder, else the git root, else the current
    /// folder. SARIF paths are relative to it; `exclude` globs match from it.
    pub root: PathBuf,
    /// The provider's roster, read and checked, and its file.
    pub roster: Option<Setting<std::sync::Arc<Roster>>>,
    pub client_ids: Setting<ClientIds>,
    /// The configuration was chosen for every plan (`--config`, `ORAS_CHECK_CONFIG`,
    /// `--no-config`); otherwise each plan has the nearest file from its folder upward.
    pub fixed: bool,
    /// Rules turned off by `--ignore`, and every rule but those of `--select`: for every plan,
    /// whatever its configuration.
    pub flags_off: Vec<oras_check::registry::RuleId>,
}

/// A bad setting: an unreadable or invalid configuration file, or a bad environment value.
pub enum SettingsError {
    Config(Box<FileError>),
    Env {
        var: &'static str,
        value: String,
        expected: String,
    },
    /// A flag the command line gave that cannot be honoured (`--ignore plan-schema`).
    Flag(String),
}

/// The flags a command was given (`None` when not given).
#[derive(Default)]
pub struct Flags<'a> {
    pub config: Option<&'a Path>,
    pub no_config: bool,
    pub format: Option<Format>,
    pub fail_on: Option<FailOn>,
    pub lang: Option<Lang>,
    /// `--ignore RULE`, repeated.
    pub ignore: &'a [String],
    /// `--exclude GLOB`, repeated.
    pub exclude: &'a [String],
    /// `--select RULE`, repeated: only these rules (and the input rules) report.
    pub select: &'a [String],
    /// Where to look for a configuration when there is none in the current folder or above:
    /// the first path the command names (`cd /tmp && oras-check /repo/plans/x.toml`).
    pub anchor: Option<&'a Path>,
    /// `config` is the file found for this plan or folder (`oras-check config PATH`), not a flag.
    pub found_for: Option<&'a Path>,
}

fn env(var: &'static str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.trim().is_empty())
}

fn from_env<T: Choice>(var: &'static str) -> Result<Option<T>, SettingsError> {
    let Some(value) = env(var) else {
        return Ok(None);
    };
    match T::parse(value.trim()) {
        Some(choice) => Ok(Some(choice)),
        None => Err(SettingsError::Env {
            var,
            expected: T::ids(),
            value,
        }),
    }
}

/// Resolves one setting from flag, environment, file and default.
fn resolve<T: Choice>(
    flag: Option<T>,
    flag_name: &'static str,
    var: &'static str,
    file: Option<(T, &Path)>,
    default: impl FnOnce() -> Setting<T>,
) -> Result<Setting<T>, SettingsError> {
    if let Some(value) = flag {
        return Ok(Setting {
            value,
            origin: Origin::Flag(flag_name),
        });
    }
    if let Some(value) = from_env(var)? {
        return Ok(Setting {
            value,
            origin: Origin::Env(var),
        });
    }
    if let Some((value, path)) = file {
        return Ok(Setting {
            value,
            origin: Origin::File(path.to_owned()),
        });
    }
    Ok(default())
}

impl Settings {
    pub fn resolve(flags: &Flags<'_>) -> Result<Settings, SettingsError> {
        let config_path: Option<Setting<PathBuf>> = if flags.no_config {
            None
        } else if let Some(path) = flags.config {
            Some(Setting {
                value: path.to_owned(),
                origin: match flags.found_for {
                    Some(_) => Origin::Found(path.to_owned()),
                    None => Origin::Flag("--config"),
                },
            })
        } else if let Some(path) = env("ORAS_CHECK_CONFIG") {
            Some(Setting {
                value: PathBuf::from(path),
                origin: Origin::Env("ORAS_CHECK_CONFIG"),
            })
        } else {
            std::env::current_dir()
                .ok()
                .and_then(|dir| Config::find(&dir))
                .or_else(|| flags.anchor.and_then(oras_check::config::find_for))
                .map(|path| Setting {
                    origin: Origin::Found(path.clone()),
                    value: path,
                })
        };
        let fixed = flags.no_config || flags.config.is_some() || env("ORAS_CHECK_CONFIG").is_some();
        let config = match &config_path {
            Some(setting) if matches!(setting.origin, Origin::Found(_)) => {
                Config::load_found(&setting.value).map_err(SettingsError::Config)?
            }
            Some(setting) => Config::load(&setting.value).map_err(SettingsError::Config)?,
            None => Config::default(),
        };
        let file = config_path.as_ref().map(|s| s.value.as_path());
        let config_dir = file.map(|f| {
            std::path::absolute(f)
                .ok()
                .and_then(|f| f.parent().map(Path::to_path_buf))
                .unwrap_or_default()
        });
        let root = config_dir.unwrap_or_else(project_root);
        let file_origin = || file.map_or(Origin::Default, |f| Origin::File(f.to_owned()));
        let mut policy = config.policy();
        let mut off_origins: Vec<(String, Origin)> = config
            .off
            .iter()
            .map(|r| (r.as_str().to_owned(), file_origin()))
            .collect();
        let mut flags_off: Vec<oras_check::registry::RuleId> = Vec::new();
        for rule in flags.ignore {
            let rule = rule.trim();
            let mut problems = Vec::new();
            let at = oras_check::finding::Span::default();
            let Some(id) = oras_check::registry::RuleId::parse(rule) else {
                let hint = oras_check::plan::suggest(rule, oras_check::registry::RuleId::names())
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                return Err(SettingsError::Flag(format!(
                    "--ignore {rule}: unknown rule{hint}"
                )));
            };
            if !oras_check::config::off_allowed(rule, at, &mut problems) {
                return Err(SettingsError::Flag(format!(
                    "--ignore {rule}: plan-syntax, plan-schema and personal-data cannot be turned off"
                )));
            }
            if !policy.off.contains(&id) {
                policy.off.push(id);
                off_origins.push((rule.to_owned(), Origin::Flag("--ignore")));
            }
            if !flags_off.contains(&id) {
                flags_off.push(id);
            }
        }
        if !flags.select.is_empty() {
            let mut selected = Vec::new();
            for rule in flags.select {
                let rule = rule.trim();
                match oras_check::registry::RuleId::parse(rule) {
                    Some(id) => selected.push(id),
                    None => {
                        let hint =
                            oras_check::plan::suggest(rule, oras_check::registry::RuleId::names())
                                .map(|s| format!("; did you mean `{s}`?"))
                                .unwrap_or_default();
                        return Err(SettingsError::Flag(format!(
                            "--select {rule}: unknown rule{hint}"
                        )));
                    }
                }
            }
            // Every other rule off, except those that always run.
            for id in oras_check::registry::RuleId::ALL {
                let fixed_rule = id.info().handling == oras_check::registry::Handling::Fixed;
                if fixed_rule || selected.contains(id) {
                    continue;
                }
                if !policy.off.contains(id) {
                    policy.off.push(*id);
                }
                if !flags_off.contains(id) {
                    flags_off.push(*id);
                }
            }
        }
        let mut exclude = config.exclude.clone();
        for glob in flags.exclude {
            if let Err(e) = globset::Glob::new(glob) {
                return Err(SettingsError::Flag(format!(
                    "--exclude {glob}: not a glob: {}",
                    e.kind()
                )));
            }
            exclude.push(glob.clone());
        }
        let flag_exclude = flags.exclude.to_vec();
        let roster_path = match file {
            Some(file) => config.roster_path(file).map_err(SettingsError::Config)?,
            None => None,
        };
        let roster = match (&config.roster, roster_path) {
            (Some(name), Some(path)) => Some(Setting {
                value: std::sync::Arc::new(
                    oras_check::config::load_roster(&path, name).map_err(SettingsError::Config)?,
                ),
                origin: file_origin(),
            }),
            _ => None,
        };
        Ok(Settings {
            format: resolve(
                flags.format,
                "--format",
                "ORAS_CHECK_FORMAT",
                config.format.zip(file),
                || Setting {
                    value: Format::Human,
                    origin: Origin::Default,
                },
            )?,
            fail_on: resolve(
                flags.fail_on,
                "--fail-on",
                "ORAS_CHECK_FAIL_ON",
                config.fail_on.zip(file),
                || Setting {
                    value: FailOn::Error,
                    origin: Origin::Default,
                },
            )?,
            lang: resolve(
                flags.lang,
                "--lang",
                "ORAS_CHECK_LANG",
                config.lang.zip(file),
                locale_lang,
            )?,
            policy,
            off_origins,
            exclude,
            flag_exclude,
            root,
            roster,
            client_ids: Setting {
                value: config.client_ids,
                origin: if config.client_ids == ClientIds::default() {
                    Origin::Default
                } else {
                    file_origin()
                },
            },
            config: config_path,
            fixed,
            flags_off,
        })
    }
}

/// The language `ORAS_CHECK_LANG` or the locale asks for, before any configuration is read.
pub fn env_lang() -> Lang {
    from_env::<Lang>("ORAS_CHECK_LANG")
        .ok()
        .flatten()
        .unwrap_or_else(|| locale_lang().value)
}

/// The language of the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the POSIX order),
/// else the user's interface language as the system reports it (Windows, macOS); English when
/// none says fi or sv.
fn locale_lang() -> Setting<Lang> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(var) {
            return Setting {
                value: Lang::from_locale(&value),
                origin: Origin::Locale(var),
            };
        }
    }
    match sys_locale::get_locale() {
        Some(locale) => Setting {
            value: Lang::from_locale(&locale),
            origin: Origin::Locale("system"),
        },
        None => Setting {
            value: Lang::En,
            origin: Origin::Default,
        },
    }
}

/// The folder a run's paths are relative to when there is no configuration file: the git
/// root above the current folder, else the current folder.
fn project_root() -> PathBuf {
    let here = std::env::current_dir().unwrap_or_default();
    here.ancestors()
        .find(|d| d.join(".git").exists())
        .map_or_else(|| here.clone(), Path::to_path_buf)
}
