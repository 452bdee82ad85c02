//! Rehabilitation allowance (kuntoutusraha): who can get it and for which days
//! (`allowance-age`, `allowance-days`). A day counts when it lasts at least 4 hours with travel
//! (003 "kuntoutuspäivältä, joka kestää matkoineen vähintään 4 tuntia"; 004 "kuntoutuspäivä
//! kestää vähintään 4 h matkoineen"). These are facts for the client's income during the
//! course, so they are notes and warnings, never errors: the course itself is not wrong.

use crate::pack::Cited;
use crate::pack::params::{AgeRange, AllowanceDays};
use chrono::{Datelike, Weekday};

use super::Context;
use crate::calendar;
use crate::finding::{Arg, Finding, RuleId, Severity};
use crate::msg;

pub fn age(cx: &Context<'_>, rule: &Cited<AgeRange>, out: &mut Vec<Finding>) {
    let range = i64::from(rule.min_age)..=i64::from(rule.max_age);
    let outside: Vec<_> = cx
        .clients
        .iter()
        .filter_map(|c| {
            c.age
                .as_ref()
                .filter(|a| !range.contains(&a.value))
                .map(|a| (*c, a))
        })
        .collect();
    let note = |message, span| {
        rule.finding(Severity::Note, message)
            .at(span)
            .help(msg!("allowance-age-help"))
    };
    // A children's group is entirely outside the ages: one note for the group, not one per child.
    if outside.len() > 1 && outside.len() == cx.clients.len() {
        out.push(
            note(
                msg!("allowance-age-all", min = rule.min_age, max = rule.max_age),
                outside[0].1.span,
            )
            .clients(outside.iter().map(|(c, _)| c.id.value.as_str())),
        );
        return;
    }
    for (client, age) in outside {
        out.push(
            note(
                msg!(
                    "allowance-age",
                    client = &client.id.value,
                    age = age.value,
                    min = rule.min_age,
                    max = rule.max_age
                ),
                age.span,
            )
            .client(&client.id.value),
        );
    }
}

pub fn days(cx: &Context<'_>, rule: &Cited<AllowanceDays>, out: &mut Vec<Finding>) {
    // Sundays are already errors under `onsite-weekdays` where that rule is in force.
    let sundays_reported = cx.edition.has(RuleId::OnsiteWeekdays);
    for period in &cx.onsite {
        // A short day carries the allowance only if the travel makes it up to 4 hours.
        if let (Some(hours), Some(min)) = (&period.hours_per_day, rule.min_day_hours)
            && hours.value < min
        {
            // Cites the allowance's own text (003), not the Sunday rule.
            out.push(
                rule.finding_also(
                    0,
                    Severity::Note,
                    msg!(
                        "allowance-days-short",
                        hours = hours.value,
                        min = min,
                        start = period.start.value,
                        end = period.end.value
                    ),
                )
                .at(hours.span)
                .help(msg!("allowance-days-short-help", min = min)),
            );
        }
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
            rule.finding(
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
            .help(msg!("allowance-days-help")),
        );
    }
}
