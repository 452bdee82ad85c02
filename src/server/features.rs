//! What the planner sees besides diagnostics: hover (a finding's explanation as `explain`
//! gives it, a key's description from the schema, a date's weekday, holiday and periods), code
//! actions (`fix`'s repairs, "allow this finding", "fix all") and completion (the keys of the
//! current table, the allowed words, staff names from the roster).

use chrono::{Datelike, NaiveDate};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CompletionItem, CompletionItemKind,
    Diagnostic, Hover, HoverContents, MarkupContent, MarkupKind, Position, Range, TextEdit, Url,
    WorkspaceEdit,
};
use serde_json::Value;

use super::analysis::{self, Data, Document, Workspace};
use super::text::{Encoding, Index};
use crate::check;
use crate::i18n::Localizer;
use crate::msg;
use crate::plan::Vocab;

/// The plan checked without the other plans (hover and completion need the plan itself).
fn analyse<'p>(
    ws: &Workspace<'p>,
    doc: &Document,
) -> Option<(check::Analysis<'p>, super::settings::PlanSettings)> {
    let settings = ws.settings(doc).ok()?;
    let options = ws.options(&settings, false);
    let name = crate::privacy::shown(doc.uri.as_ref());
    Some((
        check::analyse(&name, &doc.text, ws.packs, &options),
        settings,
    ))
}

/// The hover at `position`: findings there (with their explanation), else a date, else a key.
pub fn hover(
    ws: &Workspace<'_>,
    doc: &Document,
    position: Position,
    encoding: Encoding,
) -> Option<Hover> {
    let index = Index::new(&doc.text, encoding);
    let offset = index.offset(position);
    let (analysis, settings) = analyse(ws, doc)?;
    let l10n = Localizer::get(ws.lang(Some(&settings)));
    let report = &analysis.report;
    let editions: Vec<&crate::pack::Edition> = report
        .edition
        .as_ref()
        .and_then(|e| ws.packs.get(&e.id))
        .into_iter()
        .collect();
    let mut parts = Vec::new();
    for f in report.findings.iter().filter(|f| !f.is_suppressed()) {
        let Some(span) = f.span() else { continue };
        if !(span.start as usize <= offset && offset <= span.end as usize) {
            continue;
        }
        let mut part = format!(
            "**{}** ({}): {}\n",
            f.rule.as_str(),
            l10n.text(&format!("severity-{}", f.severity)),
            markdown_escape(&l10n.format(&f.message))
        );
        if let Some(text) =
            crate::report::catalogue::explain(f.rule.as_str(), ws.packs, &editions, l10n, 80)
        {
            part.push_str("\n```text\n");
            part.push_str(&text);
            part.push_str("```\n");
        }
        parts.push(part);
    }
    let line = index.position(offset).line as usize;
    let line_text = index.line_text(line);
    let column = column_bytes(&index, offset);
    if let Some(date) = date_at(line_text, column) {
        let plan = analysis.plan.as_ref().map(|(p, _)| p);
        parts.push(date_hover(date, plan, l10n));
    } else if let Some(key) = key_at(line_text, column) {
        let mut path = table_path(&doc.text, line);
        if !line_text.trim_start().starts_with('[') {
            path.push(key);
        }
        if let Some(text) = key_doc(&path, l10n) {
            parts.push(format!("`{}`: {}", path.join("."), markdown_escape(&text)));
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: crate::report::gate(&parts.join("\n---\n"), false).into_owned(),
        }),
        range: None,
    })
}

/// The byte column of an offset within its line.
fn column_bytes(index: &Index<'_>, offset: usize) -> usize {
    let p = index.position(offset);
    let start = index.offset(Position {
        line: p.line,
        character: 0,
    });
    offset - start
}

fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The date written at `column` of a line: `2026-03-03` or `3.3.2026`.
fn date_at(line: &str, column: usize) -> Option<NaiveDate> {
    let is_part = |c: char| c.is_ascii_digit() || c == '-' || c == '.';
    let column = column.min(line.len());
    if !line.is_char_boundary(column) {
        return None;
    }
    let start = line[..column]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_part(*c))
        .last()
        .map_or(column, |(i, _)| i);
    let end = line[column..]
        .char_indices()
        .find(|(_, c)| !is_part(*c))
        .map_or(line.len(), |(i, _)| column + i);
    let word = line[start..end].trim_matches(|c| c == '.' || c == '-');
    if word.len() < 8 {
        return None;
    }
    crate::plan::finnish::parse_date_option(word).ok()
}

/// The key written at `column`: a bare key before `=`, or a table header's name.
fn key_at(line: &str, column: usize) -> Option<String> {
    let trimmed = line.trim_start();
    if trimmed.starts_with('[') {
        let name = trimmed.trim_start_matches('[');
        let name = name.split(']').next()?.trim();
        return (!name.is_empty()).then(|| name.to_owned());
    }
    let (key, _) = line.split_once('=')?;
    if column > key.len() {
        return None;
    }
    let key = key.trim().trim_matches('"');
    (!key.is_empty()).then(|| key.to_owned())
}

fn date_hover(date: NaiveDate, plan: Option<&crate::plan::Plan>, l10n: &Localizer) -> String {
    let mut lines = vec![l10n.format(&msg!(
        "server-hover-weekday",
        date = date,
        weekday = crate::finding::Arg::Term(crate::calendar::weekday_message_id(date.weekday()))
    ))];
    if let Some(holiday) = crate::calendar::holiday(date) {
        lines.push(l10n.format(&msg!(
            "server-hover-holiday",
            holiday = crate::finding::Arg::Term(holiday.message_id())
        )));
    }
    if let Some(plan) = plan {
        for period in plan.periods.iter().filter(|p| p.contains(date)) {
            lines.push(l10n.format(&msg!(
                "server-hover-period",
                kind = period.kind.value.id(),
                start = period.start.value,
                end = period.end.value
            )));
        }
    }
    lines
        .iter()
        .map(|l| markdown_escape(l))
        .collect::<Vec<_>>()
        .join("  \n")
}

/// The table a line is in: the names of the last `[table]` or `[[array]]` header above it.
pub fn table_path(text: &str, line: usize) -> Vec<String> {
    let mut path = Vec::new();
    for l in text.split('\n').take(line + 1) {
        let l = l.trim();
        if let Some(rest) = l.strip_prefix('[') {
            let rest = rest.trim_start_matches('[');
            if let Some(name) = rest.split(']').next() {
                path = name
                    .split('.')
                    .map(|s| s.trim().trim_matches('"').to_owned())
                    .filter(|s| !s.is_empty())
                    .collect();
            }
        }
    }
    path
}

fn schema() -> &'static Value {
    static SCHEMA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(crate::schema::schema)
}

/// The schema of a TOML path (through arrays to their items).
fn schema_node(path: &[String]) -> Option<&'static Value> {
    let mut node = schema();
    for key in path {
        node = node.get("properties")?.get(key)?;
        if node.get("type").and_then(Value::as_str) == Some("array")
            && let Some(items) = node.get("items")
        {
            node = items;
        }
    }
    Some(node)
}

/// What a key of the plan is for, in the planner's language: `key-doc-<path>` of the locale
/// (in English the plan schema's description, which a test keeps equal).
pub fn key_doc(path: &[String], l10n: &Localizer) -> Option<String> {
    let id = key_doc_id(path);
    l10n.has(&id).then(|| l10n.text(&id))
}

/// The plan schema's description of a key (an array's own, else its items'): what the
/// English documentation must say.
#[cfg(test)]
fn schema_description(path: &[String]) -> Option<&'static str> {
    let (last, parent) = path.split_last()?;
    let array = schema_node(parent)?.get("properties")?.get(last)?;
    [Some(array), schema_node(path)]
        .into_iter()
        .flatten()
        .find_map(|n| n.get("description").and_then(Value::as_str))
}

/// The locale id of a key's documentation: `course.target_group` is `key-doc-course-target-group`.
pub fn key_doc_id(path: &[String]) -> String {
    format!("key-doc-{}", path.join("-").replace('_', "-"))
}

/// Completion at `position`: a value's allowed words (and the roster's names for a staff
/// member's `name`), else the keys of the current table not yet written, else table headers.
pub fn completion(
    ws: &Workspace<'_>,
    doc: &Document,
    position: Position,
    encoding: Encoding,
) -> Vec<CompletionItem> {
    let index = Index::new(&doc.text, encoding);
    let offset = index.offset(position);
    let line = position.line as usize;
    let line_text = index.line_text(line);
    let column = column_bytes(&index, offset).min(line_text.len());
    let before = line_text.get(..column).unwrap_or("");
    let path = if line_text.trim_start().starts_with('[') {
        Vec::new()
    } else {
        table_path(&doc.text, line)
    };
    if let Some((key, _)) = before.split_once('=') {
        let key = key.trim().trim_matches('"').to_owned();
        let quoted = before[before.find('=').unwrap_or(0)..].contains('"');
        return values(ws, doc, &path, &key, quoted);
    }
    if before.trim_start().starts_with('[') {
        return headers();
    }
    keys(&doc.text, line, &path)
}

fn values(
    ws: &Workspace<'_>,
    doc: &Document,
    path: &[String],
    key: &str,
    quoted: bool,
) -> Vec<CompletionItem> {
    let mut full = path.to_vec();
    full.push(key.to_owned());
    let mut items = Vec::new();
    let word = |w: &str, detail: Option<String>| CompletionItem {
        label: w.to_owned(),
        kind: Some(CompletionItemKind::ENUM_MEMBER),
        detail,
        insert_text: Some(if quoted {
            w.to_owned()
        } else {
            format!("\"{w}\"")
        }),
        ..CompletionItem::default()
    };
    if path.last().map(String::as_str) == Some("staff")
        && key == "name"
        && let Ok(settings) = ws.settings(doc)
        && let Some(roster) = &settings.roster
    {
        for person in &roster.people {
            let name = crate::privacy::shown(&person.name.value);
            items.push(word(&name, Some(person.role.value.id().to_owned())));
        }
    }
    if let Some(node) = schema_node(&full) {
        let node = node.get("items").unwrap_or(node);
        if let Some(words) = node.get("enum").and_then(Value::as_array) {
            for w in words.iter().filter_map(Value::as_str) {
                items.push(word(w, None));
            }
        }
        if node.get("type").and_then(Value::as_str) == Some("boolean") {
            for b in ["true", "false"] {
                items.push(CompletionItem {
                    label: b.to_owned(),
                    kind: Some(CompletionItemKind::VALUE),
                    ..CompletionItem::default()
                });
            }
        }
    }
    items
}

/// The keys of the table at `path`, less those its section already has.
fn keys(text: &str, line: usize, path: &[String]) -> Vec<CompletionItem> {
    let Some(node) = schema_node(path) else {
        return Vec::new();
    };
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    // The section: from the header above the line to the next header.
    let lines: Vec<&str> = text.split('\n').collect();
    let start = (0..=line.min(lines.len().saturating_sub(1)))
        .rev()
        .find(|&i| lines[i].trim_start().starts_with('['))
        .map_or(0, |i| i + 1);
    let end = (line + 1..lines.len())
        .find(|&i| lines[i].trim_start().starts_with('['))
        .unwrap_or(lines.len());
    let present: Vec<&str> = lines[start.min(end)..end]
        .iter()
        .enumerate()
        .filter(|&(i, _)| start + i != line)
        .filter_map(|(_, l)| l.split_once('=').map(|(k, _)| k.trim().trim_matches('"')))
        .collect();
    properties
        .iter()
        .filter(|(key, node)| {
            !present.contains(&key.as_str())
                && node.get("type").and_then(Value::as_str) != Some("object")
                && !(path.is_empty() && node.get("type").and_then(Value::as_str) == Some("array"))
        })
        .map(|(key, node)| CompletionItem {
            label: key.clone(),
            kind: Some(CompletionItemKind::PROPERTY),
            detail: node
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
            insert_text: Some(format!("{key} = ")),
            ..CompletionItem::default()
        })
        .collect()
}

/// The plan's tables as headers (`[course]`, `[[clients]]`).
fn headers() -> Vec<CompletionItem> {
    let Some(properties) = schema().get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    properties
        .iter()
        .filter_map(|(key, node)| {
            let label = match node.get("type").and_then(Value::as_str)? {
                "object" => format!("[{key}]"),
                "array" => format!("[[{key}]]"),
                _ => return None,
            };
            Some(CompletionItem {
                label: label.clone(),
                kind: Some(CompletionItemKind::MODULE),
                detail: node
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                filter_text: Some(label.clone()),
                insert_text: Some(label.trim_start_matches('[').to_owned()),
                ..CompletionItem::default()
            })
        })
        .collect()
}

/// The code actions for `range`: each diagnostic's repairs (as its `data` carries them, while
/// the text still gives the same repairs) and "allow this finding"; the repairs in the range
/// that no diagnostic covers; and "fix all".
pub fn code_actions(
    ws: &Workspace<'_>,
    doc: &Document,
    range: Range,
    diagnostics: &[Diagnostic],
    only: Option<&[CodeActionKind]>,
    encoding: Encoding,
) -> Vec<CodeActionOrCommand> {
    let wanted = |kind: &CodeActionKind| {
        only.is_none_or(|only| {
            only.iter().any(|o| {
                kind.as_str() == o.as_str()
                    || kind.as_str().starts_with(&format!("{}.", o.as_str()))
            })
        })
    };
    let repairs = analysis::repairs(&doc.text, encoding);
    let l10n = Localizer::get(ws.lang(ws.settings(doc).ok().as_ref()));
    let edit = |edits: Vec<TextEdit>| WorkspaceEdit {
        changes: Some([(doc.uri.clone(), edits)].into_iter().collect()),
        ..WorkspaceEdit::default()
    };
    let mut actions = Vec::new();
    let mut offered = Vec::new();
    if wanted(&CodeActionKind::QUICKFIX) {
        for d in diagnostics
            .iter()
            .filter(|d| d.source.as_deref() == Some(analysis::SOURCE))
        {
            let Some(data) = d
                .data
                .clone()
                .and_then(|v| serde_json::from_value::<Data>(v).ok())
            else {
                continue;
            };
            for fix in &data.fixes {
                // Offered only while the document still gives the same repair.
                if !repairs.iter().any(|r| r.fix == *fix) {
                    continue;
                }
                offered.push(fix.clone());
                actions.push(CodeAction {
                    title: fix.title.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(edit(vec![fix.edit.clone()])),
                    is_preferred: Some(true),
                    ..CodeAction::default()
                });
            }
            if data.allow {
                actions.push(CodeAction {
                    title: l10n.format(&msg!("server-allow", rule = data.rule.as_str())),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(edit(vec![allow_edit(&doc.text, &data, encoding)])),
                    ..CodeAction::default()
                });
            }
        }
        for r in &repairs {
            let touches = r.lines.start <= range.end.line && range.start.line < r.lines.end;
            if touches && !offered.contains(&r.fix) {
                actions.push(CodeAction {
                    title: r.fix.title.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    edit: Some(edit(vec![r.fix.edit.clone()])),
                    ..CodeAction::default()
                });
            }
        }
    }
    let fix_all = CodeActionKind::new("source.fixAll.oras-check");
    if !repairs.is_empty() && wanted(&fix_all) {
        actions.push(CodeAction {
            title: l10n.format(&msg!("server-fix-all", count = repairs.len())),
            kind: Some(fix_all),
            edit: Some(edit(repairs.iter().map(|r| r.fix.edit.clone()).collect())),
            ..CodeAction::default()
        });
    }
    actions
        .into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

/// `[[allow]]` with the rule, the client if the finding names one, and an empty reason for the
/// planner to fill in (until then the plan says a reason is missing), at the end of the plan.
fn allow_edit(text: &str, data: &Data, encoding: Encoding) -> TextEdit {
    let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let mut insert = String::new();
    if !text.is_empty() && !text.ends_with('\n') {
        insert.push('\n');
    }
    insert.push_str("\n[[allow]]\n");
    insert.push_str(&format!("rule = {}\n", quote(&data.rule)));
    if let Some(client) = &data.client {
        insert.push_str(&format!("client = {}\n", quote(client)));
    }
    insert.push_str("reason = \"\"\n");
    let end = Index::new(text, encoding).position(text.len());
    TextEdit {
        range: Range { start: end, end },
        new_text: insert,
    }
}

/// A file URI's path.
pub fn path_of(uri: &Url) -> Option<std::path::PathBuf> {
    (uri.scheme() == "file")
        .then(|| uri.to_file_path().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the plan schema documents has its documentation in Finnish and Swedish, so a
    /// hover in the planner's language never falls back to English (or to nothing).
    #[test]
    fn every_documented_key_is_documented_in_finnish_and_swedish() {
        fn walk(node: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            if node.get("description").is_some() && !path.is_empty() {
                out.push(path.clone());
            }
            if let Some(items) = node.get("items") {
                walk(items, path, out);
            }
            if let Some(properties) = node.get("properties").and_then(Value::as_object) {
                for (key, child) in properties {
                    path.push(key.clone());
                    walk(child, path, out);
                    path.pop();
                }
            }
        }
        let mut paths = Vec::new();
        walk(&crate::schema::schema(), &mut Vec::new(), &mut paths);
        assert!(paths.len() > 50, "{}", paths.len());
        for lang in [crate::i18n::Lang::Fi, crate::i18n::Lang::Sv] {
            let l10n = Localizer::get(lang);
            let missing: Vec<String> = paths
                .iter()
                .filter(|p| key_doc(p, l10n).is_none())
                .map(|p| key_doc_id(p))
                .collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
        // English is the schema's own description, word for word.
        let en = Localizer::get(crate::i18n::Lang::En);
        for path in &paths {
            assert_eq!(
                key_doc(path, en).as_deref(),
                schema_description(path),
                "{}",
                key_doc_id(path)
            );
        }
    }
}
