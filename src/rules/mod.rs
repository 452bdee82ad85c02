//! The rules: one ordered registry, one file per rule or small family of rules.
//!
//! A rule is a pure function of the [`Context`] (the plan, the edition's parameters and the
//! as-of date) that pushes [`Finding`]s; it prints nothing and reads no files. A rule the edition
//! does not put in force finds nothing. Rule ids are a contract: the registry test pins them.

mod allowance;
mod cancellation;
mod clients;
mod contacts;
mod deadlines;
mod group_size;
mod periods;
mod premises;
mod remote;
mod staff;
mod therapy;

use chrono::NaiveDate;

use crate::finding::{Finding, Severity, Span};
use crate::pack::{Edition, PackRules};
use crate::plan::{Client, ContactKind, Period, Plan, Status};

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
        self.plan
            .contacts
            .iter()
            .filter(|c| c.kind.value == ContactKind::FollowUp && c.includes(&client.id.value))
            .map(|c| (c.date.value, c.date.span))
            .max_by_key(|(d, _)| *d)
    }

    /// The client's last follow-up, or the last on-site day when there is none (rule catalogue:
    /// `client-decision-window` and `client-duration` fall back the same way).
    pub fn client_end(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        self.last_follow_up(client).or_else(|| {
            self.onsite
                .iter()
                .max_by_key(|p| p.end.value)
                .map(|p| (p.end.value, p.end.span))
        })
    }

    /// The client's last meeting: `last_meeting` when stated, else the latest of the last
    /// on-site day and the contacts that include the client.
    pub fn last_meeting(&self, client: &Client) -> Option<(NaiveDate, Span)> {
        if let Some(m) = &client.last_meeting {
            return Some((m.value, m.span));
        }
        let onsite = self.onsite.iter().map(|p| (p.end.value, p.end.span));
        let contacts = self
            .plan
            .contacts
            .iter()
            .filter(|c| c.includes(&client.id.value))
            .map(|c| (c.date.value, c.date.span));
        onsite.chain(contacts).max_by_key(|(d, _)| *d)
    }
}

/// Which course statuses a rule runs for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every status, `cancelled` included.
    Always,
    /// Not on a cancelled course (nothing else happens on one).
    NotCancelled,
}

/// A rule of the registry.
pub struct Rule {
    pub id: &'static str,
    pub scope: Scope,
    /// A gate runs first; when it finds anything, no other rule runs (a group therapy that
    /// exists only individually has nothing else worth checking).
    pub gate: bool,
    /// The severities the rule can report, worst first.
    pub severities: &'static [Severity],
    pub check: fn(&Context<'_>, &mut Vec<Finding>),
}

const E: &[Severity] = &[Severity::Error];
const W: &[Severity] = &[Severity::Warning];
const N: &[Severity] = &[Severity::Note];
const EW: &[Severity] = &[Severity::Error, Severity::Warning];
const EN: &[Severity] = &[Severity::Error, Severity::Note];
const WN: &[Severity] = &[Severity::Warning, Severity::Note];

const fn rule(
    id: &'static str,
    scope: Scope,
    severities: &'static [Severity],
    check: fn(&Context<'_>, &mut Vec<Finding>),
) -> Rule {
    Rule {
        id,
        scope,
        gate: false,
        severities,
        check,
    }
}

const fn gate(id: &'static str, check: fn(&Context<'_>, &mut Vec<Finding>)) -> Rule {
    Rule {
        id,
        scope: Scope::NotCancelled,
        gate: true,
        severities: E,
        check,
    }
}

use Scope::{Always, NotCancelled};

/// Every rule that reads a plan, in the order findings are produced.
pub const REGISTRY: &[Rule] = &[
    rule("group-size-max", NotCancelled, E, group_size::max),
    rule("group-size-min", NotCancelled, EW, group_size::min),
    rule("start-threshold", Always, EN, group_size::start_threshold),
    rule("onsite-periods", NotCancelled, E, periods::onsite_periods),
    rule("onsite-weekdays", NotCancelled, E, periods::onsite_weekdays),
    rule("periods-span", NotCancelled, E, periods::periods_span),
    rule("remote-period", NotCancelled, EW, remote::remote_period),
    rule("remote-guidance", NotCancelled, EN, remote::remote_guidance),
    rule("day-length", NotCancelled, EW, periods::day_length),
    rule("pre-contact", NotCancelled, EW, contacts::pre_contact),
    rule(
        "interim-contacts",
        NotCancelled,
        EW,
        contacts::interim_contacts,
    ),
    rule(
        "follow-up-contacts",
        NotCancelled,
        EW,
        contacts::follow_up_contacts,
    ),
    rule(
        "course-duration",
        NotCancelled,
        E,
        contacts::course_duration,
    ),
    rule(
        "client-preliminary-agreement",
        NotCancelled,
        EN,
        clients::preliminary_agreement,
    ),
    rule(
        "client-confirmation",
        NotCancelled,
        EN,
        clients::confirmation,
    ),
    rule(
        "client-decision-window",
        NotCancelled,
        EN,
        clients::decision_window,
    ),
    rule("client-duration", NotCancelled, WN, clients::duration),
    rule("client-age", NotCancelled, E, clients::age),
    rule("allowance-age", NotCancelled, N, allowance::age),
    rule("staff-physician", NotCancelled, E, staff::physician),
    rule("staff-mandatory", NotCancelled, E, staff::mandatory),
    rule("staff-optional", NotCancelled, E, staff::optional),
    rule(
        "staff-personal-instructor",
        NotCancelled,
        E,
        staff::personal_instructor,
    ),
    rule(
        "staff-service-manager",
        NotCancelled,
        E,
        staff::service_manager,
    ),
    rule("facilities", NotCancelled, EW, premises::facilities),
    rule("accommodation", NotCancelled, EW, premises::accommodation),
    rule("insurance", NotCancelled, EW, premises::insurance),
    rule("measurements", NotCancelled, EW, premises::measurements),
    rule("feedback-deadline", NotCancelled, EN, deadlines::feedback),
    rule("invoice-deadline", NotCancelled, EN, deadlines::invoice),
    rule("allowance-days", NotCancelled, W, allowance::days),
    rule("cancellation-window", Always, EW, cancellation::window),
    rule("cancellation-notice", Always, W, cancellation::notice),
    rule("postponement", NotCancelled, E, cancellation::postponement),
    gate("therapy-kind", therapy::kind),
    rule("therapy-leaders", NotCancelled, EW, therapy::leaders),
    rule("therapy-age-group", NotCancelled, WN, therapy::age_groups),
];

/// Rules that are not configured by editions: they read the file itself or the plan's own
/// bookkeeping, and apply to every plan.
pub const BUILTIN_IDS: &[&str] = &[
    "plan-syntax",
    "plan-schema",
    "personal-data",
    "unused-allow",
    "expired-allow",
    "forbidden-allow",
    "edition-pinned",
    "course-start",
];

/// Rules that compare plans checked together in one run.
pub const CROSS_IDS: &[&str] = &[
    crate::cross::STAFF_DOUBLE_BOOKED,
    crate::cross::CLIENT_DOUBLE_BOOKED,
];

/// Rules an `[[allow]]` may not name (rule catalogue, "Suppressions").
pub const UNSUPPRESSIBLE: &[&str] = &[
    "personal-data",
    "unused-allow",
    "plan-syntax",
    "plan-schema",
    "expired-allow",
    "forbidden-allow",
];

/// Every rule id oras-check knows, in registry order.
pub fn all_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN_IDS
        .iter()
        .copied()
        .chain(REGISTRY.iter().map(|r| r.id))
        .chain(CROSS_IDS.iter().copied())
}

/// Runs every rule in force on one plan.
pub fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let cancelled = cx.status() == Status::Cancelled;
    let applies = |rule: &&Rule| !(cancelled && rule.scope == Scope::NotCancelled);
    for rule in REGISTRY.iter().filter(|r| r.gate).filter(applies) {
        (rule.check)(cx, &mut out);
    }
    if !out.is_empty() {
        return out;
    }
    for rule in REGISTRY.iter().filter(|r| !r.gate).filter(applies) {
        (rule.check)(cx, &mut out);
    }
    out
}

/// The registry entry of a rule id.
pub fn get(id: &str) -> Option<&'static Rule> {
    REGISTRY.iter().find(|r| r.id == id)
}

/// The severities a rule can report, worst first: the registry's, or those of the built-in and
/// cross-plan rules.
pub fn severities(id: &str) -> &'static [Severity] {
    if let Some(rule) = get(id) {
        return rule.severities;
    }
    match id {
        "edition-pinned" | "course-start" => &[Severity::Note],
        "unused-allow" | "expired-allow" => &[Severity::Warning],
        crate::cross::STAFF_DOUBLE_BOOKED | crate::cross::CLIENT_DOUBLE_BOOKED => {
            &[Severity::Warning]
        }
        _ => &[Severity::Error],
    }
}

/// Reports, once per rule, the clients a per-client rule could not check for lack of dates.
pub(crate) fn not_checked_note(
    rule: &'static str,
    source: &std::sync::Arc<crate::finding::Source>,
    missing: &[&Client],
    keys: crate::finding::Arg,
    out: &mut Vec<Finding>,
) {
    let Some(first) = missing.first() else { return };
    out.push(
        Finding::new(
            rule,
            crate::finding::Severity::Note,
            crate::msg!(
                "not-checked-missing-dates",
                clients = crate::finding::Arg::all(missing.iter().map(|c| c.id.value.clone())),
                count = missing.len(),
                keys = keys
            ),
        )
        .at(first.header)
        .cite(source),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rule ids are a contract (JSON, suppressions, CI scripts): renaming one must be deliberate.
    #[test]
    fn rule_ids_are_stable() {
        let ids: Vec<_> = all_ids().collect();
        insta::assert_snapshot!(ids.join("\n"));
    }

    #[test]
    fn every_registry_rule_can_be_configured_by_an_edition_and_vice_versa() {
        let registry: Vec<_> = REGISTRY.iter().map(|r| r.id).collect();
        assert_eq!(registry, PackRules::IDS);
    }
}
