//! `--format json`: one document with every plan and finding (cli-and-output.md). The field
//! names and shapes are a contract that CI scripts depend on.

use serde::Serialize;

use super::{LineIndex, RenderOptions, total};
use crate::check::PlanReport;
use crate::finding::{Counts, Finding, Severity, Source};
use crate::i18n::Localizer;
use crate::plan::Vocab;

#[derive(Serialize)]
struct Document<'a> {
    tool: &'static str,
    version: &'static str,
    format: u32,
    as_of: String,
    plans: Vec<Plan<'a>>,
    counts: Counts,
}

#[derive(Serialize)]
struct Plan<'a> {
    path: &'a str,
    service: Option<&'static str>,
    edition: Option<&'a str>,
    checked: bool,
    diagnostics: Vec<Diagnostic<'a>>,
    counts: Counts,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    rule: &'static str,
    severity: Severity,
    message: String,
    help: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client: Option<&'a str>,
    suppressed: Option<Suppressed<'a>>,
    source: Option<&'a Source>,
}

#[derive(Serialize)]
struct Suppressed<'a> {
    reason: &'a str,
}

pub fn render(reports: &[PlanReport], options: &RenderOptions) -> String {
    let l10n = Localizer::get(options.lang);
    let document = Document {
        tool: "oras-check",
        version: env!("CARGO_PKG_VERSION"),
        format: 1,
        as_of: options.as_of.to_string(),
        plans: reports.iter().map(|r| plan(r, l10n)).collect(),
        counts: total(reports),
    };
    let mut out = serde_json::to_string_pretty(&document)
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

fn plan<'a>(report: &'a PlanReport, l10n: &Localizer) -> Plan<'a> {
    let index = report.text.as_deref().map(LineIndex::new);
    Plan {
        path: &report.path,
        service: report.service.map(|s| s.id()),
        edition: report.edition.as_ref().map(|e| e.year.as_str()),
        checked: report.checked,
        diagnostics: report
            .findings
            .iter()
            .map(|f| diagnostic(f, index.as_ref(), l10n))
            .collect(),
        counts: report.counts(),
    }
}

fn diagnostic<'a>(
    f: &'a Finding,
    index: Option<&LineIndex<'_>>,
    l10n: &Localizer,
) -> Diagnostic<'a> {
    let position = f
        .span()
        .zip(index)
        .map(|(span, index)| index.position(span));
    Diagnostic {
        rule: f.rule,
        severity: f.severity,
        message: l10n.format(&f.message),
        help: f.help.as_ref().map(|h| l10n.format(h)),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        end_line: position.map(|p| p.end_line),
        end_column: position.map(|p| p.end_column),
        client: f.client.as_deref(),
        suppressed: f.suppressed.as_deref().map(|reason| Suppressed { reason }),
        source: f.source.as_deref(),
    }
}
