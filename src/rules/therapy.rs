//! Group therapy (002): which therapies exist as group therapy, who leads the group, and how
//! groups are formed by age (`therapy-kind`, `therapy-leaders`, `therapy-age-group`).

use super::Context;
use crate::finding::{Arg, Finding, Severity};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::AgeGroup;
use crate::pack::params::{TherapyAgeGroup, TherapyKind, TherapyLeaders};
use crate::plan::{Client, Spanned, Therapy, Vocab};

/// The ages of a group's clients.
pub enum Ages<'a> {
    /// The plan has no counted clients.
    Empty,
    /// Every client belongs to this age group.
    One(AgeGroup),
    /// Clients of both age groups.
    Mixed {
        children: Vec<&'a Client>,
        adults: Vec<&'a Client>,
    },
    /// Some clients have no `age`.
    Unknown(Vec<&'a Client>),
}

/// The age from which clients form adult groups: the edition's `therapy-age-group` figure.
fn adult_age(cx: &Context<'_>) -> Option<u32> {
    cx.rules().therapy_age_group.as_ref().map(|r| r.adult_age)
}

pub fn ages<'a>(cx: &Context<'a>) -> Ages<'a> {
    if cx.clients.is_empty() {
        return Ages::Empty;
    }
    let unknown: Vec<_> = cx
        .clients
        .iter()
        .copied()
        .filter(|c| c.age.is_none())
        .collect();
    if !unknown.is_empty() {
        return Ages::Unknown(unknown);
    }
    // An edition that does not form groups by age gives no figure: the ages cannot be judged.
    let Some(adult) = adult_age(cx).map(i64::from) else {
        return Ages::Unknown(cx.clients.clone());
    };
    let (adults, children): (Vec<&Client>, Vec<&Client>) = cx
        .clients
        .iter()
        .partition(|c| c.age.as_ref().is_some_and(|a| a.value >= adult));
    match (children.is_empty(), adults.is_empty()) {
        (true, _) => Ages::One(AgeGroup::Adults),
        (_, true) => Ages::One(AgeGroup::Children),
        _ => Ages::Mixed { children, adults },
    }
}

fn therapy(cx: &Context<'_>) -> Option<Therapy> {
    cx.plan.course.therapy.as_ref().map(Spanned::get)
}

/// Whether the therapy exists only individually; the gate that stops every other rule.
pub fn kind(cx: &Context<'_>, rule: &Cited<TherapyKind>, out: &mut Vec<Finding>) {
    let Some(therapy) = &cx.plan.course.therapy else {
        return;
    };
    if !rule.individual_only.contains(&therapy.value) {
        return;
    }
    let group_kinds = Therapy::IDS
        .iter()
        .filter(|(_, t)| !rule.individual_only.contains(t))
        .map(|(_, t)| Arg::Term(t.message_id()));
    out.push(
        rule.finding(
            Severity::Error,
            msg!(
                "therapy-kind",
                therapy = Arg::Term(therapy.value.message_id())
            ),
        )
        .at(therapy.span)
        .help(msg!("therapy-kind-help", therapies = Arg::all(group_kinds))),
    );
}

pub fn leaders(cx: &Context<'_>, rule: &Cited<TherapyLeaders>, out: &mut Vec<Finding>) {
    let team: Vec<_> = cx.plan.staff.iter().filter(|s| s.in_team()).collect();
    let therapy = therapy(cx);
    let error = |m| rule.finding(Severity::Error, m);
    let requirement = rule
        .requirements
        .iter()
        .find(|r| therapy.is_some_and(|t| r.therapies.contains(&t)));
    if let Some(req) = requirement {
        // An occupational physiotherapist is a physiotherapist here too.
        let count = team
            .iter()
            .filter(|s| super::staff::counts_as(s.role.value, req.role))
            .count();
        if count < req.count as usize {
            out.push(
                error(msg!(
                    "therapy-leaders-required",
                    therapy =
                        therapy.map_or(Arg::Str(String::new()), |t| Arg::Term(t.message_id())),
                    count = count,
                    required = req.count,
                    role = Arg::Term(req.role.message_id())
                ))
                .at(cx.staff_span())
                .help(msg!(
                    "therapy-leaders-required-help",
                    required = req.count,
                    role = req.role.id()
                )),
            );
        }
        return;
    }
    if team.is_empty() {
        out.push(
            error(msg!("therapy-leaders-none"))
                .at(cx.staff_span())
                .help(msg!("therapy-leaders-none-help")),
        );
    } else if team.len() > rule.leaders as usize {
        out.push(
            rule.finding(
                Severity::Warning,
                msg!(
                    "therapy-leaders-several",
                    count = team.len(),
                    leaders = rule.leaders
                ),
            )
            .at(team[rule.leaders as usize].header)
            .help(msg!("therapy-leaders-several-help")),
        );
    }
}

pub fn age_groups(cx: &Context<'_>, rule: &Cited<TherapyAgeGroup>, out: &mut Vec<Finding>) {
    let ids = |clients: &[&Client]| Arg::all(clients.iter().map(|c| c.id.value.clone()));
    match ages(cx) {
        Ages::Mixed { children, adults } => {
            // Point at the first client of the smaller group: the one that looks misplaced.
            let odd = if children.len() <= adults.len() {
                children[0]
            } else {
                adults[0]
            };
            out.push(
                rule.finding(
                    Severity::Warning,
                    msg!(
                        "therapy-age-group-mixed",
                        children = ids(&children),
                        adults = ids(&adults),
                        adult_age = rule.adult_age
                    ),
                )
                .at(odd.age.as_ref().map_or(odd.header, |a| a.span))
                .help(msg!("therapy-age-group-mixed-help")),
            );
        }
        Ages::Unknown(missing) => out.push(
            rule.finding(
                Severity::Note,
                msg!(
                    "therapy-age-group-unknown",
                    count = missing.len(),
                    clients = ids(&missing)
                ),
            )
            .at(missing[0].header)
            .help(msg!("therapy-age-group-unknown-help")),
        ),
        Ages::Empty | Ages::One(_) => {}
    }
}
