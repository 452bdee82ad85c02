//! The multiprofessional team (`staff-physician`, `staff-mandatory`, `staff-optional`,
//! `staff-personal-instructor`, `staff-service-manager`).
//!
//! One person fills at most one slot. People are matched to slots with augmenting paths (a
//! maximum bipartite matching), never greedily: a nurse who is also the only candidate for
//! another slot must not be spent on a slot someone else could fill. Mandatory slots are
//! matched first, so optional slots only get who is left.

use super::Context;
use crate::finding::{Arg, Finding, Severity};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::Slot;
use crate::pack::params::{
    StaffMandatory, StaffOptional, StaffPersonalInstructor, StaffPhysician, StaffServiceManager,
};
use crate::plan::{Role, Spanned, SpecialtyValue, Staff, Vocab};

/// Whether someone of role `role` counts as a `wanted` professional. An occupational
/// physiotherapist (työfysioterapeutti: a physiotherapist with occupational-health training) is a
/// physiotherapist in every edition (rule catalogue, December 2026).
pub(crate) fn counts_as(role: Role, wanted: Role) -> bool {
    role == wanted || (role == Role::OccupationalPhysiotherapist && wanted == Role::Physiotherapist)
}

/// Whether `person` can fill `slot`.
fn fills(person: &Staff, slot: &Slot) -> bool {
    let role = person.role.value;
    slot.roles.iter().any(|wanted| {
        counts_as(role, *wanted)
            && slot
                .qualifications
                .get(wanted)
                .is_none_or(|needed| needed.iter().any(|q| person.has_qualification(q)))
    })
}

/// A maximum matching of `slots` (in priority order) to `people`: for each slot, the index of
/// the person filling it. Kuhn's algorithm; augmenting paths never unfill an earlier slot, so
/// earlier slots keep priority.
fn assign(slots: &[&Slot], people: &[&Staff]) -> Vec<Option<usize>> {
    fn augment(
        slot: usize,
        slots: &[&Slot],
        people: &[&Staff],
        seen: &mut [bool],
        holder: &mut [Option<usize>],
    ) -> bool {
        for (p, person) in people.iter().enumerate() {
            if seen[p] || !fills(person, slots[slot]) {
                continue;
            }
            seen[p] = true;
            if holder[p].is_none_or(|other| augment(other, slots, people, seen, holder)) {
                holder[p] = Some(slot);
                return true;
            }
        }
        false
    }
    let mut holder: Vec<Option<usize>> = vec![None; people.len()];
    for slot in 0..slots.len() {
        let mut seen = vec![false; people.len()];
        augment(slot, slots, people, &mut seen, &mut holder);
    }
    let mut by_slot = vec![None; slots.len()];
    for (person, slot) in holder.iter().enumerate() {
        if let Some(slot) = slot {
            by_slot[*slot] = Some(person);
        }
    }
    by_slot
}

fn in_team<'a>(cx: &Context<'a>) -> Vec<&'a Staff> {
    cx.plan.staff.iter().filter(|s| s.in_team()).collect()
}

fn roles_arg(roles: &[Role]) -> Arg {
    Arg::any(roles.iter().map(|r| Arg::Term(r.message_id())))
}

pub fn physician(cx: &Context<'_>, rule: &Cited<StaffPhysician>, out: &mut Vec<Finding>) {
    let physicians: Vec<_> = in_team(cx)
        .into_iter()
        .filter(|s| s.role.value == Role::SpecialistPhysician)
        .collect();
    let error = |m| rule.finding(Severity::Error, m);
    let Some(first) = physicians.first() else {
        out.push(
            error(msg!("staff-physician-missing"))
                .at(cx.staff_span())
                .help(msg!("staff-physician-missing-help")),
        );
        return;
    };
    let Some(accepted) = &rule.specialties else {
        return;
    };
    let qualifies = |s: &&Staff| matches!(&s.specialty, Some(Spanned { value: SpecialtyValue::Known(k), .. }) if accepted.contains(k));
    if physicians.iter().any(qualifies) {
        return;
    }
    // Plan values, quoted as the planner writes them.
    let wanted = Arg::any(accepted.iter().map(|s| format!("\"{}\"", s.id())));
    let finding = match &first.specialty {
        Some(specialty) => {
            let stated = match &specialty.value {
                SpecialtyValue::Known(k) => format!("\"{}\"", k.id()),
                SpecialtyValue::Other(word) => format!("\"{word}\""),
            };
            error(msg!(
                "staff-physician-specialty",
                name = &first.name.value,
                specialty = stated,
                wanted = wanted.clone()
            ))
            .at(specialty.span)
        }
        None => error(msg!(
            "staff-physician-no-specialty",
            name = &first.name.value,
            wanted = wanted.clone()
        ))
        .at(first.header),
    };
    out.push(finding.help(msg!("staff-physician-specialty-help", wanted = wanted)));
}

pub fn mandatory(cx: &Context<'_>, rule: &Cited<StaffMandatory>, out: &mut Vec<Finding>) {
    let people = in_team(cx);
    let slots: Vec<&Slot> = rule.slots.iter().collect();
    for (slot, holder) in slots.iter().zip(assign(&slots, &people)) {
        if holder.is_some() {
            continue;
        }
        let mut f = rule
            .finding(
                Severity::Error,
                msg!("staff-mandatory", roles = roles_arg(&slot.roles)),
            )
            .at(cx.staff_span())
            .help(msg!("staff-mandatory-help", roles = roles_arg(&slot.roles)));
        // Someone with the right title but without the qualification: say why they do not count.
        for person in people.iter().filter(|p| slot.roles.contains(&p.role.value)) {
            if let Some(needed) = slot.qualifications.get(&person.role.value)
                && !fills(person, slot)
            {
                f = f.also(
                    person.role.span,
                    msg!(
                        "label-lacks-qualification",
                        name = &person.name.value,
                        qualifications = Arg::any(needed.iter().map(|q| format!("\"{q}\"")))
                    ),
                );
            }
        }
        // Everyone who could fill it is already taken by another slot.
        if people.iter().any(|p| fills(p, slot)) {
            f = f.help(msg!(
                "staff-mandatory-taken-help",
                roles = roles_arg(&slot.roles)
            ));
        }
        out.push(f);
    }
}

pub fn optional(cx: &Context<'_>, rule: &Cited<StaffOptional>, out: &mut Vec<Finding>) {
    let people = in_team(cx);
    let mandatory: Vec<&Slot> = cx
        .rules()
        .staff_mandatory
        .as_ref()
        .map(|m| m.slots.iter().collect())
        .unwrap_or_default();
    let slots: Vec<&Slot> = mandatory.iter().copied().chain(rule.slots.iter()).collect();
    let filled = assign(&slots, &people)[mandatory.len()..]
        .iter()
        .filter(|h| h.is_some())
        .count();
    if filled < rule.min_in_team as usize {
        let all_roles = slot_roles(&rule.slots);
        out.push(
            rule.finding(
                Severity::Error,
                msg!(
                    "staff-optional-in-team",
                    count = filled,
                    min = rule.min_in_team
                ),
            )
            .at(cx.plan.course.service.span)
            .help(msg!(
                "staff-optional-in-team-help",
                min = rule.min_in_team,
                roles = roles_arg(&all_roles)
            )),
        );
    }
    // Every optional professional must be available to the provider, in this team or not.
    let everyone: Vec<&Staff> = cx.plan.staff.iter().collect();
    for slot in &rule.slots {
        if !everyone.iter().any(|p| fills(p, slot)) {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!("staff-optional-unavailable", roles = roles_arg(&slot.roles)),
                )
                .at(cx.plan.course.service.span)
                .help(msg!(
                    "staff-optional-unavailable-help",
                    role = slot.roles[0].id()
                )),
            );
        }
    }
}

pub fn personal_instructor(
    cx: &Context<'_>,
    rule: &Cited<StaffPersonalInstructor>,
    out: &mut Vec<Finding>,
) {
    let instructors: Vec<_> = in_team(cx)
        .into_iter()
        .filter(|s| s.personal_instructor())
        .collect();
    if instructors.is_empty() {
        out.push(
            rule.finding(Severity::Error, msg!("staff-personal-instructor-missing"))
                .at(cx.staff_span())
                .help(msg!("staff-personal-instructor-missing-help")),
        );
    }
    let Some(mandatory) = cx
        .rules()
        .staff_mandatory
        .as_ref()
        .filter(|_| rule.mandatory_role)
    else {
        return;
    };
    for person in instructors {
        if mandatory.slots.iter().any(|slot| fills(person, slot)) {
            continue;
        }
        let span = person
            .personal_instructor
            .as_ref()
            .map_or(person.header, |v| v.span);
        let roles = slot_roles(&mandatory.slots);
        out.push(
            rule.finding(
                Severity::Error,
                msg!(
                    "staff-personal-instructor-role",
                    name = &person.name.value,
                    role = Arg::Term(person.role.value.message_id())
                ),
            )
            .at(span)
            .help(msg!(
                "staff-personal-instructor-role-help",
                roles = roles_arg(&roles)
            )),
        );
    }
}

pub fn service_manager(
    cx: &Context<'_>,
    rule: &Cited<StaffServiceManager>,
    out: &mut Vec<Finding>,
) {
    let managers: Vec<_> = cx
        .plan
        .staff
        .iter()
        .filter(|s| s.service_manager())
        .collect();
    let error = |m| rule.finding(Severity::Error, m);
    match managers.as_slice() {
        [] => out.push(
            error(msg!("staff-service-manager-missing"))
                .at(cx.staff_span())
                .help(msg!("staff-service-manager-missing-help")),
        ),
        [only] => {
            // "terveydenhuollon ammattihenkilö … laillistettuna ammattihenkilönä": a licensed
            // health-care profession, and licensed.
            let role = only.role.value;
            if !rule.roles.iter().any(|r| counts_as(role, *r)) {
                out.push(
                    error(msg!(
                        "staff-service-manager-role",
                        name = &only.name.value,
                        role = Arg::Term(role.message_id())
                    ))
                    .at(only.role.span)
                    .help(msg!(
                        "staff-service-manager-role-help",
                        roles = roles_arg(&rule.roles)
                    )),
                );
            }
            if !only.licensed() {
                let span = only.licensed.as_ref().map_or(only.header, |v| v.span);
                out.push(
                    error(msg!(
                        "staff-service-manager-unlicensed",
                        name = &only.name.value
                    ))
                    .at(span)
                    .help(msg!("staff-service-manager-unlicensed-help")),
                );
            }
        }
        [first, second, ..] => {
            let span = |s: &Staff| s.service_manager.as_ref().map_or(s.header, |v| v.span);
            out.push(
                error(msg!(
                    "staff-service-manager-several",
                    count = managers.len()
                ))
                .at(span(second))
                .also(
                    span(first),
                    msg!("label-first-service-manager", name = &first.name.value),
                )
                .help(msg!("staff-service-manager-several-help")),
            );
        }
    }
}

/// Every role the slots name, in slot order.
fn slot_roles(slots: &[Slot]) -> Vec<Role> {
    slots.iter().flat_map(|s| s.roles.iter().copied()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Span;
    use std::collections::BTreeMap;

    fn person(role: Role, qualifications: &[&str]) -> Staff {
        let sp = |v| Spanned::new(v, Span::default());
        Staff {
            header: Span::default(),
            name: sp("x".to_owned()),
            role: Spanned::new(role, Span::default()),
            specialty: None,
            qualifications: qualifications.iter().map(|q| sp(q.to_string())).collect(),
            in_team: None,
            personal_instructor: None,
            service_manager: None,
            licensed: None,
        }
    }

    fn slot(roles: &[Role]) -> Slot {
        Slot {
            roles: roles.to_vec(),
            qualifications: BTreeMap::new(),
        }
    }

    #[test]
    fn matching_is_not_greedy() {
        // Slot A takes a nurse or a psychologist, slot B only a nurse. Greedy assignment gives
        // the nurse to A and leaves B empty; the matching must give A the psychologist.
        let a = slot(&[Role::Nurse, Role::Psychologist]);
        let b = slot(&[Role::Nurse]);
        let nurse = person(Role::Nurse, &[]);
        let psychologist = person(Role::Psychologist, &[]);
        let got = assign(&[&a, &b], &[&nurse, &psychologist]);
        assert_eq!(got, vec![Some(1), Some(0)]);
    }

    #[test]
    fn one_person_fills_one_slot() {
        let a = slot(&[Role::Nurse]);
        let b = slot(&[Role::Nurse]);
        let nurse = person(Role::Nurse, &[]);
        assert_eq!(assign(&[&a, &b], &[&nurse]), vec![Some(0), None]);
    }

    #[test]
    fn qualifications_gate_a_role() {
        let mut s = slot(&[Role::Psychotherapist, Role::Nurse]);
        s.qualifications
            .insert(Role::Nurse, vec!["psychiatric-specialisation".into()]);
        assert!(!fills(&person(Role::Nurse, &[]), &s));
        assert!(fills(
            &person(Role::Nurse, &["psychiatric-specialisation"]),
            &s
        ));
        assert!(fills(&person(Role::Psychotherapist, &[]), &s));
    }
}
