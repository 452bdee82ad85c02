//! Rendering reports for people (`human`) and for machines (`json`).
//!
//! The rules only emit findings; this layer alone knows miette, comfy-table and JSON. Every
//! rendered string passes [`crate::privacy::mask`] before it leaves here: the plan text is
//! already masked, and this catches identity codes that reach a message any other way (a client
//! id, a key echoed by the TOML parser).

pub mod catalogue;
pub mod human;
pub mod json;

use chrono::NaiveDate;

use crate::check::PlanReport;
use crate::finding::{Counts, Span};
use crate::i18n::Lang;
use crate::privacy;

/// Output formats.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Graphical diagnostics with source excerpts, then a summary table.
    Human,
    /// One JSON document (cli-and-output.md).
    Json,
}

/// How to render.
#[derive(Clone, Debug)]
pub struct RenderOptions {
    pub format: Format,
    pub lang: Lang,
    pub color: bool,
    /// Terminal width for the human format.
    pub width: usize,
    pub as_of: NaiveDate,
    /// Leave out the "also confirm by hand" checklist.
    pub quiet: bool,
}

/// Renders the reports of one run in the chosen format; the result contains no identity code.
pub fn render(reports: &[PlanReport], options: &RenderOptions) -> String {
    let out = match options.format {
        Format::Human => human::render(reports, options),
        Format::Json => json::render(reports, options),
    };
    privacy::mask(&out).into_owned()
}

/// `text` with control characters (other than tab and line breaks) replaced by `?`, one per
/// byte so that spans into the text stay valid. A plan is shown on a terminal; a stray escape
/// sequence in it (a binary file, an `\u001b` in a string) must not drive the terminal.
pub fn display_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Wrapping for prose and verbatim quotes: break only at spaces, never inside a word or after a
/// dash, so that "6–12" and "maanantai-lauantai" stay whole.
pub fn wrap_options<'a>(width: usize) -> textwrap::Options<'a> {
    textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
}

/// Total counts over several plans.
pub fn total(reports: &[PlanReport]) -> Counts {
    let mut total = Counts::default();
    for r in reports {
        total.merge(r.counts());
    }
    total
}

/// 1-based line and column (in characters) of byte offsets in a text.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of every line.
    starts: Vec<usize>,
}

/// A span as line/column positions; the end column is exclusive (the character after the
/// span), as in SARIF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, column + 1)
    }

    pub fn position(&self, span: Span) -> Position {
        let (line, column) = self.line_col(span.start as usize);
        let (end_line, end_column) = self.line_col(span.end as usize);
        Position {
            line,
            column,
            end_line,
            end_column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_neutralised_keeping_offsets() {
        let text = "a\u{1b}[31m\tb\n\u{9b}c";
        let safe = display_safe(text);
        assert_eq!(safe.len(), text.len());
        assert_eq!(safe, "a?[31m\tb\n??c");
    }

    #[test]
    fn positions_are_one_based_with_exclusive_end() {
        let text = "a = 1\n[[clients]]\nid = \"ä1\"\n";
        let idx = LineIndex::new(text);
        let header = text.find("[[clients]]").unwrap();
        let p = idx.position(Span::new(header, header + 11));
        assert_eq!(
            p,
            Position {
                line: 2,
                column: 1,
                end_line: 2,
                end_column: 12
            }
        );
        // Columns count characters, not bytes.
        let value = text.find("\"ä1\"").unwrap();
        let p = idx.position(Span::new(value, value + "\"ä1\"".len()));
        assert_eq!((p.line, p.column, p.end_column), (3, 6, 10));
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(10_000), (4, 1));
    }
}
