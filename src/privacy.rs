//! Finnish personal identity codes (henkilötunnus): recognise them anywhere in a text and mask
//! them.
//!
//! Plans concern health rehabilitation; an identity code in one is a data-protection incident
//! waiting to happen in a CI log. The checker reports a code as a `personal-data` error and
//! must never print it, so every piece of output passes through [`mask`] before it is written,
//! and source excerpts are cut from an already masked copy of the file.
//!
//! A code is `DDMMYY` + century sign + three digits + check character. The century signs are
//! `+` (1800s), `-` `Y` `X` `W` `V` `U` (1900s) and `A` `B` `C` `D` `E` `F` (2000s; the extra
//! letters came into use in 2023). The check character is the remainder of `DDMMYYNNN` mod 31
//! looked up in `0123456789ABCDEFHJKLMNPRSTUVWXY`. Matching is case-insensitive, and a code must
//! not be glued to an ASCII letter or digit on either side (rule catalogue, settled points).

use std::borrow::Cow;
use std::ops::Range;

/// Length in bytes of an identity code; every character of one is ASCII.
pub const CODE_LEN: usize = 11;

/// What a code is replaced with: the same length, so byte offsets into a masked text stay valid.
pub const MASK: &str = "******-****";

const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Byte ranges of the valid identity codes in `text`, in order.
pub fn find_codes(text: &str) -> Vec<Range<usize>> {
    scan(text, true)
}

/// The codes of `text`, with or without the boundaries of non-alphanumerics on each side.
///
/// A code is six digits and a century sign, then the rest: so only a century sign right after
/// six or more digits in a row can be a code's seventh byte, and only there is the full check
/// made. At most one look at each byte, however many digits a plan holds (dates, times,
/// numbers), and one in six where there are none.
fn scan(text: &str, bounded: bool) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // Where the current run of digits began.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Outside a run of digits, the sixth byte ahead tells whether one of six digits can
        // start here: if it is no digit, no code's first six bytes fit before it, and the scan
        // goes on after it (most of a plan is words, not numbers).
        if run == i && bytes.get(i + 5).is_some_and(|b| !b.is_ascii_digit()) {
            i += 6;
            run = i;
            continue;
        }
        if bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let digits = i - run;
        if digits >= 6 && century(bytes[i]).is_some() && i - 6 + CODE_LEN <= bytes.len() {
            let start = i - 6;
            // Bounded, the code's first digit follows no alphanumeric: not a seventh digit.
            let code = if bounded {
                digits == 6 && is_code_at(bytes, start)
            } else {
                is_code_shape(bytes, start)
            };
            if code {
                found.push(start..start + CODE_LEN);
                i = start + CODE_LEN;
                run = i;
                continue;
            }
        }
        i += 1;
        run = i;
    }
    found
}

/// `text` with every identity code replaced by [`MASK`]; borrowed when there is none.
pub fn mask(text: &str) -> Cow<'_, str> {
    mask_at(text, &find_codes(text))
}

/// Byte ranges of every valid identity code in `text`, glued to its neighbours or not: what
/// output must never show. Detection ([`find_codes`]) needs the boundaries to tell a code from
/// a part of a longer token; output cannot rely on them, because escaping glues characters to
/// a code (`"\t131052-308T"` in JSON, `%20131052-308T` in a URI). Masking a look-alike in
/// output costs nothing.
pub fn find_codes_anywhere(text: &str) -> Vec<Range<usize>> {
    scan(text, false)
}

/// The last gate of every output: `text` with every code masked, wherever it stands.
pub fn redact(text: &str) -> Cow<'_, str> {
    mask_at(text, &find_codes_anywhere(text))
}

/// `text` with the codes [`find_codes`] found in it masked, for callers that need the ranges
/// too and should not scan twice.
pub fn mask_at<'t>(text: &'t str, codes: &[Range<usize>]) -> Cow<'t, str> {
    if codes.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for range in codes.iter().cloned() {
        out.push_str(&text[last..range.start]);
        out.push_str(MASK);
        last = range.end;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// TOML source text as any excerpt, diff or echo may show it: every identity code masked, and
/// every basic string whose *decoded* value holds a code masked whole, raw character by raw
/// character (`"131052\u002D308T"`, `"\u0031\u0033…"`, a code split by a line-ending
/// backslash), so that no reader can decode it from what is shown. Line breaks are kept and
/// every byte is replaced by one, so that spans, lines and columns into the text stay valid.
///
/// Works on any text, valid TOML or not (a half-typed plan, a configuration with a syntax
/// error): the strings are found by a small lexer of TOML's four string forms and comments,
/// because no TOML crate gives spans for a document it cannot parse. Linear in the text.
pub fn mask_source(text: &str) -> Cow<'_, str> {
    mask_source_at(text, &find_codes(text))
}

/// [`mask_source`] for callers that already have the codes [`find_codes`] found in `text`.
pub fn mask_source_at<'t>(text: &'t str, codes: &[Range<usize>]) -> Cow<'t, str> {
    let hidden = if text.contains('\\') {
        hidden_in_strings(text)
    } else {
        Vec::new()
    };
    if hidden.is_empty() {
        return mask_at(text, codes);
    }
    let mut bytes = mask_at(text, codes).into_owned().into_bytes();
    for range in hidden {
        for b in &mut bytes[range] {
            if !matches!(*b, b'\n' | b'\r') {
                *b = b'*';
            }
        }
    }
    // Whole characters were replaced byte for byte with ASCII: still UTF-8.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_default())
}

/// Where TOML source `text` holds an identity code: each plain code, and each basic string whose
/// decoded value holds one behind escapes (the whole string), in order.
pub fn codes_in_source(text: &str) -> Vec<Range<usize>> {
    let mut found = find_codes(text);
    if text.contains('\\') {
        found.extend(hidden_in_strings(text));
        found.sort_by_key(|r| (r.start, r.end));
    }
    found
}

/// The raw byte ranges (quotes included) of the basic strings of TOML `text` whose decoded
/// value holds an identity code hidden behind a backslash.
fn hidden_in_strings(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            // A comment runs to the end of the line.
            b'#' => i = line_end(b, i),
            // Literal strings have no escapes: what they hold is what the text shows.
            b'\'' if b[i..].starts_with(b"'''") => {
                i = find_from(b, i + 3, b"'''").map_or(b.len(), |end| end + 3);
            }
            b'\'' => {
                i = (i + 1..b.len())
                    .find(|&j| b[j] == b'\'' || b[j] == b'\n')
                    .map_or(b.len(), |end| end + 1);
            }
            b'"' => {
                let multi = b[i..].starts_with(b"\"\"\"");
                let body_start = if multi { i + 3 } else { i + 1 };
                let (body_end, end) = basic_string_end(b, body_start, multi);
                let body = text.get(body_start..body_end).unwrap_or_default();
                if body.contains('\\') && !find_codes_anywhere(&decode_basic(body)).is_empty() {
                    found.push(i..end);
                }
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    found
}

fn line_end(b: &[u8], from: usize) -> usize {
    (from..b.len()).find(|&j| b[j] == b'\n').unwrap_or(b.len())
}

fn find_from(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Where a basic string whose body starts at `from` ends: (end of body, end of string). An
/// unterminated one-line string ends at its line break, a multi-line one at the end of text.
fn basic_string_end(b: &[u8], from: usize, multi: bool) -> (usize, usize) {
    let mut j = from;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'\n' if !multi => return (j, j),
            b'"' if !multi => return (j, j + 1),
            b'"' if b[j..].starts_with(b"\"\"\"") => {
                // Up to two more quotes may end the body: `""""` is a quote, then the delimiter.
                let mut k = j + 3;
                while k < b.len() && k < j + 5 && b[k] == b'"' {
                    k += 1;
                }
                return (k - 3, k);
            }
            _ => j += 1,
        }
    }
    (b.len(), b.len())
}

/// The value of a basic string's body as TOML decodes it; an escape it does not know is kept
/// as written.
fn decode_basic(body: &str) -> String {
    fn hex(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, n: usize) -> char {
        let digits: String = (0..n).filter_map(|_| chars.next()).collect();
        u32::from_str_radix(&digits, 16)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or('?')
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => out.push(hex(&mut chars, 4)),
            Some('U') => out.push(hex(&mut chars, 8)),
            Some('x') => out.push(hex(&mut chars, 2)),
            Some('b') => out.push('\u{8}'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('f') => out.push('\u{c}'),
            Some('r') => out.push('\r'),
            Some('e') => out.push('\u{1b}'),
            Some(w) if w.is_whitespace() => {
                // A line-ending backslash: the break and the whitespace after it vanish.
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// `text` with control characters (other than tab and line breaks) replaced by `?`, one per
/// byte so that spans into the text stay valid. Values shown on a terminal or written into a
/// document (a client id, a file name) must not carry an escape sequence that drives the
/// terminal, nor a character XML or iCalendar forbids.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A value as any output may show it: codes masked wherever they stand, control characters
/// neutralised, nothing else changed.
pub fn shown(text: &str) -> String {
    neutralise(&redact(text)).into_owned()
}

fn is_code_at(b: &[u8], i: usize) -> bool {
    // Cheap rejections first: most positions of a plan are not six digits in a row.
    if !b[i..i + 6].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return false;
    }
    if let Some(next) = b.get(i + CODE_LEN)
        && next.is_ascii_alphanumeric()
    {
        return false;
    }
    is_code_shape(b, i)
}

/// Eleven bytes at `i` that form a valid code: date, century sign, number, check character.
fn is_code_shape(b: &[u8], i: usize) -> bool {
    if !b[i..i + 6].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let Some(century) = century(b[i + 6]) else {
        return false;
    };
    if !b[i + 7..i + 10].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let num = |r: Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    let (day, month, year) = (num(i..i + 2), num(i + 2..i + 4), num(i + 4..i + 6));
    if chrono::NaiveDate::from_ymd_opt(century + year as i32, month, day).is_none() {
        return false;
    }
    let digits = num(i..i + 6) as u64 * 1000 + u64::from(num(i + 7..i + 10));
    let expected = CHECK_CHARS[(digits % 31) as usize];
    b[i + 10].to_ascii_uppercase() == expected
}

fn century(sign: u8) -> Option<i32> {
    match sign.to_ascii_uppercase() {
        b'+' => Some(1800),
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => Some(1900),
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => Some(2000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The scan as it was first written, one position at a time: what [`scan`] must find.
    fn scan_each_position(text: &str, bounded: bool) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while i + CODE_LEN <= bytes.len() {
            let starts = bytes[i].is_ascii_digit()
                && (!bounded || i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
            let code = starts
                && if bounded {
                    is_code_at(bytes, i)
                } else {
                    is_code_shape(bytes, i)
                };
            if code {
                found.push(i..i + CODE_LEN);
                i += CODE_LEN;
            } else {
                i += 1;
            }
        }
        found
    }

    proptest! {
        // Texts made of pieces of codes, digits, century signs, letters and separators, so
        // that codes, near-codes, glued codes and runs of digits all occur.
        #[test]
        fn the_scan_finds_what_a_check_at_every_position_finds(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("131052-308T"), Just("010594Y9032"), Just("020516c902j"),
                    Just("1"), Just("0"), Just("31"), Just("052"), Just("-"), Just("+"),
                    Just("A"), Just("Y"), Just("308T"), Just(" "), Just("\n"), Just("x"),
                    Just("ä"), Just("\""),
                ],
                0..40,
            ),
        ) {
            let text: String = pieces.concat();
            for bounded in [true, false] {
                prop_assert_eq!(scan(&text, bounded), scan_each_position(&text, bounded));
            }
        }
    }

    // Codes built for the tests with a correct check character; they belong to nobody known.
    // 131052-308T is the example code in the Digital and Population Data Services Agency's
    // description of the format.
    const VALID: &[&str] = &[
        "131052-308T",
        "131052-308t",
        "020516c902j",
        "010594Y9032",
        "010594Y9021",
        "020594X903P",
        "020594X902N",
        "030594W903B",
        "030694W9024",
        "040594V9030",
        "040594V902Y",
        "080594U903K",
        "080594U902J",
        "010516B903X",
        "010516B902W",
        "020516C903K",
        "020516C902J",
        "030516D9037",
        "030516D9026",
        "010501E9032",
        "020502E902X",
        "020503F9037",
        "020504A902E",
        "010101+002S",
    ];

    #[test]
    fn recognises_every_century_sign() {
        for code in VALID {
            assert_eq!(find_codes(code), vec![0..11], "{code}");
        }
    }

    #[test]
    fn rejects_wrong_check_character_date_or_sign() {
        for text in [
            "131052-308U", // wrong check character
            "310252-308T", // 31 February
            "131352-308T", // month 13
            "131052Z308T", // not a century sign
            "131052-30AT", // letter in the individual number
            "13105-2308T",
        ] {
            assert!(find_codes(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn needs_boundaries_of_non_alphanumerics() {
        assert!(find_codes("x131052-308T").is_empty());
        assert!(find_codes("1131052-308T").is_empty());
        assert!(find_codes("131052-308TX").is_empty());
        assert!(find_codes("131052-308T5").is_empty());
        // Privacy first: a non-ASCII letter is not a boundary that hides a code.
        assert_eq!(find_codes("ä131052-308T").len(), 1);
        assert_eq!(find_codes("id = \"131052-308T\" # 010594Y9032").len(), 2);
        assert_eq!(find_codes("131052-308T:010594Y9032").len(), 2);
    }

    #[test]
    fn mask_keeps_offsets() {
        let text = "# client 131052-308T\nid = \"010594Y9032\"\n";
        let masked = mask(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked, "# client ******-****\nid = \"******-****\"\n");
        assert!(matches!(mask("nothing here 2025-03-03"), Cow::Borrowed(_)));
    }

    #[test]
    fn output_redaction_ignores_boundaries() {
        // Glued by escaping: a tab escape, a percent-encoded space, a letter, a digit.
        for glued in [
            "\\t131052-308T",
            "%20131052-308T",
            "ok131052-308T",
            "0131052-308Tx",
        ] {
            assert!(
                find_codes(glued).is_empty() || glued.starts_with('%'),
                "{glued}"
            );
            assert_eq!(redact(glued).matches(MASK).count(), 1, "{glued}");
        }
        assert!(matches!(redact("2025-03-03 13:10"), Cow::Borrowed(_)));
    }

    #[test]
    fn codes_behind_escapes_are_masked_raw_character_by_raw_character() {
        for text in [
            r#"code = "131052\u002D308T""#,
            r#"id = "\u0031\u0033\u0031\u0030\u0035\u0032-308T""#,
            r#"id = "\U00000031\U00000033\U00000031052-308T""#,
            "note = \"\"\"\nsee 131052-\\\n    308T\n\"\"\"\nnext = 1\n",
            "\"k\\u0031\" = 1\nx = \"ä131052\\x2D308T\"\n",
            "x = \"\"\"131052\\u002D308T\"\"\"\"\"\n",
        ] {
            let shown = mask_source(text);
            assert_eq!(shown.len(), text.len(), "{text}");
            assert_eq!(
                shown.matches('\n').count(),
                text.matches('\n').count(),
                "{text}"
            );
            assert!(!shown.contains("308"), "{text} → {shown}");
        }
        // Strings without a hidden code, comments and literal strings are left as they are.
        let plain = "a = \"tab\\there\" # \"\\u0031\"\nb = '\\u0031'\nc = '''\\u0031'''\n";
        assert_eq!(mask_source(plain), plain);
        // A plain code is masked as `mask` masks it.
        assert_eq!(mask_source("a = \"131052-308T\""), "a = \"******-****\"");
    }

    #[test]
    fn mask_source_survives_unterminated_strings() {
        for text in [
            "a = \"131052\\u002D",
            "a = \"\"\"\\",
            "a = '''x",
            "\"\\",
            "a = \"\\u00",
            "'",
        ] {
            assert_eq!(mask_source(text).len(), text.len(), "{text}");
        }
    }

    #[test]
    fn leap_day_codes_depend_on_the_century() {
        // 29 February 2000 exists (sign A), 29 February 1900 does not (sign -).
        assert_eq!(find_codes("290200A002C").len(), 1);
        assert!(find_codes("290200-002C").is_empty());
    }
}
