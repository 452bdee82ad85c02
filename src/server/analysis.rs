//! A document checked as `oras-check check` checks it in its repository: the settings found
//! from its folder upward, the edition in force, policy and allows applied, and the cross-plan
//! rules run against the other plans under the same configuration (read from disk, open
//! buffers winning). The findings become LSP diagnostics with exact positions, and `fix`'s
//! repairs become the edits of quick fixes carried in each diagnostic's `data`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Range, TextEdit, Url,
};
use serde::{Deserialize, Serialize};

use super::settings::{self, PlanSettings, SettingsError};
use super::text::{Encoding, Index};
use crate::check::{self, Options, PlanReport};
use crate::config::ClientIds;
use crate::finding::{Arg, Finding, Severity};
use crate::i18n::{Lang, Localizer};
use crate::pack::Packs;
use crate::registry::{Handling, RuleId};
use crate::run::{self, Discovery, Input};

/// The name of the server in diagnostics' `source`.
pub const SOURCE: &str = "oras-check";

/// One document to check.
#[derive(Clone, Debug)]
pub struct Document {
    pub uri: Url,
    /// The file behind the buffer, when it is a file.
    pub path: Option<PathBuf>,
    pub version: i32,
    pub text: Arc<str>,
    /// Checked as a plan even without `[course]` (it was one before, or a configured glob
    /// names it): half-typed text still gets its `plan-syntax` diagnostics.
    pub explicit: bool,
}

/// What a check of a document gave.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// `false` for a TOML file that is not a plan: no diagnostics.
    pub is_plan: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// The language the diagnostics are in.
    pub lang: Lang,
}

/// A quick fix carried in a diagnostic's `data`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    pub title: String,
    pub edit: TextEdit,
}

/// The `data` of a diagnostic: its repairs, and whether an `[[allow]]` may suppress it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Data {
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<Fix>,
    #[serde(default)]
    pub allow: bool,
}

/// A plan on disk checked for the cross-plan rules, kept while its file is unchanged.
struct Cached {
    stamp: (Option<std::time::SystemTime>, u64, bool, bool),
    report: Option<PlanReport>,
}

/// The packs, the day of the check, and the reports of the plans on disk.
pub struct Workspace<'p> {
    pub packs: &'p Packs,
    pub as_of: Option<NaiveDate>,
    /// The client's language, when it asked for fi or sv.
    pub client_lang: Option<Lang>,
    disk: Mutex<HashMap<PathBuf, Cached>>,
}

impl<'p> Workspace<'p> {
    pub fn new(packs: &'p Packs, as_of: Option<NaiveDate>, client_lang: Option<Lang>) -> Self {
        Workspace {
            packs,
            as_of,
            client_lang,
            disk: Mutex::new(HashMap::new()),
        }
    }

    /// Forgets the plans read from disk (a configuration or roster changed).
    pub fn forget(&self) {
        if let Ok(mut disk) = self.disk.lock() {
            disk.clear();
        }
    }

    pub fn as_of(&self) -> NaiveDate {
        self.as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The settings of a document (defaults for a buffer that is no file).
    pub fn settings(&self, doc: &Document) -> Result<PlanSettings, SettingsError> {
        match &doc.path {
            Some(path) => settings::for_plan(path),
            None => Ok(PlanSettings::default()),
        }
    }

    /// The language: the client's fi or sv, else the configuration's, else the environment's.
    pub fn lang(&self, settings: Option<&PlanSettings>) -> Lang {
        self.client_lang
            .or_else(|| settings.and_then(|s| s.lang))
            .unwrap_or_else(settings::environment_lang)
    }

    pub fn options(&self, settings: &PlanSettings, cross: bool) -> Options {
        Options {
            as_of: self.as_of(),
            policy: settings.policy.clone(),
            cross,
            timeline: false,
            keep_text: true,
            roster: settings.roster.clone(),
            provider_wide_clients: settings.client_ids == ClientIds::ProviderWide,
        }
    }

    /// Checks a document; `open` are the other open buffers (they win over the files).
    pub fn check(
        &self,
        doc: &Document,
        open: &HashMap<PathBuf, Arc<str>>,
        encoding: Encoding,
    ) -> Outcome {
        let settings = match self.settings(doc) {
            Ok(s) => s,
            Err(e) => {
                let lang = self.lang(None);
                return Outcome {
                    is_plan: true,
                    diagnostics: vec![settings_diagnostic(&e)],
                    lang,
                };
            }
        };
        let lang = self.lang(Some(&settings));
        let name = shown_name(doc, &settings.root);
        let options = self.options(&settings, true);
        let report = if doc.explicit {
            Some(check::check_bytes(
                &name,
                doc.text.as_bytes(),
                self.packs,
                &options,
            ))
        } else {
            check::check_if_plan(&name, doc.text.as_bytes(), self.packs, &options)
        };
        let Some(report) = report else {
            return Outcome {
                is_plan: false,
                diagnostics: Vec::new(),
                lang,
            };
        };
        let report = self.cross(doc, report, &settings, open, &options);
        let fixes = repairs(&doc.text, encoding);
        let diagnostics = diagnostics(
            &report,
            &doc.text,
            &fixes,
            Localizer::get(lang),
            encoding,
            &settings,
            Some(&doc.uri),
        );
        Outcome {
            is_plan: true,
            diagnostics,
            lang,
        }
    }

    /// The cross-plan findings of `report` against the other plans of its repository that are
    /// under the same configuration, as `check` finds them in a folder walk.
    fn cross(
        &self,
        doc: &Document,
        report: PlanReport,
        settings: &PlanSettings,
        open: &HashMap<PathBuf, Arc<str>>,
        options: &Options,
    ) -> PlanReport {
        let (Some(path), Some(_)) = (&doc.path, &report.cross) else {
            return report;
        };
        let own = path.canonicalize().unwrap_or_else(|_| path.clone());
        let exclude = crate::config::Config::exclude_set(&settings.exclude).unwrap_or(None);
        let mut never_plans = Vec::new();
        never_plans.extend(settings.config.iter().filter_map(|p| p.canonicalize().ok()));
        never_plans.extend(
            settings
                .roster_file
                .iter()
                .filter_map(|p| p.canonicalize().ok()),
        );
        let how = Discovery {
            exclude,
            root: Some(settings.root.clone()),
            never_plans,
        };
        let mut reports = vec![report];
        for input in run::discover(std::slice::from_ref(&settings.root), &how) {
            let Input::File { path: other, .. } = input else {
                continue;
            };
            let canonical = other.canonicalize().unwrap_or_else(|_| other.clone());
            if canonical == own
                || crate::config::Config::find(other.parent().unwrap_or(Path::new(".")))
                    != settings.config
            {
                continue;
            }
            let name = crate::privacy::shown(&relative(&other, &settings.root));
            let buffer = open.get(&canonical).or_else(|| open.get(&other));
            let checked = match buffer {
                Some(text) => check::check_if_plan(&name, text.as_bytes(), self.packs, options),
                None => self.on_disk(&other, &name, options),
            };
            reports.extend(checked.filter(|r| r.cross.is_some()));
        }
        run::cross_check(&mut reports, options);
        reports.swap_remove(0)
    }

    /// A plan on disk, checked once while its file stays the same.
    fn on_disk(&self, path: &Path, name: &str, options: &Options) -> Option<PlanReport> {
        let meta = std::fs::metadata(path).ok()?;
        let stamp = (
            meta.modified().ok(),
            meta.len(),
            options.roster.is_some(),
            options.provider_wide_clients,
        );
        if let Ok(disk) = self.disk.lock()
            && let Some(cached) = disk.get(path)
            && cached.stamp == stamp
        {
            return cached.report.clone();
        }
        let bytes = crate::files::read(path).ok()?;
        let mut report = check::check_if_plan(name, &bytes, self.packs, options);
        if let Some(r) = &mut report {
            // Only the cross-plan entry is needed of another plan.
            r.text = None;
            r.findings.clear();
        }
        if let Ok(mut disk) = self.disk.lock() {
            disk.insert(
                path.to_path_buf(),
                Cached {
                    stamp,
                    report: report.clone(),
                },
            );
        }
        report
    }
}

/// The path as reports show it: relative to the project root.
fn relative(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn shown_name(doc: &Document, root: &Path) -> String {
    let name = match &doc.path {
        Some(path) => relative(path, root),
        None => doc.uri.to_string(),
    };
    crate::privacy::shown(&name)
}

/// An unusable configuration or roster, as `check` refuses it: one error at the top of the plan.
fn settings_diagnostic(e: &SettingsError) -> Diagnostic {
    Diagnostic {
        range: Range::default(),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".to_owned())),
        source: Some(SOURCE.to_owned()),
        message: crate::report::gate(&format!("{}: {}", e.file.display(), e.message), false)
            .into_owned(),
        ..Diagnostic::default()
    }
}

/// One repair of `fix` as an edit of the document: the lines it changes, the smallest edit
/// that makes them so, and what `fix` says of it.
#[derive(Clone, Debug)]
pub struct Repair {
    /// 0-based lines of the document the repair touches.
    pub lines: std::ops::Range<u32>,
    pub fix: Fix,
}

/// `fix`'s repairs of a text as document edits. Each group of changed lines (as `fix` leaves
/// the text, compared line by line with the original) is one edit, cut down to the characters
/// that change; its title is what `fix` says of the repairs on those lines.
pub fn repairs(text: &str, encoding: Encoding) -> Vec<Repair> {
    let fixed = crate::planner::fix::fix(text);
    if fixed.not_toml.is_some() || fixed.edits.is_empty() || fixed.text == text {
        return Vec::new();
    }
    let index = Index::new(text, encoding);
    let old_lines: Vec<&str> = text.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = fixed.text.split_inclusive('\n').collect();
    let starts: Vec<usize> = std::iter::once(0)
        .chain(old_lines.iter().scan(0, |at, l| {
            *at += l.len();
            Some(*at)
        }))
        .collect();
    let diff = similar::capture_diff_slices(similar::Algorithm::Myers, &old_lines, &new_lines);
    let mut out = Vec::new();
    for op in diff {
        let (old, new) = (op.old_range(), op.new_range());
        if matches!(op, similar::DiffOp::Equal { .. }) {
            continue;
        }
        let from = starts[old.start];
        let to = starts[old.end];
        let before = &text[from..to];
        let after: String = new_lines[new].concat();
        // The common start and end, on character boundaries, stay as they are.
        let prefix = before
            .char_indices()
            .zip(after.chars())
            .find(|((_, a), b)| a != b)
            .map_or(before.len().min(after.len()), |((i, _), _)| i);
        let prefix = floor_boundary(&after, prefix);
        let suffix = before[prefix..]
            .chars()
            .rev()
            .zip(after[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let range = from + prefix..to - suffix;
        let replacement = after[prefix..after.len() - suffix].to_owned();
        let first = u32::try_from(old.start).unwrap_or(u32::MAX);
        let last = u32::try_from(old.end.max(old.start + 1)).unwrap_or(u32::MAX);
        let titles: Vec<String> = fixed
            .edits
            .iter()
            .filter(|e| {
                let line = u32::try_from(e.line.saturating_sub(1)).unwrap_or(u32::MAX);
                (first..last).contains(&line)
            })
            .map(|e| crate::report::gate(&e.what, false).into_owned())
            .collect();
        let title = if titles.is_empty() {
            format!("oras-check fix: line {}", first + 1)
        } else {
            titles.join("; ")
        };
        out.push(Repair {
            lines: first..last,
            fix: Fix {
                title,
                edit: TextEdit {
                    range: Range {
                        start: index.position(range.start),
                        end: index.position(range.end),
                    },
                    new_text: replacement,
                },
            },
        });
    }
    out
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The report's findings (its own and the cross-plan ones, suppressed ones left out as every
/// report leaves them out) as diagnostics, in file order.
pub fn diagnostics(
    report: &PlanReport,
    text: &str,
    repairs: &[Repair],
    l10n: &Localizer,
    encoding: Encoding,
    settings: &PlanSettings,
    uri: Option<&Url>,
) -> Vec<Diagnostic> {
    // The report's text is the masked text: same byte offsets as the buffer.
    let shown = report.text.as_deref().unwrap_or(text);
    let index = Index::new(shown, encoding);
    let mut out: Vec<(Option<crate::finding::Span>, Diagnostic)> = report
        .findings
        .iter()
        .chain(&report.cross_findings)
        .filter(|f| !f.is_suppressed())
        .map(|f| {
            (
                f.span(),
                diagnostic(f, &index, repairs, l10n, settings, uri),
            )
        })
        .collect();
    out.sort_by_key(|(span, _)| span.map_or((u32::MAX, u32::MAX), |s| (s.start, s.end)));
    out.into_iter().map(|(_, d)| d).collect()
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Note => DiagnosticSeverity::INFORMATION,
    }
}

fn diagnostic(
    f: &Finding,
    index: &Index<'_>,
    repairs: &[Repair],
    l10n: &Localizer,
    settings: &PlanSettings,
    uri: Option<&Url>,
) -> Diagnostic {
    let range = f.span().map_or_else(Range::default, |s| index.range(s));
    let mut message = l10n.format(&f.message);
    if let Some(help) = &f.help {
        message.push('\n');
        message.push_str(&l10n.format(help));
    }
    if let Some(source) = &f.source {
        message.push('\n');
        message.push_str(&crate::report::cited(source, l10n));
    }
    let message = crate::report::gate(&message, false).into_owned();
    let mut related: Vec<DiagnosticRelatedInformation> = Vec::new();
    if let Some(uri) = uri {
        for label in &f.secondary {
            related.push(DiagnosticRelatedInformation {
                location: Location {
                    uri: uri.clone(),
                    range: index.range(label.span),
                },
                message: label
                    .text
                    .as_ref()
                    .map(|t| crate::report::gate(&l10n.format(t), false).into_owned())
                    .unwrap_or_default(),
            });
        }
    }
    if f.rule.kind() == crate::registry::Kind::Cross
        && let Some(location) = other_plan(f, &settings.root)
    {
        related.push(DiagnosticRelatedInformation {
            location,
            message: l10n.text("server-other-plan"),
        });
    }
    let lines = range.start.line..range.end.line + 1;
    let fixes = repairs
        .iter()
        .filter(|r| r.lines.start < lines.end && lines.start < r.lines.end)
        .map(|r| r.fix.clone())
        .collect();
    let data = Data {
        rule: f.rule.as_str().to_owned(),
        client: f.client.clone(),
        fixes,
        allow: allowable(f.rule, settings),
    };
    Diagnostic {
        range,
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.as_str().to_owned())),
        code_description: f
            .source
            .as_ref()
            .and_then(|s| s.url.as_deref())
            .and_then(|u| Url::parse(u).ok())
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: serde_json::to_value(data).ok(),
    }
}

/// The other plan of a cross-plan finding: its path and line are in the message's arguments.
fn other_plan(f: &Finding, root: &Path) -> Option<Location> {
    let mut path = None;
    let mut line = None;
    for (name, value) in &f.message.args {
        match (*name, value) {
            ("other", Arg::Str(p)) => path = Some(p.clone()),
            ("line", Arg::Int(n)) => line = Some(*n),
            _ => {}
        }
    }
    let file = root.join(path?);
    let uri = Url::from_file_path(std::path::absolute(&file).ok()?).ok()?;
    let line = u32::try_from(line?.saturating_sub(1)).unwrap_or(0);
    let at = lsp_types::Position { line, character: 0 };
    Some(Location {
        uri,
        range: Range { start: at, end: at },
    })
}

/// Whether an `[[allow]]` may suppress the rule's findings in this project.
pub fn allowable(rule: RuleId, settings: &PlanSettings) -> bool {
    rule.info().handling == Handling::Suppressible && !settings.policy.forbids(rule)
}
