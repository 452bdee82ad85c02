//! The course as an iCalendar file (RFC 5545): its periods, its contacts and the deadlines of
//! [`super::schedule`], each an all-day event.
//!
//! UIDs are built from the course code (or the file name) and the item's kind, ordinal or
//! client, never from its date, so importing an edited plan again updates the events instead of
//! adding copies.

use std::collections::HashMap;

use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use super::schedule::{self, Item, State};
use crate::calendar;
use crate::i18n::Localizer;
use crate::msg;
use crate::pack::Edition;
use crate::plan::{PeriodKind, Plan};

/// The part of every UID that names the course: its code, else the plan file's name.
pub fn course_key(plan: &Plan, path: &str) -> String {
    let raw = match &plan.course.code {
        Some(code) => code.value.clone(),
        None => std::path::Path::new(path)
            .file_stem()
            .map_or_else(|| "plan".to_owned(), |s| s.to_string_lossy().into_owned()),
    };
    crate::privacy::mask(&raw)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The calendar of a plan. `as_of` is the DTSTAMP, so that the same plan gives the same file.
pub fn calendar(
    plan: &Plan,
    edition: &Edition,
    path: &str,
    l10n: &Localizer,
    as_of: NaiveDate,
) -> String {
    let key = course_key(plan, path);
    let stamp = Utc.from_utc_datetime(&as_of.and_hms_opt(0, 0, 0).unwrap_or_default());
    let title = match &plan.course.code {
        // Masked before icalendar folds long lines, which could split a code in two.
        Some(code) => format!("{} {}", edition.title, crate::privacy::mask(&code.value)),
        None => edition.title.clone(),
    };
    // Events are written one at a time into the calendar's frame rather than collected in a
    // Calendar: icalendar keeps about twenty times the text's size per event.
    let mut frame = Calendar::empty();
    frame
        .append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            concat!(
                "-//oras-check//oras-check ",
                env!("CARGO_PKG_VERSION"),
                "//EN"
            ),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(&title);
    let frame = frame.done().to_string();
    let (head, tail) = frame.split_at(frame.rfind("END:VCALENDAR").unwrap_or(frame.len()));
    let mut out = String::from(head);
    let mut push = |e: &Event| {
        let _ = e.fmt_write(&mut out);
    };
    let event = |uid: String, summary: String, description: Option<String>| {
        let mut e = Event::new();
        e.uid(&format!("{uid}@oras-check"))
            .summary(&summary)
            .timestamp(stamp);
        if let Some(d) = description {
            e.description(&d);
        }
        e
    };
    for (kind, ordinal, start, end) in schedule::periods(plan) {
        let kind_id = match kind {
            PeriodKind::Onsite => "onsite",
            PeriodKind::Remote => "remote",
        };
        let summary = l10n.format(&msg!(
            "ics-period",
            course = title.as_str(),
            kind = kind_id,
            ordinal = ordinal
        ));
        let mut e = event(format!("{key}-{kind_id}-{ordinal}"), summary, None);
        e.starts(start).ends(calendar::add_days(end, 1));
        push(&e.done());
    }
    // Items of one kind and client are numbered in date order for their UIDs.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for item in schedule::items(plan, edition) {
        let base = item.key();
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        let uid = if *n == 1 {
            format!("{key}-{base}")
        } else {
            format!("{key}-{base}-{n}")
        };
        let mut e = event(
            uid,
            summary(&item, &title, l10n),
            Some(l10n.format(&item.status(as_of))),
        );
        // DTEND is exclusive (RFC 5545 3.6.1): a one-day event ends the next day. icalendar's
        // all_day() writes DTEND = DTSTART, a zero-length event some clients hide.
        e.starts(item.date).ends(calendar::add_days(item.date, 1));
        push(&e.done());
    }
    out.push_str(tail);
    crate::privacy::mask(&out).into_owned()
}

fn summary(item: &Item, title: &str, l10n: &Localizer) -> String {
    let id = match (item.state == State::Event, item.client.is_some()) {
        (false, true) => "ics-deadline-client",
        (false, false) => "ics-deadline",
        (true, true) => "ics-event-client",
        (true, false) => "ics-event",
    };
    let client = item.client.clone().unwrap_or_default();
    l10n.format(&msg!(
        id,
        course = title,
        what = l10n.format(&item.what()),
        client = client
    ))
}
