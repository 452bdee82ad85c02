//! Contacts with each client: the pre-contact before the course, interim contacts (or the
//! remote part's individual video sessions), follow-ups after it, and the course's total
//! duration, and how long contacts last (`pre-contact`, `interim-contacts`, `contact-length`,
//! `follow-up-contacts`, `course-duration`).
//!
//! Contacts are counted per client (rule catalogue): a contact without `clients` includes every
//! client. When every counted client is affected in the same way there is one course-level
//! finding; otherwise one finding per affected client, so a client-scoped `[[allow]]` applies.

use crate::pack::Cited;
use crate::pack::params::{ContactLength, FollowUpContacts, InterimContacts, Months, PreContact};
use chrono::NaiveDate;

use super::Context;
use crate::calendar;
use crate::finding::{Finding, Severity, Span};
use crate::msg;
use crate::pack::params::Within;
use crate::plan::{Client, Contact, ContactKind, Plan, Vocab};

/// Whom contacts are counted for: every counted client, or the plan as a whole (`None`) when it
/// has no counted clients.
fn audience<'a>(cx: &Context<'a>) -> Vec<Option<&'a Client>> {
    if cx.clients.is_empty() {
        vec![None]
    } else {
        cx.clients.iter().map(|c| Some(*c)).collect()
    }
}

fn includes(contact: &Contact, who: Option<&Client>) -> bool {
    who.is_none_or(|c| contact.includes(&c.id.value))
}

/// One course-level finding when the whole audience is affected, else one per affected client.
/// `affected` pairs each affected member with the figure the message reports for them.
fn report<'a>(
    affected: &[(Option<&'a Client>, usize)],
    audience: usize,
    course: impl FnOnce(usize, bool) -> Finding,
    client: impl Fn(&'a Client, usize) -> Finding,
    out: &mut Vec<Finding>,
) {
    if affected.is_empty() {
        return;
    }
    if affected.len() == audience {
        let max = affected.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let uneven = affected.iter().any(|(_, n)| *n != max);
        let clients = affected.iter().filter_map(|(who, _)| *who);
        out.push(course(max, uneven).clients(clients.map(|c| c.id.value.as_str())));
    } else {
        for (who, n) in affected {
            if let Some(c) = who {
                out.push(client(c, *n).at(c.header).client(&c.id.value));
            }
        }
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

pub fn pre_contact(cx: &Context<'_>, rule: &Cited<PreContact>, out: &mut Vec<Finding>) {
    let pres = cx.plan.contacts_of(ContactKind::Pre);
    let audience = audience(cx);
    let start = cx.plan.course.start.value;

    let counts: Vec<_> = audience
        .iter()
        .map(|who| (*who, pres.iter().filter(|c| includes(c, *who)).count()))
        .collect();
    let missing: Vec<_> = counts.iter().filter(|(_, n)| *n == 0).copied().collect();
    let several: Vec<_> = counts.iter().filter(|(_, n)| *n > 1).copied().collect();
    let error = |m| rule.finding(Severity::Error, m);

    report(
        &missing,
        audience.len(),
        |_, _| {
            error(msg!("pre-contact-missing"))
                .at_labelled(cx.course_span(), msg!("label-course-starts"))
                .help(msg!("pre-contact-missing-help"))
        },
        |c, _| {
            error(msg!("pre-contact-missing-client", client = &c.id.value))
                .help(msg!("pre-contact-missing-help"))
        },
        out,
    );
    report(
        &several,
        audience.len(),
        |n, uneven| {
            error(msg!(
                "pre-contact-several",
                count = n,
                uneven = yes_no(uneven)
            ))
            .at(pres.get(1).map_or(cx.course_span(), |c| c.header))
            .help(msg!("pre-contact-several-help"))
        },
        |c, n| {
            error(msg!(
                "pre-contact-several-client",
                client = &c.id.value,
                count = n
            ))
            .help(msg!("pre-contact-several-help"))
        },
        out,
    );

    for contact in &pres {
        let date = contact.date.value;
        if date >= start {
            out.push(
                error(msg!("pre-contact-late", date = date, start = start))
                    .at(contact.date.span)
                    .also(cx.course_span(), msg!("label-course-starts"))
                    .help(msg!("pre-contact-late-help")),
            );
            continue;
        }
        let days_before = (start - date).num_days();
        let (lo, hi) = (rule.min_days_before, rule.max_days_before);
        let too_early = hi.is_some_and(|hi| days_before > i64::from(hi));
        let too_late = lo.is_some_and(|lo| days_before < i64::from(lo));
        if too_early || too_late {
            out.push(
                rule.finding(
                    Severity::Warning,
                    msg!(
                        "pre-contact-window",
                        date = date,
                        days = days_before,
                        min = lo.unwrap_or(0),
                        max = hi.unwrap_or(0)
                    ),
                )
                .at(contact.date.span)
                .help(msg!(
                    "pre-contact-window-help",
                    earliest = calendar::add_days(start, -i64::from(hi.unwrap_or(0))),
                    latest = calendar::add_days(start, -i64::from(lo.unwrap_or(0)))
                )),
            );
        }
    }
}

/// The inclusive date range an interim contact of a slot must lie in, or `None` when the plan
/// has no such window (no single remote period, too few on-site periods).
fn window(cx: &Context<'_>, within: Within) -> Option<(NaiveDate, NaiveDate)> {
    let between = |a: usize, b: usize| {
        let (first, second) = (cx.onsite.get(a)?, cx.onsite.get(b)?);
        // Strictly between the two periods.
        Some((
            calendar::add_days(first.end.value, 1),
            calendar::add_days(second.start.value, -1),
        ))
    };
    match within {
        Within::RemotePeriod => match cx.remote.as_slice() {
            [only] => Some((only.start.value, only.end.value)),
            _ => None,
        },
        Within::BetweenOnsite12 => between(0, 1),
        Within::BetweenOnsite23 => between(1, 2),
    }
}

fn window_term(within: Within) -> &'static str {
    match within {
        Within::RemotePeriod => "window-remote-period",
        Within::BetweenOnsite12 => "window-between-onsite-1-2",
        Within::BetweenOnsite23 => "window-between-onsite-2-3",
    }
}

pub fn interim_contacts(cx: &Context<'_>, rule: &Cited<InterimContacts>, out: &mut Vec<Finding>) {
    let interims = cx.plan.contacts_of(ContactKind::Interim);
    let windows: Vec<_> = rule.slots.iter().map(|s| window(cx, s.within)).collect();
    let in_window = |date: NaiveDate, w: &Option<(NaiveDate, NaiveDate)>| {
        w.is_some_and(|(lo, hi)| lo <= date && date <= hi)
    };
    let misplaced = |c: &Contact| !windows.iter().any(|w| in_window(c.date.value, w));

    for contact in interims.iter().filter(|c| misplaced(c)) {
        let message = match (rule.slots.as_slice(), windows.as_slice()) {
            ([slot], [Some((lo, hi))]) if slot.within == Within::RemotePeriod => {
                msg!(
                    "interim-outside-remote",
                    date = contact.date.value,
                    start = *lo,
                    end = *hi
                )
            }
            ([slot], [None]) if slot.within == Within::RemotePeriod => {
                msg!(
                    "interim-outside-no-remote",
                    date = contact.date.value,
                    count = cx.remote.len()
                )
            }
            _ => msg!("interim-outside-between", date = contact.date.value),
        };
        out.push(
            rule.finding(Severity::Error, message)
                .at(contact.date.span)
                .help(msg!("interim-outside-help")),
        );
    }

    let audience = audience(cx);
    let required: u32 = rule.slots.iter().map(|s| s.count).sum();
    let mut lacking: Vec<Vec<(Option<&Client>, usize)>> = vec![Vec::new(); rule.slots.len()];
    let mut extra = Vec::new();
    for who in &audience {
        let mine: Vec<_> = interims.iter().filter(|c| includes(c, *who)).collect();
        let have: Vec<usize> = windows
            .iter()
            .map(|w| mine.iter().filter(|c| in_window(c.date.value, w)).count())
            .collect();
        let deficit: usize = rule
            .slots
            .iter()
            .zip(&have)
            .map(|(s, h)| (s.count as usize).saturating_sub(*h))
            .sum();
        // A misplaced contact is already reported; only report what moving it cannot fix.
        let misplaced_mine = mine.iter().filter(|c| misplaced(c)).count();
        if deficit > misplaced_mine {
            for (i, (slot, h)) in rule.slots.iter().zip(&have).enumerate() {
                if *h < slot.count as usize {
                    lacking[i].push((*who, *h));
                }
            }
        }
        let total: usize = have.iter().sum();
        if total > required as usize {
            extra.push((*who, total));
        }
    }

    let error = |m| rule.finding(Severity::Error, m);
    for (slot, lacking) in rule.slots.iter().zip(&lacking) {
        let term = crate::finding::Arg::Term(window_term(slot.within));
        let anchor = match slot.within {
            Within::RemotePeriod => cx.remote.first().map(|p| p.header),
            Within::BetweenOnsite12 => cx.onsite.first().map(|p| p.end.span),
            Within::BetweenOnsite23 => cx.onsite.get(1).map(|p| p.end.span),
        }
        .unwrap_or(cx.course_span());
        report(
            lacking,
            audience.len(),
            |have, uneven| {
                error(msg!(
                    "interim-missing",
                    have = have,
                    required = slot.count,
                    window = term.clone(),
                    uneven = yes_no(uneven)
                ))
                .at(anchor)
                .help(msg!(
                    "interim-missing-help",
                    required = slot.count,
                    window = term.clone()
                ))
            },
            |c, have| {
                error(msg!(
                    "interim-missing-client",
                    client = &c.id.value,
                    have = have,
                    required = slot.count,
                    window = term.clone()
                ))
                .help(msg!(
                    "interim-missing-help",
                    required = slot.count,
                    window = term.clone()
                ))
            },
            out,
        );
    }
    let warning = |m| rule.finding(Severity::Warning, m);
    report(
        &extra,
        audience.len(),
        |n, uneven| {
            warning(msg!(
                "interim-extra",
                count = n,
                required = required,
                uneven = yes_no(uneven)
            ))
            .at(interims.last().map_or(cx.course_span(), |c| c.header))
            .help(msg!("interim-extra-help"))
        },
        |c, n| {
            warning(msg!(
                "interim-extra-client",
                client = &c.id.value,
                count = n,
                required = required
            ))
            .help(msg!("interim-extra-help"))
        },
        out,
    );
}

pub fn follow_up_contacts(
    cx: &Context<'_>,
    rule: &Cited<FollowUpContacts>,
    out: &mut Vec<Finding>,
) {
    let follow_ups = cx.plan.contacts_of(ContactKind::FollowUp);
    let last_onsite = cx.onsite.iter().max_by_key(|p| p.end.value);
    let audience = audience(cx);

    let counts: Vec<_> = audience
        .iter()
        .map(|who| {
            (
                *who,
                follow_ups.iter().filter(|c| includes(c, *who)).count(),
            )
        })
        .collect();
    let error = |m| rule.finding(Severity::Error, m);
    let missing: Vec<_> = counts
        .iter()
        .filter(|(_, n)| *n < rule.min as usize)
        .copied()
        .collect();
    let anchor: Span = last_onsite.map_or(cx.course_span(), |p| p.end.span);
    report(
        &missing,
        audience.len(),
        |_, _| {
            error(msg!("follow-up-missing", min = rule.min))
                .at_labelled(anchor, msg!("label-last-onsite-day"))
                .help(msg!("follow-up-missing-help"))
        },
        |c, n| {
            error(msg!(
                "follow-up-missing-client",
                client = &c.id.value,
                count = n,
                min = rule.min
            ))
            .help(msg!("follow-up-missing-help"))
        },
        out,
    );
    if let Some(max) = rule.max {
        let too_many: Vec<_> = counts
            .iter()
            .filter(|(_, n)| *n > max as usize)
            .copied()
            .collect();
        report(
            &too_many,
            audience.len(),
            |n, uneven| {
                error(msg!(
                    "follow-up-too-many",
                    count = n,
                    max = max,
                    uneven = yes_no(uneven)
                ))
                .at(follow_ups.get(max as usize).map_or(anchor, |c| c.header))
                .help(msg!("follow-up-too-many-help", max = max))
            },
            |c, n| {
                error(msg!(
                    "follow-up-too-many-client",
                    client = &c.id.value,
                    count = n,
                    max = max
                ))
                .help(msg!("follow-up-too-many-help", max = max))
            },
            out,
        );
    }

    let Some(last) = last_onsite else { return };
    let last_day = last.end.value;
    for contact in &follow_ups {
        let date = contact.date.value;
        if date <= last_day {
            out.push(
                error(msg!("follow-up-early", date = date, last = last_day))
                    .at(contact.date.span)
                    .also(last.end.span, msg!("label-last-onsite-day"))
                    .help(msg!("follow-up-early-help")),
            );
            continue;
        }
        let earliest = rule
            .earliest_months_after
            .map(|m| calendar::add_months(last_day, m as i32));
        let latest = rule
            .latest_months_after
            .map(|m| calendar::add_months(last_day, m as i32));
        // "noin 2 – 3 kuukauden aikana" reads *within* about 2–3 months of the end: later than
        // the window is a warning, earlier only a note (the contact still falls within it).
        let early = earliest.is_some_and(|e| date < e);
        let late = latest.is_some_and(|l| date > l);
        if early || late {
            let (from, to) = (
                rule.earliest_months_after.unwrap_or(0),
                rule.latest_months_after.unwrap_or(0),
            );
            let finding = if late {
                rule.finding(
                    Severity::Warning,
                    msg!(
                        "follow-up-window",
                        date = date,
                        last = last_day,
                        from = from,
                        to = to
                    ),
                )
            } else {
                rule.finding(
                    Severity::Note,
                    msg!(
                        "follow-up-window-early",
                        date = date,
                        last = last_day,
                        from = from,
                        to = to
                    ),
                )
            };
            out.push(
                finding
                    .at(contact.date.span)
                    .also(last.end.span, msg!("label-last-onsite-day"))
                    .help(msg!(
                        "follow-up-window-help",
                        earliest = earliest.unwrap_or(date),
                        latest = latest.unwrap_or(date)
                    )),
            );
        }
    }
}

/// Whether the plan states `minutes` on any contact of `kind`: `contact-length` can then check
/// their length, and the checklist need not ask for it by hand.
pub fn minutes_stated(plan: &Plan, kind: ContactKind) -> bool {
    plan.contacts_of(kind).iter().any(|c| c.minutes.is_some())
}

/// The contacts of one kind last the service description's average: 001 "Yhteydenoton kesto on
/// keskimäärin 30 minuuttia" (interim contacts), 000 "A videoconferencing session lasts 45
/// minutes on average". Only contacts with `minutes` are averaged; with none the rule cannot
/// check, and the checklist keeps its manual item.
pub fn contact_length(cx: &Context<'_>, rule: &Cited<ContactLength>, out: &mut Vec<Finding>) {
    let timed: Vec<_> = cx
        .plan
        .contacts_of(rule.kind)
        .into_iter()
        .filter_map(|c| c.minutes.as_ref().map(|m| (c, m)))
        .collect();
    let Some((shortest, minutes)) = timed.iter().min_by_key(|(c, m)| (m.value, c.date.value))
    else {
        return;
    };
    let count = timed.len() as i64;
    let total: i64 = timed.iter().map(|(_, m)| m.value).sum();
    let needed = i64::from(rule.average_minutes) * count;
    if total >= needed {
        return;
    }
    out.push(
        rule.finding(
            Severity::Warning,
            msg!(
                "contact-length",
                kind = rule.kind.id(),
                count = count,
                average = total as f64 / count as f64,
                expected = rule.average_minutes
            ),
        )
        .at_labelled(
            minutes.span,
            msg!("label-contact-minutes", date = shortest.date.value),
        )
        .help(msg!(
            "contact-length-help",
            count = count,
            expected = rule.average_minutes,
            total = needed,
            missing = needed - total
        )),
    );
}

pub fn course_duration(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let start = cx.plan.course.start.value;
    let limit = rule.after(start);
    let last = cx
        .plan
        .contacts_of(ContactKind::FollowUp)
        .into_iter()
        .max_by_key(|c| c.date.value);
    if let Some(last) = last
        && last.date.value > limit
    {
        out.push(
            rule.finding(
                Severity::Error,
                msg!(
                    "course-duration",
                    date = last.date.value,
                    start = start,
                    months = rule.months,
                    limit = limit
                ),
            )
            .at(last.date.span)
            .also(cx.course_span(), msg!("label-course-starts"))
            .help(msg!("course-duration-help", limit = limit)),
        );
    }
}
