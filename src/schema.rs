//! `oras-check schema`: a JSON Schema of the plan format for editors (taplo / Even Better
//! TOML), with descriptions, every enumerated word and its Finnish and Swedish aliases, and
//! date formats. Add `#:schema ./plan.schema.json` as the first line of a plan to use it.

use serde_json::{Value, json};

use crate::plan::vocab::{
    ClientStatus, ContactKind, CourseLanguage, Instrument, Mode, Notified, PeriodKind, Pool, Role,
    RoomStandard, Service, Specialty, Status, TargetGroup, Therapy, Vocab,
};

/// The words of a vocabulary: ids first, then aliases.
fn words<T: Vocab>() -> Vec<&'static str> {
    T::IDS.iter().chain(T::ALIASES).map(|(w, _)| *w).collect()
}

fn word<T: Vocab>(description: &str) -> Value {
    json!({ "type": "string", "enum": words::<T>(), "description": description })
}

fn date(description: &str) -> Value {
    json!({ "type": "string", "format": "date", "description": description })
}

fn text(description: &str) -> Value {
    json!({ "type": "string", "minLength": 1, "description": description })
}

fn boolean(description: &str) -> Value {
    json!({ "type": "boolean", "description": description })
}

fn table(description: &str, properties: Value, required: &[&str]) -> Value {
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn array_of(items: Value, description: &str) -> Value {
    json!({ "type": "array", "items": items, "description": description })
}

/// The schema as pretty JSON.
pub fn plan_schema() -> String {
    let mut out = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    out.push('\n');
    out
}

pub fn schema() -> Value {
    let course = table(
        "The course (required).",
        json!({
            "service": word::<Service>("Rule-pack family: oras, omaishoitaja or group-therapy."),
            "edition": { "type": "string", "description": "Pins an edition by its year, e.g. \"2021\"; default: the edition in force on `start`." },
            "code": text("The course number in Kela's course register."),
            "language": word::<CourseLanguage>("The language the course is held in."),
            "provider": text("The provider's name (palveluntuottaja)."),
            "site": text("The site (toimipiste)."),
            "target_group": word::<TargetGroup>("Carers' courses: carers of adults or of children."),
            "therapy": word::<Therapy>("Group therapy: the therapy. Art, family and equine-assisted therapy exist only individually."),
            "start": date("First day of the first on-site period as scheduled."),
            "status": word::<Status>("The course's state; default planned."),
        }),
        &["service", "start"],
    );
    let period = table(
        "An on-site (kasvokkainen jakso) or remote (etäkuntoutus) period; dates inclusive.",
        json!({
            "kind": word::<PeriodKind>("onsite or remote."),
            "start": date("First day."),
            "end": date("Last day (inclusive)."),
            "mode": word::<Mode>("On-site only: residential (laitosmuotoinen) or outpatient (avomuotoinen)."),
            "hours_per_day": { "type": "number", "minimum": 0, "maximum": 24, "description": "On-site only: length of a rehabilitation day in hours." },
            "guided_hours_per_day": { "type": "number", "minimum": 0, "maximum": 24, "description": "On-site only: guided rehabilitation hours per day, on average." },
            "guidance_hours_per_client": { "type": "number", "minimum": 0, "maximum": 1000, "description": "Remote only: hours of guidance each client gets." },
            "invoiced": date("The day this period was invoiced to Kela."),
        }),
        &["kind", "start", "end"],
    );
    let contact = table(
        "A contact with the clients.",
        json!({
            "kind": word::<ContactKind>("pre (ennakkoyhteydenotto), interim (väliyhteydenotto) or follow-up (seurantayhteydenotto)."),
            "date": date("When it happens."),
            "minutes": { "type": "integer", "minimum": 0, "description": "Planned length in minutes." },
            "clients": array_of(json!({ "type": "string" }), "The client ids it includes; default every client."),
        }),
        &["kind", "date"],
    );
    let client = table(
        "A client. Ids are pseudonyms: never a personal identity code.",
        json!({
            "id": text("Pseudonym, unique within the plan."),
            "status": word::<ClientStatus>("enrolled (default), transferred-in or withdrawn."),
            "age": { "type": "integer", "minimum": 0, "maximum": 130, "description": "Age on course.start." },
            "decision": date("The day Kela gave the rehabilitation decision (kuntoutuspäätös)."),
            "decision_received": date("The day the decision reached the provider."),
            "preliminary_agreement": date("The day the course dates were preliminarily agreed with the client."),
            "confirmation_sent": date("The day the client was told the confirmed dates."),
            "last_meeting": date("The client's last meeting (default: the last contact or period day that includes the client)."),
            "feedback_sent": date("The day the rehabilitation feedback (kuntoutuspalaute) was sent to Kela."),
        }),
        &["id"],
    );
    let specialty = json!({
        "type": "string",
        "description": "Physicians: psychiatry, occupational-health, general-practice, or another word.",
        "examples": words::<Specialty>(),
    });
    let staff = table(
        "A member of the team. With a roster (`roster` in oras-check.toml) the name alone is \
         enough: role, specialty, qualifications and licence come from the roster, and what \
         the plan states must agree with it.",
        json!({
            "name": text("A label the provider recognises (initials are fine); with a roster, the person's name there."),
            "role": word::<Role>("A professional title: English id or Finnish/Swedish title. Required unless the provider keeps a roster."),
            "specialty": specialty,
            "qualifications": array_of(
                json!({ "type": "string", "examples": ["psychiatric-nursing-degree", "mental-health-training-30-credits", "psychiatric-specialisation"] }),
                "Extra qualifications."
            ),
            "in_team": boolean("false: available to the provider but not in this course's team (default true)."),
            "personal_instructor": boolean("Acts as a client's personal instructor (omaohjaaja)."),
            "service_manager": boolean("Is the course's service manager (palveluvastaava)."),
            "licensed": boolean("Licensed health-care professional (Valvira)."),
        }),
        // `role` is required only without a roster, which the schema cannot know.
        &["name"],
    );
    let facilities = table(
        "The site's premises; a key left out means \"not stated\".",
        json!({
            "institutional_unit": boolean("An institutional unit (laitosyksikkö)."),
            "second_group_room": boolean("A second group room."),
            "individual_meeting_room": boolean("A room for individual meetings."),
            "gym": boolean("A gym (kuntosali)."),
            "sports_hall": boolean("A sports hall (liikuntasali)."),
            "pool": word::<Pool>("Pool: on-site, elsewhere or none."),
            "accommodation_on_site": boolean("Clients are housed at the site."),
            "room_standard": word::<RoomStandard>("The rooms clients are housed in."),
        }),
        &[],
    );
    let insurance = table(
        "The provider's insurances.",
        json!({
            "liability": boolean("Liability insurance (toiminnan vastuuvakuutus)."),
            "patient": boolean("Patient insurance (potilasvakuutus)."),
            "group_accident": boolean("Group accident insurance (ryhmämuotoinen tapaturmavakuutus)."),
        }),
        &[],
    );
    let measurements = table(
        "Outcome measurements.",
        json!({ "instruments": array_of(word::<Instrument>("An instrument."), "GAS, WHOQOL-BREF, BDI-21, AKV1.") }),
        &[],
    );
    let cancellation = table(
        "When course.status = \"cancelled\".",
        json!({
            "date": date("The day the course was cancelled."),
            "clients_with_decisions": { "type": "integer", "minimum": 0, "description": "Clients with a decision for the course on that day." },
            "notified": array_of(word::<Notified>("A party told."), "Who was told."),
        }),
        &["date", "clients_with_decisions"],
    );
    let postponement = table(
        "When course.status = \"postponed\".",
        json!({
            "date": date("The day of the decision to postpone."),
            "original_start": date("The start before postponing."),
            "new_start": date("The new start (= course.start)."),
            "clients_with_decisions": { "type": "integer", "minimum": 0, "description": "Clients with a decision on that day." },
        }),
        &[
            "date",
            "original_start",
            "new_start",
            "clients_with_decisions",
        ],
    );
    let allow = table(
        "A suppression: a rule this plan may break, and why.",
        json!({
            "rule": text("A rule id (`oras-check rules`)."),
            "reason": text("Why, e.g. a Kela exception and its reference."),
            "client": text("Only for this client."),
            "expires": date("The last day the suppression applies."),
        }),
        &["rule", "reason"],
    );
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "oras-check course plan, format 1",
        "description": "A course plan checked by oras-check against Kela's service descriptions.",
        "type": "object",
        "properties": {
            "format": { "type": "integer", "enum": [1], "description": "The plan format; 1." },
            "course": course,
            "periods": array_of(period, "On-site and remote periods."),
            "contacts": array_of(contact, "Contacts."),
            "clients": array_of(client, "Clients."),
            "staff": array_of(staff, "The team."),
            "facilities": facilities,
            "insurance": insurance,
            "measurements": measurements,
            "cancellation": cancellation,
            "postponement": postponement,
            "allow": array_of(allow, "Suppressions."),
        },
        "required": ["course"],
        "additionalProperties": false,
    })
}
