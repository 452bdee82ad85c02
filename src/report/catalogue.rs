//! The rule catalogue as people read it: the `rules` table, `explain`, the coverage of the
//! source documents, and the "also confirm by hand" checklist printed after a report.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use comfy_table::{Cell, ColumnConstraint, Table};

use crate::finding::Arg;
use crate::i18n::Localizer;
use crate::msg;
use crate::pack::{Edition, Packs};
use crate::plan::Vocab;
use crate::registry::{Kind, RuleId};

/// How catalogue output is laid out.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub width: usize,
    pub color: bool,
}

fn table(layout: Layout, header: Vec<String>) -> Table {
    let mut t = super::table::new(header, layout.width, layout.color);
    // The first column holds ids (rule and manual item ids): never broken over lines.
    if let Some(column) = t.column_mut(0) {
        column.set_constraint(ColumnConstraint::ContentWidth);
    }
    t
}

fn heading(edition: &Edition, l10n: &Localizer) -> String {
    l10n.format(&msg!(
        "catalogue-edition-heading",
        title = l10n.edition_title(&edition.id, &edition.title),
        id = edition.id.as_str(),
        range = edition.validity()
    ))
}

/// "error, warning": the severities a rule can report, in the reader's language.
pub fn severities(rule: &str, l10n: &Localizer) -> String {
    let list = RuleId::severities_of(rule);
    list.iter()
        .map(|s| l10n.text(&format!("severity-{s}")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The document's short name: `004` for `004_6e8b19234f619151.txt`.
fn short_document(document: &str) -> &str {
    document.split('_').next().unwrap_or(document)
}

/// `oras-check rules`: a table per edition of the rules in force and the manual items.
pub fn rules_table(editions: &[&Edition], l10n: &Localizer, layout: Layout) -> String {
    let mut out = String::new();
    for edition in editions {
        let _ = writeln!(out, "{}", heading(edition, l10n));
        let mut t = table(
            layout,
            vec![
                l10n.text("catalogue-col-rule"),
                l10n.text("catalogue-col-severity"),
                l10n.text("catalogue-col-checks"),
                l10n.text("catalogue-col-source"),
            ],
        );
        for citation in edition.citations().into_iter().filter(|c| !c.manual) {
            t.add_row(vec![
                Cell::new(citation.item),
                Cell::new(severities(citation.item, l10n)),
                Cell::new(l10n.text(&format!("rule-{}", citation.item))),
                Cell::new(format!(
                    "{} {}",
                    short_document(&citation.source.document),
                    citation.source.section
                )),
            ]);
        }
        let _ = writeln!(out, "{t}");
        if !edition.manual.is_empty() {
            let _ = writeln!(out, "{}", l10n.text("catalogue-manual-heading"));
            for item in &edition.manual {
                bullet(
                    &mut out,
                    &item.id,
                    &l10n.text(&format!("manual-{}", item.id)),
                    layout.width,
                );
            }
        }
        out.push('\n');
    }
    let everywhere = Arg::all(RuleId::names_of(Kind::Builtin));
    let _ = writeln!(
        out,
        "{}",
        l10n.format(&msg!("catalogue-every-plan", rules = everywhere))
    );
    out
}

/// One wrapped list item: "  - id: text".
fn bullet(out: &mut String, id: &str, text: &str, width: usize) {
    let first = format!("  - {id}: ");
    let options = super::wrap_options(width)
        .initial_indent(&first)
        .subsequent_indent("    ");
    for line in textwrap::wrap(text, options) {
        let _ = writeln!(out, "{line}");
    }
}

fn wrapped(out: &mut String, text: &str, indent: &str, width: usize) {
    let options = super::wrap_options(width)
        .initial_indent(indent)
        .subsequent_indent(indent);
    for line in textwrap::wrap(text, options) {
        let _ = writeln!(out, "{line}");
    }
}

/// `oras-check explain RULE`: what the rule checks and, per edition, its parameters and source.
/// `None` when no rule or manual item has this id.
pub fn explain(
    id: &str,
    packs: &Packs,
    editions: &[&Edition],
    l10n: &Localizer,
    width: usize,
) -> Option<String> {
    let is_rule = RuleId::parse(id).is_some();
    let is_manual = packs
        .editions
        .iter()
        .any(|e| e.manual.iter().any(|m| m.id == id));
    if !is_rule && !is_manual {
        return None;
    }
    let mut out = String::new();
    if is_rule {
        let _ = writeln!(out, "{id}: {}", l10n.text(&format!("rule-{id}")));
        let _ = writeln!(
            out,
            "{}",
            l10n.format(&msg!("explain-severity", severities = severities(id, l10n)))
        );
        out.push('\n');
        if let Some(doc) = l10n.attribute(&format!("rule-{id}"), "doc") {
            wrapped(&mut out, &doc, "", width);
        }
        if RuleId::parse(id).is_some_and(|r| r.kind() == Kind::Builtin) {
            out.push('\n');
            let _ = writeln!(out, "{}", l10n.text("explain-applies-everywhere"));
            return Some(out);
        }
        if RuleId::parse(id).is_some_and(|r| r.kind() == Kind::Cross) {
            out.push('\n');
            let _ = writeln!(out, "{}", l10n.text("explain-applies-across"));
            return Some(out);
        }
    } else {
        let _ = writeln!(out, "{id}: {}", l10n.text(&format!("manual-{id}")));
        let checked_by = packs
            .editions
            .iter()
            .flat_map(|e| &e.manual)
            .find_map(|m| m.checked_by.as_deref().filter(|_| m.id == id));
        match checked_by {
            Some(rule) => {
                let _ = writeln!(
                    out,
                    "{}",
                    l10n.format(&msg!("explain-manual-unless", rule = rule))
                );
            }
            None => {
                let _ = writeln!(out, "{}", l10n.text("explain-manual"));
            }
        }
    }
    let mut absent = Vec::new();
    for edition in editions {
        let citation = edition
            .citations()
            .into_iter()
            .find(|c| c.item == id && c.manual != is_rule);
        let Some(citation) = citation else {
            absent.push(edition.id.clone());
            continue;
        };
        out.push('\n');
        let _ = writeln!(out, "{}", heading(edition, l10n));
        if let Some(meta) = edition.rules.citation_str(id).filter(|_| is_rule) {
            if meta.raw.is_empty() {
                let _ = writeln!(out, "  {}", l10n.text("explain-no-parameters"));
            } else {
                let _ = writeln!(out, "  {}", l10n.text("explain-parameters"));
                for (key, value) in &meta.raw {
                    parameter(&mut out, key, value);
                }
            }
            if let Some(from) = &meta.carried_from {
                let from = packs
                    .get(from)
                    .map_or_else(|| from.clone(), |e| l10n.edition_title(&e.id, &e.title));
                let text = l10n.format(&msg!(
                    "explain-carried",
                    from = from,
                    edition = edition.title_arg()
                ));
                wrapped(&mut out, &text, "  ", width);
            }
            if let Some(text) = &meta.interpretation {
                wrapped(
                    &mut out,
                    &l10n.format(&msg!(
                        "explain-interpretation",
                        text = text.get(l10n.lang())
                    )),
                    "  ",
                    width,
                );
            }
        }
        // The rule's source, then any further citation of a check that rests on another text.
        let also = edition
            .rules
            .citation_str(id)
            .filter(|_| is_rule)
            .map_or(&[][..], |m| m.also.as_slice());
        for source in std::iter::once(citation.source).chain(also.iter().map(|s| &**s)) {
            let line = l10n.format(&msg!("explain-source", cited = super::cited(source, l10n)));
            wrapped(&mut out, &line, "  ", width);
            wrapped(&mut out, &format!("“{}”", source.quote), "    ", width);
        }
    }
    if !absent.is_empty() {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            l10n.format(&msg!("explain-not-in-force", editions = Arg::all(absent)))
        );
    }
    Some(out)
}

/// One parameter as TOML; an array of tables gets one element per line.
fn parameter(out: &mut String, key: &str, value: &toml::Value) {
    match value {
        toml::Value::Array(items) if items.iter().all(toml::Value::is_table) && items.len() > 1 => {
            let _ = writeln!(out, "    {key} = [");
            for item in items {
                let _ = writeln!(out, "      {item},");
            }
            let _ = writeln!(out, "    ]");
        }
        _ => {
            let _ = writeln!(out, "    {key} = {value}");
        }
    }
}

/// `oras-check rules --coverage`: per source document, which cited requirements the checker
/// applies and which are confirmed by hand.
pub fn coverage(editions: &[&Edition], l10n: &Localizer, layout: Layout) -> String {
    // document → (item, manual) → (sections, edition ids)
    type Rows<'a> = BTreeMap<(bool, &'a str), (Vec<&'a str>, Vec<&'a str>)>;
    let mut documents: BTreeMap<&str, Rows<'_>> = BTreeMap::new();
    for edition in editions {
        for c in edition.all_citations() {
            let row = documents
                .entry(&c.source.document)
                .or_default()
                .entry((c.manual, c.item))
                .or_default();
            if !row.0.contains(&c.source.section.as_str()) {
                row.0.push(&c.source.section);
            }
            row.1.push(&edition.id);
        }
    }
    let mut out = String::new();
    for (document, rows) in documents {
        let checked = rows.keys().filter(|(manual, _)| !manual).count();
        let name = editions
            .iter()
            .flat_map(|e| e.all_citations())
            .find(|c| c.source.document == document)
            .map_or(document, |c| c.source.name());
        let _ = writeln!(
            out,
            "{name} ({document}): {checked} {} · {} {}",
            l10n.text("catalogue-checked-by"),
            rows.len() - checked,
            l10n.text("catalogue-by-hand")
        );
        let mut t = table(
            layout,
            vec![
                l10n.text("catalogue-col-requirement"),
                l10n.text("catalogue-col-how"),
                l10n.text("catalogue-col-source"),
                l10n.text("catalogue-col-editions"),
            ],
        );
        for ((manual, item), (sections, in_editions)) in rows {
            // A manual item a rule checks whenever the plan states the value is by hand only
            // when the plan does not.
            let checked_by = editions
                .iter()
                .flat_map(|e| &e.manual)
                .find(|m| manual && m.id == item)
                .and_then(|m| m.checked_by.as_deref());
            let how = match (manual, checked_by) {
                (true, Some(rule)) => l10n.format(&msg!("catalogue-by-hand-unless", rule = rule)),
                (true, None) => l10n.text("catalogue-by-hand"),
                (false, _) => l10n.text("catalogue-checked-by"),
            };
            t.add_row(vec![
                Cell::new(item),
                Cell::new(how),
                Cell::new(sections.join("; ")),
                Cell::new(in_editions.join(", ")),
            ]);
        }
        let _ = writeln!(out, "{t}\n");
    }
    out
}

/// The checklist printed after a human report for each edition used.
pub fn checklist(title: &str, manual: &[String], l10n: &Localizer, width: usize) -> String {
    let mut out = String::new();
    if manual.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{}",
        l10n.format(&msg!("checklist-heading", edition = title))
    );
    for id in manual {
        let options = super::wrap_options(width)
            .initial_indent("  [ ] ")
            .subsequent_indent("      ");
        for line in textwrap::wrap(&l10n.text(&format!("manual-{id}")), options) {
            let _ = writeln!(out, "{line}");
        }
    }
    out.push('\n');
    out
}

/// A source as the JSON catalogue gives it.
fn source_json(source: &crate::finding::Source, l10n: &Localizer) -> serde_json::Value {
    serde_json::json!({
        "document": source.document,
        "title": source.title,
        "section": source.section,
        "quote": source.quote,
        "cited": super::cited(source, l10n),
    })
}

/// What every rule is, whatever the edition: its id, kind, severities and texts.
fn rule_json(id: RuleId, l10n: &Localizer) -> serde_json::Value {
    let name = id.as_str();
    serde_json::json!({
        "id": name,
        "kind": match id.kind() {
            Kind::Builtin => "every-plan",
            Kind::Plan => "plan",
            Kind::Cross => "cross-plan",
        },
        "severities": RuleId::severities_of(name).iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "suppressible": id.info().suppressible(),
        "summary": l10n.text(&format!("rule-{name}")),
        "doc": l10n.attribute(&format!("rule-{name}"), "doc"),
    })
}

/// `oras-check rules --format json`: every rule, and per edition the rules in force with their
/// sources and the manual items, for scripts. Texts in the reader's language; ids, kinds and
/// severities in English.
pub fn rules_json(editions: &[&Edition], l10n: &Localizer) -> String {
    let rules: Vec<serde_json::Value> = RuleId::ALL.iter().map(|&id| rule_json(id, l10n)).collect();
    let editions: Vec<serde_json::Value> = editions
        .iter()
        .map(|edition| {
            let citations = edition.citations();
            serde_json::json!({
                "id": edition.id,
                "service": edition.service.id(),
                "year": edition.year,
                "title": edition.title,
                "valid_from": edition.valid_from.to_string(),
                "valid_until": edition.valid_until.map(|d| d.to_string()),
                "rules": citations.iter().filter(|c| !c.manual).map(|c| serde_json::json!({
                    "id": c.item,
                    "source": source_json(c.source, l10n),
                })).collect::<Vec<_>>(),
                "manual": citations.iter().filter(|c| c.manual).map(|c| serde_json::json!({
                    "id": c.item,
                    "text": l10n.text(&format!("manual-{}", c.item)),
                    "source": source_json(c.source, l10n),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = serde_json::json!({
        "tool": "oras-check",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
        "editions": editions,
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// `oras-check explain RULE --format json`: the rule (or manual item) and, per edition, its
/// parameters as written, interpretation and source. `None` when no rule or manual item has
/// this id.
pub fn explain_json(
    id: &str,
    packs: &Packs,
    editions: &[&Edition],
    l10n: &Localizer,
) -> Option<String> {
    let rule = RuleId::parse(id);
    let manual = packs
        .editions
        .iter()
        .any(|e| e.manual.iter().any(|m| m.id == id));
    if rule.is_none() && !manual {
        return None;
    }
    let mut in_force = Vec::new();
    let mut absent = Vec::new();
    for edition in editions {
        let citation = edition
            .citations()
            .into_iter()
            .find(|c| c.item == id && c.manual == rule.is_none());
        let Some(citation) = citation else {
            absent.push(edition.id.clone());
            continue;
        };
        let meta = edition.rules.citation_str(id).filter(|_| rule.is_some());
        in_force.push(serde_json::json!({
            "edition": edition.id,
            "title": edition.title,
            "parameters": meta.map(|m| toml::Value::Table(m.raw.clone())),
            "carried_from": meta.and_then(|m| m.carried_from.clone()),
            "interpretation": meta.and_then(|m| m.interpretation.as_ref()).map(|t| t.get(l10n.lang())),
            "source": source_json(citation.source, l10n),
        }));
    }
    let mut doc = match rule {
        Some(rule) => rule_json(rule, l10n),
        None => serde_json::json!({
            "id": id,
            "kind": "manual",
            "summary": l10n.text(&format!("manual-{id}")),
        }),
    };
    // Every-plan and cross-plan rules are in no edition's table: they apply everywhere.
    if rule.is_none_or(|r| r.kind() == Kind::Plan) {
        doc["editions"] = serde_json::json!(in_force);
        doc["not_in_force"] = serde_json::json!(absent);
    }
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    Some(out)
}
