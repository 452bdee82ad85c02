//! Byte offsets of a document as LSP positions and back, in the encoding the client and server
//! agreed on: UTF-8 (columns in bytes) or UTF-16 (columns in UTF-16 code units, the protocol's
//! default). Findings carry byte spans; every position the server sends or reads passes here.
//!
//! Lines end at `\n` (a `\r` before it belongs to the line's text, as TOML reads it).

use lsp_types::{Position, Range};

use crate::finding::Span;

/// The position encoding in force for a connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    pub fn kind(self) -> lsp_types::PositionEncodingKind {
        match self {
            Encoding::Utf8 => lsp_types::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lsp_types::PositionEncodingKind::UTF16,
        }
    }

    /// The name as the protocol spells it (`utf-8`, `utf-16`).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
        }
    }
}

/// The lines of a text, indexed once.
pub struct Index<'t> {
    text: &'t str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    encoding: Encoding,
}

impl<'t> Index<'t> {
    pub fn new(text: &'t str, encoding: Encoding) -> Index<'t> {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Index {
            text,
            starts,
            encoding,
        }
    }

    /// The byte range of a 0-based line, without its `\n`.
    fn line(&self, line: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        start..end.max(start)
    }

    /// The text of a 0-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &'t str {
        let range = self.line(line);
        self.text.get(range).unwrap_or("")
    }

    /// The position of a byte offset (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let before = &self.text[start..offset];
        let character = match self.encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            character: u32::try_from(character).unwrap_or(u32::MAX),
        }
    }

    pub fn range(&self, span: Span) -> Range {
        Range {
            start: self.position(span.start as usize),
            end: self.position(span.end as usize),
        }
    }

    /// The byte offset of a position: a column past the line's end is its end, a line past the
    /// text is its end, a column inside a character (half a surrogate pair, a byte inside
    /// `ä`) is that character's start.
    pub fn offset(&self, position: Position) -> usize {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return self.text.len();
        }
        let range = self.line(line);
        let text = &self.text[range.clone()];
        let wanted = position.character as usize;
        let mut units = 0;
        for (at, c) in text.char_indices() {
            let width = match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units + width > wanted {
                return range.start + at;
            }
            units += width;
        }
        range.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn columns_count_bytes_or_utf16_units() {
        // ä, ö and å are two bytes and one UTF-16 unit; the emoji four bytes and two units.
        let text = "a = 1\nname = \"Äö å\" # 🦀 x\n";
        let x = text.find('x').unwrap();
        let u8 = Index::new(text, Encoding::Utf8);
        let u16 = Index::new(text, Encoding::Utf16);
        assert_eq!(u8.position(x), pos(1, x as u32 - 6));
        assert_eq!(u16.position(x), pos(1, 19));
        for index in [&u8, &u16] {
            for (offset, _) in text.char_indices() {
                assert_eq!(index.offset(index.position(offset)), offset);
            }
            assert_eq!(index.offset(index.position(text.len())), text.len());
        }
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let text = "ä🦀\nb";
        let u16 = Index::new(text, Encoding::Utf16);
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(u16.offset(pos(0, 2)), "ä".len());
        assert_eq!(u16.offset(pos(0, 99)), "ä🦀".len());
        assert_eq!(u16.offset(pos(7, 0)), text.len());
        let u8 = Index::new(text, Encoding::Utf8);
        // Inside ä: its start.
        assert_eq!(u8.offset(pos(0, 1)), 0);
        // A byte offset inside a character is moved back to its start.
        assert_eq!(u8.position(1), pos(0, 0));
    }
}
