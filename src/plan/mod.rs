//! The course plan (plan-format.md, format 1) as typed data in which every value remembers the
//! byte span it was read from, so that any finding can point back into the file.
//!
//! [`load`] turns TOML text into a [`Plan`], collecting every schema problem it finds rather than
//! stopping at the first; nothing here knows about editions or rules.

pub mod finnish;
mod load;
pub(crate) mod pieces;
mod read;
mod roster;
mod staff;
pub mod vocab;

use chrono::NaiveDate;

use crate::finding::Span;
pub use load::{LoadError, Parsed, from_document, from_document_with, load, parse};
pub use staff::Roster;

/// The keys of each table of the plan format (the loader's own lists).
pub mod keys {
    pub use super::load::{
        ALLOW_KEYS as ALLOW, CANCELLATION_KEYS as CANCELLATION, CLIENT_KEYS as CLIENTS,
        CONTACT_KEYS as CONTACTS, COURSE_KEYS as COURSE, FACILITY_KEYS as FACILITIES,
        INSURANCE_KEYS as INSURANCE, PERIOD_KEYS as PERIODS, POSTPONEMENT_KEYS as POSTPONEMENT,
        TOP_KEYS as TOP,
    };
    pub use super::staff::STAFF_KEYS as STAFF;
}
pub use read::suggest;

/// How `init` marks what only the provider can fill in (`RENAME-3`): a placeholder names nobody
/// (the `placeholder` rule warns until it is replaced).
pub const PLACEHOLDER: &str = "RENAME";
pub use vocab::{
    ClientStatus, ContactKind, CourseLanguage, Facility, Instrument, InsuranceKind, Mode, Notified,
    PeriodKind, Pool, Role, RoomStandard, Service, Specialty, Status, TargetGroup, Therapy, Vocab,
};

/// A value and the span of its text in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Spanned<T> {
        Spanned { value, span }
    }
}

impl<T: Copy> Spanned<T> {
    pub fn get(&self) -> T {
        self.value
    }
}

/// One course plan.
#[derive(Clone, Debug)]
pub struct Plan {
    pub course: Course,
    /// Periods in file order; [`Plan::onsite`] and [`Plan::remote`] give them in date order.
    pub periods: Vec<Period>,
    pub contacts: Vec<Contact>,
    pub clients: Vec<Client>,
    pub staff: Vec<Staff>,
    pub facilities: Option<Facilities>,
    pub insurance: Option<Insurance>,
    pub measurements: Option<Measurements>,
    pub cancellation: Option<Cancellation>,
    pub postponement: Option<Postponement>,
    pub allows: Vec<Allow>,
}

#[derive(Clone, Debug)]
pub struct Course {
    /// The `[course]` header.
    pub header: Span,
    pub service: Spanned<Service>,
    pub edition: Option<Spanned<String>>,
    pub code: Option<Spanned<String>>,
    pub language: Option<Spanned<CourseLanguage>>,
    pub provider: Option<Spanned<String>>,
    pub site: Option<Spanned<String>>,
    pub target_group: Option<Spanned<TargetGroup>>,
    pub therapy: Option<Spanned<Therapy>>,
    pub start: Spanned<NaiveDate>,
    pub status: Option<Spanned<Status>>,
}

impl Course {
    /// The status, `planned` when not stated.
    pub fn status(&self) -> Status {
        self.status.as_ref().map_or(Status::Planned, Spanned::get)
    }

    /// The status value's span, or the `[course]` header when the status is not stated.
    pub fn status_span(&self) -> Span {
        self.status.as_ref().map_or(self.header, |s| s.span)
    }
}

#[derive(Clone, Debug)]
pub struct Period {
    pub header: Span,
    pub kind: Spanned<PeriodKind>,
    pub start: Spanned<NaiveDate>,
    pub end: Spanned<NaiveDate>,
    pub mode: Option<Spanned<Mode>>,
    pub hours_per_day: Option<Spanned<f64>>,
    pub guided_hours_per_day: Option<Spanned<f64>>,
    pub guidance_hours_per_client: Option<Spanned<f64>>,
    pub invoiced: Option<Spanned<NaiveDate>>,
}

impl Period {
    /// Inclusive number of days.
    pub fn days(&self) -> i64 {
        crate::calendar::days_inclusive(self.start.value, self.end.value)
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start.value <= date && date <= self.end.value
    }

    /// From the `start` value to the `end` value: the whole date range in the file.
    pub fn range_span(&self) -> Span {
        let (a, b) = (self.start.span, self.end.span);
        Span {
            start: a.start.min(b.start),
            end: a.end.max(b.end),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Contact {
    pub header: Span,
    pub kind: Spanned<ContactKind>,
    pub date: Spanned<NaiveDate>,
    pub minutes: Option<Spanned<i64>>,
    /// `None`: every client of the plan.
    pub clients: Option<Vec<Spanned<String>>>,
}

impl Contact {
    /// Whether the contact includes the client with this id.
    pub fn includes(&self, client: &str) -> bool {
        self.clients
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id.value == client))
    }
}

#[derive(Clone, Debug)]
pub struct Client {
    pub header: Span,
    pub id: Spanned<String>,
    pub status: Option<Spanned<ClientStatus>>,
    pub age: Option<Spanned<i64>>,
    pub decision: Option<Spanned<NaiveDate>>,
    pub decision_received: Option<Spanned<NaiveDate>>,
    pub preliminary_agreement: Option<Spanned<NaiveDate>>,
    pub confirmation_sent: Option<Spanned<NaiveDate>>,
    pub last_meeting: Option<Spanned<NaiveDate>>,
    pub feedback_sent: Option<Spanned<NaiveDate>>,
}

impl Client {
    pub fn status(&self) -> ClientStatus {
        self.status
            .as_ref()
            .map_or(ClientStatus::Enrolled, Spanned::get)
    }

    /// Whether the client counts toward the group (`enrolled` or `transferred-in`).
    pub fn counts(&self) -> bool {
        self.status() != ClientStatus::Withdrawn
    }
}

#[derive(Clone, Debug)]
pub struct Staff {
    pub header: Span,
    pub name: Spanned<String>,
    pub role: Spanned<Role>,
    /// A known specialty, or the free word the plan gave.
    pub specialty: Option<Spanned<SpecialtyValue>>,
    pub qualifications: Vec<Spanned<String>>,
    pub in_team: Option<Spanned<bool>>,
    pub personal_instructor: Option<Spanned<bool>>,
    pub service_manager: Option<Spanned<bool>>,
    pub licensed: Option<Spanned<bool>>,
}

impl Staff {
    pub fn in_team(&self) -> bool {
        self.in_team.as_ref().is_none_or(Spanned::get)
    }
    pub fn personal_instructor(&self) -> bool {
        self.personal_instructor.as_ref().is_some_and(Spanned::get)
    }
    pub fn service_manager(&self) -> bool {
        self.service_manager.as_ref().is_some_and(Spanned::get)
    }
    pub fn licensed(&self) -> bool {
        self.licensed.as_ref().is_some_and(Spanned::get)
    }
    pub fn has_qualification(&self, q: &str) -> bool {
        self.qualifications.iter().any(|x| x.value == q)
    }
}

/// A physician's specialty: one the rules know, or any other word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpecialtyValue {
    Known(Specialty),
    Other(String),
}

#[derive(Clone, Debug)]
pub struct Facilities {
    pub header: Span,
    /// The boolean items the plan states.
    pub flags: Vec<(Facility, Spanned<bool>)>,
    pub pool: Option<Spanned<Pool>>,
    pub accommodation_on_site: Option<Spanned<bool>>,
    pub room_standard: Option<Spanned<RoomStandard>>,
}

impl Facilities {
    pub fn flag(&self, item: Facility) -> Option<&Spanned<bool>> {
        self.flags.iter().find(|(f, _)| *f == item).map(|(_, v)| v)
    }
}

#[derive(Clone, Debug)]
pub struct Insurance {
    pub header: Span,
    pub flags: Vec<(InsuranceKind, Spanned<bool>)>,
}

impl Insurance {
    pub fn flag(&self, kind: InsuranceKind) -> Option<&Spanned<bool>> {
        self.flags.iter().find(|(k, _)| *k == kind).map(|(_, v)| v)
    }
}

#[derive(Clone, Debug)]
pub struct Measurements {
    pub header: Span,
    pub instruments: Option<Spanned<Vec<Spanned<Instrument>>>>,
}

#[derive(Clone, Debug)]
pub struct Cancellation {
    pub header: Span,
    pub date: Spanned<NaiveDate>,
    pub clients_with_decisions: Spanned<i64>,
    pub notified: Option<Spanned<Vec<Spanned<Notified>>>>,
}

#[derive(Clone, Debug)]
pub struct Postponement {
    pub header: Span,
    pub date: Spanned<NaiveDate>,
    pub original_start: Spanned<NaiveDate>,
    pub new_start: Spanned<NaiveDate>,
    pub clients_with_decisions: Spanned<i64>,
}

/// An `[[allow]]` table: a suppression with its reason.
#[derive(Clone, Debug)]
pub struct Allow {
    pub header: Span,
    pub rule: Spanned<String>,
    pub reason: Spanned<String>,
    pub client: Option<Spanned<String>>,
    /// The last day the suppression applies (inclusive); after it the allow stops suppressing.
    pub expires: Option<Spanned<NaiveDate>>,
}

impl Plan {
    /// The on-site periods in date order.
    pub fn onsite(&self) -> Vec<&Period> {
        self.periods_of(PeriodKind::Onsite)
    }

    /// The remote periods in date order.
    pub fn remote(&self) -> Vec<&Period> {
        self.periods_of(PeriodKind::Remote)
    }

    fn periods_of(&self, kind: PeriodKind) -> Vec<&Period> {
        let mut v: Vec<&Period> = self
            .periods
            .iter()
            .filter(|p| p.kind.value == kind)
            .collect();
        v.sort_by_key(|p| (p.start.value, p.end.value));
        v
    }

    /// Clients that count toward the group, in file order.
    pub fn counted_clients(&self) -> Vec<&Client> {
        self.clients.iter().filter(|c| c.counts()).collect()
    }

    /// Contacts of one kind in date order.
    pub fn contacts_of(&self, kind: ContactKind) -> Vec<&Contact> {
        let mut v: Vec<&Contact> = self
            .contacts
            .iter()
            .filter(|c| c.kind.value == kind)
            .collect();
        v.sort_by_key(|c| c.date.value);
        v
    }

    /// Every date value of the plan by its place in the file: what a finding pointing at a
    /// date is about (the timeline marks it on that day).
    pub fn dates_by_span(&self) -> rustc_hash::FxHashMap<crate::finding::Span, NaiveDate> {
        let mut dates = rustc_hash::FxHashMap::default();
        let mut add = |d: &Spanned<NaiveDate>| {
            dates.insert(d.span, d.value);
        };
        add(&self.course.start);
        for p in &self.periods {
            add(&p.start);
            add(&p.end);
            p.invoiced.iter().for_each(&mut add);
        }
        for c in &self.contacts {
            add(&c.date);
        }
        for c in &self.clients {
            [
                &c.decision,
                &c.decision_received,
                &c.preliminary_agreement,
                &c.confirmation_sent,
                &c.last_meeting,
                &c.feedback_sent,
            ]
            .into_iter()
            .flatten()
            .for_each(&mut add);
        }
        if let Some(c) = &self.cancellation {
            add(&c.date);
        }
        if let Some(p) = &self.postponement {
            add(&p.date);
            add(&p.original_start);
            add(&p.new_start);
        }
        for a in &self.allows {
            a.expires.iter().for_each(&mut add);
        }
        dates
    }

    /// The date and span of the latest follow-up contact that includes `client`.
    pub fn last_follow_up(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        self.contacts
            .iter()
            .filter(|c| c.kind.value == ContactKind::FollowUp && c.includes(&client.id.value))
            .map(|c| (c.date.value, c.date.span))
            .max_by_key(|(d, _)| *d)
    }

    /// The client's last follow-up, or the last on-site day when there is none (rule catalogue:
    /// `client-decision-window` and `client-duration` fall back the same way).
    pub fn client_end(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        self.last_follow_up(client).or_else(|| {
            self.periods
                .iter()
                .filter(|p| p.kind.value == PeriodKind::Onsite)
                .max_by_key(|p| p.end.value)
                .map(|p| (p.end.value, p.end.span))
        })
    }

    /// The client's last meeting: `last_meeting` when stated, else the latest of the last
    /// on-site day and the contacts that include the client.
    pub fn last_meeting(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        if let Some(m) = &client.last_meeting {
            return Some((m.value, m.span));
        }
        let onsite = self
            .periods
            .iter()
            .filter(|p| p.kind.value == PeriodKind::Onsite)
            .map(|p| (p.end.value, p.end.span));
        let contacts = self
            .contacts
            .iter()
            .filter(|c| c.includes(&client.id.value))
            .map(|c| (c.date.value, c.date.span));
        onsite.chain(contacts).max_by_key(|(d, _)| *d)
    }
}

/// The `personal-data` error at `span` (of a plan or a roster); its message shows the mask,
/// never the code.
pub fn personal_data(span: crate::finding::Span) -> crate::finding::Finding {
    use crate::finding::{Finding, RuleId, Severity};
    Finding::new(
        RuleId::PersonalData,
        Severity::Error,
        crate::msg!("personal-data", masked = crate::privacy::MASK),
    )
    .at(span)
    .help(crate::msg!("personal-data-help"))
}
