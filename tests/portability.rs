//! Nothing Linux-only: plans written on Windows (CRLF line ends) check and are repaired the same
//! and keep their line ends, and the language comes from the locale however the system spells
//! it (POSIX `fi_FI.UTF-8`, or `fi-FI` as Windows and macOS report it through sys-locale).
//! Path separators in annotations and SARIF are tested beside their renderers; colours on a
//! Windows console are switched on in `cli::ansi_ready`.

use crate::common;
use common::oras_in;

use oras_check::i18n::Lang;

const AS_OF: &str = "2026-01-15";

fn example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/omaishoitaja-2025.toml"
    ))
    .unwrap()
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// (exit code, stdout, stderr) of a command run in `dir`.
fn run(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = oras_in(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_plan_with_crlf_line_ends_gets_the_same_report_as_with_lf() {
    let dir = tempfile::tempdir().unwrap();
    // A plan with findings, so that positions are compared.
    let text = example()
        .replacen("end = 2025-03-07", "end = 2025-03-09", 1)
        .replacen("hours_per_day = 6.5", "hours_per_day = 3", 1);
    std::fs::write(dir.path().join("lf.toml"), &text).unwrap();
    std::fs::write(dir.path().join("crlf.toml"), crlf(&text)).unwrap();
    let report = |name: &str| {
        let (code, out, err) = run(
            dir.path(),
            &[name, "--no-config", "--format", "json", "--as-of", AS_OF],
        );
        let json: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
        (code, json["plans"][0]["diagnostics"].clone())
    };
    let (lf_code, lf) = report("lf.toml");
    let (crlf_code, crlf_diagnostics) = report("crlf.toml");
    assert_eq!(lf_code, 1);
    assert!(!lf.as_array().unwrap().is_empty());
    assert_eq!((crlf_code, crlf_diagnostics), (lf_code, lf));
}

#[test]
fn fix_repairs_a_crlf_plan_and_keeps_its_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let broken = crlf(
        &example()
            .replacen(
                "start = 2025-03-03\nstatus",
                "start = 3.3.2025   # the first day\nstatus",
                1,
            )
            .replace("end = 2025-03-07", "end = \"7.3.2025\"")
            .replacen("hours_per_day = 6.5", "hours_per_day = 6,5", 1)
            .replacen("mode = \"residential\"", "mode = \"residental\"", 1),
    );
    std::fs::write(&path, &broken).unwrap();
    let (code, out, err) = run(dir.path(), &["fix", "--no-config", "plan.toml"]);
    assert_eq!(code, 0, "{out}{err}");
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        fixed,
        crlf(&example().replacen(
            "start = 2025-03-03\nstatus",
            "start = 2025-03-03   # the first day\nstatus",
            1
        ))
    );
    // Every line still ends in CRLF: no lone LF was written.
    assert_eq!(fixed.matches('\n').count(), fixed.matches("\r\n").count());
    let (code, _, err) = run(dir.path(), &["plan.toml", "--no-config", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn the_language_comes_from_the_locale_however_the_system_writes_it() {
    for (locale, lang) in [
        ("fi_FI.UTF-8", Lang::Fi),
        ("fi-FI", Lang::Fi),
        ("fi", Lang::Fi),
        ("sv_FI.UTF-8", Lang::Sv),
        ("sv-SE", Lang::Sv),
        ("en-US", Lang::En),
        ("C", Lang::En),
        ("C.UTF-8", Lang::En),
        ("POSIX", Lang::En),
    ] {
        assert_eq!(Lang::from_locale(locale), lang, "{locale}");
    }
    // The POSIX variables, in their order of precedence, as set on Linux and macOS terminals.
    let dir = tempfile::tempdir().unwrap();
    let lang_of = |vars: &[(&str, &str)]| {
        let mut cmd = oras_in(dir.path());
        cmd.args(["config", "--no-config"]);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let out = String::from_utf8_lossy(&out.stdout).into_owned();
        out.lines()
            .find(|l| l.contains("lang"))
            .unwrap_or_else(|| panic!("{out}"))
            .to_owned()
    };
    assert!(lang_of(&[("LANG", "fi_FI.UTF-8")]).contains("fi"));
    let row = lang_of(&[("LANG", "fi_FI.UTF-8"), ("LC_ALL", "sv_FI.UTF-8")]);
    assert!(row.contains("sv") && row.contains("LC_ALL"), "{row}");
}
