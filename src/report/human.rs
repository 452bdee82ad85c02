//! `--format human`: a graphical diagnostic per finding (miette), then a summary (comfy-table).
//!
//! For one plan the summary is a table of its rules and a total line. For several, each plan
//! with findings gets its diagnostics and a one-line total as it is rendered (in input order,
//! once every check is done), and the end of the
//! run brings the cross-plan findings, one table over all plans and the grand total.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use comfy_table::{Cell, CellAlignment, Color};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::{RenderOptions, Summary};
use crate::check::PlanReport;
use crate::finding::{Counts, Finding, Severity};
use crate::i18n::Localizer;
use crate::msg;
use crate::position::LONG_LINE;

/// Per rule and severity over a run: findings, suppressed findings, plans affected.
#[derive(Default, Clone, Copy)]
struct RuleStat {
    count: usize,
    suppressed: usize,
    plans: usize,
}

type Stats = BTreeMap<(std::cmp::Reverse<Severity>, &'static str), RuleStat>;

/// How human reports are drawn; renders one plan without any state of the run, so that plans
/// are rendered in parallel.
#[derive(Clone)]
pub struct Human {
    l10n: &'static Localizer,
    handler: GraphicalReportHandler,
    options: RenderOptions,
    /// Several plans in this run.
    many: bool,
}

/// One plan's part of a human report.
pub struct HumanPlan {
    out: String,
    /// The plan's cross-plan findings, shown together after every plan.
    cross_out: String,
    stats: Stats,
    /// The edition with its checklist, when the plan has one.
    edition: Option<(String, String, Arc<[String]>)>,
}

/// The state of a human report over a run: totals per rule, and the editions met.
pub struct HumanRun {
    style: Human,
    /// Keyed by (reversed severity, rule) so that errors come first.
    stats: Stats,
    /// Editions used, in order of first use, with their manual items.
    editions: Vec<(String, String, Arc<[String]>)>,
    /// The cross-plan findings of the plans so far.
    cross_out: String,
}

impl HumanRun {
    pub fn new(style: Human) -> HumanRun {
        HumanRun {
            style,
            stats: Stats::new(),
            editions: Vec::new(),
            cross_out: String::new(),
        }
    }

    /// Adds a rendered plan to the run's totals; returns its text.
    pub fn accept(&mut self, plan: HumanPlan) -> String {
        for (key, stat) in &plan.stats {
            let total = self.stats.entry(*key).or_default();
            total.count += stat.count;
            total.suppressed += stat.suppressed;
            total.plans += 1;
        }
        if let Some(edition) = plan.edition {
            match self.editions.iter_mut().find(|(id, _, _)| *id == edition.0) {
                // The checklist asks what any plan of the edition leaves to be confirmed.
                Some((_, _, manual)) => *manual = merge(manual, &edition.2),
                None => self.editions.push(edition),
            }
        }
        self.cross_out.push_str(&plan.cross_out);
        plan.out
    }

    pub fn finish(&mut self, summary: &Summary) -> String {
        let mut out = String::new();
        if !self.cross_out.is_empty() {
            out.push_str(&self.style.l10n.text("report-cross-heading"));
            out.push_str("\n\n");
            out.push_str(&self.cross_out);
        }
        if self.style.many {
            if !self.stats.is_empty() {
                let stats = std::mem::take(&mut self.stats);
                out.push_str(&self.style.table(&stats, true));
                out.push('\n');
            }
            out.push_str(&super::total_line(summary, self.style.l10n));
            out.push_str("\n\n");
        }
        if !self.style.options.quiet {
            for (_, title, manual) in &self.editions {
                out.push_str(&super::catalogue::checklist(
                    title,
                    manual,
                    self.style.l10n,
                    self.style.options.width,
                ));
            }
        }
        out
    }
}

/// Two plans' checklists of one edition as one (an item only one plan needs is kept), in the
/// edition's order: both lists follow it, so an item missing from `a` goes right after the item
/// that precedes it in `b`.
fn merge(a: &Arc<[String]>, b: &Arc<[String]>) -> Arc<[String]> {
    if b.iter().all(|id| a.contains(id)) {
        return Arc::clone(a);
    }
    let mut out: Vec<String> = a.to_vec();
    for (j, id) in b.iter().enumerate() {
        if out.contains(id) {
            continue;
        }
        let at = b[..j]
            .iter()
            .rev()
            .find_map(|before| out.iter().position(|x| x == before))
            .map_or(0, |p| p + 1);
        out.insert(at, id.clone());
    }
    out.into()
}

impl Human {
    pub fn new(options: &RenderOptions, many: bool) -> Human {
        let theme = if options.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(options.width)
            .with_links(false)
            .with_context_lines(1)
            .with_word_separator(textwrap::WordSeparator::AsciiSpace)
            .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
            .with_break_words(false);
        Human {
            l10n: Localizer::get(options.lang),
            handler,
            options: options.clone(),
            many,
        }
    }

    pub fn plan(&self, report: &PlanReport) -> HumanPlan {
        let mut out = String::new();
        let source = report
            .text
            .as_ref()
            .map(|text| named_source(&report.path, text));
        for finding in report.findings.iter().filter(|f| !f.is_suppressed()) {
            self.diagnostic(finding, source.as_ref(), &mut out);
        }
        let mut cross_out = String::new();
        for finding in report.cross_findings.iter().filter(|f| !f.is_suppressed()) {
            self.diagnostic(finding, source.as_ref(), &mut cross_out);
        }
        let mut plan_stats: BTreeMap<(std::cmp::Reverse<Severity>, &'static str), RuleStat> =
            BTreeMap::new();
        for f in report.findings.iter().chain(&report.cross_findings) {
            let stat = plan_stats
                .entry((std::cmp::Reverse(f.severity), f.rule.as_str()))
                .or_default();
            if f.is_suppressed() {
                stat.suppressed += 1;
            } else {
                stat.count += 1;
            }
        }
        // A cancelled course has no checklist; a later plan of the edition may.
        let edition = report
            .edition
            .as_ref()
            .filter(|e| !e.manual.is_empty())
            .map(|e| {
                let title = self.l10n.edition_title(&e.id, &e.title);
                (e.id.clone(), title, Arc::clone(&e.manual))
            });
        // One definition of a plan's totals in every format: its own findings and the
        // cross-plan findings that name it (shown together after every plan).
        let counts = report.counts();
        let suppressed = report
            .findings
            .iter()
            .chain(&report.cross_findings)
            .filter(|f| f.is_suppressed())
            .count();
        if self.many {
            // Clean plans stay quiet in a run over many plans.
            if counts.worst().is_some() || !report.checked {
                out.push_str(&self.heading(report));
                out.push_str(": ");
                out.push_str(&total_line(counts, suppressed, report.checked, self.l10n));
                out.push_str("\n\n");
            }
        } else {
            out.push_str(&self.heading(report));
            out.push('\n');
            if !plan_stats.is_empty() {
                out.push_str(&self.table(&plan_stats, false));
                out.push('\n');
            }
            out.push_str(&total_line(counts, suppressed, report.checked, self.l10n));
            out.push_str("\n\n");
        }
        HumanPlan {
            out: crate::privacy::mask(&out).into_owned(),
            cross_out: crate::privacy::mask(&cross_out).into_owned(),
            stats: plan_stats,
            edition,
        }
    }

    fn heading(&self, report: &PlanReport) -> String {
        match &report.edition {
            Some(edition) => self.l10n.format(&msg!(
                "report-plan-heading",
                path = report.path.as_str(),
                edition = self.l10n.edition_title(&edition.id, &edition.title),
                as_of = self.options.as_of
            )),
            None => self.l10n.format(&msg!(
                "report-plan-heading-unchecked",
                path = report.path.as_str()
            )),
        }
    }

    fn diagnostic(&self, finding: &Finding, source: Option<&IndexedSource>, out: &mut String) {
        // An excerpt shows whole lines; a line of hostile length (a minified or generated file)
        // is located in words instead of being printed.
        let long_line = source.and_then(|s| {
            let spans = finding.primary.iter().chain(&finding.secondary);
            spans
                .map(|l| (l.span, s.longest_shown_line(l.span.range())))
                .find(|(_, length)| *length > LONG_LINE)
                .map(|(span, length)| (s, span, length))
        });
        let source = if long_line.is_some() { None } else { source };
        let diagnostic = Rendered::new(finding, source, self.l10n);
        // Rendering into a String cannot fail; a formatter error would only lose this finding.
        let _ = self.handler.render_report(out, &diagnostic);
        if let Some((source, span, length)) = long_line {
            let (line, column) = source.line_col(span.start as usize);
            let line = self.l10n.format(&msg!(
                "report-line-too-long",
                path = source.name.as_str(),
                line = line,
                column = column,
                length = length
            ));
            out.push_str(&format!("  {line}\n"));
        }
        self.help(finding, out);
        out.push('\n');
    }

    /// The help and the source quote, laid out as miette lays out its help, but under a label in
    /// the reader's language (miette's "help:" is fixed English).
    fn help(&self, f: &Finding, out: &mut String) {
        let l10n = self.l10n;
        let mut paragraphs: Vec<String> = f.help.iter().map(|h| l10n.format(h)).collect();
        if let Some(src) = &f.source {
            paragraphs.push(l10n.format(&msg!(
                "report-source",
                cited = super::cited(src, l10n),
                quote = src.quote.as_str()
            )));
        }
        if paragraphs.is_empty() {
            return;
        }
        let label = format!("  {}: ", l10n.text("report-help-label"));
        let indent = " ".repeat(label.chars().count());
        let styled = if self.options.color {
            format!("\x1b[36m{label}\x1b[39m")
        } else {
            label
        };
        let width = self.options.width.saturating_sub(2);
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let first = if i == 0 {
                styled.as_str()
            } else {
                indent.as_str()
            };
            let options = super::wrap_options(width)
                .initial_indent(first)
                .subsequent_indent(&indent);
            for line in textwrap::wrap(paragraph, options) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }

    fn table(
        &self,
        stats: &BTreeMap<(std::cmp::Reverse<Severity>, &'static str), RuleStat>,
        plans: bool,
    ) -> String {
        let l10n = self.l10n;
        let suppressed = stats.values().any(|s| s.suppressed > 0);
        let mut header = vec![
            Cell::new(l10n.text("report-col-rule")),
            Cell::new(l10n.text("report-col-severity")),
            Cell::new(l10n.text("report-col-count")),
        ];
        if plans {
            header.push(Cell::new(l10n.text("report-col-plans")));
        }
        if suppressed {
            header.push(Cell::new(l10n.text("report-col-suppressed")));
        }
        let mut table = super::table::new(header, self.options.width, self.options.color);
        let number = |n: usize| Cell::new(n).set_alignment(CellAlignment::Right);
        for ((severity, rule), stat) in stats {
            let mut row = vec![
                Cell::new(rule),
                severity_cell(severity.0, l10n, self.options.color),
                number(stat.count),
            ];
            if plans {
                row.push(number(stat.plans));
            }
            if suppressed {
                row.push(number(stat.suppressed));
            }
            table.add_row(row);
        }
        table.to_string()
    }
}

fn named_source(path: &str, text: &Arc<str>) -> IndexedSource {
    let text = match super::display_safe(text) {
        std::borrow::Cow::Borrowed(_) => Arc::clone(text),
        std::borrow::Cow::Owned(safe) => Arc::from(safe),
    };
    IndexedSource::new(path, text)
}

/// A plan's text for excerpts, with its line starts indexed once.
///
/// miette's own `SourceCode` for text scans from the start of the file for every excerpt, which
/// makes a report quadratic in the plan's size (a plan with thousands of findings took minutes).
/// This one starts miette's scan a few lines before the span and shifts the result back, so each
/// excerpt costs what its lines cost, with miette's exact layout.
struct IndexedSource {
    name: String,
    text: Arc<str>,
    /// Byte offsets where lines start, as miette counts lines (after `\n`, `\r\n` or a lone
    /// `\r`).
    starts: Vec<usize>,
    /// The lines as every other format counts them (after `\n`), for positions in words.
    lines: crate::position::Lines,
}

impl IndexedSource {
    fn new(name: &str, text: Arc<str>) -> IndexedSource {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        IndexedSource {
            name: name.to_owned(),
            lines: crate::position::Lines::new(&text),
            text,
            starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// The longest line an excerpt of `range` shows: the span's lines and one on each side.
    fn longest_shown_line(&self, range: std::ops::Range<usize>) -> usize {
        self.lines.longest_shown(&self.text, range)
    }
}

impl SourceCode for IndexedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let line = self.starts.partition_point(|&s| s <= span.offset()) - 1;
        // One line more than the context: miette treats an empty span at offset 0 specially,
        // so the span must never sit at the very start of the window unless the file starts
        // there too.
        let first = line.saturating_sub(context_lines_before + 1);
        let window = self.starts[first];
        let local = SourceSpan::new((span.offset() - window).into(), span.len());
        let bytes = &self.text.as_bytes()[window..];
        let c = bytes.read_span(&local, context_lines_before, context_lines_after)?;
        let data: &'a [u8] = c.data();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            data,
            SourceSpan::new((c.span().offset() + window).into(), c.span().len()),
            c.line() + first,
            c.column(),
            c.line_count() + first,
        )))
    }
}

fn severity_cell(severity: Severity, l10n: &Localizer, color: bool) -> Cell {
    let cell = Cell::new(l10n.text(&format!("severity-{severity}")));
    if !color {
        return cell;
    }
    cell.fg(match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Note => Color::Cyan,
    })
}

fn total_line(counts: Counts, suppressed: usize, checked: bool, l10n: &Localizer) -> String {
    let id = if !checked {
        "report-total-unchecked"
    } else if counts.worst().is_none() {
        "report-total-clean"
    } else {
        "report-total"
    };
    l10n.format(&msg!(
        id,
        errors = counts.error,
        warnings = counts.warning,
        notes = counts.note,
        suppressed = suppressed
    ))
}

/// A finding in the shape miette renders.
struct Rendered<'a> {
    message: String,
    code: &'static str,
    severity: miette::Severity,
    labels: Vec<LabeledSpan>,
    source: Option<&'a IndexedSource>,
}

impl<'a> Rendered<'a> {
    fn new(f: &Finding, source: Option<&'a IndexedSource>, l10n: &Localizer) -> Rendered<'a> {
        let mut labels = Vec::new();
        if source.is_some() {
            if let Some(primary) = &f.primary {
                let text = primary.text.as_ref().map(|m| l10n.format(m));
                labels.push(LabeledSpan::new_primary_with_span(
                    text,
                    primary.span.range(),
                ));
            }
            for secondary in &f.secondary {
                let text = secondary.text.as_ref().map(|m| l10n.format(m));
                labels.push(LabeledSpan::new_with_span(text, secondary.span.range()));
            }
        }
        Rendered {
            message: l10n.format(&f.message),
            code: f.rule.as_str(),
            severity: match f.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Note => miette::Severity::Advice,
            },
            labels,
            source,
        }
    }
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The indexed source answers exactly as miette's own scan does, for every span of a text
    /// with LF, CRLF and lone CR line ends, long and empty lines.
    #[test]
    fn indexed_source_reads_spans_as_miette_does() {
        let text =
            "[course]\nservice = \"oras\"\r\n\r\nstart = 2025-03-03\rx = 1\n\n\ny = \"ä\"\nlast";
        let indexed = IndexedSource::new("plan.toml", Arc::from(text));
        let plain = text.as_bytes();
        for start in 0..=text.len() {
            for len in 0..=(text.len() - start).min(12) {
                for context in 0..=2 {
                    let span = SourceSpan::new(start.into(), len);
                    let ours = indexed.read_span(&span, context, context);
                    let theirs = plain.read_span(&span, context, context);
                    match (ours, theirs) {
                        (Ok(a), Ok(b)) => {
                            let what = format!("span {start}+{len}, context {context}");
                            assert_eq!(a.data(), b.data(), "{what}");
                            assert_eq!(a.span(), b.span(), "{what}");
                            assert_eq!(a.line(), b.line(), "{what}");
                            assert_eq!(a.column(), b.column(), "{what}");
                            assert_eq!(a.line_count(), b.line_count(), "{what}");
                            assert_eq!(a.name(), Some("plan.toml"));
                        }
                        (Err(_), Err(_)) => {}
                        (a, b) => panic!(
                            "span {start}+{len}: ours ok = {}, miette's ok = {}",
                            a.is_ok(),
                            b.is_ok()
                        ),
                    }
                }
            }
        }
    }

    #[test]
    fn the_longest_shown_line_includes_one_line_of_context() {
        let text = format!("a\n{}\nb = 1\nc\n", "x".repeat(600));
        let source = IndexedSource::new("t", Arc::from(text.as_str()));
        let b = text.find("b = 1").unwrap();
        assert_eq!(source.longest_shown_line(b..b + 5), 600);
        let c = text.find("c\n").unwrap();
        assert_eq!(source.longest_shown_line(c..c + 1), 5);
    }

    #[test]
    fn positions_agree_with_the_line_index() {
        let text = "a = 1\r\n[[clients]]\nid = \"ä1\" # ö\n\n\nname = \"x\"";
        let source = IndexedSource::new("t", Arc::from(text));
        let index = crate::position::LineIndex::new(text);
        for (offset, _) in text.char_indices() {
            assert_eq!(source.line_col(offset), index.line_col(offset), "{offset}");
        }
    }
}
