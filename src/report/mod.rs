//! Rendering reports for people (`human`, and `html` for a page to attach or print) and for
//! machines (`concise`, `json`, `sarif`, `github`, `gitlab`, `junit`).
//!
//! The rules only emit findings; this layer alone knows miette, comfy-table, JSON, SARIF and
//! JUnit, and draws the planner's timeline and deadlines. It receives finished reports (every
//! check done, cross-plan findings and policy included, plan texts in memory): it never reads a
//! file and never runs a check. A [`Reporter`] takes plan reports one at a time, in input
//! order: the human, JSON, concise, GitHub and GitLab formats write each plan as it comes, and
//! SARIF and JUnit do once [`Reporter::begin`] has seen the run's reports; HTML keeps a compact
//! [`rendered::RenderedPlan`] per plan and writes one page at the end.
//!
//! Every string a reporter returns has passed [`crate::privacy::mask`]: the plan text is
//! already masked, and this catches identity codes that reach a message any other way (a client
//! id, a key echoed by the TOML parser).

pub mod catalogue;
pub mod concise;
pub mod deadlines;
pub mod github;
pub mod gitlab;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod rendered;
pub mod sarif;
pub mod statistics;
pub mod table;
pub mod timeline;

use chrono::NaiveDate;

use crate::check::PlanReport;
use crate::finding::Counts;
use crate::i18n::{Lang, Localizer};
use crate::pack::Packs;
pub use crate::position::{LineIndex, Position};
use crate::privacy;
use rendered::RenderedPlan;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Graphical diagnostics with source excerpts, then a summary table.
    Human,
    /// One JSON document: every plan with its findings, and the totals.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// One line per finding: `path:line:col: severity[rule] message`, then the total.
    Concise,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// GitLab Code Quality JSON (the merge request's code quality report).
    Gitlab,
    /// JUnit XML, a test suite per plan.
    Junit,
    /// One self-contained HTML page: findings, summary and timelines.
    Html,
}

impl Format {
    pub fn id(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Concise => "concise",
            Format::Github => "github",
            Format::Gitlab => "gitlab",
            Format::Junit => "junit",
            Format::Html => "html",
        }
    }
}

/// How to render.
#[derive(Clone, Debug)]
pub struct RenderOptions {
    pub format: Format,
    pub lang: Lang,
    pub color: bool,
    /// Terminal width for the human format.
    pub width: usize,
    pub as_of: NaiveDate,
    /// Leave out the "also confirm by hand" checklist.
    pub quiet: bool,
    /// The project root, absolute: SARIF artifact paths are relative to it (`%SRCROOT%`).
    pub root: Option<std::path::PathBuf>,
}

/// What the exit code is decided from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Unsuppressed findings of every plan, cross-plan findings included.
    pub counts: Counts,
    pub plans: usize,
    /// Plans that could not be checked.
    pub unchecked: usize,
}

/// The part of rendering that needs no state of the run, done for each plan as soon as it is
/// checked, in parallel with the other plans.
#[derive(Clone)]
pub struct Renderer {
    options: RenderOptions,
    human: Option<human::Human>,
}

/// A plan rendered by [`Renderer::prepare`], waiting for [`Reporter::accept`].
pub struct Prepared {
    human: Option<human::HumanPlan>,
    /// The JSON format: the plan's part of the document, written as soon as it is accepted.
    json: Option<String>,
    rendered: Option<RenderedPlan>,
    counts: Counts,
    checked: bool,
}

impl Renderer {
    pub fn new(options: RenderOptions, many: bool) -> Renderer {
        let human = (options.format == Format::Human).then(|| human::Human::new(&options, many));
        Renderer { options, human }
    }

    /// Renders one plan's report: its diagnostics for the human format, the compact
    /// [`RenderedPlan`] for machine formats.
    pub fn prepare(&self, report: PlanReport) -> Prepared {
        let counts = report.counts();
        let (human, rendered) = match &self.human {
            Some(human) => (Some(human.plan(&report)), None),
            None => {
                let l10n = Localizer::get(self.options.lang);
                let with_paths = self.options.format == Format::Sarif;
                let with_excerpts = self.options.format == Format::Html;
                let rendered = RenderedPlan::new(&report, l10n, with_paths, with_excerpts);
                (None, Some(rendered))
            }
        };
        // JSON streams: the plan's part is written now and nothing of it is kept.
        let (json, rendered) = match rendered {
            Some(plan) if self.options.format == Format::Json => (Some(json::part(&plan)), None),
            rendered => (None, rendered),
        };
        Prepared {
            human,
            json,
            rendered,
            counts,
            checked: report.checked,
        }
    }
}

/// Collects a run's rendered plans in input order, then writes the end of the output.
pub struct Reporter {
    options: RenderOptions,
    renderer: Renderer,
    human: Option<human::HumanRun>,
    /// HTML, and SARIF and JUnit when not begun: every plan, compactly, for the document
    /// written at the end.
    rendered: Vec<RenderedPlan>,
    /// GitHub's step summary, plan by plan (the annotations stream).
    github: github::StepSummary,
    /// GitLab's report, plan by plan.
    gitlab: gitlab::Stream,
    /// SARIF's log, plan by plan, once [`Reporter::begin`] has named the plans not checked.
    sarif: Option<sarif::Stream>,
    /// JUnit's document, plan by plan, once [`Reporter::begin`] has counted its totals.
    junit: Option<junit::Stream>,
    summary: Summary,
    /// Why the run checked nothing, when it did not (machine formats record it).
    failure: Option<String>,
    /// The JSON format: whether the document's head and a first plan were written.
    json_started: bool,
}

impl Reporter {
    /// `expected` is the number of inputs, so that the human format knows whether it reports
    /// one plan (a table of its rules) or many (a line per plan and one table at the end).
    pub fn new(options: RenderOptions, expected: usize) -> Reporter {
        let renderer = Renderer::new(options.clone(), expected > 1);
        Reporter {
            human: renderer.human.clone().map(human::HumanRun::new),
            options,
            renderer,
            rendered: Vec::new(),
            github: github::StepSummary::default(),
            gitlab: gitlab::Stream::default(),
            sarif: None,
            junit: None,
            summary: Summary::default(),
            failure: None,
            json_started: false,
        }
    }

    /// Records that the run could not check what it was asked to (no plan in the paths): SARIF
    /// says so in its invocation.
    pub fn incomplete(&mut self, why: &str) {
        self.failure = Some(why.to_owned());
    }

    /// Looks at every report of the run before the first is accepted, for what a format writes
    /// ahead of the plans: SARIF's invocation names each plan that could not be checked, and
    /// JUnit's root element counts every test case. With it, both stream; without it, they keep
    /// every plan and write the document at the end.
    pub fn begin<'r>(&mut self, reports: impl IntoIterator<Item = &'r PlanReport>) {
        match self.options.format {
            Format::Sarif => {
                let l10n = Localizer::get(self.options.lang);
                let root = self.options.root.as_deref();
                let notifications = reports
                    .into_iter()
                    .filter(|r| !r.checked)
                    .map(|r| {
                        sarif::not_checked(&RenderedPlan::new(r, l10n, false, false), root, l10n)
                    })
                    .collect();
                self.sarif = Some(sarif::Stream::new(&self.options, notifications));
            }
            Format::Junit => {
                let totals = reports.into_iter().map(junit::Totals::of_report).sum();
                self.junit = Some(junit::Stream::new(totals));
            }
            _ => {}
        }
    }

    /// The renderer to prepare plans with (on any thread) before [`Reporter::accept`].
    pub fn renderer(&self) -> Renderer {
        self.renderer.clone()
    }

    /// Takes one prepared plan, in input order; returns what to write now.
    pub fn accept(&mut self, plan: Prepared) -> String {
        self.summary.plans += 1;
        if !plan.checked {
            self.summary.unchecked += 1;
        }
        self.summary.counts.merge(plan.counts);
        if let Some(rendered) = plan.rendered {
            // A format that streams writes the plan's part now and keeps nothing of it.
            let part = match (self.options.format, &mut self.sarif, &mut self.junit) {
                (Format::Concise, ..) => concise::plan(&rendered),
                (Format::Github, ..) => {
                    self.github
                        .add(&rendered, Localizer::get(self.options.lang));
                    github::plan(&rendered)
                }
                (Format::Gitlab, ..) => self.gitlab.plan(&rendered, &self.options),
                (Format::Sarif, Some(stream), _) => stream.plan(&rendered, self.failure.as_deref()),
                (Format::Junit, _, Some(stream)) => stream.plan(&rendered, &self.options),
                _ => {
                    self.rendered.push(rendered);
                    return String::new();
                }
            };
            return masked(part);
        }
        if let Some(part) = plan.json {
            let started = std::mem::replace(&mut self.json_started, true);
            return masked(json::streamed(&part, started, &self.options));
        }
        match (plan.human, &mut self.human) {
            (Some(human), Some(run)) => run.accept(human),
            _ => String::new(),
        }
    }

    /// Takes one plan's report; returns what to write now.
    pub fn plan(&mut self, report: PlanReport) -> String {
        let prepared = self.renderer.prepare(report);
        self.accept(prepared)
    }

    /// The Markdown summary of the run so far for GitHub's step summary.
    pub fn github_summary(&self) -> String {
        self.github
            .render(&self.summary, Localizer::get(self.options.lang))
    }

    /// Returns the rest of the output with the run's summary. `packs` are the editions in use
    /// (SARIF lists their citations).
    pub fn finish(mut self, packs: &Packs) -> (String, Summary) {
        let out = match &mut self.human {
            Some(human) => human.finish(&self.summary),
            None => match self.options.format {
                Format::Json => json::end(self.json_started, self.summary.counts, &self.options),
                Format::Sarif => match self.sarif.take() {
                    Some(stream) => stream.end(packs, self.failure.as_deref()),
                    None => sarif::render(
                        &self.rendered,
                        &self.options,
                        packs,
                        self.failure.as_deref(),
                    ),
                },
                Format::Gitlab => self.gitlab.end(),
                Format::Concise => concise::end(&self.options, &self.summary),
                Format::Github => String::new(),
                Format::Junit => match self.junit.take() {
                    Some(stream) => stream.end(),
                    None => junit::render(&self.rendered, &self.options),
                },
                Format::Html => html::render(&self.rendered, &self.options, &self.summary),
                Format::Human => String::new(),
            },
        };
        (masked(out), self.summary)
    }
}

/// `text` masked, without copying it when it holds no identity code.
fn masked(text: String) -> String {
    match privacy::mask(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(masked) => masked,
    }
}

/// Renders the reports of one run at once (for tests and small callers).
pub fn render(reports: &[PlanReport], options: &RenderOptions, packs: &Packs) -> String {
    let mut reporter = Reporter::new(options.clone(), reports.len());
    let mut out = String::new();
    for report in reports {
        out.push_str(&reporter.plan(report.clone()));
    }
    out.push_str(&reporter.finish(packs).0);
    out
}

/// A problem report about a configuration file, roster or rule pack, every problem with its
/// excerpt, identity codes masked (behind escapes too) and control characters neutralised. A
/// problem on a line longer than [`crate::position::LONG_LINE`] is located in words instead of
/// shown, as in plan reports.
pub fn file_error(error: &crate::error::FileError, color: bool, l10n: &Localizer) -> String {
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    // The file's text as excerpts show it: codes masked, control characters neutralised, the
    // same length so that every span still fits.
    let mut safe = error.clone();
    let shown = display_safe(&privacy::mask_source(error.text.inner())).into_owned();
    let lines = crate::position::Lines::new(&shown);
    for problem in &mut safe.problems {
        let Some(at) = problem.at else { continue };
        let range = at.offset()..at.offset() + at.len();
        let length = lines.longest_shown(&shown, range);
        if length > crate::position::LONG_LINE {
            let (line, column) = lines.line_col(&shown, at.offset());
            problem.at = None;
            let place = l10n.format(&crate::msg!(
                "report-line-too-long",
                path = error.file.as_str(),
                line = line,
                column = column,
                length = length
            ));
            problem.message = format!("{} {place}", problem.message);
        }
        problem.message = shorten_long_words(&problem.message);
    }
    safe.text = miette::NamedSource::new(display_safe(error.text.name()), shown);
    let mut out = String::new();
    let _ = miette::GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .render_report(&mut out, &safe);
    out
}

/// A message with every word longer than 100 characters cut to its first 100 and its length: a
/// parser's message quotes the value it could not read, which may be a line of thousands.
fn shorten_long_words(message: &str) -> String {
    const LONGEST: usize = 100;
    if message.len() <= LONGEST {
        return message.to_owned();
    }
    message
        .split(' ')
        .map(|word| match word.char_indices().nth(LONGEST) {
            Some((cut, _)) => format!("{}… ({} characters)", &word[..cut], word.chars().count()),
            None => word.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The run's one-line total: plans, unchecked plans, errors, warnings, notes.
pub fn total_line(summary: &Summary, l10n: &Localizer) -> String {
    let c = summary.counts;
    l10n.format(&crate::msg!(
        "report-total-plans",
        plans = summary.plans,
        unchecked = summary.unchecked,
        errors = c.error,
        warnings = c.warning,
        notes = c.note
    ))
}

/// A source as people cite it: the document's title and the section ("Kela: Omaishoitajan
/// kuntoutuskurssin toteutus 1.1.2025 alkaen (koulutusmateriaali 12.11.2024), Osallistujat"),
/// saying so when the section quotes the general part of the service descriptions.
pub fn cited(source: &crate::finding::Source, l10n: &Localizer) -> String {
    let plain = format!("{}, {}", source.name(), source.section);
    if source.quotes_general_part() {
        l10n.format(&crate::msg!("report-general-part", cited = plain))
    } else {
        plain
    }
}

/// Wrapping for prose and verbatim quotes: break only at spaces, never inside a word or after a
/// dash, so that "6–12" and "maanantai-lauantai" stay whole.
pub fn wrap_options<'a>(width: usize) -> textwrap::Options<'a> {
    textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
}

/// The gate every byte of output passes before it is written, whatever the command or format:
/// identity codes masked wherever they stand ([`crate::privacy::redact`]), then control
/// characters neutralised, except tab and line breaks and, when `styled`, the colour sequences
/// (`ESC [ … m`) oras-check itself writes. Formats mask values before escaping them; this
/// catches what escaping glued to a code, and whatever a plan, file name, configuration or
/// argument carried that could drive a terminal.
pub fn gate(text: &str, styled: bool) -> std::borrow::Cow<'_, str> {
    let masked = privacy::redact(text);
    let unsafe_char = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if !masked.chars().any(unsafe_char) {
        return masked;
    }
    let mut out = String::with_capacity(masked.len());
    let mut chars = masked.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\u{1b}' && styled {
            // A complete SGR sequence: ESC [ digits and semicolons m.
            let rest = &masked[at + 1..];
            let body = rest.strip_prefix('[').map(|r| {
                r.bytes()
                    .take_while(|b| b.is_ascii_digit() || *b == b';')
                    .count()
            });
            if let Some(n) = body
                && rest.as_bytes().get(1 + n) == Some(&b'm')
            {
                out.push_str(&masked[at..at + 1 + 1 + n + 1]);
                for _ in 0..n + 2 {
                    chars.next();
                }
                continue;
            }
        }
        if unsafe_char(c) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `text` with control characters (other than tab and line breaks) replaced by `?`, one per
/// byte so that spans into the text stay valid ([`crate::privacy::neutralise`]).
pub fn display_safe(text: &str) -> std::borrow::Cow<'_, str> {
    privacy::neutralise(text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The bundled examples of these names, checked on `as_of`.
    pub(crate) fn example_reports(names: &[&str], as_of: NaiveDate) -> Vec<PlanReport> {
        use crate::check::{Options, check_text};
        let packs = Packs::builtin().unwrap();
        names
            .iter()
            .map(|name| {
                let path = format!("{}/examples/{name}.toml", env!("CARGO_MANIFEST_DIR"));
                let text = std::fs::read_to_string(&path).unwrap();
                check_text(&path, &text, packs, &Options::new(as_of))
            })
            .collect()
    }

    /// A run to stream: bundled examples with and without findings, a cancelled course, and
    /// second, a plan that could not be checked (which SARIF and JUnit announce ahead).
    pub(crate) fn mixed_reports(as_of: NaiveDate) -> Vec<PlanReport> {
        use crate::check::{Options, check_text};
        let mut reports = example_reports(
            &[
                "omaishoitaja-2025-mistakes",
                "oras-2021",
                "omaishoitaja-2025",
                "oras-2025-cancelled",
                "group-therapy-2024",
            ],
            as_of,
        );
        let packs = Packs::builtin().unwrap();
        reports.insert(
            1,
            check_text("broken.toml", "[course\n", packs, &Options::new(as_of)),
        );
        assert!(reports.iter().any(|r| !r.checked));
        reports
    }

    /// `reports` through a reporter that was begun, as `oras-check check` sends them: each
    /// plan's part (asserting that the document's head, which starts with `head`, comes with the
    /// first, and that nothing of a plan is kept), then the end.
    pub(crate) fn streamed(
        options: &RenderOptions,
        reports: &[PlanReport],
        packs: &Packs,
        head: &str,
    ) -> (Vec<String>, String) {
        let mut reporter = Reporter::new(options.clone(), reports.len());
        reporter.begin(reports);
        let parts = reports
            .iter()
            .enumerate()
            .map(|(i, report)| {
                let part = reporter.plan(report.clone());
                assert_eq!(i == 0, part.starts_with(head), "{part}");
                assert!(
                    reporter.rendered.is_empty(),
                    "{:?} keeps its plans",
                    options.format
                );
                part
            })
            .collect();
        (parts, reporter.finish(packs).0)
    }

    /// Options for a report in `format` and `lang`, 100 columns, no colour, no project root.
    pub(crate) fn options(format: Format, lang: Lang, as_of: NaiveDate) -> RenderOptions {
        RenderOptions {
            format,
            lang,
            color: false,
            width: 100,
            as_of,
            quiet: false,
            root: None,
        }
    }

    #[test]
    fn the_gate_masks_codes_anywhere_and_keeps_only_colour_sequences() {
        let text = "\u{1b}[31merror\u{1b}[0m \u{1b}]0;title\u{7}\t131052-308T\u{9b}";
        assert_eq!(
            gate(text, true),
            "\u{1b}[31merror\u{1b}[0m ?]0;title?\t******-****?"
        );
        assert_eq!(gate(text, false), "?[31merror?[0m ?]0;title?\t******-****?");
        assert!(matches!(
            gate("plain\n", false),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn line_and_array_formats_write_each_plan_as_it_comes_and_keep_nothing_of_it() {
        let packs = Packs::builtin().unwrap();
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let reports = example_reports(
            &[
                "omaishoitaja-2025-mistakes",
                "omaishoitaja-2025",
                "oras-2021",
                "omaishoitaja-2025-mistakes",
            ],
            as_of,
        );
        let l10n = Localizer::get(Lang::Sv);
        let shown = |report: &PlanReport| {
            RenderedPlan::new(report, l10n, false, false)
                .diagnostics
                .iter()
                .filter(|d| d.suppressed.is_none())
                .count()
        };
        let total: usize = reports.iter().map(shown).sum();
        assert!(total > 0);
        let options = |format| options(format, Lang::Sv, as_of);
        for format in [Format::Concise, Format::Github, Format::Gitlab] {
            let mut reporter = Reporter::new(options(format), reports.len());
            let mut out = String::new();
            for report in &reports {
                let part = reporter.plan(report.clone());
                assert_eq!(part.is_empty(), shown(report) == 0, "{format:?}: {part}");
                assert!(reporter.rendered.is_empty(), "{format:?} keeps its plans");
                out.push_str(&part);
            }
            out.push_str(&reporter.finish(packs).0);
            match format {
                Format::Gitlab => {
                    // What one pretty-printed array of every issue would be, byte for byte.
                    let issues: serde_json::Value = serde_json::from_str(&out).unwrap();
                    assert_eq!(issues.as_array().unwrap().len(), total);
                    assert_eq!(serde_json::to_string_pretty(&issues).unwrap() + "\n", out);
                }
                Format::Concise => assert_eq!(out.lines().count(), total + 1, "{out}"),
                _ => assert_eq!(out.lines().filter(|l| l.starts_with("::")).count(), total),
            }
        }
        // No plan with an issue: an empty array.
        assert_eq!(render(&[], &options(Format::Gitlab), packs), "[]\n");
    }

    #[test]
    fn control_characters_are_neutralised_keeping_offsets() {
        let text = "a\u{1b}[31m\tb\n\u{9b}c";
        let safe = display_safe(text);
        assert_eq!(safe.len(), text.len());
        assert_eq!(safe, "a?[31m\tb\n??c");
    }
}
