### oras-check: meddelanden på svenska.
### Ordförrådet följer FPA:s svenska servicebeskrivningar: rehabiliteringsbeslut, förhandskontakt,
### mellankontakt, uppföljningskontakt, egen handledare, serviceansvarig, specialistläkare,
### närperiod, distansrehabiliteringsperiod, rehabiliteringspenning, söckenhelg,
### rehabiliteringsrespons, serviceproducent. Citat ur källdokumenten översätts inte (de finns
### inte i den här filen).

## Ord som används i andra meddelanden

conj-and = och
conj-or = eller
value-truncated = { $start }… ({ $length } tecken)
list-more = { $shown } och { $more } till

type-string = en sträng
type-integer = ett heltal
type-number = ett tal
type-boolean = true eller false
type-date = ett datum
type-array = en lista (array)
type-table = en tabell
type-array-of-tables = en lista av tabeller

window-remote-period = under distansrehabiliteringsperioden
window-between-onsite-1-2 = mellan närperiod 1 och 2
window-between-onsite-2-3 = mellan närperiod 2 och 3

weekday-mon = måndag
weekday-tue = tisdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lördag
weekday-sun = söndag

holiday-new-years-day = nyårsdagen
holiday-epiphany = trettondagen
holiday-good-friday = långfredagen
holiday-easter-sunday = påskdagen
holiday-easter-monday = annandag påsk
holiday-may-day = första maj
holiday-ascension-day = Kristi himmelsfärdsdag
holiday-whit-sunday = pingstdagen
holiday-midsummer-eve = midsommarafton
holiday-midsummer-day = midsommardagen
holiday-all-saints-day = alla helgons dag
holiday-independence-day = självständighetsdagen
holiday-christmas-eve = julafton
holiday-christmas-day = juldagen
holiday-boxing-day = annandag jul

role-specialist-physician = specialistläkare
role-psychologist = psykolog
role-psychotherapist = psykoterapeut
role-nurse = sjukskötare
role-public-health-nurse = hälsovårdare
role-physiotherapist = fysioterapeut
role-occupational-physiotherapist = arbetsfysioterapeut
role-occupational-therapist = ergoterapeut
role-nutritionist = näringsterapeut
role-nutrition-advisor = näringsrådgivare
role-social-worker = socialarbetare
role-socionom = socionom
role-rehabilitation-instructor = rehabiliteringshandledare
role-msc-rehabilitation-science = magister i rehabiliteringsvetenskap
role-music-therapist = musikterapeut
role-speech-therapist = talterapeut
role-neuropsychologist = neuropsykolog
role-other-professional = annan yrkesperson
role-assistant = assistent

therapy-aquatic-therapy = bassängterapi
therapy-physiotherapy = fysioterapi
therapy-music-therapy = musikterapi
therapy-neuropsychological-rehabilitation = neuropsykologisk rehabilitering
therapy-psychotherapy = psykoterapi
therapy-speech-therapy = talterapi
therapy-occupational-therapy = ergoterapi
therapy-art-therapy = konstterapi
therapy-family-therapy = familjeterapi
therapy-equine-therapy-physiotherapist = hästunderstödd terapi under ledning av en fysioterapeut
therapy-equine-therapy-occupational-therapist = hästunderstödd terapi under ledning av en ergoterapeut

notified-kela-authority-line = FPA:s myndighetslinje (Kelan viranomaislinja)
notified-clients = klienterna
notified-rehabilitation-services-group = FPA:s grupp för rehabiliteringstjänster (kuntoutuspalvelujen ryhmä)

insurance-liability = ansvarsförsäkring för verksamheten (toiminnan vastuuvakuutus)
insurance-patient = patientförsäkring (potilasvakuutus)
insurance-group-accident = gruppolycksfallsförsäkring (ryhmämuotoinen tapaturmavakuutus)

## Etiketter under utdraget ur planen

label-period-starts = perioden börjar här
label-period-ends = perioden slutar här
label-period-days = { $days ->
    [one] { $days } dygn
   *[other] { $days } dygn
    }
label-first-used-here = används första gången här
label-status = status { $status }
label-status-here = statusen anges här
label-course-starts = kursen börjar här
label-sunday = { $date } är en söndag
label-first-onsite-day = den första närdagen
label-first-onsite-ends = den första närperioden slutar här
label-second-onsite-starts = den andra närperioden börjar här
label-last-onsite-day = den sista närdagen
label-decision-arrived = beslutet kom fram här
label-decision-given = beslutet gavs här
label-decision-limit = rehabiliteringen ska vara avslutad senast { $limit }
label-client-last-follow-up = den sista uppföljningskontakten för klient { $client }
label-last-meeting = den sista träffen med klient { $client }
label-first-service-manager = { $name } är också serviceansvarig
label-decisions = { $count ->
    [one] { $count } klient har fått beslut
   *[other] { $count } klienter har fått beslut
    }
label-original-start = den ursprungliga starten
label-lacks-qualification = { $name } saknar behörighet: { $qualifications }

## Läsa planen (plan-syntax, plan-schema)

syntax-error = Filen är inte giltig TOML: { $detail }
syntax-not-utf8 = Filen är inte UTF-8-text (ogiltig byte vid position { $offset })
syntax-not-utf8-help = Spara planen som UTF-8; de flesta redigerare har det under "Spara som" eller "Kodning".
syntax-binary = Filen innehåller en NUL-byte (vid position { $offset }): den är en binärfil, inte en plan
syntax-binary-help = En plan är en TOML-textfil; kontrollera att det är rätt fil.
io-error = Det går inte att läsa { $path }: { $detail }
io-not-found = { $path } finns inte
io-permission-denied = { $path } får inte läsas (behörighet saknas)
io-not-regular = { $path } är ingen vanlig fil (en pipe, en socket eller en enhet), så den läses inte
io-is-dir = { $path } är en mapp, inte en planfil
io-symlink-loop = { $path } är en symbolisk länk tillbaka till { $ancestor }: en slinga
run-left-out = { $count } TOML-{ $count ->
    [one] fil utan plantabeller lämnades utanför eftersom den inte är en plan (--verbose visar den)
   *[other] filer utan plantabeller lämnades utanför eftersom de inte är planer (--verbose listar dem)
}
run-no-plans = Inga planfiler (*.toml) hittades i { $paths }
io-pseudo = { $path } är en fil som hör till operativsystemet (under /proc eller /sys), inte en plan, så den läses inte
io-too-large = { $path } är större än { $limit } MiB; oras-check läser inte så stora planer
io-stdin-too-large = Standard in fortsätter förbi { $limit } MiB; oras-check slutar läsa en plan där
io-stdin-too-large-help = Skicka en planfil till standard in (oras-check - < plan.toml), eller ange dess sökväg.
io-too-large-help = En kursplan är några kilobyte; kontrollera att det är rätt fil.

schema-empty-plan = Planen är tom: den har inga tabeller eller nycklar, högst kommentarer
schema-missing-course = Planen har ingen [course]-tabell
schema-missing-course-near = Planen har ingen [course]-tabell; menade du [course] i stället för [{ $key }]?
schema-missing-course-near-help = Byt namn på [{ $key }] till [course]: utan den kan planen inte kontrolleras.
schema-missing-course-help = Börja planen med en [course]-tabell med åtminstone `service` och `start`.
schema-missing-key = { $table } saknar den obligatoriska nyckeln `{ $key }`
schema-missing-key-for-service = [course] saknar `{ $key }`, som planer för { $service } ska ange
schema-key-for-other-service = `{ $key }` hör bara till planer för { $service }
schema-key-for-other-kind = `{ $key }` hör bara till { $kind ->
    [onsite] närperioder
   *[other] distansrehabiliteringsperioder
    }
schema-remove-key = Ta bort `{ $key }` eller ändra periodens typ (kind).
schema-unknown-key = Okänd nyckel `{ $key }` i { $table }
roster-unknown = { $name } finns inte i personalförteckningen ({ $file })
roster-unknown-help = Lägg till { $name } i { $file } som en [[staff]]-tabell, eller skriv namnet så som det står där.
roster-differs = `{ $key }` för { $name } är { $plan } här men { $roster } i personalförteckningen ({ $file })
roster-differs-help = Utelämna `{ $key }` för att ta värdet ur personalförteckningen, eller rätta förteckningen om personens uppgifter har ändrats.
roster-duplicate = { $name } finns två gånger i personalförteckningen
roster-duplicate-help = En personalförteckning nämner varje person en gång; en plan hänvisar till personen med namn.
schema-did-you-mean = Menade du `{ $suggestion }`?
schema-known-keys = Kända nycklar: { $keys }.
schema-wrong-type = `{ $key }` ska vara { $expected }, inte { $found }
schema-unquote = Skriv utan citattecken: { $key } = { $value }
schema-unknown-value = `{ $value }` är inte ett giltigt värde för `{ $key }`
schema-expected-one-of = Tillåtna värden: { $values }.
schema-empty = `{ $key }` får inte vara tom
schema-bad-date = `{ $key }` är inte ett verkligt datum
schema-date-range = `{ $key }` måste ligga mellan 1.1.0001 och 30.12.9999
schema-date-time = `{ $key }` ska vara ett datum (ÅÅÅÅ-MM-DD) utan klockslag eller tidszon
schema-out-of-range = `{ $key }` ligger utanför det tillåtna intervallet
schema-range = `{ $key }` ska vara mellan { $min } och { $max }
schema-format = Det här är planformat { $found }; oras-check läser format 1
schema-not-array-of-tables = `{ $key }` ska vara en lista av tabeller: skriv [[{ $key }]], inte [{ $key }]
schema-not-table = `{ $key }` ska vara en enda tabell: skriv [{ $key }], inte [[{ $key }]]
schema-edition-number = `edition` ska vara en sträng: skriv edition = "{ $value }"
schema-end-before-start = Perioden slutar { $end }, innan den börjar { $start }
schema-duplicate-client = Klient-id `{ $id }` används två gånger; id:n ska vara unika inom planen
schema-unknown-client = `{ $id }` är inte en klient i den här planen
schema-no-clients = Planen har inga [[clients]]-tabeller.
schema-empty-clients = `clients` är tom, så kontakten omfattar ingen
schema-empty-clients-help = Utelämna `clients` för att omfatta alla klienter, eller räkna upp klienternas id:n.
schema-allow-without-reason = Denna [[allow]] anger inget skäl
schema-allow-without-reason-help = Lägg till reason = "…": varför planen får bryta mot regeln (till exempel ett undantag från FPA och dess referens).
schema-status-needs-table = En kurs med status "{ $status }" behöver en { $table }-tabell
schema-cancellation-not-cancelled = [cancellation] är angiven, men kursens status är "{ $status }", inte "cancelled"

edition-not-in-force = Ingen servicebeskrivning för { $service } gäller för en kurs som börjar { $start }
edition-unknown = { $service } har ingen servicebeskrivning "{ $edition }"
edition-list-help = Servicebeskrivningar för { $service }: { $editions }. Välj en med course.edition om kursen följer en annan.
edition-none-help = Inget regelpaket för { $service } är inläst; kontrollera --rules.
edition-pinned = course.edition anger servicebeskrivningen { $edition } (kurser som börjar { $range }), men kursen börjar { $start }; den angivna servicebeskrivningen används
course-start = course.start är { $start }, men den första närperioden börjar { $first }; reglerna räknar från course.start
course-start-help = course.start är den första närdagen: gör dem lika.

allow-unknown-rule = [[allow]] anger en okänd regel `{ $rule }`
allow-unknown-rule-help = `oras-check rules` listar regel-id:na.
allow-unsuppressible = `{ $rule }` kan inte undertryckas med [[allow]]

## Integritet

personal-data = Planen innehåller en finsk personbeteckning ({ $masked })
personal-data-help = Ersätt den med en pseudonym. Planer får aldrig innehålla personbeteckningar; beteckningen visas inte i någon utdata.

## Undertryckningar

unused-allow = Denna [[allow]] för `{ $rule }` undertryckte ingenting
unused-allow-client = Denna [[allow]] för `{ $rule }` gällande klient { $client } undertryckte ingenting
unused-allow-help = Ta bort den, eller kontrollera regel-id och klient: ett inaktuellt undantag döljer nästa verkliga fynd.

not-checked-missing-dates = Inte kontrollerat för { $count ->
    [one] klient { $clients }
   *[other] klienterna { $clients }
    }: { $keys } anges inte

## Gruppstorlek

group-size-max = Kursen har { $count ->
    [one] { $count } klient
   *[other] { $count } klienter
    }; { $unit ->
        [group] i gruppen
       *[course] i kursen
    } kan högst { $max } delta
group-size-max-label = klient nummer { $position }
group-size-max-help = Flytta klienterna efter den { $max }:e till en annan kurs; det högsta antalet får inte överskridas, inte heller för klienter som flyttas från en annan kurs.
group-size-min = Kursen har { $count ->
    [one] { $count } klient
   *[other] { $count } klienter
    }; { $unit ->
        [group] gruppen
       *[course] kursen
    } får inte börja med färre än { $min }
group-size-min-help = Se till att kursen får minst { $min } klienter, senarelägg starten eller flytta klienterna till en annan kurs och inhibera den här kursen.
start-threshold-must-start = Kursen har status { $status } fast { $count ->
    [one] { $count } klient har
   *[other] { $count } klienter har
    } fått beslut; med { $threshold } eller fler ska den börja som planerat
start-threshold-must-start-help = Med minst { $threshold } klienter ska serviceproducenten starta kursen enligt tidtabellen; ändra tillbaka statusen och behåll datumen.
start-threshold-below = Kursen har { $count ->
    [one] { $count } klient
   *[other] { $count } klienter
    }, färre än startgränsen { $threshold }; att starta med minst { $min } är serviceproducentens val

## Närperioder

onsite-periods-count = { $count ->
    [one] { $count } närperiod är planerad
   *[other] { $count } närperioder är planerade
    }; enligt servicebeskrivningen ska de vara exakt { $expected }
onsite-periods-count-help = Planera exakt { $expected } [[periods]]-tabeller med kind = "onsite".
onsite-periods-extra-label = närperiod nummer { $position }
onsite-periods-days-each = Närperioden { $start } – { $end } varar { $days ->
    [one] { $days } dygn
   *[other] { $days } dygn
    }; varje närperiod varar { $expected }
onsite-periods-days-each-help = Gör perioden { $expected } dygn lång (dygn = slut − start + 1).
onsite-periods-days-total = Närperioderna varar sammanlagt { $days } dygn; enligt servicebeskrivningen ska de vara { $expected }
onsite-periods-days-total-help = Fördela { $expected } närdygn på perioderna.
onsite-weekdays = Närperioden { $start } – { $end } omfattar { $count ->
    [one] en söndag ({ $sundays })
   *[other] { $count } söndagar ({ $sundays })
    }
onsite-weekdays-help = Rehabiliteringen ansikte mot ansikte genomförs måndag–lördag; flytta perioden så att den inte omfattar någon söndag.
periods-span = Närperioderna pågår från { $first } till { $last }, alltså längre än { $months } månader; den sista närdagen ska infalla senast { $limit }
periods-span-help = Håll den sista närperioden senast { $limit }.
day-length = En rehabiliteringsdag på { $hours } timmar är kortare än { $min } timmar
day-length-help = En rehabiliteringsdag i närperioden varar minst { $min } timmar.
day-length-guided = { $hours } handledda timmar om dagen är färre än de i genomsnitt { $min } timmar om dagen som servicebeskrivningen anger
day-length-guided-help = Planera i genomsnitt cirka { $min } timmar handledd rehabilitering om dagen.

## Distansrehabilitering

remote-period-none-allowed = Servicebeskrivningen { $edition } har ingen distansrehabilitering, men planen har en distansrehabiliteringsperiod
remote-period-none-allowed-help = Ta bort distansrehabiliteringsperioden, eller ange den servicebeskrivning som kursen verkligen följer.
remote-period-missing = Ingen distansrehabiliteringsperiod är planerad; enligt servicebeskrivningen ska det finnas en period på { $weeks } veckor mellan närperioderna
remote-period-missing-help = Lägg till en [[periods]]-tabell med kind = "remote" mellan den första och den andra närperioden ({ $weeks } veckor).
remote-period-several = { $count } distansrehabiliteringsperioder är planerade; enligt servicebeskrivningen ska det finnas exakt en
remote-period-several-help = Slå ihop dem till en distansrehabiliteringsperiod mellan närperioderna.
remote-period-position = Distansrehabiliteringsperioden { $start } – { $end } ligger inte mellan de två första närperioderna
remote-period-position-help = Distansrehabiliteringsperioden börjar efter att den första närperioden slutat och slutar innan den andra börjar.
remote-period-length = Distansrehabiliteringsperioden varar { $days } dagar; enligt servicebeskrivningen varar den { $weeks } veckor ({ $expected } dagar)
remote-period-length-help = Håll distansrehabiliteringsperiodens längd inom { $tolerance } dagar från { $expected } dagar.
remote-guidance = { $hours } timmar handledning per klient är färre än de krävda { $min }
remote-guidance-help = Varje klient får minst { $min } timmar handledning under distansrehabiliteringsperioden.
remote-guidance-not-stated = Handledningstimmarna per klient anges inte; minst { $min } krävs
remote-guidance-not-stated-help = Ange guidance_hours_per_client för distansrehabiliteringsperioden.

## Kontakter

pre-contact-missing = Ingen förhandskontakt (ennakkoyhteydenotto) är planerad
pre-contact-missing-client = Ingen förhandskontakt (ennakkoyhteydenotto) är planerad för klient { $client }
pre-contact-missing-help = Planera en [[contacts]]-tabell med kind = "pre" före kursstarten.
pre-contact-several = { $uneven ->
    [yes] Upp till { $count } förhandskontakter är planerade per klient
   *[other] { $count } förhandskontakter är planerade
    }; enligt servicebeskrivningen ska det finnas en
pre-contact-several-client = { $count } förhandskontakter är planerade för klient { $client }; enligt servicebeskrivningen ska det finnas en
pre-contact-several-help = Behåll en förhandskontakt per klient.
pre-contact-late = Förhandskontakten { $date } ligger inte före kursstarten { $start }
pre-contact-late-help = Förhandskontakten tas före den första närdagen.
pre-contact-window = Förhandskontakten { $date } ligger { $days } dagar före kursstarten; enligt servicebeskrivningen cirka 3 veckor före ({ $min }–{ $max } dagar)
pre-contact-window-help = Ta den mellan { $earliest } och { $latest }.

interim-outside-remote = Mellankontakten { $date } ligger utanför distansrehabiliteringsperioden ({ $start } – { $end })
interim-outside-no-remote = Mellankontakten { $date } ska ligga under distansrehabiliteringsperioden, men planen har { $count ->
    [0] ingen distansrehabiliteringsperiod
   *[other] { $count } distansrehabiliteringsperioder
    }
interim-outside-between = Mellankontakten { $date } ligger inte mellan två närperioder
interim-outside-help = Flytta kontakten till distansrehabiliteringsperioden (eller till tiden mellan närperioderna, om servicebeskrivningen placerar mellankontakterna där).
interim-missing = { $uneven ->
    [yes] Högst { $have }
   *[other] { $have }
    } av de { $required } mellankontakter som krävs { $window } är planerade
interim-missing-client = Klient { $client } har { $have } av de { $required } mellankontakter som krävs { $window }
interim-missing-help = Planera { $required } mellankontakter { $window } för varje klient.
interim-extra = { $uneven ->
    [yes] Upp till { $count }
   *[other] { $count }
    } mellankontakter är planerade; enligt servicebeskrivningen ska de vara { $required }
interim-extra-client = { $count } mellankontakter är planerade för klient { $client }; enligt servicebeskrivningen ska de vara { $required }
interim-extra-help = Extra kontakter ingår inte i servicebeskrivningen; kontrollera att de är avsedda.

follow-up-missing = Ingen uppföljningskontakt (seurantayhteydenotto) är planerad efter den sista närperioden
follow-up-missing-client = Klient { $client } har { $count } uppföljningskontakter; minst { $min } krävs
follow-up-missing-help = Planera en [[contacts]]-tabell med kind = "follow-up" efter den sista närdagen.
follow-up-too-many = { $uneven ->
    [yes] Upp till { $count }
   *[other] { $count }
    } uppföljningskontakter är planerade; enligt servicebeskrivningen högst { $max }
follow-up-too-many-client = { $count } uppföljningskontakter är planerade för klient { $client }; enligt servicebeskrivningen högst { $max }
follow-up-too-many-help = Håll högst { $max } uppföljningskontakter per klient.
follow-up-early = Uppföljningskontakten { $date } ligger inte efter den sista närdagen { $last }
follow-up-early-help = Uppföljningskontakterna kommer efter den sista närperioden.
follow-up-window = Uppföljningskontakten { $date } ligger inte { $from }–{ $to } månader efter den sista närdagen { $last }
follow-up-window-help = Ta den mellan { $earliest } och { $latest }.
course-duration = Den sista uppföljningskontakten { $date } ligger mer än { $months } månader efter kursstarten { $start }; den ska tas senast { $limit }
course-duration-help = Ta den sista uppföljningskontakten senast { $limit }.

## Per klient

client-preliminary-agreement = Kursdatumen överenskoms med klient { $client } { $agreed }, alltså { $days } dagar efter att beslutet kom fram { $received }; tidsfristen är { $limit } dagar
client-preliminary-agreement-help = Kom överens med klienten om kursdatumen senast { $deadline }.
client-confirmation = Klient { $client } fick de bekräftade kursdatumen { $sent }, alltså mer än { $months } månader efter beslutet { $decision }; tidsfristen gick ut { $limit }
client-confirmation-help = Meddela klienten de bekräftade datumen senast { $limit }.
client-decision-window = Rehabiliteringen för klient { $client } slutar { $end }, alltså mer än { $months } månader efter beslutet { $decision }; den ska vara avslutad senast { $limit }
client-decision-window-help = Ta klientens sista uppföljningskontakt senast { $limit }, eller meddela FPA:s myndighetslinje och klienten att rehabiliteringen inte kan genomföras i tid.
client-duration = Rehabiliteringen för klient { $client } varar från beslutet { $decision } till { $end }, kortare än { $months } månader
client-duration-help = Servicebeskrivningen anger en total längd på 8–20 månader; en sista uppföljningskontakt { $shortest } eller senare når den.
client-age = Klient { $client } är { $age } år; kursen är för klienter som fyllt { $min }
client-age-help = Kontrollera klientens ålder vid course.start; klienter under { $min } år kan inte delta.
allowance-age = Klient { $client } är { $age } år; rehabiliteringspenning (kuntoutusraha) betalas bara till klienter i åldern { $min }–{ $max } år
allowance-age-all = Ingen klient är i åldern { $min }–{ $max } år; rehabiliteringspenning (kuntoutusraha) kan inte betalas till någon av dem
allowance-age-help = Meddela de berörda klienterna i god tid att kursen inte ger rätt till rehabiliteringspenning.
allowance-days = { $count ->
    [one] En närdag infaller
   *[other] { $count } närdagar infaller
    } på en söndag eller söckenhelg: { $days }; ingen rehabiliteringspenning betalas för { $count ->
    [one] den
   *[other] dem
    }
allowance-days-help = Flytta närdagarna från söndagar och söckenhelger, eller meddela klienterna att de dagarna inte ger rehabiliteringspenning.

## Personal

staff-physician-missing = Ingen specialistläkare (erikoislääkäri) ingår i teamet
staff-physician-missing-help = Lägg till en [[staff]]-medlem med role = "specialist-physician".
staff-physician-specialty = Specialistläkaren { $name } har specialiteten { $specialty }; servicebeskrivningen kräver { $wanted }
staff-physician-no-specialty = För specialistläkaren { $name } anges ingen specialitet; servicebeskrivningen kräver { $wanted }
staff-physician-specialty-help = Ange specialty = en av { $wanted }, eller lägg till en läkare som har den.
staff-mandatory = Ingen i teamet fyller den obligatoriska platsen för { $roles }
staff-mandatory-help = Lägg till en [[staff]]-medlem som är { $roles }.
staff-mandatory-taken-help = Alla som kunde vara { $roles } fyller redan en annan plats; en person fyller bara en plats.
staff-optional-in-team = { $count ->
    [one] { $count } valfri yrkesperson ingår
   *[other] { $count } valfria yrkespersoner ingår
    } i teamet; minst { $min } krävs
staff-optional-in-team-help = Lägg till minst { $min } av: { $roles }.
staff-optional-unavailable = Serviceproducenten ska ha tillgång till { $roles }
staff-optional-unavailable-help = Lägg till dem i [[staff]]; med in_team = false om de inte ingår i den här kursens team.
staff-personal-instructor-missing = Ingen i teamet är egen handledare (omaohjaaja)
staff-personal-instructor-missing-help = Markera en obligatorisk yrkesperson med personal_instructor = true.
staff-personal-instructor-role = { $name } är egen handledare men är som { $role } inte en av de obligatoriska yrkespersonerna
staff-personal-instructor-role-help = Den egna handledaren är en av de obligatoriska yrkespersonerna: { $roles }.
staff-service-manager-missing = Ingen serviceansvarig (palveluvastaava) är utsedd
staff-service-manager-missing-help = Markera en person i personalen med service_manager = true.
staff-service-manager-several = { $count } personer är markerade som serviceansvariga; enligt servicebeskrivningen ska det finnas exakt en
staff-service-manager-several-help = Behåll service_manager = true för en person.
staff-service-manager-unlicensed = Den serviceansvariga ({ $name }) är inte angiven som legitimerad yrkesutbildad person inom hälso- och sjukvården
staff-service-manager-unlicensed-help = Den serviceansvariga är en av Valvira legitimerad yrkesutbildad person inom hälso- och sjukvården: ange licensed = true, eller utse någon som är det.

## Lokaler, försäkringar, mätningar

facilities-absent = Enligt planen saknar verksamhetsstället en lokal som servicebeskrivningen kräver: `{ $item }`
facilities-absent-help = Verksamhetsstället ska ha den: `{ $item }` = true.
facilities-pool = Bassängarrangemanget är "{ $pool }"
facilities-pool-help = Servicebeskrivningen kräver bassänglokaler: { $accepted }.
facilities-not-stated = Planen anger inte om verksamhetsstället har de lokaler servicebeskrivningen kräver: { $items }
facilities-not-stated-help = Ange dem i [facilities] (true när verksamhetsstället har dem).
accommodation-elsewhere = Klienterna inkvarteras inte där rehabiliteringen genomförs
accommodation-elsewhere-help = Klienterna inkvarteras på samma verksamhetsställe där rehabiliteringen ansikte mot ansikte genomförs.
mode-residential = i anstaltsform
mode-outpatient = i öppen form
accommodation-mode = Närperiod { $period } är { $mode }; klienten ska inkvarteras där rehabiliteringen genomförs
accommodation-mode-help = Genomför varje närperiod { $modes }: skriv mode = "residential" och inkvartera klienterna på verksamhetsstället.
accommodation-not-stated = Planen anger inte om klienterna inkvarteras på verksamhetsstället
accommodation-not-stated-help = Ange accommodation_on_site i [facilities].
accommodation-room = Rumsstandarden är "other"; servicebeskrivningen kräver ett dubbelrum med WC och dusch
accommodation-room-help = Använd room_standard = "double-with-bathroom" (eller "single-with-bathroom" där enkelrum är motiverat).
insurance-absent = Enligt planen har serviceproducenten inte: { $kind }
insurance-absent-help = Serviceproducenten ska ha den för klienterna och deras anhöriga som deltar.
insurance-not-stated = Planen anger inte: { $kinds }
insurance-not-stated-help = Ange dem i [insurance] (true när serviceproducenten har dem).
measurements-not-stated = Planen har ingen [measurements]; servicebeskrivningen kräver { $required }
measurements-not-stated-help = Lägg till [measurements] med instruments = servicebeskrivningens lista.
measurements-missing = { $count ->
    [one] Ett krävt mätinstrument saknas
   *[other] { $count } krävda mätinstrument saknas
    }: { $missing }
measurements-missing-help = Använd { $required }.

## Tidsfrister

feedback-late = Rehabiliteringsresponsen för klient { $client } skickades { $sent }, alltså mer än { $days } dagar efter den sista träffen { $last }; tidsfristen gick ut { $deadline }
feedback-late-help = Skicka rehabiliteringsresponsen (kuntoutuspalaute) inom tidsfristen; den ska ha kommit fram till FPA då.
feedback-overdue = Rehabiliteringsresponsen för klient { $client } skulle skickas senast { $deadline } (sista träffen { $last }) och är inte antecknad som skickad (läget { $as_of })
feedback-overdue-help = Skicka rehabiliteringsresponsen och ange feedback_sent.
feedback-due = Rehabiliteringsresponsen för klient { $client } ska skickas senast { $deadline } ({ $days } dagar efter den sista träffen { $last })
feedback-due-all = Rehabiliteringsresponsen för varje klient ska skickas senast { $deadline } ({ $days } dagar efter den sista träffen { $last })
invoice-late = { $kind ->
    [onsite] Närperioden
   *[other] Distansrehabiliteringsperioden
    } som slutade { $end } fakturerades { $invoiced }, alltså mer än { $months } månader efter att perioden slutade; faktureringstiden gick ut { $deadline }
invoice-late-help = Fakturera varje period inom faktureringstiden; FPA kan vägra betala en faktura som kommer in för sent.
invoice-overdue = { $kind ->
    [onsite] Närperioden
   *[other] Distansrehabiliteringsperioden
    } som slutade { $end } skulle faktureras senast { $deadline } och är inte antecknad som fakturerad (läget { $as_of })
invoice-overdue-help = Fakturera perioden och ange `invoiced`.
invoice-due = { $kind ->
    [onsite] Närperioden
   *[other] Distansrehabiliteringsperioden
    } som slutar { $end } ska faktureras senast { $deadline }

## Rapportens layout

severity-error = fel
severity-warning = varning
severity-note = anmärkning
report-col-rule = Regel
report-col-severity = Allvarlighet
report-col-count = Antal
report-col-suppressed = Undertryckta
report-col-plans = Planer
report-cross-heading = Mellan planer (kurser som kontrolleras tillsammans):
report-help-label = hjälp
report-line-too-long = vid { $path }:{ $line }:{ $column } (visas inte: en rad där är { $length } byte lång)
report-source = Källa: { $cited }: “{ $quote }”
report-general-part = allmänna delen av servicebeskrivningen, citerad i { $cited }
report-plan-heading = { $path } — kontrollerad enligt servicebeskrivningen { $edition }, läget { $as_of }
report-plan-heading-unchecked = { $path } — kunde inte kontrolleras
report-total = { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
    }, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
    }, { $notes ->
    [one] { $notes } anmärkning
   *[other] { $notes } anmärkningar
    }{ $suppressed ->
    [0] {""}
    [one] {" "}({ $suppressed } undertryckt)
   *[other] {" "}({ $suppressed } undertryckta)
    }
report-total-clean = Inga fel, varningar eller anmärkningar{ $suppressed ->
    [0] {""}
    [one] {" "}({ $suppressed } undertryckt)
   *[other] {" "}({ $suppressed } undertryckta)
    }
report-total-unchecked = { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
    } att rätta först
report-total-plans = { $plans ->
    [one] { $plans } plan
   *[other] { $plans } planer
    }{ $unchecked ->
    [0] {""}
   *[other] {" "}({ $unchecked } kunde inte kontrolleras)
    }: sammanlagt { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
    }, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
    }, { $notes ->
    [one] { $notes } anmärkning
   *[other] { $notes } anmärkningar
    }

## Inställning och uppskjutning

cancellation-after-start = Kursen inhiberades { $date }, efter att den börjat { $start }
cancellation-after-start-help = En kurs som har börjat inhiberas inte; avsluta den och anmäl de klienter som avbröt.
cancellation-empty-help = Utan klientbeslut inhiberas kursen mellan { $earliest } och { $latest }, helst senast { $safe } (3 veckor före).
cancellation-empty-early = Kursen inhiberades { $date }, alltså mer än { $months } månader före kursstarten; den kunde inhiberas tidigast { $earliest }
cancellation-empty-late = Kursen inhiberades { $date }, alltså mindre än { $days } dagar före kursstarten; den skulle inhiberas senast { $latest }
cancellation-empty-unsafe = Kursen inhiberades { $date }, alltså mindre än 3 veckor före kursstarten (efter { $safe }); kursen ska inhiberas senast 2 veckor före starten
cancellation-near-minimum-early = Kursen inhiberades { $date } med { $count ->
    [one] { $count } klientbeslut
   *[other] { $count } klientbeslut
    }, alltså mer än { $days } dagar före kursstarten; den kunde inhiberas tidigast { $earliest }
cancellation-near-minimum-early-help = När besluten ligger nära minimiantalet, vänta till { $earliest }: fler klienter kan ännu komma.
cancellation-notice = Meddelandet om att kursen inhiberats når inte { $missing }
cancellation-notice-help = Meddela alla tre parter och ange dem i notified: { $ids }.
postponement-year = Kursen senarelades från { $original } till { $new }, alltså till ett annat år
postponement-year-help = En kurs får senareläggas bara till ett senare datum samma år; inhibera den annars.
postponement-start = Den senarelagda starten { $new } är inte kursens start { $start }
postponement-start-help = Ange den nya starten som course.start.

## Gruppterapi

therapy-kind = Terapiformen { $therapy } finns bara som individuell terapi; FPA ordnar den inte som gruppterapi
therapy-kind-help = Planera den som individuell terapi, eller välj en terapi som FPA ordnar i grupp: { $therapies }.
therapy-leaders-required = I { $therapy } övervakas gruppen av { $required } personer med yrket { $role }; teamet har { $count }
therapy-leaders-required-help = Lägg till personal i teamet med role = "{ $role }" tills de är { $required }.
therapy-leaders-none = Ingen terapeut leder gruppen
therapy-leaders-none-help = Lägg till terapeuten i [[staff]].
therapy-leaders-several = { $count } terapeuter ingår i teamet; gruppterapin leds av { $leaders }
therapy-leaders-several-help = Behåll en ledande terapeut i teamet, eller markera de andra med in_team = false.
therapy-age-group-mixed = Gruppen blandar barn och unga ({ $children }) med vuxna som fyllt { $adult_age } ({ $adults }); gruppstorleken kontrolleras inte
therapy-age-group-mixed-help = Grupperna bildas enligt ålder: dela klienterna i en barngrupp och en vuxengrupp.
therapy-age-group-unknown = Åldersgruppen är okänd: { $count ->
    [one] för klient { $clients } anges
   *[other] för klienterna { $clients } anges
    } ingen ålder; gruppstorleken kontrolleras inte
therapy-age-group-unknown-help = Ange varje klients ålder vid course.start.

## Reglernas dokumentation: en sammanfattning på en rad (tabellen i `rules`) och, som .doc, det som `explain` skriver ut

rule-plan-syntax = Filen är giltig UTF-8-TOML
    .doc = Planen ska vara en UTF-8-textfil med giltig TOML. Omöjliga datum som 2025-11-31 är syntaxfel: TOML-tolken förkastar dem. Filer som inte alls kan läsas (saknas, är en mapp, överskrider storleksgränsen) rapporteras också under den här regeln. En plan med syntaxfel kontrolleras inte vidare.
rule-plan-schema = Planen följer planformatet
    .doc = Varje nyckel ska vara känd (en felstavad nyckel får ett "menade du"), varje värde av rätt typ och ett av de tillåtna orden, obligatoriska nycklar ska finnas, perioder får inte sluta innan de börjar, klient-id:n ska vara unika, kontakter får bara nämna planens klienter, och [[allow]]-poster ska ha ett skäl och en känd regel. En servicebeskrivning ska gälla vid kursstarten. Alla sådana problem rapporteras på en gång; en plan med något av dem kontrolleras inte vidare.
rule-personal-data = Filen innehåller ingen finsk personbeteckning
    .doc = Planerna gäller hälsorelaterad rehabilitering. En giltig finsk personbeteckning (datum, sekelkod, individnummer och korrekt kontrolltecken) var som helst i filen, även i kommentarer, är ett fel. Själva beteckningen skrivs aldrig ut: all utdata visar den maskerad som ******-****. Använd pseudonymer som klient-id.
rule-unused-allow = Varje [[allow]] undertrycker något
    .doc = En [[allow]] som inte motsvarar något fynd är inaktuell: undantaget den registrerar gäller inte längre, och den skulle i tysthet dölja regelns nästa verkliga fynd.
rule-edition-pinned = En angiven servicebeskrivning utanför sin giltighetstid noteras
    .doc = course.edition anger en servicebeskrivning enligt dess år. När kursstarten ligger utanför servicebeskrivningens giltighetstid används den angivna servicebeskrivningen ändå, och den här anmärkningen säger det.
rule-course-start = course.start är den första närdagen
    .doc = Planformatet definierar course.start som den första dagen av den första närperioden. Reglerna räknar från den (förhandskontakten, kursens totala längd, klienternas ålder, servicebeskrivningen som gäller), så en plan vars första närperiod börjar en annan dag får den här anmärkningen. En inhiberad kurs kontrolleras inte.
rule-group-size-max = Inte fler klienter än servicebeskrivningens högsta antal
    .doc = Räknar klienterna med status "enrolled" eller "transferred-in" och rapporterar den första klienten över det högsta antalet. Det högsta antalet får inte överskridas, inte heller för klienter som flyttas från en annan kurs. Gruppterapi tar sitt högsta antal från gruppens åldersgrupp och terapi.
rule-group-size-min = Inte färre klienter än servicebeskrivningens minsta antal
    .doc = En kurs får inte börja under sin minsta gruppstorlek. Fyndet är ett fel när kursen är bekräftad, har börjat eller är avslutad, och en varning medan den är planerad; en senarelagd eller inhiberad kurs kontrolleras inte. Gruppterapi tar sitt minsta antal från gruppens åldersgrupp och terapi, och är alltid ett fel.
rule-start-threshold = En kurs som nått startgränsen börjar som planerat
    .doc = När startgränsen av beslut är nådd ska serviceproducenten starta kursen enligt tidtabellen: att då inhibera eller senarelägga den är ett fel. En kurs som genomförs under gränsen (men vid eller över minimiantalet) får en anmärkning: det är serviceproducentens val.
rule-onsite-periods = Närperiodernas antal och längd
    .doc = Räknar närperioderna och deras dygn (slut − start + 1): varje period ska vara så många dygn lång som servicebeskrivningen anger, eller perioderna sammanlagt så många dygn som den anger.
rule-onsite-weekdays = Närdagarna infaller måndag–lördag
    .doc = Rehabiliteringskursen för närståendevårdare genomförs "maanantai–lauantai": en närperiod som omfattar en söndag är ett fel.
rule-periods-span = Närperioderna inom servicebeskrivningens tidsram
    .doc = Den sista närdagen får inte vara senare än den första närdagen plus servicebeskrivningens antal månader (kalendermånader, avrundade till månadens sista dag).
rule-remote-period = En distansrehabiliteringsperiod av servicebeskrivningens längd mellan närperioderna
    .doc = Servicebeskrivningar med distansrehabilitering har exakt en distansrehabiliteringsperiod, efter den första närperioden och före den andra. En längd som avviker från servicebeskrivningens mer än toleransen är ett fel: längden är fast. Servicebeskrivningar utan distansrehabilitering förkastar varje distansrehabiliteringsperiod.
rule-remote-guidance = Tillräckligt med handledning per klient under distansrehabiliteringsperioden
    .doc = Distansrehabiliteringsperioden ger varje klient minst servicebeskrivningens antal timmar handledning. När guidance_hours_per_client inte anges, säger en anmärkning att regeln inte kunde kontrolleras.
rule-day-length = Tillräckligt långa närdagar med tillräckligt många handledda timmar
    .doc = En närperiods hours_per_day under minimum är ett fel och ett värde som inte anges en anmärkning; guided_hours_per_day under det genomsnitt servicebeskrivningen anger är en varning, och ett värde som inte anges kontrolleras inte.
rule-pre-contact = En förhandskontakt före kursstarten
    .doc = Varje klient har exakt en förhandskontakt (ennakkoyhteydenotto), daterad före course.start. Oras 2021 förutsätter också att den tas cirka tre veckor före (14–28 dagar; en varning annars). Kontakter utan clients-lista räknas för varje klient.
rule-interim-contacts = Mellankontakterna i sina tidsfönster
    .doc = Varje klient har servicebeskrivningens antal mellankontakter i varje tidsfönster: under distansrehabiliteringsperioden (de individuella videosamtalen) eller mellan på varandra följande närperioder. En kontakt utanför alla fönster är ett fel, färre än krävt ett fel, fler en varning.
rule-follow-up-contacts = Uppföljningskontakter efter den sista närperioden
    .doc = Varje klient har minst servicebeskrivningens antal uppföljningskontakter (seurantayhteydenotto), och inte fler än dess högsta antal, alla efter den sista närdagen. Oras 2021 förutsätter att de tas cirka 2–3 månader efter den: en uppföljningskontakt senare än 3 månader efter den är en varning, en tidigare än 2 månader efter den en anmärkning.
rule-course-duration = Kursen slutar inom servicebeskrivningens totala längd
    .doc = Den sista uppföljningskontakten får inte vara senare än course.start plus servicebeskrivningens antal månader.
rule-client-preliminary-agreement = Datumen överenskomna inom två veckor från att beslutet kom fram
    .doc = För varje klient får preliminary_agreement vara högst servicebeskrivningens antal dagar efter decision_received. Inte antecknat: ett fel när --as-of är efter tidsfristen, en anmärkning före den. Klienter som inte kunde kontrolleras räknas upp i en anmärkning som nämner bara de nycklar som saknas.
rule-client-confirmation = De bekräftade datumen meddelade inom sex månader från beslutet
    .doc = För varje klient får confirmation_sent vara högst servicebeskrivningens antal månader efter beslutet (kalendermånader, avrundade till månadens sista dag). Inte antecknat: ett fel när --as-of är efter tidsfristen, en anmärkning före den. Klienter som inte kunde kontrolleras räknas upp i en anmärkning som nämner bara de nycklar som saknas.
rule-client-decision-window = Rehabiliteringen slutar inom tjugo månader från beslutet
    .doc = Varje klients rehabilitering, uppföljningskontakter inräknade, ska vara genomförd inom servicebeskrivningens antal månader från beslutet. Slutet är den senaste uppföljningskontakten som omfattar klienten eller, utan en sådan, den sista närdagen.
rule-client-duration = Rehabiliteringen varar minst servicebeskrivningens kortaste längd
    .doc = Servicebeskrivningen anger en total längd från beslutet till den sista uppföljningskontakten; en klient vars rehabilitering är kortare än dess nedre gräns får en varning.
rule-client-age = Klienterna är tillräckligt gamla för kursen
    .doc = En klient som är yngre än servicebeskrivningens minimiålder (18 på Oras-kursen och rehabiliteringskursen för närståendevårdare; 4 i bassängterapi) är ett fel.
rule-allowance-age = Rehabiliteringspenning betalas bara till 16–67-åringar
    .doc = En klient utanför åldern 16–67 år kan inte få rehabiliteringspenning (kuntoutusraha) för kursdagarna. Det här är information till klienten, inte ett fel i planen.
rule-staff-physician = En specialistläkare med godkänd specialitet ingår i teamet
    .doc = Teamet omfattar en specialistläkare vars specialitet servicebeskrivningen godkänner (vilken som helst, eller ingen angiven, där servicebeskrivningen inte anger någon). En läkare med in_team = false räknas inte.
rule-staff-mandatory = Varje obligatorisk yrkesplats är fylld
    .doc = Varje obligatorisk plats behöver en egen person i teamet med en av platsens yrken (och, där servicebeskrivningen säger det, en behörighet). En person fyller en plats: personerna paras ihop med platserna, de tilldelas aldrig girigt.
rule-staff-optional = Tillräckligt många valfria yrkespersoner, alla tillgängliga
    .doc = Minst servicebeskrivningens antal valfria platser fylls av personer i teamet som inte behövs för en obligatorisk plats, och serviceproducenten har tillgång till varje valfri yrkesperson (i det här teamet eller med in_team = false).
rule-staff-personal-instructor = En egen handledare i teamet
    .doc = Minst en person i teamet är egen handledare (omaohjaaja). Där servicebeskrivningen gör den egna handledaren till en av de obligatoriska yrkespersonerna (rehabiliteringskursen för närståendevårdare) har varje egen handledare ett sådant yrke; en arbetsfysioterapeut räknas som fysioterapeut.
rule-staff-service-manager = Exakt en legitimerad serviceansvarig
    .doc = Exakt en person i personalen är serviceansvarig (palveluvastaava), och personen har ett legitimerat yrke inom hälso- och sjukvården (specialistläkare, psykolog, sjukskötare, hälsovårdare, fysioterapeut, arbetsfysioterapeut eller ergoterapeut) och är legitimerad (licensed = true). Den serviceansvariga behöver inte ingå i den här kursens team.
rule-facilities = De krävda lokalerna finns
    .doc = Varje lokal som servicebeskrivningen kräver ska anges som true; false är ett fel, inte angiven en varning. Där servicebeskrivningen kräver en bassäng kan den finnas på verksamhetsstället eller annanstans, så som servicebeskrivningen tillåter.
rule-accommodation = Klienterna inkvarteras på verksamhetsstället i dubbelrum med WC och dusch
    .doc = accommodation_on_site = false, eller en närperiod i en form som servicebeskrivningen inte godtar (i öppen form på rehabiliteringskursen för närståendevårdare), är ett fel; inte angiven, eller room_standard = "other", är en varning. På Oras 2025, som kan genomföras i öppen form, rapporteras bara room_standard = "other", och bara för en kurs med en närperiod i anstaltsform.
rule-insurance = De krävda försäkringarna finns
    .doc = Ansvarsförsäkring, patientförsäkring och gruppolycksfallsförsäkring: false är ett fel, inte angiven en varning.
rule-measurements = Mätningarna av rehabiliteringens nytta används
    .doc = instruments i [measurements] ska omfatta varje mätinstrument servicebeskrivningen kräver; en saknad [measurements]-tabell är en varning.
rule-feedback-deadline = Rehabiliteringsresponsen inom två veckor från den sista träffen
    .doc = Rehabiliteringsresponsen (kuntoutuspalaute) för varje klient skickas inom servicebeskrivningens antal dagar från klientens sista träff (last_meeting, eller den senaste av den sista närdagen och klientens kontakter). Ännu inte skickad: ett fel efter tidsfristen (läget enligt --as-of), en anmärkning före den. En klient som har avbrutit (withdrawn) utan feedback_sent får en anmärkning: den korta rehabiliteringsresponsen skickas till FPA när klientens rehabilitering har avbrutits (ingen tidsfrist anges).
rule-invoice-deadline = Varje period fakturerad inom två månader från att den slutat
    .doc = Varje när- och distansrehabiliteringsperiod faktureras inom servicebeskrivningens antal månader från att den slutat. Ännu inte fakturerad: ett fel efter tidsfristen (läget enligt --as-of), en anmärkning före den.
rule-allowance-days = Ingen närdag på en söndag eller söckenhelg
    .doc = Rehabiliteringspenning betalas för vardagar, måndag–lördag, inte för söndagar eller söckenhelger (arkipyhä). En närdag på en sådan dag är en varning som gäller klienternas inkomst. Påsken räknas ut; en söndag som onsite-weekdays redan rapporterat rapporteras inte igen. En närperiod vars hours_per_day är under 4 får en anmärkning: rehabiliteringspenning betalas för en rehabiliteringsdag som med resorna varar minst 4 timmar.
rule-cancellation-window = Kursen inhiberas inom den tillåtna tiden
    .doc = Utan klientbeslut inhiberas en kurs mellan två månader och två veckor före starten (senare än tre veckor före är en varning). Med beslut nära minimiantalet tidigast tre veckor före. Aldrig efter starten.
rule-cancellation-notice = Alla får veta att kursen inhiberats
    .doc = FPA:s myndighetslinje, klienterna och FPA:s grupp för rehabiliteringstjänster underrättas om att kursen inhiberats (notified).
rule-postponement = Senarelagd inom samma år, till planens start
    .doc = En kurs får senareläggas bara till en senare start samma kalenderår (en ny start på eller före den ursprungliga är ett fel), och den nya starten ska vara course.start.
rule-therapy-kind = Terapin finns som gruppterapi
    .doc = Konstterapi, familjeterapi och de två formerna av hästunderstödd terapi finns bara som individuell terapi. För dem rapporteras bara den här regeln.
rule-therapy-leaders = Gruppen har sina ledare
    .doc = Bassängterapi övervakas av två fysioterapeuter; annan gruppterapi leds av en terapeut (ingen är ett fel, fler en varning). Varje person i teamet räknas som terapeut.
rule-therapy-age-group = Grupperna bildas enligt ålder
    .doc = Barn och unga (under 18 år) och vuxna (18 år och äldre) bildar separata grupper. En blandad grupp är en varning och dess storlek kontrolleras inte; en klient utan ålder gör åldersgruppen okänd (en anmärkning).

## Manuella punkter: krav att bekräfta för hand

manual-health-description = Varje klient har skickat en beskrivning av sitt hälsotillstånd (t.ex. en kopia av journalen) eller gett skriftligt tillstånd att se hälsouppgifterna i Kanta.
manual-invitation-letter = Inbjudningsbrevet och förhandsuppgiftsblanketten har skickats till varje klient.
manual-start-discussion = Det inledande samtalet förs under den första närperioden med den egna handledaren och specialistläkaren.
manual-remote-orientation = Klienterna introduceras i distansrehabiliteringen under den första närperioden.
manual-final-discussion = Ett individuellt avslutande samtal med den egna handledaren avslutar den sista närperioden.
manual-omapolku-content = Innehållet i webbrehabiliteringen OMApolku används i sin helhet.
manual-guidance-one-at-a-time = Handledningen under distansrehabiliteringen ges av en yrkesperson i teamet åt gången.
manual-twenty-month-notice = Om en klients rehabilitering inte kan genomföras inom 20 månader från beslutet har FPA:s myndighetslinje och klienten underrättats.
manual-service-manager-expertise = Den serviceansvariga förstår klientgruppens särskilda behov.
manual-consent-ku5 = Varje klient har ombetts ge sitt samtycke till forskningen om rehabiliteringens nytta (blankett KU5); den undertecknade blanketten skickas till FPA.
manual-feedback-by-post = Rehabiliteringsresponsen skickas till FPA per post och kommer fram inom tidsfristen.
manual-measurements-reported = Årets mätningar av rehabiliteringens nytta rapporteras till FPA inom rapporteringsfristen (31 mars följande år).
manual-participation-certificate = Varje klient har ett deltagarintyg för rehabiliteringspenningen, förnyat när uppgifterna ändras.
manual-pre-contact-content = Förhandskontakten säkerställer att kursen passar klienten och att tidpunkten är rätt, berättar vad klienten kan vänta sig och ska ta med, och tar reda på klientens önskemål och särskilda behov.
manual-start-meeting = Ett inledande möte med den egna handledaren och specialistläkaren hålls i början av rehabiliteringen.
manual-individual-meetings = Varje klient har individuella intervjuer, en mellanbedömning och ett avslutande samtal med den egna handledaren och de experter som behövs.
manual-interim-contact-length = Mellankontakterna varar i genomsnitt 30 minuter och tas av den egna handledaren eller någon annan i teamet.
manual-invoice-forms = Fakturorna görs på FPA:s blanketter KU 206 och KU 201 och skickas per post, inte per e-post.
manual-schedule-changes = Ändringar i tidtabellen (en senareläggning) förs in i FPA:s kurssystem av serviceproducenten.
manual-individual-goals = Varje klients individuella mål och rehabiliteringsbehov beaktas i gruppen.
manual-device-loan = Klienter som behöver en apparat för distansrehabiliteringen får låna en.
manual-online-guidance = Klienterna handleds i att delta i webbrehabiliteringen.
manual-video-session-length = De individuella videosamtalen varar i genomsnitt 45 minuter.
manual-rehabilitation-plan = Varje klients terapi bygger på klientens rehabiliteringsplan.
manual-municipality = Serviceproducenten har i sitt anbud angett att den betjänar klienternas kommuner.

## Kommandona rules, explain och coverage

catalogue-edition-heading = { $title } ({ $id }): kurser som börjar { $range }
catalogue-col-rule = Regel
catalogue-col-severity = Allvarlighet
catalogue-col-checks = Vad den kontrollerar
catalogue-col-source = Källa
catalogue-col-document = Dokument
catalogue-col-requirement = Krav
catalogue-col-how = Hur
catalogue-col-editions = Servicebeskrivningar
catalogue-every-plan = Varje plan kontrolleras också för: { $rules }.
catalogue-across-plans = Planer som kontrolleras tillsammans jämförs också för: { $rules }.
catalogue-manual-heading = Kontrollera också manuellt:
catalogue-checked-by = kontrolleras
catalogue-by-hand = manuellt
catalogue-no-editions = Ingen servicebeskrivning motsvarar --service och --edition.
catalogue-unknown-rule = Okänd regel `{ $rule }`
catalogue-unknown-rule-help = `oras-check rules` listar regel-id:na.
explain-severity = Allvarlighet: { $severities }
explain-applies-everywhere = Gäller varje plan, oavsett servicebeskrivning.
explain-applies-across = Gäller när flera planer kontrolleras i samma körning, oavsett servicebeskrivning.
explain-not-in-force = Gäller inte i { $editions }.
explain-parameters = Parametrar:
explain-no-parameters = Parametrar: inga
explain-carried = Övertaget från { $from }: källan för { $edition } anger det inte.
explain-interpretation = Tolkning: { $text }
explain-source = Källa: { $cited }
explain-manual = Ett krav som kontrolleras manuellt och inte utifrån planen.
checklist-heading = Kontrollera också manuellt enligt servicebeskrivningen { $edition } (syns inte i planen):
verify-ok = { $editions } servicebeskrivningar, { $citations } källhänvisningar och { $rules } regler verifierade{ $sources ->
    [yes] {" "}mot källdokumenten
   *[no] {""}
    }
verify-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problem
    } i regelpaketen

## Policy för undertryckning

expired-allow = Denna [[allow]] för `{ $rule }` gick ut { $expires } och undertrycker inte längre något
expired-allow-help = Förnya undantaget (och dess referens) med ett nytt expires-datum, eller ta bort [[allow]] och rätta planen.
forbidden-allow = `{ $rule }` får inte undertryckas i det här projektet (no-allow i oras-check.toml)
forbidden-allow-help = Rätta planen i stället; [[allow]] ignoreras.

## Mellan planer

staff-double-booked = { $name } ingår i den här kursens närperiod { $start } – { $end } och också i { $other } (rad { $line }), vars närdagar överlappar den ({ $from } – { $to })
staff-double-booked-help = En person kan inte vara på plats i två kurser samtidigt: kontrollera tidtabellerna, eller skilj de två personerna åt med namn.
client-double-booked = Klient { $client } ingår också i { $other } (rad { $line }), en kurs som överlappar den här ({ $from } – { $to })
client-double-booked-help = En klient deltar i en kurs åt gången: kontrollera klienternas kurser, eller ge de två klienterna olika id:n.

rule-expired-allow = En [[allow]] vars giltighet gått ut slutar undertrycka
    .doc = En [[allow]] kan ha expires = DATUM, den sista dagen den gäller. Efter den dagen (läget enligt --as-of) undertrycker den ingenting, och den här varningen säger det, så att ett tillfälligt undantag inte lever längre än sitt skäl.
rule-forbidden-allow = Regler som projektet förbjuder att undertrycka
    .doc = Konfigurationsfilens no-allow listar regler som CI inte låter en plan undertrycka. En [[allow]] för en sådan regel är ett fel och undertrycker ingenting.
rule-staff-double-booked = Samma person på plats i två överlappande kurser
    .doc = När flera planer kontrolleras tillsammans rapporteras en person som ingår i teamet för två kurser vars närperioder överlappar i tid, i båda planerna. Personen identifieras genom personalförteckningen om oras-check.toml anger en, annars genom samma namn och yrke.
rule-client-double-booked = Samma klient i två överlappande kurser
    .doc = Kontrolleras bara med client-ids = "provider-wide" i oras-check.toml: annars är en pseudonym unik bara inom sin plan, och A01 i två kurser är två personer. Då rapporteras, när flera planer kontrolleras tillsammans, ett klient-id som finns på två kurser vars perioder överlappar i tid, i båda planerna.

## Månader (tidslinjens axel)

month-1 = jan
month-2 = feb
month-3 = mar
month-4 = apr
month-5 = maj
month-6 = jun
month-7 = jul
month-8 = aug
month-9 = sep
month-10 = okt
month-11 = nov
month-12 = dec

## Tidslinje

timeline-title = Tidslinje
timeline-heading = { $path } — { $edition }
timeline-onsite = Närperiod
timeline-remote = Distans
timeline-contacts = Kontakter
timeline-days-off = Helgdagar
timeline-findings = Fynd
timeline-legend-onsite = närdagar
timeline-legend-remote = distansrehabilitering
timeline-legend-window = från beslut till gräns
timeline-legend-pre = förhandskontakt
timeline-legend-interim = mellankontakt
timeline-legend-follow-up = uppföljningskontakt
timeline-legend-sunday = söndag i närperiod
timeline-legend-holiday = söckenhelg i närperiod
timeline-legend-decision = rehabiliteringsbeslut
timeline-legend-confirmation = datumen bekräftas senast
timeline-legend-limit = rehabiliteringen avslutad senast
timeline-legend-error = fel
timeline-legend-warning = varning
timeline-legend-today = kontrolldag
timeline-scale = En kolumn är { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
    }.

## Tidsfrister

deadlines-heading = { $path } — { $edition }, läget { $as_of }
deadlines-none = Inget förfaller.
deadlines-bad-span = `{ $span }` är inte en tidsrymd som 30d, 6w eller 2m
deadlines-col-date = Datum
deadlines-col-what = Vad
deadlines-col-client = Klient
deadlines-col-status = Läge
due-preliminary-agreement = Kom överens med klienten om kursdatumen
due-confirmation = Meddela klienten de bekräftade datumen
due-decision-window = Sista dagen för rehabiliteringen (beslut + 20 månader)
due-pre-contact = Förhandskontakt
due-interim-contact = Mellankontakt
due-follow-up-contact = Uppföljningskontakt
due-invoice = Fakturera { $kind ->
    [onsite] närperiod { $ordinal }
   *[other] distansrehabiliteringsperiod { $ordinal }
    }
due-feedback = Rehabiliteringsrespons till FPA
due-measurement-report = Rapportera mätningarna för { $year }
due-cancel-earliest = Första dagen att inhibera kursen utan klientbeslut
due-cancel-near-minimum = Första dagen att inhibera kursen med beslut nära minimiantalet
due-cancel-latest = Sista dagen att inhibera kursen utan klientbeslut
due-done = gjort { $on }
due-done-late = gjort { $on }, { $days ->
    [one] { $days } dag för sent
   *[other] { $days } dagar för sent
    }
due-overdue = { $days ->
    [one] { $days } dag försenad
   *[other] { $days } dagar försenad
    }
due-today = i dag
due-left = { $days ->
    [one] om { $days } dag
   *[other] om { $days } dagar
    }
due-ago = { $days ->
    [one] för { $days } dag sedan
   *[other] för { $days } dagar sedan
    }

## Kalenderexport

ics-period = { $course }: { $kind ->
    [onsite] närperiod
   *[other] distansrehabiliteringsperiod
    } { $ordinal }
ics-event = { $course }: { $what }
ics-event-client = { $course }: { $what } ({ $client })
ics-deadline = { $course }, tidsfrist: { $what }
ics-deadline-client = { $course }, tidsfrist: { $what } ({ $client })

## HTML-rapport

html-meta = Läget { $as_of }, kontrollerad med oras-check { $version }
html-footer = Kontrollerad enligt FPA:s servicebeskrivningar så som de är kodade i oras-check; citaten är ordagranna ur källorna.
summary-col-errors = Fel
summary-col-warnings = Varningar
summary-col-notes = Anmärkningar
html-col-plan = Plan
html-col-edition = Servicebeskrivning
html-col-where = Rad
html-col-finding = Fynd
html-findings = Fynd
html-not-checked = kunde inte kontrolleras
html-checked-against = Kontrollerad enligt servicebeskrivningen { $edition }
html-suppressed = Undertryckt: { $reason }
report-total-clean-short = Inga fel, varningar eller anmärkningar.

## init

init-header = Planstomme enligt servicebeskrivningen { $edition } för en kurs med start { $start }, skriven av oras-check init. Bekräfta eller ändra varje värde; kommentarerna säger vad varje del är.
init-check-hint = Kontrollera den med: oras-check plan.toml
init-start-moved = Från starten { $asked } skulle en närdag infalla på { $reason }; kursen börjar i stället { $start }.
init-periods = Perioder: datumen är valda så att de uppfyller servicebeskrivningen, närdagarna undviker söndagar och söckenhelger. Flytta dem som er tidtabell kräver; oras-check säger till om en flytt bryter mot en regel.
init-contacts = Kontakter: en förhandskontakt före starten, de mellankontakter servicebeskrivningen kräver, uppföljningskontakter efter den sista närperioden. Datumen infaller på arbetsdagar.
init-clients = Klienter: lägg till en [[clients]]-tabell per klient, med en pseudonym som id (aldrig en personbeteckning) och beslutets datum när de kommer.
init-clients-group = Klienter: den minsta grupp servicebeskrivningen tillåter; ersätt platshållarna med pseudonymer och verkliga åldrar.
init-staff = Personal: en platshållare (RENAME-…) per krävd plats; oras-check varnar tills var och en namnger en person. Kontrollera yrken, specialiteter, behörigheter och legitimationer.
init-staff-roster = Personal: för varje krävd plats en person ur personalförteckningen som uppfyller kraven (yrke, behörigheter, specialitet, legitimation); en plats som ingen i förteckningen fyller får en platshållare. Kontrollera att var och en av dem kan delta i den här kursen.
init-facilities = Lokaler som servicebeskrivningen kräver, lämnade oangivna: ta bort kommentartecknet för varje sak som verksamhetsstället verkligen har (true) eller saknar (false). Till dess varnar oras-check.
init-insurance = Försäkringar som servicebeskrivningen kräver, lämnade oangivna: ta bort kommentartecknet för varje försäkring som serviceproducenten verkligen har. Till dess varnar oras-check.
init-measurements = De mätningar av rehabiliteringens nytta som servicebeskrivningen kräver.
init-no-edition = Ingen servicebeskrivning för { $service } gäller för en kurs som börjar { $start }; servicebeskrivningar: { $editions }
init-therapy-needed = Gruppterapi kräver --therapy (t.ex. --therapy music-therapy)
init-individual-only = Terapiformen { $therapy } finns bara som individuell terapi; FPA ordnar den inte som gruppterapi

# Finskt skriven indata och fix
syntax-finnish-date = `{ $key }` är skrivet som ett finskt datum ({ $found }); i en plan skrivs datum som TOML-datum (2026-03-02)
syntax-decimal-comma = `{ $key }` har decimalkomma ({ $found }); TOML skriver decimaler med punkt
syntax-bad-value = Ett värde på raden kan inte läsas som TOML: skriv text inom citattecken ("…"), datum som 2026-03-03 och decimaler med punkt (6.5) [TOML: { $detail }]
syntax-leading-zero = Ett tal kan inte börja med 0: skriv 3, inte 03, och datum som 2026-03-03 [TOML: { $detail }]
syntax-missing-equals = Efter en nyckel kommer = och värdet: nyckel = värde [TOML: { $detail }]
syntax-unclosed-string = Ett textvärde är inte avslutat: avsluta det med samma citattecken som det börjar med [TOML: { $detail }]
syntax-unclosed-table = En tabellrubrik är inte avslutad: skriv den som [namn] eller [[namn]] [TOML: { $detail }]
syntax-duplicate-key = Samma nyckel anges två gånger i samma tabell: behåll en [TOML: { $detail }]
write-as = Skriv: { $key } = { $value } (oras-check fix gör det åt dig)
output-is-input = { $path } är en av filerna som körningen läser (en plan, konfigurationsfilen eller personalförteckningen); rapporten skrivs inte över den. Ange en annan fil med -o.
output-write-failed = Det går inte att skriva { $path }: { $reason }. Ingenting ändrades där.
output-stdout-failed = Utdata kan inte skrivas: { $reason }
fix-duplicate-key = `{ $key }` döptes inte om till `{ $right }`, eftersom tabellen redan har `{ $right }`. Behåll den rätta och ta bort den andra.
fix-wrong-unit = `{ $key } = { $value }` lämnades som det är, eftersom värdet har en annan enhet än den som `{ $key }` anges i. Skriv `{ $key } = { $right }`.
fix-link-outside = { $path } är en länk som leder ut ur mappen { $root }, så den lämnades orörd.
fix-changed-on-disk = { $path } ändrades på disken medan den rättades, så den lämnades som den är nu. Kör oras-check fix igen.
fix-not-a-plan = { $path } är ingen kursplan (den har ingen [course]-tabell), så fix ändrar den inte.
fix-settings-file = { $path } är konfigurationsfilen eller personalförteckningen, inte en plan, så fix ändrar den inte.
fix-changed = { $path }:{ $line }: { $what }
fix-nothing = { $path }: inget att rätta
fix-not-toml = { $path }: inte TOML ens efter rättelserna, lämnades som den var ({ $detail })
fix-left = { $path }:{ $line }: att rätta själv: { $message }
placeholder = `{ $key }` är fortfarande platshållaren { $value } som oras-check init skrev
placeholder-help = Ersätt den med det verkliga värdet ({ $key }): till dess visar planen inte vem eller vad det är.
rule-placeholder = Inga platshållare från oras-check init finns kvar
    .doc = Ett värde som init skrev för serviceproducenten att ersätta (RENAME-…: personalens namn, kurskod, serviceproducent, verksamhetsställe, klient-id) är en varning tills det ersätts.

# Many plans in the planner's tools
timeline-heading-many = { $courses } kurser på samma tidsaxel: först kurserna, sedan personerna i teamen
timeline-staff = personer:
timeline-legend-clash = på två kurser samtidigt
timeline-legend-course = personens kurs (numret på kursens rad)
deadlines-heading-many = Tidsfrister för { $courses } kurser, läget { $as_of }
deadlines-col-course = Kurs
deadlines-bare-number = `{ $span }` behöver en enhet: 14d (dagar), 6w (veckor) eller 2m (månader)
ics-calendar-many = oras-check: { $courses } kurser
ics-to-do = Att göra
timeline-clients-title = Klienter: från beslutet till tidsgränsen
html-overview = Kurserna och personerna i teamen
sarif-not-checked = { $path } kunde inte kontrolleras
deadlines-unknown-course = Bland de angivna planerna finns ingen kurs med kursnumret { $course }
deadlines-unknown-course-help = Kursnumren är: { $codes }
deadlines-unknown-course-none = Ingen av de angivna planerna anger ett kursnummer (`code` i [course]).

## Serviceproducentens vyer över många kurser (issue 23)
timeline-cancelled = inhiberad
timeline-before = { $courses ->
    [one] { $courses } kurs avslutades
   *[other] { $courses } kurser avslutades
    } före { $from } (visas med --all eller --from)
timeline-after = { $courses ->
    [one] { $courses } kurs börjar
   *[other] { $courses } kurser börjar
    } efter { $to } (visas med --to)
timeline-unchecked = { $plans ->
    [one] { $plans } plan kunde inte kontrolleras och har inte ritats:
   *[other] { $plans } planer kunde inte kontrolleras och har inte ritats:
    }
timeline-legend-start = första dagen (träffarna finns inte i planen)
deadlines-clients = { $clients ->
    [one] { $clients } klient
   *[other] { $clients } klienter
    }
ics-clients = { $count ->
    [one] Klient
   *[other] Klienter ({ $count })
    }: { $clients }
ics-courses = { $count ->
    [one] Kurs
   *[other] Kurser ({ $count })
    }: { $courses }
html-title-many = { $folder }, { $plans ->
    [one] { $plans } plan
   *[other] { $plans } planer
    }
html-col-course = Kurs
html-col-first = Första dagen
html-col-last = Sista dagen
html-col-status = Status
html-col-team = Team
html-col-next = Nästa tidsfrist
html-status = { $status ->
    [planned] planerad
    [confirmed] bekräftad
    [started] påbörjad
    [completed] avslutad
    [postponed] senarelagd
   *[cancelled] inhiberad
    }
html-checklist-heading = Kontrollera manuellt: { $edition }
html-checklist-plans = Gäller { $plans ->
    [one] { $plans } plan
   *[other] { $plans } planer
    } med denna servicebeskrivning; oras-check kan inte kontrollera detta.
schema-unknown-key-top = Okänd nyckel `{ $key }` på planens översta nivå

## Avgjort i december 2026: kontakternas längd, försenade klientdatum, den serviceansvarigas yrke, den korta rehabiliteringsresponsen, korta dagar

contact-length = { $kind ->
    [pre] Förhandskontakternas
    [follow-up] Uppföljningskontakternas
   *[interim] Mellankontakternas
    } angivna längd är i genomsnitt { $average } minuter ({ $count ->
    [one] { $count } kontakt
   *[other] { $count } kontakter
    }); enligt servicebeskrivningen varar en kontakt i genomsnitt { $expected } minuter
contact-length-help = { $count ->
    [one] Planera kontakten så att den varar minst { $expected } minuter.
   *[other] Planera de { $count } kontakterna så att de tillsammans varar minst { $total } minuter (i genomsnitt { $expected } minuter), alltså { $missing ->
        [one] { $missing } minut
       *[other] { $missing } minuter
        } längre än nu.
    }
label-contact-minutes = den kortaste, { $date }
follow-up-window-early = Uppföljningskontakten { $date } ligger mindre än { $from } månader efter den sista närdagen { $last }; enligt servicebeskrivningen tas uppföljningskontakterna inom cirka { $from }–{ $to } månader efter att den sista rehabiliteringsperioden har slutat
day-length-not-stated = Rehabiliteringsdagens längd (hours_per_day) anges inte för närperioden { $start } – { $end }; en rehabiliteringsdag i närperioden varar minst { $min } timmar
day-length-not-stated-help = Ange hours_per_day för närperioden.
allowance-days-short = En rehabiliteringsdag i närperioden { $start } – { $end } varar { $hours } h; rehabiliteringspenning (kuntoutusraha) betalas för en rehabiliteringsdag som med resorna varar minst { $min } h
allowance-days-short-help = Berätta för klienterna att en dag ger rehabiliteringspenning bara om rehabiliteringen och resorna tillsammans tar minst { $min } timmar.
client-preliminary-agreement-overdue = Kursens tidpunkt skulle ha avtalats preliminärt med klient { $client } senast { $deadline } (inom { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
    } från att beslutet kom fram { $received }), och preliminary_agreement är inte antecknat (läget { $as_of })
client-preliminary-agreement-overdue-help = Avtala preliminärt med klienten om kursens tidpunkt och ange preliminary_agreement.
client-confirmation-overdue = Klient { $client } skulle ha fått de bekräftade kursdatumen senast { $deadline } (inom { $months ->
    [one] { $months } månad
   *[other] { $months } månader
    } från beslutet { $decision }), och confirmation_sent är inte antecknat (läget { $as_of })
client-confirmation-overdue-help = Meddela klienten de bekräftade datumen och ange confirmation_sent.
staff-service-manager-role = Den serviceansvariga ({ $name }) är { $role }, vilket inte är ett legitimerat yrke inom hälso- och sjukvården
staff-service-manager-role-help = Den serviceansvariga är en av Valvira legitimerad yrkesutbildad person inom hälso- och sjukvården: { $roles }.
label-residential-period = en närperiod i anstaltsform
feedback-withdrawn = Rehabiliteringen för klient { $client } har avbrutits (withdrawn), och den korta rehabiliteringsresponsen (lyhyt kuntoutuspalaute) är inte antecknad som skickad (feedback_sent)
feedback-withdrawn-help = Skriv den korta rehabiliteringsresponsen, skicka den till FPA och ange feedback_sent.
postponement-earlier = Kursens nya start { $new } ligger inte efter den ursprungliga starten { $original }
postponement-earlier-help = En kurs får senareläggas bara till en senare start samma år.
due-measurement-report-carried = Rapportera mätningarna för { $year } (tidsfristen är hämtad ur en senare källa från 2025)
rule-contact-length = Kontakterna varar i genomsnitt så länge som servicebeskrivningen anger
    .doc = De angivna minuterna (minutes) för de kontakter vars längd servicebeskrivningen anger (mellankontakterna; på Oras 2025 de individuella videosamtalen) är i genomsnitt minst servicebeskrivningens medeltal; ett lägre medeltal är en varning. Kontakter utan minutes räknas inte; om ingen längd anges kontrollerar regeln inget, och checklistan ber om att längden bekräftas för hand.
catalogue-by-hand-unless = manuellt om planen inte anger det (annars { $rule })
explain-manual-unless = Ett krav som kontrolleras manuellt bara när planen inte anger det; annars kontrollerar { $rule } det.

## Språkservern (oras-check server)
server-other-plan = den andra planen
server-hover-weekday = { $date } är en { $weekday }.
server-hover-holiday = Helgdag: { $holiday }.
server-hover-period = Infaller under { $kind ->
    [onsite] närperioden
   *[other] distansperioden
} { $start }–{ $end }.
server-allow = Tillåt detta fynd: [[allow]] för { $rule } (fyll i skälet)
server-fix-all = { $count ->
    [one] Gör rättelsen som oras-check fix kan
   *[other] Gör alla { $count } rättelser som oras-check fix kan
}

## Hover documentation of the plan's keys (the JSON schema's descriptions)
key-doc-allow = Undantag som undertrycker en regels fynd.
key-doc-allow-client = Gäller bara den här klienten.
key-doc-allow-expires = Den sista dagen undantaget gäller.
key-doc-allow-reason = Varför, till exempel ett undantag från FPA och dess referens.
key-doc-allow-rule = Ett regel-id (`oras-check rules`).
key-doc-cancellation = Anges när course.status = "cancelled".
key-doc-cancellation-clients-with-decisions = Antalet klienter som hade ett rehabiliteringsbeslut för kursen den dag kursen inhiberades.
key-doc-cancellation-date = Den dag kursen inhiberades.
key-doc-cancellation-notified = Vilka som underrättades om att kursen inhiberats.
key-doc-clients = Klienter.
key-doc-clients-age = Åldern vid course.start.
key-doc-clients-confirmation-sent = Den dag klienten meddelades de bekräftade kursdatumen.
key-doc-clients-decision = Den dag FPA gav rehabiliteringsbeslutet.
key-doc-clients-decision-received = Den dag beslutet kom fram till serviceproducenten.
key-doc-clients-feedback-sent = Den dag rehabiliteringsresponsen skickades till FPA.
key-doc-clients-id = Pseudonym, unik inom planen.
key-doc-clients-last-meeting = Klientens sista träff (som standard den senaste kontakt eller periodsdag som omfattar klienten).
key-doc-clients-preliminary-agreement = Den dag kursdatumen avtalades preliminärt med klienten.
key-doc-clients-status = enrolled (deltar; standard), transferred-in (överförd från en annan kurs) eller withdrawn (avbrutit).
key-doc-contacts = Kontakter.
key-doc-contacts-clients = Id:n för de klienter som kontakten omfattar; som standard alla klienter.
key-doc-contacts-date = Kontaktens datum.
key-doc-contacts-kind = pre (förhandskontakt), interim (mellankontakt) eller follow-up (uppföljningskontakt).
key-doc-contacts-minutes = Planerad längd i minuter.
key-doc-course = Kursen (obligatorisk).
key-doc-course-code = Kursnumret i FPA:s kursregister.
key-doc-course-edition = Låser servicebeskrivningen till ett år, till exempel "2021"; som standard den servicebeskrivning som gäller på `start`.
key-doc-course-language = Språket som kursen hålls på.
key-doc-course-provider = Serviceproducentens namn.
key-doc-course-service = Tjänsten vars regelpaket planen kontrolleras mot: oras, omaishoitaja eller group-therapy.
key-doc-course-site = Verksamhetsstället.
key-doc-course-start = Den första dagen i den första närperioden enligt tidsplanen.
key-doc-course-status = Kursens status; som standard planned.
key-doc-course-target-group = Rehabiliteringskurser för närståendevårdare: närståendevårdare till vuxna (carers-of-adults) eller till barn (carers-of-children).
key-doc-course-therapy = Gruppterapi: terapiformen. Konstterapi, familjeterapi och hästunderstödd terapi finns bara som individuell terapi.
key-doc-facilities = Verksamhetsställets lokaler; en nyckel som utelämnas betyder "inte angivet".
key-doc-facilities-accommodation-on-site = Klienterna inkvarteras på verksamhetsstället.
key-doc-facilities-gym = Ett gym.
key-doc-facilities-individual-meeting-room = Ett rum för individuella träffar.
key-doc-facilities-institutional-unit = En anstaltsenhet.
key-doc-facilities-pool = Bassänglokaler: on-site (på verksamhetsstället), elsewhere (annanstans) eller none (inga).
key-doc-facilities-room-standard = Rummen som klienterna inkvarteras i.
key-doc-facilities-second-group-room = Ett andra grupprum.
key-doc-facilities-sports-hall = En idrottssal.
key-doc-format = Planens format; 1.
key-doc-insurance = Serviceproducentens försäkringar.
key-doc-insurance-group-accident = Gruppolycksfallsförsäkring.
key-doc-insurance-liability = Ansvarsförsäkring.
key-doc-insurance-patient = Patientförsäkring.
key-doc-measurements = Mätningar av rehabiliteringens nytta.
key-doc-measurements-instruments = Mätinstrument: GAS, WHOQOL-BREF, BDI-21, AKV1.
key-doc-periods = När- och distansrehabiliteringsperioder.
key-doc-periods-end = Den sista dagen (ingår i perioden).
key-doc-periods-guidance-hours-per-client = Bara för distansrehabiliteringsperioder: antalet timmar handledning som varje klient får.
key-doc-periods-guided-hours-per-day = Bara för närperioder: handledda rehabiliteringstimmar per dag i genomsnitt.
key-doc-periods-hours-per-day = Bara för närperioder: rehabiliteringsdagens längd i timmar.
key-doc-periods-invoiced = Den dag fakturan för perioden skickades till FPA.
key-doc-periods-kind = onsite (närperiod) eller remote (distansrehabiliteringsperiod).
key-doc-periods-mode = Bara för närperioder: residential (i anstaltsform) eller outpatient (i öppen form).
key-doc-periods-start = Den första dagen.
key-doc-postponement = Anges när course.status = "postponed".
key-doc-postponement-clients-with-decisions = Antalet klienter som hade ett rehabiliteringsbeslut den dag senareläggningen beslutades.
key-doc-postponement-date = Den dag beslutet att senarelägga kursen fattades.
key-doc-postponement-new-start = Den nya starten (= course.start).
key-doc-postponement-original-start = Starten före senareläggningen.
key-doc-staff = Teamet.
key-doc-staff-in-team = false: tillgänglig för serviceproducenten men inte med i den här kursens team (standard true).
key-doc-staff-licensed = Legitimerad yrkesutbildad person inom hälso- och sjukvården (Valvira).
key-doc-staff-name = En beteckning som serviceproducenten känner igen (initialer räcker); med en personalförteckning personens namn i den.
key-doc-staff-personal-instructor = Är egen handledare för en klient.
key-doc-staff-qualifications = Ytterligare behörigheter.
key-doc-staff-role = En yrkesbeteckning: engelskt id eller finsk eller svensk yrkesbeteckning. Obligatorisk om inte serviceproducenten har en personalförteckning.
key-doc-staff-service-manager = Är serviceansvarig för kursen.
key-doc-staff-specialty = Läkarens specialitet: psychiatry (psykiatri), occupational-health (företagshälsovård), general-practice (allmänmedicin) eller en annan specialitet i fritext.

## Editions as output names them (the glossary's service names)
edition-oras-2021 = Oras 2021
edition-oras-2025 = Oras 2025
edition-omaishoitaja-2025 = Närståendevårdare 2025
edition-group-therapy-2024 = Gruppterapi 2024

## oras-check config: varifrån varje inställning kom
config-origin-flag = flaggan { $flag }
config-origin-env = miljövariabeln { $var }
config-origin-file = filen { $path }
config-origin-found = hittad: { $path }
config-origin-locale = språkinställningen { $var }
config-origin-default = standard
config-none = (ingen)
config-built-in = (inbyggda)
config-roster-people = { $file } ({ $people ->
    [one] { $people } person
   *[other] { $people } personer
    })
config-root-origin = konfigurationsfilens mapp, annars git-roten, annars den aktuella mappen
config-no-file = ingen konfigurationsfil (standardinställningar)
config-col-setting = Inställning
config-col-value = Värde
config-col-from = Källa

## Prefixen på standardfel och det felskrivna kommandot
cli-prefix-error = fel
cli-prefix-warning = varning
cli-prefix-help = hjälp
cli-prefix-tip = tips
cli-not-a-command = `{ $word }` är varken en fil eller ett kommando
cli-did-you-mean = menade du `{ $command }`?
cli-unknown-argument = oväntat argument `{ $arg }`
cli-invalid-value = `{ $value }` är inte ett giltigt värde för `{ $arg }`; tillåtna värden: { $valid }
cli-missing-value = `{ $arg }` kräver ett värde
cli-not-a-date = `{ $value }` som angavs för `{ $arg }` är inte ett datum (till exempel 3.3.2026 eller 2026-03-03)
cli-invalid-value-plain = `{ $value }` är inte ett giltigt värde för `{ $arg }`
cli-missing-argument = ett obligatoriskt argument saknas: { $arg }
cli-conflict = `{ $arg }` kan inte användas tillsammans med `{ $other }`
cli-number-of-values = `{ $arg }` fick fel antal värden
cli-bad-command-line = kommandoraden kunde inte tolkas
cli-usage = Användning
cli-more-information = Mer information får du med `--help`.
