//! The rule packs themselves: they load, their editions do not overlap, and every quote they
//! cite is in the cited source document.

use crate::common;

use std::path::Path;

use oras_check::pack::Packs;
use oras_check::pack::verify::verify_quotes;

/// The Kela source documents, vendored so that the quote check always runs; see the drift test
/// below for how the copy is kept honest.
const SOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sources");

#[test]
fn built_in_packs_load() {
    let packs = Packs::builtin().unwrap_or_else(|e| panic!("{e}"));
    assert!(packs.get("omaishoitaja-2025").is_some());
}

/// The built-in editions come from JSON that build.rs converts the TOML files to: they must be
/// exactly what reading the TOML files gives.
#[test]
fn built_in_packs_are_the_rule_files() {
    let builtin = Packs::builtin().expect("packs load");
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let from_toml = Packs::from_dir(&rules).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(builtin.editions.len(), from_toml.editions.len());
    for (built, read) in builtin.editions.iter().zip(&from_toml.editions) {
        assert!(
            read.file.ends_with(&built.file),
            "{} ~ {}",
            read.file,
            built.file
        );
        let mut read = read.clone();
        read.file = built.file.clone();
        assert_eq!(format!("{built:#?}"), format!("{read:#?}"));
    }
}

#[test]
fn every_quote_is_found_in_its_source() {
    let packs = Packs::builtin().expect("packs load");
    let problems = verify_quotes(packs, Path::new(SOURCES)).expect("sources folder");
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(|p| format!("\n  {p}"))
            .collect::<String>()
    );
}

#[test]
fn an_altered_quote_is_caught_and_named() {
    let packs = Packs::builtin().expect("packs load");
    let mut packs = packs.clone();
    let edition = packs
        .editions
        .iter_mut()
        .find(|e| e.id == "omaishoitaja-2025")
        .unwrap();
    let rule = edition.rules.group_size_max.as_mut().unwrap();
    let mut source = (*rule.citation.source).clone();
    source.quote = source.quote.replace("6–12", "6–13");
    rule.citation.source = std::sync::Arc::new(source);
    let problems = verify_quotes(&packs, Path::new(SOURCES)).expect("sources folder");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].item, "group-size-max");
    assert_eq!(problems[0].edition, "omaishoitaja-2025");
}

/// The vendored copy must equal the shared seeds wherever those are present (every developer
/// machine and CI run has them at ../shared/seeds).
#[test]
fn vendored_sources_match_the_shared_seeds() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&shared) else {
        common::missing(&shared.display().to_string());
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let ours = std::fs::read(Path::new(SOURCES).join(&name)).unwrap_or_else(|_| {
            panic!(
                "{} is not vendored in tests/sources",
                name.to_string_lossy()
            )
        });
        assert_eq!(
            ours,
            std::fs::read(entry.path()).unwrap(),
            "{} differs from the shared seed",
            name.to_string_lossy()
        );
    }
}

#[test]
fn every_interpretation_is_translated_into_finnish_and_swedish() {
    let packs = Packs::builtin().unwrap();
    let mut seen = 0;
    for edition in &packs.editions {
        for rule in oras_check::rules::all_ids() {
            let Some(text) = edition
                .rules
                .citation_str(rule)
                .and_then(|m| m.interpretation.as_ref())
            else {
                continue;
            };
            seen += 1;
            for (lang, translated) in [("fi", &text.fi), ("sv", &text.sv)] {
                assert!(
                    translated.as_deref().is_some_and(|t| !t.trim().is_empty()),
                    "{} {rule}: interpretation_{lang} is missing",
                    edition.id
                );
            }
        }
    }
    assert!(seen >= 20, "only {seen} interpretations found");
}

#[test]
fn a_translation_without_the_english_interpretation_is_rejected() {
    let pack = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rules/omaishoitaja/2025.toml"
    ))
    .unwrap();
    // Comment out the first English interpretation, leaving its translations.
    let broken = pack.replacen("interpretation = ", "# interpretation = ", 1);
    let Err(err) = Packs::from_files(vec![("omaishoitaja/2025.toml".into(), broken)]) else {
        panic!("a translation without English is an error");
    };
    assert!(
        err.problems
            .iter()
            .any(|p| p.message.contains("without the English")),
        "{err:?}"
    );
}
