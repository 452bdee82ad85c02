//! On-site periods: how many, how long, on which weekdays, within what span, and how long a
//! rehabilitation day is (`onsite-periods`, `onsite-weekdays`, `periods-span`, `day-length`).

use crate::pack::Cited;
use crate::pack::params::{DayLength, Months, NoParams, OnsitePeriods};
use chrono::{Datelike, Weekday};

use super::Context;
use crate::calendar;
use crate::finding::{Arg, Finding, Severity};
use crate::msg;

pub fn onsite_periods(cx: &Context<'_>, rule: &Cited<OnsitePeriods>, out: &mut Vec<Finding>) {
    let expected = rule.count as usize;
    let found = cx.onsite.len();
    if found != expected {
        let finding = rule
            .finding(
                Severity::Error,
                msg!("onsite-periods-count", count = found, expected = expected),
            )
            .help(msg!("onsite-periods-count-help", expected = expected));
        // Too many: point at the first period beyond the number; too few: at the course start.
        out.push(match cx.onsite.get(expected) {
            Some(extra) => finding.at_labelled(
                extra.header,
                msg!("onsite-periods-extra-label", position = expected + 1),
            ),
            None => finding.at(cx.course_span()),
        });
    }
    if let Some(days) = rule.days_each {
        for period in cx.onsite.iter().filter(|p| p.days() != i64::from(days)) {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!(
                        "onsite-periods-days-each",
                        start = period.start.value,
                        end = period.end.value,
                        days = period.days(),
                        expected = days
                    ),
                )
                .at_labelled(
                    period.end.span,
                    msg!("label-period-days", days = period.days()),
                )
                .also(period.start.span, msg!("label-period-starts"))
                .help(msg!("onsite-periods-days-each-help", expected = days)),
            );
        }
    }
    if let (Some(total), Some(last)) = (rule.days_total, cx.onsite.last()) {
        let found: i64 = cx.onsite.iter().map(|p| p.days()).sum();
        if found != i64::from(total) {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!("onsite-periods-days-total", days = found, expected = total),
                )
                .at(last.header)
                .help(msg!("onsite-periods-days-total-help", expected = total)),
            );
        }
    }
}

pub fn onsite_weekdays(cx: &Context<'_>, rule: &Cited<NoParams>, out: &mut Vec<Finding>) {
    for period in &cx.onsite {
        let sundays: Vec<_> = calendar::dates(period.start.value, period.end.value)
            .filter(|d| d.weekday() == Weekday::Sun)
            .collect();
        let Some(first) = sundays.first() else {
            continue;
        };
        // Point at the date that is the Sunday when it is an end of the period.
        let span = if period.end.value.weekday() == Weekday::Sun && sundays.len() == 1 {
            period.end.span
        } else {
            period.start.span
        };
        out.push(
            rule.finding(
                Severity::Error,
                msg!(
                    "onsite-weekdays",
                    start = period.start.value,
                    end = period.end.value,
                    sundays = Arg::all(sundays.iter().copied()),
                    count = sundays.len()
                ),
            )
            .at_labelled(span, msg!("label-sunday", date = *first))
            .help(msg!("onsite-weekdays-help")),
        );
    }
}

pub fn periods_span(cx: &Context<'_>, rule: &Cited<Months>, out: &mut Vec<Finding>) {
    let (Some(first), Some(last)) = (
        cx.onsite.first(),
        cx.onsite.iter().max_by_key(|p| p.end.value),
    ) else {
        return;
    };
    let limit = rule.after(first.start.value);
    if last.end.value > limit {
        out.push(
            rule.finding(
                Severity::Error,
                msg!(
                    "periods-span",
                    first = first.start.value,
                    last = last.end.value,
                    months = rule.months,
                    limit = limit
                ),
            )
            .at(last.end.span)
            .also(first.start.span, msg!("label-first-onsite-day"))
            .help(msg!("periods-span-help", limit = limit)),
        );
    }
}

pub fn day_length(cx: &Context<'_>, rule: &Cited<DayLength>, out: &mut Vec<Finding>) {
    for period in &cx.onsite {
        // Not stated: the plan cannot show the day is long enough (as `remote-guidance` notes
        // its own missing value). A missing guided figure is not reported.
        if period.hours_per_day.is_none() {
            out.push(
                rule.finding(
                    Severity::Note,
                    msg!(
                        "day-length-not-stated",
                        start = period.start.value,
                        end = period.end.value,
                        min = rule.min_hours
                    ),
                )
                .at(period.header)
                .help(msg!("day-length-not-stated-help")),
            );
        }
        if let Some(hours) = &period.hours_per_day
            && hours.value < rule.min_hours
        {
            out.push(
                rule.finding(
                    Severity::Error,
                    msg!("day-length", hours = hours.value, min = rule.min_hours),
                )
                .at(hours.span)
                .help(msg!("day-length-help", min = rule.min_hours)),
            );
        }
        if let Some(guided) = &period.guided_hours_per_day
            && guided.value < rule.min_guided_hours
        {
            out.push(
                rule.finding(
                    Severity::Warning,
                    msg!(
                        "day-length-guided",
                        hours = guided.value,
                        min = rule.min_guided_hours
                    ),
                )
                .at(guided.span)
                .help(msg!("day-length-guided-help", min = rule.min_guided_hours)),
            );
        }
    }
}
