//! Where a byte offset of a plan's text is as a person counts: 1-based lines and columns in
//! characters. Findings carry byte spans; renderers turn them into positions here.

use crate::finding::Span;

/// Lines longer than this many bytes are never shown in an excerpt (of a plan, a configuration,
/// a roster or a rule pack): the finding is located in words instead.
pub const LONG_LINE: usize = 500;

/// 1-based line and column (in characters) of byte offsets in a text.
pub struct LineIndex<'a> {
    text: &'a str,
    lines: Lines,
}

/// The lines of a text, indexed once: where each starts, and whether it is ASCII (its columns
/// are then its bytes, found in constant time: a line holding thousands of findings is not
/// counted again for each).
#[derive(Clone, Debug)]
pub struct Lines {
    starts: Vec<(usize, bool)>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let bytes = text.as_bytes();
        let mut starts = Vec::new();
        let mut start = 0;
        // Line ends found with memchr, each line's ASCII test with std's: both word-at-a-time.
        for end in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
            starts.push((start, bytes[start..end].is_ascii()));
            start = end + 1;
        }
        Lines { starts }
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&(s, _)| s <= offset)
            .saturating_sub(1)
    }

    /// The byte range of a 0-based line, without its line break.
    pub fn range(&self, line: usize, text: &str) -> std::ops::Range<usize> {
        let start = self.starts.get(line).map_or(text.len(), |&(s, _)| s);
        let end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |&(next, _)| next - 1);
        start..end.max(start)
    }

    /// The longest line an excerpt of `range` shows, in bytes: the span's lines and one on
    /// each side.
    pub fn longest_shown(&self, text: &str, range: std::ops::Range<usize>) -> usize {
        let first = self.line_of(range.start.min(text.len())).saturating_sub(1);
        let last = (self.line_of(range.end.min(text.len())) + 1).min(self.len() - 1);
        (first..=last)
            .map(|l| self.range(l, text).len())
            .max()
            .unwrap_or(0)
    }

    /// 1-based line and column (in characters) of a byte offset of `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let (start, ascii) = self.starts[line];
        let column = if ascii {
            offset - start
        } else {
            text.get(start..offset)
                .map_or(offset - start, |s| s.chars().count())
        };
        (line + 1, column + 1)
    }
}

/// A span as line/column positions; the end column is exclusive (the character after the
/// span), as in SARIF.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// The positions of a few spans, found in one pass over the text without indexing every line
/// (a plan's cross-plan entry keeps a dozen or two). Agrees with [`LineIndex::position`].
pub fn positions(text: &str, spans: &[Span]) -> Vec<Position> {
    let bytes = text.as_bytes();
    // Every offset asked for, in text order, remembering where its answer goes.
    let mut offsets: Vec<(usize, usize)> = spans
        .iter()
        .enumerate()
        .flat_map(|(i, s)| [(s.start as usize, 2 * i), (s.end as usize, 2 * i + 1)])
        .map(|(o, slot)| (o.min(text.len()), slot))
        .collect();
    offsets.sort_unstable();
    let mut found = vec![(0, 0); offsets.len()];
    let (mut at, mut line, mut line_start) = (0, 0, 0);
    for (offset, slot) in offsets {
        let between = &bytes[at..offset];
        if let Some(last) = memchr::memrchr(b'\n', between) {
            line += memchr::memchr_iter(b'\n', between).count();
            line_start = at + last + 1;
        }
        at = offset;
        let column = text
            .get(line_start..offset)
            .map_or(offset - line_start, |s| s.chars().count());
        found[slot] = (line + 1, column + 1);
    }
    found
        .chunks(2)
        .map(|pair| Position {
            line: pair[0].0,
            column: pair[0].1,
            end_line: pair[1].0,
            end_column: pair[1].1,
        })
        .collect()
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex {
            text,
            lines: Lines::new(text),
        }
    }

    /// The text of a 1-based line, without its line break (empty past the end).
    pub fn line_text(&self, line: usize) -> &'a str {
        if line == 0 || line > self.lines.len() {
            return "";
        }
        self.text
            .get(self.lines.range(line - 1, self.text))
            .unwrap_or("")
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(self.text, offset)
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
    fn positions_in_one_pass_agree_with_the_index() {
        let text = "a = 1\n[[clients]]\nid = \"ä1\"\n\n\nname = \"x\"";
        let index = LineIndex::new(text);
        let mut spans = Vec::new();
        for start in 0..=text.len() {
            for end in start..=text.len() {
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    spans.push(Span::new(start, end));
                }
            }
        }
        // In a shuffled order too: the answers go back to their spans.
        spans.reverse();
        let fast = positions(text, &spans);
        for (span, p) in spans.iter().zip(fast) {
            assert_eq!(p, index.position(*span), "{span:?}");
        }
    }

    #[test]
    fn lines_start_after_each_line_break_and_know_which_are_ascii() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "ä\nb\n\nö",
            "x = 1\r\ny = \"ä\"\n",
            "\n\nä",
        ] {
            // Line by line, as the definition says.
            let mut expected = vec![(0, true)];
            for (i, b) in text.bytes().enumerate() {
                if b == b'\n' {
                    expected.push((i + 1, true));
                } else if !b.is_ascii() {
                    expected.last_mut().unwrap().1 = false;
                }
            }
            assert_eq!(Lines::new(text).starts, expected, "{text:?}");
        }
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
