//! Cancelling and postponing an Oras course. Base plan: `examples/oras-2025-cancelled.toml`,
//! start 2025-10-06, cancelled 2025-09-08 with no client decisions.

use crate::common;

use common::{Case, date};
use oras_check::finding::Severity::{Error, Warning};

const AS_OF: &str = "2026-01-15";

fn cancelled(date: &str, decisions: i64) -> Case {
    let mut case = Case::example("oras-2025-cancelled.toml");
    case.set_date("cancellation.date", date)
        .set("cancellation.clients_with_decisions", decisions);
    case
}

#[test]
fn the_example_is_clean() {
    let out = Case::example("oras-2025-cancelled.toml").check(AS_OF);
    out.clean();
    assert!(out.report.findings.is_empty(), "{}", out.describe_all());
}

#[test]
fn with_no_decisions_between_two_months_and_two_weeks_before() {
    // Start 2025-10-06: earliest 2025-08-06, safe until 2025-09-15, latest 2025-09-22.
    cancelled("2025-08-06", 0).check(AS_OF).clean();
    let out = cancelled("2025-08-05", 0).check(AS_OF);
    out.only(&[("cancellation-window", Error)]);
    assert_eq!(
        out.line_text(out.one("cancellation-window", Error)),
        "date = 2025-08-05"
    );
    cancelled("2025-09-15", 0).check(AS_OF).clean();
    cancelled("2025-09-16", 0)
        .check(AS_OF)
        .only(&[("cancellation-window", Warning)]);
    cancelled("2025-09-22", 0)
        .check(AS_OF)
        .only(&[("cancellation-window", Warning)]);
    cancelled("2025-09-23", 0)
        .check(AS_OF)
        .only(&[("cancellation-window", Error)]);
}

#[test]
fn two_months_before_a_30th_clamps_to_february() {
    // Start 2025-04-30: two months earlier is 2025-02-28 (no 30 February).
    let mut case = cancelled("2025-02-28", 0);
    case.set("course.start", date("2025-04-30"));
    case.check(AS_OF).clean();
    case.set_date("cancellation.date", "2025-02-27");
    case.check(AS_OF).only(&[("cancellation-window", Error)]);
}

#[test]
fn near_the_minimum_not_earlier_than_three_weeks_before() {
    cancelled("2025-09-15", 3).check(AS_OF).clean();
    cancelled("2025-09-14", 3)
        .check(AS_OF)
        .only(&[("cancellation-window", Error)]);
    cancelled("2025-10-06", 6).check(AS_OF).clean(); // the start day itself is allowed
    cancelled("2025-10-07", 1)
        .check(AS_OF)
        .only(&[("cancellation-window", Error)]);
}

#[test]
fn at_the_start_threshold_a_course_is_not_cancelled() {
    cancelled("2025-09-15", 7)
        .check(AS_OF)
        .only(&[("start-threshold", Error)]);
}

#[test]
fn all_three_parties_are_told() {
    let mut case = cancelled("2025-09-08", 0);
    case.remove("cancellation.notified[1]");
    let out = case.check(AS_OF);
    out.only(&[("cancellation-notice", Warning)]);
    assert_eq!(
        out.message(out.one("cancellation-notice", Warning)),
        "The cancellation notice does not reach the clients"
    );
    case.remove("cancellation.notified");
    case.check(AS_OF).only(&[("cancellation-notice", Warning)]);
}

/// The compliant Oras 2025 course, postponed from `original` to its actual start 2025-03-03.
fn postponed(original: &str, decisions: i64) -> Case {
    let mut case = Case::example("oras-2025.toml");
    case.set("course.status", "postponed");
    case.doc["postponement"] = toml_edit::table();
    case.set_date("postponement.date", "2025-01-07")
        .set_date("postponement.original_start", original)
        .set_date("postponement.new_start", "2025-03-03")
        .set("postponement.clients_with_decisions", decisions);
    case
}

#[test]
fn postponed_only_within_the_same_year() {
    postponed("2025-01-13", 4).check(AS_OF).clean();
    let out = postponed("2024-12-02", 4).check(AS_OF);
    out.only(&[("postponement", Error)]);
    let mut case = postponed("2025-01-13", 4);
    case.set_date("postponement.new_start", "2025-03-10");
    let out = case.check(AS_OF);
    assert_eq!(
        out.message(out.one("postponement", Error)),
        "The postponed start 2025-03-10 is not the course start 2025-03-03"
    );
    postponed("2025-01-13", 7)
        .check(AS_OF)
        .only(&[("start-threshold", Error)]);
}

#[test]
fn the_carers_course_has_no_cancellation_windows() {
    let mut case = Case::omaishoitaja();
    case.set("course.status", "cancelled");
    case.doc["cancellation"] = toml_edit::table();
    case.set_date("cancellation.date", "2024-10-01")
        .set("cancellation.clients_with_decisions", 0);
    case.check(AS_OF)
        .clean()
        .not_in_force("cancellation-window")
        .not_in_force("cancellation-notice");
}

/// Rule catalogue, "Settled in November 2026": `[postponement]` is history. It may stay after
/// the course has started or completed, and `postponement` is still checked.
#[test]
fn a_postponement_stays_checked_after_the_course_has_started_or_completed() {
    for status in ["started", "completed"] {
        let mut case = postponed("2025-01-13", 4);
        case.set("course.status", status);
        case.check(AS_OF).clean();
        let mut case = postponed("2024-12-02", 4);
        case.set("course.status", status);
        case.check(AS_OF).only(&[("postponement", Error)]);
    }
}

/// …and `[cancellation]` on a course that is not cancelled contradicts its status.
#[test]
fn a_cancellation_table_needs_a_cancelled_status() {
    let mut case = cancelled("2025-09-08", 0);
    case.set("course.status", "planned");
    let out = case.check(AS_OF);
    let f = out.unchecked("plan-schema");
    assert!(out.message(f).contains("cancel"), "{}", out.message(f));
}
