//! The planner's tools on one plan: `timeline`, `deadlines` and `ics`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use oras_check::check::{self, Options};
use oras_check::i18n::Localizer;
use oras_check::msg;
use oras_check::pack::{Edition, Packs};
use oras_check::plan::Plan;
use oras_check::planner::schedule;
use oras_check::planner::timeline::Timeline;
use oras_check::report::{self, Format, RenderOptions, Reporter, deadlines};

use super::{GlobalArgs, exit, parse_date, print};

/// The plan a tool works on.
#[derive(Args, Debug, Clone)]
pub struct PlanArgs {
    /// The plan file; `-` reads it from standard input
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// The day to draw or count from [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

#[derive(Args, Debug)]
pub struct TimelineArgs {
    #[command(flatten)]
    plan: PlanArgs,

    /// Width in columns [default: the terminal's, at least 80]
    #[arg(long)]
    width: Option<usize>,
}

#[derive(Args, Debug)]
pub struct DeadlinesArgs {
    #[command(flatten)]
    plan: PlanArgs,

    /// Only what falls due within this span from --as-of (30d, 6w, 2m), plus anything overdue
    #[arg(long, value_name = "SPAN")]
    within: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = DeadlinesFormat::Human)]
    format: DeadlinesFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DeadlinesFormat {
    Human,
    Json,
}

/// A plan loaded and checked for a tool, with the day and the language the tool works in.
struct Loaded<'p> {
    plan: Plan,
    edition: &'p Edition,
    report: check::PlanReport,
    as_of: NaiveDate,
    l10n: &'static Localizer,
}

impl<'p> Loaded<'p> {
    fn parts(
        self,
    ) -> (
        Plan,
        &'p Edition,
        check::PlanReport,
        NaiveDate,
        &'static Localizer,
    ) {
        (self.plan, self.edition, self.report, self.as_of, self.l10n)
    }
}

/// Loads and checks the plan with the packs in force and hands it to a tool; the exit code
/// after its problems were shown when it cannot be drawn.
fn with_plan(args: &PlanArgs, global: &GlobalArgs, tool: impl FnOnce(Loaded<'_>) -> u8) -> u8 {
    let packs = match global.packs() {
        Ok(p) => p,
        Err(code) => return code,
    };
    match load(args, global, &packs) {
        Ok(loaded) => tool(loaded),
        Err(code) => code,
    }
}

/// Loads and checks the plan; `Err` is the exit code after its problems were shown.
fn load<'p>(args: &PlanArgs, global: &GlobalArgs, packs: &'p Packs) -> Result<Loaded<'p>, u8> {
    let settings = global.settings(None, None)?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let name = oras_check::privacy::shown(&args.plan.display().to_string());
    let options = Options::new(as_of);
    let analysis = match oras_check::run::read(&args.plan) {
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Ok(text) => check::analyse(&name, text, packs, &options),
            Err(_) => check::Analysis {
                report: check::check_bytes(&name, &bytes, packs, &options),
                plan: None,
            },
        },
        Err(finding) => check::Analysis {
            report: check::PlanReport::unreadable(&name, *finding),
            plan: None,
        },
    };
    match analysis.plan {
        Some((plan, edition)) => Ok(Loaded {
            plan,
            edition,
            report: analysis.report,
            as_of,
            l10n: Localizer::get(settings.lang.value),
        }),
        None => {
            // The plan cannot be drawn: show why, as a check would.
            let render = RenderOptions {
                format: Format::Human,
                lang: settings.lang.value,
                color: global.colored(),
                width: super::width(),
                as_of,
                quiet: true,
                root: None,
            };
            let mut reporter = Reporter::new(render, 1);
            let mut out = reporter.plan(analysis.report);
            out.push_str(&reporter.finish(packs).0);
            super::warn(&out);
            Err(exit::UNCHECKED)
        }
    }
}

pub fn timeline(args: &TimelineArgs, global: &GlobalArgs) -> u8 {
    with_plan(&args.plan, global, |t| {
        let (plan, edition, report, as_of, l10n) = t.parts();
        let width = args.width.unwrap_or_else(|| super::width().max(80));
        let timeline = Timeline::new(&plan, edition, &report.findings, as_of);
        let heading = l10n.format(&msg!(
            "timeline-heading",
            path = report.path.as_str(),
            edition = edition.title.as_str()
        ));
        let text = format!(
            "{heading}\n\n{}",
            report::timeline::text(&timeline, l10n, width, global.colored())
        );
        print(&oras_check::privacy::mask(&text));
        exit::OK
    })
}

pub fn deadlines(args: &DeadlinesArgs, global: &GlobalArgs) -> u8 {
    with_plan(&args.plan, global, |t| {
        let (plan, edition, report, as_of, l10n) = t.parts();
        let mut items = schedule::items(&plan, edition);
        if let Some(span) = &args.within {
            let Some(days) = schedule::parse_horizon(span, as_of) else {
                say!(
                    "error: {}",
                    l10n.format(&msg!("deadlines-bad-span", span = span.as_str()))
                );
                return exit::UNCHECKED;
            };
            items = schedule::within(items, as_of, days);
        }
        let shown = deadlines::Deadlines {
            path: &report.path,
            edition_year: &edition.year,
            edition_title: &edition.title,
            as_of,
            items: &items,
        };
        let text = match args.format {
            DeadlinesFormat::Json => deadlines::json(&shown, l10n),
            DeadlinesFormat::Human => {
                deadlines::human(&shown, l10n, super::width(), global.colored())
            }
        };
        print(&oras_check::privacy::mask(&text));
        exit::OK
    })
}

pub fn ics(args: &PlanArgs, global: &GlobalArgs) -> u8 {
    with_plan(args, global, |t| {
        let (plan, edition, report, as_of, l10n) = t.parts();
        print(&oras_check::planner::ics::calendar(
            &plan,
            edition,
            &report.path,
            l10n,
            as_of,
        ));
        exit::OK
    })
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The service: oras, omaishoitaja, group-therapy
    #[arg(long, value_parser = super::catalogue::parse_service)]
    service: oras_check::plan::Service,

    /// The first on-site day (moved off a Sunday or public holiday when needed)
    #[arg(long, value_parser = parse_date)]
    start: NaiveDate,

    /// Group therapy: the therapy (e.g. aquatic-therapy, music-therapy)
    #[arg(long, value_parser = parse_therapy)]
    therapy: Option<oras_check::plan::Therapy>,

    /// Group therapy: the clients' age group
    #[arg(long, value_enum, default_value_t = AgeGroupArg::Adults)]
    age_group: AgeGroupArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AgeGroupArg {
    Children,
    Adults,
}

fn parse_therapy(s: &str) -> Result<oras_check::plan::Therapy, String> {
    use oras_check::plan::Vocab;
    oras_check::plan::Therapy::parse(s).ok_or_else(|| {
        let ids: Vec<_> = oras_check::plan::Therapy::IDS
            .iter()
            .map(|(id, _)| *id)
            .collect();
        format!("unknown therapy `{s}`; expected one of: {}", ids.join(", "))
    })
}

pub fn init(args: &InitArgs, global: &GlobalArgs) -> u8 {
    use oras_check::pack::params::AgeGroup;
    use oras_check::planner::init::{InitError, Request, skeleton_with};
    let packs = match global.packs() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let l10n = match global.localizer() {
        Ok(l10n) => l10n,
        Err(code) => return code,
    };
    let request = Request {
        service: args.service,
        start: args.start,
        therapy: args.therapy,
        age_group: match args.age_group {
            AgeGroupArg::Children => AgeGroup::Children,
            AgeGroupArg::Adults => AgeGroup::Adults,
        },
    };
    let roster = global
        .settings(None, None)
        .ok()
        .and_then(|s| s.roster.map(|r| r.value));
    match skeleton_with(&request, &packs, l10n, roster.as_deref()) {
        Ok(text) => {
            print(&text);
            exit::OK
        }
        Err(e) => {
            use oras_check::plan::Vocab;
            let message = match e {
                InitError::NoEdition(editions) => msg!(
                    "init-no-edition",
                    service = args.service.id(),
                    start = args.start,
                    editions = oras_check::finding::Arg::all(editions)
                ),
                InitError::TherapyNeeded => msg!("init-therapy-needed"),
                InitError::IndividualOnly(t) => msg!(
                    "init-individual-only",
                    therapy = oras_check::finding::Arg::Term(t.message_id())
                ),
            };
            say!("error: {}", l10n.format(&message));
            exit::UNCHECKED
        }
    }
}

#[derive(Args, Debug)]
pub struct FixArgs {
    /// Plan files, or folders searched for *.toml plans
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Print a unified diff of the repairs and write nothing
    #[arg(long)]
    pub diff: bool,
}

/// `oras-check fix`: repairs each plan in place (or shows them with `--diff`), says what it
/// changed and what is left to do by hand. Exit code 0 when nothing is left, 1 when some
/// problem needs a person, 2 when a file cannot be read or is not TOML even after the repairs.
pub fn fix(args: &FixArgs, global: &GlobalArgs) -> u8 {
    use oras_check::planner::fix;
    use oras_check::run::{Discovery, Input};
    let l10n = match global.localizer() {
        Ok(l10n) => l10n,
        Err(code) => return code,
    };
    let mut code = exit::OK;
    let mut out = String::new();
    for input in oras_check::run::discover(&args.paths, &Discovery::default()) {
        let Input::File { path, .. } = &input else {
            super::warn(&format!("error: {}\n", input.name()));
            code = exit::UNCHECKED;
            continue;
        };
        let shown = oras_check::privacy::shown(&path.display().to_string());
        let text = match oras_check::files::read_text(path) {
            Ok(text) => text,
            Err(e) => {
                super::warn(&format!("error: {shown} {e}\n"));
                code = exit::UNCHECKED;
                continue;
            }
        };
        // Only plans: a folder may hold other TOML files.
        if matches!(
            oras_check::plan::parse(&text),
            oras_check::plan::Parsed::NotAPlan {
                plan_like: None,
                ..
            }
        ) {
            continue;
        }
        let fixed = fix::fix(&text);
        if let Some(detail) = &fixed.not_toml {
            out.push_str(&l10n.format(&msg!(
                "fix-not-toml",
                path = shown.as_str(),
                detail = detail.as_str()
            )));
            out.push('\n');
            code = exit::UNCHECKED;
            continue;
        }
        if args.diff {
            out.push_str(&fix::diff(&shown, &text, &fixed.text));
        } else if !fixed.edits.is_empty()
            && let Err(e) = std::fs::write(path, &fixed.text)
        {
            super::warn(&format!("error: cannot write {shown}: {e}\n"));
            code = exit::UNCHECKED;
            continue;
        }
        for edit in &fixed.edits {
            out.push_str(&l10n.format(&msg!(
                "fix-changed",
                path = shown.as_str(),
                line = edit.line,
                what = edit.what.as_str()
            )));
            out.push('\n');
        }
        if fixed.edits.is_empty() {
            out.push_str(&l10n.format(&msg!("fix-nothing", path = shown.as_str())));
            out.push('\n');
        }
        // What no mechanical repair can do, from the repaired text.
        let left = match oras_check::plan::parse(&fixed.text) {
            oras_check::plan::Parsed::Plan(root) => oras_check::plan::read(root.get_ref()).err(),
            oras_check::plan::Parsed::Invalid { error, .. } => Some(error),
            oras_check::plan::Parsed::NotAPlan { .. } => None,
        };
        if let Some(left) = left {
            let index = oras_check::position::LineIndex::new(&fixed.text);
            for f in &left.findings {
                let line = f.span().map_or(0, |s| index.position(s).line);
                out.push_str(&l10n.format(&msg!(
                    "fix-left",
                    path = shown.as_str(),
                    line = line,
                    message = l10n.format(&f.message)
                )));
                out.push('\n');
            }
            if code == exit::OK {
                code = exit::FINDINGS;
            }
        }
    }
    print(&out);
    code
}
