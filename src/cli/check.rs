//! `oras-check check`: find the plans, check them all (in parallel), render the report (in
//! parallel, written in input order), choose the exit code.

use std::io::Write;
use std::path::{Path, PathBuf};

use oras_check::check::Options;
use oras_check::config::{Assignment, ClientIds, Config, FailOn, Project, Projects, assign};
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
        // `-o results/oras-check.sarif` in a fresh checkout: the folder is made, as ruff does.
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.exists()
        {
            std::fs::create_dir_all(parent).map_err(|e| write_error(l10n, &shown, &e))?;
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

/// The files a run reads besides standard input: its plans, and every configuration file and
/// roster its plans are checked under, or that were named and left out as never plans.
fn read_files(assignment: &Assignment) -> Vec<FileId> {
    let plans =
        assignment
            .groups
            .iter()
            .flat_map(|g| &g.inputs)
            .filter_map(|(_, input)| match input {
                Input::File { path, .. } => Some(path.as_path()),
                _ => None,
            });
    let settings = assignment
        .groups
        .iter()
        .flat_map(|g| g.project.files())
        .map(PathBuf::as_path);
    let named = assignment.never_plans.iter().map(Path::new);
    plans
        .chain(settings)
        .chain(named)
        .filter_map(FileId::of)
        .collect()
}

/// How folders are searched in this run: `--exclude`, and with a configuration chosen for every
/// plan (`--config`) its `exclude` too (otherwise each plan's own configuration's `exclude` is
/// applied when the plans are given their configuration: [`oras_check::config::assign`]).
pub(super) fn discovery(settings: &Settings) -> Result<Discovery, String> {
    let globs: &[String] = if settings.fixed {
        &settings.exclude
    } else {
        &settings.flag_exclude
    };
    let exclude = Config::exclude_set(globs)?;
    Ok(Discovery {
        exclude,
        root: Some(settings.root.clone()),
        // The configuration files and rosters are found and left out (and listed as left out)
        // when each plan is given its configuration: `assigned`.
        never_plans: Vec::new(),
    })
}

/// Each plan's configuration: the one chosen for every plan (`--config`, `--no-config`), or the
/// nearest file from each plan's folder upward.
pub(super) fn projects(settings: &Settings) -> Result<Projects, Box<oras_check::error::FileError>> {
    let run = match &settings.config {
        Some(file) if settings.fixed => Project::load(&file.value)?,
        Some(file) => Project::load_found(&file.value)?,
        None => Project::default(),
    };
    Ok(if settings.fixed {
        Projects::fixed(run)
    } else {
        Projects::nearest(run)
    })
}

/// The run's inputs with their configurations; the configuration files and rosters named or
/// found are returned as left out (never plans).
pub(super) fn assigned(
    inputs: Vec<Input>,
    settings: &Settings,
    force_exclude: bool,
    global: &GlobalArgs,
) -> Result<Assignment, u8> {
    let mut projects = projects(settings).map_err(|e| {
        super::report_file_error(&e, global.colored(), global.early_localizer());
        exit::UNCHECKED
    })?;
    // `--force-exclude` applies `--exclude` to named files too.
    let flag_exclude = if force_exclude {
        Config::exclude_set(&settings.exclude).ok().flatten()
    } else {
        None
    };
    let inputs = inputs
        .into_iter()
        .filter(|input| match (input, &flag_exclude) {
            (Input::File { path, .. } | Input::StdinAs(path), Some(set)) => {
                !set.is_match(path)
                    && !std::path::absolute(path)
                        .ok()
                        .and_then(|p| p.strip_prefix(&settings.root).ok().map(Path::to_path_buf))
                        .is_some_and(|p| set.is_match(p))
            }
            _ => true,
        })
        .collect();
    assign(inputs, &mut projects, force_exclude).map_err(|e| {
        super::report_file_error(&e, global.colored(), global.early_localizer());
        exit::UNCHECKED
    })
}

/// The check options of the plans under one configuration: its policy, roster and client ids,
/// with the rules the command line turns off for every plan.
pub(super) fn options_for(project: &Project, settings: &Settings, base: &Options) -> Options {
    let mut policy = if settings.fixed {
        settings.policy.clone()
    } else {
        project.config.policy()
    };
    for rule in &settings.flags_off {
        if !policy.off.contains(rule) {
            policy.off.push(*rule);
        }
    }
    let (roster, client_ids) = if settings.fixed {
        (
            settings.roster.as_ref().map(|r| r.value.clone()),
            settings.client_ids.value,
        )
    } else {
        (project.roster.clone(), project.config.client_ids)
    };
    Options {
        policy,
        roster,
        provider_wide_clients: client_ids == ClientIds::ProviderWide,
        ..base.clone()
    }
}

/// Plans rendered at a time while the ones before are written: small enough that writing
/// overlaps most of the rendering, large enough to keep both cores busy.
const RENDER_CHUNK: usize = 128;

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
    // The rule packs are parsed and the messages loaded (each about 0.6 ms) while the plans are
    // found: for a single plan, these are half of the run, and the two go side by side once the
    // plan is found; for a thousand, finding them takes longer than both.
    let lang = settings.lang.value;
    let ((packs, l10n), mut inputs) = rayon::join(
        || rayon::join(|| global.packs(), || oras_check::i18n::Localizer::get(lang)),
        || run::discover(&args.paths, &how),
    );
    let packs = match packs {
        Ok(packs) => packs,
        Err(code) => return code,
    };
    for input in &mut inputs {
        match input {
            Input::File { explicit, .. } if args.only_plans => *explicit = false,
            Input::Stdin => {
                if let Some(name) = &args.stdin_filename {
                    *input = Input::StdinAs(name.clone());
                }
            }
            _ => {}
        }
    }
    let assignment = match assigned(inputs, &settings, args.force_exclude, global) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let read = if args.output_file.is_some() {
        read_files(&assignment)
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
    let inputs = assignment
        .groups
        .iter()
        .map(|g| g.inputs.len())
        .sum::<usize>();
    let base = Options {
        as_of,
        policy: settings.policy.clone(),
        cross: false,
        timeline: format == Format::Html && !args.statistics,
        keep_text: matches!(format, Format::Human | Format::Html) && !args.statistics,
        roster: None,
        provider_wide_clients: false,
    };
    // Every check first (each plan, then across the plans of its configuration), then the
    // report, in input order.
    let mut left_out: Vec<(usize, String)> = Vec::new();
    let mut checked: Vec<(usize, oras_check::check::PlanReport)> = Vec::with_capacity(inputs);
    for group in &assignment.groups {
        let mut options = options_for(&group.project, &settings, &base);
        options.cross = group.inputs.len() > 1;
        let (indices, group_inputs): (Vec<usize>, Vec<Input>) =
            group.inputs.iter().cloned().unzip();
        let result = run::check_all(&group_inputs, &packs, &options);
        let mut kept = vec![false; group_inputs.len()];
        for (i, report) in result.indices.into_iter().zip(result.reports) {
            kept[i] = true;
            checked.push((indices[i], report));
        }
        left_out.extend(
            kept.iter()
                .enumerate()
                .filter(|(_, k)| !**k)
                .map(|(i, _)| (indices[i], group_inputs[i].name())),
        );
    }
    checked.sort_by_key(|(i, _)| *i);
    left_out.sort_by_key(|(i, _)| *i);
    let mut left_out: Vec<String> = left_out.into_iter().map(|(_, name)| name).collect();
    left_out.extend(assignment.never_plans.iter().cloned());
    // pre-commit names the changed files: with --only-plans (or --force-exclude) a commit that
    // changes only the roster, the configuration or an excluded file has nothing to check, and
    // that is no mistake. A folder or standard input with no plan always is.
    let files_only = args
        .paths
        .iter()
        .all(|p| (p.as_os_str() != "-" || args.stdin_filename.is_some()) && !p.is_dir());
    if checked.is_empty() && files_only && (args.only_plans || args.force_exclude) {
        left_out_note(&left_out, args.verbose, l10n);
        return exit::OK;
    }
    if checked.is_empty() {
        // A path with no plan (nothing, or only TOML files that are not plans) is a mistake,
        // never a pass, in every format.
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
        if !args.statistics
            && matches!(
                format,
                Format::Sarif | Format::Json | Format::Junit | Format::Gitlab
            )
        {
            let mut reporter = Reporter::new(render, 0);
            reporter.incomplete(&l10n.format(&msg!(
                "run-no-plans",
                paths = oras_check::finding::Arg::all(
                    args.paths.iter().map(|p| p.display().to_string())
                )
            )));
            output.write(&reporter.finish(&packs).0);
        }
        if let Err(e) = output.finish(l10n) {
            say!("error: {e}");
        }
        left_out_note(&left_out, args.verbose, l10n);
        return exit::UNCHECKED;
    }
    if args.statistics {
        let mut stats = oras_check::report::statistics::Statistics::default();
        let mut summary = Summary::default();
        for (_, report) in &checked {
            stats.add(report);
            summary.plans += 1;
            summary.unchecked += usize::from(!report.checked);
            summary.counts.merge(report.counts());
        }
        output.write(&stats.render(&render));
        if let Err(e) = output.finish(l10n) {
            say!("error: {e}");
            return exit::UNCHECKED;
        }
        left_out_note(&left_out, args.verbose, l10n);
        return exit_code(&summary, settings.fail_on.value);
    }
    let mut reporter = Reporter::new(render, checked.len());
    reporter.begin(checked.iter().map(|(_, report)| report));
    let renderer = reporter.renderer();
    // Rendered in parallel a chunk at a time, each report dropped once rendered, so that the
    // reports and their renderings are never all in memory together. A chunk is written (in
    // order, through the output gate) while the next one is rendered.
    let mut reports = checked.into_iter().map(|(_, report)| report);
    let mut rendered = Vec::new();
    // The chunk's text, its buffer used again for every chunk.
    let mut text = String::new();
    loop {
        let chunk: Vec<_> = reports.by_ref().take(RENDER_CHUNK).collect();
        let last = chunk.is_empty();
        let (next, ()) = rayon::join(
            || {
                chunk
                    .into_par_iter()
                    .map(|report| renderer.prepare(report))
                    .collect::<Vec<_>>()
            },
            || {
                // One write (and one pass of the output gate) for the chunk, not one a plan.
                text.clear();
                for plan in rendered.drain(..) {
                    text.push_str(&reporter.accept(plan));
                }
                output.write(&text);
            },
        );
        rendered = next;
        if last {
            break;
        }
    }
    let mut summary_failed = false;
    if format == Format::Github
        && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
        && let Err(e) = append_step_summary(Path::new(&path), &reporter.github_summary(), l10n)
    {
        say!("error: {e}");
        summary_failed = true;
    }
    let (tail, summary) = reporter.finish(&packs);
    output.write(&tail);
    if let Err(e) = output.finish(l10n) {
        say!("error: {e}");
        return exit::UNCHECKED;
    }
    left_out_note(&left_out, args.verbose, l10n);
    if summary_failed {
        return exit::UNCHECKED;
    }
    exit_code(&summary, settings.fail_on.value)
}

/// Says on standard error how many TOML files were left out as not plans (listing them with
/// `--verbose`), so that a run never passes over a file without a word.
fn left_out_note(files: &[String], verbose: bool, l10n: &oras_check::i18n::Localizer) {
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
