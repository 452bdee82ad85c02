//! A plan full of Finnish personal identity codes, in every century sign old and new, upper and
//! lower case, in values, keys, comments and where the TOML parser quotes the text: no output of
//! any format or command may contain one.

use std::path::Path;

use oras_check::privacy::find_codes;

use crate::common;
use common::oras;

const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
const SIGNS: &[char] = &[
    '+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F',
];

/// A valid code born on `day`.2.`year` of the sign's century, with individual number `n`.
fn code(day: u32, year: u32, sign: char, n: u32) -> String {
    let digits = u64::from(day) * 10_000_000 + 2 * 100_000 + u64::from(year) * 1000 + u64::from(n);
    let check = CHECK_CHARS[(digits % 31) as usize] as char;
    format!("{day:02}02{year:02}{sign}{n:03}{check}")
}

/// One code per century sign, each a different person; every third in lower case.
fn codes() -> Vec<String> {
    SIGNS
        .iter()
        .enumerate()
        .map(|(i, &sign)| {
            let c = code(1 + i as u32, 10 + i as u32, sign, 900 + i as u32);
            if i % 3 == 2 { c.to_lowercase() } else { c }
        })
        .collect()
}

const COMMON: [&str; 3] = ["--no-config", "--as-of", "2026-01-01"];

/// The plans: one that checks (codes as client ids, staff names, provider, site, comment and
/// suppression reason), one with codes as keys and values the schema rejects, one whose TOML
/// does not parse at a code.
fn plans(dir: &Path, codes: &[String]) -> Vec<String> {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omaishoitaja-2025.toml");
    let mut text = std::fs::read_to_string(example).unwrap();
    for (i, id) in ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08"]
        .iter()
        .enumerate()
    {
        text = text.replace(&format!("\"{id}\""), &format!("\"{}\"", codes[i]));
    }
    for (i, name) in ["LL", "SH", "FT", "SO"].iter().enumerate() {
        text = text.replace(
            &format!("name = \"{name}\""),
            &format!("name = \"{}\"", codes[8 + i]),
        );
    }
    text = text
        .replace("Esimerkki Kuntoutus Oy", &format!("Oy {}", codes[12]))
        // Escaped: the text does not show the code, the value is one.
        .replace(
            "Kuntoutuskeskus Järvenranta",
            &codes[0].replacen(|c: char| !c.is_ascii_digit(), "\\u002D", 1),
        )
        .replacen("[course]", &format!("# client {}\n[course]", codes[1]), 1);
    text.push_str(&format!(
        "\n[[allow]]\nrule = \"allowance-days\"\nreason = \"\"\"agreed with {}\\\n    {}\"\"\"\n",
        &codes[2][..7],
        &codes[2][7..]
    ));
    let schema = format!(
        "[course]\n\"{}\" = 1\nservice = \"{}\"\nstart = 2025-03-03\n[[clients]]\nid = \"{}\"\n",
        codes[3], codes[4], codes[5]
    );
    let syntax = format!("[course]\nservice = {}\n{} = 2\n", codes[6], codes[7]);
    [
        ("checked.toml", text),
        ("schema.toml", schema),
        ("syntax.toml", syntax),
    ]
    .into_iter()
    .map(|(name, text)| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    })
    .collect()
}

fn assert_no_codes(what: &str, out: &std::process::Output, codes: &[String]) {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!text.is_empty(), "{what}: no output");
    let found = find_codes(&text);
    assert!(
        found.is_empty(),
        "{what} printed identity codes {:?}",
        found.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>()
    );
    let lower = text.to_lowercase();
    for code in codes {
        assert!(
            !lower.contains(&code.to_lowercase()),
            "{what} printed {code}"
        );
    }
}

#[test]
fn the_generated_codes_are_valid() {
    let codes = codes();
    assert_eq!(codes.len(), 13);
    for c in &codes {
        assert_eq!(find_codes(c), vec![0..c.len()], "{c} is not a valid code");
    }
}

#[test]
fn no_format_and_no_command_prints_an_identity_code() {
    let codes = codes();
    let dir = tempfile::tempdir().unwrap();
    let plans = plans(dir.path(), &codes);
    for format in ["human", "json", "sarif", "github", "junit", "html"] {
        for lang in ["en", "fi"] {
            let out = oras()
                .args(&plans)
                .args(["--format", format, "--lang", lang, "--color", "always"])
                .args(COMMON)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "--format {format}");
            assert_no_codes(&format!("--format {format} --lang {lang}"), &out, &codes);
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                stdout.contains("personal-data"),
                "--format {format} does not report the codes"
            );
        }
    }
    let checked = &plans[0];
    for args in [
        &["timeline", checked.as_str(), "--color", "always"][..],
        &["timeline", checked, "--color", "never", "--width", "200"],
        &["deadlines", checked],
        &["deadlines", checked, "--format", "json"],
        &["ics", checked],
    ] {
        let out = oras().args(args).args(COMMON).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_no_codes(&args.join(" "), &out, &codes);
    }
    // Standard input, and each plan on its own.
    for plan in &plans {
        let out = oras()
            .arg("-")
            .args(COMMON)
            .pipe_stdin(plan)
            .unwrap()
            .output()
            .unwrap();
        assert_no_codes(&format!("{plan} on standard input"), &out, &codes);
    }
}

#[test]
fn no_snapshot_holds_an_identity_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for dir in ["tests/snapshots", "src/rules/snapshots"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            seen += 1;
            assert!(
                find_codes(&text).is_empty(),
                "{} holds an identity code",
                entry.path().display()
            );
        }
    }
    assert!(seen > 20, "only {seen} snapshots found");
}

#[test]
fn codes_hidden_by_escapes_are_found() {
    let codes = codes();
    let dir = tempfile::tempdir().unwrap();
    let plans = plans(dir.path(), &codes);
    let text = std::fs::read_to_string(&plans[0]).unwrap();
    let out = oras()
        .args([&plans[0], "--format", "json"])
        .args(COMMON)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lines: Vec<u64> = json["plans"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "personal-data")
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    for hidden in ["site = ", "reason = "] {
        assert!(
            lines.contains(&line_of(hidden)),
            "the code in `{hidden}` (line {}) is not reported: {lines:?}",
            line_of(hidden)
        );
    }
}
