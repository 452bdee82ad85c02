//! The planner's tools, on one plan or many: `timeline`, `deadlines`, `ics`, `init` (a skeleton
//! that checks) and `fix` (repairs made in place, atomically).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use oras_check::check::{self, Options};
use oras_check::i18n::Localizer;
use oras_check::msg;
use oras_check::planner::Course;
use oras_check::planner::timeline::{Overview, Timeline, Window};
use oras_check::planner::{fix, schedule};
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

    /// Width in columns, 40 to 1000 [default: the terminal's, at least 80]
    #[arg(long, value_parser = clap::value_parser!(u16).range(40..=1000))]
    width: Option<u16>,

    /// Draw from this day on (several plans: the provider's view)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    from: Option<NaiveDate>,

    /// Draw up to this day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    to: Option<NaiveDate>,

    /// Several plans: draw every course, not only the months around --as-of (one before,
    /// twelve after)
    #[arg(long)]
    all: bool,
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

    /// Also list what is done, and events already past
    #[arg(long)]
    include_done: bool,

    /// A row for each client, not one per course, day and duty naming how many
    #[arg(long)]
    per_client: bool,

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
    /// The plans that could not be checked: path, and why in one sentence.
    unchecked: Vec<(String, String)>,
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
                Some((plan, edition)) => {
                    let mut course = Course::new(
                        plan,
                        edition,
                        analysis.report.path,
                        analysis.report.findings,
                    );
                    // A course without a code is known in calendars by its path within the
                    // folder walked, which does not change with where the command runs.
                    if course.plan.course.code.is_none()
                        && let Input::File { path, .. } = input
                        && let Some(rel) = args
                            .paths
                            .iter()
                            .find_map(|root| path.strip_prefix(root).ok())
                            .filter(|rel| !rel.as_os_str().is_empty())
                    {
                        course.key = oras_check::planner::ics::course_key(
                            &course.plan,
                            &rel.display().to_string(),
                        );
                    }
                    courses.push((*index, course));
                }
                None => unchecked.push((*index, analysis.report)),
            }
        }
    }
    courses.sort_by_key(|(i, _)| *i);
    unchecked.sort_by_key(|(i, _)| *i);
    let mut courses: Vec<Course<'_>> = courses.into_iter().map(|(_, c)| c).collect();
    let unchecked: Vec<check::PlanReport> = unchecked.into_iter().map(|(_, r)| r).collect();
    let failed = !unchecked.is_empty();
    let not_checked: Vec<(String, String)> = unchecked
        .iter()
        .map(|report| {
            let why = report
                .findings
                .iter()
                .find(|f| f.severity == oras_check::finding::Severity::Error)
                .map(|f| format!("{}: {}", f.rule, l10n.format(&f.message)))
                .unwrap_or_else(|| l10n.text("html-not-checked"));
            (
                report.path.clone(),
                oras_check::privacy::mask(&why).into_owned(),
            )
        })
        .collect();
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
        unchecked: not_checked,
        as_of,
        l10n,
    });
    if failed { exit::UNCHECKED } else { code }
}

pub fn timeline(args: &TimelineArgs, global: &GlobalArgs) -> u8 {
    with_plans(&args.plan, global, |loaded| {
        let (courses, as_of, l10n) = (loaded.courses, loaded.as_of, loaded.l10n);
        let width = args
            .width
            .map_or_else(|| super::width().max(80), usize::from);
        // The provider's view whenever more than one plan was given, even if only one of them
        // could be drawn.
        let many = courses.len() + loaded.unchecked.len() > 1;
        let (timeline, heading) = match courses.as_slice() {
            [one] if !many => (
                Timeline::new(&one.plan, one.edition, &one.findings, as_of),
                l10n.format(&msg!(
                    "timeline-heading",
                    path = one.path.as_str(),
                    edition = one.edition.title_arg()
                )),
            ),
            many => (
                Timeline::provider(
                    &many
                        .iter()
                        .map(|c| Overview::new(&c.plan, &c.label, &c.findings))
                        .collect::<Vec<_>>(),
                    as_of,
                    Window {
                        from: args.from,
                        to: args.to,
                        all: args.all,
                    },
                ),
                l10n.format(&msg!(
                    "timeline-heading-many",
                    courses = many.len() + loaded.unchecked.len()
                )),
            ),
        };
        let mut timeline = if many {
            timeline
        } else {
            timeline.window(args.from, args.to)
        };
        timeline.unchecked = loaded.unchecked;
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
        // What is open (or, with --include-done, everything) of each course, then one row per
        // course, day, duty and status; a provider's duty once for all its courses.
        let mut items = Vec::new();
        for (i, course) in courses.iter().enumerate() {
            if args
                .course
                .as_ref()
                .is_some_and(|code| course.code.as_deref() != Some(code.as_str()))
            {
                continue;
            }
            let mut own = schedule::items(&course.plan, course.edition);
            if !args.include_done {
                let over = schedule::course_over(&course.plan, as_of);
                own.retain(|item| schedule::pending(item, as_of, over));
            }
            if let Some(days) = horizon {
                own = schedule::within(own, as_of, days);
            }
            items.extend(own.into_iter().map(|item| (i, item)));
        }
        let mut rows: Vec<deadlines::Row<'_>> = schedule::group(items, args.per_client)
            .into_iter()
            .map(|g| {
                let first = &courses[g.courses[0]];
                deadlines::Row {
                    path: &first.path,
                    course: first.code.as_deref(),
                    label: &first.label,
                    courses: g
                        .courses
                        .iter()
                        .map(|&i| courses[i].label.as_str())
                        .collect(),
                    clients: g.clients,
                    item: g.item,
                }
            })
            .collect();
        // Overdue first, then by date.
        rows.sort_by(|a, b| {
            let late = |r: &deadlines::Row<'_>| {
                !(r.item.late(as_of) && r.item.state == schedule::State::Open)
            };
            (late(a), a.item.date, a.label).cmp(&(late(b), b.item.date, b.label))
        });
        let overdue = rows
            .iter()
            .any(|r| r.item.late(as_of) && r.item.state == schedule::State::Open);
        let one = (courses.len() == 1).then(|| &courses[0]);
        let title = one.map(|c| l10n.edition_title(&c.edition.id, &c.edition.title));
        let shown = deadlines::Deadlines {
            single: one
                .zip(title.as_deref())
                .map(|(c, title)| (c.path.as_str(), c.edition.year.as_str(), title)),
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
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
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
    /// Plan files, or folders searched for *.toml plans as `check` searches them; `-` reads one
    /// plan from standard input and writes the repaired plan to standard output
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Print a unified diff of the repairs and write nothing
    #[arg(long)]
    pub diff: bool,

    /// Skip named TOML files that are not plans (no [course] table) instead of refusing them;
    /// for pre-commit, which passes every changed .toml file
    #[arg(long)]
    pub only_plans: bool,

    /// Leave paths matching GLOB out of folder walks (repeatable), as `exclude` in
    /// oras-check.toml
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Apply `exclude` (and --exclude) to files named on the command line too, as pre-commit
    /// names every changed file
    #[arg(long)]
    pub force_exclude: bool,
}

/// `oras-check fix`: repairs each plan in place (or shows them with `--diff`), says what it
/// changed and what is left to do by hand. It finds plans exactly as `check` does (the
/// configuration, `exclude`, `.gitignore`), never touches the configuration or the roster, never
/// writes outside the paths it was given, and writes each file atomically, only if it is still
/// what was read. Exit code 0 when nothing is left, 1 when some problem needs a person, 2 when a
/// file cannot be read, written or repaired, or is refused.
pub fn fix(args: &FixArgs, global: &GlobalArgs) -> u8 {
    let settings = match global.settings_from_flags(&args.exclude, &args.paths) {
        Ok(settings) => settings,
        Err(code) => return code,
    };
    let how = match super::check::discovery(&settings) {
        Ok(how) => how,
        Err(e) => {
            say!("error: {}", oras_check::privacy::mask(&e));
            return exit::UNCHECKED;
        }
    };
    let mut run = FixRun {
        l10n: Localizer::get(settings.lang.value),
        roster: None,
        diff: args.diff,
        code: exit::OK,
        out: String::new(),
        left_out: Vec::new(),
    };
    // Each plan under its own configuration, as `check` gives it: that configuration's
    // `exclude`, and its roster for the name suggestions.
    let inputs = oras_check::run::discover(&args.paths, &how);
    let assignment = match super::check::assigned(inputs, &settings, args.force_exclude, global) {
        Ok(assignment) => assignment,
        Err(code) => return code,
    };
    // A configuration file or roster is never repaired; named on the command line, it is
    // refused (pre-commit's `--only-plans` passes over it).
    for name in &assignment.never_plans {
        if !args.only_plans && args.paths.iter().any(|p| p.as_os_str() == name.as_str()) {
            let shown = oras_check::privacy::shown(name);
            run.fail(
                &run.l10n
                    .format(&msg!("fix-settings-file", path = shown.as_str())),
            );
        }
    }
    let mut inputs: Vec<_> = assignment
        .groups
        .iter()
        .flat_map(|g| {
            g.inputs
                .iter()
                .map(move |(i, input)| (*i, &g.project, input))
        })
        .collect();
    inputs.sort_by_key(|(i, _, _)| *i);
    // The folders given, resolved: a file found in one is repaired only if it lies inside it.
    let roots: Vec<(PathBuf, String)> = args
        .paths
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| Some((p.canonicalize().ok()?, p.display().to_string())))
        .collect();
    for (_, project, input) in inputs {
        run.roster = if settings.fixed {
            settings.roster.as_ref().map(|r| r.value.clone())
        } else {
            project.roster.clone()
        };
        match input {
            Input::Stdin | Input::StdinAs(_) => run.stdin(),
            Input::Problem { finding, .. } => {
                run.fail(&run.l10n.format(&finding.message));
            }
            Input::File { path, explicit } => {
                let shown = oras_check::privacy::shown(&path.display().to_string());
                if !explicit {
                    let resolved = path.canonicalize().unwrap_or_else(|_| path.clone());
                    if !roots.iter().any(|(root, _)| resolved.starts_with(root)) {
                        let root = roots
                            .iter()
                            .find(|(_, given)| path.starts_with(given))
                            .map_or(String::new(), |(_, given)| given.clone());
                        run.say(&run.l10n.format(&msg!(
                            "fix-link-outside",
                            path = shown.as_str(),
                            root = oras_check::privacy::shown(&root).as_str()
                        )));
                        continue;
                    }
                }
                run.file(path, &shown, *explicit, args.only_plans);
            }
        }
    }
    print(&run.out);
    if !run.left_out.is_empty() {
        super::warn(&format!(
            "{}\n",
            run.l10n
                .format(&msg!("run-left-out", count = run.left_out.len()))
        ));
    }
    run.code
}

/// One `fix` run: its language, roster and mode, what it says and the exit code so far.
struct FixRun {
    l10n: &'static Localizer,
    roster: Option<std::sync::Arc<oras_check::plan::Roster>>,
    diff: bool,
    code: u8,
    out: String,
    /// TOML files found in folders that are not plans.
    left_out: Vec<String>,
}

impl FixRun {
    fn say(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// A problem that keeps a file from being repaired: said on standard error, exit code 2.
    fn fail(&mut self, message: &str) {
        super::warn(&format!("error: {message}\n"));
        self.code = exit::UNCHECKED;
    }

    fn needs_a_person(&mut self) {
        if self.code == exit::OK {
            self.code = exit::FINDINGS;
        }
    }

    /// `fix -`: the plan on standard input, repaired, on standard output (a diff with
    /// `--diff`); what was repaired and what is left go to standard error.
    fn stdin(&mut self) {
        let name = "-";
        let bytes = match oras_check::run::read(std::path::Path::new(name)) {
            Ok(bytes) => bytes,
            Err(finding) => return self.fail(&self.l10n.format(&finding.message)),
        };
        let Ok(text) = String::from_utf8(bytes) else {
            return self.fail(&self.l10n.format(&msg!("syntax-not-utf8", offset = 0)));
        };
        match self.repair(name, &text) {
            Some(fixed) if self.diff => print(&fix::diff(name, &text, &fixed.text)),
            Some(fixed) => print(&oras_check::privacy::mask_source(&fixed.text)),
            // Not TOML even after the repairs: the plan goes out as it came in.
            None if self.diff => {}
            None => print(&oras_check::privacy::mask_source(&text)),
        }
        // What was repaired and what is left: standard error, as standard output is the plan.
        super::warn(&std::mem::take(&mut self.out));
    }

    fn file(&mut self, path: &std::path::Path, shown: &str, explicit: bool, only_plans: bool) {
        // What the file was when it was read, to make sure it still is before it is replaced.
        let stamp = match oras_check::files::Stamp::of(path) {
            Ok(stamp) => stamp,
            Err(e) => return self.fail(&format!("{shown}: {e}")),
        };
        let bytes = match oras_check::run::read(path) {
            Ok(bytes) => bytes,
            Err(finding) => return self.fail(&self.l10n.format(&finding.message)),
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(e) => {
                let offset = e.valid_up_to();
                let message = self.l10n.format(&msg!("syntax-not-utf8", offset = offset));
                return self.fail(&format!("{shown}: {message}"));
            }
        };
        // Only plans, as `check` tells them: a folder holds other TOML files too.
        if !is_plan(text) {
            if explicit && !only_plans {
                let message = self.l10n.format(&msg!("fix-not-a-plan", path = shown));
                self.fail(&message);
            } else if !explicit {
                self.left_out.push(shown.to_owned());
            }
            return;
        }
        let Some(fixed) = self.repair(shown, text) else {
            return;
        };
        if self.diff {
            self.out.push_str(&fix::diff(shown, text, &fixed.text));
        } else if !fixed.edits.is_empty() {
            use oras_check::files::{ReplaceError, replace_if_unchanged};
            match replace_if_unchanged(path, &stamp, &bytes, fixed.text.as_bytes()) {
                Ok(()) => {}
                Err(ReplaceError::Changed) => {
                    let message = msg!("fix-changed-on-disk", path = shown);
                    return self.fail(&self.l10n.format(&message));
                }
                Err(ReplaceError::Io(e)) => {
                    return self.fail(&super::check::write_error(self.l10n, shown, &e));
                }
            }
        }
        self.report(shown, &fixed);
    }

    /// Repairs `text`; `None` (with exit code 2) when it is not TOML even after the repairs.
    fn repair(&mut self, shown: &str, text: &str) -> Option<fix::Fixed> {
        let fixed = fix::fix_with(text, self.roster.as_deref());
        if let Some(detail) = &fixed.not_toml {
            let message = self.l10n.format(&msg!(
                "fix-not-toml",
                path = shown,
                detail = detail.as_str()
            ));
            self.say(&message);
            self.code = exit::UNCHECKED;
            return None;
        }
        if shown == "-" {
            self.report(shown, &fixed);
        }
        Some(fixed)
    }

    /// What was repaired, what was left as it was, and what no repair can do.
    fn report(&mut self, shown: &str, fixed: &fix::Fixed) {
        let l10n = self.l10n;
        for edit in &fixed.edits {
            self.say(&l10n.format(&msg!(
                "fix-changed",
                path = shown,
                line = edit.line,
                what = edit.what.as_str()
            )));
        }
        if fixed.edits.is_empty() {
            self.say(&l10n.format(&msg!("fix-nothing", path = shown)));
        }
        for note in &fixed.notes {
            self.say(&l10n.format(&msg!(
                "fix-left",
                path = shown,
                line = note.line,
                message = l10n.format(&note.message)
            )));
        }
        // What no mechanical repair can do, from the repaired text, read as `check` reads it
        // (with the roster, so that a person named there needs no role here).
        let left = match oras_check::plan::parse(&fixed.text) {
            oras_check::plan::Parsed::Plan(root) => {
                oras_check::plan::from_document_with(root.get_ref(), self.roster.as_deref()).err()
            }
            oras_check::plan::Parsed::Invalid { error, .. } => Some(error),
            oras_check::plan::Parsed::NotAPlan { .. } => None,
        };
        if !fixed.notes.is_empty() {
            self.needs_a_person();
        }
        if let Some(left) = left {
            let index = oras_check::position::LineIndex::new(&fixed.text);
            for f in &left.findings {
                let line = f.span().map_or(0, |s| index.position(s).line);
                self.say(&l10n.format(&msg!(
                    "fix-left",
                    path = shown,
                    line = line,
                    message = l10n.format(&f.message)
                )));
            }
            self.needs_a_person();
        }
    }
}

/// Whether `check` takes this TOML text for a plan when it finds it in a folder.
fn is_plan(text: &str) -> bool {
    !matches!(
        oras_check::plan::parse(text),
        oras_check::plan::Parsed::NotAPlan {
            plan_like: None,
            ..
        } | oras_check::plan::Parsed::Invalid {
            looks_like_plan: false,
            ..
        }
    )
}
