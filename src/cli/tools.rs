//! The planner's tools on one plan: `timeline`, `deadlines` and `ics`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use oras_check::check::{self, Options};
use oras_check::i18n::Localizer;
use oras_check::msg;
use oras_check::planner::Course;
use oras_check::planner::schedule;
use oras_check::planner::timeline::{Overview, Timeline};
use oras_check::report::{self, Format, RenderOptions, Reporter, deadlines};
use oras_check::run::Input;

use super::{GlobalArgs, exit, parse_date, print};

/// The plans a tool works on.
#[derive(Args, Debug, Clone)]
pub struct PlanArgs {
    /// Plan files, or folders searched for *.toml plans (as `check` finds them); `-` reads one
    /// plan from standard input
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

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

    /// Draw from this day on (several plans: the provider's view)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    from: Option<NaiveDate>,

    /// Draw up to this day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    to: Option<NaiveDate>,
}

#[derive(Args, Debug)]
pub struct DeadlinesArgs {
    #[command(flatten)]
    plan: PlanArgs,

    /// Only what falls due within this span from --as-of (14d, 6w, 2m), plus anything overdue
    #[arg(long, value_name = "SPAN")]
    within: Option<String>,

    /// Only the course with this code
    #[arg(long, value_name = "CODE")]
    course: Option<String>,

    /// Exit with 1 when anything is overdue (for a scheduled reminder in CI)
    #[arg(long)]
    fail_on_overdue: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = DeadlinesFormat::Human)]
    format: DeadlinesFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DeadlinesFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct IcsArgs {
    #[command(flatten)]
    plan: PlanArgs,

    /// Also write the items already done
    #[arg(long)]
    include_done: bool,
}

/// The plans loaded and checked for a tool, with the day and the language it works in.
struct Loaded<'p> {
    courses: Vec<Course<'p>>,
    as_of: NaiveDate,
    l10n: &'static Localizer,
}

/// Loads and checks every plan the paths name, with the packs in force, and hands those that
/// can be drawn to a tool. A plan that cannot be is shown as a check would show it, on standard
/// error, and the exit code is 2 however the tool ends.
fn with_plans(args: &PlanArgs, global: &GlobalArgs, tool: impl FnOnce(Loaded<'_>) -> u8) -> u8 {
    let packs = match global.packs() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let settings = match global.settings_near(&args.paths) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let how = match super::check::discovery(&settings) {
        Ok(how) => how,
        Err(e) => {
            say!("error: {e}");
            return exit::UNCHECKED;
        }
    };
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let l10n = Localizer::get(settings.lang.value);
    // Each plan under its own configuration (its roster above all), as `check` reads it.
    let inputs = oras_check::run::discover(&args.paths, &how);
    let assignment = match super::check::assigned(inputs, &settings, false, global) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let mut courses: Vec<(usize, Course<'_>)> = Vec::new();
    let mut unchecked: Vec<(usize, check::PlanReport)> = Vec::new();
    for group in &assignment.groups {
        let options = super::check::options_for(&group.project, &settings, &Options::new(as_of));
        for (index, input) in &group.inputs {
            let name = oras_check::privacy::shown(&input.name());
            let bytes = match input {
                Input::Stdin | Input::StdinAs(_) => {
                    oras_check::run::read(std::path::Path::new("-"))
                }
                Input::File { path, .. } => oras_check::run::read(path),
                Input::Problem { finding, .. } => Err(finding.clone()),
            };
            let found = matches!(
                input,
                Input::File {
                    explicit: false,
                    ..
                }
            );
            let analysis = match bytes {
                Ok(bytes) => match std::str::from_utf8(&bytes) {
                    Ok(text) if found => {
                        match check::analyse_found(&name, text, &packs, &options) {
                            Some(analysis) => analysis,
                            None => continue,
                        }
                    }
                    Ok(text) => check::analyse(&name, text, &packs, &options),
                    Err(_) => check::Analysis {
                        report: check::check_bytes(&name, &bytes, &packs, &options),
                        plan: None,
                    },
                },
                Err(finding) => check::Analysis {
                    report: check::PlanReport::unreadable(&name, *finding),
                    plan: None,
                },
            };
            match analysis.plan {
                Some((plan, edition)) => courses.push((
                    *index,
                    Course::new(
                        plan,
                        edition,
                        analysis.report.path,
                        analysis.report.findings,
                    ),
                )),
                None => unchecked.push((*index, analysis.report)),
            }
        }
    }
    courses.sort_by_key(|(i, _)| *i);
    unchecked.sort_by_key(|(i, _)| *i);
    let mut courses: Vec<Course<'_>> = courses.into_iter().map(|(_, c)| c).collect();
    let unchecked: Vec<check::PlanReport> = unchecked.into_iter().map(|(_, r)| r).collect();
    let failed = !unchecked.is_empty();
    if failed {
        // The plans that cannot be drawn: why, as a check would say it.
        let render = RenderOptions {
            format: Format::Human,
            lang: settings.lang.value,
            color: global.colored(),
            width: super::width(),
            as_of,
            quiet: true,
            root: None,
        };
        let mut reporter = Reporter::new(render, unchecked.len());
        let mut out = String::new();
        for report in unchecked {
            out.push_str(&reporter.plan(report));
        }
        out.push_str(&reporter.finish(&packs).0);
        super::warn(&out);
    }
    if courses.is_empty() {
        if !failed {
            say!(
                "error: {}",
                l10n.format(&msg!(
                    "run-no-plans",
                    paths = oras_check::finding::Arg::all(
                        args.paths.iter().map(|p| p.display().to_string())
                    )
                ))
            );
        }
        return exit::UNCHECKED;
    }
    Course::make_keys_unique(&mut courses);
    let code = tool(Loaded {
        courses,
        as_of,
        l10n,
    });
    if failed { exit::UNCHECKED } else { code }
}

pub fn timeline(args: &TimelineArgs, global: &GlobalArgs) -> u8 {
    with_plans(&args.plan, global, |loaded| {
        let (courses, as_of, l10n) = (loaded.courses, loaded.as_of, loaded.l10n);
        let width = args.width.unwrap_or_else(|| super::width().max(80));
        let (timeline, heading) = match courses.as_slice() {
            [one] => (
                Timeline::new(&one.plan, one.edition, &one.findings, as_of),
                l10n.format(&msg!(
                    "timeline-heading",
                    path = one.path.as_str(),
                    edition = one.edition.title.as_str()
                )),
            ),
            many => (
                Timeline::provider(
                    &many
                        .iter()
                        .map(|c| Overview::new(&c.plan, &c.label, &c.findings))
                        .collect::<Vec<_>>(),
                    as_of,
                ),
                l10n.format(&msg!("timeline-heading-many", courses = many.len())),
            ),
        };
        let timeline = timeline.window(args.from, args.to);
        let text = format!(
            "{heading}\n\n{}",
            report::timeline::text(&timeline, l10n, width, global.colored())
        );
        print(&text);
        exit::OK
    })
}

pub fn deadlines(args: &DeadlinesArgs, global: &GlobalArgs) -> u8 {
    with_plans(&args.plan, global, |loaded| {
        let (courses, as_of, l10n) = (loaded.courses, loaded.as_of, loaded.l10n);
        let horizon = match &args.within {
            None => None,
            Some(span) => match schedule::parse_horizon(span, as_of) {
                Some(days) => Some(days),
                None => {
                    let id = if span.trim().chars().all(|c| c.is_ascii_digit()) {
                        "deadlines-bare-number"
                    } else {
                        "deadlines-bad-span"
                    };
                    say!("error: {}", l10n.format(&msg!(id, span = span.as_str())));
                    return exit::UNCHECKED;
                }
            },
        };
        // A course code that no plan has is a mistake (a scheduled reminder with a typo would
        // never fire), not a course with nothing due.
        if let Some(code) = &args.course
            && !courses
                .iter()
                .any(|c| c.code.as_deref() == Some(code.as_str()))
        {
            let codes: Vec<&str> = courses.iter().filter_map(|c| c.code.as_deref()).collect();
            say!(
                "error: {}",
                l10n.format(&msg!("deadlines-unknown-course", course = code.as_str()))
            );
            let help = match oras_check::plan::suggest(code, codes.iter().copied()) {
                Some(s) => l10n.format(&msg!("schema-did-you-mean", suggestion = s)),
                None if codes.is_empty() => l10n.text("deadlines-unknown-course-none"),
                None => {
                    let mut listed: Vec<&str> = codes.clone();
                    listed.sort_unstable();
                    listed.dedup();
                    l10n.format(&msg!(
                        "deadlines-unknown-course-help",
                        codes = oras_check::finding::Arg::all(listed)
                    ))
                }
            };
            say!("  help: {help}");
            return exit::UNCHECKED;
        }
        let mut rows: Vec<deadlines::Row<'_>> = Vec::new();
        for course in &courses {
            if args
                .course
                .as_ref()
                .is_some_and(|code| course.code.as_deref() != Some(code.as_str()))
            {
                continue;
            }
            let mut items = schedule::items(&course.plan, course.edition);
            if let Some(days) = horizon {
                items = schedule::within(items, as_of, days);
            }
            rows.extend(items.into_iter().map(|item| deadlines::Row {
                path: &course.path,
                course: course.code.as_deref(),
                label: &course.label,
                item,
            }));
        }
        rows.sort_by(|a, b| (a.item.date, a.label).cmp(&(b.item.date, b.label)));
        let overdue = rows
            .iter()
            .any(|r| r.item.late(as_of) && r.item.state == schedule::State::Open);
        let one = (courses.len() == 1).then(|| &courses[0]);
        let shown = deadlines::Deadlines {
            single: one.map(|c| {
                (
                    c.path.as_str(),
                    c.edition.year.as_str(),
                    c.edition.title.as_str(),
                )
            }),
            courses: courses.len(),
            as_of,
            rows: &rows,
        };
        let text = match args.format {
            DeadlinesFormat::Json => deadlines::json(&shown, l10n),
            DeadlinesFormat::Human => {
                deadlines::human(&shown, l10n, super::width(), global.colored())
            }
        };
        print(&text);
        if args.fail_on_overdue && overdue {
            exit::FINDINGS
        } else {
            exit::OK
        }
    })
}

pub fn ics(args: &IcsArgs, global: &GlobalArgs) -> u8 {
    with_plans(&args.plan, global, |loaded| {
        let calendars: Vec<oras_check::planner::ics::Source<'_>> = loaded
            .courses
            .iter()
            .map(|c| oras_check::planner::ics::Source {
                plan: &c.plan,
                edition: c.edition,
                key: &c.key,
            })
            .collect();
        print(&oras_check::planner::ics::calendar(
            &calendars,
            loaded.l10n,
            loaded.as_of,
            args.include_done,
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
