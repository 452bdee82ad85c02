//! Whole-program throughput: the release binary over generated folders of plans, against the
//! floor of only reading and parsing the same files with the `toml` crate.
//!
//!     cargo bench --bench throughput            # 1,000 and 10,000 plans
//!     cargo bench --bench throughput -- 2000    # other sizes
//!     cargo bench --bench throughput -- --generate DIR 10000   # only write plans (to profile)
//!     cargo bench --bench throughput -- --large                # only the 28 MiB plan
//!
//! Reports, per folder: oras-check's wall and CPU time (medians of 9 runs, JSON to a discarded
//! stdout), peak memory (and that of the human report), against floors of only finding, reading
//! and parsing the same files:
//! - issue 25's own: each file parsed into a `toml::Table` (`toml::from_str`), one after
//!   another on one thread, in-process (so without the process start and exit oras-check pays).
//!   Its goals: oras-check's CPU within 1.3× of it, wall time at most 0.6× of it;
//! - the same as a program of its own (this benchmark started again), timed from its start to
//!   its exit as oras-check is;
//! - a stricter one: `toml::de::DeTable::parse` only (no values built), in parallel on as many
//!   threads as oras-check uses, in-process.
//!
//! Runs alternate between the four, so that all meet the same machine. Then oras-check's wall time
//! as a straight line through the smallest and the largest folder (per plan, and what every run
//! costs), the peak memory of one 28 MiB plan, and the time of one plan from process start to
//! exit.

mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rayon::prelude::*;

const BINARY: &str = env!("CARGO_BIN_EXE_oras-check");
const RUNS: usize = 9;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// One measurement: wall time, CPU time (user + system, all threads), peak memory in KiB.
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    cpu: Duration,
    peak_kib: i64,
}

fn cpu_time(usage: &libc::rusage) -> Duration {
    let t = |tv: libc::timeval| Duration::new(tv.tv_sec as u64, tv.tv_usec as u32 * 1000);
    t(usage.ru_utime) + t(usage.ru_stime)
}

/// This process's CPU time so far (for the in-process floor).
fn own_cpu() -> Duration {
    // SAFETY: plain libc call filling a zeroed struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    cpu_time(&usage)
}

/// Runs the binary once.
fn run_binary(args: &[&str]) -> Run {
    run_program(Path::new(BINARY), args)
}

/// Runs a program once, from its start to its exit.
// The child is reaped with wait4 (for its rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn run_program(program: &Path, args: &[&str]) -> Run {
    let started = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the program starts");
    let mut status = 0;
    // SAFETY: plain libc call on a zeroed struct; wait4 reaps our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(reaped, child.id() as i32, "wait4 failed");
    Run {
        wall: started.elapsed(),
        cpu: cpu_time(&usage),
        peak_kib: usage.ru_maxrss,
    }
}

/// The stricter floor: find the plans, read and parse every one (`DeTable`, no values built),
/// in parallel, doing nothing else.
fn floor(dir: &Path, expected: usize) -> Run {
    timed_parse(dir, expected, |paths| {
        paths
            .par_iter()
            .filter(|p| toml::de::DeTable::parse(&read(p)).is_ok())
            .count()
    })
}

/// The floor: the same files read and parsed into a `toml::Table` one after another on
/// one thread (`toml::from_str::<toml::Table>`), which is what issue 25 states its goals against.
fn table_floor(dir: &Path, expected: usize) -> Run {
    timed_parse(dir, expected, |paths| {
        paths
            .iter()
            .filter(|p| toml::from_str::<toml::Table>(&read(p)).is_ok())
            .count()
    })
}

/// The floor as a program of its own, timed from its start to its exit as oras-check
/// is: this benchmark started again with `--table-floor DIR N`, which does only that.
fn table_floor_process(dir: &Path, expected: usize) -> Run {
    let exe = std::env::current_exe().expect("the benchmark's own path");
    let dir = dir.to_str().expect("utf-8 path");
    run_program(&exe, &["--table-floor", dir, &expected.to_string()])
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// Finds the plans of `dir` and parses them with `parse`, which counts those that parse; its
/// wall and CPU time (finding included), and that all `expected` parsed.
fn timed_parse(dir: &Path, expected: usize, parse: impl Fn(&[PathBuf]) -> usize) -> Run {
    let started = Instant::now();
    let cpu = own_cpu();
    let paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    let parsed = parse(&paths);
    let run = Run {
        wall: started.elapsed(),
        cpu: own_cpu() - cpu,
        peak_kib: 0,
    };
    assert_eq!(parsed, expected);
    run
}

/// One plan of 28 MiB, its clients in order (a generated plan and its first client again and
/// again under new ids, as in issue 25): its peak memory and time in JSON and in the human
/// report (issue 25: at most 400 MiB).
fn large_plan() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("large.toml");
    let mut text = generate::plan(1);
    let first = text.find("[[clients]]").expect("a client");
    let client = text[first..]
        .split("\n\n")
        .next()
        .expect("a client")
        .to_owned();
    let (id_line, rest) = client.split_at(client.find("age =").expect("an age"));
    assert!(id_line.contains("id = "), "{client}");
    let mut i = 0;
    while text.len() < 28 << 20 {
        use std::fmt::Write as _;
        let _ = write!(text, "\n[[clients]]\nid = \"L{i:07}\"\n{rest}\n");
        i += 1;
    }
    std::fs::write(&path, &text).expect("plan written");
    let path = path.to_str().expect("utf-8 path");
    for format in ["json", "human"] {
        let runs: Vec<Run> = (0..3)
            .map(|_| run_binary(&[path, "--format", format, "--as-of", "2027-01-01"]))
            .collect();
        println!(
            "one plan of {:.1} MiB ({i} clients more), {format}: {} wall, peak {} MiB (goal: 400)",
            text.len() as f64 / (1024.0 * 1024.0),
            ms(median(runs.iter().map(|r| r.wall).collect())),
            runs.iter().map(|r| r.peak_kib).max().unwrap_or(0) / 1024,
        );
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--generate") {
        let dir = args.get(at + 1).expect("--generate DIR N");
        let n = args
            .get(at + 2)
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        let bytes = generate::folder(Path::new(dir), n).expect("plans written");
        println!("{n} plans, {bytes} bytes, in {dir}");
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--table-floor") {
        let dir = args.get(at + 1).expect("--table-floor DIR N");
        let n = args.get(at + 2).and_then(|n| n.parse().ok()).expect("N");
        table_floor(Path::new(dir), n);
        return;
    }
    if args.iter().any(|a| a == "--large") {
        large_plan();
        return;
    }
    // `cargo bench` passes --bench; numbers are folder sizes.
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    println!(
        "oras-check throughput ({} threads)",
        rayon::current_num_threads()
    );
    let mut walls: Vec<(usize, Duration)> = Vec::new();
    for &n in &sizes {
        let dir = tempfile::tempdir().expect("temporary folder");
        let bytes = generate::folder(dir.path(), n).expect("plans written");
        let path = dir.path().to_str().expect("utf-8 path");
        let args = [path, "--format", "json", "--quiet", "--as-of", "2027-01-01"];
        run_binary(&args); // warm the file cache
        floor(dir.path(), n);
        // Alternated, so that all three see the same machine: other tenants come and go.
        let (mut checks, mut floors, mut tables, mut processes) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for _ in 0..RUNS {
            checks.push(run_binary(&args));
            floors.push(floor(dir.path(), n));
            tables.push(table_floor(dir.path(), n));
            processes.push(table_floor_process(dir.path(), n));
        }
        let human_args = [path, "--format", "human", "--as-of", "2027-01-01"];
        let human_peak = (0..3)
            .map(|_| run_binary(&human_args).peak_kib)
            .max()
            .unwrap_or(0);
        let wall = |runs: &[Run]| median(runs.iter().map(|r| r.wall).collect());
        let cpu = |runs: &[Run]| median(runs.iter().map(|r| r.cpu).collect());
        let peak = checks.iter().map(|r| r.peak_kib).max().unwrap_or(0);
        let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
        let (check_wall, check_cpu) = (wall(&checks), cpu(&checks));
        walls.push((n, check_wall));
        println!(
            "{n} plans ({:.1} MiB): oras-check {} wall, {} CPU (wall {:.2}× CPU), peak {} MiB \
             (human report: {} MiB)",
            bytes as f64 / (1024.0 * 1024.0),
            ms(check_wall),
            ms(check_cpu),
            ratio(check_wall, check_cpu),
            peak / 1024,
            human_peak / 1024,
        );
        for (name, runs) in [
            ("toml::from_str::<Table>, 1 thread", &tables),
            ("the same, as a process", &processes),
            ("toml DeTable::parse, all threads", &floors),
        ] {
            println!(
                "  floor, {name:<34} {:>9} wall {:>9} CPU   oras-check: {:.2}× wall, {:.2}× CPU",
                ms(wall(runs)),
                ms(cpu(runs)),
                ratio(check_wall, wall(runs)),
                ratio(check_cpu, cpu(runs)),
            );
        }
    }
    // Wall time as a straight line through the smallest and the largest folder: what each plan
    // adds, and what a run costs whatever its size (start, finding the plans, exit).
    if let (Some(&(n0, t0)), Some(&(n1, t1))) = (walls.first(), walls.last())
        && n1 > n0
    {
        let per_plan = (t1.as_secs_f64() - t0.as_secs_f64()) / (n1 - n0) as f64;
        let fixed = t0.as_secs_f64() - per_plan * n0 as f64;
        println!(
            "wall time per plan {:.1} µs, and {:.1} ms whatever the number of plans",
            per_plan * 1e6,
            fixed * 1e3
        );
    }
    large_plan();
    let one = tempfile::tempdir().expect("temporary folder");
    let plan = one.path().join("plan.toml");
    std::fs::write(&plan, generate::plan(1)).expect("plan written");
    let plan = plan.to_str().expect("utf-8 path");
    let single: Vec<Duration> = (0..50)
        .map(|_| run_binary(&[plan, "--quiet", "--as-of", "2027-01-01"]).wall)
        .collect();
    println!(
        "one plan, process start to exit: median {} (50 runs)",
        ms(median(single))
    );
}
