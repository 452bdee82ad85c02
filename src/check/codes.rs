//! The identity-code scan of a plan: a `personal-data` error for every Finnish personal
//! identity code in the text, and for codes the text hides behind TOML escapes.

use crate::finding::{Finding, Span};
use crate::privacy;

/// A `personal-data` error for every identity code in the text, comments included.
pub(super) fn personal_data(codes: Vec<std::ops::Range<usize>>) -> Vec<Finding> {
    codes
        .into_iter()
        .map(|range| finding(range.into()))
        .collect()
}

/// The `personal-data` error at `span`.
fn finding(span: Span) -> Finding {
    crate::plan::personal_data(span)
}

/// Identity codes the text does not show as such: written with escapes (`"131052\u002D308T"`)
/// or split by a line-ending backslash in a multi-line string. Only a backslash can hide one, so
/// plans without any are not walked.
pub(super) fn escaped_codes(root: &toml::de::DeTable<'_>, text: &str) -> Vec<Finding> {
    use toml::de::DeValue;
    if !text.contains('\\') {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut check = |decoded: &str, span: std::ops::Range<usize>| {
        let raw = text.get(span.clone()).unwrap_or_default();
        if !privacy::find_codes(decoded).is_empty() && privacy::find_codes(raw).is_empty() {
            found.push(finding(span.into()));
        }
    };
    let mut tables = vec![root];
    let mut arrays: Vec<&[toml::Spanned<DeValue<'_>>]> = Vec::new();
    loop {
        let values: Vec<&toml::Spanned<DeValue<'_>>> = if let Some(table) = tables.pop() {
            for key in table.keys() {
                check(key.get_ref(), key.span());
            }
            table.values().collect()
        } else if let Some(array) = arrays.pop() {
            array.iter().collect()
        } else {
            break;
        };
        for value in values {
            match value.get_ref() {
                DeValue::String(s) => check(s, value.span()),
                DeValue::Table(t) => tables.push(t),
                DeValue::Array(a) => arrays.push(a),
                _ => {}
            }
        }
    }
    found
}
