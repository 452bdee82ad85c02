//! Checks across plans, when several are checked in one run: the same staff member (by name) in
//! on-site periods of two courses that overlap in time (`staff-double-booked`), and the same
//! client id in two courses that overlap (`client-double-booked`). Both are warnings.
//!
//! Each checked plan leaves a small [`Entry`] (names, ids, dates and their positions) so that the
//! plans themselves need not stay in memory until every plan has been read.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::check::Policy;
use crate::finding::{Finding, LineIndex, Position, Severity, Span};
use crate::msg;
use crate::plan::{PeriodKind, Plan};

pub const STAFF_DOUBLE_BOOKED: &str = "staff-double-booked";
pub const CLIENT_DOUBLE_BOOKED: &str = "client-double-booked";

/// A value of a plan with its place.
#[derive(Clone, Debug)]
pub struct Located {
    pub value: String,
    pub span: Span,
    pub position: Position,
}

/// An `[[allow]]` of a cross-plan rule, applied when the cross-plan findings are known.
#[derive(Clone, Debug)]
pub struct DeferredAllow {
    pub rule: String,
    pub client: Option<String>,
    pub reason: String,
}

/// What the cross-plan checks need to know about one plan.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// In-team staff members.
    pub staff: Vec<Located>,
    /// On-site periods (start, end).
    pub onsite: Vec<(NaiveDate, NaiveDate)>,
    /// Counted clients.
    pub clients: Vec<Located>,
    /// First and last day of the course's periods.
    pub range: Option<(NaiveDate, NaiveDate)>,
    pub allows: Vec<DeferredAllow>,
}

impl Entry {
    /// The entry of a plan; `as_of` decides which allows have expired.
    pub fn new(plan: &Plan, text: &str, as_of: NaiveDate) -> Entry {
        let index = LineIndex::new(text);
        let located = |value: &str, span: Span| Located {
            value: value.to_owned(),
            span,
            position: index.position(span),
        };
        let periods = || plan.periods.iter().map(|p| (p.start.value, p.end.value));
        let range = periods()
            .map(|(s, _)| s)
            .min()
            .zip(periods().map(|(_, e)| e).max())
            .or(Some((plan.course.start.value, plan.course.start.value)));
        Entry {
            staff: plan
                .staff
                .iter()
                .filter(|s| s.in_team())
                .map(|s| located(&s.name.value, s.name.span))
                .collect(),
            onsite: plan
                .periods
                .iter()
                .filter(|p| p.kind.value == PeriodKind::Onsite)
                .map(|p| (p.start.value, p.end.value))
                .collect(),
            clients: plan
                .counted_clients()
                .into_iter()
                .map(|c| located(&c.id.value, c.id.span))
                .collect(),
            range,
            allows: plan
                .allows
                .iter()
                .filter(|a| is_cross_rule(a.rule.value.trim()))
                .filter(|a| a.expires.as_ref().is_none_or(|e| as_of <= e.value))
                .map(|a| DeferredAllow {
                    rule: a.rule.value.trim().to_owned(),
                    client: a.client.as_ref().map(|c| c.value.clone()),
                    reason: a.reason.value.clone(),
                })
                .collect(),
        }
    }
}

pub fn is_cross_rule(id: &str) -> bool {
    id == STAFF_DOUBLE_BOOKED || id == CLIENT_DOUBLE_BOOKED
}

fn overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> Option<(NaiveDate, NaiveDate)> {
    let start = a.0.max(b.0);
    let end = a.1.min(b.1);
    (start <= end).then_some((start, end))
}

/// A cross-plan finding for the plan at `plan` (an index into the entries given to [`check`]),
/// with the position of its span precomputed.
#[derive(Clone, Debug)]
pub struct CrossFinding {
    pub plan: usize,
    pub finding: Finding,
    pub position: Position,
}

/// Finds double bookings among the plans. `entries` pairs each plan's path with its entry;
/// findings refer to plans by their index in `entries`.
pub fn check(entries: &[(&str, &Entry)], policy: &Policy) -> Vec<CrossFinding> {
    let mut out = Vec::new();
    // Staff: by name, every pair of on-site periods of two different plans.
    let mut by_name: HashMap<&str, Vec<(usize, &Located)>> = HashMap::new();
    for (i, (_, entry)) in entries.iter().enumerate() {
        for staff in &entry.staff {
            by_name
                .entry(staff.value.as_str())
                .or_default()
                .push((i, staff));
        }
    }
    for holders in by_name.values().filter(|h| h.len() > 1) {
        for &(a, staff_a) in holders {
            for &(b, staff_b) in holders.iter().filter(|(b, _)| *b != a) {
                let clash = entries[a].1.onsite.iter().find_map(|pa| {
                    entries[b]
                        .1
                        .onsite
                        .iter()
                        .find_map(|pb| overlap(*pa, *pb).map(|o| (*pa, o)))
                });
                if let Some((period, (from, to))) = clash {
                    let finding = Finding::new(
                        STAFF_DOUBLE_BOOKED,
                        Severity::Warning,
                        msg!(
                            "staff-double-booked",
                            name = staff_a.value.as_str(),
                            start = period.0,
                            end = period.1,
                            other = entries[b].0,
                            line = staff_b.position.line,
                            from = from,
                            to = to
                        ),
                    )
                    .at(staff_a.span)
                    .help(msg!("staff-double-booked-help"));
                    out.push(CrossFinding {
                        plan: a,
                        finding,
                        position: staff_a.position,
                    });
                    break;
                }
            }
        }
    }
    // Clients: by id, courses whose periods overlap.
    let mut by_id: HashMap<&str, Vec<(usize, &Located)>> = HashMap::new();
    for (i, (_, entry)) in entries.iter().enumerate() {
        for client in &entry.clients {
            by_id
                .entry(client.value.as_str())
                .or_default()
                .push((i, client));
        }
    }
    for holders in by_id.values().filter(|h| h.len() > 1) {
        for &(a, client_a) in holders {
            for &(b, client_b) in holders.iter().filter(|(b, _)| *b != a) {
                let (Some(ra), Some(rb)) = (entries[a].1.range, entries[b].1.range) else {
                    continue;
                };
                if let Some((from, to)) = overlap(ra, rb) {
                    let finding = Finding::new(
                        CLIENT_DOUBLE_BOOKED,
                        Severity::Warning,
                        msg!(
                            "client-double-booked",
                            client = client_a.value.as_str(),
                            other = entries[b].0,
                            line = client_b.position.line,
                            from = from,
                            to = to
                        ),
                    )
                    .at(client_a.span)
                    .client(client_a.value.as_str())
                    .help(msg!("client-double-booked-help"));
                    out.push(CrossFinding {
                        plan: a,
                        finding,
                        position: client_a.position,
                    });
                    break;
                }
            }
        }
    }
    for f in &mut out {
        if let Some(severity) = policy.severity.get(f.finding.rule) {
            f.finding.severity = *severity;
        }
        let allows = &entries[f.plan].1.allows;
        if let Some(allow) = allows.iter().find(|a| {
            a.rule == f.finding.rule
                && a.client
                    .as_ref()
                    .is_none_or(|c| f.finding.client.as_ref() == Some(c))
        }) && !policy.no_allow.iter().any(|r| r == f.finding.rule)
        {
            f.finding.suppressed = Some(allow.reason.clone());
        }
    }
    out.sort_by_key(|f| (f.plan, f.finding.span().map(|s| s.start)));
    out
}
