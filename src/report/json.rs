//! `--format json`: one document with every plan and finding (cli-and-output.md). The field
//! names and shapes are a contract that CI scripts depend on.

use serde::Serialize;

use super::RenderOptions;
use super::rendered::{RenderedDiagnostic, RenderedPlan};
use crate::finding::{Counts, Severity, Source};

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
    message: &'a str,
    help: Option<&'a str>,
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

pub fn render(plans: &[RenderedPlan], options: &RenderOptions) -> String {
    let mut counts = Counts::default();
    let plans: Vec<Plan<'_>> = plans
        .iter()
        .map(|p| {
            let plan_counts = p.counts();
            counts.merge(plan_counts);
            Plan {
                path: &p.path,
                service: p.service,
                edition: p.edition.as_deref(),
                checked: p.checked,
                diagnostics: p.diagnostics.iter().map(diagnostic).collect(),
                counts: plan_counts,
            }
        })
        .collect();
    let document = Document {
        tool: "oras-check",
        version: env!("CARGO_PKG_VERSION"),
        format: 1,
        as_of: options.as_of.to_string(),
        plans,
        counts,
    };
    let mut out = serde_json::to_string_pretty(&document)
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

fn diagnostic(d: &RenderedDiagnostic) -> Diagnostic<'_> {
    Diagnostic {
        rule: d.rule,
        severity: d.severity,
        message: &d.message,
        help: d.help.as_deref(),
        line: d.position.map(|p| p.line),
        column: d.position.map(|p| p.column),
        end_line: d.position.map(|p| p.end_line),
        end_column: d.position.map(|p| p.end_column),
        client: d.client.as_deref(),
        suppressed: d.suppressed.as_deref().map(|reason| Suppressed { reason }),
        source: d.source.as_deref(),
    }
}
