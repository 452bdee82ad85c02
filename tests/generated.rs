//! The benchmark's generated plans are what the benchmark claims: realistic plans that load and
//! check, nine in ten clean, one in ten with a few typical mistakes.

// The benchmark's generator; this test uses `plan` but not `folder`.
#[allow(dead_code)]
#[path = "../benches/generate/mod.rs"]
mod generate;

use oras_check::check::{Options, check_text};
use oras_check::finding::Severity;
use oras_check::pack::Packs;

#[test]
fn generated_plans_check_and_most_are_clean() {
    let packs = Packs::builtin().unwrap();
    let options = Options::new("2027-01-01".parse().unwrap());
    let mut broken = 0;
    for i in 0..200 {
        let report = check_text("gen.toml", &generate::plan(i), packs, &options);
        assert!(report.checked, "plan {i}: {:?}", report.findings);
        let errors = report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error);
        if i % 10 == 7 {
            assert!(errors, "plan {i} should carry mistakes");
            broken += 1;
            let rules: Vec<_> = report.findings.iter().map(|f| f.rule.as_str()).collect();
            assert!(
                rules.contains(&"group-size-max") && rules.contains(&"onsite-periods"),
                "{rules:?}"
            );
        } else {
            assert!(
                !errors,
                "plan {i} should be clean: {:?}",
                report.findings.iter().map(|f| f.rule).collect::<Vec<_>>()
            );
        }
    }
    assert_eq!(broken, 20);
}
