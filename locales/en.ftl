### oras-check messages: English.
### Messages state the facts with their numbers; help says what to do. Quotes from the source
### documents are never translated (they are not in this file).

## Words used inside other messages

conj-and = and
conj-or = or
value-truncated = { $start }… ({ $length } characters)
list-more = { $shown } and { $more } more

type-string = a string
type-integer = a whole number
type-number = a number
type-boolean = true or false
type-date = a date
type-array = an array
type-table = a table
type-array-of-tables = an array of tables

window-remote-period = inside the remote period
window-between-onsite-1-2 = between on-site periods 1 and 2
window-between-onsite-2-3 = between on-site periods 2 and 3

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

holiday-new-years-day = New Year's Day
holiday-epiphany = Epiphany
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-may-day = May Day
holiday-ascension-day = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-midsummer-eve = Midsummer Eve
holiday-midsummer-day = Midsummer Day
holiday-all-saints-day = All Saints' Day
holiday-independence-day = Independence Day
holiday-christmas-eve = Christmas Eve
holiday-christmas-day = Christmas Day
holiday-boxing-day = Boxing Day

role-specialist-physician = specialist physician
role-psychologist = psychologist
role-psychotherapist = psychotherapist
role-nurse = nurse
role-public-health-nurse = public health nurse
role-physiotherapist = physiotherapist
role-occupational-physiotherapist = occupational physiotherapist
role-occupational-therapist = occupational therapist
role-nutritionist = nutritionist
role-nutrition-advisor = nutrition advisor
role-social-worker = social worker
role-socionom = socionom
role-rehabilitation-instructor = rehabilitation instructor
role-msc-rehabilitation-science = MSc in rehabilitation science
role-music-therapist = music therapist
role-speech-therapist = speech therapist
role-neuropsychologist = neuropsychologist
role-other-professional = other professional
role-assistant = assistant

therapy-aquatic-therapy = aquatic therapy
therapy-physiotherapy = physiotherapy
therapy-music-therapy = music therapy
therapy-neuropsychological-rehabilitation = neuropsychological rehabilitation
therapy-psychotherapy = psychotherapy
therapy-speech-therapy = speech therapy
therapy-occupational-therapy = occupational therapy
therapy-art-therapy = art therapy
therapy-family-therapy = family therapy
therapy-equine-therapy-physiotherapist = equine-assisted therapy led by a physiotherapist
therapy-equine-therapy-occupational-therapist = equine-assisted therapy led by an occupational therapist

notified-kela-authority-line = Kela's authority line (Kelan viranomaislinja)
notified-clients = the clients
notified-rehabilitation-services-group = Kela's rehabilitation services group (kuntoutuspalvelujen ryhmä)

insurance-liability = liability insurance (toiminnan vastuuvakuutus)
insurance-patient = patient insurance (potilasvakuutus)
insurance-group-accident = group accident insurance (ryhmämuotoinen tapaturmavakuutus)

## Labels under the source excerpt

label-period-starts = the period starts here
label-period-ends = the period ends here
label-period-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
    }
label-first-used-here = first used here
label-status = status { $status }
label-status-here = the status is set here
label-course-starts = the course starts here
label-sunday = { $date } is a Sunday
label-first-onsite-day = the first on-site day
label-first-onsite-ends = the first on-site period ends here
label-second-onsite-starts = the second on-site period starts here
label-last-onsite-day = the last on-site day
label-decision-arrived = the decision arrived here
label-decision-given = the decision was given here
label-decision-limit = the rehabilitation must be over by { $limit }
label-client-last-follow-up = { $client }'s last follow-up
label-last-meeting = { $client }'s last meeting
label-first-service-manager = { $name } is also service manager
label-decisions = { $count ->
    [one] { $count } client had a decision
   *[other] { $count } clients had a decision
    }
label-original-start = the original start
label-lacks-qualification = { $name } lacks a qualification: { $qualifications }

## Reading the plan (plan-syntax, plan-schema)

syntax-error = The file is not valid TOML: { $detail }
syntax-not-utf8 = The file is not UTF-8 text (invalid byte at offset { $offset })
syntax-not-utf8-help = Save the plan as UTF-8; most editors offer this under "Save as" or "Encoding".
syntax-binary = The file contains a NUL byte (at offset { $offset }): it is a binary file, not a plan
syntax-binary-help = A plan is a TOML text file; check that this is the file you meant.
io-error = Cannot read { $path }: { $detail }
io-not-found = { $path } does not exist
io-permission-denied = { $path } may not be read (permission denied)
io-not-regular = { $path } is not a regular file (a pipe, socket or device), so it is not read
io-is-dir = { $path } is a folder, not a plan file
io-symlink-loop = { $path } is a symbolic link back to { $ancestor }: a loop
run-left-out = Left out { $count } TOML { $count ->
    [one] file
   *[other] files
} without plan tables as not plans (--verbose lists them)
run-no-plans = No plan files (*.toml) found in { $paths }
io-pseudo = { $path } is a file of the operating system (under /proc or /sys), not a plan, so it is not read
io-too-large = { $path } is larger than { $limit } MiB; oras-check does not read plans that large
io-stdin-too-large = Standard input goes on past { $limit } MiB; oras-check stops reading a plan there
io-stdin-too-large-help = Send one plan file to standard input (oras-check - < plan.toml), or give its path.
io-too-large-help = A course plan is a few kilobytes; check that this is the file you meant.

schema-empty-plan = The plan is empty: it has no tables or keys, at most comments
schema-missing-course = The plan has no [course] table
schema-missing-course-near = The plan has no [course] table; did you mean [course] for [{ $key }]?
schema-missing-course-near-help = Rename [{ $key }] to [course]: without it the plan cannot be checked.
schema-missing-course-help = Start the plan with a [course] table giving at least `service` and `start`.
schema-missing-key = { $table } lacks the required key `{ $key }`
schema-missing-key-for-service = [course] lacks `{ $key }`, which { $service } plans must state
schema-key-for-other-service = `{ $key }` belongs only to { $service } plans
schema-key-for-other-kind = `{ $key }` belongs only to { $kind ->
    [onsite] on-site
   *[other] remote
    } periods
schema-remove-key = Remove `{ $key }` or change the kind.
schema-unknown-key = Unknown key `{ $key }` in { $table }
roster-unknown = { $name } is not in the roster ({ $file })
roster-unknown-help = Add { $name } to { $file } as a [[staff]] entry, or write the name as it is there.
roster-differs = `{ $key }` of { $name } is { $plan } here but { $roster } in the roster ({ $file })
roster-differs-help = Leave `{ $key }` out to take the roster's value, or correct the roster if the person's details have changed.
roster-duplicate = { $name } is in the roster twice
roster-duplicate-help = A roster names each person once; a plan refers to them by name.
schema-did-you-mean = Did you mean `{ $suggestion }`?
schema-known-keys = Known keys: { $keys }.
schema-wrong-type = `{ $key }` must be { $expected }, not { $found }
schema-unquote = Write it without quotes: { $key } = { $value }
schema-unknown-value = `{ $value }` is not a valid `{ $key }`
schema-expected-one-of = Expected one of: { $values }.
schema-empty = `{ $key }` must not be empty
schema-bad-date = `{ $key }` is not a real calendar date
schema-date-range = `{ $key }` must lie between 1.1.0001 and 30.12.9999
schema-date-time = `{ $key }` must be a date (YYYY-MM-DD) without a time or an offset
schema-out-of-range = `{ $key }` is out of range
schema-range = `{ $key }` must be between { $min } and { $max }
schema-format = This is plan format { $found }; oras-check reads format 1
schema-not-array-of-tables = `{ $key }` must be an array of tables: write [[{ $key }]], not [{ $key }]
schema-not-table = `{ $key }` must be a single table: write [{ $key }], not [[{ $key }]]
schema-edition-number = `edition` must be a string: write edition = "{ $value }"
schema-end-before-start = The period ends on { $end }, before it starts on { $start }
schema-duplicate-client = Client id `{ $id }` is used twice; ids must be unique within the plan
schema-unknown-client = `{ $id }` is not a client of this plan
schema-no-clients = The plan has no [[clients]] tables.
schema-empty-clients = `clients` is empty, so this contact includes nobody
schema-empty-clients-help = Omit `clients` to include every client, or list the client ids.
schema-allow-without-reason = This [[allow]] gives no reason
schema-allow-without-reason-help = Add reason = "…": why this plan may break the rule (for example a Kela exception and its reference).
schema-status-needs-table = A course with status "{ $status }" needs a { $table } table
schema-cancellation-not-cancelled = [cancellation] is given, but the course status is "{ $status }", not "cancelled"

edition-not-in-force = No { $service } edition is in force for a course starting { $start }
edition-unknown = { $service } has no edition "{ $edition }"
edition-list-help = Editions of { $service }: { $editions }. Pin one with course.edition if the course falls under another.
edition-none-help = No rule pack for { $service } is loaded; check --rules.
edition-pinned = course.edition pins { $edition } (courses starting { $range }), but this course starts { $start }; the pinned edition is used
course-start = course.start is { $start }, but the first on-site period starts on { $first }; rules count from course.start
course-start-help = course.start is the first on-site day: make the two agree.

allow-unknown-rule = [[allow]] names an unknown rule `{ $rule }`
allow-unknown-rule-help = `oras-check rules` lists the rule ids.
allow-unsuppressible = `{ $rule }` cannot be suppressed with [[allow]]

## Privacy

personal-data = The plan contains a Finnish personal identity code ({ $masked })
personal-data-help = Replace it with a pseudonym. Plans must never contain identity codes; the code is not shown in any output.

## Suppressions

unused-allow = This [[allow]] of `{ $rule }` suppressed nothing
unused-allow-client = This [[allow]] of `{ $rule }` for client { $client } suppressed nothing
unused-allow-help = Remove it, or check the rule id and client: a stale exception hides the next real finding.

not-checked-missing-dates = Not checked for { $count ->
    [one] client { $clients }
   *[other] clients { $clients }
    }: { $keys } not stated

## Group size

group-size-max = { $count ->
    [one] { $count } client is enrolled
   *[other] { $count } clients are enrolled
    }; the { $unit ->
        [group] group
       *[course] course
    } takes at most { $max }
group-size-max-label = client number { $position }
group-size-max-help = Move clients beyond the { $max }th to another course; the maximum may not be exceeded, not even for clients transferring from another course.
group-size-min = { $count ->
    [one] { $count } client is enrolled
   *[other] { $count } clients are enrolled
    }; the { $unit ->
        [group] group
       *[course] course
    } may not start with fewer than { $min }
group-size-min-help = Enrol at least { $min } clients, postpone the start, or move the clients to another course and cancel this one.
start-threshold-must-start = The course is { $status } although { $count ->
    [one] { $count } client has
   *[other] { $count } clients have
    } a decision; with { $threshold } or more it must start as scheduled
start-threshold-must-start-help = With at least { $threshold } clients the provider must start the course on schedule; change the status back and keep the dates.
start-threshold-below = { $count ->
    [one] { $count } client is enrolled
   *[other] { $count } clients are enrolled
    }, fewer than the start threshold of { $threshold }; starting with at least { $min } is the provider's choice

## On-site periods

onsite-periods-count = { $count ->
    [one] { $count } on-site period is planned
   *[other] { $count } on-site periods are planned
    }; the service description has exactly { $expected }
onsite-periods-count-help = Plan exactly { $expected } [[periods]] with kind = "onsite".
onsite-periods-extra-label = on-site period number { $position }
onsite-periods-days-each = The on-site period { $start } – { $end } lasts { $days ->
    [one] { $days } day
   *[other] { $days } days
    }; each on-site period lasts { $expected }
onsite-periods-days-each-help = Make the period { $expected } days long (days = end − start + 1).
onsite-periods-days-total = The on-site periods last { $days } days in all; the service description has { $expected }
onsite-periods-days-total-help = Spread { $expected } on-site days over the periods.
onsite-weekdays = The on-site period { $start } – { $end } includes { $count ->
    [one] a Sunday ({ $sundays })
   *[other] { $count } Sundays ({ $sundays })
    }
onsite-weekdays-help = On-site days are held Monday to Saturday; move the period so that it does not include a Sunday.
periods-span = The on-site periods run from { $first } to { $last }, longer than { $months } months (until { $limit })
periods-span-help = Hold the last on-site period by { $limit }.
day-length = A rehabilitation day of { $hours } hours is shorter than { $min } hours
day-length-help = An on-site rehabilitation day lasts at least { $min } hours.
day-length-guided = { $hours } guided hours a day are fewer than the { $min } hours a day on average the service description states
day-length-guided-help = Plan about { $min } hours of guided rehabilitation a day on average.

## Remote part

remote-period-none-allowed = { $edition } has no remote part, but the plan has a remote period
remote-period-none-allowed-help = Remove the remote period, or pin the edition the course really follows.
remote-period-missing = No remote period is planned; the service description has one of { $weeks } weeks between the on-site periods
remote-period-missing-help = Add a [[periods]] table with kind = "remote" between the first and the second on-site period ({ $weeks } weeks).
remote-period-several = { $count } remote periods are planned; the service description has exactly one
remote-period-several-help = Merge them into one remote period between the on-site periods.
remote-period-position = The remote period { $start } – { $end } does not lie between the first two on-site periods
remote-period-position-help = The remote period starts after the first on-site period ends and ends before the second starts.
remote-period-length = The remote period lasts { $days } days; the service description sets { $weeks } weeks ({ $expected } days)
remote-period-length-help = Keep the remote period within { $tolerance } days of { $expected } days.
remote-guidance = { $hours } hours of guidance per client are fewer than the required { $min }
remote-guidance-help = Each client gets at least { $min } hours of guidance in the remote period.
remote-guidance-not-stated = The guidance hours per client are not stated; at least { $min } are required
remote-guidance-not-stated-help = State guidance_hours_per_client for the remote period.

## Contacts

pre-contact-missing = No pre-contact (ennakkoyhteydenotto) is planned
pre-contact-missing-client = No pre-contact (ennakkoyhteydenotto) is planned for client { $client }
pre-contact-missing-help = Plan one [[contacts]] with kind = "pre" before the course starts.
pre-contact-several = { $uneven ->
    [yes] Up to { $count } pre-contacts are planned for each client
   *[other] { $count } pre-contacts are planned
    }; the service description has one
pre-contact-several-client = { $count } pre-contacts are planned for client { $client }; the service description has one
pre-contact-several-help = Keep one pre-contact per client.
pre-contact-late = The pre-contact on { $date } is not before the course starts on { $start }
pre-contact-late-help = The pre-contact happens before the first on-site day.
pre-contact-window = The pre-contact on { $date } is { $days } days before the start; the service description says about 3 weeks ({ $min }–{ $max } days)
pre-contact-window-help = Hold it between { $earliest } and { $latest }.

interim-outside-remote = The interim contact on { $date } lies outside the remote period ({ $start } – { $end })
interim-outside-no-remote = The interim contact on { $date } must lie inside the remote period, but the plan has { $count ->
    [0] no remote period
   *[other] { $count } remote periods
    }
interim-outside-between = The interim contact on { $date } does not lie between two on-site periods
interim-outside-help = Move the contact into its window.
interim-missing = { $uneven ->
    [yes] At most { $have }
   *[other] { $have }
    } of the { $required } interim contacts required { $window } are planned
interim-missing-client = Client { $client } has { $have } of the { $required } interim contacts required { $window }
interim-missing-help = Plan { $required } interim contacts { $window } for every client.
interim-extra = { $uneven ->
    [yes] Up to { $count }
   *[other] { $count }
    } interim contacts are planned; the service description has { $required }
interim-extra-client = { $count } interim contacts are planned for client { $client }; the service description has { $required }
interim-extra-help = Extra contacts are not part of the service description; check that they are meant.

follow-up-missing = No follow-up contact (seurantayhteydenotto) is planned after the last on-site period
follow-up-missing-client = Client { $client } has { $count } follow-up contacts; at least { $min } { $min ->
    [one] is
   *[other] are
    } required
follow-up-missing-help = Plan a [[contacts]] with kind = "follow-up" after the last on-site day.
follow-up-too-many = { $uneven ->
    [yes] Up to { $count }
   *[other] { $count }
    } follow-up contacts are planned; the service description has at most { $max }
follow-up-too-many-client = { $count } follow-up contacts are planned for client { $client }; the service description has at most { $max }
follow-up-too-many-help = Keep at most { $max } follow-up contacts per client.
follow-up-early = The follow-up contact on { $date } is not after the last on-site day { $last }
follow-up-early-help = Follow-up contacts come after the last on-site period.
follow-up-window = The follow-up contact on { $date } is not { $from }–{ $to } months after the last on-site day { $last }
follow-up-window-help = Hold it between { $earliest } and { $latest }.
course-duration = The last follow-up on { $date } is later than { $months } months after the course start { $start } (by { $limit })
course-duration-help = Hold the last follow-up by { $limit }.

## Per client

client-preliminary-agreement = The dates were agreed with client { $client } on { $agreed }, { $days } days after the decision arrived on { $received }; the limit is { $limit } days
client-preliminary-agreement-help = Agree the course dates with the client by { $deadline }.
client-confirmation = Client { $client } was told the confirmed dates on { $sent }, later than { $months } months after the decision of { $decision } (by { $limit })
client-confirmation-help = Tell the client the confirmed dates by { $limit }.
client-decision-window = Client { $client }'s rehabilitation ends on { $end }, later than { $months } months after the decision of { $decision } (by { $limit })
client-decision-window-help = Hold the client's last follow-up by { $limit }, or tell Kela's authority line and the client that the rehabilitation cannot be completed in time.
client-duration = Client { $client }'s rehabilitation lasts from the decision of { $decision } to { $end }, less than { $months } months
client-duration-help = The service description states a total duration of 8–20 months; a last follow-up on or after { $shortest } reaches it.
client-age = Client { $client } is { $age }; the course is for clients aged { $min } or over
client-age-help = Check the client's age on course.start; clients under { $min } cannot take part.
allowance-age = Client { $client } is { $age }; rehabilitation allowance (kuntoutusraha) is paid only to clients aged { $min }–{ $max }
allowance-age-all = No client is aged { $min }–{ $max }; rehabilitation allowance (kuntoutusraha) cannot be paid to any of them
allowance-age-help = Tell the clients concerned in good time that the course does not entitle them to rehabilitation allowance.
allowance-days = { $count ->
    [one] An on-site day falls
   *[other] { $count } on-site days fall
    } on a Sunday or a public holiday: { $days }; no rehabilitation allowance is paid for { $count ->
    [one] it
   *[other] them
    }
allowance-days-help = Move the on-site days off Sundays and public holidays, or tell the clients that those days carry no allowance.

## Staff

staff-physician-missing = No specialist physician (erikoislääkäri) is in the team
staff-physician-missing-help = Add a [[staff]] member with role = "specialist-physician".
staff-physician-specialty = The specialist physician { $name }'s specialty is { $specialty }; this service description requires { $wanted }
staff-physician-no-specialty = The specialist physician { $name } has no stated specialty; this service description requires { $wanted }
staff-physician-specialty-help = State specialty = one of { $wanted }, or add a physician who has it.
staff-mandatory = No team member fills the mandatory slot of { $roles }
staff-mandatory-help = Add a [[staff]] member who is { $roles }.
staff-mandatory-taken-help = Everyone who could be { $roles } already fills another slot; one person fills one slot only.
staff-optional-in-team = { $count ->
    [one] { $count } optional professional is
   *[other] { $count } optional professionals are
    } in the team; at least { $min } are required
staff-optional-in-team-help = Add at least { $min } of: { $roles }.
staff-optional-unavailable = The provider must have { $roles } available
staff-optional-unavailable-help = Add them to [[staff]]; with in_team = false if they are not in this course's team.
staff-personal-instructor-missing = No team member is a personal instructor (omaohjaaja)
staff-personal-instructor-missing-help = Mark a mandatory professional with personal_instructor = true.
staff-personal-instructor-role = { $name } is a personal instructor but, as { $role }, not one of the mandatory professionals
staff-personal-instructor-role-help = A personal instructor is one of the mandatory professionals: { $roles }.
staff-service-manager-missing = No service manager (palveluvastaava) is named
staff-service-manager-missing-help = Mark one staff member with service_manager = true.
staff-service-manager-several = { $count } staff members are marked service manager; the service description names exactly one
staff-service-manager-several-help = Keep service_manager = true on one person.
staff-service-manager-unlicensed = The service manager { $name } is not stated to be a licensed health-care professional
staff-service-manager-unlicensed-help = The service manager is a health-care professional licensed by Valvira: set licensed = true, or name someone who is.

## Premises, insurance, measurements

facilities-absent = The plan states that the site has no `{ $item }`, which the service description requires
facilities-absent-help = The site must have it: `{ $item }` = true.
facilities-pool = The pool arrangement is "{ $pool }"
facilities-pool-help = The service description requires pool facilities: { $accepted }.
facilities-not-stated = The plan does not state { $items }, which the service description requires
facilities-not-stated-help = State them in [facilities] (true when the site has them).
accommodation-elsewhere = Clients are not accommodated at the site where the rehabilitation takes place
accommodation-elsewhere-help = Clients are housed at the same site as the on-site rehabilitation.
mode-residential = residential
mode-outpatient = outpatient
accommodation-mode = On-site period { $period } is { $mode }; clients must be accommodated where the rehabilitation takes place
accommodation-mode-help = Make every on-site period { $modes }: write mode = "residential" and house the clients at the site.
accommodation-not-stated = The plan does not state whether clients are accommodated at the site
accommodation-not-stated-help = State accommodation_on_site in [facilities].
accommodation-room = The room standard is "other"; the service description requires a double room with WC and shower
accommodation-room-help = Use room_standard = "double-with-bathroom" (or "single-with-bathroom" where a single room is justified).
insurance-absent = The plan states that the provider has no { $kind }
insurance-absent-help = The provider must hold it for the clients and their family members taking part.
insurance-not-stated = The plan does not state { $kinds }
insurance-not-stated-help = State them in [insurance] (true when the provider holds them).
measurements-not-stated = The plan has no [measurements]; the service description requires { $required }
measurements-not-stated-help = Add [measurements] with instruments = the service description's list.
measurements-missing = { $count ->
    [one] A required instrument is
   *[other] { $count } required instruments are
    } missing: { $missing }
measurements-missing-help = Use { $required }.

## Deadlines

feedback-late = The feedback on client { $client } was sent on { $sent }, later than { $days } days after the last meeting on { $last } (by { $deadline })
feedback-late-help = Send the rehabilitation feedback (kuntoutuspalaute) within the deadline; it must have arrived at Kela by then.
feedback-overdue = The feedback on client { $client } was due by { $deadline } ({ $last } was the last meeting) and is not recorded as sent (as of { $as_of })
feedback-overdue-help = Send the feedback and record feedback_sent.
feedback-due = The feedback on client { $client } is due by { $deadline } ({ $days } days after the last meeting on { $last })
feedback-due-all = The feedback on every client is due by { $deadline } ({ $days } days after the last meeting on { $last })
invoice-late = The { $kind ->
    [onsite] on-site
   *[other] remote
    } period ending { $end } was invoiced on { $invoiced }, later than { $months } months after its end (by { $deadline })
invoice-late-help = Invoice each period within the deadline; Kela may refuse a late invoice.
invoice-overdue = The { $kind ->
    [onsite] on-site
   *[other] remote
    } period ending { $end } was to be invoiced by { $deadline } and is not recorded as invoiced (as of { $as_of })
invoice-overdue-help = Invoice the period and record `invoiced`.
invoice-due = The { $kind ->
    [onsite] on-site
   *[other] remote
    } period ending { $end } is to be invoiced by { $deadline }

## Report layout

severity-error = error
severity-warning = warning
severity-note = note
report-col-rule = Rule
report-col-severity = Severity
report-col-count = Count
report-col-suppressed = Suppressed
report-col-plans = Plans
report-cross-heading = Across plans (courses checked together):
report-help-label = help
report-line-too-long = at { $path }:{ $line }:{ $column } (not shown: a line there is { $length } bytes long)
report-source = Source: { $cited }: “{ $quote }”
report-general-part = general part of the service description, quoted in { $cited }
report-plan-heading = { $path } — checked against { $edition }, as of { $as_of }
report-plan-heading-unchecked = { $path } — could not be checked
report-total = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
    }, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
    }, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
    }{ $suppressed ->
    [0] {""}
   *[other] {" "}({ $suppressed } suppressed)
    }
report-total-clean = No errors, warnings or notes{ $suppressed ->
    [0] {""}
   *[other] {" "}({ $suppressed } suppressed)
    }
report-total-unchecked = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
    } to fix first
report-total-plans = { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
    }{ $unchecked ->
    [0] {""}
   *[other] {" "}({ $unchecked } not checkable)
    }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
    }, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
    }, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
    } in all

## Cancellation and postponement

cancellation-after-start = The course was cancelled on { $date }, after it started on { $start }
cancellation-after-start-help = A course that has started is not cancelled; end it, and report the clients who left.
cancellation-empty-help = With no client decisions, cancel between { $earliest } and { $latest }, preferably by { $safe } (3 weeks before).
cancellation-empty-early = The course was cancelled on { $date }, earlier than { $months } months before the start ({ $earliest })
cancellation-empty-late = The course was cancelled on { $date }, later than { $days } days before the start ({ $latest })
cancellation-empty-unsafe = The course was cancelled on { $date }, within 3 weeks of the start (after { $safe }); 2 weeks is the last moment
cancellation-near-minimum-early = The course was cancelled on { $date } with { $count ->
    [one] { $count } client decision
   *[other] { $count } client decisions
    }, earlier than { $days } days before the start ({ $earliest })
cancellation-near-minimum-early-help = With decisions near the minimum, wait until { $earliest }: more clients may still come.
cancellation-notice = { $count ->
    [one] The cancellation notice does not reach { $missing }
   *[other] The cancellation notice does not reach { $missing }
    }
cancellation-notice-help = Tell all three parties and record them in notified: { $ids }.
postponement-year = The course was postponed from { $original } to { $new }, into another year
postponement-year-help = A course may be postponed only to a later date in the same year; otherwise cancel it.
postponement-start = The postponed start { $new } is not the course start { $start }
postponement-start-help = Set course.start to the new start.

## Group therapy

therapy-kind = Kela provides { $therapy } only as individual therapy, not in groups
therapy-kind-help = Plan it as individual therapy, or choose a therapy Kela provides in groups: { $therapies }.
therapy-leaders-required = In { $therapy } the group is supervised by { $required } { $role }s; the team has { $count }
therapy-leaders-required-help = Add in-team staff with role = "{ $role }" until there are { $required }.
therapy-leaders-none = No therapist leads the group
therapy-leaders-none-help = Add the therapist to [[staff]].
therapy-leaders-several = { $count } therapists are in the team; group therapy is led by { $leaders }
therapy-leaders-several-help = Keep one leading therapist in the team, or mark the others in_team = false.
therapy-age-group-mixed = The group mixes children and adolescents ({ $children }) with adults aged { $adult_age } or over ({ $adults }); group sizes are not checked
therapy-age-group-mixed-help = Groups are formed by age: split the clients into a children's group and an adults' group.
therapy-age-group-unknown = The age group is unknown: { $count ->
    [one] client { $clients } has
   *[other] clients { $clients } have
    } no age; group sizes are not checked
therapy-age-group-unknown-help = State each client's age on course.start.

## Rule documentation: a one-line summary (the `rules` table) and, as .doc, what `explain` prints

rule-plan-syntax = The file is valid UTF-8 TOML
    .doc = The plan must be a UTF-8 text file of valid TOML. Impossible dates such as 2025-11-31 are syntax errors: the TOML parser rejects them. Files that cannot be read at all (missing, a folder, over the size limit) are reported under this rule too. A plan with a syntax error is not checked further.
rule-plan-schema = The plan follows the plan format
    .doc = Every key must be known (a misspelt key gets a "did you mean"), every value of the right type and one of the allowed words, required keys present, periods not ending before they start, client ids unique, contacts naming only clients of the plan, [[allow]] entries with a reason and a known rule. An edition must be in force for the course start. All such problems are reported at once; a plan with any of them is not checked further.
rule-personal-data = The file contains no Finnish personal identity code
    .doc = Plans concern health rehabilitation. A valid Finnish personal identity code (date, century sign, individual number and a correct check character) anywhere in the file, comments included, is an error. The code itself is never printed: every output shows it masked as ******-****. Use pseudonyms for client ids.
rule-unused-allow = Every [[allow]] suppresses something
    .doc = An [[allow]] that matches no finding is stale: the exception it records no longer applies, and it would silently hide the next real finding of that rule.
rule-edition-pinned = A pinned edition outside its validity is noted
    .doc = course.edition pins an edition by its year. When the course start lies outside that edition's validity range, the pinned edition is still used, and this note says so.
rule-course-start = course.start is the first on-site day
    .doc = The plan format defines course.start as the first day of the first on-site period. Rules count from it (the pre-contact, the course's total duration, the clients' ages, the edition in force), so a plan whose first on-site period starts on another day gets this note. A cancelled course is not checked.
rule-group-size-max = No more clients than the service description's maximum
    .doc = Counts the clients whose status is "enrolled" or "transferred-in" and reports the first client beyond the maximum. The maximum may not be exceeded, not even for clients transferring from another course. Group therapy takes its maximum from the group's age group and therapy.
rule-group-size-min = Not fewer clients than the service description's minimum
    .doc = A course may not start below its minimum group size. The finding is an error once the course is confirmed, started or completed, and a warning while it is planned; a postponed or cancelled course is not checked. Group therapy takes its minimum from the group's age group and therapy, and is always an error.
rule-start-threshold = A course at the start threshold starts as scheduled
    .doc = With the start threshold of decisions reached, the provider must start the course on schedule: cancelling or postponing it then is an error. A course that goes ahead below the threshold (but at or above the minimum) gets a note: that is the provider's choice.
rule-onsite-periods = The number and length of on-site periods
    .doc = Counts the on-site periods and their days (end − start + 1): each must last the service description's number of days, or together the service description's total.
rule-onsite-weekdays = On-site days fall on Monday to Saturday
    .doc = The carers' course is held "maanantai–lauantai": an on-site period that includes a Sunday is an error.
rule-periods-span = On-site periods within the service description's span
    .doc = The last on-site day may not be later than the first on-site day plus the service description's number of months (calendar months, clamped to the month's end).
rule-remote-period = One remote period of the service description's length between the on-site periods
    .doc = Service descriptions with a remote part have exactly one remote period, lying after the first on-site period and before the second. A length more than the tolerance away from the service description's is an error: the length is fixed. Service descriptions without a remote part reject any remote period.
rule-remote-guidance = Enough guidance per client in the remote period
    .doc = The remote period gives each client at least the service description's hours of guidance. When guidance_hours_per_client is not stated, a note says the rule could not be checked.
rule-day-length = Long enough on-site days with enough guided hours
    .doc = An on-site period's hours_per_day below the minimum is an error, and not stated a note; guided_hours_per_day below the average the service description states is a warning, and not stated is not checked.
rule-pre-contact = One pre-contact before the course starts
    .doc = Each client has exactly one pre-contact (ennakkoyhteydenotto), dated before course.start. Oras 2021 also expects it about three weeks before (14–28 days; a warning outside). Contacts without a clients list count for every client.
rule-interim-contacts = The interim contacts in their windows
    .doc = Each client has the service description's number of interim contacts in each window: inside the remote period (the individual video sessions), or between consecutive on-site periods. A contact outside every window is an error, fewer than required an error, more a warning.
rule-follow-up-contacts = Follow-up contacts after the last on-site period
    .doc = Each client has at least the service description's number of follow-up contacts (seurantayhteydenotto), and not more than its maximum, all after the last on-site day. Oras 2021 expects them within about 2–3 months of it: later than 3 months is a warning, earlier than 2 months a note.
rule-course-duration = The course ends within the service description's total duration
    .doc = The last follow-up contact may not be later than course.start plus the service description's number of months.
rule-client-preliminary-agreement = Dates agreed within two weeks of the decision arriving
    .doc = For each client, preliminary_agreement may be at most the service description's number of days after decision_received. Not recorded: an error once --as-of is past the deadline, a note before it. Clients that could not be checked are listed in a note naming only the keys that are missing.
rule-client-confirmation = Confirmed dates told within six months of the decision
    .doc = For each client, confirmation_sent may be at most the service description's number of months after the decision (calendar months, clamped to the month's end). Not recorded: an error once --as-of is past the deadline, a note before it. Clients that could not be checked are listed in a note naming only the keys that are missing.
rule-client-decision-window = The rehabilitation ends within twenty months of the decision
    .doc = Each client's rehabilitation, follow-ups included, must be completed within the service description's number of months of the decision. The end is the latest follow-up that includes the client or, without one, the last on-site day.
rule-client-duration = The rehabilitation lasts at least the service description's shortest duration
    .doc = The service description states a total duration from the decision to the last follow-up; a client whose rehabilitation is shorter than its lower end gets a warning.
rule-client-age = Clients are old enough for the course
    .doc = A client younger than the service description's minimum age (18 for the Oras and carers' courses; 4 for aquatic therapy) is an error.
rule-allowance-age = Rehabilitation allowance is paid only to 16–67-year-olds
    .doc = A client outside the ages 16–67 cannot receive rehabilitation allowance (kuntoutusraha) for the course days. This is information for the client, not a fault of the plan.
rule-staff-physician = A specialist physician of an accepted specialty is in the team
    .doc = The team includes a specialist physician whose specialty the service description accepts (any specialty, or none stated, where the service description sets none). A physician with in_team = false does not count.
rule-staff-mandatory = Every mandatory professional slot is filled
    .doc = Each mandatory slot needs its own in-team person with one of its roles (and, where the service description says so, a qualification). One person fills one slot: people are matched to slots, never assigned greedily.
rule-staff-optional = Enough optional professionals, all available
    .doc = At least the service description's number of optional slots are filled by in-team people not needed for a mandatory slot, and the provider has every optional professional available (in this team or with in_team = false).
rule-staff-personal-instructor = A personal instructor in the team
    .doc = At least one in-team member is a personal instructor (omaohjaaja). Where the service description makes the personal instructor one of the mandatory professionals (the carers' course), every personal instructor holds such a role; an occupational physiotherapist counts as a physiotherapist.
rule-staff-service-manager = Exactly one licensed service manager
    .doc = Exactly one staff member is the service manager (palveluvastaava), and that person has a licensed health-care profession (specialist physician, psychologist, nurse, public health nurse, physiotherapist, occupational physiotherapist or occupational therapist) and is licensed (licensed = true). The service manager need not be in this course's team.
rule-facilities = The required premises are there
    .doc = Each facility the service description requires must be stated true; false is an error, not stated a warning. Where the service description requires a pool it may be on site or elsewhere, as the service description allows.
rule-accommodation = Clients are housed at the site in double rooms with WC and shower
    .doc = accommodation_on_site = false, or an on-site period the service description does not accept (outpatient on a carers' course), is an error; not stated, or room_standard = "other", is a warning. On Oras 2025, which may be outpatient, only room_standard = "other" is reported, and only for a course with a residential on-site period.
rule-insurance = The required insurances are held
    .doc = Liability, patient and group accident insurance: false is an error, not stated a warning.
rule-measurements = The outcome measurements are used
    .doc = [measurements] instruments must include every instrument the service description requires; a missing [measurements] table is a warning.
rule-feedback-deadline = Rehabilitation feedback within two weeks of the last meeting
    .doc = The feedback (kuntoutuspalaute) on each client is sent within the service description's number of days of the client's last meeting (last_meeting, or the latest of the last on-site day and the client's contacts). Not yet sent: an error after the deadline (as of --as-of), a note before it. A withdrawn client without feedback_sent gets a note: the short rehabilitation feedback is sent to Kela when rehabilitation is interrupted (no deadline is given).
rule-invoice-deadline = Each period invoiced within two months of its end
    .doc = Every on-site and remote period is invoiced within the service description's number of months of its end. Not yet invoiced: an error after the deadline (as of --as-of), a note before it.
rule-allowance-days = No on-site day on a Sunday or a public holiday
    .doc = Rehabilitation allowance is paid for weekdays, Monday to Saturday, not for Sundays or public holidays (arkipyhä). An on-site day on one of them is a warning for the clients' income. Easter is computed; a Sunday already reported by onsite-weekdays is not reported again. An on-site period whose hours_per_day is under 4 gets a note: the allowance is paid for a day that lasts at least 4 hours with travel.
rule-cancellation-window = A cancellation within the allowed window
    .doc = With no client decisions, a course is cancelled between two months and two weeks before the start (after three weeks before is a warning). With decisions near the minimum, not earlier than three weeks before. Never after the start.
rule-cancellation-notice = Everyone is told of a cancellation
    .doc = Kela's authority line, the clients and Kela's rehabilitation services group are told of a cancelled course (notified).
rule-postponement = Postponed within the same year, to the plan's start
    .doc = A course may be postponed only to a later start in the same calendar year (a new start on or before the original one is an error), and the new start must be course.start.
rule-therapy-kind = The therapy exists as group therapy
    .doc = Art therapy, family therapy and the two equine-assisted therapies exist only as individual therapy. For them only this rule is reported.
rule-therapy-leaders = The group has its leaders
    .doc = Aquatic therapy is supervised by two physiotherapists; other group therapy is led by one therapist (none is an error, more a warning). Every in-team staff member counts as a therapist.
rule-therapy-age-group = Groups are formed by age
    .doc = Children and adolescents (under 18) and adults (18 or over) form separate groups. A mixed group is a warning and its size is not checked; a client without an age leaves the age group unknown (a note).

## Manual items: requirements to confirm by hand

manual-health-description = Each client has sent a description of their health (e.g. a copy of their health record) or given written permission to view their Kanta health data.
manual-invitation-letter = The invitation letter and the pre-information form were sent to each client.
manual-start-discussion = The start discussion is held during the first on-site period, with the personal instructor and the specialist physician.
manual-remote-orientation = Clients are introduced to the remote rehabilitation during the first on-site period.
manual-final-discussion = An individual final discussion with the personal instructor closes the last on-site period.
manual-omapolku-content = The OMApolku online rehabilitation content is used in full.
manual-guidance-one-at-a-time = Remote guidance is given by one professional of the team at a time.
manual-twenty-month-notice = Where a client's rehabilitation cannot be completed within 20 months of the decision, Kela's authority line and the client have been told.
manual-service-manager-expertise = The service manager understands the special needs of this client group.
manual-consent-ku5 = Each client was asked for consent to the outcome research (form KU5); the signed form goes to Kela.
manual-feedback-by-post = The rehabilitation feedback is sent to Kela by post and arrives within the deadline.
manual-measurements-reported = The year's outcome measurements are reported to Kela by the reporting deadline (31 March of the following year).
manual-participation-certificate = Each client has a participation certificate for the rehabilitation allowance, renewed when the details change.
manual-pre-contact-content = The pre-contact makes sure the course suits the client and the timing is right, tells what to expect and bring, and hears the client's wishes and special needs.
manual-start-meeting = A start meeting with the personal instructor and the specialist physician is held at the beginning of the rehabilitation.
manual-individual-meetings = Each client has individual interviews, an interim assessment and a final discussion with the personal instructor and the experts needed.
manual-interim-contact-length = Interim contacts last 30 minutes on average and are made by the personal instructor or another team member.
manual-invoice-forms = Invoices use Kela's forms KU 206 and KU 201 and are sent by post, not by e-mail.
manual-schedule-changes = Schedule changes (a postponement) are entered in Kela's course system by the provider.
manual-individual-goals = Each client's individual goal and need for rehabilitation is taken into account in the group.
manual-device-loan = Clients who need one are lent a device for the remote rehabilitation.
manual-online-guidance = Clients are guided in taking part in the online rehabilitation.
manual-video-session-length = The individual video sessions last 45 minutes on average.
manual-rehabilitation-plan = Each client's therapy is based on their personal rehabilitation plan.
manual-municipality = The provider has indicated in its tender that it serves the clients' municipalities.

## The rules, explain and coverage commands

catalogue-edition-heading = { $title } ({ $id }): courses starting { $range }
catalogue-col-rule = Rule
catalogue-col-severity = Severity
catalogue-col-checks = What it checks
catalogue-col-source = Source
catalogue-col-document = Document
catalogue-col-requirement = Requirement
catalogue-col-how = How
catalogue-col-editions = Editions
catalogue-every-plan = Every plan is also checked for: { $rules }.
catalogue-across-plans = Plans checked together are also compared for: { $rules }.
catalogue-manual-heading = Also confirm by hand:
catalogue-checked-by = checked
catalogue-by-hand = by hand
catalogue-no-editions = No edition matches --service and --edition.
catalogue-unknown-rule = Unknown rule `{ $rule }`
catalogue-unknown-rule-help = `oras-check rules` lists the rule ids.
explain-severity = Severity: { $severities }
explain-applies-everywhere = Applies to every plan, whatever its edition.
explain-applies-across = Applies when several plans are checked in one run, whatever their editions.
explain-not-in-force = Not in force in { $editions }.
explain-parameters = Parameters:
explain-no-parameters = Parameters: none
explain-carried = Carried from { $from }: the { $edition } source does not state it.
explain-interpretation = Interpretation: { $text }
explain-source = Source: { $cited }
explain-manual = A requirement confirmed by hand, not checked from the plan.
checklist-heading = Also confirm by hand for { $edition } (not visible in the plan):
verify-ok = { $editions } editions, { $citations } citations and { $rules } rules verified{ $sources ->
    [yes] {" "}against the source documents
   *[no] {""}
    }
verify-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
    } in the rule packs

## Suppression policy

expired-allow = This [[allow]] of `{ $rule }` expired on { $expires } and no longer suppresses anything
expired-allow-help = Renew the exception (and its reference) with a new expires date, or remove the [[allow]] and fix the plan.
forbidden-allow = `{ $rule }` may not be suppressed in this project (no-allow in oras-check.toml)
forbidden-allow-help = Fix the plan instead; the [[allow]] is ignored.

## Across plans

staff-double-booked = { $name } is in this course's on-site period { $start } – { $end } and also in { $other } (line { $line }), whose on-site days overlap it ({ $from } – { $to })
staff-double-booked-help = One person cannot be on site in two courses at once: check the schedules, or tell the two people apart by name.
client-double-booked = Client { $client } is also in { $other } (line { $line }), a course that overlaps this one ({ $from } – { $to })
client-double-booked-help = A client takes part in one course at a time: check the enrolment, or give the two clients different ids.

rule-expired-allow = An [[allow]] past its expiry date stops suppressing
    .doc = An [[allow]] may carry expires = DATE, the last day it applies. After that day (as of --as-of) it suppresses nothing, and this warning says so, so that a temporary exception cannot outlive its reason.
rule-forbidden-allow = Rules the project forbids to suppress
    .doc = The configuration file's no-allow lists rules that CI does not let a plan suppress. An [[allow]] of such a rule is an error and suppresses nothing.
rule-staff-double-booked = The same staff member on site in two overlapping courses
    .doc = When several plans are checked together, a person in the team of two courses whose on-site periods overlap in time is reported in both plans. The person is the roster's entry when oras-check.toml names a roster, else the same name and role.
rule-client-double-booked = The same client in two overlapping courses
    .doc = Runs only with client-ids = "provider-wide" in oras-check.toml: a pseudonym is otherwise unique only within its plan, and A01 of two courses are two people. Then, when several plans are checked together, a client id enrolled in two courses whose periods overlap in time is reported in both plans.

## Months (timeline axis)

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Timeline

timeline-title = Timeline
timeline-heading = { $path } — { $edition }
timeline-onsite = On site
timeline-remote = Remote
timeline-contacts = Contacts
timeline-days-off = Days off
timeline-findings = Findings
timeline-legend-onsite = on-site days
timeline-legend-remote = remote part
timeline-legend-window = decision to limit
timeline-legend-pre = pre-contact
timeline-legend-interim = interim contact
timeline-legend-follow-up = follow-up
timeline-legend-sunday = Sunday on site
timeline-legend-holiday = public holiday on site
timeline-legend-decision = decision
timeline-legend-confirmation = confirm dates by
timeline-legend-limit = rehabilitation over by
timeline-legend-error = error
timeline-legend-warning = warning
timeline-legend-today = as-of day
timeline-scale = One column is { $days ->
    [one] { $days } day
   *[other] { $days } days
    }.

## Deadlines

deadlines-heading = { $path } — { $edition }, as of { $as_of }
deadlines-none = Nothing falls due.
deadlines-bad-span = `{ $span }` is not a span like 30d, 6w or 2m
deadlines-col-date = Date
deadlines-col-what = What
deadlines-col-client = Client
deadlines-col-status = Status
due-preliminary-agreement = Agree the course dates with the client
due-confirmation = Tell the client the confirmed dates
due-decision-window = Rehabilitation over by this day (decision + 20 months)
due-pre-contact = Pre-contact
due-interim-contact = Interim contact
due-follow-up-contact = Follow-up contact
due-invoice = Invoice { $kind ->
    [onsite] on-site period { $ordinal }
   *[other] remote period { $ordinal }
    }
due-feedback = Rehabilitation feedback to Kela
due-measurement-report = Report the { $year } outcome measurements
due-cancel-earliest = Earliest day to cancel with no client decisions
due-cancel-near-minimum = Earliest day to cancel with decisions near the minimum
due-cancel-latest = Last day to cancel with no client decisions
due-done = done { $on }
due-done-late = done { $on }, { $days ->
    [one] { $days } day late
   *[other] { $days } days late
    }
due-overdue = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
    }
due-today = today
due-left = { $days ->
    [one] in { $days } day
   *[other] in { $days } days
    }
due-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
    }

## Calendar export

ics-period = { $course }: { $kind ->
    [onsite] on-site
   *[other] remote
    } period { $ordinal }
ics-event = { $course }: { $what }
ics-event-client = { $course }: { $what } ({ $client })
ics-deadline = { $course }, deadline: { $what }
ics-deadline-client = { $course }, deadline: { $what } ({ $client })

## HTML report

html-meta = Checked as of { $as_of } with oras-check { $version }
html-footer = Checked against Kela's service descriptions as encoded in oras-check; quotes are verbatim from the sources.
summary-col-errors = Errors
summary-col-warnings = Warnings
summary-col-notes = Notes
html-col-plan = Plan
html-col-edition = Edition
html-col-where = Line
html-col-finding = Finding
html-findings = Findings
html-not-checked = could not be checked
html-checked-against = Checked against { $edition }
html-suppressed = Suppressed: { $reason }
report-total-clean-short = No errors, warnings or notes.

## init

init-header = Plan skeleton for { $edition }, starting { $start }, written by oras-check init. Confirm or change every value; the comments say what each part is.
init-check-hint = Check it with: oras-check plan.toml
init-start-moved = The start { $asked } would put an on-site day on { $reason }; the course starts { $start } instead.
init-periods = Periods: dates chosen to satisfy the service description, on-site days off Sundays and public holidays. Move them as your schedule needs; oras-check tells you if a move breaks a rule.
init-contacts = Contacts: one pre-contact before the start, the interim contacts the service description requires, follow-ups after the last on-site period. Dates fall on working days.
init-clients = Clients: add one [[clients]] table per client, with a pseudonym as id (never a personal identity code) and the dates of the decision as they come.
init-clients-group = Clients: the smallest group the service description allows; replace the placeholders with pseudonyms and real ages.
init-staff = Staff: one placeholder (RENAME-…) per required slot; oras-check warns until each names a person. Check roles, specialties, qualifications and licences.
init-staff-roster = Staff: for each required slot, a person from the roster who meets its requirements (profession, qualifications, specialty, licence); a slot no one in the roster fills gets a placeholder. Check that each of them can take part in this course.
init-facilities = Premises the service description requires, left unstated: uncomment each item your site really has (true) or lacks (false). Until then oras-check warns.
init-insurance = Insurances the service description requires, left unstated: uncomment each the provider really holds. Until then oras-check warns.
init-measurements = The outcome measurements the service description requires.
init-no-edition = No { $service } edition is in force for a course starting { $start }; editions: { $editions }
init-therapy-needed = Group therapy needs --therapy (e.g. --therapy music-therapy)
init-individual-only = Kela provides { $therapy } only as individual therapy, not in groups

# Finnish input, explained (plan-syntax), and what `fix` does
syntax-finnish-date = `{ $key }` is written as a Finnish date ({ $found }); a plan writes dates as TOML dates
syntax-decimal-comma = `{ $key }` has a decimal comma ({ $found }); TOML writes decimals with a point
syntax-bad-value = A value on this line is not one TOML can read: write text in quotes ("…"), dates as 2026-03-03 and decimals with a point (6.5) [TOML: { $detail }]
syntax-leading-zero = A number cannot start with 0: write 3, not 03, and a date as 2026-03-03 [TOML: { $detail }]
syntax-missing-equals = A key must be followed by = and its value: key = value [TOML: { $detail }]
syntax-unclosed-string = A text value is not closed: end it with the same quote it starts with [TOML: { $detail }]
syntax-unclosed-table = A table header is not closed: write it as [name] or [[name]] [TOML: { $detail }]
syntax-duplicate-key = The same key is given twice in one table: keep one [TOML: { $detail }]
write-as = Write: { $key } = { $value } (oras-check fix does this for you)
output-is-input = { $path } is one of the files this run reads (a plan, the configuration or the roster); the report is not written over it. Name another file with -o.
output-write-failed = Cannot write { $path }: { $reason }. Nothing was changed there.
output-stdout-failed = Cannot write the output: { $reason }
fix-duplicate-key = `{ $key }` was not renamed to `{ $right }`: this table already has `{ $right }`. Keep the right one and remove the other.
fix-wrong-unit = `{ $key } = { $value }` was left as it is: the value is in another unit than `{ $key }` counts in. Write `{ $key } = { $right }`.
fix-link-outside = { $path } leads outside { $root } through a link, so it was left alone.
fix-changed-on-disk = { $path } changed on disk while it was being repaired, so it was left as it is now. Run oras-check fix again.
fix-not-a-plan = { $path } is not a course plan (it has no [course] table), so fix leaves it alone.
fix-settings-file = { $path } is the configuration file or the roster, not a plan, so fix leaves it alone.
fix-changed = { $path }:{ $line }: { $what }
fix-nothing = { $path }: nothing to repair
fix-not-toml = { $path }: not TOML even after the repairs, left as it was ({ $detail })
fix-left = { $path }:{ $line }: left for you: { $message }
placeholder = `{ $key }` is still the placeholder { $value } that oras-check init wrote
placeholder-help = Replace it with the real { $key }: until then the plan does not show who or what it is.
rule-placeholder = No placeholder of oras-check init is left
    .doc = A value init wrote for the provider to replace (RENAME-…: staff names, course code, provider, site, client ids) is a warning until it is replaced.

# Many plans in the planner's tools
timeline-heading-many = { $courses } courses on one axis: each course, then each person of the teams
timeline-staff = people:
timeline-legend-clash = on two courses at once
timeline-legend-course = a person's course (the number of its row)
deadlines-heading-many = What falls due on { $courses } courses, as of { $as_of }
deadlines-col-course = Course
deadlines-bare-number = `{ $span }` needs a unit: 14d (days), 6w (weeks) or 2m (months)
ics-calendar-many = oras-check: { $courses } courses
ics-to-do = To do
timeline-clients-title = Clients: from each decision to its limit
html-overview = The courses and the people of the teams
sarif-not-checked = { $path } could not be checked
deadlines-unknown-course = No course with the code { $course } among the plans given
deadlines-unknown-course-help = The codes are: { $codes }
deadlines-unknown-course-none = None of the plans given states a course code (`code` in [course]).

## The provider's views over many courses (issue 23)
timeline-cancelled = cancelled
timeline-before = { $courses ->
    [one] { $courses } course ended
   *[other] { $courses } courses ended
    } before { $from } (--all or --from draws them)
timeline-after = { $courses ->
    [one] { $courses } course starts
   *[other] { $courses } courses start
    } after { $to } (--to draws them)
timeline-unchecked = { $plans ->
    [one] { $plans } plan could not be checked and is not drawn:
   *[other] { $plans } plans could not be checked and are not drawn:
    }
timeline-legend-start = first day (sessions not in the plan)
deadlines-clients = { $clients ->
    [one] { $clients } client
   *[other] { $clients } clients
    }
ics-clients = { $count ->
    [one] Client
   *[other] Clients ({ $count })
    }: { $clients }
ics-courses = { $count ->
    [one] Course
   *[other] Courses ({ $count })
    }: { $courses }
html-title-many = { $folder }, { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
    }
html-col-course = Course
html-col-first = First day
html-col-last = Last day
html-col-status = Status
html-col-team = Team
html-col-next = Next deadline
html-status = { $status ->
    [planned] planned
    [confirmed] confirmed
    [started] started
    [completed] completed
    [postponed] postponed
   *[cancelled] cancelled
    }
html-checklist-heading = Confirm by hand: { $edition }
html-checklist-plans = For { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
    } of this service description; oras-check cannot check these.
schema-unknown-key-top = Unknown key `{ $key }` at the top level of the plan

## Settled in December 2026: contact length, overdue client dates, the service manager's profession, the short feedback, short days

contact-length = { $kind ->
    [pre] The pre-contacts
    [follow-up] The follow-up contacts
   *[interim] The interim contacts
    } with stated minutes last { $average } minutes on average ({ $count ->
    [one] { $count } contact
   *[other] { $count } contacts
    }); the service description states { $expected } minutes on average
contact-length-help = { $count ->
    [one] Plan the contact to last at least { $expected } minutes.
   *[other] Plan the { $count } contacts to last at least { $total } minutes together ({ $expected } minutes on average): { $missing ->
        [one] { $missing } minute
       *[other] { $missing } minutes
        } more than now.
    }
label-contact-minutes = the shortest, on { $date }
follow-up-window-early = The follow-up contact on { $date } is less than { $from } months after the last on-site day { $last }; the service description has the follow-ups within about { $from }–{ $to } months of the end of the last period
day-length-not-stated = The length of a rehabilitation day (hours_per_day) is not stated for the on-site period { $start } – { $end }; a day lasts at least { $min } hours
day-length-not-stated-help = State hours_per_day for the on-site period.
allowance-days-short = A rehabilitation day of the on-site period { $start } – { $end } lasts { $hours } h; rehabilitation allowance (kuntoutusraha) is paid for a day that lasts at least { $min } h with travel
allowance-days-short-help = Tell the clients that a day carries the allowance only if the rehabilitation and the travel together take at least { $min } hours.
client-preliminary-agreement-overdue = The course dates were to be agreed with client { $client } by { $deadline } (within { $days ->
    [one] { $days } day
   *[other] { $days } days
    } of the decision arriving on { $received }); preliminary_agreement is not recorded (as of { $as_of })
client-preliminary-agreement-overdue-help = Agree the course dates with the client and record preliminary_agreement.
client-confirmation-overdue = Client { $client } was to be told the confirmed course dates by { $deadline } (within { $months ->
    [one] { $months } month
   *[other] { $months } months
    } of the decision of { $decision }); confirmation_sent is not recorded (as of { $as_of })
client-confirmation-overdue-help = Tell the client the confirmed dates and record confirmation_sent.
staff-service-manager-role = The service manager ({ $name }) has the role { $role }, which is not a licensed health-care profession
staff-service-manager-role-help = The service manager is a health-care professional licensed by Valvira: { $roles }.
label-residential-period = a residential on-site period
feedback-withdrawn = Client { $client } withdrew, so the rehabilitation was interrupted; the short rehabilitation feedback (lyhyt kuntoutuspalaute) is not recorded as sent (feedback_sent)
feedback-withdrawn-help = Write the short rehabilitation feedback, send it to Kela and record feedback_sent.
postponement-earlier = The new start { $new } is not later than the original start { $original }
postponement-earlier-help = A course may be postponed only to a later start in the same year.
due-measurement-report-carried = Report the { $year } outcome measurements (the date is carried from the later 2025 source)
rule-contact-length = Contacts last the service description's average
    .doc = The stated minutes of the contacts whose length the service description gives (the interim contacts; on Oras 2025 the individual video sessions) average at least its figure: a lower average is a warning. Contacts without minutes are not counted; with none stated the rule does not check, and the checklist asks to confirm the length by hand.
catalogue-by-hand-unless = by hand when the plan does not state it (else { $rule })
explain-manual-unless = A requirement confirmed by hand only when the plan does not state it; otherwise { $rule } checks it.

## The language server (oras-check server)
server-other-plan = the other plan
server-hover-weekday = { $date } is a { $weekday }.
server-hover-holiday = Public holiday: { $holiday }.
server-hover-period = Falls in the { $kind ->
    [onsite] on-site period
   *[other] remote period
} { $start }–{ $end }.
server-allow = Allow this finding: [[allow]] for { $rule } (fill in the reason)
server-fix-all = { $count ->
    [one] Make the repair oras-check fix knows
   *[other] Make all { $count } repairs oras-check fix knows
}

## Hover documentation of the plan's keys (the JSON schema's descriptions; a test keeps them equal)
key-doc-allow = Suppressions.
key-doc-allow-client = Only for this client.
key-doc-allow-expires = The last day the suppression applies.
key-doc-allow-reason = Why, e.g. a Kela exception and its reference.
key-doc-allow-rule = A rule id (`oras-check rules`).
key-doc-cancellation = When course.status = "cancelled".
key-doc-cancellation-clients-with-decisions = Clients with a decision for the course on that day.
key-doc-cancellation-date = The day the course was cancelled.
key-doc-cancellation-notified = Who was told.
key-doc-clients = Clients.
key-doc-clients-age = Age on course.start.
key-doc-clients-confirmation-sent = The day the client was told the confirmed dates.
key-doc-clients-decision = The day Kela gave the rehabilitation decision (kuntoutuspäätös).
key-doc-clients-decision-received = The day the decision reached the provider.
key-doc-clients-feedback-sent = The day the rehabilitation feedback (kuntoutuspalaute) was sent to Kela.
key-doc-clients-id = Pseudonym, unique within the plan.
key-doc-clients-last-meeting = The client's last meeting (default: the last contact or period day that includes the client).
key-doc-clients-preliminary-agreement = The day the course dates were preliminarily agreed with the client.
key-doc-clients-status = enrolled (default), transferred-in or withdrawn.
key-doc-contacts = Contacts.
key-doc-contacts-clients = The client ids it includes; default every client.
key-doc-contacts-date = When it happens.
key-doc-contacts-kind = pre (ennakkoyhteydenotto), interim (väliyhteydenotto) or follow-up (seurantayhteydenotto).
key-doc-contacts-minutes = Planned length in minutes.
key-doc-course = The course (required).
key-doc-course-code = The course number in Kela's course register.
key-doc-course-edition = Pins an edition by its year, e.g. "2021"; default: the edition in force on `start`.
key-doc-course-language = The language the course is held in.
key-doc-course-provider = The provider's name (palveluntuottaja).
key-doc-course-service = Rule-pack family: oras, omaishoitaja or group-therapy.
key-doc-course-site = The site (toimipiste).
key-doc-course-start = First day of the first on-site period as scheduled.
key-doc-course-status = The course's state; default planned.
key-doc-course-target-group = Carers' courses: carers of adults or of children.
key-doc-course-therapy = Group therapy: the therapy. Art, family and equine-assisted therapy exist only individually.
key-doc-facilities = The site's premises; a key left out means "not stated".
key-doc-facilities-accommodation-on-site = Clients are housed at the site.
key-doc-facilities-gym = A gym (kuntosali).
key-doc-facilities-individual-meeting-room = A room for individual meetings.
key-doc-facilities-institutional-unit = An institutional unit (laitosyksikkö).
key-doc-facilities-pool = Pool: on-site, elsewhere or none.
key-doc-facilities-room-standard = The rooms clients are housed in.
key-doc-facilities-second-group-room = A second group room.
key-doc-facilities-sports-hall = A sports hall (liikuntasali).
key-doc-format = The plan format; 1.
key-doc-insurance = The provider's insurances.
key-doc-insurance-group-accident = Group accident insurance (ryhmämuotoinen tapaturmavakuutus).
key-doc-insurance-liability = Liability insurance (toiminnan vastuuvakuutus).
key-doc-insurance-patient = Patient insurance (potilasvakuutus).
key-doc-measurements = Outcome measurements.
key-doc-measurements-instruments = GAS, WHOQOL-BREF, BDI-21, AKV1.
key-doc-periods = On-site and remote periods.
key-doc-periods-end = Last day (inclusive).
key-doc-periods-guidance-hours-per-client = Remote only: hours of guidance each client gets.
key-doc-periods-guided-hours-per-day = On-site only: guided rehabilitation hours per day, on average.
key-doc-periods-hours-per-day = On-site only: length of a rehabilitation day in hours.
key-doc-periods-invoiced = The day this period was invoiced to Kela.
key-doc-periods-kind = onsite or remote.
key-doc-periods-mode = On-site only: residential (laitosmuotoinen) or outpatient (avomuotoinen).
key-doc-periods-start = First day.
key-doc-postponement = When course.status = "postponed".
key-doc-postponement-clients-with-decisions = Clients with a decision on that day.
key-doc-postponement-date = The day of the decision to postpone.
key-doc-postponement-new-start = The new start (= course.start).
key-doc-postponement-original-start = The start before postponing.
key-doc-staff = The team.
key-doc-staff-in-team = false: available to the provider but not in this course's team (default true).
key-doc-staff-licensed = Licensed health-care professional (Valvira).
key-doc-staff-name = A label the provider recognises (initials are fine); with a roster, the person's name there.
key-doc-staff-personal-instructor = Acts as a client's personal instructor (omaohjaaja).
key-doc-staff-qualifications = Extra qualifications.
key-doc-staff-role = A professional title: English id or Finnish/Swedish title. Required unless the provider keeps a roster.
key-doc-staff-service-manager = Is the course's service manager (palveluvastaava).
key-doc-staff-specialty = Physicians: psychiatry, occupational-health, general-practice, or another word.

## Editions as output names them (the glossary's service names)
edition-oras-2021 = Oras 2021
edition-oras-2025 = Oras 2025
edition-omaishoitaja-2025 = Omaishoitaja 2025
edition-group-therapy-2024 = Group therapy 2024

## oras-check config: where each setting came from
config-origin-flag = flag { $flag }
config-origin-env = environment { $var }
config-origin-file = file { $path }
config-origin-found = found: { $path }
config-origin-locale = locale { $var }
config-origin-default = default
config-none = (none)
config-built-in = (built in)
config-roster-people = { $file } ({ $people ->
    [one] { $people } person
   *[other] { $people } people
    })
config-root-origin = the configuration's folder, else the git root, else the current folder
config-no-file = no configuration file (defaults)
config-col-setting = Setting
config-col-value = Value
config-col-from = From

## Standard error's prefixes and the mistyped command
cli-prefix-error = error
cli-prefix-warning = warning
cli-prefix-help = help
cli-prefix-tip = tip
cli-not-a-command = `{ $word }` is neither a file nor a command
cli-did-you-mean = did you mean `{ $command }`?
cli-unknown-argument = unexpected argument `{ $arg }`
cli-invalid-value = `{ $value }` is not a value of `{ $arg }`; the values are: { $valid }
cli-missing-value = `{ $arg }` needs a value
cli-not-a-date = `{ $value }` given to `{ $arg }` is not a date like 3.3.2026 or 2026-03-03
cli-invalid-value-plain = `{ $value }` is not a valid value of `{ $arg }`
cli-missing-argument = a required argument is missing: { $arg }
cli-conflict = `{ $arg }` cannot be used with `{ $other }`
cli-number-of-values = `{ $arg }` was given the wrong number of values
cli-bad-command-line = the command line could not be read
cli-usage = Usage
cli-more-information = For more information, try `--help`.
