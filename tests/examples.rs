//! Every plan under `examples/` is checked: `*-mistakes.toml` plans must fail, every other
//! example must be clean. Their human reports are pinned as snapshots (no colour, 100 columns).

use oras_check::check::{Options, check_text};
use oras_check::finding::Severity;
use oras_check::i18n::Lang;
use oras_check::pack::Packs;
use oras_check::report::{Format, RenderOptions, render};

const AS_OF: &str = "2026-11-22";

fn examples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("examples folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = format!("examples/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&p).expect("readable example"))
        })
        .collect()
}

#[test]
fn every_example_checks_as_its_name_says() {
    let packs = Packs::builtin().expect("built-in packs");
    let as_of = AS_OF.parse().unwrap();
    let all = examples();
    assert!(all.len() >= 2, "examples are missing");
    for (name, text) in all {
        let report = check_text(&name, &text, packs, &Options::new(as_of));
        assert!(
            report.checked,
            "{name} could not be checked: {:?}",
            report.findings
        );
        let worst = report.counts().worst();
        if name.ends_with("-mistakes.toml") {
            assert_eq!(worst, Some(Severity::Error), "{name} should fail");
        } else {
            assert!(
                worst.is_none_or(|w| w == Severity::Note),
                "{name} should be clean: {:?}",
                report.findings
            );
        }
    }
}

#[test]
fn human_reports_of_the_examples() {
    let packs = Packs::builtin().expect("built-in packs");
    let as_of = AS_OF.parse().unwrap();
    let options = RenderOptions {
        format: Format::Human,
        lang: Lang::En,
        color: false,
        width: 100,
        as_of,
        quiet: false,
        root: None,
    };
    for (name, text) in examples() {
        let report = check_text(&name, &text, packs, &Options::new(as_of));
        let snapshot = name
            .trim_start_matches("examples/")
            .trim_end_matches(".toml")
            .to_owned();
        insta::assert_snapshot!(snapshot, render(&[report], &options, packs));
    }
}
