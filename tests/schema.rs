//! Plans that cannot be checked: every kind of `plan-syntax` and `plan-schema` problem the
//! catalogue lists is reported, located, and keeps the plan from being checked.

use crate::common;

use common::{Case, date};

use oras_check::finding::Severity;

const AS_OF: &str = "2026-01-15";

fn base() -> Case {
    Case::omaishoitaja()
}

/// The English messages of the plan-schema findings.
fn schema_messages(case: &Case) -> Vec<String> {
    let out = case.check(AS_OF);
    out.unchecked("plan-schema");
    out.report
        .findings
        .iter()
        .filter(|f| f.rule == "plan-schema")
        .map(|f| out.message(f))
        .collect()
}

fn assert_schema(case: &Case, expected: &str) {
    let messages = schema_messages(case);
    assert!(
        messages.iter().any(|m| m == expected),
        "expected {expected:?} among {messages:#?}"
    );
}

#[test]
fn unknown_keys_everywhere_with_suggestions() {
    let mut case = base();
    case.set("course.servce", "x")
        .set("clients[0].decison", date("2024-11-04"));
    case.set("facilities.swimming_pool", true);
    let out = case.check(AS_OF);
    let messages: Vec<_> = out
        .report
        .findings
        .iter()
        .map(|f| (out.message(f), f.help.clone()))
        .collect();
    assert_eq!(messages.len(), 3, "{messages:#?}");
    let by_key = |k: &str| {
        out.report
            .findings
            .iter()
            .find(|f| out.message(f).contains(k))
            .unwrap()
    };
    let help = |f: &oras_check::finding::Finding| {
        oras_check::i18n::Localizer::get(oras_check::i18n::Lang::En)
            .format(f.help.as_ref().unwrap())
    };
    assert_eq!(help(by_key("servce")), "Did you mean `service`?");
    assert_eq!(help(by_key("decison")), "Did you mean `decision`?");
    assert!(
        help(by_key("swimming_pool")).starts_with("Known keys:"),
        "{}",
        help(by_key("swimming_pool"))
    );
}

#[test]
fn an_unknown_top_level_table() {
    let mut case = base();
    case.doc["client"] = toml_edit::table();
    assert_schema(&case, "Unknown key `client` at the top level of the plan");
}

#[test]
fn wrong_types_are_named() {
    let mut case = base();
    case.set("clients[0].age", "58");
    assert_schema(&case, "`age` must be a whole number, not a string");
    let mut case = base();
    case.set("facilities.gym", "true");
    assert_schema(&case, "`gym` must be true or false, not a string");
    let mut case = base();
    case.set("course.start", "2025-03-03");
    assert_schema(&case, "`start` must be a date, not a string");
}

#[test]
fn dates_must_be_plain_dates() {
    let mut case = base();
    case.set(
        "course.start",
        "2025-03-03T09:00:00"
            .parse::<toml_edit::Datetime>()
            .unwrap(),
    );
    assert_schema(
        &case,
        "`start` must be a date (YYYY-MM-DD) without a time or an offset",
    );
}

#[test]
fn impossible_dates_are_syntax_errors() {
    let text = base()
        .text()
        .replace("start = 2025-03-03\nstatus", "start = 2025-02-29\nstatus");
    let out = common::check_raw(&text, AS_OF);
    let f = out.unchecked("plan-syntax");
    assert_eq!(out.line_text(f), "start = 2025-02-29");
}

#[test]
fn unknown_values_get_suggestions() {
    let mut case = base();
    case.set("course.status", "confimed");
    let out = case.check(AS_OF);
    let f = out.unchecked("plan-schema");
    assert_eq!(out.message(f), "`confimed` is not a valid `status`");
    let mut case = base();
    case.set("staff[2].role", "fysioterapeuti");
    let out = case.check(AS_OF);
    let help = out.report.findings[0].help.clone().unwrap();
    assert_eq!(
        help.args[0].1,
        oras_check::finding::Arg::Str("fysioterapeutti".into())
    );
}

#[test]
fn keys_of_the_other_period_kind() {
    let mut case = base();
    case.set("periods[1].hours_per_day", 6);
    assert_schema(&case, "`hours_per_day` belongs only to on-site periods");
    let mut case = base();
    case.set("periods[0].guidance_hours_per_client", 4);
    assert_schema(
        &case,
        "`guidance_hours_per_client` belongs only to remote periods",
    );
}

#[test]
fn a_period_ending_before_it_starts() {
    let mut case = base();
    case.set_date("periods[0].end", "2025-03-02");
    assert_schema(
        &case,
        "The period ends on 2025-03-02, before it starts on 2025-03-03",
    );
}

#[test]
fn duplicate_client_ids_and_unknown_clients() {
    let mut case = base();
    case.set("clients[1].id", "A01");
    assert_schema(
        &case,
        "Client id `A01` is used twice; ids must be unique within the plan",
    );
    let mut case = base();
    let mut ids = toml_edit::Array::new();
    ids.push("A99");
    case.set("contacts[0].clients", ids);
    assert_schema(&case, "`A99` is not a client of this plan");
}

#[test]
fn required_keys() {
    let mut case = base();
    case.remove("course.start");
    assert_schema(&case, "[course] lacks the required key `start`");
    let mut case = base();
    case.remove("periods[0].kind");
    assert_schema(&case, "[[periods]] lacks the required key `kind`");
    let mut case = base();
    case.remove("course.target_group");
    assert_schema(
        &case,
        "[course] lacks `target_group`, which omaishoitaja plans must state",
    );
    let mut case = base();
    case.set("course.therapy", "physiotherapy");
    assert_schema(&case, "`therapy` belongs only to group-therapy plans");
    let out = Case::from_text("format = 1\n").check(AS_OF);
    assert_eq!(
        out.message(out.unchecked("plan-schema")),
        "The plan has no [course] table"
    );
}

#[test]
fn plan_format_must_be_1() {
    let text = format!("format = 2\n{}", base().text());
    assert_schema(
        &Case::from_text(&text),
        "This is plan format 2; oras-check reads format 1",
    );
    let text = format!("format = 1\n{}", base().text());
    Case::from_text(&text).check(AS_OF).clean();
}

#[test]
fn status_needs_its_table() {
    let mut case = base();
    case.set("course.status", "cancelled");
    assert_schema(
        &case,
        "A course with status \"cancelled\" needs a [cancellation] table",
    );
    let mut case = base();
    case.set("course.status", "postponed");
    assert_schema(
        &case,
        "A course with status \"postponed\" needs a [postponement] table",
    );
    let mut case = base();
    case.doc["cancellation"] = toml_edit::table();
    case.set_date("cancellation.date", "2025-02-01")
        .set("cancellation.clients_with_decisions", 0);
    assert_schema(
        &case,
        "[cancellation] is given, but the course status is \"completed\", not \"cancelled\"",
    );
}

#[test]
fn postponement_needs_all_four_keys() {
    let mut case = base();
    case.set("course.status", "postponed");
    case.doc["postponement"] = toml_edit::table();
    case.set_date("postponement.date", "2025-01-10")
        .set_date("postponement.new_start", "2025-03-03");
    let messages = schema_messages(&case);
    assert!(
        messages.contains(&"[postponement] lacks the required key `original_start`".to_owned())
    );
    assert!(
        messages
            .contains(&"[postponement] lacks the required key `clients_with_decisions`".to_owned())
    );
}

#[test]
fn allow_needs_a_reason_a_known_rule_and_a_known_client() {
    let mut case = base();
    case.push("allow", "rule = \"group-size-max\"");
    assert_schema(&case, "This [[allow]] gives no reason");
    let mut case = base();
    case.push("allow", "rule = \"group-size-max\"\nreason = \" \"");
    assert_schema(&case, "`reason` must not be empty");
    let mut case = base();
    case.push("allow", "rule = \"group-size-maks\"\nreason = \"x\"");
    let out = case.check(AS_OF);
    let f = out.unchecked("plan-schema");
    assert_eq!(
        out.message(f),
        "[[allow]] names an unknown rule `group-size-maks`"
    );
    let mut case = base();
    case.push("allow", "rule = \"personal-data\"\nreason = \"x\"");
    assert_schema(&case, "`personal-data` cannot be suppressed with [[allow]]");
    let mut case = base();
    case.push(
        "allow",
        "rule = \"client-age\"\nclient = \"Z9\"\nreason = \"x\"",
    );
    assert_schema(&case, "`Z9` is not a client of this plan");
}

#[test]
fn numbers_out_of_range() {
    let mut case = base();
    case.set("clients[0].age", -3);
    assert_schema(&case, "`age` must be between 0 and 130");
    let mut case = base();
    case.set("periods[0].hours_per_day", 25);
    assert_schema(&case, "`hours_per_day` must be between 0 and 24");
    let text = base()
        .text()
        .replace("age = 58", "age = 99999999999999999999");
    let out = common::check_raw(&text, AS_OF);
    assert!(!out.report.checked, "{}", out.describe_all());
}

#[test]
fn array_of_tables_written_as_a_table() {
    let text = base().text().replacen("[[clients]]", "[clients]", 1);
    // Valid TOML only if no other [[clients]] follows; use a plan with just one client.
    let one = text.split("[[clients]]").next().unwrap().to_owned()
        + "\n[[staff]]"
        + text
            .split("[[staff]]")
            .skip(1)
            .collect::<Vec<_>>()
            .join("[[staff]]")
            .as_str();
    assert_schema(
        &Case::from_text(&one),
        "`clients` must be an array of tables: write [[clients]], not [clients]",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut case = base();
    case.set("course.status", "confimed")
        .set("clients[0].age", "x")
        .set("staff[0].role", "doctor");
    case.set("facilities.gym", 1);
    assert_eq!(schema_messages(&case).len(), 4);
}

#[test]
fn edition_by_start_pinned_or_unknown() {
    let mut case = base();
    case.set("course.edition", "2025");
    case.check(AS_OF).clean();
    let mut case = base();
    case.set("course.edition", "2023");
    let out = case.check(AS_OF);
    let f = out.unchecked("plan-schema");
    assert_eq!(out.message(f), "omaishoitaja has no edition \"2023\"");
    assert_eq!(out.line_text(f), "edition = \"2023\"");
    let mut case = base();
    case.set("course.edition", 2025);
    assert_schema(
        &case,
        "`edition` must be a string: write edition = \"2025\"",
    );
}

#[test]
fn a_pinned_edition_outside_its_validity_is_used_with_a_note() {
    let mut case = base();
    case.set("course.edition", "2025")
        .set("course.start", date("2024-12-02"));
    let out = case.check(AS_OF);
    assert!(out.report.checked);
    let f = out.one("edition-pinned", Severity::Note);
    assert!(
        out.message(f).contains("but this course starts 2024-12-02"),
        "{}",
        out.message(f)
    );
}
