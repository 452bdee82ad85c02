//! The settings a plan is checked under: the configuration file, the policy, the roster, the
//! client-id scheme, the project root and the language the configuration names.
//!
//! [`for_plan`] is the one place the server looks settings up. It reads `oras-check.toml` from
//! the plan's folder upward (the nearest one), as `Config::find` does for the command line from
//! the current folder; when per-plan configuration discovery lands in the library, this function
//! is what changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{ClientIds, Config};
use crate::i18n::Lang;
use crate::plan::Roster;
use crate::policy::Policy;

/// What a plan is checked under.
#[derive(Clone, Debug, Default)]
pub struct PlanSettings {
    /// The configuration file in force, if any.
    pub config: Option<PathBuf>,
    /// The roster file it names, if any.
    pub roster_file: Option<PathBuf>,
    pub policy: Policy,
    pub roster: Option<Arc<Roster>>,
    pub client_ids: ClientIds,
    /// The configuration's `lang`, if it sets one.
    pub lang: Option<Lang>,
    /// The project root: the configuration's folder, else the git root above the plan, else the
    /// plan's folder. The plans of the same root are checked together for the cross-plan rules.
    pub root: PathBuf,
    pub exclude: Vec<String>,
}

/// A configuration or roster that cannot be used: its file and the problem, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsError {
    pub file: PathBuf,
    pub message: String,
}

/// The settings for the plan at `path` (a file that may exist only in the editor).
pub fn for_plan(path: &Path) -> Result<PlanSettings, SettingsError> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let Some(file) = Config::find(folder) else {
        let root = folder
            .ancestors()
            .find(|d| d.join(".git").exists())
            .unwrap_or(folder)
            .to_path_buf();
        return Ok(PlanSettings {
            root,
            ..PlanSettings::default()
        });
    };
    let config = Config::load(&file).map_err(|e| SettingsError {
        file: file.clone(),
        message: e
            .problems
            .iter()
            .zip(e.lines())
            .map(|(p, line)| match line {
                Some(line) => format!("line {line}: {}", p.message),
                None => p.message.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
    })?;
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let (roster, roster_file) = match &config.roster {
        Some(name) => {
            let path = dir.join(name);
            (Some(Arc::new(load_roster(&path, name)?)), Some(path))
        }
        None => (None, None),
    };
    Ok(PlanSettings {
        policy: config.policy(),
        roster,
        roster_file,
        client_ids: config.client_ids,
        lang: config.lang,
        exclude: config.exclude.clone(),
        config: Some(file),
        root: dir,
    })
}

/// Reads the roster `oras-check.toml` names (`shown` as written there).
fn load_roster(path: &Path, shown: &str) -> Result<Roster, SettingsError> {
    let error = |message: String| SettingsError {
        file: path.to_path_buf(),
        message,
    };
    let text = crate::files::read_text(path).map_err(&error)?;
    Roster::parse(shown, &text).map_err(|findings| {
        let l10n = crate::i18n::Localizer::get(Lang::En);
        error(
            findings
                .iter()
                .map(|f| l10n.format(&f.message))
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })
}

/// The language of the environment: `ORAS_CHECK_LANG`, then `LC_ALL`, `LC_MESSAGES` and `LANG`,
/// else the system's interface language; English when none says fi or sv.
pub fn environment_lang() -> Lang {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(lang) = var("ORAS_CHECK_LANG") {
        return Lang::from_locale(lang.trim());
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name) {
            return Lang::from_locale(&value);
        }
    }
    sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_locale(&l))
}
