//! `oras-check check`: find the plans, check them all (in parallel), render the report (in
//! parallel, written in input order), choose the exit code.

use std::io::Write;
use std::path::{Path, PathBuf};

use oras_check::check::Options;
use oras_check::config::{ClientIds, Config, FailOn};
use oras_check::msg;
use oras_check::report::{Format, RenderOptions, Reporter, Summary};
use oras_check::run::{self, Discovery, Input};
use rayon::prelude::*;

use super::settings::Settings;
use super::{CheckArgs, GlobalArgs, exit};

/// Where the report goes: standard output, or `--output-file`.
pub enum Output {
    Stdout,
    File(std::io::BufWriter<std::fs::File>, PathBuf),
}

impl Output {
    pub fn open(path: Option<&Path>) -> Result<Output, String> {
        match path {
            None => Ok(Output::Stdout),
            Some(path) => std::fs::File::create(path)
                .map(|f| Output::File(std::io::BufWriter::new(f), path.to_owned()))
                .map_err(|e| format!("cannot write {}: {e}", path.display())),
        }
    }

    pub fn write(&mut self, text: &str) {
        match self {
            Output::Stdout => super::print(text),
            // A full disk is reported when the file is finished.
            Output::File(file, _) => {
                let _ = file.write_all(oras_check::report::gate(text, false).as_bytes());
            }
        }
    }

    /// Flushes the file; `Err` says why it could not be written.
    pub fn finish(self) -> Result<(), String> {
        match self {
            Output::Stdout => Ok(()),
            Output::File(mut file, path) => file
                .flush()
                .map_err(|e| format!("cannot write {}: {e}", path.display())),
        }
    }
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
    let mut output = match Output::open(args.output_file.as_deref()) {
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
        let _ = output.finish();
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
    if format == Format::Github
        && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    {
        append_step_summary(Path::new(&path), &reporter.github_summary());
    }
    let (tail, summary) = reporter.finish(&packs);
    output.write(&tail);
    if let Err(e) = output.finish() {
        say!("error: {}", oras_check::privacy::mask(&e));
        return exit::UNCHECKED;
    }
    left_out(&checked.left_out, args.verbose, l10n);
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

/// Appends the run's Markdown summary to GitHub's step summary file.
fn append_step_summary(path: &Path, markdown: &str) {
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
        .and_then(|mut f| f.write_all(oras_check::report::gate(markdown, false).as_bytes()));
    if let Err(e) = written {
        say!("warning: cannot write the step summary: {e}");
    }
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
