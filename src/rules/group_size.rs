//! `group-size-max`, `group-size-min`, `start-threshold`: how many clients a course takes.
//!
//! Clients count when their status is `enrolled` or `transferred-in`. The maximum may never be
//! exceeded ("Kuntoutuksen palvelukuvauksessa määriteltyä osallistujien enimmäismäärä ei voi
//! ylittää"); below the minimum a course may not start; at the start threshold it must start.

use super::Context;
use crate::finding::{Finding, Severity};
use crate::msg;
use crate::plan::Status;

pub fn max(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(rule) = &cx.rules().group_size_max else {
        return;
    };
    let max = rule.max as usize;
    let count = cx.clients.len();
    // Point at the first client beyond the maximum: that is the one to move.
    let Some(first_over) = cx.clients.get(max) else {
        return;
    };
    out.push(
        Finding::new(
            "group-size-max",
            Severity::Error,
            msg!("group-size-max", count = count, max = max),
        )
        .at_labelled(
            first_over.header,
            msg!("group-size-max-label", position = max + 1),
        )
        .client(&first_over.id.value)
        .help(msg!("group-size-max-help", max = max))
        .cite(&rule.meta.source),
    );
}

pub fn min(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(rule) = &cx.rules().group_size_min else {
        return;
    };
    let severity = match cx.status() {
        Status::Confirmed | Status::Started | Status::Completed => Severity::Error,
        Status::Planned => Severity::Warning,
        Status::Postponed | Status::Cancelled => return,
    };
    let count = cx.clients.len();
    if count >= rule.min as usize {
        return;
    }
    out.push(
        Finding::new(
            "group-size-min",
            severity,
            msg!("group-size-min", count = count, min = rule.min),
        )
        .at_labelled(
            cx.plan.course.status_span(),
            msg!("label-status", status = cx.status().to_string()),
        )
        .help(msg!("group-size-min-help", min = rule.min))
        .cite(&rule.meta.source),
    );
}

pub fn start_threshold(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(rule) = &cx.rules().start_threshold else {
        return;
    };
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
                Finding::new(
                    "start-threshold",
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
                ))
                .cite(&rule.meta.source),
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
        .map_or(0, |r| r.min as usize);
    let count = cx.clients.len();
    if count >= min && count < threshold as usize {
        out.push(
            Finding::new(
                "start-threshold",
                Severity::Note,
                msg!(
                    "start-threshold-below",
                    count = count,
                    threshold = threshold,
                    min = min
                ),
            )
            .at(cx.plan.course.status_span())
            .cite(&rule.meta.source),
        );
    }
}
