//! `oras-check fix`: mechanical repairs that keep every value's meaning, made in place so that
//! comments, order and layout stay as the planner wrote them.
//!
//! A plan written the Finnish way may not even be TOML (`start = 3.3.2026`, `hours = 6,5`):
//! those values are rewritten on their lines first. The file is then read with `toml_edit`,
//! which keeps the place of every key and value, and each repair is an edit of exactly those
//! bytes: a Finnish or quoted date becomes a TOML date, `"6 h"` or `"6,5"` a number, an unknown
//! key or word with exactly one close spelling becomes that spelling. Nothing is added or
//! removed, no date moves. A file that is still not TOML after the repairs is left untouched.

use toml_edit::{Item, Table, Value};

use crate::plan::{Vocab, finnish, keys};

/// One repair: the bytes it replaces, what it writes, and what the planner is told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub range: std::ops::Range<usize>,
    pub replacement: String,
    /// 1-based line of the repair in the original text.
    pub line: usize,
    /// `start: 3.3.2026 → 2026-03-03`.
    pub what: String,
}

/// What `fix` made of a file.
#[derive(Clone, Debug)]
pub struct Fixed {
    pub text: String,
    pub edits: Vec<Edit>,
    /// The file is not TOML even after the repairs: it is left as it was.
    pub not_toml: Option<String>,
}

/// Keys whose values are dates.
const DATE_KEYS: &[&str] = &[
    "start",
    "end",
    "date",
    "invoiced",
    "decision",
    "decision_received",
    "preliminary_agreement",
    "confirmation_sent",
    "last_meeting",
    "feedback_sent",
    "expires",
    "original_start",
    "new_start",
];

/// Keys whose values are numbers.
const NUMBER_KEYS: &[&str] = &[
    "hours_per_day",
    "guided_hours_per_day",
    "guidance_hours_per_client",
    "age",
    "clients_with_decisions",
    "format",
    "minutes",
];

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Repairs the text of one plan.
pub fn fix(text: &str) -> Fixed {
    // First what keeps the file from being TOML at all: values on their lines.
    let mut edits = line_edits(text);
    let staged = apply(text, &edits);
    let doc = match toml_edit::Document::parse(staged.as_str()) {
        Ok(doc) => doc,
        Err(e) => {
            return Fixed {
                text: text.to_owned(),
                edits: Vec::new(),
                not_toml: Some(e.message().trim().to_owned()),
            };
        }
    };
    // Then what toml_edit can place exactly, in the staged text.
    let mut later = Vec::new();
    table_edits(doc.as_table(), "", &staged, &mut later);
    let fixed = apply(&staged, &later);
    // Lines of the second round, as in the original (the first round changes no line count).
    edits.extend(later);
    edits.sort_by_key(|e| (e.line, e.range.start));
    match toml_edit::Document::parse(fixed.as_str()) {
        Ok(_) => Fixed {
            text: fixed,
            edits,
            not_toml: None,
        },
        Err(e) => Fixed {
            text: text.to_owned(),
            edits: Vec::new(),
            not_toml: Some(e.message().trim().to_owned()),
        },
    }
}

/// `text` with `edits` (non-overlapping) applied.
fn apply(text: &str, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.range.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in sorted {
        if e.range.start < at {
            continue;
        }
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.replacement);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Bare Finnish dates and decimal commas, which are not TOML: `key = 3.3.2026`, `key = 6,5`.
fn line_edits(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let Some((key, rest)) = body.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key.starts_with('#') || key.starts_with('[') || key.contains('"') {
            continue;
        }
        let value = rest.split(" #").next().unwrap_or(rest);
        let lead = value.len() - value.trim_start().len();
        let value = value.trim();
        let at = start + key_end(body) + 1 + lead;
        let range = at..at + value.len();
        let replacement = if let Some(date) = finnish::date(value) {
            date.to_string()
        } else if let Some(number) = finnish::decimal_comma(value) {
            number
        } else {
            continue;
        };
        edits.push(Edit {
            range,
            what: format!("{key}: {value} → {replacement}"),
            replacement,
            line: n + 1,
        });
    }
    edits
}

/// Where the key of a `key = value` line ends (the `=`).
fn key_end(line: &str) -> usize {
    line.find('=').unwrap_or(line.len())
}

/// The keys a table of the plan may have, by its name.
fn known_keys(table: &str) -> Option<&'static [&'static str]> {
    Some(match table {
        "" => keys::TOP,
        "course" => keys::COURSE,
        "periods" => keys::PERIODS,
        "contacts" => keys::CONTACTS,
        "clients" => keys::CLIENTS,
        "staff" => keys::STAFF,
        "facilities" => keys::FACILITIES,
        "insurance" => keys::INSURANCE,
        "cancellation" => keys::CANCELLATION,
        "postponement" => keys::POSTPONEMENT,
        "allow" => keys::ALLOW,
        _ => return None,
    })
}

/// The one close spelling of `word` among `candidates`; `None` when there is none or several.
fn only_suggestion<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = word.to_lowercase();
    let close: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| strsim::jaro_winkler(&lower, &c.to_lowercase()) >= 0.9)
        .collect();
    match close.as_slice() {
        [one] if *one != word => Some(one),
        _ => None,
    }
}

/// The words a key of a table takes, for repairing a misspelt one.
fn words(table: &str, key: &str) -> Option<Vec<&'static str>> {
    use crate::plan::{
        ClientStatus, ContactKind, Mode, PeriodKind, Role, Service, Status, TargetGroup, Therapy,
    };
    fn ids<T: Vocab>() -> Vec<&'static str> {
        T::IDS.iter().map(|(id, _)| *id).collect()
    }
    Some(match (table, key) {
        ("course", "service") => ids::<Service>(),
        ("course", "status") => ids::<Status>(),
        ("course", "target_group") => ids::<TargetGroup>(),
        ("course", "therapy") => ids::<Therapy>(),
        ("periods", "kind") => ids::<PeriodKind>(),
        ("periods", "mode") => ids::<Mode>(),
        ("contacts", "kind") => ids::<ContactKind>(),
        ("clients", "status") => ids::<ClientStatus>(),
        ("staff", "role") => ids::<Role>(),
        _ => return None,
    })
}

fn table_edits(table: &Table, name: &str, text: &str, out: &mut Vec<Edit>) {
    let known = known_keys(name);
    for (key, item) in table.iter() {
        let Some((k, _)) = table.get_key_value(key) else {
            continue;
        };
        // A misspelt key with exactly one close spelling.
        if let (Some(known), Some(span)) = (known, k.span())
            && !known.contains(&key)
            && let Some(right) = only_suggestion(key, known)
        {
            out.push(Edit {
                line: line_of(text, span.start),
                what: format!("{key} → {right}"),
                replacement: right.to_owned(),
                range: span,
            });
        }
        match item {
            Item::Table(t) => table_edits(t, key, text, out),
            Item::ArrayOfTables(array) => {
                for t in array.iter() {
                    table_edits(t, key, text, out);
                }
            }
            Item::Value(value) => value_edit(name, key, value, text, out),
            Item::None => {}
        }
    }
}

fn value_edit(table: &str, key: &str, value: &Value, text: &str, out: &mut Vec<Edit>) {
    let Some(span) = value.span() else { return };
    let Value::String(s) = value else {
        if let Value::InlineTable(t) = value {
            for (k, v) in t.iter() {
                value_edit(table, k, v, text, out);
            }
        }
        return;
    };
    let found = s.value();
    let replacement = if DATE_KEYS.contains(&key) {
        finnish::date(found).map(|d| d.to_string()).or_else(|| {
            found
                .trim()
                .parse::<chrono::NaiveDate>()
                .ok()
                .map(|d| d.to_string())
        })
    } else if NUMBER_KEYS.contains(&key) {
        finnish::hours(found).or_else(|| {
            let t = found.trim();
            t.parse::<f64>().ok().map(|_| t.to_owned())
        })
    } else if let Some(words) = words(table, key) {
        only_suggestion(found, &words).map(|w| format!("\"{w}\""))
    } else {
        None
    };
    if let Some(replacement) = replacement {
        out.push(Edit {
            line: line_of(text, span.start),
            what: format!("{key}: {} → {replacement}", text[span.clone()].trim()),
            replacement,
            range: span,
        });
    }
}

/// A unified diff of a file's repair, for `--diff`.
pub fn diff(path: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(2)
        .header(path, path)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_keep_comments_and_layout_and_a_second_run_changes_nothing() {
        let text = "# A plan\n[course]\nservice = \"omaishoitja\"   # typo\nstart = 3.3.2026\n\n[[periods]]\nkind = \"onsite\"\nstart = \"03.03.2026\"\nend = \"2026-03-07\"\nhours_per_day = 6,5\nguided_hours_per_day = \"5 h\"\nmodee = \"residential\"\n";
        let fixed = fix(text);
        assert_eq!(fixed.not_toml, None);
        assert_eq!(
            fixed.text,
            "# A plan\n[course]\nservice = \"omaishoitaja\"   # typo\nstart = 2026-03-03\n\n[[periods]]\nkind = \"onsite\"\nstart = 2026-03-03\nend = 2026-03-07\nhours_per_day = 6.5\nguided_hours_per_day = 5\nmode = \"residential\"\n"
        );
        assert_eq!(fixed.edits.len(), 7, "{:?}", fixed.edits);
        assert_eq!(fix(&fixed.text).edits, vec![]);
    }

    #[test]
    fn a_file_that_is_not_toml_is_left_alone() {
        let text = "[course\nstart = 3.3.2026\n";
        let fixed = fix(text);
        assert_eq!(fixed.text, text);
        assert!(fixed.not_toml.is_some());
        assert!(fixed.edits.is_empty());
    }

    #[test]
    fn ambiguous_or_unknown_words_are_not_guessed() {
        let text = "[course]\nservice = \"x\"\nfoo = 1\n";
        assert!(fix(text).edits.is_empty());
    }
}

#[cfg(test)]
mod keys_follow_the_schema {
    use std::collections::BTreeSet;

    /// Every property of the plan schema, with its type or format.
    fn properties(schema: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match schema {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                    for (name, prop) in props {
                        let kind = prop
                            .get("format")
                            .or_else(|| prop.get("type"))
                            .and_then(serde_json::Value::as_str)
                            .unwrap_or("");
                        out.push((name.clone(), kind.to_owned()));
                    }
                }
                map.values().for_each(|v| properties(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| properties(v, out)),
            _ => {}
        }
    }

    #[test]
    fn fix_knows_every_date_and_number_key_of_the_plan_format() {
        let mut found = Vec::new();
        properties(&crate::schema::schema(), &mut found);
        let of = |kinds: &[&str]| -> BTreeSet<&str> {
            found
                .iter()
                .filter(|(_, k)| kinds.contains(&k.as_str()))
                .map(|(n, _)| n.as_str())
                .collect()
        };
        assert_eq!(of(&["date"]), super::DATE_KEYS.iter().copied().collect());
        assert_eq!(
            of(&["number", "integer"]),
            super::NUMBER_KEYS.iter().copied().collect()
        );
    }

    #[test]
    fn a_quoted_contact_length_is_unquoted() {
        let fixed =
            super::fix("[[contacts]]\nkind = \"pre\"\ndate = 2026-03-02\nminutes = \"45\"\n");
        assert!(fixed.text.contains("minutes = 45\n"), "{}", fixed.text);
    }
}
