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
    /// A plan on standard input under the name `--stdin-filename` gives it, for messages.
    StdinAs(PathBuf),
    /// A file named on the command line (`explicit`), or found in a folder.
    File { path: PathBuf, explicit: bool },
    /// Something that could not even be listed (a symlink loop, an unreadable folder).
    Problem { path: String, finding: Box<Finding> },
}

impl Input {
    /// The path as given (not yet masked: see [`crate::privacy::shown`]).
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::StdinAs(path) => path.display().to_string(),
            Input::File { path, .. } => path.display().to_string(),
            Input::Problem { path, .. } => path.clone(),
        }
    }
}

/// How folders are searched.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    /// Paths left out of folder walks: `exclude` globs of the configuration file and
    /// `--exclude`, matched against a path relative to the project root and to the folder
    /// walked.
    pub exclude: Option<globset::GlobSet>,
    /// The project root (the folder of `oras-check.toml`, else the current folder).
    pub root: Option<PathBuf>,
    /// Files that are never plans, canonical: the configuration file and the roster.
    pub never_plans: Vec<PathBuf>,
}

impl Discovery {
    fn excluded(&self, path: &Path, walked: &Path) -> bool {
        let Some(set) = &self.exclude else {
            return false;
        };
        let relative = |base: &Path| path.strip_prefix(base).ok().map(Path::to_path_buf);
        let from_root = self.root.as_deref().and_then(|root| {
            let absolute = std::path::absolute(path).ok()?;
            absolute.strip_prefix(root).ok().map(Path::to_path_buf)
        });
        [relative(walked), from_root, Some(path.to_path_buf())]
            .into_iter()
            .flatten()
            .any(|p| set.is_match(&p))
    }
}

/// The inputs the command line names: `-`, files, and folders searched recursively (in name
/// order; hidden entries, `.gitignore`d and `exclude`d paths skipped) for `*.toml` files. A file
/// reached twice (named twice, inside a folder also named, through a symbolic link) is checked
/// once, under the first spelling; so is standard input named twice.
pub fn discover(paths: &[PathBuf], how: &Discovery) -> Vec<Input> {
    let mut inputs = Vec::new();
    let mut stdin = false;
    for path in paths {
        if path.as_os_str() == "-" {
            // Standard input named twice is read once, as a file named twice is.
            if !std::mem::replace(&mut stdin, true) {
                inputs.push(Input::Stdin);
            }
        } else if path.is_dir() {
            walk(path, how, &mut inputs);
        } else {
            inputs.push(Input::File {
                path: path.clone(),
                explicit: true,
            });
        }
    }
    let never: rustc_hash::FxHashSet<crate::files::FileId> = how
        .never_plans
        .iter()
        .filter_map(|p| crate::files::FileId::of(p))
        .collect();
    // Each file's identity asks the file system once per file: on all threads.
    let ids: Vec<Option<crate::files::FileId>> = inputs
        .par_iter()
        .map(|input| match input {
            Input::File { path, .. } => crate::files::FileId::of(path),
            _ => None,
        })
        .collect();
    let mut seen = rustc_hash::FxHashSet::default();
    inputs
        .into_iter()
        .zip(ids)
        .filter(|(input, id)| match (input, id) {
            // The configuration file and the roster are never plans, unless named as one.
            (Input::File { explicit, .. }, Some(id)) => {
                (*explicit || !never.contains(id)) && seen.insert(id.clone())
            }
            // Not there (or not readable): reported when it is read.
            _ => true,
        })
        .map(|(input, _)| input)
        .collect()
}

fn walk(root: &Path, how: &Discovery, inputs: &mut Vec<Input>) {
    let walker = ignore::WalkBuilder::new(root)
        .follow_links(true)
        .hidden(true)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .ignore(true)
        .parents(true)
        // A planning folder's .gitignore counts whether or not it is checked out with git.
        .require_git(false)
        .sort_by_file_name(std::ffi::OsStr::cmp)
        .build();
    for entry in walker {
        match entry {
            Ok(e) => {
                let is_dir = e.file_type().is_some_and(|t| t.is_dir());
                let toml = e.path().extension().is_some_and(|x| x == "toml");
                if is_dir || !toml || e.depth() == 0 || how.excluded(e.path(), root) {
                    continue;
                }
                inputs.push(Input::File {
                    path: e.into_path(),
                    explicit: false,
                });
            }
            Err(e) => {
                let (path, message) = walk_error(root, &e);
                inputs.push(Input::Problem {
                    path: path.clone(),
                    finding: Box::new(Finding::new(RuleId::PlanSyntax, Severity::Error, message)),
                });
            }
        }
    }
}

/// Where a folder walk failed, and why.
fn walk_error(root: &Path, error: &ignore::Error) -> (String, crate::finding::Message) {
    let mut path = root.display().to_string();
    let mut e = error;
    loop {
        match e {
            ignore::Error::WithPath { path: p, err } => {
                path = p.display().to_string();
                e = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                e = err;
            }
            ignore::Error::Loop { ancestor, child } => {
                let child = child.display().to_string();
                let message = msg!(
                    "io-symlink-loop",
                    path = child.as_str(),
                    ancestor = ancestor.display().to_string()
                );
                return (child, message);
            }
            other => {
                let message = msg!("io-error", path = path.as_str(), detail = other.to_string());
                return (path, message);
            }
        }
    }
}

/// The outcome of a run's checks.
pub struct Checked {
    /// The plans' reports, in input order.
    pub reports: Vec<PlanReport>,
    /// For each report, the index of its input.
    pub indices: Vec<usize>,
    /// TOML files found in folders that are not plans, left out.
    pub left_out: Vec<String>,
}

/// Checks every input (in parallel, in chunks), then runs the cross-plan rules over the plans
/// checked together and applies policy to their findings. Files found in folders that are not
/// plans are left out. Reports come back in input order.
pub fn check_all(inputs: &[Input], packs: &Packs, options: &Options) -> Checked {
    let mut reports = Vec::with_capacity(inputs.len());
    let mut indices = Vec::with_capacity(inputs.len());
    let mut dropped = Vec::new();
    let mut left_out = Vec::new();
    for (n, chunk) in inputs.chunks(CHUNK).enumerate() {
        let checked: Vec<Option<(PlanReport, Option<u64>)>> = chunk
            .par_iter()
            .map(|input| {
                check_input(input, packs, options).map(|mut report| {
                    let hash = drop_clean_text(input, &mut report);
                    (report, hash)
                })
            })
            .collect();
        for (i, (input, checked)) in chunk.iter().zip(checked).enumerate() {
            match checked {
                Some((report, hash)) => {
                    if let Some(hash) = hash {
                        dropped.push((reports.len(), hash));
                    }
                    reports.push(report);
                    indices.push(n * CHUNK + i);
                }
                None => left_out.push(input.name()),
            }
        }
    }
    cross_check(&mut reports, options);
    // A clean plan's text comes back only if a cross-plan finding landed on it.
    dropped.retain(|&(at, _)| !reports[at].cross_findings.is_empty());
    for (at, hash) in dropped {
        if let Input::File { path, .. } = &inputs[indices[at]] {
            reports[at].text = read_again(path, hash);
        }
    }
    Checked {
        reports,
        indices,
        left_out,
    }
}

/// Drops a clean plan's text, which is needed again only for excerpts: it does not stay in
/// memory until the end (10,000 plans are 33 MiB of text). Only formats that show excerpts have
/// it here ([`check::Options::keep_text`]; the others never copy a clean plan's text); they get
/// the hash of what was dropped, to read the file again if a cross-plan finding lands on the
/// plan ([`read_again`]). Standard input cannot be read again, and keeps its text.
fn drop_clean_text(input: &Input, report: &mut PlanReport) -> Option<u64> {
    if !report.findings.is_empty() || !matches!(input, Input::File { .. }) {
        return None;
    }
    report.text.take().map(|text| text_hash(&text))
}

/// A hash of a plan's text as its report keeps it, to tell whether a file read again is the
/// file that was checked.
fn text_hash(text: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(text)
}

/// A clean plan's text, read again for the excerpts of the cross-plan findings that landed on
/// it; `None` (the findings show their line and column without an excerpt) when the file can no
/// longer be read or has changed since it was checked.
fn read_again(path: &Path, hash: u64) -> Option<std::sync::Arc<str>> {
    let bytes = crate::files::read(path).ok()?;
    let text = check::shown_text(std::str::from_utf8(&bytes).ok()?);
    (text_hash(&text) == hash).then_some(text)
}

/// The cross-plan rules over the reports that kept an entry (checked, not cancelled), their
/// findings added to the plans they are about, through the same policy as the plans' own.
pub fn cross_check(reports: &mut [PlanReport], options: &Options) {
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
        rules::run_cross(&cross::Plans {
            entries: &entries,
            provider_wide_clients: options.provider_wide_clients,
        })
    };
    for f in found {
        // A rule turned off leaves nothing (the positions stay beside their findings).
        if options.policy.is_off(f.finding.rule) {
            continue;
        }
        let report = &mut reports[with_entry[f.plan]];
        report.cross_findings.push(f.finding);
        report.cross_positions.push(f.position);
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
    // The path as every report shows it: a file name can hold an identity code or an escape.
    let name = crate::privacy::shown(&input.name());
    match input {
        Input::Problem { finding, .. } => Some(PlanReport::unreadable(&name, (**finding).clone())),
        Input::Stdin | Input::StdinAs(_) => {
            Some(match read_limited(std::io::stdin().lock(), &name) {
                Ok(bytes) => check::check_bytes(&name, &bytes, packs, options),
                Err(finding) => PlanReport::unreadable(&name, *finding),
            })
        }
        Input::File { path, explicit } => {
            let bytes = crate::files::read(path).map_err(|e| read_error(&name, e));
            match (bytes, explicit) {
                (Ok(bytes), true) => Some(check::check_bytes(&name, &bytes, packs, options)),
                (Ok(bytes), false) => check::check_if_plan(&name, &bytes, packs, options),
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
        ReadError::Pseudo => (msg!("io-pseudo", path = name), None),
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
        return read_limited(std::io::stdin().lock(), &name);
    }
    crate::files::read(path).map_err(|e| read_error(&name, e))
}

fn io_error(name: &str, e: &std::io::Error) -> Box<Finding> {
    // The common kinds in a sentence of each language; others with the system's words.
    let message = match e.kind() {
        std::io::ErrorKind::IsADirectory => msg!("io-is-dir", path = name),
        std::io::ErrorKind::NotFound => msg!("io-not-found", path = name),
        std::io::ErrorKind::PermissionDenied => msg!("io-permission-denied", path = name),
        _ => msg!("io-error", path = name, detail = e.to_string()),
    };
    Box::new(Finding::new(RuleId::PlanSyntax, Severity::Error, message))
}

/// Reads standard input up to [`MAX_PLAN_BYTES`]; more is an error, not a memory problem (files
/// are read by [`crate::files::read`], which sizes its buffer from the file's length).
fn read_limited(reader: impl Read, name: &str) -> Result<Vec<u8>, Box<Finding>> {
    let mut bytes = Vec::new();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_text_comes_back_only_from_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = "[course]\nname = \"Kurssi 131052-308T\"\n";
        std::fs::write(&path, text).unwrap();
        let hash = text_hash(&check::shown_text(text));
        let again = read_again(&path, hash).expect("the same file reads again");
        // As the report kept it: the identity code masked, at the same offsets.
        assert_eq!(again.len(), text.len());
        assert!(!again.contains("131052-308T"), "{again}");
        // Changed since it was checked (one byte), or gone: no text, and no wrong excerpt.
        std::fs::write(&path, text.replace("Kurssi", "Kurssa")).unwrap();
        assert!(read_again(&path, hash).is_none());
        std::fs::remove_file(&path).unwrap();
        assert!(read_again(&path, hash).is_none());
    }
}
