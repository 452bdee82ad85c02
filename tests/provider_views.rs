//! The provider's views over its whole repository (`examples/provider/`: forty-eight courses,
//! a roster, a draft that cannot be checked), each item of issue 23 where a planner or a
//! service manager meets it: the timeline, the agenda, the calendar, the HTML overview, `init`
//! skeletons among real plans, and the words of each in Finnish and Swedish.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::provider::{copy_of_provider, in_provider, json, plan_files, provider, run};

const AS_OF: &str = "2026-12-07";
const DRAFT: &str = "drafts/2027-autumn-omaishoitaja.toml";

fn timeline(extra: &[&str]) -> String {
    let mut args = vec!["timeline", "plans", "--as-of", AS_OF, "--color", "never"];
    args.extend_from_slice(extra);
    let (code, out, err) = in_provider(&args);
    assert!(code <= 2, "{args:?}: exit {code}\n{err}");
    out
}

/// The column where a timeline's drawing starts: the indent of its axis (the years' line).
fn axis(out: &str) -> usize {
    out.lines()
        .find(|l| l.starts_with(' ') && !l.trim().is_empty())
        .map_or(0, |l| l.len() - l.trim_start().len())
}

/// The course rows of a provider timeline (`12 70011 …`: row number, label and drawing), and
/// the index of the line after them.
fn rows_and_end(out: &str) -> (Vec<(u32, String, String)>, usize) {
    let axis = axis(out);
    let mut rows: Vec<(u32, String, String)> = Vec::new();
    let mut end = 0;
    for (at, l) in out.lines().enumerate() {
        // Rows are numbered from 1 on, one after another; what follows them is not one.
        let n = l.split_once(' ').and_then(|(n, _)| n.parse::<u32>().ok());
        let Some(n) = n.filter(|&n| n as usize == rows.len() + 1) else {
            if rows.is_empty() {
                continue;
            }
            break;
        };
        let chars: Vec<char> = l.chars().collect();
        let cut = axis.min(chars.len());
        let label: String = chars[n.to_string().len() + 1..cut].iter().collect();
        let drawing: String = chars[cut..].iter().collect();
        rows.push((n, label.trim().to_owned(), drawing));
        end = at + 1;
    }
    (rows, end)
}

fn course_rows(out: &str) -> Vec<(u32, String, String)> {
    rows_and_end(out).0
}

/// The person rows under the course rows: name and drawing. Their heading ("people:",
/// "henkilöt:", …) stands right under the last course row; they run to a blank line or a
/// count ("31 courses ended…").
fn person_rows(out: &str) -> Vec<(String, String)> {
    let axis = axis(out);
    let (_, end) = rows_and_end(out);
    out.lines()
        .skip(end + 1)
        .take_while(|l| !l.is_empty() && !l.starts_with(|c: char| c.is_ascii_digit()))
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            let name: String = chars[..axis.min(chars.len())].iter().collect();
            let drawing: String = chars[axis.min(chars.len())..].iter().collect();
            (name.trim().to_owned(), drawing)
        })
        .collect()
}

/// The plans of the repository by course code: its text as TOML.
fn plans_by_code() -> BTreeMap<String, toml::Table> {
    let mut out = BTreeMap::new();
    for path in plan_files() {
        let plan: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let key = plan["course"]
            .get("code")
            .and_then(|c| c.as_str())
            .map_or_else(
                || path.file_stem().unwrap().to_string_lossy().into_owned(),
                str::to_owned,
            );
        out.insert(key, plan);
    }
    out
}

/// Item 2: course numbers never read as a legend's symbol, and two never run together.
#[test]
fn course_numbers_never_collide_with_symbols_or_each_other() {
    let plans = plans_by_code();
    for width in ["80", "120", "200"] {
        for all in [false, true] {
            let mut extra = vec!["--width", width];
            if all {
                extra.push("--all");
            }
            let out = timeline(&extra);
            let rows = course_rows(&out);
            assert!(
                rows.len() >= 15,
                "{extra:?}: {} course rows\n{out}",
                rows.len()
            );
            // The legend: no symbol but the course numbers' "1 2 3" is a digit.
            let legend = out
                .lines()
                .skip_while(|l| !l.starts_with('#'))
                .collect::<Vec<_>>();
            for line in &legend {
                for item in line.split("   ") {
                    let symbol = item.split(' ').next().unwrap_or("");
                    assert!(
                        item.starts_with("1 2 3") || !symbol.chars().any(|c| c.is_ascii_digit()),
                        "{extra:?}: legend symbol {symbol:?} is a digit: {line}"
                    );
                }
            }
            // Each run of digits on a person's row is the row of a course that names them.
            let label_of: BTreeMap<u32, &str> = rows
                .iter()
                .map(|(n, label, _)| (*n, label.as_str()))
                .collect();
            for (person, drawing) in person_rows(&out) {
                for number in drawing
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|s| !s.is_empty())
                {
                    let n: u32 = number.parse().unwrap();
                    let label = label_of.get(&n).unwrap_or_else(|| {
                        panic!("{extra:?}: {person}: {number} is no course row\n{out}")
                    });
                    let code = label.split(' ').next().unwrap();
                    let plan = plans
                        .iter()
                        .find(|(key, _)| {
                            key.as_str() == code || key.starts_with(code.trim_end_matches('…'))
                        })
                        .map(|(_, plan)| plan)
                        .unwrap_or_else(|| panic!("no plan for row {n} {label}"));
                    let names: Vec<&str> = plan["staff"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|s| s.get("name").and_then(|n| n.as_str()))
                        .collect();
                    assert!(
                        names.contains(&person.as_str()),
                        "{extra:?}: {person}'s row shows {number} ({label}), a course without them\n{out}"
                    );
                }
            }
        }
    }
}

/// Item 1: every on-site period stays visible at any width from 80.
#[test]
fn every_on_site_period_stays_visible_at_every_width() {
    let plans = plans_by_code();
    for width in ["80", "100", "120", "200"] {
        let out = timeline(&[
            "--width",
            width,
            "--from",
            "2024-01-01",
            "--to",
            "2028-06-30",
        ]);
        let rows = course_rows(&out);
        let per_column: i64 = out
            .lines()
            .find_map(|l| {
                l.strip_prefix("One column is ")?
                    .split(' ')
                    .next()?
                    .parse()
                    .ok()
            })
            .unwrap_or_else(|| panic!("no scale in\n{out}"));
        let from = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        for (n, label, drawing) in &rows {
            let Some(plan) = plans.get(label.split(' ').next().unwrap()) else {
                continue;
            };
            let cells: Vec<char> = drawing.chars().collect();
            for period in plan
                .get("periods")
                .and_then(|p| p.as_array())
                .into_iter()
                .flatten()
            {
                if period.get("kind").and_then(|k| k.as_str()) != Some("onsite") {
                    continue;
                }
                let day = |key: &str| {
                    let d = period[key].as_datetime().unwrap().date.unwrap();
                    chrono::NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                        .unwrap()
                };
                let (a, b) = (
                    ((day("start") - from).num_days() / per_column) as usize,
                    ((day("end") - from).num_days() / per_column) as usize,
                );
                let shown = (a..=b).any(|c| cells.get(c).is_some_and(|ch| !" =:".contains(*ch)));
                assert!(
                    shown,
                    "--width {width}: row {n} {label}: on-site {} – {} not drawn in {drawing:?}",
                    day("start"),
                    day("end")
                );
            }
        }
    }
}

/// Items 3 and 4: the default window around the as-of day, the courses before and after it
/// counted in one line each, and the plan that could not be checked listed with its reason.
#[test]
fn the_window_counts_what_it_leaves_out_and_lists_what_was_not_checked() {
    let all = course_rows(&timeline(&["--width", "80", "--all"])).len();
    assert_eq!(all, 48, "--all draws every course");
    let count = |out: &str, what: &str| -> usize {
        out.lines()
            .find(|l| l.contains(what))
            .and_then(|l| l.split(' ').next()?.parse().ok())
            .unwrap_or(0)
    };
    for (extra, before, after) in [
        (vec![], "ended before 2026-11-01", "start after"),
        (
            vec!["--from", "2025-01-01", "--to", "2025-12-31"],
            "ended before 2025-01-01",
            "start after 2025-12-31",
        ),
    ] {
        let mut args = vec!["--width", "80"];
        args.extend(extra.iter().copied());
        let out = timeline(&args);
        let drawn = course_rows(&out).len();
        assert!(
            drawn < all,
            "{args:?}: the window draws {drawn} of {all}\n{out}"
        );
        assert_eq!(
            drawn + count(&out, before) + count(&out, after),
            all,
            "{args:?}: drawn, before and after add up to every course\n{out}"
        );
    }
    for (lang, heading) in [
        ("en", "1 plan could not be checked and is not drawn:"),
        ("fi", "ei voitu tarkistaa"),
        ("sv", "kunde inte kontrolleras"),
    ] {
        let (_, out, _) = in_provider(&[
            "timeline", "plans", DRAFT, "--as-of", AS_OF, "--width", "80", "--color", "never",
            "--lang", lang,
        ]);
        let at = out
            .find(heading)
            .unwrap_or_else(|| panic!("{lang}: no {heading:?} in\n{out}"));
        let listed = &out[at..];
        assert!(
            listed.contains(&format!("  {DRAFT} — plan-schema: "))
                && listed.contains("Liisa Laakari"),
            "{lang}: the draft and its reason under the heading\n{out}"
        );
    }
}

/// Item 5: names whole, the cancelled course marked, every group therapy's first day drawn.
#[test]
fn names_are_whole_cancelled_courses_marked_and_group_therapies_drawn() {
    let roster: toml::Table = std::fs::read_to_string(provider().join("staff.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let plans = plans_by_code();
    for (lang, cancelled) in [
        ("en", "(cancelled)"),
        ("fi", "(peruttu)"),
        ("sv", "(inhiberad)"),
    ] {
        let out = timeline(&["--width", "80", "--all", "--lang", lang]);
        let people: BTreeSet<String> = person_rows(&out).into_iter().map(|(n, _)| n).collect();
        for person in roster["staff"].as_array().unwrap() {
            let name = person["name"].as_str().unwrap();
            let on_a_course = plans.values().any(|p| {
                p.get("staff").and_then(|s| s.as_array()).is_some_and(|s| {
                    s.iter()
                        .any(|e| e.get("name").and_then(|n| n.as_str()) == Some(name))
                })
            });
            if on_a_course {
                assert!(
                    people.contains(name),
                    "{lang}: {name} not whole in {people:?}"
                );
            }
        }
        let rows = course_rows(&out);
        let marked: Vec<&str> = rows
            .iter()
            .filter(|(_, label, _)| label.contains(cancelled))
            .map(|(_, label, _)| label.as_str())
            .collect();
        let cancelled_plans = plans
            .values()
            .filter(|p| p["course"].get("status").and_then(|s| s.as_str()) == Some("cancelled"))
            .count();
        assert_eq!(marked.len(), cancelled_plans, "{lang}: {marked:?}\n{out}");
        for (n, label, drawing) in &rows {
            if label.contains("group") {
                assert!(
                    drawing.contains('>'),
                    "{lang}: row {n} {label} draws nothing: {drawing:?}"
                );
            }
        }
    }
}

fn deadlines(extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["deadlines", "plans", "--as-of", AS_OF, "--format", "json"];
    args.extend_from_slice(extra);
    let (_, out, err) = in_provider(&args);
    let doc = json(&out);
    doc["deadlines"]
        .as_array()
        .unwrap_or_else(|| panic!("{args:?}: {err}\n{out}"))
        .clone()
}

fn plan_status(path: &str) -> String {
    let plan: toml::Table = std::fs::read_to_string(provider().join(path))
        .unwrap()
        .parse()
        .unwrap();
    plan["course"]
        .get("status")
        .and_then(|s| s.as_str())
        .unwrap_or("planned")
        .to_owned()
}

/// Items 6 and 7: the agenda by default is what is open, overdue first; one row per course,
/// day and duty naming its clients; the provider's yearly duty once; and nothing of a finished
/// course but what it still owes.
#[test]
fn the_agenda_is_what_is_open_grouped_per_course_day_and_duty() {
    let items = deadlines(&[]);
    let per_client = deadlines(&["--per-client"]);
    assert!(
        items.len() >= 50 && items.len() < per_client.len(),
        "{} / {}",
        items.len(),
        per_client.len()
    );
    let mut keys = BTreeSet::new();
    let mut years = BTreeSet::new();
    let mut last: Option<(bool, String)> = None;
    for item in &items {
        let state = item["state"].as_str().unwrap();
        assert!(state == "open" || state == "event", "{state}: {item}");
        let late = item["late"].as_bool().unwrap();
        if item["days"].as_i64().unwrap() < 0 {
            assert!(
                state == "open" && late,
                "a past item is open and late: {item}"
            );
        }
        // Overdue first, then by date.
        let order = (!late, item["date"].as_str().unwrap().to_owned());
        if let Some(previous) = &last {
            assert!(*previous <= order, "{previous:?} before {order:?}");
        }
        last = Some(order);
        let key = (
            item["course"].to_string(),
            item["date"].to_string(),
            item["kind"].to_string(),
            item["state"].to_string(),
            item["period"].to_string(),
            item["ordinal"].to_string(),
        );
        assert!(
            keys.insert(key),
            "two rows for one course, day and duty: {item}"
        );
        let clients = item["clients"].as_array().unwrap().len();
        if clients > 0 {
            let expanded = per_client
                .iter()
                .filter(|p| {
                    p["course"] == item["course"]
                        && p["date"] == item["date"]
                        && p["kind"] == item["kind"]
                })
                .count();
            assert_eq!(clients, expanded, "{item}");
        }
        if item["kind"] == "measurement-report" {
            assert!(
                years.insert(item["year"].as_i64().unwrap()),
                "the year's report twice: {item}"
            );
            assert!(item["courses"].as_array().unwrap().len() > 1, "{item}");
        }
        let status = plan_status(item["path"].as_str().unwrap());
        if status == "completed" || status == "cancelled" {
            assert!(
                state == "open" || item["kind"] == "measurement-report",
                "a {status} course asks nothing more of this: {item}"
            );
            assert_ne!(item["kind"], "decision-window", "{item}");
        }
    }
    // The history is there when asked for: what was done, and finished courses' windows.
    let done = deadlines(&["--include-done"]);
    assert!(done.len() > items.len());
    assert!(
        done.iter().any(|i| i["state"] == "done"),
        "--include-done brings back the history"
    );
    assert!(
        done.iter().any(|i| i["kind"] == "decision-window"
            && plan_status(i["path"].as_str().unwrap()) == "completed"),
        "--include-done keeps a completed course's decision windows"
    );
}

/// Item 8: the calendar has one event per course, day and duty, the clients in its
/// description, never in its UID; the provider's yearly duty once.
#[test]
fn the_calendar_has_one_event_per_course_day_and_duty() {
    let (code, out, err) = in_provider(&["ics", "plans", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    let text = out.replace("\r\n ", "");
    let events: Vec<&str> = text.split("BEGIN:VEVENT").skip(1).collect();
    assert!(events.len() > 100, "{} events", events.len());
    let field = |event: &str, name: &str| -> String {
        event
            .lines()
            .find_map(|l| {
                let (key, value) = l.split_once(':')?;
                (key.split(';').next() == Some(name)).then(|| value.to_owned())
            })
            .unwrap_or_default()
    };
    let clients: Vec<String> = plans_by_code()
        .values()
        .flat_map(|p| {
            p.get("clients")
                .and_then(|c| c.as_array())
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|c| c.get("id").and_then(|id| id.as_str()).map(str::to_owned))
        .collect();
    assert!(clients.len() > 100, "{} clients", clients.len());
    let mut seen = BTreeSet::new();
    let mut feedback = 0;
    for event in &events {
        let uid = field(event, "UID");
        assert!(
            !clients.iter().any(|c| uid.contains(c.as_str())),
            "a client in a UID: {uid}"
        );
        assert!(
            seen.insert((field(event, "DTSTART"), field(event, "SUMMARY"))),
            "two events for one course, day and duty: {event}"
        );
        if uid.ends_with("-feedback@oras-check") {
            feedback += 1;
            assert!(field(event, "DESCRIPTION").contains("Clients ("), "{event}");
        }
    }
    assert!(feedback >= 5, "{feedback} feedback events");
    let reports = events
        .iter()
        .filter(|e| field(e, "UID").starts_with("provider-measurement-report-"))
        .count();
    let years: BTreeSet<i64> = deadlines(&["--include-done"])
        .iter()
        .filter(|i| i["kind"] == "measurement-report")
        .map(|i| i["year"].as_i64().unwrap())
        .collect();
    assert_eq!(reports, years.len(), "one report event a year: {years:?}");
    // A finished course's decision limits are history, there only when asked for.
    let finished: Vec<String> = plans_by_code()
        .iter()
        .filter(|(_, p)| {
            matches!(
                p["course"].get("status").and_then(|s| s.as_str()),
                Some("completed" | "cancelled")
            )
        })
        .map(|(code, _)| code.clone())
        .collect();
    let limits_of_finished = |text: &str| {
        text.lines()
            .filter(|l| l.starts_with("UID:") && l.contains("decision-window"))
            .filter(|l| {
                finished
                    .iter()
                    .any(|code| l.starts_with(&format!("UID:{code}-")))
            })
            .count()
    };
    assert_eq!(limits_of_finished(&text), 0);
    let (_, history, _) = in_provider(&["ics", "plans", "--as-of", AS_OF, "--include-done"]);
    assert!(limits_of_finished(&history.replace("\r\n ", "")) > 0);
}

fn html(lang: &str) -> String {
    let (_, out, _) = in_provider(&[
        ".", DRAFT, "--format", "html", "--as-of", AS_OF, "--lang", lang,
    ]);
    out
}

/// Items 9, 10 and 13: the summary is a row per course with its link, what needs attention
/// first; the checklist once per edition; the title names the folder and the count.
#[test]
fn the_overview_summary_sorts_by_attention_and_links_each_course() {
    let page = html("en");
    let doc = roxmltree::Document::parse(page.trim_start_matches("<!DOCTYPE html>"))
        .unwrap_or_else(|e| panic!("{e}"));
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title") && n.parent().is_some_and(|p| p.has_tag_name("head")))
        .and_then(|n| n.text())
        .unwrap();
    assert!(
        title.contains("49 plans") && !title.contains(".toml"),
        "{title}"
    );
    let table = doc
        .descendants()
        .find(|n| n.has_tag_name("table") && n.attribute("class") == Some("summary"))
        .unwrap();
    let headers: Vec<String> = table
        .descendants()
        .filter(|n| n.has_tag_name("th"))
        .map(|n| n.text().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        headers,
        [
            "Course",
            "Edition",
            "First day",
            "Last day",
            "Status",
            "Team",
            "✗",
            "!",
            "i",
            "Next deadline"
        ]
    );
    let rows: Vec<roxmltree::Node> = table
        .descendants()
        .filter(|n| n.has_tag_name("tr") && n.parent().is_some_and(|p| p.has_tag_name("tbody")))
        .collect();
    assert_eq!(rows.len(), 49);
    let cell_text = |row: &roxmltree::Node, i: usize| -> String {
        row.children()
            .filter(|n| n.has_tag_name("td"))
            .nth(i)
            .map(|td| {
                td.descendants()
                    .filter(|n| n.is_text())
                    .filter_map(|n| n.text())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut ranks = Vec::new();
    for row in &rows {
        let href = row
            .descendants()
            .find(|n| n.has_tag_name("a"))
            .and_then(|a| a.attribute("href"))
            .unwrap();
        let id = href.trim_start_matches('#');
        assert!(
            doc.descendants()
                .any(|n| n.has_tag_name("section") && n.attribute("id") == Some(id)),
            "{href} leads nowhere"
        );
        let errors: u32 = cell_text(row, 6).parse().unwrap();
        let unchecked = cell_text(row, 1) == "could not be checked";
        let overdue = cell_text(row, 9).contains("overdue");
        ranks.push(if unchecked {
            0
        } else if errors > 0 {
            1
        } else if overdue {
            2
        } else {
            3
        });
    }
    assert_eq!(
        ranks[0], 0,
        "the draft that could not be checked comes first"
    );
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "not in order of attention: {ranks:?}"
    );
    let first = rows.iter().find(|r| cell_text(r, 0) == "70045").unwrap();
    assert_eq!(cell_text(first, 6), "8");
    assert!(cell_text(first, 9).contains("42 days overdue"));
    // No ISO date or rule id stands where a line may break inside it: each is in an element
    // that keeps it whole (`.date`, `.rule`, `.nw`) or is code; no backtick shows.
    let (_, rules, _) = in_provider(&["rules", "--format", "json"]);
    let ids: Vec<String> = json(&rules)["rules"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert!(ids.len() > 30, "{} rule ids", ids.len());
    let whole = |n: roxmltree::Node| {
        n.ancestors().any(|a| {
            ["svg", "pre", "style", "title", "code"]
                .iter()
                .any(|t| a.has_tag_name(*t))
                || a.attribute("class")
                    .is_some_and(|c| c.split(' ').any(|c| ["date", "rule", "nw"].contains(&c)))
        })
    };
    for node in doc.descendants().filter(|n| n.is_text() && !whole(*n)) {
        let text = node.text().unwrap();
        assert!(!text.contains('`'), "a backtick shows: {text:?}");
        for word in text.split(|c: char| c.is_whitespace() || "(),;:“”\"".contains(c)) {
            let iso = word.len() == 10
                && word.chars().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            assert!(!iso, "the date {word} may break: {text:?}");
            // A rule named in a table (a line breaks at its hyphens; "measurements" has none;
            // in prose "pre-contact" is a word, not the rule).
            let in_table = node.ancestors().any(|a| a.has_tag_name("table"));
            assert!(
                !(in_table && ids.iter().any(|id| id == word && id.contains('-'))),
                "the rule id {word} may break: {text:?}"
            );
        }
    }
    // On paper a heading stays with what follows it.
    assert!(
        page.contains("h2, h3 { break-after: avoid;"),
        "no print rule for headings"
    );
    // The checklist, once for each edition.
    let checklists: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("h2"))
        .filter_map(|n| n.text())
        .filter(|t| t.starts_with("Confirm by hand: "))
        .map(str::to_owned)
        .collect();
    let unique: BTreeSet<&String> = checklists.iter().collect();
    assert_eq!(checklists.len(), unique.len(), "{checklists:?}");
    assert_eq!(checklists.len(), 4, "{checklists:?}");
    for (lang, plans) in [("fi", "49 suunnitelmaa"), ("sv", "49 planer")] {
        let page = html(lang);
        let title = &page[page.find("<title>").unwrap()..page.find("</title>").unwrap()];
        assert!(title.contains(plans), "{lang}: {title}");
    }
}

/// Item 14: two `init` skeletons on the same dates, among the real plans: their placeholders
/// are warned about, and never double-booked or found in another plan.
#[test]
fn init_skeletons_stay_out_of_the_cross_plan_rules() {
    let dir = copy_of_provider();
    let before = findings(dir.path());
    let oras: &[&str] = &[
        "init",
        "--service",
        "oras",
        "--start",
        "2027-09-06",
        "--no-config",
    ];
    let group: &[&str] = &[
        "init",
        "--service",
        "group-therapy",
        "--therapy",
        "music-therapy",
        "--start",
        "2027-09-06",
        "--no-config",
    ];
    // Two skeletons of each service, on the same dates.
    for (i, args) in [oras, oras, group, group].iter().enumerate() {
        let (code, out, err) = run(crate::common::oras_in(dir.path()).args(*args));
        assert_eq!(code, 0, "{args:?}: {err}");
        std::fs::write(
            dir.path().join(format!("plans/2027/skeleton-{i}.toml")),
            out,
        )
        .unwrap();
    }
    let after = findings(dir.path());
    for i in 0..4 {
        let path = format!("plans/2027/skeleton-{i}.toml");
        let rules = after
            .get(&path)
            .unwrap_or_else(|| panic!("{path} not checked"));
        assert!(rules.contains("placeholder"), "{path}: {rules:?}");
        for cross in ["staff-double-booked", "client-double-booked"] {
            assert!(!rules.contains(cross), "{path}: {rules:?}");
        }
    }
    for (path, rules) in &before {
        assert_eq!(
            after.get(path),
            Some(rules),
            "{path}: the skeletons changed its findings"
        );
    }
}

/// Each plan's rules with an error or a warning, by path.
fn findings(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let (_, out, err) = run(crate::common::oras_in(dir)
        .args([".", "--as-of", AS_OF, "--format", "json"])
        .env_remove("ORAS_CHECK_CONFIG"));
    let doc = json(&out);
    let mut map = BTreeMap::new();
    for plan in doc["plans"].as_array().unwrap_or_else(|| panic!("{err}")) {
        let rules = plan["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| d["severity"] != "note")
            .map(|d| d["rule"].as_str().unwrap().to_owned())
            .collect();
        map.insert(
            plan["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("./")
                .to_owned(),
            rules,
        );
    }
    map
}

/// Items 16 and 17: the totals agree with their counts in each language, the "left out" line
/// says its remark once, and a plan that could not be checked says so once.
#[test]
fn totals_agree_and_nothing_stutters_in_every_language() {
    for (lang, one_error, left_out) in [
        ("en", "1 error to fix first", "(--verbose lists them)"),
        ("fi", "1 virhe korjattava ensin", "(--verbose luettelee ne)"),
        ("sv", "1 fel att rätta först", "(--verbose listar dem)"),
    ] {
        for quiet in [false, true] {
            let mut args = vec![DRAFT, "--as-of", AS_OF, "--color", "never", "--lang", lang];
            if quiet {
                args.push("--quiet");
            }
            let (code, out, err) = in_provider(&args);
            assert_eq!(code, 2, "{err}");
            assert_eq!(
                out.trim_end().lines().last(),
                Some(one_error),
                "{lang}:\n{out}"
            );
            let all = format!("{out}{err}");
            let phrase = match lang {
                "en" => "could not be checked",
                "fi" => "ei voitu tarkistaa",
                _ => "kunde inte kontrolleras",
            };
            assert!(all.matches(phrase).count() <= 1, "{lang}: stutters\n{all}");
        }
        let (_, out, err) = in_provider(&[
            ".", "--as-of", AS_OF, "--quiet", "--color", "never", "--lang", lang,
        ]);
        let all = format!("{out}{err}");
        assert_eq!(all.matches(left_out).count(), 1, "{lang}:\n{all}");
        assert_eq!(all.matches("--verbose").count(), 1, "{lang}:\n{all}");
    }
}

/// Item 16: the agenda's days agree with their number in each language, 1 and 2, ahead and
/// overdue, counted from the as-of day before and after a deadline of the repository.
#[test]
fn the_agenda_counts_days_in_words_that_agree_with_1_and_2() {
    // An open deadline still ahead on the as-of day: counted to from the two days before
    // it, and past it on the two days after.
    let item = deadlines(&[])
        .into_iter()
        .find(|i| i["state"] == "open" && i["days"].as_i64().unwrap() > 2)
        .expect("an open deadline ahead");
    let due: chrono::NaiveDate = item["date"].as_str().unwrap().parse().unwrap();
    let phrases = [
        (
            "en",
            ["in 1 day", "in 2 days", "1 day overdue", "2 days overdue"],
        ),
        (
            "fi",
            [
                "1 päivän päästä",
                "2 päivän päästä",
                "1 päivän myöhässä",
                "2 päivää myöhässä",
            ],
        ),
        (
            "sv",
            [
                "om 1 dag",
                "om 2 dagar",
                "1 dag försenad",
                "2 dagar försenad",
            ],
        ),
    ];
    for (lang, words) in phrases {
        for (shift, word) in [-1, -2, 1, 2].into_iter().zip(words) {
            let as_of = (due + chrono::TimeDelta::days(shift)).to_string();
            let (_, out, err) = in_provider(&[
                "deadlines",
                "plans",
                "--as-of",
                &as_of,
                "--color",
                "never",
                "--lang",
                lang,
            ]);
            let row = out
                .lines()
                .find(|l| l.contains(item["course"].as_str().unwrap()) && l.contains(word));
            assert!(
                row.is_some(),
                "{lang} --as-of {as_of}: no {word:?} for {item}\n{out}{err}"
            );
        }
    }
}

/// A window that starts a few days before a new year names that year: the part of December
/// at its start does not crowd out January's name and year.
#[test]
fn a_window_starting_late_in_a_month_names_the_next_month_and_its_year() {
    let out = timeline(&["--width", "120", "--from", "2024-12-29"]);
    let mut axis = out
        .lines()
        .filter(|l| l.starts_with(' ') && !l.trim().is_empty());
    let (years, months) = (axis.next().unwrap(), axis.next().unwrap());
    assert!(years.trim_start().starts_with("2025"), "{years}\n{months}");
    assert!(months.trim_start().starts_with("Jan"), "{years}\n{months}");
}
