//! `oras-check check`: find the plans, check them all (in parallel), render the report (in
//! parallel, written in input order), choose the exit code.

use oras_check::check::Options;
use oras_check::config::FailOn;
use oras_check::msg;
use oras_check::report::{RenderOptions, Reporter, Summary};
use oras_check::run::{self, Input};
use rayon::prelude::*;

use super::{CheckArgs, GlobalArgs, exit, print};

pub fn run(args: &CheckArgs, global: &GlobalArgs) -> u8 {
    let settings = match global.settings(args.format, args.fail_on) {
        Ok(settings) => settings,
        Err(code) => return code,
    };
    // The rule packs are parsed while the plans are found and the messages loaded: for a single
    // plan, these are half of the run.
    let lang = settings.lang.value;
    let (packs, (mut inputs, l10n)) = rayon::join(
        || global.packs(),
        || {
            let inputs = run::discover(&args.paths);
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
    if inputs.is_empty() {
        eprintln!(
            "error: {}",
            l10n.format(&msg!(
                "run-no-plans",
                paths = oras_check::finding::Arg::all(
                    args.paths.iter().map(|p| p.display().to_string())
                )
            ))
        );
        return exit::UNCHECKED;
    }
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let options = Options {
        as_of,
        policy: settings.policy.clone(),
        cross: inputs.len() > 1,
        timeline: settings.format.value == oras_check::report::Format::Html,
    };
    let render = RenderOptions {
        format: settings.format.value,
        lang: settings.lang.value,
        color: global.colored(),
        width: super::width(),
        as_of,
        quiet: args.quiet,
    };
    // Every check first (each plan, then across plans), then the report.
    let reports = run::check_all(&inputs, &packs, &options);
    let mut reporter = Reporter::new(render, inputs.len());
    let renderer = reporter.renderer();
    // Rendered in parallel a chunk at a time, each report dropped once rendered, so that the
    // reports and their renderings are never all in memory together.
    let mut reports = reports.into_iter();
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
            print(&reporter.accept(plan));
        }
    }
    let (tail, summary) = reporter.finish(&packs);
    print(&tail);
    exit_code(&summary, settings.fail_on.value)
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
