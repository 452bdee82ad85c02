//! The enumerated words of the plan format, with the Finnish and Swedish aliases planners may
//! write instead of the English ids (plan-format.md: "The Finnish (and Swedish, where there is
//! one) professional titles and words … are accepted as aliases").
//!
//! Each vocabulary is declared once with `vocab!`; the declaration is the parser, the list of
//! valid values for "did you mean" suggestions, and the canonical id used in output.

/// A closed set of words with canonical ids and aliases.
pub trait Vocab: Sized + Copy + 'static {
    /// Canonical ids, in the order the plan format lists them.
    const IDS: &'static [(&'static str, Self)];
    /// Other accepted spellings (Finnish and Swedish titles, common variants).
    const ALIASES: &'static [(&'static str, Self)];

    fn id(self) -> &'static str;

    /// Looks a word up among ids and aliases, ignoring case and surrounding space.
    fn parse(word: &str) -> Option<Self> {
        let word = word.trim();
        // Non-ASCII words (Finnish and Swedish titles) need full Unicode case folding.
        let lower = (!word.is_ascii()).then(|| word.to_lowercase());
        let same = |id: &str| match &lower {
            None => id.eq_ignore_ascii_case(word),
            Some(lower) => id.to_lowercase() == *lower,
        };
        let find = |table: &'static [(&'static str, Self)]| {
            table.iter().find(|(id, _)| same(id)).map(|(_, v)| *v)
        };
        find(Self::IDS).or_else(|| find(Self::ALIASES))
    }
}

macro_rules! vocab {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $crate::plan::vocab::Vocab for $name {
            const IDS: &'static [(&'static str, Self)] = &[$(($id, Self::$variant)),+];
            const ALIASES: &'static [(&'static str, Self)] = &[$($(($alias, Self::$variant),)*)+];
            fn id(self) -> &'static str {
                match self { $(Self::$variant => $id),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::plan::vocab::Vocab::id(*self))
            }
        }

        // Rule packs name vocabulary by canonical id only; aliases are for plans.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let word = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                <Self as $crate::plan::vocab::Vocab>::IDS
                    .iter()
                    .find(|(id, _)| *id == word)
                    .map(|(_, v)| *v)
                    .ok_or_else(|| {
                        let ids: Vec<_> = <Self as $crate::plan::vocab::Vocab>::IDS.iter().map(|(id, _)| *id).collect();
                        serde::de::Error::custom(format!("unknown {} `{word}`, expected one of: {}", stringify!($name), ids.join(", ")))
                    })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::plan::vocab::Vocab::id(*self))
            }
        }
    };
}

vocab! {
    /// The rule-pack family a plan belongs to.
    pub enum Service {
        Oras = "oras" | "oras-kurssi" | "oras-kurs",
        Omaishoitaja = "omaishoitaja" | "omaishoitajan kuntoutuskurssi" | "närståendevårdare",
        GroupTherapy = "group-therapy" | "ryhmäterapia" | "gruppterapi",
    }
}

vocab! {
    /// The language a course is held in.
    pub enum CourseLanguage {
        Fi = "fi" | "suomi" | "finska" | "finnish",
        Sv = "sv" | "ruotsi" | "svenska" | "swedish",
    }
}

vocab! {
    pub enum TargetGroup {
        CarersOfAdults = "carers-of-adults" | "aikuista hoitavat omaishoitajat",
        CarersOfChildren = "carers-of-children" | "lasta hoitavat omaishoitajat",
    }
}

vocab! {
    /// Therapy kinds of Kela's therapies page (002). The last four exist only as individual
    /// therapy and are accepted so that they can be rejected with a clear message.
    pub enum Therapy {
        AquaticTherapy = "aquatic-therapy" | "allasterapia" | "bassängterapi",
        Physiotherapy = "physiotherapy" | "fysioterapia" | "fysioterapi",
        MusicTherapy = "music-therapy" | "musiikkiterapia" | "musikterapi",
        NeuropsychologicalRehabilitation = "neuropsychological-rehabilitation" | "neuropsykologinen kuntoutus" | "neuropsykologisk rehabilitering",
        Psychotherapy = "psychotherapy" | "psykoterapia" | "psykoterapi",
        SpeechTherapy = "speech-therapy" | "puheterapia" | "talterapi",
        OccupationalTherapy = "occupational-therapy" | "toimintaterapia" | "ergoterapi",
        ArtTherapy = "art-therapy" | "taideterapia" | "konstterapi",
        FamilyTherapy = "family-therapy" | "perheterapia" | "familjeterapi",
        EquineTherapyPhysiotherapist = "equine-therapy-physiotherapist" | "ratsastusterapia fysioterapeutin toteuttamana",
        EquineTherapyOccupationalTherapist = "equine-therapy-occupational-therapist" | "ratsastusterapia toimintaterapeutin toteuttamana",
    }
}

vocab! {
    /// The course's state in Kela's course system.
    pub enum Status {
        Planned = "planned" | "suunniteltu" | "planerad",
        Confirmed = "confirmed" | "vahvistettu" | "bekräftad",
        Started = "started" | "alkanut" | "påbörjad",
        Completed = "completed" | "päättynyt" | "toteutunut" | "avslutad",
        Postponed = "postponed" | "siirretty" | "uppskjuten" | "senarelagd",
        Cancelled = "cancelled" | "peruttu" | "peruutettu" | "inställd" | "canceled",
    }
}

vocab! {
    pub enum PeriodKind {
        /// kasvokkainen jakso
        Onsite = "onsite" | "on-site" | "kasvokkainen" | "kasvokkainen jakso" | "kuntoutusjakso" | "närperiod",
        /// etäkuntoutus
        Remote = "remote" | "etäkuntoutus" | "etäkuntoutusjakso" | "distansrehabilitering",
    }
}

vocab! {
    pub enum Mode {
        /// laitosmuotoinen
        Residential = "residential" | "laitosmuotoinen" | "med inkvartering" | "internat",
        /// avomuotoinen
        Outpatient = "outpatient" | "avomuotoinen" | "öppenvård",
    }
}

vocab! {
    pub enum ContactKind {
        /// ennakkoyhteydenotto
        Pre = "pre" | "ennakkoyhteydenotto" | "förhandskontakt",
        /// väliyhteydenotto, also the individual video sessions of the remote part
        Interim = "interim" | "väliyhteydenotto" | "mellankontakt",
        /// seurantayhteydenotto
        FollowUp = "follow-up" | "seurantayhteydenotto" | "uppföljningskontakt",
    }
}

vocab! {
    pub enum ClientStatus {
        Enrolled = "enrolled" | "osallistuu" | "deltar",
        TransferredIn = "transferred-in" | "siirtynyt" | "överförd",
        Withdrawn = "withdrawn" | "keskeyttänyt" | "peruutunut" | "avbrutit",
    }
}

vocab! {
    /// Professional titles (rule catalogue, "Roles"), with the Finnish titles of the sources and
    /// their Swedish equivalents.
    pub enum Role {
        SpecialistPhysician = "specialist-physician" | "erikoislääkäri" | "specialistläkare",
        Psychologist = "psychologist" | "psykologi" | "psykolog",
        Psychotherapist = "psychotherapist" | "psykoterapeutti" | "psykoterapeut",
        Nurse = "nurse" | "sairaanhoitaja" | "sjukskötare" | "sjuksköterska",
        PublicHealthNurse = "public-health-nurse" | "terveydenhoitaja" | "hälsovårdare",
        Physiotherapist = "physiotherapist" | "fysioterapeutti" | "fysioterapeut",
        OccupationalPhysiotherapist = "occupational-physiotherapist" | "työfysioterapeutti" | "arbetsfysioterapeut",
        OccupationalTherapist = "occupational-therapist" | "toimintaterapeutti" | "ergoterapeut",
        Nutritionist = "nutritionist" | "ravitsemusterapeutti" | "näringsterapeut",
        NutritionAdvisor = "nutrition-advisor" | "ravintoneuvoja" | "kostrådgivare",
        SocialWorker = "social-worker" | "sosiaalityöntekijä" | "socialarbetare",
        Socionom = "socionom" | "sosionomi",
        RehabilitationInstructor = "rehabilitation-instructor" | "kuntoutuksen ohjaaja" | "rehabiliteringshandledare",
        MscRehabilitationScience = "msc-rehabilitation-science" | "yhteiskuntatieteiden maisteri" | "ytm" | "politices magister",
        MusicTherapist = "music-therapist" | "musiikkiterapeutti" | "musikterapeut",
        SpeechTherapist = "speech-therapist" | "puheterapeutti" | "talterapeut",
        Neuropsychologist = "neuropsychologist" | "neuropsykologi" | "neuropsykolog",
        OtherProfessional = "other-professional" | "muu ammattihenkilö" | "annan yrkesutbildad person",
        Assistant = "assistant" | "avustava henkilö" | "lähihoitaja" | "närvårdare",
    }
}

vocab! {
    /// A physician's specialty. Other words are accepted as free text; these are the ones rules
    /// ask for, with their Finnish and Swedish names.
    pub enum Specialty {
        Psychiatry = "psychiatry" | "psykiatria" | "psykiatri",
        OccupationalHealth = "occupational-health" | "työterveyshuolto" | "företagshälsovård",
        GeneralPractice = "general-practice" | "yleislääketiede" | "allmänmedicin",
    }
}

vocab! {
    /// Boolean items of `[facilities]` the rules may require.
    pub enum Facility {
        InstitutionalUnit = "institutional_unit",
        SecondGroupRoom = "second_group_room",
        IndividualMeetingRoom = "individual_meeting_room",
        Gym = "gym",
        SportsHall = "sports_hall",
    }
}

vocab! {
    pub enum Pool {
        OnSite = "on-site" | "onsite" | "toimipisteessä",
        Elsewhere = "elsewhere" | "muualla",
        None = "none" | "ei",
    }
}

vocab! {
    pub enum RoomStandard {
        DoubleWithBathroom = "double-with-bathroom",
        SingleWithBathroom = "single-with-bathroom",
        Other = "other",
    }
}

vocab! {
    /// Items of `[insurance]`.
    pub enum InsuranceKind {
        /// toiminnan vastuuvakuutus
        Liability = "liability",
        /// potilasvakuutus
        Patient = "patient",
        /// ryhmämuotoinen tapaturmavakuutus
        GroupAccident = "group_accident",
    }
}

vocab! {
    /// Outcome measurement instruments.
    pub enum Instrument {
        Gas = "GAS",
        WhoqolBref = "WHOQOL-BREF",
        Bdi21 = "BDI-21" | "BDI",
        Akv1 = "AKV1" | "AKV 1" | "AKV-1",
    }
}

vocab! {
    /// Who must be told of a cancelled course.
    pub enum Notified {
        /// Kelan viranomaislinja
        KelaAuthorityLine = "kela-authority-line" | "kelan viranomaislinja",
        Clients = "clients" | "asiakkaat",
        /// kuntoutuspalvelujen ryhmä
        RehabilitationServicesGroup = "rehabilitation-services-group" | "kuntoutuspalvelujen ryhmä",
    }
}

impl Therapy {
    /// The Fluent message id of the therapy's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Therapy::AquaticTherapy => "therapy-aquatic-therapy",
            Therapy::Physiotherapy => "therapy-physiotherapy",
            Therapy::MusicTherapy => "therapy-music-therapy",
            Therapy::NeuropsychologicalRehabilitation => {
                "therapy-neuropsychological-rehabilitation"
            }
            Therapy::Psychotherapy => "therapy-psychotherapy",
            Therapy::SpeechTherapy => "therapy-speech-therapy",
            Therapy::OccupationalTherapy => "therapy-occupational-therapy",
            Therapy::ArtTherapy => "therapy-art-therapy",
            Therapy::FamilyTherapy => "therapy-family-therapy",
            Therapy::EquineTherapyPhysiotherapist => "therapy-equine-therapy-physiotherapist",
            Therapy::EquineTherapyOccupationalTherapist => {
                "therapy-equine-therapy-occupational-therapist"
            }
        }
    }
}

impl Notified {
    /// The Fluent message id of the party's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Notified::KelaAuthorityLine => "notified-kela-authority-line",
            Notified::Clients => "notified-clients",
            Notified::RehabilitationServicesGroup => "notified-rehabilitation-services-group",
        }
    }
}

impl InsuranceKind {
    /// The Fluent message id of the insurance's name.
    pub fn message_id(self) -> &'static str {
        match self {
            InsuranceKind::Liability => "insurance-liability",
            InsuranceKind::Patient => "insurance-patient",
            InsuranceKind::GroupAccident => "insurance-group-accident",
        }
    }
}

impl Role {
    /// The Fluent message id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::SpecialistPhysician => "role-specialist-physician",
            Role::Psychologist => "role-psychologist",
            Role::Psychotherapist => "role-psychotherapist",
            Role::Nurse => "role-nurse",
            Role::PublicHealthNurse => "role-public-health-nurse",
            Role::Physiotherapist => "role-physiotherapist",
            Role::OccupationalPhysiotherapist => "role-occupational-physiotherapist",
            Role::OccupationalTherapist => "role-occupational-therapist",
            Role::Nutritionist => "role-nutritionist",
            Role::NutritionAdvisor => "role-nutrition-advisor",
            Role::SocialWorker => "role-social-worker",
            Role::Socionom => "role-socionom",
            Role::RehabilitationInstructor => "role-rehabilitation-instructor",
            Role::MscRehabilitationScience => "role-msc-rehabilitation-science",
            Role::MusicTherapist => "role-music-therapist",
            Role::SpeechTherapist => "role-speech-therapist",
            Role::Neuropsychologist => "role-neuropsychologist",
            Role::OtherProfessional => "role-other-professional",
            Role::Assistant => "role-assistant",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_and_aliases_case_insensitively() {
        assert_eq!(Role::parse("fysioterapeutti"), Some(Role::Physiotherapist));
        assert_eq!(Role::parse("Sairaanhoitaja"), Some(Role::Nurse));
        assert_eq!(Role::parse("SOSIAALITYÖNTEKIJÄ"), Some(Role::SocialWorker));
        assert_eq!(
            Role::parse("kuntoutuksen ohjaaja"),
            Some(Role::RehabilitationInstructor)
        );
        assert_eq!(Role::parse("lähihoitaja"), Some(Role::Assistant));
        assert_eq!(Role::parse("fysioterapeut"), Some(Role::Physiotherapist));
        assert_eq!(
            Instrument::parse("whoqol-bref"),
            Some(Instrument::WhoqolBref)
        );
        assert_eq!(PeriodKind::parse("kasvokkainen"), Some(PeriodKind::Onsite));
        assert_eq!(Role::parse("dentist"), None);
    }

    #[test]
    fn every_alias_is_unambiguous() {
        fn check<T: Vocab + PartialEq + std::fmt::Debug>() {
            let all: Vec<_> = T::IDS.iter().chain(T::ALIASES).collect();
            for (i, (a, va)) in all.iter().enumerate() {
                for (b, vb) in &all[i + 1..] {
                    if a.to_lowercase() == b.to_lowercase() {
                        assert_eq!(va, vb, "`{a}` names two values");
                    }
                }
            }
        }
        check::<Service>();
        check::<Therapy>();
        check::<Status>();
        check::<PeriodKind>();
        check::<Mode>();
        check::<ContactKind>();
        check::<ClientStatus>();
        check::<Role>();
        check::<Specialty>();
        check::<Pool>();
        check::<Instrument>();
        check::<Notified>();
    }
}
