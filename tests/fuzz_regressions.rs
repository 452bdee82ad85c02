//! Every input the fuzzer (`fuzz/`) found a crash or hang with, and its seeds, run through the
//! fuzz target's body on every `cargo test`: what broke once stays fixed.

use std::path::Path;

fn inputs(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_fuzzer_s_findings_stay_fixed() {
    let found = inputs("fuzz/regressions");
    assert!(!found.is_empty());
    for (name, data) in found {
        let outcome = std::panic::catch_unwind(|| oras_check::fuzzing::exercise(&data));
        assert!(outcome.is_ok(), "fuzz/regressions/{name} fails again");
    }
}

#[test]
fn the_fuzzer_s_seeds_run_clean() {
    for (name, data) in inputs("fuzz/seeds/load_check") {
        let outcome = std::panic::catch_unwind(|| oras_check::fuzzing::exercise(&data));
        assert!(outcome.is_ok(), "fuzz/seeds/load_check/{name} fails");
    }
}

#[test]
fn the_file_reader_s_seeds_and_findings_run_clean() {
    let mut inputs_found = inputs("fuzz/seeds/files");
    if Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions-files")
        .is_dir()
    {
        inputs_found.extend(inputs("fuzz/regressions-files"));
    }
    assert!(inputs_found.len() >= 3);
    for (name, data) in inputs_found {
        let outcome = std::panic::catch_unwind(|| oras_check::fuzzing::exercise_files(&data));
        assert!(outcome.is_ok(), "{name} fails");
    }
}

/// A sample of what the fuzz campaigns kept: after `-merge=1` (the inputs that add coverage),
/// the smallest of each target's corpus, so that `cargo test` walks the same paths in seconds.
#[test]
fn the_campaign_s_kept_inputs_run_clean() {
    let plans = inputs("fuzz/regressions-corpus/load_check");
    let files = inputs("fuzz/regressions-corpus/files");
    assert!(plans.len() >= 20 && files.len() >= 20);
    for (name, data) in plans {
        let outcome = std::panic::catch_unwind(|| oras_check::fuzzing::exercise(&data));
        assert!(
            outcome.is_ok(),
            "fuzz/regressions-corpus/load_check/{name} fails"
        );
    }
    for (name, data) in files {
        let outcome = std::panic::catch_unwind(|| oras_check::fuzzing::exercise_files(&data));
        assert!(
            outcome.is_ok(),
            "fuzz/regressions-corpus/files/{name} fails"
        );
    }
}

/// `fix`'s promises (`exercise_fix`) over every plan the other targets keep: the seeds and what
/// the campaigns kept, the examples, and plans written the Finnish way with strings and comments
/// that look like assignments.
#[test]
fn fix_keeps_its_promises_on_every_kept_input() {
    let mut all = inputs("fuzz/seeds/load_check");
    all.extend(inputs("fuzz/regressions-corpus/load_check"));
    all.extend(inputs("fuzz/regressions"));
    all.extend(inputs("examples"));
    all.push((
        "finnish".to_owned(),
        b"[course]\nservice = \"omaishoitja\"\nstart = 3.3.2026 # first\n\n[[allow]]\nreason = \"\"\"\nstart = 4.4.2026\nhours_per_day = 6,5\n\"\"\"\nnote = 'end = 1.1.2026'\n[[periods]]\nstart = \"03.03.2026\"\nhours_per_day = 6,5\nminutes = \"1 h\"\nstrat = 2026-03-03\n"
            .to_vec(),
    ));
    for (name, data) in all {
        let outcome = std::panic::catch_unwind(|| oras_check::fuzzing::exercise_fix(&data));
        assert!(outcome.is_ok(), "{name}: fix breaks a promise");
    }
}
