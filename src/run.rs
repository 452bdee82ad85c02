//! Many plans in one call: finding the plan files, reading each with a size limit, checking them
//! in parallel, then the cross-plan rules over all of them, with policy applied to their
//! findings. Only then are the reports handed on, in input order, to be rendered: every check is
//! finished before any renderer starts.
//!
//! Each plan is read once; its report keeps the (masked) text for the excerpts, and a small
//! entry of names and dates for the cross-plan rules.

use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::check::{self, Options, PlanReport};
use crate::finding::{Finding, RuleId, Severity};
use crate::msg;
use crate::pack::Packs;
use crate::policy::{self, Stage};
use crate::rules::{self, cross};

/// Plans larger than this are refused rather than read: a real plan is a few kilobytes, and a
/// runaway stream on standard input must not exhaust memory.
pub const MAX_PLAN_BYTES: u64 = crate::files::MAX_FILE_BYTES;

/// How many plans are checked (and rendered) together.
pub const CHUNK: usize = 512;

/// One thing to check.
#[derive(Clone, Debug)]
pub enum Input {
    /// A plan on standard input (`-`).
    Stdin,
    /// A file named on the command line (`explicit`), or found in a folder.
    File { path: PathBuf, explicit: bool },
    /// Something that could not even be listed (a symlink loop, an unreadable folder).
    Problem { path: String, finding: Box<Finding> },
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File { path, .. } => path.display().to_string(),
            Input::Problem { path, .. } => path.clone(),
        }
    }
}

/// The inputs the command line names: `-`, files, and folders searched recursively (in name
/// order, hidden entries skipped) for `*.toml` files.
pub fn discover(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, &mut inputs);
        } else {
            inputs.push(Input::File {
                path: path.clone(),
                explicit: true,
            });
        }
    }
    inputs
}

fn walk(root: &Path, inputs: &mut Vec<Input>) {
    let hidden =
        |e: &walkdir::DirEntry| e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !hidden(e));
    for entry in walker {
        match entry {
            Ok(e)
                if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml") =>
            {
                inputs.push(Input::File {
                    path: e.into_path(),
                    explicit: false,
                });
            }
            Ok(_) => {}
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                let message = match e.loop_ancestor() {
                    Some(ancestor) => msg!(
                        "io-symlink-loop",
                        path = path.as_str(),
                        ancestor = ancestor.display().to_string()
                    ),
                    None => msg!("io-error", path = path.as_str(), detail = e.to_string()),
                };
                inputs.push(Input::Problem {
                    path,
                    finding: Box::new(Finding::new(RuleId::PlanSyntax, Severity::Error, message)),
                });
            }
        }
    }
}

/// Checks every input (in parallel, in chunks), then runs the cross-plan rules over the plans
/// checked together and applies policy to their findings. Files found in folders that are not
/// plans are left out. Reports come back in input order.
pub fn check_all(inputs: &[Input], packs: &Packs, options: &Options) -> Vec<PlanReport> {
    let mut reports = Vec::with_capacity(inputs.len());
    for chunk in inputs.chunks(CHUNK) {
        let checked: Vec<Option<PlanReport>> = chunk
            .par_iter()
            .map(|input| check_input(input, packs, options))
            .collect();
        reports.extend(checked.into_iter().flatten());
    }
    cross_check(&mut reports, options);
    reports
}

/// The cross-plan rules over the reports that kept an entry (checked, not cancelled), their
/// findings added to the plans they are about, through the same policy as the plans' own.
fn cross_check(reports: &mut [PlanReport], options: &Options) {
    let with_entry: Vec<usize> = (0..reports.len())
        .filter(|&i| reports[i].cross.is_some())
        .collect();
    if with_entry.len() < 2 {
        return;
    }
    let found = {
        let entries: Vec<(&str, &cross::Entry)> = with_entry
            .iter()
            .filter_map(|&i| Some((reports[i].path.as_str(), reports[i].cross.as_ref()?)))
            .collect();
        rules::run_cross(&entries)
    };
    for f in found {
        reports[with_entry[f.plan]].cross_findings.push(f.finding);
    }
    for &i in &with_entry {
        let report = &mut reports[i];
        if !report.cross_findings.is_empty() {
            policy::apply(
                &options.policy,
                &report.allows,
                options.as_of,
                Stage::Cross,
                &mut report.cross_findings,
            );
        }
    }
}

/// Checks one input; `None` for a file found in a folder that is not a plan.
pub fn check_input(input: &Input, packs: &Packs, options: &Options) -> Option<PlanReport> {
    let name = input.name();
    match input {
        Input::Problem { finding, .. } => Some(PlanReport::unreadable(&name, (**finding).clone())),
        Input::Stdin => Some(match read_limited(std::io::stdin().lock(), &name, 0) {
            Ok(bytes) => check::check_bytes(&name, &bytes, packs, options),
            Err(finding) => PlanReport::unreadable(&name, *finding),
        }),
        Input::File { path, explicit } => {
            let bytes = crate::files::read(path).map_err(|e| read_error(&name, e));
            match (bytes, explicit) {
                (Ok(bytes), true) => Some(check::check_bytes(&name, &bytes, packs, options)),
                (Ok(bytes), false) => check::check_found(&name, &bytes, packs, options),
                (Err(finding), _) => Some(PlanReport::unreadable(&name, *finding)),
            }
        }
    }
}

/// A file that cannot be read as a plan, as a `plan-syntax` finding.
fn read_error(name: &str, e: crate::files::ReadError) -> Box<Finding> {
    use crate::files::ReadError;
    let (message, help) = match e {
        ReadError::Io(e) => return io_error(name, &e),
        ReadError::Directory => (msg!("io-is-dir", path = name), None),
        ReadError::NotRegular => (msg!("io-not-regular", path = name), None),
        ReadError::TooLarge => (
            msg!(
                "io-too-large",
                path = name,
                limit = MAX_PLAN_BYTES / (1024 * 1024)
            ),
            Some(msg!("io-too-large-help")),
        ),
    };
    let mut finding = Finding::new(RuleId::PlanSyntax, Severity::Error, message);
    finding.help = help;
    Box::new(finding)
}

/// Reads one plan named on the command line (`-` is standard input), with the size limit.
pub fn read(path: &Path) -> Result<Vec<u8>, Box<Finding>> {
    let name = path.display().to_string();
    if path.as_os_str() == "-" {
        return read_limited(std::io::stdin().lock(), &name, 0);
    }
    crate::files::read(path).map_err(|e| read_error(&name, e))
}

fn io_error(name: &str, e: &std::io::Error) -> Box<Finding> {
    let message = if e.kind() == std::io::ErrorKind::IsADirectory {
        msg!("io-is-dir", path = name)
    } else {
        msg!("io-error", path = name, detail = e.to_string())
    };
    Box::new(Finding::new(RuleId::PlanSyntax, Severity::Error, message))
}

/// Reads at most [`MAX_PLAN_BYTES`]; more is an error, not a memory problem. `size_hint` (a
/// file's length) sizes the buffer at once: growing it while reading cost a fifth of the time
/// of a run over many plans.
fn read_limited(reader: impl Read, name: &str, size_hint: u64) -> Result<Vec<u8>, Box<Finding>> {
    let mut bytes = Vec::with_capacity(size_hint.min(MAX_PLAN_BYTES) as usize + 1);
    reader
        .take(MAX_PLAN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, &e))?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(Box::new(
            Finding::new(
                RuleId::PlanSyntax,
                Severity::Error,
                if name == "-" {
                    msg!("io-stdin-too-large", limit = MAX_PLAN_BYTES / (1024 * 1024))
                } else {
                    msg!(
                        "io-too-large",
                        path = name,
                        limit = MAX_PLAN_BYTES / (1024 * 1024)
                    )
                },
            )
            .help(if name == "-" {
                msg!("io-stdin-too-large-help")
            } else {
                msg!("io-too-large-help")
            }),
        ));
    }
    Ok(bytes)
}
