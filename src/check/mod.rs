//! The pipeline for one plan: bytes → text → identity-code scan → [`Plan`] → edition → rules →
//! policy (severity overrides) → suppressions → a [`PlanReport`]. Nothing here prints; the
//! report layer renders the result.

use std::sync::Arc;

use chrono::NaiveDate;

mod codes;
mod edition;

use crate::finding::{Counts, Finding, RuleId, Severity, Span};
use crate::pack::{Edition, Packs};
use crate::plan::{self, Parsed, Plan, Service, Status};
use crate::policy::{self, AllowEntry, Policy, Stage};
use crate::rules::{self, Context, cross};
use crate::{msg, privacy};

/// What a check needs besides the plan and the packs.
#[derive(Clone, Debug)]
pub struct Options {
    /// The day the check is made: deadline rules compare against it.
    pub as_of: NaiveDate,
    pub policy: Policy,
    /// Keep what the cross-plan checks need (when several plans are checked together).
    pub cross: bool,
    /// Draw each checked plan's timeline (for the HTML report).
    pub timeline: bool,
    /// Formats that show excerpts (the human and HTML reports): a plan without findings has its
    /// text read again, if a cross-plan finding lands on it ([`crate::run::check_all`]); without
    /// this, such findings show their line and column only.
    pub keep_text: bool,
    /// The provider's roster, when `oras-check.toml` names one.
    pub roster: Option<Arc<plan::Roster>>,
    /// Client pseudonyms name one person across the provider's courses (`client-ids =
    /// "provider-wide"`): only then are clients compared across plans.
    pub provider_wide_clients: bool,
}

impl Options {
    pub fn new(as_of: NaiveDate) -> Options {
        Options {
            as_of,
            policy: Policy::default(),
            cross: false,
            timeline: false,
            keep_text: true,
            roster: None,
            provider_wide_clients: false,
        }
    }
}

/// The edition a plan was checked against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditionRef {
    /// `omaishoitaja-2025`
    pub id: String,
    /// `2025`
    pub year: String,
    pub title: String,
    /// The edition's manual items, for the checklist (none for a cancelled course), less those a
    /// rule checks because the plan states what it reads (`checked_by`).
    pub manual: Arc<[String]>,
    /// The ids of the rules the edition puts in force.
    pub rules: Arc<[&'static str]>,
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
    /// Findings of the cross-plan rules about this plan, policy applied (set by the run once
    /// every plan is checked).
    pub cross_findings: Vec<Finding>,
    /// Where each cross-plan finding is, worked out when its plan was read (for formats that
    /// do not keep a clean plan's text).
    pub cross_positions: Vec<crate::position::Position>,
    /// What the cross-plan checks need, when asked for.
    pub cross: Option<cross::Entry>,
    /// The plan's `[[allow]]`s, for policy on the cross-plan findings.
    pub allows: Vec<AllowEntry>,
    /// The plan's timeline, when asked for.
    pub timeline: Option<crate::planner::timeline::Timeline>,
    /// What the provider's view needs of the course, when a timeline is asked for.
    pub overview: Option<crate::planner::timeline::Overview>,
}

impl PlanReport {
    /// A plan that could not even be read (missing file, permissions, not UTF-8).
    pub fn unreadable(path: &str, finding: Finding) -> PlanReport {
        PlanReport {
            findings: vec![finding],
            ..PlanReport::unchecked(path, None)
        }
    }

    /// A plan not (yet) checked: no edition, no findings, the text if there is one.
    fn unchecked(path: &str, text: Option<Arc<str>>) -> PlanReport {
        PlanReport {
            path: path.to_owned(),
            text,
            service: None,
            edition: None,
            checked: false,
            findings: Vec::new(),
            cross_findings: Vec::new(),
            cross_positions: Vec::new(),
            cross: None,
            allows: Vec::new(),
            timeline: None,
            overview: None,
        }
    }

    /// Unsuppressed findings per severity, cross-plan findings included.
    pub fn counts(&self) -> Counts {
        Counts::of(self.findings.iter().chain(&self.cross_findings))
    }
}

/// Checks a plan given as raw bytes (a file named on the command line, or standard input).
pub fn check_bytes(path: &str, bytes: &[u8], packs: &Packs, options: &Options) -> PlanReport {
    check(path, bytes, packs, options, false)
        .unwrap_or_else(|| PlanReport::unreadable(path, not_a_plan()))
}

/// Checks a file found in a folder: TOML files that are not plans (no `[course]`) are skipped.
pub fn check_if_plan(
    path: &str,
    bytes: &[u8],
    packs: &Packs,
    options: &Options,
) -> Option<PlanReport> {
    check(path, bytes, packs, options, true)
}

/// Checks a plan given as text.
pub fn check_text(path: &str, text: &str, packs: &Packs, options: &Options) -> PlanReport {
    check_str(path, text, packs, options, false)
        .unwrap_or_else(|| PlanReport::unreadable(path, not_a_plan()))
}

fn not_a_plan() -> Finding {
    Finding::new(
        RuleId::PlanSchema,
        Severity::Error,
        msg!("schema-missing-course"),
    )
}

fn check(
    path: &str,
    bytes: &[u8],
    packs: &Packs,
    options: &Options,
    skip_non_plans: bool,
) -> Option<PlanReport> {
    // A NUL byte is never in a text file (TOML forbids it too): the file is binary.
    let nul = bytes.iter().position(|&b| b == 0);
    let (offset, message, help) = match (nul, std::str::from_utf8(bytes)) {
        (None, Ok(text)) => return check_str(path, text, packs, options, skip_non_plans),
        // A binary file found in a folder is no plan; one named on the command line is reported.
        _ if skip_non_plans => return None,
        (Some(at), _) => (
            at,
            msg!("syntax-binary", offset = at),
            msg!("syntax-binary-help"),
        ),
        (None, Err(e)) => (
            e.valid_up_to(),
            msg!("syntax-not-utf8", offset = e.valid_up_to()),
            msg!("syntax-not-utf8-help"),
        ),
    };
    // The text before the offending byte is shown, as far as it is valid UTF-8.
    let head = &bytes[..offset];
    let prefix = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    let mut report = PlanReport::unreadable(
        path,
        Finding::new(RuleId::PlanSyntax, Severity::Error, message)
            .at(Span::new(prefix.len(), prefix.len()))
            .help(help),
    );
    let codes = privacy::find_codes(prefix);
    report.text = Some(masked(prefix, &codes));
    report.findings.extend(codes::personal_data(codes));
    Some(report)
}

fn check_str(
    path: &str,
    text: &str,
    packs: &Packs,
    options: &Options,
    skip_non_plans: bool,
) -> Option<PlanReport> {
    analyse_str(path, text, packs, options, skip_non_plans).map(|a| a.report)
}

/// A plan's text as its report keeps it: identity codes masked, at the same byte offsets.
pub fn shown_text(text: &str) -> Arc<str> {
    masked(text, &privacy::find_codes(text))
}

fn masked(text: &str, codes: &[std::ops::Range<usize>]) -> Arc<str> {
    Arc::from(privacy::mask_source_at(text, codes).as_ref())
}

/// A checked plan together with the plan itself and its edition, for the tools that draw or
/// schedule it (timeline, deadlines, calendar export).
pub struct Analysis<'p> {
    pub report: PlanReport,
    /// The plan and the edition it was checked against, when it could be checked.
    pub plan: Option<(Plan, &'p Edition)>,
}

/// Checks a plan given as text and keeps the plan for further use.
pub fn analyse<'p>(path: &str, text: &str, packs: &'p Packs, options: &Options) -> Analysis<'p> {
    analyse_str(path, text, packs, options, false).unwrap_or_else(|| Analysis {
        report: PlanReport::unreadable(path, not_a_plan()),
        plan: None,
    })
}

/// [`analyse`] for a file found in a folder: `None` when it is not a plan.
pub fn analyse_found<'p>(
    path: &str,
    text: &str,
    packs: &'p Packs,
    options: &Options,
) -> Option<Analysis<'p>> {
    analyse_str(path, text, packs, options, true)
}

fn analyse_str<'p>(
    path: &str,
    text: &str,
    packs: &'p Packs,
    options: &Options,
    skip_non_plans: bool,
) -> Option<Analysis<'p>> {
    let parsed = plan::parse(text);
    let mut hidden_codes = Vec::new();
    let loaded = match parsed {
        Parsed::Plan(root) => {
            hidden_codes = codes::escaped_codes(root.get_ref(), text);
            plan::from_document_with(root.get_ref(), options.roster.as_deref())
        }
        Parsed::NotAPlan {
            plan_like: None, ..
        } if skip_non_plans => return None,
        Parsed::NotAPlan { empty, plan_like } => {
            let finding = match plan_like.and_then(|p| p.near_course) {
                Some((key, span)) => Finding::new(
                    RuleId::PlanSchema,
                    Severity::Error,
                    msg!("schema-missing-course-near", key = key.as_str()),
                )
                .at(span)
                .help(msg!("schema-missing-course-near-help", key = key.as_str())),
                None => Finding::new(
                    RuleId::PlanSchema,
                    Severity::Error,
                    if empty {
                        msg!("schema-empty-plan")
                    } else {
                        msg!("schema-missing-course")
                    },
                )
                .at(Span::default())
                .help(msg!("schema-missing-course-help")),
            };
            Err(plan::LoadError {
                findings: vec![finding],
                service: None,
            })
        }
        Parsed::Invalid {
            looks_like_plan: false,
            ..
        } if skip_non_plans => return None,
        Parsed::Invalid { error, .. } => Err(error),
    };
    let codes = privacy::find_codes(text);
    let mut report = PlanReport::unchecked(path, None);
    let mut kept = None;
    match loaded {
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
                            Arc::from([])
                        } else {
                            let answered = rules::answered_manual(&plan, edition);
                            if answered.is_empty() {
                                Arc::clone(&edition.manual_ids)
                            } else {
                                // A stated value the rule checks is not confirmed by hand.
                                edition
                                    .manual_ids
                                    .iter()
                                    .filter(|id| !answered.contains(&id.as_str()))
                                    .cloned()
                                    .collect()
                            }
                        },
                        rules: Arc::clone(&edition.rule_ids),
                    });
                    report.findings = findings;
                    report.allows = AllowEntry::of(&plan.allows);
                    // Nothing happens on a cancelled course: it books nobody.
                    if options.cross && !cancelled {
                        report.cross = Some(cross::Entry::new(
                            &plan,
                            text,
                            options.roster.is_some(),
                            options.provider_wide_clients,
                        ));
                    }
                    kept = Some((plan, edition));
                }
                Err(findings) => report.findings = findings,
            }
        }
        Err(e) => {
            report.service = e.service;
            report.findings = e.findings;
        }
    }
    // The text as reports show it: a copy, made only when something may quote it (a clean
    // plan's text is dropped after its check, [`crate::run::check_all`]).
    let quoted = !report.findings.is_empty() || !codes.is_empty() || !hidden_codes.is_empty();
    if options.keep_text || quoted {
        report.text = Some(masked(text, &codes));
    }
    report.findings.extend(codes::personal_data(codes));
    report.findings.extend(hidden_codes);
    sort(&mut report.findings);
    if let (true, Some((plan, edition))) = (options.timeline, &kept) {
        report.timeline = Some(crate::planner::timeline::Timeline::new(
            plan,
            edition,
            &report.findings,
            options.as_of,
        ));
        let label = plan.course.code.as_ref().map_or_else(
            || {
                std::path::Path::new(path)
                    .file_stem()
                    .map_or_else(|| path.to_owned(), |s| s.to_string_lossy().into_owned())
            },
            |c| c.value.clone(),
        );
        report.overview = Some(
            crate::planner::timeline::Overview::new(plan, &label, &report.findings).scheduled(
                plan,
                edition,
                options.as_of,
            ),
        );
    }
    Some(Analysis { report, plan: kept })
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
        .map_err(|e| vec![edition::edition_error(e, plan, packs)])?;
    let edition = choice.edition;

    let bad_allows = edition::validate_allows(&plan.allows);
    if !bad_allows.is_empty() {
        return Err(bad_allows);
    }

    let cx = Context::new(plan, edition, options.as_of);
    let mut findings = rules::run(&cx);
    // course.start is the first on-site day (plan format); rules count from it. A cancelled
    // course's periods no longer matter.
    if let Some(first) = cx.onsite.first()
        && first.start.value != course.start.value
        && course.status() != Status::Cancelled
    {
        findings.push(
            Finding::new(
                RuleId::CourseStart,
                Severity::Note,
                msg!(
                    "course-start",
                    start = course.start.value,
                    first = first.start.value
                ),
            )
            .at(course.start.span)
            .also(first.start.span, msg!("label-first-onsite-day"))
            .help(msg!("course-start-help")),
        );
    }
    if choice.pinned_outside_validity
        && let Some(pinned) = pinned
    {
        findings.push(
            Finding::new(
                RuleId::EditionPinned,
                Severity::Note,
                msg!(
                    "edition-pinned",
                    edition = edition.title_arg(),
                    range = edition.validity(),
                    start = course.start.value
                ),
            )
            .at(pinned.span),
        );
    }
    let allows = AllowEntry::of(&plan.allows);
    policy::apply(
        &options.policy,
        &allows,
        options.as_of,
        Stage::Plan,
        &mut findings,
    );
    Ok((edition, findings))
}

/// File order; within one place, the worst first.
fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let pos = |f: &Finding| f.span().map_or((u32::MAX, u32::MAX), |s| (s.start, s.end));
        pos(a)
            .cmp(&pos(b))
            .then(b.severity.cmp(&a.severity))
            .then(a.rule.as_str().cmp(b.rule.as_str()))
    });
}
