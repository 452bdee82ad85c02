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

/// The part of every UID that names the course: its code, else the plan's path (relative to
/// the folder walked), written without loss (`kurssi 1.toml` and `kurssi_1.toml` stay two).
pub fn course_key(plan: &Plan, path: &str) -> String {
    match &plan.course.code {
        Some(code) => uid_part(&code.value),
        None => uid_part(path),
    }
}

/// `text` as a part of a UID: identity codes masked, then every character but ASCII letters,
/// digits, `-`, `.` and `_` percent-encoded (UTF-8), so that different texts never give the
/// same part and no character needs iCalendar's escapes.
pub fn uid_part(text: &str) -> String {
    let masked = crate::privacy::mask(text);
    let mut out = String::with_capacity(masked.len());
    for b in masked.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One course of a calendar: its plan, edition, and the key its UIDs start with.
pub struct Source<'a> {
    pub plan: &'a Plan,
    pub edition: &'a Edition,
    pub key: &'a str,
}

/// One calendar of every course's periods, contacts and deadlines. `as_of` is the DTSTAMP, so
/// that the same plans give the same file; no text is relative to it ("in 12 days" would be
/// wrong the next day). Items already done are left out unless `include_done`.
pub fn calendar(
    courses: &[Source<'_>],
    l10n: &Localizer,
    as_of: NaiveDate,
    include_done: bool,
) -> String {
    let stamp = Utc.from_utc_datetime(&as_of.and_hms_opt(0, 0, 0).unwrap_or_default());
    let name = match courses {
        [one] => title(one),
        many => l10n.format(&msg!("ics-calendar-many", courses = many.len())),
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
        .name(&name);
    let frame = frame.done().to_string();
    let (head, tail) = frame.split_at(frame.rfind("END:VCALENDAR").unwrap_or(frame.len()));
    let mut out = String::from(head);
    for course in courses {
        events(course, l10n, stamp, include_done, &mut out);
    }
    out.push_str(tail);
    crate::privacy::mask(&out).into_owned()
}

/// How a course is named in its events: its edition and code.
fn title(course: &Source<'_>) -> String {
    match &course.plan.course.code {
        // Masked before icalendar folds long lines, which could split a code in two.
        Some(code) => format!(
            "{} {}",
            course.edition.title,
            crate::privacy::mask(&code.value)
        ),
        None => course.edition.title.clone(),
    }
}

fn events(
    course: &Source<'_>,
    l10n: &Localizer,
    stamp: chrono::DateTime<Utc>,
    include_done: bool,
    out: &mut String,
) {
    let (plan, edition, key) = (course.plan, course.edition, course.key);
    let title = title(course);
    let mut push = |e: &Event| {
        let _ = e.fmt_write(out);
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
        if matches!(item.state, State::Done(_)) && !include_done {
            continue;
        }
        let uid = if *n == 1 {
            format!("{key}-{base}")
        } else {
            format!("{key}-{base}-{n}")
        };
        // What the item is, in words that stay true: done on a day, or to do.
        let description = match item.state {
            State::Done(on) => Some(l10n.format(&msg!("due-done", on = on))),
            State::Open => Some(l10n.text("ics-to-do")),
            State::Event => None,
        };
        let mut e = event(uid, summary(&item, &title, l10n), description);
        // DTEND is exclusive (RFC 5545 3.6.1): a one-day event ends the next day. icalendar's
        // all_day() writes DTEND = DTSTART, a zero-length event some clients hide.
        e.starts(item.date).ends(calendar::add_days(item.date, 1));
        push(&e.done());
    }
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
