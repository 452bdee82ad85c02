//! Calendar arithmetic the service descriptions are written in: calendar months clamped to the
//! month's end, weeks, weekdays, and Finnish public holidays.
//!
//! Every date rule goes through this module so that "N months after D" means the same thing
//! everywhere (plan-format.md: 2024-08-31 + 6 months = 2025-02-28). Easter is computed with the
//! Gregorian computus rather than read from a table: the `holidays` crate stops at 2030, while
//! plans (and typos in them) may name any year TOML can express.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// `date` + `months` calendar months, clamped to the last day of a shorter month.
/// Saturates at chrono's date range instead of failing: plans may contain year 9999.
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let by = Months::new(months.unsigned_abs());
    saturated(
        months >= 0,
        date.checked_add_months(by),
        date.checked_sub_months(by),
    )
}

/// `date` + `days` days (negative: earlier), saturating at chrono's date range.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let by = Days::new(days.unsigned_abs());
    saturated(
        days >= 0,
        date.checked_add_days(by),
        date.checked_sub_days(by),
    )
}

/// The date moved `later` or earlier, or the end of chrono's range it ran past.
fn saturated(later: bool, added: Option<NaiveDate>, subtracted: Option<NaiveDate>) -> NaiveDate {
    if later {
        added.unwrap_or(NaiveDate::MAX)
    } else {
        subtracted.unwrap_or(NaiveDate::MIN)
    }
}

/// Number of days in the inclusive range `start ..= end` (plan-format.md: "days" of a period
/// = end − start + 1). Zero or negative when `end` precedes `start`.
pub fn days_inclusive(start: NaiveDate, end: NaiveDate) -> i64 {
    (end - start).num_days() + 1
}

/// Every date of the inclusive range, in order.
pub fn dates(start: NaiveDate, end: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    start.iter_days().take_while(move |d| *d <= end)
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm,
/// "Meeus/Jones/Butcher"). Valid for every year chrono can represent after 1582; for earlier
/// years it still returns the proleptic Gregorian result, which is what a plan typo deserves.
pub fn easter(year: i32) -> NaiveDate {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    // month is 3 or 4 and day 1..=31 by construction of the algorithm.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// The Finnish public holidays the rehabilitation allowance rule cares about (004: "Jos
/// kuntoutus toteutuu sunnuntaina tai arkipyhänä, kuntoutusrahaa ei voi saada"). The list is
/// the one settled in the rule catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYearsDay,
    Epiphany,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    MayDay,
    AscensionDay,
    WhitSunday,
    MidsummerEve,
    MidsummerDay,
    AllSaintsDay,
    IndependenceDay,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
}

impl Holiday {
    /// The Fluent message id of the holiday's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "holiday-new-years-day",
            Holiday::Epiphany => "holiday-epiphany",
            Holiday::GoodFriday => "holiday-good-friday",
            Holiday::EasterSunday => "holiday-easter-sunday",
            Holiday::EasterMonday => "holiday-easter-monday",
            Holiday::MayDay => "holiday-may-day",
            Holiday::AscensionDay => "holiday-ascension-day",
            Holiday::WhitSunday => "holiday-whit-sunday",
            Holiday::MidsummerEve => "holiday-midsummer-eve",
            Holiday::MidsummerDay => "holiday-midsummer-day",
            Holiday::AllSaintsDay => "holiday-all-saints-day",
            Holiday::IndependenceDay => "holiday-independence-day",
            Holiday::ChristmasEve => "holiday-christmas-eve",
            Holiday::ChristmasDay => "holiday-christmas-day",
            Holiday::BoxingDay => "holiday-boxing-day",
        }
    }
}

/// The holidays of `year`, in date order.
pub fn holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let easter = easter(year);
    let mut out: Vec<(NaiveDate, Holiday)> = [
        (fixed(1, 1), Holiday::NewYearsDay),
        (fixed(1, 6), Holiday::Epiphany),
        (Some(add_days(easter, -2)), Holiday::GoodFriday),
        (Some(easter), Holiday::EasterSunday),
        (Some(add_days(easter, 1)), Holiday::EasterMonday),
        (fixed(5, 1), Holiday::MayDay),
        (Some(add_days(easter, 39)), Holiday::AscensionDay),
        (Some(add_days(easter, 49)), Holiday::WhitSunday),
        (
            weekday_between(year, 6, 19, Weekday::Fri),
            Holiday::MidsummerEve,
        ),
        (
            weekday_between(year, 6, 20, Weekday::Sat),
            Holiday::MidsummerDay,
        ),
        (
            weekday_between(year, 10, 31, Weekday::Sat),
            Holiday::AllSaintsDay,
        ),
        (fixed(12, 6), Holiday::IndependenceDay),
        (fixed(12, 24), Holiday::ChristmasEve),
        (fixed(12, 25), Holiday::ChristmasDay),
        (fixed(12, 26), Holiday::BoxingDay),
    ]
    .into_iter()
    .filter_map(|(date, holiday)| date.map(|d| (d, holiday)))
    .collect();
    out.sort_by_key(|(date, _)| *date);
    out
}

/// The holiday falling on `date`, if any.
///
/// Decided from the date itself (checked against [`holidays`] by the property tests): it is
/// asked for every on-site day of every plan, and building the year's list each time showed in
/// profiles. Where two holidays share a day (Ascension Day on May Day), the fixed one is named.
pub fn holiday(date: NaiveDate) -> Option<Holiday> {
    let (month, day, weekday) = (date.month(), date.day(), date.weekday());
    let fixed = match (month, day) {
        (1, 1) => Some(Holiday::NewYearsDay),
        (1, 6) => Some(Holiday::Epiphany),
        (5, 1) => Some(Holiday::MayDay),
        (12, 6) => Some(Holiday::IndependenceDay),
        (12, 24) => Some(Holiday::ChristmasEve),
        (12, 25) => Some(Holiday::ChristmasDay),
        (12, 26) => Some(Holiday::BoxingDay),
        (6, 19..=25) if weekday == Weekday::Fri => Some(Holiday::MidsummerEve),
        (6, 20..=26) if weekday == Weekday::Sat => Some(Holiday::MidsummerDay),
        (10, 31) | (11, 1..=6) if weekday == Weekday::Sat => Some(Holiday::AllSaintsDay),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    // Good Friday (Easter − 2, from 20 March) to Whit Sunday (Easter + 49, by 13 June).
    if !(3..=6).contains(&month) {
        return None;
    }
    match (date - easter(date.year())).num_days() {
        -2 => Some(Holiday::GoodFriday),
        0 => Some(Holiday::EasterSunday),
        1 => Some(Holiday::EasterMonday),
        39 => Some(Holiday::AscensionDay),
        49 => Some(Holiday::WhitSunday),
        _ => None,
    }
}

/// The first `weekday` in the seven days starting `year-month-day` (e.g. Midsummer Eve is the
/// Friday between 19 and 25 June).
fn weekday_between(year: i32, month: u32, day: u32, weekday: Weekday) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, day)?;
    dates(first, add_days(first, 6)).find(|d| d.weekday() == weekday)
}

/// The Fluent message id of a weekday's name.
pub fn weekday_message_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(d("2024-08-31"), 6), d("2025-02-28"));
        assert_eq!(add_months(d("2023-08-31"), 6), d("2024-02-29"));
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2024-02-29"), 48), d("2028-02-29"));
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
        assert_eq!(add_months(d("2025-01-30"), 3), d("2025-04-30"));
        assert_eq!(add_months(d("2025-03-31"), 20), d("2026-11-30"));
        assert_eq!(add_months(d("2022-03-31"), -1), d("2022-02-28"));
        assert_eq!(add_months(d("2025-05-31"), -3), d("2025-02-28"));
        assert_eq!(add_months(d("2025-03-15"), 0), d("2025-03-15"));
    }

    #[test]
    fn month_arithmetic_saturates_instead_of_panicking() {
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_months(NaiveDate::MIN, -1), NaiveDate::MIN);
        assert_eq!(
            add_months(d("9999-12-31"), 20),
            NaiveDate::from_ymd_opt(10001, 8, 31).unwrap()
        );
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MIN, -1), NaiveDate::MIN);
        assert_eq!(add_months(d("0000-01-31"), 1), d("0000-02-29"));
    }

    #[test]
    fn inclusive_day_counts() {
        assert_eq!(days_inclusive(d("2025-03-03"), d("2025-03-07")), 5);
        assert_eq!(days_inclusive(d("2025-03-03"), d("2025-03-03")), 1);
        assert_eq!(days_inclusive(d("2024-02-28"), d("2024-03-01")), 3);
        assert_eq!(dates(d("2025-03-03"), d("2025-03-07")).count(), 5);
        assert_eq!(dates(d("2025-03-07"), d("2025-03-03")).count(), 0);
    }

    /// Easter Sundays 2000–2040 as published (e.g. by the Finnish almanac office); the
    /// computus must reproduce every one of them.
    #[test]
    fn easter_matches_known_dates_2000_to_2040() {
        let known = [
            "2000-04-23",
            "2001-04-15",
            "2002-03-31",
            "2003-04-20",
            "2004-04-11",
            "2005-03-27",
            "2006-04-16",
            "2007-04-08",
            "2008-03-23",
            "2009-04-12",
            "2010-04-04",
            "2011-04-24",
            "2012-04-08",
            "2013-03-31",
            "2014-04-20",
            "2015-04-05",
            "2016-03-27",
            "2017-04-16",
            "2018-04-01",
            "2019-04-21",
            "2020-04-12",
            "2021-04-04",
            "2022-04-17",
            "2023-04-09",
            "2024-03-31",
            "2025-04-20",
            "2026-04-05",
            "2027-03-28",
            "2028-04-16",
            "2029-04-01",
            "2030-04-21",
            "2031-04-13",
            "2032-03-28",
            "2033-04-17",
            "2034-04-09",
            "2035-03-25",
            "2036-04-13",
            "2037-04-05",
            "2038-04-25",
            "2039-04-10",
            "2040-04-01",
        ];
        for (year, expected) in (2000..=2040).zip(known) {
            assert_eq!(easter(year), d(expected), "Easter {year}");
        }
    }

    #[test]
    fn easter_extremes() {
        // The earliest (22 March) and latest (25 April) possible Easter dates.
        assert_eq!(easter(1818), d("1818-03-22"));
        assert_eq!(easter(2285), d("2285-03-22"));
        assert_eq!(easter(1943), d("1943-04-25"));
        assert_eq!(easter(2038), d("2038-04-25"));
    }

    #[test]
    fn finnish_holidays_2025() {
        let got: Vec<_> = holidays(2025)
            .into_iter()
            .map(|(d, h)| (d.to_string(), h))
            .collect();
        let expected = [
            ("2025-01-01", Holiday::NewYearsDay),
            ("2025-01-06", Holiday::Epiphany),
            ("2025-04-18", Holiday::GoodFriday),
            ("2025-04-20", Holiday::EasterSunday),
            ("2025-04-21", Holiday::EasterMonday),
            ("2025-05-01", Holiday::MayDay),
            ("2025-05-29", Holiday::AscensionDay),
            ("2025-06-08", Holiday::WhitSunday),
            ("2025-06-20", Holiday::MidsummerEve),
            ("2025-06-21", Holiday::MidsummerDay),
            ("2025-11-01", Holiday::AllSaintsDay),
            ("2025-12-06", Holiday::IndependenceDay),
            ("2025-12-24", Holiday::ChristmasEve),
            ("2025-12-25", Holiday::ChristmasDay),
            ("2025-12-26", Holiday::BoxingDay),
        ];
        let expected: Vec<_> = expected.iter().map(|(d, h)| (d.to_string(), *h)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn moving_holidays_fall_on_their_weekdays() {
        for year in 1900..=2200 {
            for (date, h) in holidays(year) {
                let expected = match h {
                    Holiday::GoodFriday | Holiday::MidsummerEve => Some(Weekday::Fri),
                    Holiday::EasterSunday | Holiday::WhitSunday => Some(Weekday::Sun),
                    Holiday::EasterMonday => Some(Weekday::Mon),
                    Holiday::AscensionDay => Some(Weekday::Thu),
                    Holiday::MidsummerDay | Holiday::AllSaintsDay => Some(Weekday::Sat),
                    _ => None,
                };
                if let Some(w) = expected {
                    assert_eq!(date.weekday(), w, "{h:?} {date}");
                }
            }
            let eve = holidays(year)
                .into_iter()
                .find(|(_, h)| *h == Holiday::MidsummerEve);
            let (eve, _) = eve.unwrap();
            assert!((19..=25).contains(&eve.day()) && eve.month() == 6, "{eve}");
            assert_eq!(holiday(add_days(eve, 1)), Some(Holiday::MidsummerDay));
        }
    }

    #[test]
    fn all_saints_day_spans_october_and_november() {
        assert_eq!(holiday(d("2026-10-31")), Some(Holiday::AllSaintsDay));
        assert_eq!(holiday(d("2025-11-01")), Some(Holiday::AllSaintsDay));
        assert_eq!(holiday(d("2031-11-01")), Some(Holiday::AllSaintsDay));
        assert_eq!(holiday(d("2020-10-31")), Some(Holiday::AllSaintsDay));
        assert_eq!(holiday(d("2025-10-31")), None);
    }

    #[test]
    fn ordinary_days_are_not_holidays() {
        assert_eq!(holiday(d("2025-03-03")), None);
        assert_eq!(holiday(d("2025-12-27")), None);
        assert_eq!(holiday(d("2025-12-06")), Some(Holiday::IndependenceDay));
    }
}
