//! A `[[staff]]` table, read in a plan or in the provider's roster, and completed from the
//! roster when the plan names a person and leaves the rest to it.

use toml::de::DeTable;

use super::read::{Problems, Table, array, boolean, text, word};
use super::{Role, Spanned, Specialty, SpecialtyValue, Staff, Vocab};
use crate::finding::{Arg, Span};
use crate::msg;

/// The keys of a roster's `[[staff]]`: the person, not their part in one course.
pub const ROSTER_KEYS: &[&str] = &["name", "role", "specialty", "qualifications", "licensed"];
pub const STAFF_KEYS: &[&str] = &[
    "name",
    "role",
    "specialty",
    "qualifications",
    "in_team",
    "personal_instructor",
    "service_manager",
    "licensed",
];

/// The people of a provider, by name.
#[derive(Clone, Debug, Default)]
pub struct Roster {
    /// The file as `oras-check.toml` names it, for messages.
    pub file: String,
    pub people: Vec<Staff>,
    /// Where each name is in `people`: a plan's staff are looked up in constant time, however
    /// large the roster.
    by_name: rustc_hash::FxHashMap<String, usize>,
}

impl Roster {
    /// A roster of `people`, each name once (the first of a repeated name wins).
    pub fn new(file: String, people: Vec<Staff>) -> Roster {
        let mut by_name = rustc_hash::FxHashMap::default();
        for (i, person) in people.iter().enumerate() {
            by_name.entry(person.name.value.clone()).or_insert(i);
        }
        Roster {
            file,
            people,
            by_name,
        }
    }

    pub fn get(&self, name: &str) -> Option<&Staff> {
        self.by_name.get(name).map(|&i| &self.people[i])
    }
}

/// Where a `[[staff]]` table is read: a plan, a plan whose provider keeps a roster, or the
/// roster itself.
#[derive(Clone, Copy)]
pub(crate) enum StaffIn<'r> {
    Plan,
    PlanWithRoster(&'r super::Roster),
    Roster,
}

pub(crate) fn read_staff(
    t: &DeTable<'_>,
    span: Span,
    p: &mut Problems,
    place: StaffIn<'_>,
) -> Option<Staff> {
    let (name, keys) = match place {
        StaffIn::Roster => ("[[staff]]", ROSTER_KEYS),
        _ => ("[[staff]]", STAFF_KEYS),
    };
    let t = Table::new(t, span, name);
    let name = t.req(p, "name", text);
    // With a roster, a plan may name a person and take the rest from it.
    let role = match place {
        StaffIn::PlanWithRoster(_) => t.opt(p, "role", word::<Role>),
        _ => t.req(p, "role", word::<Role>),
    };
    let specialty = t.opt(p, "specialty", |v, s, k, p| {
        let word = text(v, s, k, p)?;
        Ok(Specialty::parse(&word).map_or(SpecialtyValue::Other(word), SpecialtyValue::Known))
    });
    let qualifications = t.opt(p, "qualifications", |v, s, k, p| array(v, s, k, p, text));
    let course_level = !matches!(place, StaffIn::Roster);
    let mut course_key = |key| course_level.then(|| t.opt(p, key, boolean)).flatten();
    let in_team = course_key("in_team");
    let personal_instructor = course_key("personal_instructor");
    let service_manager = course_key("service_manager");
    let licensed = t.opt(p, "licensed", boolean);
    t.finish(p, keys);
    let name = name?;
    let mut staff = Staff {
        header: span,
        role: Spanned::new(Role::OtherProfessional, name.span),
        name,
        specialty,
        qualifications: qualifications.map(|q| q.value).unwrap_or_default(),
        in_team,
        personal_instructor,
        service_manager,
        licensed,
    };
    // A placeholder `init` wrote (`RENAME-4`) names nobody, in the roster or out of it: it is
    // the `placeholder` warning, read with the role the skeleton gave it.
    let placeholder = staff.name.value.trim().starts_with(super::PLACEHOLDER);
    match (place, role) {
        (StaffIn::PlanWithRoster(_), Some(role)) if placeholder => staff.role = role,
        (StaffIn::PlanWithRoster(roster), role) => {
            complete(&mut staff, role, roster, p)?;
        }
        (_, Some(role)) => staff.role = role,
        (_, None) => return None,
    }
    Some(staff)
}

/// Completes a plan's `[[staff]]` entry from the roster: what the plan leaves out comes from
/// the person's roster entry (located at the plan's `name`), what it states must agree. `None`
/// when the name is not in the roster.
pub(crate) fn complete(
    staff: &mut Staff,
    role: Option<Spanned<super::Role>>,
    roster: &Roster,
    p: &mut Problems,
) -> Option<()> {
    let name = staff.name.value.clone();
    let Some(person) = roster.get(&name) else {
        let help = super::suggest(&name, roster.people.iter().map(|s| s.name.value.as_str()))
            .map(|s| msg!("schema-did-you-mean", suggestion = s))
            .unwrap_or_else(|| {
                msg!(
                    "roster-unknown-help",
                    name = name.as_str(),
                    file = roster.file.as_str()
                )
            });
        p.push(
            staff.name.span,
            msg!(
                "roster-unknown",
                name = name.as_str(),
                file = roster.file.as_str()
            ),
            Some(help),
        );
        return None;
    };
    let at = staff.name.span;
    let mut differs = |key: &'static str, span: Span, plan: Arg, listed: Arg| {
        p.push(
            span,
            msg!(
                "roster-differs",
                key = key,
                name = name.as_str(),
                plan = plan,
                roster = listed,
                file = roster.file.as_str()
            ),
            Some(msg!("roster-differs-help", key = key)),
        );
    };
    staff.role = match role {
        Some(r) if r.value != person.role.value => {
            differs(
                "role",
                r.span,
                r.value.id().into(),
                person.role.value.id().into(),
            );
            r
        }
        Some(r) => r,
        None => Spanned::new(person.role.value, at),
    };
    let shown = |s: &SpecialtyValue| -> Arg {
        match s {
            SpecialtyValue::Known(k) => k.id().into(),
            SpecialtyValue::Other(w) => w.as_str().into(),
        }
    };
    match (&staff.specialty, &person.specialty) {
        (Some(mine), Some(theirs)) if mine.value != theirs.value => {
            differs(
                "specialty",
                mine.span,
                shown(&mine.value),
                shown(&theirs.value),
            );
        }
        (None, Some(theirs)) => staff.specialty = Some(Spanned::new(theirs.value.clone(), at)),
        _ => {}
    }
    match (&staff.licensed, &person.licensed) {
        (Some(mine), Some(theirs)) if mine.value != theirs.value => {
            differs(
                "licensed",
                mine.span,
                mine.value.to_string().into(),
                theirs.value.to_string().into(),
            );
        }
        (None, Some(theirs)) => staff.licensed = Some(Spanned::new(theirs.value, at)),
        _ => {}
    }
    if staff.qualifications.is_empty() {
        staff.qualifications = person
            .qualifications
            .iter()
            .map(|q| Spanned::new(q.value.clone(), at))
            .collect();
    } else if listed(&staff.qualifications) != listed(&person.qualifications) {
        let span = staff.qualifications[0].span;
        differs(
            "qualifications",
            span,
            Arg::all(listed(&staff.qualifications)),
            Arg::all(listed(&person.qualifications)),
        );
    }
    Some(())
}

/// Qualifications as a sorted list, to compare them as sets.
fn listed(v: &[Spanned<String>]) -> Vec<&str> {
    let mut v: Vec<&str> = v.iter().map(|q| q.value.as_str()).collect();
    v.sort_unstable();
    v
}
