//! The rules: one ordered registry, one file per rule or small family of rules.
//!
//! A rule is a pure function of the [`Context`] (the plan, the edition's parameters and the
//! as-of date) that pushes [`Finding`]s; it prints nothing and reads no files. A rule the edition
//! does not put in force finds nothing. Rule ids are a contract: the registry test pins them.

mod allowance;
mod cancellation;
mod clients;
mod contacts;
pub mod cross;
mod deadlines;
mod group_size;
mod periods;
mod placeholder;
mod premises;
mod remote;
mod staff;
mod therapy;

use chrono::NaiveDate;

use crate::finding::{Finding, RuleId, Span};
use crate::pack::{Edition, PackRules, RuleCitation};
use crate::plan::{Client, Period, Plan, Status};

/// Everything a rule may look at.
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub edition: &'a Edition,
    /// The day the check is made (deadline rules).
    pub as_of: NaiveDate,
    /// On-site periods in date order.
    pub onsite: Vec<&'a Period>,
    /// Remote periods in date order.
    pub remote: Vec<&'a Period>,
    /// Clients that count toward the group, in file order.
    pub clients: Vec<&'a Client>,
}

impl<'a> Context<'a> {
    pub fn new(plan: &'a Plan, edition: &'a Edition, as_of: NaiveDate) -> Context<'a> {
        Context {
            plan,
            edition,
            as_of,
            onsite: plan.onsite(),
            remote: plan.remote(),
            clients: plan.counted_clients(),
        }
    }

    pub fn rules(&self) -> &'a PackRules {
        &self.edition.rules
    }

    pub fn status(&self) -> Status {
        self.plan.course.status()
    }

    /// The last day of the last on-site period.
    pub fn last_onsite_day(&self) -> Option<NaiveDate> {
        self.onsite.iter().map(|p| p.end.value).max()
    }

    /// Where a finding about the course as a whole points: the `start` value of `[course]`.
    pub fn course_span(&self) -> Span {
        self.plan.course.start.span
    }

    /// Where a finding about the team as a whole points: the first `[[staff]]` table, or the
    /// `[course]` header when there is none.
    pub fn staff_span(&self) -> Span {
        self.plan
            .staff
            .first()
            .map_or(self.plan.course.header, |s| s.header)
    }

    /// The date and span of the latest follow-up contact that includes `client`.
    pub fn last_follow_up(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        self.plan.last_follow_up(client)
    }

    /// See [`Plan::client_end`].
    pub fn client_end(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        self.plan.client_end(client)
    }

    /// See [`Plan::last_meeting`].
    pub fn last_meeting(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        self.plan.last_meeting(client)
    }
}

/// When a rule of one plan runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every status, `cancelled` included.
    Always,
    /// Not on a cancelled course (nothing else happens on one).
    NotCancelled,
    /// First, on a course that is not cancelled; when it finds anything, no other rule runs (a
    /// group therapy that exists only individually has nothing else worth checking).
    Gate,
}

macro_rules! dispatch {
    (
        builtin { $( $builtin:tt ),* $(,)? }
        plan { $( ($p:ident, $pid:literal, [$($ps:ident),*], $scope:ident, $field:ident : $ty:ident => $check:path) ),* $(,)? }
        cross { $( ($c:ident, $cid:literal, [$($cs:ident),*], $ccheck:path) ),* $(,)? }
    ) => {
        /// When a plan rule runs.
        pub fn scope(rule: RuleId) -> Option<Scope> {
            match rule {
                $( RuleId::$p => Some(Scope::$scope), )*
                _ => None,
            }
        }

        /// Runs the plan rules of one pass that the edition puts in force.
        fn run_pass(cx: &Context<'_>, pass: Pass, out: &mut Vec<Finding>) {
            let cancelled = cx.status() == Status::Cancelled;
            let rules = cx.rules();
            $(
                let scope = Scope::$scope;
                if (scope == Scope::Gate) == (pass == Pass::Gates)
                    && (scope == Scope::Always || !cancelled)
                    && let Some(params) = &rules.$field
                {
                    $check(cx, params, out);
                }
            )*
        }

        /// Runs every cross-plan rule over the plans of one run.
        pub fn run_cross(plans: &cross::Plans<'_>) -> Vec<cross::CrossFinding> {
            let mut out = Vec::new();
            $( $ccheck(RuleId::$c, plans, &mut out); )*
            out.sort_by_key(|f| (f.plan, f.finding.span().map(|s| s.start)));
            out
        }
    };
}

crate::for_each_rule!(dispatch);

/// The two passes over a plan: the gates (whether the plan can be judged at all), then the
/// other rules, only when no gate found anything.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Gates,
    Rules,
}

/// Runs every rule in force on one plan: the gates first, and the others only when no gate
/// found anything.
pub fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    run_pass(cx, Pass::Gates, &mut out);
    if out.is_empty() {
        run_pass(cx, Pass::Rules, &mut out);
    }
    out
}

/// The manual items of `edition` that this plan needs no confirming by hand: those whose
/// `checked_by` rule is in force and can check the plan, because it states the value the rule
/// reads.
pub fn answered_manual<'e>(plan: &Plan, edition: &'e Edition) -> Vec<&'e str> {
    edition
        .manual
        .iter()
        .filter(|m| {
            m.checked_by
                .as_deref()
                .and_then(RuleId::parse)
                .is_some_and(|rule| checks(rule, plan, edition))
        })
        .map(|m| m.id.as_str())
        .collect()
}

/// Whether a rule can check this plan: it states what the rule reads.
fn checks(rule: RuleId, plan: &Plan, edition: &Edition) -> bool {
    match rule {
        RuleId::ContactLength => edition
            .rules
            .contact_length
            .as_ref()
            .is_some_and(|r| contacts::minutes_stated(plan, r.kind)),
        _ => false,
    }
}

/// Every rule id oras-check knows, in table order.
pub fn all_ids() -> impl Iterator<Item = &'static str> {
    RuleId::names()
}

/// Reports, once per rule, the clients a per-client rule could not check for lack of dates.
pub(crate) fn not_checked_note(
    rule: &RuleCitation,
    missing: &[&Client],
    keys: crate::finding::Arg,
    out: &mut Vec<Finding>,
) {
    let Some(first) = missing.first() else { return };
    out.push(
        rule.finding(
            crate::finding::Severity::Note,
            crate::msg!(
                "not-checked-missing-dates",
                clients = crate::finding::Arg::all(missing.iter().map(|c| c.id.value.clone())),
                count = missing.len(),
                keys = keys
            ),
        )
        .at(first.header)
        .clients(missing.iter().map(|c| c.id.value.as_str())),
    );
}

/// Where a date that must be recorded by a deadline stands on the day of the check (`--as-of`):
/// recorded after the deadline is late, and so is still missing once the deadline has passed.
pub(crate) enum Due<'a> {
    /// Recorded after the deadline.
    Late(&'a crate::plan::Spanned<NaiveDate>),
    /// Recorded by the deadline.
    Kept,
    /// Not recorded, and the deadline has passed.
    Overdue,
    /// Not recorded, and still due.
    Open,
}

impl<'a> Due<'a> {
    pub(crate) fn of(
        recorded: &'a Option<crate::plan::Spanned<NaiveDate>>,
        deadline: NaiveDate,
        as_of: NaiveDate,
    ) -> Due<'a> {
        match recorded {
            Some(done) if done.value > deadline => Due::Late(done),
            Some(_) => Due::Kept,
            None if as_of > deadline => Due::Overdue,
            None => Due::Open,
        }
    }
}

/// The error of a client's date recorded late or missing past its deadline: at `at` (the late
/// date, or the client when there is none), with the date the deadline runs from labelled.
pub(crate) fn client_late(
    rule: &RuleCitation,
    client: &Client,
    at: Span,
    (from, label): (Span, crate::finding::Message),
    message: crate::finding::Message,
    help: crate::finding::Message,
) -> Finding {
    rule.finding(crate::finding::Severity::Error, message)
        .at(at)
        .also(from, label)
        .client(&client.id.value)
        .help(help)
}
