//! Properties of the calendar every date rule stands on: month arithmetic clamped to month ends,
//! Easter, and the weekdays of the Finnish public holidays.

use chrono::{Datelike, NaiveDate, Weekday};
use oras_check::calendar::{Holiday, add_days, add_months, easter, holiday, holidays};
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // Every date a TOML plan can hold (years 0000–9999).
    let first = NaiveDate::from_ymd_opt(0, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
    (0..=(last - first).num_days()).prop_map(move |n| add_days(first, n))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.unwrap().pred_opt().unwrap().day()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// N months later is in the month N calendar months on, on the same day of the month or,
    /// when that month is shorter, on its last day.
    #[test]
    fn month_arithmetic_lands_in_the_right_month_clamped(d in any_date(), n in -240i32..=240) {
        let r = add_months(d, n);
        let months = |x: NaiveDate| i64::from(x.year()) * 12 + i64::from(x.month0());
        prop_assert_eq!(months(r) - months(d), i64::from(n));
        let last = days_in_month(r.year(), r.month());
        prop_assert_eq!(r.day(), d.day().min(last));
    }

    /// Clamping only ever moves a date earlier: two steps never overshoot one step.
    #[test]
    fn month_steps_never_overshoot(d in any_date(), a in 0i32..=120, b in 0i32..=120) {
        let two = add_months(add_months(d, a), b);
        let one = add_months(d, a + b);
        prop_assert!(two <= one);
        prop_assert!(add_months(add_months(d, a), -a) <= d);
    }

    /// A later start never gives an earlier deadline.
    #[test]
    fn month_arithmetic_is_monotonic(x in any_date(), y in any_date(), n in -240i32..=240) {
        let (early, late) = if x <= y { (x, y) } else { (y, x) };
        prop_assert!(add_months(early, n) <= add_months(late, n));
    }

    /// `holiday` decides from the date alone; it agrees with the year's list on every day.
    #[test]
    fn holiday_agrees_with_the_list_of_the_year(d in any_date()) {
        let listed: Vec<Holiday> = holidays(d.year())
            .into_iter()
            .filter(|(date, _)| *date == d)
            .map(|(_, h)| h)
            .collect();
        match holiday(d) {
            Some(h) => prop_assert!(listed.contains(&h), "{} is {:?}, list: {:?}", d, h, listed),
            None => prop_assert!(listed.is_empty(), "{} missed: {:?}", d, listed),
        }
    }

    #[test]
    fn easter_is_a_sunday_between_22_march_and_25_april(year in 1583i32..=9999) {
        let e = easter(year);
        prop_assert_eq!(e.year(), year);
        prop_assert_eq!(e.weekday(), Weekday::Sun);
        let earliest = NaiveDate::from_ymd_opt(year, 3, 22).unwrap();
        let latest = NaiveDate::from_ymd_opt(year, 4, 25).unwrap();
        prop_assert!((earliest..=latest).contains(&e), "{}", e);
    }

    /// Each holiday on its weekday or its date, once a year, and found by `holiday`.
    #[test]
    fn every_holiday_falls_on_its_weekday(year in 1583i32..=9999) {
        let all = holidays(year);
        prop_assert_eq!(all.len(), 15);
        for (date, h) in &all {
            // Two holidays can share a day (Ascension Day on May Day, as in 2008).
            let found = holiday(*date);
            prop_assert!(
                found == Some(*h) || all.iter().any(|(d, other)| d == date && found == Some(*other))
            );
            let (m, d, wd) = (date.month(), date.day(), date.weekday());
            let e = easter(year);
            match h {
                Holiday::NewYearsDay => prop_assert_eq!((m, d), (1, 1)),
                Holiday::Epiphany => prop_assert_eq!((m, d), (1, 6)),
                Holiday::GoodFriday => {
                    prop_assert_eq!(wd, Weekday::Fri);
                    prop_assert_eq!(*date, add_days(e, -2));
                }
                Holiday::EasterSunday => prop_assert_eq!(*date, e),
                Holiday::EasterMonday => {
                    prop_assert_eq!(wd, Weekday::Mon);
                    prop_assert_eq!(*date, add_days(e, 1));
                }
                Holiday::MayDay => prop_assert_eq!((m, d), (5, 1)),
                Holiday::AscensionDay => {
                    prop_assert_eq!(wd, Weekday::Thu);
                    prop_assert_eq!(*date, add_days(e, 39));
                }
                Holiday::WhitSunday => {
                    prop_assert_eq!(wd, Weekday::Sun);
                    prop_assert_eq!(*date, add_days(e, 49));
                }
                Holiday::MidsummerEve => {
                    prop_assert_eq!(wd, Weekday::Fri);
                    prop_assert!(m == 6 && (19..=25).contains(&d));
                }
                Holiday::MidsummerDay => {
                    prop_assert_eq!(wd, Weekday::Sat);
                    prop_assert!(m == 6 && (20..=26).contains(&d));
                }
                Holiday::AllSaintsDay => {
                    prop_assert_eq!(wd, Weekday::Sat);
                    prop_assert!((m == 10 && d == 31) || (m == 11 && d <= 6));
                }
                Holiday::IndependenceDay => prop_assert_eq!((m, d), (12, 6)),
                Holiday::ChristmasEve => prop_assert_eq!((m, d), (12, 24)),
                Holiday::ChristmasDay => prop_assert_eq!((m, d), (12, 25)),
                Holiday::BoxingDay => prop_assert_eq!((m, d), (12, 26)),
            }
        }
        // Nothing else is a holiday: the days around each one are not (unless also listed).
        let listed: Vec<NaiveDate> = all.iter().map(|(d, _)| *d).collect();
        for (date, _) in &all {
            for near in [add_days(*date, -1), add_days(*date, 1)] {
                prop_assert_eq!(holiday(near).is_some(), listed.contains(&near));
            }
        }
    }
}

/// Easter over every year TOML can write after the Gregorian reform, not just a sample.
#[test]
fn easter_for_every_year_from_1583_to_9999() {
    for year in 1583..=9999 {
        let e = easter(year);
        assert_eq!(e.weekday(), Weekday::Sun, "{year}");
        assert!(
            (NaiveDate::from_ymd_opt(year, 3, 22).unwrap()
                ..=NaiveDate::from_ymd_opt(year, 4, 25).unwrap())
                .contains(&e),
            "{year}: {e}"
        );
    }
}

#[test]
fn month_ends_clamp_as_the_plan_format_says() {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    assert_eq!(add_months(d("2024-08-31"), 6), d("2025-02-28"));
    assert_eq!(add_months(d("2023-08-31"), 6), d("2024-02-29"));
    assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
    assert_eq!(add_months(d("2025-03-31"), -1), d("2025-02-28"));
    assert_eq!(
        add_months(d("9999-12-31"), 20),
        NaiveDate::from_ymd_opt(10001, 8, 31).unwrap()
    );
}

/// Every day of a century, not a sample: `holiday` and the year's list agree.
#[test]
fn holiday_agrees_with_the_list_on_every_day_from_2000_to_2100() {
    let mut day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let mut year = Vec::new();
    while day.year() <= 2100 {
        if day.ordinal() == 1 {
            year = holidays(day.year());
        }
        let listed: Vec<Holiday> = year
            .iter()
            .filter(|(d, _)| *d == day)
            .map(|(_, h)| *h)
            .collect();
        assert_eq!(
            holiday(day).is_some(),
            !listed.is_empty(),
            "{day}: {listed:?}"
        );
        if let Some(h) = holiday(day) {
            assert!(listed.contains(&h), "{day}");
        }
        day = add_days(day, 1);
    }
}
