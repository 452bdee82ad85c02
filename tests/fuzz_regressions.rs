//! Every input the fuzzer (`fuzz/`) found a crash or hang with, and its seeds, run through the
//! fuzz target's body on every `cargo test`: what broke once stays fixed.

use std::path::Path;

fn inputs(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
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
