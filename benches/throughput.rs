//! Whole-program throughput: the release binary over generated folders of plans, against the
//! floor of only reading and parsing the same files with the `toml` crate.
//!
//!     cargo bench --bench throughput            # 1,000 and 10,000 plans
//!     cargo bench --bench throughput -- 2000    # other sizes
//!     cargo bench --bench throughput -- --generate DIR 10000   # only write the plans (to profile)
//!
//! Reports, per folder: oras-check's wall time (median of 5 runs, JSON to a discarded stdout)
//! and peak memory; the floor: the same folder walked, each file read and parsed by
//! `toml::de::DeTable::parse`, in parallel on as many threads, in-process (so without the
//! process start oras-check pays); and their ratio. Then the time of one plan from process
//! start to exit.

mod generate;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rayon::prelude::*;

const BINARY: &str = env!("CARGO_BIN_EXE_oras-check");
const RUNS: usize = 5;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs the binary once; wall time and the child's peak resident memory in KiB.
// The child is reaped with wait4 (for its rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn run_binary(args: &[&str]) -> (Duration, i64) {
    let started = Instant::now();
    let child = Command::new(BINARY)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("oras-check starts");
    let mut status = 0;
    // SAFETY: plain libc call on a zeroed struct; wait4 reaps our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(reaped, child.id() as i32, "wait4 failed");
    (started.elapsed(), usage.ru_maxrss)
}

/// The floor: find the plans, read and parse every one, in parallel, doing nothing else.
fn floor(dir: &Path, expected: usize) -> Duration {
    let started = Instant::now();
    let paths: Vec<std::path::PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    let parsed = paths
        .par_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).expect("readable");
            toml::de::DeTable::parse(&text).is_ok()
        })
        .count();
    let elapsed = started.elapsed();
    assert_eq!(parsed, expected);
    elapsed
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
    println!(
        "{:>7} {:>9} {:>13} {:>11} {:>13} {:>7}",
        "plans", "MiB", "oras-check", "peak RSS", "parse floor", "ratio"
    );
    for n in sizes {
        let dir = tempfile::tempdir().expect("temporary folder");
        let bytes = generate::folder(dir.path(), n).expect("plans written");
        let path = dir.path().to_str().expect("utf-8 path");
        let args = [path, "--format", "json", "--quiet", "--as-of", "2027-01-01"];
        run_binary(&args); // warm the file cache
        let runs: Vec<(Duration, i64)> = (0..RUNS).map(|_| run_binary(&args)).collect();
        let check = median(runs.iter().map(|r| r.0).collect());
        let peak = runs.iter().map(|r| r.1).max().unwrap_or(0);
        let floor = median((0..RUNS).map(|_| floor(dir.path(), n)).collect());
        println!(
            "{n:>7} {:>9.1} {:>13} {:>8} MiB {:>13} {:>6.2}×",
            bytes as f64 / (1024.0 * 1024.0),
            ms(check),
            peak / 1024,
            ms(floor),
            check.as_secs_f64() / floor.as_secs_f64()
        );
    }
    let one = tempfile::tempdir().expect("temporary folder");
    let plan = one.path().join("plan.toml");
    std::fs::write(&plan, generate::plan(1)).expect("plan written");
    let plan = plan.to_str().expect("utf-8 path");
    let single: Vec<Duration> = (0..50)
        .map(|_| run_binary(&[plan, "--quiet", "--as-of", "2027-01-01"]).0)
        .collect();
    println!(
        "one plan, process start to exit: median {} (50 runs)",
        ms(median(single))
    );
}
