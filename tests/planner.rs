//! The planner's tools: `init`, `timeline`, `deadlines`, `ics`, `--format html`, `schema`.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use oras_check::check::{Options, check_text};
use oras_check::finding::Severity;
use oras_check::i18n::{Lang, Localizer};
use oras_check::pack::Packs;
use oras_check::pack::params::AgeGroup;
use oras_check::plan::{Service, Therapy, Vocab};
use oras_check::planner::init::{Request, skeleton};
use proptest::prelude::*;
use serde_json::Value;

use crate::common;
use common::oras;

const COMPLIANT: &str = "examples/omaishoitaja-2025.toml";
const MISTAKES: &str = "examples/omaishoitaja-2025-mistakes.toml";

fn stdout(args: &[&str]) -> String {
    let out = oras().args(args).output().expect("runs");
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// ------------------------------------------------------------------ init

/// Checks an `init` skeleton as of well before its start and returns the errors found.
fn init_errors(request: &Request) -> Result<Vec<String>, String> {
    let packs = Packs::builtin().unwrap();
    let text = skeleton(request, packs, Localizer::get(Lang::En)).map_err(|e| format!("{e:?}"))?;
    let as_of = oras_check::calendar::add_days(request.start, -90);
    let report = check_text("init.toml", &text, packs, &Options::new(as_of));
    if !report.checked {
        return Ok(vec![format!("not checked: {:?}\n{text}", report.findings)]);
    }
    Ok(report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error && !f.is_suppressed())
        .map(|f| {
            format!(
                "{}: {}\n{text}",
                f.rule,
                Localizer::get(Lang::En).format(&f.message)
            )
        })
        .collect())
}

fn date_between(from: NaiveDate, to: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    (0..=(to - from).num_days()).prop_map(move |d| from + chrono::Days::new(d as u64))
}

/// Start dates near the days that move things: holidays, month ends, year ends, Easter.
fn tricky_dates(from: i32, to: i32) -> Vec<NaiveDate> {
    let mut v = Vec::new();
    for year in from..=to {
        for (date, _) in oras_check::calendar::holidays(year) {
            for offset in -3..=1 {
                v.push(oras_check::calendar::add_days(date, offset));
            }
        }
        for month in 1..=12 {
            let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap();
            v.push(oras_check::calendar::add_days(first, -1));
            v.push(first);
        }
    }
    v
}

const GROUP_THERAPIES: &[Therapy] = &[
    Therapy::AquaticTherapy,
    Therapy::Physiotherapy,
    Therapy::MusicTherapy,
    Therapy::NeuropsychologicalRehabilitation,
    Therapy::Psychotherapy,
    Therapy::SpeechTherapy,
    Therapy::OccupationalTherapy,
];

fn request(service: Service, start: NaiveDate) -> Request {
    Request {
        service,
        start,
        therapy: None,
        age_group: AgeGroup::Adults,
    }
}

#[test]
fn init_checks_without_errors_near_holidays_and_month_ends() {
    let carers_from = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    for start in tricky_dates(2025, 2030)
        .into_iter()
        .filter(|d| *d >= carers_from)
    {
        for service in [Service::Omaishoitaja, Service::Oras] {
            let errors = init_errors(&request(service, start)).unwrap();
            assert!(
                errors.is_empty(),
                "{service} {start}: {}",
                errors.join("\n")
            );
        }
    }
    // Oras 2021 and the move into Oras 2025 across the turn of 2024/2025.
    for start in tricky_dates(2021, 2025)
        .into_iter()
        .filter(|d| *d >= NaiveDate::from_ymd_opt(2021, 4, 1).unwrap())
    {
        let errors = init_errors(&request(Service::Oras, start)).unwrap();
        assert!(errors.is_empty(), "oras {start}: {}", errors.join("\n"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn init_checks_without_errors_for_any_carers_course_start(start in date_between(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2040, 12, 31).unwrap())) {
        let errors = init_errors(&request(Service::Omaishoitaja, start)).unwrap();
        prop_assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn init_checks_without_errors_for_any_oras_start(start in date_between(NaiveDate::from_ymd_opt(2021, 4, 1).unwrap(), NaiveDate::from_ymd_opt(2040, 12, 31).unwrap())) {
        let errors = init_errors(&request(Service::Oras, start)).unwrap();
        prop_assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn init_checks_without_errors_for_any_group_therapy(
        start in date_between(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2040, 12, 31).unwrap()),
        therapy in proptest::sample::select(GROUP_THERAPIES),
        children in any::<bool>(),
    ) {
        let request = Request {
            service: Service::GroupTherapy,
            start,
            therapy: Some(therapy),
            age_group: if children { AgeGroup::Children } else { AgeGroup::Adults },
        };
        let errors = init_errors(&request).unwrap();
        prop_assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}

#[test]
fn init_moves_the_start_off_a_sunday_and_refuses_what_cannot_be() {
    // 2025-04-20 is Easter Sunday, and Easter Monday follows: the first period starts Tuesday.
    let text = stdout(&["init", "--service", "omaishoitaja", "--start", "2025-04-20"]);
    assert!(text.contains("start = 2025-04-22"), "{text}");
    // The comment names what moved it.
    assert!(
        text.contains("would put an on-site day on Easter Sunday 2025-04-20"),
        "{text}"
    );
    let text = stdout(&["init", "--service", "omaishoitaja", "--start", "2026-06-15"]);
    assert!(text.contains("Midsummer Eve 2026-06-19"), "{text}");
    let text = stdout(&[
        "init",
        "--service",
        "omaishoitaja",
        "--start",
        "2026-06-15",
        "--lang",
        "fi",
    ]);
    assert!(text.contains("juhannusaatto 19.6.2026"), "{text}");
    let out = oras()
        .args(["init", "--service", "omaishoitaja", "--start", "2024-06-03"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2025 (2025-01-01 …)"));
    assert_eq!(
        oras()
            .args([
                "init",
                "--service",
                "group-therapy",
                "--start",
                "2025-06-02"
            ])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    let out = oras()
        .args([
            "init",
            "--service",
            "group-therapy",
            "--start",
            "2025-06-02",
            "--therapy",
            "art-therapy",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only as individual therapy"));
}

#[test]
fn init_output_is_a_plan_the_checker_accepts_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(
        &plan,
        stdout(&["init", "--service", "oras", "--start", "2026-03-02"]),
    )
    .unwrap();
    let out = oras()
        .arg(&plan)
        .args(["--as-of", "2026-01-01", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

// ------------------------------------------------------------------ timeline, deadlines

#[test]
fn timeline_snapshots() {
    for (name, plan, as_of) in [
        ("compliant", COMPLIANT, "2025-05-20"),
        ("mistakes", MISTAKES, "2026-03-01"),
    ] {
        let ascii = stdout(&[
            "timeline", plan, "--as-of", as_of, "--width", "100", "--color", "never",
        ]);
        assert!(
            ascii.is_ascii() || ascii.chars().all(|c| c.is_ascii() || "—…–".contains(c)),
            "plain ASCII without colour"
        );
        insta::assert_snapshot!(format!("timeline-{name}"), ascii);
    }
    let narrow = stdout(&[
        "timeline",
        COMPLIANT,
        "--as-of",
        "2025-05-20",
        "--width",
        "80",
        "--color",
        "never",
    ]);
    assert!(
        narrow.lines().all(|l| l.chars().count() <= 80),
        "fits 80 columns:\n{narrow}"
    );
    let colour = stdout(&[
        "timeline",
        COMPLIANT,
        "--as-of",
        "2025-05-20",
        "--color",
        "always",
    ]);
    assert!(colour.contains('\u{1b}') && colour.contains('█'));
}

#[test]
fn deadlines_snapshots_and_json() {
    for (name, plan, as_of) in [
        ("compliant", COMPLIANT, "2025-05-20"),
        ("mistakes", MISTAKES, "2026-03-01"),
    ] {
        insta::assert_snapshot!(
            format!("deadlines-{name}"),
            stdout(&["deadlines", plan, "--as-of", as_of, "--color", "never"])
        );
    }
    let within = stdout(&[
        "deadlines",
        COMPLIANT,
        "--as-of",
        "2025-03-01",
        "--within",
        "30d",
        "--color",
        "never",
    ]);
    assert!(
        within.contains("Interim contact") && !within.contains("Follow-up contact"),
        "{within}"
    );
    let json: Value = serde_json::from_str(&stdout(&[
        "deadlines",
        MISTAKES,
        "--as-of",
        "2026-03-01",
        "--format",
        "json",
    ]))
    .unwrap();
    let items = json["deadlines"].as_array().unwrap();
    let dates: Vec<&str> = items.iter().map(|i| i["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "sorted by date");
    let invoice = items
        .iter()
        .find(|i| i["kind"] == "invoice" && i["period"] == "remote")
        .unwrap();
    assert_eq!(invoice["state"], "open");
    assert_eq!(invoice["late"], true);
    assert!(invoice["days"].as_i64().unwrap() < 0);
    assert!(items.iter().any(|i| i["kind"] == "measurement-report"
        && i["year"] == 2025
        && i["date"] == "2026-03-31"));
}

// ------------------------------------------------------------------ ics

#[test]
fn ics_parses_and_keeps_uids_when_dates_move() {
    let ics = stdout(&["ics", COMPLIANT, "--as-of", "2025-01-15", "--include-done"]);
    let parse = |text: &str| -> Vec<(String, String, String)> {
        let reader = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let mut events = Vec::new();
        for calendar in reader {
            let calendar = calendar.expect("valid iCalendar");
            for event in calendar.events {
                let get = |name: &str| {
                    event
                        .properties
                        .iter()
                        .find(|p| p.name == name)
                        .and_then(|p| p.value.clone())
                        .unwrap_or_default()
                };
                events.push((get("UID"), get("DTSTART"), get("SUMMARY")));
            }
        }
        events
    };
    let events = parse(&ics);
    assert!(
        events
            .iter()
            .any(|(uid, start, _)| uid == "12345-onsite-1@oras-check" && start == "20250303")
    );
    assert!(
        events
            .iter()
            .any(|(uid, _, _)| uid == "12345-remote-1@oras-check")
    );
    assert!(
        events
            .iter()
            .any(|(uid, _, _)| uid == "12345-interim-contact-3@oras-check")
    );
    assert!(events.iter().any(
        |(uid, _, summary)| uid == "12345-feedback@oras-check" && summary.contains("feedback")
    ));
    let uids: std::collections::BTreeSet<_> = events.iter().map(|e| e.0.clone()).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    // Move the second on-site period a week: the same events, updated.
    let dir = tempfile::tempdir().unwrap();
    let moved = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(COMPLIANT))
        .unwrap()
        .replace(
            "start = 2025-06-02\nend = 2025-06-06",
            "start = 2025-06-09\nend = 2025-06-13",
        );
    let path = dir.path().join("moved.toml");
    std::fs::write(&path, moved).unwrap();
    let moved_events = parse(&stdout(&[
        "ics",
        path.to_str().unwrap(),
        "--as-of",
        "2025-01-15",
        "--include-done",
    ]));
    // Without --include-done, what is done stays out of the calendar.
    let open = parse(&stdout(&["ics", COMPLIANT, "--as-of", "2025-01-15"]));
    assert!(
        !open
            .iter()
            .any(|(uid, _, _)| uid == "12345-feedback@oras-check")
    );
    assert!(
        open.iter()
            .any(|(uid, _, _)| uid == "12345-onsite-1@oras-check")
    );
    let moved_uids: std::collections::BTreeSet<_> =
        moved_events.iter().map(|e| e.0.clone()).collect();
    assert_eq!(uids, moved_uids);
    assert!(
        moved_events
            .iter()
            .any(|(uid, start, _)| uid == "12345-onsite-2@oras-check" && start == "20250609")
    );
}

// ------------------------------------------------------------------ html

#[test]
fn html_is_self_contained_and_well_formed() {
    let out = oras()
        .args([
            MISTAKES,
            COMPLIANT,
            "--format",
            "html",
            "--as-of",
            "2026-03-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        !html.to_lowercase().contains("http"),
        "no network references"
    );
    for external in ["<link", "<script", " src=", "@import", "url("] {
        assert!(!html.contains(external), "{external}");
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("well-formed");
    assert_eq!(doc.root_element().tag_name().name(), "html");
    // The provider's view of both, then per plan its course and its clients' windows.
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("svg")).count(),
        5,
        "the overview and two charts per plan"
    );
    assert!(
        doc.descendants()
            .any(|n| n.text() == Some("group-size-max"))
    );
    assert!(html.contains("@media print"));
}

// ------------------------------------------------------------------ schema

/// A TOML plan as JSON, dates as strings (how editors validate TOML against a JSON Schema).
fn plan_as_json(path: &Path) -> Value {
    let value: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    fn convert(v: toml::Value) -> Value {
        match v {
            toml::Value::String(s) => Value::from(s),
            toml::Value::Integer(i) => Value::from(i),
            toml::Value::Float(f) => Value::from(f),
            toml::Value::Boolean(b) => Value::from(b),
            toml::Value::Datetime(d) => Value::from(d.to_string()),
            toml::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
            toml::Value::Table(t) => {
                Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
        }
    }
    convert(value)
}

#[test]
fn the_schema_accepts_every_example_and_rejects_mistakes() {
    let schema: Value = serde_json::from_str(&stdout(&["schema"])).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles");
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")).unwrap()
    {
        let path = entry.unwrap().path();
        // The single-plan examples (examples/provider/ is a repository of its own).
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let plan = plan_as_json(&path);
        let errors: Vec<String> = validator
            .iter_errors(&plan)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    let mut plan = plan_as_json(&Path::new(env!("CARGO_MANIFEST_DIR")).join(COMPLIANT));
    plan["course"]["servce"] = Value::from("x");
    plan["periods"][0]["kind"] = Value::from("onsyte");
    plan["clients"][0]["decision"] = Value::from("2025-13-40");
    assert_eq!(validator.iter_errors(&plan).count(), 3);
}

#[test]
fn the_schema_lists_exactly_the_keys_the_loader_reads() {
    use oras_check::plan::keys;
    let schema = oras_check::schema::schema();
    let props = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let sorted = |keys: &[&str]| -> Vec<String> {
        let mut k: Vec<String> = keys.iter().map(|s| s.to_string()).collect();
        k.sort();
        k
    };
    let p = &schema["properties"];
    assert_eq!(props(&schema), sorted(keys::TOP));
    assert_eq!(props(&p["course"]), sorted(keys::COURSE));
    assert_eq!(props(&p["periods"]["items"]), sorted(keys::PERIODS));
    assert_eq!(props(&p["contacts"]["items"]), sorted(keys::CONTACTS));
    assert_eq!(props(&p["clients"]["items"]), sorted(keys::CLIENTS));
    assert_eq!(props(&p["staff"]["items"]), sorted(keys::STAFF));
    assert_eq!(props(&p["facilities"]), sorted(keys::FACILITIES));
    assert_eq!(props(&p["insurance"]), sorted(keys::INSURANCE));
    assert_eq!(props(&p["cancellation"]), sorted(keys::CANCELLATION));
    assert_eq!(props(&p["postponement"]), sorted(keys::POSTPONEMENT));
    assert_eq!(props(&p["allow"]["items"]), sorted(keys::ALLOW));
    // Aliases are offered to the editor too.
    let roles = p["staff"]["items"]["properties"]["role"]["enum"]
        .as_array()
        .unwrap();
    assert!(roles.contains(&Value::from("fysioterapeutti")));
    let _ = (Service::Oras.id(), NaiveDate::MIN.year());
}

/// An unedited skeleton gives no false comfort: no errors, but warnings that name what is left
/// to fill in, among them the `placeholder` names of its staff.
#[test]
fn an_unedited_skeleton_warns_until_it_is_filled_in() {
    let packs = Packs::builtin().unwrap();
    for (service, therapy) in [
        (Service::Omaishoitaja, None),
        (Service::Oras, None),
        (Service::GroupTherapy, Some(Therapy::MusicTherapy)),
    ] {
        let request = Request {
            service,
            start: NaiveDate::from_ymd_opt(2026, 9, 7).unwrap(),
            therapy,
            age_group: AgeGroup::Adults,
        };
        let text = skeleton(&request, packs, Localizer::get(Lang::En)).unwrap();
        let report = check_text(
            "init.toml",
            &text,
            packs,
            &Options::new("2026-06-01".parse().unwrap()),
        );
        assert!(report.checked, "{service:?}");
        let of = |severity| {
            report
                .findings
                .iter()
                .filter(move |f| f.severity == severity)
        };
        assert_eq!(
            of(Severity::Error).count(),
            0,
            "{service:?}: {:?}",
            report.findings
        );
        let warned: Vec<&str> = of(Severity::Warning).map(|f| f.rule.as_str()).collect();
        assert!(warned.contains(&"placeholder"), "{service:?}: {warned:?}");
        if service != Service::GroupTherapy {
            assert!(warned.contains(&"insurance"), "{service:?}: {warned:?}");
        }
    }
}

// ------------------------------------------------------------------ the agenda is the rules' boundary

/// The key of a plan that records a duty as done, for the agenda items that have one: the
/// client's or the period's table, and the key.
fn recorded_by(item: &oras_check::planner::schedule::Item) -> Option<&'static str> {
    use oras_check::planner::schedule::Kind;
    Some(match item.kind {
        Kind::PreliminaryAgreement => "preliminary_agreement",
        Kind::Confirmation => "confirmation_sent",
        Kind::Feedback => "feedback_sent",
        Kind::Invoice { .. } => "invoiced",
        _ => return None,
    })
}

/// Every date the agenda (`deadlines`, `ics`) shows for a duty is the last day its rule
/// allows: done on that day, the rule finds nothing more; done a day later, it does. Over the
/// example plan of every edition and service, for every client and period.
#[test]
fn every_agenda_date_is_the_last_day_its_rule_allows() {
    use oras_check::planner::schedule::Kind;
    let packs = Packs::builtin().unwrap();
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut compared = 0;
    for example in [
        "examples/oras-2021.toml",
        "examples/oras-2025.toml",
        "examples/omaishoitaja-2025.toml",
        "examples/group-therapy-2024.toml",
        "examples/group-therapy-2024-aquatic.toml",
    ] {
        let text = std::fs::read_to_string(project.join(example)).unwrap();
        // Long after the course: every duty's deadline has passed.
        let as_of = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        let options = Options::new(as_of);
        let analysis = oras_check::check::analyse(example, &text, packs, &options);
        let (plan, edition) = analysis.plan.expect("the example is checked");
        let items = oras_check::planner::schedule::items(&plan, edition);
        let doc: toml_edit::DocumentMut = text.parse().unwrap();
        for item in &items {
            let Some(key) = recorded_by(item) else {
                continue;
            };
            // The table that records it: the client's, or the n-th period of its kind.
            let locate = |doc: &mut toml_edit::DocumentMut| -> Option<(usize, &'static str)> {
                let (array, index) = match (&item.kind, &item.client) {
                    (Kind::Invoice { period, ordinal }, _) => {
                        let periods = doc["periods"].as_array_of_tables()?;
                        let index = periods
                            .iter()
                            .enumerate()
                            .filter(|(_, t)| t["kind"].as_str() == Some(*period))
                            .nth(ordinal - 1)?
                            .0;
                        ("periods", index)
                    }
                    (_, Some(client)) => {
                        let clients = doc["clients"].as_array_of_tables()?;
                        let index = clients
                            .iter()
                            .position(|t| t["id"].as_str() == Some(client.as_str()))?;
                        ("clients", index)
                    }
                    _ => return None,
                };
                Some((index, array))
            };
            let findings = |day: NaiveDate| -> usize {
                let mut doc = doc.clone();
                let (index, array) = locate(&mut doc).expect("the item's table");
                let table = doc[array]
                    .as_array_of_tables_mut()
                    .unwrap()
                    .get_mut(index)
                    .unwrap();
                table[key] = toml_edit::value(toml_edit::Date {
                    year: day.year() as u16,
                    month: day.month() as u8,
                    day: day.day() as u8,
                });
                let report = check_text(example, &doc.to_string(), packs, &options);
                assert!(report.checked, "{example}");
                report
                    .findings
                    .iter()
                    .filter(|f| f.rule == item.rule && f.severity >= Severity::Warning)
                    .filter(|f| {
                        item.client.is_none()
                            || f.client.as_deref() == item.client.as_deref()
                            || f.clients
                                .iter()
                                .any(|c| Some(c.as_str()) == item.client.as_deref())
                    })
                    .count()
            };
            let on_the_day = findings(item.date);
            let a_day_late = findings(oras_check::calendar::add_days(item.date, 1));
            assert_eq!(
                on_the_day, 0,
                "{example}: {:?} {:?} done on its agenda date {} is already late",
                item.kind, item.client, item.date
            );
            assert!(
                a_day_late > 0,
                "{example}: {:?} {:?} done the day after its agenda date {} is not late",
                item.kind,
                item.client,
                item.date
            );
            compared += 1;
        }
    }
    assert!(compared >= 40, "{compared} agenda dates compared");
}
