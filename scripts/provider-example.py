#!/usr/bin/env python3
"""Writes examples/provider/: the planning repository of one provider, as oras-check meets it in
CI every day (tests/provider.rs runs every command over it).

    python3 scripts/provider-example.py        # rewrites examples/provider/plans/

The plans are committed files: this script is how they were made, kept so that the repository
can be grown or moved on by a year without hand-editing forty plans. It writes only
examples/provider/plans/ and the roster; the configuration, the archive, the drafts, the
workflow and the non-plan files beside the plans are written by hand.

Two sites (Järvenranta and Koskela) share one roster. Each site's team runs one on-site week at
a time: the scheduler places every course on the first free weeks from its wished start, away
from public holidays. A few plans are broken on purpose and say so in their first lines.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, field

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "provider")
# The day the plans' statuses and recorded dates are written for: what is done by then is
# recorded, what is not yet due is not. tests/provider.rs checks on this day and the 29 after.
REF = dt.date(2026, 12, 7)
PROVIDER = "Järvenrannan Kuntoutus Oy"

D = dt.timedelta


def easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holidays(year: int) -> set[dt.date]:
    e = easter(year)
    fixed = [(1, 1), (1, 6), (5, 1), (12, 6), (12, 24), (12, 25), (12, 26)]
    days = {dt.date(year, m, d) for m, d in fixed}
    days |= {e - D(2), e, e + D(1), e + D(39), e + D(49)}
    for d in range(19, 26):
        day = dt.date(year, 6, d)
        if day.weekday() == 4:
            days |= {day, day + D(1)}
    for d in range(31, 38):
        day = dt.date(year, 10, 1) + D(d - 1)
        if day.weekday() == 5:
            days.add(day)
    return days


def free_of_holidays(start: dt.date, days: int) -> bool:
    span = [start + D(i) for i in range(days)]
    return not any(d in holidays(d.year) for d in span)


def monday(d: dt.date) -> dt.date:
    return d - D(d.weekday())


# The roster: every person once, with what belongs to the person (role, specialty,
# qualifications, licence). Plans name them and add only what belongs to the course.
ROSTER = [
    # Järvenranta
    ("Liisa Lääkäri", "specialist-physician", "general-practice", [], True),
    ("Pertti Psykiatri", "specialist-physician", "psychiatry", [], True),
    ("Sari Hoitaja", "nurse", None, ["psychiatric-specialisation"], True),
    ("Pia Psykologi", "psychologist", None, [], True),
    ("Frans Fysio", "physiotherapist", None, [], True),
    ("Tiina Toiminta", "occupational-therapist", None, [], True),
    ("Raija Ravitsemus", "nutritionist", None, [], None),
    ("Sonja Sosionomi", "socionom", None, [], None),
    # Koskela
    ("Kalle Koski", "specialist-physician", "occupational-health", [], True),
    ("Hanna Hoitaja", "sairaanhoitaja", None, ["mental-health-training-30-credits"], True),
    ("Petra Psykologi", "psykologi", None, [], True),
    ("Fiia Fysio", "fysioterapeutti", None, [], True),
    ("Toni Toiminta", "toimintaterapeutti", None, [], True),
    ("Rami Ravitsemus", "ravitsemusterapeutti", None, [], None),
    ("Sami Sosionomi", "sosionomi", None, [], None),
    # The therapy groups (both sites)
    ("Mirja Musiikki", "music-therapist", None, [], True),
    ("Aapo Allas", "physiotherapist", None, [], True),
    ("Aili Allas", "physiotherapist", None, [], True),
    ("Noora Neuro", "neuropsychologist", None, [], True),
    ("Pauli Puhe", "speech-therapist", None, [], True),
]

SITES = {
    "jarvenranta": {
        "site": "Kuntoutuskeskus Järvenranta",
        "letter": "J",
        "oras_physician": "Pertti Psykiatri",
        "physician": "Liisa Lääkäri",
        "nurse": "Sari Hoitaja",
        "psychologist": "Pia Psykologi",
        "physio": "Frans Fysio",
        "ot": "Tiina Toiminta",
        "nutritionist": "Raija Ravitsemus",
        "socionom": "Sonja Sosionomi",
    },
    "koskela": {
        "site": "Kuntoutuskoti Koskela",
        "letter": "K",
        "oras_physician": "Kalle Koski",
        "physician": "Kalle Koski",
        "nurse": "Hanna Hoitaja",
        "psychologist": "Petra Psykologi",
        "physio": "Fiia Fysio",
        "ot": "Toni Toiminta",
        "nutritionist": "Rami Ravitsemus",
        "socionom": "Sami Sosionomi",
    },
}


@dataclass
class Course:
    number: int
    service: str  # oras / omaishoitaja / group-therapy
    site: str
    wish: dt.date  # the wished start; the scheduler takes the first free Monday from it
    status: str | None = None  # None: from the dates and REF
    clients: int = 8
    therapy: str | None = None
    ages: list[int] | None = None
    forced: dt.date | None = None  # a start not moved by the scheduler (a double booking)
    broken: str | None = None  # why the plan is broken, for its first lines
    about: str = ""
    edits: list = field(default_factory=list)  # functions (lines) -> lines
    staff: dict = field(default_factory=dict)  # slot -> person, overriding the site's
    extra_clients: list[str] = field(default_factory=list)  # client ids from other courses
    language: str = "fi"
    start: dt.date | None = None


def onsite_offsets(service: str, edition: str) -> list[int]:
    """First days of the on-site periods, in days from the start."""
    if service == "oras" and edition == "2021":
        return [0, 70, 133]
    if service == "oras":
        return [0, 63]
    if service == "omaishoitaja":
        return [0, 91]
    return []


def edition(c: Course, start: dt.date) -> str:
    if c.service == "oras":
        return "2021" if start.year <= 2024 else "2025"
    return {"omaishoitaja": "2025", "group-therapy": "2024"}[c.service]


def schedule(courses: list[Course]) -> None:
    busy: dict[str, set[dt.date]] = {s: set() for s in SITES}
    for c in courses:
        if c.forced:
            c.start = c.forced
            continue
        start = monday(c.wish)
        while True:
            ed = edition(c, start)
            weeks = [start + D(o) for o in onsite_offsets(c.service, ed)]
            if all(w not in busy[c.site] and free_of_holidays(w, 5) for w in weeks):
                break
            start += D(7)
        c.start = start
        busy[c.site] |= set(weeks)


def toml_date(d: dt.date) -> str:
    return d.isoformat()


def known(d: dt.date) -> bool:
    """Whether a date is in the past on the reference day, and so recorded."""
    return d <= REF


def plan_text(c: Course) -> str:
    s = c.start
    ed = edition(c, s)
    site = SITES[c.site]
    letter = site["letter"]
    code = f"{70000 + c.number:05d}"
    out: list[str] = []
    head = [f"Course {c.number:02d} of {PROVIDER}, {site['site']}: {c.about}".rstrip(": ")]
    if c.broken:
        head += ["", f"BROKEN ON PURPOSE: {c.broken}"]
    else:
        head += ["", "Clean: checks without an error or a warning."]
    out += ["# " + line if line else "#" for line in wrap(head)]
    out.append("")
    out.append("[course]")
    out.append(f'service = "{c.service}"')
    if c.therapy:
        out.append(f'therapy = "{c.therapy}"')
    if c.service != "group-therapy":
        out.append(f'code = "{code}"')
        out.append(f'language = "{c.language}"')
    out.append(f'provider = "{PROVIDER}"')
    out.append(f'site = "{site["site"]}"')
    if c.service == "omaishoitaja":
        out.append('target_group = "carers-of-adults"')
    out.append(f"start = {toml_date(s)}")

    offsets = onsite_offsets(c.service, ed)
    onsite = [(s + D(o), s + D(o + 4)) for o in offsets]
    remote = None
    if c.service == "omaishoitaja":
        remote = (s + D(7), s + D(88))
    elif c.service == "oras" and ed == "2025":
        remote = (s + D(7), s + D(60))
    # Contacts.
    if c.service == "oras" and ed == "2021":
        interims = [s + D(35), s + D(105)]
        follow = onsite[-1][0] + D(77)
    elif c.service == "oras":
        interims = [s + D(21), s + D(35), s + D(56)]
        follow = onsite[-1][0] + D(91)
    elif c.service == "omaishoitaja":
        interims = [s + D(21), s + D(42), s + D(70)]
        follow = s + D(182)
    else:
        interims, follow = [], None
    last_day = follow or s
    status = c.status
    if status is None:
        if c.service == "group-therapy":
            status = "completed" if s + D(120) <= REF else ("started" if s <= REF else "confirmed")
        elif follow and follow + D(14) <= REF:
            status = "completed"
        elif s <= REF:
            status = "started"
        else:
            status = "confirmed" if s - D(60) <= REF else "planned"
    out.append(f'status = "{status}"')

    periods = []
    for i, (a, b) in enumerate(onsite):
        periods.append(("onsite", a, b, i))
    if remote:
        periods.append(("remote", remote[0], remote[1], None))
    periods.sort(key=lambda p: p[1])
    for kind, a, b, i in periods:
        out.append("")
        out.append("[[periods]]")
        out.append(f'kind = "{kind}"')
        out.append(f"start = {toml_date(a)}")
        out.append(f"end = {toml_date(b)}")
        if kind == "onsite":
            out.append(f'mode = "{"residential" if c.service != "oras" or i else "outpatient"}"')
            if c.service == "omaishoitaja":
                out.append("hours_per_day = 6.5")
                out.append("guided_hours_per_day = 5")
        elif c.service == "omaishoitaja":
            out.append("guidance_hours_per_client = 4")
        invoiced = b + D(12)
        if known(invoiced):
            out.append(f"invoiced = {toml_date(invoiced)}")

    if c.service != "group-therapy":
        minutes = 30 if ed == "2021" else 45
        out += ["", "[[contacts]]", 'kind = "pre"', f"date = {toml_date(s - D(21))}"]
        for d in interims:
            out += ["", "[[contacts]]", 'kind = "interim"', f"date = {toml_date(d)}",
                    f"minutes = {minutes}"]
        out += ["", "[[contacts]]", 'kind = "follow-up"', f"date = {toml_date(follow)}"]

    ages = c.ages or [31 + (7 * n + 3 * c.number) % 34 for n in range(c.clients)]
    ids = [f"{letter}{c.number:02d}-{n + 1:02d}" for n in range(len(ages))]
    ids += c.extra_clients
    ages += [44] * len(c.extra_clients)
    for n, (cid, age) in enumerate(zip(ids, ages)):
        out += ["", "[[clients]]", f'id = "{cid}"', f"age = {age}"]
        if c.service == "group-therapy":
            continue
        decision = s - D(119 if c.service == "omaishoitaja" else 91) + D(n % 3)
        if not known(decision):
            continue
        out.append(f"decision = {toml_date(decision)}")
        if c.service == "omaishoitaja":
            received = decision + D(3)
            for key, day in [("decision_received", received),
                             ("preliminary_agreement", received + D(7)),
                             ("confirmation_sent", decision + D(28))]:
                if known(day):
                    out.append(f"{key} = {toml_date(day)}")
        if c.service != "oras" or ed != "2021":
            sent = last_day + D(8)
            if known(sent):
                out.append(f"feedback_sent = {toml_date(sent)}")

    team = dict(site)
    team.update(c.staff)
    out += staff_tables(c, ed, team)
    out += premises(c, ed)
    text = "\n".join(out) + "\n"
    for edit in c.edits:
        text = edit(text)
    return text


def person(name: str, **course_keys) -> list[str]:
    lines = ["", "[[staff]]", f'name = "{name}"']
    for key, value in course_keys.items():
        lines.append(f"{key} = {str(value).lower()}")
    return lines


def staff_tables(c: Course, ed: str, t: dict) -> list[str]:
    if c.service == "group-therapy":
        if c.therapy in ("aquatic-therapy", "allasterapia"):
            return person("Aapo Allas") + person("Aili Allas")
        leader = {
            "music-therapy": "Mirja Musiikki",
            "neuropsychological-rehabilitation": "Noora Neuro",
            "speech-therapy": "Pauli Puhe",
            "physiotherapy": t["physio"],
            "occupational-therapy": t["ot"],
            "psychotherapy": t["psychologist"],
        }[c.therapy]
        return person(leader)
    if c.service == "oras" and ed == "2021":
        return (person(t["oras_physician"]) + person(t["psychologist"])
                + person(t["nurse"], personal_instructor=True) + person(t["physio"])
                + person(t["ot"]) + person(t["nutritionist"])
                + person(t["socionom"], in_team=False))
    if c.service == "oras":
        return (person(t["oras_physician"]) + person(t["nurse"], personal_instructor=True)
                + person(t["psychologist"]) + person(t["ot"]))
    return (person(t["physician"])
            + person(t["nurse"], personal_instructor=True, service_manager=True)
            + person(t["physio"], personal_instructor=True)
            + person(t["socionom"], personal_instructor=True)
            + person(t["ot"]) + person(t["nutritionist"])
            + person(t["psychologist"], in_team=False))


def premises(c: Course, ed: str) -> list[str]:
    if c.service == "group-therapy":
        return []
    out: list[str] = []
    if c.service == "omaishoitaja" or ed == "2021":
        out += ["", "[facilities]", "institutional_unit = true", "second_group_room = true",
                "gym = true", "sports_hall = true"]
        if c.service == "omaishoitaja":
            out += ["individual_meeting_room = true", "accommodation_on_site = true",
                    'room_standard = "double-with-bathroom"']
        else:
            out.append('pool = "elsewhere"')
    if ed != "2021":
        out += ["", "[insurance]", "liability = true", "patient = true", "group_accident = true"]
    instruments = '["GAS", "WHOQOL-BREF", "BDI-21"]' if c.service == "omaishoitaja" else \
        '["GAS", "WHOQOL-BREF", "BDI-21", "AKV1"]'
    out += ["", "[measurements]", f"instruments = {instruments}"]
    return out


def wrap(lines: list[str], width: int = 94) -> list[str]:
    out = []
    for line in lines:
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return out


def replace(old: str, new: str, count: int = 1):
    def edit(text: str) -> str:
        assert old in text, f"{old!r} not in plan"
        return text.replace(old, new, count)
    return edit


def courses() -> list[Course]:
    y = dt.date
    cs: list[Course] = []
    n = iter(range(1, 100))

    def add(**kw) -> Course:
        c = Course(number=next(n), **kw)
        cs.append(c)
        return c

    # 2024: Oras under the 2021 description, and therapy groups.
    for site, wish in [("jarvenranta", y(2024, 1, 15)), ("koskela", y(2024, 2, 5)),
                       ("jarvenranta", y(2024, 4, 8)), ("koskela", y(2024, 8, 12)),
                       ("jarvenranta", y(2024, 9, 2))]:
        add(service="oras", site=site, wish=wish, about="Oras, three on-site weeks (Oras 2021).")
    add(service="oras", site="koskela", wish=y(2024, 10, 7),
        about="Oras (Oras 2021), the follow-up contact set late.",
        broken="the follow-up contact is more than 3 months after the last on-site period "
               "(follow-up-contacts, warning).",
        edits=[lambda t: _move_follow_up(t, 35)])
    add(service="group-therapy", site="jarvenranta", wish=y(2024, 3, 4), therapy="music-therapy",
        ages=[24, 37, 45, 52], about="a music therapy group for adults.")
    add(service="group-therapy", site="koskela", wish=y(2024, 5, 6), therapy="aquatic-therapy",
        ages=[6, 8, 9, 11, 7], about="an aquatic therapy group for children.")
    add(service="group-therapy", site="jarvenranta", wish=y(2024, 9, 9), therapy="speech-therapy",
        ages=[5, 7, 6], about="a speech therapy group for children.")

    # 2025
    for site, wish in [("jarvenranta", y(2025, 1, 13)), ("koskela", y(2025, 3, 3)),
                       ("koskela", y(2025, 8, 18)), ("jarvenranta", y(2025, 9, 22))]:
        add(service="oras", site=site, wish=wish, about="Oras, two on-site weeks (Oras 2025).",
            language="sv" if site == "koskela" and wish.month == 3 else "fi")
    for site, wish in [("jarvenranta", y(2025, 2, 3)), ("koskela", y(2025, 4, 7)),
                       ("jarvenranta", y(2025, 8, 25)), ("koskela", y(2025, 10, 6))]:
        add(service="omaishoitaja", site=site, wish=wish,
            about="a carers' course (Omaishoitaja 2025).")
    add(service="group-therapy", site="koskela", wish=y(2025, 2, 10),
        therapy="neuropsychological-rehabilitation", ages=[34, 41, 58],
        about="a neuropsychological rehabilitation group for adults.")
    add(service="group-therapy", site="jarvenranta", wish=y(2025, 9, 1),
        therapy="physiotherapy", ages=[12, 14, 9, 17],
        about="a physiotherapy group for children and adolescents.")
    add(service="oras", site="koskela", wish=y(2025, 11, 3), status="cancelled",
        about="an Oras course cancelled in time, before any client had a decision.",
        edits=[_cancel])

    # 2026
    for site, wish in [("jarvenranta", y(2026, 1, 12)), ("koskela", y(2026, 2, 2)),
                       ("jarvenranta", y(2026, 8, 17)), ("koskela", y(2026, 9, 7))]:
        add(service="oras", site=site, wish=wish, about="Oras, two on-site weeks (Oras 2025).")
    for site, wish in [("koskela", y(2026, 1, 19)), ("jarvenranta", y(2026, 3, 2)),
                       ("koskela", y(2026, 4, 13)), ("jarvenranta", y(2026, 8, 31)),
                       ("koskela", y(2026, 10, 12))]:
        add(service="omaishoitaja", site=site, wish=wish,
            about="a carers' course (Omaishoitaja 2025).")
    add(service="group-therapy", site="jarvenranta", wish=y(2026, 1, 12),
        therapy="occupational-therapy", ages=[45, 52, 61, 38],
        about="an occupational therapy group for adults.")
    add(service="group-therapy", site="koskela", wish=y(2026, 9, 14), therapy="allasterapia",
        ages=[22, 35, 47, 52, 60, 66], about="an aquatic therapy group for adults "
        "(the therapy written in Finnish).")
    add(service="group-therapy", site="jarvenranta", wish=y(2026, 10, 5),
        therapy="psychotherapy", ages=[16, 19, 24, 31],
        about="a psychotherapy group.",
        broken="a 16-year-old and adults in one group (therapy-age-group, warning).")

    # 2027: confirmed and planned.
    for site, wish in [("jarvenranta", y(2027, 1, 11)), ("koskela", y(2027, 2, 1)),
                       ("jarvenranta", y(2027, 8, 16))]:
        add(service="oras", site=site, wish=wish, about="Oras, two on-site weeks (Oras 2025).")
    for site, wish in [("koskela", y(2027, 1, 18)), ("jarvenranta", y(2027, 3, 1)),
                       ("koskela", y(2027, 4, 12)), ("jarvenranta", y(2027, 9, 6))]:
        add(service="omaishoitaja", site=site, wish=wish,
            about="a carers' course (Omaishoitaja 2025).")
    add(service="group-therapy", site="koskela", wish=y(2027, 1, 11),
        therapy="music-therapy", ages=[28, 33, 41], about="a music therapy group for adults.")
    add(service="group-therapy", site="jarvenranta", wish=y(2027, 2, 8),
        therapy="speech-therapy", ages=[4, 5], about="a speech therapy group for children.")

    # Broken on purpose, each for one reason.
    add(service="omaishoitaja", site="koskela", wish=y(2026, 5, 18), clients=13,
        about="a carers' course with one client too many.",
        broken="13 clients are enrolled; the course takes at most 12 (group-size-max, error).")
    add(service="oras", site="jarvenranta", wish=y(2026, 4, 20),
        about="an Oras course whose pre-contact was set after the start.",
        broken="the pre-contact falls after the course start (pre-contact, error).",
        edits=[_late_pre_contact])
    add(service="omaishoitaja", site="jarvenranta", wish=y(2027, 5, 3),
        about="a carers' course whose first on-site period runs Tuesday to Sunday.",
        broken="an on-site day falls on a Sunday (onsite-weekdays, error; allowance-days is "
               "not repeated for it).",
        edits=[_sunday])
    add(service="omaishoitaja", site="jarvenranta", wish=y(2026, 4, 13),
        about="a carers' course whose rehabilitation feedback was never recorded as sent.",
        broken="the feedback on every client was due 14 days after the follow-up contact and is "
               "not recorded as sent (feedback-deadline, error, one for each client).",
        edits=[lambda t: "\n".join(l for l in t.split("\n") if not l.startswith("feedback_sent"))])
    add(service="oras", site="koskela", wish=y(2026, 6, 15),
        about="an Oras course whose remote period was never invoiced.",
        broken="the remote period was to be invoiced within 2 months of its end and is not "
               "recorded as invoiced (invoice-deadline, error).",
        edits=[_uninvoiced_remote])
    return cs


def _uninvoiced_remote(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == 'kind = "remote"':
            for j in range(i, i + 6):
                if lines[j].startswith("invoiced = "):
                    del lines[j]
                    break
            break
    return "\n".join(lines)


def _move_follow_up(text: str, days: int) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == 'kind = "follow-up"':
            d = dt.date.fromisoformat(lines[i + 1].split(" = ")[1])
            lines[i + 1] = f"date = {toml_date(d + D(days))}"
    return "\n".join(lines)


def _late_pre_contact(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == 'kind = "pre"':
            d = dt.date.fromisoformat(lines[i + 1].split(" = ")[1])
            lines[i + 1] = f"date = {toml_date(d + D(23))}"
    return "\n".join(lines)


def _sunday(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == 'kind = "onsite"':
            a = dt.date.fromisoformat(lines[i + 1].split(" = ")[1])
            lines[i + 1] = f"start = {toml_date(a + D(2))}"
            lines[i + 2] = f"end = {toml_date(a + D(6))}"
            break
    return "\n".join(lines)


def _cancel(text: str) -> str:
    start = dt.date.fromisoformat(text.split("\nstart = ")[1][:10])
    cancelled = start - D(35)
    body = text.split("\n[[clients]]")[0]
    # No client had a decision: the clients and their dates are not written.
    rest = "\n[[staff]]" + text.split("\n[[staff]]", 1)[1]
    return (body.replace("\n[[periods]]", "\n[[periods]]", 1) +
            f"\n[cancellation]\ndate = {toml_date(cancelled)}\nclients_with_decisions = 0\n"
            'notified = ["kela-authority-line", "clients", "rehabilitation-services-group"]\n'
            + rest)


def double_bookings(cs: list[Course]) -> None:
    """Two true double bookings of shared staff, and a client in two courses at once."""
    by = {c.number: c for c in cs}
    # Liisa Lääkäri stands in at Koskela for a carers' course in both on-site weeks of one of
    # her own Järvenranta courses: two clashes in one pair of plans.
    host = next(c for c in cs if c.service == "omaishoitaja" and c.site == "jarvenranta"
                and c.start.year == 2026)
    guest = Course(number=len(cs) + 1, service="omaishoitaja", site="koskela",
                   wish=host.start, forced=host.start, staff={"physician": "Liisa Lääkäri"},
                   about="a carers' course whose physician is lent from Järvenranta.",
                   broken=f"Liisa Lääkäri is also on course {host.number:02d} in both on-site "
                          "weeks (staff-double-booked, warning, once for each week).")
    guest.start = guest.forced
    cs.append(guest)
    host.broken = (f"Liisa Lääkäri is also on course {guest.number:02d} in both on-site weeks "
                   "(staff-double-booked, warning, once for each week).")
    # Pia Psykologi's Oras course overlaps, in its second on-site week, an Oras course at Koskela
    # she was booked for as well.
    host2 = next(c for c in cs if c.service == "oras" and c.site == "jarvenranta"
                 and c.start.year == 2027)
    guest2 = Course(number=len(cs) + 1, service="oras", site="koskela",
                    wish=host2.start + D(63), forced=host2.start + D(63),
                    staff={"psychologist": "Pia Psykologi"},
                    about="an Oras course with the Järvenranta psychologist.",
                    broken=f"Pia Psykologi is on course {host2.number:02d}'s second on-site week "
                           "during this course's first (staff-double-booked, warning).")
    guest2.start = guest2.forced
    cs.append(guest2)
    host2.broken = (f"Pia Psykologi is on course {guest2.number:02d}'s first on-site week "
                    "during this course's second (staff-double-booked, warning).")
    # A client of a Koskela carers' course 2026 also enrolled on an Oras course at Järvenranta
    # that runs at the same time (client ids are provider-wide in this repository).
    a = next(c for c in cs if c.service == "omaishoitaja" and c.site == "koskela"
             and c.start.year == 2026 and not c.broken)
    b = next(c for c in cs if c.service in ("oras", "omaishoitaja") and c.site == "jarvenranta"
             and c.start.year == 2026 and not c.broken and abs((c.start - a.start).days) < 60)
    b.extra_clients = [f"{SITES[a.site]['letter']}{a.number:02d}-03"]
    a.broken = (f"client {SITES[a.site]['letter']}{a.number:02d}-03 is also on course "
                f"{b.number:02d}, which runs at the same time (client-double-booked, warning).")
    b.broken = a.broken.replace(f"also on course {b.number:02d}", f"also on course {a.number:02d}")


def check_schedule(cs: list[Course]) -> None:
    """No two courses of one site on site in the same week, but the double bookings meant."""
    meant = {(c.number, o.number) for c in cs for o in cs
             if c.forced and o.start == c.start or c.forced and o.start + D(63) == c.start}
    weeks: dict[tuple[str, dt.date], int] = {}
    for c in cs:
        if c.status == "cancelled":
            continue
        for o in onsite_offsets(c.service, edition(c, c.start)):
            key = (c.site, c.start + D(o))
            other = weeks.setdefault(key, c.number)
            if other != c.number and (c.number, other) not in meant:
                raise SystemExit(f"courses {other} and {c.number} share {key}")


def file_name(c: Course) -> str:
    kind = c.service if not c.therapy else "group-" + {
        "allasterapia": "aquatic-therapy"}.get(c.therapy, c.therapy)
    return f"plans/{c.start.year}/{c.number:02d}-{c.site}-{kind}.toml"


def roster_text() -> str:
    out = ["# The roster of Järvenrannan Kuntoutus Oy: every person of both sites once, with what",
           "# belongs to the person. Plans name people and add what belongs to the course",
           "# (in_team, personal_instructor, service_manager). oras-check.toml names this file.", ""]
    for name, role, specialty, quals, licensed in ROSTER:
        out += ["[[staff]]", f'name = "{name}"', f'role = "{role}"']
        if specialty:
            out.append(f'specialty = "{specialty}"')
        if quals:
            out.append("qualifications = [" + ", ".join(f'"{q}"' for q in quals) + "]")
        if licensed is not None:
            out.append(f"licensed = {str(licensed).lower()}")
        out.append("")
    return "\n".join(out)


def main() -> None:
    cs = courses()
    schedule(cs)
    double_bookings(cs)
    check_schedule(cs)
    plans = os.path.join(ROOT, "plans")
    for year in ("2024", "2025", "2026", "2027"):
        shutil.rmtree(os.path.join(plans, year), ignore_errors=True)
    for c in cs:
        path = os.path.join(ROOT, file_name(c))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(plan_text(c))
    with open(os.path.join(ROOT, "staff.toml"), "w", encoding="utf-8") as f:
        f.write(roster_text())
    print(f"{len(cs)} plans")


if __name__ == "__main__":
    main()
