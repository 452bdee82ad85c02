//! Per-client rules: the deadlines that run from each client's rehabilitation decision, and age
//! (`client-preliminary-agreement`, `client-confirmation`, `client-decision-window`,
//! `client-duration`, `client-age`). Withdrawn clients are skipped.
//!
//! A client whose dates are missing is not checked; the rule says so once per set of missing
//! keys, in a note listing those clients. A date still to be recorded is an error once `--as-of`
//! is past its deadline, and a note before it.

use crate::pack::Cited;
use crate::pack::params::{ClientAge, Days, Months};
use chrono::NaiveDate;

use super::{Context, Due, client_late, not_checked_note};
use crate::finding::{Arg, Finding, Severity};
use crate::msg;
use crate::plan::{Client, Spanned};

/// A key name in messages ("`decision`").
fn keys(names: &[&str]) -> Arg {
    Arg::all(names.iter().map(|k| format!("`{k}`")))
}

/// The clients a rule could not check, each with the keys it lacks: one note per set of keys,
/// so that a note names only what is missing.
type Missing<'a> = Vec<(&'a Client, Vec<&'static str>)>;

fn notes_by_keys(rule: &crate::pack::RuleCitation, missing: &Missing<'_>, out: &mut Vec<Finding>) {
    let mut groups: Vec<(&[&str], Vec<&Client>)> = Vec::new();
    for (client, names) in missing {
        match groups.iter_mut().find(|(k, _)| *k == names.as_slice()) {
            Some((_, clients)) => clients.push(*client),
            None => groups.push((names.as_slice(), vec![*client])),
        }
    }
    for (names, clients) in groups {
        not_checked_note(rule, &clients, keys(names), out);
    }
}

/// The keys missing of a rule's (start, done) pair when the start is missing.
fn without_start<T>(
    start: &'static str,
    done: &'static str,
    done_value: &Option<T>,
) -> Vec<&'static str> {
    let mut names = vec![start];
    if done_value.is_none() {
        names.push(done);
    }
    names
}

pub fn preliminary_agreement(cx: &Context<'_>, rule: &Cited<Days>, out: &mut Vec<Finding>) {
    let mut missing: Missing<'_> = Vec::new();
    for client in &cx.clients {
        let Some(received) = &client.decision_received else {
            missing.push((
                *client,
                without_start(
                    "decision_received",
                    "preliminary_agreement",
                    &client.preliminary_agreement,
                ),
            ));
            continue;
        };
        let limit = rule.after(received.value);
        let from = || (received.span, msg!("label-decision-arrived"));
        match Due::of(&client.preliminary_agreement, limit, cx.as_of) {
            Due::Late(agreed) => out.push(client_late(
                &rule.citation,
                client,
                agreed.span,
                from(),
                msg!(
                    "client-preliminary-agreement",
                    client = &client.id.value,
                    agreed = agreed.value,
                    days = (agreed.value - received.value).num_days(),
                    received = received.value,
                    limit = rule.days
                ),
                msg!("client-preliminary-agreement-help", deadline = limit),
            )),
            // Not recorded and past the deadline: as late as a late date (as the invoice and
            // feedback deadlines are judged).
            Due::Overdue => out.push(client_late(
                &rule.citation,
                client,
                client.header,
                from(),
                msg!(
                    "client-preliminary-agreement-overdue",
                    client = &client.id.value,
                    deadline = limit,
                    days = rule.days,
                    received = received.value,
                    as_of = cx.as_of
                ),
                msg!("client-preliminary-agreement-overdue-help"),
            )),
            Due::Kept => {}
            Due::Open => missing.push((*client, vec!["preliminary_agreement"])),
        }
    }
    notes_by_keys(&rule.citation, &missing, out);
}

pub fn confirmation(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let mut missing: Missing<'_> = Vec::new();
    for client in &cx.clients {
        let Some(decision) = &client.decision else {
            missing.push((
                *client,
                without_start("decision", "confirmation_sent", &client.confirmation_sent),
            ));
            continue;
        };
        let limit = rule.after(decision.value);
        let from = || (decision.span, msg!("label-decision-given"));
        match Due::of(&client.confirmation_sent, limit, cx.as_of) {
            Due::Late(sent) => out.push(client_late(
                &rule.citation,
                client,
                sent.span,
                from(),
                msg!(
                    "client-confirmation",
                    client = &client.id.value,
                    sent = sent.value,
                    decision = decision.value,
                    months = rule.months,
                    limit = limit
                ),
                msg!("client-confirmation-help", limit = limit),
            )),
            Due::Overdue => out.push(client_late(
                &rule.citation,
                client,
                client.header,
                from(),
                msg!(
                    "client-confirmation-overdue",
                    client = &client.id.value,
                    deadline = limit,
                    months = rule.months,
                    decision = decision.value,
                    as_of = cx.as_of
                ),
                msg!("client-confirmation-overdue-help"),
            )),
            Due::Kept => {}
            Due::Open => missing.push((*client, vec!["confirmation_sent"])),
        }
    }
    notes_by_keys(&rule.citation, &missing, out);
}

/// The clients with a decision date and where their course ends for them; those without a
/// decision are collected in `missing`.
fn decisions_and_ends<'a>(
    cx: &Context<'a>,
    missing: &mut Vec<&'a Client>,
) -> Vec<(
    &'a Client,
    &'a Spanned<NaiveDate>,
    (NaiveDate, crate::finding::Span),
)> {
    let mut v = Vec::new();
    for client in &cx.clients {
        let Some(decision) = &client.decision else {
            missing.push(*client);
            continue;
        };
        if let Some(end) = cx.client_end(client) {
            v.push((*client, decision, end));
        }
    }
    v
}

pub fn decision_window(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let mut missing = Vec::new();
    for (client, decision, (end, end_span)) in decisions_and_ends(cx, &mut missing) {
        let limit = rule.after(decision.value);
        if end > limit {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "client-decision-window",
                        client = &client.id.value,
                        end = end,
                        decision = decision.value,
                        months = rule.months,
                        limit = limit
                    ),
                )
                .at_labelled(decision.span, msg!("label-decision-limit", limit = limit))
                .also(end_span, end_label(cx, client))
                .client(&client.id.value)
                .help(msg!("client-decision-window-help", limit = limit)),
            );
        }
    }
    not_checked_note(&rule.citation, &missing, keys(&["decision"]), out);
}

pub fn duration(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let mut missing = Vec::new();
    for (client, decision, (end, end_span)) in decisions_and_ends(cx, &mut missing) {
        let shortest = rule.after(decision.value);
        if end < shortest {
            out.push(
                rule.finding(
                    Severity::Warning,
                    msg!(
                        "client-duration",
                        client = &client.id.value,
                        end = end,
                        decision = decision.value,
                        months = rule.months,
                        shortest = shortest
                    ),
                )
                .at(decision.span)
                .also(end_span, end_label(cx, client))
                .client(&client.id.value)
                .help(msg!("client-duration-help", shortest = shortest)),
            );
        }
    }
    not_checked_note(&rule.citation, &missing, keys(&["decision"]), out);
}

pub fn age(cx: &Context<'_>, rule: &Cited<ClientAge>, out: &mut Vec<Finding>) {
    if let Some(therapies) = &rule.therapies {
        let therapy = cx.plan.course.therapy.as_ref().map(Spanned::get);
        if !therapy.is_some_and(|t| therapies.contains(&t)) {
            return;
        }
    }
    for client in &cx.clients {
        if let Some(age) = &client.age
            && age.value < i64::from(rule.min_age)
        {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "client-age",
                        client = &client.id.value,
                        age = age.value,
                        min = rule.min_age
                    ),
                )
                .at(age.span)
                .client(&client.id.value)
                .help(msg!("client-age-help", min = rule.min_age)),
            );
        }
    }
}

/// What a client's end is: their last follow-up, or without one the last on-site day (the
/// rules fall back to it).
fn end_label(cx: &Context<'_>, client: &crate::plan::Client) -> crate::finding::Message {
    if cx.last_follow_up(client).is_some() {
        msg!("label-client-last-follow-up", client = &client.id.value)
    } else {
        msg!("label-last-onsite-day")
    }
}
