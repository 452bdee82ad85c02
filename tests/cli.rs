//! The command line as users and CI scripts see it: exit codes, the JSON contract, colour,
//! standard input, and that no output ever shows an identity code.

use std::path::Path;

use serde_json::Value;

use crate::common;
use common::oras;

const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";
const MISTAKES: &str = "examples/omaishoitaja-2025-mistakes.toml";

fn json(args: &[&str]) -> (i32, Value) {
    let out = oras()
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    let value: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (out.status.code().unwrap_or(-1), value)
}

fn plan_file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write plan");
    path.display().to_string()
}

#[test]
fn compliant_example_exits_0() {
    oras().arg(COMPLIANT).assert().code(0);
    oras().args(["check", COMPLIANT]).assert().code(0);
}

#[test]
fn mistakes_example_exits_1_and_cites_each_rule() {
    let out = oras()
        .args([MISTAKES, "--as-of", "2026-11-22"])
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for rule in [
        "group-size-max",
        "onsite-weekdays",
        "pre-contact",
        "interim-contacts",
        "client-confirmation",
        "client-decision-window",
        "client-age",
        "staff-personal-instructor",
        "measurements",
        "invoice-deadline",
        "feedback-deadline",
    ] {
        assert!(stdout.contains(rule), "{rule} missing from:\n{stdout}");
    }
    // The quote may be wrapped to the terminal width.
    let flat = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("“Kuntoutuskurssille voi osallistua 6–12 asiakasta”"),
        "{flat}"
    );
}

#[test]
fn json_follows_the_contract() {
    let (code, doc) = json(&[MISTAKES, "--as-of", "2026-11-22"]);
    assert_eq!(code, 1);
    assert_eq!(doc["tool"], "oras-check");
    assert_eq!(doc["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(doc["format"], 1);
    assert_eq!(doc["as_of"], "2026-11-22");
    let plan = &doc["plans"][0];
    assert_eq!(plan["path"], MISTAKES);
    assert_eq!(plan["service"], "omaishoitaja");
    assert_eq!(plan["edition"], "2025");
    assert_eq!(plan["checked"], true);
    let diagnostics = plan["diagnostics"].as_array().expect("diagnostics");
    for d in diagnostics {
        let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        for key in [
            "rule",
            "severity",
            "message",
            "help",
            "line",
            "column",
            "end_line",
            "end_column",
            "suppressed",
            "source",
        ] {
            assert!(keys.contains(&key), "{key} missing in {d}");
        }
        assert!(["error", "warning", "note"].contains(&d["severity"].as_str().unwrap()));
        assert!(d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1);
        if let Some(client) = d.get("client") {
            assert!(
                client.is_string(),
                "client is present only with a value: {d}"
            );
        }
    }
    // The flagship finding, exactly as the contract's example shows it.
    let max = diagnostics
        .iter()
        .find(|d| d["rule"] == "group-size-max")
        .expect("group-size-max");
    assert_eq!(
        max["message"],
        "13 clients are enrolled; the course takes at most 12"
    );
    assert_eq!(max["client"], "A13");
    assert_eq!(max["column"], 1);
    assert_eq!(max["end_column"], 12);
    assert_eq!(
        max["source"],
        serde_json::json!({
            "document": "004_6e8b19234f619151.txt",
            "section": "Osallistujat",
            "quote": "Kuntoutuskurssille voi osallistua 6–12 asiakasta",
            "title": "Kela: Omaishoitajan kuntoutuskurssin toteutus 1.1.2025 alkaen (koulutusmateriaali 12.11.2024)"
        })
    );
    // Findings about the course as a whole carry no client key.
    let pre = diagnostics
        .iter()
        .find(|d| d["rule"] == "pre-contact")
        .expect("pre-contact");
    assert!(pre.get("client").is_none());
    // The suppressed finding stays, with its reason, and is not counted.
    let allowed = diagnostics
        .iter()
        .find(|d| d["rule"] == "allowance-days")
        .expect("allowance-days");
    assert!(
        allowed["suppressed"]["reason"]
            .as_str()
            .unwrap()
            .starts_with("Clients were told")
    );
    let errors = diagnostics
        .iter()
        .filter(|d| d["severity"] == "error" && d["suppressed"].is_null())
        .count();
    assert_eq!(plan["counts"]["error"], errors);
    assert_eq!(doc["counts"], plan["counts"]);
}

#[test]
fn malformed_toml_exits_2_with_a_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(
        dir.path(),
        "bad.toml",
        "[course]\nservice = \"oras\"\nstart = 2025-03-03\nstatus = \n",
    );
    let (code, doc) = json(&[&path]);
    assert_eq!(code, 2);
    let plan = &doc["plans"][0];
    assert_eq!(plan["checked"], false);
    assert_eq!(plan["diagnostics"][0]["rule"], "plan-syntax");
    assert_eq!(plan["diagnostics"][0]["line"], 4);
}

#[test]
fn schema_errors_exit_2_all_of_them_located() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(COMPLIANT)
        .unwrap()
        .replace("service = \"omaishoitaja\"", "servce = \"omaishoitaja\"")
        .replace("id = \"A02\"", "id = \"A01\"")
        .replace("start = 2025-06-02", "start = 2025-06-31");
    let path = plan_file(dir.path(), "schema.toml", &text);
    // An impossible date is a syntax error (the TOML parser rejects it) and stops there.
    let (code, doc) = json(&[&path]);
    assert_eq!(code, 2);
    assert_eq!(doc["plans"][0]["diagnostics"][0]["rule"], "plan-syntax");

    let path = plan_file(
        dir.path(),
        "schema.toml",
        &text.replace("2025-06-31", "2025-06-02"),
    );
    let (code, doc) = json(&[&path]);
    assert_eq!(code, 2);
    let diagnostics = doc["plans"][0]["diagnostics"].as_array().unwrap();
    let messages: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(&"Unknown key `servce` in [course]"),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("`A01` is used twice")),
        "{messages:?}"
    );
    let unknown = diagnostics
        .iter()
        .find(|d| d["message"] == "Unknown key `servce` in [course]")
        .unwrap();
    assert_eq!(unknown["help"], "Did you mean `service`?");
    assert!(
        diagnostics
            .iter()
            .all(|d| d["rule"] == "plan-schema" && d["line"].is_u64())
    );
}

#[test]
fn no_edition_in_force_names_the_editions() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(COMPLIANT)
        .unwrap()
        .replace("start = 2025-03-03\nstatus", "start = 2024-12-02\nstatus");
    let path = plan_file(dir.path(), "early.toml", &text);
    let (code, doc) = json(&[&path]);
    assert_eq!(code, 2);
    let d = &doc["plans"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "plan-schema");
    assert_eq!(
        d["message"],
        "No omaishoitaja edition is in force for a course starting 2024-12-02"
    );
    assert!(
        d["help"].as_str().unwrap().contains("2025 (2025-01-01 …)"),
        "{d}"
    );
    assert_eq!(doc["plans"][0]["service"], "omaishoitaja");
    assert!(doc["plans"][0]["edition"].is_null());
}

#[test]
fn fail_on_sets_the_threshold() {
    let dir = tempfile::tempdir().unwrap();
    // Remove a facility statement: a warning only.
    let text = std::fs::read_to_string(COMPLIANT)
        .unwrap()
        .replace("gym = true\n", "");
    let path = plan_file(dir.path(), "warning.toml", &text);
    oras().arg(&path).assert().code(0);
    oras()
        .args([&path, "--fail-on", "warning"])
        .assert()
        .code(1);
    oras().args([&path, "--fail-on", "note"]).assert().code(1);
    oras()
        .args([MISTAKES, "--fail-on", "never"])
        .assert()
        .code(0);
}

#[test]
fn reads_a_plan_from_standard_input() {
    let text = std::fs::read_to_string(COMPLIANT).unwrap();
    let out = oras()
        .args(["-", "--format", "json"])
        .write_stdin(text)
        .assert()
        .code(0);
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(doc["plans"][0]["path"], "-");
}

#[test]
fn unreadable_paths_exit_2_but_other_plans_are_still_checked() {
    let (code, doc) = json(&["no/such/plan.toml", MISTAKES]);
    assert_eq!(code, 2);
    assert_eq!(doc["plans"][0]["checked"], false);
    assert_eq!(doc["plans"][0]["diagnostics"][0]["rule"], "plan-syntax");
    assert!(doc["plans"][0]["diagnostics"][0]["line"].is_null());
    assert_eq!(doc["plans"][1]["checked"], true);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let has_escape = |args: &[&str], no_color: bool| {
        let mut cmd = oras();
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.args(args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).contains('\u{1b}')
    };
    assert!(
        !has_escape(&[MISTAKES], false),
        "piped output has no colour"
    );
    assert!(has_escape(&[MISTAKES, "--color", "always"], false));
    assert!(!has_escape(&[MISTAKES, "--color", "never"], false));
    assert!(!has_escape(&[MISTAKES], true));
}

#[test]
fn command_line_errors_exit_2() {
    oras().arg("--no-such-flag").assert().code(2);
    oras()
        .args([COMPLIANT, "--as-of", "tomorrow"])
        .assert()
        .code(2);
    oras().args([COMPLIANT, "--format", "xml"]).assert().code(2);
    oras().assert().code(2);
}

#[test]
fn a_broken_rules_folder_is_reported_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let pack = std::fs::read_to_string("rules/omaishoitaja/2025.toml").unwrap();
    std::fs::create_dir_all(dir.path().join("omaishoitaja")).unwrap();
    std::fs::write(
        dir.path().join("omaishoitaja/2025.toml"),
        pack.replace("max = 12", "maxx = 12"),
    )
    .unwrap();
    let out = oras()
        .args([COMPLIANT, "--rules"])
        .arg(dir.path())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("maxx"), "{stderr}");

    // The same folder with a valid pack works, and its figures are used.
    std::fs::write(
        dir.path().join("omaishoitaja/2025.toml"),
        pack.replace("max = 12", "max = 7"),
    )
    .unwrap();
    let out = oras()
        .args([COMPLIANT, "--format", "json", "--rules"])
        .arg(dir.path())
        .assert()
        .code(1);
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        doc["plans"][0]["diagnostics"][0]["message"],
        "8 clients are enrolled; the course takes at most 7"
    );
}

/// No output format may print a valid identity code: not from values, keys, comments or the
/// TOML parser's own messages.
#[test]
fn identity_codes_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let codes = ["131052-308T", "010594Y9032", "020516C902J", "010101+002S"];
    let text = std::fs::read_to_string(COMPLIANT)
        .unwrap()
        .replace("id = \"A01\"", &format!("id = \"{}\"", codes[0]))
        .replace("name = \"LL\"", &format!("name = \"{}\"", codes[1]))
        .replace("[insurance]", &format!("# {}\n[insurance]", codes[2]));
    let checked = plan_file(dir.path(), "codes.toml", &text);
    let syntax = plan_file(
        dir.path(),
        "syntax.toml",
        &format!("[course]\nservice = {}\n", codes[3]),
    );
    let schema = plan_file(
        dir.path(),
        "schema.toml",
        &format!("[course]\n\"{}\" = 1\n", codes[3]),
    );
    for format in ["human", "json"] {
        for path in [&checked, &syntax, &schema] {
            let out = oras()
                .args([path, "--format", format, "--color", "always"])
                .output()
                .unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            for code in codes {
                assert!(
                    !all.contains(code),
                    "{code} printed by --format {format} for {path}:\n{all}"
                );
            }
            assert!(all.contains("personal-data"), "{format} {path}:\n{all}");
        }
    }
}

#[test]
fn help_and_version() {
    oras().arg("--help").assert().code(0);
    let out = oras().arg("--version").assert().code(0);
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_mistyped_command_gets_a_did_you_mean() {
    let out = oras().args(["chek", COMPLIANT]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("did you mean `oras-check check {COMPLIANT}`?")),
        "{err}"
    );
    // A real file of that name is a plan path, not a typo.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("chek"), "").unwrap();
    let out = common::oras_in(dir.path()).arg("chek").output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("did you mean"));
}

#[test]
fn the_man_page_has_exit_status_environment_and_files_and_names_no_missing_pages() {
    let out = oras().arg("man").output().unwrap();
    let page = String::from_utf8_lossy(&out.stdout);
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH COMMANDS",
    ] {
        assert!(page.contains(section), "{section}");
    }
    // No oras-check-check(1) and the like: there is one page.
    assert!(!page.contains("(1)\n"), "{page}");
}

#[test]
fn the_language_follows_lc_all_then_lc_messages_then_lang() {
    let lang_of = |vars: &[(&str, &str)]| {
        let mut cmd = oras();
        cmd.args([MISTAKES, "--as-of", "2026-01-15", "--color", "never"]);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned();
        if out.contains("Yhteensä") || out.contains("virhe") {
            "fi"
        } else if out.contains("fel") {
            "sv"
        } else {
            "en"
        }
    };
    assert_eq!(lang_of(&[("LANG", "fi_FI.UTF-8")]), "fi");
    assert_eq!(
        lang_of(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fi_FI.UTF-8")]),
        "fi"
    );
    assert_eq!(
        lang_of(&[("LC_MESSAGES", "fi_FI.UTF-8"), ("LC_ALL", "sv_FI.UTF-8")]),
        "sv"
    );
}
