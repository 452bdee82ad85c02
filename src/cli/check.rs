//! `oras-check check`: read the plans, check them, render the reports, choose the exit code.

use std::io::Read;
use std::path::Path;

use oras_check::check::{self, Options, PlanReport};
use oras_check::finding::{Finding, Severity};
use oras_check::msg;
use oras_check::pack::Packs;
use oras_check::report::{self, RenderOptions};

use super::{CheckArgs, FailOn, GlobalArgs, exit, print};

/// Plans larger than this are refused rather than read: a real plan is a few kilobytes, and a
/// runaway stream on standard input must not exhaust memory.
pub const MAX_PLAN_BYTES: u64 = 32 * 1024 * 1024;

pub fn run(args: &CheckArgs, global: &GlobalArgs) -> u8 {
    let packs = match global.packs() {
        Ok(packs) => packs,
        Err(code) => return code,
    };
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let options = Options { as_of };
    let reports: Vec<PlanReport> = args
        .paths
        .iter()
        .map(|path| check_path(path, &packs, &options))
        .collect();
    let render = RenderOptions {
        format: args.format,
        lang: global.language(),
        color: global.colored(),
        width: super::width(),
        as_of,
        quiet: args.quiet,
    };
    print(&report::render(&reports, &render));
    exit_code(&reports, args.fail_on)
}

/// 2 when a plan could not be checked; else 1 when a finding reaches `--fail-on`; else 0.
pub fn exit_code(reports: &[PlanReport], fail_on: FailOn) -> u8 {
    if reports.iter().any(|r| !r.checked) {
        return exit::UNCHECKED;
    }
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Note => Severity::Note,
        FailOn::Never => return exit::OK,
    };
    let worst = report::total(reports).worst();
    if worst.is_some_and(|w| w >= threshold) {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn check_path(path: &Path, packs: &Packs, options: &Options) -> PlanReport {
    let name = path.display().to_string();
    match read_plan(path) {
        Ok(bytes) => check::check_bytes(&name, &bytes, packs, options),
        Err(finding) => PlanReport::unreadable(&name, *finding),
    }
}

/// Reads a plan file (or standard input for `-`), refusing folders and oversized input.
fn read_plan(path: &Path) -> Result<Vec<u8>, Box<Finding>> {
    let name = path.display().to_string();
    let io_error = |e: std::io::Error| {
        Box::new(Finding::new(
            "plan-syntax",
            Severity::Error,
            msg!("io-error", path = name.as_str(), detail = e.to_string()),
        ))
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_PLAN_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
    } else {
        if path.is_dir() {
            return Err(Box::new(Finding::new(
                "plan-syntax",
                Severity::Error,
                msg!("io-is-dir", path = name.as_str()),
            )));
        }
        let file = std::fs::File::open(path).map_err(io_error)?;
        file.take(MAX_PLAN_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
    }
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(Box::new(
            Finding::new(
                "plan-syntax",
                Severity::Error,
                msg!(
                    "io-too-large",
                    path = name.as_str(),
                    limit = MAX_PLAN_BYTES / (1024 * 1024)
                ),
            )
            .help(msg!("io-too-large-help")),
        ));
    }
    Ok(bytes)
}
