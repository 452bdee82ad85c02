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
use crate::plan::{PeriodKind, Plan, Status};

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
/// wrong the next day). Items already done, and the dates before a completed or cancelled
/// course, are left out unless `include_done`.
pub fn calendar(
    courses: &[Source<'_>],
    l10n: &Localizer,
    as_of: NaiveDate,
    include_done: bool,
) -> String {
    let stamp = Utc.from_utc_datetime(&as_of.and_hms_opt(0, 0, 0).unwrap_or_default());
    let name = match courses {
        [one] => title(one, l10n),
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
        periods(course, l10n, stamp, &mut out);
    }
    // Then what falls due: one event per course, day and duty (its clients in the
    // description), and a duty of the provider (the year's measurements) once.
    let mut items = Vec::new();
    for (i, course) in courses.iter().enumerate() {
        // A completed or cancelled course asks nothing more of the dates before it (its
        // clients' decision limits, its cancellation window): history, as what was done is.
        // (By the plan's status, not the day: the same plans give the same calendar.)
        let finished = matches!(
            course.plan.course.status(),
            Status::Completed | Status::Cancelled
        );
        items.extend(
            schedule::items(course.plan, course.edition)
                .into_iter()
                .filter(|item| {
                    include_done
                        || !(matches!(item.state, State::Done(_))
                            || finished && item.kind.before_course())
                })
                .map(|item| (i, item)),
        );
    }
    // Groups of one kind in one course are numbered in date order for their UIDs.
    let mut seen: HashMap<(Option<usize>, String), usize> = HashMap::new();
    for group in schedule::group(items, false) {
        let provider = group.item.kind.provider_duty();
        let course = &courses[group.courses[0]];
        let base = group.item.kind.key();
        let n = seen
            .entry(((!provider).then_some(group.courses[0]), base.clone()))
            .or_insert(0);
        *n += 1;
        let key = if provider { "provider" } else { course.key };
        let uid = if *n == 1 {
            format!("{key}-{base}")
        } else {
            format!("{key}-{base}-{n}")
        };
        let item = &group.item;
        // What the item is, in words that stay true: done on a day, or to do; and whom.
        let mut description: Vec<String> = match item.state {
            State::Done(on) => vec![l10n.format(&msg!("due-done", on = on))],
            State::Open => vec![l10n.text("ics-to-do")],
            State::Event => Vec::new(),
        };
        if group.clients.len() > 1 {
            description.push(l10n.format(&msg!(
                "ics-clients",
                count = group.clients.len(),
                clients = group.clients.join(", ")
            )));
        }
        let summary = if provider {
            description.push(l10n.format(&msg!(
                "ics-courses",
                count = group.courses.len(),
                courses = group
                    .courses
                    .iter()
                    .map(|&i| title(&courses[i], l10n))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
            l10n.format(&item.what())
        } else {
            let one = (group.clients.len() == 1).then(|| group.clients[0].as_str());
            summary(item, one, &title(course, l10n), l10n)
        };
        let description = (!description.is_empty()).then(|| description.join("\n"));
        let mut e = Event::new();
        e.uid(&format!("{uid}@oras-check"))
            .summary(&summary)
            .timestamp(stamp);
        if let Some(d) = description {
            e.description(&d);
        }
        // DTEND is exclusive (RFC 5545 3.6.1): a one-day event ends the next day. icalendar's
        // all_day() writes DTEND = DTSTART, a zero-length event some clients hide.
        e.starts(item.date).ends(calendar::add_days(item.date, 1));
        let _ = e.done().fmt_write(&mut out);
    }
    out.push_str(tail);
    crate::privacy::mask(&out).into_owned()
}

/// How a course is named in its events: its edition and code.
fn title(course: &Source<'_>, l10n: &Localizer) -> String {
    let edition = l10n.edition_title(&course.edition.id, &course.edition.title);
    match &course.plan.course.code {
        // Masked before icalendar folds long lines, which could split a code in two.
        Some(code) => format!("{edition} {}", crate::privacy::mask(&code.value)),
        None => edition,
    }
}

/// A course's periods, each an all-day event.
fn periods(course: &Source<'_>, l10n: &Localizer, stamp: chrono::DateTime<Utc>, out: &mut String) {
    let (plan, key) = (course.plan, course.key);
    let title = title(course, l10n);
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
        let mut e = Event::new();
        e.uid(&format!("{key}-{kind_id}-{ordinal}@oras-check"))
            .summary(&summary)
            .timestamp(stamp);
        e.starts(start).ends(calendar::add_days(end, 1));
        let _ = e.done().fmt_write(out);
    }
}

fn summary(item: &Item, client: Option<&str>, title: &str, l10n: &Localizer) -> String {
    let id = match (item.state == State::Event, client.is_some()) {
        (false, true) => "ics-deadline-client",
        (false, false) => "ics-deadline",
        (true, true) => "ics-event-client",
        (true, false) => "ics-event",
    };
    let client = client.unwrap_or_default();
    l10n.format(&msg!(
        id,
        course = title,
        what = l10n.format(&item.what()),
        client = client
    ))
}
