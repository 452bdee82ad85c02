//! Editions of the service descriptions as data: `rules/<service>/<year>.toml`.
//!
//! An edition names its service, its validity range (by course start date) and the rules it
//! puts in force with their parameters and citations. The project's `rules/` folder is compiled
//! into the binary so that a user installs one file; `--rules DIR` replaces it. Edition files are
//! read strictly: an unknown key or rule id is an error, not a silent no-op.

pub mod params;
mod read;
pub mod verify;

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Deserializer};

use crate::error::{FileError, FileKind};
use crate::plan::Service;
pub use params::{Cited, PackRules, RuleCitation};

/// The rule files compiled in: (name, whether build.rs converted it to JSON, text).
static BUILTIN_FILES: &[(&str, bool, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_packs.rs"));

/// One edition of one service description.
#[derive(Clone, Debug)]
pub struct Edition {
    /// `omaishoitaja-2025`.
    pub id: String,
    pub service: Service,
    /// The edition's year as plans pin it (`course.edition = "2025"`).
    pub year: String,
    /// A human title: "Omaishoitaja 2025".
    pub title: String,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    /// The source documents this edition is read from.
    pub documents: Vec<String>,
    pub rules: PackRules,
    /// Requirements no plan field can show, confirmed by hand.
    pub manual: Vec<ManualItem>,
    /// The file it was read from (relative to the rules folder).
    pub file: String,
    /// The ids of the manual items and of the rules in force, shared by every report checked
    /// against the edition rather than copied into each.
    pub manual_ids: std::sync::Arc<[String]>,
    pub rule_ids: std::sync::Arc<[&'static str]>,
}

/// A requirement of the service description that no plan field can show (the content of a
/// meeting, a form sent with the feedback). Listed by `rules` and printed as a checklist; its
/// text is the Fluent message `manual-<id>`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManualItem {
    pub id: String,
    /// A rule that checks the requirement when the plan states the value it reads (`minutes`
    /// of the contacts): the checklist then leaves the item out. Without the value the rule
    /// cannot check, and the item stays.
    #[serde(default)]
    pub checked_by: Option<String>,
    #[serde(deserialize_with = "arc_source")]
    pub source: std::sync::Arc<crate::finding::Source>,
}

fn arc_source<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<std::sync::Arc<crate::finding::Source>, D::Error> {
    crate::finding::Source::deserialize(d).map(std::sync::Arc::new)
}

impl Edition {
    /// The edition as a message argument, named in the reader's language.
    pub fn title_arg(&self) -> crate::finding::Arg {
        crate::finding::Arg::Edition {
            id: self.id.clone(),
            title: self.title.clone(),
        }
    }

    /// The validity range as a message argument, dates in the reader's language:
    /// "2021-04-01 … 2024-12-31", or "1.1.2025 …" in Finnish for an edition still in force.
    pub fn validity(&self) -> crate::finding::Arg {
        use crate::finding::Arg;
        let mut parts = vec![Arg::Date(self.valid_from), Arg::Str("…".into())];
        parts.extend(self.valid_until.map(Arg::Date));
        Arg::Phrase(parts)
    }

    /// The year and the validity range: "2025 (1.1.2025 …)", for lists of editions.
    pub fn year_and_validity(&self) -> crate::finding::Arg {
        use crate::finding::Arg;
        Arg::Concat(vec![
            Arg::Str(format!("{} (", self.year)),
            self.validity(),
            Arg::Str(")".into()),
        ])
    }

    /// Whether a course starting on `start` falls under this edition.
    pub fn covers(&self, start: NaiveDate) -> bool {
        self.valid_from <= start && self.valid_until.is_none_or(|until| start <= until)
    }

    /// Is the rule with this id in force in this edition?
    pub fn has(&self, rule: crate::registry::RuleId) -> bool {
        self.rules.citation(rule).is_some()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionHeader {
    service: Service,
    year: String,
    title: String,
    #[serde(deserialize_with = "toml_date")]
    valid_from: NaiveDate,
    #[serde(default, deserialize_with = "toml_date_opt")]
    valid_until: Option<NaiveDate>,
    documents: Vec<String>,
}

/// chrono cannot read a TOML date directly: TOML dates arrive as `toml::value::Datetime`.
fn toml_date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let dt = toml::value::Datetime::deserialize(d)?;
    match (dt.date, dt.time, dt.offset) {
        (Some(date), None, None) => NaiveDate::from_ymd_opt(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .ok_or_else(|| serde::de::Error::custom("impossible date")),
        _ => Err(serde::de::Error::custom(
            "expected a date (YYYY-MM-DD) without a time",
        )),
    }
}

fn toml_date_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    toml_date(d).map(Some)
}

/// All editions known to one run.
#[derive(Clone, Debug)]
pub struct Packs {
    pub editions: Vec<Edition>,
}

/// Why no edition applies to a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceError {
    /// No edition of the service covers the start date.
    NotInForce,
    /// `course.edition` names an edition the service does not have.
    UnknownEdition,
}

/// The edition chosen for a plan.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'p> {
    pub edition: &'p Edition,
    /// The plan pinned an edition whose validity does not contain its start.
    pub pinned_outside_validity: bool,
}

impl Edition {
    fn new(file: String, h: EditionHeader, rules: PackRules, manual: Vec<ManualItem>) -> Edition {
        let rule_ids = PackRules::IDS
            .iter()
            .copied()
            .filter(|id| rules.citation_str(id).is_some())
            .collect();
        Edition {
            id: format!("{}-{}", h.service, h.year),
            service: h.service,
            year: h.year,
            title: h.title,
            valid_from: h.valid_from,
            valid_until: h.valid_until,
            documents: h.documents,
            rules,
            manual_ids: manual.iter().map(|m| m.id.clone()).collect(),
            rule_ids,
            manual,
            file,
        }
    }
}

impl Packs {
    /// The editions compiled into the binary (the project's `rules/` folder).
    pub fn builtin() -> Result<&'static Packs, Box<FileError>> {
        static BUILTIN: OnceLock<Result<Packs, Box<FileError>>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Packs::from_sources(
                    BUILTIN_FILES
                        .iter()
                        .map(|&(file, json, text)| (file.to_owned(), text, json))
                        .collect(),
                )
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The editions in a folder laid out like `rules/` (`<service>/<year>.toml`). Only files
    /// inside the folder are read: a symbolic link that leads out of it is an error that shows
    /// nothing of its target.
    pub fn from_dir(dir: &Path) -> Result<Packs, Box<FileError>> {
        let shown = dir.display().to_string();
        let root = dir
            .canonicalize()
            .map_err(|e| FileError::whole(FileKind::RulePack, &shown, e.to_string()))?;
        let mut files = Vec::new();
        collect_dir(&root, dir, 0, &mut files)?;
        if files.is_empty() {
            return Err(FileError::whole(
                FileKind::RulePack,
                &shown,
                "no edition files (<service>/<year>.toml) in this folder",
            ));
        }
        Packs::from_files(files)
    }

    /// Reads editions from (file name, TOML text) pairs.
    pub fn from_files(files: Vec<(String, String)>) -> Result<Packs, Box<FileError>> {
        Packs::from_sources(
            files
                .iter()
                .map(|(file, text)| (file.clone(), text.as_str(), false))
                .collect(),
        )
    }

    /// Reads editions from (file name, text, whether the text is JSON), in parallel: parsing
    /// the editions is a quarter of the work of checking one plan.
    fn from_sources(mut files: Vec<(String, &str, bool)>) -> Result<Packs, Box<FileError>> {
        files.sort();
        let parsed: Vec<Result<Edition, Box<FileError>>> = files
            .into_par_iter()
            .map(|(file, text, json)| Edition::parse(file, text, json))
            .collect();
        // The first broken file in name order, whichever thread finished first.
        let editions = parsed.into_iter().collect::<Result<Vec<_>, _>>()?;
        let packs = Packs { editions };
        packs.validate()?;
        Ok(packs)
    }

    /// Editions of one service must not overlap, and ids must be unique.
    fn validate(&self) -> Result<(), Box<FileError>> {
        for (i, a) in self.editions.iter().enumerate() {
            for b in &self.editions[i + 1..] {
                let error =
                    |message: String| FileError::whole(FileKind::RulePack, &b.file, message);
                if a.id == b.id {
                    return Err(error(format!(
                        "edition {} is defined twice (also in {})",
                        b.id, a.file
                    )));
                }
                let overlap = a.service == b.service
                    && a.valid_until.is_none_or(|u| b.valid_from <= u)
                    && b.valid_until.is_none_or(|u| a.valid_from <= u);
                if overlap {
                    return Err(error(format!(
                        "edition {} overlaps edition {} in validity",
                        b.id, a.id
                    )));
                }
            }
        }
        Ok(())
    }

    /// The editions of a service in date order.
    pub fn of(&self, service: Service) -> Vec<&Edition> {
        let mut v: Vec<&Edition> = self
            .editions
            .iter()
            .filter(|e| e.service == service)
            .collect();
        v.sort_by_key(|e| e.valid_from);
        v
    }

    pub fn get(&self, id: &str) -> Option<&Edition> {
        self.editions.iter().find(|e| e.id == id)
    }

    /// The editions a command line selects: by service, and by edition year (`2025`) or id
    /// (`oras-2025`); all editions when neither is given. In date order within each service.
    pub fn select(&self, service: Option<Service>, edition: Option<&str>) -> Vec<&Edition> {
        let mut v: Vec<&Edition> = self
            .editions
            .iter()
            .filter(|e| service.is_none_or(|s| e.service == s))
            .filter(|e| edition.is_none_or(|x| e.year == x || e.id == x))
            .collect();
        v.sort_by_key(|a| (a.service, a.valid_from));
        v
    }

    /// The edition for a course of `service` starting `start`, or the one `pinned` names.
    pub fn choose(
        &self,
        service: Service,
        start: NaiveDate,
        pinned: Option<&str>,
    ) -> Result<Choice<'_>, ChoiceError> {
        let editions = self.of(service);
        match pinned {
            Some(year) => {
                let edition = editions
                    .into_iter()
                    .find(|e| e.year == year.trim())
                    .ok_or(ChoiceError::UnknownEdition)?;
                Ok(Choice {
                    edition,
                    pinned_outside_validity: !edition.covers(start),
                })
            }
            None => editions
                .into_iter()
                .find(|e| e.covers(start))
                .map(|edition| Choice {
                    edition,
                    pinned_outside_validity: false,
                })
                .ok_or(ChoiceError::NotInForce),
        }
    }
}

/// Rule folders are two levels deep (`<service>/<year>.toml`); the depth bound keeps a symlink
/// loop from recursing forever. `root` is the folder's canonical path: every file read must
/// resolve inside it.
fn collect_dir(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<(String, String)>,
) -> Result<(), Box<FileError>> {
    const MAX_DEPTH: usize = 4;
    let error = |path: &Path, message: String| {
        FileError::whole(FileKind::RulePack, &path.display().to_string(), message)
    };
    let entries = std::fs::read_dir(dir).map_err(|e| error(dir, e.to_string()))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let inside = path
            .canonicalize()
            .is_ok_and(|resolved| resolved.starts_with(root));
        if !inside {
            return Err(error(
                &path,
                "leads outside the rules folder (a symbolic link or an unreadable entry); \
                 only files inside it are read"
                    .into(),
            ));
        }
        if path.is_dir() {
            if depth < MAX_DEPTH {
                collect_dir(root, &path, depth + 1, out)?;
            }
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = crate::files::read_text(&path).map_err(|e| error(&path, e))?;
            out.push((path.display().to_string(), text));
        }
    }
    Ok(())
}
