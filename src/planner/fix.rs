//! `oras-check fix`: mechanical repairs that keep every value's meaning, made in place so that
//! comments, order and layout stay as the planner wrote them.
//!
//! A plan written the Finnish way may not even be TOML (`start = 3.3.2026`, `hours = 6,5`):
//! those values are rewritten on their lines first, and only on lines that assign a date or
//! number key (never inside a multi-line string or a comment). The file is then read with
//! `toml_edit`, which keeps the place of every key and value, and each repair is an edit of
//! exactly the bytes of the value or key it is for: a Finnish or quoted date becomes a TOML
//! date, `"6 h"` or `"6,5"` a number, an unknown key or word with exactly one close spelling
//! becomes that spelling, a staff name close to exactly one of the roster's becomes it.
//!
//! What could change a meaning is left to the planner with a note that says what to write: a
//! length in the wrong unit (`minutes = "1 h"`: `minutes = 60`), a misspelt key whose right
//! spelling the table already has. Valid input, aliases included (`sosionomi`, `planerad`,
//! `on-site`), is left as written. Nothing is added or removed, no date moves. A file that is
//! still not TOML after the repairs is left untouched. Cost is linear in the text.

use toml_edit::{Item, Table, Value};

use crate::finding::Message;
use crate::msg;
use crate::plan::{Roster, Vocab, finnish, keys};
use crate::position::Lines;

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

/// Something `fix` saw and left for the planner, with what to write.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// 1-based line in the original text.
    pub line: usize,
    pub message: Message,
}

/// What `fix` made of a file.
#[derive(Clone, Debug)]
pub struct Fixed {
    pub text: String,
    pub edits: Vec<Edit>,
    /// What was left as it is, and why.
    pub notes: Vec<Note>,
    /// The file is not TOML even after the repairs: it is left as it was.
    pub not_toml: Option<String>,
}

/// The plan format's keys whose values are dates, and those whose values are numbers, as the
/// plan schema types them (`"format": "date"`; `"type": "number"` or `"integer"`): the schema
/// is the one list, so a key added to the format is repaired as soon as the schema has it.
struct TypedKeys {
    dates: Vec<String>,
    numbers: Vec<String>,
}

fn typed_keys() -> &'static TypedKeys {
    static KEYS: std::sync::OnceLock<TypedKeys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut found = Vec::new();
        properties(&crate::schema::schema(), &mut found);
        let of = |kinds: &[&str]| {
            let mut keys: Vec<String> = found
                .iter()
                .filter(|(_, kind)| kinds.contains(&kind.as_str()))
                .map(|(name, _)| name.clone())
                .collect();
            keys.sort();
            keys.dedup();
            keys
        };
        TypedKeys {
            dates: of(&["date"]),
            numbers: of(&["number", "integer"]),
        }
    })
}

/// Every property of a JSON schema, with its format or else its type.
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

/// Number keys counted in hours (`"6 h"` is 6); `minutes` is counted in minutes.
const HOUR_KEYS: &[&str] = &[
    "hours_per_day",
    "guided_hours_per_day",
    "guidance_hours_per_client",
];
const MINUTE_KEY: &str = "minutes";

/// How planners write minutes after a number (longest first).
const MINUTE_UNITS: &[&str] = &[
    "minuuttia",
    "minuutti",
    "minuter",
    "minutes",
    "minute",
    "minuut",
    "min",
];

/// Repairs the text of one plan.
pub fn fix(text: &str) -> Fixed {
    fix_with(text, None)
}

/// Repairs the text of one plan, offering the roster's spelling of a staff name close to
/// exactly one of its people.
pub fn fix_with(text: &str, roster: Option<&Roster>) -> Fixed {
    let lines = Lines::new(text);
    let line_of = |offset: usize| lines.line_of(offset) + 1;
    // First what keeps the file from being TOML at all: values on their lines.
    let mut edits = line_edits(text, &line_of);
    let staged = apply(text, &edits);
    let doc = match toml_edit::Document::parse(staged.as_str()) {
        Ok(doc) => doc,
        Err(e) => return untouched(text, e.message()),
    };
    // Then what toml_edit can place exactly, in the staged text, which has the original's
    // lines (the first round never adds or removes a line break).
    let staged_lines = Lines::new(&staged);
    let staged_line_of = |offset: usize| staged_lines.line_of(offset) + 1;
    let mut cx = Repairs {
        text: &staged,
        line_of: &staged_line_of,
        roster,
        edits: Vec::new(),
        notes: Vec::new(),
    };
    cx.table(doc.as_table(), "");
    let Repairs {
        edits: later,
        mut notes,
        ..
    } = cx;
    let fixed = apply(&staged, &later);
    edits.extend(later);
    edits.sort_by_key(|e| (e.line, e.range.start));
    notes.sort_by_key(|n| n.line);
    match toml_edit::Document::parse(fixed.as_str()) {
        Ok(_) => Fixed {
            text: fixed,
            edits,
            notes,
            not_toml: None,
        },
        Err(e) => untouched(text, e.message()),
    }
}

fn untouched(text: &str, detail: &str) -> Fixed {
    Fixed {
        text: text.to_owned(),
        edits: Vec::new(),
        notes: Vec::new(),
        not_toml: Some(detail.trim().to_owned()),
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

/// Bare Finnish dates and decimal commas, which are not TOML: `key = 3.3.2026`, `key = 6,5`,
/// on lines that assign a date or number key (or a close misspelling of one), outside
/// multi-line strings.
fn line_edits(text: &str, line_of: &dyn Fn(usize) -> usize) -> Vec<Edit> {
    let inside = lines_inside_strings(text);
    let mut edits = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        if inside.get(n).copied().unwrap_or(true) {
            continue;
        }
        let body = line.trim_end_matches(['\n', '\r']);
        let Some((key, rest)) = body.split_once('=') else {
            continue;
        };
        let key = key.trim();
        let bare = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        if key.is_empty() || !key.bytes().all(bare) {
            continue;
        }
        let value = rest.split(" #").next().unwrap_or(rest);
        let lead = value.len() - value.trim_start().len();
        let value = value.trim();
        let at = start + (body.len() - rest.len()) + lead;
        let range = at..at + value.len();
        let replacement = if is_key_of(key, &typed_keys().dates)
            && let Some(date) = finnish::date(value)
        {
            date.to_string()
        } else if is_key_of(key, &typed_keys().numbers)
            && let Some(number) = finnish::decimal_comma(value)
        {
            number
        } else {
            continue;
        };
        edits.push(Edit {
            line: line_of(range.start),
            what: format!("{key}: {value} → {replacement}"),
            replacement,
            range,
        });
    }
    edits
}

/// Whether `key` is one of `keys`, or a misspelling of exactly one of them.
fn is_key_of(key: &str, keys: &[String]) -> bool {
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    keys.contains(&key) || only_suggestion(key, &keys).is_some()
}

/// For each line of `text`, whether it starts inside a multi-line string, where nothing is a
/// key or a value of its own. A small lexer of TOML's strings and comments: the text may not
/// be TOML yet, so no parser can say.
fn lines_inside_strings(text: &str) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum In {
        Code,
        MultiBasic,
        MultiLiteral,
    }
    let b = text.as_bytes();
    let mut starts = vec![false];
    let mut state = In::Code;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match state {
            In::Code => match c {
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'"' | b'\'' if b[i..].starts_with(&[c, c, c]) => {
                    state = if c == b'"' {
                        In::MultiBasic
                    } else {
                        In::MultiLiteral
                    };
                    i += 3;
                    continue;
                }
                b'"' | b'\'' => {
                    // A one-line string: to its closing quote or the line's end.
                    i += 1;
                    while i < b.len() && b[i] != c && b[i] != b'\n' {
                        if c == b'"' && b[i] == b'\\' && b.get(i + 1) != Some(&b'\n') {
                            i += 1;
                        }
                        i += 1;
                    }
                    if i < b.len() && b[i] == c {
                        i += 1;
                    }
                    continue;
                }
                b'\n' => starts.push(false),
                _ => {}
            },
            In::MultiBasic | In::MultiLiteral => {
                let quote = if state == In::MultiBasic { b'"' } else { b'\'' };
                if c == b'\\' && state == In::MultiBasic {
                    if b.get(i + 1) == Some(&b'\n') {
                        starts.push(true);
                    }
                    i += 2;
                    continue;
                }
                if b[i..].starts_with(&[quote, quote, quote]) {
                    // Up to two more quotes belong to the string's end.
                    i += 3;
                    let mut extra = 0;
                    while extra < 2 && i < b.len() && b[i] == quote {
                        i += 1;
                        extra += 1;
                    }
                    state = In::Code;
                    continue;
                }
                if c == b'\n' {
                    starts.push(true);
                }
            }
        }
        i += 1;
    }
    starts
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
    let mut close = candidates
        .iter()
        .copied()
        .filter(|c| strsim::jaro_winkler(&lower, &c.to_lowercase()) >= 0.9);
    match (close.next(), close.next()) {
        (Some(one), None) if one != word => Some(one),
        _ => None,
    }
}

/// The repair of a word of a key that takes words (`service`, `role`, …): `None` when the word
/// is valid as written (an alias included) or has no single close spelling.
fn word_repair(table: &str, key: &str, word: &str) -> Option<&'static str> {
    use crate::plan::{
        ClientStatus, ContactKind, Mode, PeriodKind, Role, Service, Status, TargetGroup, Therapy,
    };
    // Among the ids and the aliases, so that a misspelt Finnish or Swedish title is repaired
    // in the planner's language (`sairanhoitaja` → `sairaanhoitaja`); the closest spelling, and
    // only when every close spelling means the same word.
    fn repair<T: Vocab>(word: &str) -> Option<&'static str> {
        if T::parse(word).is_some() {
            return None;
        }
        let lower = word.to_lowercase();
        let mut close: Vec<(f64, &'static str, &'static str)> = T::IDS
            .iter()
            .chain(T::ALIASES)
            .map(|&(w, value)| {
                (
                    strsim::jaro_winkler(&lower, &w.to_lowercase()),
                    w,
                    value.id(),
                )
            })
            .filter(|(score, _, _)| *score >= 0.9)
            .collect();
        close.sort_by(|a, b| b.0.total_cmp(&a.0));
        let &(_, best, meaning) = close.first()?;
        close.iter().all(|(_, _, m)| *m == meaning).then_some(best)
    }
    match (table, key) {
        ("course", "service") => repair::<Service>(word),
        ("course", "status") => repair::<Status>(word),
        ("course", "target_group") => repair::<TargetGroup>(word),
        ("course", "therapy") => repair::<Therapy>(word),
        ("periods", "kind") => repair::<PeriodKind>(word),
        ("periods", "mode") => repair::<Mode>(word),
        ("contacts", "kind") => repair::<ContactKind>(word),
        ("clients", "status") => repair::<ClientStatus>(word),
        ("staff", "role") => repair::<Role>(word),
        _ => None,
    }
}

/// What a quoted number becomes: the number in the key's unit, or a note when the text gives it
/// in another unit (with the value in the key's unit, for the planner to write).
enum NumberRepair {
    To(String),
    WrongUnit { right: String },
    None,
}

/// A number as TOML writes it: `6`, `6.5`, `0.25`.
fn toml_number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// A bare number, with a decimal comma or point.
fn plain_number(text: &str) -> Option<f64> {
    let t = text.trim();
    let t = finnish::decimal_comma(t).unwrap_or_else(|| t.to_owned());
    let digits = !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    if digits { t.parse().ok() } else { None }
}

fn number_repair(key: &str, found: &str) -> NumberRepair {
    let text = found.trim();
    let minutes = MINUTE_UNITS.iter().find_map(|unit| {
        text.strip_suffix(unit)
            .filter(|n| n.ends_with(|c: char| c.is_ascii_digit() || c == ' '))
            .and_then(plain_number)
    });
    let hours = match plain_number(text) {
        Some(_) => None,
        None => finnish::hours(text).and_then(|h| plain_number(&h)),
    };
    if key == MINUTE_KEY {
        return match (minutes.or_else(|| plain_number(text)), hours) {
            (Some(n), _) => NumberRepair::To(toml_number(n)),
            (None, Some(h)) => NumberRepair::WrongUnit {
                right: toml_number(h * 60.0),
            },
            (None, None) => NumberRepair::None,
        };
    }
    if HOUR_KEYS.contains(&key) {
        if let Some(m) = minutes {
            return NumberRepair::WrongUnit {
                right: toml_number(m / 60.0),
            };
        }
        return match hours.or_else(|| plain_number(text)) {
            Some(n) => NumberRepair::To(toml_number(n)),
            None => NumberRepair::None,
        };
    }
    // Counts (`age`, `clients_with_decisions`, `format`) have no unit.
    match plain_number(text) {
        Some(n) => NumberRepair::To(toml_number(n)),
        None => NumberRepair::None,
    }
}

/// The second round's repairs, on a document `toml_edit` could read.
struct Repairs<'t> {
    text: &'t str,
    line_of: &'t dyn Fn(usize) -> usize,
    roster: Option<&'t Roster>,
    edits: Vec<Edit>,
    notes: Vec<Note>,
}

impl Repairs<'_> {
    fn table(&mut self, table: &Table, name: &str) {
        let known = known_keys(name);
        // The keys this table has or is given: a rename never makes a duplicate.
        let mut taken: rustc_hash::FxHashSet<&str> = table.iter().map(|(k, _)| k).collect();
        for (key, item) in table.iter() {
            if let (Some(known), Some((k, _))) = (known, table.get_key_value(key))
                && let Some(span) = k.span()
                && !known.contains(&key)
                && let Some(right) = only_suggestion(key, known)
            {
                let line = (self.line_of)(span.start);
                if taken.insert(right) {
                    self.edits.push(Edit {
                        line,
                        what: format!("{key} → {right}"),
                        replacement: right.to_owned(),
                        range: span,
                    });
                } else {
                    self.notes.push(Note {
                        line,
                        message: msg!("fix-duplicate-key", key = key, right = right),
                    });
                }
            }
            match item {
                Item::Table(t) => self.table(t, key),
                Item::ArrayOfTables(array) => {
                    for t in array.iter() {
                        self.table(t, key);
                    }
                }
                Item::Value(value) => self.value(name, key, value),
                Item::None => {}
            }
        }
    }

    fn value(&mut self, table: &str, key: &str, value: &Value) {
        let Some(span) = value.span() else { return };
        let Value::String(s) = value else {
            if let Value::InlineTable(t) = value {
                for (k, v) in t.iter() {
                    self.value(table, k, v);
                }
            }
            return;
        };
        let found = s.value();
        let raw = self.text[span.clone()].trim();
        let line = (self.line_of)(span.start);
        let replacement = if typed_keys().dates.iter().any(|k| k == key) {
            finnish::date(found).map(|d| d.to_string()).or_else(|| {
                found
                    .trim()
                    .parse::<chrono::NaiveDate>()
                    .ok()
                    .map(|d| d.to_string())
            })
        } else if typed_keys().numbers.iter().any(|k| k == key) {
            match number_repair(key, found) {
                NumberRepair::To(n) => Some(n),
                NumberRepair::WrongUnit { right } => {
                    self.notes.push(Note {
                        line,
                        message: msg!(
                            "fix-wrong-unit",
                            key = key,
                            value = raw,
                            right = right.as_str()
                        ),
                    });
                    None
                }
                NumberRepair::None => None,
            }
        } else if (table, key) == ("staff", "name") {
            self.roster_name(found).map(|n| format!("\"{n}\""))
        } else {
            word_repair(table, key, found).map(|w| format!("\"{w}\""))
        };
        if let Some(replacement) = replacement {
            self.edits.push(Edit {
                line,
                what: format!("{key}: {raw} → {replacement}"),
                replacement,
                range: span,
            });
        }
    }

    /// The roster's spelling of a name that is not in it but close to exactly one of its people.
    fn roster_name(&self, name: &str) -> Option<String> {
        let roster = self.roster?;
        if roster.get(name).is_some() {
            return None;
        }
        let names: Vec<&str> = roster
            .people
            .iter()
            .map(|p| p.name.value.as_str())
            .collect();
        only_suggestion(name, &names).map(str::to_owned)
    }
}

/// A unified diff of a file's repair, for `--diff`, with two lines of context: identity codes
/// masked (those behind escapes too), and linear in the text. Repairs keep the number of lines
/// (each edits a value or key within its line), so changed lines are found by comparing line by
/// line; should a repair ever join lines, a general diff is made instead.
pub fn diff(path: &str, before: &str, after: &str) -> String {
    const CONTEXT: usize = 2;
    let before = crate::privacy::mask_source(before);
    let after = crate::privacy::mask_source(after);
    let old: Vec<&str> = before.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    if old.len() != new.len() {
        return similar::TextDiff::from_lines(before.as_ref(), after.as_ref())
            .unified_diff()
            .context_radius(CONTEXT)
            .header(path, path)
            .to_string();
    }
    let changed: Vec<usize> = (0..old.len()).filter(|&i| old[i] != new[i]).collect();
    if changed.is_empty() {
        return String::new();
    }
    let mut out = format!("--- {path}\n+++ {path}\n");
    let push = |out: &mut String, sign: char, text: &str| {
        out.push(sign);
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push_str("\n\\ No newline at end of file\n");
        }
    };
    let mut i = 0;
    while i < changed.len() {
        // One hunk: changed lines whose contexts touch.
        let mut j = i;
        while j + 1 < changed.len() && changed[j + 1] - changed[j] <= 2 * CONTEXT + 1 {
            j += 1;
        }
        let first = changed[i].saturating_sub(CONTEXT);
        let last = (changed[j] + CONTEXT).min(old.len() - 1);
        let count = last - first + 1;
        out.push_str(&format!(
            "@@ -{},{count} +{},{count} @@\n",
            first + 1,
            first + 1
        ));
        // Unified diffs list a run of removed lines, then the lines that replace them.
        let mut line = first;
        while line <= last {
            if old[line] == new[line] {
                push(&mut out, ' ', old[line]);
                line += 1;
                continue;
            }
            let run_end = (line..=last)
                .find(|&l| old[l] == new[l])
                .unwrap_or(last + 1);
            for removed in &old[line..run_end] {
                push(&mut out, '-', removed);
            }
            for added in &new[line..run_end] {
                push(&mut out, '+', added);
            }
            line = run_end;
        }
        i = j + 1;
    }
    out
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
    fn nothing_inside_strings_or_comments_is_repaired() {
        let text = "[course]\nstart = 3.3.2026\n\n[[allow]]\nrule = \"x\"\nreason = \"\"\"\nmoved:\nstart = 3.3.2026\nhours_per_day = 6,5\n\"\"\"\nnote = '''\nend = 7.3.2026\n'''\n# start = 4.3.2026\n";
        let fixed = fix(text);
        assert_eq!(fixed.not_toml, None);
        assert_eq!(fixed.edits.len(), 1, "{:?}", fixed.edits);
        assert_eq!(fixed.edits[0].line, 2);
        assert_eq!(
            fixed.text,
            text.replacen("start = 3.3.2026", "start = 2026-03-03", 1)
        );
        // Only the keys the repairs are for: a date under another key is not a date.
        let text = "[course]\nstart = 2026-03-03\nlabel = 3.3.2026\n";
        assert!(fix(text).edits.is_empty());
        assert!(fix(text).not_toml.is_some());
    }

    #[test]
    fn a_length_in_another_unit_is_left_with_the_value_to_write() {
        let text = "[[contacts]]\nkind = \"pre\"\nminutes = \"1 h\"\n\n[[periods]]\nhours_per_day = \"90 min\"\nguided_hours_per_day = \"5 h\"\n\n[[contacts]]\nminutes = \"45 min\"\n";
        let fixed = fix(text);
        let whats: Vec<&str> = fixed.edits.iter().map(|e| e.what.as_str()).collect();
        assert_eq!(
            whats,
            [
                "guided_hours_per_day: \"5 h\" → 5",
                "minutes: \"45 min\" → 45"
            ]
        );
        assert_eq!(fixed.notes[0].line, 3);
        let notes: Vec<&Message> = fixed.notes.iter().map(|n| &n.message).collect();
        let wrong_unit = |key: &str, value: &str, right: &str| {
            msg!("fix-wrong-unit", key = key, value = value, right = right)
        };
        assert_eq!(
            notes,
            [
                &wrong_unit("minutes", "\"1 h\"", "60"),
                &wrong_unit("hours_per_day", "\"90 min\"", "1.5")
            ]
        );
    }

    #[test]
    fn a_rename_that_would_duplicate_a_key_is_skipped_and_the_rest_made() {
        let text = "[course]\nstrat = 2026-03-03\nstart = 2026-03-02\nservise = \"oras\"\nend = \"7.3.2026\"\n";
        let fixed = fix(text);
        assert_eq!(fixed.not_toml, None);
        assert!(fixed.text.contains("strat = 2026-03-03"), "{}", fixed.text);
        assert!(fixed.text.contains("service = \"oras\""), "{}", fixed.text);
        assert!(fixed.text.contains("end = 2026-03-07"), "{}", fixed.text);
        assert_eq!(fixed.notes.iter().map(|n| n.line).collect::<Vec<_>>(), [2]);
        // Two misspellings of one key: the first is renamed, the second left with a note.
        let fixed = fix("[course]\nstrat = 2026-03-03\nsart = 2026-03-02\n");
        assert_eq!(fixed.edits.len(), 1, "{:?}", fixed.edits);
        assert_eq!(fixed.notes.len(), 1);
    }

    #[test]
    fn valid_aliases_are_left_as_written() {
        let text = "[course]\nstatus = \"planerad\"\n\n[[periods]]\nkind = \"on-site\"\nmode = \"on-site\"\n\n[[staff]]\nrole = \"sosionomi\"\n";
        assert_eq!(fix(text).edits, vec![]);
        assert_eq!(fix(text).text, text);
    }

    #[test]
    fn a_misspelt_title_is_repaired_in_its_own_language() {
        let text = "[[staff]]\nrole = \"sairanhoitaja\"\n\n[[staff]]\nrole = \"psykolog\"\n\n[[staff]]\nrole = \"nurce\"\n";
        let fixed = fix(text);
        assert_eq!(
            fixed.text,
            "[[staff]]\nrole = \"sairaanhoitaja\"\n\n[[staff]]\nrole = \"psykolog\"\n\n[[staff]]\nrole = \"nurse\"\n"
        );
    }

    #[test]
    fn a_staff_name_close_to_one_in_the_roster_is_spelt_as_there() {
        let roster = crate::plan::Roster::parse(
            "staff.toml",
            "[[staff]]\nname = \"Liisa Lääkäri\"\nrole = \"psychologist\"\n\n[[staff]]\nname = \"Pekka Psykologi\"\nrole = \"psychologist\"\n",
        )
        .unwrap();
        let text = "[[staff]]\nname = \"Liisa Laakari\"\n\n[[staff]]\nname = \"Pekka Psykologi\"\n";
        let fixed = fix_with(text, Some(&roster));
        assert_eq!(fixed.edits.len(), 1, "{:?}", fixed.edits);
        assert!(fixed.text.contains("name = \"Liisa Lääkäri\""));
        assert!(fix(text).edits.is_empty());
    }

    #[test]
    fn the_diff_is_the_unified_diff_of_the_repair() {
        let text = "# A plan\n[course]\nservice = \"omaishoitja\"\nstart = 3.3.2026\n\na = 1\nb = 2\nc = 3\nd = 4\ne = 5\n\n[[periods]]\nstart = \"03.03.2026\"\nend = \"2026-03-07\"";
        let fixed = fix(text);
        let expected = similar::TextDiff::from_lines(text, fixed.text.as_str())
            .unified_diff()
            .context_radius(2)
            .header("p.toml", "p.toml")
            .to_string();
        assert_eq!(diff("p.toml", text, &fixed.text), expected);
        assert_eq!(diff("p.toml", text, text), "");
    }

    #[test]
    fn ambiguous_or_unknown_words_are_not_guessed() {
        let text = "[course]\nservice = \"x\"\nfoo = 1\n";
        assert!(fix(text).edits.is_empty());
    }
}

#[cfg(test)]
mod keys_follow_the_schema {

    #[test]
    fn fix_knows_every_date_and_number_key_of_the_plan_format() {
        let keys = super::typed_keys();
        for date in [
            "start",
            "end",
            "decision",
            "feedback_sent",
            "expires",
            "new_start",
        ] {
            assert!(
                keys.dates.iter().any(|k| k == date),
                "{date}: {:?}",
                keys.dates
            );
        }
        for number in ["hours_per_day", "age", "minutes", "clients_with_decisions"] {
            assert!(keys.numbers.iter().any(|k| k == number), "{number}");
        }
        assert!(!keys.dates.iter().any(|k| keys.numbers.contains(k)));
    }

    #[test]
    fn a_quoted_contact_length_is_unquoted() {
        let fixed =
            super::fix("[[contacts]]\nkind = \"pre\"\ndate = 2026-03-02\nminutes = \"45\"\n");
        assert!(fixed.text.contains("minutes = 45\n"), "{}", fixed.text);
    }
}
