//! The course on a calendar, as data: the on-site and remote periods, each contact, the
//! Sundays and public holidays that touch on-site days, each client's window from the decision
//! to its limit (20 months in every edition so far) with the confirmation mark (6 months), both
//! read from the edition's figures, and the findings where they fall.
//! `report::timeline` draws it as text for a terminal or as SVG.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar;
use crate::finding::{Finding, Severity};
use crate::pack::Edition;
use crate::plan::{ContactKind, Plan};

/// A stretch of days on a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stretch {
    Onsite,
    Remote,
    /// A client's window from the decision to the limit.
    Window,
}

/// A single day marked on a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    // In increasing priority: a later mark wins a shared column.
    Sunday,
    Holiday,
    /// The course a person's stretch belongs to (its letter in the provider's view).
    Course(u8),
    Decision,
    Pre,
    Interim,
    FollowUp,
    Confirmation,
    Limit,
    Warning,
    Error,
    /// A person on two courses at once.
    Clash,
}

/// A row's label: a localised word or a client id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Term(&'static str),
    Client(String),
    /// A course or a person, as written.
    Name(String),
}

#[derive(Clone, Debug)]
pub struct Row {
    pub label: Label,
    pub stretches: Vec<(NaiveDate, NaiveDate, Stretch)>,
    pub marks: Vec<(NaiveDate, Mark)>,
}

impl Row {
    pub fn new(label: Label) -> Row {
        Row {
            label,
            stretches: Vec::new(),
            marks: Vec::new(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Timeline {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub today: NaiveDate,
    pub rows: Vec<Row>,
}

impl Timeline {
    pub fn new(plan: &Plan, edition: &Edition, reported: &[Finding], as_of: NaiveDate) -> Timeline {
        let onsite_periods = plan.onsite();
        let rules = &edition.rules;
        let mut onsite = Row::new(Label::Term("timeline-onsite"));
        let mut remote = Row::new(Label::Term("timeline-remote"));
        let mut contacts = Row::new(Label::Term("timeline-contacts"));
        let mut days_off = Row::new(Label::Term("timeline-days-off"));
        for p in &onsite_periods {
            onsite
                .stretches
                .push((p.start.value, p.end.value, Stretch::Onsite));
            for day in calendar::dates(p.start.value, p.end.value) {
                if calendar::holiday(day).is_some() {
                    days_off.marks.push((day, Mark::Holiday));
                } else if day.weekday() == Weekday::Sun {
                    days_off.marks.push((day, Mark::Sunday));
                }
            }
        }
        for p in &plan.remote() {
            remote
                .stretches
                .push((p.start.value, p.end.value, Stretch::Remote));
        }
        contacts.marks = contact_marks(plan);
        let mut rows = vec![onsite, remote, contacts, days_off];
        let mut findings = Row::new(Label::Term("timeline-findings"));
        let dates = plan.dates_by_span();
        for client in &plan.counted_clients() {
            // Masked here: a label is cut to the column, which could cut a code in two.
            let id = crate::privacy::shown(&client.id.value);
            let mut row = Row::new(Label::Client(id));
            if let Some(decision) = &client.decision {
                let limit = rules
                    .client_decision_window
                    .as_ref()
                    .map(|r| calendar::add_months(decision.value, r.months as i32));
                if let Some(limit) = limit {
                    row.stretches.push((decision.value, limit, Stretch::Window));
                    row.marks.push((limit, Mark::Limit));
                }
                row.marks.push((decision.value, Mark::Decision));
                if let Some(r) = &rules.client_confirmation {
                    row.marks.push((
                        calendar::add_months(decision.value, r.months as i32),
                        Mark::Confirmation,
                    ));
                }
            }
            rows.push(row);
        }
        // Each client's row by id: a plan of thousands of clients has thousands of findings.
        let row_of: rustc_hash::FxHashMap<String, usize> = rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match &r.label {
                Label::Client(c) => Some((c.clone(), i)),
                Label::Term(_) | Label::Name(_) => None,
            })
            .collect();
        for f in reported
            .iter()
            .filter(|f| !f.is_suppressed() && f.severity >= Severity::Warning)
        {
            let Some(date) = f.span().and_then(|s| dates.get(&s).copied()) else {
                continue;
            };
            let mark = if f.severity == Severity::Error {
                Mark::Error
            } else {
                Mark::Warning
            };
            let client_row = f
                .client
                .as_ref()
                .and_then(|id| row_of.get(&crate::privacy::shown(id)))
                .and_then(|&i| rows.get_mut(i));
            match client_row {
                Some(row) => row.marks.push((date, mark)),
                None => findings.marks.push((date, mark)),
            }
        }
        if !findings.marks.is_empty() {
            rows.push(findings);
        }
        Timeline::spanning(rows, as_of, Some(plan.course.start.value))
    }

    /// How many days the axis spans.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }
}

/// The letter a course is drawn with in the provider's view: a–z, then A–Z, then digits.
pub fn course_letter(index: u8) -> char {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    LETTERS[usize::from(index) % LETTERS.len()] as char
}

impl Timeline {
    /// The provider's view of many courses on one axis: a row per course (its periods,
    /// contacts and findings, labelled with its letter), then a row per person of the teams,
    /// showing which course (letter) they are on when, and clashes where two courses overlap.
    pub fn provider(courses: &[Overview], as_of: NaiveDate) -> Timeline {
        let mut rows = Vec::new();
        let mut people: std::collections::BTreeMap<&str, Vec<(u8, NaiveDate, NaiveDate)>> =
            std::collections::BTreeMap::new();
        for (i, course) in courses.iter().enumerate() {
            let letter = u8::try_from(i).unwrap_or(u8::MAX);
            let mut row = Row::new(Label::Name(format!(
                "{} {}",
                course_letter(letter),
                course.label
            )));
            row.stretches.extend(course.stretches.iter().copied());
            row.marks.extend(course.marks.iter().copied());
            rows.push(row);
            for name in &course.staff {
                for &(start, end, stretch) in &course.stretches {
                    if stretch == Stretch::Onsite {
                        people.entry(name).or_default().push((letter, start, end));
                    }
                }
            }
        }
        if !people.is_empty() {
            rows.push(Row::new(Label::Term("timeline-staff")));
        }
        for (name, mut spans) in people {
            spans.sort_by_key(|&(_, start, end)| (start, end));
            let mut row = Row::new(Label::Name(name.to_owned()));
            for &(letter, start, end) in &spans {
                row.stretches.push((start, end, Stretch::Onsite));
                row.marks.push((start, Mark::Course(letter)));
            }
            // Overlapping on-site days of two courses: sorted by start, each span meets only
            // those still running (a person is on few courses a year).
            for (i, a) in spans.iter().enumerate() {
                for b in spans[i + 1..].iter().take_while(|b| b.1 <= a.2) {
                    if a.0 != b.0 {
                        let (from, to) = (a.1.max(b.1), a.2.min(b.2));
                        row.marks
                            .extend(calendar::dates(from, to).map(|d| (d, Mark::Clash)));
                    }
                }
            }
            rows.push(row);
        }
        Timeline::spanning(rows, as_of, None)
    }

    /// A timeline of `rows`, its axis from the first month any of them touches to the last day.
    fn spanning(rows: Vec<Row>, as_of: NaiveDate, also: Option<NaiveDate>) -> Timeline {
        let dates = rows
            .iter()
            .flat_map(|r| {
                r.stretches
                    .iter()
                    .flat_map(|(a, b, _)| [*a, *b])
                    .chain(r.marks.iter().map(|(d, _)| *d))
            })
            .chain(also);
        let fallback = also.unwrap_or(as_of);
        let from = dates.clone().min().unwrap_or(fallback);
        let to = dates.max().unwrap_or(fallback);
        // Start at the first of the month so that the axis begins with a month name.
        let from = NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from);
        Timeline {
            from,
            to: to.max(calendar::add_days(from, 27)),
            today: as_of,
            rows,
        }
    }

    /// For a page: the course at its own scale (periods, contacts, days off, findings about
    /// the course), and the clients' decision windows as a chart of their own, whose months
    /// would otherwise squeeze the course's weeks to a few pixels.
    pub fn split(self) -> (Timeline, Option<Timeline>) {
        let (clients, course): (Vec<Row>, Vec<Row>) = self
            .rows
            .into_iter()
            .partition(|r| matches!(r.label, Label::Client(_)));
        let course = Timeline::spanning(course, self.today, None);
        let clients = (!clients.is_empty()).then(|| Timeline::spanning(clients, self.today, None));
        (course, clients)
    }

    /// The timeline from `from` to `to` only (either end open): stretches are cut to the window
    /// and marks outside it left out.
    pub fn window(mut self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Timeline {
        if from.is_none() && to.is_none() {
            return self;
        }
        self.from = from.unwrap_or(self.from);
        self.to = to.unwrap_or(self.to).max(self.from);
        let (lo, hi) = (self.from, self.to);
        for row in &mut self.rows {
            row.stretches.retain(|(a, b, _)| *b >= lo && *a <= hi);
            for s in &mut row.stretches {
                s.0 = s.0.max(lo);
                s.1 = s.1.min(hi);
            }
            row.marks.retain(|(d, _)| (lo..=hi).contains(d));
        }
        self
    }
}

/// What the provider's view needs of one course, kept in its report (a few dates and names)
/// so that the view can be drawn after the plans themselves are gone.
#[derive(Clone, Debug)]
pub struct Overview {
    /// The course's code, else its file's name.
    pub label: String,
    pub stretches: Vec<(NaiveDate, NaiveDate, Stretch)>,
    /// Contacts and findings.
    pub marks: Vec<(NaiveDate, Mark)>,
    /// The people of its team.
    pub staff: Vec<String>,
}

impl Overview {
    pub fn new(plan: &Plan, label: &str, findings: &[Finding]) -> Overview {
        let mut stretches = Vec::new();
        for p in plan.onsite() {
            stretches.push((p.start.value, p.end.value, Stretch::Onsite));
        }
        for p in plan.remote() {
            stretches.push((p.start.value, p.end.value, Stretch::Remote));
        }
        let mut marks = contact_marks(plan);
        let dates = plan.dates_by_span();
        for f in findings
            .iter()
            .filter(|f| !f.is_suppressed() && f.severity >= Severity::Warning)
        {
            if let Some(date) = f.span().and_then(|s| dates.get(&s).copied()) {
                let mark = if f.severity == Severity::Error {
                    Mark::Error
                } else {
                    Mark::Warning
                };
                marks.push((date, mark));
            }
        }
        Overview {
            label: crate::privacy::shown(label),
            stretches,
            marks,
            staff: plan
                .staff
                .iter()
                .filter(|s| s.in_team())
                .map(|s| crate::privacy::shown(&s.name.value))
                .collect(),
        }
    }
}

/// Each contact of a plan as a mark on its day.
fn contact_marks(plan: &Plan) -> Vec<(NaiveDate, Mark)> {
    let mut marks = Vec::new();
    for (kind, mark) in [
        (ContactKind::Pre, Mark::Pre),
        (ContactKind::Interim, Mark::Interim),
        (ContactKind::FollowUp, Mark::FollowUp),
    ] {
        marks.extend(plan.contacts_of(kind).iter().map(|c| (c.date.value, mark)));
    }
    marks
}
