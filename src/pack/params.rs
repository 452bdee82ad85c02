//! The parameters each rule takes from an edition, one struct per rule, read strictly.
//!
//! An edition file holds `[rules.<id>]` tables. Besides its parameters every table carries its
//! citation (`source = { document, section, quote }`), optionally `carried_from` (the edition a
//! figure is carried from when the edition's own source does not state it), an
//! `interpretation` note and further citations (`also`) for checks that rest on another document. [`Cited`] splits those off and hands the rest to the rule's parameter
//! struct, which rejects unknown keys.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::finding::{Finding, Message, Severity, Source};
use crate::i18n::Lang;
use crate::plan::{
    ContactKind, Facility, Instrument, InsuranceKind, Mode, Notified, Pool, Role, Specialty,
    Therapy,
};
use crate::registry::RuleId;

/// What every rule entry carries besides its parameters.
#[derive(Clone, Debug)]
pub struct RuleCitation {
    /// The rule these parameters belong to: findings made from them carry it.
    pub rule: RuleId,
    pub source: Arc<Source>,
    /// The edition id (`oras-2021`) a figure is carried from.
    pub carried_from: Option<String>,
    /// How ambiguous source text was read.
    pub interpretation: Option<Localised>,
    /// The parameters as written, for `explain`.
    pub raw: toml::Table,
    /// Further citations (`also = [{ document, section, quote }]`), for a check of the rule
    /// that rests on another document than the rule's source: the rule's code says which of
    /// its findings cite which ([`Cited::finding_also`]).
    pub also: Vec<Arc<Source>>,
}

impl RuleCitation {
    /// A finding of this rule, citing its source.
    pub fn finding(&self, severity: Severity, message: Message) -> Finding {
        Finding::new(self.rule, severity, message).cite(&self.source)
    }
}

/// A pack text in English with its translations (`interpretation`, `interpretation_fi`,
/// `interpretation_sv`); a missing translation falls back to English.
#[derive(Clone, Debug)]
pub struct Localised {
    pub en: String,
    pub fi: Option<String>,
    pub sv: Option<String>,
}

impl Localised {
    pub fn get(&self, lang: Lang) -> &str {
        let translated = match lang {
            Lang::En => None,
            Lang::Fi => self.fi.as_deref(),
            Lang::Sv => self.sv.as_deref(),
        };
        translated.unwrap_or(&self.en)
    }
}

/// A rule's parameters with their citation: what a rule function receives.
#[derive(Clone, Debug)]
pub struct Cited<P> {
    pub citation: RuleCitation,
    pub params: P,
}

impl<P> std::ops::Deref for Cited<P> {
    type Target = P;
    fn deref(&self) -> &P {
        &self.params
    }
}

impl<P> Cited<P> {
    /// A finding of this rule, citing its source: rule functions never spell their id.
    pub fn finding(&self, severity: Severity, message: Message) -> Finding {
        self.citation.finding(severity, message)
    }
}

impl<P> Cited<P> {
    /// A finding of this rule citing its `n`th further citation (`also`), or the rule's source
    /// when the pack gives none.
    pub fn finding_also(&self, n: usize, severity: Severity, message: Message) -> Finding {
        let source = self.citation.also.get(n).unwrap_or(&self.citation.source);
        Finding::new(self.citation.rule, severity, message).cite(source)
    }
}

impl<P: DeserializeOwned> Cited<P> {
    /// Reads one `[rules.<id>]` table of rule `rule`.
    fn read(mut table: toml::Table, rule: RuleId, docs: &Documents) -> Result<Cited<P>, String> {
        let source = table
            .remove("source")
            .ok_or_else(|| "missing field `source`".to_owned())?;
        let mut source: Source = source.try_into().map_err(|e| format!("in `source`: {e}"))?;
        check_document(&source.document)?;
        docs.describe(&mut source);
        fn text(table: &mut toml::Table, key: &str) -> Result<Option<String>, String> {
            match table.remove(key) {
                None => Ok(None),
                Some(toml::Value::String(s)) => Ok(Some(s)),
                Some(_) => Err(format!("`{key}` must be a string")),
            }
        }
        let carried_from = text(&mut table, "carried_from")?;
        let also = match table.remove("also") {
            None => Vec::new(),
            Some(value) => {
                let list: Vec<Source> = value.try_into().map_err(|e| format!("in `also`: {e}"))?;
                let mut also = Vec::with_capacity(list.len());
                for mut source in list {
                    check_document(&source.document)?;
                    docs.describe(&mut source);
                    also.push(Arc::new(source));
                }
                also
            }
        };
        let interpretation = match (
            text(&mut table, "interpretation")?,
            text(&mut table, "interpretation_fi")?,
            text(&mut table, "interpretation_sv")?,
        ) {
            (Some(en), fi, sv) => Some(Localised { en, fi, sv }),
            (None, None, None) => None,
            (None, ..) => {
                return Err(
                    "`interpretation_fi` or `interpretation_sv` without the English `interpretation`"
                        .to_owned(),
                );
            }
        };
        let params =
            P::deserialize(toml::Value::Table(table.clone())).map_err(|e| e.to_string())?;
        Ok(Cited {
            citation: RuleCitation {
                rule,
                source: Arc::new(source),
                carried_from,
                interpretation,
                raw: table,
                also,
            },
            params,
        })
    }
}

/// How an edition's source documents are cited (`[sources."<file>"]` in a pack): by file name.
#[derive(Clone, Debug, Default)]
pub struct Documents {
    by_file: BTreeMap<String, DocumentInfo>,
}

/// One source document as people cite it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Publisher, title and date as one citation: "Kela: Oras-kurssit — koulutus
    /// palveluntuottajille (15.2.2021)".
    pub cite: String,
    pub url: Option<String>,
}

impl Documents {
    pub fn insert(&mut self, file: String, info: DocumentInfo) {
        self.by_file.insert(file, info);
    }

    /// Gives `source` the title and address of its document, where the pack knows them.
    pub fn describe(&self, source: &mut Source) {
        if let Some(info) = self.by_file.get(&source.document) {
            source.title = Some(info.cite.clone());
            source.url = info.url.clone();
        }
    }
}

/// A cited document is named by its file name in the sources folder, never by a path.
pub(crate) fn check_document(document: &str) -> Result<(), String> {
    if document.is_empty() || document.contains(['/', '\\']) || document == "." || document == ".."
    {
        return Err(format!(
            "in `source`: `document` must be a file name in the sources folder, not a path: {document:?}"
        ));
    }
    Ok(())
}

macro_rules! pack_rules {
    (
        builtin { $( $builtin:tt ),* $(,)? }
        plan { $( ($p:ident, $pid:literal, [$($ps:ident),*], $scope:ident, $field:ident : $ty:ident => $check:path) ),* $(,)? }
        cross { $( $cross:tt ),* $(,)? }
    ) => {
        /// The rules an edition puts in force, each with its parameters; `None` = not in force.
        #[derive(Clone, Debug, Default)]
        pub struct PackRules {
            $( pub $field: Option<Cited<$ty>>, )*
        }

        impl PackRules {
            /// Every rule id an edition may configure.
            pub const IDS: &'static [&'static str] = &[$($pid),*];

            /// Citation and raw parameters of a rule in force.
            pub fn citation(&self, rule: RuleId) -> Option<&RuleCitation> {
                match rule {
                    $( RuleId::$p => self.$field.as_ref().map(|c| &c.citation), )*
                    _ => None,
                }
            }

            /// [`PackRules::citation`] by the rule's id as written.
            pub fn citation_str(&self, id: &str) -> Option<&RuleCitation> {
                RuleId::parse(id).and_then(|rule| self.citation(rule))
            }

            /// Reads one `[rules.<id>]` table into its place.
            pub(crate) fn set(
                &mut self,
                id: &str,
                table: toml::Table,
                docs: &Documents,
            ) -> Result<(), String> {
                match id {
                    $( $pid => self.$field = Some(Cited::read(table, RuleId::$p, docs)?), )*
                    _ => return Err(format!("unknown rule `{id}`")),
                }
                Ok(())
            }
        }
    };
}

crate::for_each_rule!(pack_rules);

/// A rule that needs nothing but its citation.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Months {
    pub months: u32,
}

impl Months {
    /// The day this many months after `day`, clamped to the month's end (31 January + 1
    /// month is 28 or 29 February): the last allowed day of every month deadline and window.
    /// The rules and the planner's agenda both ask here, so they never disagree.
    pub fn after(&self, day: chrono::NaiveDate) -> chrono::NaiveDate {
        crate::calendar::add_months(day, self.months as i32)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Days {
    pub days: u32,
}

impl Days {
    /// The day this many days after `day`: the last allowed day of every day deadline.
    pub fn after(&self, day: chrono::NaiveDate) -> chrono::NaiveDate {
        crate::calendar::add_days(day, i64::from(self.days))
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinHours {
    pub min_hours: f64,
}

/// The two age groups of group therapy (002): groups are formed by age.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeGroup {
    /// Children and adolescents (under the adult age).
    Children,
    Adults,
}

/// A group-size bound for one age group, for the listed therapies or (without `therapies`)
/// for every other therapy.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupBound {
    pub age_group: AgeGroup,
    pub therapies: Option<Vec<Therapy>>,
    pub size: u32,
}

/// Picks the bound for a therapy and age group: one naming the therapy wins over the general one.
pub fn bound_for(
    groups: &[GroupBound],
    age_group: AgeGroup,
    therapy: Option<Therapy>,
) -> Option<u32> {
    let of_group = || groups.iter().filter(move |g| g.age_group == age_group);
    of_group()
        .find(|g| {
            g.therapies
                .as_ref()
                .is_some_and(|t| therapy.is_some_and(|x| t.contains(&x)))
        })
        .or_else(|| of_group().find(|g| g.therapies.is_none()))
        .map(|g| g.size)
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSizeMax {
    /// The maximum of a course; group therapy gives `groups` instead.
    pub max: Option<u32>,
    #[serde(default)]
    pub groups: Vec<GroupBound>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSizeMin {
    pub min: Option<u32>,
    #[serde(default)]
    pub groups: Vec<GroupBound>,
    /// Severity for a course still `planned` (confirmed, started and completed courses are
    /// always errors).
    #[serde(default = "warning")]
    pub planned: Severity,
}

fn warning() -> Severity {
    Severity::Warning
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartThreshold {
    pub threshold: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnsitePeriods {
    pub count: u32,
    /// Each on-site period lasts exactly this many days.
    pub days_each: Option<u32>,
    /// The on-site periods last this many days together.
    pub days_total: Option<u32>,
}

/// Whether an edition has a remote part, and how long it is. Written in a pack as
/// `present = false`, or `present = true` with `weeks` (and optionally `tolerance_days`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RemotePeriodTable")]
pub enum RemotePeriod {
    /// The edition has no remote part: any remote period is an error.
    Absent,
    /// One remote period of `weeks` weeks.
    Required {
        weeks: u32,
        /// A length differing from `weeks` by more than this many days is an error; without
        /// it the length is not judged.
        tolerance_days: Option<u32>,
    },
}

/// [`RemotePeriod`] as a pack writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RemotePeriodTable {
    present: bool,
    weeks: Option<u32>,
    tolerance_days: Option<u32>,
}

impl TryFrom<RemotePeriodTable> for RemotePeriod {
    type Error = &'static str;
    fn try_from(t: RemotePeriodTable) -> Result<RemotePeriod, &'static str> {
        match (t.present, t.weeks, t.tolerance_days) {
            (false, None, None) => Ok(RemotePeriod::Absent),
            (false, ..) => Err("`weeks` and `tolerance_days` need `present = true`"),
            (true, Some(weeks), tolerance_days) => Ok(RemotePeriod::Required {
                weeks,
                tolerance_days,
            }),
            (true, None, _) => Err("`present = true` needs `weeks`"),
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayLength {
    pub min_hours: f64,
    pub min_guided_hours: f64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreContact {
    /// Warn unless the pre-contact is this many days or more before the start…
    pub min_days_before: Option<u32>,
    /// …and at most this many.
    pub max_days_before: Option<u32>,
}

/// Where interim contacts must lie.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Within {
    /// Inside the remote period, both ends included.
    RemotePeriod,
    /// Strictly between the end of on-site period 1 and the start of period 2.
    #[serde(rename = "between-onsite-1-2")]
    BetweenOnsite12,
    /// Strictly between the end of on-site period 2 and the start of period 3.
    #[serde(rename = "between-onsite-2-3")]
    BetweenOnsite23,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactSlot {
    pub within: Within,
    pub count: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterimContacts {
    pub slots: Vec<ContactSlot>,
}

/// How long contacts last on average (`contact-length`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactLength {
    /// The contacts whose stated `minutes` are averaged.
    pub kind: ContactKind,
    /// The average the service description states, in minutes: a lower average is a warning.
    pub average_minutes: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpContacts {
    pub min: u32,
    pub max: Option<u32>,
    /// A follow-up earlier than this many months after the last on-site day is a note (the
    /// contact falls within the window "noin 2 – 3 kuukauden aikana", only early)…
    pub earliest_months_after: Option<u32>,
    /// …and one later than this many a warning.
    pub latest_months_after: Option<u32>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientAge {
    pub min_age: u32,
    /// Only for these therapies (group therapy); all courses when absent.
    pub therapies: Option<Vec<Therapy>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    pub min_age: u32,
    pub max_age: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowanceDays {
    /// A rehabilitation day carries the allowance when it lasts this many hours with travel
    /// (003, 004: 4): an on-site period with shorter days gets a note. Not checked when absent.
    pub min_day_hours: Option<f64>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffPhysician {
    /// Accepted specialties; any specialty (or none) when absent.
    pub specialties: Option<Vec<Specialty>>,
}

/// A staff slot: one person with one of `roles`; for roles listed in `qualifications`, the
/// person must also hold one of the listed qualifications.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub roles: Vec<Role>,
    #[serde(default)]
    pub qualifications: BTreeMap<Role, Vec<String>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffMandatory {
    pub slots: Vec<Slot>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffOptional {
    /// At least this many slots filled by in-team members.
    pub min_in_team: u32,
    pub slots: Vec<Slot>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffPersonalInstructor {
    /// Every personal instructor must fill a mandatory slot's role (004: "1 pakollisista
    /// ammattihenkilöistä"); `false` where the source only names the omaohjaaja.
    pub mandatory_role: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffServiceManager {
    /// The roles that are licensed health-care professions: the service manager has one of
    /// them (and `licensed = true`).
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facilities {
    pub required: Vec<Facility>,
    /// Accepted pool arrangements; the pool is not required when absent.
    pub pool: Option<Vec<Pool>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accommodation {
    /// The on-site modes the edition accepts; a period in another mode is an error. Any mode
    /// when absent.
    pub onsite_modes: Option<Vec<Mode>>,
    /// Only the room standard is checked, and only for a course with a residential on-site
    /// period: the edition accepts outpatient courses, so it cannot require accommodation at
    /// the site (the general part 2025 on Oras 2025).
    #[serde(default)]
    pub room_standard_only: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Insurance {
    pub required: Vec<InsuranceKind>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurements {
    pub instruments: Vec<Instrument>,
    /// The yearly reporting deadline (31 March of the next year) is not stated by this
    /// edition's own source but carried from the later 2025 source (004): the agenda marks it.
    #[serde(default)]
    pub report_deadline_carried: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancellationWindow {
    /// With no client decisions: not earlier than this many months before the start…
    pub empty_earliest_months: u32,
    /// …and not later than this many days before it (the hard limit)…
    pub empty_latest_days: u32,
    /// …and a warning when later than this many days before it (the safe limit).
    pub empty_safe_days: u32,
    /// With some decisions but fewer than the start threshold: not earlier than this many days
    /// before the start.
    pub near_minimum_earliest_days: u32,
}

impl CancellationWindow {
    /// With no client decisions: the earliest day the course may be cancelled.
    pub fn empty_earliest(&self, start: chrono::NaiveDate) -> chrono::NaiveDate {
        crate::calendar::add_months(start, -(self.empty_earliest_months as i32))
    }

    /// With no client decisions: the latest day (the hard limit).
    pub fn empty_latest(&self, start: chrono::NaiveDate) -> chrono::NaiveDate {
        crate::calendar::add_days(start, -i64::from(self.empty_latest_days))
    }

    /// With no client decisions: the latest day without a warning (the safe limit).
    pub fn empty_safe(&self, start: chrono::NaiveDate) -> chrono::NaiveDate {
        crate::calendar::add_days(start, -i64::from(self.empty_safe_days))
    }

    /// With decisions near the minimum: the earliest day the course may be cancelled.
    pub fn near_minimum_earliest(&self, start: chrono::NaiveDate) -> chrono::NaiveDate {
        crate::calendar::add_days(start, -i64::from(self.near_minimum_earliest_days))
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancellationNotice {
    pub parties: Vec<Notified>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Postponement {
    /// The new start must be in the same calendar year as the original one…
    pub same_year: bool,
    /// …and later than it ("myöhemmin").
    pub later: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TherapyKind {
    /// Therapies that exist only as individual therapy.
    pub individual_only: Vec<Therapy>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TherapyLeaders {
    /// Therapies that need this many in-team members of a role.
    #[serde(default)]
    pub requirements: Vec<LeaderRequirement>,
    /// Other therapies are led by this many therapists (more is a warning, none an error).
    pub leaders: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaderRequirement {
    pub therapies: Vec<Therapy>,
    pub role: Role,
    pub count: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TherapyAgeGroup {
    /// Clients of this age or older form adult groups.
    pub adult_age: u32,
}
