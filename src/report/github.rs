//! `--format github`: one GitHub Actions workflow command per finding, so that findings appear
//! as annotations on the pull request's changed lines.
//!
//! `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE` (`::warning`,
//! `::notice` for the other severities). Suppressed findings are left out.

use std::fmt::Write as _;

use super::rendered::RenderedPlan;
use crate::finding::Severity;
use crate::i18n::Localizer;

/// One plan's annotations, written as soon as the plan is accepted.
pub(crate) fn plan(plan: &RenderedPlan) -> String {
    let mut out = String::new();
    for d in plan.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut properties = format!("file={}", property(&file(&plan.path, cfg!(windows))));
        if let Some(p) = d.position {
            let _ = write!(
                properties,
                ",line={},col={},endLine={},endColumn={}",
                p.line, p.column, p.end_line, p.end_column
            );
        }
        let _ = write!(properties, ",title={}", property(d.rule));
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(help);
        }
        if let (Some(source), Some(cited)) = (&d.source, &d.cited) {
            let _ = write!(message, "\n{cited}: “{}”", source.quote);
        }
        let _ = writeln!(out, "::{command} {properties}::{}", data(&message));
    }
    out
}

/// The `file` of an annotation: GitHub matches it against the repository's paths, which are
/// written with `/`; on Windows (`windows`), a path's `\` separators become `/`. Elsewhere a
/// backslash is part of a file name and stays.
fn file(path: &str, windows: bool) -> std::borrow::Cow<'_, str> {
    if windows {
        path.replace('\\', "/").into()
    } else {
        path.into()
    }
}

/// Escapes a command's message (GitHub's `escapeData`).
pub fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property value (GitHub's `escapeProperty`).
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The run's Markdown summary for `$GITHUB_STEP_SUMMARY`: GitHub shows only the first few
/// annotations of a step, so the job page gets a table of every plan with findings and the
/// rules found most often. In the run's language: the total (plurals as the language has them),
/// the plans with findings or not checked, and the rules found most often. Rule ids and paths
/// are code, as everywhere. It takes the plans one at a time ([`StepSummary::add`]) and keeps a
/// row only for a plan with findings, so that a run's annotations can stream; the total is the
/// reporter's own ([`super::Summary`]).
#[derive(Default)]
pub(crate) struct StepSummary {
    rules: std::collections::BTreeMap<&'static str, usize>,
    rows: String,
}

impl StepSummary {
    pub(crate) fn add(&mut self, plan: &RenderedPlan, l10n: &Localizer) {
        let counts = plan.counts();
        for d in plan.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            *self.rules.entry(d.rule).or_default() += 1;
        }
        if counts.worst().is_some() || !plan.checked {
            let checked = if plan.checked {
                String::new()
            } else {
                format!(" ({})", l10n.text("html-not-checked"))
            };
            let _ = writeln!(
                self.rows,
                "| `{}`{checked} | {} | {} | {} |",
                markdown(&plan.path),
                counts.error,
                counts.warning,
                counts.note
            );
        }
    }

    /// The summary of the plans added, whose total is `summary`.
    pub(crate) fn render(&self, summary: &super::Summary, l10n: &Localizer) -> String {
        let mut out = String::from("## oras-check\n\n");
        let _ = writeln!(out, "{}.\n", super::total_line(summary, l10n));
        if !self.rows.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---:|---:|---:|",
                l10n.text("html-col-plan"),
                l10n.text("summary-col-errors"),
                l10n.text("summary-col-warnings"),
                l10n.text("summary-col-notes")
            );
            out.push_str(&self.rows);
            out.push('\n');
        }
        let mut top: Vec<(&str, usize)> = self.rules.iter().map(|(r, n)| (*r, *n)).collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if !top.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} |\n|---|---:|",
                l10n.text("report-col-rule"),
                l10n.text("report-col-count")
            );
            for (rule, n) in top.into_iter().take(10) {
                let _ = writeln!(out, "| `{rule}` | {n} |");
            }
            out.push('\n');
        }
        out
    }
}

/// Text safe inside a Markdown table cell in backticks.
fn markdown(s: &str) -> String {
    s.replace(['|', '`', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_files_use_forward_slashes_on_windows() {
        assert_eq!(file(r"plans\syksy\a.toml", true), "plans/syksy/a.toml");
        assert_eq!(file(r"plans\odd\name.toml", false), r"plans\odd\name.toml");
        assert_eq!(file("plans/a.toml", true), "plans/a.toml");
    }

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a,b:c"), "a%2Cb%3Ac");
    }
}
