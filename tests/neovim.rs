//! A real editor: headless Neovim (Debian's `neovim`) runs `tests/neovim/lsp.lua`, which starts
//! `oras-check server` with `vim.lsp.start_client`, opens a plan, waits for diagnostics, asks
//! for a hover and a code action, applies the repair and waits for the next check. Neovim turns
//! the server's positions into byte columns with the encoding they agreed on: the test compares
//! them with `check`'s, on lines with ä, ö, å and emoji.
//!
//! `.ci/run` installs Neovim when it is missing. Elsewhere, without it, the test says so and
//! passes; with `CI` set it fails instead, so that CI never skips it silently.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const AS_OF: &str = "2026-01-15";

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The `nvim` program, or `None` (a failure under CI).
fn nvim() -> Option<&'static str> {
    let found = Command::new("nvim")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some("nvim");
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "Neovim (nvim) is not installed: CI must run the editor test (.ci/run installs it)"
    );
    eprintln!("nvim not found: the Neovim test is skipped (it runs in CI)");
    None
}

/// Runs the Lua script on `plan`; what it saw.
fn run(nvim: &str, plan: &Path) -> Value {
    let result = plan.with_extension("result.json");
    let mut child = Command::new(nvim)
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!(
            "luafile {}",
            project("tests/neovim/lsp.lua").display()
        ))
        .env("ORAS_CHECK_BIN", env!("CARGO_BIN_EXE_oras-check"))
        .env("PLAN", plan)
        .env("RESULT", &result)
        .env("AS_OF", AS_OF)
        .env("ORAS_CHECK_LANG", "en")
        .env_remove("ORAS_CHECK_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nvim starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("Neovim did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let text = std::fs::read_to_string(&result).unwrap_or_else(|e| {
        let out = child.wait_with_output().unwrap();
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr))
    });
    let seen: Value = serde_json::from_str(&text).unwrap();
    // Lua's empty table is `[]` or `{}` in JSON.
    let errors = &seen["errors"];
    assert!(
        errors.as_array().is_some_and(Vec::is_empty)
            || errors.as_object().is_some_and(|o| o.is_empty()),
        "{seen:#}"
    );
    seen
}

/// `check --format json` of the plan's folder: (rule, line, byte column, end line, end byte
/// column), 0-based as Neovim counts.
fn check_positions(dir: &Path, text: &str) -> Vec<(String, u64, u64, u64, u64)> {
    let out = assert_cmd::Command::cargo_bin("oras-check")
        .unwrap()
        .current_dir(dir)
        .args([
            "check", "--format", "json", "--as-of", AS_OF, "--lang", "en", ".",
        ])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    let bytes = |line: u64, column: u64| -> u64 {
        lines[line as usize - 1]
            .chars()
            .take(column as usize - 1)
            .map(|c| c.len_utf8() as u64)
            .sum()
    };
    let mut out: Vec<_> = doc["plans"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["suppressed"].is_null())
        .map(|d| {
            let (l, c) = (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap());
            let (el, ec) = (
                d["end_line"].as_u64().unwrap(),
                d["end_column"].as_u64().unwrap(),
            );
            (
                d["rule"].as_str().unwrap().to_owned(),
                l - 1,
                bytes(l, c),
                el - 1,
                bytes(el, ec),
            )
        })
        .collect();
    out.sort();
    out
}

fn seen_positions(seen: &Value, key: &str) -> Vec<(String, u64, u64, u64, u64)> {
    let mut out: Vec<_> = seen[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["lnum"].as_u64().unwrap(),
                d["col"].as_u64().unwrap(),
                d["end_lnum"].as_u64().unwrap(),
                d["end_col"].as_u64().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn neovim_shows_checks_findings_and_applies_a_repair() {
    let Some(nvim) = nvim() else {
        return;
    };
    let base = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    let start = base.lines().find(|l| l.starts_with("start = ")).unwrap();
    // A Finnish date after which the line goes on with ä, ö, å and an emoji; and, on lines of
    // their own, findings after wide characters.
    let cases = [
        (
            base.replacen(start, "start = 2.2.2026 # äöå 🦀", 1),
            "start = 2026-02-02 # äöå 🦀",
        ),
        (
            format!(
                "{base}\n[[staff]]\nname = \"Åsa Öhman 🦀\"\nrole = \"sairanhoitaja\" # 🦀\nlicensed = true\nqualifications = [\"Ödön 🦀\", \"6,5\"]\n"
            ),
            "role = \"sairaanhoitaja\" # 🦀",
        ),
    ];
    for (text, repaired) in cases {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.toml");
        std::fs::write(&plan, &text).unwrap();
        let expected = check_positions(dir.path(), &text);
        let seen = run(nvim, &plan);
        // Neovim 0.10 offers UTF-8 and gets it; 0.7 (Debian 12) offers only UTF-16. Either
        // way its byte columns must be check's.
        assert!(
            ["utf-8", "utf-16"].contains(&seen["offset_encoding"].as_str().unwrap_or("")),
            "{seen:#}"
        );
        assert_eq!(seen_positions(&seen, "diagnostics"), expected, "{seen:#}");
        assert!(!seen["hover"].as_str().unwrap().is_empty());
        assert_eq!(seen["line_after"], repaired, "{seen:#}");
        // Checked again: the repaired finding is gone (the plan may now show what the syntax
        // error hid, as a Finnish start date repaired is checked against the periods).
        let after = seen_positions(&seen, "diagnostics_after");
        assert!(expected.iter().any(|d| !after.contains(d)), "{seen:#}");
    }
}
