//! Finnish and Swedish output: pinned by snapshots, and scanned for English words that would mean
//! a message, a heading or a text from the rule packs was left untranslated. Rule ids, plan keys
//! and values, file names and the verbatim source quotes are the only English allowed.

use crate::common;
use common::oras;

const AS_OF: &str = "2026-11-22";
const MISTAKES: &str = "examples/omaishoitaja-2025-mistakes.toml";
const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";

/// Standard output and error of a run that must exit with `code`.
fn run(args: &[&str], code: i32) -> String {
    let out = oras().args(args).output().expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(code), "{args:?}:\n{text}");
    text
}

/// Words that are English and neither Finnish nor Swedish.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "not",
    "and",
    "of",
    "with",
    "must",
    "client",
    "clients",
    "periods",
    "day",
    "days",
    "course",
    "before",
    "after",
    "help",
    "source",
    "error",
    "errors",
    "warning",
    "warnings",
    "note",
    "notes",
    "enrolled",
    "required",
    "contact",
    "contacts",
    "decision",
    "within",
    "months",
    "each",
    "every",
    "site",
    "staff",
    "rule",
    "severity",
    "count",
    "suppressed",
    "confirm",
    "checked",
    "against",
    "no",
    "has",
    "have",
    "it",
    "that",
    "this",
    "which",
    "should",
    "only",
    "one",
    "least",
    "or",
    "parameters",
    "interpretation",
    "carried",
    "applies",
    "plans",
    "edition",
    "timeline",
    "deadline",
    "due",
    "overdue",
    "left",
    "ago",
    "done",
    "today",
    "invoice",
    "feedback",
    "what",
    "date",
    "ends",
    "starts",
];

/// How the built-in packs cite their documents: titles and section names, in the documents'
/// own words.
fn document_titles() -> Vec<String> {
    let packs = oras_check::pack::Packs::builtin().unwrap();
    let mut titles: Vec<String> = packs
        .editions
        .iter()
        .flat_map(|e| e.citations())
        .flat_map(|c| [c.source.title.clone(), Some(c.source.section.clone())])
        .flatten()
        .collect();
    // Longest first, so that a title is removed before a shorter one inside it.
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles.dedup();
    titles
}

/// Removes what may be English: the plan's own lines shown in excerpts, quotes (“…”, "…"),
/// code (`…`, […], {…}) and tokens that are ids, keys, paths or numbers.
fn english_words(text: &str) -> Vec<String> {
    let shown: String = text
        .lines()
        .filter(|line| {
            // The source excerpt's gutter: " 23 │ invoiced = …" is the plan, not our text.
            let t = line.trim_start();
            let digits = t.chars().take_while(char::is_ascii_digit).count();
            let excerpt = digits > 0 && t[digits..].trim_start().starts_with('│');
            // A parameter as the pack writes it: "count = 3".
            let key = t
                .split_once(" = ")
                .is_some_and(|(k, _)| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            !excerpt && !key
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut kept = String::new();
    let mut closing: Option<char> = None;
    for ch in shown.chars() {
        match closing {
            Some(c) if ch == c => closing = None,
            // An ASCII quote or code span never runs over a line; a source quote may.
            Some(c) if ch == '\n' && c != '”' => closing = None,
            Some(_) => {}
            None => match ch {
                '“' => closing = Some('”'),
                '"' => closing = Some('"'),
                '`' => closing = Some('`'),
                '[' => closing = Some(']'),
                '{' => closing = Some('}'),
                _ => kept.push(ch),
            },
        }
        if closing.is_some() {
            kept.push(' ');
        }
    }
    // Documents are cited by their own titles, in their own language ("Kela: Oras course (web
    // page, …)"), as quotes are: they are names, not our text. Wrapping may have broken a title
    // over lines, so spaces are joined first.
    let mut kept = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    for title in document_titles() {
        kept = kept.replace(&title, " ");
    }
    kept.split(|c: char| c.is_whitespace() || ",;:()!?'·".contains(c))
        .filter(|w| !w.is_empty())
        .filter(|w| !w.contains(|c: char| "-_./=<>…".contains(c) || c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

fn assert_translated(lang: &str, what: &str, text: &str) {
    assert_translated_but(lang, what, text, &[]);
}

/// As [`assert_translated`], allowing `allowed` words (source section titles in a table, where
/// wrapping takes them out of their quotes).
fn assert_translated_but(lang: &str, what: &str, text: &str, allowed: &[String]) {
    let mut words = english_words(text);
    words.retain(|w| !allowed.contains(w));
    assert!(
        words.is_empty(),
        "--lang {lang} {what}: English words {words:?} in\n{text}"
    );
}

#[test]
fn the_scan_finds_english() {
    assert_eq!(
        english_words("The course starts here"),
        ["the", "course", "starts"]
    );
    assert!(english_words("“the quote” `course` [course] \"status\" group-size-max").is_empty());
    assert!(english_words(" 12 │ start = the plan's own line").is_empty());
}

#[test]
fn finnish_and_swedish_reports_snapshots() {
    for lang in ["fi", "sv"] {
        let check = run(&["--lang", lang, "--as-of", AS_OF, MISTAKES], 1);
        assert_translated(lang, "check", &check);
        insta::assert_snapshot!(format!("{lang}-check-mistakes"), check);

        let explain = run(&["explain", "client-decision-window", "--lang", lang], 0);
        assert_translated(lang, "explain", &explain);
        insta::assert_snapshot!(format!("{lang}-explain"), explain);

        let timeline = run(
            &[
                "timeline", MISTAKES, "--lang", lang, "--as-of", AS_OF, "--width", "100",
                "--color", "never",
            ],
            0,
        );
        assert_translated(lang, "timeline", &timeline);
        insta::assert_snapshot!(format!("{lang}-timeline-mistakes"), timeline);

        let deadlines = run(
            &[
                "deadlines",
                COMPLIANT,
                "--lang",
                lang,
                "--as-of",
                "2025-06-01",
            ],
            0,
        );
        assert_translated(lang, "deadlines", &deadlines);
        insta::assert_snapshot!(format!("{lang}-deadlines"), deadlines);
    }
}

#[test]
fn every_example_explain_text_and_table_is_translated() {
    let examples: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| format!("examples/{}", e.file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".toml"))
        .collect();
    for lang in ["fi", "sv"] {
        for example in &examples {
            let code = if example.ends_with("-mistakes.toml") {
                1
            } else {
                0
            };
            let text = run(&["--lang", lang, "--as-of", AS_OF, example], code);
            assert_translated(lang, example, &text);
            let text = run(&["timeline", "--lang", lang, "--as-of", AS_OF, example], 0);
            assert_translated(lang, example, &text);
            let text = run(
                &[
                    "deadlines",
                    "--lang",
                    lang,
                    "--as-of",
                    "2025-01-15",
                    example,
                ],
                0,
            );
            assert_translated(lang, example, &text);
        }
        for rule in oras_check::rules::all_ids() {
            let text = run(&["explain", rule, "--lang", lang], 0);
            assert_translated(lang, &format!("explain {rule}"), &text);
        }
        // The tables show source section titles, some of them English, wrapped in cells.
        let sections: Vec<String> = oras_check::pack::Packs::builtin()
            .unwrap()
            .editions
            .iter()
            .flat_map(|e| e.citations())
            .flat_map(|c| {
                c.source
                    .section
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .collect();
        for args in [&["rules"][..], &["rules", "--coverage"]] {
            let text = run(&[args, &["--lang", lang]].concat(), 0);
            assert_translated_but(lang, &args.join(" "), &text, &sections);
        }
    }
}

#[test]
fn plan_errors_are_translated() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(
        &plan,
        "[course]\nservice = \"omaishoitaja\"\nstart = 2025-03-03\nstatuss = \"planned\"\n\
         \n[[clients]]\nid = \"A01\"\nage = \"forty\"\n\n[[clients]]\nid = \"A01\"\n",
    )
    .unwrap();
    for lang in ["fi", "sv"] {
        let text = run(&["--lang", lang, plan.to_str().unwrap()], 2);
        assert_translated(lang, "plan-schema", &text);
    }
}

#[test]
fn init_comments_are_translated() {
    for lang in ["fi", "sv"] {
        for args in [
            &["--service", "omaishoitaja", "--start", "2026-03-02"][..],
            &["--service", "oras", "--start", "2026-03-02"],
            &[
                "--service",
                "group-therapy",
                "--therapy",
                "aquatic-therapy",
                "--start",
                "2026-03-02",
            ],
        ] {
            let text = run(&[&["init", "--lang", lang][..], args].concat(), 0);
            let comments: String = text
                .lines()
                .filter_map(|l| l.strip_prefix('#'))
                // Commented-out keys ("# code = \"\"") are plan syntax, not prose.
                .filter(|l| !l.contains('='))
                .collect::<Vec<_>>()
                .join("\n");
            assert_translated(lang, "init", &comments);
        }
    }
}

/// Every command over the provider's repository (`examples/provider/`: forty-eight plans, every
/// service and edition, a roster) speaks Finnish or Swedish throughout: no English word of the
/// list in the reports, the provider's views, the calendar, the settings or the errors, and no
/// service name in English ("Group therapy 2024") or in Finnish inside Swedish text.
#[test]
fn every_command_over_the_provider_repository_is_translated() {
    let provider = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/provider");
    let commands: &[&[&str]] = &[
        &["check", ".", "--as-of", "2026-12-07", "--color", "never"],
        &[
            "check",
            ".",
            "--as-of",
            "2026-12-07",
            "--quiet",
            "--color",
            "never",
        ],
        &[
            "timeline",
            "plans",
            "--as-of",
            "2026-12-07",
            "--color",
            "never",
            "--width",
            "80",
        ],
        &[
            "deadlines",
            "plans",
            "--as-of",
            "2026-12-07",
            "--color",
            "never",
        ],
        &["ics", "plans", "--as-of", "2026-12-07"],
        &["config"],
        &["check", "plans/2026/nosuchplan.toml"],
        &["chekc"],
        // clap's errors about the command line, said again in the run's language.
        &["check", "--bogus", "."],
        &["timeline", "plans", "--widht", "80"],
        &["deadlines", "plans", "--format", "xml"],
        &["timeline"],
        &["check", ".", "--as-of", "2026-13-01"],
        &["check", ".", "--config", "x.toml", "--no-config"],
    ];
    for lang in ["fi", "sv"] {
        for args in commands {
            let out = oras()
                .current_dir(&provider)
                .args(*args)
                .args(["--lang", lang])
                .env_remove("ORAS_CHECK_CONFIG")
                .output()
                .expect("runs");
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            let what = args.join(" ");
            // The calendar's text, unfolded (RFC 5545 folds long lines with a space).
            let text = text
                .replace("\r\n ", "")
                .replace("\\n", " ")
                .replace("\\,", ",");
            // Setting values are the words the file and the flags take (`fail-on = "error"`).
            let values = if args[0] == "config" {
                vec!["error".to_owned()]
            } else {
                Vec::new()
            };
            // clap's usage line is the command's syntax (`oras-check timeline --width <WIDTH>`),
            // the same in every language; only its heading is translated.
            let usage = if lang == "fi" {
                "Käyttö: "
            } else {
                "Användning: "
            };
            let words: String = text
                .split_inclusive('\n')
                .filter(|line| !line.starts_with(usage))
                .collect();
            assert_translated_but(lang, &what, &words, &values);
            // (A source may be cited by its English section title, "Group therapy": a name.)
            for english in [
                "Group therapy 2024",
                "Carers' course",
                "the plan",
                "No such file",
                "Usage:",
                "For more information",
                "unexpected argument",
                "invalid value",
            ] {
                assert!(
                    !text.contains(english),
                    "--lang {lang} {what}: {english:?} in\n{text}"
                );
            }
            if lang == "sv" {
                assert!(
                    !text.contains("Omaishoitaja 2025") && !text.contains("Ryhmäterapia"),
                    "--lang sv {what}: a Finnish service name in\n{text}"
                );
            }
        }
        // The manager's page (its text, not its markup) and the summary GitHub shows for a run.
        let dir = tempfile::tempdir().unwrap();
        let summary = dir.path().join("summary.md");
        let out = oras()
            .current_dir(&provider)
            .args([
                ".",
                "--as-of",
                "2026-12-07",
                "--format",
                "html",
                "--lang",
                lang,
            ])
            .env_remove("ORAS_CHECK_CONFIG")
            .output()
            .expect("runs");
        let page = page_text(&String::from_utf8_lossy(&out.stdout));
        assert!(
            page.len() > 10_000,
            "{lang}: the page's text is {} bytes",
            page.len()
        );
        assert_translated_but(lang, "--format html", &page, &[]);
        oras()
            .current_dir(&provider)
            .args([
                ".",
                "--as-of",
                "2026-12-07",
                "--format",
                "github",
                "--lang",
                lang,
            ])
            .env_remove("ORAS_CHECK_CONFIG")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .output()
            .expect("runs");
        let written = std::fs::read_to_string(&summary).expect("a step summary");
        assert_translated_but(lang, "--format github (step summary)", &written, &[]);
    }
}

/// The text a browser shows of a page: no style, no tags, entities read. Code is written back
/// in backticks and the plan's own lines (`pre`) are left out, as the scan allows them in text.
fn page_text(html: &str) -> String {
    let body = html.split("</style>").last().unwrap_or(html);
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    let mut in_pre = false;
    while let Some(open) = rest.find('<') {
        if !in_pre {
            out.push_str(&rest[..open]);
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name = tag.split([' ', '/']).find(|s| !s.is_empty()).unwrap_or("");
        match (tag.starts_with('/'), name) {
            (_, "code") => out.push('`'),
            (false, "pre") => in_pre = true,
            (true, "pre") => in_pre = false,
            _ => out.push(' '),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
