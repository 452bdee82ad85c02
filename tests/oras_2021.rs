//! Oras 2021 (001): three on-site periods, contact windows, staff with qualifications,
//! facilities with a pool, AKV1. Base plan: `examples/oras-2021.toml`, start 2024-11-04; on-site
//! periods 2024-11-04…08, 2025-01-13…17, 2025-03-17…21; pre-contact 2024-10-14; interim contacts
//! 2024-12-09 and 2025-02-17; follow-up 2025-06-02.

use crate::common;

use common::{Case, date, oras};
use oras_check::finding::Severity::{Error, Note, Warning};

const AS_OF: &str = "2026-01-15";

fn base() -> Case {
    Case::example("oras-2021.toml")
}

#[test]
fn compliant_and_chosen_by_its_start_date() {
    let out = base().check(AS_OF);
    out.clean();
    assert!(out.report.findings.is_empty(), "{}", out.describe_all());
    assert_eq!(out.report.edition.as_ref().unwrap().id, "oras-2021");
}

#[test]
fn pinning_the_2025_edition_overrides_the_start_date() {
    let mut case = base();
    case.set("course.edition", "2025");
    let out = case.check(AS_OF);
    assert_eq!(out.report.edition.as_ref().unwrap().id, "oras-2025");
    out.one("edition-pinned", Note);
    // Under the 2025 rules this three-period plan is wrong.
    out.one("onsite-periods", Error);
}

#[test]
fn group_of_ten_and_minimum_of_three() {
    base().clients(10).check(AS_OF).clean();
    let out = base().clients(11).check(AS_OF);
    out.only(&[("group-size-max", Error)]);
    assert_eq!(
        out.message(out.one("group-size-max", Error)),
        "11 clients are enrolled; the course takes at most 10"
    );
    let out = base().clients(3).check(AS_OF);
    out.clean().one("start-threshold", Note);
    base()
        .clients(2)
        .check(AS_OF)
        .only(&[("group-size-min", Error)]);
    let mut case = base();
    case.clients(2).set("course.status", "planned");
    case.check(AS_OF).only(&[("group-size-min", Warning)]);
    base().clients(7).check(AS_OF).none("start-threshold");
}

#[test]
fn three_periods_of_fifteen_days_in_all() {
    let mut case = base();
    case.set_date("periods[2].end", "2025-03-20");
    let out = case.check(AS_OF);
    out.only(&[("onsite-periods", Error)]);
    assert_eq!(
        out.message(out.one("onsite-periods", Error)),
        "The on-site periods last 14 days in all; the service description has 15"
    );
    // 6 + 4 + 5 days is fine: only the total is fixed.
    let mut case = base();
    case.set_date("periods[0].end", "2024-11-09")
        .set_date("periods[1].end", "2025-01-16");
    case.check(AS_OF).clean();
    let mut case = base();
    case.push(
        "periods",
        "kind = \"onsite\"\nstart = 2025-04-07\nend = 2025-04-07\ninvoiced = 2025-04-10",
    );
    let out = case.check(AS_OF);
    assert!(
        out.of("onsite-periods")
            .iter()
            .any(|f| out.message(f).starts_with("4 on-site periods"))
    );
}

#[test]
fn periods_within_twelve_months() {
    // First on-site day 2024-11-04: the last may be 2025-11-04, not 2025-11-05.
    let mut case = base();
    case.set_date("periods[2].start", "2025-11-03")
        .set_date("periods[2].end", "2025-11-04");
    case.check(AS_OF).none("periods-span");
    case.set_date("periods[2].end", "2025-11-05");
    let out = case.check(AS_OF);
    let f = out.one("periods-span", Error);
    assert_eq!(out.line_text(f), "end = 2025-11-05");
}

#[test]
fn no_remote_part() {
    let mut case = base();
    case.push(
        "periods",
        "kind = \"remote\"\nstart = 2024-11-11\nend = 2025-01-10",
    );
    case.check(AS_OF)
        .only(&[("remote-period", Error), ("invoice-deadline", Error)]);
}

#[test]
fn pre_contact_about_three_weeks_before() {
    for (day, ok) in [
        ("2024-10-21", true),
        ("2024-10-22", false),
        ("2024-10-07", true),
        ("2024-10-06", false),
    ] {
        let mut case = base();
        case.set_date("contacts[0].date", day);
        let out = case.check(AS_OF);
        if ok {
            out.clean();
        } else {
            out.only(&[("pre-contact", Warning)]);
        }
    }
}

#[test]
fn interim_contacts_strictly_between_the_periods() {
    // Between periods 1 and 2 means after 2024-11-08 and before 2025-01-13.
    for (day, ok) in [
        ("2024-11-09", true),
        ("2024-11-08", false),
        ("2025-01-12", true),
        ("2025-01-13", false),
    ] {
        let mut case = base();
        case.set_date("contacts[1].date", day);
        let out = case.check(AS_OF);
        if ok {
            out.clean();
        } else {
            out.only(&[("interim-contacts", Error)]);
        }
    }
}

#[test]
fn one_interim_contact_after_each_of_the_first_two_periods() {
    // Both contacts between periods 1 and 2: the window between 2 and 3 lacks one.
    let mut case = base();
    case.set_date("contacts[2].date", "2024-12-16");
    let out = case.check(AS_OF);
    let found = out.of("interim-contacts");
    assert!(
        found.iter().any(|f| out.message(f)
            == "0 of the 1 interim contacts required between on-site periods 2 and 3 are planned"),
        "{}",
        out.describe_all()
    );
}

#[test]
fn follow_up_two_to_three_months_after_the_last_period() {
    // The last on-site day is 2025-03-21: the window is 2025-05-21 … 2025-06-21.
    for (day, ok) in [
        ("2025-05-21", true),
        ("2025-05-20", false),
        ("2025-06-21", true),
        ("2025-06-22", false),
    ] {
        let mut case = base();
        case.set_date("contacts[3].date", day);
        let out = case.check(AS_OF);
        if ok {
            out.clean().none("follow-up-contacts");
        } else if day < "2025-05-21" {
            // "noin 2 – 3 kuukauden aikana" reads *within* the months: early is only a note.
            out.clean();
            let f = out.one("follow-up-contacts", Note);
            assert_eq!(
                out.message(f),
                "The follow-up contact on 2025-05-20 is less than 2 months after the last on-site day 2025-03-21; the service description has the follow-ups within about 2–3 months of the end of the last period"
            );
        } else {
            out.only(&[("follow-up-contacts", Warning)]);
        }
    }
    let mut case = base();
    case.push("contacts", "kind = \"follow-up\"\ndate = 2025-06-09");
    case.check(AS_OF).clean();
    case.push("contacts", "kind = \"follow-up\"\ndate = 2025-06-16");
    case.check(AS_OF).only(&[("follow-up-contacts", Error)]);
}

#[test]
fn course_lasts_fifteen_months() {
    // Start 2024-11-04 + 15 months = 2026-02-04.
    let mut case = base();
    case.set_date("contacts[3].date", "2026-02-04");
    case.check(AS_OF).none("course-duration");
    case.set_date("contacts[3].date", "2026-02-05");
    case.check(AS_OF).one("course-duration", Error);
}

#[test]
fn physician_in_psychiatry_or_occupational_health() {
    let mut case = base();
    case.set("staff[0].specialty", "työterveyshuolto");
    case.check(AS_OF).clean();
    case.set("staff[0].specialty", "general-practice");
    let out = case.check(AS_OF);
    out.only(&[("staff-physician", Error)]);
    assert_eq!(
        out.message(out.one("staff-physician", Error)),
        r#"The specialist physician LL's specialty is "general-practice"; this service description requires "psychiatry" or "occupational-health""#
    );
    case.remove("staff[0].specialty");
    let out = case.check(AS_OF);
    assert!(
        out.message(out.one("staff-physician", Error))
            .contains("has no stated specialty")
    );
}

#[test]
fn a_nurse_needs_a_mental_health_qualification() {
    let mut case = base();
    case.remove("staff[2].qualifications");
    let out = case.check(AS_OF);
    out.only(&[("staff-mandatory", Error)]);
    let f = out.one("staff-mandatory", Error);
    assert_eq!(
        f.secondary.len(),
        1,
        "the nurse is labelled as lacking a qualification"
    );
    for q in [
        "psychiatric-nursing-degree",
        "mental-health-training-30-credits",
    ] {
        let mut quals = toml_edit::Array::new();
        quals.push(q);
        let mut case = base();
        case.set("staff[2].qualifications", quals);
        case.check(AS_OF).clean();
    }
    let mut case = base();
    case.set("staff[2].role", "psykoterapeutti")
        .remove("staff[2].qualifications");
    case.check(AS_OF).clean();
}

#[test]
fn two_optional_professionals_in_team_all_available() {
    let mut case = base();
    case.set("staff[5].in_team", false);
    case.check(AS_OF).only(&[("staff-optional", Error)]);
    let mut case = base();
    case.set("staff[6].role", "msc-rehabilitation-science");
    case.check(AS_OF).clean();
    let mut case = base();
    case.remove("staff[6]");
    let out = case.check(AS_OF);
    assert_eq!(
        out.message(out.one("staff-optional", Error)),
        "The provider must have social worker, socionom, rehabilitation instructor or MSc in rehabilitation science available"
    );
}

#[test]
fn pool_on_site_or_elsewhere() {
    let mut case = base();
    case.set("facilities.pool", "on-site");
    case.check(AS_OF).clean();
    case.set("facilities.pool", "none");
    case.check(AS_OF).only(&[("facilities", Error)]);
    case.remove("facilities.pool");
    case.check(AS_OF).only(&[("facilities", Warning)]);
}

#[test]
fn measurements_include_akv1() {
    let mut case = base();
    case.remove("measurements.instruments[3]");
    let out = case.check(AS_OF);
    assert_eq!(
        out.message(out.one("measurements", Error)),
        "A required instrument is missing: AKV1"
    );
}

#[test]
fn invoices_within_two_months() {
    // Period 2 ends 2025-01-17: due by 2025-03-17.
    let mut case = base();
    case.set_date("periods[1].invoiced", "2025-03-17");
    case.check(AS_OF).clean();
    case.set_date("periods[1].invoiced", "2025-03-18");
    case.check(AS_OF).only(&[("invoice-deadline", Error)]);
}

#[test]
fn sundays_and_holidays_on_site_warn_about_the_allowance() {
    // Friday 2025-01-03 … Tuesday 2025-01-07 includes Sunday 5 January and Epiphany.
    let mut case = base();
    case.set_date("periods[1].start", "2025-01-03")
        .set_date("periods[1].end", "2025-01-07");
    let out = case.check(AS_OF);
    out.only(&[("allowance-days", Warning)]);
    let message = out.message(out.one("allowance-days", Warning));
    assert!(
        message.contains("Sunday 2025-01-05") && message.contains("Epiphany 2025-01-06"),
        "{message}"
    );
}

#[test]
fn rules_the_2021_edition_does_not_have() {
    // No feedback deadline, no insurance, no remote guidance in 2021.
    let mut case = base();
    case.set("clients[0].age", 17);
    case.check(AS_OF).only(&[("client-age", Error)]);
    case.check(AS_OF)
        .not_in_force("feedback-deadline")
        .not_in_force("insurance");
    let mut case = base();
    case.set("course.start", date("2024-11-04"));
    case.check(AS_OF).clean();
}

/// Oras accepts either mode at the client's choice ("avo- tai laitosmuotoisena asiakkaan
/// valinnan mukaisesti"); only the carers' course requires accommodation on site.
#[test]
fn outpatient_and_residential_onsite_periods_are_both_accepted() {
    for mode in ["outpatient", "residential"] {
        let mut case = base();
        case.set("periods[2].mode", mode);
        case.check(AS_OF).clean().not_in_force("accommodation");
    }
}

// ------------------------------------------------- rule catalogue, "Settled in December 2026"

/// 001 Väliyhteydenotot: "Yhteydenoton kesto on keskimäärin 30 minuuttia." The stated minutes
/// average at least 30; contacts without minutes are not counted.
#[test]
fn interim_contacts_last_thirty_minutes_on_average() {
    // 30 + 30 and 31 + 29: an average of exactly 30 passes.
    base().check(AS_OF).none("contact-length");
    let mut case = base();
    case.set("contacts[1].minutes", 31)
        .set("contacts[2].minutes", 29);
    case.check(AS_OF).clean().none("contact-length");
    // 30 + 29: 29.5 on average, a warning at the shortest contact's minutes.
    let mut case = base();
    case.set("contacts[2].minutes", 29);
    let out = case.check(AS_OF);
    out.only(&[("contact-length", Warning)]);
    let f = out.one("contact-length", Warning);
    assert_eq!(
        out.message(f),
        "The interim contacts with stated minutes last 29.5 minutes on average (2 contacts); the service description states 30 minutes on average"
    );
    assert_eq!(out.line_text(f), "minutes = 29");
    let help = oras_check::i18n::Localizer::get(oras_check::i18n::Lang::En)
        .format(f.help.as_ref().unwrap());
    assert!(
        help.contains("60 minutes together") && help.contains("1 minute more"),
        "{help}"
    );
    let source = f.source.as_ref().unwrap();
    assert_eq!(
        source.quote,
        "Yhteydenoton kesto on keskimäärin 30 minuuttia."
    );
    // One contact without minutes is not counted: the other alone is judged.
    let mut case = base();
    case.remove("contacts[1].minutes");
    case.check(AS_OF).none("contact-length");
    case.set("contacts[2].minutes", 29);
    let out = case.check(AS_OF);
    let f = out.one("contact-length", Warning);
    assert!(out.message(f).contains("(1 contact)"), "{}", out.message(f));
}

/// The checklist asks to confirm the length by hand only when no minutes are stated.
#[test]
fn the_contact_length_checklist_item_stays_only_without_minutes() {
    let manual = |case: &Case| case.check(AS_OF).report.edition.unwrap().manual.to_vec();
    let stated = manual(&base());
    assert!(
        !stated.iter().any(|m| m == "interim-contact-length"),
        "{stated:?}"
    );
    assert!(stated.iter().any(|m| m == "start-meeting"), "{stated:?}");
    let mut case = base();
    case.remove("contacts[1].minutes")
        .remove("contacts[2].minutes");
    case.check(AS_OF).none("contact-length");
    let unstated = manual(&case);
    assert!(
        unstated.iter().any(|m| m == "interim-contact-length"),
        "{unstated:?}"
    );
    assert_eq!(unstated.len(), stated.len() + 1);
}

/// 001: the personal instructor (omaohjaaja) makes the contacts and attends the opening
/// meeting, so the team has one; the 2021 source does not say which professional it is.
#[test]
fn the_team_has_a_personal_instructor_of_any_role() {
    let mut case = base();
    case.set("staff[2].personal_instructor", false);
    let out = case.check(AS_OF);
    out.only(&[("staff-personal-instructor", Error)]);
    let f = out.one("staff-personal-instructor", Error);
    assert!(
        f.source
            .as_ref()
            .unwrap()
            .quote
            .contains("Yhteydenoton toteuttaa omaohjaaja"),
        "{f:?}"
    );
    // The nutritionist (an optional professional) may be the personal instructor in 2021…
    case.set("staff[5].personal_instructor", true);
    case.check(AS_OF).clean().none("staff-personal-instructor");
    // …but one outside the team does not count.
    let mut case = base();
    case.set("staff[2].personal_instructor", false)
        .set("staff[6].personal_instructor", true);
    case.check(AS_OF).one("staff-personal-instructor", Error);
}

/// An occupational physiotherapist (työfysioterapeutti) fills the physiotherapist's slot.
#[test]
fn an_occupational_physiotherapist_is_a_physiotherapist() {
    let mut case = base();
    case.set("staff[3].role", "physiotherapist");
    case.check(AS_OF).clean();
    case.set("staff[3].role", "occupational-physiotherapist");
    case.check(AS_OF).clean();
}

/// 001: "voi kurssin siirtää alkamaan myöhemmin samana vuonna": a new start on or before the
/// original one is not a postponement.
#[test]
fn a_course_is_postponed_only_to_a_later_start() {
    let postponed = |original: &str| {
        let mut case = base();
        case.doc["postponement"] = toml_edit::table();
        case.set_date("postponement.date", "2024-09-02")
            .set_date("postponement.original_start", original)
            .set_date("postponement.new_start", "2024-11-04")
            .set("postponement.clients_with_decisions", 4);
        case
    };
    postponed("2024-11-03")
        .check(AS_OF)
        .clean()
        .none("postponement");
    let out = postponed("2024-11-04").check(AS_OF);
    out.only(&[("postponement", Error)]);
    let f = out.one("postponement", Error);
    assert_eq!(
        out.message(f),
        "The new start 2024-11-04 is not later than the original start 2024-11-04"
    );
    assert_eq!(out.line_text(f), "new_start = 2024-11-04");
    postponed("2024-11-18")
        .check(AS_OF)
        .only(&[("postponement", Error)]);
}

/// An on-site day under 4 hours carries the allowance only with travel (003: "kuntoutuspäivältä,
/// joka kestää matkoineen vähintään 4 tuntia"): a note.
#[test]
fn a_short_onsite_day_is_noted_for_the_allowance() {
    let mut case = base();
    case.set("periods[0].hours_per_day", 4);
    case.check(AS_OF).none("allowance-days");
    case.set("periods[0].hours_per_day", 3.5);
    let out = case.check(AS_OF);
    out.clean();
    let f = out.one("allowance-days", Note);
    assert_eq!(out.line_text(f), "hours_per_day = 3.5");
    assert!(
        out.message(f).contains("at least 4 h with travel"),
        "{}",
        out.message(f)
    );
}

/// The yearly reporting date (31 March) comes from the later 2025 source: the deadlines mark it
/// as carried for Oras 2021.
#[test]
fn the_measurement_reporting_date_is_marked_as_carried() {
    let output = oras()
        .args([
            "deadlines",
            "examples/oras-2021.toml",
            "--as-of",
            "2025-01-15",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let reports: Vec<_> = json["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "measurement-report")
        .collect();
    assert!(!reports.is_empty(), "{json}");
    for item in reports {
        assert_eq!(item["carried"], true, "{item}");
        assert!(
            item["what"]
                .as_str()
                .unwrap()
                .contains("carried from the later 2025 source"),
            "{item}"
        );
    }
    let output = oras()
        .args([
            "deadlines",
            "examples/oras-2025.toml",
            "--as-of",
            "2025-01-15",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        json["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "measurement-report")
            .all(|i| i["carried"] == false),
        "{json}"
    );
}
