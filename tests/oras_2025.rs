//! Oras 2025 (000, with figures carried from 2021). Base plan: `examples/oras-2025.toml`, start
//! 2025-03-03; on-site 2025-03-03…07 and 2025-05-05…09; remote 2025-03-10…05-02 (54 days);
//! pre-contact 2025-02-10; video sessions 03-24, 04-07, 04-28; follow-up 2025-08-04.

mod common;

use common::Case;
use oras_check::finding::Severity::{Error, Note, Warning};

const AS_OF: &str = "2026-01-15";

fn base() -> Case {
    Case::example("oras-2025.toml")
}

#[test]
fn compliant_and_chosen_by_its_start_date() {
    let out = base().check(AS_OF);
    out.clean();
    assert!(out.report.findings.is_empty(), "{}", out.describe_all());
    assert_eq!(out.report.edition.as_ref().unwrap().id, "oras-2025");
}

#[test]
fn pinning_2021_checks_against_the_old_structure() {
    let mut case = base();
    case.set("course.edition", "2021");
    let out = case.check(AS_OF);
    assert_eq!(out.report.edition.as_ref().unwrap().id, "oras-2021");
    out.one("edition-pinned", Note);
    out.one("remote-period", Error);
}

#[test]
fn two_periods_of_five_days() {
    let mut case = base();
    case.set_date("periods[2].end", "2025-05-10");
    case.check(AS_OF).only(&[("onsite-periods", Error)]);
}

#[test]
fn eight_weeks_of_telerehabilitation_give_or_take_a_week() {
    // 56 days ± 7: 49 and 63 pass, 48 and 64 warn. The remote period starts 2025-03-10.
    for (end, ok) in [
        ("2025-04-27", true),
        ("2025-04-26", false),
        ("2025-05-11", true),
        ("2025-05-12", false),
    ] {
        let mut case = base();
        case.set_date("periods[1].end", end);
        if end > "2025-05-04" {
            // Make room: move the second on-site period later.
            case.set_date("periods[2].start", "2025-05-19")
                .set_date("periods[2].end", "2025-05-23");
        }
        let out = case.check(AS_OF);
        if ok {
            out.none("remote-period");
        } else {
            out.one("remote-period", Warning);
        }
    }
}

#[test]
fn three_video_sessions_inside_the_remote_period() {
    let mut case = base();
    case.remove("contacts[3]");
    case.check(AS_OF).only(&[("interim-contacts", Error)]);
    let mut case = base();
    case.set_date("contacts[3].date", "2025-05-03");
    case.check(AS_OF).only(&[("interim-contacts", Error)]);
}

#[test]
fn physician_specialties_of_2025() {
    for specialty in ["psychiatry", "general-practice", "yleislääketiede"] {
        let mut case = base();
        case.set("staff[0].specialty", specialty);
        case.check(AS_OF).clean();
    }
    let mut case = base();
    case.set("staff[0].specialty", "paediatrics");
    case.check(AS_OF).only(&[("staff-physician", Error)]);
}

#[test]
fn personnel_of_2025() {
    let mut case = base();
    case.set("staff[1].role", "psychotherapist")
        .set("staff[3].role", "physiotherapist");
    case.check(AS_OF).clean();
    let mut case = base();
    case.set("staff[3].role", "nutritionist");
    case.check(AS_OF).only(&[("staff-mandatory", Error)]);
    // The 2025 page names no optional professionals and no premises.
    base()
        .check(AS_OF)
        .not_in_force("staff-optional")
        .not_in_force("facilities");
}

#[test]
fn general_part_insurance_and_feedback() {
    let mut case = base();
    case.set("insurance.group_accident", false);
    case.check(AS_OF).only(&[("insurance", Error)]);
    let mut case = base();
    case.set_date("clients[0].feedback_sent", "2025-08-19");
    case.check(AS_OF).only(&[("feedback-deadline", Error)]);
}

#[test]
fn carried_figures_apply() {
    base()
        .clients(11)
        .check(AS_OF)
        .only(&[("group-size-max", Error)]);
    let mut case = base();
    case.remove("measurements.instruments[3]");
    case.check(AS_OF).only(&[("measurements", Error)]);
    let mut case = base();
    case.set_date("periods[0].invoiced", "2025-05-08");
    case.check(AS_OF).only(&[("invoice-deadline", Error)]);
}

#[test]
fn no_pre_contact_window_and_no_follow_up_limit() {
    let mut case = base();
    case.set_date("contacts[0].date", "2024-12-02");
    case.push("contacts", "kind = \"follow-up\"\ndate = 2025-09-01");
    case.push("contacts", "kind = \"follow-up\"\ndate = 2025-10-06");
    case.check(AS_OF).clean();
}

/// Oras accepts either mode at the client's choice ("avo- tai laitosmuotoisena asiakkaan
/// valinnan mukaisesti"); only the carers' course requires accommodation on site.
#[test]
fn outpatient_and_residential_onsite_periods_are_both_accepted() {
    for mode in ["outpatient", "residential"] {
        let mut case = base();
        case.set("periods[0].mode", mode);
        case.check(AS_OF).clean().not_in_force("accommodation");
    }
}

// ------------------------------------------------- rule catalogue, "Settled in November 2026"

/// An interim contact outside every window counts only as misplaced, never toward "more than
/// required", and a finding about one contact names no client.
#[test]
fn a_misplaced_interim_contact_is_only_misplaced() {
    let mut case = base();
    case.push("contacts", "kind = \"interim\"\ndate = 2025-05-20");
    let out = case.check(AS_OF);
    out.only(&[("interim-contacts", Error)]);
    let f = out.one("interim-contacts", Error);
    assert_eq!(f.client, None);
    assert!(f.clients.is_empty());
    assert!(
        out.line_text(f).contains("2025-05-20"),
        "{}",
        out.line_text(f)
    );
}

/// With several remote periods, each one's length is judged.
#[test]
fn every_remote_period_has_its_length_judged() {
    let mut case = base();
    case.push(
        "periods",
        "kind = \"remote\"\nstart = 2025-05-12\nend = 2025-05-16\nguidance_hours_per_client = 3",
    );
    let out = case.check(AS_OF);
    let lengths: Vec<_> = out
        .of("remote-period")
        .into_iter()
        .filter(|f| f.severity == Warning)
        .collect();
    assert_eq!(lengths.len(), 1, "{}", out.describe_all());
    assert!(out.line_text(lengths[0]).contains("2025-05-16"));
    // The first period (54 days) is within the tolerance; the second (5 days) is not.
    assert!(
        out.message(lengths[0]).contains("5 days"),
        "{}",
        out.message(lengths[0])
    );
}

/// A key of another service's plan is a schema error, not silently ignored.
#[test]
fn a_group_therapy_key_on_an_oras_plan_is_a_schema_error() {
    let mut case = base();
    case.set("course.therapy", "music");
    let out = case.check(AS_OF);
    let f = out.unchecked("plan-schema");
    assert!(out.line_text(f).contains("therapy"), "{}", out.line_text(f));
}
