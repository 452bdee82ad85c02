//! `oras-check check`: find the plans, check them all (in parallel), render the report (in
//! parallel, written in input order), choose the exit code.

use std::io::Write;
use std::path::{Path, PathBuf};

use oras_check::check::Options;
use oras_check::config::{ClientIds, Config, FailOn};
use oras_check::files::{AtomicFile, FileId};
use oras_check::msg;
use oras_check::report::{Format, RenderOptions, Reporter, Summary};
use oras_check::run::{self, Discovery, Input};
use rayon::prelude::*;

use super::settings::Settings;
use super::{CheckArgs, GlobalArgs, exit};

/// Where the report goes: standard output, or `--output-file`, written atomically: the file
/// appears whole when the run ends, or not at all (an earlier report stays as it was).
pub enum Output {
    Stdout,
    File {
        file: AtomicFile,
        shown: String,
        /// The first write error; later writes are skipped and the file is never committed.
        failed: Option<std::io::Error>,
    },
}

impl Output {
    /// Standard output, or the file `path` names. `inputs` are the files this run reads (the
    /// plans, the configuration, the roster): a report is never written over one of them,
    /// however the path is spelt, and neither into a FIFO, device or folder.
    pub fn open(
        path: Option<&Path>,
        inputs: &[FileId],
        l10n: &oras_check::i18n::Localizer,
    ) -> Result<Output, String> {
        let Some(path) = path else {
            return Ok(Output::Stdout);
        };
        let shown = oras_check::privacy::shown(&path.display().to_string());
        if FileId::of(path).is_some_and(|id| inputs.contains(&id)) {
            return Err(l10n.format(&msg!("output-is-input", path = shown.as_str())));
        }
        if let Err(why) = oras_check::files::writable_target(path) {
            return Err(format!("{shown} {why}"));
        }
        AtomicFile::create(path)
            .map(|file| Output::File {
                file,
                shown: shown.clone(),
                failed: None,
            })
            .map_err(|e| write_error(l10n, &shown, &e))
    }

    pub fn write(&mut self, text: &str) {
        match self {
            Output::Stdout => super::print(text),
            Output::File {
                file,
                failed: failed @ None,
                ..
            } => {
                if let Err(e) = file.write_all(oras_check::report::gate(text, false).as_bytes()) {
                    *failed = Some(e);
                }
            }
            Output::File { .. } => {}
        }
    }

    /// Puts the file in place; `Err` says why it could not be written (the old file, if any,
    /// is then untouched).
    pub fn finish(self, l10n: &oras_check::i18n::Localizer) -> Result<(), String> {
        match self {
            Output::Stdout => Ok(()),
            Output::File {
                file,
                shown,
                failed,
            } => match failed {
                Some(e) => Err(write_error(l10n, &shown, &e)),
                None => file.commit().map_err(|e| write_error(l10n, &shown, &e)),
            },
        }
    }
}

/// "Cannot write FILE: why", in the run's language.
pub fn write_error(
    l10n: &oras_check::i18n::Localizer,
    shown: &str,
    error: &std::io::Error,
) -> String {
    l10n.format(&msg!(
        "output-write-failed",
        path = shown,
        reason = oras_check::privacy::shown(&error.to_string())
    ))
}

/// The files a run reads besides standard input: its plans, its configuration and roster.
fn read_files(inputs: &[Input], settings: &Settings, how: &Discovery) -> Vec<FileId> {
    inputs
        .iter()
        .filter_map(|input| match input {
            Input::File { path, .. } => Some(path.as_path()),
            _ => None,
        })
        .chain(settings.config.iter().map(|c| c.value.as_path()))
        .chain(how.never_plans.iter().map(PathBuf::as_path))
        .filter_map(FileId::of)
        .collect()
}

/// How folders are searched in this run: the settings' `exclude` globs, the project root, and
/// the files that are never plans (the configuration file and the roster).
pub(super) fn discovery(settings: &Settings) -> Result<Discovery, String> {
    let exclude = Config::exclude_set(&settings.exclude)?;
    let mut never_plans = Vec::new();
    if let Some(config) = &settings.config {
        never_plans.extend(config.value.canonicalize().ok());
        if let Some(roster) = &settings.roster {
            let dir = config.value.parent().unwrap_or(Path::new("."));
            never_plans.extend(dir.join(&roster.value.file).canonicalize().ok());
        }
    }
    Ok(Discovery {
        exclude,
        root: Some(settings.root.clone()),
        never_plans,
    })
}

pub fn run(args: &CheckArgs, global: &GlobalArgs) -> u8 {
    let settings = match global.settings_for_check(args) {
        Ok(settings) => settings,
        Err(code) => return code,
    };
    let how = match discovery(&settings) {
        Ok(how) => how,
        Err(e) => {
            say!("error: {}", oras_check::privacy::mask(&e));
            return exit::UNCHECKED;
        }
    };
    // The rule packs are parsed while the plans are found and the messages loaded: for a single
    // plan, these are half of the run.
    let lang = settings.lang.value;
    let (packs, (mut inputs, l10n)) = rayon::join(
        || global.packs(),
        || {
            let inputs = run::discover(&args.paths, &how);
            (inputs, oras_check::i18n::Localizer::get(lang))
        },
    );
    let packs = match packs {
        Ok(packs) => packs,
        Err(code) => return code,
    };
    if args.only_plans {
        for input in &mut inputs {
            if let Input::File { explicit, .. } = input {
                *explicit = false;
            }
        }
    }
    let read = if args.output_file.is_some() {
        read_files(&inputs, &settings, &how)
    } else {
        Vec::new()
    };
    let mut output = match Output::open(args.output_file.as_deref(), &read, l10n) {
        Ok(output) => output,
        Err(e) => {
            say!("error: {}", oras_check::privacy::mask(&e));
            return exit::UNCHECKED;
        }
    };
    let format = settings.format.value;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let render = RenderOptions {
        format,
        lang,
        color: global.colored() && args.output_file.is_none(),
        width: super::width(),
        as_of,
        quiet: args.quiet,
        root: Some(settings.root.clone()),
    };
    if inputs.is_empty() {
        say!(
            "error: {}",
            oras_check::privacy::mask(&l10n.format(&msg!(
                "run-no-plans",
                paths = oras_check::finding::Arg::all(
                    args.paths.iter().map(|p| p.display().to_string())
                )
            )))
        );
        // A CI step that uploads the document needs one, with no results, even now.
        if matches!(format, Format::Sarif | Format::Json | Format::Junit) {
            output.write(&Reporter::new(render, 0).finish(&packs).0);
        }
        if let Err(e) = output.finish(l10n) {
            say!("error: {e}");
        }
        return exit::UNCHECKED;
    }
    let options = Options {
        as_of,
        policy: settings.policy.clone(),
        cross: inputs.len() > 1,
        timeline: format == Format::Html,
        keep_text: matches!(format, Format::Human | Format::Html),
        roster: settings.roster.as_ref().map(|r| r.value.clone()),
        provider_wide_clients: settings.client_ids.value == ClientIds::ProviderWide,
    };
    // Every check first (each plan, then across plans), then the report.
    let checked = run::check_all(&inputs, &packs, &options);
    let mut reporter = Reporter::new(render, inputs.len() - checked.left_out.len());
    let renderer = reporter.renderer();
    // Rendered in parallel a chunk at a time, each report dropped once rendered, so that the
    // reports and their renderings are never all in memory together.
    let mut reports = checked.reports.into_iter();
    loop {
        let chunk: Vec<_> = reports.by_ref().take(run::CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        let prepared: Vec<_> = chunk
            .into_par_iter()
            .map(|report| renderer.prepare(report))
            .collect();
        for plan in prepared {
            output.write(&reporter.accept(plan));
        }
    }
    let mut summary_failed = false;
    if format == Format::Github
        && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    {
        if let Err(e) = append_step_summary(Path::new(&path), &reporter.github_summary(), l10n) {
            say!("error: {e}");
            summary_failed = true;
        }
    }
    let (tail, summary) = reporter.finish(&packs);
    output.write(&tail);
    if let Err(e) = output.finish(l10n) {
        say!("error: {e}");
        return exit::UNCHECKED;
    }
    left_out(&checked.left_out, args.verbose, l10n);
    if summary_failed {
        return exit::UNCHECKED;
    }
    exit_code(&summary, settings.fail_on.value)
}

/// Says on standard error how many TOML files were left out as not plans (listing them with
/// `--verbose`), so that a run never passes over a file without a word.
fn left_out(files: &[String], verbose: bool, l10n: &oras_check::i18n::Localizer) {
    if files.is_empty() {
        return;
    }
    let mut text = l10n.format(&msg!("run-left-out", count = files.len()));
    text.push('\n');
    if verbose {
        for file in files {
            text.push_str(&format!("  {file}\n"));
        }
    }
    super::warn(&text);
}

/// Appends the run's Markdown summary to GitHub's step summary file, atomically: the file's
/// earlier content and this run's summary are written to a temporary file beside it, which then
/// replaces it. A FIFO or device there is refused rather than waited on.
fn append_step_summary(
    path: &Path,
    markdown: &str,
    l10n: &oras_check::i18n::Localizer,
) -> Result<(), String> {
    let shown = oras_check::privacy::shown(&path.display().to_string());
    let earlier = match oras_check::files::read(path) {
        Ok(bytes) => bytes,
        Err(oras_check::files::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            Vec::new()
        }
        Err(e) => return Err(format!("{shown} {e}")),
    };
    let mut file = AtomicFile::create(path).map_err(|e| write_error(l10n, &shown, &e))?;
    file.write_all(&earlier)
        .and_then(|()| file.write_all(oras_check::report::gate(markdown, false).as_bytes()))
        .and_then(|()| file.commit())
        .map_err(|e| write_error(l10n, &shown, &e))
}

/// 2 when a plan could not be checked; else 1 when a finding reaches `--fail-on`; else 0.
pub fn exit_code(summary: &Summary, fail_on: FailOn) -> u8 {
    if summary.unchecked > 0 {
        return exit::UNCHECKED;
    }
    match (fail_on.threshold(), summary.counts.worst()) {
        (Some(threshold), Some(worst)) if worst >= threshold => exit::FINDINGS,
        _ => exit::OK,
    }
}
