//! Oras 2025 (000, with figures carried from 2021). Base plan: `examples/oras-2025.toml`, start
//! 2025-03-03; on-site 2025-03-03…07 and 2025-05-05…09; remote 2025-03-10…05-02 (54 days);
//! pre-contact 2025-02-10; video sessions 03-24, 04-07, 04-28; follow-up 2025-08-04.

use crate::common;

use common::{Case, oras};
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
    // 56 days ± 7: 49 and 63 pass, 48 and 64 fail. The remote period starts 2025-03-10.
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
            // The length is fixed: beyond the 7 days it is an error.
            out.one("remote-period", Error);
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
        // Oras 2025 states the room (settled in December 2026): each mode is accepted with it.
        case.check(AS_OF).clean().none("accommodation");
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
        .filter(|f| out.message(f).starts_with("The remote period lasts"))
        .collect();
    assert!(lengths.iter().all(|f| f.severity == Error));
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

// ------------------------------------------------- rule catalogue, "Settled in December 2026"

/// 000: "A videoconferencing session lasts 45 minutes on average."
#[test]
fn video_sessions_last_forty_five_minutes_on_average() {
    let mut case = base();
    case.set("contacts[1].minutes", 46)
        .set("contacts[3].minutes", 44);
    case.check(AS_OF).clean().none("contact-length"); // 45 on average
    case.set("contacts[2].minutes", 44); // 134 / 3
    let out = case.check(AS_OF);
    out.only(&[("contact-length", Warning)]);
    let f = out.one("contact-length", Warning);
    assert_eq!(out.line_text(f), "minutes = 44");
    assert!(
        out.message(f)
            .contains("44.67 minutes on average (3 contacts)"),
        "{}",
        out.message(f)
    );
    assert_eq!(
        f.source.as_ref().unwrap().quote,
        "A videoconferencing session lasts 45 minutes on average."
    );
    // The checklist asks for the length by hand only when no session states its minutes.
    let manual = |case: &Case| case.check(AS_OF).report.edition.unwrap().manual.to_vec();
    assert!(!manual(&base()).iter().any(|m| m == "video-session-length"));
    let mut case = base();
    for i in 1..=3 {
        case.remove(&format!("contacts[{i}].minutes"));
    }
    case.check(AS_OF).none("contact-length");
    assert!(manual(&case).iter().any(|m| m == "video-session-length"));
}

/// The general part 2025 applies to Oras 2025 (as its insurance rule does): a residential
/// period houses clients in a double room with WC and shower. Outpatient courses are accepted.
#[test]
fn a_residential_oras_2025_course_has_the_general_parts_room_standard() {
    let mut case = base();
    case.doc["facilities"] = toml_edit::table();
    case.set("facilities.room_standard", "other");
    let out = case.check(AS_OF);
    out.only(&[("accommodation", Warning)]);
    let f = out.one("accommodation", Warning);
    assert_eq!(out.line_text(f), "room_standard = \"other\"");
    assert_eq!(
        f.source.as_ref().unwrap().quote,
        "Järjestä majoitus kahden hengen huoneessa, jossa on WC ja suihku"
    );
    // One residential period is enough; with both outpatient nobody is housed.
    case.set("periods[0].mode", "outpatient");
    case.check(AS_OF).one("accommodation", Warning);
    case.set("periods[2].mode", "outpatient");
    case.check(AS_OF).clean().none("accommodation");
    // A double room passes; accommodation elsewhere or not stated is not reported on Oras.
    let mut case = base();
    case.doc["facilities"] = toml_edit::table();
    case.set("facilities.room_standard", "double-with-bathroom")
        .set("facilities.accommodation_on_site", false);
    case.check(AS_OF).clean().none("accommodation");
}

/// 000 names a physiotherapist; an occupational physiotherapist is one.
#[test]
fn an_occupational_physiotherapist_fills_the_physiotherapists_place() {
    let mut case = base();
    case.set("staff[3].role", "arbetsfysioterapeut");
    case.check(AS_OF).clean();
}

/// 004 Lyhyt kuntoutuspalaute: "Toimita Kelaan, jos asiakkaan kuntoutus on keskeytynyt." A
/// withdrawn client without `feedback_sent` gets a note; no deadline is given.
#[test]
fn a_withdrawn_client_gets_the_short_feedback() {
    let mut case = base();
    case.push("clients", "id = \"W01\"\nstatus = \"withdrawn\"\nage = 40");
    let out = case.check(AS_OF);
    out.clean();
    let f = out.one("feedback-deadline", Note);
    assert_eq!(f.client.as_deref(), Some("W01"));
    assert_eq!(out.line_text(f), "status = \"withdrawn\"");
    assert!(
        f.source
            .as_ref()
            .unwrap()
            .quote
            .contains("Toimita Kelaan, jos asiakkaan kuntoutus on keskeytynyt"),
        "{f:?}"
    );
    case.push(
        "clients",
        "id = \"W02\"\nstatus = \"withdrawn\"\nfeedback_sent = 2025-04-01",
    );
    case.check(AS_OF).one("feedback-deadline", Note);
}

/// A postponed course starts later than it would have, in the same year.
#[test]
fn postponed_to_a_later_start_only() {
    let postponed = |original: &str| {
        let mut case = base();
        case.doc["postponement"] = toml_edit::table();
        case.set_date("postponement.date", "2025-01-07")
            .set_date("postponement.original_start", original)
            .set_date("postponement.new_start", "2025-03-03")
            .set("postponement.clients_with_decisions", 4);
        case
    };
    postponed("2025-03-02").check(AS_OF).clean();
    postponed("2025-03-03")
        .check(AS_OF)
        .only(&[("postponement", Error)]);
    postponed("2025-04-07")
        .check(AS_OF)
        .only(&[("postponement", Error)]);
}

/// The new rule is in the catalogue: `explain` cites both editions' quotes, `rules --coverage`
/// lists it as checked and the length items as by hand only when no minutes are stated.
#[test]
fn contact_length_is_explained_and_covered() {
    let run = |args: &[&str]| {
        let out = oras().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let explain = run(&["explain", "contact-length"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Oras 2021",
        "Oras 2025",
        "Yhteydenoton kesto on keskimäärin 30 minuuttia.",
        "A videoconferencing session lasts 45 minutes on average.",
        "average_minutes = 45",
    ] {
        assert!(explain.contains(expected), "{expected}:\n{explain}");
    }
    // The coverage table, laid out wide enough that no cell wraps.
    let packs = oras_check::pack::Packs::builtin().unwrap();
    let editions: Vec<_> = packs.editions.iter().collect();
    let coverage = oras_check::report::catalogue::coverage(
        &editions,
        oras_check::i18n::Localizer::get(oras_check::i18n::Lang::En),
        oras_check::report::catalogue::Layout {
            width: 400,
            color: false,
        },
    );
    let line = |item: &str| {
        coverage
            .lines()
            .filter(|l| l.split_whitespace().any(|w| w == item))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    // Under 000 and under 001, each by its edition.
    let rows = line("contact-length");
    assert_eq!(rows.len(), 2, "{coverage}");
    assert!(rows.iter().all(|l| l.contains("checked")), "{coverage}");
    for item in ["interim-contact-length", "video-session-length"] {
        let rows = line(item);
        assert!(
            !rows.is_empty()
                && rows
                    .iter()
                    .all(|l| l
                        .contains("by hand when the plan does not state it (else contact-length)")),
            "{item}: {coverage}"
        );
    }
}
