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
    pub timeline: Option<crate::planner::timeline::Timeline>,
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
            (Some(text), true) => DeTable::parse(text).ok(),
            _ => None,
        };
        let mut diagnostics: Vec<RenderedDiagnostic> = report
            .findings
            .iter()
            .map(|f| {
                let position = f
                    .span()
                    .zip(index.as_ref())
                    .map(|(span, index)| index.position(span));
                let toml_path = f
                    .span()
                    .zip(tree.as_ref())
                    .and_then(|(span, t)| toml_path(t.get_ref(), span));
                let mut d = diagnostic(f, position, toml_path, l10n);
                if with_excerpts {
                    d.excerpt = position
                        .zip(report.text.as_deref())
                        .and_then(|(p, text)| text.lines().nth(p.line - 1))
                        .map(|line| super::display_safe(line).into_owned());
                }
                d
            })
            .collect();
        if !report.cross_findings.is_empty() {
            for f in &report.cross_findings {
                let position = f
                    .span()
                    .zip(index.as_ref())
                    .map(|(span, index)| index.position(span));
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
            edition_title: report.edition.as_ref().map(|e| e.title.clone()),
            manual: report
                .edition
                .as_ref()
                .map(|e| e.manual.clone())
                .unwrap_or_default(),
            timeline: report.timeline.clone(),
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
        about: about(&f.message),
    }
}

/// A message's id and arguments in one language-neutral string, leaving out line numbers
/// (which move when the plan is edited above the finding).
fn about(message: &crate::finding::Message) -> String {
    fn arg(a: &Arg, out: &mut String) {
        match a {
            Arg::Int(n) => out.push_str(&n.to_string()),
            Arg::Decimal(x) => out.push_str(&x.to_string()),
            Arg::Str(s) => out.push_str(s),
            Arg::Date(d) => out.push_str(&d.to_string()),
            Arg::Term(t) => out.push_str(t),
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
        if matches!(*name, "line" | "column") {
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
}
