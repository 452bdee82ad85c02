//! Every Omaishoitaja 2025 rule: a passing and a failing case, date rules on the last allowed
//! day and the first late day.
//!
//! The base plan is `examples/omaishoitaja-2025.toml`: start 2025-03-03; on-site periods
//! 2025-03-03…07 and 2025-06-02…06; remote 2025-03-10…05-30; pre-contact 2025-02-10; interim
//! contacts 2025-03-24, 04-14, 05-12; follow-up 2025-09-01; eight clients A01–A08.

use crate::common;

use common::{Case, date};
use oras_check::finding::Severity::{Error, Note, Warning};

const AS_OF: &str = "2026-01-15";

fn base() -> Case {
    Case::omaishoitaja()
}

#[test]
fn the_compliant_example_is_clean_with_no_notes_at_all() {
    let out = base().check(AS_OF);
    out.clean();
    assert!(out.report.findings.is_empty(), "{}", out.describe_all());
    assert_eq!(
        out.report.edition.as_ref().map(|e| e.id.as_str()),
        Some("omaishoitaja-2025")
    );
}

// ---------------------------------------------------------------- group size

#[test]
fn group_size_max_twelve_pass_thirteen_fail() {
    base().clients(12).check(AS_OF).clean();
    let out = base().clients(13).check(AS_OF);
    out.only(&[("group-size-max", Error)]);
    let f = out.one("group-size-max", Error);
    assert_eq!(
        out.message(f),
        "13 clients are enrolled; the course takes at most 12"
    );
    assert_eq!(f.client.as_deref(), Some("X13"));
    assert_eq!(out.line_text(f), "[[clients]]");
}

#[test]
fn withdrawn_clients_do_not_count_toward_the_group() {
    let mut case = base();
    case.clients(13).set("clients[12].status", "withdrawn");
    case.check(AS_OF).clean();
    // A transferred-in client does count.
    let mut case = base();
    case.clients(13).set("clients[12].status", "transferred-in");
    case.check(AS_OF).one("group-size-max", Error);
}

#[test]
fn group_size_min_depends_on_status() {
    let out = base().clients(5).check(AS_OF);
    out.one("group-size-min", Error); // completed
    let mut case = base();
    case.clients(5).set("course.status", "planned");
    case.check(AS_OF).one("group-size-min", Warning);
    let mut case = base();
    case.clients(5).set("course.status", "confirmed");
    case.check(AS_OF).one("group-size-min", Error);
    let mut case = base();
    case.clients(5).set("course.status", "started");
    case.check(AS_OF).one("group-size-min", Error);
    base().clients(6).check(AS_OF).none("group-size-min");
}

#[test]
fn group_size_min_is_not_checked_when_postponed() {
    let mut case = base();
    case.clients(2).set("course.status", "postponed");
    case.doc["postponement"] = toml_edit::table();
    case.set_date("postponement.date", "2025-01-10")
        .set_date("postponement.original_start", "2025-02-03")
        .set_date("postponement.new_start", "2025-03-03")
        .set("postponement.clients_with_decisions", 2);
    case.check(AS_OF)
        .none("group-size-min")
        .none("start-threshold");
}

#[test]
fn start_threshold_notes_a_course_that_goes_ahead_below_it() {
    let out = base().clients(6).check(AS_OF);
    out.clean();
    let f = out.one("start-threshold", Note);
    assert!(
        out.message(f)
            .contains("fewer than the start threshold of 7"),
        "{}",
        out.message(f)
    );
    base().clients(7).check(AS_OF).none("start-threshold");
}

fn cancelled(decisions: i64) -> Case {
    let mut case = base();
    case.set("course.status", "cancelled");
    case.doc["cancellation"] = toml_edit::table();
    case.set_date("cancellation.date", "2025-02-10")
        .set("cancellation.clients_with_decisions", decisions);
    case
}

#[test]
fn start_threshold_forbids_cancelling_with_seven_decisions() {
    cancelled(6).check(AS_OF).none("start-threshold");
    let out = cancelled(7).check(AS_OF);
    let f = out.one("start-threshold", Error);
    assert_eq!(out.line_text(f), "clients_with_decisions = 7");
}

#[test]
fn a_cancelled_course_checks_only_cancellation_rules() {
    // Nothing else happens on a cancelled course: a broken structure is not reported.
    let mut case = cancelled(3);
    case.remove("periods[2]")
        .remove("contacts[0]")
        .remove("staff[0]");
    let out = case.check(AS_OF);
    out.clean();
    assert!(out.report.findings.is_empty(), "{}", out.describe_all());
}

#[test]
fn postponing_with_seven_decisions_is_an_error() {
    let mut case = base();
    case.set("course.status", "postponed");
    case.doc["postponement"] = toml_edit::table();
    case.set_date("postponement.date", "2025-01-10")
        .set_date("postponement.original_start", "2025-02-03")
        .set_date("postponement.new_start", "2025-03-03")
        .set("postponement.clients_with_decisions", 7);
    case.check(AS_OF).one("start-threshold", Error);
}

// ---------------------------------------------------------------- on-site periods

#[test]
fn onsite_periods_exactly_two_of_five_days() {
    let mut case = base();
    case.remove("periods[2]");
    let out = case.check(AS_OF);
    let f = out.one("onsite-periods", Error);
    assert_eq!(
        out.message(f),
        "1 on-site period is planned; the service description has exactly 2"
    );

    let mut case = base();
    case.push(
        "periods",
        "kind = \"onsite\"\nstart = 2025-08-04\nend = 2025-08-08\ninvoiced = 2025-08-20",
    );
    case.check(AS_OF).one("onsite-periods", Error);

    // Four days and six days are both wrong; five is right.
    let mut case = base();
    case.set_date("periods[0].end", "2025-03-06");
    let out = case.check(AS_OF);
    let f = out.one("onsite-periods", Error);
    assert_eq!(out.line_text(f), "end = 2025-03-06");
    let mut case = base();
    case.set_date("periods[2].end", "2025-06-07");
    case.check(AS_OF).one("onsite-periods", Error);
}

#[test]
fn onsite_days_may_include_saturday_but_not_sunday() {
    // Tuesday–Saturday is fine.
    let mut case = base();
    case.set_date("periods[2].start", "2025-06-03")
        .set_date("periods[2].end", "2025-06-07");
    case.check(AS_OF).clean();
    // Wednesday–Sunday is not (and the Sunday is Whit Sunday: reported once, by onsite-weekdays).
    let mut case = base();
    case.set_date("periods[2].start", "2025-06-04")
        .set_date("periods[2].end", "2025-06-08");
    let out = case.check(AS_OF);
    out.only(&[("onsite-weekdays", Error)]);
    let f = out.one("onsite-weekdays", Error);
    assert_eq!(out.line_text(f), "end = 2025-06-08");
}

#[test]
fn day_length_six_hours_and_five_guided() {
    let mut case = base();
    case.set("periods[0].hours_per_day", 6)
        .set("periods[0].guided_hours_per_day", 5);
    case.check(AS_OF).clean();
    let mut case = base();
    case.set("periods[0].hours_per_day", 5.5);
    case.check(AS_OF).only(&[("day-length", Error)]);
    let mut case = base();
    case.set("periods[2].guided_hours_per_day", 4.5);
    case.check(AS_OF).only(&[("day-length", Warning)]);
    // A guided figure not stated is not checked…
    let mut case = base();
    case.remove("periods[0].guided_hours_per_day");
    case.check(AS_OF).clean().none("day-length");
    // …a day length not stated is a note at the period (as remote-guidance notes its own).
    case.remove("periods[0].hours_per_day");
    let out = case.check(AS_OF);
    out.clean();
    let f = out.one("day-length", Note);
    assert_eq!(out.line_text(f), "[[periods]]");
    assert_eq!(
        out.message(f),
        "The length of a rehabilitation day (hours_per_day) is not stated for the on-site period 2025-03-03 – 2025-03-07; a day lasts at least 6 hours"
    );
}

#[test]
fn allowance_days_warn_about_public_holidays_on_site() {
    // Tuesday 2025-04-29 … Saturday 2025-05-03 includes May Day (Thursday).
    let mut case = base();
    case.set_date("periods[2].start", "2025-04-29")
        .set_date("periods[2].end", "2025-05-03");
    case.set_date("periods[1].end", "2025-04-25");
    case.set_date("contacts[3].date", "2025-04-22");
    let out = case.check(AS_OF);
    let f = out.one("allowance-days", Warning);
    assert!(
        out.message(f).contains("May Day 2025-05-01"),
        "{}",
        out.message(f)
    );
}

// ---------------------------------------------------------------- remote part

#[test]
fn remote_period_must_exist_once() {
    let mut case = base();
    case.remove("periods[1]");
    let out = case.check(AS_OF);
    out.one("remote-period", Error);
    // The interim contacts now lie in no remote period and are reported as such.
    out.some("interim-contacts", Error, 3);

    let mut case = base();
    case.push(
        "periods",
        "kind = \"remote\"\nstart = 2025-05-26\nend = 2025-05-30\ninvoiced = 2025-06-13",
    );
    case.set_date("periods[1].end", "2025-05-23");
    let out = case.check(AS_OF);
    assert!(
        out.of("remote-period")
            .iter()
            .any(|f| out.message(f).contains("2 remote periods"))
    );
}

#[test]
fn remote_period_lies_strictly_between_the_onsite_periods() {
    // Starting the day after the first period and ending the day before the second: fine.
    let mut case = base();
    case.set_date("periods[1].start", "2025-03-08")
        .set_date("periods[1].end", "2025-06-01");
    case.check(AS_OF).none("remote-period");
    // Starting on the last on-site day: not after it.
    let mut case = base();
    case.set_date("periods[1].start", "2025-03-07");
    case.check(AS_OF).one("remote-period", Error);
    // Ending on the first day of the second period: not before it.
    let mut case = base();
    case.set_date("periods[1].end", "2025-06-02");
    case.check(AS_OF).one("remote-period", Error);
}

#[test]
fn remote_period_length_is_twelve_weeks_give_or_take_seven_days() {
    // 84 days ± 7: 77 and 91 days pass, 76 and 92 fail.
    let mut case = base();
    case.set_date("periods[1].start", "2025-03-08")
        .set_date("periods[1].end", "2025-05-23");
    case.check(AS_OF).none("remote-period"); // 77 days
    let mut case = base();
    case.set_date("periods[1].start", "2025-03-08")
        .set_date("periods[1].end", "2025-05-22");
    let out = case.check(AS_OF);
    let f = out.one("remote-period", Error); // 76 days: the length is fixed
    assert_eq!(
        out.message(f),
        "The remote period lasts 76 days; the service description sets 12 weeks (84 days)"
    );

    let mut case = base();
    case.set_date("periods[0].start", "2025-02-24")
        .set_date("periods[0].end", "2025-02-28");
    case.set("course.start", date("2025-02-24"))
        .set_date("contacts[0].date", "2025-02-03");
    case.set_date("periods[1].start", "2025-03-03")
        .set_date("periods[1].end", "2025-06-01");
    case.check(AS_OF).none("remote-period"); // 91 days
    case.set_date("periods[1].start", "2025-03-02");
    case.check(AS_OF).one("remote-period", Error); // 92 days
}

#[test]
fn remote_guidance_four_hours_per_client() {
    let mut case = base();
    case.set("periods[1].guidance_hours_per_client", 3.5);
    case.check(AS_OF).only(&[("remote-guidance", Error)]);
    let mut case = base();
    case.remove("periods[1].guidance_hours_per_client");
    let out = case.check(AS_OF);
    out.clean().one("remote-guidance", Note);
    let mut case = base();
    case.set("periods[1].guidance_hours_per_client", 4.0);
    case.check(AS_OF).none("remote-guidance");
}

// ---------------------------------------------------------------- contacts

#[test]
fn pre_contact_the_day_before_the_start_passes_on_the_start_fails() {
    let mut case = base();
    case.set_date("contacts[0].date", "2025-03-02");
    case.check(AS_OF).none("pre-contact");
    case.set_date("contacts[0].date", "2025-03-03");
    let out = case.check(AS_OF);
    out.only(&[("pre-contact", Error)]);
    let f = out.one("pre-contact", Error);
    assert_eq!(
        out.message(f),
        "The pre-contact on 2025-03-03 is not before the course starts on 2025-03-03"
    );
}

#[test]
fn pre_contact_missing_or_duplicated() {
    let mut case = base();
    case.remove("contacts[0]");
    let out = case.check(AS_OF);
    let f = out.one("pre-contact", Error);
    assert!(
        f.client.is_none(),
        "every client lacks it: one course-level finding"
    );

    let mut case = base();
    case.push("contacts", "kind = \"pre\"\ndate = 2025-02-17");
    let out = case.check(AS_OF);
    let f = out.one("pre-contact", Error);
    assert_eq!(
        out.message(f),
        "2 pre-contacts are planned; the service description has one"
    );
}

#[test]
fn contacts_are_counted_per_client() {
    // The pre-contact reaches only A01 and A02: the six others lack it, one finding each.
    let mut case = base();
    let mut clients = toml_edit::Array::new();
    clients.push("A01");
    clients.push("A02");
    case.set("contacts[0].clients", clients);
    let out = case.check(AS_OF);
    let found = out.some("pre-contact", Error, 6);
    let ids: Vec<_> = found.iter().filter_map(|f| f.client.as_deref()).collect();
    assert_eq!(ids, ["A03", "A04", "A05", "A06", "A07", "A08"]);
}

#[test]
fn interim_contacts_on_the_remote_periods_first_and_last_day_count() {
    let mut case = base();
    case.set_date("contacts[1].date", "2025-03-10")
        .set_date("contacts[3].date", "2025-05-30");
    case.check(AS_OF).clean();
    // The day after the remote period: outside, one finding for the misplaced contact.
    case.set_date("contacts[3].date", "2025-05-31");
    let out = case.check(AS_OF);
    out.only(&[("interim-contacts", Error)]);
    let f = out.one("interim-contacts", Error);
    assert_eq!(
        out.message(f),
        "The interim contact on 2025-05-31 lies outside the remote period (2025-03-10 – 2025-05-30)"
    );
    // The day before it starts: outside too.
    let mut case = base();
    case.set_date("contacts[1].date", "2025-03-09");
    case.check(AS_OF).one("interim-contacts", Error);
}

#[test]
fn interim_contacts_three_required_more_warns() {
    let mut case = base();
    case.remove("contacts[2]");
    let out = case.check(AS_OF);
    let f = out.one("interim-contacts", Error);
    assert_eq!(
        out.message(f),
        "2 of the 3 interim contacts required inside the remote period are planned"
    );

    let mut case = base();
    case.push("contacts", "kind = \"interim\"\ndate = 2025-05-19");
    case.check(AS_OF).only(&[("interim-contacts", Warning)]);
}

#[test]
fn follow_up_after_the_last_onsite_day() {
    let mut case = base();
    case.set_date("contacts[4].date", "2025-06-07");
    case.check(AS_OF).none("follow-up-contacts");
    case.set_date("contacts[4].date", "2025-06-06");
    case.check(AS_OF).one("follow-up-contacts", Error);
    let mut case = base();
    case.remove("contacts[4]");
    let out = case.check(AS_OF);
    assert!(out.one("follow-up-contacts", Error).client.is_none());
    // More than one follow-up is fine in this edition.
    let mut case = base();
    case.push("contacts", "kind = \"follow-up\"\ndate = 2025-10-06");
    case.check(AS_OF).none("follow-up-contacts");
}

// ---------------------------------------------------------------- per client

#[test]
fn preliminary_agreement_within_two_weeks_of_the_decision_arriving() {
    // Decision arrived on the 31st: 14 days later is 14 November.
    let mut case = base();
    case.set_date("clients[0].decision_received", "2024-10-31")
        .set_date("clients[0].preliminary_agreement", "2024-11-14");
    case.check(AS_OF).none("client-preliminary-agreement");
    case.set_date("clients[0].preliminary_agreement", "2024-11-15");
    let out = case.check(AS_OF);
    out.only(&[("client-preliminary-agreement", Error)]);
    let f = out.one("client-preliminary-agreement", Error);
    assert_eq!(f.client.as_deref(), Some("A01"));
    assert_eq!(out.line_text(f), "preliminary_agreement = 2024-11-15");
}

#[test]
fn confirmation_within_six_months_clamped_to_february() {
    // 2024-08-31 + 6 months = 2025-02-28 (no 31 February).
    let mut case = base();
    case.set_date("clients[0].decision", "2024-08-31")
        .set_date("clients[0].decision_received", "2024-09-02")
        .set_date("clients[0].preliminary_agreement", "2024-09-10")
        .set_date("clients[0].confirmation_sent", "2025-02-28");
    case.check(AS_OF).none("client-confirmation");
    case.set_date("clients[0].confirmation_sent", "2025-03-01");
    let out = case.check(AS_OF);
    let f = out.one("client-confirmation", Error);
    assert!(
        out.message(f).contains("(by 2025-02-28)"),
        "{}",
        out.message(f)
    );
}

#[test]
fn confirmation_deadline_on_29_february_in_a_leap_year() {
    // 2023-08-29 + 6 months = 2024-02-29.
    let mut case = base();
    case.set_date("clients[1].decision", "2023-08-29")
        .set_date("clients[1].decision_received", "2023-09-01")
        .set_date("clients[1].preliminary_agreement", "2023-09-05")
        .set_date("clients[1].confirmation_sent", "2024-02-29");
    let out = case.check(AS_OF);
    out.none("client-confirmation");
    case.set_date("clients[1].confirmation_sent", "2024-03-01");
    case.check(AS_OF).one("client-confirmation", Error);
}

/// A01 with a decision on `decision` and a follow-up of its own on `follow_up`.
fn decision_case(decision: &str, follow_up: &str) -> Case {
    let mut case = base();
    case.set_date("clients[0].decision", decision)
        .set_date("clients[0].decision_received", decision)
        .set_date("clients[0].preliminary_agreement", decision)
        .set_date("clients[0].confirmation_sent", decision)
        .set_date("clients[0].last_meeting", follow_up)
        .set_date("clients[0].feedback_sent", follow_up);
    case.push(
        "contacts",
        &format!("kind = \"follow-up\"\ndate = {follow_up}\nclients = [\"A01\"]"),
    );
    case
}

#[test]
fn decision_window_twenty_months_clamped_to_a_30_day_month() {
    // 2024-01-31 + 20 months = 2025-09-30.
    decision_case("2024-01-31", "2025-09-30")
        .check(AS_OF)
        .none("client-decision-window");
    let out = decision_case("2024-01-31", "2025-10-01").check(AS_OF);
    out.only(&[("client-decision-window", Error)]);
    let f = out.one("client-decision-window", Error);
    assert_eq!(f.client.as_deref(), Some("A01"));
    assert_eq!(out.line_text(f), "decision = 2024-01-31");
}

#[test]
fn decision_window_from_29_february() {
    // 2024-02-29 + 20 months = 2025-10-29.
    decision_case("2024-02-29", "2025-10-29")
        .check(AS_OF)
        .none("client-decision-window");
    decision_case("2024-02-29", "2025-10-30")
        .check(AS_OF)
        .one("client-decision-window", Error);
}

#[test]
fn decision_window_falls_back_to_the_last_onsite_day() {
    // Without any follow-up for A01, the last on-site day (2025-06-06) is its end.
    let mut case = base();
    case.set_date("clients[0].decision", "2023-10-06");
    let mut only_others = toml_edit::Array::new();
    for id in ["A02", "A03", "A04", "A05", "A06", "A07", "A08"] {
        only_others.push(id);
    }
    case.set("contacts[4].clients", only_others);
    // 2023-10-06 + 20 months = 2025-06-06: the last allowed day.
    case.check(AS_OF).none("client-decision-window");
    case.set_date("clients[0].decision", "2023-10-05");
    case.check(AS_OF).one("client-decision-window", Error);
}

#[test]
fn client_duration_at_least_eight_months() {
    // The follow-up is 2025-09-01: a decision on 2025-01-01 reaches exactly 8 months.
    let mut case = base();
    case.set_date("clients[0].decision", "2025-01-01")
        .set_date("clients[0].decision_received", "2025-01-02")
        .set_date("clients[0].preliminary_agreement", "2025-01-03")
        .set_date("clients[0].confirmation_sent", "2025-01-03");
    case.check(AS_OF).none("client-duration");
    case.set_date("clients[0].decision", "2025-01-02");
    case.check(AS_OF).only(&[("client-duration", Warning)]);
    // Without a follow-up, the end is the last on-site day, and the label says so.
    let mut case = base();
    case.set_date("clients[0].decision", "2025-01-02");
    case.set("contacts[4].clients", toml_edit::Array::from_iter(["A02"]));
    let out = case.check(AS_OF);
    let f = out
        .of("client-duration")
        .into_iter()
        .find(|f| f.client.as_deref() == Some("A01"))
        .unwrap();
    let label = f.secondary[0].text.as_ref().unwrap();
    assert_eq!(label.id, "label-last-onsite-day", "{}", out.describe_all());
}

#[test]
fn missing_dates_are_noted_once_per_rule_naming_only_what_is_missing() {
    // A03 and A06: decision 2024-11-06, so the confirmation is due by 2025-05-06.
    let mut case = base();
    case.remove("clients[2].confirmation_sent")
        .remove("clients[5].confirmation_sent");
    let out = case.check("2025-05-06");
    out.clean();
    let f = out.one("client-confirmation", Note);
    assert_eq!(
        out.message(f),
        "Not checked for clients A03 and A06: `confirmation_sent` not stated"
    );
    // Without a decision neither date can be judged: both keys are named, in their own note.
    case.remove("clients[5].decision");
    let out = case.check("2025-05-06");
    let notes = out.some("client-confirmation", Note, 2);
    assert_eq!(
        out.message(notes[1]),
        "Not checked for client A06: `decision` and `confirmation_sent` not stated"
    );
}

/// A date never recorded is an error once `--as-of` is past its deadline (as the invoice and
/// feedback deadlines are), a note before it.
#[test]
fn an_unrecorded_confirmation_is_late_after_six_months() {
    let mut case = base();
    case.remove("clients[2].confirmation_sent");
    case.check("2025-05-06").one("client-confirmation", Note);
    let out = case.check("2025-05-07");
    out.only(&[("client-confirmation", Error)]);
    let f = out.one("client-confirmation", Error);
    assert_eq!(f.client.as_deref(), Some("A03"));
    assert_eq!(
        out.message(f),
        "Client A03 was to be told the confirmed course dates by 2025-05-06 (within 6 months of the decision of 2024-11-06); confirmation_sent is not recorded (as of 2025-05-07)"
    );
    assert_eq!(out.line_text(f), "[[clients]]");
}

#[test]
fn an_unrecorded_preliminary_agreement_is_late_after_two_weeks() {
    // A01: the decision arrived on 2024-11-07, so the dates are agreed by 2024-11-21.
    let mut case = base();
    case.remove("clients[0].preliminary_agreement");
    let out = case.check("2024-11-21");
    let f = out.one("client-preliminary-agreement", Note);
    assert_eq!(
        out.message(f),
        "Not checked for client A01: `preliminary_agreement` not stated"
    );
    let out = case.check("2024-11-22");
    out.only(&[("client-preliminary-agreement", Error)]);
    let f = out.one("client-preliminary-agreement", Error);
    assert!(
        out.message(f)
            .contains("by 2024-11-21 (within 14 days of the decision arriving on 2024-11-07)"),
        "{}",
        out.message(f)
    );
    // Without decision_received there is no deadline: a note, whatever the day.
    case.remove("clients[0].decision_received");
    let out = case.check(AS_OF);
    let f = out.one("client-preliminary-agreement", Note);
    assert_eq!(
        out.message(f),
        "Not checked for client A01: `decision_received` and `preliminary_agreement` not stated"
    );
}

#[test]
fn client_age_eighteen_or_over() {
    let mut case = base();
    case.set("clients[0].age", 18);
    case.check(AS_OF).clean();
    case.set("clients[0].age", 17);
    let out = case.check(AS_OF);
    out.only(&[("client-age", Error)]);
    out.none("allowance-age");
    // 15 is also outside the allowance ages (16–67): a note besides the error.
    case.set("clients[0].age", 15);
    case.check(AS_OF).one("allowance-age", Note);
}

#[test]
fn allowance_age_sixteen_to_sixty_seven() {
    let mut case = base();
    case.set("clients[0].age", 67);
    case.check(AS_OF).none("allowance-age");
    case.set("clients[0].age", 68);
    let out = case.check(AS_OF);
    out.clean();
    assert_eq!(
        out.one("allowance-age", Note).client.as_deref(),
        Some("A01")
    );
}

// ---------------------------------------------------------------- staff

#[test]
fn a_physician_of_any_specialty_or_none() {
    let mut case = base();
    case.remove("staff[0].specialty");
    case.check(AS_OF).clean();
    let mut case = base();
    case.remove("staff[0]");
    case.check(AS_OF).only(&[("staff-physician", Error)]);
    // A physician outside the team does not count.
    let mut case = base();
    case.set("staff[0].in_team", false);
    case.check(AS_OF).one("staff-physician", Error);
}

#[test]
fn mandatory_slots() {
    // A public health nurse fills the nurse slot; a rehabilitation instructor the third slot.
    let mut case = base();
    case.set("staff[1].role", "terveydenhoitaja")
        .set("staff[3].role", "kuntoutuksen ohjaaja");
    case.check(AS_OF).clean();
    let mut case = base();
    case.remove("staff[2]"); // the physiotherapist
    let out = case.check(AS_OF);
    let f = out.one("staff-mandatory", Error);
    assert_eq!(
        out.message(f),
        "No team member fills the mandatory slot of physiotherapist"
    );
}

#[test]
fn optional_professionals_two_in_team_all_three_available() {
    let mut case = base();
    case.set("staff[5].in_team", false); // the nutritionist
    let out = case.check(AS_OF);
    let f = out.one("staff-optional", Error);
    assert_eq!(
        out.message(f),
        "1 optional professional is in the team; at least 2 are required"
    );
    // About the team as the service requires it, not about whoever is listed first.
    assert_eq!(out.line_text(f).trim(), "service = \"omaishoitaja\"");
    // The psychologist must be available even outside the team.
    let mut case = base();
    case.remove("staff[6]");
    let out = case.check(AS_OF);
    let f = out.one("staff-optional", Error);
    assert_eq!(
        out.message(f),
        "The provider must have psychologist available"
    );
    // A nutrition advisor fills the nutrition slot.
    let mut case = base();
    case.set("staff[5].role", "ravintoneuvoja");
    case.check(AS_OF).clean();
}

#[test]
fn personal_instructors_are_mandatory_professionals() {
    let mut case = base();
    for i in 1..=3 {
        case.set(&format!("staff[{i}].personal_instructor"), false);
    }
    case.check(AS_OF)
        .only(&[("staff-personal-instructor", Error)]);
    let mut case = base();
    case.set("staff[4].personal_instructor", true); // the occupational therapist
    let out = case.check(AS_OF);
    let f = out.one("staff-personal-instructor", Error);
    assert_eq!(out.line_text(f), "personal_instructor = true");
}

#[test]
fn exactly_one_licensed_service_manager() {
    let mut case = base();
    case.set("staff[1].service_manager", false);
    case.check(AS_OF).only(&[("staff-service-manager", Error)]);
    let mut case = base();
    case.set("staff[2].service_manager", true);
    case.check(AS_OF).one("staff-service-manager", Error);
    let mut case = base();
    case.set("staff[1].licensed", false);
    case.check(AS_OF).one("staff-service-manager", Error);
    // 004: "terveydenhuollon ammattihenkilö, jolla on Valviran myöntämä oikeus harjoittaa
    // ammattiaan laillistettuna ammattihenkilönä": a licensed socionom or an assistant
    // (lähihoitaja) is not one.
    for role in ["socionom", "lähihoitaja"] {
        let mut case = base();
        case.set("staff[1].service_manager", false)
            .set("staff[3].service_manager", true)
            .set("staff[3].licensed", true)
            .set("staff[3].role", role);
        let out = case.check(AS_OF);
        let f = out
            .of("staff-service-manager")
            .into_iter()
            .find(|f| {
                out.message(f)
                    .contains("not a licensed health-care profession")
            })
            .unwrap_or_else(|| panic!("{}", out.describe_all()));
        assert_eq!(out.line_text(f), format!("role = \"{role}\""));
    }
    for role in [
        "terveydenhoitaja",
        "työfysioterapeutti",
        "toimintaterapeutti",
        "psykologi",
    ] {
        let mut case = base();
        case.set("staff[1].role", role);
        case.check(AS_OF).none("staff-service-manager");
    }
    // The service manager need not be in this course's team.
    let mut case = base();
    case.set("staff[1].service_manager", false)
        .set("staff[6].service_manager", true);
    case.check(AS_OF).clean();
}

// ---------------------------------------------------------------- premises

#[test]
fn facilities_false_is_an_error_unstated_a_warning() {
    let mut case = base();
    case.set("facilities.gym", false);
    case.check(AS_OF).only(&[("facilities", Error)]);
    let mut case = base();
    case.remove("facilities.sports_hall");
    let out = case.check(AS_OF);
    out.only(&[("facilities", Warning)]);
    // A pool is not required for carers' courses.
    let mut case = base();
    case.set("facilities.pool", "none");
    case.check(AS_OF).clean();
}

#[test]
fn accommodation_at_the_site_in_double_rooms() {
    let mut case = base();
    case.set("facilities.accommodation_on_site", false);
    case.check(AS_OF).only(&[("accommodation", Error)]);
    let mut case = base();
    case.remove("facilities.accommodation_on_site");
    case.check(AS_OF).only(&[("accommodation", Warning)]);
    let mut case = base();
    case.set("facilities.room_standard", "other");
    case.check(AS_OF).only(&[("accommodation", Warning)]);
    let mut case = base();
    case.remove("facilities.room_standard");
    case.check(AS_OF).clean();
}

/// 004 "Tilat": "Asiakas on majoitettava samassa toimipisteessä, jossa kuntoutus toteutuu." An
/// outpatient on-site period houses nobody: an error at that `mode`, whichever period it is.
#[test]
fn an_outpatient_onsite_period_is_an_accommodation_error_at_its_mode() {
    for (period, mode) in [("periods[0]", "outpatient"), ("periods[2]", "avomuotoinen")] {
        let mut case = base();
        case.set(&format!("{period}.mode"), mode);
        let out = case.check(AS_OF);
        out.only(&[("accommodation", Error)]);
        let f = out.one("accommodation", Error);
        assert_eq!(out.line_text(f).trim(), format!("mode = \"{mode}\""));
        let source = f.source.as_ref().unwrap();
        assert!(
            source.quote.contains(
                "Asiakas on majoitettava samassa toimipisteessä, jossa kuntoutus toteutuu."
            ),
            "{source:?}"
        );
        assert!(out.message(f).contains("outpatient"), "{}", out.message(f));
    }
    // Residential periods, or periods whose mode is not stated, pass.
    let mut case = base();
    case.remove("periods[0].mode");
    case.check(AS_OF).clean();
}

#[test]
fn insurance_and_measurements() {
    let mut case = base();
    case.set("insurance.patient", false);
    case.check(AS_OF).only(&[("insurance", Error)]);
    let mut case = base();
    case.remove("insurance");
    case.check(AS_OF).only(&[("insurance", Warning)]);
    let mut case = base();
    let mut two = toml_edit::Array::new();
    two.push("GAS");
    two.push("WHOQOL-BREF");
    case.set("measurements.instruments", two);
    let out = case.check(AS_OF);
    let f = out.one("measurements", Error);
    assert_eq!(out.message(f), "A required instrument is missing: BDI-21");
    let mut case = base();
    case.remove("measurements");
    case.check(AS_OF).only(&[("measurements", Warning)]);
}

// ---------------------------------------------------------------- deadlines

#[test]
fn feedback_within_two_weeks_of_the_last_meeting() {
    // Last meeting: the follow-up on 2025-09-01; deadline 2025-09-15.
    let mut case = base();
    case.set_date("clients[0].feedback_sent", "2025-09-15");
    case.check(AS_OF).none("feedback-deadline");
    case.set_date("clients[0].feedback_sent", "2025-09-16");
    let out = case.check(AS_OF);
    out.only(&[("feedback-deadline", Error)]);
    assert_eq!(
        out.one("feedback-deadline", Error).client.as_deref(),
        Some("A01")
    );
}

#[test]
fn unsent_feedback_is_late_only_after_the_deadline() {
    let mut case = base();
    case.remove("clients[0].feedback_sent");
    case.check("2025-09-15").one("feedback-deadline", Note);
    case.check("2025-09-16").one("feedback-deadline", Error);
    // An explicit last meeting moves the deadline.
    case.set_date("clients[0].last_meeting", "2025-09-05");
    case.check("2025-09-19").one("feedback-deadline", Note);
    case.check("2025-09-20").one("feedback-deadline", Error);
}

#[test]
fn unsent_feedback_for_every_client_is_one_note() {
    let mut case = base();
    for i in 0..8 {
        case.remove(&format!("clients[{i}].feedback_sent"));
    }
    let out = case.check("2025-09-02");
    let f = out.one("feedback-deadline", Note);
    assert!(f.client.is_none());
}

#[test]
fn invoices_within_two_months_of_each_period() {
    // The first on-site period ends 2025-03-07: the deadline is 2025-05-07.
    let mut case = base();
    case.set_date("periods[0].invoiced", "2025-05-07");
    case.check(AS_OF).none("invoice-deadline");
    case.set_date("periods[0].invoiced", "2025-05-08");
    case.check(AS_OF).only(&[("invoice-deadline", Error)]);
    let mut case = base();
    case.remove("periods[1].invoiced");
    case.check("2025-07-30").one("invoice-deadline", Note);
    case.check("2025-07-31").one("invoice-deadline", Error);
}

#[test]
fn invoice_deadline_clamps_to_the_end_of_a_shorter_month() {
    // A remote period ending on 31 July is due by 30 September, not 1 October.
    let mut case = base();
    case.set_date("periods[1].end", "2025-07-31")
        .set_date("periods[1].invoiced", "2025-09-30");
    let out = case.check(AS_OF);
    out.none("invoice-deadline");
    case.set_date("periods[1].invoiced", "2025-10-01");
    let out = case.check(AS_OF);
    let f = out.one("invoice-deadline", Error);
    assert!(
        out.message(f).contains("(by 2025-09-30)"),
        "{}",
        out.message(f)
    );
}

// ---------------------------------------------------------------- suppressions and hygiene

#[test]
fn allow_suppresses_with_a_reason_and_unused_allows_warn() {
    let mut case = base();
    case.clients(13);
    case.push(
        "allow",
        "rule = \"group-size-max\"\nreason = \"Kela exception 2025/123\"",
    );
    let out = case.check(AS_OF);
    out.clean().none("group-size-max");
    let suppressed: Vec<_> = out
        .report
        .findings
        .iter()
        .filter(|f| f.is_suppressed())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(
        suppressed[0].suppressed.as_deref(),
        Some("Kela exception 2025/123")
    );

    let mut case = base();
    case.push("allow", "rule = \"group-size-max\"\nreason = \"stale\"");
    let out = case.check(AS_OF);
    out.only(&[("unused-allow", Warning)]);
}

#[test]
fn a_client_scoped_allow_covers_only_that_client() {
    let mut case = base();
    case.set("clients[0].age", 70).set("clients[1].age", 70);
    case.push(
        "allow",
        "rule = \"allowance-age\"\nclient = \"A01\"\nreason = \"client knows\"",
    );
    let out = case.check(AS_OF);
    let f = out.one("allowance-age", Note);
    assert_eq!(f.client.as_deref(), Some("A02"));
}

/// Rule catalogue, "Settled in November 2026": a finding that stands for several clients lists
/// them, and a client-scoped allow suppresses that client's part and is used.
#[test]
fn a_client_scoped_allow_takes_its_client_out_of_a_finding_for_several() {
    let everyone: Vec<String> = (1..=8).map(|i| format!("A0{i}")).collect();
    let mut case = base();
    for i in 0..8 {
        case.set(&format!("clients[{i}].age"), 70);
    }
    let out = case.check(AS_OF);
    let f = out.one("allowance-age", Note);
    assert_eq!(f.client, None);
    assert_eq!(f.clients, everyone);

    case.push(
        "allow",
        "rule = \"allowance-age\"\nclient = \"A03\"\nreason = \"pensioner, knows\"",
    );
    let out = case.check(AS_OF);
    out.only(&[("allowance-age", Note)]).none("unused-allow");
    let f = out.one("allowance-age", Note);
    assert!(!f.is_suppressed());
    assert!(!f.clients.contains(&"A03".to_owned()), "{:?}", f.clients);
    assert_eq!(f.clients.len(), 7);
    assert_eq!(
        f.suppressed_clients,
        vec![("A03".to_owned(), "pensioner, knows".to_owned())]
    );

    // Every client's part allowed: the finding is suppressed, no allow unused.
    let mut case = base();
    for i in 0..8 {
        case.set(&format!("clients[{i}].age"), 70);
        case.push(
            "allow",
            &format!(
                "rule = \"allowance-age\"\nclient = \"A0{}\"\nreason = \"r\"",
                i + 1
            ),
        );
    }
    let out = case.check(AS_OF);
    out.clean().none("allowance-age").none("unused-allow");

    // The same for one deadline shared by every client.
    let mut case = base();
    for i in 0..8 {
        case.remove(&format!("clients[{i}].feedback_sent"));
    }
    case.push(
        "allow",
        "rule = \"feedback-deadline\"\nclient = \"A08\"\nreason = \"sent by post\"",
    );
    let out = case.check("2025-09-15");
    out.none("unused-allow");
    let f = out.one("feedback-deadline", Note);
    assert_eq!(f.clients, everyone[..7].to_vec());
}

#[test]
fn a_client_scoped_allow_naming_nobody_in_a_merged_finding_is_unused() {
    let mut case = base();
    for i in 0..8 {
        case.set(&format!("clients[{i}].age"), 70);
    }
    case.push(
        "allow",
        "rule = \"feedback-deadline\"\nclient = \"A03\"\nreason = \"not this rule\"",
    );
    let out = case.check(AS_OF);
    out.one("unused-allow", Warning);
    assert_eq!(out.one("allowance-age", Note).clients.len(), 8);
}

#[test]
fn identity_codes_are_errors_wherever_they_are() {
    let mut case = base();
    case.set("clients[0].id", "131052-308T");
    let text = case.text().replace(
        "# Available to the provider",
        "# 010594Y9032 Available to the provider",
    );
    let out = Case::from_text(&text).check(AS_OF);
    let found = out.some("personal-data", Error, 2);
    assert!(out.report.checked);
    for f in found {
        assert!(!out.message(f).contains("131052"), "{}", out.message(f));
    }
}

// ------------------------------------------------- rule catalogue, "Settled in December 2026"

/// An occupational physiotherapist fills the physiotherapist's slot, and so may be a personal
/// instructor (one of the mandatory professionals).
#[test]
fn an_occupational_physiotherapist_is_a_mandatory_professional() {
    let mut case = base();
    case.set("staff[2].role", "työfysioterapeutti");
    case.check(AS_OF).clean().none("staff-personal-instructor");
}

/// 004 Lyhyt kuntoutuspalaute: sent when the rehabilitation is interrupted; no deadline.
#[test]
fn a_withdrawn_client_without_feedback_is_noted() {
    let mut case = base();
    case.clients(9)
        .set("clients[8].status", "withdrawn")
        .remove("clients[8].feedback_sent");
    let out = case.check(AS_OF);
    out.clean();
    let f = out.one("feedback-deadline", Note);
    assert_eq!(f.client.as_deref(), Some("X09"));
    assert!(
        out.message(f).contains("short rehabilitation feedback"),
        "{}",
        out.message(f)
    );
    case.set_date("clients[8].feedback_sent", "2025-04-01");
    case.check(AS_OF).none("feedback-deadline");
}

/// 003: "Kuntoutusrahaa voi saada sellaiselta kuntoutuspäivältä, joka kestää matkoineen
/// vähintään 4 tuntia": the note cites that text, not the Sunday rule of the same rule id.
#[test]
fn a_day_under_four_hours_is_noted_for_the_allowance() {
    let mut case = base();
    case.set("periods[0].hours_per_day", 3.9);
    let out = case.check(AS_OF);
    out.only(&[("day-length", Error)]);
    let f = out.one("allowance-days", Note);
    assert_eq!(out.line_text(f), "hours_per_day = 3.9");
    let source = f.source.as_ref().unwrap();
    assert!(source.document.starts_with("003_"), "{source:?}");
    assert!(
        source
            .quote
            .contains("joka kestää matkoineen vähintään 4 tuntia"),
        "{source:?}"
    );
    case.set("periods[0].hours_per_day", 4);
    case.check(AS_OF).none("allowance-days");
}
