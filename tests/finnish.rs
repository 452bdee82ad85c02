//! A plan written the Finnish way: each habit gets a located message in the planner's language
//! with the exact replacement, and `oras-check fix` repairs the plan keeping its comments.

use crate::common;
use common::oras_in;

const AS_OF: &str = "2026-01-15";

fn example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/omaishoitaja-2025.toml"
    ))
    .unwrap()
}

/// (exit code, stdout, stderr) of a command run in `dir`.
fn run(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = oras_in(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The first diagnostic of a plan's JSON report.
fn first(dir: &std::path::Path, lang: &str) -> serde_json::Value {
    let (_, out, err) = run(
        dir,
        &[
            "plan.toml",
            "--format",
            "json",
            "--lang",
            lang,
            "--as-of",
            AS_OF,
        ],
    );
    let doc: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    doc["plans"][0]["diagnostics"][0].clone()
}

#[test]
fn each_finnish_habit_gets_the_exact_replacement_in_the_planners_language() {
    let base = example();
    let line_of =
        |text: &str, needle: &str| text.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
    for (from, to, needle, en, fi, sv, write) in [
        (
            "start = 2025-03-03\nstatus",
            "start = 3.3.2025\nstatus",
            "start = 3.3.2025",
            "Finnish date",
            "suomalaisena päivämääränä",
            "finskt datum",
            "start = 2025-03-03",
        ),
        (
            "start = 2025-03-03\nstatus",
            "start = 03.03.2025\nstatus",
            "start = 03.03.2025",
            "Finnish date",
            "suomalaisena päivämääränä",
            "finskt datum",
            "start = 2025-03-03",
        ),
        (
            "hours_per_day = 6.5",
            "hours_per_day = 6,5",
            "hours_per_day = 6,5",
            "decimal comma",
            "desimaalipilkku",
            "decimalkomma",
            "hours_per_day = 6.5",
        ),
        (
            "start = 2025-03-03\nstatus",
            "start = \"7.9.2025\"\nstatus",
            "start = \"7.9.2025\"",
            "must be a date",
            "päivämäärä",
            "datum",
            "start = 2025-09-07",
        ),
        (
            "hours_per_day = 6.5",
            "hours_per_day = \"6 h\"",
            "hours_per_day = \"6 h\"",
            "must be a number",
            "luku",
            "tal",
            "hours_per_day = 6",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let text = base.replacen(from, to, 1);
        assert_ne!(text, base, "{from}");
        std::fs::write(dir.path().join("plan.toml"), &text).unwrap();
        for (lang, words) in [("en", en), ("fi", fi), ("sv", sv)] {
            let d = first(dir.path(), lang);
            let message = d["message"].as_str().unwrap();
            let help = d["help"].as_str().unwrap_or_default();
            assert!(message.contains(words), "{lang} {to}: {message}");
            assert!(help.contains(write), "{lang} {to}: {help}");
            assert!(help.contains("oras-check fix"), "{lang} {to}: {help}");
            assert_eq!(d["line"], line_of(&text, needle), "{lang} {to}");
        }
    }
}

#[test]
fn the_parsers_common_errors_are_explained_with_its_own_words_after() {
    for (text, en, fi) in [
        (
            "[course]\nservice \"oras\"\n",
            "must be followed by =",
            "Avaimen jälkeen tulee =",
        ),
        (
            "[course]\nservice = \"oras\n",
            "is not closed",
            "ei ole suljettu",
        ),
        (
            "[course\nservice = \"oras\"\n",
            "header is not closed",
            "otsikkoa ei ole suljettu",
        ),
        (
            "[course]\nservice = \"oras\"\nservice = \"oras\"\n",
            "twice",
            "kahdesti",
        ),
        (
            "[course]\nage = 03\n",
            "cannot start with 0",
            "ei voi alkaa nollalla",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("plan.toml"), text).unwrap();
        for (lang, words) in [("en", en), ("fi", fi)] {
            let d = first(dir.path(), lang);
            let message = d["message"].as_str().unwrap();
            assert!(
                message.contains(words) && message.contains("[TOML: "),
                "{lang} {text:?}: {message}"
            );
        }
    }
}

#[test]
fn date_options_take_finnish_dates_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.toml"), example()).unwrap();
    let (code, _, err) = run(dir.path(), &["plan.toml", "--as-of", "2.3.2026"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(
        dir.path(),
        &["init", "--service", "oras", "--start", "7.9.2026"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("start = 2026-09-07"), "{out}");
    let (code, _, err) = run(dir.path(), &["plan.toml", "--as-of", "31.2.2026"]);
    assert_eq!(code, 2);
    assert!(err.contains("3.3.2026"), "{err}");
}

#[test]
fn fix_repairs_a_finnish_plan_keeping_comments_and_a_second_fix_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let text = example()
        .replacen(
            "start = 2025-03-03\nstatus",
            "start = 3.3.2025   # the first day\nstatus",
            1,
        )
        .replace("end = 2025-03-07", "end = \"7.3.2025\"")
        .replace("date = 2025-02-10", "date = \"2025-02-10\"")
        .replacen("hours_per_day = 6.5", "hours_per_day = 6,5", 1)
        .replacen(
            "guided_hours_per_day = 5",
            "guided_hours_per_day = \"5 h\"",
            1,
        )
        .replacen("mode = \"residential\"", "mode = \"residental\"", 1);
    std::fs::write(&path, &text).unwrap();
    // Not a plan that checks: not even TOML.
    let (code, _, _) = run(dir.path(), &["plan.toml", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    // --diff writes nothing.
    let (code, out, _) = run(dir.path(), &["fix", "--diff", "plan.toml"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("-start = 3.3.2025   # the first day")
            && out.contains("+start = 2025-03-03   # the first day"),
        "{out}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // fix writes, says what it did, and the plan checks as the example does.
    let (code, out, _) = run(dir.path(), &["fix", "plan.toml"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.lines().count(), 6, "{out}");
    assert!(
        out.contains("mode: \"residental\" → \"residential\""),
        "{out}"
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.contains("start = 2025-03-03   # the first day"));
    assert_eq!(fixed.lines().count(), text.lines().count());
    let (code, _, err) = run(dir.path(), &["plan.toml", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        fixed,
        example().replacen(
            "start = 2025-03-03\nstatus",
            "start = 2025-03-03   # the first day\nstatus",
            1
        )
    );
    // A second fix changes nothing.
    let (code, out, _) = run(dir.path(), &["fix", "plan.toml", "--lang", "fi"]);
    assert_eq!(code, 0);
    assert!(out.contains("ei korjattavaa"), "{out}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
}

#[test]
fn fix_leaves_a_file_that_is_still_not_toml_and_says_what_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "[course\nstart = 3.3.2026\n";
    std::fs::write(dir.path().join("plan.toml"), broken).unwrap();
    let (code, out, _) = run(dir.path(), &["fix", "plan.toml"]);
    assert_eq!(code, 2);
    assert!(out.contains("not TOML even after the repairs"), "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.toml")).unwrap(),
        broken
    );
    // A problem no mechanical repair can solve is left for the planner, named.
    let text = example().replacen(
        "service = \"omaishoitaja\"",
        "service = \"omaishoitaja\"\nfoo = 1",
        1,
    );
    std::fs::write(dir.path().join("plan.toml"), text).unwrap();
    let (code, out, _) = run(dir.path(), &["fix", "plan.toml"]);
    assert_eq!(code, 1);
    assert!(out.contains("left for you") && out.contains("foo"), "{out}");
}
