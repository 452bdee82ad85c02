//! Group therapy (002): group sizes by age group and therapy, leaders, individual-only
//! therapies. Base plans: `examples/group-therapy-2024.toml` (music therapy, four adults, one
//! therapist) and `examples/group-therapy-2024-aquatic.toml` (five children, two physiotherapists).

use crate::common;

use common::Case;
use oras_check::finding::Severity::{Error, Note, Warning};

const AS_OF: &str = "2026-01-15";

fn music() -> Case {
    Case::example("group-therapy-2024.toml")
}

fn aquatic() -> Case {
    Case::example("group-therapy-2024-aquatic.toml")
}

/// Sets every client's age.
fn ages(case: &mut Case, age: i64) -> &mut Case {
    for i in 0..case.len("clients") {
        case.set(&format!("clients[{i}].age"), age);
    }
    case
}

#[test]
fn compliant_groups() {
    music().check(AS_OF).clean();
    let out = aquatic().check(AS_OF);
    out.clean();
    assert_eq!(
        out.report.edition.as_ref().unwrap().id,
        "group-therapy-2024"
    );
}

#[test]
fn adults_three_to_five() {
    music().clients(5).check(AS_OF).clean();
    let out = music().clients(6).check(AS_OF);
    out.only(&[("group-size-max", Error)]);
    assert_eq!(
        out.message(out.one("group-size-max", Error)),
        "6 clients are enrolled; the group takes at most 5"
    );
    music().clients(3).check(AS_OF).clean();
    // Under the minimum is an error even while planned.
    let mut case = music();
    case.clients(2).set("course.status", "planned");
    case.check(AS_OF).only(&[("group-size-min", Error)]);
}

#[test]
fn children_two_to_four() {
    let mut case = music();
    ages(&mut case, 12);
    case.check(AS_OF).clean();
    ages(case.clients(5), 12);
    case.check(AS_OF).only(&[("group-size-max", Error)]);
    ages(case.clients(2), 12);
    case.check(AS_OF).clean();
    ages(case.clients(1), 12);
    case.check(AS_OF).only(&[("group-size-min", Error)]);
}

#[test]
fn eighteen_year_olds_are_adults() {
    let mut case = music();
    ages(&mut case, 18);
    case.check(AS_OF).clean().none("therapy-age-group");
    ages(case.clients(5), 17);
    case.check(AS_OF).only(&[("group-size-max", Error)]);
}

#[test]
fn aquatic_children_three_to_six_adults_three_to_eight() {
    aquatic().clients(6).check(AS_OF).clean();
    aquatic()
        .clients(7)
        .check(AS_OF)
        .only(&[("group-size-max", Error)]);
    aquatic().clients(3).check(AS_OF).clean();
    aquatic()
        .clients(2)
        .check(AS_OF)
        .only(&[("group-size-min", Error)]);
    let mut case = aquatic();
    ages(case.clients(8), 40);
    case.check(AS_OF).clean();
    ages(case.clients(9), 40);
    case.check(AS_OF).only(&[("group-size-max", Error)]);
}

#[test]
fn aquatic_therapy_from_age_four() {
    let mut case = aquatic();
    case.set("clients[0].age", 4);
    case.check(AS_OF).clean();
    case.set("clients[0].age", 3);
    case.check(AS_OF).only(&[("client-age", Error)]);
    // Other therapies have no minimum age.
    let mut case = music();
    ages(&mut case, 3);
    case.check(AS_OF).clean();
}

#[test]
fn mixed_ages_warn_and_sizes_are_not_checked() {
    let mut case = music();
    case.clients(7).set("clients[0].age", 15);
    let out = case.check(AS_OF);
    out.only(&[("therapy-age-group", Warning)]);
    out.none("group-size-max");
}

#[test]
fn unknown_ages_are_noted_and_sizes_not_checked() {
    let mut case = music();
    case.clients(7).remove("clients[1].age");
    let out = case.check(AS_OF);
    out.clean().none("group-size-max");
    assert!(
        out.message(out.one("therapy-age-group", Note))
            .contains("D02")
    );
}

#[test]
fn aquatic_therapy_needs_two_physiotherapists() {
    let mut case = aquatic();
    case.set("staff[1].role", "occupational-therapist");
    let out = case.check(AS_OF);
    out.only(&[("therapy-leaders", Error)]);
    assert_eq!(
        out.message(out.one("therapy-leaders", Error)),
        "In aquatic therapy the group is supervised by 2 physiotherapists; the team has 1"
    );
    // An occupational physiotherapist (työfysioterapeutti) is a physiotherapist (rule
    // catalogue, December 2026).
    case.set("staff[1].role", "työfysioterapeutti");
    case.check(AS_OF).clean().none("therapy-leaders");
}

#[test]
fn one_therapist_leads_other_groups() {
    let mut case = music();
    case.push("staff", "name = \"X\"\nrole = \"music-therapist\"");
    case.check(AS_OF).only(&[("therapy-leaders", Warning)]);
    let mut case = music();
    case.remove("staff[0]");
    case.check(AS_OF).only(&[("therapy-leaders", Error)]);
    // Any profession may lead: the leader is not matched to the therapy.
    let mut case = music();
    case.set("staff[0].role", "psychologist");
    case.check(AS_OF).clean();
}

#[test]
fn individual_only_therapies_report_only_that() {
    for therapy in [
        "art-therapy",
        "family-therapy",
        "perheterapia",
        "equine-therapy-physiotherapist",
    ] {
        let mut case = music();
        case.set("course.therapy", therapy).clients(9);
        let out = case.check(AS_OF);
        out.only(&[("therapy-kind", Error)]);
        assert_eq!(out.report.findings.len(), 1, "{}", out.describe_all());
        assert_eq!(
            out.line_text(out.one("therapy-kind", Error)),
            format!("therapy = \"{therapy}\"")
        );
    }
}

#[test]
fn the_therapy_is_required() {
    let mut case = music();
    case.remove("course.therapy");
    let out = case.check(AS_OF);
    assert_eq!(
        out.message(out.unchecked("plan-schema")),
        "[course] lacks `therapy`, which group-therapy plans must state"
    );
}
