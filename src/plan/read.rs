//! Reading typed values out of toml's spanned document tree while collecting every problem.
//!
//! serde stops at the first error; a planner fixing a file wants all of them at once (as
//! cargo-deny does for its config). So the plan is read by hand from `toml::de::DeTable`, which
//! keeps the span of every key and value: [`Table`] hands out values by key and remembers which
//! keys were used, and [`Table::finish`] reports the rest as unknown keys with a "did you mean".

use std::cell::Cell;

use chrono::NaiveDate;
use toml::Spanned as TomlSpanned;
use toml::de::{DeTable, DeValue};

use super::Spanned;
use super::vocab::Vocab;
use crate::finding::{Arg, Finding, Message, Severity, Span};
use crate::msg;

pub(crate) const SCHEMA: crate::finding::RuleId = crate::finding::RuleId::PlanSchema;

/// Collects `plan-schema` findings.
#[derive(Default)]
pub(crate) struct Problems {
    pub list: Vec<Finding>,
}

impl Problems {
    pub fn push(&mut self, span: Span, message: Message, help: Option<Message>) {
        let mut f = Finding::new(SCHEMA, Severity::Error, message).at(span);
        f.help = help;
        self.list.push(f);
    }

    pub fn push_finding(&mut self, finding: Finding) {
        self.list.push(finding);
    }
}

pub(crate) fn span_of<T>(s: &TomlSpanned<T>) -> Span {
    s.span().into()
}

/// One key of a table: the key, its value, and whether it was asked for.
type Entry<'a, 'i> = (
    &'a TomlSpanned<std::borrow::Cow<'i, str>>,
    &'a TomlSpanned<DeValue<'i>>,
    Cell<bool>,
);

/// The keys of one table, handed out on request; unrequested keys are errors at the end.
pub(crate) struct Table<'a, 'i> {
    entries: Vec<Entry<'a, 'i>>,
    /// The header (`[course]`, `[[clients]]`) or, for an inline table, the whole value.
    pub span: Span,
    /// How messages name the table: `[course]`, `[[clients]]`.
    pub name: &'static str,
}

impl<'a, 'i> Table<'a, 'i> {
    pub fn new(table: &'a DeTable<'i>, span: Span, name: &'static str) -> Self {
        Table {
            entries: table
                .iter()
                .map(|(k, v)| (k, v, Cell::new(false)))
                .collect(),
            span,
            name,
        }
    }

    /// The value of `key`, marking the key as known.
    pub fn value(&self, key: &str) -> Option<&'a TomlSpanned<DeValue<'i>>> {
        self.entries
            .iter()
            .find(|(k, _, _)| k.get_ref() == key)
            .map(|(_, v, used)| {
                used.set(true);
                *v
            })
    }

    /// The span of `key` itself (for "this key does not belong here").
    pub fn key_span(&self, key: &str) -> Option<Span> {
        self.entries
            .iter()
            .find(|(k, _, _)| k.get_ref() == key)
            .map(|(k, _, _)| span_of(k))
    }

    /// An optional value converted by `read`; a conversion problem is recorded.
    pub fn opt<T>(
        &self,
        p: &mut Problems,
        key: &'static str,
        read: Reader<T>,
    ) -> Option<Spanned<T>> {
        let v = self.value(key)?;
        let span = span_of(v);
        match read(v.get_ref(), span, key, p) {
            Ok(value) => Some(Spanned::new(value, span)),
            Err(problem) => {
                p.push(span, problem.message, problem.help);
                None
            }
        }
    }

    /// A required value; its absence is recorded at the table's header.
    pub fn req<T>(
        &self,
        p: &mut Problems,
        key: &'static str,
        read: Reader<T>,
    ) -> Option<Spanned<T>> {
        if self.entries.iter().any(|(k, _, _)| k.get_ref() == key) {
            self.opt(p, key, read)
        } else {
            p.push(
                self.span,
                msg!("schema-missing-key", key = key, table = self.name),
                None,
            );
            None
        }
    }

    /// Reports every key not asked for, suggesting the closest of `known`.
    pub fn finish(self, p: &mut Problems, known: &[&str]) {
        for (k, _, used) in &self.entries {
            if used.get() {
                continue;
            }
            let key = k.get_ref().as_ref();
            let help = match suggest(key, known.iter().copied()) {
                Some(s) => msg!("schema-did-you-mean", suggestion = s),
                None => msg!(
                    "schema-known-keys",
                    keys = Arg::all(known.iter().map(|k| format!("`{k}`")))
                ),
            };
            p.push(
                span_of(k),
                // The top level has no table name to quote: its own sentence in each language.
                if self.name == "the plan" {
                    msg!("schema-unknown-key-top", key = key)
                } else {
                    msg!("schema-unknown-key", key = key, table = self.name)
                },
                Some(help),
            );
        }
    }
}

/// A problem with one value: the message and an optional help.
pub(crate) struct Problem {
    pub message: Message,
    pub help: Option<Message>,
}

impl Problem {
    fn new(message: Message) -> Problem {
        Problem {
            message,
            help: None,
        }
    }
    fn help(mut self, help: Message) -> Problem {
        self.help = Some(help);
        self
    }
}

/// Converts one TOML value. `key` names it in messages; nested problems (array elements) may be
/// recorded directly in `p`, in which case the reader returns `Err` only for the whole value.
pub(crate) type Reader<T> =
    fn(&DeValue<'_>, Span, &'static str, &mut Problems) -> Result<T, Problem>;

/// The Fluent term naming a TOML value's type.
fn type_term(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "type-string",
        DeValue::Integer(_) => "type-integer",
        DeValue::Float(_) => "type-number",
        DeValue::Boolean(_) => "type-boolean",
        DeValue::Datetime(_) => "type-date",
        DeValue::Array(_) => "type-array",
        DeValue::Table(_) => "type-table",
    }
}

fn wrong_type(key: &str, expected: &'static str, found: &DeValue<'_>) -> Problem {
    Problem::new(msg!(
        "schema-wrong-type",
        key = key,
        expected = Arg::Term(expected),
        found = Arg::Term(type_term(found))
    ))
}

pub(crate) fn string(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    _: &mut Problems,
) -> Result<String, Problem> {
    match v {
        DeValue::String(s) => Ok(s.to_string()),
        other => Err(wrong_type(key, "type-string", other)),
    }
}

/// A string that must not be blank (ids, names, reasons).
pub(crate) fn text(
    v: &DeValue<'_>,
    span: Span,
    key: &'static str,
    p: &mut Problems,
) -> Result<String, Problem> {
    let s = string(v, span, key, p)?;
    if s.trim().is_empty() {
        return Err(Problem::new(msg!("schema-empty", key = key)));
    }
    Ok(s)
}

pub(crate) fn boolean(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    _: &mut Problems,
) -> Result<bool, Problem> {
    match v {
        DeValue::Boolean(b) => Ok(*b),
        DeValue::String(s) if matches!(s.as_ref(), "true" | "false") => Err(wrong_type(
            key,
            "type-boolean",
            v,
        )
        .help(msg!("schema-unquote", key = key, value = s.as_ref()))),
        other => Err(wrong_type(key, "type-boolean", other)),
    }
}

pub(crate) fn date(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    _: &mut Problems,
) -> Result<NaiveDate, Problem> {
    match v {
        DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                let date = NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                )
                .ok_or_else(|| Problem::new(msg!("schema-bad-date", key = key)))?;
                // A calendar (RFC 5545) ends an all-day event the next day, which must still be
                // a year of four digits.
                let last = NaiveDate::from_ymd_opt(9999, 12, 30).unwrap_or(NaiveDate::MAX);
                if i32::from(d.year) < 1 || date > last {
                    return Err(Problem::new(msg!("schema-date-range", key = key)));
                }
                Ok(date)
            }
            _ => Err(Problem::new(msg!("schema-date-time", key = key))),
        },
        DeValue::String(s) if s.parse::<NaiveDate>().is_ok() => Err(wrong_type(
            key,
            "type-date",
            v,
        )
        .help(msg!("schema-unquote", key = key, value = s.as_ref()))),
        // A Finnish date in quotes: say exactly what to write.
        DeValue::String(s) if super::finnish::date(s).is_some() => {
            let iso = super::finnish::date(s)
                .map(|d| d.to_string())
                .unwrap_or_default();
            Err(wrong_type(key, "type-date", v).help(msg!("write-as", key = key, value = iso)))
        }
        other => Err(wrong_type(key, "type-date", other)),
    }
}

fn integer_value(v: &DeValue<'_>, key: &'static str) -> Result<i64, Problem> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .map_err(|_| Problem::new(msg!("schema-out-of-range", key = key))),
        other => Err(wrong_type(key, "type-integer", other)),
    }
}

fn ranged<T: PartialOrd + Copy + Into<Arg>>(
    key: &'static str,
    n: T,
    min: T,
    max: T,
) -> Result<T, Problem> {
    if n < min || n > max {
        Err(Problem::new(msg!(
            "schema-range",
            key = key,
            min = min,
            max = max
        )))
    } else {
        Ok(n)
    }
}

/// A whole number of 0 ..= `MAX`: counts and minutes (100 000; larger values are typos),
/// ages (130).
pub(crate) fn up_to<const MAX: i64>(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    _: &mut Problems,
) -> Result<i64, Problem> {
    ranged(key, integer_value(v, key)?, 0, MAX)
}

/// A count of people or minutes.
pub(crate) const COUNT: i64 = 100_000;

/// An age in years.
pub(crate) const AGE: i64 = 130;

/// The `format` number.
pub(crate) fn integer(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    _: &mut Problems,
) -> Result<i64, Problem> {
    integer_value(v, key)
}

/// Hours in a day: integer or decimal, 0 ..= 24.
pub(crate) fn day_hours(
    v: &DeValue<'_>,
    span: Span,
    key: &'static str,
    p: &mut Problems,
) -> Result<f64, Problem> {
    ranged(key, number(v, span, key, p)?, 0.0, 24.0)
}

/// Hours over a period: integer or decimal, 0 ..= 1 000.
pub(crate) fn hours(
    v: &DeValue<'_>,
    span: Span,
    key: &'static str,
    p: &mut Problems,
) -> Result<f64, Problem> {
    ranged(key, number(v, span, key, p)?, 0.0, 1000.0)
}

fn number(v: &DeValue<'_>, _: Span, key: &'static str, _: &mut Problems) -> Result<f64, Problem> {
    let n = match v {
        DeValue::Integer(_) => integer_value(v, key)? as f64,
        DeValue::Float(f) => f.as_str().parse::<f64>().unwrap_or(f64::NAN),
        // "6 h", "6,5", "6 tuntia": a number with a unit or a decimal comma.
        DeValue::String(s) if super::finnish::hours(s).is_some() => {
            let n = super::finnish::hours(s).unwrap_or_default();
            return Err(wrong_type(key, "type-number", v).help(msg!(
                "write-as",
                key = key,
                value = n
            )));
        }
        other => return Err(wrong_type(key, "type-number", other)),
    };
    if n.is_finite() {
        Ok(n)
    } else {
        Err(Problem::new(msg!("schema-out-of-range", key = key)))
    }
}

/// A word of a vocabulary, by id or alias; an unknown word gets a "did you mean".
pub(crate) fn word<T: Vocab>(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    _: &mut Problems,
) -> Result<T, Problem> {
    let DeValue::String(s) = v else {
        return Err(wrong_type(key, "type-string", v));
    };
    T::parse(s).ok_or_else(|| unknown_word::<T>(key, s))
}

fn unknown_word<T: Vocab>(key: &'static str, s: &str) -> Problem {
    let candidates = T::IDS.iter().chain(T::ALIASES).map(|(id, _)| *id);
    let help = match suggest(s, candidates) {
        Some(id) => msg!("schema-did-you-mean", suggestion = id),
        None => msg!(
            "schema-expected-one-of",
            values = Arg::any(T::IDS.iter().map(|(id, _)| format!("\"{id}\"")))
        ),
    };
    Problem::new(msg!("schema-unknown-value", key = key, value = s)).help(help)
}

/// An array whose every element is read with `each`; element problems are recorded at the
/// element, and the array is kept without them.
pub(crate) fn array<T>(
    v: &DeValue<'_>,
    _: Span,
    key: &'static str,
    p: &mut Problems,
    each: Reader<T>,
) -> Result<Vec<Spanned<T>>, Problem> {
    let DeValue::Array(items) = v else {
        return Err(wrong_type(key, "type-array", v));
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items.iter() {
        let span = span_of(item);
        match each(item.get_ref(), span, key, p) {
            Ok(value) => out.push(Spanned::new(value, span)),
            Err(problem) => p.push(span, problem.message, problem.help),
        }
    }
    Ok(out)
}

/// The tables of an array of tables (`[[clients]]`), or a problem when the key holds something
/// else (`[clients]` written for `[[clients]]`).
pub(crate) fn tables<'a, 'i>(
    value: &'a TomlSpanned<DeValue<'i>>,
    key: &'static str,
    p: &mut Problems,
) -> Vec<(&'a DeTable<'i>, Span)> {
    let span = span_of(value);
    match value.get_ref() {
        DeValue::Array(items) => items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(t) => Some((t, span_of(item))),
                other => {
                    p.push(
                        span_of(item),
                        wrong_type(key, "type-table", other).message,
                        None,
                    );
                    None
                }
            })
            .collect(),
        DeValue::Table(_) => {
            p.push(span, msg!("schema-not-array-of-tables", key = key), None);
            Vec::new()
        }
        other => {
            p.push(
                span,
                wrong_type(key, "type-array-of-tables", other).message,
                None,
            );
            Vec::new()
        }
    }
}

/// The table under `key` (`[course]`), or a problem when it is something else.
pub(crate) fn table<'a, 'i>(
    value: &'a TomlSpanned<DeValue<'i>>,
    key: &'static str,
    p: &mut Problems,
) -> Option<(&'a DeTable<'i>, Span)> {
    match value.get_ref() {
        DeValue::Table(t) => Some((t, span_of(value))),
        DeValue::Array(_) => {
            p.push(span_of(value), msg!("schema-not-table", key = key), None);
            None
        }
        other => {
            p.push(
                span_of(value),
                wrong_type(key, "type-table", other).message,
                None,
            );
            None
        }
    }
}

/// The closest candidate to `input`, if one is close enough to be a plausible typo.
pub fn suggest<'c>(input: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&input, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggests_close_words_only() {
        let keys = ["service", "start", "status", "edition"];
        assert_eq!(suggest("servce", keys), Some("service"));
        assert_eq!(suggest("strat", keys), Some("start"));
        assert_eq!(suggest("Edtion", keys), Some("edition"));
        assert_eq!(suggest("banana", keys), None);
        assert_eq!(
            suggest("fysioterapeuti", ["fysioterapeutti", "psykologi"]),
            Some("fysioterapeutti")
        );
    }
}
