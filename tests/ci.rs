//! oras-check in CI: SARIF (validated against the OASIS schema), GitHub annotations, JUnit,
//! many plans at once, cross-plan checks, configuration, expiring allows, completions, man page.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use crate::common;
use common::{oras, oras_in};

const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";
const MISTAKES: &str = "examples/omaishoitaja-2025-mistakes.toml";
const AS_OF: &str = "2026-11-22";

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn sarif_schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(project("tests/data/sarif-schema-2.1.0.json")).unwrap();
    let mut schema: Value = serde_json::from_str(&text).unwrap();
    // This copy of the schema keeps the log's own schema under `definitions.Root`; its top level
    // constrains nothing, so validate against that definition (a test below proves it bites).
    schema["$ref"] = Value::from("#/definitions/Root");
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

fn assert_valid_sarif(text: &str) -> Value {
    let log: Value = serde_json::from_str(text).expect("SARIF is JSON");
    let schema = sarif_schema();
    let errors: Vec<String> = schema
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not validate:\n{}",
        errors.join("\n")
    );
    log
}

/// A folder with the compliant plan copied under `names`, each with its own clients and staff
/// unless `shared` says otherwise.
fn plans_folder(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(project(COMPLIANT)).unwrap();
    for (i, name) in names.iter().enumerate() {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        // Distinct client ids and staff names: the copies do not book the same people.
        let text = base
            .replace("id = \"A0", &format!("id = \"P{i}"))
            .replace("name = \"", &format!("name = \"P{i}"));
        std::fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn sarif_validates_and_carries_rules_results_and_suppressions() {
    let (code, out, _) = run(oras().args([MISTAKES, "--as-of", AS_OF, "--format", "sarif"]));
    assert_eq!(code, 1);
    let log = assert_valid_sarif(&out);
    assert_eq!(log["version"], "2.1.0");
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for id in oras_check::rules::all_ids() {
        assert!(ids.contains(&id), "{id} missing from tool.driver.rules");
    }
    let max = rules.iter().find(|r| r["id"] == "group-size-max").unwrap();
    assert!(
        max["shortDescription"]["text"].is_string() && max["fullDescription"]["text"].is_string()
    );
    assert!(
        max["help"]["text"]
            .as_str()
            .unwrap()
            .contains("Kuntoutuskurssille voi osallistua 6–12 asiakasta")
    );
    assert_eq!(
        max["properties"]["sources"][0]["document"],
        "004_6e8b19234f619151.txt"
    );

    let results = run["results"].as_array().unwrap();
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "group-size-max")
        .unwrap();
    assert_eq!(r["level"], "error");
    let region = &r["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(169), Some(1))
    );
    assert_eq!(
        (region["endLine"].as_u64(), region["endColumn"].as_u64()),
        (Some(169), Some(12))
    );
    // The plan, the rule, where in the plan (not the line), the client and what it is about.
    let fingerprint = r["partialFingerprints"]["orasCheck/v2"].as_str().unwrap();
    assert!(
        fingerprint.contains(":group-size-max:clients[id=A13]:A13:group-size-max;"),
        "{fingerprint}"
    );
    assert_eq!(
        ids[r["ruleIndex"].as_u64().unwrap() as usize],
        "group-size-max"
    );
    let allowed = results
        .iter()
        .find(|r| r["ruleId"] == "allowance-days")
        .unwrap();
    assert_eq!(allowed["suppressions"][0]["kind"], "inSource");
    assert!(
        allowed["suppressions"][0]["justification"]
            .as_str()
            .unwrap()
            .starts_with("Clients were told")
    );
}

#[test]
fn the_schema_check_rejects_an_invalid_log() {
    let (_, out, _) = run(oras().args([MISTAKES, "--as-of", AS_OF, "--format", "sarif"]));
    let mut log: Value = serde_json::from_str(&out).unwrap();
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    assert_eq!(sarif_schema().iter_errors(&log).count(), 2);
}

#[test]
fn sarif_of_many_plans_and_of_unreadable_ones_validates() {
    let (_, out, _) = run(oras().args([
        "examples/",
        "--exclude",
        "provider/**",
        "no/such.toml",
        "--as-of",
        AS_OF,
        "--format",
        "sarif",
    ]));
    let log = assert_valid_sarif(&out);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(
        |r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "no/such.toml"
    ));
}

#[test]
fn fingerprints_survive_edits_that_move_lines() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(project(MISTAKES)).unwrap();
    let fingerprints = |text: &str| -> Vec<String> {
        let path = dir.path().join("plan.toml");
        std::fs::write(&path, text).unwrap();
        let (_, out, _) = run(oras()
            .arg(&path)
            .args(["--as-of", AS_OF, "--format", "sarif"]));
        let log: Value = serde_json::from_str(&out).unwrap();
        let mut v: Vec<String> = log["runs"][0]["results"]
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
        v.sort();
        v
    };
    let before = fingerprints(&text);
    let after = fingerprints(&format!(
        "# A comment added at the top\n# and another\n{text}"
    ));
    assert_eq!(before, after);
}

#[test]
fn github_annotations_one_per_unsuppressed_finding() {
    let (code, out, _) = run(oras().args([MISTAKES, "--as-of", AS_OF, "--format", "github"]));
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        14,
        "12 errors and 2 warnings; the allowed finding is left out"
    );
    for line in &lines {
        let (head, message) = line
            .split_once("::")
            .map(|(_, rest)| rest.split_once("::").unwrap())
            .unwrap();
        let (command, properties) = head.split_once(' ').unwrap();
        assert!(["error", "warning", "notice"].contains(&command), "{line}");
        let keys: Vec<&str> = properties
            .split(',')
            .map(|p| p.split_once('=').unwrap().0)
            .collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"],
            "{line}"
        );
        assert!(!message.contains('\n') && !message.is_empty());
    }
    assert!(lines.iter().any(|l| l.starts_with(
        "::error file=examples/omaishoitaja-2025-mistakes.toml,line=169,col=1,endLine=169,endColumn=12,title=group-size-max::13 clients"
    )));
}

#[test]
fn junit_has_a_suite_per_plan_and_a_case_per_rule() {
    let (code, out, _) = run(oras().args([
        "examples/",
        "--exclude",
        "provider/**",
        "--as-of",
        AS_OF,
        "--format",
        "junit",
    ]));
    assert_eq!(code, 1);
    let doc = roxmltree::Document::parse(&out).expect("JUnit is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 7, "one suite per example plan");
    let mistakes = suites
        .iter()
        .find(|s| s.attribute("name") == Some(MISTAKES))
        .expect("suite of the mistakes plan");
    let cases: Vec<_> = mistakes
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(
        mistakes
            .attribute("tests")
            .unwrap()
            .parse::<usize>()
            .unwrap(),
        cases.len()
    );
    let failing: Vec<&str> = cases
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("failure")))
        .map(|c| c.attribute("name").unwrap())
        .collect();
    assert_eq!(
        mistakes
            .attribute("failures")
            .unwrap()
            .parse::<usize>()
            .unwrap(),
        failing.len()
    );
    for rule in [
        "group-size-max",
        "onsite-weekdays",
        "facilities",
        "remote-period",
    ] {
        assert!(failing.contains(&rule), "{rule} should fail");
    }
    assert!(
        !failing.contains(&"allowance-days"),
        "a suppressed finding is no failure"
    );
    let total: usize = suites
        .iter()
        .map(|s| s.attribute("tests").unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(
        root.attribute("tests").unwrap().parse::<usize>().unwrap(),
        total
    );
}

#[test]
fn folders_are_searched_recursively_skipping_non_plans() {
    let dir = plans_folder(&["b.toml", "a/inner.toml", ".hidden/skipped.toml"]);
    std::fs::write(dir.path().join("a/Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not toml").unwrap();
    std::fs::write(
        dir.path().join("broken-other.toml"),
        "this is = = not toml\n",
    )
    .unwrap();
    let (code, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 0);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let paths: Vec<String> = doc["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p["path"]
                .as_str()
                .unwrap()
                .replace(&dir.path().display().to_string(), "")
        })
        .collect();
    assert_eq!(
        paths,
        ["/a/inner.toml", "/b.toml"],
        "sorted, hidden folders and non-plans skipped"
    );
}

#[test]
fn a_broken_plan_in_a_folder_is_still_reported() {
    let dir = plans_folder(&["good.toml"]);
    std::fs::write(
        dir.path().join("bad.toml"),
        "[course]\nservice = \"oras\"\nstart = 2025-13-01\n",
    )
    .unwrap();
    let (code, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 2, "worst over all plans");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["plans"].as_array().unwrap().len(), 2);
    assert_eq!(doc["plans"][0]["checked"], false);
    assert_eq!(doc["plans"][1]["checked"], true);
}

#[test]
fn exit_code_is_the_worst_over_all_plans_and_output_order_is_stable() {
    let (code, first, _) =
        run(oras().args([COMPLIANT, MISTAKES, "--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 1);
    for _ in 0..3 {
        let (_, again, _) =
            run(oras().args([COMPLIANT, MISTAKES, "--as-of", AS_OF, "--format", "json"]));
        assert_eq!(first, again);
    }
    let (code, human, _) = run(oras().args([COMPLIANT, MISTAKES, "--as-of", AS_OF, "--quiet"]));
    assert_eq!(code, 1);
    assert!(
        human.contains("2 plans: 13 errors, 1 warning, 0 notes in all"),
        "{human}"
    );
}

#[test]
fn standard_input_named_twice_is_read_once() {
    // Two readers of one standard input: which of them got the plan varied from run to run.
    let text = std::fs::read_to_string(project(COMPLIANT)).unwrap();
    let mut cmd = oras();
    cmd.args(["-", MISTAKES, "-", "--as-of", AS_OF, "--format", "json"])
        .write_stdin(text);
    let (code, out, _) = run(&mut cmd);
    assert_eq!(code, 1);
    let doc: Value = serde_json::from_str(&out).unwrap();
    let plans = doc["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2, "{out}");
    assert_eq!(plans[0]["path"], "-");
    assert_eq!(plans[0]["counts"]["error"], 0, "{out}");
}

#[test]
fn stdin_and_files_together() {
    let text = std::fs::read_to_string(project(COMPLIANT)).unwrap();
    let mut cmd = oras();
    cmd.args(["-", MISTAKES, "--as-of", AS_OF, "--format", "json"])
        .write_stdin(text);
    let (code, out, _) = run(&mut cmd);
    assert_eq!(code, 1);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["plans"][0]["path"], "-");
}

#[test]
fn an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(oras().arg(dir.path()));
    assert_eq!(code, 2);
    assert!(err.contains("No plan files"), "{err}");
}

#[test]
fn only_plans_skips_named_files_that_are_not_plans() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("pyproject.toml");
    std::fs::write(&other, "[tool.x]\ny = 1\n").unwrap();
    assert_eq!(run(oras().arg(&other).arg(COMPLIANT)).0, 2);
    assert_eq!(
        run(oras().arg(&other).arg(COMPLIANT).arg("--only-plans")).0,
        0
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_folder_is_reported() {
    let dir = plans_folder(&["plan.toml"]);
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    let (code, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 2);
    assert!(out.contains("is a symbolic link back to"), "{out}");
}

// ------------------------------------------------------------------ cross-plan

/// Two copies of the compliant course in the same weeks.
fn overlapping(share_staff: bool, share_clients: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(project(COMPLIANT)).unwrap();
    std::fs::write(dir.path().join("a.toml"), &base).unwrap();
    let mut other = base.clone();
    if !share_staff {
        other = other.replace("name = \"", "name = \"Other ");
    }
    if !share_clients {
        other = other.replace("id = \"A0", "id = \"B0");
    }
    std::fs::write(dir.path().join("b.toml"), other).unwrap();
    dir
}

fn rules_found(out: &str) -> Vec<(String, String, Option<String>)> {
    let doc: Value = serde_json::from_str(out).unwrap();
    common::json_diagnostics(&doc)
        .into_iter()
        .map(|(file, d)| {
            (
                file,
                d["rule"].as_str().unwrap().to_owned(),
                d["suppressed"]["reason"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn the_same_staff_member_on_site_in_two_overlapping_courses() {
    let dir = overlapping(true, false);
    let (code, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 0, "warnings only");
    let found = rules_found(&out);
    let staff: Vec<_> = found
        .iter()
        .filter(|(_, r, _)| r == "staff-double-booked")
        .collect();
    // Six in-team staff, on site together in both periods, reported in both plans.
    assert_eq!(staff.len(), 24, "{found:?}");
    assert!(
        staff.iter().any(|(p, _, _)| p == "a.toml") && staff.iter().any(|(p, _, _)| p == "b.toml")
    );
    // Not when the courses do not overlap in time.
    let text = std::fs::read_to_string(dir.path().join("b.toml"))
        .unwrap()
        .replace("2025-06-0", "2025-08-1");
    std::fs::write(
        dir.path().join("b.toml"),
        text.replace("2025-03-0", "2025-04-1"),
    )
    .unwrap();
    let (_, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert!(
        !rules_found(&out)
            .iter()
            .any(|(_, r, _)| r == "staff-double-booked")
    );
}

#[test]
fn the_same_client_in_two_overlapping_courses() {
    let dir = overlapping(false, true);
    // Pseudonyms are unique only within a plan unless the provider says otherwise: A01 of one
    // course and A01 of another are two people.
    let (_, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert!(
        !rules_found(&out)
            .iter()
            .any(|(_, r, _)| r == "client-double-booked")
    );
    let config = dir.path().join("oras-check.toml");
    std::fs::write(&config, "client-ids = \"provider-wide\"\n").unwrap();
    let (_, out, _) = run(oras()
        .arg(dir.path())
        .arg("--config")
        .arg(&config)
        .args(["--as-of", AS_OF, "--format", "json"]));
    let found = rules_found(&out);
    assert_eq!(
        found
            .iter()
            .filter(|(_, r, _)| r == "client-double-booked")
            .count(),
        16,
        "8 clients, both plans"
    );
    // A single plan is never compared with itself.
    let (_, out, _) = run(oras()
        .arg(dir.path().join("a.toml"))
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert!(rules_found(&out).is_empty());
}

#[test]
fn cross_plan_findings_can_be_allowed_and_are_not_unused_alone() {
    let dir = overlapping(false, true);
    let path = dir.path().join("a.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n[[allow]]\nrule = \"client-double-booked\"\nreason = \"Kela decision 2025/77: two parallel groups\"\n");
    std::fs::write(&path, text).unwrap();
    let config = dir.path().join("oras-check.toml");
    std::fs::write(&config, "client-ids = \"provider-wide\"\n").unwrap();
    let (_, out, _) = run(oras()
        .arg(dir.path())
        .arg("--config")
        .arg(&config)
        .args(["--as-of", AS_OF, "--format", "json"]));
    let found = rules_found(&out);
    let in_a: Vec<_> = found
        .iter()
        .filter(|(p, r, _)| p == "a.toml" && r == "client-double-booked")
        .collect();
    assert!(!in_a.is_empty(), "{found:?}");
    assert!(
        in_a.iter().all(|(_, _, reason)| reason.is_some()),
        "{found:?}"
    );
    // Alone, the allow has nothing to match, but it is not stale: it is not reported.
    let (code, out, _) = run(oras()
        .arg(&path)
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 0);
    assert!(rules_found(&out).is_empty(), "{out}");
}

#[test]
fn a_cancelled_course_books_nobody() {
    let dir = overlapping(true, true);
    let path = dir.path().join("b.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("status = \"completed\"", "status = \"cancelled\"")
        + "\n[cancellation]\ndate = 2025-02-03\nclients_with_decisions = 3\n";
    std::fs::write(&path, text).unwrap();
    let (_, out, _) = run(oras()
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert!(
        !rules_found(&out)
            .iter()
            .any(|(_, r, _)| r.ends_with("double-booked")),
        "{out}"
    );
}

// ------------------------------------------------------------------ configuration

#[test]
fn configuration_is_found_in_a_parent_folder_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "fail-on = \"warning\"\nformat = \"json\"\n\n[severity]\nonsite-weekdays = \"warning\"\n",
    )
    .unwrap();
    let sub = dir.path().join("plans/2025");
    std::fs::create_dir_all(&sub).unwrap();
    let (code, out, _) = run(oras_in(&sub)
        .arg(project(MISTAKES))
        .args(["--as-of", AS_OF]));
    assert_eq!(code, 1);
    let doc: Value = serde_json::from_str(&out).expect("format = json from the file");
    let weekdays = doc["plans"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "onsite-weekdays")
        .unwrap();
    assert_eq!(weekdays["severity"], "warning", "severity override");
    // fail-on = warning from the file: a plan with only warnings now fails.
    let warning_only = std::fs::read_to_string(project(COMPLIANT))
        .unwrap()
        .replace("gym = true\n", "");
    std::fs::write(sub.join("w.toml"), warning_only).unwrap();
    assert_eq!(run(oras_in(&sub).arg("w.toml")).0, 1);
    // Flags beat the environment, which beats the file.
    assert_eq!(
        run(oras_in(&sub)
            .arg("w.toml")
            .env("ORAS_CHECK_FAIL_ON", "error"))
        .0,
        0
    );
    assert_eq!(
        run(oras_in(&sub)
            .arg("w.toml")
            .env("ORAS_CHECK_FAIL_ON", "error")
            .args(["--fail-on", "warning"]))
        .0,
        1
    );
    assert_eq!(run(oras_in(&sub).arg("w.toml").arg("--no-config")).0, 0);
}

#[test]
fn config_command_shows_values_and_origins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "format = \"sarif\"\nno-allow = [\"group-size-max\"]\n",
    )
    .unwrap();
    let (code, out, _) = run(oras_in(dir.path())
        .arg("config")
        .env("ORAS_CHECK_LANG", "fi")
        .args(["--color", "never"]));
    assert_eq!(code, 0);
    let row = |name: &str| {
        out.lines()
            .find(|l| l.contains(&format!(" {name} ")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        row("format").contains("sarif") && row("format").contains("tiedosto"),
        "{out}"
    );
    // In the language asked for: where each setting came from.
    assert!(
        row("lang").contains("ympäristömuuttuja ORAS_CHECK_LANG"),
        "{out}"
    );
    assert!(row("fail-on").contains("oletus"), "{out}");
    assert!(row("no-allow").contains("group-size-max"), "{out}");
    let (_, out, _) = run(oras_in(dir.path()).args(["config", "--lang", "sv", "--color", "never"]));
    assert!(
        out.lines()
            .any(|l| l.contains(" lang ") && l.contains("flaggan --lang")),
        "{out}"
    );
}

#[test]
fn configuration_errors_are_located_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "fail_on = \"warning\"\n",
    )
    .unwrap();
    let (code, _, err) = run(oras_in(dir.path()).arg(project(COMPLIANT)));
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown field `fail_on`") && err.contains("oras-check.toml:1:1"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "[severity]\ngroup-size-maks = \"note\"\n",
    )
    .unwrap();
    let (code, _, err) = run(oras_in(dir.path()).arg(project(COMPLIANT)));
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `group-size-max`"), "{err}");
    let (code, _, err) = run(oras().arg(COMPLIANT).env("ORAS_CHECK_FORMAT", "xml"));
    assert_eq!(code, 2);
    assert!(err.contains("ORAS_CHECK_FORMAT=xml"), "{err}");
}

#[test]
fn no_allow_makes_an_allow_an_error_that_suppresses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "no-allow = [\"allowance-days\"]\n",
    )
    .unwrap();
    let (code, out, _) = run(oras_in(dir.path())
        .arg(project(MISTAKES))
        .args(["--as-of", AS_OF, "--format", "json"]));
    assert_eq!(code, 1);
    let found = rules_found(&out);
    assert!(
        found.iter().any(|(_, r, _)| r == "forbidden-allow"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(_, r, reason)| r == "allowance-days" && reason.is_none()),
        "{found:?}"
    );
}

#[test]
fn an_allow_stops_suppressing_after_it_expires() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(project(MISTAKES)).unwrap().replace(
        "rule = \"allowance-days\"\n",
        "rule = \"allowance-days\"\nexpires = 2026-06-30\n",
    );
    std::fs::write(&path, text).unwrap();
    let found = |as_of: &str| {
        rules_found(
            &run(oras()
                .arg(&path)
                .args(["--as-of", as_of, "--format", "json"]))
            .1,
        )
    };
    let on_the_day = found("2026-06-30");
    assert!(
        on_the_day
            .iter()
            .any(|(_, r, reason)| r == "allowance-days" && reason.is_some())
    );
    assert!(!on_the_day.iter().any(|(_, r, _)| r == "expired-allow"));
    let day_after = found("2026-07-01");
    assert!(
        day_after
            .iter()
            .any(|(_, r, reason)| r == "allowance-days" && reason.is_none())
    );
    assert!(day_after.iter().any(|(_, r, _)| r == "expired-allow"));
}

// ------------------------------------------------------------------ completions, man page

#[test]
fn completions_and_man_page_come_from_the_command_definitions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (code, out, _) = run(oras().args(["completions", shell]));
        assert_eq!(code, 0, "{shell}");
        assert!(
            out.contains("oras-check") && out.contains("fail-on"),
            "{shell} completion lacks options"
        );
    }
    let (code, out, _) = run(oras().arg("man"));
    assert_eq!(code, 0);
    assert!(
        out.starts_with(".ie") || out.contains(".TH oras-check"),
        "{}",
        &out[..200.min(out.len())]
    );
    assert!(out.contains("fail\\-on"));
    assert_eq!(run(oras().args(["completions", "tcsh"])).0, 2);
}

#[test]
fn an_explicit_configuration_file_by_flag_or_environment() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ci-settings.toml");
    std::fs::write(&file, "format = \"github\"\nlang = \"sv\"\n").unwrap();
    let (_, out, _) = run(oras()
        .arg(MISTAKES)
        .arg("--config")
        .arg(&file)
        .args(["--as-of", AS_OF]));
    assert!(out.starts_with("::error file="), "{out}");
    let (_, out, _) = run(oras()
        .arg(MISTAKES)
        .env("ORAS_CHECK_CONFIG", &file)
        .args(["--as-of", AS_OF]));
    assert!(out.starts_with("::error file="), "{out}");
    let (_, out, _) = run(oras()
        .arg("config")
        .arg("--config")
        .arg(&file)
        .args(["--color", "never"]));
    assert!(
        out.lines()
            .any(|l| l.contains(" lang ") && l.contains("sv") && l.contains("ci-settings.toml")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains(" config ") && l.contains("flaggan --config")),
        "{out}"
    );
    let (code, _, err) = run(oras()
        .arg(MISTAKES)
        .arg("--config")
        .arg(dir.path().join("missing.toml")));
    assert_eq!(code, 2);
    assert!(err.contains("missing.toml"), "{err}");
}
