//! The provider's year at a glance: `deadlines`, `ics` and `timeline` over a folder of 42
//! courses of one team, as a service manager uses them.

use crate::common;

use std::path::Path;

use toml_edit::DocumentMut;

use common::oras_in;

const COURSES: usize = 42;
const AS_OF: &str = "2025-11-20";

/// A folder of 42 carers' courses: codes 30000…, each its own team except one physician on
/// courses 0 and 1, which overlap. With `overdue`, no period is recorded as invoiced.
fn folder(overdue: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    let base = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/omaishoitaja-2025.toml"
    ))
    .unwrap();
    for i in 0..COURSES {
        let mut doc: DocumentMut = base.parse().unwrap();
        doc["course"]["code"] = toml_edit::value(format!("{}", 30000 + i));
        for (member, table) in doc["staff"]
            .as_array_of_tables_mut()
            .unwrap()
            .iter_mut()
            .enumerate()
        {
            let name = table["name"].as_str().unwrap().to_owned();
            let name = if member == 0 && i < 2 {
                "Lääkäri Yhteinen".to_owned()
            } else {
                format!("{name}-{i:02}")
            };
            table["name"] = toml_edit::value(name);
        }
        if overdue {
            for period in doc["periods"].as_array_of_tables_mut().unwrap().iter_mut() {
                period.remove("invoiced");
            }
        }
        std::fs::write(
            dir.path().join(format!("plans/course-{i:02}.toml")),
            doc.to_string(),
        )
        .unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = oras_in(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn deadlines_over_every_course_in_one_list() {
    let repo = folder(true);
    let (code, out, err) = run(
        repo.path(),
        &[
            "deadlines",
            "plans",
            "--within",
            "14d",
            "--as-of",
            AS_OF,
            "--color",
            "never",
        ],
    );
    assert_eq!(code, 0, "{err}");
    for i in 0..COURSES {
        assert!(
            out.contains(&format!("{}", 30000 + i)),
            "course {i} missing:\n{out}"
        );
    }
    // By default what is still open: here each course's three invoices (no period is recorded
    // as invoiced) and the provider's outcome measurement report once for all of them.
    let (code, out, _) = run(
        repo.path(),
        &["deadlines", "plans", "--format", "json", "--as-of", AS_OF],
    );
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let open = doc["deadlines"].as_array().unwrap();
    assert!(
        open.iter()
            .all(|i| i["state"] != "done" && i["state"] != "cancelled"),
        "{out}"
    );
    assert_eq!(
        open.iter().filter(|i| i["kind"] == "invoice").count(),
        COURSES * 3
    );
    let reports: Vec<_> = open
        .iter()
        .filter(|i| i["kind"] == "measurement-report")
        .collect();
    assert_eq!(reports.len(), 1, "{out}");
    assert_eq!(reports[0]["courses"].as_array().unwrap().len(), COURSES);
    // Everything, a row per client, with --include-done --per-client.
    let (code, out, _) = run(
        repo.path(),
        &[
            "deadlines",
            "plans",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--include-done",
            "--per-client",
        ],
    );
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = doc["deadlines"].as_array().unwrap();
    assert!(items.len() > COURSES * 5);
    // Overdue first, then by date.
    let order: Vec<(bool, &str)> = items
        .iter()
        .map(|i| {
            (
                !(i["late"] == true && i["state"] == "open"),
                i["date"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "overdue, then by date"
    );
    for item in items.iter().filter(|i| i["kind"] != "measurement-report") {
        assert!(
            item["path"].as_str().unwrap().starts_with("plans/course-"),
            "{item}"
        );
        assert!(item["course"].as_str().unwrap().starts_with('3'), "{item}");
        for key in ["date", "kind", "rule", "state", "days"] {
            assert!(!item[key].is_null(), "{key} in {item}");
        }
    }
    assert!(items.iter().any(|i| !i["client"].is_null()));
    // One course by its code.
    let (_, out, _) = run(
        repo.path(),
        &[
            "deadlines",
            "plans",
            "--course",
            "30007",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ],
    );
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        doc["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["course"] == "30007")
    );
    // A scheduled reminder fails when something is overdue, and only then.
    let (code, _, _) = run(
        repo.path(),
        &["deadlines", "plans", "--fail-on-overdue", "--as-of", AS_OF],
    );
    assert_eq!(code, 1);
    let clean = folder(false);
    let (code, _, err) = run(
        clean.path(),
        &[
            "deadlines",
            "plans",
            "--fail-on-overdue",
            "--as-of",
            "2025-02-01",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // A bare number is refused with a hint.
    let (code, _, err) = run(repo.path(), &["deadlines", "plans", "--within", "14"]);
    assert_eq!(code, 2);
    assert!(err.contains("14d"), "{err}");
}

type Events = std::collections::BTreeMap<String, (String, String, String)>;

fn events(ics: &str) -> Events {
    let mut out = Events::new();
    for calendar in ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes())) {
        let calendar = calendar.expect("valid iCalendar");
        let prodid = calendar
            .properties
            .iter()
            .find(|p| p.name == "PRODID")
            .and_then(|p| p.value.clone())
            .unwrap_or_default();
        assert!(prodid.contains("oras-check"), "{prodid}");
        for event in calendar.events {
            let get = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_default()
            };
            let previous = out.insert(
                get("UID"),
                (get("DTSTART"), get("SUMMARY"), get("DESCRIPTION")),
            );
            assert!(previous.is_none(), "duplicate UID {}", get("UID"));
        }
    }
    out
}

#[test]
fn one_calendar_for_the_whole_centre() {
    let repo = folder(true);
    let (code, ics, err) = run(repo.path(), &["ics", "plans", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(ics.matches("BEGIN:VCALENDAR").count(), 1);
    let before = events(&ics);
    assert!(before.len() > COURSES * 5);
    for (uid, (_, summary, description)) in &before {
        // Each course's events name it; the provider's own duties (the year's outcome
        // measurement report) are one event for all the courses.
        let code = uid.split('-').next().unwrap();
        assert!(
            summary.contains(code) || uid.starts_with("provider-"),
            "{uid}: {summary}"
        );
        // Nothing relative to the day of export.
        assert!(
            !description.contains("days") && !description.contains("ago"),
            "{description}"
        );
    }
    // Moving one contact changes that event's dates, and nothing else.
    let path = repo.path().join("plans/course-05.toml");
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "date = 2025-09-01",
        "date = 2025-09-08",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let (_, ics, _) = run(repo.path(), &["ics", "plans", "--as-of", AS_OF]);
    let after = events(&ics);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let changed: Vec<&String> = before
        .iter()
        .filter(|(uid, e)| after[*uid].0 != e.0)
        .map(|(uid, _)| uid)
        .collect();
    assert_eq!(changed, vec!["30005-follow-up-contact@oras-check"]);
}

#[test]
fn the_year_on_one_screen_with_clashes() {
    let repo = folder(false);
    let (code, out, err) = run(
        repo.path(),
        &[
            "timeline",
            "plans",
            "--as-of",
            "2025-05-01",
            "--color",
            "never",
            "--width",
            "80",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.iter().all(|l| l.chars().count() <= 80), "{out}");
    for i in 0..COURSES {
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.contains(&format!(" {} ", 30000 + i)))
                .count(),
            1,
            "one row for course {i}"
        );
    }
    let person = |name: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(name))
            .copied()
            .unwrap_or("")
    };
    // The shared physician is on two overlapping courses: a clash; nobody else has one.
    assert!(person("Lääkäri Yhteinen").contains('*'), "{out}");
    assert!(
        !person("SH-05").contains('*') && person("SH-05").contains('#'),
        "{out}"
    );
    // A window.
    let (_, out, _) = run(
        repo.path(),
        &[
            "timeline",
            "plans",
            "--from",
            "2025-05-01",
            "--to",
            "2025-06-30",
            "--color",
            "never",
        ],
    );
    assert!(out.contains("May") && !out.contains("Mar "), "{out}");
}

#[test]
fn the_three_commands_speak_finnish_and_swedish() {
    let repo = folder(true);
    for (lang, deadlines, course, timeline, ics) in [
        ("fi", "Määräajat", "Kurssi", "henkilöt:", "määräaika"),
        ("sv", "Tidsfrister", "Kurs", "personer:", "tidsfrist"),
    ] {
        let (_, out, _) = run(
            repo.path(),
            &[
                "deadlines",
                "plans",
                "--within",
                "14d",
                "--lang",
                lang,
                "--as-of",
                AS_OF,
                "--color",
                "never",
            ],
        );
        assert!(
            out.contains(deadlines) && out.contains(course),
            "{lang}: {out}"
        );
        assert!(
            !out.contains("Deadlines") && !out.contains("overdue"),
            "{lang}: {out}"
        );
        let (_, out, _) = run(
            repo.path(),
            &[
                "timeline", "plans", "--lang", lang, "--as-of", AS_OF, "--color", "never", "--all",
            ],
        );
        assert!(out.contains(timeline), "{lang}: {out}");
        assert!(
            !out.contains("people:") && !out.contains("on two courses"),
            "{lang}: {out}"
        );
        let (_, out, _) = run(
            repo.path(),
            &["ics", "plans", "--lang", lang, "--as-of", AS_OF],
        );
        assert!(out.to_lowercase().contains(ics), "{lang}");
        assert!(
            !out.contains("deadline:") && !out.contains("To do"),
            "{lang}"
        );
    }
}
