//! `rules`, `explain`, `rules verify`, `rules --coverage`, and the manual checklist.

use std::path::Path;

use crate::common;
use common::oras;

fn stdout(args: &[&str], code: i32) -> String {
    let out = oras().args(args).assert().code(code);
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

/// A copy of the built-in rules folder with one edit, for `--rules`.
fn rules_with(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for service in ["oras", "omaishoitaja", "group-therapy"] {
        let from = Path::new("rules").join(service);
        std::fs::create_dir_all(dir.path().join(service)).unwrap();
        for entry in std::fs::read_dir(&from).unwrap().filter_map(Result::ok) {
            let name = format!("{service}/{}", entry.file_name().to_string_lossy());
            let text = std::fs::read_to_string(entry.path()).unwrap();
            std::fs::write(dir.path().join(&name), edit(&name, text)).unwrap();
        }
    }
    dir
}

#[test]
fn rules_lists_the_rules_in_force_per_edition() {
    let all = stdout(&["rules"], 0);
    for heading in [
        "Oras 2021 (oras-2021)",
        "Oras 2025 (oras-2025)",
        "Omaishoitaja 2025",
        "Group therapy 2024",
    ] {
        assert!(all.contains(heading), "{heading} missing");
    }
    let carers = stdout(&["rules", "--service", "omaishoitaja"], 0);
    assert!(carers.contains("client-decision-window") && !carers.contains("periods-span"));
    assert!(
        carers.contains("omapolku-content"),
        "manual items are listed"
    );
    let oras_2021 = stdout(&["rules", "--service", "oras", "--edition", "2021"], 0);
    assert!(oras_2021.contains("periods-span") && !oras_2021.contains("Oras 2025"));
    oras().args(["rules", "--edition", "1999"]).assert().code(2);
    oras().args(["rules", "--service", "yoga"]).assert().code(2);
}

#[test]
fn explain_outputs() {
    for (name, args) in [
        (
            "group-size-max-oras",
            &["explain", "group-size-max", "--service", "oras"][..],
        ),
        (
            "staff-mandatory-oras-2021",
            &["explain", "staff-mandatory", "--edition", "oras-2021"],
        ),
        (
            "cancellation-window",
            &["explain", "cancellation-window", "--edition", "oras-2025"],
        ),
        ("onsite-weekdays", &["explain", "onsite-weekdays"]),
        ("personal-data", &["explain", "personal-data"]),
        (
            "manual-consent-ku5",
            &["explain", "consent-ku5", "--service", "omaishoitaja"],
        ),
    ] {
        insta::assert_snapshot!(format!("explain-{name}"), stdout(args, 0));
    }
}

#[test]
fn explain_says_when_a_figure_is_carried() {
    let text = stdout(&["explain", "measurements", "--edition", "oras-2025"], 0);
    assert!(
        text.contains("Carried from Oras 2021: the Oras 2025 source does not state it."),
        "{text}"
    );
    let own = stdout(&["explain", "measurements", "--edition", "oras-2021"], 0);
    assert!(!own.contains("Carried from"), "{own}");
}

#[test]
fn explain_an_unknown_rule_suggests_one() {
    let out = oras().args(["explain", "group-size-maks"]).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("Did you mean `group-size-max`?"),
        "{stderr}"
    );
}

#[test]
fn verify_passes_against_the_sources() {
    let text = stdout(&["rules", "verify", "--sources", "tests/sources"], 0);
    assert!(
        text.contains("verified against the source documents"),
        "{text}"
    );
    stdout(&["rules", "verify"], 0);
    oras()
        .args(["rules", "verify", "--sources", "no/such/folder"])
        .assert()
        .code(2);
}

#[test]
fn verify_names_the_rule_whose_quote_was_altered() {
    let dir = rules_with(|name, text| {
        if name == "oras/2025.toml" {
            text.replace(
                "lasts 10 days, and it is divided",
                "lasts 12 days, and it is divided",
            )
        } else {
            text
        }
    });
    let out = oras()
        .args(["rules", "verify", "--sources", "tests/sources", "--rules"])
        .arg(dir.path())
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("oras-2025 onsite-periods: quote not found verbatim"),
        "{text}"
    );
}

#[test]
fn verify_finds_a_gap_between_editions() {
    let dir = rules_with(|name, text| {
        if name == "oras/2021.toml" {
            text.replace("valid_until = 2024-12-31", "valid_until = 2024-11-30")
        } else {
            text
        }
    });
    let out = oras()
        .args(["rules", "verify", "--rules"])
        .arg(dir.path())
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("oras-2025: starts 2025-01-01, but oras-2021 ends 2024-11-30: a gap"),
        "{text}"
    );
}

#[test]
fn overlapping_editions_are_refused() {
    let dir = rules_with(|name, text| {
        if name == "oras/2021.toml" {
            text.replace("valid_until = 2024-12-31", "valid_until = 2025-01-31")
        } else {
            text
        }
    });
    let out = oras()
        .args(["rules", "--rules"])
        .arg(dir.path())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("overlaps"), "{stderr}");
}

#[test]
fn coverage_shows_checked_and_manual_requirements_per_document() {
    let text = stdout(&["rules", "--coverage"], 0);
    for document in [
        "000_85092b9777b788b8.txt",
        "001_48483244d1fc9635.txt",
        "002_0132fc020bda98e8.txt",
        "004_6e8b19234f619151.txt",
    ] {
        assert!(text.contains(document), "{document} missing");
    }
    assert!(text.contains("by hand") && text.contains("checked"));
    assert!(text.contains("omapolku-content"));
}

#[test]
fn the_checklist_follows_a_human_report_unless_quiet() {
    let text = stdout(&["examples/omaishoitaja-2025.toml"], 0);
    assert!(
        text.contains("Also confirm by hand for Omaishoitaja 2025"),
        "{text}"
    );
    assert!(text.contains("[ ] The OMApolku online rehabilitation content is used in full."));
    let quiet = stdout(&["examples/omaishoitaja-2025.toml", "--quiet"], 0);
    assert!(!quiet.contains("Also confirm by hand"));
    let cancelled = stdout(&["examples/oras-2025-cancelled.toml"], 0);
    assert!(
        !cancelled.contains("Also confirm by hand"),
        "nothing to confirm on a cancelled course"
    );
    let json = stdout(&["examples/omaishoitaja-2025.toml", "--format", "json"], 0);
    assert!(!json.contains("confirm by hand"));
}
