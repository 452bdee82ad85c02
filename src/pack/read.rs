//! Reading one edition file, collecting every problem at the key it is about.
//!
//! The values are read into `toml::Table`s (or, for the built-in packs, from the JSON build.rs
//! made of them) and each section is deserialised on its own, so that one broken rule does not
//! hide the next. For a TOML file, toml's spanned document locates each problem: at the key
//! serde names ("unknown field `x`", "missing field `x`"), else at the rule's or section's key.

use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use super::params::{DocumentInfo, Documents};
use super::{Edition, EditionHeader, ManualItem, PackRules};
use crate::error::{FileError, FileKind, Problem};
use crate::finding::Span;

/// The top-level keys of an edition file.
const SECTIONS: &[&str] = &["edition", "sources", "rules", "manual"];

/// One step of a path into the file: a key or an array index.
enum Step<'s> {
    Key(&'s str),
    Index(usize),
}

/// Where the deepest step of `path` that the document has stands (its key, or the array
/// element); `None` without a spanned document.
fn locate(doc: Option<&DeTable<'_>>, path: &[Step<'_>]) -> Option<Span> {
    let mut table = doc?;
    let mut found = None;
    let mut value: Option<&toml::Spanned<DeValue<'_>>> = None;
    for step in path {
        match step {
            Step::Key(k) => {
                let (key, v) = table.iter().find(|(key, _)| key.get_ref() == k)?;
                found = Some(Span::from(key.span()));
                value = Some(v);
            }
            Step::Index(i) => {
                let DeValue::Array(items) = value?.get_ref() else {
                    return found;
                };
                let item = items.get(*i)?;
                found = Some(Span::from(item.span()));
                value = Some(item);
            }
        }
        if let Some(DeValue::Table(t)) = value.map(|v| v.get_ref()) {
            table = t;
        }
    }
    found
}

/// The field a serde message names: "unknown field `x`, expected …" → `x`.
fn named_field(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

/// A problem in the section at `path`, at the field its message names when the file has it.
fn problem(doc: Option<&DeTable<'_>>, path: &[Step<'_>], message: String) -> Problem {
    problem_in(doc, path, "", message)
}

/// [`problem`] whose message is `prefix` and serde's `message`, located by the latter.
fn problem_in(
    doc: Option<&DeTable<'_>>,
    path: &[Step<'_>],
    prefix: &str,
    message: String,
) -> Problem {
    let message = message.trim().to_owned();
    let mut at = locate(doc, path);
    if let Some(field) = named_field(&message) {
        let mut deeper: Vec<Step<'_>> = path
            .iter()
            .map(|s| match s {
                Step::Key(k) => Step::Key(k),
                Step::Index(i) => Step::Index(*i),
            })
            .collect();
        deeper.push(Step::Key(field));
        at = locate(doc, &deeper).or(at);
    }
    Problem::new(format!("{prefix}{message}")).at_range(at.map(Span::range))
}

impl Edition {
    /// An edition from its rule file, TOML or (built in, converted by build.rs) JSON.
    pub(super) fn parse(file: String, text: &str, json: bool) -> Result<Edition, Box<FileError>> {
        let fail = |problems| FileError::new(FileKind::RulePack, &file, text, problems);
        let doc;
        let values: toml::Table = if json {
            doc = None;
            serde_json::from_str(text).map_err(|e| fail(vec![Problem::new(e.to_string())]))?
        } else {
            let parsed = DeTable::parse(text).map_err(|e| {
                fail(vec![
                    Problem::new(e.message().to_owned()).at_range(e.span()),
                ])
            })?;
            let values = toml::from_str(text).map_err(|e: toml::de::Error| {
                fail(vec![
                    Problem::new(e.message().to_owned()).at_range(e.span()),
                ])
            })?;
            doc = Some(parsed);
            values
        };
        let doc = doc.as_ref().map(|d| d.get_ref());
        let mut problems = Vec::new();
        for key in values.keys().filter(|k| !SECTIONS.contains(&k.as_str())) {
            let mut p = problem(doc, &[Step::Key(key)], format!("unknown section `{key}`"));
            if let Some(s) = crate::plan::suggest(key, SECTIONS.iter().copied()) {
                p = p.help(format!("did you mean `{s}`?"));
            }
            problems.push(p);
        }
        let header = match values.get("edition") {
            None => {
                problems.push(Problem::new("missing section `[edition]`"));
                None
            }
            Some(v) => EditionHeader::deserialize(v.clone())
                .map_err(|e| {
                    problems.push(problem(
                        doc,
                        &[Step::Key("edition")],
                        e.message().to_owned(),
                    ))
                })
                .ok(),
        };
        let mut docs = Documents::default();
        // Each section of the kind it must be; one of another kind is a problem, said in the
        // section's turn, and unread.
        let wrong_kind = |key: &'static str, is_kind: fn(&toml::Value) -> bool, must_be: &str| {
            let wrong = values.get(key).is_some_and(|v| !is_kind(v));
            wrong.then(|| problem(doc, &[Step::Key(key)], must_be.to_owned()))
        };
        let must_be = "`sources` must be a table of documents";
        problems.extend(wrong_kind("sources", toml::Value::is_table, must_be));
        let sources = values.get("sources").and_then(toml::Value::as_table);
        for (file, value) in sources.into_iter().flatten() {
            let path = [Step::Key("sources"), Step::Key(file)];
            match DocumentInfo::deserialize(value.clone()) {
                Ok(info) => docs.insert(file.clone(), info),
                Err(e) => problems.push(problem(doc, &path, e.message().to_owned())),
            }
        }
        let mut rules = PackRules::default();
        let must_be = "`rules` must be a table";
        problems.extend(wrong_kind("rules", toml::Value::is_table, must_be));
        let tables = values.get("rules").and_then(toml::Value::as_table);
        for (id, value) in tables.into_iter().flatten() {
            let path = [Step::Key("rules"), Step::Key(id)];
            let toml::Value::Table(table) = value else {
                problems.push(problem(doc, &path, format!("`rules.{id}` must be a table")));
                continue;
            };
            if !PackRules::IDS.contains(&id.as_str()) {
                let mut p = problem(doc, &path, format!("unknown rule `{id}`"));
                if let Some(s) = crate::plan::suggest(id, PackRules::IDS.iter().copied()) {
                    p = p.help(format!("did you mean `{s}`?"));
                }
                problems.push(p);
                continue;
            }
            if let Err(e) = rules.set(id, table.clone(), &docs) {
                problems.push(problem_in(doc, &path, &format!("in rule `{id}`: "), e));
            }
        }
        let mut manual = Vec::new();
        let must_be = "`manual` must be an array of tables ([[manual]])";
        problems.extend(wrong_kind("manual", toml::Value::is_array, must_be));
        let items = values.get("manual").and_then(toml::Value::as_array);
        for (i, item) in items.into_iter().flatten().enumerate() {
            let read = ManualItem::deserialize(item.clone())
                .map_err(|e| e.message().to_owned())
                .and_then(|m| super::params::check_document(&m.source.document).map(|()| m));
            match read {
                Ok(mut m) => {
                    docs.describe(std::sync::Arc::make_mut(&mut m.source));
                    manual.push(m);
                }
                Err(e) => problems.push(problem(doc, &[Step::Key("manual"), Step::Index(i)], e)),
            }
        }
        match header {
            Some(h) if problems.is_empty() => Ok(Edition::new(file, h, rules, manual)),
            _ => Err(fail(problems)),
        }
    }
}
