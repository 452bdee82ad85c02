//! What keeps a loaded plan from being checked: no edition in force (or an unknown pinned one),
//! and `[[allow]]`s naming rules that do not exist or may never be suppressed.

use crate::finding::{Arg, Finding, RuleId, Severity};
use crate::msg;
use crate::pack::{ChoiceError, Packs};
use crate::plan::{self, Allow, Plan, Vocab};

/// Why no edition applies, located at the start date or the pinned edition, with the editions
/// the service has.
pub(super) fn edition_error(error: ChoiceError, plan: &Plan, packs: &Packs) -> Finding {
    let course = &plan.course;
    let service = course.service.value;
    let editions: Vec<Arg> = packs
        .of(service)
        .into_iter()
        .map(|e| e.year_and_validity())
        .collect();
    let help = if editions.is_empty() {
        msg!("edition-none-help", service = service.id())
    } else {
        msg!(
            "edition-list-help",
            service = service.id(),
            editions = Arg::all(editions)
        )
    };
    let f = match error {
        ChoiceError::NotInForce => Finding::new(
            RuleId::PlanSchema,
            Severity::Error,
            msg!(
                "edition-not-in-force",
                service = service.id(),
                start = course.start.value
            ),
        )
        .at(course.start.span),
        ChoiceError::UnknownEdition => {
            let pinned = course.edition.as_ref();
            Finding::new(
                RuleId::PlanSchema,
                Severity::Error,
                msg!(
                    "edition-unknown",
                    service = service.id(),
                    edition = pinned.map(|e| e.value.clone()).unwrap_or_default()
                ),
            )
            .at(pinned.map_or(course.start.span, |e| e.span))
        }
    };
    f.help(help)
}

/// An `[[allow]]` must name a rule oras-check knows, and not one that may never be suppressed.
pub(super) fn validate_allows(allows: &[Allow]) -> Vec<Finding> {
    let mut out = Vec::new();
    for allow in allows {
        let rule = allow.rule.value.trim();
        let known = RuleId::parse(rule);
        if known.is_some_and(|r| !r.info().suppressible()) {
            out.push(
                Finding::new(
                    RuleId::PlanSchema,
                    Severity::Error,
                    msg!("allow-unsuppressible", rule = rule),
                )
                .at(allow.rule.span),
            );
        } else if known.is_none() {
            let help = plan::suggest(rule, RuleId::names())
                .map(|s| msg!("schema-did-you-mean", suggestion = s))
                .unwrap_or_else(|| msg!("allow-unknown-rule-help"));
            out.push(
                Finding::new(
                    RuleId::PlanSchema,
                    Severity::Error,
                    msg!("allow-unknown-rule", rule = rule),
                )
                .at(allow.rule.span)
                .help(help),
            );
        }
    }
    out
}
