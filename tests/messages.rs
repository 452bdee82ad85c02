//! Every message id the code uses exists in the English messages, and the .ftl files parse.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
use oras_check::i18n::Lang;

/// Message ids defined by a language's .ftl file.
fn defined(lang: Lang) -> BTreeSet<String> {
    let resource = FluentResource::try_new(lang.ftl().to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{} .ftl does not parse: {errors:?}", lang.code()));
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Message ids the source code refers to: `msg!("id"…`, `Term("id")`, and the literal ids that
/// functions such as `Role::message_id` return.
fn used() -> BTreeSet<String> {
    let prefixes = [
        "role-",
        "holiday-",
        "weekday-",
        "insurance-",
        "window-",
        "type-",
        "period-kind-",
        "severity-",
        "report-",
    ];
    let mut ids = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in ["msg!(", "Term("] {
                for (at, _) in text.match_indices(marker) {
                    let rest = text[at + marker.len()..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"') {
                        let id: String = rest.chars().take_while(|c| *c != '"').collect();
                        ids.insert(id);
                    }
                }
            }
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_id && prefixes.iter().any(|p| literal.starts_with(p)) {
                    ids.insert(literal.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_used_message_exists_in_english() {
    let defined = defined(Lang::En);
    let missing: Vec<_> = used()
        .into_iter()
        .filter(|id| !defined.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "missing from locales/en.ftl: {missing:?}"
    );
}

#[test]
fn the_scan_finds_messages() {
    // Guards the scanner itself: it must see ids written over several lines too.
    let used = used();
    for id in [
        "group-size-max",
        "client-decision-window",
        "role-nurse",
        "holiday-good-friday",
        "report-total",
    ] {
        assert!(used.contains(id), "{id} not found by the scan");
    }
}

#[test]
fn every_rule_and_manual_item_is_documented_in_english() {
    let defined = defined(Lang::En);
    let resource = FluentResource::try_new(Lang::En.ftl().to_owned()).unwrap();
    for id in oras_check::rules::all_ids() {
        let key = format!("rule-{id}");
        assert!(defined.contains(&key), "{key} missing from en.ftl");
        let has_doc = resource.entries().any(|e| match e {
            Entry::Message(m) => {
                m.id.name == key && m.attributes.iter().any(|a| a.id.name == "doc")
            }
            _ => false,
        });
        assert!(has_doc, "{key} has no .doc attribute");
    }
    let packs = oras_check::pack::Packs::builtin().unwrap();
    for edition in &packs.editions {
        for item in &edition.manual {
            let key = format!("manual-{}", item.id);
            assert!(
                defined.contains(&key),
                "{key} ({}) missing from en.ftl",
                edition.id
            );
        }
    }
}
