//! What falls due for a course, and when: the dates the service description sets from each
//! client's decision, the contacts, the invoices and feedback after each period, the yearly
//! reporting of outcome measurements, and the window for cancelling. The `deadlines` command,
//! the calendar export and the timeline are drawn from this one list.
//!
//! Every figure comes from the edition's rule parameters, so a deadline is only listed when the
//! edition puts its rule in force.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::calendar;
use crate::finding::Message;
use crate::msg;
use crate::pack::Edition;
use crate::plan::{ContactKind, PeriodKind, Plan, Status};
use crate::registry::RuleId;

/// What a dated item is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Kind {
    /// Agree the course dates with the client (decision received + 14 days).
    PreliminaryAgreement,
    /// Tell the client the confirmed dates (decision + 6 months).
    Confirmation,
    /// The client's rehabilitation must be over (decision + 20 months).
    DecisionWindow,
    PreContact,
    InterimContact,
    FollowUpContact,
    /// Invoice a period (its end + 2 months).
    Invoice {
        period: &'static str,
        ordinal: usize,
    },
    /// Send the rehabilitation feedback (last meeting + 14 days).
    Feedback,
    /// Report the year's outcome measurements (31 March of the next year). `carried`: the
    /// edition's own source states no date; it is carried from the later 2025 source (004).
    MeasurementReport {
        year: i32,
        carried: bool,
    },
    /// With no client decisions, the course may not be cancelled before this day…
    CancelEarliest,
    /// …and not after this one.
    CancelLatest,
    /// With decisions near the minimum, not before this day.
    CancelNearMinimum,
}

/// Whether an item is done, for items the plan records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state", content = "on")]
pub enum State {
    /// Done on this day (within the deadline or not).
    Done(NaiveDate),
    /// Not recorded as done.
    Open,
    /// A scheduled event (a contact): nothing to record.
    Event,
}

/// One dated item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    pub date: NaiveDate,
    #[serde(flatten)]
    pub kind: Kind,
    /// The client it concerns, if one.
    pub client: Option<String>,
    #[serde(flatten)]
    pub state: State,
    /// The rule that sets it.
    pub rule: RuleId,
}

impl Item {
    /// Days from `as_of` to the date: positive = left, negative = past.
    pub fn days_from(&self, as_of: NaiveDate) -> i64 {
        (self.date - as_of).num_days()
    }

    /// Late: open past its date, or done after it.
    pub fn late(&self, as_of: NaiveDate) -> bool {
        match self.state {
            State::Open => self.date < as_of,
            State::Done(on) => on > self.date,
            State::Event => false,
        }
    }

    /// A short description of what is due, to localise.
    pub fn what(&self) -> Message {
        match &self.kind {
            Kind::PreliminaryAgreement => msg!("due-preliminary-agreement"),
            Kind::Confirmation => msg!("due-confirmation"),
            Kind::DecisionWindow => msg!("due-decision-window"),
            Kind::PreContact => msg!("due-pre-contact"),
            Kind::InterimContact => msg!("due-interim-contact"),
            Kind::FollowUpContact => msg!("due-follow-up-contact"),
            Kind::Invoice { period, ordinal } => {
                msg!("due-invoice", kind = *period, ordinal = *ordinal)
            }
            Kind::Feedback => msg!("due-feedback"),
            Kind::MeasurementReport {
                year,
                carried: false,
            } => msg!("due-measurement-report", year = *year),
            Kind::MeasurementReport {
                year,
                carried: true,
            } => msg!("due-measurement-report-carried", year = *year),
            Kind::CancelEarliest => msg!("due-cancel-earliest"),
            Kind::CancelLatest => msg!("due-cancel-latest"),
            Kind::CancelNearMinimum => msg!("due-cancel-near-minimum"),
        }
    }

    /// A stable key for the item (calendar UIDs): does not change when its date moves.
    pub fn key(&self) -> String {
        let kind = self.kind.key();
        match &self.client {
            Some(client) => format!("{kind}-{client}"),
            None => kind,
        }
    }

    /// The status as a message: done, days left or overdue, or days ago for an event.
    pub fn status(&self, as_of: NaiveDate) -> Message {
        let days = self.days_from(as_of);
        match self.state {
            State::Done(on) if on > self.date => {
                msg!("due-done-late", on = on, days = (on - self.date).num_days())
            }
            State::Done(on) => msg!("due-done", on = on),
            State::Open if days < 0 => msg!("due-overdue", days = -days),
            State::Open | State::Event if days == 0 => msg!("due-today"),
            State::Open | State::Event if days > 0 => msg!("due-left", days = days),
            _ => msg!("due-ago", days = -days),
        }
    }
}

/// Every dated item of a plan under its edition, sorted by date.
pub fn items(plan: &Plan, edition: &Edition) -> Vec<Item> {
    let (onsite, remote, clients) = (plan.onsite(), plan.remote(), plan.counted_clients());
    let rules = &edition.rules;
    let mut out = Vec::new();
    let mut push = |date, kind, client: Option<&str>, state, rule| {
        out.push(Item {
            date,
            kind,
            // Masked here, not only on output: a table may break a long id over lines.
            client: client.map(crate::privacy::shown),
            state,
            rule,
        });
    };
    let done = |d: &Option<crate::plan::Spanned<NaiveDate>>| {
        d.as_ref().map_or(State::Open, |d| State::Done(d.value))
    };
    let cancelled = plan.course.status() == Status::Cancelled;

    if !cancelled {
        for client in &clients {
            let id = Some(client.id.value.as_str());
            let decision = client.decision.as_ref().map(|d| d.value);
            let received = client.decision_received.as_ref().map(|d| d.value);
            let last = plan.last_meeting(client).map(|(last, _)| last);
            // Each deadline from the date it runs from, by its rule's own arithmetic.
            let deadlines = [
                (
                    rules
                        .client_preliminary_agreement
                        .as_ref()
                        .zip(received)
                        .map(|(r, d)| r.after(d)),
                    Kind::PreliminaryAgreement,
                    done(&client.preliminary_agreement),
                    RuleId::ClientPreliminaryAgreement,
                ),
                (
                    rules
                        .client_confirmation
                        .as_ref()
                        .zip(decision)
                        .map(|(r, d)| r.after(d)),
                    Kind::Confirmation,
                    done(&client.confirmation_sent),
                    RuleId::ClientConfirmation,
                ),
                (
                    rules
                        .client_decision_window
                        .as_ref()
                        .zip(decision)
                        .map(|(r, d)| r.after(d)),
                    Kind::DecisionWindow,
                    State::Event,
                    RuleId::ClientDecisionWindow,
                ),
                (
                    rules
                        .feedback_deadline
                        .as_ref()
                        .zip(last)
                        .map(|(r, d)| r.after(d)),
                    Kind::Feedback,
                    done(&client.feedback_sent),
                    RuleId::FeedbackDeadline,
                ),
            ];
            for (date, kind, state, rule) in deadlines {
                if let Some(date) = date {
                    push(date, kind, id, state, rule);
                }
            }
        }
        let contact_kinds = [
            (ContactKind::Pre, Kind::PreContact, RuleId::PreContact),
            (
                ContactKind::Interim,
                Kind::InterimContact,
                RuleId::InterimContacts,
            ),
            (
                ContactKind::FollowUp,
                Kind::FollowUpContact,
                RuleId::FollowUpContacts,
            ),
        ];
        for (contact_kind, kind, rule) in contact_kinds {
            for contact in plan.contacts_of(contact_kind) {
                push(contact.date.value, kind.clone(), None, State::Event, rule);
            }
        }
        if let Some(r) = &rules.invoice_deadline {
            for (kind, periods) in [("onsite", &onsite), ("remote", &remote)] {
                for (i, period) in periods.iter().enumerate() {
                    let date = r.after(period.end.value);
                    let kind = Kind::Invoice {
                        period: kind,
                        ordinal: i + 1,
                    };
                    push(
                        date,
                        kind,
                        None,
                        done(&period.invoiced),
                        RuleId::InvoiceDeadline,
                    );
                }
            }
        }
        if let Some(measurements) = &rules.measurements {
            // Measurements are made at the start and at the end; each year's are reported by
            // 31 March of the next (004: "raportointivuoden tietojen … (31.3.) mennessä"). An
            // edition whose own source names no date (Oras 2021) marks it as carried.
            let carried = measurements.report_deadline_carried;
            let first = onsite.first().map(|p| p.start.value);
            let last = plan
                .contacts
                .iter()
                .map(|c| c.date.value)
                .chain(onsite.iter().map(|p| p.end.value))
                .max();
            let mut years: Vec<i32> = first.into_iter().chain(last).map(|d| d.year()).collect();
            years.dedup();
            for year in years {
                if let Some(date) = NaiveDate::from_ymd_opt(year + 1, 3, 31) {
                    push(
                        date,
                        Kind::MeasurementReport { year, carried },
                        None,
                        State::Event,
                        RuleId::Measurements,
                    );
                }
            }
        }
    }
    let open = matches!(plan.course.status(), Status::Planned | Status::Confirmed);
    if let (Some(r), true) = (&rules.cancellation_window, open) {
        let start = plan.course.start.value;
        push(
            r.empty_earliest(start),
            Kind::CancelEarliest,
            None,
            State::Event,
            RuleId::CancellationWindow,
        );
        push(
            r.near_minimum_earliest(start),
            Kind::CancelNearMinimum,
            None,
            State::Event,
            RuleId::CancellationWindow,
        );
        push(
            r.empty_latest(start),
            Kind::CancelLatest,
            None,
            State::Event,
            RuleId::CancellationWindow,
        );
    }
    out.sort_by(|a, b| (a.date, &a.client).cmp(&(b.date, &b.client)));
    out
}

impl Kind {
    /// A date that only matters before the course is over: agreeing and confirming the
    /// dates, the limit of the clients' decisions, cancelling.
    pub fn before_course(&self) -> bool {
        matches!(
            self,
            Kind::PreliminaryAgreement
                | Kind::Confirmation
                | Kind::DecisionWindow
                | Kind::CancelEarliest
                | Kind::CancelLatest
                | Kind::CancelNearMinimum
        )
    }

    /// A duty of the provider rather than of one course: reporting the year's outcome
    /// measurements is one report covering every course of the year.
    pub fn provider_duty(&self) -> bool {
        matches!(self, Kind::MeasurementReport { .. })
    }

    /// The kind's part of a calendar UID (without a client).
    pub fn key(&self) -> String {
        match self {
            Kind::Invoice { period, ordinal } => format!("invoice-{period}-{ordinal}"),
            Kind::MeasurementReport { year, .. } => format!("measurement-report-{year}"),
            other => serde_json::to_value(other)
                .ok()
                .and_then(|v| v["kind"].as_str().map(str::to_owned))
                .unwrap_or_default(),
        }
    }
}

/// Whether an item still asks anything of the provider on `as_of`: not done, not an event
/// already past, and, once the course is over (`over`), not a date that only mattered before
/// it (agreeing and confirming the dates, the limit of the clients' decisions, cancelling).
pub fn pending(item: &Item, as_of: NaiveDate, over: bool) -> bool {
    let before_course = item.kind.before_course();
    match item.state {
        State::Done(_) => false,
        _ if over && before_course => false,
        State::Open => true,
        State::Event => item.date >= as_of,
    }
}

/// Whether the course asks nothing more of its days on `as_of`: completed or cancelled, or its
/// last on-site day and last contact are past.
pub fn course_over(plan: &Plan, as_of: NaiveDate) -> bool {
    if matches!(plan.course.status(), Status::Completed | Status::Cancelled) {
        return true;
    }
    let last = plan
        .periods
        .iter()
        .map(|p| p.end.value)
        .chain(plan.contacts.iter().map(|c| c.date.value))
        .max();
    last.is_some_and(|last| last < as_of)
}

/// Items of one course (or, for a provider's duty, of several) with the same date, duty and
/// status: one row of the agenda, one event of the calendar.
#[derive(Clone, Debug)]
pub struct Group {
    /// The first item; its `client` is that of the first client.
    pub item: Item,
    /// The indexes of the courses it covers (one, except for a provider's duty), in order.
    pub courses: Vec<usize>,
    /// The clients it concerns, in order (none for an item of the whole course).
    pub clients: Vec<String>,
}

/// Items of many courses (by index) grouped: one group per course, date, duty and status,
/// naming its clients (each client its own group with `per_client`), and a provider's duty
/// once for every course that shares it. Groups keep the order of their first item.
pub fn group(items: Vec<(usize, Item)>, per_client: bool) -> Vec<Group> {
    let mut index: std::collections::HashMap<(Option<usize>, NaiveDate, String, String), usize> =
        std::collections::HashMap::new();
    let mut out: Vec<Group> = Vec::new();
    for (course, item) in items {
        let provider = item.kind.provider_duty();
        let client = if per_client {
            item.client.clone().unwrap_or_default()
        } else {
            String::new()
        };
        let state = match item.state {
            State::Done(on) => format!("done-{on}"),
            State::Open => "open".to_owned(),
            State::Event => "event".to_owned(),
        };
        let key = (
            (!provider).then_some(course),
            item.date,
            format!("{}\u{1f}{client}", item.kind.key()),
            state,
        );
        match index.get(&key) {
            Some(&i) => {
                let g = &mut out[i];
                if !g.courses.contains(&course) {
                    g.courses.push(course);
                }
                if let Some(c) = &item.client {
                    g.clients.push(c.clone());
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(Group {
                    clients: item.client.iter().cloned().collect(),
                    courses: vec![course],
                    item,
                });
            }
        }
    }
    out
}

/// `items` within `days` of `as_of`, plus everything open and overdue.
pub fn within(items: Vec<Item>, as_of: NaiveDate, days: i64) -> Vec<Item> {
    let until = calendar::add_days(as_of, days);
    items
        .into_iter()
        .filter(|i| {
            (i.date >= as_of && i.date <= until && !matches!(i.state, State::Done(_)))
                || (i.state == State::Open && i.date < as_of)
        })
        .collect()
}

/// Parses a horizon such as `30d`, `6w` or `2m` (days, weeks, calendar months) into days from
/// `as_of`; a number without its unit is not one.
pub fn parse_horizon(text: &str, as_of: NaiveDate) -> Option<i64> {
    let text = text.trim();
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: i64 = number.parse().ok()?;
    match unit.trim() {
        // A bare number is refused: 14 could be days or weeks to whoever wrote it.
        "d" => Some(n),
        "w" => Some(n * 7),
        "m" => Some((calendar::add_months(as_of, i32::try_from(n).ok()?) - as_of).num_days()),
        _ => None,
    }
}

/// The periods of a plan as (kind, ordinal, start, end), for the calendar and the timeline.
pub fn periods(plan: &Plan) -> Vec<(PeriodKind, usize, NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    for kind in [PeriodKind::Onsite, PeriodKind::Remote] {
        let periods = if kind == PeriodKind::Onsite {
            plan.onsite()
        } else {
            plan.remote()
        };
        for (i, p) in periods.iter().enumerate() {
            out.push((kind, i + 1, p.start.value, p.end.value));
        }
    }
    out.sort_by_key(|(_, _, start, _)| *start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn horizons() {
        let as_of: NaiveDate = "2025-01-31".parse().unwrap();
        assert_eq!(parse_horizon("30d", as_of), Some(30));
        assert_eq!(parse_horizon("30", as_of), None);
        assert_eq!(parse_horizon("2w", as_of), Some(14));
        assert_eq!(parse_horizon("1m", as_of), Some(28)); // to 2025-02-28
        assert_eq!(parse_horizon("x", as_of), None);
        assert_eq!(parse_horizon("3y", as_of), None);
    }
}
