### oras-check: ilmoitukset suomeksi.
### Sanasto Kelan palvelukuvauksista ja koulutusmateriaaleista: kuntoutuspäätös,
### ennakkoyhteydenotto, väliyhteydenotto, seurantayhteydenotto, omaohjaaja, palveluvastaava,
### kasvokkainen jakso, etäkuntoutusjakso, kuntoutusraha, arkipyhä. Lähteiden lainauksia ei
### käännetä (ne eivät ole tässä tiedostossa).

## Muiden ilmoitusten osat

conj-and = ja
conj-or = tai
value-truncated = { $start }… ({ $length } merkkiä)
list-more = { $shown } ja { $more } muuta

type-string = merkkijono
type-integer = kokonaisluku
type-number = luku
type-boolean = true tai false
type-date = päivämäärä
type-array = taulukko
type-table = taulu
type-array-of-tables = taulujen taulukko

window-remote-period = etäkuntoutusjakson aikana
window-between-onsite-1-2 = 1. ja 2. kasvokkaisen jakson välissä
window-between-onsite-2-3 = 2. ja 3. kasvokkaisen jakson välissä

weekday-mon = maanantai
weekday-tue = tiistai
weekday-wed = keskiviikko
weekday-thu = torstai
weekday-fri = perjantai
weekday-sat = lauantai
weekday-sun = sunnuntai

holiday-new-years-day = uudenvuodenpäivä
holiday-epiphany = loppiainen
holiday-good-friday = pitkäperjantai
holiday-easter-sunday = pääsiäispäivä
holiday-easter-monday = toinen pääsiäispäivä
holiday-may-day = vappu
holiday-ascension-day = helatorstai
holiday-whit-sunday = helluntaipäivä
holiday-midsummer-eve = juhannusaatto
holiday-midsummer-day = juhannuspäivä
holiday-all-saints-day = pyhäinpäivä
holiday-independence-day = itsenäisyyspäivä
holiday-christmas-eve = jouluaatto
holiday-christmas-day = joulupäivä
holiday-boxing-day = tapaninpäivä

role-specialist-physician = erikoislääkäri
role-psychologist = psykologi
role-psychotherapist = psykoterapeutti
role-nurse = sairaanhoitaja
role-public-health-nurse = terveydenhoitaja
role-physiotherapist = fysioterapeutti
role-occupational-physiotherapist = työfysioterapeutti
role-occupational-therapist = toimintaterapeutti
role-nutritionist = ravitsemusterapeutti
role-nutrition-advisor = ravintoneuvoja
role-social-worker = sosiaalityöntekijä
role-socionom = sosionomi
role-rehabilitation-instructor = kuntoutuksen ohjaaja
role-msc-rehabilitation-science = yhteiskuntatieteiden maisteri (kuntoutustiede)
role-music-therapist = musiikkiterapeutti
role-speech-therapist = puheterapeutti
role-neuropsychologist = neuropsykologi
role-other-professional = muu ammattihenkilö
role-assistant = avustava henkilö

therapy-aquatic-therapy = allasterapia
therapy-physiotherapy = fysioterapia
therapy-music-therapy = musiikkiterapia
therapy-neuropsychological-rehabilitation = neuropsykologinen kuntoutus
therapy-psychotherapy = psykoterapia
therapy-speech-therapy = puheterapia
therapy-occupational-therapy = toimintaterapia
therapy-art-therapy = taideterapia
therapy-family-therapy = perheterapia
therapy-equine-therapy-physiotherapist = fysioterapeutin toteuttama ratsastusterapia
therapy-equine-therapy-occupational-therapist = toimintaterapeutin toteuttama ratsastusterapia

notified-kela-authority-line = Kelan viranomaislinja
notified-clients = asiakkaat
notified-rehabilitation-services-group = Kelan kuntoutuspalvelujen ryhmä

insurance-liability = toiminnan vastuuvakuutus
insurance-patient = potilasvakuutus
insurance-group-accident = ryhmämuotoinen tapaturmavakuutus

## Merkinnät lähdeotteen alla

label-period-starts = jakso alkaa tästä
label-period-ends = jakso päättyy tähän
label-period-days = { $days ->
    [one] { $days } vuorokausi
   *[other] { $days } vuorokautta
    }
label-first-used-here = käytetty ensin tässä
label-status = tila { $status }
label-status-here = tila asetetaan tässä
label-course-starts = kurssi alkaa tästä
label-sunday = { $date } on sunnuntai
label-first-onsite-day = ensimmäinen kasvokkainen päivä
label-first-onsite-ends = ensimmäinen kasvokkainen jakso päättyy tähän
label-second-onsite-starts = toinen kasvokkainen jakso alkaa tästä
label-last-onsite-day = viimeinen kasvokkainen päivä
label-decision-arrived = päätös saapui tässä
label-decision-given = päätös annettiin tässä
label-decision-limit = kuntoutuksen on päätyttävä viimeistään { $limit }
label-client-last-follow-up = asiakkaan { $client } viimeinen seurantayhteydenotto
label-last-meeting = asiakkaan { $client } viimeinen tapaaminen
label-first-service-manager = myös { $name } on palveluvastaava
label-decisions = { $count ->
    [one] { $count } asiakkaalla oli päätös
   *[other] { $count } asiakkaalla oli päätös
    }
label-original-start = alkuperäinen alkamispäivä
label-lacks-qualification = henkilöltä { $name } puuttuu pätevyys: { $qualifications }

## Suunnitelman lukeminen (plan-syntax, plan-schema)

syntax-error = Tiedosto ei ole kelvollista TOML-muotoa (jäsentimen ilmoitus: { $detail })
syntax-not-utf8 = Tiedosto ei ole UTF-8-tekstiä (virheellinen tavu kohdassa { $offset })
syntax-not-utf8-help = Tallenna suunnitelma UTF-8-muodossa; useimmissa editoreissa valinta löytyy kohdasta "Tallenna nimellä" tai "Merkistö".
syntax-binary = Tiedostossa on NUL-tavu (kohdassa { $offset }): se on binääritiedosto eikä suunnitelma
syntax-binary-help = Suunnitelma on TOML-tekstitiedosto; tarkista, että tämä on tarkoitettu tiedosto.
io-error = Tiedostoa { $path } ei voi lukea ({ $detail })
io-not-found = Tiedostoa { $path } ei ole
io-permission-denied = Tiedostoa { $path } ei saa lukea (käyttöoikeus puuttuu)
io-not-regular = { $path } ei ole tavallinen tiedosto (putki, pistoke tai laite), joten sitä ei lueta
io-is-dir = { $path } on kansio eikä suunnitelmatiedosto
io-symlink-loop = { $path } on symbolinen linkki takaisin kansioon { $ancestor }: silmukka
run-left-out = { $count } TOML-{ $count ->
    [one] tiedosto jätettiin pois, koska siinä ei ole suunnitelman tauluja (--verbose näyttää sen)
   *[other] tiedostoa jätettiin pois, koska niissä ei ole suunnitelman tauluja (--verbose luettelee ne)
}
run-no-plans = Kohteesta { $paths } ei löytynyt suunnitelmatiedostoja (*.toml)
io-pseudo = { $path } on käyttöjärjestelmän tiedosto (hakemistossa /proc tai /sys) eikä suunnitelma, joten sitä ei lueta
io-too-large = { $path } on suurempi kuin { $limit } MiB; oras-check ei lue näin suuria suunnitelmia
io-stdin-too-large = Vakiosyöte jatkuu yli { $limit } MiB:n; oras-check lopettaa suunnitelman lukemisen siihen
io-stdin-too-large-help = Ohjaa vakiosyötteeseen yksi suunnitelmatiedosto (oras-check - < plan.toml) tai anna sen polku.
io-too-large-help = Kurssisuunnitelma on muutaman kilotavun kokoinen; tarkista, että tiedosto on oikea.

schema-empty-plan = Suunnitelma on tyhjä: siinä ei ole tauluja eikä avaimia, korkeintaan kommentteja
schema-missing-course = Suunnitelmasta puuttuu [course]-taulu
schema-missing-course-near = Suunnitelmassa ei ole [course]-taulua; tarkoititko [course] eikä [{ $key }]?
schema-missing-course-near-help = Nimeä [{ $key }] uudelleen nimellä [course]: ilman sitä suunnitelmaa ei voi tarkistaa.
schema-missing-course-help = Aloita suunnitelma [course]-taululla, jossa on vähintään `service` ja `start`.
schema-missing-key = Taulusta { $table } puuttuu pakollinen avain `{ $key }`
schema-missing-key-for-service = Taulusta [course] puuttuu `{ $key }`, joka on ilmoitettava { $service }-suunnitelmissa
schema-key-for-other-service = `{ $key }` kuuluu vain { $service }-suunnitelmiin
schema-key-for-other-kind = `{ $key }` kuuluu vain { $kind ->
    [onsite] kasvokkaisiin jaksoihin
   *[other] etäkuntoutusjaksoihin
    }
schema-remove-key = Poista `{ $key }` tai vaihda jakson laji.
schema-unknown-key = Tuntematon avain `{ $key }` taulussa { $table }
roster-unknown = { $name } ei ole henkilöstöluettelossa ({ $file })
roster-unknown-help = Lisää { $name } tiedostoon { $file } [[staff]]-tauluna tai kirjoita nimi samoin kuin siellä.
roster-differs = Henkilön { $name } `{ $key }` on tässä { $plan } mutta henkilöstöluettelossa { $roster } ({ $file })
roster-differs-help = Jätä `{ $key }` pois, jolloin arvo otetaan henkilöstöluettelosta, tai korjaa luettelo, jos henkilön tiedot ovat muuttuneet.
roster-duplicate = { $name } on henkilöstöluettelossa kahdesti
roster-duplicate-help = Henkilöstöluettelossa kukin henkilö on kerran; suunnitelma viittaa häneen nimellä.
schema-did-you-mean = Tarkoititko `{ $suggestion }`?
schema-known-keys = Tunnetut avaimet: { $keys }.
schema-wrong-type = Avaimen `{ $key }` arvon on oltava { $expected }, ei { $found }
schema-unquote = Kirjoita arvo ilman lainausmerkkejä: { $key } = { $value }
schema-unknown-value = `{ $value }` ei ole kelvollinen `{ $key }`
schema-expected-one-of = Sallitut arvot: { $values }.
schema-empty = `{ $key }` ei saa olla tyhjä
schema-bad-date = `{ $key }` ei ole todellinen kalenteripäivä
schema-date-range = Kentän `{ $key }` päivämäärän on oltava välillä 1.1.0001–30.12.9999
schema-date-time = Avaimen `{ $key }` on oltava päivämäärä (VVVV-KK-PP) ilman kellonaikaa tai aikavyöhykettä
schema-out-of-range = `{ $key }` on sallitun alueen ulkopuolella
schema-range = Avaimen `{ $key }` on oltava väliltä { $min }–{ $max }
schema-format = Tämä on suunnitelmaformaatti { $found }; oras-check lukee formaattia 1
schema-not-array-of-tables = `{ $key }` on taulujen taulukko: kirjoita [[{ $key }]], ei [{ $key }]
schema-not-table = `{ $key }` on yksittäinen taulu: kirjoita [{ $key }], ei [[{ $key }]]
schema-edition-number = Avaimen `edition` on oltava merkkijono: kirjoita edition = "{ $value }"
schema-end-before-start = Jakso päättyy { $end }, ennen kuin se alkaa { $start }
schema-duplicate-client = Asiakastunnusta `{ $id }` on käytetty kahdesti; tunnusten on oltava suunnitelmassa yksilöllisiä
schema-unknown-client = `{ $id }` ei ole tämän suunnitelman asiakas
schema-no-clients = Suunnitelmassa ei ole [[clients]]-tauluja.
schema-empty-clients = `clients` on tyhjä, joten yhteydenotto ei koske ketään
schema-empty-clients-help = Jätä `clients` pois, jos yhteydenotto koskee kaikkia asiakkaita, tai luettele asiakastunnukset.
schema-allow-without-reason = Tälle [[allow]]-poikkeukselle ei ole annettu perustetta
schema-allow-without-reason-help = Lisää reason = "…": miksi suunnitelma saa poiketa säännöstä (esimerkiksi Kelan myöntämä poikkeus ja sen viite).
schema-status-needs-table = Kurssi, jonka tila on "{ $status }", tarvitsee taulun { $table }
schema-cancellation-not-cancelled = [cancellation] on annettu, mutta kurssin tila on "{ $status }" eikä "cancelled"

edition-not-in-force = Palvelusta { $service } ei ole voimassa olevaa palvelukuvausta kurssille, joka alkaa { $start }
edition-unknown = Palvelulla { $service } ei ole palvelukuvausta "{ $edition }"
edition-list-help = Palvelun { $service } palvelukuvaukset: { $editions }. Kiinnitä jokin niistä avaimella course.edition, jos kurssi kuuluu toisen alle.
edition-none-help = Palvelun { $service } sääntöpakettia ei ole ladattu; tarkista --rules.
edition-pinned = course.edition kiinnittää palvelukuvauksen { $edition } (kurssit, jotka alkavat { $range }), mutta tämä kurssi alkaa { $start }; kiinnitettyä palvelukuvausta käytetään
course-start = course.start on { $start }, mutta ensimmäinen kasvokkainen jakso alkaa { $first }; säännöt lasketaan course.startista
course-start-help = course.start on ensimmäinen kasvokkainen päivä: korjaa ne samoiksi.

allow-unknown-rule = [[allow]] nimeää tuntemattoman säännön `{ $rule }`
allow-unknown-rule-help = `oras-check rules` luettelee sääntöjen tunnukset.
allow-unsuppressible = Sääntöä `{ $rule }` ei voi ohittaa [[allow]]-poikkeuksella

## Tietosuoja

personal-data = Suunnitelmassa on suomalainen henkilötunnus ({ $masked })
personal-data-help = Korvaa se pseudonyymillä. Suunnitelmissa ei saa koskaan olla henkilötunnuksia; tunnusta ei näytetä missään tulosteessa.

## Poikkeukset

unused-allow = Tämä säännön `{ $rule }` [[allow]]-poikkeus ei ohittanut mitään
unused-allow-client = Tämä säännön `{ $rule }` [[allow]]-poikkeus asiakkaalle { $client } ei ohittanut mitään
unused-allow-help = Poista se tai tarkista säännön tunnus ja asiakas: vanhentunut poikkeus piilottaa seuraavan todellisen havainnon.

not-checked-missing-dates = Ei tarkistettu { $count ->
    [one] asiakkaan { $clients }
   *[other] asiakkaiden { $clients }
    } osalta: { $keys } puuttuu

## Ryhmän koko

group-size-max = Kurssilla on { $count } { $count ->
    [one] asiakas
   *[other] asiakasta
    }; { $unit ->
        [group] ryhmään
       *[course] kurssille
    } voi osallistua enintään { $max }
group-size-max-label = { $position }. asiakas
group-size-max-help = Siirrä { $max }. asiakkaan jälkeiset asiakkaat toiselle kurssille; enimmäismäärää ei voi ylittää, ei edes toiselta kurssilta siirtyvien asiakkaiden vuoksi.
group-size-min = Kurssilla on { $count } { $count ->
    [one] asiakas
   *[other] asiakasta
    }; { $unit ->
        [group] ryhmää
       *[course] kurssia
    } ei saa aloittaa, jos asiakkaita on alle { $min }
group-size-min-help = Hanki vähintään { $min } asiakasta, siirrä alkamista tai siirrä asiakkaat toiselle kurssille ja peru tämä kurssi.
start-threshold-must-start = Kurssin tila on { $status }, vaikka päätös on { $count ->
    [one] { $count } asiakkaalla
   *[other] { $count } asiakkaalla
    }; kun päätöksiä on vähintään { $threshold }, kurssi on aloitettava aikataulun mukaisesti
start-threshold-must-start-help = Kun asiakkaita on vähintään { $threshold }, palveluntuottajan on aloitettava kurssi aikataulun mukaisesti; palauta tila ja pidä päivämäärät.
start-threshold-below = Kurssilla on { $count } { $count ->
    [one] asiakas
   *[other] asiakasta
    }, vähemmän kuin aloitusraja { $threshold }; aloittaminen vähintään { $min } asiakkaalla on palveluntuottajan harkinnassa

## Kasvokkaiset jaksot

onsite-periods-count = Suunnitelmassa on { $count ->
    [one] { $count } kasvokkainen jakso
   *[other] { $count } kasvokkaista jaksoa
    }; palvelukuvauksessa niitä on täsmälleen { $expected }
onsite-periods-count-help = Suunnittele täsmälleen { $expected } [[periods]]-taulua, joissa kind = "onsite".
onsite-periods-extra-label = { $position }. kasvokkainen jakso
onsite-periods-days-each = Kasvokkainen jakso { $start } – { $end } kestää { $days } { $days ->
    [one] vuorokauden
   *[other] vuorokautta
    }; kukin kasvokkainen jakso kestää { $expected } vuorokautta
onsite-periods-days-each-help = Tee jaksosta { $expected } vuorokauden pituinen (vuorokaudet = loppu − alku + 1).
onsite-periods-days-total = Kasvokkaiset jaksot kestävät yhteensä { $days } vuorokautta; palvelukuvauksessa { $expected }
onsite-periods-days-total-help = Jaa { $expected } kasvokkaista vuorokautta jaksoille.
onsite-weekdays = Kasvokkaiseen jaksoon { $start } – { $end } sisältyy { $count ->
    [one] sunnuntai ({ $sundays })
   *[other] { $count } sunnuntaita ({ $sundays })
    }
onsite-weekdays-help = Kasvokkainen kuntoutus toteutetaan maanantaista lauantaihin; siirrä jaksoa niin, ettei siihen sisälly sunnuntaita.
periods-span = Kasvokkaiset jaksot ajoittuvat välille { $first } – { $last } eli yli { $months } kuukauden ajalle; viimeisen kasvokkaisen päivän on oltava viimeistään { $limit }
periods-span-help = Pidä viimeinen kasvokkainen jakso viimeistään { $limit }.
day-length = { $hours } tunnin kuntoutuspäivä on lyhyempi kuin { $min } tuntia
day-length-help = Kasvokkaisen kuntoutuspäivän pituus on vähintään { $min } tuntia.
day-length-guided = { $hours } tuntia ohjattua kuntoutusta päivässä on vähemmän kuin palvelukuvauksen keskimäärin { $min } tuntia päivässä
day-length-guided-help = Suunnittele ohjattua kuntoutusta keskimäärin noin { $min } tuntia päivässä.

## Etäkuntoutus

remote-period-none-allowed = Palvelukuvauksessa { $edition } ei ole etäkuntoutusta, mutta suunnitelmassa on etäkuntoutusjakso
remote-period-none-allowed-help = Poista etäkuntoutusjakso tai kiinnitä se palvelukuvaus, jota kurssi todella noudattaa.
remote-period-missing = Etäkuntoutusjaksoa ei ole suunniteltu; palvelukuvauksessa kasvokkaisten jaksojen välissä on { $weeks } viikon etäkuntoutusjakso
remote-period-missing-help = Lisää [[periods]]-taulu, jossa kind = "remote", ensimmäisen ja toisen kasvokkaisen jakson väliin ({ $weeks } viikkoa).
remote-period-several = Suunnitelmassa on { $count } etäkuntoutusjaksoa; palvelukuvauksessa niitä on täsmälleen yksi
remote-period-several-help = Yhdistä ne yhdeksi etäkuntoutusjaksoksi kasvokkaisten jaksojen väliin.
remote-period-position = Etäkuntoutusjakso { $start } – { $end } ei sijoitu kahden ensimmäisen kasvokkaisen jakson väliin
remote-period-position-help = Etäkuntoutusjakso alkaa ensimmäisen kasvokkaisen jakson päätyttyä ja päättyy ennen toisen alkua.
remote-period-length = Etäkuntoutusjakso kestää { $days } päivää; palvelukuvauksen mukaan etäkuntoutusjakso kestää { $weeks } viikkoa ({ $expected } päivää)
remote-period-length-help = Pidä etäkuntoutusjakson pituus enintään { $tolerance } päivän päässä { $expected } päivästä.
remote-guidance = { $hours } tuntia ohjausta asiakasta kohden on vähemmän kuin vaaditut { $min }
remote-guidance-help = Jokainen asiakas saa etäkuntoutusjakson aikana vähintään { $min } tuntia verkkokuntoutuksen ohjausta.
remote-guidance-not-stated = Ohjaustunteja asiakasta kohden ei ole ilmoitettu; vaaditaan vähintään { $min }
remote-guidance-not-stated-help = Ilmoita etäkuntoutusjaksolle guidance_hours_per_client.

## Yhteydenotot

pre-contact-missing = Ennakkoyhteydenottoa ei ole suunniteltu
pre-contact-missing-client = Asiakkaalle { $client } ei ole suunniteltu ennakkoyhteydenottoa
pre-contact-missing-help = Suunnittele yksi [[contacts]]-taulu, jossa kind = "pre", ennen kurssin alkua.
pre-contact-several = { $uneven ->
    [yes] Asiakasta kohden on suunniteltu enintään { $count } ennakkoyhteydenottoa
   *[other] Suunnitelmassa on { $count } ennakkoyhteydenottoa
    }; palvelukuvauksessa niitä on yksi
pre-contact-several-client = Asiakkaalle { $client } on suunniteltu { $count } ennakkoyhteydenottoa; palvelukuvauksessa niitä on yksi
pre-contact-several-help = Pidä yksi ennakkoyhteydenotto asiakasta kohden.
pre-contact-late = Ennakkoyhteydenotto { $date } ei ole ennen kurssin alkua { $start }
pre-contact-late-help = Ennakkoyhteydenotto tehdään ennen ensimmäistä kasvokkaista päivää.
pre-contact-window = Ennakkoyhteydenotto { $date } on { $days } päivää ennen kurssin alkua; palvelukuvauksen mukaan noin 3 viikkoa ennen ({ $min }–{ $max } päivää)
pre-contact-window-help = Tee se välillä { $earliest } – { $latest }.

interim-outside-remote = Väliyhteydenotto { $date } on etäkuntoutusjakson ulkopuolella ({ $start } – { $end })
interim-outside-no-remote = Väliyhteydenoton { $date } on sijoituttava etäkuntoutusjaksolle, mutta suunnitelmassa { $count ->
    [0] ei ole etäkuntoutusjaksoa
   *[other] on { $count } etäkuntoutusjaksoa
    }
interim-outside-between = Väliyhteydenotto { $date } ei sijoitu kahden kasvokkaisen jakson väliin
interim-outside-help = Siirrä yhteydenotto sille kuuluvaan ajankohtaan.
interim-missing = { $uneven ->
    [yes] Enintään { $have }
   *[other] { $have }
    } / { $required } vaadittua väliyhteydenottoa on suunniteltu { $window }
interim-missing-client = Asiakkaalla { $client } on { $have } / { $required } vaadittua väliyhteydenottoa { $window }
interim-missing-help = Suunnittele jokaiselle asiakkaalle { $required } väliyhteydenottoa { $window }.
interim-extra = Suunnitelmassa on { $uneven ->
    [yes] enintään { $count }
   *[other] { $count }
    } väliyhteydenottoa; palvelukuvauksessa niitä on { $required }
interim-extra-client = Asiakkaalle { $client } on suunniteltu { $count } väliyhteydenottoa; palvelukuvauksessa niitä on { $required }
interim-extra-help = Ylimääräiset yhteydenotot eivät kuulu palvelukuvaukseen; tarkista, että ne ovat tarkoituksellisia.

follow-up-missing = Viimeisen kasvokkaisen jakson jälkeen ei ole suunniteltu seurantayhteydenottoa
follow-up-missing-client = Asiakkaalla { $client } on { $count } seurantayhteydenottoa; vaaditaan vähintään { $min }
follow-up-missing-help = Suunnittele [[contacts]]-taulu, jossa kind = "follow-up", viimeisen kasvokkaisen päivän jälkeen.
follow-up-too-many = Suunnitelmassa on { $uneven ->
    [yes] enintään { $count }
   *[other] { $count }
    } seurantayhteydenottoa; palvelukuvauksessa niitä on enintään { $max }
follow-up-too-many-client = Asiakkaalle { $client } on suunniteltu { $count } seurantayhteydenottoa; palvelukuvauksessa niitä on enintään { $max }
follow-up-too-many-help = Pidä seurantayhteydenottoja enintään { $max } asiakasta kohden.
follow-up-early = Seurantayhteydenotto { $date } ei ole viimeisen kasvokkaisen päivän { $last } jälkeen
follow-up-early-help = Seurantayhteydenotot tehdään viimeisen kasvokkaisen jakson jälkeen.
follow-up-window = Seurantayhteydenotto { $date } ei ole { $from }–{ $to } kuukautta viimeisen kasvokkaisen päivän { $last } jälkeen
follow-up-window-help = Tee se välillä { $earliest } – { $latest }.
course-duration = Viimeinen seurantayhteydenotto { $date } on yli { $months } kuukautta kurssin alkamispäivän { $start } jälkeen; sen on oltava viimeistään { $limit }
course-duration-help = Tee viimeinen seurantayhteydenotto viimeistään { $limit }.

## Asiakaskohtaiset

client-preliminary-agreement = Kurssin ajankohta sovittiin asiakkaan { $client } kanssa { $agreed } eli { $days } päivää päätöksen saapumisen { $received } jälkeen; määräaika on { $limit } päivää
client-preliminary-agreement-help = Sovi kurssin ajankohta asiakkaan kanssa viimeistään { $deadline }.
client-confirmation = Asiakkaalle { $client } ilmoitettiin kurssin vahvistunut ajankohta { $sent } eli yli { $months } kuukautta päätöksen { $decision } jälkeen; määräaika päättyi { $limit }
client-confirmation-help = Ilmoita asiakkaalle vahvistunut ajankohta viimeistään { $limit }.
client-decision-window = Asiakkaan { $client } kuntoutus päättyy { $end } eli yli { $months } kuukautta päätöksen { $decision } jälkeen; kuntoutuksen on päätyttävä viimeistään { $limit }
client-decision-window-help = Tee asiakkaan viimeinen seurantayhteydenotto viimeistään { $limit } tai ilmoita Kelan viranomaislinjalle ja asiakkaalle, ettei kuntoutusta voida toteuttaa ajoissa.
client-duration = Asiakkaan { $client } kuntoutus kestää päätöksestä { $decision } päivään { $end }, alle { $months } kuukautta
client-duration-help = Palvelukuvauksen mukainen kokonaiskesto on 8–20 kuukautta; viimeinen seurantayhteydenotto { $shortest } tai myöhemmin täyttää sen.
client-age = Asiakas { $client } on { $age }-vuotias; kurssi on vähintään { $min }-vuotiaille
client-age-help = Tarkista asiakkaan ikä kurssin alkaessa (course.start); alle { $min }-vuotiaat eivät voi osallistua.
allowance-age = Asiakas { $client } on { $age }-vuotias; kuntoutusrahaa maksetaan vain { $min }–{ $max }-vuotiaille
allowance-age-all = Kukaan asiakkaista ei ole { $min }–{ $max }-vuotias; kuntoutusrahaa ei voi maksaa kenellekään heistä
allowance-age-help = Kerro asianomaisille asiakkaille hyvissä ajoin, ettei kurssi oikeuta kuntoutusrahaan.
allowance-days = { $count ->
    [one] Kasvokkainen päivä osuu
   *[other] { $count } kasvokkaista päivää osuu
    } sunnuntaille tai arkipyhälle: { $days }; { $count ->
    [one] siltä
   *[other] niiltä
    } ei makseta kuntoutusrahaa
allowance-days-help = Siirrä kasvokkaiset päivät pois sunnuntailta ja arkipyhiltä tai kerro asiakkaille, ettei niiltä makseta kuntoutusrahaa.

## Henkilöstö

staff-physician-missing = Moniammatillisessa tiimissä ei ole erikoislääkäriä
staff-physician-missing-help = Lisää [[staff]]-taulu, jossa role = "specialist-physician".
staff-physician-specialty = Erikoislääkärin { $name } erikoistumisala on { $specialty }; tämä palvelukuvaus edellyttää: { $wanted }
staff-physician-no-specialty = Erikoislääkärin { $name } erikoistumisalaa ei ole ilmoitettu; tämä palvelukuvaus edellyttää: { $wanted }
staff-physician-specialty-help = Ilmoita specialty = jokin seuraavista: { $wanted }, tai lisää lääkäri, jolla se on.
staff-mandatory = Kukaan tiimistä ei täytä pakollista ammattihenkilön paikkaa: { $roles }
staff-mandatory-help = Lisää [[staff]]-tauluun henkilö, joka on { $roles }.
staff-mandatory-taken-help = Jokainen, joka voisi olla { $roles }, täyttää jo toisen paikan; yksi henkilö täyttää vain yhden paikan.
staff-optional-in-team = Tiimissä on { $count } valinnaista ammattihenkilöä; vaaditaan vähintään { $min }
staff-optional-in-team-help = Lisää vähintään { $min } seuraavista: { $roles }.
staff-optional-unavailable = Palveluntuottajalla on oltava käytettävissään { $roles }
staff-optional-unavailable-help = Lisää hänet [[staff]]-tauluun; in_team = false, jos hän ei ole tämän kurssin tiimissä.
staff-personal-instructor-missing = Kukaan tiimistä ei ole omaohjaaja
staff-personal-instructor-missing-help = Merkitse pakolliselle ammattihenkilölle personal_instructor = true.
staff-personal-instructor-role = { $name } on omaohjaaja, mutta ammattinimikkeellä { $role } hän ei ole pakollinen ammattihenkilö
staff-personal-instructor-role-help = Omaohjaaja on yksi pakollisista ammattihenkilöistä: { $roles }.
staff-service-manager-missing = Palveluvastaavaa ei ole nimetty
staff-service-manager-missing-help = Merkitse yhdelle henkilöstön jäsenelle service_manager = true.
staff-service-manager-several = { $count } henkilöä on merkitty palveluvastaavaksi; palvelukuvauksessa nimetään täsmälleen yksi
staff-service-manager-several-help = Pidä service_manager = true vain yhdellä henkilöllä.
staff-service-manager-unlicensed = Palveluvastaavaa ({ $name }) ei ole merkitty laillistetuksi terveydenhuollon ammattihenkilöksi
staff-service-manager-unlicensed-help = Palveluvastaava on Valviran laillistama terveydenhuollon ammattihenkilö: aseta licensed = true tai nimeä henkilö, joka on.

## Tilat, vakuutukset, mittarit

facilities-absent = Suunnitelman mukaan toimipisteessä ei ole palvelukuvauksen edellyttämää tilaa: `{ $item }`
facilities-absent-help = Toimipisteessä on oltava se: `{ $item }` = true.
facilities-pool = Allastilat: "{ $pool }"
facilities-pool-help = Palvelukuvaus edellyttää allastiloja: { $accepted }.
facilities-not-stated = Suunnitelmassa ei ilmoiteta, onko toimipisteessä palvelukuvauksen edellyttämät tilat: { $items }
facilities-not-stated-help = Ilmoita ne [facilities]-taulussa (true, kun toimipisteessä on ne).
accommodation-elsewhere = Asiakkaita ei majoiteta samassa toimipisteessä, jossa kuntoutus toteutuu
accommodation-elsewhere-help = Asiakas on majoitettava samassa toimipisteessä, jossa kasvokkainen kuntoutus toteutuu.
mode-residential = laitosmuotoinen
mode-outpatient = avomuotoinen
accommodation-mode = Kasvokkainen jakso { $period } on { $mode }; asiakas on majoitettava samassa toimipisteessä, jossa kuntoutus toteutuu
accommodation-mode-help = Jokaisen kasvokkaisen jakson on oltava { $modes }: kirjoita mode = "residential" ja majoita asiakkaat toimipisteessä.
accommodation-not-stated = Suunnitelmassa ei ilmoiteta, majoitetaanko asiakkaat toimipisteessä
accommodation-not-stated-help = Ilmoita accommodation_on_site [facilities]-taulussa.
accommodation-room = Huonetaso on "other"; palvelukuvaus edellyttää kahden hengen huonetta, jossa on WC ja suihku
accommodation-room-help = Käytä room_standard = "double-with-bathroom" (tai "single-with-bathroom", kun yhden hengen huone on perusteltu).
insurance-absent = Suunnitelman mukaan palveluntuottajalla ei ole: { $kind }
insurance-absent-help = Palveluntuottajalla on oltava se asiakasta ja kuntoutukseen osallistuvaa läheistä varten.
insurance-not-stated = Suunnitelmassa ei ilmoiteta: { $kinds }
insurance-not-stated-help = Ilmoita ne [insurance]-taulussa (true, kun palveluntuottajalla on ne).
measurements-not-stated = Suunnitelmassa ei ole [measurements]-taulua; palvelukuvaus edellyttää mittarit { $required }
measurements-not-stated-help = Lisää [measurements], jossa instruments = palvelukuvauksen mittarit.
measurements-missing = { $count ->
    [one] Vaadittu mittari puuttuu
   *[other] { $count } vaadittua mittaria puuttuu
    }: { $missing }
measurements-missing-help = Käytä mittareita { $required }.

## Määräajat

feedback-late = Asiakkaan { $client } kuntoutuspalaute lähetettiin { $sent } eli yli { $days } päivää viimeisen tapaamisen { $last } jälkeen; määräaika päättyi { $deadline }
feedback-late-help = Toimita kuntoutuspalaute määräajassa; sen on oltava perillä Kelassa määräajan sisällä.
feedback-overdue = Asiakkaan { $client } kuntoutuspalaute piti toimittaa viimeistään { $deadline } (viimeinen tapaaminen { $last }), eikä sitä ole merkitty lähetetyksi (tilanne { $as_of })
feedback-overdue-help = Lähetä kuntoutuspalaute ja merkitse feedback_sent.
feedback-due = Asiakkaan { $client } kuntoutuspalaute on toimitettava viimeistään { $deadline } ({ $days } päivää viimeisen tapaamisen { $last } jälkeen)
feedback-due-all = Kaikkien asiakkaiden kuntoutuspalautteet on toimitettava viimeistään { $deadline } ({ $days } päivää viimeisen tapaamisen { $last } jälkeen)
invoice-late = { $kind ->
    [onsite] Kasvokkainen jakso
   *[other] Etäkuntoutusjakso
    }, joka päättyi { $end }, laskutettiin { $invoiced } eli yli { $months } kuukautta jakson päättymisen jälkeen; laskutusaika päättyi { $deadline }
invoice-late-help = Laskuta kukin jakso laskutusajan kuluessa; Kela voi jättää laskutusajan jälkeen saapuneen laskun maksamatta.
invoice-overdue = { $kind ->
    [onsite] Kasvokkainen jakso
   *[other] Etäkuntoutusjakso
    }, joka päättyi { $end }, piti laskuttaa viimeistään { $deadline }, eikä sitä ole merkitty laskutetuksi (tilanne { $as_of })
invoice-overdue-help = Laskuta jakso ja merkitse `invoiced`.
invoice-due = { $kind ->
    [onsite] Kasvokkainen jakso
   *[other] Etäkuntoutusjakso
    }, joka päättyy { $end }, on laskutettava viimeistään { $deadline }

## Raportin asettelu

severity-error = virhe
severity-warning = varoitus
severity-note = huomautus
report-col-rule = Sääntö
report-col-severity = Vakavuus
report-col-count = Määrä
report-col-suppressed = Ohitettu
report-col-plans = Suunnitelmia
report-cross-heading = Suunnitelmien välillä (yhdessä tarkistetut kurssit):
report-help-label = ohje
report-line-too-long = kohdassa { $path }:{ $line }:{ $column } (ei näytetä: siellä on { $length } tavun pituinen rivi)
report-source = Lähde: { $cited }: “{ $quote }”
report-general-part = palvelukuvauksen yleinen osa, lainattu: { $cited }
report-plan-heading = { $path } — tarkistettu palvelukuvauksen { $edition } mukaan, tilanne { $as_of }
report-plan-heading-unchecked = { $path } — ei voitu tarkistaa
report-total = { $errors ->
    [one] { $errors } virhe
   *[other] { $errors } virhettä
    }, { $warnings ->
    [one] { $warnings } varoitus
   *[other] { $warnings } varoitusta
    }, { $notes ->
    [one] { $notes } huomautus
   *[other] { $notes } huomautusta
    }{ $suppressed ->
    [0] {""}
    [one] {" "}({ $suppressed } ohitettu)
   *[other] {" "}({ $suppressed } ohitettua)
    }
report-total-clean = Ei virheitä, varoituksia eikä huomautuksia{ $suppressed ->
    [0] {""}
    [one] {" "}({ $suppressed } ohitettu)
   *[other] {" "}({ $suppressed } ohitettua)
    }
report-total-unchecked = { $errors ->
    [one] { $errors } virhe
   *[other] { $errors } virhettä
    } korjattava ensin
report-total-plans = { $plans ->
    [one] { $plans } suunnitelma
   *[other] { $plans } suunnitelmaa
    }{ $unchecked ->
    [0] {""}
   *[other] {" "}({ $unchecked } ei tarkistettavissa)
    }: yhteensä { $errors ->
    [one] { $errors } virhe
   *[other] { $errors } virhettä
    }, { $warnings ->
    [one] { $warnings } varoitus
   *[other] { $warnings } varoitusta
    }, { $notes ->
    [one] { $notes } huomautus
   *[other] { $notes } huomautusta
    }

## Peruminen ja siirtäminen

cancellation-after-start = Kurssi peruttiin { $date }, sen alettua { $start }
cancellation-after-start-help = Alkanutta kurssia ei peruta; päätä se ja ilmoita keskeyttäneet asiakkaat.
cancellation-empty-help = Kun päätöksiä ei ole, peru kurssi välillä { $earliest } – { $latest }, mieluiten viimeistään { $safe } (3 viikkoa ennen).
cancellation-empty-early = Kurssi peruttiin { $date } eli yli { $months } kuukautta ennen kurssin alkua; aikaisin perumispäivä oli { $earliest }
cancellation-empty-late = Kurssi peruttiin { $date } eli alle { $days } päivää ennen kurssin alkua; viimeinen perumispäivä oli { $latest }
cancellation-empty-unsafe = Kurssi peruttiin { $date } eli alle 3 viikkoa ennen kurssin alkua ({ $safe } jälkeen); kurssi on peruttava viimeistään 2 viikkoa ennen alkua
cancellation-near-minimum-early = Kurssi peruttiin { $date }, kun päätöksiä oli { $count }, eli yli { $days } päivää ennen kurssin alkua; aikaisin perumispäivä oli { $earliest }
cancellation-near-minimum-early-help = Kun päätöksiä on lähellä vähimmäismäärää, odota { $earliest } asti: asiakkaita voi vielä tulla.
cancellation-notice = Tieto kurssin perumisesta ei tavoita: { $missing }
cancellation-notice-help = Ilmoita kaikille kolmelle ja merkitse heidät notified-kenttään: { $ids }.
postponement-year = Kurssi siirrettiin { $original } alkavasta { $new } alkavaksi, toiselle vuodelle
postponement-year-help = Kurssin voi siirtää alkamaan vain myöhemmin samana vuonna; muuten peru se.
postponement-start = Siirretty alkamispäivä { $new } ei ole kurssin alkamispäivä { $start }
postponement-start-help = Aseta course.start uudeksi alkamispäiväksi.

## Ryhmäterapia

therapy-kind = Terapiamuoto { $therapy } on vain yksilöterapiaa; Kela ei järjestä sitä ryhmäterapiana
therapy-kind-help = Suunnittele se yksilöterapiana tai valitse terapia, jota Kela järjestää ryhmissä: { $therapies }.
therapy-leaders-required = Turvallisuussyistä { $therapy } toteutetaan { $required } ammattihenkilön ({ $role }) valvonnassa; tiimissä on { $count }
therapy-leaders-required-help = Lisää tiimiin henkilöitä, joilla role = "{ $role }", kunnes heitä on { $required }.
therapy-leaders-none = Ryhmää ei ohjaa kukaan terapeutti
therapy-leaders-none-help = Lisää terapeutti [[staff]]-tauluun.
therapy-leaders-several = Tiimissä on { $count } terapeuttia; ryhmäterapiaa ohjaa { $leaders }
therapy-leaders-several-help = Pidä tiimissä yksi ohjaava terapeutti tai merkitse muille in_team = false.
therapy-age-group-mixed = Ryhmässä on sekä lapsia ja nuoria ({ $children }) että vähintään { $adult_age }-vuotiaita aikuisia ({ $adults }); ryhmän kokoa ei tarkisteta
therapy-age-group-mixed-help = Ryhmät muodostetaan iän mukaan: jaa asiakkaat lasten ja nuorten ryhmään ja aikuisten ryhmään.
therapy-age-group-unknown = Ikäryhmä ei ole tiedossa: { $count ->
    [one] asiakkaalta { $clients } puuttuu
   *[other] asiakkailta { $clients } puuttuu
    } ikä; ryhmän kokoa ei tarkisteta
therapy-age-group-unknown-help = Ilmoita jokaisen asiakkaan ikä kurssin alkaessa.

## Sääntöjen kuvaukset: yhden rivin yhteenveto (`rules`-taulukko) ja .doc, jonka `explain` tulostaa

rule-plan-syntax = Tiedosto on kelvollista UTF-8-muotoista TOMLia
    .doc = Suunnitelman on oltava UTF-8-tekstitiedosto, joka on kelvollista TOMLia. Mahdottomat päivämäärät, kuten 2025-11-31, ovat syntaksivirheitä: TOML-jäsennin hylkää ne. Myös tiedostot, joita ei voi lukea lainkaan (puuttuva, kansio, kokoraja ylittyy), ilmoitetaan tämän säännön alla. Suunnitelmaa, jossa on syntaksivirhe, ei tarkisteta pidemmälle.
rule-plan-schema = Suunnitelma noudattaa suunnitelmaformaattia
    .doc = Jokaisen avaimen on oltava tunnettu (kirjoitusvirheeseen ehdotetaan oikeaa avainta), jokaisen arvon oikeaa tyyppiä ja sallittu sana, pakolliset avaimet mukana, jaksot eivät pääty ennen alkuaan, asiakastunnukset yksilöllisiä, yhteydenotot nimeävät vain suunnitelman asiakkaita ja [[allow]]-poikkeuksilla on peruste ja tunnettu sääntö. Kurssin alkamispäivälle on oltava voimassa oleva palvelukuvaus. Kaikki tällaiset ongelmat ilmoitetaan kerralla; suunnitelmaa, jossa niitä on, ei tarkisteta pidemmälle.
rule-personal-data = Tiedostossa ei ole suomalaista henkilötunnusta
    .doc = Suunnitelmat koskevat terveyteen liittyvää kuntoutusta. Kelvollinen suomalainen henkilötunnus (syntymäaika, välimerkki, yksilönumero ja oikea tarkistusmerkki) missä tahansa tiedostossa, myös kommenteissa, on virhe. Itse tunnusta ei koskaan tulosteta: kaikki tulosteet näyttävät sen peitettynä muodossa ******-****. Käytä asiakastunnuksina pseudonyymejä.
rule-unused-allow = Jokainen [[allow]]-poikkeus ohittaa jotakin
    .doc = [[allow]]-poikkeus, joka ei vastaa yhtään havaintoa, on vanhentunut: sen kirjaama poikkeus ei enää ole voimassa, ja se piilottaisi huomaamatta säännön seuraavan todellisen havainnon.
rule-edition-pinned = Voimassaoloaikansa ulkopuolelle kiinnitetystä palvelukuvauksesta huomautetaan
    .doc = course.edition kiinnittää palvelukuvauksen vuoden perusteella. Kun kurssin alkamispäivä on palvelukuvauksen voimassaoloajan ulkopuolella, kiinnitettyä palvelukuvausta käytetään silti, ja tämä huomautus kertoo sen.
rule-course-start = course.start on ensimmäinen kasvokkainen päivä
    .doc = Suunnitelman muodossa course.start on ensimmäisen kasvokkaisen jakson ensimmäinen päivä. Säännöt lasketaan siitä (ennakkoyhteydenotto, kurssin kokonaiskesto, asiakkaiden iät, voimassa oleva palvelukuvaus), joten suunnitelma, jonka ensimmäinen kasvokkainen jakso alkaa muuna päivänä, saa tämän huomautuksen. Peruttua kurssia ei tarkisteta.
rule-group-size-max = Asiakkaita ei ole enempää kuin palvelukuvauksen enimmäismäärä
    .doc = Laskee asiakkaat, joiden tila (status) on "enrolled" tai "transferred-in", ja ilmoittaa ensimmäisen enimmäismäärän ylittävän asiakkaan. Enimmäismäärää ei voi ylittää, ei edes toiselta kurssilta siirtyvien asiakkaiden vuoksi. Ryhmäterapiassa enimmäismäärä määräytyy ryhmän ikäryhmän ja terapian mukaan.
rule-group-size-min = Asiakkaita ei ole vähemmän kuin palvelukuvauksen vähimmäismäärä
    .doc = Kurssia ei saa aloittaa ryhmäkoon vähimmäismäärää pienemmällä asiakasmäärällä. Havainto on virhe, kun kurssi on vahvistettu, alkanut tai päättynyt, ja varoitus, kun se on suunnitteilla; siirrettyä tai peruttua kurssia ei tarkisteta. Ryhmäterapiassa vähimmäismäärä määräytyy ikäryhmän ja terapian mukaan, ja alitus on aina virhe.
rule-start-threshold = Aloitusrajan saavuttanut kurssi alkaa aikataulun mukaisesti
    .doc = Kun päätöksiä on aloitusrajan verran, palveluntuottajan on aloitettava kurssi aikataulun mukaisesti: kurssin peruminen tai siirtäminen on silloin virhe. Kurssista, joka alkaa alle aloitusrajan (mutta vähintään vähimmäismäärällä), annetaan huomautus: se on palveluntuottajan harkinnassa.
rule-onsite-periods = Kasvokkaisten jaksojen määrä ja pituus
    .doc = Laskee kasvokkaiset jaksot ja niiden vuorokaudet (loppu − alku + 1): kunkin on kestettävä palvelukuvauksen mukainen määrä vuorokausia, tai yhteensä palvelukuvauksen mukainen määrä.
rule-onsite-weekdays = Kasvokkaiset päivät ovat maanantaista lauantaihin
    .doc = Omaishoitajan kuntoutuskurssi toteutetaan "maanantai–lauantai": kasvokkainen jakso, johon sisältyy sunnuntai, on virhe.
rule-periods-span = Kasvokkaiset jaksot palvelukuvauksen aikarajan sisällä
    .doc = Viimeinen kasvokkainen päivä saa olla enintään palvelukuvauksen kuukausimäärän päässä ensimmäisestä kasvokkaisesta päivästä (kalenterikuukausina, lyhyemmän kuukauden viimeiseen päivään rajattuna).
rule-remote-period = Yksi palvelukuvauksen mittainen etäkuntoutusjakso kasvokkaisten jaksojen välissä
    .doc = Palvelukuvauksissa, joissa on etäkuntoutusta, on täsmälleen yksi etäkuntoutusjakso ensimmäisen kasvokkaisen jakson jälkeen ja ennen toista. Pituus, joka poikkeaa palvelukuvauksen pituudesta enemmän kuin sallitun verran, on virhe: kesto on kiinteä. Palvelukuvaukset ilman etäkuntoutusta hylkäävät kaikki etäkuntoutusjaksot.
rule-remote-guidance = Riittävästi ohjausta asiakasta kohden etäkuntoutusjaksolla
    .doc = Etäkuntoutusjakso antaa jokaiselle asiakkaalle vähintään palvelukuvauksen mukaiset ohjaustunnit. Kun guidance_hours_per_client puuttuu, huomautus kertoo, ettei sääntöä voitu tarkistaa.
rule-day-length = Riittävän pitkät kasvokkaiset päivät ja riittävästi ohjattua kuntoutusta
    .doc = Kasvokkaisen jakson hours_per_day alle vähimmäismäärän on virhe ja sen ilmoittamatta jättäminen huomautus; guided_hours_per_day alle palvelukuvauksen keskiarvon on varoitus, eikä ilmoittamatta jätettyä guided_hours_per_day-arvoa tarkisteta.
rule-pre-contact = Yksi ennakkoyhteydenotto ennen kurssin alkua
    .doc = Jokaisella asiakkaalla on täsmälleen yksi ennakkoyhteydenotto ennen course.start-päivää. Oras 2021 edellyttää lisäksi, että se tehdään noin kolme viikkoa ennen (14–28 päivää; sen ulkopuolella varoitus). Yhteydenotot ilman clients-luetteloa koskevat kaikkia asiakkaita.
rule-interim-contacts = Väliyhteydenotot oikeaan aikaan
    .doc = Jokaisella asiakkaalla on palvelukuvauksen mukainen määrä väliyhteydenottoja kussakin ajanjaksossa: etäkuntoutusjakson aikana (yksilölliset kuvapuhelut) tai peräkkäisten kasvokkaisten jaksojen välissä. Kaikkien ajanjaksojen ulkopuolella oleva yhteydenotto on virhe, vaadittua pienempi määrä virhe ja suurempi varoitus.
rule-follow-up-contacts = Seurantayhteydenotot viimeisen kasvokkaisen jakson jälkeen
    .doc = Jokaisella asiakkaalla on vähintään palvelukuvauksen mukainen määrä seurantayhteydenottoja, eikä enempää kuin sen enimmäismäärä, kaikki viimeisen kasvokkaisen päivän jälkeen. Oras 2021 edellyttää, että ne tehdään noin 2–3 kuukauden kuluttua siitä: yli 3 kuukauden kuluttua tehty seurantayhteydenotto on varoitus ja alle 2 kuukauden kuluttua tehty huomautus.
rule-course-duration = Kurssi päättyy palvelukuvauksen kokonaiskeston sisällä
    .doc = Viimeinen seurantayhteydenotto saa olla enintään palvelukuvauksen kuukausimäärän päässä course.start-päivästä.
rule-client-preliminary-agreement = Ajankohta sovittu 2 viikon kuluessa päätöksen saapumisesta
    .doc = Kunkin asiakkaan preliminary_agreement saa olla enintään niin monta päivää decision_received-päivän jälkeen kuin palvelukuvauksessa määrätään. Merkitsemätön päivä on virhe, kun --as-of on määräajan jälkeen, ja sitä ennen huomautus. Asiakkaat, joita ei voitu tarkistaa, luetellaan huomautuksessa, joka nimeää vain puuttuvat avaimet.
rule-client-confirmation = Vahvistunut ajankohta ilmoitettu 6 kuukauden kuluessa päätöksestä
    .doc = Kunkin asiakkaan confirmation_sent saa olla enintään palvelukuvauksen kuukausimäärän päässä päätöksestä (kalenterikuukausina, lyhyemmän kuukauden viimeiseen päivään rajattuna). Merkitsemätön päivä on virhe, kun --as-of on määräajan jälkeen, ja sitä ennen huomautus. Asiakkaat, joita ei voitu tarkistaa, luetellaan huomautuksessa, joka nimeää vain puuttuvat avaimet.
rule-client-decision-window = Kuntoutus päättyy 20 kuukauden kuluessa päätöksestä
    .doc = Asiakkaan kuntoutuskokonaisuuden on toteuduttava seurantayhteydenottoineen palvelukuvauksen kuukausimäärän kuluessa päätöksestä. Päättymispäivä on viimeisin asiakasta koskeva seurantayhteydenotto tai, jos sitä ei ole, viimeinen kasvokkainen päivä.
rule-client-duration = Kuntoutus kestää vähintään palvelukuvauksen lyhimmän keston
    .doc = Palvelukuvaus määrittää kokonaiskeston päätöksestä viimeiseen seurantayhteydenottoon; asiakkaasta, jonka kuntoutus jää sen alarajaa lyhyemmäksi, annetaan varoitus.
rule-client-age = Asiakkaat ovat kurssille riittävän vanhoja
    .doc = Palvelukuvauksen vähimmäisikää (Oras-kurssilla ja omaishoitajan kurssilla 18, allasterapiassa 4) nuorempi asiakas on virhe.
rule-allowance-age = Kuntoutusrahaa maksetaan vain 16–67-vuotiaille
    .doc = Asiakas, joka ei ole 16–67-vuotias, ei voi saada kuntoutusrahaa kurssipäiviltä. Tämä on tieto asiakkaalle, ei suunnitelman virhe.
rule-staff-physician = Tiimissä on hyväksytyn erikoistumisalan erikoislääkäri
    .doc = Tiimiin kuuluu erikoislääkäri, jonka erikoistumisalan palvelukuvaus hyväksyy (mikä tahansa tai ilmoittamaton, kun palvelukuvaus ei määritä sitä). Lääkäri, jolla in_team = false, ei täytä paikkaa.
rule-staff-mandatory = Jokainen pakollinen ammattihenkilön paikka on täytetty
    .doc = Jokainen pakollinen paikka tarvitsee oman tiimiin kuuluvan henkilön, jolla on jokin paikan ammattinimikkeistä (ja palvelukuvauksen niin määrätessä pätevyys). Yksi henkilö täyttää yhden paikan: henkilöt sovitetaan paikkoihin, ei jaeta ahneesti.
rule-staff-optional = Riittävästi valinnaisia ammattihenkilöitä, kaikki käytettävissä
    .doc = Vähintään palvelukuvauksen mukainen määrä valinnaisia paikkoja on täytetty tiimiin kuuluvilla henkilöillä, joita ei tarvita pakollisiin paikkoihin, ja palveluntuottajalla on kaikki valinnaiset ammattihenkilöt käytettävissään (tässä tiimissä tai in_team = false).
rule-staff-personal-instructor = Tiimissä on omaohjaaja
    .doc = Vähintään yksi tiimin jäsen on omaohjaaja. Kun palvelukuvauksen mukaan omaohjaaja on yksi pakollisista ammattihenkilöistä (omaishoitajan kuntoutuskurssi), jokainen omaohjaaja on jokin niistä; työfysioterapeutti lasketaan fysioterapeutiksi.
rule-staff-service-manager = Täsmälleen yksi laillistettu palveluvastaava
    .doc = Täsmälleen yksi henkilöstön jäsen on palveluvastaava, ja hänen ammattinsa on laillistettu terveydenhuollon ammatti (erikoislääkäri, psykologi, sairaanhoitaja, terveydenhoitaja, fysioterapeutti, työfysioterapeutti tai toimintaterapeutti) ja hän on laillistettu (licensed = true). Palveluvastaavan ei tarvitse kuulua tämän kurssin tiimiin.
rule-facilities = Vaaditut tilat ovat olemassa
    .doc = Jokainen palvelukuvauksen edellyttämä tila on ilmoitettava true-arvolla; false on virhe, ilmoittamatta jättäminen varoitus. Kun palvelukuvaus edellyttää allastiloja, ne voivat olla toimipisteessä tai muualla palvelukuvauksen sallimalla tavalla.
rule-accommodation = Asiakkaat majoitetaan toimipisteessä kahden hengen huoneissa, joissa on WC ja suihku
    .doc = accommodation_on_site = false tai kasvokkainen jakso muodossa, jota palvelukuvaus ei salli (avomuotoinen omaishoitajan kuntoutuskurssilla), on virhe; ilmoittamatta jättäminen tai room_standard = "other" on varoitus. Oras 2025 -kurssilla, joka voi olla avomuotoinen, ilmoitetaan vain room_standard = "other", ja vain jos kurssilla on laitosmuotoinen kasvokkainen jakso.
rule-insurance = Vaaditut vakuutukset ovat voimassa
    .doc = Toiminnan vastuuvakuutus, potilasvakuutus ja ryhmämuotoinen tapaturmavakuutus: false on virhe, ilmoittamatta jättäminen varoitus.
rule-measurements = Hyödyn arvioinnin mittareita käytetään
    .doc = [measurements]-taulun instruments-luettelossa on oltava jokainen palvelukuvauksen edellyttämä mittari; puuttuva [measurements]-taulu on varoitus.
rule-feedback-deadline = Kuntoutuspalaute 2 viikon kuluessa viimeisestä tapaamisesta
    .doc = Kunkin asiakkaan kuntoutuspalaute toimitetaan palvelukuvauksessa määrätyssä ajassa (päivinä) asiakkaan viimeisestä tapaamisesta (last_meeting tai viimeisin asiakkaan kasvokkaisista päivistä ja yhteydenotoista). Lähettämätön palaute on määräajan jälkeen (--as-of) virhe ja ennen sitä huomautus. Keskeyttäneestä asiakkaasta (withdrawn), jolta puuttuu feedback_sent, tulee huomautus: lyhyt kuntoutuspalaute toimitetaan Kelaan, jos asiakkaan kuntoutus on keskeytynyt (määräaikaa ei ole annettu).
rule-invoice-deadline = Jokainen jakso laskutetaan 2 kuukauden kuluessa sen päättymisestä
    .doc = Jokainen kasvokkainen jakso ja etäkuntoutusjakso laskutetaan palvelukuvauksen kuukausimäärän kuluessa sen päättymisestä. Laskuttamaton jakso on määräajan jälkeen (--as-of) virhe ja ennen sitä huomautus.
rule-allowance-days = Kasvokkaisia päiviä ei ole sunnuntaina eikä arkipyhänä
    .doc = Kuntoutusrahaa maksetaan arkipäiviltä maanantaista lauantaihin, ei sunnuntailta eikä arkipyhiltä. Kasvokkainen päivä sellaisena päivänä on varoitus asiakkaiden toimeentulon vuoksi. Pääsiäinen lasketaan; sunnuntaita, jonka onsite-weekdays jo ilmoitti, ei ilmoiteta uudelleen. Kasvokkaisesta jaksosta, jonka hours_per_day on alle 4, tulee huomautus: kuntoutusrahaa voi saada kuntoutuspäivältä, joka kestää matkoineen vähintään 4 tuntia.
rule-cancellation-window = Peruminen sallitulla ajanjaksolla
    .doc = Jos kurssille on tulossa 0 asiakasta, kurssin voi perua aikaisintaan 2 kuukautta ja viimeistään 2 viikkoa ennen alkua (alle 3 viikkoa ennen on varoitus). Jos päätöksiä on lähellä vähimmäismäärää, aikaisintaan 3 viikkoa ennen. Ei koskaan alun jälkeen.
rule-cancellation-notice = Perumisesta ilmoitetaan kaikille
    .doc = Perutusta kurssista ilmoitetaan Kelan viranomaislinjalle, asiakkaille ja Kelan kuntoutuspalvelujen ryhmälle (notified).
rule-postponement = Siirto samana vuonna suunnitelman alkamispäivään
    .doc = Kurssin voi siirtää alkamaan vain myöhemmin samana kalenterivuonna (uusi alkamispäivä, joka on sama kuin alkuperäinen tai sitä aiempi, on virhe), ja uuden alkamispäivän on oltava course.start.
rule-therapy-kind = Terapiaa järjestetään ryhmäterapiana
    .doc = Taideterapia, perheterapia ja kumpikin ratsastusterapia ovat vain yksilöterapiaa. Niistä ilmoitetaan vain tämän säännön havainto.
rule-therapy-leaders = Ryhmällä on ohjaajansa
    .doc = Allasterapia toteutetaan kahden fysioterapeutin valvonnassa; muuta ryhmäterapiaa ohjaa yksi terapeutti (ei yhtään on virhe, useampi varoitus). Jokainen tiimin jäsen lasketaan terapeutiksi.
rule-therapy-age-group = Ryhmät muodostetaan iän mukaan
    .doc = Lapset ja nuoret (alle 18-vuotiaat) ja aikuiset (vähintään 18-vuotiaat) muodostavat eri ryhmät. Sekaryhmä on varoitus, eikä sen kokoa tarkisteta; asiakas, jolta puuttuu ikä, jättää ikäryhmän tuntemattomaksi (huomautus).

## Käsin vahvistettavat vaatimukset

manual-health-description = Jokainen asiakas on toimittanut kuvauksen terveydentilastaan (esim. hoitokertomuskopion) tai antanut kirjallisen luvan Kanta-asioinnin terveystietoihin.
manual-invitation-letter = Kutsukirje ja esitietolomake on lähetetty jokaiselle asiakkaalle.
manual-start-discussion = Aloituskeskustelu käydään ensimmäisen kasvokkaisen jakson aikana omaohjaajan ja erikoislääkärin kanssa.
manual-remote-orientation = Asiakkaat perehdytetään etäkuntoutukseen ensimmäisen kasvokkaisen jakson aikana.
manual-final-discussion = Viimeisen kasvokkaisen jakson lopussa käydään yksilöllinen loppukeskustelu omaohjaajan kanssa.
manual-omapolku-content = OMApolku-verkkokuntoutuksen sisältöjä käytetään kokonaisuudessaan.
manual-guidance-one-at-a-time = Etäkuntoutuksen ohjauksen toteuttaa yksi moniammatillisen tiimin ammattihenkilö kerrallaan.
manual-twenty-month-notice = Jos asiakkaan kuntoutusta ei voida toteuttaa 20 kuukauden kuluessa päätöksestä, asiasta on ilmoitettu Kelan viranomaislinjalle ja asiakkaalle.
manual-service-manager-expertise = Palveluvastaavalla on ymmärrys asiakasryhmän erityistarpeista.
manual-consent-ku5 = Jokaiselta asiakkaalta on pyydetty suostumus tutkimukseen osallistumiseen (lomake KU5); allekirjoitettu lomake toimitetaan Kelaan.
manual-feedback-by-post = Kuntoutuspalaute toimitetaan Kelaan postitse, ja se on perillä määräajassa.
manual-measurements-reported = Vuoden aikana tehdyt arviointimittaukset toimitetaan Kelaan raportointivuoden määräaikaan (31.3.) mennessä.
manual-participation-certificate = Jokaiselle asiakkaalle on laadittu osallistumistodistus kuntoutusrahaa varten, ja uusi todistus laaditaan, jos tiedot muuttuvat.
manual-pre-contact-content = Ennakkoyhteydenotossa varmistetaan kuntoutuksen soveltuvuus ja oikea-aikaisuus, kerrotaan sisällöstä ja mukaan otettavista tarvikkeista ja kuullaan asiakkaan toiveet ja erityistarpeet.
manual-start-meeting = Kuntoutuksen alussa asiakkaalle järjestetään palaveri, jossa ovat mukana omaohjaaja ja erikoislääkäri.
manual-individual-meetings = Jokaisella asiakkaalla on yksilölliset haastattelut, väliarviointi ja loppukeskustelu omaohjaajan ja tarvittavien asiantuntijoiden kanssa.
manual-interim-contact-length = Väliyhteydenotot kestävät keskimäärin 30 minuuttia, ja ne tekee omaohjaaja tai muu moniammatillisen tiimin jäsen.
manual-invoice-forms = Laskutuksessa käytetään Kelan lomakkeita KU 206 ja KU 201, ja laskut postitetaan, ei sähköpostitse.
manual-schedule-changes = Palveluntuottaja vie aikataulumuutokset (siirron) itse Kelan kurssijärjestelmään.
manual-individual-goals = Jokaisen asiakkaan yksilöllinen tavoite ja kuntoutustarve otetaan ryhmässä huomioon.
manual-device-loan = Palveluntuottaja lainaa tarvittaessa asiakkaalle laitteen etäkuntoutukseen osallistumista varten.
manual-online-guidance = Asiakkaita ohjataan verkkokuntoutukseen osallistumisessa.
manual-video-session-length = Yksilölliset kuvapuhelut kestävät keskimäärin 45 minuuttia.
manual-rehabilitation-plan = Jokaisen asiakkaan terapia perustuu hänen kuntoutussuunnitelmaansa.
manual-municipality = Palveluntuottaja on ilmoittanut tarjouksessaan palvelevansa asiakkaiden kotikuntia.

## rules-, explain- ja kattavuuskomennot

catalogue-edition-heading = { $title } ({ $id }): kurssit, jotka alkavat { $range }
catalogue-col-rule = Sääntö
catalogue-col-severity = Vakavuus
catalogue-col-checks = Mitä tarkistetaan
catalogue-col-source = Lähde
catalogue-col-document = Asiakirja
catalogue-col-requirement = Vaatimus
catalogue-col-how = Miten
catalogue-col-editions = Palvelukuvaukset
catalogue-every-plan = Jokaisesta suunnitelmasta tarkistetaan lisäksi: { $rules }.
catalogue-across-plans = Yhdessä tarkistettuja suunnitelmia verrataan lisäksi: { $rules }.
catalogue-manual-heading = Vahvista lisäksi käsin:
catalogue-checked-by = tarkistetaan
catalogue-by-hand = käsin
catalogue-no-editions = Mikään palvelukuvaus ei vastaa valintoja --service ja --edition.
catalogue-unknown-rule = Tuntematon sääntö `{ $rule }`
catalogue-unknown-rule-help = `oras-check rules` luettelee sääntöjen tunnukset.
explain-severity = Vakavuus: { $severities }
explain-applies-everywhere = Koskee jokaista suunnitelmaa palvelukuvauksesta riippumatta.
explain-applies-across = Koskee useaa samalla kertaa tarkistettua suunnitelmaa niiden palvelukuvauksista riippumatta.
explain-not-in-force = Ei voimassa: { $editions }.
explain-parameters = Arvot:
explain-no-parameters = Arvot: ei arvoja
explain-carried = Periytetty palvelukuvauksesta { $from }: palvelukuvauksen { $edition } lähde ei mainitse sitä.
explain-interpretation = Tulkinta: { $text }
explain-source = Lähde: { $cited }
explain-manual = Käsin vahvistettava vaatimus, jota ei tarkisteta suunnitelmasta.
checklist-heading = Vahvista lisäksi käsin palvelukuvauksen { $edition } mukaan (ei näy suunnitelmasta):
verify-ok = { $editions } palvelukuvausta, { $citations } lainausta ja { $rules } sääntöä tarkistettu{ $sources ->
    [yes] {" "}lähdeasiakirjoista
   *[no] {""}
    }
verify-problems = Sääntöpaketeissa on { $count ->
    [one] { $count } ongelma
   *[other] { $count } ongelmaa
    }

## Poikkeuskäytäntö

expired-allow = Säännön `{ $rule }` [[allow]]-poikkeus päättyi { $expires } eikä enää ohita mitään
expired-allow-help = Uusi poikkeus (ja sen viite) uudella päättymispäivällä tai poista [[allow]] ja korjaa suunnitelma.
forbidden-allow = Sääntöä `{ $rule }` ei saa ohittaa tässä projektissa (no-allow tiedostossa oras-check.toml)
forbidden-allow-help = Korjaa suunnitelma; [[allow]]-poikkeus jätetään huomiotta.

## Suunnitelmien välillä

staff-double-booked = { $name } on tämän kurssin kasvokkaisella jaksolla { $start } – { $end } ja myös suunnitelmassa { $other } (rivi { $line }), jonka kasvokkaiset päivät ovat samaan aikaan ({ $from } – { $to })
staff-double-booked-help = Sama henkilö ei voi olla kahden kurssin kasvokkaisella jaksolla yhtä aikaa: tarkista aikataulut tai erota henkilöt nimillä.
client-double-booked = Asiakas { $client } on myös suunnitelmassa { $other } (rivi { $line }), kurssilla, joka on samaan aikaan kuin tämä ({ $from } – { $to })
client-double-booked-help = Asiakas osallistuu yhdelle kurssille kerrallaan: tarkista asiakkaiden kurssit tai anna asiakkaille eri tunnukset.

rule-expired-allow = Päättymispäivänsä ohittanut [[allow]]-poikkeus lakkaa ohittamasta
    .doc = [[allow]]-poikkeuksella voi olla expires = PÄIVÄ, viimeinen päivä, jona se on voimassa. Sen jälkeen (--as-of) se ei ohita mitään, ja tämä varoitus kertoo sen, jotta tilapäinen poikkeus ei jää voimaan perusteensa jälkeen.
rule-forbidden-allow = Säännöt, joiden ohittamisen projekti kieltää
    .doc = Asetustiedoston no-allow luettelee säännöt, joita CI ei anna suunnitelman ohittaa. Tällaisen säännön [[allow]]-poikkeus on virhe eikä ohita mitään.
rule-staff-double-booked = Sama henkilö kahden päällekkäisen kurssin kasvokkaisella jaksolla
    .doc = Kun useita suunnitelmia tarkistetaan yhdessä, henkilö, joka kuuluu kahden sellaisen kurssin tiimiin, joiden kasvokkaiset jaksot ovat samaan aikaan, ilmoitetaan molemmissa suunnitelmissa. Henkilö tunnistetaan henkilöstöluettelosta, jos oras-check.toml nimeää sellaisen, muuten saman nimen ja ammatin perusteella.
rule-client-double-booked = Sama asiakas kahdella päällekkäisellä kurssilla
    .doc = Tarkistetaan vain, kun oras-check.toml-tiedostossa on client-ids = "provider-wide": muuten asiakastunnus on yksilöllinen vain suunnitelmansa sisällä, ja kahden kurssin A01 ovat eri henkilöitä. Silloin, kun useita suunnitelmia tarkistetaan yhdessä, asiakastunnus, joka on kahdella samaan aikaan toteutuvalla kurssilla, ilmoitetaan molemmissa suunnitelmissa.

## Kuukaudet (aikajanan akseli)

month-1 = tammi
month-2 = helmi
month-3 = maalis
month-4 = huhti
month-5 = touko
month-6 = kesä
month-7 = heinä
month-8 = elo
month-9 = syys
month-10 = loka
month-11 = marras
month-12 = joulu

## Aikajana

timeline-title = Aikajana
timeline-heading = { $path } — { $edition }
timeline-onsite = Kasvokkain
timeline-remote = Etäkuntoutus
timeline-contacts = Yhteydenotot
timeline-days-off = Pyhäpäivät
timeline-findings = Havainnot
timeline-legend-onsite = kasvokkaiset päivät
timeline-legend-remote = etäkuntoutus
timeline-legend-window = päätöksestä määräaikaan
timeline-legend-pre = ennakkoyhteydenotto
timeline-legend-interim = väliyhteydenotto
timeline-legend-follow-up = seurantayhteydenotto
timeline-legend-sunday = sunnuntai kasvokkaisella jaksolla
timeline-legend-holiday = arkipyhä kasvokkaisella jaksolla
timeline-legend-decision = kuntoutuspäätös
timeline-legend-confirmation = ajankohta vahvistettava viimeistään
timeline-legend-limit = kuntoutuksen päätyttävä viimeistään
timeline-legend-error = virhe
timeline-legend-warning = varoitus
timeline-legend-today = tarkistuspäivä
timeline-scale = Yksi sarake on { $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
    }.

## Määräajat

deadlines-heading = { $path } — { $edition }, tilanne { $as_of }
deadlines-none = Mikään ei erääntymässä.
deadlines-bad-span = `{ $span }` ei ole ajanjakso, kuten 30d, 6w tai 2m
deadlines-col-date = Päivä
deadlines-col-what = Mitä
deadlines-col-client = Asiakas
deadlines-col-status = Tilanne
due-preliminary-agreement = Sovi kurssin ajankohta asiakkaan kanssa
due-confirmation = Ilmoita asiakkaalle vahvistunut ajankohta
due-decision-window = Kuntoutuksen viimeinen sallittu päättymispäivä (päätös + 20 kuukautta)
due-pre-contact = Ennakkoyhteydenotto
due-interim-contact = Väliyhteydenotto
due-follow-up-contact = Seurantayhteydenotto
due-invoice = Laskuta { $kind ->
    [onsite] { $ordinal }. kasvokkainen jakso
   *[other] { $ordinal }. etäkuntoutusjakso
    }
due-feedback = Kuntoutuspalaute Kelaan
due-measurement-report = Toimita vuoden { $year } arviointimittaukset
due-cancel-earliest = Aikaisin perumispäivä, jos päätöksiä ei ole
due-cancel-near-minimum = Aikaisin perumispäivä, jos kurssille on tehty päätöksiä lähelle vähimmäismäärää
due-cancel-latest = Viimeinen perumispäivä, jos päätöksiä ei ole
due-done = tehty { $on }
due-done-late = tehty { $on }, { $days ->
    [one] { $days } päivän myöhässä
   *[other] { $days } päivää myöhässä
    }
due-overdue = { $days ->
    [one] { $days } päivän myöhässä
   *[other] { $days } päivää myöhässä
    }
due-today = tänään
due-left = { $days ->
    [one] { $days } päivän päästä
   *[other] { $days } päivän päästä
    }
due-ago = { $days ->
    [one] { $days } päivä sitten
   *[other] { $days } päivää sitten
    }

## Kalenteri

ics-period = { $course }: { $ordinal }. { $kind ->
    [onsite] kasvokkainen jakso
   *[other] etäkuntoutusjakso
    }
ics-event = { $course }: { $what }
ics-event-client = { $course }: { $what } ({ $client })
ics-deadline = { $course }, määräaika: { $what }
ics-deadline-client = { $course }, määräaika: { $what } ({ $client })

## HTML-raportti

html-meta = Tilanne { $as_of }; tarkistettu: oras-check { $version }
html-footer = Tarkistettu Kelan palvelukuvausten mukaan sellaisina kuin ne on kirjattu oras-checkiin; lainaukset ovat sanatarkasti lähteistä.
summary-col-errors = Virheitä
summary-col-warnings = Varoituksia
summary-col-notes = Huomautuksia
html-col-plan = Suunnitelma
html-col-edition = Palvelukuvaus
html-col-where = Rivi
html-col-finding = Havainto
html-findings = Havainnot
html-not-checked = ei voitu tarkistaa
html-checked-against = Tarkistettu palvelukuvauksen { $edition } mukaan
html-suppressed = Ohitettu: { $reason }
report-total-clean-short = Ei virheitä, varoituksia eikä huomautuksia.

## init

init-header = Suunnitelmapohja palvelukuvauksen { $edition } mukaiselle kurssille, alkaa { $start }; kirjoittanut oras-check init. Vahvista tai muuta jokainen arvo; kommentit kertovat, mitä kukin osa on.
init-check-hint = Tarkista se komennolla: oras-check suunnitelma.toml
init-start-moved = Jos kurssi alkaisi { $asked }, kasvokkainen päivä osuisi arkipyhälle tai sunnuntaille ({ $reason }); kurssi alkaa siksi { $start }.
init-periods = Jaksot: päivämäärät on valittu palvelukuvauksen mukaisiksi, kasvokkaiset päivät pois sunnuntailta ja arkipyhiltä. Siirrä niitä aikataulusi mukaan; oras-check kertoo, jos siirto rikkoo sääntöä.
init-contacts = Yhteydenotot: yksi ennakkoyhteydenotto ennen alkua, palvelukuvauksen edellyttämät väliyhteydenotot ja seurantayhteydenotot viimeisen kasvokkaisen jakson jälkeen. Päivät ovat arkipäiviä.
init-clients = Asiakkaat: lisää jokaiselle asiakkaalle [[clients]]-taulu, tunnukseksi pseudonyymi (ei koskaan henkilötunnusta) ja päätöksen päivämäärät sitä mukaa kuin niitä tulee.
init-clients-group = Asiakkaat: palvelukuvauksen sallima pienin ryhmä; korvaa paikkamerkit pseudonyymeillä ja todellisilla ikävuosilla.
init-staff = Henkilöstö: yksi paikkamerkki (RENAME-…) kutakin vaadittua paikkaa kohden; oras-check varoittaa, kunnes jokainen nimeää henkilön. Tarkista ammattinimikkeet, erikoistumisalat, pätevyydet ja laillistukset.
init-staff-roster = Henkilöstö: kuhunkin vaadittuun paikkaan henkilöstöluettelosta henkilö, joka täyttää paikan vaatimukset (ammattinimike, pätevyydet, erikoistumisala, laillistus); paikkaan, jota kukaan luettelossa ei täytä, tulee paikkamerkki. Varmista, että jokainen heistä voi osallistua tähän kurssiin.
init-facilities = Palvelukuvauksen edellyttämät tilat on jätetty ilmoittamatta: poista kommenttimerkki kunkin kohdalta sen mukaan, mitä toimipisteessä todella on (true) tai ei ole (false). Siihen asti oras-check varoittaa.
init-insurance = Palvelukuvauksen edellyttämät vakuutukset on jätetty ilmoittamatta: poista kommenttimerkki kunkin palveluntuottajalla todella olevan vakuutuksen kohdalta. Siihen asti oras-check varoittaa.
init-measurements = Palvelukuvauksen edellyttämät hyödyn arvioinnin mittarit.
init-no-edition = Palvelusta { $service } ei ole voimassa olevaa palvelukuvausta kurssille, joka alkaa { $start }; palvelukuvaukset: { $editions }
init-therapy-needed = Ryhmäterapia tarvitsee valinnan --therapy (esim. --therapy music-therapy)
init-individual-only = Terapiamuoto { $therapy } on vain yksilöterapiaa; Kela ei järjestä sitä ryhmäterapiana

# Suomalaisittain kirjoitettu syöte ja fix
syntax-finnish-date = `{ $key }` on kirjoitettu suomalaisena päivämääränä ({ $found }); suunnitelmassa päivämäärät kirjoitetaan TOML-päivämäärinä
syntax-decimal-comma = Kentässä `{ $key }` on desimaalipilkku ({ $found }); TOML:ssa desimaalit kirjoitetaan pisteellä
syntax-bad-value = Rivin arvoa ei voi lukea TOML-muodossa: kirjoita teksti lainausmerkkeihin ("…"), päivämäärät muodossa 2026-03-03 ja desimaalit pisteellä (6.5) [TOML: { $detail }]
syntax-leading-zero = Luku ei voi alkaa nollalla: kirjoita 3 eikä 03 ja päivämäärä muodossa 2026-03-03 [TOML: { $detail }]
syntax-missing-equals = Avaimen jälkeen tulee = ja arvo: avain = arvo [TOML: { $detail }]
syntax-unclosed-string = Tekstiarvoa ei ole suljettu: päätä se samalla lainausmerkillä, jolla se alkaa [TOML: { $detail }]
syntax-unclosed-table = Taulun otsikkoa ei ole suljettu: kirjoita se muodossa [nimi] tai [[nimi]] [TOML: { $detail }]
syntax-duplicate-key = Sama avain on annettu samassa taulussa kahdesti: säilytä yksi [TOML: { $detail }]
write-as = Kirjoita: { $key } = { $value } (oras-check fix tekee tämän puolestasi)
output-is-input = { $path } on yksi tämän ajon lukemista tiedostoista (suunnitelma, asetustiedosto tai henkilöstöluettelo); raporttia ei kirjoiteta sen päälle. Anna -o-valitsimelle toinen tiedosto.
output-write-failed = Tiedostoon { $path } ei voi kirjoittaa: { $reason }. Siihen ei muutettu mitään.
output-stdout-failed = Tulostetta ei voi kirjoittaa: { $reason }
fix-duplicate-key = Avainta `{ $key }` ei nimetty uudelleen nimellä `{ $right }`, koska taulussa on jo `{ $right }`. Säilytä oikea ja poista toinen.
fix-wrong-unit = `{ $key } = { $value }` jätettiin ennalleen, koska arvo on eri yksikössä kuin se, jota `{ $key }` käyttää. Kirjoita `{ $key } = { $right }`.
fix-link-outside = { $path } on linkki kansion { $root } ulkopuolelle, joten se jätettiin ennalleen.
fix-changed-on-disk = Tiedosto { $path } muuttui levyllä korjauksen aikana, joten se jätettiin nykyiseen muotoonsa. Aja oras-check fix uudelleen.
fix-not-a-plan = { $path } ei ole kurssisuunnitelma (siinä ei ole [course]-taulua), joten fix ei muuta sitä.
fix-settings-file = { $path } on asetustiedosto tai henkilöstöluettelo eikä suunnitelma, joten fix ei muuta sitä.
fix-changed = { $path }:{ $line }: { $what }
fix-nothing = { $path }: ei korjattavaa
fix-not-toml = { $path }: ei ole TOML-muotoa korjaustenkaan jälkeen, jätettiin ennalleen ({ $detail })
fix-left = { $path }:{ $line }: korjattava itse: { $message }
placeholder = `{ $key }` on yhä oras-check init -komennon kirjoittama paikkamerkki { $value }
placeholder-help = Korvaa se oikealla arvolla ({ $key }): siihen asti suunnitelma ei kerro, kuka tai mikä se on.
rule-placeholder = oras-check init -komennon paikkamerkkejä ei ole jäljellä
    .doc = Arvo, jonka init kirjoitti palveluntuottajan korvattavaksi (RENAME-…: henkilöstön nimet, kurssin tunnus, palveluntuottaja, toimipiste, asiakastunnukset), on varoitus, kunnes se korvataan.

# Many plans in the planner's tools
timeline-heading-many = { $courses } kurssia samalla aika-akselilla: ensin kurssit, sitten tiimien henkilöt
timeline-staff = henkilöt:
timeline-legend-clash = kahdella kurssilla yhtä aikaa
timeline-legend-course = henkilön kurssi (kurssin rivin numero)
deadlines-heading-many = Määräajat { $courses } kurssilla, tilanne { $as_of }
deadlines-col-course = Kurssi
deadlines-bare-number = `{ $span }` tarvitsee yksikön: 14d (päivää), 6w (viikkoa) tai 2m (kuukautta)
ics-calendar-many = oras-check: { $courses } kurssia
ics-to-do = Tehtävä
timeline-clients-title = Asiakkaat: päätöksestä määräaikaan
html-overview = Kurssit ja tiimien henkilöt
sarif-not-checked = Suunnitelmaa { $path } ei voitu tarkistaa
deadlines-unknown-course = Annetuissa suunnitelmissa ei ole kurssia, jonka kurssinumero on { $course }
deadlines-unknown-course-help = Kurssinumerot ovat: { $codes }
deadlines-unknown-course-none = Yhdessäkään annetussa suunnitelmassa ei ole kurssinumeroa (`code` [course]-taulussa).

## Palveluntuottajan näkymät monesta kurssista (issue 23)
timeline-cancelled = peruttu
timeline-before = { $courses ->
    [one] { $courses } kurssi päättyi
   *[other] { $courses } kurssia päättyi
    } ennen { $from } (näytä valitsimella --all tai --from)
timeline-after = { $courses ->
    [one] { $courses } kurssi alkaa
   *[other] { $courses } kurssia alkaa
    } { $to } jälkeen (näytä valitsimella --to)
timeline-unchecked = { $plans ->
    [one] { $plans } suunnitelmaa ei voitu tarkistaa, eikä sitä ole piirretty:
   *[other] { $plans } suunnitelmaa ei voitu tarkistaa, eikä niitä ole piirretty:
    }
timeline-legend-start = alkamispäivä (tapaamiset eivät ole suunnitelmassa)
deadlines-clients = { $clients ->
    [one] { $clients } asiakas
   *[other] { $clients } asiakasta
    }
ics-clients = { $count ->
    [one] Asiakas
   *[other] Asiakkaat ({ $count })
    }: { $clients }
ics-courses = { $count ->
    [one] Kurssi
   *[other] Kurssit ({ $count })
    }: { $courses }
html-title-many = { $folder }, { $plans ->
    [one] { $plans } suunnitelma
   *[other] { $plans } suunnitelmaa
    }
html-col-course = Kurssi
html-col-first = Ensimmäinen päivä
html-col-last = Viimeinen päivä
html-col-status = Tila
html-col-team = Tiimi
html-col-next = Seuraava määräaika
html-status = { $status ->
    [planned] suunniteltu
    [confirmed] vahvistettu
    [started] alkanut
    [completed] päättynyt
    [postponed] siirretty
   *[cancelled] peruttu
    }
html-checklist-heading = Vahvista käsin: { $edition }
html-checklist-plans = { $plans ->
    [one] Koskee { $plans } suunnitelmaa, jolla on tämä palvelukuvaus
   *[other] Koskee { $plans } suunnitelmaa, joilla on tämä palvelukuvaus
    }; oras-check ei voi tarkistaa näitä kohtia.
schema-unknown-key-top = Tuntematon avain `{ $key }` suunnitelman ylätasolla

## Joulukuussa 2026 ratkaistut: yhteydenottojen kesto, myöhästyneet asiakaskohtaiset päivät, palveluvastaavan ammatti, lyhyt kuntoutuspalaute, lyhyet päivät

contact-length = { $kind ->
    [pre] Ennakkoyhteydenottojen
    [follow-up] Seurantayhteydenottojen
   *[interim] Väliyhteydenottojen
    } ilmoitettu kesto on keskimäärin { $average } minuuttia ({ $count ->
    [one] { $count } yhteydenotto
   *[other] { $count } yhteydenottoa
    }); palvelukuvauksen mukaan yhteydenoton kesto on keskimäärin { $expected } minuuttia
contact-length-help = { $count ->
    [one] Suunnittele yhteydenotto niin, että se kestää vähintään { $expected } minuuttia.
   *[other] Suunnittele nämä { $count } yhteydenottoa niin, että ne kestävät yhteensä vähintään { $total } minuuttia (keskimäärin { $expected } minuuttia) eli { $missing ->
        [one] { $missing } minuutin
       *[other] { $missing } minuuttia
        } nykyistä kauemmin.
    }
label-contact-minutes = lyhin, { $date }
follow-up-window-early = Seurantayhteydenotto { $date } on alle { $from } kuukautta viimeisen kasvokkaisen päivän { $last } jälkeen; palvelukuvauksen mukaan seurantayhteydenotot tehdään noin { $from }–{ $to } kuukauden kuluttua viimeisen kuntoutusjakson päättymisestä
day-length-not-stated = Kasvokkaisen jakson { $start } – { $end } kuntoutuspäivän pituutta (hours_per_day) ei ole ilmoitettu; kasvokkaisen kuntoutuspäivän pituus on vähintään { $min } tuntia
day-length-not-stated-help = Ilmoita kasvokkaiselle jaksolle hours_per_day.
allowance-days-short = Kasvokkaisen jakson { $start } – { $end } kuntoutuspäivän pituus on { $hours } h; kuntoutusrahaa voi saada kuntoutuspäivältä, joka kestää matkoineen vähintään { $min } tuntia
allowance-days-short-help = Kerro asiakkaille, että päivältä voi saada kuntoutusrahaa vain, jos kuntoutus ja matkat kestävät yhteensä vähintään { $min } tuntia.
client-preliminary-agreement-overdue = Kurssin toteutusajankohta piti sopia alustavasti asiakkaan { $client } kanssa viimeistään { $deadline } ({ $days } päivän kuluessa päätöksen saapumisesta { $received }), eikä preliminary_agreement-päivää ole merkitty (tilanne { $as_of })
client-preliminary-agreement-overdue-help = Sovi kurssin toteutusajankohta alustavasti asiakkaan kanssa ja merkitse preliminary_agreement.
client-confirmation-overdue = Asiakkaalle { $client } piti ilmoittaa kurssin vahvistunut ajankohta viimeistään { $deadline } ({ $months } kuukauden kuluessa päätöksestä { $decision }), eikä confirmation_sent-päivää ole merkitty (tilanne { $as_of })
client-confirmation-overdue-help = Ilmoita asiakkaalle vahvistunut ajankohta ja merkitse confirmation_sent.
staff-service-manager-role = Palveluvastaava ({ $name }) on { $role }, joka ei ole laillistettu terveydenhuollon ammattihenkilö
staff-service-manager-role-help = Palveluvastaava on terveydenhuollon ammattihenkilö, jolla on Valviran myöntämä oikeus harjoittaa ammattiaan laillistettuna ammattihenkilönä: { $roles }.
label-residential-period = laitosmuotoinen kasvokkainen jakso
feedback-withdrawn = Asiakkaan { $client } kuntoutus on keskeytynyt (withdrawn), eikä lyhyttä kuntoutuspalautetta ole merkitty toimitetuksi (feedback_sent)
feedback-withdrawn-help = Laadi lyhyt kuntoutuspalaute, toimita se Kelaan ja merkitse feedback_sent.
postponement-earlier = Kurssin uusi alkamispäivä { $new } ei ole alkuperäisen alkamispäivän { $original } jälkeen
postponement-earlier-help = Kurssin voi siirtää alkamaan vain myöhemmin samana vuonna.
due-measurement-report-carried = Toimita vuoden { $year } arviointimittaukset (määräaika on otettu myöhemmästä, vuoden 2025 lähteestä)
rule-contact-length = Yhteydenotot kestävät keskimäärin palvelukuvauksen mukaisen ajan
    .doc = Niiden yhteydenottojen, joiden keston palvelukuvaus antaa (väliyhteydenotot; Oras 2025 -kurssilla yksilölliset kuvapuhelut), ilmoitettujen minuuttien (minutes) keskiarvo on vähintään palvelukuvauksen keskiarvo; pienempi keskiarvo on varoitus. Yhteydenottoja ilman minutes-arvoa ei lasketa; jos kestoa ei ole ilmoitettu lainkaan, sääntö ei tarkista, ja tarkistuslista pyytää vahvistamaan keston käsin.
catalogue-by-hand-unless = käsin, jos suunnitelmassa ei ole tietoa (muuten { $rule })
explain-manual-unless = Käsin vahvistettava vaatimus vain silloin, kun suunnitelmassa ei ole tietoa; muuten sen tarkistaa { $rule }.

## Kielipalvelin (oras-check server)
server-other-plan = toinen suunnitelma
server-hover-weekday = { $date } on { $weekday }.
server-hover-holiday = Pyhäpäivä: { $holiday }.
server-hover-period = Osuu { $kind ->
    [onsite] kasvokkaiseen jaksoon
   *[other] etäkuntoutusjaksoon
} { $start }–{ $end }.
server-allow = Salli tämä havainto: [[allow]]-poikkeus säännölle { $rule } (kirjoita peruste)
server-fix-all = { $count ->
    [one] Tee korjaus, jonka oras-check fix osaa
   *[other] Tee kaikki { $count } korjausta, jotka oras-check fix osaa
}

## Hover documentation of the plan's keys (the JSON schema's descriptions)
key-doc-allow = Poikkeukset, joilla säännön havainnot ohitetaan.
key-doc-allow-client = Koskee vain tätä asiakasta.
key-doc-allow-expires = Viimeinen päivä, jona poikkeus on voimassa.
key-doc-allow-reason = Peruste, esimerkiksi Kelan myöntämä poikkeus ja sen viite.
key-doc-allow-rule = Säännön tunnus (`oras-check rules`).
key-doc-cancellation = Täytetään, kun course.status = "cancelled".
key-doc-cancellation-clients-with-decisions = Niiden asiakkaiden määrä, joilla oli perumispäivänä kuntoutuspäätös kurssille.
key-doc-cancellation-date = Päivä, jona kurssi peruttiin.
key-doc-cancellation-notified = Kenelle perumisesta ilmoitettiin.
key-doc-clients = Asiakkaat.
key-doc-clients-age = Ikä course.start-päivänä.
key-doc-clients-confirmation-sent = Päivä, jona asiakkaalle ilmoitettiin kurssin vahvistunut ajankohta.
key-doc-clients-decision = Päivä, jona Kela antoi kuntoutuspäätöksen.
key-doc-clients-decision-received = Päivä, jona päätös saapui palveluntuottajalle.
key-doc-clients-feedback-sent = Päivä, jona kuntoutuspalaute toimitettiin Kelaan.
key-doc-clients-id = Pseudonyymi, joka on yksilöllinen suunnitelman sisällä.
key-doc-clients-last-meeting = Asiakkaan viimeinen tapaaminen (oletuksena viimeisin asiakasta koskeva yhteydenotto tai jakson päivä).
key-doc-clients-preliminary-agreement = Päivä, jona kurssin ajankohta sovittiin alustavasti asiakkaan kanssa.
key-doc-clients-status = enrolled (osallistuu; oletus), transferred-in (siirtynyt toiselta kurssilta) tai withdrawn (keskeyttänyt).
key-doc-contacts = Yhteydenotot.
key-doc-contacts-clients = Niiden asiakkaiden tunnukset, joita yhteydenotto koskee; oletuksena kaikki asiakkaat.
key-doc-contacts-date = Yhteydenoton päivä.
key-doc-contacts-kind = pre (ennakkoyhteydenotto), interim (väliyhteydenotto) tai follow-up (seurantayhteydenotto).
key-doc-contacts-minutes = Suunniteltu kesto minuutteina.
key-doc-course = Kurssi (pakollinen).
key-doc-course-code = Kurssin numero Kelan kurssirekisterissä.
key-doc-course-edition = Kiinnittää palvelukuvauksen vuosiluvun mukaan, esimerkiksi "2021"; oletuksena `start`-päivänä voimassa oleva palvelukuvaus.
key-doc-course-language = Kieli, jolla kurssi toteutetaan.
key-doc-course-provider = Palveluntuottajan nimi.
key-doc-course-service = Palvelu, jonka sääntöpaketeilla suunnitelma tarkistetaan: oras, omaishoitaja tai group-therapy.
key-doc-course-site = Toimipiste.
key-doc-course-start = Ensimmäisen kasvokkaisen jakson ensimmäinen päivä aikataulun mukaan.
key-doc-course-status = Kurssin tila; oletuksena planned.
key-doc-course-target-group = Omaishoitajien kuntoutuskurssit: aikuista hoitavat (carers-of-adults) tai lasta hoitavat (carers-of-children) omaishoitajat.
key-doc-course-therapy = Ryhmäterapia: terapiamuoto. Taideterapiaa, perheterapiaa ja ratsastusterapiaa on vain yksilöterapiana.
key-doc-facilities = Toimipisteen tilat; pois jätetty avain tarkoittaa, että tietoa ei ole ilmoitettu.
key-doc-facilities-accommodation-on-site = Asiakkaat majoitetaan toimipisteessä.
key-doc-facilities-gym = Kuntosali.
key-doc-facilities-individual-meeting-room = Huone yksilötapaamisia varten.
key-doc-facilities-institutional-unit = Laitosyksikkö.
key-doc-facilities-pool = Allastilat: on-site (toimipisteessä), elsewhere (muualla) tai none (ei allastiloja).
key-doc-facilities-room-standard = Huoneet, joihin asiakkaat majoitetaan.
key-doc-facilities-second-group-room = Toinen ryhmätila.
key-doc-facilities-sports-hall = Liikuntasali.
key-doc-format = Suunnitelmaformaatti; 1.
key-doc-insurance = Palveluntuottajan vakuutukset.
key-doc-insurance-group-accident = Ryhmämuotoinen tapaturmavakuutus.
key-doc-insurance-liability = Toiminnan vastuuvakuutus.
key-doc-insurance-patient = Potilasvakuutus.
key-doc-measurements = Hyödyn arvioinnin mittarit.
key-doc-measurements-instruments = Mittarit: GAS, WHOQOL-BREF, BDI-21, AKV1.
key-doc-periods = Kasvokkaiset jaksot ja etäkuntoutusjaksot.
key-doc-periods-end = Jakson viimeinen päivä (kuuluu jaksoon).
key-doc-periods-guidance-hours-per-client = Vain etäkuntoutusjaksolla: ohjaustunnit, jotka kukin asiakas saa.
key-doc-periods-guided-hours-per-day = Vain kasvokkaisella jaksolla: ohjatun kuntoutuksen tunnit päivässä keskimäärin.
key-doc-periods-hours-per-day = Vain kasvokkaisella jaksolla: kuntoutuspäivän pituus tunteina.
key-doc-periods-invoiced = Päivä, jona jakso laskutettiin Kelalta.
key-doc-periods-kind = onsite (kasvokkainen jakso) tai remote (etäkuntoutusjakso).
key-doc-periods-mode = Vain kasvokkaisella jaksolla: residential (laitosmuotoinen) tai outpatient (avomuotoinen).
key-doc-periods-start = Jakson ensimmäinen päivä.
key-doc-postponement = Täytetään, kun course.status = "postponed".
key-doc-postponement-clients-with-decisions = Niiden asiakkaiden määrä, joilla oli siirtopäätöksen päivänä kuntoutuspäätös.
key-doc-postponement-date = Päivä, jona kurssin siirtämisestä päätettiin.
key-doc-postponement-new-start = Uusi alkamispäivä (= course.start).
key-doc-postponement-original-start = Alkamispäivä ennen kurssin siirtämistä.
key-doc-staff = Tiimi.
key-doc-staff-in-team = false: palveluntuottajan käytettävissä, mutta ei tämän kurssin tiimissä (oletuksena true).
key-doc-staff-licensed = Laillistettu terveydenhuollon ammattihenkilö (Valvira).
key-doc-staff-name = Tunniste, jonka palveluntuottaja tunnistaa (nimikirjaimet riittävät); henkilöstöluetteloa käytettäessä henkilön nimi luettelossa.
key-doc-staff-personal-instructor = Toimii asiakkaan omaohjaajana.
key-doc-staff-qualifications = Lisäpätevyydet.
key-doc-staff-role = Ammattinimike: englanninkielinen tunnus tai suomen- tai ruotsinkielinen nimike. Pakollinen, ellei palveluntuottajalla ole henkilöstöluetteloa.
key-doc-staff-service-manager = On kurssin palveluvastaava.
key-doc-staff-specialty = Lääkärin erikoisala: psychiatry (psykiatria), occupational-health (työterveyshuolto), general-practice (yleislääketiede) tai muu erikoisala vapaasti kirjoitettuna.

## Editions as output names them (the glossary's service names)
edition-oras-2021 = Oras 2021
edition-oras-2025 = Oras 2025
edition-omaishoitaja-2025 = Omaishoitaja 2025
edition-group-therapy-2024 = Ryhmäterapia 2024

## oras-check config: mistä kukin asetus tuli
config-origin-flag = valitsin { $flag }
config-origin-env = ympäristömuuttuja { $var }
config-origin-file = tiedosto { $path }
config-origin-found = löytyi: { $path }
config-origin-locale = kieliasetus { $var }
config-origin-default = oletus
config-none = (ei mitään)
config-built-in = (sisäänrakennetut)
config-roster-people = { $file } ({ $people ->
    [one] { $people } henkilö
   *[other] { $people } henkilöä
    })
config-root-origin = asetustiedoston kansio, muuten git-juuri, muuten nykyinen kansio
config-no-file = ei asetustiedostoa (oletusasetukset)
config-col-setting = Asetus
config-col-value = Arvo
config-col-from = Lähde

## Vakiovirhetulosteen etuliitteet ja väärin kirjoitettu komento
cli-prefix-error = virhe
cli-prefix-warning = varoitus
cli-prefix-help = ohje
cli-prefix-tip = vihje
cli-not-a-command = `{ $word }` ei ole tiedosto eikä komento
cli-did-you-mean = tarkoititko `{ $command }`?
cli-unknown-argument = odottamaton argumentti `{ $arg }`
cli-invalid-value = `{ $value }` ei kelpaa valitsimen `{ $arg }` arvoksi; sallitut arvot: { $valid }
cli-missing-value = valitsimelta `{ $arg }` puuttuu arvo
cli-not-a-date = valitsimelle `{ $arg }` annettu `{ $value }` ei ole päivämäärä (esimerkiksi 3.3.2026 tai 2026-03-03)
cli-invalid-value-plain = `{ $value }` ei kelpaa valitsimen `{ $arg }` arvoksi
cli-missing-argument = pakollinen argumentti puuttuu: { $arg }
cli-conflict = valitsimia `{ $arg }` ja `{ $other }` ei voi käyttää yhdessä
cli-number-of-values = valitsimelle `{ $arg }` annettiin väärä määrä arvoja
cli-bad-command-line = komentoriviä ei voitu tulkita
cli-usage = Käyttö
cli-more-information = Lisätietoja saat valitsimella `--help`.
