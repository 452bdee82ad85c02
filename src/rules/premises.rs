//! Premises, accommodation, insurance and outcome measurements (`facilities`, `accommodation`,
//! `insurance`, `measurements`). A required item stated as absent is an error; one not stated
//! at all is a warning, since the plan cannot show it is there.

use super::Context;
use crate::finding::{Arg, Finding, Message, Severity, Span};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::{Accommodation, Facilities, Insurance, Measurements};
use crate::plan::{Mode, RoomStandard, Spanned, Vocab};

/// The span items of a table default to: the table's header, or the course when the table is
/// missing altogether.
fn table_or_course(cx: &Context<'_>, header: Option<Span>) -> Span {
    header.unwrap_or(cx.plan.course.header)
}

pub fn facilities(cx: &Context<'_>, rule: &Cited<Facilities>, out: &mut Vec<Finding>) {
    let table = cx.plan.facilities.as_ref();
    let anchor = table_or_course(cx, table.map(|t| t.header));
    let mut unstated = Vec::new();
    for item in &rule.required {
        match table.and_then(|t| t.flag(*item)) {
            Some(Spanned { value: false, span }) => out.push(
                rule.finding(Severity::Error, msg!("facilities-absent", item = item.id()))
                    .at(*span)
                    .help(msg!("facilities-absent-help", item = item.id())),
            ),
            Some(_) => {}
            None => unstated.push(format!("`{}`", item.id())),
        }
    }
    if let Some(accepted) = &rule.pool {
        match table.and_then(|t| t.pool.as_ref()) {
            Some(pool) if !accepted.contains(&pool.value) => out.push(
                rule.finding(
                    Severity::Error,
                    msg!("facilities-pool", pool = pool.value.id()),
                )
                .at(pool.span)
                .help(msg!(
                    "facilities-pool-help",
                    accepted = Arg::any(accepted.iter().map(|p| format!("\"{p}\"")))
                )),
            ),
            Some(_) => {}
            None => unstated.push("`pool`".to_owned()),
        }
    }
    let count = unstated.len();
    let message = msg!(
        "facilities-not-stated",
        count = count,
        items = Arg::all(unstated)
    );
    not_stated(
        rule,
        count,
        anchor,
        message,
        msg!("facilities-not-stated-help"),
        out,
    );
}

/// The one warning for the `count` things a rule asks the plan to state and it leaves out.
fn not_stated<P>(
    rule: &Cited<P>,
    count: usize,
    at: Span,
    message: Message,
    help: Message,
    out: &mut Vec<Finding>,
) {
    if count > 0 {
        out.push(rule.finding(Severity::Warning, message).at(at).help(help));
    }
}

/// The message naming an on-site mode in the reader's language.
fn mode_term(mode: Mode) -> &'static str {
    match mode {
        Mode::Residential => "mode-residential",
        Mode::Outpatient => "mode-outpatient",
    }
}

pub fn accommodation(cx: &Context<'_>, rule: &Cited<Accommodation>, out: &mut Vec<Finding>) {
    // Clients stay where they are rehabilitated: an outpatient period houses nobody.
    if let Some(accepted) = &rule.onsite_modes {
        for (number, period) in cx.onsite.iter().enumerate() {
            if let Some(mode) = period
                .mode
                .as_ref()
                .filter(|m| !accepted.contains(&m.value))
            {
                out.push(
                    rule.finding(
                        Severity::Error,
                        msg!(
                            "accommodation-mode",
                            period = number + 1,
                            mode = Arg::Term(mode_term(mode.value))
                        ),
                    )
                    .at(mode.span)
                    .help(msg!(
                        "accommodation-mode-help",
                        modes = Arg::any(accepted.iter().map(|m| Arg::Term(mode_term(*m))))
                    )),
                );
            }
        }
    }
    let table = cx.plan.facilities.as_ref();
    let room = table.and_then(|t| t.room_standard.as_ref());
    if rule.room_standard_only {
        // The edition accepts outpatient courses: only a residential period houses anyone, and
        // then in the general part's room (004 "Järjestä majoitus kahden hengen huoneessa, jossa
        // on WC ja suihku").
        let residential = cx.onsite.iter().find(|p| {
            p.mode
                .as_ref()
                .is_some_and(|m| m.value == Mode::Residential)
        });
        if let (Some(period), Some(room)) = (residential, room)
            && room.value == RoomStandard::Other
        {
            let mode = period.mode.as_ref().map_or(period.header, |m| m.span);
            out.push(
                rule.finding(Severity::Warning, msg!("accommodation-room"))
                    .at(room.span)
                    .also(mode, msg!("label-residential-period"))
                    .help(msg!("accommodation-room-help")),
            );
        }
        return;
    }
    let anchor = table_or_course(cx, table.map(|t| t.header));
    match table.and_then(|t| t.accommodation_on_site.as_ref()) {
        Some(Spanned { value: false, span }) => out.push(
            rule.finding(Severity::Error, msg!("accommodation-elsewhere"))
                .at(*span)
                .help(msg!("accommodation-elsewhere-help")),
        ),
        Some(_) => {}
        None => out.push(
            rule.finding(Severity::Warning, msg!("accommodation-not-stated"))
                .at(anchor)
                .help(msg!("accommodation-not-stated-help")),
        ),
    }
    if let Some(room) = room
        && room.value == RoomStandard::Other
    {
        out.push(
            rule.finding(Severity::Warning, msg!("accommodation-room"))
                .at(room.span)
                .help(msg!("accommodation-room-help")),
        );
    }
}

pub fn insurance(cx: &Context<'_>, rule: &Cited<Insurance>, out: &mut Vec<Finding>) {
    let table = cx.plan.insurance.as_ref();
    let mut unstated = Vec::new();
    for kind in &rule.required {
        match table.and_then(|t| t.flag(*kind)) {
            Some(Spanned { value: false, span }) => out.push(
                rule.finding(
                    Severity::Error,
                    msg!("insurance-absent", kind = Arg::Term(kind.message_id())),
                )
                .at(*span)
                .help(msg!("insurance-absent-help")),
            ),
            Some(_) => {}
            None => unstated.push(Arg::Term(kind.message_id())),
        }
    }
    let count = unstated.len();
    let message = msg!(
        "insurance-not-stated",
        count = count,
        kinds = Arg::all(unstated)
    );
    let at = table_or_course(cx, table.map(|t| t.header));
    not_stated(
        rule,
        count,
        at,
        message,
        msg!("insurance-not-stated-help"),
        out,
    );
}

pub fn measurements(cx: &Context<'_>, rule: &Cited<Measurements>, out: &mut Vec<Finding>) {
    let required = Arg::all(rule.instruments.iter().map(|i| i.id()));
    let Some(table) = &cx.plan.measurements else {
        out.push(
            rule.finding(
                Severity::Warning,
                msg!("measurements-not-stated", required = required),
            )
            .at(cx.plan.course.header)
            .help(msg!("measurements-not-stated-help")),
        );
        return;
    };
    let stated: Vec<_> = table
        .instruments
        .as_ref()
        .map(|list| list.value.iter().map(|i| i.value).collect())
        .unwrap_or_default();
    let missing: Vec<_> = rule
        .instruments
        .iter()
        .filter(|i| !stated.contains(i))
        .collect();
    if !missing.is_empty() {
        let span = table.instruments.as_ref().map_or(table.header, |i| i.span);
        out.push(
            rule.finding(
                Severity::Error,
                msg!(
                    "measurements-missing",
                    count = missing.len(),
                    missing = Arg::all(missing.iter().map(|i| i.id()))
                ),
            )
            .at(span)
            .help(msg!("measurements-missing-help", required = required)),
        );
    }
}
