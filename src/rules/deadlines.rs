//! Deadlines that run after the rehabilitation: the rehabilitation feedback (kuntoutuspalaute)
//! and the invoice of each period (`feedback-deadline`, `invoice-deadline`). A withdrawn client
//! still gets the short feedback, which has no deadline: a note.
//!
//! Whether something not yet done is late depends on the day the check is made (`--as-of`):
//! past its deadline it is an error, before it a note saying when it is due.

use crate::pack::Cited;
use crate::pack::params::{Days, Months};
use chrono::NaiveDate;

use super::{Context, Due, client_late};
use crate::finding::{Finding, Severity};
use crate::msg;
use crate::plan::{Client, PeriodKind};

pub fn feedback(cx: &Context<'_>, rule: &Cited<Days>, out: &mut Vec<Finding>) {
    let mut due_later: Vec<(&Client, NaiveDate, NaiveDate)> = Vec::new();
    for client in &cx.clients {
        let Some((last, last_span)) = cx.last_meeting(client) else {
            continue;
        };
        let deadline = rule.after(last);
        match Due::of(&client.feedback_sent, deadline, cx.as_of) {
            Due::Late(sent) => out.push(client_late(
                &rule.citation,
                client,
                sent.span,
                (
                    last_span,
                    msg!("label-last-meeting", client = &client.id.value),
                ),
                msg!(
                    "feedback-late",
                    client = &client.id.value,
                    sent = sent.value,
                    last = last,
                    days = rule.days,
                    deadline = deadline
                ),
                msg!("feedback-late-help"),
            )),
            Due::Kept => {}
            Due::Overdue => out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "feedback-overdue",
                        client = &client.id.value,
                        deadline = deadline,
                        last = last,
                        as_of = cx.as_of
                    ),
                )
                .at(client.header)
                .client(&client.id.value)
                .help(msg!("feedback-overdue-help")),
            ),
            Due::Open => due_later.push((client, last, deadline)),
        }
    }
    // An interrupted rehabilitation still gets the short feedback (004 "Lyhyt kuntoutuspalaute
    // … Toimita Kelaan, jos asiakkaan kuntoutus on keskeytynyt"); the source gives no deadline.
    for client in cx
        .plan
        .clients
        .iter()
        .filter(|c| !c.counts() && c.feedback_sent.is_none())
    {
        let span = client.status.as_ref().map_or(client.header, |s| s.span);
        out.push(
            rule.finding(
                Severity::Note,
                msg!("feedback-withdrawn", client = &client.id.value),
            )
            .at(span)
            .client(&client.id.value)
            .help(msg!("feedback-withdrawn-help")),
        );
    }
    // A course whose clients all share one deadline gets one note, not one per client.
    let uniform =
        due_later.len() == cx.clients.len() && due_later.windows(2).all(|w| w[0].2 == w[1].2);
    match due_later.as_slice() {
        [] => {}
        [(_, last, deadline), ..] if uniform && due_later.len() > 1 => out.push(
            rule.finding(
                Severity::Note,
                msg!(
                    "feedback-due-all",
                    deadline = *deadline,
                    last = *last,
                    days = rule.days
                ),
            )
            .clients(due_later.iter().map(|(c, ..)| c.id.value.as_str()))
            .at(cx
                .plan
                .clients
                .first()
                .map_or(cx.course_span(), |c| c.header)),
        ),
        _ => {
            for (client, last, deadline) in due_later {
                out.push(
                    rule.finding(
                        Severity::Note,
                        msg!(
                            "feedback-due",
                            client = &client.id.value,
                            deadline = deadline,
                            last = last,
                            days = rule.days
                        ),
                    )
                    .at(client.header)
                    .client(&client.id.value),
                );
            }
        }
    }
}

pub fn invoice(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let mut periods: Vec<_> = cx.onsite.iter().chain(&cx.remote).collect();
    periods.sort_by_key(|p| (p.end.value, p.start.value));
    for period in periods {
        let end = period.end.value;
        let deadline = rule.after(end);
        let kind = match period.kind.value {
            PeriodKind::Onsite => "onsite",
            PeriodKind::Remote => "remote",
        };
        match Due::of(&period.invoiced, deadline, cx.as_of) {
            Due::Late(invoiced) => out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "invoice-late",
                        kind = kind,
                        end = end,
                        invoiced = invoiced.value,
                        months = rule.months,
                        deadline = deadline
                    ),
                )
                .at(invoiced.span)
                .also(period.end.span, msg!("label-period-ends"))
                .help(msg!("invoice-late-help")),
            ),
            Due::Kept => {}
            Due::Overdue => out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "invoice-overdue",
                        kind = kind,
                        end = end,
                        deadline = deadline,
                        as_of = cx.as_of
                    ),
                )
                .at(period.end.span)
                .help(msg!("invoice-overdue-help")),
            ),
            Due::Open => out.push(
                rule.finding(
                    Severity::Note,
                    msg!("invoice-due", kind = kind, end = end, deadline = deadline),
                )
                .at(period.end.span),
            ),
        }
    }
}
