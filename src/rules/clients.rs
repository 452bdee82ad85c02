//! Per-client rules: the deadlines that run from each client's rehabilitation decision, and age
//! (`client-preliminary-agreement`, `client-confirmation`, `client-decision-window`,
//! `client-duration`, `client-age`). Withdrawn clients are skipped.
//!
//! A client whose dates are missing is not checked; the rule says so once per set of missing
//! keys, in a note listing those clients. A date still to be recorded is an error once `--as-of`
//! is past its deadline, and a note before it.

use crate::pack::params::{ClientAge, Days, Months};
use crate::pack::{Cited, RuleCitation};
use chrono::NaiveDate;

use super::{Context, Due, client_late, not_checked_note};
use crate::finding::{Arg, Finding, Message, Severity};
use crate::msg;
use crate::plan::{Client, Spanned};

/// A key name in messages ("`decision`").
fn keys(names: &[&str]) -> Arg {
    Arg::all(names.iter().map(|k| format!("`{k}`")))
}

/// The clients a rule could not check, each with the keys it lacks: one note per set of keys,
/// so that a note names only what is missing.
type Missing<'a> = Vec<(&'a Client, Vec<&'static str>)>;

fn notes_by_keys(rule: &RuleCitation, missing: &Missing<'_>, out: &mut Vec<Finding>) {
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

/// A client's date read from the plan.
type DateOf = fn(&Client) -> &Option<Spanned<NaiveDate>>;

/// One deadline each client has: a date (`done`, with its key) due within a time from another
/// of their dates (`from`, with its key and its label in a finding).
struct ClientDeadline {
    from: (&'static str, DateOf, fn() -> Message),
    done: (&'static str, DateOf),
}

/// Each client's `done` date against the deadline `limit` gives from their `from` date: recorded
/// late, or missing once the deadline has passed, is an error (at the late date, or at the
/// client); `messages` gives its message and help from the `from` date, the late date (`None`
/// when missing) and the deadline. A client missing a date is named in a note per set of keys.
fn client_deadlines(
    cx: &Context<'_>,
    rule: &RuleCitation,
    deadline: ClientDeadline,
    limit: impl Fn(NaiveDate) -> NaiveDate,
    messages: impl Fn(&Client, NaiveDate, Option<NaiveDate>, NaiveDate) -> (Message, Message),
    out: &mut Vec<Finding>,
) {
    let ClientDeadline {
        from: (from_key, from_of, label),
        done: (done_key, done_of),
    } = deadline;
    let mut missing: Missing<'_> = Vec::new();
    for client in &cx.clients {
        let Some(from) = from_of(client) else {
            missing.push((*client, without_start(from_key, done_key, done_of(client))));
            continue;
        };
        let limit = limit(from.value);
        let (at, (message, help)) = match Due::of(done_of(client), limit, cx.as_of) {
            Due::Late(done) => (
                done.span,
                messages(client, from.value, Some(done.value), limit),
            ),
            // Not recorded and past the deadline: as late as a late date (as the invoice and
            // feedback deadlines are judged).
            Due::Overdue => (client.header, messages(client, from.value, None, limit)),
            Due::Kept => continue,
            Due::Open => {
                missing.push((*client, vec![done_key]));
                continue;
            }
        };
        let from = (from.span, label());
        out.push(client_late(rule, client, at, from, message, help));
    }
    notes_by_keys(rule, &missing, out);
}

pub fn preliminary_agreement(cx: &Context<'_>, rule: &Cited<Days>, out: &mut Vec<Finding>) {
    let deadline = ClientDeadline {
        from: (
            "decision_received",
            |c| &c.decision_received,
            || msg!("label-decision-arrived"),
        ),
        done: ("preliminary_agreement", |c| &c.preliminary_agreement),
    };
    let messages = |client: &Client,
                    received: NaiveDate,
                    agreed: Option<NaiveDate>,
                    limit: NaiveDate| match agreed {
        Some(agreed) => (
            msg!(
                "client-preliminary-agreement",
                client = &client.id.value,
                agreed = agreed,
                days = (agreed - received).num_days(),
                received = received,
                limit = rule.days
            ),
            msg!("client-preliminary-agreement-help", deadline = limit),
        ),
        None => (
            msg!(
                "client-preliminary-agreement-overdue",
                client = &client.id.value,
                deadline = limit,
                days = rule.days,
                received = received,
                as_of = cx.as_of
            ),
            msg!("client-preliminary-agreement-overdue-help"),
        ),
    };
    client_deadlines(
        cx,
        &rule.citation,
        deadline,
        |d| rule.after(d),
        messages,
        out,
    );
}

pub fn confirmation(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let deadline = ClientDeadline {
        from: ("decision", |c| &c.decision, || msg!("label-decision-given")),
        done: ("confirmation_sent", |c| &c.confirmation_sent),
    };
    let messages = |client: &Client,
                    decision: NaiveDate,
                    sent: Option<NaiveDate>,
                    limit: NaiveDate| match sent {
        Some(sent) => (
            msg!(
                "client-confirmation",
                client = &client.id.value,
                sent = sent,
                decision = decision,
                months = rule.months,
                limit = limit
            ),
            msg!("client-confirmation-help", limit = limit),
        ),
        None => (
            msg!(
                "client-confirmation-overdue",
                client = &client.id.value,
                deadline = limit,
                months = rule.months,
                decision = decision,
                as_of = cx.as_of
            ),
            msg!("client-confirmation-overdue-help"),
        ),
    };
    client_deadlines(
        cx,
        &rule.citation,
        deadline,
        |d| rule.after(d),
        messages,
        out,
    );
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
