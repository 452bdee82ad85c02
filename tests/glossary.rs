//! Kela's own words (shared/docs/glossary.md): the renderings the glossary forbids in a language
//! appear in no message of that language and in no output a planner sees in it.

use crate::common;
use common::oras;

/// (language, a rendering that language's output must never contain), from the glossary's last
/// column. Matched case-insensitively, as whole words.
const NEVER: &[(&str, &str)] = &[
    ("sv", "version"),
    ("sv", "versionen"),
    ("sv", "versionens"),
    ("en", "the edition's"),
    ("fi", "ilmoittautunut"),
    ("fi", "ilmoittautuneet"),
    ("sv", "sjuksköterska"),
    ("fi", "poistaa kurssi"),
    ("fi", "poista tämä kurssi"),
    ("fi", "vuorokautta myöhässä"),
];

fn contains_word(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let phrase = phrase.to_lowercase();
    text.match_indices(&phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The text of every message and attribute of a language, without its variables.
fn messages(lang: &str) -> Vec<(String, String)> {
    let path = format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    let mut id = String::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let value = match line.split_once(" = ") {
            Some((key, value)) if !line.starts_with(' ') => {
                id = key.to_owned();
                value
            }
            _ => line,
        };
        // `{ $version }` is a variable, not a word of the text.
        let mut words = String::new();
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => words.push(c),
                _ => {}
            }
        }
        out.push((id.clone(), words));
    }
    out
}

#[test]
fn no_message_uses_a_rendering_the_glossary_forbids() {
    for (lang, never) in NEVER {
        for (id, text) in messages(lang) {
            assert!(
                !contains_word(&text, never),
                "{lang} {id}: “{never}” in {text}"
            );
        }
    }
}

#[test]
fn no_output_uses_a_rendering_the_glossary_forbids() {
    let runs: &[&[&str]] = &[
        &[
            "examples/omaishoitaja-2025-mistakes.toml",
            "--as-of",
            "2026-11-30",
        ],
        &[
            "examples/omaishoitaja-2025-mistakes.toml",
            "--format",
            "json",
            "--as-of",
            "2026-11-30",
        ],
        &["examples/oras-2025-cancelled.toml", "--as-of", "2026-11-30"],
        &["rules"],
        &["rules", "--coverage"],
        &[
            "deadlines",
            "examples/omaishoitaja-2025-mistakes.toml",
            "--as-of",
            "2026-11-30",
        ],
        &[
            "timeline",
            "examples/omaishoitaja-2025-mistakes.toml",
            "--as-of",
            "2026-11-30",
        ],
        &["init", "--service", "oras", "--start", "2026-06-15"],
    ];
    let rules: Vec<&str> = oras_check::registry::RuleId::names().collect();
    for lang in ["en", "fi", "sv"] {
        let mut outputs: Vec<(String, String)> = Vec::new();
        let mut run = |args: &[&str]| {
            let out = oras()
                .args(args)
                .args(["--lang", lang, "--color", "never", "--no-config"])
                .output()
                .unwrap();
            let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
            // JSON's keys are a contract ("version"); its prose is in messages and helps.
            if let Ok(doc) = serde_json::from_str::<serde_json::Value>(&text) {
                let mut prose = String::new();
                for plan in doc["plans"].as_array().into_iter().flatten() {
                    for d in plan["diagnostics"].as_array().into_iter().flatten() {
                        for key in ["message", "help"] {
                            prose.push_str(d[key].as_str().unwrap_or_default());
                            prose.push('\n');
                        }
                    }
                }
                text = prose;
            }
            outputs.push((args.join(" "), text));
        };
        for args in runs {
            run(args);
        }
        for rule in &rules {
            run(&["explain", rule]);
        }
        for (what, text) in outputs {
            assert!(!text.is_empty(), "{lang} {what}: no output");
            for (never_lang, never) in NEVER {
                if *never_lang == lang {
                    assert!(
                        !contains_word(&text, never),
                        "--lang {lang} {what}: “{never}” in\n{text}"
                    );
                }
            }
        }
    }
}

/// The list above is the glossary's: a rendering the glossary adds must be added here.
#[test]
fn the_list_follows_the_glossary() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/docs/glossary.md");
    let Ok(glossary) = std::fs::read_to_string(path) else {
        common::missing(path);
        return;
    };
    for line in glossary.lines().filter(|l| l.starts_with('|')) {
        let never = line.trim_end_matches('|').rsplit('|').next().unwrap_or("");
        let mut rest = never;
        while let Some(start) = rest.find('"') {
            let Some(len) = rest[start + 1..].find('"') else {
                break;
            };
            let quoted = &rest[start + 1..start + 1 + len];
            rest = &rest[start + len + 2..];
            let word = quoted.trim_end_matches(" …").trim_end_matches('…').trim();
            assert!(
                NEVER.iter().any(|(_, n)| n.eq_ignore_ascii_case(word)),
                "the glossary forbids “{word}”, which this test does not check"
            );
        }
    }
}
