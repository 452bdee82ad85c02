//! Every message id the code uses exists in the English messages, the .ftl files parse, and
//! the Finnish and Swedish files translate every English message with the same arguments.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
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
        "severity-",
        "report-",
        "therapy-",
        "notified-",
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
                // Rule ids ("therapy-leaders") share prefixes with message ids.
                let is_rule = oras_check::rules::all_ids().any(|r| r == literal);
                if is_id && !is_rule && prefixes.iter().any(|p| literal.starts_with(p)) {
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

/// What a translation must agree on with English, per message: its attributes, the variables it
/// refers to, and for each variable used as a selector the words it selects on.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// Selector variable → the identifier keys of its variants, plural categories excluded
    /// (each language has its own).
    selectors: BTreeMap<String, BTreeSet<String>>,
}

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, shape),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = shape.selectors.entry(id.name.to_owned()).or_default();
                for v in variants {
                    if let VariantKey::Identifier { name } = v.key
                        && !PLURAL_CATEGORIES.contains(&name)
                    {
                        keys.insert(name.to_owned());
                    }
                }
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn shapes(lang: Lang) -> BTreeMap<String, Shape> {
    let resource = FluentResource::try_new(lang.ftl().to_owned()).unwrap();
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let mut shape = Shape::default();
            if let Some(value) = &m.value {
                walk_pattern(value, &mut shape);
            }
            for a in &m.attributes {
                shape.attributes.insert(a.id.name.to_owned());
                walk_pattern(&a.value, &mut shape);
            }
            out.insert(m.id.name.to_owned(), shape);
        }
    }
    out
}

#[test]
fn finnish_and_swedish_translate_every_message_and_nothing_else() {
    let english = defined(Lang::En);
    for lang in [Lang::Fi, Lang::Sv] {
        let translated = defined(lang);
        let untranslated: Vec<_> = english.difference(&translated).collect();
        let unknown: Vec<_> = translated.difference(&english).collect();
        assert!(
            untranslated.is_empty(),
            "{}.ftl lacks {untranslated:?}",
            lang.code()
        );
        assert!(
            unknown.is_empty(),
            "{}.ftl has messages English lacks: {unknown:?}",
            lang.code()
        );
    }
}

#[test]
fn translations_use_the_english_arguments_and_selector_words() {
    let english = shapes(Lang::En);
    for lang in [Lang::Fi, Lang::Sv] {
        for (id, shape) in shapes(lang) {
            let Some(en) = english.get(&id) else { continue };
            let code = lang.code();
            assert_eq!(shape.attributes, en.attributes, "{code}: {id} attributes");
            // A translation may leave an argument out (a plural form that spells the number
            // out), but never refer to one the code does not pass.
            let extra: Vec<_> = shape.variables.difference(&en.variables).collect();
            assert!(extra.is_empty(), "{code}: {id} refers to unknown {extra:?}");
            // Selector words are produced by the code; a translated word would never match and
            // silently fall to the default variant.
            for (variable, keys) in &shape.selectors {
                let allowed = en.selectors.get(variable).cloned().unwrap_or_default();
                let foreign: Vec<_> = keys.difference(&allowed).collect();
                assert!(
                    foreign.is_empty(),
                    "{code}: {id} selects ${variable} on {foreign:?}; English selects on {allowed:?}"
                );
            }
        }
    }
}

#[test]
fn the_shape_check_sees_selector_words() {
    let en = shapes(Lang::En);
    let invoice = &en["invoice-due"];
    assert!(invoice.selectors["kind"].contains("onsite"));
    assert!(invoice.variables.contains("deadline"));
    assert!(en["rule-plan-syntax"].attributes.contains("doc"));
}
