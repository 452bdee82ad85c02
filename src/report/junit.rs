//! `--format junit`: JUnit XML, a test suite per plan and a test case per rule, so that CI
//! systems that read test reports show which rules a plan fails. Errors and warnings are
//! failures; notes and suppressed findings are kept in the test case's output. A plan that
//! could not be checked has errors, not failures.
//!
//! The document streams once the run's totals are known (`Totals::of_report`, counted from
//! the reports before the first plan is rendered): its head states them, then each plan's
//! suite is written as the plan is accepted, and nothing of it is kept.

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::RenderOptions;
use super::rendered::{RenderedDiagnostic, RenderedPlan};
use crate::check::PlanReport;
use crate::finding::Severity;
use crate::registry::{Kind, RuleId};

/// The whole document at once (a reporter that was not told the totals, and tests): the
/// same bytes as the stream.
pub fn render(plans: &[RenderedPlan], options: &RenderOptions) -> String {
    let totals = plans.iter().map(Totals::of_rendered).sum();
    let mut stream = Stream::new(totals);
    let mut out = String::new();
    for plan in plans {
        out.push_str(&stream.plan(plan, options));
    }
    out.push_str(&stream.end());
    out
}

/// What the document's root element counts: test cases, failures (a checked plan breaks the
/// rule) and errors (the plan could not be checked).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Totals {
    tests: usize,
    failures: usize,
    errors: usize,
}

impl Totals {
    /// A plan's, from its report, before it is rendered.
    pub(crate) fn of_report(report: &PlanReport) -> Totals {
        let findings = report
            .findings
            .iter()
            .chain(&report.cross_findings)
            .map(|f| (f.rule.as_str(), fails(f.severity, f.suppressed.is_some())));
        let in_force = report.edition.as_ref().map_or(&[][..], |e| &e.rules[..]);
        Totals::of(report.checked, in_force, findings)
    }

    fn of_rendered(plan: &RenderedPlan) -> Totals {
        let findings = plan
            .diagnostics
            .iter()
            .map(|d| (d.rule, fails(d.severity, d.suppressed.is_some())));
        Totals::of(plan.checked, &plan.in_force, findings)
    }

    /// `findings`: each finding's rule and whether it fails its test case.
    fn of(
        checked: bool,
        in_force: &[&'static str],
        findings: impl Iterator<Item = (&'static str, bool)> + Clone,
    ) -> Totals {
        let rules = rules_of(checked, in_force, findings.clone().map(|(rule, _)| rule));
        let failing = rules
            .iter()
            .filter(|r| findings.clone().any(|(rule, fails)| rule == **r && fails))
            .count();
        Totals {
            tests: rules.len(),
            failures: if checked { failing } else { 0 },
            errors: if checked { 0 } else { failing },
        }
    }

    fn of_suite(suite: &TestSuite) -> Totals {
        Totals {
            tests: suite.tests,
            failures: suite.failures,
            errors: suite.errors,
        }
    }
}

impl std::ops::Add for Totals {
    type Output = Totals;
    fn add(self, other: Totals) -> Totals {
        Totals {
            tests: self.tests + other.tests,
            failures: self.failures + other.failures,
            errors: self.errors + other.errors,
        }
    }
}

impl std::iter::Sum for Totals {
    fn sum<I: Iterator<Item = Totals>>(iter: I) -> Totals {
        iter.fold(Totals::default(), |a, b| a + b)
    }
}

/// The document as it streams: the head (the root element with the run's totals) with the
/// first plan, each plan's suite as it is accepted, the end. Head, suites and end are cut from
/// documents `quick_junit` writes whole, so the bytes are those of the whole document.
pub(crate) struct Stream {
    totals: Totals,
    /// The totals of the suites written, which must come to `totals`.
    written: Totals,
    started: bool,
}

/// Where a suite begins in a written document: an element of the root, at depth 1.
const SUITE: &str = "\n    <testsuite";
/// Where the document ends.
const END: &str = "\n</testsuites>";

impl Stream {
    pub(crate) fn new(totals: Totals) -> Stream {
        Stream {
            totals,
            written: Totals::default(),
            started: false,
        }
    }

    /// One plan's suite (after the head, the first time).
    pub(crate) fn plan(&mut self, plan: &RenderedPlan, options: &RenderOptions) -> String {
        let suite = suite(plan, options);
        self.written = self.written + Totals::of_suite(&suite);
        let mut one = Report::new("oras-check");
        one.add_test_suite(suite);
        let text = xml(&one);
        let part = match (text.find(SUITE), text.rfind(END)) {
            (Some(start), Some(end)) if start <= end => &text[start..end],
            _ => "",
        };
        let mut out = self.head();
        out.push_str(part);
        out
    }

    /// The rest of the document: all of it when no plan was written.
    pub(crate) fn end(mut self) -> String {
        debug_assert_eq!(self.written, self.totals, "JUnit totals counted ahead");
        if !self.started {
            return xml(&self.root());
        }
        let mut out = self.head();
        out.push_str(END);
        out.push('\n');
        out
    }

    /// The document up to the end of its root's start tag, once.
    fn head(&mut self) -> String {
        if std::mem::replace(&mut self.started, true) {
            return String::new();
        }
        let mut report = self.root();
        // A suite, so that the root is written as a start tag, with no suite of its own.
        report.add_test_suite(TestSuite::new(""));
        let mut text = xml(&report);
        text.truncate(text.find(SUITE).unwrap_or(text.len()));
        text
    }

    fn root(&self) -> Report {
        let mut report = Report::new("oras-check");
        report.tests = self.totals.tests;
        report.failures = self.totals.failures;
        report.errors = self.totals.errors;
        report
    }
}

fn xml(report: &Report) -> String {
    report
        .to_string()
        .unwrap_or_else(|e| format!("<!-- oras-check: could not write JUnit XML: {e} -->\n"))
}

/// A plan's suite: its edition, the day of the check, and a test case per rule.
fn suite(plan: &RenderedPlan, options: &RenderOptions) -> TestSuite {
    let mut suite = TestSuite::new(plan.path.as_str());
    suite.add_property(("edition", plan.edition_id.as_deref().unwrap_or("-")));
    suite.add_property(("as-of", options.as_of.to_string().as_str()));
    let reported = plan.diagnostics.iter().map(|d| d.rule);
    for rule in rules_of(plan.checked, &plan.in_force, reported) {
        let findings: Vec<&RenderedDiagnostic> =
            plan.diagnostics.iter().filter(|d| d.rule == rule).collect();
        suite.add_test_case(test_case(&plan.path, rule, &findings, plan.checked));
    }
    suite
}

/// Whether a finding fails its rule's test case: an error or a warning, not suppressed.
fn fails(severity: Severity, suppressed: bool) -> bool {
    !suppressed && severity >= Severity::Warning
}

/// The rules a plan is tested against: for a checked plan every rule that could apply to it
/// (builtin, in force for its edition, cross-plan), for an unchecked one those it reported.
fn rules_of(
    checked: bool,
    in_force: &[&'static str],
    reported: impl Iterator<Item = &'static str>,
) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = if checked {
        RuleId::ALL
            .iter()
            .filter(|r| r.kind() != Kind::Plan || in_force.contains(&r.as_str()))
            .map(|r| r.as_str())
            .collect()
    } else {
        Vec::new()
    };
    for rule in reported {
        if !ids.contains(&rule) {
            ids.push(rule);
        }
    }
    ids
}

/// A rule's test case: a failure when the plan breaks it, an error when the plan could not be
/// checked at all (the test could not run, as JUnit readers distinguish them).
fn test_case(path: &str, rule: &str, findings: &[&RenderedDiagnostic], checked: bool) -> TestCase {
    let failing: Vec<_> = findings
        .iter()
        .filter(|d| fails(d.severity, d.suppressed.is_some()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Localizer};
    use crate::pack::Packs;
    use crate::report::Format;

    /// The document as `quick_junit` writes it whole: what the stream must equal byte for byte.
    fn whole(plans: &[RenderedPlan], options: &RenderOptions) -> String {
        let mut report = Report::new("oras-check");
        for plan in plans {
            report.add_test_suite(suite(plan, options));
        }
        xml(&report)
    }

    #[test]
    fn the_streamed_document_is_the_whole_document_byte_for_byte() {
        let packs = Packs::builtin().unwrap();
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        // With a plan that could not be checked: its test cases are errors, not failures.
        let reports = crate::report::tests::mixed_reports(as_of);
        for lang in [Lang::En, Lang::Sv] {
            let options = crate::report::tests::options(Format::Junit, lang, as_of);
            let l10n = Localizer::get(lang);
            let rendered: Vec<RenderedPlan> = reports
                .iter()
                .map(|r| RenderedPlan::new(r, l10n, false, false))
                .collect();
            // Counted from a report, before rendering, as from the suite rendered from it.
            for (report, plan) in reports.iter().zip(&rendered) {
                let counted = Totals::of_report(report);
                assert_eq!(counted, Totals::of_suite(&suite(plan, &options)));
                assert_eq!(counted, Totals::of_rendered(plan));
            }
            let expected = whole(&rendered, &options);
            assert!(expected.contains("failures=\"") && expected.contains("errors=\"1"));
            assert_eq!(render(&rendered, &options), expected);
            // Through the reporter: the head with the first plan, nothing of a plan kept.
            let (parts, end) = crate::report::tests::streamed(&options, &reports, packs, "<?xml");
            for part in &parts {
                assert!(part.contains("<testsuite "), "{part}");
            }
            assert_eq!(parts.concat() + &end, expected);
            // No plan at all: the whole (empty) document at the end.
            assert_eq!(render(&[], &options), whole(&[], &options));
        }
    }
}
