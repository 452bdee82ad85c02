//! The settings a plan is checked under: the configuration file, the policy, the roster, the
//! client-id scheme, the project root and the language the configuration names.
//!
//! [`for_plan`] is the one place the server looks settings up: the library's per-plan
//! configuration ([`crate::config::Project`]), the nearest `oras-check.toml` from the plan's
//! folder upward, as `check` finds it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::ClientIds;
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

/// The settings for the plan at `path` (a file that may exist only in the editor): the
/// library's [`crate::config::Project::for_plan`], as `check` gives each plan its configuration
/// (the nearest file upward, never a link leading out, the roster confined to its folder).
pub fn for_plan(path: &Path) -> Result<PlanSettings, SettingsError> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let project = crate::config::Project::for_plan(path).map_err(|e| SettingsError {
        file: PathBuf::from(&e.file),
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
    let Some(file) = project.file.clone() else {
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
    let roster_file = project.config.roster_path(&file).ok().flatten();
    let config = &project.config;
    Ok(PlanSettings {
        policy: config.policy(),
        roster: project.roster.clone(),
        roster_file,
        client_ids: config.client_ids,
        lang: config.lang,
        exclude: config.exclude.clone(),
        root: file.parent().unwrap_or(Path::new(".")).to_path_buf(),
        config: Some(file),
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
