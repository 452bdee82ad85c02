//! Where each setting comes from: a flag, the environment (`ORAS_CHECK_*`), the configuration
//! file, or the default, in that order of precedence. `oras-check config` shows the result.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use oras_check::config::{Config, FailOn};
use oras_check::error::FileError;
use oras_check::i18n::Lang;
use oras_check::policy::Policy;
use oras_check::report::Format;

/// The origin of a setting's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    Env(&'static str),
    File(PathBuf),
    Locale(&'static str),
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag(flag) => write!(f, "flag {flag}"),
            Origin::Env(var) => write!(f, "environment {var}"),
            Origin::File(path) => write!(f, "file {}", path.display()),
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
    pub policy: Policy,
}

/// A bad setting: an unreadable or invalid configuration file, or a bad environment value.
pub enum SettingsError {
    Config(Box<FileError>),
    Env {
        var: &'static str,
        value: String,
        expected: String,
    },
}

/// The flags a command was given (`None` when not given).
#[derive(Default)]
pub struct Flags<'a> {
    pub config: Option<&'a Path>,
    pub no_config: bool,
    pub format: Option<Format>,
    pub fail_on: Option<FailOn>,
    pub lang: Option<LangArg>,
}

fn env(var: &'static str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.trim().is_empty())
}

fn from_env<T: ValueEnum>(var: &'static str) -> Result<Option<T>, SettingsError> {
    let Some(value) = env(var) else {
        return Ok(None);
    };
    T::from_str(value.trim(), true)
        .map(Some)
        .map_err(|_| SettingsError::Env {
            var,
            expected: T::value_variants()
                .iter()
                .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
                .collect::<Vec<_>>()
                .join(", "),
            value,
        })
}

/// Resolves one setting from flag, environment, file and default.
fn resolve<T: ValueEnum + Clone>(
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
                origin: Origin::Flag("--config"),
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
                .map(|path| Setting {
                    value: path,
                    origin: Origin::Default,
                })
        };
        let config = match &config_path {
            Some(setting) => Config::load(&setting.value).map_err(SettingsError::Config)?,
            None => Config::default(),
        };
        let file = config_path.as_ref().map(|s| s.value.as_path());
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
                config.lang.map(LangArg::from).zip(file),
                || {
                    let locale = locale_lang();
                    Setting {
                        value: LangArg::from(locale.value),
                        origin: locale.origin,
                    }
                },
            )
            .map(|s| Setting {
                value: Lang::from(s.value),
                origin: s.origin,
            })?,
            policy: config.policy(),
            config: config_path,
        })
    }
}

/// The languages as the command line and the environment spell them (the library's
/// [`Lang`] knows nothing of clap).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Fi,
    Sv,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Fi => Lang::Fi,
            LangArg::Sv => Lang::Sv,
        }
    }
}

impl From<Lang> for LangArg {
    fn from(l: Lang) -> LangArg {
        match l {
            Lang::En => LangArg::En,
            Lang::Fi => LangArg::Fi,
            Lang::Sv => LangArg::Sv,
        }
    }
}

/// The language of the locale (`LC_ALL`, then `LANG`), English when neither says fi or sv.
fn locale_lang() -> Setting<Lang> {
    for var in ["LC_ALL", "LANG"] {
        if let Some(value) = env(var) {
            return Setting {
                value: Lang::from_locale(&value),
                origin: Origin::Locale(var),
            };
        }
    }
    Setting {
        value: Lang::En,
        origin: Origin::Default,
    }
}
