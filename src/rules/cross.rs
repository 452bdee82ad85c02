//! Checks across plans, when several are checked in one run: the same staff member (by name) in
//! on-site periods of two courses that overlap in time (`staff-double-booked`), and the same
//! client id in two courses that overlap (`client-double-booked`). Both are warnings, one for
//! each period of a plan that overlaps another course's.
//!
//! Each checked plan leaves a small [`Entry`] (names, ids, dates and their positions) so that the
//! plans themselves need not stay in memory until every plan has been read.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::finding::{Finding, RuleId, Severity, Span};
use crate::msg;
use crate::plan::{PeriodKind, Plan, Vocab};
use crate::position::Position;

/// A value of a plan with its place.
#[derive(Clone, Debug)]
pub struct Located {
    /// As the plan writes it (a staff member's name, a client id).
    pub value: String,
    /// Who it is across plans: the roster's name, or without a roster the name and role (two
    /// people of one name in different professions are two people).
    pub key: String,
    pub span: Span,
    pub position: Position,
}

/// What the cross-plan checks need to know about one plan.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// In-team staff members.
    pub staff: Vec<Located>,
    /// On-site periods (start, end).
    pub onsite: Vec<(NaiveDate, NaiveDate)>,
    /// Counted clients.
    pub clients: Vec<Located>,
    /// First and last day of the course's periods.
    pub range: Option<(NaiveDate, NaiveDate)>,
}

impl Entry {
    /// The entry of a plan whose source text is `text`.
    /// The entry of a plan; its clients only when pseudonyms are compared across plans
    /// (`with_clients`), so that a run of per-plan pseudonyms keeps none of them.
    pub fn new(plan: &Plan, text: &str, roster: bool, with_clients: bool) -> Entry {
        // Placeholders (`RENAME-1`, an init skeleton's `CLIENT-1`) are nobody yet: the
        // `placeholder` rule reports them, and they never clash across plans.
        let staff: Vec<&crate::plan::Staff> = plan
            .staff
            .iter()
            .filter(|s| s.in_team() && !super::placeholder::is_placeholder(&s.name.value))
            .collect();
        let mut clients = if with_clients {
            plan.counted_clients()
        } else {
            Vec::new()
        };
        clients.retain(|c| !super::placeholder::is_placeholder_client(&c.id.value));
        let spans: Vec<Span> = staff
            .iter()
            .map(|s| s.name.span)
            .chain(clients.iter().map(|c| c.id.span))
            .collect();
        let mut at = crate::position::positions(text, &spans).into_iter();
        let mut located = |value: &str, key: String, span: Span| Located {
            value: value.to_owned(),
            key,
            span,
            position: at.next().unwrap_or_default(),
        };
        let periods = || plan.periods.iter().map(|p| (p.start.value, p.end.value));
        let range = periods()
            .map(|(s, _)| s)
            .min()
            .zip(periods().map(|(_, e)| e).max())
            .or(Some((plan.course.start.value, plan.course.start.value)));
        Entry {
            staff: staff
                .iter()
                .map(|s| {
                    let key = if roster {
                        s.name.value.clone()
                    } else {
                        format!("{}\u{1f}{}", s.name.value, s.role.value.id())
                    };
                    located(&s.name.value, key, s.name.span)
                })
                .collect(),
            onsite: plan
                .periods
                .iter()
                .filter(|p| p.kind.value == PeriodKind::Onsite)
                .map(|p| (p.start.value, p.end.value))
                .collect(),
            clients: clients
                .iter()
                .map(|c| located(&c.id.value, c.id.value.clone(), c.id.span))
                .collect(),
            range,
        }
    }
}

fn overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> Option<(NaiveDate, NaiveDate)> {
    let start = a.0.max(b.0);
    let end = a.1.min(b.1);
    (start <= end).then_some((start, end))
}

/// The holders of each value (a staff member's name, a client id) that more than one plan has:
/// (plan index, where in that plan), in plan order.
fn holders<'e>(
    entries: &[(&str, &'e Entry)],
    of: impl Fn(&'e Entry) -> &'e Vec<Located>,
) -> Vec<Vec<(usize, &'e Located)>> {
    // First only which values more than one plan has: most have one, and grouping every value
    // of ten thousand plans into vectors cost more than the checks themselves.
    let mut first_plan: FxHashMap<&str, (usize, bool)> = FxHashMap::default();
    for (i, (_, entry)) in entries.iter().enumerate() {
        for located in of(entry) {
            let seen = first_plan.entry(located.key.as_str()).or_insert((i, false));
            seen.1 |= seen.0 != i;
        }
    }
    let mut groups: FxHashMap<&str, Vec<(usize, &Located)>> = FxHashMap::default();
    for (i, (_, entry)) in entries.iter().enumerate() {
        for located in of(entry) {
            let value = located.key.as_str();
            if first_plan.get(value).is_some_and(|(_, shared)| *shared) {
                groups.entry(value).or_default().push((i, located));
            }
        }
    }
    let mut shared: Vec<_> = groups.into_values().collect();
    // A stable order, whatever the hash map's.
    shared.sort_by_key(|h| (h[0].0, h[0].1.span.start));
    shared
}

/// A holder's first clash: its own interval, the other holder, and their overlap.
#[derive(Clone, Copy, Debug)]
struct Clash {
    own: (NaiveDate, NaiveDate),
    other: usize,
    overlap: (NaiveDate, NaiveDate),
}

/// For each holder (`0..holders`, each in plan `plan_of(holder)`), the first of its intervals
/// to overlap one of another plan's, with that other holder. One sweep over the intervals
/// sorted by start: every interval still running when another starts overlaps it, and the one
/// running longest (or, if it is the same plan's, the longest of another plan) is enough to name.
/// Linear after the sort, however many plans share a name; comparing every pair was quadratic.
fn first_clashes(
    intervals: impl Iterator<Item = ((NaiveDate, NaiveDate), usize)>,
    holders: usize,
    plan_of: impl Fn(usize) -> usize,
) -> Vec<Option<Clash>> {
    let mut intervals: Vec<_> = intervals.collect();
    intervals.sort_by_key(|&((start, end), h)| (start, end, h));
    let mut clashes: Vec<Option<Clash>> = vec![None; holders];
    // The interval reaching furthest, and the one reaching furthest from any other plan.
    let mut furthest: Option<((NaiveDate, NaiveDate), usize)> = None;
    let mut second: Option<((NaiveDate, NaiveDate), usize)> = None;
    // Intervals still running whose holder has no clash yet.
    let mut waiting: Vec<((NaiveDate, NaiveDate), usize)> = Vec::new();
    for &(own, h) in &intervals {
        let plan = plan_of(h);
        if clashes[h].is_none() {
            let partner = [furthest, second]
                .into_iter()
                .flatten()
                .find(|(other, o)| plan_of(*o) != plan && other.1 >= own.0);
            if let Some((other, o)) = partner {
                clashes[h] = overlap(own, other).map(|overlap| Clash {
                    own,
                    other: o,
                    overlap,
                });
            }
        }
        waiting.retain(|(w, wh)| w.1 >= own.0 && clashes[*wh].is_none());
        for &(w, wh) in &waiting {
            if plan_of(wh) != plan {
                clashes[wh] = overlap(w, own).map(|overlap| Clash {
                    own: w,
                    other: h,
                    overlap,
                });
            }
        }
        if clashes[h].is_none() {
            waiting.push((own, h));
        }
        // Keep the two furthest-reaching intervals of different plans.
        let reaches = |c: &Option<((NaiveDate, NaiveDate), usize)>| c.map(|(i, _)| i.1);
        if reaches(&furthest) < Some(own.1) {
            if furthest.is_some_and(|(_, f)| plan_of(f) != plan) {
                second = furthest;
            }
            furthest = Some((own, h));
        } else if furthest.is_some_and(|(_, f)| plan_of(f) != plan)
            && reaches(&second) < Some(own.1)
        {
            second = Some((own, h));
        }
    }
    clashes
}

/// A cross-plan finding for the plan at `plan` (an index into the entries given to [`crate::rules::run_cross`]),
/// with the position of its span precomputed.
#[derive(Clone, Debug)]
pub struct CrossFinding {
    pub plan: usize,
    pub finding: Finding,
    pub position: Position,
}

/// For each value (`of`) that several plans hold, each of a holder's intervals (`intervals`)
/// that overlaps another holder's, as a finding (`finding`: the holder, the clash, the other
/// plan's path and the other holder) located at the holder. Two courses that share both on-site
/// weeks are reported for both weeks, in both plans: fixing the first clash never uncovers a
/// second. Each interval names one course it overlaps (the sweep of [`first_clashes`] over the
/// intervals themselves), so the findings stay linear in the intervals, however many courses
/// share a name.
fn double_bookings<'e>(
    entries: &[(&str, &'e Entry)],
    of: impl Fn(&'e Entry) -> &'e Vec<Located>,
    intervals: impl Fn(&'e Entry) -> Vec<(NaiveDate, NaiveDate)>,
    finding: impl Fn(&Located, Clash, &str, &Located) -> Finding,
) -> Vec<CrossFinding> {
    let mut out = Vec::new();
    for holders in holders(entries, of) {
        // Every interval of every holder, each its own slot: (interval, holder).
        let slots: Vec<((NaiveDate, NaiveDate), usize)> = holders
            .iter()
            .enumerate()
            .flat_map(|(h, (plan, _))| {
                intervals(entries[*plan].1)
                    .into_iter()
                    .map(move |interval| (interval, h))
            })
            .collect();
        let clashes = first_clashes(
            slots
                .iter()
                .enumerate()
                .map(|(k, (interval, _))| (*interval, k)),
            slots.len(),
            |k| holders[slots[k].1].0,
        );
        for (k, clash) in clashes.into_iter().enumerate() {
            let Some(clash) = clash else {
                continue;
            };
            let (plan, own) = holders[slots[k].1];
            let (other_plan, other) = holders[slots[clash.other].1];
            let clash = Clash {
                other: slots[clash.other].1,
                ..clash
            };
            out.push(CrossFinding {
                plan,
                finding: finding(own, clash, entries[other_plan].0, other).at(own.span),
                position: own.position,
            });
        }
    }
    out
}

/// The plans of one run, as the cross-plan rules see them.
pub struct Plans<'a> {
    /// Each plan's path with its entry; findings refer to plans by their index here.
    pub entries: &'a [(&'a str, &'a Entry)],
    /// Client pseudonyms name one person across courses (`client-ids = "provider-wide"`).
    pub provider_wide_clients: bool,
}

/// `staff-double-booked`: the same person (the roster's entry, or without a roster the same name
/// and role) on overlapping on-site days of two plans.
pub fn staff_double_booked(rule: RuleId, plans: &Plans<'_>, out: &mut Vec<CrossFinding>) {
    out.extend(double_bookings(
        plans.entries,
        |e| &e.staff,
        |e| e.onsite.clone(),
        |staff, clash, other_plan, other| {
            Finding::new(
                rule,
                Severity::Warning,
                msg!(
                    "staff-double-booked",
                    name = staff.value.as_str(),
                    start = clash.own.0,
                    end = clash.own.1,
                    other = other_plan,
                    line = other.position.line,
                    from = clash.overlap.0,
                    to = clash.overlap.1
                ),
            )
            .help(msg!("staff-double-booked-help"))
        },
    ));
}

/// `client-double-booked`: the same client id in two plans whose periods overlap. Only when
/// pseudonyms are provider-wide: otherwise A01 of one course and A01 of another are two people.
pub fn client_double_booked(rule: RuleId, plans: &Plans<'_>, out: &mut Vec<CrossFinding>) {
    if !plans.provider_wide_clients {
        return;
    }
    out.extend(double_bookings(
        plans.entries,
        |e| &e.clients,
        |e| e.range.into_iter().collect(),
        |client, clash, other_plan, other| {
            Finding::new(
                rule,
                Severity::Warning,
                msg!(
                    "client-double-booked",
                    client = client.value.as_str(),
                    other = other_plan,
                    line = other.position.line,
                    from = clash.overlap.0,
                    to = clash.overlap.1
                ),
            )
            .client(client.value.as_str())
            .help(msg!("client-double-booked-help"))
        },
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: u16) -> NaiveDate {
        crate::calendar::add_days(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), i64::from(n))
    }

    proptest! {
        /// The sweep finds a clash for exactly the holders that have one, and every clash it
        /// names is real: another plan's interval, overlapping the holder's own.
        #[test]
        fn the_sweep_agrees_with_comparing_every_pair(
            holders in prop::collection::vec(
                (0usize..6, prop::collection::vec((0u16..120, 0u16..15), 1..4)),
                1..14,
            )
        ) {
            let intervals: Vec<((NaiveDate, NaiveDate), usize)> = holders
                .iter()
                .enumerate()
                .flat_map(|(h, (_, periods))| {
                    periods.iter().map(move |&(s, len)| ((day(s), day(s + len)), h))
                })
                .collect();
            let plan_of = |h: usize| holders[h].0;
            let clashes = first_clashes(intervals.iter().copied(), holders.len(), plan_of);
            for (h, clash) in clashes.iter().enumerate() {
                let own: Vec<_> = intervals.iter().filter(|(_, x)| *x == h).collect();
                let any = own.iter().any(|(a, _)| {
                    intervals
                        .iter()
                        .any(|(b, o)| plan_of(*o) != plan_of(h) && overlap(*a, *b).is_some())
                });
                prop_assert_eq!(clash.is_some(), any, "holder {}", h);
                if let Some(c) = clash {
                    prop_assert!(plan_of(c.other) != plan_of(h));
                    prop_assert!(own.iter().any(|(a, _)| *a == c.own));
                    let theirs = intervals
                        .iter()
                        .filter(|(_, o)| *o == c.other)
                        .any(|(b, _)| overlap(c.own, *b) == Some(c.overlap));
                    prop_assert!(theirs, "{:?}", c);
                }
            }
        }
    }
}
