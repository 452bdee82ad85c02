//! `oras-check init`: a commented plan skeleton for a service and a start date that checks
//! without errors.
//!
//! Everything comes from the edition in force for that start: the on-site periods get the
//! edition's number and length of days on days that are neither Sundays nor public holidays (the
//! first one moves off such a day, and the comment says so), the remote part lies between them,
//! contacts fall on working days inside their windows, and the required staff slots, premises,
//! insurances and measurements are filled in as placeholders for the planner to confirm.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar;
use crate::i18n::Localizer;
use crate::msg;
use crate::pack::params::{AgeGroup, RemotePeriod, Slot, Within};
use crate::pack::{Edition, Packs};
use crate::plan::{Role, Service, Therapy, Vocab};

/// What to start a plan for.
#[derive(Clone, Copy, Debug)]
pub struct Request {
    pub service: Service,
    pub start: NaiveDate,
    /// Group therapy: the therapy, and the clients' age group.
    pub therapy: Option<Therapy>,
    pub age_group: AgeGroup,
}

/// Why no skeleton could be made.
#[derive(Debug, Clone, PartialEq)]
pub enum InitError {
    /// No edition of the service is in force for the start; the editions and their ranges.
    NoEdition(Vec<crate::finding::Arg>),
    /// Group therapy needs `--therapy`.
    TherapyNeeded,
    /// The therapy exists only as individual therapy.
    IndividualOnly(Therapy),
}

/// A day the edition's on-site rehabilitation can be held: not a Sunday, not a public holiday
/// (004: no rehabilitation allowance for either; the carers' course is held Monday–Saturday).
fn onsite_day(d: NaiveDate) -> bool {
    d.weekday() != Weekday::Sun && calendar::holiday(d).is_none()
}

/// A day for a contact: Monday to Friday, not a public holiday.
fn working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && calendar::holiday(d).is_none()
}

/// The first `len`-day stretch of on-site days starting on or after `from`.
fn period_from(from: NaiveDate, len: i64) -> (NaiveDate, NaiveDate) {
    let mut start = from;
    while !calendar::dates(start, calendar::add_days(start, len - 1)).all(onsite_day) {
        start = calendar::add_days(start, 1);
    }
    (start, calendar::add_days(start, len - 1))
}

fn working_day_from(from: NaiveDate) -> NaiveDate {
    from.iter_days().find(|d| working_day(*d)).unwrap_or(from)
}

fn working_day_before(to: NaiveDate) -> NaiveDate {
    let mut d = to;
    while !working_day(d) {
        d = calendar::add_days(d, -1);
    }
    d
}

/// The course's dates: on-site periods, the remote period, and the contacts by kind.
struct Dates {
    onsite: Vec<(NaiveDate, NaiveDate)>,
    remote: Option<(NaiveDate, NaiveDate)>,
    pre: NaiveDate,
    interim: Vec<NaiveDate>,
    follow_up: Vec<NaiveDate>,
}

fn dates(edition: &Edition, start: NaiveDate) -> Dates {
    let rules = &edition.rules;
    let (count, len) = match &rules.onsite_periods {
        Some(r) => {
            let count = i64::from(r.count.max(1));
            let len = r
                .days_each
                .map(i64::from)
                .or(r.days_total.map(|t| i64::from(t) / count))
                .unwrap_or(5);
            (count, len.max(1))
        }
        None => (0, 5),
    };
    let remote_weeks = rules.remote_period.as_ref().and_then(|r| match r.params {
        RemotePeriod::Required { weeks, .. } => Some(i64::from(weeks)),
        RemotePeriod::Absent => None,
    });
    let mut onsite = Vec::new();
    let mut remote = None;
    if count > 0 {
        let first = period_from(start, len);
        onsite.push(first);
        // Remote part: Monday after the first period, for the edition's weeks (ending Friday).
        let mut next_from = calendar::add_days(first.0, 56);
        if let Some(weeks) = remote_weeks {
            let r_start = calendar::add_days(first.1, 1)
                .iter_days()
                .find(|d| d.weekday() == Weekday::Mon)
                .unwrap_or(first.1);
            let r_end = calendar::add_days(r_start, weeks * 7 - 3);
            remote = Some((r_start, r_end));
            next_from = calendar::add_days(r_end, 1);
        }
        for _ in 1..count {
            let previous = *onsite.last().unwrap_or(&first);
            let from = next_from.max(calendar::add_days(previous.1, 1));
            let period = period_from(from, len);
            onsite.push(period);
            next_from = calendar::add_days(period.0, 56);
        }
    }
    let course_start = onsite.first().map_or(start, |p| p.0);
    let pre = match &rules.pre_contact {
        Some(r) => {
            let back = match (r.min_days_before, r.max_days_before) {
                (Some(lo), Some(hi)) => i64::from(lo + hi) / 2,
                _ => 21,
            };
            working_day_before(calendar::add_days(course_start, -back))
        }
        None => working_day_before(calendar::add_days(course_start, -21)),
    };
    let mut interim = Vec::new();
    for slot in rules.interim_contacts.iter().flat_map(|r| &r.slots) {
        let window = match slot.within {
            Within::RemotePeriod => remote,
            Within::BetweenOnsite12 => onsite.get(1).map(|b| {
                (
                    calendar::add_days(onsite[0].1, 1),
                    calendar::add_days(b.0, -1),
                )
            }),
            Within::BetweenOnsite23 => onsite.get(2).map(|c| {
                (
                    calendar::add_days(onsite[1].1, 1),
                    calendar::add_days(c.0, -1),
                )
            }),
        };
        if let Some((from, to)) = window {
            let span = (to - from).num_days();
            for i in 1..=i64::from(slot.count) {
                let target = calendar::add_days(from, span * i / (i64::from(slot.count) + 1));
                let day = working_day_from(target);
                interim.push(if day <= to {
                    day
                } else {
                    working_day_before(to)
                });
            }
        }
    }
    let last = onsite.iter().map(|p| p.1).max().unwrap_or(course_start);
    let follow_up = match &rules.follow_up_contacts {
        Some(r) => {
            let target = match r.earliest_months_after {
                Some(m) => calendar::add_days(calendar::add_months(last, m as i32), 14),
                None => calendar::add_months(last, 3),
            };
            (0..r.min.max(1))
                .map(|i| working_day_from(calendar::add_days(target, 7 * i64::from(i))))
                .collect()
        }
        None => Vec::new(),
    };
    Dates {
        onsite,
        remote,
        pre,
        interim,
        follow_up,
    }
}

/// The role that leads a group of this therapy, for the placeholder.
fn therapist(therapy: Therapy) -> Role {
    match therapy {
        Therapy::AquaticTherapy
        | Therapy::Physiotherapy
        | Therapy::EquineTherapyPhysiotherapist => Role::Physiotherapist,
        Therapy::MusicTherapy => Role::MusicTherapist,
        Therapy::NeuropsychologicalRehabilitation => Role::Neuropsychologist,
        Therapy::Psychotherapy | Therapy::ArtTherapy | Therapy::FamilyTherapy => {
            Role::Psychotherapist
        }
        Therapy::SpeechTherapy => Role::SpeechTherapist,
        Therapy::OccupationalTherapy | Therapy::EquineTherapyOccupationalTherapist => {
            Role::OccupationalTherapist
        }
    }
}

/// A comment block, one `# ` line per wrapped line.
fn comment(out: &mut String, text: &str) {
    for line in textwrap::wrap(text, 94) {
        let _ = writeln!(out, "# {line}");
    }
}

/// The skeleton plan for a request.
pub fn skeleton(request: &Request, packs: &Packs, l10n: &Localizer) -> Result<String, InitError> {
    skeleton_with(request, packs, l10n, None)
}

/// [`skeleton`] for a provider with a roster: each staff slot is filled with a person of the
/// roster who has the slot's role (by name only; the roster gives the rest), where there is one.
pub fn skeleton_with(
    request: &Request,
    packs: &Packs,
    l10n: &Localizer,
    roster: Option<&crate::plan::Roster>,
) -> Result<String, InitError> {
    let edition = packs
        .choose(request.service, request.start, None)
        .map_err(|_| {
            InitError::NoEdition(
                packs
                    .of(request.service)
                    .iter()
                    .map(|e| e.year_and_validity())
                    .collect(),
            )
        })?;
    let mut edition = edition.edition;
    let mut d = dates(edition, request.start);
    // Moving the start off holidays may carry it into the next edition (an Oras course asked
    // for mid-December 2024 starts in January 2025): build the dates for that edition instead.
    let moved = d.onsite.first().map_or(request.start, |p| p.0);
    if let Ok(actual) = packs.choose(request.service, moved, None)
        && actual.edition.id != edition.id
    {
        edition = actual.edition;
        d = dates(edition, moved);
    }
    let rules = &edition.rules;
    if request.service == Service::GroupTherapy {
        let therapy = request.therapy.ok_or(InitError::TherapyNeeded)?;
        if rules
            .therapy_kind
            .as_ref()
            .is_some_and(|r| r.individual_only.contains(&therapy))
        {
            return Err(InitError::IndividualOnly(therapy));
        }
    }
    let start = d.onsite.first().map_or(request.start, |p| p.0);
    let mut out = String::new();
    comment(
        &mut out,
        &l10n.format(&msg!(
            "init-header",
            edition = edition.title_arg(),
            start = start
        )),
    );
    comment(&mut out, &l10n.text("init-check-hint"));
    out.push('\n');

    out.push_str("[course]\n");
    let _ = writeln!(out, "service = \"{}\"", request.service.id());
    out.push_str("# code = \"\"\n# provider = \"\"\n");
    match request.service {
        Service::Omaishoitaja => {
            out.push_str("target_group = \"carers-of-adults\"    # or \"carers-of-children\"\n")
        }
        Service::GroupTherapy => {
            let _ = writeln!(
                out,
                "therapy = \"{}\"",
                request.therapy.map_or("", |t| t.id())
            );
        }
        Service::Oras => {}
    }
    if start != request.start {
        // Name what moved it: the first holiday (or else Sunday) from the asked start on.
        let blocker = calendar::dates(request.start, calendar::add_days(start, 14))
            .find(|d| calendar::holiday(*d).is_some())
            .filter(|d| *d <= calendar::add_days(start, 7))
            .map(|d| {
                let h = calendar::holiday(d).map_or("weekday-sun", |h| h.message_id());
                crate::finding::Arg::Phrase(vec![crate::finding::Arg::Term(h), d.into()])
            })
            .unwrap_or_else(|| {
                let sunday = calendar::dates(request.start, start)
                    .find(|d| d.weekday() == Weekday::Sun)
                    .unwrap_or(request.start);
                crate::finding::Arg::Phrase(vec![
                    crate::finding::Arg::Term("weekday-sun"),
                    sunday.into(),
                ])
            });
        comment(
            &mut out,
            &l10n.format(&msg!(
                "init-start-moved",
                asked = request.start,
                start = start,
                reason = blocker
            )),
        );
    }
    let _ = writeln!(out, "start = {start}\nstatus = \"planned\"\n");

    if !d.onsite.is_empty() {
        comment(&mut out, &l10n.text("init-periods"));
        let mut periods: Vec<(NaiveDate, String)> = d
            .onsite
            .iter()
            .map(|(a, b)| (*a, format!("[[periods]]\nkind = \"onsite\"\nstart = {a}\nend = {b}\nmode = \"residential\"\n")))
            .collect();
        if let Some((a, b)) = d.remote {
            let guidance = rules.remote_guidance.as_ref().map_or(String::new(), |r| {
                format!("guidance_hours_per_client = {}\n", r.min_hours)
            });
            periods.push((
                a,
                format!("[[periods]]\nkind = \"remote\"\nstart = {a}\nend = {b}\n{guidance}"),
            ));
        }
        periods.sort_by_key(|(a, _)| *a);
        for (_, text) in periods {
            let _ = writeln!(out, "{text}");
        }
        comment(&mut out, &l10n.text("init-contacts"));
        let _ = writeln!(out, "[[contacts]]\nkind = \"pre\"\ndate = {}\n", d.pre);
        for day in &d.interim {
            let _ = writeln!(out, "[[contacts]]\nkind = \"interim\"\ndate = {day}\n");
        }
        for day in &d.follow_up {
            let _ = writeln!(out, "[[contacts]]\nkind = \"follow-up\"\ndate = {day}\n");
        }
    }

    if request.service == Service::GroupTherapy {
        comment(&mut out, &l10n.text("init-clients-group"));
        let (count, age) = match request.age_group {
            AgeGroup::Children => (
                rules.group_size_min.as_ref().map_or(2, |r| {
                    min_of(&r.groups, AgeGroup::Children, request.therapy)
                }),
                10,
            ),
            AgeGroup::Adults => (
                rules
                    .group_size_min
                    .as_ref()
                    .map_or(3, |r| min_of(&r.groups, AgeGroup::Adults, request.therapy)),
                30,
            ),
        };
        for i in 1..=count {
            let _ = writeln!(out, "[[clients]]\nid = \"CLIENT-{i}\"\nage = {age}\n");
        }
    } else {
        comment(&mut out, &l10n.text("init-clients"));
        out.push_str(
            "# [[clients]]\n# id = \"A01\"\n# age = 50\n# decision = \n# decision_received = \n\n",
        );
    }

    comment(
        &mut out,
        &l10n.text(if roster.is_some() {
            "init-staff-roster"
        } else {
            "init-staff"
        }),
    );
    let mut n = 0;
    let mut taken: Vec<&str> = Vec::new();
    // A slot: the roles that fill it (the first is written for a placeholder), and what a
    // roster person needs besides: one of the qualifications listed for their role, one of the
    // accepted specialties, a licence where the course needs one (the service manager).
    let mut staff = |out: &mut String, slot: &Need<'_>, extra: &str| {
        n += 1;
        let role = slot.roles[0];
        let person = roster.and_then(|r| {
            r.people
                .iter()
                .find(|p| slot.fits(p) && !taken.contains(&p.name.value.as_str()))
        });
        match person {
            Some(person) => {
                taken.push(&person.name.value);
                // The roster states the person; the plan only their part in this course.
                let course_keys: String = extra
                    .lines()
                    .filter(|l| {
                        ["in_team", "personal_instructor", "service_manager"]
                            .iter()
                            .any(|k| l.starts_with(k))
                    })
                    .map(|l| format!("{l}\n"))
                    .collect();
                let name = person.name.value.replace('\\', "\\\\").replace('"', "\\\"");
                let _ = writeln!(out, "[[staff]]\nname = \"{name}\"\n{course_keys}");
            }
            None => {
                let _ = writeln!(
                    out,
                    "[[staff]]\nname = \"RENAME-{n}\"\nrole = \"{}\"\n{extra}",
                    role.id()
                );
            }
        }
    };
    if request.service == Service::GroupTherapy {
        let therapy = request.therapy.unwrap_or(Therapy::Physiotherapy);
        let leaders = rules.therapy_leaders.as_ref();
        match leaders.and_then(|r| {
            r.requirements
                .iter()
                .find(|q| q.therapies.contains(&therapy))
        }) {
            Some(req) => (0..req.count)
                .for_each(|_| staff(&mut out, &Need::role(&[req.role]), "licensed = true\n")),
            None => staff(
                &mut out,
                &Need::role(&[therapist(therapy)]),
                "licensed = true\n",
            ),
        }
    } else {
        if let Some(r) = &rules.staff_physician {
            let specialty = r
                .specialties
                .as_ref()
                .and_then(|s| s.first())
                .map_or("general-practice", |s| s.id());
            staff(
                &mut out,
                &Need {
                    specialties: r.specialties.as_deref(),
                    ..Need::role(&[Role::SpecialistPhysician])
                },
                &format!("specialty = \"{specialty}\"\nlicensed = true\n"),
            );
        }
        let mut manager = rules.staff_service_manager.is_some();
        let instructor = rules.staff_personal_instructor.is_some();
        for slot in rules.staff_mandatory.iter().flat_map(|r| &r.slots) {
            let mut extra = slot_extra(slot);
            extra.push_str("licensed = true\n");
            if instructor {
                extra.push_str("personal_instructor = true\n");
            }
            let licence = manager;
            if manager {
                extra.push_str("service_manager = true\n");
                manager = false;
            }
            staff(
                &mut out,
                &Need {
                    licensed: licence,
                    ..Need::slot(slot)
                },
                &extra,
            );
        }
        if let Some(r) = &rules.staff_optional {
            for (i, slot) in r.slots.iter().enumerate() {
                let mut extra = slot_extra(slot);
                if i >= r.min_in_team as usize {
                    extra.push_str("in_team = false\n");
                }
                staff(&mut out, &Need::slot(slot), &extra);
            }
        }
    }

    if let Some(r) = &rules.facilities {
        comment(&mut out, &l10n.text("init-facilities"));
        // Left unstated: only the provider knows its site, and the rule warns until each is
        // stated (a skeleton that said `true` would pass a site nobody has looked at).
        out.push_str("[facilities]\n");
        for item in &r.required {
            let _ = writeln!(out, "# {} = true", item.id());
        }
        if r.pool.is_some() {
            out.push_str("# pool = \"on-site\"               # or \"elsewhere\"\n");
        }
        if rules.accommodation.is_some() {
            out.push_str(
                "# accommodation_on_site = true\n# room_standard = \"double-with-bathroom\"\n",
            );
        }
        out.push('\n');
    } else if rules.accommodation.is_some() {
        out.push_str("[facilities]\n# accommodation_on_site = true\n# room_standard = \"double-with-bathroom\"\n\n");
    }
    if let Some(r) = &rules.insurance {
        comment(&mut out, &l10n.text("init-insurance"));
        out.push_str("[insurance]\n");
        for kind in &r.required {
            let _ = writeln!(out, "# {} = true", kind.id());
        }
        out.push('\n');
    }
    if let Some(r) = &rules.measurements {
        comment(&mut out, &l10n.text("init-measurements"));
        let list: Vec<String> = r
            .instruments
            .iter()
            .map(|i| format!("\"{}\"", i.id()))
            .collect();
        let _ = writeln!(out, "[measurements]\ninstruments = [{}]", list.join(", "));
    }
    Ok(out)
}

/// What a roster person must be to fill a staff slot of the skeleton.
struct Need<'a> {
    roles: &'a [Role],
    /// Per role, the qualifications of which the person needs one (none listed: any person).
    qualifications: Option<&'a std::collections::BTreeMap<Role, Vec<String>>>,
    /// The accepted specialties of a physician (any when absent).
    specialties: Option<&'a [crate::plan::Specialty]>,
    /// Licensed (the service manager).
    licensed: bool,
}

impl<'a> Need<'a> {
    fn role(roles: &'a [Role]) -> Need<'a> {
        Need {
            roles,
            qualifications: None,
            specialties: None,
            licensed: false,
        }
    }

    fn slot(slot: &'a Slot) -> Need<'a> {
        Need {
            qualifications: Some(&slot.qualifications),
            ..Need::role(&slot.roles)
        }
    }

    /// Whether a roster person qualifies: their role (aliases are read as the role), their
    /// specialty, qualifications and licence as the service description asks.
    fn fits(&self, person: &crate::plan::Staff) -> bool {
        let role = person.role.value;
        if !self.roles.contains(&role) {
            return false;
        }
        let qualified = self
            .qualifications
            .and_then(|q| q.get(&role))
            .filter(|wanted| !wanted.is_empty())
            .is_none_or(|wanted| {
                person
                    .qualifications
                    .iter()
                    .any(|q| wanted.contains(&q.value))
            });
        let specialty = self.specialties.is_none_or(|accepted| {
            matches!(
                person.specialty.as_ref().map(|s| &s.value),
                Some(crate::plan::SpecialtyValue::Known(k)) if accepted.contains(k)
            )
        });
        let licence = !self.licensed || person.licensed.as_ref().is_some_and(|l| l.value);
        qualified && specialty && licence
    }
}

fn slot_extra(slot: &Slot) -> String {
    match slot
        .qualifications
        .get(&slot.roles[0])
        .and_then(|q| q.first())
    {
        Some(q) => format!("qualifications = [\"{q}\"]\n"),
        None => String::new(),
    }
}

fn min_of(
    groups: &[crate::pack::params::GroupBound],
    group: AgeGroup,
    therapy: Option<Therapy>,
) -> u32 {
    crate::pack::params::bound_for(groups, group, therapy).unwrap_or(3)
}
