//! `--format concise`: one line per finding, `path:line:col: severity[rule] message`, then the
//! total, for terminals and logs where a whole excerpt per finding is too much. Suppressed
//! findings are left out. The severity word is English whatever the language (scripts read
//! it); messages and the total are in the reader's language. Each plan's lines are written as
//! soon as the plan is rendered.

use std::fmt::Write as _;

use super::rendered::RenderedPlan;
use super::{RenderOptions, Summary};
use crate::i18n::Localizer;

/// One plan's lines, written as soon as the plan is accepted.
pub(crate) fn plan(plan: &RenderedPlan) -> String {
    let mut out = String::new();
    for d in plan.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
        let at = d
            .position
            .map_or_else(String::new, |p| format!("{}:{}:", p.line, p.column));
        // The severity word stays English in every language: `grep 'error\['` and problem
        // matchers read it; the message is translated.
        let severity = d.severity.as_str();
        // One line each: a message never breaks the line format.
        let message = d.message.replace(['\n', '\r'], " ");
        let _ = writeln!(
            out,
            "{}:{at} {severity}[{}] {message}",
            super::display_safe(&plan.path),
            d.rule
        );
    }
    out
}

/// The last line: the run's total.
pub(crate) fn end(options: &RenderOptions, summary: &Summary) -> String {
    let mut out = super::total_line(summary, Localizer::get(options.lang));
    out.push('\n');
    out
}
