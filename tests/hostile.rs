//! Hostile and broken input: every case gets its exact exit code and a readable message that says
//! where the problem is. None may panic, hang, or flood the output.

use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

use assert_cmd::Command;

use crate::common;
use common::oras as bare;

/// The binary, without colour or configuration, on a fixed day.
fn oras() -> Command {
    let mut cmd = bare();
    cmd.args([
        "--color",
        "never",
        "--no-config",
        "--quiet",
        "--as-of",
        "2026-01-01",
    ]);
    cmd
}

const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";

/// Runs oras-check on `path`; returns the exit code and stdout + stderr.
fn check(path: &Path) -> (i32, String) {
    let out = oras().arg(path).output().expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !text.contains("panicked"),
        "{} made oras-check panic:\n{text}",
        path.display()
    );
    (out.status.code().expect("exited, not killed"), text)
}

fn compliant() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(COMPLIANT)).unwrap()
}

struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    code: i32,
    /// Texts the output must contain: the message, and the location `file:line:column`.
    expect: Vec<String>,
}

fn case(name: &'static str, bytes: impl Into<Vec<u8>>, code: i32, expect: &[&str]) -> Case {
    Case {
        name,
        bytes: bytes.into(),
        code,
        expect: expect.iter().map(|s| s.to_string()).collect(),
    }
}

fn with(key: &str, value: &str) -> String {
    let text = compliant();
    assert!(text.contains(key), "{key} not in the example");
    text.replacen(key, value, 1)
}

#[test]
fn a_corpus_of_bad_files() {
    let nested_arrays = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let nested_tables = format!("x = {}1{}\n", "{a = ".repeat(10_000), "}".repeat(10_000));
    let long_string = with(
        "code = \"12345\"",
        &format!("code = \"{}\"", "x".repeat(5_000_000)),
    );
    let long_key = with(
        "code = \"12345\"",
        &format!("code = \"12345\"\n\"{}\" = 1", "k".repeat(1_000_000)),
    );
    let cases = [
        case(
            "empty.toml",
            "",
            2,
            &["The plan is empty", "empty.toml:1:1"],
        ),
        case(
            "comments.toml",
            "# a plan\n# to be written\n",
            2,
            &["The plan is empty", "comments.toml:1:1"],
        ),
        case(
            "latin1.toml",
            &b"[course]\nservice = \"oras\xe4\"\n"[..],
            2,
            &[
                "not UTF-8 text (invalid byte at offset 24)",
                "latin1.toml:2:16",
            ],
        ),
        case(
            "binary.toml",
            &b"[course]\n\x00\x01\x02\xff\xfe"[..],
            2,
            &["NUL byte (at offset 9)", "binary.toml:2:1"],
        ),
        case(
            "nested-arrays.toml",
            nested_arrays,
            2,
            &["not valid TOML", "nested-arrays.toml:1:"],
        ),
        case(
            "nested-tables.toml",
            nested_tables,
            2,
            &["not valid TOML", "nested-tables.toml:1:"],
        ),
        case(
            "long-string.toml",
            long_string,
            0,
            &["No errors, warnings or notes"],
        ),
        case(
            "long-key.toml",
            long_key,
            2,
            &[
                "(1000000 characters)` in [course]",
                "long-key.toml:10:1 (not shown: a line there is 1000006 bytes long)",
            ],
        ),
        case(
            "year-0.toml",
            with("start = 2025-03-03", "start = 0000-01-01"),
            2,
            &[
                "`start` must lie between 1.1.0001 and 30.12.9999",
                "year-0.toml:14:9",
            ],
        ),
        // The last day a calendar can end an all-day event after (RFC 5545 writes four-digit
        // years): 9999-12-30 is the last date a plan may hold.
        case(
            "year-9999.toml",
            with("start = 2025-03-03", "start = 9999-12-31"),
            2,
            &[
                "`start` must lie between 1.1.0001 and 30.12.9999",
                "year-9999.toml:14:9",
            ],
        ),
        case(
            "year-9999-last.toml",
            with("start = 2025-03-03", "start = 9999-12-30"),
            0,
            &[
                "course.start is 9999-12-30, but the first on-site period starts on 2025-03-03",
                "year-9999-last.toml:14:9",
            ],
        ),
        case(
            "feb-29.toml",
            with("start = 2025-03-03", "start = 2025-02-29"),
            2,
            &["not valid TOML: invalid date", "feb-29.toml:14:"],
        ),
        case(
            "negative.toml",
            with("hours_per_day = 6.5", "hours_per_day = -5"),
            2,
            &[
                "`hours_per_day` must be between 0 and 24",
                "negative.toml:23:17",
            ],
        ),
        case(
            "huge-float.toml",
            with("hours_per_day = 6.5", "hours_per_day = 1e308"),
            2,
            &[
                "`hours_per_day` must be between 0 and 24",
                "huge-float.toml:23:17",
            ],
        ),
        case(
            "nan.toml",
            with("hours_per_day = 6.5", "hours_per_day = nan"),
            2,
            &["`hours_per_day` is out of range", "nan.toml:23:17"],
        ),
        case(
            "huge-integer.toml",
            with("\nage = 58", "\nage = 99999999999999999999"),
            2,
            &["`age` is out of range", "huge-integer.toml:"],
        ),
        case(
            "max-integer.toml",
            with("\nage = 58", "\nage = 9223372036854775807"),
            2,
            &["`age` must be between 0 and 130", "max-integer.toml:"],
        ),
        case(
            "duplicate-key.toml",
            "[course]\nservice = \"oras\"\nservice = \"oras\"\n",
            2,
            &[
                "The same key is given twice in one table",
                "[TOML: duplicate key]",
                "duplicate-key.toml:3:1",
            ],
        ),
        case(
            "duplicate-table.toml",
            "[course]\nservice = \"oras\"\n[course]\nstart = 2025-03-03\n",
            2,
            &["[TOML: duplicate key]", "duplicate-table.toml:3:"],
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for c in cases {
        let path = dir.path().join(c.name);
        std::fs::write(&path, &c.bytes).unwrap();
        let (code, text) = check(&path);
        assert_eq!(code, c.code, "{}: exit code\n{}", c.name, head(&text));
        for expected in &c.expect {
            assert!(
                text.contains(expected.as_str()),
                "{}: no {expected:?} in\n{}",
                c.name,
                head(&text)
            );
        }
        // A value or a line of hostile length is never printed in full.
        assert!(
            text.len() < 20_000,
            "{}: {} bytes of output",
            c.name,
            text.len()
        );
    }
}

/// The first lines of a long output, for assertion messages.
fn head(text: &str) -> String {
    text.lines()
        .take(40)
        .map(|l| l.chars().take(200).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A typo in a year makes an on-site period four thousand years long (the fuzzer's find): its
/// Sundays are listed, drawn and reported in bounded space.
#[test]
fn a_period_of_four_thousand_years() {
    let text = with("end = 2025-06-06", "end = 6025-06-06");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.toml");
    std::fs::write(&path, text).unwrap();
    for (format, limit) in [("human", 20_000), ("json", 20_000), ("html", 300_000)] {
        let out = oras()
            .arg(&path)
            .args(["--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "--format {format}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.len() < limit,
            "--format {format}: {} bytes",
            text.len()
        );
        assert!(
            text.contains("more"),
            "--format {format}: the list is not cut short"
        );
    }
}

#[test]
fn a_50_mb_file_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let (code, text) = check(&path);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("big.toml is larger than 32 MiB"),
        "{}",
        head(&text)
    );
}

#[test]
fn a_hundred_thousand_clients() {
    let mut text = compliant();
    for i in 0..100_000 {
        text.push_str(&format!(
            "\n[[clients]]\nid = \"X{i}\"\nage = 40\ndecision = 2024-11-01\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crowd.toml");
    std::fs::write(&path, text).unwrap();
    let (code, out) = check(&path);
    assert_eq!(code, 1, "{}", head(&out));
    assert!(
        out.contains("100008 clients are enrolled; the course takes at most 12"),
        "{}",
        head(&out)
    );
}

#[test]
fn a_folder_a_missing_file_and_an_unreadable_one() {
    let dir = tempfile::tempdir().unwrap();
    // A folder is searched for plans; an empty one is an error.
    let (code, text) = check(dir.path());
    assert_eq!(code, 2);
    assert!(text.contains("No plan files (*.toml) found in"), "{text}");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(COMPLIANT),
        dir.path().join("plan.toml"),
    )
    .unwrap();
    assert_eq!(check(dir.path()).0, 0);

    let (code, text) = check(&dir.path().join("missing.toml"));
    assert_eq!(code, 2);
    // In a sentence of our own (and of each language), never the system's words.
    assert!(text.contains("missing.toml does not exist"), "{text}");
    assert!(!text.contains("No such file or directory"), "{text}");

    // Permissions do not stop root; reading a process's own memory at offset 0 fails for
    // anyone.
    let (code, text) = check(Path::new("/proc/self/mem"));
    assert_eq!(code, 2);
    assert!(text.contains("Cannot read /proc/self/mem"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let locked = dir.path().join("locked.toml");
        std::fs::write(&locked, compliant()).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&locked).is_err() {
            let (code, text) = check(&locked);
            assert_eq!(code, 2);
            assert!(
                text.contains("may not be read (permission denied)"),
                "{text}"
            );
        }
    }
}

#[test]
fn a_symlink_loop_in_a_scanned_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(COMPLIANT),
        dir.path().join("plan.toml"),
    )
    .unwrap();
    let (code, text) = check(dir.path());
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("is a symbolic link back to"), "{text}");
}

#[test]
fn standard_input_that_never_ends_is_cut_off() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("oras-check"))
        .args(["--color", "never", "--no-config", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Writes until oras-check stops reading and closes the pipe (a broken pipe ends the loop).
    let writer = std::thread::spawn(move || {
        let line = b"x = 1\n".repeat(10_000);
        let mut written = 0usize;
        while stdin.write_all(&line).is_ok() {
            written += line.len();
            assert!(written < 1 << 30, "oras-check read a gigabyte of input");
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("Standard input goes on past 32 MiB"),
        "{text}"
    );
}
