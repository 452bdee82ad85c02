//! Cancelling and postponing a course (`cancellation-window`, `cancellation-notice`,
//! `postponement`).
//!
//! The windows depend on how many clients had a decision when the course was cancelled: with
//! none, "aikaisintaan 2 kuukautta ja viimeistään 2–3 viikkoa ennen" (the catalogue reads 2 weeks
//! as the hard limit and 3 weeks as the safe one); with some but fewer than the start threshold,
//! "aikaisintaan 3 viikkoa ennen". At or above the threshold the course must start, which is
//! `start-threshold`'s business.

use super::Context;
use crate::finding::{Arg, Finding, Severity};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::{CancellationNotice, CancellationWindow, Postponement};
use crate::plan::{Status, Vocab};

pub fn window(cx: &Context<'_>, rule: &Cited<CancellationWindow>, out: &mut Vec<Finding>) {
    let (Status::Cancelled, Some(table)) = (cx.status(), &cx.plan.cancellation) else {
        return;
    };
    let start = cx.plan.course.start.value;
    let date = table.date.value;
    let decisions = table.clients_with_decisions.value;
    let threshold = cx
        .rules()
        .start_threshold
        .as_ref()
        .map_or(i64::MAX, |t| i64::from(t.threshold));
    let finding = |severity, message| {
        rule.finding(severity, message)
            .at(table.date.span)
            .also(cx.course_span(), msg!("label-course-starts"))
            .also(
                table.clients_with_decisions.span,
                msg!("label-decisions", count = decisions),
            )
    };
    if date > start {
        out.push(
            finding(
                Severity::Error,
                msg!("cancellation-after-start", date = date, start = start),
            )
            .help(msg!("cancellation-after-start-help")),
        );
        return;
    }
    if decisions == 0 {
        let earliest = rule.empty_earliest(start);
        let latest = rule.empty_latest(start);
        let safe = rule.empty_safe(start);
        let help = msg!(
            "cancellation-empty-help",
            earliest = earliest,
            safe = safe,
            latest = latest
        );
        let verdict = if date < earliest {
            Some((
                Severity::Error,
                msg!(
                    "cancellation-empty-early",
                    date = date,
                    months = rule.empty_earliest_months,
                    earliest = earliest
                ),
            ))
        } else if date > latest {
            Some((
                Severity::Error,
                msg!(
                    "cancellation-empty-late",
                    date = date,
                    days = rule.empty_latest_days,
                    latest = latest
                ),
            ))
        } else if date > safe {
            Some((
                Severity::Warning,
                msg!(
                    "cancellation-empty-unsafe",
                    date = date,
                    days = rule.empty_safe_days,
                    safe = safe
                ),
            ))
        } else {
            None
        };
        if let Some((severity, message)) = verdict {
            out.push(finding(severity, message).help(help));
        }
    } else if decisions < threshold {
        let earliest = rule.near_minimum_earliest(start);
        if date < earliest {
            out.push(
                finding(
                    Severity::Error,
                    msg!(
                        "cancellation-near-minimum-early",
                        date = date,
                        count = decisions,
                        days = rule.near_minimum_earliest_days,
                        earliest = earliest
                    ),
                )
                .help(msg!(
                    "cancellation-near-minimum-early-help",
                    earliest = earliest
                )),
            );
        }
    }
}

pub fn notice(cx: &Context<'_>, rule: &Cited<CancellationNotice>, out: &mut Vec<Finding>) {
    let (Status::Cancelled, Some(table)) = (cx.status(), &cx.plan.cancellation) else {
        return;
    };
    let told: Vec<_> = table
        .notified
        .as_ref()
        .map(|n| n.value.iter().map(|p| p.value).collect())
        .unwrap_or_default();
    let missing: Vec<_> = rule.parties.iter().filter(|p| !told.contains(p)).collect();
    if missing.is_empty() {
        return;
    }
    let span = table.notified.as_ref().map_or(table.header, |n| n.span);
    out.push(
        rule.finding(
            Severity::Warning,
            msg!(
                "cancellation-notice",
                count = missing.len(),
                missing = Arg::all(missing.iter().map(|p| Arg::Term(p.message_id())))
            ),
        )
        .at(span)
        .help(msg!(
            "cancellation-notice-help",
            ids = Arg::all(missing.iter().map(|p| format!("\"{}\"", p.id())))
        )),
    );
}

pub fn postponement(cx: &Context<'_>, rule: &Cited<Postponement>, out: &mut Vec<Finding>) {
    let Some(table) = &cx.plan.postponement else {
        return;
    };
    let (original, new) = (&table.original_start, &table.new_start);
    let error = |m| rule.finding(Severity::Error, m);
    if rule.same_year
        && chrono::Datelike::year(&new.value) != chrono::Datelike::year(&original.value)
    {
        out.push(
            error(msg!(
                "postponement-year",
                original = original.value,
                new = new.value
            ))
            .at(new.span)
            .also(original.span, msg!("label-original-start"))
            .help(msg!("postponement-year-help")),
        );
    }
    // "siirtää alkamaan myöhemmin": a postponed course starts later than it would have.
    if rule.later && new.value <= original.value {
        out.push(
            error(msg!(
                "postponement-earlier",
                original = original.value,
                new = new.value
            ))
            .at(new.span)
            .also(original.span, msg!("label-original-start"))
            .help(msg!("postponement-earlier-help")),
        );
    }
    if new.value != cx.plan.course.start.value {
        out.push(
            error(msg!(
                "postponement-start",
                new = new.value,
                start = cx.plan.course.start.value
            ))
            .at(new.span)
            .also(cx.course_span(), msg!("label-course-starts"))
            .help(msg!("postponement-start-help")),
        );
    }
}
