//! `oras-check deadlines`: the schedule of one plan (made by `planner::schedule`) as a table
//! for people or a JSON document for scripts.

use comfy_table::{Cell, Color};

use crate::i18n::Localizer;
use crate::msg;
use crate::planner::schedule::{Item, State};
use chrono::NaiveDate;

/// What the deadlines of one plan are shown with.
pub struct Deadlines<'a> {
    pub path: &'a str,
    /// The edition's year (`2025`) and title (`Omaishoitaja 2025`).
    pub edition_year: &'a str,
    pub edition_title: &'a str,
    pub as_of: NaiveDate,
    pub items: &'a [Item],
}

/// The JSON document: every item with its date, days from the as-of day and its description.
pub fn json(d: &Deadlines<'_>, l10n: &Localizer) -> String {
    let doc = serde_json::json!({
        "tool": "oras-check",
        "version": env!("CARGO_PKG_VERSION"),
        "path": d.path,
        "edition": d.edition_year,
        "as_of": d.as_of.to_string(),
        "deadlines": d.items.iter().map(|i| {
            let mut v = serde_json::to_value(i).unwrap_or_default();
            v["days"] = serde_json::Value::from(i.days_from(d.as_of));
            v["late"] = serde_json::Value::from(i.late(d.as_of));
            v["what"] = serde_json::Value::from(l10n.format(&i.what()));
            v
        }).collect::<Vec<_>>(),
    });
    format!(
        "{}\n",
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    )
}

/// A heading and a table: date, what, client, status (late in red, done in green).
pub fn human(d: &Deadlines<'_>, l10n: &Localizer, width: usize, color: bool) -> String {
    let heading = l10n.format(&msg!(
        "deadlines-heading",
        path = d.path,
        edition = d.edition_title,
        as_of = d.as_of
    ));
    if d.items.is_empty() {
        return format!("{heading}\n{}\n", l10n.text("deadlines-none"));
    }
    let mut table = super::table::new(
        [
            l10n.text("deadlines-col-date"),
            l10n.text("deadlines-col-what"),
            l10n.text("deadlines-col-client"),
            l10n.text("deadlines-col-status"),
        ],
        width,
        color,
    );
    for item in d.items {
        let mut status = Cell::new(l10n.format(&item.status(d.as_of)));
        if color && item.late(d.as_of) {
            status = status.fg(Color::Red);
        } else if color && matches!(item.state, State::Done(_)) {
            status = status.fg(Color::Green);
        }
        table.add_row(vec![
            Cell::new(l10n.date(item.date)),
            Cell::new(l10n.format(&item.what())),
            Cell::new(item.client.clone().unwrap_or_default()),
            status,
        ]);
    }
    format!("{heading}\n{table}\n")
}
