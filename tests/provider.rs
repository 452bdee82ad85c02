//! The bundled provider repository, `examples/provider/`, as CI and pre-commit meet it day after
//! day: every command over it, in English, Finnish and Swedish, on 30 days in a row, and each
//! defect of issue 19 that a single-plan test did not show.
//!
//! Each plan says in its first lines whether it is clean or broken on purpose, and for what
//! (`(rule-id, severity…)`): the first test holds every plan to what it says.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use common::oras_in;

/// The day the repository's statuses and recorded dates were written for.
const AS_OF: &str = "2026-12-07";
const LANGS: [&str; 3] = ["en", "fi", "sv"];

fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn provider() -> PathBuf {
    project().join("examples/provider")
}

pub(crate) fn run(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The binary run in the provider repository's folder, as its CI runs it.
pub(crate) fn in_provider(args: &[&str]) -> (i32, String, String) {
    run(oras_in(&provider()).args(args))
}

pub(crate) fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

/// Every plan file of the repository (not the archive, not the drafts, not the link).
pub(crate) fn plan_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for year in ["2024", "2025", "2026", "2027"] {
        for entry in std::fs::read_dir(provider().join("plans").join(year)).unwrap() {
            out.push(entry.unwrap().path());
        }
    }
    out.sort();
    out
}

/// What a plan's first lines say it breaks: the rule ids named in `(rule-id, severity…)`
/// after "BROKEN ON PURPOSE"; empty for a clean plan.
fn promised(text: &str) -> BTreeSet<String> {
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ");
    let mut rules = BTreeSet::new();
    if let Some((_, broken)) = header.split_once("BROKEN ON PURPOSE") {
        for part in broken.split('(').skip(1) {
            let id = part.split([',', ')']).next().unwrap_or("").trim();
            if id.contains('-') && !id.contains(' ') {
                rules.insert(id.to_owned());
            }
        }
        assert!(!rules.is_empty(), "a broken plan names its rule: {header}");
    } else {
        assert!(
            header.contains("Clean"),
            "a plan says whether it is clean: {header}"
        );
    }
    rules
}

/// (plan file name → rules of its unsuppressed errors and warnings) of a JSON report.
fn errors_and_warnings(doc: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, d) in common::json_diagnostics(doc) {
        let entry = out.entry(file).or_default();
        if d["suppressed"].is_null() && d["severity"] != "note" {
            entry.insert(d["rule"].as_str().unwrap().to_owned());
        }
    }
    out
}

#[test]
fn the_repository_covers_every_service_and_edition_from_2024_to_2027() {
    let files = plan_files();
    assert!(files.len() >= 40, "{} plans", files.len());
    let (code, out, err) = in_provider(&[".", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 1, "errors on purpose, every plan checked: {err}");
    let doc = json(&out);
    let plans = doc["plans"].as_array().unwrap();
    assert_eq!(plans.len(), files.len(), "every plan once, the link too");
    let editions: BTreeSet<&str> = plans.iter().filter_map(|p| p["edition"].as_str()).collect();
    let services: BTreeSet<&str> = plans.iter().filter_map(|p| p["service"].as_str()).collect();
    assert_eq!(
        services,
        BTreeSet::from(["group-therapy", "omaishoitaja", "oras"])
    );
    assert!(editions.contains("2021") && editions.contains("2025") && editions.contains("2024"));
    for year in ["2024", "2025", "2026", "2027"] {
        assert!(
            plans.iter().any(|p| p["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("./")
                .starts_with(&format!("plans/{year}/"))),
            "no plan starting in {year}"
        );
    }
}

#[test]
fn every_plan_is_clean_or_broken_as_its_first_lines_say() {
    let (_, out, _) = in_provider(&[".", "--as-of", AS_OF, "--format", "json"]);
    let found = errors_and_warnings(&json(&out));
    let mut broken = 0;
    for path in plan_files() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let said = promised(&std::fs::read_to_string(&path).unwrap());
        broken += usize::from(!said.is_empty());
        let got = found.get(&name).cloned().unwrap_or_default();
        assert_eq!(
            got, said,
            "{name}: found {got:?}, its first lines say {said:?}"
        );
    }
    assert!(
        (5..=20).contains(&broken),
        "{broken} broken plans: most should be clean"
    );
}

#[test]
fn the_walk_leaves_out_the_archive_the_drafts_the_link_and_what_is_not_a_plan() {
    let (_, out, err) = in_provider(&[".", "--as-of", AS_OF, "--format", "json", "--verbose"]);
    let doc = json(&out);
    let paths: Vec<&str> = doc["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    for left_out in [
        "archive/",
        "drafts/",
        "current.toml",
        "staff.toml",
        "Cargo.toml",
    ] {
        assert!(
            !paths.iter().any(|p| p.contains(left_out)),
            "{left_out} was checked"
        );
    }
    // Cargo.toml, pyproject.toml and the report settings are named as left out; the roster and
    // the configuration, which are never plans, too.
    for name in [
        "Cargo.toml",
        "pyproject.toml",
        "reports/settings.toml",
        "staff.toml",
    ] {
        assert!(err.contains(name), "{name} not listed as left out:\n{err}");
    }
    assert!(!err.contains("archive") && !err.contains("drafts"), "{err}");
}

// ------------------------------------------------------------------ every command, every language

#[test]
fn check_in_every_format_and_language() {
    for lang in LANGS {
        for format in [
            "human", "concise", "json", "sarif", "github", "gitlab", "junit", "html",
        ] {
            let (code, out, err) = in_provider(&[
                ".", "--as-of", AS_OF, "--lang", lang, "--format", format, "--quiet",
            ]);
            assert_eq!(code, 1, "{lang} {format}: {err}");
            assert!(!out.trim().is_empty(), "{lang} {format}: no output");
            match format {
                "json" | "sarif" | "gitlab" => {
                    json(&out);
                }
                "junit" => {
                    roxmltree::Document::parse(&out).expect("JUnit is XML");
                }
                // Severity words stay English wherever machines read them (defect 10).
                "concise" => {
                    for line in out.lines().filter(|l| l.starts_with("./plans/")) {
                        let word = line.split(": ").nth(1).unwrap_or("");
                        assert!(
                            ["error[", "warning[", "note["]
                                .iter()
                                .any(|w| word.starts_with(w)),
                            "{lang}: {line}"
                        );
                    }
                    assert!(
                        out.contains("warning[staff-double-booked]"),
                        "{lang}:\n{out}"
                    );
                }
                "github" => {
                    assert!(out.contains("::warning file=./plans/"), "{lang}");
                }
                _ => {}
            }
        }
    }
}

#[test]
fn severity_words_stay_english_in_machine_formats_with_lang_in_the_configuration() {
    // `lang = "fi"` in oras-check.toml, as docs/ci.md suggests.
    let dir = copy_of_provider();
    let config = dir.path().join("oras-check.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("lang = \"fi\"\n{text}")).unwrap();
    let (_, out, _) = run(oras_in(dir.path()).args([".", "--as-of", AS_OF, "--format", "concise"]));
    assert!(out.contains("warning[staff-double-booked]"), "{out}");
    assert!(!out.contains("varoitus["), "{out}");
    // The messages are Finnish.
    assert!(out.contains("Liisa Lääkäri"), "{out}");
    let (_, out, _) = run(oras_in(dir.path()).args([".", "--as-of", AS_OF, "--format", "junit"]));
    assert!(
        !out.contains("varoitus:") && !out.contains("virhe:"),
        "{out}"
    );
}

#[test]
fn the_planner_tools_over_the_repository_in_every_language() {
    for lang in LANGS {
        let (code, out, err) = in_provider(&["deadlines", ".", "--as-of", AS_OF, "--lang", lang]);
        assert_eq!(code, 0, "{lang}: {err}");
        assert!(out.lines().count() > 10, "{lang}:\n{out}");
        let (code, out, err) = in_provider(&[
            "deadlines",
            ".",
            "--as-of",
            AS_OF,
            "--lang",
            lang,
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{err}");
        json(&out);
        let (code, out, err) = in_provider(&["ics", ".", "--as-of", AS_OF, "--lang", lang]);
        assert_eq!(code, 0, "{err}");
        let calendars: Vec<_> = ical::IcalParser::new(out.as_bytes()).collect();
        assert_eq!(calendars.len(), 1, "{lang}");
        assert!(
            calendars[0]
                .as_ref()
                .expect("iCalendar parses")
                .events
                .len()
                > 40
        );
        let (code, out, err) = in_provider(&[
            "timeline", "plans", "--as-of", AS_OF, "--lang", lang, "--width", "120",
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("Liisa Lääkäri") || out.lines().count() > 20,
            "{out}"
        );
    }
}

#[test]
fn the_catalogue_and_the_settings_in_every_language() {
    for lang in LANGS {
        let (code, out, _) = in_provider(&["rules", "--lang", lang]);
        assert_eq!(code, 0);
        assert!(out.contains("staff-double-booked") || out.contains("group-size-max"));
        let (code, out, _) = in_provider(&["config", "--lang", lang]);
        assert_eq!(code, 0);
        assert!(
            out.contains("staff.toml") && out.contains("provider-wide"),
            "{out}"
        );
        let (code, out, _) = in_provider(&["explain", "staff-double-booked", "--lang", lang]);
        assert_eq!(code, 0, "{out}");
    }
}

#[test]
fn rules_and_explain_as_json_for_scripts() {
    let (code, out, _) = in_provider(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let doc = json(&out);
    let ids: Vec<&str> = doc["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"staff-double-booked") && ids.contains(&"plan-schema"));
    let editions: Vec<&str> = doc["editions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(editions.len(), 4, "{editions:?}");
    let max = &doc["editions"][0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "group-size-max")
        .expect("group-size-max in force")["source"];
    assert!(max["quote"].as_str().is_some_and(|q| !q.is_empty()));
    let (code, out, _) = in_provider(&["explain", "group-size-max", "--format", "json"]);
    assert_eq!(code, 0);
    let doc = json(&out);
    assert_eq!(doc["id"], "group-size-max");
    assert_eq!(doc["severities"], serde_json::json!(["error"]));
    assert!(doc["editions"].as_array().unwrap().len() >= 3, "{doc}");
    let (code, _, err) = in_provider(&["explain", "group-size-maks", "--format", "json"]);
    assert_eq!(code, 2);
    assert!(err.contains("group-size-max"), "{err}");
}

#[test]
fn init_writes_skeletons_that_check_without_error_with_and_without_the_roster() {
    for (service, start, therapy) in [
        ("oras", "2027-09-06", None),
        ("oras", "2024-06-03", None),
        ("omaishoitaja", "2027-10-04", None),
        ("group-therapy", "2027-10-04", Some("music-therapy")),
        ("group-therapy", "2027-10-04", Some("aquatic-therapy")),
    ] {
        // With the roster (found from the current folder), and without (placeholders), each
        // checked in the repository, under its roster.
        for roster in [true, false] {
            let mut args = vec!["init", "--service", service, "--start", start];
            if let Some(t) = therapy {
                args.extend(["--therapy", t]);
            }
            if !roster {
                args.push("--no-config");
            }
            let (code, out, err) = in_provider(&args);
            assert_eq!(code, 0, "{service}: {err}");
            assert_eq!(
                out.contains("RENAME-"),
                !roster,
                "{service} {roster}:\n{out}"
            );
            let dir = tempfile::tempdir_in(provider().join("plans")).unwrap();
            let plan = dir.path().join("new.toml");
            std::fs::write(&plan, &out).unwrap();
            // The day the course would be planned: before it starts.
            let (code, report, err) = run(oras_in(&provider()).arg(&plan).args([
                "--as-of",
                "2024-01-02",
                "--format",
                "json",
            ]));
            assert_ne!(
                code, 2,
                "{service}: cannot be checked:\n{report}\n{err}\n{out}"
            );
            let doc = json(&report);
            let errors: Vec<String> = common::json_diagnostics(&doc)
                .into_iter()
                .filter(|(_, d)| d["severity"] == "error")
                .map(|(_, d)| format!("{}: {}", d["rule"], d["message"]))
                .collect();
            assert!(
                errors.is_empty(),
                "{service} {roster}:\n{}\n{out}",
                errors.join("\n")
            );
        }
    }
}

// ------------------------------------------------------------------ day after day

/// Each result's identity that does not depend on its fingerprint: plan, rule, place,
/// severity, and the message less its last parenthesis (the day of the check).
fn identity(uri: &str, rule: &str, line: i64, column: i64, severity: &str) -> String {
    format!("{uri}:{rule}:{line}:{column}:{severity}")
}

fn sarif_fingerprints(out: &str) -> BTreeMap<String, String> {
    let log = json(out);
    let mut map = BTreeMap::new();
    for r in log["runs"][0]["results"].as_array().unwrap() {
        let location = &r["locations"][0]["physicalLocation"];
        let key = identity(
            location["artifactLocation"]["uri"].as_str().unwrap(),
            r["ruleId"].as_str().unwrap(),
            location["region"]["startLine"].as_i64().unwrap_or(0),
            location["region"]["startColumn"].as_i64().unwrap_or(0),
            r["level"].as_str().unwrap(),
        );
        let fingerprint = r["partialFingerprints"]["orasCheck/v2"]
            .as_str()
            .expect("a fingerprint")
            .to_owned();
        // Two findings at one place (a client's several deadlines) are told apart by their
        // fingerprints themselves: the pair is the key.
        map.insert(format!("{key}|{fingerprint}"), fingerprint);
    }
    map
}

fn gitlab_fingerprints(out: &str) -> BTreeMap<String, String> {
    let issues = json(out);
    let mut map = BTreeMap::new();
    for i in issues.as_array().unwrap() {
        let key = identity(
            i["location"]["path"].as_str().unwrap(),
            i["check_name"].as_str().unwrap(),
            i["location"]["lines"]["begin"].as_i64().unwrap(),
            0,
            i["severity"].as_str().unwrap(),
        );
        let fingerprint = i["fingerprint"].as_str().unwrap().to_owned();
        map.insert(format!("{key}|{fingerprint}"), fingerprint);
    }
    map
}

/// The fingerprints of findings present on both days, by their identity: equal for equal
/// identities, when the plans have not changed.
fn same_fingerprints(
    day: &str,
    before: &BTreeMap<String, String>,
    after: &BTreeMap<String, String>,
) {
    let ids = |m: &BTreeMap<String, String>| -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (key, fingerprint) in m {
            let identity = key.split('|').next().unwrap().to_owned();
            out.entry(identity).or_default().insert(fingerprint.clone());
        }
        out
    };
    let (a, b) = (ids(before), ids(after));
    for (identity, fingerprints) in &a {
        if let Some(next) = b.get(identity) {
            assert_eq!(
                fingerprints, next,
                "{day}: the finding at {identity} changed its fingerprint"
            );
        }
    }
}

#[test]
fn fingerprints_stay_the_same_for_30_days_while_the_plans_do_not_change() {
    let start: chrono::NaiveDate = AS_OF.parse().unwrap();
    let mut previous: Option<(BTreeMap<String, String>, BTreeMap<String, String>)> = None;
    let mut overdue_days = 0;
    for n in 0..30 {
        let day = (start + chrono::Days::new(n)).to_string();
        let (code, sarif, err) = in_provider(&[".", "--as-of", &day, "--format", "sarif"]);
        assert_eq!(code, 1, "{day}: {err}");
        // The overdue findings' messages name the day: their alerts were the ones that churned.
        overdue_days += usize::from(
            json(&sarif)["runs"][0]["results"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["ruleId"] == "feedback-deadline" && r["level"] == "error"),
        );
        let (_, gitlab, _) = in_provider(&[".", "--as-of", &day, "--format", "gitlab"]);
        let now = (sarif_fingerprints(&sarif), gitlab_fingerprints(&gitlab));
        assert!(now.0.len() > 10 && now.0.len() == now.1.len() + suppressed(&sarif));
        if let Some((sarif_before, gitlab_before)) = &previous {
            same_fingerprints(&day, sarif_before, &now.0);
            same_fingerprints(&day, gitlab_before, &now.1);
        }
        previous = Some(now);
    }
    assert_eq!(overdue_days, 30, "an overdue finding on every day");
}

fn suppressed(sarif: &str) -> usize {
    json(sarif)["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["suppressions"].is_array())
        .count()
}

// ------------------------------------------------------------------ the defects of issue 19

/// A copy of the repository in a temporary folder (links and all), to edit or to run from
/// elsewhere.
pub(crate) fn copy_of_provider() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&provider(), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            #[cfg(unix)]
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &target).unwrap();
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn defect_2_a_folder_of_non_plan_toml_is_exit_2_in_every_format_and_command() {
    for format in [
        "human", "json", "sarif", "gitlab", "junit", "concise", "github",
    ] {
        let (code, out, err) = in_provider(&["reports", "--as-of", AS_OF, "--format", format]);
        assert_eq!(code, 2, "{format}: {out}{err}");
        assert!(err.contains("reports"), "{format}: {err}");
        if format == "sarif" {
            let log = json(&out);
            assert_eq!(
                log["runs"][0]["invocations"][0]["executionSuccessful"],
                false
            );
        }
    }
    for command in ["deadlines", "ics", "timeline"] {
        let (code, _, err) = in_provider(&[command, "reports", "--as-of", AS_OF]);
        assert_eq!(code, 2, "{command}: {err}");
    }
}

#[test]
fn defect_3_pre_commit_names_the_roster_and_the_configuration_among_the_changed_files() {
    let plan = "plans/2025/14-jarvenranta-omaishoitaja.toml";
    let (code, out, err) = in_provider(&[
        "--only-plans",
        "--force-exclude",
        "--quiet",
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "staff.toml",
        "oras-check.toml",
        plan,
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    let doc = json(&out);
    let paths: Vec<&str> = doc["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, [plan]);
    // A commit that changes only the roster has no plan to check, and that is no mistake.
    let (code, _, err) = in_provider(&["--only-plans", "--quiet", "staff.toml", "oras-check.toml"]);
    assert_eq!(code, 0, "{err}");
    // Never a plan, even named without --only-plans.
    let (code, _, err) = in_provider(&["staff.toml", plan, "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn defect_4_settings_are_found_from_the_plan_folder_not_the_working_folder() {
    let elsewhere = tempfile::tempdir().unwrap();
    let plan = provider().join("plans/2026/22-koskela-oras.toml");
    let (code, out, err) = run(oras_in(elsewhere.path())
        .arg(&plan)
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(
        code, 0,
        "the roster applies wherever the command runs:\n{out}\n{err}"
    );
    // `config PATH` names the file that applies there.
    let (code, out, _) = run(oras_in(elsewhere.path())
        .arg("config")
        .arg(provider().join("plans/2026")));
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap_or("");
    assert!(
        first.ends_with("examples/provider/oras-check.toml"),
        "{out}"
    );
    assert!(out.contains("staff.toml"), "{out}");
    // With a file of its own, a folder's plans are a group of their own: the nearest file wins,
    // and plans of different configurations are never compared. A copy of course 26 in 2025
    // shares its whole team and dates with the original in 2026.
    let dir = copy_of_provider();
    std::fs::copy(
        dir.path()
            .join("plans/2026/26-jarvenranta-omaishoitaja.toml"),
        dir.path().join("plans/2025/26-copy.toml"),
    )
    .unwrap();
    let clashes_of_copy = |dir: &Path| {
        let (_, out, _) = run(oras_in(dir).args([".", "--as-of", AS_OF, "--format", "json"]));
        common::json_diagnostics(&json(&out))
            .into_iter()
            .filter(|(f, d)| f == "26-copy.toml" && d["rule"] == "staff-double-booked")
            .count()
    };
    assert!(
        clashes_of_copy(dir.path()) >= 6,
        "one configuration: compared"
    );
    let sub = dir.path().join("plans/2026");
    std::fs::copy(dir.path().join("staff.toml"), sub.join("staff.toml")).unwrap();
    std::fs::write(
        sub.join("oras-check.toml"),
        "roster = \"staff.toml\"\nclient-ids = \"provider-wide\"\n\n[severity]\ngroup-size-max = \"warning\"\n",
    )
    .unwrap();
    assert_eq!(
        clashes_of_copy(dir.path()),
        0,
        "two configurations: never compared"
    );
    let (_, out, _) = run(oras_in(dir.path()).args([".", "--as-of", AS_OF, "--format", "json"]));
    let doc = json(&out);
    let found = common::json_diagnostics(&doc);
    let severity_of = |file: &str, rule: &str| -> Vec<String> {
        found
            .iter()
            .filter(|(f, d)| f == file && d["rule"] == rule)
            .map(|(_, d)| d["severity"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        severity_of("42-koskela-omaishoitaja.toml", "group-size-max"),
        ["warning"],
        "the nearest file wins"
    );
    // Inside the 2026 group the double booking is still found.
    assert_eq!(
        severity_of("26-jarvenranta-omaishoitaja.toml", "staff-double-booked").len(),
        2
    );
    let (_, out, _) = run(oras_in(dir.path()).args(["config", "plans/2026/x.toml"]));
    assert!(
        out.lines()
            .next()
            .unwrap_or("")
            .ends_with("plans/2026/oras-check.toml"),
        "{out}"
    );
}

#[test]
fn defect_7_an_unknown_course_code_is_exit_2_with_the_codes() {
    let (code, out, err) = in_provider(&[
        "deadlines",
        ".",
        "--course",
        "99999",
        "--fail-on-overdue",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(!out.contains("Nothing falls due"), "{out}");
    assert!(err.contains("99999") && err.contains("700"), "{err}");
    // A near miss is named.
    let (code, _, err) = in_provider(&["deadlines", ".", "--course", "7002", "--as-of", AS_OF]);
    assert_eq!(code, 2);
    assert!(err.contains("70002") || err.contains("7002"), "{err}");
    // A code that is there works.
    let (code, _, err) = in_provider(&["deadlines", ".", "--course", "70024", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn defect_8_every_overlapping_period_of_two_courses_is_reported() {
    let (_, out, _) = in_provider(&[".", "--as-of", AS_OF, "--format", "json"]);
    let doc = json(&out);
    let clashes: Vec<(String, String)> = common::json_diagnostics(&doc)
        .into_iter()
        .filter(|(_, d)| d["rule"] == "staff-double-booked")
        .map(|(f, d)| (f, d["message"].as_str().unwrap().to_owned()))
        .collect();
    // Liisa Lääkäri on two courses that share both on-site weeks: March and June, in both.
    for plan in [
        "26-jarvenranta-omaishoitaja.toml",
        "47-koskela-omaishoitaja.toml",
    ] {
        let here: Vec<_> = clashes.iter().filter(|(f, _)| f == plan).collect();
        assert_eq!(here.len(), 2, "{plan}: {here:?}");
        assert!(here.iter().all(|(_, m)| m.contains("Liisa Lääkäri")));
    }
}

#[test]
fn defect_9_a_plan_totals_its_cross_plan_findings_in_every_format() {
    let (_, json_out, _) = in_provider(&[".", "--as-of", AS_OF, "--format", "json"]);
    let doc = json(&json_out);
    let (_, human, _) = in_provider(&[".", "--as-of", AS_OF, "--format", "human", "--quiet"]);
    for plan in doc["plans"].as_array().unwrap() {
        let counts = &plan["counts"];
        let (e, w) = (
            counts["error"].as_u64().unwrap(),
            counts["warning"].as_u64().unwrap(),
        );
        let path = plan["path"].as_str().unwrap();
        let line = human
            .lines()
            .find(|l| l.starts_with(path) && l.contains("checked against"));
        if e + w == 0 && counts["note"] == 0 {
            continue;
        }
        let line = line.unwrap_or_else(|| panic!("no line for {path}:\n{human}"));
        let plural = |n: u64, word: &str| {
            if n == 1 {
                format!("1 {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        assert!(
            line.contains(&plural(e, "error")) && line.contains(&plural(w, "warning")),
            "{line} vs {counts}"
        );
    }
    // A clash is listed once in each plan it names.
    let listed = common::json_diagnostics(&doc)
        .into_iter()
        .filter(|(f, d)| f == "25-koskela-omaishoitaja.toml" && d["rule"] == "client-double-booked")
        .count();
    assert_eq!(listed, 1);
}

#[test]
fn defect_11_an_incomplete_run_says_so_in_sarif_and_junit() {
    let draft = "drafts/2027-autumn-omaishoitaja.toml";
    let (code, out, _) = in_provider(&["plans/2025", draft, "--as-of", AS_OF, "--format", "sarif"]);
    assert_eq!(code, 2);
    let log = json(&out);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false, "{invocation}");
    let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("2027-autumn")
    );
    let (_, out, _) = in_provider(&["plans/2025", "--as-of", AS_OF, "--format", "sarif"]);
    assert_eq!(
        json(&out)["runs"][0]["invocations"][0]["executionSuccessful"],
        true
    );
    let (_, out, _) = in_provider(&["plans/2025", draft, "--as-of", AS_OF, "--format", "junit"]);
    let xml = roxmltree::Document::parse(&out).unwrap();
    let suite = xml
        .descendants()
        .find(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some(draft))
        .expect("the draft's suite");
    assert!(suite.descendants().any(|n| n.has_tag_name("error")));
    assert!(!suite.descendants().any(|n| n.has_tag_name("failure")));
}

#[test]
fn defect_12_global_options_may_stand_before_the_command() {
    let plan = "plans/2025/14-jarvenranta-omaishoitaja.toml";
    let (code, out, err) = in_provider(&["--lang", "sv", "check", plan, "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!err.contains("check"), "{err}");
    assert!(
        out.contains("kontroller") || out.contains("Omaishoitaja 2025"),
        "{out}"
    );
    let (code, out, _) = in_provider(&[
        "--color",
        "never",
        "--lang=fi",
        "deadlines",
        plan,
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(code, 0, "{out}");
    // `help COMMAND` after the global options: the command's help, as without them.
    let (_, plain, _) = in_provider(&["help", "deadlines"]);
    for args in [
        &["--lang", "fi", "help", "deadlines"][..],
        &["--lang=sv", "--color", "never", "help", "deadlines"],
    ] {
        let (code, out, err) = in_provider(args);
        assert_eq!((code, out.as_str()), (0, plain.as_str()), "{args:?}: {err}");
    }
    let (code, out, err) = in_provider(&["--lang", "fi", "help"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("deadlines"), "{out}");
    // Help for no command is an error, as without the options, in the language they ask for.
    let (code, _, err) = in_provider(&["--lang", "fi", "help", "deadlnes"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("deadlnes") && err.contains("virhe"), "{err}");
}

// ------------------------------------------------------------------ the switches linter users expect

#[test]
fn gitlab_code_quality() {
    let (code, out, _) = in_provider(&[".", "--as-of", AS_OF, "--format", "gitlab"]);
    assert_eq!(code, 1);
    let issues = json(&out);
    let issues = issues.as_array().unwrap();
    assert!(!issues.is_empty());
    let mut seen = BTreeSet::new();
    for i in issues {
        assert!(i["description"].as_str().is_some_and(|d| !d.is_empty()));
        assert!(i["check_name"].as_str().is_some());
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&i["severity"].as_str().unwrap())
        );
        let path = i["location"]["path"].as_str().unwrap();
        assert!(
            path.starts_with("plans/") && provider().join(path).is_file(),
            "{path}"
        );
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        let fingerprint = i["fingerprint"].as_str().unwrap();
        assert!(seen.insert(fingerprint.to_owned()), "{fingerprint} twice");
    }
    assert!(issues.iter().any(|i| i["severity"] == "critical"));
    assert!(issues.iter().any(|i| i["severity"] == "major"));
}

#[test]
fn select_reports_only_the_rules_named() {
    let (code, out, _) = in_provider(&[
        ".",
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--select",
        "staff-double-booked",
    ]);
    assert_eq!(code, 0, "warnings only");
    let rules: BTreeSet<String> = common::json_diagnostics(&json(&out))
        .into_iter()
        .map(|(_, d)| d["rule"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(rules, BTreeSet::from(["staff-double-booked".to_owned()]));
    let (code, _, err) = in_provider(&[".", "--select", "staff-double-bookd"]);
    assert_eq!(code, 2);
    assert!(err.contains("staff-double-booked"), "{err}");
}

#[test]
fn stdin_filename_names_standard_input_and_finds_its_configuration() {
    let plan = "plans/2026/22-koskela-oras.toml";
    let text = std::fs::read_to_string(provider().join(plan)).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let (code, out, err) = run(oras_in(elsewhere.path())
        .args([
            "-",
            "--as-of",
            AS_OF,
            "--format",
            "concise",
            "--stdin-filename",
        ])
        .arg(provider().join(plan))
        .write_stdin(text.clone()));
    assert_eq!(code, 0, "the roster applies:\n{out}\n{err}");
    // Broken, it is named as given.
    let broken = text.replace("name = \"Kalle Koski\"", "name = \"Kalle Koskii\"");
    let (code, out, _) = run(oras_in(&provider())
        .args([
            "-",
            "--as-of",
            AS_OF,
            "--format",
            "concise",
            "--stdin-filename",
            plan,
        ])
        .write_stdin(broken));
    assert_eq!(code, 2);
    assert!(out.contains(&format!("{plan}:")), "{out}");
    // And excluded, with --force-exclude, as a file of that name would be.
    let (code, out, _) = run(oras_in(&provider())
        .args([
            "-",
            "--force-exclude",
            "--stdin-filename",
            "archive/2019/x.toml",
        ])
        .write_stdin("[course]\nstart = 1\n"));
    assert_eq!(code, 0, "{out}");
}

#[test]
fn statistics_count_each_rule_and_severity() {
    let (code, out, _) = in_provider(&[".", "--as-of", AS_OF, "--statistics", "--format", "json"]);
    assert_eq!(code, 1);
    let rows = json(&out);
    let rows = rows.as_array().unwrap();
    let (_, full, _) = in_provider(&[".", "--as-of", AS_OF, "--format", "json"]);
    let doc = json(&full);
    for row in rows {
        let (rule, severity) = (
            row["rule"].as_str().unwrap(),
            row["severity"].as_str().unwrap(),
        );
        let matching: Vec<_> = common::json_diagnostics(&doc)
            .into_iter()
            .filter(|(_, d)| {
                d["rule"] == rule && d["severity"] == severity && d["suppressed"].is_null()
            })
            .collect();
        assert_eq!(
            row["count"].as_u64().unwrap() as usize,
            matching.len(),
            "{rule}"
        );
        let plans: BTreeSet<_> = matching.iter().map(|(f, _)| f.clone()).collect();
        assert_eq!(
            row["plans"].as_u64().unwrap() as usize,
            plans.len(),
            "{rule}"
        );
    }
    let (code, out, _) = in_provider(&[".", "--as-of", AS_OF, "--statistics", "--lang", "fi"]);
    assert_eq!(code, 1);
    assert!(out.contains("staff-double-booked"), "{out}");
}

#[test]
fn force_exclude_applies_exclude_to_files_named() {
    let archived = "archive/2019/oras-autumn-2019.toml";
    let (code, _, _) = in_provider(&[archived, "--as-of", AS_OF]);
    assert_eq!(
        code, 2,
        "named, the archived plan is checked, and cannot be"
    );
    let (code, out, err) = in_provider(&[archived, "--force-exclude", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn the_pre_commit_hooks_are_declared() {
    let hooks = std::fs::read_to_string(project().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("- id: oras-check\n") && hooks.contains("- id: oras-check-all\n"));
    assert!(hooks.contains("pass_filenames: false"));
    let config = std::fs::read_to_string(provider().join(".pre-commit-config.yaml")).unwrap();
    assert!(config.contains("oras-check-all"));
    // What the whole-repository hook runs, from the repository's root: its entry, then its
    // args (it is passed no file names).
    let hook = hooks.split("\n- id: oras-check-all\n").nth(1).unwrap();
    let hook = hook.split("\n- id:").next().unwrap();
    let line = |key: &str| {
        hook.lines()
            .find_map(|l| l.trim_start().strip_prefix(key))
            .unwrap_or("")
            .trim()
            .to_owned()
    };
    let entry = line("entry:");
    let listed = line("args:");
    let mut args: Vec<String> = entry
        .trim_start_matches("oras-check")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    args.extend(
        listed
            .trim_matches(['[', ']'])
            .split(',')
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty()),
    );
    let (code, _, err) = run(oras_in(&provider()).args(&args).args(["--as-of", AS_OF]));
    assert_eq!(code, 1, "the double bookings are found: {err}");
}
