//! `--format concise`: one line per finding, `path:line:col: severity[rule] message`, then the
//! total, for terminals and logs where a whole excerpt per finding is too much. Suppressed
//! findings are left out. The severity word is English whatever the language (scripts read
//! it); messages and the total are in the reader's language.

use std::fmt::Write as _;

use super::rendered::RenderedPlan;
use super::{RenderOptions, Summary};
use crate::i18n::Localizer;

pub fn render(plans: &[RenderedPlan], options: &RenderOptions, summary: &Summary) -> String {
    let l10n = Localizer::get(options.lang);
    let mut out = String::new();
    for plan in plans {
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
    }
    out.push_str(&super::total_line(summary, l10n));
    out.push('\n');
    out
}
