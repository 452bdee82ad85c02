//! Realistic course plans for benchmarks: carers' courses and Oras 2025 courses on Mondays
//! across two years, 7–12 clients, a full team, every table filled in; one plan in ten carries
//! a few typical mistakes, so that reports have findings to render.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{Days, NaiveDate};

fn day(start: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        start + Days::new(offset as u64)
    } else {
        start - Days::new(offset.unsigned_abs())
    }
}

/// The text of plan number `i`.
pub fn plan(i: usize) -> String {
    let monday = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap() + Days::new(7 * (i % 100) as u64);
    let carers = !i.is_multiple_of(3);
    let broken = i % 10 == 7;
    let d = |offset: i64| day(monday, offset);
    let mut t = String::with_capacity(6000);
    let service = if carers { "omaishoitaja" } else { "oras" };
    let _ = writeln!(
        t,
        "# Generated course plan {i}\n\n[course]\nservice = \"{service}\"\ncode = \"{:05}\"",
        10000 + i
    );
    let _ = writeln!(
        t,
        "language = \"fi\"\nprovider = \"Benchmark Kuntoutus Oy\"\nsite = \"Toimipiste {}\"",
        i % 7
    );
    if carers {
        let _ = writeln!(t, "target_group = \"carers-of-adults\"");
    }
    let _ = writeln!(t, "start = {}\nstatus = \"completed\"\n", d(0));
    let (remote_end, second) = if carers { (88, 91) } else { (60, 63) };
    let onsite = |t: &mut String, from: i64| {
        let _ = writeln!(
            t,
            "[[periods]]\nkind = \"onsite\"\nstart = {}\nend = {}\nmode = \"residential\"\nhours_per_day = 6.5\nguided_hours_per_day = 5\ninvoiced = {}\n",
            d(from),
            d(from + if broken { 5 } else { 4 }),
            d(from + 14)
        );
    };
    onsite(&mut t, 0);
    let _ = writeln!(
        t,
        "[[periods]]\nkind = \"remote\"\nstart = {}\nend = {}\nguidance_hours_per_client = 4\ninvoiced = {}\n",
        d(7),
        d(remote_end),
        d(remote_end + 14)
    );
    onsite(&mut t, second);
    let _ = writeln!(
        t,
        "[[contacts]]\nkind = \"pre\"\ndate = {}\nminutes = 45\n",
        d(-21)
    );
    for offset in if carers { [21, 42, 70] } else { [14, 28, 49] } {
        let _ = writeln!(
            t,
            "[[contacts]]\nkind = \"interim\"\ndate = {}\nminutes = 45\n",
            d(offset)
        );
    }
    let _ = writeln!(
        t,
        "[[contacts]]\nkind = \"follow-up\"\ndate = {}\nminutes = 60\n",
        d(182)
    );
    let clients = match (broken, carers) {
        (true, _) => 13,
        (false, true) => 8 + i % 5,
        (false, false) => 7 + i % 4,
    };
    for c in 0..clients {
        let decision = d(-120 - (c % 4) as i64);
        let _ = writeln!(
            t,
            "[[clients]]\nid = \"K{i}-{c:02}\"\nage = {}\ndecision = {decision}\ndecision_received = {}\npreliminary_agreement = {}\nconfirmation_sent = {}\nfeedback_sent = {}\n",
            30 + (c * 7 + i) % 35,
            day(decision, 3),
            day(decision, 10),
            day(decision, 30),
            d(190),
        );
    }
    let team: &[(&str, &str, &str)] = if carers {
        &[
            (
                "LL",
                "specialist-physician",
                "specialty = \"general-practice\"\nlicensed = true",
            ),
            (
                "SH",
                "nurse",
                "licensed = true\npersonal_instructor = true\nservice_manager = true",
            ),
            (
                "FT",
                "physiotherapist",
                "licensed = true\npersonal_instructor = true",
            ),
            ("SO", "socionom", "personal_instructor = true"),
            ("TT", "occupational-therapist", "licensed = true"),
            ("RT", "nutritionist", ""),
            ("PS", "psychologist", "in_team = false"),
        ]
    } else {
        &[
            (
                "LL",
                "specialist-physician",
                "specialty = \"psychiatry\"\nlicensed = true",
            ),
            ("SH", "nurse", "licensed = true"),
            ("PS", "psychologist", "licensed = true"),
            ("FT", "physiotherapist", "licensed = true"),
        ]
    };
    for (name, role, rest) in team {
        let _ = writeln!(
            t,
            "[[staff]]\nname = \"{name}{i}\"\nrole = \"{role}\"\n{rest}\n"
        );
    }
    if carers {
        t.push_str("[facilities]\ninstitutional_unit = true\nsecond_group_room = true\nindividual_meeting_room = true\ngym = true\nsports_hall = true\naccommodation_on_site = true\nroom_standard = \"double-with-bathroom\"\n\n");
    }
    t.push_str("[insurance]\nliability = true\npatient = true\ngroup_accident = true\n\n");
    let instruments = if carers {
        "\"GAS\", \"WHOQOL-BREF\", \"BDI-21\""
    } else {
        "\"GAS\", \"WHOQOL-BREF\", \"BDI-21\", \"AKV1\""
    };
    let _ = writeln!(t, "[measurements]\ninstruments = [{instruments}]");
    t
}

/// Writes `n` plans into `dir`, 100 per subfolder as a provider's repository might hold them.
pub fn folder(dir: &Path, n: usize) -> std::io::Result<u64> {
    let mut bytes = 0;
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 100));
        std::fs::create_dir_all(&sub)?;
        let text = plan(i);
        bytes += text.len() as u64;
        std::fs::write(sub.join(format!("plan-{i:05}.toml")), text)?;
    }
    Ok(bytes)
}
