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
    /// The first day of a course without periods (group therapy: its sessions are not in the
    /// plan).
    Start,
    /// The course a person's stretch belongs to (its number in the provider's view), drawn
    /// beside the stretch, never on it.
    Course(u16),
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
    /// A course of the provider's view: its number, its name, and whether it was cancelled.
    Course {
        number: u16,
        name: String,
        cancelled: bool,
    },
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
    /// The provider's view: courses left out because they end before the window…
    pub before: usize,
    /// …or start after it.
    pub after: usize,
    /// The provider's view: plans that could not be checked, with why (as a sentence).
    pub unchecked: Vec<(String, String)>,
}

/// Which days the provider's view draws: by default the months around the as-of day (one
/// before, twelve after); `--from`/`--to` move either end, `--all` spans every course.
#[derive(Clone, Copy, Debug, Default)]
pub struct Window {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub all: bool,
}

impl Window {
    /// The first and last day drawn, either open with `--all`.
    pub fn bounds(&self, as_of: NaiveDate) -> (Option<NaiveDate>, Option<NaiveDate>) {
        if self.all {
            return (self.from, self.to);
        }
        let month_start = |d: NaiveDate| NaiveDate::from_ymd_opt(d.year(), d.month(), 1);
        let from = self
            .from
            .or_else(|| month_start(calendar::add_months(as_of, -1)));
        let to = self.to.or_else(|| {
            month_start(calendar::add_months(as_of, 13)).map(|d| calendar::add_days(d, -1))
        });
        (from, to)
    }

    /// Where days `first` to `last` fall against the window's `bounds`: wholly before it
    /// (`Less`), wholly after it (`Greater`), or drawn in it (`Equal`).
    pub fn place(
        (from, to): (Option<NaiveDate>, Option<NaiveDate>),
        (first, last): (NaiveDate, NaiveDate),
    ) -> std::cmp::Ordering {
        if from.is_some_and(|from| last < from) {
            std::cmp::Ordering::Less
        } else if to.is_some_and(|to| first > to) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }
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
                    .map(|r| r.after(decision.value));
                if let Some(limit) = limit {
                    row.stretches.push((decision.value, limit, Stretch::Window));
                    row.marks.push((limit, Mark::Limit));
                }
                row.marks.push((decision.value, Mark::Decision));
                if let Some(r) = &rules.client_confirmation {
                    row.marks
                        .push((r.after(decision.value), Mark::Confirmation));
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
                Label::Term(_) | Label::Name(_) | Label::Course { .. } => None,
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

    /// Whether nothing is drawn: no row has a stretch or a mark.
    pub fn is_blank(&self) -> bool {
        self.rows
            .iter()
            .all(|r| r.stretches.is_empty() && r.marks.is_empty())
    }

    /// How many days the axis spans.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }
}

impl Timeline {
    /// The provider's view of many courses on one axis: a row per course (its periods,
    /// contacts and findings, labelled with its number), in order of their first day, then a
    /// row per person of the teams, showing which course (number) they are on when, and
    /// clashes where two courses overlap. Only the `window` is drawn: courses wholly outside
    /// it are counted, not drawn.
    pub fn provider(courses: &[Overview], as_of: NaiveDate, window: Window) -> Timeline {
        let (lo, hi) = window.bounds(as_of);
        let mut order: Vec<(&Overview, NaiveDate, NaiveDate)> = Vec::with_capacity(courses.len());
        let (mut before, mut after) = (0, 0);
        for course in courses {
            let (first, last) = course.extent();
            match Window::place((lo, hi), (first, last)) {
                std::cmp::Ordering::Less => before += 1,
                std::cmp::Ordering::Greater => after += 1,
                std::cmp::Ordering::Equal => order.push((course, first, last)),
            }
        }
        order.sort_by(|a, b| (a.1, a.2, &a.0.label).cmp(&(b.1, b.2, &b.0.label)));
        let mut rows = Vec::new();
        let mut people: std::collections::BTreeMap<&str, Vec<(u16, NaiveDate, NaiveDate, bool)>> =
            std::collections::BTreeMap::new();
        for (i, (course, _, _)) in order.iter().enumerate() {
            let number = u16::try_from(i + 1).unwrap_or(u16::MAX);
            let mut row = Row::new(Label::Course {
                number,
                name: course.label.clone(),
                cancelled: course.cancelled,
            });
            row.stretches.extend(course.stretches.iter().copied());
            row.marks.extend(course.marks.iter().copied());
            if course.stretches.is_empty() {
                row.marks.push((course.start, Mark::Start));
            }
            rows.push(row);
            if course.cancelled {
                continue;
            }
            // A person's days on the course: its on-site periods, or a group therapy's first
            // day (its plan has no periods), where the course's row draws its mark too. Only
            // on-site periods are days the person is known to be there (`true`): they alone
            // can clash, as `staff-double-booked` judges.
            let days: Vec<(NaiveDate, NaiveDate, bool)> = if course.stretches.is_empty() {
                vec![(course.start, course.start, false)]
            } else {
                course
                    .stretches
                    .iter()
                    .filter(|s| s.2 == Stretch::Onsite)
                    .map(|&(start, end, _)| (start, end, true))
                    .collect()
            };
            for name in &course.staff {
                for &(start, end, known) in &days {
                    people
                        .entry(name)
                        .or_default()
                        .push((number, start, end, known));
                }
            }
        }
        let mut staff_rows = Vec::new();
        for (name, mut spans) in people {
            spans.retain(|&(_, start, end, _)| {
                lo.is_none_or(|lo| end >= lo) && hi.is_none_or(|hi| start <= hi)
            });
            if spans.is_empty() {
                continue;
            }
            spans.sort_by_key(|&(_, start, end, _)| (start, end));
            let mut row = Row::new(Label::Name(name.to_owned()));
            for &(number, start, end, _) in &spans {
                row.stretches.push((start, end, Stretch::Onsite));
                row.marks.push((end, Mark::Course(number)));
            }
            // Overlapping on-site days of two courses: sorted by start, each span meets only
            // those still running (a person is on few courses a year).
            for (i, a) in spans.iter().enumerate() {
                for b in spans[i + 1..].iter().take_while(|b| b.1 <= a.2) {
                    if a.0 != b.0 && a.3 && b.3 {
                        let (from, to) = (a.1.max(b.1), a.2.min(b.2));
                        row.marks
                            .extend(calendar::dates(from, to).map(|d| (d, Mark::Clash)));
                    }
                }
            }
            staff_rows.push(row);
        }
        if !staff_rows.is_empty() {
            rows.push(Row::new(Label::Term("timeline-staff")));
            rows.extend(staff_rows);
        }
        let mut t = Timeline::spanning(rows, as_of, None).window(lo, hi);
        t.before = before;
        t.after = after;
        t
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
            before: 0,
            after: 0,
            unchecked: Vec::new(),
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
    /// The course's first day (`course.start`).
    pub start: NaiveDate,
    pub cancelled: bool,
    /// The course code, when the plan gives one.
    pub code: Option<String>,
    /// `course.status`, as its id (`planned`, `completed`…).
    pub status: &'static str,
    /// What falls due next (the earliest overdue, else the first ahead), when asked for.
    pub next: Option<crate::planner::schedule::Item>,
    /// How many open items are overdue.
    pub overdue: usize,
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
            start: plan.course.start.value,
            cancelled: plan.course.status() == crate::plan::Status::Cancelled,
            code: plan
                .course
                .code
                .as_ref()
                .map(|c| crate::privacy::shown(&c.value)),
            status: crate::plan::Vocab::id(plan.course.status()),
            next: None,
            overdue: 0,
        }
    }

    /// With what falls due next, and how much is overdue, on `as_of`.
    pub fn scheduled(mut self, plan: &Plan, edition: &Edition, as_of: NaiveDate) -> Overview {
        use crate::planner::schedule;
        let over = schedule::course_over(plan, as_of);
        let pending: Vec<schedule::Item> = schedule::items(plan, edition)
            .into_iter()
            .filter(|i| schedule::pending(i, as_of, over))
            .collect();
        let late = |i: &&schedule::Item| i.state == schedule::State::Open && i.date < as_of;
        self.overdue = pending.iter().filter(late).count();
        self.next = pending
            .iter()
            .find(late)
            .or_else(|| pending.iter().find(|i| i.date >= as_of))
            .cloned();
        self
    }

    /// The first and the last day the course touches.
    pub fn extent(&self) -> (NaiveDate, NaiveDate) {
        let days = self
            .stretches
            .iter()
            .flat_map(|(a, b, _)| [*a, *b])
            .chain(self.marks.iter().map(|(d, _)| *d))
            .chain([self.start]);
        let first = days.clone().min().unwrap_or(self.start);
        let last = days.max().unwrap_or(self.start);
        (first, last)
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
