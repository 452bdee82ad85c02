//! `--format junit`: JUnit XML, a test suite per plan and a test case per rule, so that CI
//! systems that read test reports show which rules a plan fails. Errors and warnings are
//! failures; notes and suppressed findings are kept in the test case's output. A plan that
//! could not be checked has errors, not failures.

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::RenderOptions;
use super::rendered::{RenderedDiagnostic, RenderedPlan};
use crate::finding::Severity;
use crate::registry::{Kind, RuleId};

pub fn render(plans: &[RenderedPlan], options: &RenderOptions) -> String {
    let mut report = Report::new("oras-check");
    for plan in plans {
        let mut suite = TestSuite::new(plan.path.as_str());
        suite.add_property(("edition", plan.edition_id.as_deref().unwrap_or("-")));
        suite.add_property(("as-of", options.as_of.to_string().as_str()));
        for rule in rules_of(plan) {
            let findings: Vec<&RenderedDiagnostic> =
                plan.diagnostics.iter().filter(|d| d.rule == rule).collect();
            suite.add_test_case(test_case(&plan.path, rule, &findings, plan.checked));
        }
        report.add_test_suite(suite);
    }
    report
        .to_string()
        .unwrap_or_else(|e| format!("<!-- oras-check: could not write JUnit XML: {e} -->\n"))
}

/// The rules a plan is tested against: for a checked plan every rule that could apply to it
/// (builtin, in force for its edition, cross-plan), for an unchecked one those it reported.
fn rules_of(plan: &RenderedPlan) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = if plan.checked {
        RuleId::ALL
            .iter()
            .filter(|r| r.kind() != Kind::Plan || plan.in_force.contains(&r.as_str()))
            .map(|r| r.as_str())
            .collect()
    } else {
        Vec::new()
    };
    for d in &plan.diagnostics {
        if !ids.contains(&d.rule) {
            ids.push(d.rule);
        }
    }
    ids
}

/// A rule's test case: a failure when the plan breaks it, an error when the plan could not be
/// checked at all (the test could not run, as JUnit readers distinguish them).
fn test_case(path: &str, rule: &str, findings: &[&RenderedDiagnostic], checked: bool) -> TestCase {
    let failing: Vec<_> = findings
        .iter()
        .filter(|d| d.suppressed.is_none() && d.severity >= Severity::Warning)
        .collect();
    let describe = |d: &&RenderedDiagnostic| {
        let at = d.position.map_or(String::new(), |p| {
            format!("{path}:{}:{}: ", p.line, p.column)
        });
        let suppressed = d
            .suppressed
            .as_deref()
            .map_or(String::new(), |r| format!(" (suppressed: {r})"));
        format!("{at}{}: {}{suppressed}", d.severity, d.message)
    };
    let status = match failing.first() {
        None => TestCaseStatus::success(),
        Some(first) => {
            let kind = if checked {
                NonSuccessKind::Failure
            } else {
                NonSuccessKind::Error
            };
            let mut status = TestCaseStatus::non_success(kind);
            let worst = failing
                .iter()
                .map(|d| d.severity)
                .max()
                .unwrap_or(Severity::Warning);
            status.set_type(worst.as_str());
            status.set_message(first.message.as_str());
            status.set_description(
                failing
                    .iter()
                    .map(|d| describe(d))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            status
        }
    };
    let mut case = TestCase::new(rule, status);
    case.set_classname(path);
    let others: Vec<String> = findings
        .iter()
        .filter(|d| d.suppressed.is_some() || d.severity == Severity::Note)
        .map(describe)
        .collect();
    if !others.is_empty() {
        case.set_system_out(others.join("\n"));
    }
    case
}
