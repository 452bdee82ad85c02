//! Never lose a byte: every file oras-check writes (`fix`, `-o`, the step summary) is written to
//! a temporary file beside it and renamed into place, so that an interrupted run, a full disk or
//! a file-size limit leaves the old file or the new one, never a torn one; a report is never
//! written over an input or into a FIFO or device; `fix` never writes outside the paths it was
//! given, never over a file that changed after it was read, and touches only plans. Ctrl-C or
//! `kill` in the middle of a write removes its temporary file (a signal the run was started to
//! ignore stays ignored), and a file-size limit is a write error, not the end of the run.

#![cfg(unix)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::oras_in;

const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("oras-check")
}

/// Runs the command with a time bound: (exit code, stdout, stderr).
fn run(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let started = Instant::now();
    let out = cmd.timeout(Duration::from_secs(20)).output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A plan with `clients` clients whose decision dates are written the Finnish way, in quotes:
/// `fix` rewrites every one of them.
fn finnish_plan(clients: usize) -> String {
    let base = std::fs::read_to_string(project(COMPLIANT)).unwrap();
    let mut text = base
        .split("[[clients]]")
        .next()
        .unwrap()
        .trim_end()
        .to_owned();
    text.push('\n');
    for i in 0..clients {
        text.push_str(&format!(
            "\n[[clients]]\nid = \"C{i}\"\ndecision = \"{}.1.2025\"\nage = \"70\"\n",
            i % 28 + 1
        ));
    }
    text
}

/// Temporary files `fix` or `-o` could have left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".oras-check-"))
        .collect()
}

#[test]
fn a_report_is_never_written_over_an_input_however_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::copy(project(COMPLIANT), &plan).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(&plan, dir.path().join("link.toml")).unwrap();
    std::fs::hard_link(&plan, dir.path().join("hard.toml")).unwrap();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        "roster = \"staff.toml\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("staff.toml"),
        "[[staff]]\nname = \"Aino Esimerkki\"\nrole = \"nurse\"\n",
    )
    .unwrap();
    let before = std::fs::read(&plan).unwrap();
    for (args, what) in [
        (vec!["plan.toml", "-o", "plan.toml"], "the same name"),
        (
            vec!["plan.toml", "-o", "./sub/../plan.toml"],
            "another spelling",
        ),
        (vec!["plan.toml", "-o", "link.toml"], "a symlink to it"),
        (vec!["plan.toml", "-o", "hard.toml"], "a hard link to it"),
        (vec![".", "-o", "plan.toml"], "a plan found in a folder"),
        (
            vec!["plan.toml", "-o", "oras-check.toml"],
            "the configuration",
        ),
        (vec!["plan.toml", "-o", "staff.toml"], "the roster"),
    ] {
        let (code, out, err) = run(oras_in(dir.path()).args(&args));
        assert_eq!(code, 2, "{what}: {out}{err}");
        assert!(
            err.contains("is one of the files this run reads"),
            "{what}: {err}"
        );
        assert_eq!(std::fs::read(&plan).unwrap(), before, "{what}");
    }
    assert!(
        std::fs::read_to_string(dir.path().join("staff.toml"))
            .unwrap()
            .contains("Aino")
    );
    // Another file is written, whole (the example's staff are not in this roster: exit 2).
    let (code, _, err) = run(oras_in(dir.path()).args(["plan.toml", "-o", "report.txt"]));
    assert_eq!(code, 2, "{err}");
    let report = std::fs::read_to_string(dir.path().join("report.txt")).unwrap();
    assert!(report.contains("plan.toml"), "{report}");
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn a_report_file_keeps_its_mode_and_replaces_the_old_one_whole() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    std::fs::write(&out, "old report").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    let (code, _, err) = run(oras_in(dir.path()).args([
        project(COMPLIANT).to_str().unwrap(),
        "--format",
        "json",
        "-o",
        "report.json",
    ]));
    assert!(code <= 1, "{err}");
    let meta = std::fs::metadata(&out).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc["plans"].as_array().unwrap().len(), 1);
    // A report into a symlink lands in its target, and the link stays a link.
    std::os::unix::fs::symlink("report.json", dir.path().join("latest.json")).unwrap();
    let (code, _, err) = run(oras_in(dir.path()).args([
        project(COMPLIANT).to_str().unwrap(),
        "--format",
        "concise",
        "-o",
        "latest.json",
    ]));
    assert!(code <= 1, "{err}");
    assert!(
        std::fs::symlink_metadata(dir.path().join("latest.json"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!std::fs::read_to_string(&out).unwrap().starts_with('{'));
}

#[test]
fn a_report_into_a_folder_not_yet_made_makes_it() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(oras_in(dir.path()).args([
        project(COMPLIANT).to_str().unwrap(),
        "--format",
        "sarif",
        "-o",
        "results/oras-check.sarif",
    ]));
    assert!(code <= 1, "{err}");
    let sarif = std::fs::read_to_string(dir.path().join("results/oras-check.sarif")).unwrap();
    assert!(sarif.contains("\"version\": \"2.1.0\""), "{sarif}");
    assert!(leftovers(&dir.path().join("results")).is_empty());
}

#[test]
fn fifos_and_devices_are_refused_as_outputs_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let plan = project(COMPLIANT);
    for output in [fifo.to_str().unwrap(), "/dev/full", "/dev/null"] {
        let (code, out, err) =
            run(oras_in(dir.path()).args([plan.to_str().unwrap(), "-o", output]));
        assert_eq!(code, 2, "{output}: {out}{err}");
        assert!(err.contains("not a regular file"), "{output}: {err}");
    }
    // GitHub's step summary: a FIFO there is refused too, not waited on.
    let (code, _, err) = run(oras_in(dir.path())
        .args([plan.to_str().unwrap(), "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", &fifo));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn a_full_disk_behind_standard_output_is_an_error() {
    let plan = project(COMPLIANT);
    for format in ["human", "json", "sarif", "concise"] {
        let out = Command::new(binary())
            .args([plan.to_str().unwrap(), "--format", format])
            .env_remove("ORAS_CHECK_CONFIG")
            .stdout(
                std::fs::File::options()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{format}: {err}");
        assert!(err.contains("Cannot write the output"), "{format}: {err}");
    }
    // A closed pipe (`| head`) ends quietly.
    let mut child = Command::new(binary())
        .args([plan.to_str().unwrap(), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).is_empty());
}

#[test]
fn a_file_size_limit_leaves_the_report_and_the_plan_as_they_were() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let text = finnish_plan(3_000);
    std::fs::write(&plan, &text).unwrap();
    std::fs::write(dir.path().join("report.json"), "old").unwrap();
    for started_ignoring_it in [false, true] {
        for args in [
            vec!["fix", "plan.toml"],
            vec!["plan.toml", "--format", "json", "-o", "report.json"],
        ] {
            let mut cmd = Command::new(binary());
            cmd.current_dir(dir.path())
                .args(&args)
                .stdout(Stdio::null());
            cmd.stderr(Stdio::piped());
            // SAFETY: only async-signal-safe calls between fork and exec.
            unsafe {
                cmd.pre_exec(move || {
                    let limit = libc::rlimit {
                        rlim_cur: 4096,
                        rlim_max: 4096,
                    };
                    if started_ignoring_it {
                        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                    }
                    if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
            let out = cmd.output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            // The write fails (SIGXFSZ, ignored by the run itself, does not end it): said, and
            // exit code 2.
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains("Cannot write"), "{args:?}: {err}");
            assert_eq!(std::fs::read_to_string(&plan).unwrap(), text, "{args:?}");
            assert_eq!(
                std::fs::read_to_string(dir.path().join("report.json")).unwrap(),
                "old",
                "{args:?}"
            );
            // The error removes the temporary file.
            assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "{args:?}");
        }
    }
}

#[test]
fn fix_killed_at_any_moment_leaves_the_old_plan_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let old = finnish_plan(40_000);
    // The repaired plan, made once without interruption.
    std::fs::write(&plan, &old).unwrap();
    let started = Instant::now();
    let (code, _, err) = run(oras_in(dir.path()).args(["fix", "plan.toml"]));
    let whole = started.elapsed();
    assert!(code <= 1, "{err}");
    let new = std::fs::read_to_string(&plan).unwrap();
    assert_ne!(new, old);
    // Killed at points spread over the run (a fixed sequence: the test is repeatable).
    let mut seed: u64 = 0x5eed;
    for _ in 0..12 {
        std::fs::write(&plan, &old).unwrap();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let at = whole.mul_f64((seed >> 11) as f64 / (1u64 << 53) as f64 * 1.1);
        let mut child = Command::new(binary())
            .current_dir(dir.path())
            .args(["fix", "plan.toml"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&plan).unwrap();
        assert!(
            now == old || now == new,
            "killed after {at:?}: a torn plan of {} bytes (old {}, new {})",
            now.len(),
            old.len(),
            new.len()
        );
        for name in leftovers(dir.path()) {
            std::fs::remove_file(dir.path().join(name)).unwrap();
        }
    }
}

/// Waits for a run to make its temporary file in `dir`.
fn until_a_temporary_file_is_in(dir: &Path) {
    let started = Instant::now();
    while leftovers(dir).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no temporary file"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Sends `signal` to a running child.
fn signal(child: &std::process::Child, signal: libc::c_int) {
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill only sends a signal to the process the test started.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
}

#[test]
fn an_interrupted_report_leaves_no_temporary_file_and_ends_by_its_signal() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    for sent in [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP] {
        // The report's temporary file is made before the plans are read, and standard input,
        // held open, keeps the run there.
        let mut child = Command::new(binary())
            .current_dir(dir.path())
            .args(["check", "-", "-o", "report.json"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        until_a_temporary_file_is_in(dir.path());
        // Held until the run has ended: `wait` would close it, and the run would go on to
        // write the report.
        let stdin = child.stdin.take();
        signal(&child, sent);
        let status = child.wait().unwrap();
        drop(stdin);
        assert_eq!(status.signal(), Some(sent), "{status:?}");
        assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "signal {sent}");
        assert!(!dir.path().join("report.json").exists());
    }
}

#[test]
fn a_signal_the_run_was_started_to_ignore_stays_ignored() {
    use std::io::Write;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read(project(COMPLIANT)).unwrap();
    // As `nohup` starts it (SIGHUP), and as a script starts a background job (SIGINT).
    for sent in [libc::SIGHUP, libc::SIGINT] {
        let mut cmd = Command::new(binary());
        cmd.current_dir(dir.path())
            .args(["check", "-", "-o", "report.json", "--as-of", "2025-03-01"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                libc::signal(sent, libc::SIG_IGN);
                Ok(())
            });
        }
        let mut child = cmd.spawn().unwrap();
        until_a_temporary_file_is_in(dir.path());
        signal(&child, sent);
        std::thread::sleep(Duration::from_millis(50));
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&plan).unwrap();
        drop(stdin);
        let status = child.wait().unwrap();
        assert!(
            status.code().is_some_and(|c| c <= 1),
            "signal {sent}: {status:?}"
        );
        assert!(dir.path().join("report.json").exists(), "signal {sent}");
        assert_eq!(leftovers(dir.path()), Vec::<String>::new());
        std::fs::remove_file(dir.path().join("report.json")).unwrap();
    }
}

#[test]
fn a_plan_that_changes_while_it_is_repaired_is_left_as_it_now_is() {
    // The check `fix` makes just before the rename, on its own: the file is read, someone
    // appends a client, the repair is refused and the client stays.
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let text = finnish_plan(3);
    std::fs::write(&plan, &text).unwrap();
    let stamp = oras_check::files::Stamp::of(&plan).unwrap();
    let read = std::fs::read(&plan).unwrap();
    let repaired = oras_check::planner::fix::fix(&text).text;
    let appended = format!("{text}\n[[clients]]\nid = \"LATE\"\n");
    std::fs::write(&plan, &appended).unwrap();
    let result = oras_check::files::replace_if_unchanged(&plan, &stamp, &read, repaired.as_bytes());
    assert!(
        matches!(result, Err(oras_check::files::ReplaceError::Changed)),
        "{result:?}"
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), appended);
    assert!(leftovers(dir.path()).is_empty());
    // Unchanged, the same call replaces it.
    std::fs::write(&plan, &text).unwrap();
    let stamp = oras_check::files::Stamp::of(&plan).unwrap();
    oras_check::files::replace_if_unchanged(&plan, &stamp, text.as_bytes(), repaired.as_bytes())
        .unwrap();
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), repaired);
    // Same length, same modification time, other bytes: still seen.
    std::fs::write(&plan, &text).unwrap();
    let stamp = oras_check::files::Stamp::of(&plan).unwrap();
    let other = text.replacen("C0", "X0", 1);
    let file = std::fs::File::options().write(true).open(&plan).unwrap();
    let mtime = std::fs::metadata(&plan).unwrap().modified().unwrap();
    std::fs::write(&plan, &other).unwrap();
    file.set_modified(mtime).unwrap();
    let result = oras_check::files::replace_if_unchanged(&plan, &stamp, text.as_bytes(), b"new");
    assert!(matches!(
        result,
        Err(oras_check::files::ReplaceError::Changed)
    ));
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), other);
}

#[test]
fn fix_keeps_the_mode_of_the_plan() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(&plan, finnish_plan(2)).unwrap();
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, _, err) = run(oras_in(dir.path()).args(["fix", "plan.toml"]));
    assert!(code <= 1, "{err}");
    assert!(
        std::fs::read_to_string(&plan)
            .unwrap()
            .contains("decision = 2025-01-01")
    );
    assert_eq!(
        std::fs::metadata(&plan).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn fix_never_writes_outside_the_folder_it_was_given() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&plans).unwrap();
    std::fs::create_dir_all(outside.join("more")).unwrap();
    let text = finnish_plan(2);
    for path in [
        plans.join("mine.toml"),
        outside.join("theirs.toml"),
        outside.join("more/deep.toml"),
    ] {
        std::fs::write(&path, &text).unwrap();
    }
    std::os::unix::fs::symlink(outside.join("theirs.toml"), plans.join("link.toml")).unwrap();
    std::os::unix::fs::symlink(outside.join("more"), plans.join("folder")).unwrap();
    // The same plan twice, through a link inside the folder: fixed once.
    std::os::unix::fs::symlink("mine.toml", plans.join("again.toml")).unwrap();
    let (code, out, err) = run(oras_in(dir.path()).args(["fix", "plans"]));
    assert!(code <= 1, "{out}{err}");
    assert_eq!(
        std::fs::read_to_string(outside.join("theirs.toml")).unwrap(),
        text
    );
    assert_eq!(
        std::fs::read_to_string(outside.join("more/deep.toml")).unwrap(),
        text
    );
    assert_ne!(
        std::fs::read_to_string(plans.join("mine.toml")).unwrap(),
        text
    );
    assert!(
        std::fs::symlink_metadata(plans.join("again.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        out.matches("leads outside plans through a link").count(),
        2,
        "{out}"
    );
    let repaired: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("decision: \"1.1.2025\""))
        .collect();
    assert_eq!(repaired.len(), 1, "{out}");
}

#[test]
fn fix_walks_as_check_does_and_touches_only_plans() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("archive")).unwrap();
    std::fs::create_dir_all(root.join("drafts")).unwrap();
    std::fs::create_dir(root.join(".git")).unwrap();
    let plan = finnish_plan(1);
    let cargo = "[package]\nname = \"x\"\nratio = 0,5\nstart = 3.3.2026\n";
    let pyproject = "[tool.x]\nstart = \"3.3.2026\"\n";
    std::fs::write(root.join("plan.toml"), &plan).unwrap();
    std::fs::write(root.join("archive/old.toml"), &plan).unwrap();
    std::fs::write(root.join("drafts/draft.toml"), &plan).unwrap();
    std::fs::write(root.join(".gitignore"), "drafts/\n").unwrap();
    std::fs::write(root.join("Cargo.toml"), cargo).unwrap();
    std::fs::write(root.join("pyproject.toml"), pyproject).unwrap();
    std::fs::write(
        root.join("oras-check.toml"),
        "exclude = [\"archive/**\"]\nroster = \"staff.toml\"\n",
    )
    .unwrap();
    let roster = "[[staff]]\nname = \"Aino Esimerkki\"\nrole = \"nurse\"\n";
    std::fs::write(root.join("staff.toml"), roster).unwrap();
    let (code, out, err) = run(oras_in(root).args(["fix", "."]));
    assert!(code <= 1, "{out}{err}");
    assert_ne!(
        std::fs::read_to_string(root.join("plan.toml")).unwrap(),
        plan
    );
    for (file, text) in [
        ("archive/old.toml", plan.as_str()),
        ("drafts/draft.toml", plan.as_str()),
        ("Cargo.toml", cargo),
        ("pyproject.toml", pyproject),
        ("staff.toml", roster),
    ] {
        assert_eq!(
            std::fs::read_to_string(root.join(file)).unwrap(),
            text,
            "{file}"
        );
    }
    assert!(err.contains("Left out 2 TOML files"), "{err}");
    // Named on the command line, a file that is not a plan is refused, the roster too.
    for file in ["Cargo.toml", "staff.toml", "oras-check.toml"] {
        let (code, _, err) = run(oras_in(root).args(["fix", file]));
        assert_eq!(code, 2, "{file}: {err}");
        assert!(
            err.contains("not a course plan") || err.contains("not a plan"),
            "{file}: {err}"
        );
    }
    // pre-commit passes every changed file: with --only-plans they are skipped quietly.
    let (code, _, err) = run(oras_in(root).args(["fix", "--only-plans", "Cargo.toml"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(root.join("Cargo.toml")).unwrap(),
        cargo
    );
}

#[test]
fn fix_reads_standard_input_and_writes_the_repaired_plan_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let text = finnish_plan(2);
    let (code, out, err) = run(oras_in(dir.path())
        .args(["fix", "-"])
        .write_stdin(text.clone()));
    assert!(code <= 1, "{err}");
    assert_eq!(out, oras_check::planner::fix::fix(&text).text);
    assert!(
        err.contains("-:"),
        "what was repaired goes to standard error: {err}"
    );
    // With --diff, the diff.
    let (_, out, _) = run(oras_in(dir.path())
        .args(["fix", "--diff", "-"])
        .write_stdin(text.clone()));
    assert!(out.starts_with("--- -\n+++ -\n"), "{out}");
    // Not TOML even after the repairs: the plan comes back as it went in, exit 2.
    let (code, out, _) = run(oras_in(dir.path())
        .args(["fix", "-"])
        .write_stdin("[course\nstart = 3.3.2026\n"));
    assert_eq!(code, 2);
    assert_eq!(out, "[course\nstart = 3.3.2026\n");
}
