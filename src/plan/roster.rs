//! The provider's roster (plan-format.md, "The provider's roster"): each person of the team
//! stated once, in a file of `[[staff]]` tables named by `roster = "staff.toml"` in
//! `oras-check.toml`. A plan checked with a roster may name a person and take the rest (role,
//! specialty, qualifications, licence) from it; what a plan does state must agree with it.

use toml::de::DeTable;

use super::finnish::syntax_error;
use super::load::{StaffIn, read_staff};
use super::read::{Problems, Table, tables};
use super::{Sp, SpecialtyValue, Staff, Vocab};
use crate::finding::{Arg, Finding, Span};
use crate::msg;

/// The people of a provider, by name.
#[derive(Clone, Debug, Default)]
pub struct Roster {
    /// The file as `oras-check.toml` names it, for messages.
    pub file: String,
    pub people: Vec<Staff>,
}

impl Roster {
    /// Reads a roster's text, collecting every problem (`plan-schema` findings located in it).
    pub fn parse(file: &str, text: &str) -> Result<Roster, Vec<Finding>> {
        let root = DeTable::parse(text).map_err(|e| syntax_error(&e, text).findings)?;
        let mut p = Problems::default();
        let top = Table::new(root.get_ref(), Span::default(), "the roster");
        let mut people: Vec<Staff> = Vec::new();
        if let Some(value) = top.value("staff") {
            for (t, span) in tables(value, "staff", &mut p) {
                let Some(person) = read_staff(t, span, &mut p, StaffIn::Roster) else {
                    continue;
                };
                if people.iter().any(|o| o.name.value == person.name.value) {
                    p.push(
                        person.name.span,
                        msg!("roster-duplicate", name = person.name.value.as_str()),
                        Some(msg!("roster-duplicate-help")),
                    );
                } else {
                    people.push(person);
                }
            }
        }
        top.finish(&mut p, &["staff"]);
        if p.list.is_empty() {
            Ok(Roster {
                file: file.to_owned(),
                people,
            })
        } else {
            Err(p.list)
        }
    }

    pub fn get(&self, name: &str) -> Option<&Staff> {
        self.people.iter().find(|s| s.name.value == name)
    }
}

/// Completes a plan's `[[staff]]` entry from the roster: what the plan leaves out comes from
/// the person's roster entry (located at the plan's `name`), what it states must agree. `None`
/// when the name is not in the roster.
pub(crate) fn complete(
    staff: &mut Staff,
    role: Option<Sp<super::Role>>,
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
        None => Sp::new(person.role.value, at),
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
        (None, Some(theirs)) => staff.specialty = Some(Sp::new(theirs.value.clone(), at)),
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
        (None, Some(theirs)) => staff.licensed = Some(Sp::new(theirs.value, at)),
        _ => {}
    }
    if staff.qualifications.is_empty() {
        staff.qualifications = person
            .qualifications
            .iter()
            .map(|q| Sp::new(q.value.clone(), at))
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
fn listed(v: &[Sp<String>]) -> Vec<&str> {
    let mut v: Vec<&str> = v.iter().map(|q| q.value.as_str()).collect();
    v.sort_unstable();
    v
}
