//! Rehabilitation allowance (kuntoutusraha): who can get it and for which days
//! (`allowance-age`, `allowance-days`). These are facts for the client's income during the
//! course, so they are notes and warnings, never errors: the course itself is not wrong.

use chrono::{Datelike, Weekday};

use super::Context;
use crate::calendar;
use crate::finding::{Arg, Finding, Severity};
use crate::msg;

pub fn age(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(rule) = &cx.rules().allowance_age else {
        return;
    };
    let range = i64::from(rule.min_age)..=i64::from(rule.max_age);
    for client in &cx.clients {
        if let Some(age) = &client.age
            && !range.contains(&age.value)
        {
            out.push(
                Finding::new(
                    "allowance-age",
                    Severity::Note,
                    msg!(
                        "allowance-age",
                        client = &client.id.value,
                        age = age.value,
                        min = rule.min_age,
                        max = rule.max_age
                    ),
                )
                .at(age.span)
                .client(&client.id.value)
                .help(msg!("allowance-age-help"))
                .cite(&rule.meta.source),
            );
        }
    }
}

pub fn days(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(rule) = &cx.rules().allowance_days else {
        return;
    };
    // Sundays are already errors under `onsite-weekdays` where that rule is in force.
    let sundays_reported = cx.edition.has("onsite-weekdays");
    for period in &cx.onsite {
        let days: Vec<Arg> = calendar::dates(period.start.value, period.end.value)
            .filter_map(|d| {
                let sunday = d.weekday() == Weekday::Sun;
                if sunday && sundays_reported {
                    return None;
                }
                let name = match calendar::holiday(d) {
                    Some(h) => h.message_id(),
                    None if sunday => calendar::weekday_message_id(Weekday::Sun),
                    None => return None,
                };
                Some(Arg::Phrase(vec![Arg::Term(name), Arg::Date(d)]))
            })
            .collect();
        if days.is_empty() {
            continue;
        }
        out.push(
            Finding::new(
                "allowance-days",
                Severity::Warning,
                msg!(
                    "allowance-days",
                    count = days.len(),
                    days = Arg::all(days),
                    start = period.start.value,
                    end = period.end.value
                ),
            )
            .at(period.start.span)
            .also(period.end.span, msg!("label-period-ends"))
            .help(msg!("allowance-days-help"))
            .cite(&rule.meta.source),
        );
    }
}
