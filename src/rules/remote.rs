//! The remote part (etäkuntoutus): whether there is one, where it lies, how long it is, and how
//! much guidance each client gets (`remote-period`, `remote-guidance`).

use super::Context;
use crate::finding::{Finding, Severity};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::{MinHours, RemotePeriod};

pub fn remote_period(cx: &Context<'_>, rule: &Cited<RemotePeriod>, out: &mut Vec<Finding>) {
    let error = |message| rule.finding(Severity::Error, message);
    let RemotePeriod::Required {
        weeks,
        tolerance_days,
    } = rule.params
    else {
        for period in &cx.remote {
            out.push(
                error(msg!(
                    "remote-period-none-allowed",
                    edition = cx.edition.title_arg()
                ))
                .at(period.header)
                .help(msg!("remote-period-none-allowed-help")),
            );
        }
        return;
    };
    match cx.remote.len() {
        0 => out.push(
            error(msg!("remote-period-missing", weeks = weeks))
                .at(cx.onsite.first().map_or(cx.course_span(), |p| p.header))
                .help(msg!("remote-period-missing-help", weeks = weeks)),
        ),
        1 => {}
        n => out.push(
            error(msg!("remote-period-several", count = n))
                .at(cx.remote[1].header)
                .help(msg!("remote-period-several-help")),
        ),
    }
    // Strictly after the first on-site period and strictly before the second.
    let after = cx.onsite.first().map(|p| p.end.value);
    let before = cx.onsite.get(1).map(|p| p.start.value);
    for period in &cx.remote {
        let starts_too_early = after.is_some_and(|a| period.start.value <= a);
        let ends_too_late = before.is_some_and(|b| period.end.value >= b);
        if starts_too_early || ends_too_late {
            let mut f = error(msg!(
                "remote-period-position",
                start = period.start.value,
                end = period.end.value
            ))
            .at(if starts_too_early {
                period.start.span
            } else {
                period.end.span
            })
            .help(msg!("remote-period-position-help"));
            if let Some(first) = cx.onsite.first() {
                f = f.also(first.end.span, msg!("label-first-onsite-ends"));
            }
            if let Some(second) = cx.onsite.get(1) {
                f = f.also(second.start.span, msg!("label-second-onsite-starts"));
            }
            out.push(f);
        }
        if let Some(tolerance) = tolerance_days {
            let expected = i64::from(weeks) * 7;
            let days = period.days();
            // The length is fixed ("Etäkuntoutusjakson kesto on 12 viikkoa"): beyond the
            // tolerance it is an error.
            if (days - expected).abs() > i64::from(tolerance) {
                out.push(
                    rule.finding(
                        Severity::Error,
                        msg!(
                            "remote-period-length",
                            days = days,
                            weeks = weeks,
                            expected = expected
                        ),
                    )
                    .at_labelled(period.end.span, msg!("label-period-days", days = days))
                    .also(period.start.span, msg!("label-period-starts"))
                    .help(msg!(
                        "remote-period-length-help",
                        tolerance = tolerance,
                        expected = expected
                    )),
                );
            }
        }
    }
}

pub fn remote_guidance(cx: &Context<'_>, rule: &Cited<MinHours>, out: &mut Vec<Finding>) {
    for period in &cx.remote {
        match &period.guidance_hours_per_client {
            None => out.push(
                rule.finding(
                    Severity::Note,
                    msg!("remote-guidance-not-stated", min = rule.min_hours),
                )
                .at(period.header)
                .help(msg!("remote-guidance-not-stated-help")),
            ),
            Some(hours) if hours.value < rule.min_hours => out.push(
                rule.finding(
                    Severity::Error,
                    msg!("remote-guidance", hours = hours.value, min = rule.min_hours),
                )
                .at(hours.span)
                .help(msg!("remote-guidance-help", min = rule.min_hours)),
            ),
            Some(_) => {}
        }
    }
}
