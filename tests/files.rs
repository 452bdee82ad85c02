//! The files oras-check reads besides plans: configuration and rule packs report every problem
//! at once, each at its exact key or value; only regular files are read, never more than the
//! limit, and a rules folder is never left.

mod common;

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
