//! `--format github`: one GitHub Actions workflow command per finding, so that findings appear
//! as annotations on the pull request's changed lines.
//!
//! `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE` (`::warning`,
//! `::notice` for the other severities). Suppressed findings are left out.

use std::fmt::Write as _;

use super::rendered::RenderedPlan;
use crate::finding::Severity;

pub fn render(plans: &[RenderedPlan]) -> String {
    let mut out = String::new();
    for plan in plans {
        for d in plan.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "notice",
            };
            let mut properties = format!("file={}", property(&plan.path));
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
            if let Some(source) = &d.source {
                let _ = write!(
                    message,
                    "\n{}, \"{}\": “{}”",
                    source.document, source.section, source.quote
                );
            }
            let _ = writeln!(out, "::{command} {properties}::{}", data(&message));
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a,b:c"), "a%2Cb%3Ac");
    }
}
