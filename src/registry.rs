//! The one table of rules. Every rule oras-check knows is declared here once, in
//! `for_each_rule!`: its id, what it reads (the plan file itself, one plan, or several plans),
//! the severities it can report, whether an `[[allow]]` may suppress it, its pack parameters and
//! its check function.
//!
//! The table is a macro so that each layer can take what it needs from the same rows without
//! importing the layers above it: this module turns it into the typed [`RuleId`] and
//! [`RuleInfo`]; `pack::params` into the parameters an edition may configure (`PackRules`);
//! `rules` into the calls of the check functions. Nothing else lists rules: `rules`, `explain`,
//! SARIF rule metadata, config validation and the stable-ids snapshot all read [`RuleId::ALL`].

use std::fmt;

use serde::{Serialize, Serializer};

use crate::severity::Severity;

/// The table. Each expansion macro receives every row; a row is
///
/// - `builtin`: `(Variant, "id", [severities], handling)`, where `handling` is `input` (the
///   plan could not be read: never suppressed, never turned off), `privacy` (the same),
///   `bookkeeping` (about the plan's own `[[allow]]`s: never suppressed) or `suppressible`;
/// - `plan`: `(Variant, "id", [severities], scope, pack_field: ParamsType => check_fn)`, where
///   `scope` is `Always`, `NotCancelled` or `Gate` (runs first; when it finds anything no other
///   rule runs);
/// - `cross`: `(Variant, "id", [severities], check_fn)`, comparing the plans of one run.
///
/// Rows are in the order findings are produced; ids are a contract (a snapshot test pins them).
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_rule {
    ($m:ident) => {
        $m! {
            builtin {
                (PlanSyntax, "plan-syntax", [Error], input),
                (PlanSchema, "plan-schema", [Error], input),
                (PersonalData, "personal-data", [Error], privacy),
                (UnusedAllow, "unused-allow", [Warning], bookkeeping),
                (ExpiredAllow, "expired-allow", [Warning], bookkeeping),
                (ForbiddenAllow, "forbidden-allow", [Error], bookkeeping),
                (EditionPinned, "edition-pinned", [Note], suppressible),
                (CourseStart, "course-start", [Note], suppressible),
            }
            plan {
                (GroupSizeMax, "group-size-max", [Error], NotCancelled, group_size_max: GroupSizeMax => group_size::max),
                (GroupSizeMin, "group-size-min", [Error, Warning], NotCancelled, group_size_min: GroupSizeMin => group_size::min),
                (StartThreshold, "start-threshold", [Error, Note], Always, start_threshold: StartThreshold => group_size::start_threshold),
                (OnsitePeriods, "onsite-periods", [Error], NotCancelled, onsite_periods: OnsitePeriods => periods::onsite_periods),
                (OnsiteWeekdays, "onsite-weekdays", [Error], NotCancelled, onsite_weekdays: NoParams => periods::onsite_weekdays),
                (PeriodsSpan, "periods-span", [Error], NotCancelled, periods_span: Months => periods::periods_span),
                (RemotePeriod, "remote-period", [Error], NotCancelled, remote_period: RemotePeriod => remote::remote_period),
                (RemoteGuidance, "remote-guidance", [Error, Note], NotCancelled, remote_guidance: MinHours => remote::remote_guidance),
                (DayLength, "day-length", [Error, Warning, Note], NotCancelled, day_length: DayLength => periods::day_length),
                (PreContact, "pre-contact", [Error, Warning], NotCancelled, pre_contact: PreContact => contacts::pre_contact),
                (InterimContacts, "interim-contacts", [Error, Warning], NotCancelled, interim_contacts: InterimContacts => contacts::interim_contacts),
                (ContactLength, "contact-length", [Warning], NotCancelled, contact_length: ContactLength => contacts::contact_length),
                (FollowUpContacts, "follow-up-contacts", [Error, Warning, Note], NotCancelled, follow_up_contacts: FollowUpContacts => contacts::follow_up_contacts),
                (CourseDuration, "course-duration", [Error], NotCancelled, course_duration: Months => contacts::course_duration),
                (ClientPreliminaryAgreement, "client-preliminary-agreement", [Error, Note], NotCancelled, client_preliminary_agreement: Days => clients::preliminary_agreement),
                (ClientConfirmation, "client-confirmation", [Error, Note], NotCancelled, client_confirmation: Months => clients::confirmation),
                (ClientDecisionWindow, "client-decision-window", [Error, Note], NotCancelled, client_decision_window: Months => clients::decision_window),
                (ClientDuration, "client-duration", [Warning, Note], NotCancelled, client_duration: Months => clients::duration),
                (ClientAge, "client-age", [Error], NotCancelled, client_age: ClientAge => clients::age),
                (AllowanceAge, "allowance-age", [Note], NotCancelled, allowance_age: AgeRange => allowance::age),
                (StaffPhysician, "staff-physician", [Error], NotCancelled, staff_physician: StaffPhysician => staff::physician),
                (StaffMandatory, "staff-mandatory", [Error], NotCancelled, staff_mandatory: StaffMandatory => staff::mandatory),
                (StaffOptional, "staff-optional", [Error], NotCancelled, staff_optional: StaffOptional => staff::optional),
                (StaffPersonalInstructor, "staff-personal-instructor", [Error], NotCancelled, staff_personal_instructor: StaffPersonalInstructor => staff::personal_instructor),
                (StaffServiceManager, "staff-service-manager", [Error], NotCancelled, staff_service_manager: StaffServiceManager => staff::service_manager),
                (Facilities, "facilities", [Error, Warning], NotCancelled, facilities: Facilities => premises::facilities),
                (Accommodation, "accommodation", [Error, Warning], NotCancelled, accommodation: Accommodation => premises::accommodation),
                (Insurance, "insurance", [Error, Warning], NotCancelled, insurance: Insurance => premises::insurance),
                (Measurements, "measurements", [Error, Warning], NotCancelled, measurements: Measurements => premises::measurements),
                (FeedbackDeadline, "feedback-deadline", [Error, Note], NotCancelled, feedback_deadline: Days => deadlines::feedback),
                (InvoiceDeadline, "invoice-deadline", [Error, Note], NotCancelled, invoice_deadline: Months => deadlines::invoice),
                (AllowanceDays, "allowance-days", [Warning, Note], NotCancelled, allowance_days: AllowanceDays => allowance::days),
                (CancellationWindow, "cancellation-window", [Error, Warning], Always, cancellation_window: CancellationWindow => cancellation::window),
                (CancellationNotice, "cancellation-notice", [Warning], Always, cancellation_notice: CancellationNotice => cancellation::notice),
                (Postponement, "postponement", [Error], NotCancelled, postponement: Postponement => cancellation::postponement),
                (Placeholder, "placeholder", [Warning], NotCancelled, placeholder: NoParams => placeholder::placeholder),
                (TherapyKind, "therapy-kind", [Error], Gate, therapy_kind: TherapyKind => therapy::kind),
                (TherapyLeaders, "therapy-leaders", [Error, Warning], NotCancelled, therapy_leaders: TherapyLeaders => therapy::leaders),
                (TherapyAgeGroup, "therapy-age-group", [Warning, Note], NotCancelled, therapy_age_group: TherapyAgeGroup => therapy::age_groups),
            }
            cross {
                (StaffDoubleBooked, "staff-double-booked", [Warning], cross::staff_double_booked),
                (ClientDoubleBooked, "client-double-booked", [Warning], cross::client_double_booked),
            }
        }
    };
}

/// What a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The file itself or the plan's own bookkeeping; every plan, whatever its edition.
    Builtin,
    /// One plan, configured by the edition.
    Plan,
    /// Several plans checked together.
    Cross,
}

/// How a project may handle a rule's findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handling {
    /// Reading the plan (`plan-syntax`, `plan-schema`) or identity codes: never suppressed by
    /// an `[[allow]]`, never turned off.
    Fixed,
    /// About the plan's `[[allow]]`s themselves: never suppressed.
    Bookkeeping,
    /// Anything else: an `[[allow]]` may suppress it, a project may change its severity.
    Suppressible,
}

/// One row of the table, as the rest of the program sees it.
#[derive(Clone, Copy, Debug)]
pub struct RuleInfo {
    pub id: RuleId,
    pub kind: Kind,
    /// The severities the rule can report, worst first.
    pub severities: &'static [Severity],
    pub handling: Handling,
}

impl RuleInfo {
    /// May an `[[allow]]` suppress this rule's findings?
    pub fn suppressible(&self) -> bool {
        self.handling == Handling::Suppressible
    }
}

macro_rules! handling {
    (input) => {
        Handling::Fixed
    };
    (privacy) => {
        Handling::Fixed
    };
    (bookkeeping) => {
        Handling::Bookkeeping
    };
    (suppressible) => {
        Handling::Suppressible
    };
}

macro_rules! define_ids {
    (
        builtin { $( ($b:ident, $bid:literal, [$($bs:ident),*], $bh:ident) ),* $(,)? }
        plan { $( ($p:ident, $pid:literal, [$($ps:ident),*], $scope:ident, $field:ident : $ty:ident => $check:path) ),* $(,)? }
        cross { $( ($c:ident, $cid:literal, [$($cs:ident),*], $ccheck:path) ),* $(,)? }
    ) => {
        /// A rule's id: typed in the code, a stable kebab-case string in every output.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $($b,)* $($p,)* $($c,)*
        }

        impl RuleId {
            /// Every rule, in table order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$b,)* $(RuleId::$p,)* $(RuleId::$c,)*];

            /// The id as it is written in plans, configuration and output.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$b => $bid,)* $(RuleId::$p => $pid,)* $(RuleId::$c => $cid,)*
                }
            }

            /// The row of the table.
            pub const fn info(self) -> RuleInfo {
                match self {
                    $(RuleId::$b => RuleInfo {
                        id: RuleId::$b,
                        kind: Kind::Builtin,
                        severities: &[$(Severity::$bs),*],
                        handling: handling!($bh),
                    },)*
                    $(RuleId::$p => RuleInfo {
                        id: RuleId::$p,
                        kind: Kind::Plan,
                        severities: &[$(Severity::$ps),*],
                        handling: Handling::Suppressible,
                    },)*
                    $(RuleId::$c => RuleInfo {
                        id: RuleId::$c,
                        kind: Kind::Cross,
                        severities: &[$(Severity::$cs),*],
                        handling: Handling::Suppressible,
                    },)*
                }
            }
        }
    };
}

for_each_rule!(define_ids);

impl RuleId {
    /// The rule with this id (`" group-size-max "` is not one: callers trim).
    pub fn parse(id: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == id)
    }

    /// Every id as a string, in table order (for "did you mean" and listings).
    pub fn names() -> impl Iterator<Item = &'static str> {
        RuleId::ALL.iter().map(|r| r.as_str())
    }

    /// The ids of the rules of one kind, in table order.
    pub fn names_of(kind: Kind) -> impl Iterator<Item = &'static str> {
        RuleId::ALL
            .iter()
            .filter(move |r| r.kind() == kind)
            .map(|r| r.as_str())
    }

    /// The severities a rule of this id can report, worst first; an unknown id reports errors.
    pub fn severities_of(id: &str) -> &'static [Severity] {
        RuleId::parse(id).map_or(&[Severity::Error], RuleId::severities)
    }

    pub fn kind(self) -> Kind {
        self.info().kind
    }

    pub fn severities(self) -> &'static [Severity] {
        self.info().severities
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rule ids are a contract (JSON, suppressions, CI scripts): renaming one must be deliberate.
    #[test]
    fn rule_ids_are_stable() {
        let ids: Vec<_> = RuleId::names().collect();
        insta::assert_snapshot!(ids.join("\n"));
    }

    #[test]
    fn ids_parse_back() {
        for id in RuleId::ALL {
            assert_eq!(RuleId::parse(id.as_str()), Some(*id));
            assert!(!id.severities().is_empty());
        }
        assert_eq!(RuleId::parse("group-size"), None);
    }
}
