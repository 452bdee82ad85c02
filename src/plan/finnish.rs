//! What a Finnish planner writes where TOML wants something else: dates as 3.3.2026 or
//! 03.03.2026 (bare or quoted), decimal commas (6,5), hours with a unit ("6 h", "6 tuntia").
//! Each is recognised so that its error says exactly what to write instead, and so that `fix`
//! can rewrite it; the TOML parser's own common errors are explained in words a planner knows.

use chrono::NaiveDate;

use crate::finding::{Message, Span};
use crate::msg;

/// A date written the Finnish way, `d.m.yyyy` (also with leading zeros, and a trailing dot).
pub fn date(text: &str) -> Option<NaiveDate> {
    let text = text.trim().trim_end_matches('.');
    let mut parts = text.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || d.is_empty()
        || m.is_empty()
        || d.len() > 2
        || m.len() > 2
    {
        return None;
    }
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(d) && all_digits(m) && all_digits(y)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A date as a date option takes it: `2026-03-03` or the Finnish `3.3.2026`.
pub fn parse_date_option(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .or_else(|| date(text))
        .ok_or_else(|| format!("`{text}` is not a date like 2026-03-03 or 3.3.2026"))
}

/// A number written with a decimal comma (`6,5`), as TOML writes it (`6.5`).
pub fn decimal_comma(text: &str) -> Option<String> {
    let (whole, part) = text.trim().split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && digits(part)).then(|| format!("{whole}.{part}"))
}

/// Hours written with a unit or a decimal comma (`"6 h"`, `"6,5 h"`, `"6 tuntia"`, `"6 timmar"`,
/// `"6,5"`), as the plain number TOML wants (`6`, `6.5`).
pub fn hours(text: &str) -> Option<String> {
    let text = text.trim();
    let number = [
        "tuntia", "tunti", "timmar", "timme", "hours", "hour", "h", "t",
    ]
    .iter()
    .find_map(|unit| text.strip_suffix(unit).map(str::trim_end))
    .unwrap_or(text);
    if let Some(fixed) = decimal_comma(number) {
        return Some(fixed);
    }
    let ok = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.parse::<f64>().is_ok();
    (ok && number != text).then(|| number.to_owned())
}

/// The `key = value` on the line of `offset`: the key, and the value's text and span (up to a
/// comment).
fn assignment(src: &str, offset: usize) -> Option<(&str, &str, Span)> {
    let offset = offset.min(src.len());
    let start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = src[offset..].find('\n').map_or(src.len(), |i| offset + i);
    let line = &src[start..end];
    let (key, rest) = line.split_once('=')?;
    let value_start = start + key.len() + 1;
    let value = rest.split(" #").next().unwrap_or(rest);
    let lead = value.len() - value.trim_start().len();
    let value = value.trim();
    let at = value_start + lead;
    Some((key.trim(), value, Span::new(at, at + value.len())))
}

/// The TOML parser's error, explained: a Finnish date or a decimal comma says what to write, the
/// common syntax errors say what is wrong in a planner's words, with the parser's own text after.
pub(crate) fn explain(e: &toml::de::Error, src: &str) -> (Message, Option<Message>, Option<Span>) {
    let detail = e.message().trim().to_owned();
    let span = e.span();
    let near = span.as_ref().and_then(|s| assignment(src, s.start));
    let (message, help, at): (Message, Option<Message>, Option<Span>) = match near {
        Some((key, value, at)) if date(value).is_some() => {
            let iso = date(value).map(|d| d.to_string()).unwrap_or_default();
            (
                msg!("syntax-finnish-date", key = key, found = value),
                Some(msg!("write-as", key = key, value = iso)),
                Some(at),
            )
        }
        Some((key, value, at)) if decimal_comma(value).is_some() => (
            msg!("syntax-decimal-comma", key = key, found = value),
            Some(msg!(
                "write-as",
                key = key,
                value = decimal_comma(value).unwrap_or_default()
            )),
            Some(at),
        ),
        _ => {
            let kind = if detail.contains("leading zero") {
                "syntax-leading-zero"
            } else if detail.contains("duplicate key") {
                "syntax-duplicate-key"
            } else if detail.contains("no value") || detail.contains("expected `=`") {
                "syntax-missing-equals"
            } else if detail.contains("unclosed table") || detail.contains("expected `]`") {
                "syntax-unclosed-table"
            } else if detail.contains("string") {
                "syntax-unclosed-string"
            } else if detail.contains("date") {
                // An impossible date (2025-02-29): the parser's words say it best.
                "syntax-error"
            } else if detail.contains("invalid")
                || detail.contains("unexpected key or value")
                || detail.contains("expected nothing")
            {
                "syntax-bad-value"
            } else {
                "syntax-error"
            };
            (msg!(kind, detail = detail.as_str()), None, None)
        }
    };
    (message, help, at.or_else(|| span.map(Span::from)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_dates_and_numbers() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(date("3.3.2026"), d(2026, 3, 3));
        assert_eq!(date("03.03.2026"), d(2026, 3, 3));
        assert_eq!(date("31.12.2025."), d(2025, 12, 31));
        assert_eq!(date("29.2.2025"), None);
        assert_eq!(date("3.3.26"), None);
        assert_eq!(date("2026-03-03"), None);
        assert_eq!(
            parse_date_option("2.3.2026").unwrap(),
            d(2026, 3, 2).unwrap()
        );
        assert_eq!(decimal_comma("6,5").as_deref(), Some("6.5"));
        assert_eq!(decimal_comma("6,5,1"), None);
        assert_eq!(hours("6 h").as_deref(), Some("6"));
        assert_eq!(hours("6,5 h").as_deref(), Some("6.5"));
        assert_eq!(hours("6 tuntia").as_deref(), Some("6"));
        assert_eq!(hours("6,5").as_deref(), Some("6.5"));
        assert_eq!(hours("kuusi"), None);
        assert_eq!(hours("6"), None);
    }
}
