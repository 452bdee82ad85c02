//! `oras-check deadlines`: what falls due across the plans (made by `planner::schedule`), as a
//! table for people or a JSON document for scripts.

use chrono::NaiveDate;
use comfy_table::{Cell, Color};

use crate::i18n::Localizer;
use crate::msg;
use crate::planner::schedule::{Item, State};

/// One row of the agenda: an item of one course, its clients together (or a provider's duty,
/// its courses together).
pub struct Row<'a> {
    /// The plan's path as reports show it (the first course's, for a provider's duty).
    pub path: &'a str,
    /// The course code, when the plan gives one.
    pub course: Option<&'a str>,
    /// How the table names the course: its code, else its file's name.
    pub label: &'a str,
    pub item: Item,
    /// The clients it concerns (none for an item of the whole course).
    pub clients: Vec<String>,
    /// Every course it covers, by label: more than one for a provider's duty.
    pub courses: Vec<&'a str>,
}

/// The deadlines of a run.
pub struct Deadlines<'a> {
    /// With one plan: its path and its edition's year and title in the reader's language (the
    /// heading names them).
    pub single: Option<(&'a str, &'a str, &'a str)>,
    /// How many courses were read.
    pub courses: usize,
    pub as_of: NaiveDate,
    /// Sorted by date.
    pub rows: &'a [Row<'a>],
}

/// The JSON document: every item with its plan, course, date, kind, rule, client, state, the
/// days from the as-of day, and its description.
pub fn json(d: &Deadlines<'_>, l10n: &Localizer) -> String {
    let mut doc = serde_json::json!({
        "tool": "oras-check",
        "version": env!("CARGO_PKG_VERSION"),
        "as_of": d.as_of.to_string(),
        "deadlines": d.rows.iter().map(|r| {
            let i = &r.item;
            let mut v = serde_json::to_value(i).unwrap_or_default();
            v["path"] = serde_json::Value::from(r.path);
            v["course"] = serde_json::Value::from(r.course);
            v["clients"] = serde_json::Value::from(r.clients.clone());
            v["courses"] = serde_json::Value::from(r.courses.clone());
            v["days"] = serde_json::Value::from(i.days_from(d.as_of));
            v["late"] = serde_json::Value::from(i.late(d.as_of));
            v["what"] = serde_json::Value::from(l10n.format(&i.what()));
            v
        }).collect::<Vec<_>>(),
    });
    if let Some((path, year, _)) = d.single {
        doc["path"] = serde_json::Value::from(path);
        doc["edition"] = serde_json::Value::from(year);
    }
    format!(
        "{}\n",
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    )
}

/// A heading and a table: date, (course,) what, client, status (late in red, done in green).
pub fn human(d: &Deadlines<'_>, l10n: &Localizer, width: usize, color: bool) -> String {
    let heading = match d.single {
        Some((path, _, title)) => l10n.format(&msg!(
            "deadlines-heading",
            path = path,
            edition = title,
            as_of = d.as_of
        )),
        None => l10n.format(&msg!(
            "deadlines-heading-many",
            courses = d.courses,
            as_of = d.as_of
        )),
    };
    if d.rows.is_empty() {
        return format!("{heading}\n{}\n", l10n.text("deadlines-none"));
    }
    let many = d.single.is_none();
    let mut header = vec![l10n.text("deadlines-col-date")];
    if many {
        header.push(l10n.text("deadlines-col-course"));
    }
    header.extend([
        l10n.text("deadlines-col-what"),
        l10n.text("deadlines-col-client"),
        l10n.text("deadlines-col-status"),
    ]);
    let mut table = super::table::new(header, width, color);
    for row in d.rows {
        let item = &row.item;
        let mut status = Cell::new(l10n.format(&item.status(d.as_of)));
        if color && item.late(d.as_of) {
            status = status.fg(Color::Red);
        } else if color && matches!(item.state, State::Done(_)) {
            status = status.fg(Color::Green);
        }
        let mut cells = vec![Cell::new(l10n.date(item.date))];
        if many {
            cells.push(Cell::new(if row.courses.len() > 1 {
                row.courses.join(", ")
            } else {
                row.label.to_owned()
            }));
        }
        let clients = match row.clients.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            many => l10n.format(&msg!("deadlines-clients", clients = many.len())),
        };
        cells.extend([
            Cell::new(l10n.format(&item.what())),
            Cell::new(clients),
            status,
        ]);
        table.add_row(cells);
    }
    format!("{heading}\n{table}\n")
}
