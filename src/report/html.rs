//! `--format html`: one self-contained page (no network, no external files) with the summary,
//! each plan's findings with the line they point at and the source they cite, the timeline as
//! inline SVG, and the "confirm by hand" checklist; readable on screen and printed. The markup is
//! well-formed XML (maud escapes every value), so it can also be processed as XHTML.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::rendered::{RenderedDiagnostic, RenderedPlan};
use super::{RenderOptions, Summary};
use crate::finding::Severity;
use crate::i18n::Localizer;
use crate::msg;

const STYLE: &str = r#"
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .3rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #555; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.n { text-align: right; }
.error { color: #b00020; font-weight: 600; }
.warning { color: #8a6d00; font-weight: 600; }
.note { color: #1f5f8b; }
.rule, code { font-family: ui-monospace, monospace; font-size: .9em; }
.rule, .date, .nw, code { white-space: nowrap; }
.path { overflow-wrap: anywhere; }
table.summary { font-size: .9em; }
table.summary td.team { font-size: .85em; color: #444; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
pre { background: #f7f7f7; padding: .3rem .5rem; margin: .3rem 0; overflow-x: auto; font-size: .85em; }
.help { margin: .2rem 0; }
blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #ccc; color: #444; font-size: .9em; }
blockquote p { margin: 0; }
cite { display: block; font-style: normal; color: #666; }
.suppressed { color: #777; }
.late { color: #b00020; font-weight: 600; }
.timeline { max-width: 100%; height: auto; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "☐ "; }
footer { margin-top: 2rem; color: #777; font-size: .85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  tr, .finding, svg, blockquote { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { size: A4; margin: 12mm; }
  /* On paper a plan without findings is its row of the summary; charts print for the plans
     with something to act on, and for those the provider's chart above does not draw. */
  section.plan.clean { display: none; }
  section.plan.quiet .chart { display: none; }
  /* A rule's quote prints at its first error or warning in a plan: notes and repeats give the
     message and the help only (the screen keeps every quote). */
  blockquote.again, tr[data-severity="note"] blockquote { display: none; }
  /* Columns sized to what they hold: names and deadlines wrap, dates and counts do not. */
  table.summary, table.findings { table-layout: fixed; }
  table.summary { font-size: 8pt; }
  /* A long Finnish word ("Ennakkoyhteydenotto") breaks rather than running into the next column. */
  table.summary th, table.summary td { overflow-wrap: anywhere; }
  table.summary td.team { font-size: 1em; }
  table.summary th:nth-child(1) { width: 10%; }
  table.summary th:nth-child(2) { width: 14%; }
  table.summary th:nth-child(3), table.summary th:nth-child(4) { width: 10%; }
  table.summary th:nth-child(5) { width: 10.5%; }
  table.summary th:nth-child(6) { width: 20%; }
  table.summary th:nth-child(7), table.summary th:nth-child(8), table.summary th:nth-child(9) { width: 2.5%; }
  table.summary th:nth-child(10) { width: 18%; }
  table.findings th:nth-child(1) { width: 10%; }
  table.findings th:nth-child(2) { width: 24%; }
  table.findings th:nth-child(3) { width: 7%; }
  th, td { padding: .15rem .3rem; }
  /* On paper the line and column say where; the plan's line itself is for the screen. */
  table.findings pre { display: none; }
  section.plan { break-inside: auto; }
  h2 { margin-top: 1rem; }
}
"#;

pub fn render(plans: &[RenderedPlan], options: &RenderOptions, summary: &Summary) -> String {
    let l10n = Localizer::get(options.lang);
    // What needs attention first: not checked, errors, overdue, then by the first day.
    let mut order: Vec<(usize, &RenderedPlan)> = plans.iter().enumerate().collect();
    order.sort_by_key(|(_, p)| {
        let c = p.counts();
        let overdue = p.overview.as_ref().map_or(0, |o| o.overdue);
        let rank = if !p.checked {
            0
        } else if c.error > 0 {
            1
        } else if overdue > 0 {
            2
        } else {
            3
        };
        (rank, p.overview.as_ref().map(|o| o.start), p.path.clone())
    });
    // The provider's chart of every course is drawn when there is more than one.
    let charted = plans.iter().filter(|p| p.overview.is_some()).count() > 1;
    let window = crate::planner::timeline::Window::default().bounds(options.as_of);
    let page: Markup = html! {
        (DOCTYPE)
        html lang=(options.lang.code()) {
            head {
                // A void element written in XML form keeps the page well-formed XML.
                (PreEscaped(r#"<meta charset="utf-8"/>"#))
                title { (page_title(plans, l10n)) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { "oras-check" }
                    p.meta { (rich(&l10n.format(&msg!("html-meta", as_of = options.as_of, version = env!("CARGO_PKG_VERSION"))))) }
                }
                (summary_table(&order, options.as_of, l10n))
                @if charted {
                    h2.overview { (l10n.text("html-overview")) }
                    (super::timeline::svg(&provider(plans, options.as_of), l10n))
                }
                p { (super::total_line(summary, l10n)) }
                @for (i, plan) in &order {
                    (plan_section(*i, plan, charted && in_window(plan, window), l10n))
                }
                @if !options.quiet {
                    (checklists(plans, l10n))
                }
                footer { (l10n.text("html-footer")) }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// The provider's view of every plan that could be drawn.
fn provider(
    plans: &[RenderedPlan],
    as_of: chrono::NaiveDate,
) -> crate::planner::timeline::Timeline {
    let courses: Vec<crate::planner::timeline::Overview> =
        plans.iter().filter_map(|p| p.overview.clone()).collect();
    crate::planner::timeline::Timeline::provider(
        &courses,
        as_of,
        crate::planner::timeline::Window::default(),
    )
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// The page's title: the folder the plans share and how many there are, or the one plan.
fn page_title(plans: &[RenderedPlan], l10n: &Localizer) -> String {
    match plans {
        [one] => format!("oras-check — {}", one.path),
        many => {
            let mut common: Option<std::path::PathBuf> = None;
            for p in many {
                let dir = std::path::Path::new(&p.path)
                    .parent()
                    .map(std::path::Path::to_path_buf)
                    .unwrap_or_default();
                common = Some(match common {
                    None => dir,
                    Some(c) => c
                        .components()
                        .zip(dir.components())
                        .take_while(|(a, b)| a == b)
                        .map(|(a, _)| a)
                        .collect(),
                });
            }
            let folder = common
                .map(|c| c.display().to_string())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| ".".to_owned());
            format!(
                "oras-check — {}",
                l10n.format(&msg!(
                    "html-title-many",
                    folder = folder.as_str(),
                    plans = many.len()
                ))
            )
        }
    }
}

/// Text with `code` in backticks shown as code, and ISO dates and rule ids never broken.
fn rich(text: &str) -> Markup {
    html! {
        @for (i, part) in text.split('`').enumerate() {
            @if i % 2 == 1 {
                code { (part) }
            } @else {
                @for (j, word) in part.split(' ').enumerate() {
                    @if j > 0 { " " }
                    @if word.contains('-') && word.chars().any(|c| c.is_ascii_digit() || c.is_ascii_lowercase()) && !word.contains("--") {
                        span.nw { (word) }
                    } @else {
                        (word)
                    }
                }
            }
        }
    }
}

/// A table's column headings, by message id.
fn headings(ids: &[&str], l10n: &Localizer) -> Markup {
    html! {
        @for id in ids {
            th { (l10n.text(id)) }
        }
    }
}

/// The last part of a path as the report shows it (`plans/2026/07-music.toml` → `07-music.toml`).
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn summary_table(
    plans: &[(usize, &RenderedPlan)],
    as_of: chrono::NaiveDate,
    l10n: &Localizer,
) -> Markup {
    html! {
        table.summary {
            thead { tr {
                (headings(&["html-col-course", "html-col-edition", "html-col-first", "html-col-last", "html-col-status", "html-col-team"], l10n))
                th title=(l10n.text("severity-error")) { "✗" }
                th title=(l10n.text("severity-warning")) { "!" }
                th title=(l10n.text("severity-note")) { "i" }
                th { (l10n.text("html-col-next")) }
            } }
            tbody {
                @for (i, plan) in plans {
                    @let c = plan.counts();
                    @let o = plan.overview.as_ref();
                    @let extent = o.map(|o| o.extent());
                    tr {
                        td {
                            a href=(format!("#plan-{i}")) {
                                @match o.and_then(|o| o.code.clone()) {
                                    Some(code) => span.nw { (code) },
                                    // Its file's name (the section's heading gives the path),
                                    // which may break anywhere: never a column as wide as it.
                                    None => span.path title=(plan.path) { (file_name(&plan.path)) },
                                }
                            }
                        }
                        td { (plan.edition_title.clone().unwrap_or_else(|| l10n.text("html-not-checked"))) }
                        td.date { @if let Some((a, _)) = extent { (l10n.date(a)) } }
                        td.date { @if let Some((_, b)) = extent { (l10n.date(b)) } }
                        td { @if let Some(o) = o { (l10n.format(&msg!("html-status", status = o.status))) } }
                        td.team { @if let Some(o) = o { (o.staff.join(", ")) } }
                        td.n.error[c.error > 0] { (c.error) }
                        td.n.warning[c.warning > 0] { (c.warning) }
                        td.n { (c.note) }
                        td {
                            @if let Some(next) = o.and_then(|o| o.next.as_ref()) {
                                span.date { (l10n.date(next.date)) } " "
                                (l10n.format(&next.what()))
                                " (" span.late[next.late(as_of)] { (l10n.format(&next.status(as_of))) } ")"
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The "confirm by hand" checklist, once for each edition, naming the plans it is for.
fn checklists(plans: &[RenderedPlan], l10n: &Localizer) -> Markup {
    let mut editions: Vec<(&str, &[String], Vec<&str>)> = Vec::new();
    for plan in plans.iter().filter(|p| !p.manual.is_empty()) {
        let title = plan.edition_title.as_deref().unwrap_or_default();
        match editions.iter_mut().find(|(t, _, _)| *t == title) {
            Some(e) => e.2.push(&plan.path),
            None => editions.push((title, &plan.manual, vec![&plan.path])),
        }
    }
    html! {
        @for (title, manual, paths) in &editions {
            section.checklist {
                h2 { (l10n.format(&msg!("html-checklist-heading", edition = *title))) }
                p.meta { (l10n.format(&msg!("html-checklist-plans", plans = paths.len()))) }
                ul.checklist {
                    @for id in manual.iter() {
                        li { (l10n.text(&format!("manual-{id}"))) }
                    }
                }
            }
        }
    }
}

/// Whether the course falls within the window of the provider's chart at the top.
fn in_window(
    plan: &RenderedPlan,
    bounds: (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
) -> bool {
    plan.overview.as_ref().is_some_and(|overview| {
        crate::planner::timeline::Window::place(bounds, overview.extent())
            == std::cmp::Ordering::Equal
    })
}

fn plan_section(index: usize, plan: &RenderedPlan, drawn_above: bool, l10n: &Localizer) -> Markup {
    let shown: Vec<&RenderedDiagnostic> = plan.diagnostics.iter().collect();
    // Nothing to act on (no error or warning in force): on paper its charts give way to the
    // provider's view above, which draws it among the others.
    let quiet = drawn_above
        && plan.checked
        && shown
            .iter()
            .all(|d| d.severity == Severity::Note || d.suppressed.is_some());
    // Whether each finding's rule was quoted by an earlier finding of this plan.
    let mut quoted = std::collections::HashSet::new();
    let again: Vec<bool> = shown
        .iter()
        // Only a quote that prints counts: a note's and a suppressed finding's do not.
        .map(|d| {
            let prints = d.severity != Severity::Note && d.suppressed.is_none();
            d.source.is_some() && prints && !quoted.insert(d.rule)
        })
        .collect();
    html! {
        section.plan.clean[shown.is_empty() && plan.checked].quiet[quiet] id=(format!("plan-{index}")) {
            h2 { (plan.path) }
            p.meta {
                @match &plan.edition_title {
                    Some(title) => (l10n.format(&msg!("html-checked-against", edition = title.as_str()))),
                    None => (l10n.text("html-not-checked")),
                }
            }
            @for (title, chart) in &plan.charts {
                div.chart {
                    h3 { (l10n.text(title)) }
                    (super::timeline::svg(chart, l10n))
                }
            }
            h3 { (l10n.text("html-findings")) }
            @if shown.is_empty() {
                p { (l10n.text("report-total-clean-short")) }
            } @else {
                table.findings {
                    thead { tr {
                        (headings(&["report-col-severity", "report-col-rule", "html-col-where", "html-col-finding"], l10n))
                    } }
                    tbody {
                        @for (i, d) in shown.iter().enumerate() {
                            tr.finding.suppressed[d.suppressed.is_some()] data-severity=(d.severity) {
                                td class=(severity_class(d.severity)) { (l10n.text(&format!("severity-{}", d.severity))) }
                                td.rule { (d.rule) }
                                td.nw { @if let Some(p) = d.position { (p.line) ":" (p.column) } }
                                td {
                                    div { (rich(&d.message)) }
                                    @if let Some(line) = &d.excerpt { pre { (line) } }
                                    @if let Some(help) = &d.help { div.help { (rich(help)) } }
                                    @if let Some(reason) = &d.suppressed {
                                        div.suppressed { (l10n.format(&msg!("html-suppressed", reason = reason.as_str()))) }
                                    }
                                    @if let Some(src) = &d.source {
                                        blockquote.again[again[i]] {
                                            p { "“" (src.quote) "”" }
                                            cite { (super::cited(src, l10n)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
