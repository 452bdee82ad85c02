//! `--format human`: a graphical diagnostic per finding (miette), then a summary table per
//! plan (comfy-table) and a total line.

use std::fmt;
use std::sync::Arc;

use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::{RenderOptions, total};
use crate::check::PlanReport;
use crate::finding::{Counts, Finding, Severity};
use crate::i18n::Localizer;
use crate::msg;

pub fn render(reports: &[PlanReport], options: &RenderOptions) -> String {
    let l10n = Localizer::get(options.lang);
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
    let mut out = String::new();
    for report in reports {
        render_plan(report, &handler, l10n, options, &mut out);
    }
    if reports.len() > 1 {
        let t = total(reports);
        let unchecked = reports.iter().filter(|r| !r.checked).count();
        out.push_str(&l10n.format(&msg!(
            "report-total-plans",
            plans = reports.len(),
            unchecked = unchecked,
            errors = t.error,
            warnings = t.warning,
            notes = t.note
        )));
        out.push('\n');
    }
    if !options.quiet {
        // One checklist per edition used, after every summary.
        let mut seen: Vec<&str> = Vec::new();
        for edition in reports.iter().filter_map(|r| r.edition.as_ref()) {
            if !seen.contains(&edition.id.as_str()) {
                seen.push(&edition.id);
                out.push_str(&super::catalogue::checklist(
                    &edition.title,
                    &edition.manual,
                    l10n,
                    options.width,
                ));
            }
        }
    }
    out
}

fn render_plan(
    report: &PlanReport,
    handler: &GraphicalReportHandler,
    l10n: &Localizer,
    options: &RenderOptions,
    out: &mut String,
) {
    let source = report
        .text
        .as_ref()
        .map(|text| match super::display_safe(text) {
            std::borrow::Cow::Borrowed(_) => Arc::clone(text),
            std::borrow::Cow::Owned(safe) => Arc::from(safe),
        })
        .map(|text| NamedSource::new(report.path.clone(), text));
    for finding in report.findings.iter().filter(|f| !f.is_suppressed()) {
        let diagnostic = Rendered::new(finding, source.as_ref(), l10n);
        // Rendering into a String cannot fail; a formatter error would only lose this finding.
        let _ = handler.render_report(out, &diagnostic);
        out.push('\n');
    }
    summary(report, l10n, options, out);
}

/// The summary table of one plan and its total line.
fn summary(report: &PlanReport, l10n: &Localizer, options: &RenderOptions, out: &mut String) {
    let counts = report.counts();
    let suppressed = report.findings.iter().filter(|f| f.is_suppressed()).count();
    let heading = match &report.edition {
        Some(edition) => l10n.format(&msg!(
            "report-plan-heading",
            path = report.path.as_str(),
            edition = edition.title.as_str(),
            as_of = options.as_of
        )),
        None => l10n.format(&msg!(
            "report-plan-heading-unchecked",
            path = report.path.as_str()
        )),
    };
    out.push_str(&heading);
    out.push('\n');

    let mut rows: Vec<(Severity, &'static str, usize, usize)> = Vec::new();
    for f in &report.findings {
        match rows.iter_mut().find(|r| r.1 == f.rule && r.0 == f.severity) {
            Some(row) if f.is_suppressed() => row.3 += 1,
            Some(row) => row.2 += 1,
            None if f.is_suppressed() => rows.push((f.severity, f.rule, 0, 1)),
            None => rows.push((f.severity, f.rule, 1, 0)),
        }
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    if !rows.is_empty() {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(options.width.min(u16::MAX as usize) as u16);
        if !options.color {
            table.force_no_tty();
        } else {
            table.enforce_styling();
        }
        let mut header = vec![
            Cell::new(l10n.text("report-col-rule")),
            Cell::new(l10n.text("report-col-severity")),
            Cell::new(l10n.text("report-col-count")),
        ];
        if suppressed > 0 {
            header.push(Cell::new(l10n.text("report-col-suppressed")));
        }
        table.set_header(header);
        for (severity, rule, count, hidden) in rows {
            let mut row = vec![
                Cell::new(rule),
                severity_cell(severity, l10n, options.color),
                Cell::new(count).set_alignment(CellAlignment::Right),
            ];
            if suppressed > 0 {
                row.push(Cell::new(hidden).set_alignment(CellAlignment::Right));
            }
            table.add_row(row);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    out.push_str(&total_line(counts, suppressed, report.checked, l10n));
    out.push_str("\n\n");
}

fn severity_cell(severity: Severity, l10n: &Localizer, color: bool) -> Cell {
    let cell = Cell::new(l10n.text(severity_id(severity)));
    if !color {
        return cell;
    }
    cell.fg(match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Note => Color::Cyan,
    })
}

fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "severity-error",
        Severity::Warning => "severity-warning",
        Severity::Note => "severity-note",
    }
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
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: Option<&'a NamedSource<Arc<str>>>,
}

impl<'a> Rendered<'a> {
    fn new(
        f: &Finding,
        source: Option<&'a NamedSource<Arc<str>>>,
        l10n: &Localizer,
    ) -> Rendered<'a> {
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
        let mut help: Vec<String> = f.help.iter().map(|h| l10n.format(h)).collect();
        if let Some(src) = &f.source {
            help.push(l10n.format(&msg!(
                "report-source",
                document = src.document.as_str(),
                section = src.section.as_str(),
                quote = src.quote.as_str()
            )));
        }
        Rendered {
            message: l10n.format(&f.message),
            code: f.rule,
            severity: match f.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Note => miette::Severity::Advice,
            },
            help: (!help.is_empty()).then(|| help.join("\n")),
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

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
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
