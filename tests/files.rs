//! The files oras-check reads besides plans: configuration and rule packs report every problem
//! at once, each at its exact key or value; only regular files are read, never more than the
//! limit, and a rules folder is never left.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{oras, oras_in};

const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs the command with a time bound; (exit code, stderr).
fn run(cmd: &mut assert_cmd::Command) -> (i32, String) {
    let started = Instant::now();
    let out = cmd.timeout(Duration::from_secs(10)).output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A copy of the built-in rules folder.
fn rules_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for service in ["omaishoitaja", "oras", "group-therapy"] {
        std::fs::create_dir(dir.path().join(service)).unwrap();
        for entry in std::fs::read_dir(project("rules").join(service)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(
                &path,
                dir.path().join(service).join(path.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    dir
}

#[test]
fn every_configuration_problem_is_reported_at_its_key_or_value() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "fail_on = \"warning\"\nlang = \"de\"\nno-allow = [\"group-size-max\", \"grup-size-min\"]\n\n[severity]\nfacilities = \"offf\"\n",
    )
    .unwrap();
    let (code, err) = run(oras_in(dir.path()).arg(project(COMPLIANT)));
    assert_eq!(code, 2);
    for (line_col, what) in [
        ("oras-check.toml:1:1", "unknown field `fail_on`"),
        ("oras-check.toml:2:8", "unknown variant `de`"),
        ("oras-check.toml:3:31", "unknown rule `grup-size-min`"),
        ("oras-check.toml:6:14", "unknown variant `offf`"),
    ] {
        assert!(
            err.contains(line_col) && err.contains(what),
            "{line_col} {what}:\n{err}"
        );
    }
    assert!(err.contains("did you mean `fail-on`?"), "{err}");
    assert!(err.contains("did you mean `group-size-min`?"), "{err}");
}

#[test]
fn every_rule_pack_problem_is_reported_at_its_key() {
    let rules = rules_copy();
    let file = rules.path().join("oras/2021.toml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("min_days_before = 14", "min_day_before = 14")
        .replace("[rules.group-size-max]", "[rules.group-size-maxx]");
    std::fs::write(&file, &text).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let (code, err) = run(oras().arg(COMPLIANT).arg("--rules").arg(rules.path()));
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "2021.toml:{}:8",
            line_of("[rules.group-size-maxx]")
        )),
        "{err}"
    );
    assert!(err.contains("did you mean `group-size-max`?"), "{err}");
    assert!(
        err.contains(&format!("2021.toml:{}:1", line_of("min_day_before"))),
        "{err}"
    );
}

/// A pack's problems are told in the order of its sections: `[sources]`, `[rules]`, `[[manual]]`.
#[test]
fn rule_pack_problems_come_in_the_order_of_the_sections() {
    let rules = rules_copy();
    let file = rules.path().join("oras/2021.toml");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "cite = \"Kela: Ammatillinen kuntoutus (web page)\"",
        "citee = \"Kela: Ammatillinen kuntoutus (web page)\"",
    );
    // `manual` as a word, not tables: its `[[manual]]` items out, the rest kept.
    let mut kept = Vec::new();
    let mut in_manual = false;
    for line in text.lines() {
        if line.starts_with('[') {
            in_manual = line == "[[manual]]";
        }
        if !in_manual {
            kept.push(line);
        }
    }
    let text = kept.join("\n");
    std::fs::write(&file, format!("manual = \"every item\"\n{text}\n")).unwrap();
    let (code, err) = run(oras().arg(COMPLIANT).arg("--rules").arg(rules.path()));
    assert_eq!(code, 2);
    let source = err.find("citee").expect("the source's problem");
    let manual = err
        .find("must be an array of tables")
        .expect("the manual's problem");
    assert!(source < manual, "{err}");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_rules_folder_is_refused_without_its_content() {
    let rules = rules_copy();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, "password = \"hunter2\"\n").unwrap();
    std::os::unix::fs::symlink(&secret, rules.path().join("oras/evil.toml")).unwrap();
    let (code, err) = run(oras().arg(COMPLIANT).arg("--rules").arg(rules.path()));
    assert_eq!(code, 2);
    assert!(err.contains("outside the rules folder"), "{err}");
    assert!(
        !err.contains("hunter2") && !err.contains("password"),
        "{err}"
    );
}

#[cfg(unix)]
fn fifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a plain libc call with a valid C string.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.toml");
    fifo(&pipe);
    // As a configuration file, named or by environment, and a device.
    for config in [pipe.as_path(), Path::new("/dev/zero")] {
        let (code, err) = run(oras().arg(COMPLIANT).arg("--config").arg(config));
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("not a regular file"), "{err}");
    }
    // In a rules folder.
    let rules = rules_copy();
    fifo(&rules.path().join("oras/pipe.toml"));
    let (code, err) = run(oras().arg(COMPLIANT).arg("--rules").arg(rules.path()));
    assert_eq!(code, 2);
    assert!(err.contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_as_a_plan_is_an_unchecked_plan_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("plan.toml");
    fifo(&pipe);
    let (code, _) = run(oras().arg(&pipe).arg(COMPLIANT));
    assert_eq!(code, 2);
    let out = oras()
        .arg(&pipe)
        .args(["--format", "json"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("not a regular file"), "{text}");
    // And one found in a folder.
    let (code, _) = run(oras().arg(dir.path()));
    assert_eq!(code, 2);
    // The planner's tools too.
    let (code, _) = run(oras().arg("timeline").arg(&pipe));
    assert_eq!(code, 2);
}

/// `rules verify --sources` reads only documents in its folder: a pack citing
/// `../../../../etc/passwd` is refused when it is read, and nothing of the file is shown.
#[test]
fn a_pack_cannot_cite_a_file_outside_the_sources_folder() {
    let rules = rules_copy();
    let file = rules.path().join("oras/2021.toml");
    let text = std::fs::read_to_string(&file).unwrap().replacen(
        "document = \"001_48483244d1fc9635.txt\"",
        "document = \"../../../../etc/passwd\"",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let (code, err) = run(oras()
        .args(["rules", "verify", "--sources", "tests/sources", "--rules"])
        .arg(rules.path()));
    assert_eq!(code, 2);
    assert!(
        err.contains("must be a file name in the sources folder"),
        "{err}"
    );
    assert!(!err.contains("root:"), "{err}");
}

/// A plan on standard input is shown from the text read, never from a file that happens to be
/// called `-`.
#[test]
fn standard_input_excerpts_come_from_the_input_not_a_file_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("-"), "NOT THE PLAN\n".repeat(400)).unwrap();
    let plan =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    std::fs::copy(project(COMPLIANT), dir.path().join("other.toml")).unwrap();
    let out = oras_in(dir.path())
        .args([
            "-",
            "other.toml",
            "--as-of",
            "2026-01-15",
            "--color",
            "never",
        ])
        .write_stdin(plan)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[[clients]]"), "{text}");
    assert!(!text.contains("NOT THE PLAN"), "{text}");
}

/// A configuration in `dir` naming `roster`, and a run of the compliant example there:
/// (exit code, standard output and error).
fn with_roster(dir: &Path, roster: &str) -> (i32, String) {
    std::fs::write(
        dir.join("oras-check.toml"),
        format!("roster = \"{roster}\"\n"),
    )
    .unwrap();
    let out = oras_in(dir)
        .arg(project(COMPLIANT))
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn a_roster_or_configuration_outside_the_repository_is_refused_unread() {
    let base = tempfile::tempdir().unwrap();
    let repo = base.path().join("repo");
    std::fs::create_dir_all(repo.join("team")).unwrap();
    // A secret outside the repository, which no output may show.
    let secret = base.path().join("secret.toml");
    std::fs::write(&secret, "token = \"s3cr3t-token\"\n[[staff]]\nname = 1\n").unwrap();
    std::os::unix::fs::symlink(&secret, repo.join("team/linked.toml")).unwrap();
    for (roster, why) in [
        ("/proc/self/environ", "absolute path"),
        ("../../../../etc/passwd", "leads out"),
        ("../secret.toml", "leads out"),
        ("team/linked.toml", "leads outside"),
    ] {
        let (code, text) = with_roster(&repo, roster);
        assert_eq!(code, 2, "{roster}: {text}");
        assert!(text.contains(why), "{roster}: {text}");
        assert!(!text.contains("s3cr3t"), "{roster}: {text}");
        assert!(!text.contains("root:"), "{roster}: {text}");
    }
    // A configuration file that is a link leading out of its folder is not read.
    std::fs::remove_file(repo.join("oras-check.toml")).unwrap();
    std::os::unix::fs::symlink(&secret, repo.join("oras-check.toml")).unwrap();
    let out = oras_in(&repo)
        .arg(project(COMPLIANT))
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("leads outside its folder"), "{text}");
    assert!(!text.contains("s3cr3t"), "{text}");
    // A kernel pseudo-file named as the configuration is not read either.
    let out = oras_in(&repo)
        .args(["--config", "/proc/self/environ"])
        .arg(project(COMPLIANT))
        .env("ORAS_SECRET_TOKEN", "s3cr3t-token")
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(!text.contains("s3cr3t"), "{text}");
    assert!(text.contains("/proc or /sys"), "{text}");
}

#[test]
fn a_roster_inside_the_repository_is_read_through_a_link_that_stays_inside() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("team")).unwrap();
    std::fs::write(
        dir.path().join("team/staff.toml"),
        "[[staff]]\nname = \"Aino Esimerkki\"\nrole = \"nurse\"\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("team/staff.toml", dir.path().join("staff.toml")).unwrap();
    let (_, text) = with_roster(dir.path(), "staff.toml");
    // Read: the example's staff are checked against it.
    assert!(text.contains("is not in the roster (staff.toml)"), "{text}");
    assert!(!text.contains("leads out"), "{text}");
}

#[test]
fn an_identity_code_in_the_roster_is_a_personal_data_error_and_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    for entry in [
        "[[staff]]\nname = \"Aino Esimerkki\"\nrole = \"nurse\"\nnote = \"131052-308T\"\n",
        "[[staff]]\nname = \"Aino Esimerkki\"\nrole = \"nurse\"\n# 131052-308T\n",
        "[[staff]]\nname = \"Aino 131052\\u002D308T\"\nrole = \"nurse\"\n",
    ] {
        std::fs::write(dir.path().join("staff.toml"), entry).unwrap();
        let (code, text) = with_roster(dir.path(), "staff.toml");
        assert_eq!(code, 2, "{entry}: {text}");
        assert!(text.contains("identity code"), "{entry}: {text}");
        assert!(!text.contains("131052"), "{entry}: {text}");
    }
}

#[test]
fn excerpts_of_configuration_roster_and_pack_errors_leave_out_long_lines() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(6_000);
    std::fs::write(
        dir.path().join("oras-check.toml"),
        format!("lang = \"{long}\"\n"),
    )
    .unwrap();
    let out = oras_in(dir.path())
        .arg(project(COMPLIANT))
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(!text.contains(&"x".repeat(600)), "{text}");
    assert!(text.contains("6009 bytes long"), "{text}");
    // The roster too.
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "roster = \"staff.toml\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("staff.toml"),
        format!("[[staff]]\nname = \"A\"\nrole = \"{long}\"\n"),
    )
    .unwrap();
    let out = oras_in(dir.path())
        .arg(project(COMPLIANT))
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(!text.contains(&"x".repeat(600)), "{text}");
    assert!(text.contains("bytes long"), "{text}");
}

#[test]
fn the_timeline_width_is_bounded() {
    for (width, ok) in [
        ("39", false),
        ("40", true),
        ("1000", true),
        ("1001", false),
        ("4294967295", false),
    ] {
        let out = oras()
            .args([
                "timeline",
                COMPLIANT,
                "--as-of",
                "2025-01-01",
                "--width",
                width,
            ])
            .timeout(Duration::from_secs(10))
            .output()
            .unwrap();
        assert_eq!(out.status.success(), ok, "{width}");
        if !ok {
            assert_eq!(out.status.code(), Some(2));
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("40..=1000"),
                "{width}"
            );
        }
    }
}

#[test]
fn calendar_uids_of_courses_without_a_code_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(project(COMPLIANT)).unwrap();
    let without_code: String = text
        .lines()
        .filter(|l| !l.starts_with("code ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without_code, text, "the example has a code to take away");
    for name in ["kurssi 1.toml", "kurssi_1.toml", "kurssi-1.toml"] {
        std::fs::write(dir.path().join(name), &without_code).unwrap();
    }
    let out = oras_in(dir.path())
        .args(["ics", ".", "--as-of", "2025-01-01"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let ics = String::from_utf8_lossy(&out.stdout);
    let uids: Vec<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
    let unique: std::collections::BTreeSet<&str> = uids.iter().copied().collect();
    assert!(uids.len() > 10, "{ics}");
    assert_eq!(unique.len(), uids.len(), "duplicate UIDs");
}

#[test]
fn the_step_summary_agrees_in_number_in_every_language() {
    for (lang, one, two) in [
        ("en", "1 plan:", "2 plans:"),
        ("fi", "1 suunnitelma:", "2 suunnitelmaa:"),
        ("sv", "1 plan:", "2 planer:"),
    ] {
        for (plans, expected) in [
            (vec![COMPLIANT], one),
            (vec![COMPLIANT, "examples/oras-2025.toml"], two),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let summary = dir.path().join("summary.md");
            std::fs::write(&summary, "earlier step\n").unwrap();
            let out = oras()
                .args(&plans)
                .args([
                    "--format",
                    "github",
                    "--lang",
                    lang,
                    "--as-of",
                    "2025-01-01",
                ])
                .env("GITHUB_STEP_SUMMARY", &summary)
                .timeout(Duration::from_secs(10))
                .output()
                .unwrap();
            assert!(out.status.code().unwrap_or(2) <= 1);
            let text = std::fs::read_to_string(&summary).unwrap();
            assert!(text.starts_with("earlier step\n"), "{text}");
            assert!(text.contains(expected), "{lang}: {text}");
            assert!(
                !text.contains(" 1 errors") && !text.contains(" 1 warnings"),
                "{text}"
            );
        }
    }
}
