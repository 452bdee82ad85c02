//! The pipeline for one plan: bytes → text → identity-code scan → [`Plan`] → edition → rules →
//! suppressions → a [`PlanReport`]. Nothing here prints; the report layer renders the result.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::finding::{Arg, Finding, Severity, Span};
use crate::pack::{ChoiceError, Edition, Packs};
use crate::plan::{self, Allow, Plan, Service, Vocab};
use crate::rules::{self, Context};
use crate::{msg, privacy};

/// What a check needs besides the plan and the packs.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The day the check is made: deadline rules compare against it.
    pub as_of: NaiveDate,
}

/// The edition a plan was checked against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditionRef {
    /// `omaishoitaja-2025`
    pub id: String,
    /// `2025`
    pub year: String,
    pub title: String,
    /// The edition's manual items, for the checklist (none for a cancelled course).
    pub manual: Vec<String>,
}

/// The outcome of checking one plan.
#[derive(Clone, Debug)]
pub struct PlanReport {
    /// The path as given (or `-` for standard input).
    pub path: String,
    /// The plan's text with identity codes masked (same byte offsets as the original); `None`
    /// when the file could not be read as text.
    pub text: Option<Arc<str>>,
    pub service: Option<Service>,
    pub edition: Option<EditionRef>,
    /// `false` when the plan could not be checked (syntax or schema errors, no edition).
    pub checked: bool,
    /// Sorted by position in the file.
    pub findings: Vec<Finding>,
}

impl PlanReport {
    /// A plan that could not even be read (missing file, permissions, not UTF-8).
    pub fn unreadable(path: &str, finding: Finding) -> PlanReport {
        PlanReport {
            path: path.to_owned(),
            text: None,
            service: None,
            edition: None,
            checked: false,
            findings: vec![finding],
        }
    }

    pub fn counts(&self) -> crate::finding::Counts {
        crate::finding::Counts::of(&self.findings)
    }
}

/// Checks a plan given as raw bytes (as read from a file or standard input).
pub fn check_bytes(path: &str, bytes: &[u8], packs: &Packs, options: &Options) -> PlanReport {
    match std::str::from_utf8(bytes) {
        Ok(text) => check_text(path, text, packs, options),
        Err(e) => {
            // Locate the first bad byte; the text before it is valid and can be shown.
            let valid = e.valid_up_to();
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let mut report = PlanReport::unreadable(
                path,
                Finding::new(
                    "plan-syntax",
                    Severity::Error,
                    msg!("syntax-not-utf8", offset = valid),
                )
                .at(Span::new(valid, valid))
                .help(msg!("syntax-not-utf8-help")),
            );
            report.findings.extend(personal_data(prefix));
            report.text = Some(Arc::from(privacy::mask(prefix).as_ref()));
            report
        }
    }
}

/// Checks a plan given as text.
pub fn check_text(path: &str, text: &str, packs: &Packs, options: &Options) -> PlanReport {
    let personal = personal_data(text);
    let masked: Arc<str> = Arc::from(privacy::mask(text).as_ref());
    let mut report = PlanReport {
        path: path.to_owned(),
        text: Some(masked),
        service: None,
        edition: None,
        checked: false,
        findings: Vec::new(),
    };
    match plan::load(text) {
        Ok(plan) => {
            report.service = Some(plan.course.service.value);
            match check_plan(&plan, packs, options) {
                Ok((edition, findings)) => {
                    report.checked = true;
                    let cancelled = plan.course.status() == crate::plan::Status::Cancelled;
                    report.edition = Some(EditionRef {
                        id: edition.id.clone(),
                        year: edition.year.clone(),
                        title: edition.title.clone(),
                        manual: if cancelled {
                            Vec::new()
                        } else {
                            edition.manual.iter().map(|m| m.id.clone()).collect()
                        },
                    });
                    report.findings = findings;
                }
                Err(findings) => report.findings = findings,
            }
        }
        Err(e) => {
            report.service = e.service;
            report.findings = e.findings;
        }
    }
    report.findings.extend(personal);
    sort(&mut report.findings);
    report
}

/// Chooses the edition and runs the rules on a loaded plan; `Err` holds the `plan-schema`
/// findings that keep it from being checked.
fn check_plan<'p>(
    plan: &Plan,
    packs: &'p Packs,
    options: &Options,
) -> Result<(&'p Edition, Vec<Finding>), Vec<Finding>> {
    let course = &plan.course;
    let pinned = course.edition.as_ref();
    let choice = packs
        .choose(
            course.service.value,
            course.start.value,
            pinned.map(|e| e.value.as_str()),
        )
        .map_err(|e| vec![edition_error(e, plan, packs)])?;
    let edition = choice.edition;

    let bad_allows = validate_allows(&plan.allows);
    if !bad_allows.is_empty() {
        return Err(bad_allows);
    }

    let cx = Context::new(plan, edition, options.as_of);
    let mut findings = rules::run(&cx);
    if choice.pinned_outside_validity
        && let Some(pinned) = pinned
    {
        findings.push(
            Finding::new(
                "edition-pinned",
                Severity::Note,
                msg!(
                    "edition-pinned",
                    edition = edition.title.clone(),
                    range = validity(edition),
                    start = course.start.value
                ),
            )
            .at(pinned.span),
        );
    }
    suppress(&plan.allows, &mut findings);
    Ok((edition, findings))
}

/// An edition's validity range, "2021-04-01 … 2024-12-31" or "2025-01-01 …".
fn validity(edition: &Edition) -> String {
    match edition.valid_until {
        Some(until) => format!("{} … {until}", edition.valid_from),
        None => format!("{} …", edition.valid_from),
    }
}

fn edition_error(error: ChoiceError, plan: &Plan, packs: &Packs) -> Finding {
    let course = &plan.course;
    let service = course.service.value;
    let editions: Vec<Arg> = packs
        .of(service)
        .into_iter()
        .map(|e| Arg::Str(format!("{} ({})", e.year, validity(e))))
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
            "plan-schema",
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
                "plan-schema",
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
fn validate_allows(allows: &[Allow]) -> Vec<Finding> {
    let mut out = Vec::new();
    for allow in allows {
        let rule = allow.rule.value.trim();
        if rules::UNSUPPRESSIBLE.contains(&rule) {
            out.push(
                Finding::new(
                    "plan-schema",
                    Severity::Error,
                    msg!("allow-unsuppressible", rule = rule),
                )
                .at(allow.rule.span),
            );
        } else if !rules::all_ids().any(|id| id == rule) {
            let help = plan::suggest(rule, rules::all_ids())
                .map(|s| msg!("schema-did-you-mean", suggestion = s))
                .unwrap_or_else(|| msg!("allow-unknown-rule-help"));
            out.push(
                Finding::new(
                    "plan-schema",
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

/// Marks findings an `[[allow]]` covers as suppressed and reports allows that covered nothing.
fn suppress(allows: &[Allow], findings: &mut Vec<Finding>) {
    let mut used = vec![false; allows.len()];
    for finding in findings.iter_mut() {
        if rules::UNSUPPRESSIBLE.contains(&finding.rule) {
            continue;
        }
        let hit = allows.iter().position(|a| {
            a.rule.value.trim() == finding.rule
                && a.client
                    .as_ref()
                    .is_none_or(|c| finding.client.as_deref() == Some(c.value.as_str()))
        });
        if let Some(i) = hit {
            finding.suppressed = Some(allows[i].reason.value.clone());
            used[i] = true;
        }
    }
    for (allow, _) in allows.iter().zip(used).filter(|(_, used)| !used) {
        let message = match &allow.client {
            Some(client) => msg!(
                "unused-allow-client",
                rule = allow.rule.value.trim(),
                client = &client.value
            ),
            None => msg!("unused-allow", rule = allow.rule.value.trim()),
        };
        findings.push(
            Finding::new("unused-allow", Severity::Warning, message)
                .at(allow.rule.span)
                .help(msg!("unused-allow-help")),
        );
    }
}

/// A `personal-data` error for every identity code in the text, comments included.
fn personal_data(text: &str) -> Vec<Finding> {
    privacy::find_codes(text)
        .into_iter()
        .map(|range| {
            Finding::new(
                "personal-data",
                Severity::Error,
                msg!("personal-data", masked = privacy::MASK),
            )
            .at(range.into())
            .help(msg!("personal-data-help"))
        })
        .collect()
}

/// File order; within one place, the worst first.
fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let pos = |f: &Finding| f.span().map_or((u32::MAX, u32::MAX), |s| (s.start, s.end));
        pos(a)
            .cmp(&pos(b))
            .then(b.severity.cmp(&a.severity))
            .then(a.rule.cmp(b.rule))
    });
}
