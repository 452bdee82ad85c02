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
.rule { font-family: ui-monospace, monospace; font-size: .9em; }
pre { background: #f7f7f7; padding: .3rem .5rem; margin: .3rem 0; overflow-x: auto; font-size: .85em; }
.help { margin: .2rem 0; }
blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #ccc; color: #444; font-size: .9em; }
blockquote p { margin: 0; }
cite { display: block; font-style: normal; color: #666; }
.suppressed { color: #777; }
.timeline { max-width: 100%; height: auto; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "☐ "; }
footer { margin-top: 2rem; color: #777; font-size: .85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { page-break-before: always; }
  h2:first-of-type { page-break-before: avoid; }
  tr, .finding { page-break-inside: avoid; }
}
"#;

pub fn render(plans: &[RenderedPlan], options: &RenderOptions, summary: &Summary) -> String {
    let l10n = Localizer::get(options.lang);
    let page: Markup = html! {
        (DOCTYPE)
        html lang=(options.lang.code()) {
            head {
                // A void element written in XML form keeps the page well-formed XML.
                (PreEscaped(r#"<meta charset="utf-8"/>"#))
                title { "oras-check — " (plans.iter().map(|p| p.path.as_str()).collect::<Vec<_>>().join(", ")) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { "oras-check" }
                    p.meta { (l10n.format(&msg!("html-meta", as_of = options.as_of, version = env!("CARGO_PKG_VERSION")))) }
                }
                (summary_table(plans, l10n))
                @if plans.iter().filter(|p| p.overview.is_some()).count() > 1 {
                    h2.overview { (l10n.text("html-overview")) }
                    (super::timeline::svg(&provider(plans, options.as_of), l10n))
                }
                p { (l10n.format(&msg!(
                    "report-total-plans",
                    plans = summary.plans,
                    unchecked = summary.unchecked,
                    errors = summary.counts.error,
                    warnings = summary.counts.warning,
                    notes = summary.counts.note
                ))) }
                @for plan in plans {
                    (plan_section(plan, l10n, options.quiet))
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
    crate::planner::timeline::Timeline::provider(&courses, as_of)
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn summary_table(plans: &[RenderedPlan], l10n: &Localizer) -> Markup {
    html! {
        table.summary {
            thead { tr {
                th { (l10n.text("html-col-plan")) }
                th { (l10n.text("html-col-edition")) }
                th { (l10n.text("severity-error")) }
                th { (l10n.text("severity-warning")) }
                th { (l10n.text("severity-note")) }
            } }
            tbody {
                @for plan in plans {
                    @let c = plan.counts();
                    tr {
                        td { (plan.path) }
                        td { (plan.edition_title.clone().unwrap_or_else(|| l10n.text("html-not-checked"))) }
                        td.n.error[c.error > 0] { (c.error) }
                        td.n.warning[c.warning > 0] { (c.warning) }
                        td.n { (c.note) }
                    }
                }
            }
        }
    }
}

fn plan_section(plan: &RenderedPlan, l10n: &Localizer, quiet: bool) -> Markup {
    let shown: Vec<&RenderedDiagnostic> = plan.diagnostics.iter().collect();
    html! {
        section.plan {
            h2 { (plan.path) }
            p.meta {
                @match &plan.edition_title {
                    Some(title) => (l10n.format(&msg!("html-checked-against", edition = title.as_str()))),
                    None => (l10n.text("html-not-checked")),
                }
            }
            @for (i, chart) in plan.charts.iter().enumerate() {
                h3 { (l10n.text(if i == 0 { "timeline-title" } else { "timeline-clients-title" })) }
                (super::timeline::svg(chart, l10n))
            }
            h3 { (l10n.text("html-findings")) }
            @if shown.is_empty() {
                p { (l10n.text("report-total-clean-short")) }
            } @else {
                table.findings {
                    thead { tr {
                        th { (l10n.text("report-col-severity")) }
                        th { (l10n.text("report-col-rule")) }
                        th { (l10n.text("html-col-where")) }
                        th { (l10n.text("html-col-finding")) }
                    } }
                    tbody {
                        @for d in shown {
                            tr.finding.suppressed[d.suppressed.is_some()] {
                                td class=(severity_class(d.severity)) { (l10n.text(&format!("severity-{}", d.severity))) }
                                td.rule { (d.rule) }
                                td { @if let Some(p) = d.position { (p.line) ":" (p.column) } }
                                td {
                                    div { (d.message) }
                                    @if let Some(line) = &d.excerpt { pre { (line) } }
                                    @if let Some(help) = &d.help { div.help { (help) } }
                                    @if let Some(reason) = &d.suppressed {
                                        div.suppressed { (l10n.format(&msg!("html-suppressed", reason = reason.as_str()))) }
                                    }
                                    @if let Some(src) = &d.source {
                                        blockquote {
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
            @if !quiet && !plan.manual.is_empty() {
                h3 { (l10n.text("catalogue-manual-heading")) }
                ul.checklist {
                    @for id in plan.manual.iter() {
                        li { (l10n.text(&format!("manual-{id}"))) }
                    }
                }
            }
        }
    }
}
