//! `group-size-max`, `group-size-min`, `start-threshold`: how many clients a course takes.
//!
//! Clients count when their status is `enrolled` or `transferred-in`. The maximum may never be
//! exceeded ("Kuntoutuksen palvelukuvauksessa määriteltyä osallistujien enimmäismäärä ei voi
//! ylittää"); below the minimum a course may not start; at the start threshold it must start.

use super::{Context, therapy};
use crate::finding::{Finding, Severity};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::{AgeGroup, GroupBound, bound_for};
use crate::pack::params::{GroupSizeMax, GroupSizeMin, StartThreshold};
use crate::plan::Status;

/// The bound that applies to this plan: the course's own figure, or, for group therapy, the one
/// of its age group and therapy. `None` when it cannot be known (mixed or unknown ages, which
/// `therapy-age-group` reports).
fn bound(cx: &Context<'_>, fixed: Option<u32>, groups: &[GroupBound]) -> Option<u32> {
    if groups.is_empty() {
        return fixed;
    }
    let therapy = cx.plan.course.therapy.as_ref().map(|t| t.value);
    match therapy::ages(cx) {
        therapy::Ages::One(group) => bound_for(groups, group, therapy),
        // No clients at all: the smallest group either age group may form.
        therapy::Ages::Empty => [AgeGroup::Children, AgeGroup::Adults]
            .into_iter()
            .filter_map(|g| bound_for(groups, g, therapy))
            .min(),
        therapy::Ages::Mixed { .. } | therapy::Ages::Unknown(_) => None,
    }
}

/// "the course" or, for group therapy, "the group".
fn unit(groups: &[GroupBound]) -> &'static str {
    if groups.is_empty() { "course" } else { "group" }
}

pub fn max(cx: &Context<'_>, rule: &Cited<GroupSizeMax>, out: &mut Vec<Finding>) {
    let Some(max) = bound(cx, rule.max, &rule.groups) else {
        return;
    };
    let max = max as usize;
    let count = cx.clients.len();
    // Point at the first client beyond the maximum: that is the one to move.
    let Some(first_over) = cx.clients.get(max) else {
        return;
    };
    let unit = unit(&rule.groups);
    let message = msg!("group-size-max", count = count, max = max, unit = unit);
    let label = msg!("group-size-max-label", position = max + 1);
    let help = msg!("group-size-max-help", max = max);
    let finding = rule.finding(Severity::Error, message);
    out.push(
        finding
            .at_labelled(first_over.header, label)
            .client(&first_over.id.value)
            .help(help),
    );
}

pub fn min(cx: &Context<'_>, rule: &Cited<GroupSizeMin>, out: &mut Vec<Finding>) {
    let severity = match cx.status() {
        Status::Confirmed | Status::Started | Status::Completed => Severity::Error,
        Status::Planned => rule.planned,
        Status::Postponed | Status::Cancelled => return,
    };
    let Some(min) = bound(cx, rule.min, &rule.groups) else {
        return;
    };
    let count = cx.clients.len();
    if count >= min as usize {
        return;
    }
    let unit = unit(&rule.groups);
    let message = msg!("group-size-min", count = count, min = min, unit = unit);
    // At the status: a planned course may still fill; a confirmed one is short.
    let label = msg!("label-status", status = cx.status().to_string());
    let finding = rule.finding(severity, message);
    let help = msg!("group-size-min-help", min = min);
    out.push(
        finding
            .at_labelled(cx.plan.course.status_span(), label)
            .help(help),
    );
}

pub fn start_threshold(cx: &Context<'_>, rule: &Cited<StartThreshold>, out: &mut Vec<Finding>) {
    let threshold = i64::from(rule.threshold);
    let decisions = match cx.status() {
        Status::Cancelled => cx
            .plan
            .cancellation
            .as_ref()
            .map(|c| &c.clients_with_decisions),
        Status::Postponed => cx
            .plan
            .postponement
            .as_ref()
            .map(|p| &p.clients_with_decisions),
        _ => None,
    };
    if let Some(decisions) = decisions {
        if decisions.value >= threshold {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "start-threshold-must-start",
                        status = cx.status().to_string(),
                        count = decisions.value,
                        threshold = threshold
                    ),
                )
                .at(decisions.span)
                .help(msg!(
                    "start-threshold-must-start-help",
                    threshold = threshold
                )),
            );
        }
        return;
    }
    if matches!(cx.status(), Status::Cancelled | Status::Postponed) {
        return;
    }
    // The course goes ahead: below the threshold that is the provider's choice, worth a note.
    let min = cx
        .rules()
        .group_size_min
        .as_ref()
        .and_then(|r| r.min)
        .unwrap_or(0) as usize;
    let count = cx.clients.len();
    if count >= min && count < threshold as usize {
        out.push(
            rule.finding(
                Severity::Note,
                msg!(
                    "start-threshold-below",
                    count = count,
                    threshold = threshold,
                    min = min
                ),
            )
            .at(cx.plan.course.status_span()),
        );
    }
}
