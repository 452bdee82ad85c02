//! TOML text → [`Plan`], or every `plan-syntax` / `plan-schema` problem found on the way.

use std::collections::HashMap;

use toml::de::{DeTable, DeValue};

use super::read::{self, COUNT, Problems, Table, array, boolean, date, text, up_to, word};
use super::*;
use crate::finding::{Arg, Finding, Severity};
use crate::msg;

/// Why a plan could not be loaded: `plan-syntax` or `plan-schema` findings, all of them.
#[derive(Debug)]
pub struct LoadError {
    pub findings: Vec<Finding>,
    /// The service, when `[course]` names a valid one (reports show it even for a plan that
    /// could not be checked).
    pub service: Option<Service>,
}

pub const TOP_KEYS: &[&str] = &[
    "format",
    "course",
    "periods",
    "contacts",
    "clients",
    "staff",
    "facilities",
    "insurance",
    "measurements",
    "cancellation",
    "postponement",
    "allow",
];
pub const COURSE_KEYS: &[&str] = &[
    "service",
    "edition",
    "code",
    "language",
    "provider",
    "site",
    "target_group",
    "therapy",
    "start",
    "status",
];
pub const PERIOD_KEYS: &[&str] = &[
    "kind",
    "start",
    "end",
    "mode",
    "hours_per_day",
    "guided_hours_per_day",
    "guidance_hours_per_client",
    "invoiced",
];
const ONSITE_ONLY: &[&str] = &["mode", "hours_per_day", "guided_hours_per_day"];
const REMOTE_ONLY: &[&str] = &["guidance_hours_per_client"];
pub const CONTACT_KEYS: &[&str] = &["kind", "date", "minutes", "clients"];
pub const CLIENT_KEYS: &[&str] = &[
    "id",
    "status",
    "age",
    "decision",
    "decision_received",
    "preliminary_agreement",
    "confirmation_sent",
    "last_meeting",
    "feedback_sent",
];
pub const FACILITY_KEYS: &[&str] = &[
    "institutional_unit",
    "second_group_room",
    "individual_meeting_room",
    "gym",
    "sports_hall",
    "pool",
    "accommodation_on_site",
    "room_standard",
];
pub const INSURANCE_KEYS: &[&str] = &["liability", "patient", "group_accident"];
pub const CANCELLATION_KEYS: &[&str] = &["date", "clients_with_decisions", "notified"];
pub const POSTPONEMENT_KEYS: &[&str] = &[
    "date",
    "original_start",
    "new_start",
    "clients_with_decisions",
];
pub const ALLOW_KEYS: &[&str] = &["rule", "reason", "client", "expires"];

/// What a TOML file turned out to be.
pub enum Parsed<'i> {
    /// A TOML document with a `[course]` table (or a `course` key): a plan to read.
    Plan(toml::Spanned<DeTable<'i>>),
    /// Valid TOML without `[course]`: `empty` (no keys at all), or some other TOML file unless
    /// `plan_like` says it has what only plans have.
    NotAPlan {
        empty: bool,
        plan_like: Option<PlanLike>,
    },
    /// Not valid TOML; `looks_like_plan` tells whether a line opens a plan's table.
    Invalid {
        error: LoadError,
        looks_like_plan: bool,
    },
}

/// Why a TOML file without `[course]` is taken for a plan all the same.
pub struct PlanLike {
    /// A top-level key close to `course` (`cousre`), and where it is.
    pub near_course: Option<(String, Span)>,
}

/// The tables only a plan has (every top-level key after `format` and `course`): a TOML file
/// with one of them is a plan, with or without `[course]`.
const PLAN_TABLES: &[&str] = TOP_KEYS.split_at(2).1;

/// A plan-like file without `[course]`: by a key close to `course`, or by a plan's tables.
fn plan_like(root: &DeTable<'_>) -> Option<PlanLike> {
    let near_course = root
        .iter()
        .find(|(k, _)| near_course(k.get_ref()))
        .map(|(k, _)| (k.get_ref().to_string(), Span::from(k.span())));
    let has_tables = root
        .keys()
        .any(|k| PLAN_TABLES.contains(&k.get_ref().as_ref()));
    (near_course.is_some() || has_tables).then_some(PlanLike { near_course })
}

/// Whether a line of a file that is not valid TOML opens a plan's table (`[course]`,
/// `[[clients]]`, `[cousre]`…).
fn opens_plan_table(line: &str) -> bool {
    let line = line.trim_start();
    let name = line.trim_start_matches('[');
    if name.len() == line.len() {
        return false;
    }
    let name = name.split(']').next().unwrap_or("").trim();
    PLAN_TABLES.contains(&name) || name == "course" || near_course(name)
}

/// A table name a planner may have meant as `[course]`: a slip of at most two letters that
/// keeps the first (`cousre`, `corse`, `Course`), or the word in Finnish or Swedish. Stricter
/// than "did you mean", since it decides that a file is a plan (`[source]` is not).
fn near_course(name: &str) -> bool {
    let lower = name.to_lowercase();
    name != "course"
        && (matches!(lower.as_str(), "kurssi" | "kurs" | "kurssin" | "kursen")
            || (lower.starts_with('c') && strsim::damerau_levenshtein(&lower, "course") <= 2))
}

/// Parses TOML text and tells a plan from other TOML files without reading it twice.
pub fn parse(src: &str) -> Parsed<'_> {
    match super::pieces::parse(src) {
        Ok(root) if root.get_ref().get("course").is_some() => Parsed::Plan(root),
        Ok(root) => Parsed::NotAPlan {
            empty: root.get_ref().is_empty(),
            plan_like: plan_like(root.get_ref()),
        },
        Err(e) => Parsed::Invalid {
            error: syntax_error(&e, src),
            looks_like_plan: src.lines().any(opens_plan_table),
        },
    }
}

/// Parses and reads a plan. The text should already be known to be UTF-8 (it is a `&str`).
pub fn load(src: &str) -> Result<Plan, LoadError> {
    let root = super::pieces::parse(src).map_err(|e| syntax_error(&e, src))?;
    from_document(root.get_ref())
}

/// The TOML parser's error as a `plan-syntax` finding, explained in a planner's words
/// ([`super::finnish::explain`]).
pub(crate) fn syntax_error(e: &toml::de::Error, src: &str) -> LoadError {
    let (message, help, at) = super::finnish::explain(e, src);
    let mut f = Finding::new(crate::finding::RuleId::PlanSyntax, Severity::Error, message);
    if let Some(at) = at {
        f = f.at(at);
    }
    f.help = help;
    LoadError {
        findings: vec![f],
        service: None,
    }
}

/// Reads a plan from a parsed document, collecting every schema problem.
pub fn from_document(root: &DeTable<'_>) -> Result<Plan, LoadError> {
    from_document_with(root, None)
}

/// Reads a plan whose provider keeps a roster: a `[[staff]]` entry may give only the name.
pub fn from_document_with(
    root: &DeTable<'_>,
    roster: Option<&super::staff::Roster>,
) -> Result<Plan, LoadError> {
    let mut p = Problems::default();
    let plan = read_plan(root, roster, &mut p);
    match plan {
        Some(plan) if p.list.is_empty() => Ok(plan),
        _ => Err(LoadError {
            findings: p.list,
            service: peek_service(root),
        }),
    }
}

fn peek_service(root: &DeTable<'_>) -> Option<Service> {
    let course = root.get("course")?.get_ref().as_table()?;
    Service::parse(course.get("service")?.get_ref().as_str()?)
}

fn read_plan(root: &DeTable<'_>, roster: Option<&super::Roster>, p: &mut Problems) -> Option<Plan> {
    let top = Table::new(root, Span::default(), "the plan");

    if let Some(format) = top.opt(p, "format", read::integer)
        && format.value != 1
    {
        p.push(
            format.span,
            msg!("schema-format", found = format.value),
            None,
        );
    }

    let course = match top.value("course") {
        Some(v) => read::table(v, "course", p).and_then(|(t, span)| read_course(t, span, p)),
        None => {
            p.push(
                Span::default(),
                msg!("schema-missing-course"),
                Some(msg!("schema-missing-course-help")),
            );
            None
        }
    };

    let each = |key: &'static str, p: &mut Problems| -> Vec<(&DeTable<'_>, Span)> {
        top.value(key)
            .map(|v| read::tables(v, key, p))
            .unwrap_or_default()
    };
    let periods: Vec<Period> = each("periods", p)
        .into_iter()
        .filter_map(|(t, s)| read_period(t, s, p))
        .collect();
    let mut contacts: Vec<Contact> = each("contacts", p)
        .into_iter()
        .filter_map(|(t, s)| read_contact(t, s, p))
        .collect();
    let clients: Vec<Client> = each("clients", p)
        .into_iter()
        .filter_map(|(t, s)| read_client(t, s, p))
        .collect();
    let staff: Vec<Staff> = each("staff", p)
        .into_iter()
        .filter_map(|(t, s)| {
            let place = roster.map_or(
                super::staff::StaffIn::Plan,
                super::staff::StaffIn::PlanWithRoster,
            );
            super::staff::read_staff(t, s, p, place)
        })
        .collect();
    let allows: Vec<Allow> = each("allow", p)
        .into_iter()
        .filter_map(|(t, s)| read_allow(t, s, p))
        .collect();

    let single =
        |key: &'static str, p: &mut Problems| top.value(key).and_then(|v| read::table(v, key, p));
    let facilities = single("facilities", p).map(|(t, s)| read_facilities(t, s, p));
    let insurance = single("insurance", p).map(|(t, s)| read_insurance(t, s, p));
    let measurements = single("measurements", p).map(|(t, s)| read_measurements(t, s, p));
    let cancellation = single("cancellation", p).and_then(|(t, s)| read_cancellation(t, s, p));
    let postponement = single("postponement", p).and_then(|(t, s)| read_postponement(t, s, p));

    top.finish(p, TOP_KEYS);

    check_client_ids(&clients, p);
    let known = KnownIds::new(&clients);
    check_contact_clients(&mut contacts, &known, p);
    check_allow_clients(&allows, &known, p);
    drop(known);
    let course = course?;
    check_status_tables(&course, cancellation.as_ref(), postponement.as_ref(), p);

    Some(Plan {
        course,
        periods,
        contacts,
        clients,
        staff,
        facilities,
        insurance,
        measurements,
        cancellation,
        postponement,
        allows,
    })
}

fn read_course(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Course> {
    let t = Table::new(t, span, "[course]");
    let service = t.req(p, "service", word::<Service>);
    let edition = t.opt(p, "edition", edition);
    let code = t.opt(p, "code", text);
    let language = t.opt(p, "language", word::<CourseLanguage>);
    let provider = t.opt(p, "provider", text);
    let site = t.opt(p, "site", text);
    let target_group = t.opt(p, "target_group", word::<TargetGroup>);
    let therapy = t.opt(p, "therapy", word::<Therapy>);
    let start = t.req(p, "start", date);
    let status = t.opt(p, "status", word::<Status>);

    // Keys whose meaning depends on the service: required by one, meaningless in the others.
    if let Some(service) = &service {
        let specific: [(&'static str, Service, bool); 2] = [
            (
                "target_group",
                Service::Omaishoitaja,
                target_group.is_some(),
            ),
            ("therapy", Service::GroupTherapy, therapy.is_some()),
        ];
        for (key, owner, present) in specific {
            if service.value == owner && !present && t.value(key).is_none() {
                p.push(
                    t.span,
                    msg!(
                        "schema-missing-key-for-service",
                        key = key,
                        service = owner.id()
                    ),
                    None,
                );
            }
            if service.value != owner
                && let Some(key_span) = t.key_span(key)
            {
                p.push(
                    key_span,
                    msg!(
                        "schema-key-for-other-service",
                        key = key,
                        service = owner.id()
                    ),
                    Some(msg!("schema-remove-key", key = key)),
                );
            }
        }
    }
    t.finish(p, COURSE_KEYS);
    Some(Course {
        header: span,
        service: service?,
        edition,
        code,
        language,
        provider,
        site,
        target_group,
        therapy,
        start: start?,
        status,
    })
}

/// `course.edition` is the edition's year as a string; a bare number gets a precise hint.
fn edition(
    v: &DeValue<'_>,
    span: Span,
    key: &'static str,
    p: &mut Problems,
) -> Result<String, read::Problem> {
    if let DeValue::Integer(i) = v {
        p.push(
            span,
            msg!("schema-edition-number", value = i.as_str().to_owned()),
            None,
        );
        return Ok(i.as_str().to_owned());
    }
    text(v, span, key, p)
}

fn read_period(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Period> {
    let t = Table::new(t, span, "[[periods]]");
    let kind = t.req(p, "kind", word::<PeriodKind>);
    let start = t.req(p, "start", date);
    let end = t.req(p, "end", date);
    let mode = t.opt(p, "mode", word::<Mode>);
    let hours_per_day = t.opt(p, "hours_per_day", read::day_hours);
    let guided_hours_per_day = t.opt(p, "guided_hours_per_day", read::day_hours);
    let guidance_hours_per_client = t.opt(p, "guidance_hours_per_client", read::hours);
    let invoiced = t.opt(p, "invoiced", date);

    if let Some(kind) = &kind {
        let (misplaced, owner) = match kind.value {
            PeriodKind::Onsite => (REMOTE_ONLY, "remote"),
            PeriodKind::Remote => (ONSITE_ONLY, "onsite"),
        };
        for key in misplaced {
            if let Some(key_span) = t.key_span(key) {
                p.push(
                    key_span,
                    msg!("schema-key-for-other-kind", key = *key, kind = owner),
                    Some(msg!("schema-remove-key", key = *key)),
                );
            }
        }
    }
    if let (Some(s), Some(e)) = (&start, &end)
        && e.value < s.value
    {
        p.push_finding(
            Finding::new(
                read::SCHEMA,
                Severity::Error,
                msg!("schema-end-before-start", end = e.value, start = s.value),
            )
            .at(e.span)
            .also(s.span, msg!("label-period-starts")),
        );
    }
    t.finish(p, PERIOD_KEYS);
    Some(Period {
        header: span,
        kind: kind?,
        start: start?,
        end: end?,
        mode,
        hours_per_day,
        guided_hours_per_day,
        guidance_hours_per_client,
        invoiced,
    })
}

fn read_contact(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Contact> {
    let t = Table::new(t, span, "[[contacts]]");
    let kind = t.req(p, "kind", word::<ContactKind>);
    let date = t.req(p, "date", date);
    let minutes = t.opt(p, "minutes", up_to::<COUNT>);
    let clients = t.opt(p, "clients", |v, s, k, p| array(v, s, k, p, text));
    if let Some(list) = &clients
        && list.value.is_empty()
    {
        p.push(
            list.span,
            msg!("schema-empty-clients"),
            Some(msg!("schema-empty-clients-help")),
        );
    }
    t.finish(p, CONTACT_KEYS);
    Some(Contact {
        header: span,
        kind: kind?,
        date: date?,
        minutes,
        clients: clients.map(|c| c.value),
    })
}

fn read_client(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Client> {
    let t = Table::new(t, span, "[[clients]]");
    let id = t.req(p, "id", text);
    let client = Client {
        header: span,
        id: id.unwrap_or_else(|| Spanned::new(String::new(), span)),
        status: t.opt(p, "status", word::<ClientStatus>),
        age: t.opt(p, "age", up_to::<{ read::AGE }>),
        decision: t.opt(p, "decision", date),
        decision_received: t.opt(p, "decision_received", date),
        preliminary_agreement: t.opt(p, "preliminary_agreement", date),
        confirmation_sent: t.opt(p, "confirmation_sent", date),
        last_meeting: t.opt(p, "last_meeting", date),
        feedback_sent: t.opt(p, "feedback_sent", date),
    };
    t.finish(p, CLIENT_KEYS);
    // A client without an id has been reported; the plan will not be checked.
    (!client.id.value.is_empty()).then_some(client)
}

fn read_facilities(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Facilities {
    let t = Table::new(t, span, "[facilities]");
    let flags = Facility::IDS
        .iter()
        .filter_map(|(key, item)| t.opt(p, key, boolean).map(|v| (*item, v)))
        .collect();
    let facilities = Facilities {
        header: span,
        flags,
        pool: t.opt(p, "pool", word::<Pool>),
        accommodation_on_site: t.opt(p, "accommodation_on_site", boolean),
        room_standard: t.opt(p, "room_standard", word::<RoomStandard>),
    };
    t.finish(p, FACILITY_KEYS);
    facilities
}

fn read_insurance(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Insurance {
    let t = Table::new(t, span, "[insurance]");
    let flags = InsuranceKind::IDS
        .iter()
        .filter_map(|(key, kind)| t.opt(p, key, boolean).map(|v| (*kind, v)))
        .collect();
    t.finish(p, INSURANCE_KEYS);
    Insurance {
        header: span,
        flags,
    }
}

fn read_measurements(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Measurements {
    let t = Table::new(t, span, "[measurements]");
    let instruments = t.opt(p, "instruments", |v, s, k, p| {
        array(v, s, k, p, word::<Instrument>)
    });
    t.finish(p, &["instruments"]);
    Measurements {
        header: span,
        instruments,
    }
}

fn read_cancellation(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Cancellation> {
    let t = Table::new(t, span, "[cancellation]");
    let cancelled = t.req(p, "date", date);
    let clients_with_decisions = t.req(p, "clients_with_decisions", up_to::<COUNT>);
    let notified = t.opt(p, "notified", |v, s, k, p| {
        array(v, s, k, p, word::<Notified>)
    });
    t.finish(p, CANCELLATION_KEYS);
    Some(Cancellation {
        header: span,
        date: cancelled?,
        clients_with_decisions: clients_with_decisions?,
        notified,
    })
}

fn read_postponement(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Postponement> {
    let t = Table::new(t, span, "[postponement]");
    let decided = t.req(p, "date", date);
    let original_start = t.req(p, "original_start", date);
    let new_start = t.req(p, "new_start", date);
    let clients_with_decisions = t.req(p, "clients_with_decisions", up_to::<COUNT>);
    t.finish(p, POSTPONEMENT_KEYS);
    Some(Postponement {
        header: span,
        date: decided?,
        original_start: original_start?,
        new_start: new_start?,
        clients_with_decisions: clients_with_decisions?,
    })
}

fn read_allow(t: &DeTable<'_>, span: Span, p: &mut Problems) -> Option<Allow> {
    let t = Table::new(t, span, "[[allow]]");
    let rule = t.req(p, "rule", text);
    let reason = if t.value("reason").is_some() {
        t.opt(p, "reason", text)
    } else {
        p.push(
            span,
            msg!("schema-allow-without-reason"),
            Some(msg!("schema-allow-without-reason-help")),
        );
        None
    };
    let client = t.opt(p, "client", text);
    let expires = t.opt(p, "expires", date);
    t.finish(p, ALLOW_KEYS);
    Some(Allow {
        header: span,
        rule: rule?,
        reason: reason?,
        client,
        expires,
    })
}

fn check_client_ids(clients: &[Client], p: &mut Problems) {
    let mut seen: HashMap<&str, Span> = HashMap::with_capacity(clients.len());
    for c in clients {
        if let Some(first) = seen.insert(c.id.value.as_str(), c.id.span) {
            p.push_finding(
                Finding::new(
                    read::SCHEMA,
                    Severity::Error,
                    msg!("schema-duplicate-client", id = &c.id.value),
                )
                .at(c.id.span)
                .also(first, msg!("label-first-used-here")),
            );
            // Keep pointing later duplicates at the first occurrence.
            seen.insert(c.id.value.as_str(), first);
        }
    }
}

/// The plan's client ids, for looking up the ids contacts and allows name.
struct KnownIds<'a> {
    set: std::collections::HashSet<&'a str>,
    list: Vec<&'a str>,
    /// Unknown ids reported so far: a "did you mean" compares with every id, so only the
    /// first few get one (a list of 10,000 unknown ids would take quadratic time).
    suggested: std::cell::Cell<usize>,
}

/// How many unknown ids get a "did you mean".
const SUGGESTIONS: usize = 20;

impl<'a> KnownIds<'a> {
    fn new(clients: &'a [Client]) -> KnownIds<'a> {
        let list: Vec<&str> = clients.iter().map(|c| c.id.value.as_str()).collect();
        KnownIds {
            set: list.iter().copied().collect(),
            list,
            suggested: std::cell::Cell::new(0),
        }
    }

    fn check(&self, id: &Spanned<String>, p: &mut Problems) {
        if self.set.contains(id.value.as_str()) {
            return;
        }
        let n = self.suggested.get();
        self.suggested.set(n + 1);
        let suggestion = (n < SUGGESTIONS)
            .then(|| read::suggest(&id.value, self.list.iter().copied()))
            .flatten();
        let help = match suggestion {
            Some(s) => Some(msg!("schema-did-you-mean", suggestion = s)),
            None if self.list.is_empty() => Some(msg!("schema-no-clients")),
            None => None,
        };
        p.push(id.span, msg!("schema-unknown-client", id = &id.value), help);
    }
}

fn check_contact_clients(contacts: &mut [Contact], known: &KnownIds<'_>, p: &mut Problems) {
    for contact in contacts.iter() {
        for id in contact.clients.iter().flatten() {
            known.check(id, p);
        }
    }
}

fn check_allow_clients(allows: &[Allow], known: &KnownIds<'_>, p: &mut Problems) {
    for id in allows.iter().filter_map(|a| a.client.as_ref()) {
        known.check(id, p);
    }
}

/// `cancelled` needs `[cancellation]`, `postponed` needs `[postponement]`, and a
/// `[cancellation]` on a course that is not cancelled contradicts the status.
fn check_status_tables(
    course: &Course,
    cancellation: Option<&Cancellation>,
    postponement: Option<&Postponement>,
    p: &mut Problems,
) {
    let status = course.status();
    if status == Status::Cancelled && cancellation.is_none() {
        p.push(
            course.status_span(),
            msg!(
                "schema-status-needs-table",
                status = status.id(),
                table = "[cancellation]"
            ),
            None,
        );
    }
    if status == Status::Postponed && postponement.is_none() {
        p.push(
            course.status_span(),
            msg!(
                "schema-status-needs-table",
                status = status.id(),
                table = "[postponement]"
            ),
            None,
        );
    }
    if let Some(c) = cancellation
        && status != Status::Cancelled
    {
        p.push_finding(
            Finding::new(
                read::SCHEMA,
                Severity::Error,
                msg!("schema-cancellation-not-cancelled", status = status.id()),
            )
            .at(c.header)
            .also(course.status_span(), msg!("label-status-here")),
        );
    }
}

impl From<&Spanned<String>> for Arg {
    fn from(v: &Spanned<String>) -> Arg {
        Arg::Str(v.value.clone())
    }
}
