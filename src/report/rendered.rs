//! A plan's findings rendered for machines: messages in the chosen language, positions as
//! line/column, and the TOML path each finding is about. Small enough to keep for thousands of
//! plans while the plans themselves are dropped.

use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use crate::check::PlanReport;
use crate::finding::{Arg, Counts, Finding, Severity, Source, Span};
use crate::i18n::Localizer;
use crate::plan::Vocab;
use crate::position::{LineIndex, Position};

#[derive(Clone, Debug)]
pub struct RenderedPlan {
    pub path: String,
    pub service: Option<&'static str>,
    /// The edition's year (`2025`).
    pub edition: Option<String>,
    /// The edition's id (`oras-2025`).
    pub edition_id: Option<String>,
    /// The edition's title (`Oras 2025`).
    pub edition_title: Option<String>,
    /// The edition's manual items (for the HTML checklist).
    pub manual: Arc<[String]>,
    /// The course at its own scale, and its clients' windows (for the HTML report).
    /// The plan's charts, each with the message id of its title.
    pub charts: Vec<(&'static str, crate::planner::timeline::Timeline)>,
    /// What the provider's view needs of the course.
    pub overview: Option<crate::planner::timeline::Overview>,
    pub checked: bool,
    /// The ids of the rules the edition puts in force (empty when not checked).
    pub in_force: Arc<[&'static str]>,
    pub diagnostics: Vec<RenderedDiagnostic>,
}

#[derive(Clone, Debug)]
pub struct RenderedDiagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub position: Option<Position>,
    pub client: Option<String>,
    pub clients: Vec<String>,
    pub suppressed_clients: Vec<(String, String)>,
    pub suppressed: Option<String>,
    pub source: Option<Arc<Source>>,
    /// Where in the plan: `clients[id=A13]`, `periods[1].end`, `course.start` (for SARIF
    /// fingerprints that survive edits elsewhere in the file).
    pub toml_path: Option<String>,
    /// The line of the plan the finding points at (for the HTML report).
    pub excerpt: Option<String>,
    /// The source as people cite it ([`super::cited`]).
    pub cited: Option<String>,
    /// What the finding is about, stable when lines move: its message id and arguments, less
    /// line numbers (for SARIF fingerprints).
    pub about: String,
}

impl RenderedPlan {
    /// Renders a report; `with_paths` also works out each finding's TOML path (a re-parse, so
    /// only when a format needs it and the plan has findings); `with_excerpts` keeps the line
    /// each finding points at.
    pub fn new(
        report: &PlanReport,
        l10n: &Localizer,
        with_paths: bool,
        with_excerpts: bool,
    ) -> RenderedPlan {
        // Only a plan with findings needs its lines indexed.
        let index = report
            .text
            .as_deref()
            .filter(|_| !report.findings.is_empty() || !report.cross_findings.is_empty())
            .map(LineIndex::new);
        let tree = match (&report.text, with_paths && !report.findings.is_empty()) {
            (Some(text), true) => crate::plan::pieces::parse(text).ok(),
            _ => None,
        };
        // Many findings look their places up in an index built once; a few search the tree.
        let paths = tree
            .as_ref()
            .filter(|_| report.findings.len() > PATH_INDEX_FROM)
            .map(|t| PathIndex::new(t.get_ref()));
        let mut diagnostics: Vec<RenderedDiagnostic> = report
            .findings
            .iter()
            .map(|f| {
                let position = f
                    .span()
                    .zip(index.as_ref())
                    .map(|(span, index)| index.position(span));
                let toml_path = f.span().zip(tree.as_ref()).and_then(|(span, t)| {
                    paths
                        .as_ref()
                        .and_then(|p| p.get(span))
                        .or_else(|| toml_path(t.get_ref(), span))
                });
                let mut d = diagnostic(f, position, toml_path, l10n);
                if with_excerpts {
                    d.excerpt = position
                        .zip(index.as_ref())
                        .map(|(p, index)| excerpt(index.line_text(p.line)));
                }
                d
            })
            .collect();
        if !report.cross_findings.is_empty() {
            for (i, f) in report.cross_findings.iter().enumerate() {
                let position = f
                    .span()
                    .zip(index.as_ref())
                    .map(|(span, index)| index.position(span))
                    .or_else(|| report.cross_positions.get(i).copied());
                let path = f
                    .client
                    .as_ref()
                    .map_or_else(|| "staff".to_owned(), |c| format!("clients[id={c}]"));
                diagnostics.push(diagnostic(f, position, Some(path), l10n));
            }
            // File order, the cross-plan findings among the plan's own.
            diagnostics.sort_by_key(|d| {
                d.position
                    .map_or((usize::MAX, usize::MAX), |p| (p.line, p.column))
            });
        }
        RenderedPlan {
            path: report.path.clone(),
            service: report.service.map(|s| s.id()),
            edition: report.edition.as_ref().map(|e| e.year.clone()),
            edition_id: report.edition.as_ref().map(|e| e.id.clone()),
            edition_title: report
                .edition
                .as_ref()
                .map(|e| l10n.edition_title(&e.id, &e.title)),
            manual: report
                .edition
                .as_ref()
                .map(|e| e.manual.clone())
                .unwrap_or_default(),
            charts: report.timeline.clone().map_or_else(Vec::new, |t| {
                let (course, clients) = t.split();
                // A chart with nothing on it (a group therapy's, whose plan has no periods or
                // decisions) is left out rather than drawn as an empty frame.
                std::iter::once(("timeline-title", course))
                    .chain(clients.map(|c| ("timeline-clients-title", c)))
                    .filter(|(_, chart)| !chart.is_blank())
                    .collect()
            }),
            overview: report.overview.clone(),
            checked: report.checked,
            in_force: report
                .edition
                .as_ref()
                .map(|e| e.rules.clone())
                .unwrap_or_default(),
            diagnostics,
        }
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for d in self.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            counts.add(d.severity);
        }
        counts
    }
}

fn diagnostic(
    f: &Finding,
    position: Option<Position>,
    toml_path: Option<String>,
    l10n: &Localizer,
) -> RenderedDiagnostic {
    RenderedDiagnostic {
        rule: f.rule.as_str(),
        severity: f.severity,
        message: l10n.format(&f.message),
        help: f.help.as_ref().map(|h| l10n.format(h)),
        position,
        client: f.client.clone(),
        clients: f.clients.clone(),
        suppressed_clients: f.suppressed_clients.clone(),
        suppressed: f.suppressed.clone(),
        source: f.source.clone(),
        toml_path,
        excerpt: None,
        cited: f.source.as_deref().map(|s| super::cited(s, l10n)),
        about: about(&f.message),
    }
}

/// Message arguments a fingerprint never holds: positions (they move when the plan is edited
/// above the finding) and the day of the check (it changes by itself every day, and with it
/// every "not sent as of …"). Nothing else in a finding's message depends on the day.
const UNSTABLE_ARGS: &[&str] = &["line", "column", "as_of"];

/// Keeps the fingerprints of one run's findings apart (SARIF `partialFingerprints`, GitLab
/// `fingerprint`): what keeps a result apart from every other across runs, whatever the lines
/// and the day: the plan, the rule, where in the plan (its TOML path, not its line), the client,
/// and what the message is about (its id and arguments, less positions and the day). Two
/// identical findings get `#2`, `#3`… in file order.
#[derive(Default)]
pub struct Fingerprints {
    seen: rustc_hash::FxHashMap<String, usize>,
}

impl Fingerprints {
    /// The fingerprint of a finding of the plan at `uri` (relative to the project root).
    pub fn next(&mut self, uri: &str, d: &RenderedDiagnostic) -> String {
        let mut fingerprint = format!(
            "{uri}:{}:{}:{}:{}",
            d.rule,
            d.toml_path.as_deref().unwrap_or(""),
            d.client.as_deref().unwrap_or(""),
            d.about
        );
        let n = self.seen.entry(fingerprint.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            fingerprint.push_str(&format!("#{n}"));
        }
        fingerprint
    }
}

/// A message's id and arguments in one language-neutral string, leaving out line numbers
/// (which move when the plan is edited above the finding) and the day of the check.
fn about(message: &crate::finding::Message) -> String {
    fn arg(a: &Arg, out: &mut String) {
        match a {
            Arg::Int(n) => out.push_str(&n.to_string()),
            Arg::Decimal(x) => out.push_str(&x.to_string()),
            Arg::Str(s) => out.push_str(s),
            Arg::Date(d) => out.push_str(&d.to_string()),
            Arg::Term(t) => out.push_str(t),
            // The pack's title, as the fingerprint always held it.
            Arg::Edition { title, .. } => out.push_str(title),
            Arg::List(items, _) | Arg::Phrase(items) | Arg::Concat(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    arg(item, out);
                }
            }
        }
    }
    let mut out = String::from(message.id);
    for (name, value) in &message.args {
        if UNSTABLE_ARGS.contains(name) {
            continue;
        }
        out.push_str(&format!(";{name}="));
        arg(value, &mut out);
    }
    out
}

/// The path of the innermost key or value whose span contains `span`. Elements of arrays of
/// tables are named by their `id` or `name` when they have one (`clients[id=A13]`), else by
/// index, so that inserting a client does not rename every later finding.
/// From how many findings a plan's TOML paths are indexed rather than searched.
const PATH_INDEX_FROM: usize = 16;

/// The longest excerpt a finding repeats (HTML shows the line each finding points at; a line of
/// 10,000 client ids must not be copied into 10,000 findings).
const EXCERPT_CHARS: usize = 200;

/// A line of the plan as a finding shows it: codes masked before it is cut, control characters
/// neutralised, at most [`EXCERPT_CHARS`] characters and an ellipsis.
fn excerpt(line: &str) -> String {
    // Only the start of a long line is looked at: a code that crosses the cut lies within a
    // code's length past it, so masking that much first is enough.
    let line = line.trim_end_matches('\r');
    let window = line
        .char_indices()
        .nth(EXCERPT_CHARS + crate::privacy::CODE_LEN)
        .map_or(line, |(end, _)| &line[..end]);
    let line = crate::privacy::shown(window);
    match line.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// The TOML path of every key, value and array element of a plan, by its exact span: each
/// finding's path in constant time (a finding usually points at exactly one of them).
struct PathIndex {
    exact: rustc_hash::FxHashMap<(u32, u32), String>,
}

impl PathIndex {
    fn new(root: &DeTable<'_>) -> PathIndex {
        let mut index = PathIndex {
            exact: rustc_hash::FxHashMap::default(),
        };
        index.table(root, &mut String::new());
        index
    }

    fn get(&self, span: Span) -> Option<String> {
        self.exact.get(&(span.start, span.end)).cloned()
    }

    fn note(&mut self, range: std::ops::Range<usize>, path: &str) {
        let span = Span::from(range);
        self.exact
            .entry((span.start, span.end))
            .or_insert_with(|| path.to_owned());
    }

    fn table(&mut self, table: &DeTable<'_>, path: &mut String) {
        for (key, value) in table {
            let mark = path.len();
            push_key(path, key.get_ref());
            self.note(key.span(), path);
            self.value(value.get_ref(), value.span(), path);
            path.truncate(mark);
        }
    }

    fn value(&mut self, value: &DeValue<'_>, range: std::ops::Range<usize>, path: &mut String) {
        match value {
            DeValue::Table(t) => self.table(t, path),
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let mark = path.len();
                    path.push_str(&element_name(item.get_ref(), i));
                    self.value(item.get_ref(), item.span(), path);
                    self.note(item.span(), path);
                    path.truncate(mark);
                }
            }
            _ => {}
        }
        self.note(range, path);
    }
}

pub fn toml_path(root: &DeTable<'_>, span: Span) -> Option<String> {
    let mut path = String::new();
    in_table(root, span, &mut path).then_some(path)
}

fn covers(range: std::ops::Range<usize>, span: Span) -> bool {
    range.start <= span.start as usize && span.end as usize <= range.end
}

fn in_table(table: &DeTable<'_>, span: Span, path: &mut String) -> bool {
    table.iter().any(|(key, value)| {
        let mark = path.len();
        push_key(path, key.get_ref());
        // The innermost match wins: look inside before settling for the container.
        if covers(key.span(), span) || in_value(value.get_ref(), value.span(), span, path) {
            return true;
        }
        path.truncate(mark);
        false
    })
}

fn in_value(
    value: &DeValue<'_>,
    range: std::ops::Range<usize>,
    span: Span,
    path: &mut String,
) -> bool {
    match value {
        DeValue::Table(t) => in_table(t, span, path) || covers(range, span),
        DeValue::Array(items) => {
            let found = items.iter().enumerate().any(|(i, item)| {
                let mark = path.len();
                path.push_str(&element_name(item.get_ref(), i));
                if in_value(item.get_ref(), item.span(), span, path) {
                    return true;
                }
                path.truncate(mark);
                false
            });
            found || covers(range, span)
        }
        _ => covers(range, span),
    }
}

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

fn element_name(item: &DeValue<'_>, index: usize) -> String {
    let named = |field: &str| {
        item.as_table()?
            .get(field)?
            .get_ref()
            .as_str()
            .map(|v| format!("[{field}={v}]"))
    };
    named("id")
        .or_else(|| named("name"))
        .unwrap_or_else(|| format!("[{index}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of(text: &str, needle: &str) -> Option<String> {
        let root = DeTable::parse(text).unwrap();
        let at = text.find(needle).unwrap();
        toml_path(root.get_ref(), Span::new(at, at + needle.len()))
    }

    #[test]
    fn paths_name_table_elements_stably() {
        let text = "[course]\nstart = 2025-03-03\n\n[[clients]]\nid = \"A01\"\nage = 17\n\n[[periods]]\nkind = \"onsite\"\nend = 2025-03-07\n\n[[staff]]\nname = \"LL\"\nrole = \"nurse\"\n";
        assert_eq!(path_of(text, "2025-03-03").as_deref(), Some("course.start"));
        assert_eq!(path_of(text, "17").as_deref(), Some("clients[id=A01].age"));
        assert_eq!(
            path_of(text, "[[clients]]").as_deref(),
            Some("clients[id=A01]")
        );
        assert_eq!(
            path_of(text, "2025-03-07").as_deref(),
            Some("periods[0].end")
        );
        assert_eq!(
            path_of(text, "\"nurse\"").as_deref(),
            Some("staff[name=LL].role")
        );
        assert_eq!(path_of(text, "start").as_deref(), Some("course.start"));
    }

    /// The index agrees with the search wherever it knows a span: every example plan's keys,
    /// values and array elements.
    #[test]
    fn the_path_index_agrees_with_the_search() {
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            let root = DeTable::parse(&text).unwrap();
            let index = PathIndex::new(root.get_ref());
            assert!(index.exact.len() > 10);
            for (&(start, end), path) in &index.exact {
                let span = Span { start, end };
                assert_eq!(
                    toml_path(root.get_ref(), span).as_ref(),
                    Some(path),
                    "{span:?}"
                );
            }
        }
    }

    #[test]
    fn excerpts_are_cut_after_masking() {
        // A code across the cut: masked whole, never shown in part.
        let long = format!("{} 131052-308T and more", "x".repeat(195));
        let shown = excerpt(&long);
        assert!(shown.ends_with('…'));
        assert!(!shown.contains("1310"), "{shown}");
        assert!(shown.ends_with("****…"), "{shown}");
    }
}
