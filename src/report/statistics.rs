//! `--statistics`: instead of the findings, a count per rule and severity with the number of
//! plans it was found in (as ruff's `--statistics`). Unsuppressed findings only, cross-plan
//! findings included, counted as every other format counts them.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use comfy_table::{Cell, CellAlignment};

use super::{Format, RenderOptions};
use crate::check::PlanReport;
use crate::finding::Severity;
use crate::i18n::Localizer;

/// The counts of a run so far.
#[derive(Clone, Debug, Default)]
pub struct Statistics {
    /// (severity, rule) → (findings, plans); errors first, then by rule id.
    rows: BTreeMap<(Reverse<Severity>, &'static str), (usize, usize)>,
}

impl Statistics {
    /// Adds one plan's findings.
    pub fn add(&mut self, report: &PlanReport) {
        let mut mine: BTreeMap<(Reverse<Severity>, &'static str), usize> = BTreeMap::new();
        for f in report
            .findings
            .iter()
            .chain(&report.cross_findings)
            .filter(|f| !f.is_suppressed())
        {
            *mine
                .entry((Reverse(f.severity), f.rule.as_str()))
                .or_default() += 1;
        }
        for (key, count) in mine {
            let row = self.rows.entry(key).or_default();
            row.0 += count;
            row.1 += 1;
        }
    }

    /// A JSON array for `--format json` (`rule`, `severity`, `count`, `plans`), else a table.
    pub fn render(&self, options: &RenderOptions) -> String {
        if options.format == Format::Json {
            let rows: Vec<serde_json::Value> = self
                .rows
                .iter()
                .map(|((severity, rule), (count, plans))| {
                    serde_json::json!({
                        "rule": rule,
                        "severity": severity.0.to_string(),
                        "count": count,
                        "plans": plans,
                    })
                })
                .collect();
            let mut out = serde_json::to_string_pretty(&rows).unwrap_or_default();
            out.push('\n');
            return out;
        }
        let l10n = Localizer::get(options.lang);
        let machine = options.format != Format::Human && options.format != Format::Html;
        let mut table = super::table::new(
            [
                l10n.text("report-col-rule"),
                l10n.text("report-col-severity"),
                l10n.text("report-col-count"),
                l10n.text("report-col-plans"),
            ],
            options.width,
            options.color,
        );
        let number = |n: usize| Cell::new(n).set_alignment(CellAlignment::Right);
        for ((severity, rule), (count, plans)) in &self.rows {
            // Severity words stay English where machines read the output.
            let word = if machine {
                severity.0.to_string()
            } else {
                l10n.text(&format!("severity-{}", severity.0))
            };
            table.add_row(vec![
                Cell::new(rule),
                Cell::new(word),
                number(*count),
                number(*plans),
            ]);
        }
        format!("{table}\n")
    }
}
