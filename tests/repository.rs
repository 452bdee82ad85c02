//! A provider's whole planning repository, as CI checks it on every push: 42 carers' courses of
//! one team in `plans/`, a roster, an archive left out by `exclude`, drafts left out by
//! `.gitignore`, a note that is not a plan. Never a silent pass, no false cross-plan alarms.

use crate::common;

use std::path::{Path, PathBuf};

use serde_json::Value;
use toml_edit::DocumentMut;

use common::oras_in;

const AS_OF: &str = "2026-11-22";
const PLANS: usize = 42;
/// The people of each course's team in the example plan: (name, role, specialty, licensed).
const TEAM: &[(&str, &str, Option<&str>, Option<bool>)] = &[
    (
        "LL",
        "specialist-physician",
        Some("general-practice"),
        Some(true),
    ),
    ("SH", "nurse", None, Some(true)),
    ("FT", "physiotherapist", None, Some(true)),
    ("SO", "socionom", None, None),
    ("TT", "occupational-therapist", None, Some(true)),
    ("RT", "nutritionist", None, None),
    ("PS", "psychologist", None, Some(true)),
];

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn run(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The name of team member `member` on course `i`; the physician of courses 0 and 1 is one
/// person, "Lääkäri Yhteinen", whose two courses overlap.
fn person(i: usize, member: usize) -> String {
    if member == 0 && i < 2 {
        "Lääkäri Yhteinen".to_owned()
    } else {
        format!("{}-{i:02}", TEAM[member].0)
    }
}

/// Course `i`: the compliant example with its own code and team; every course numbers its
/// clients A01–A08 and all run at the same time. `with_roster`: staff entries give only the
/// name and the course's own keys.
fn plan(i: usize, with_roster: bool) -> String {
    let base = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    let mut doc: DocumentMut = base.parse().unwrap();
    doc["course"]["code"] = toml_edit::value(format!("{:05}", 20000 + i));
    let staff = doc["staff"].as_array_of_tables_mut().unwrap();
    for (member, table) in staff.iter_mut().enumerate() {
        table["name"] = toml_edit::value(person(i, member));
        if with_roster {
            for key in ["role", "specialty", "licensed", "qualifications"] {
                table.remove(key);
            }
        }
    }
    doc.to_string()
}

/// The roster: every person of every course once.
fn roster() -> String {
    let mut out = String::new();
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..PLANS {
        for (member, (_, role, specialty, licensed)) in TEAM.iter().enumerate() {
            let name = person(i, member);
            if !seen.insert(name.clone()) {
                continue;
            }
            out.push_str(&format!(
                "[[staff]]\nname = \"{name}\"\nrole = \"{role}\"\n"
            ));
            if let Some(s) = specialty {
                out.push_str(&format!("specialty = \"{s}\"\n"));
            }
            if let Some(l) = licensed {
                out.push_str(&format!("licensed = {l}\n"));
            }
            out.push('\n');
        }
    }
    out
}

/// The repository: `oras-check.toml`, the roster, 42 plans, an archive, drafts, a note.
fn repository(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("oras-check.toml"), config).unwrap();
    std::fs::write(root.join("staff.toml"), roster()).unwrap();
    std::fs::create_dir_all(root.join("plans/archive")).unwrap();
    std::fs::create_dir_all(root.join("plans/drafts")).unwrap();
    for i in 0..PLANS {
        std::fs::write(
            root.join(format!("plans/course-{i:02}.toml")),
            plan(i, true),
        )
        .unwrap();
    }
    // Broken files that must not be checked: left out by `exclude` and by `.gitignore`.
    std::fs::write(
        root.join("plans/archive/2019.toml"),
        "[course]\nstart = 1\n",
    )
    .unwrap();
    std::fs::write(root.join("plans/drafts/next.toml"), "[course]\nstart = 1\n").unwrap();
    std::fs::write(root.join(".gitignore"), "plans/drafts/\n").unwrap();
    // A TOML file that is not a plan.
    std::fs::write(root.join("plans/notes.toml"), "[meta]\nowner = \"team\"\n").unwrap();
    dir
}

const CONFIG: &str = "exclude = [\"plans/archive/**\"]\nroster = \"staff.toml\"\n";

fn json(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let (code, out, err) = run(oras_in(dir)
        .args(args)
        .args(["--as-of", AS_OF, "--format", "json"]));
    let doc = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, doc, err)
}

/// (plan file name, rule) of every unsuppressed finding.
fn found(doc: &Value) -> Vec<(String, String)> {
    common::json_diagnostics(doc)
        .into_iter()
        .filter(|(_, d)| d["suppressed"].is_null())
        .map(|(file, d)| (file, d["rule"].as_str().unwrap().to_owned()))
        .collect()
}

fn count(found: &[(String, String)], rule: &str) -> usize {
    found.iter().filter(|(_, r)| r == rule).count()
}

#[test]
fn the_repository_is_checked_once_per_file_with_only_real_double_bookings() {
    let repo = repository(CONFIG);
    let (code, doc, err) = json(repo.path(), &["plans"]);
    assert_eq!(doc["plans"].as_array().unwrap().len(), PLANS, "{err}");
    let all = found(&doc);
    // The shared physician on two courses that share both on-site weeks: both clashes, in each
    // of the two plans.
    assert_eq!(count(&all, "staff-double-booked"), 4, "{all:?}");
    assert!(
        all.iter().all(|(_, r)| r == "staff-double-booked"),
        "{all:?}"
    );
    // 42 courses all numbering their clients A01–A08 are 42 groups of different people.
    assert_eq!(count(&all, "client-double-booked"), 0);
    assert_eq!(code, 0, "warnings only: {err}");
    // The note was left out, and the run says so.
    assert!(err.contains("Left out 1 TOML file"), "{err}");
    let (_, _, err) = run(oras_in(repo.path()).args(["plans", "--verbose", "--as-of", AS_OF]));
    assert!(err.contains("notes.toml"), "{err}");

    // Each file once: named twice, inside a folder also named, through a symbolic link.
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        repo.path().join("plans/course-00.toml"),
        repo.path().join("plans/zz-link.toml"),
    )
    .unwrap();
    let (_, doc, _) = json(
        repo.path(),
        &["plans", "plans/course-00.toml", "./plans/course-01.toml"],
    );
    assert_eq!(doc["plans"].as_array().unwrap().len(), PLANS);
    assert_eq!(count(&found(&doc), "staff-double-booked"), 4);
}

/// A clean plan's text is not kept while the others are checked; when a cross-plan finding
/// lands on it, the human report still quotes its lines, read again.
#[test]
fn a_cross_plan_finding_on_an_otherwise_clean_plan_shows_its_excerpt() {
    let repo = repository(CONFIG);
    let (_, out, err) = run(oras_in(repo.path())
        .args(["plans", "--as-of", AS_OF, "--lang", "en"])
        .env("COLUMNS", "200"));
    assert!(out.contains("staff-double-booked"), "{out}\n{err}");
    for course in ["course-00.toml", "course-01.toml"] {
        let at = out
            .find(&format!("plans/{course}:"))
            .unwrap_or_else(|| panic!("{course} is reported: {out}"));
        let section = &out[at..];
        // The excerpt: a numbered line of the plan, with the shared physician's name on it.
        assert!(
            section
                .lines()
                .take(12)
                .any(|l| l.contains('│') && l.contains("Lääkäri Yhteinen")),
            "{course} has no excerpt:\n{section}"
        );
    }
}

#[test]
fn client_pseudonyms_are_compared_only_when_provider_wide() {
    let repo = repository(&format!("{CONFIG}client-ids = \"provider-wide\"\n"));
    let (_, doc, _) = json(repo.path(), &["plans"]);
    // Every course now shares its eight clients with the others: each client once per plan.
    assert_eq!(count(&found(&doc), "client-double-booked"), PLANS * 8);
}

#[test]
fn a_misspelt_course_header_fails_the_run_in_a_folder_and_through_pre_commit() {
    let repo = repository(CONFIG);
    let text = plan(5, true).replacen("[course]", "[cousre]", 1);
    std::fs::write(repo.path().join("plans/course-05.toml"), &text).unwrap();
    let (code, doc, _) = json(repo.path(), &["plans"]);
    assert_eq!(code, 2);
    let broken = doc["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"].as_str().unwrap().ends_with("course-05.toml"))
        .expect("the plan is reported, not skipped");
    assert_eq!(broken["checked"], false);
    let d = &broken["diagnostics"][0];
    assert_eq!(d["rule"], "plan-schema");
    assert!(d["message"].as_str().unwrap().contains("[cousre]"), "{d}");
    assert_eq!(
        d["line"],
        text.lines().position(|l| l == "[cousre]").unwrap() + 1
    );
    // pre-commit passes the changed files with --only-plans.
    let (code, _, _) = run(oras_in(repo.path()).args([
        "--only-plans",
        "plans/course-05.toml",
        "plans/notes.toml",
        "oras-check.toml",
        "staff.toml",
    ]));
    assert_eq!(code, 2);
    // The configuration and the roster themselves are never plans: a commit that changes only
    // them and a note has nothing to check, and passes (a folder with no plan would not).
    let (code, _, err) = run(oras_in(repo.path()).args([
        "--only-plans",
        "plans/notes.toml",
        "oras-check.toml",
        "staff.toml",
    ]));
    assert_eq!(code, 0, "no plan among them: {err}");
}

#[test]
fn rules_can_be_turned_off_in_the_file_and_for_one_run() {
    let repo = repository(&format!(
        "{CONFIG}\n[severity]\nstaff-double-booked = \"off\"\n"
    ));
    let (_, doc, _) = json(repo.path(), &["plans"]);
    assert_eq!(count(&found(&doc), "staff-double-booked"), 0);
    let repo = repository(CONFIG);
    let (_, doc, _) = json(repo.path(), &["plans", "--ignore", "staff-double-booked"]);
    assert_eq!(count(&found(&doc), "staff-double-booked"), 0);
    // The input rules and personal-data always run.
    let (code, _, err) = run(oras_in(repo.path()).args(["plans", "--ignore", "plan-schema"]));
    assert_eq!(code, 2);
    assert!(err.contains("cannot be turned off"), "{err}");
    let repo = repository(&format!("{CONFIG}\n[severity]\npersonal-data = \"off\"\n"));
    let (code, _, err) = run(oras_in(repo.path()).arg("plans"));
    assert_eq!(code, 2);
    assert!(
        err.contains("oras-check.toml:5:17") && err.contains("cannot be turned off"),
        "{err}"
    );
    // `config` says what is off and where from, and names the file it found.
    let repo = repository(&format!("{CONFIG}\n[severity]\nallowance-days = \"off\"\n"));
    let (_, out, _) = run(oras_in(repo.path()).args(["config", "--color", "never"]));
    let row = |key: &str| {
        out.lines()
            .find(|l| l.contains(key))
            .unwrap_or("")
            .to_owned()
    };
    assert!(row("severity.allowance-days").contains("off"), "{out}");
    assert!(row("│ config").contains("found"), "{out}");
}

#[test]
fn a_plan_using_the_roster_gives_the_same_findings_as_one_written_out() {
    let repo = repository(CONFIG);
    let written_out = tempfile::tempdir().unwrap();
    // Course 0 with a mistake the staff rules see: the nurse is no longer licensed.
    let with_roster = repo.path().join("plans/course-00.toml");
    let roster = std::fs::read_to_string(repo.path().join("staff.toml"))
        .unwrap()
        .replace(
            "name = \"SH-00\"\nrole = \"nurse\"\nlicensed = true",
            "name = \"SH-00\"\nrole = \"nurse\"\nlicensed = false",
        );
    std::fs::write(repo.path().join("staff.toml"), roster).unwrap();
    let text = plan(0, false).replace(
        "name = \"SH-00\"\nrole = \"sairaanhoitaja\"      # Finnish titles are accepted: nurse\nlicensed = true",
        "name = \"SH-00\"\nrole = \"sairaanhoitaja\"      # Finnish titles are accepted: nurse\nlicensed = false",
    );
    std::fs::write(written_out.path().join("course-00.toml"), text).unwrap();
    let rules = |dir: &Path, path: &Path, config: &[&str]| {
        let (_, doc, err) = json(dir, &[config, &[path.to_str().unwrap()]].concat());
        let mut f: Vec<(String, String, String)> = doc["plans"][0]["diagnostics"]
            .as_array()
            .unwrap_or_else(|| panic!("{doc}\n{err}"))
            .iter()
            .map(|d| {
                (
                    d["rule"].as_str().unwrap().to_owned(),
                    d["severity"].as_str().unwrap().to_owned(),
                    d["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        f.sort();
        f
    };
    let from_roster = rules(repo.path(), &with_roster, &[]);
    let stated = rules(
        written_out.path(),
        &written_out.path().join("course-00.toml"),
        &["--no-config"],
    );
    assert!(!from_roster.is_empty(), "the mistake is found");
    assert_eq!(from_roster, stated);
}

#[test]
fn roster_problems_are_located_in_the_plan_and_in_the_roster() {
    let repo = repository(CONFIG);
    // A name the roster does not have, and a role that contradicts it.
    let text = plan(3, true)
        .replacen("name = \"FT-03\"", "name = \"FT-3\"", 1)
        .replacen("name = \"TT-03\"", "name = \"TT-03\"\nrole = \"nurse\"", 1);
    std::fs::write(repo.path().join("plans/course-03.toml"), &text).unwrap();
    let (code, doc, _) = json(repo.path(), &["plans/course-03.toml"]);
    assert_eq!(code, 2);
    let messages: Vec<(u64, String)> = doc["plans"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let line_of =
        |needle: &str| (text.lines().position(|l| l.contains(needle)).unwrap() + 1) as u64;
    assert!(
        messages
            .iter()
            .any(|(l, m)| *l == line_of("\"FT-3\"") && m.contains("not in the roster")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|(l, m)| *l == line_of("role = \"nurse\"") && m.contains("occupational-therapist")),
        "{messages:?}"
    );
    // A broken roster is located in the roster, exit 2, never a panic.
    std::fs::write(
        repo.path().join("staff.toml"),
        "[[staff]]\nname = \"A\"\nrole = \"nurse\"\n\n[[staff]]\nname = \"A\"\nrole = \"nursee\"\nin_team = true\n",
    )
    .unwrap();
    let (code, _, err) = run(oras_in(repo.path()).arg("plans"));
    assert_eq!(code, 2);
    assert!(
        err.contains("invalid roster") && err.contains("staff.toml:7:8"),
        "{err}"
    );
    assert!(err.contains("in_team"), "{err}");
}

fn sarif_validator(path: &Path) -> jsonschema::Validator {
    // The shared copy's language-tag pattern has a stray `]` that is no valid regular
    // expression for a validator that checks patterns; tests/data holds the corrected copy.
    let text = std::fs::read_to_string(path).unwrap().replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
    );
    let mut schema: Value = serde_json::from_str(&text).unwrap();
    schema["$ref"] = Value::from("#/definitions/Root");
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid_sarif(text: &str) -> Value {
    let log: Value = serde_json::from_str(text).unwrap();
    let mut schemas = vec![project("tests/data/sarif-schema-2.1.0.json")];
    // The copy in the steering repository's shared/, where it is beside the project.
    let shared = project("../shared/data/sarif-schema-2.1.0.json");
    if shared.exists() {
        schemas.push(shared);
    }
    for schema in schemas {
        let errors: Vec<String> = sarif_validator(&schema)
            .iter_errors(&log)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{}:\n{}",
            schema.display(),
            errors.join("\n")
        );
    }
    log
}

#[test]
fn sarif_of_the_repository_keeps_every_result_apart_with_relative_uris() {
    let repo = repository(CONFIG);
    // Findings of one rule several times in one plan: three staff-optional results.
    let text = plan(7, true);
    let mut doc: DocumentMut = text.parse().unwrap();
    let staff = doc["staff"].as_array_of_tables_mut().unwrap();
    staff.retain(|t| {
        let name = t["name"].as_str().unwrap_or("");
        !name.starts_with("TT") && !name.starts_with("RT") && !name.starts_with("SO")
    });
    std::fs::write(repo.path().join("plans/course-07.toml"), doc.to_string()).unwrap();
    let (_, out, err) =
        run(oras_in(repo.path()).args(["plans", "--as-of", AS_OF, "--format", "sarif"]));
    let log = assert_valid_sarif(&out);
    let sarif_run = &log["runs"][0];
    let root = sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        root.starts_with("file:///") && root.ends_with('/'),
        "{root}"
    );
    let results = sarif_run["results"].as_array().unwrap();
    assert!(results.len() >= 5, "{err}");
    let mut prints = std::collections::BTreeSet::new();
    for r in results {
        let location = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(location["uriBaseId"], "%SRCROOT%");
        assert!(
            location["uri"].as_str().unwrap().starts_with("plans/"),
            "{location}"
        );
        let print = r["partialFingerprints"]["orasCheck/v2"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(prints.insert(print.clone()), "repeated fingerprint {print}");
    }
    assert!(
        results
            .iter()
            .filter(|r| r["ruleId"] == "staff-optional")
            .count()
            >= 2,
        "{results:?}"
    );

    // Stable when lines move: a comment at the top changes no fingerprint.
    let path = repo.path().join("plans/course-07.toml");
    let moved = format!(
        "# moved\n# down\n{}",
        std::fs::read_to_string(&path).unwrap()
    );
    std::fs::write(&path, moved).unwrap();
    let (_, out, _) =
        run(oras_in(repo.path()).args(["plans", "--as-of", AS_OF, "--format", "sarif"]));
    let again: std::collections::BTreeSet<String> = assert_valid_sarif(&out)["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["partialFingerprints"]["orasCheck/v2"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(prints, again);
}

#[test]
fn an_empty_folder_still_writes_a_valid_sarif_document() {
    let repo = repository(CONFIG);
    std::fs::create_dir(repo.path().join("empty")).unwrap();
    let (code, out, err) = run(oras_in(repo.path()).args(["empty", "--format", "sarif"]));
    assert_eq!(code, 2);
    assert!(err.contains("No plan files"), "{err}");
    let log = assert_valid_sarif(&out);
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 0);
}

#[test]
fn the_report_can_go_to_a_file_concisely_with_a_step_summary() {
    let repo = repository(CONFIG);
    let summary = repo.path().join("summary.md");
    let (code, out, _) = run(oras_in(repo.path())
        .args([
            "plans",
            "--as-of",
            AS_OF,
            "--format",
            "github",
            "-o",
            "report.txt",
        ])
        .env("GITHUB_STEP_SUMMARY", &summary));
    assert_eq!((code, out.as_str()), (0, ""));
    let report = std::fs::read_to_string(repo.path().join("report.txt")).unwrap();
    assert_eq!(
        report
            .lines()
            .filter(|l| l.starts_with("::warning "))
            .count(),
        // The shared physician's two clashing periods, in each of the two plans.
        4
    );
    let markdown = std::fs::read_to_string(&summary).unwrap();
    assert!(
        markdown.contains("42 plans: 0 errors, 4 warnings"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| `staff-double-booked` | 4 |"),
        "{markdown}"
    );

    let (_, out, _) =
        run(oras_in(repo.path()).args(["plans", "--as-of", AS_OF, "--format", "concise"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(
        lines[0].starts_with("plans/course-00.toml:")
            && lines[0].contains(": warning[staff-double-booked] "),
        "{out}"
    );
}

#[test]
fn init_fills_the_team_from_the_roster() {
    let repo = repository(CONFIG);
    let (code, out, err) = run(oras_in(repo.path()).args([
        "init",
        "--service",
        "omaishoitaja",
        "--start",
        "2026-03-02",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("name = \"Lääkäri Yhteinen\""), "{out}");
    assert!(!out.contains("RENAME-1"), "{out}");
    // The roster's people read without a role of their own; a slot the roster cannot fill
    // keeps its placeholder, which the check names until it is replaced.
    std::fs::write(repo.path().join("plans/new.toml"), &out).unwrap();
    let (_, doc, _) = json(repo.path(), &["plans/new.toml"]);
    for d in doc["plans"][0]["diagnostics"].as_array().unwrap() {
        let message = d["message"].as_str().unwrap();
        assert!(!message.contains("Yhteinen"), "{message}");
        if d["rule"] == "plan-schema" {
            assert!(message.contains("RENAME-"), "{message}");
        }
    }
}
