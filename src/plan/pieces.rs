//! Parsing a large TOML document a piece at a time, so that its memory stays near the size of
//! the tree it makes.
//!
//! `toml` lexes a whole document into a token list and parses that into an event list before it
//! builds the tree, and keeps both until the end: about 14 bytes for every byte of text, so a
//! 28 MiB plan needed 390 MiB for lists it then threw away. No crate parses TOML into a spanned
//! tree without them (toml_edit keeps more), so this splits the text where a line opens a
//! top-level table, parses each piece with `toml`, moves each piece's spans to where the piece
//! stands in the file, and joins the pieces' tables.
//!
//! Only joins that cannot change the meaning are done here: a table name not seen before, or
//! one more `[[name]]` after earlier `[[name]]` tables. Anything else (a piece that does not
//! parse, `[a.b]` after `[a]`, a key defined twice) parses the whole text again with `toml`, so
//! the result, and every error with its place and words, is exactly `toml`'s. That fallback
//! costs what it saves: such a document takes up to three times as long (lexed three times,
//! parsed twice) and peaks as high as before. Plans as the format writes them do not take it
//! (tested on every bundled plan): their tables are `[course]`, `[[clients]]` and the like.

use rustc_hash::FxHashSet;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml_parser::lexer::TokenKind;

/// Below this size a document is parsed whole: its lists are small, and one parse is faster.
const WHOLE_BELOW: usize = 1 << 20;

/// Parses a TOML document as `toml::de::DeTable::parse` does, with the same tree, spans and
/// errors; a document of a MiB or more is parsed a piece at a time.
pub fn parse(src: &str) -> Result<Spanned<DeTable<'_>>, toml::de::Error> {
    parse_from(src, WHOLE_BELOW)
}

/// [`parse`], cutting documents of `whole_below` bytes or more into pieces.
fn parse_from(src: &str, whole_below: usize) -> Result<Spanned<DeTable<'_>>, toml::de::Error> {
    if src.len() < whole_below {
        return DeTable::parse(src);
    }
    match in_pieces(src) {
        Some(root) => Ok(root),
        None => DeTable::parse(src),
    }
}

/// The document joined from its pieces, or `None` when a piece does not parse or a join could
/// mean something else than in the whole document.
fn in_pieces(src: &str) -> Option<Spanned<DeTable<'_>>> {
    let pieces = pieces(src);
    let mut root = DeTable::new();
    // Top-level names made by `[[name]]`: another `[[name]]` appends to them.
    let mut arrays: FxHashSet<String> = FxHashSet::default();
    for piece in pieces {
        let table = DeTable::parse(&src[piece.start..piece.end])
            .ok()?
            .into_inner();
        for (key, value) in table {
            let value = moved(value, piece.start);
            let name: &str = key.get_ref();
            match root.get_mut(name) {
                None => {
                    // Only `[[name]]` makes an array at the top of a piece that opens a table
                    // (toml's own array-of-tables mark is private to it).
                    if piece.opens_table && matches!(value.get_ref(), DeValue::Array(_)) {
                        arrays.insert(name.to_owned());
                    }
                    root.insert(moved_key(key, piece.start), value);
                }
                Some(existing) => match (existing.get_mut(), value.into_inner()) {
                    (DeValue::Array(array), DeValue::Array(more))
                        if piece.opens_table && arrays.contains(name) =>
                    {
                        for table in more {
                            array.push(table);
                        }
                    }
                    _ => return None,
                },
            }
        }
    }
    Some(Spanned::new(0..0, root))
}

/// A stretch of the text that is parsed on its own.
struct Piece {
    start: usize,
    end: usize,
    /// It starts with a table's header (`[name]`, `[[name]]`) rather than top-level keys.
    opens_table: bool,
}

/// The text cut where a line opens a table (`[name]` or `[[name]]` first on a line, outside any
/// array or inline table). The lexer is `toml`'s own, so a `[` inside a string is never taken
/// for one. A cut in a wrong place (in a document that is not valid TOML) makes a piece that
/// does not parse, and the whole text is parsed instead.
fn pieces(src: &str) -> Vec<Piece> {
    let mut starts = vec![(0, false)];
    let mut depth = 0i64;
    let mut line_start = true;
    for token in toml_parser::Source::new(src).lex() {
        let kind = token.kind();
        match kind {
            TokenKind::Newline => line_start = true,
            TokenKind::Whitespace => {}
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => {
                if line_start && depth == 0 && kind == TokenKind::LeftSquareBracket {
                    let start = token.span().start();
                    if start == 0 {
                        starts[0].1 = true;
                    } else {
                        starts.push((start, true));
                    }
                }
                depth += 1;
                line_start = false;
            }
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                depth -= 1;
                line_start = false;
            }
            _ => line_start = false,
        }
    }
    let ends = starts
        .iter()
        .skip(1)
        .map(|&(start, _)| start)
        .chain([src.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&(start, opens_table), end)| Piece {
            start,
            end,
            opens_table,
        })
        .collect()
}

fn moved_key<T>(key: Spanned<T>, by: usize) -> Spanned<T> {
    let span = key.span();
    Spanned::new(span.start + by..span.end + by, key.into_inner())
}

/// A value parsed from a piece, with its spans (and its children's) moved `by` bytes on. Tables
/// are rebuilt, which clears `toml`'s private marks (implicit, dotted, inline): only its parser
/// reads them, and the tree is finished. The depth is `toml`'s, which stops at 80 levels.
fn moved(value: Spanned<DeValue<'_>>, by: usize) -> Spanned<DeValue<'_>> {
    let span = value.span();
    let inner = match value.into_inner() {
        DeValue::Table(table) => DeValue::Table(
            table
                .into_iter()
                .map(|(k, v)| (moved_key(k, by), moved(v, by)))
                .collect(),
        ),
        DeValue::Array(mut array) => {
            for item in array.iter_mut() {
                let taken = std::mem::replace(item, Spanned::new(0..0, DeValue::Boolean(false)));
                *item = moved(taken, by);
            }
            DeValue::Array(array)
        }
        scalar => scalar,
    };
    Spanned::new(span.start + by..span.end + by, inner)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// What `toml` makes of a document, spans included: the tree, or the error as shown.
    fn outcome(parsed: Result<Spanned<DeTable<'_>>, toml::de::Error>) -> String {
        match parsed {
            Ok(root) => format!("{root:?}"),
            Err(e) => format!("error: {e}"),
        }
    }

    /// Parsed in pieces (however small), the document gives what `toml` gives for it whole.
    fn same_as_whole(src: &str) {
        assert_eq!(
            outcome(parse_from(src, 0)),
            outcome(DeTable::parse(src)),
            "{src:?}"
        );
    }

    #[test]
    fn every_bundled_plan_is_joined_from_its_pieces_as_toml_reads_it_whole() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
        let mut seen = 0;
        let mut pending = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "toml") {
                    let src = std::fs::read_to_string(&path).unwrap();
                    if DeTable::parse(&src).is_ok() && src.contains("[[clients]]") {
                        // A plan is joined, not parsed whole again.
                        assert!(in_pieces(&src).is_some(), "{}", path.display());
                        seen += 1;
                    }
                    same_as_whole(&src);
                }
            }
        }
        assert!(seen >= 40, "only {seen} plans");
    }

    #[test]
    fn joins_that_could_change_the_meaning_parse_the_whole_text() {
        for src in [
            "[a]\nx = 1\n[a]\ny = 2\n",
            "x = [1]\n[[x]]\ny = 2\n",
            "[[x]]\n[x.y]\nz = 1\n[[x]]\n",
            "[a.b]\n[a]\nc = 1\n",
            "a.b = 1\n[a]\nc = 1\n",
            "[a]\n[[a]]\n",
            "[[a]]\n[a]\n",
            "[a]\nb = 1\n[a.b]\n",
        ] {
            assert!(in_pieces(src).is_none(), "{src:?}");
            same_as_whole(src);
        }
    }

    #[test]
    fn only_a_bracket_that_opens_a_line_outside_values_and_strings_cuts() {
        let src = "s = \"\"\"\n[a]\n\"\"\"\nm = [\n  [1],\n]\nt = { u = [\n[2]] }\n# [b]\n  [[c]]\nq = '['\n[d]\n";
        let starts: Vec<usize> = pieces(src).iter().map(|p| p.start).collect();
        assert_eq!(
            starts,
            [
                0,
                src.find("  [[c]]").unwrap() + 2,
                src.find("[d]").unwrap()
            ]
        );
        same_as_whole(src);
    }

    #[test]
    fn a_document_that_opens_with_a_table_appends_to_it() {
        let src = "[[c]]\nx = 1\n[[c]]\nx = 2\n";
        assert!(pieces(src)[0].opens_table);
        assert!(in_pieces(src).is_some());
        same_as_whole(src);
    }

    /// Lines a plan (or a slip in one) may have, to be put together in any order.
    const LINES: &[&str] = &[
        "[a]",
        "[b]",
        "[[c]]",
        "[[a]]",
        "[a.b]",
        "[c.d]",
        "[[c.e]]",
        "  [[c]]  # c",
        "[ \"c\" ]",
        "[[ 'c' ]]",
        "[[\"c\\u0063\"]]",
        "x = 1",
        "y.z = \"s\"",
        "c = [1, 2]",
        "a = { p = 1 }",
        "s = \"\"\"\n[a]\n\"\"\"",
        "m = [\n[1],\n]",
        "\"c\" = 3",
        "q = '['",
        "# [a]",
        "",
        "bad =",
        "]",
        "[",
        "d = 2026-12-07",
        "\u{feff}x = 1",
        "[[c]]\nk = [",
        "{",
        "l = '''\n[[c]]\n'''",
        "t = {\n u = 1 }",
        "\t[[c]]",
        "[ a . b ]",
        "x = 2\r[b]",
        "\u{feff}[[c]]",
    ];

    proptest! {
        // 4,000 cases, or PROPTEST_CASES.
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(4000),
            ..ProptestConfig::default()
        })]
        #[test]
        fn pieces_join_as_toml_reads_the_whole(
            lines in prop::collection::vec(prop::sample::select(LINES), 0..12),
            crlf in any::<bool>(),
        ) {
            let src = lines.join(if crlf { "\r\n" } else { "\n" });
            prop_assert_eq!(outcome(parse_from(&src, 0)), outcome(DeTable::parse(&src)), "{:?}", src);
        }
    }
}
