//! Policy, applied in one place to every finding, of one plan or across plans: the project's
//! severity overrides (`[severity]` in `oras-check.toml`), and the plan's `[[allow]]`s with
//! their reason, client, expiry and the project's `no-allow` list. Reports the allows that are
//! forbidden, expired or unused.
//!
//! A plan's own findings pass through [`apply`] when the plan is checked; cross-plan findings
//! pass through the same function once every plan is known, with the plan's allows kept in its
//! report ([`AllowEntry`]).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::finding::{Finding, RuleId, Severity, Span};
use crate::msg;
use crate::plan::Allow;
use crate::registry::Kind;

/// Project policy from the configuration file: what CI insists on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Severity overrides per rule id: every finding of the rule gets this severity.
    pub severity: BTreeMap<RuleId, Severity>,
    /// Rules turned off: their findings are dropped (never the input rules or `personal-data`,
    /// which configuration refuses).
    pub off: Vec<RuleId>,
    /// Rules that may not be suppressed: an `[[allow]]` of one is itself an error.
    pub no_allow: Vec<RuleId>,
}

impl Policy {
    /// May an `[[allow]]` of this rule not suppress it?
    pub fn forbids(&self, rule: RuleId) -> bool {
        self.no_allow.contains(&rule)
    }

    /// Is this rule turned off?
    pub fn is_off(&self, rule: RuleId) -> bool {
        self.off.contains(&rule)
    }
}

/// An `[[allow]]` as policy needs it, kept in the plan's report after the plan itself is gone.
#[derive(Clone, Debug)]
pub struct AllowEntry {
    /// The rule it names (validated before the rules run).
    pub rule: RuleId,
    pub rule_span: Span,
    pub client: Option<String>,
    pub reason: String,
    pub expires: Option<(NaiveDate, Span)>,
}

impl AllowEntry {
    /// The allows of a plan whose rule ids have been validated; an unknown id is left out.
    pub fn of(allows: &[Allow]) -> Vec<AllowEntry> {
        allows
            .iter()
            .filter_map(|a| {
                Some(AllowEntry {
                    rule: RuleId::parse(a.rule.value.trim())?,
                    rule_span: a.rule.span,
                    client: a.client.as_ref().map(|c| c.value.clone()),
                    reason: a.reason.value.clone(),
                    expires: a.expires.as_ref().map(|e| (e.value, e.span)),
                })
            })
            .collect()
    }

    fn covers(&self, finding: &Finding) -> bool {
        self.rule == finding.rule
            && self
                .client
                .as_ref()
                .is_none_or(|c| finding.client.as_deref() == Some(c.as_str()))
    }
}

/// Which findings are being judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// A plan's own findings: also reports forbidden, expired and unused allows.
    Plan,
    /// The cross-plan findings about one plan: suppression and severity only (the plan stage
    /// has already reported its allows).
    Cross,
}

/// Applies severity overrides and suppressions to `findings`; at [`Stage::Plan`], appends the
/// findings about the allows themselves.
pub fn apply(
    policy: &Policy,
    allows: &[AllowEntry],
    as_of: NaiveDate,
    stage: Stage,
    findings: &mut Vec<Finding>,
) {
    let expired = |a: &AllowEntry| a.expires.is_some_and(|(date, _)| as_of > date);
    let forbidden = |a: &AllowEntry| policy.forbids(a.rule);
    let active: Vec<bool> = allows
        .iter()
        .map(|a| !forbidden(a) && !expired(a))
        .collect();
    let mut used = vec![false; allows.len()];
    if !policy.off.is_empty() {
        findings.retain(|f| !policy.is_off(f.rule));
    }
    for finding in findings.iter_mut() {
        if let Some(severity) = policy.severity.get(&finding.rule) {
            finding.severity = *severity;
        }
        if !finding.rule.info().suppressible() {
            continue;
        }
        let hit = (0..allows.len()).find(|&i| active[i] && allows[i].covers(finding));
        if let Some(i) = hit {
            finding.suppressed = Some(allows[i].reason.clone());
            used[i] = true;
        } else if !finding.clients.is_empty() {
            suppress_clients(allows, &active, &mut used, finding);
        }
    }
    if stage == Stage::Cross {
        return;
    }
    for (i, allow) in allows.iter().enumerate() {
        let rule = allow.rule.as_str();
        let reported = if forbidden(allow) {
            Finding::new(
                RuleId::ForbiddenAllow,
                Severity::Error,
                msg!("forbidden-allow", rule = rule),
            )
            .at(allow.rule_span)
            .help(msg!("forbidden-allow-help"))
        } else if let (true, Some((date, span))) = (expired(allow), allow.expires) {
            Finding::new(
                RuleId::ExpiredAllow,
                Severity::Warning,
                msg!("expired-allow", rule = rule, expires = date),
            )
            .at(span)
            .help(msg!("expired-allow-help"))
        } else if used[i] || allow.rule.kind() == Kind::Cross || policy.is_off(allow.rule) {
            // Allows of cross-plan rules are judged when the other plans are known; a plan
            // checked alone cannot tell whether they are used.
            continue;
        } else {
            let message = match &allow.client {
                Some(client) => msg!("unused-allow-client", rule = rule, client = client),
                None => msg!("unused-allow", rule = rule),
            };
            Finding::new(RuleId::UnusedAllow, Severity::Warning, message)
                .at(allow.rule_span)
                .help(msg!("unused-allow-help"))
        };
        findings.push(reported);
    }
}

/// A finding standing for several clients: each client-scoped allow of its rule takes its
/// client's part out (and is used); with no client left, the finding is suppressed.
fn suppress_clients(
    allows: &[AllowEntry],
    active: &[bool],
    used: &mut [bool],
    finding: &mut Finding,
) {
    for (i, allow) in allows.iter().enumerate() {
        let Some(client) = allow.client.as_deref().filter(|_| active[i]) else {
            continue;
        };
        if allow.rule != finding.rule {
            continue;
        }
        if let Some(at) = finding.clients.iter().position(|c| c == client) {
            let id = finding.clients.remove(at);
            finding.suppressed_clients.push((id, allow.reason.clone()));
            used[i] = true;
        }
    }
    if finding.clients.is_empty() {
        finding.suppressed = finding.suppressed_clients.first().map(|(_, r)| r.clone());
    }
}
