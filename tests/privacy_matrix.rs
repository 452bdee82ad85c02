//! The privacy matrix: identity codes in every century sign, placed wherever input can carry
//! them (values after escapes, keys, headers, ids, reasons, long values, file and folder names,
//! configuration, rule packs, environment values, arguments), through every command and format.
//! No output may show a code, glued to its neighbours or not. Control characters from input
//! never reach the output raw.

use std::path::{Path, PathBuf};

use oras_check::privacy::find_codes_anywhere;

use crate::common;
use common::oras_in;

const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
const SIGNS: &[char] = &[
    '+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F',
];

/// A valid code born on `day`.3.`year` of the sign's century, with individual number `n`.
fn code(day: u32, year: u32, sign: char, n: u32) -> String {
    let digits = u64::from(day) * 10_000_000 + 3 * 100_000 + u64::from(year) * 1000 + u64::from(n);
    let check = CHECK_CHARS[(digits % 31) as usize] as char;
    format!("{day:02}03{year:02}{sign}{n:03}{check}")
}

/// The `i`th code, cycling through the century signs; every third in lower case.
fn nth(i: usize) -> String {
    let sign = SIGNS[i % SIGNS.len()];
    let c = code(
        1 + (i % 27) as u32,
        10 + (i % 80) as u32,
        sign,
        100 + i as u32,
    );
    if i % 3 == 2 { c.to_lowercase() } else { c }
}

fn example() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omaishoitaja-2025.toml");
    std::fs::read_to_string(path).unwrap()
}

/// A placement: its name, and the plan text with a given code put there.
type Placement = (&'static str, Box<dyn Fn(&str) -> String>);

/// Where codes are put.
fn placements() -> Vec<Placement> {
    let ex = example;
    vec![
        (
            "after \\t",
            Box::new(move |c: &str| {
                ex().replace(
                    "site = \"Kuntoutuskeskus Järvenranta\"",
                    &format!("site = \"\\t{c}\""),
                )
            }),
        ),
        (
            "after \\n",
            Box::new(move |c: &str| {
                ex().replace(
                    "provider = \"Esimerkki Kuntoutus Oy\"",
                    &format!("provider = \"Oy\\n{c}\""),
                )
            }),
        ),
        (
            "after \\u0020",
            Box::new(move |c: &str| {
                ex().replace(
                    "site = \"Kuntoutuskeskus Järvenranta\"",
                    &format!("site = \"\\u0020{c}\""),
                )
            }),
        ),
        (
            "after \\u00a0",
            Box::new(move |c: &str| {
                ex().replace(
                    "site = \"Kuntoutuskeskus Järvenranta\"",
                    &format!("site = \"\\u00a0{c}\""),
                )
            }),
        ),
        (
            "escaped key",
            Box::new(move |c: &str| {
                ex().replacen("service = ", &format!("\"\\t{c}\" = 1\nservice = "), 1)
            }),
        ),
        (
            "table header",
            Box::new(move |c: &str| format!("{}\n[\"\\t{c}\"]\nx = 1\n", ex())),
        ),
        (
            "client id after \\t",
            Box::new(move |c: &str| ex().replace("\"A03\"", &format!("\"\\t{c}\""))),
        ),
        (
            "client id",
            Box::new(move |c: &str| ex().replace("\"A04\"", &format!("\"{c}\""))),
        ),
        (
            "multi-line reason",
            Box::new(move |c: &str| {
                format!(
                    "{}\n[[allow]]\nrule = \"allowance-days\"\nreason = \"\"\"agreed\n{c}\"\"\"\n",
                    ex()
                )
            }),
        ),
        (
            "long value",
            Box::new(move |c: &str| {
                ex().replace(
                    "site = \"Kuntoutuskeskus Järvenranta\"",
                    &format!("site = \"{} {c} tail\"", "x".repeat(95)),
                )
            }),
        ),
        (
            "very long value",
            Box::new(move |c: &str| {
                ex().replace(
                    "site = \"Kuntoutuskeskus Järvenranta\"",
                    &format!("site = \"{}{c}{}\"", "y".repeat(95), "z".repeat(1000)),
                )
            }),
        ),
        (
            "comment",
            Box::new(move |c: &str| ex().replacen("[course]", &format!("# {c}\n[course]"), 1)),
        ),
        (
            "hidden: century sign as \\u",
            Box::new(move |c: &str| {
                let sign = c.as_bytes()[6];
                ex().replace(
                    "\"A04\"",
                    &format!("\"{}\\u{:04X}{}\"", &c[..6], sign, &c[7..]),
                )
            }),
        ),
        (
            "hidden: every character as \\u",
            Box::new(move |c: &str| {
                let escaped: String = c
                    .chars()
                    .map(|ch| format!("\\u{:04X}", ch as u32))
                    .collect();
                ex().replace(
                    "site = \"Kuntoutuskeskus Järvenranta\"",
                    &format!("site = \"{escaped}\""),
                )
            }),
        ),
        (
            "hidden: split by a line-ending backslash",
            Box::new(move |c: &str| {
                format!(
                    "{}\n[[allow]]\nrule = \"allowance-days\"\nreason = \"\"\"agreed {}\\\n    {}\"\"\"\n",
                    ex(),
                    &c[..6],
                    &c[6..]
                )
            }),
        ),
        (
            "hidden: \\U in a key",
            Box::new(move |c: &str| {
                ex().replacen(
                    "service = ",
                    &format!("\"\\U{:08X}{}\" = 1\nservice = ", c.as_bytes()[0], &c[1..]),
                    1,
                )
            }),
        ),
        (
            "staff name",
            Box::new(move |c: &str| {
                ex().replace("name = \"SH\"", &format!("name = \"\\u001b{c}\""))
            }),
        ),
    ]
}

/// Every output of a command: its exit code, and standard output and error together.
fn output(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut cmd = oras_in(dir);
    cmd.args(args).timeout(std::time::Duration::from_secs(60));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code(), text)
}

fn assert_clean(what: &str, text: &str, codes: &[String]) {
    let found = find_codes_anywhere(text);
    assert!(
        found.is_empty(),
        "{what}: printed {:?}",
        found.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>()
    );
    let lower = text.to_lowercase();
    for c in codes {
        // Ten characters of a code are enough to find its person.
        assert!(
            !lower.contains(&c.to_lowercase()[..10]),
            "{what}: printed {c}"
        );
    }
}

/// Every command and format over one plan file.
fn every_command(plan: &str) -> Vec<Vec<String>> {
    let mut runs: Vec<Vec<String>> = Vec::new();
    for format in [
        "human", "concise", "json", "sarif", "github", "gitlab", "junit", "html",
    ] {
        for color in ["always", "never"] {
            runs.push(
                ["check", plan, "--format", format, "--color", color]
                    .map(String::from)
                    .to_vec(),
            );
        }
    }
    for args in [
        vec!["timeline", plan, "--color", "always"],
        vec!["timeline", plan, "--color", "never"],
        vec!["deadlines", plan],
        vec!["deadlines", plan, "--format", "json"],
        vec!["ics", plan],
        vec!["check", plan, "--lang", "fi", "--verbose"],
        vec!["check", plan, "--lang", "sv", "-o", "report.txt"],
        vec!["check", plan, "--statistics"],
        vec!["check", plan, "--statistics", "--format", "json"],
        vec!["fix", plan, "--diff"],
    ] {
        runs.push(args.into_iter().map(String::from).collect());
    }
    runs
}

#[test]
fn no_code_in_any_placement_reaches_any_output() {
    for (i, (placement, make)) in placements().into_iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let c = nth(i);
        std::fs::write(dir.path().join("plan.toml"), make(&c)).unwrap();
        for args in every_command("plan.toml") {
            let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
            args.extend(["--as-of", "2026-01-01", "--no-config"]);
            let (_, mut text) = output(dir.path(), &args, &[]);
            if let Ok(file) = std::fs::read_to_string(dir.path().join("report.txt")) {
                text.push_str(&file);
            }
            assert_clean(
                &format!("{placement}: {}", args.join(" ")),
                &text,
                std::slice::from_ref(&c),
            );
            // A code behind escapes is masked raw character by raw character: not even the
            // date of birth shows, in any spelling a reader could decode.
            if placement.starts_with("hidden") {
                assert!(
                    !text.contains(&c[..6]),
                    "{placement}: {}: {text}",
                    args.join(" ")
                );
            }
        }
    }
}

#[test]
fn no_code_in_a_file_or_folder_name_reaches_any_output() {
    let dir = tempfile::tempdir().unwrap();
    // A `+` sign is percent-encoded in a URI: the code must be masked before.
    let codes = [nth(0), nth(1), nth(2), nth(7)];
    let names: Vec<PathBuf> = vec![
        PathBuf::from(format!("Matti {}.toml", codes[0])),
        PathBuf::from(format!("{}/plan.toml", codes[1])),
        PathBuf::from(format!("a,{}.toml", codes[2])),
        PathBuf::from(format!("x{}y.toml", codes[3])),
    ];
    for name in &names {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            &path,
            example().replace(
                "code = \"12345\"",
                &format!("code = \"{}\"", name.display()),
            ),
        )
        .unwrap();
    }
    for args in every_command(".") {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        if args[0] != "check" {
            // The tools take one plan.
            let name = names[0].to_str().unwrap();
            args[1] = name;
        }
        args.extend(["--as-of", "2026-01-01", "--no-config"]);
        let (_, text) = output(dir.path(), &args, &[]);
        assert_clean(&args.join(" "), &text, &codes);
    }
    // The step summary too.
    let summary = dir.path().join("summary.md");
    let (_, mut text) = output(
        dir.path(),
        &[
            ".",
            "--format",
            "github",
            "--no-config",
            "--as-of",
            "2026-01-01",
        ],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    text.push_str(&std::fs::read_to_string(&summary).unwrap());
    assert_clean("step summary", &text, &codes);
}

#[test]
fn no_code_from_configuration_environment_arguments_or_packs_reaches_any_output() {
    let c = nth(4);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.toml"), example()).unwrap();
    // Arguments that clap or the checker echo.
    for args in [
        vec!["plan.toml", "--as-of", c.as_str()],
        vec!["plan.toml", "--format", c.as_str()],
        vec!["plan.toml", "--ignore", c.as_str()],
        vec!["plan.toml", "--exclude", &format!("[{c}")],
        vec!["explain", c.as_str()],
        vec![c.as_str()],
        vec!["chek", c.as_str()],
    ] {
        let (code, text) = output(dir.path(), &args, &[]);
        assert_eq!(code, Some(2), "{args:?}: {text}");
        assert_clean(&format!("{args:?}"), &text, std::slice::from_ref(&c));
    }
    // The environment.
    for var in ["ORAS_CHECK_FORMAT", "ORAS_CHECK_FAIL_ON", "ORAS_CHECK_LANG"] {
        let (code, text) = output(dir.path(), &["plan.toml"], &[(var, &c)]);
        assert_eq!(code, Some(2));
        assert_clean(var, &text, std::slice::from_ref(&c));
    }
    let (_, text) = output(
        dir.path(),
        &["config"],
        &[("ORAS_CHECK_CONFIG", &format!("{c}.toml"))],
    );
    assert_clean("ORAS_CHECK_CONFIG", &text, std::slice::from_ref(&c));
    // A configuration file in a folder named with a code, with codes as keys and values.
    let folder = dir.path().join(&c);
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("plan.toml"), example()).unwrap();
    for config in [
        format!("lang = \"{c}\"\n"),
        format!("\"{c}\" = 1\n"),
        format!("[severity]\n\"\\t{c}\" = \"off\"\n"),
        format!("exclude = [\"{c}\"]\n"),
        "fail-on = \"warning\"\n".to_owned(),
    ] {
        std::fs::write(folder.join("oras-check.toml"), &config).unwrap();
        for args in [
            vec!["plan.toml"],
            vec!["config"],
            vec!["plan.toml", "--format", "sarif"],
        ] {
            let (_, text) = output(&folder, &args, &[]);
            assert_clean(
                &format!("{config:?} {args:?}"),
                &text,
                std::slice::from_ref(&c),
            );
        }
    }
    // A roster with codes.
    std::fs::write(folder.join("oras-check.toml"), "roster = \"staff.toml\"\n").unwrap();
    std::fs::write(
        folder.join("staff.toml"),
        format!("[[staff]]\nname = \"\\t{c}\"\nrole = \"nurs\"\n"),
    )
    .unwrap();
    let (_, text) = output(&folder, &["plan.toml"], &[]);
    assert_clean("roster", &text, std::slice::from_ref(&c));
    // Rule packs whose sections and broken lines hold codes: rules, explain, a check, verify.
    let rules = dir.path().join("rules");
    for service in ["omaishoitaja", "oras", "group-therapy"] {
        std::fs::create_dir_all(rules.join(service)).unwrap();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("rules")
            .join(service);
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap().replace(
                "section = \"Osallistujat\"",
                &format!("section = \"Osallistujat {c}\""),
            );
            std::fs::write(rules.join(service).join(path.file_name().unwrap()), text).unwrap();
        }
    }
    let rules_arg = rules.to_str().unwrap();
    for args in [
        vec!["rules", "--rules", rules_arg],
        vec!["explain", "group-size-max", "--rules", rules_arg],
        vec!["rules", "--coverage", "--rules", rules_arg],
        vec!["rules", "verify", "--rules", rules_arg],
        vec!["plan.toml", "--rules", rules_arg, "--format", "sarif"],
        vec!["plan.toml", "--rules", rules_arg, "--as-of", "2026-01-01"],
    ] {
        let (_, text) = output(dir.path(), &args, &[]);
        assert_clean(&format!("{args:?}"), &text, std::slice::from_ref(&c));
    }
    let broken = rules.join("oras/2021.toml");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(&broken, format!("{text}\n[rules.x{c}]\n")).unwrap();
    let (code, text) = output(dir.path(), &["plan.toml", "--rules", rules_arg], &[]);
    assert_eq!(code, Some(2));
    assert_clean("broken pack", &text, std::slice::from_ref(&c));
}

/// Input carries escape sequences (a client id, a file name, a configuration value); output
/// shows them neutralised, with or without colour, in every command.
#[test]
fn control_characters_never_reach_the_output_raw() {
    let dir = tempfile::tempdir().unwrap();
    let name = "plan\u{1b}]0;pwned\u{7}.toml";
    let text = example()
        .replace("\"A03\"", "\"A\\u001b[2J\\u0007\"")
        .replace("name = \"SH\"", "name = \"S\\u001b]0;x\\u0007H\"");
    std::fs::write(dir.path().join(name), text).unwrap();
    for args in every_command(name) {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        let colour = args.contains(&"always");
        args.extend(["--as-of", "2026-01-01", "--no-config"]);
        let (_, mut text) = output(dir.path(), &args, &[]);
        if let Ok(file) = std::fs::read_to_string(dir.path().join("report.txt")) {
            text.push_str(&file);
        }
        // With colour, only colour sequences (ESC [ digits m) may stand after an ESC.
        let mut rest = text.as_str();
        while let Some(at) = rest.find('\u{1b}') {
            assert!(colour, "{args:?}: a raw ESC");
            let seq = &rest[at + 1..];
            let body = seq
                .strip_prefix('[')
                .unwrap_or_else(|| panic!("{args:?}: ESC {seq:.10}"));
            let n = body
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b';')
                .count();
            assert_eq!(
                body.as_bytes().get(n),
                Some(&b'm'),
                "{args:?}: ESC [{body:.10}"
            );
            rest = &body[n + 1..];
        }
        for c in text.chars() {
            assert!(
                !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{1b}'),
                "{args:?}: control character {:?}",
                c
            );
        }
    }
}
