//! Cost grows linearly with what a plan holds: the release binary over plans of 2,000 and of
//! 10,000 clients, `[[allow]]`s naming unknown clients, client ids in one contact, and staff of
//! one name (beside a second such plan, for the cross-plan check), in every output format; then
//! `fix` and `fix --diff` over as many quoted Finnish dates, and a roster of as many people.
//! Each figure is the median of 5 runs; a ratio near 5 is linear, near 25 quadratic.
//!
//!     cargo bench --bench growth

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BINARY: &str = env!("CARGO_BIN_EXE_oras-check");
const RUNS: usize = 5;
const FORMATS: &[&str] = &[
    "human", "concise", "json", "sarif", "github", "junit", "html",
];

fn base() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omaishoitaja-2025.toml");
    std::fs::read_to_string(path).expect("the example plan")
}

fn clients(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "[[clients]]\nid = \"C{i:06}\"\nage = 50\ndecision = 2024-11-01\n\
                 decision_received = 2024-11-05\npreliminary_agreement = 2024-12-01\n\
                 confirmation_sent = 2024-12-15\nfeedback_sent = 2025-09-10\n\n"
            )
        })
        .collect()
}

/// The plans of one kind and size: (file names to check, their texts).
fn plans(kind: &str, n: usize) -> Vec<(String, String)> {
    let base = base();
    let cut = base.find("[[clients]]").expect("clients");
    let rest = base.find("[[staff]]").expect("staff");
    let (head, tail) = (&base[..cut], &base[rest..]);
    let text = match kind {
        "clients" => format!("{head}{}{tail}", clients(n)),
        "unknown allows" => {
            let allows: String = (0..n)
                .map(|i| format!("[[allow]]\nrule = \"allowance-age\"\nclient = \"X{i:06}\"\nreason = \"r\"\n\n"))
                .collect();
            format!("{head}{}{tail}{allows}", clients(n))
        }
        "contact clients" => {
            let ids: Vec<String> = (0..n).map(|i| format!("\"U{i:06}\"")).collect();
            format!(
                "{base}\n[[contacts]]\nkind = \"follow-up\"\ndate = 2025-08-04\nclients = [{}]\n",
                ids.join(", ")
            )
        }
        "same-name staff" => {
            let staff: String = (0..n)
                .map(|_| "[[staff]]\nname = \"Sama\"\nrole = \"nurse\"\n\n")
                .collect();
            let plan = format!("{base}{staff}");
            return vec![("a.toml".into(), plan.clone()), ("b.toml".into(), plan)];
        }
        _ => unreachable!(),
    };
    vec![("plan.toml".into(), text)]
}

fn median(dir: &Path, files: &[String], format: &str) -> Duration {
    let mut args: Vec<String> = files.to_vec();
    args.extend(["--format", format, "--as-of", "2026-11-30", "--no-config"].map(String::from));
    median_of(dir, &args, &|| {})
}

/// The median time of `oras-check ARGS` in `dir`, with `reset` run before each (untimed).
fn median_of(dir: &Path, args: &[String], reset: &dyn Fn()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            reset();
            let started = Instant::now();
            Command::new(BINARY)
                .current_dir(dir)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("oras-check runs");
            started.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

/// A plan of `n` clients whose dates are quoted the Finnish way: every one is a repair.
fn finnish_dates(n: usize) -> String {
    let base = base();
    let cut = base.find("[[clients]]").expect("clients");
    let rest = base.find("[[staff]]").expect("staff");
    let clients: String = (0..n)
        .map(|i| format!("[[clients]]\nid = \"C{i:06}\"\nage = 50\ndecision = \"1.11.2024\"\n\n"))
        .collect();
    format!("{}{clients}{}", &base[..cut], &base[rest..])
}

/// A roster of `n` people, and a configuration that names it.
fn roster(dir: &Path, n: usize) {
    let people: String = (0..n)
        .map(|i| format!("[[staff]]\nname = \"Henkilö {i:06}\"\nrole = \"nurse\"\n\n"))
        .collect();
    std::fs::write(dir.join("staff.toml"), people).expect("written");
    std::fs::write(dir.join("oras-check.toml"), "roster = \"staff.toml\"\n").expect("written");
}

/// `fix`, `fix --diff` and a check with a roster, at 2,000 and 10,000.
fn repairs_and_roster() {
    let sized = |n: usize| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(dir.path().join("plan.toml"), finnish_dates(n)).expect("written");
        dir
    };
    for (what, args) in [
        ("fix", vec!["fix", "plan.toml"]),
        ("fix --diff", vec!["fix", "--diff", "plan.toml"]),
    ] {
        let args: Vec<String> = args.into_iter().map(String::from).collect();
        let times: Vec<Duration> = [2_000, 10_000]
            .into_iter()
            .map(|n| {
                let dir = sized(n);
                let text = finnish_dates(n);
                let plan = dir.path().join("plan.toml");
                median_of(dir.path(), &args, &|| {
                    std::fs::write(&plan, &text).expect("reset");
                })
            })
            .collect();
        print_row("quoted dates", what, times[0], times[1]);
    }
    let times: Vec<Duration> = [2_000, 10_000]
        .into_iter()
        .map(|n| {
            let dir = tempfile::tempdir().expect("a temporary folder");
            roster(dir.path(), n);
            std::fs::write(dir.path().join("plan.toml"), base()).expect("written");
            median_of(
                dir.path(),
                &["plan.toml", "--as-of", "2026-11-30"].map(String::from),
                &|| {},
            )
        })
        .collect();
    print_row("roster people", "human", times[0], times[1]);
}

fn print_row(kind: &str, what: &str, small: Duration, large: Duration) {
    println!(
        "{kind:<16} {what:<10} {:>8.1}ms {:>8.1}ms {:>6.1}×",
        small.as_secs_f64() * 1000.0,
        large.as_secs_f64() * 1000.0,
        large.as_secs_f64() / small.as_secs_f64()
    );
}

fn main() {
    println!(
        "{:<16} {:<10} {:>10} {:>10} {:>7}",
        "input", "format", "2,000", "10,000", "ratio"
    );
    for kind in [
        "clients",
        "unknown allows",
        "contact clients",
        "same-name staff",
    ] {
        let sizes: Vec<(tempfile::TempDir, Vec<String>)> = [2_000, 10_000]
            .into_iter()
            .map(|n| {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let files = plans(kind, n)
                    .into_iter()
                    .map(|(name, text)| {
                        std::fs::write(dir.path().join(&name), text).expect("written");
                        name
                    })
                    .collect();
                (dir, files)
            })
            .collect();
        for format in FORMATS {
            let small = median(sizes[0].0.path(), &sizes[0].1, format);
            let large = median(sizes[1].0.path(), &sizes[1].1, format);
            print_row(kind, format, small, large);
        }
    }
    repairs_and_roster();
}
