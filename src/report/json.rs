//! `--format json`: one document with every plan and finding (cli-and-output.md). The field
//! names and shapes are a contract that CI scripts depend on.

use rayon::prelude::*;
use serde::Serialize;

use super::RenderOptions;
use super::rendered::{RenderedDiagnostic, RenderedPlan};
use crate::finding::{Counts, Severity, Source};

#[derive(Serialize)]
struct Document<P> {
    tool: &'static str,
    version: &'static str,
    format: u32,
    as_of: String,
    plans: Vec<P>,
    counts: Counts,
}

#[derive(Serialize)]
struct Plan<'a> {
    path: &'a str,
    service: Option<&'static str>,
    edition: Option<&'a str>,
    checked: bool,
    diagnostics: Vec<Diagnostic<'a>>,
    counts: Counts,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    rule: &'static str,
    severity: Severity,
    message: &'a str,
    help: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client: Option<&'a str>,
    /// The clients a finding that stands for several still covers; null for others.
    clients: Option<&'a [String]>,
    /// Clients whose part an `[[allow]]` suppressed, with its reason.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    suppressed_clients: Vec<SuppressedClient<'a>>,
    suppressed: Option<Suppressed<'a>>,
    source: Option<&'a Source>,
}

#[derive(Serialize)]
struct SuppressedClient<'a> {
    client: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct Suppressed<'a> {
    reason: &'a str,
}

/// The whole document at once, from its streamed parts ([`part`], [`streamed`], [`end`]): the
/// same bytes as serialising the whole at once (tested below), which is what a run writes a
/// plan at a time.
pub fn render(plans: &[RenderedPlan], options: &RenderOptions) -> String {
    let parts: Vec<String> = plans.par_iter().map(part).collect();
    let mut counts = Counts::default();
    for p in plans {
        counts.merge(p.counts());
    }
    let mut out = String::new();
    for (i, text) in parts.iter().enumerate() {
        out.push_str(&streamed(text, i > 0, options));
    }
    out.push_str(&end(!parts.is_empty(), counts, options));
    out
}

/// One plan's part of the document, as serde_json's pretty printer nests it in `plans`.
pub fn part(p: &RenderedPlan) -> String {
    nested(&plan(p), 2).unwrap_or_else(|| "null".into())
}

/// `value` pretty-printed as serde_json prints it `levels` deep in a larger document (each level
/// two spaces), for a streamed part of one: the same bytes as printing it alone and writing the
/// indent after each line break, without that second copy. `None` if it cannot be serialised.
pub(super) fn nested<T: Serialize>(value: &T, levels: usize) -> Option<String> {
    let mut out = Vec::new();
    let indent = "  ".repeat(levels);
    let mut json = serde_json::Serializer::pretty(Nested {
        out: &mut out,
        indent: indent.as_bytes(),
    });
    value.serialize(&mut json).ok()?;
    // serde_json writes UTF-8, and `Nested` adds only spaces.
    String::from_utf8(out).ok()
}

/// Nests what the pretty printer writes as it is written: `indent` after each line break,
/// however serde_json splits its writes. (A line break in a string is written `\n`: the
/// printer's own are the only ones.)
struct Nested<'a> {
    out: &'a mut Vec<u8>,
    indent: &'a [u8],
}

impl std::io::Write for Nested<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = memchr::memchr(b'\n', rest) {
            let (line, after) = rest.split_at(at + 1);
            self.out.extend_from_slice(line);
            self.out.extend_from_slice(self.indent);
            rest = after;
        }
        self.out.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Where the plans go in the document serde_json writes around them.
const MARKER: &str = "\u{0}plans\u{0}";

/// The document around the plans, split where they go: what comes before them, and after.
fn frame(counts: Counts, options: &RenderOptions) -> (String, String) {
    let frame = document(vec![MARKER], counts, options);
    let marker = serde_json::to_string(MARKER).unwrap_or_default();
    let at = frame.find(&marker).unwrap_or(frame.len());
    let after = frame
        .get(at + marker.len()..)
        .unwrap_or_default()
        .to_owned();
    let mut before = frame;
    before.truncate(at);
    (before, after)
}

/// What to write for a plan's part when it comes: the document's head before the first plan
/// (it does not depend on the totals), a separator before the others.
pub fn streamed(part: &str, started: bool, options: &RenderOptions) -> String {
    let head = if started {
        ",\n    ".to_owned()
    } else {
        frame(Counts::default(), options).0
    };
    head + part
}

/// The end of a streamed document: the totals after the plans, or the whole document when
/// there were none.
pub fn end(started: bool, counts: Counts, options: &RenderOptions) -> String {
    if started {
        frame(counts, options).1
    } else {
        document(Vec::<()>::new(), counts, options)
    }
}

fn document<P: Serialize>(plans: Vec<P>, counts: Counts, options: &RenderOptions) -> String {
    let document = Document {
        tool: "oras-check",
        version: env!("CARGO_PKG_VERSION"),
        format: 1,
        as_of: options.as_of.to_string(),
        plans,
        counts,
    };
    let mut out = serde_json::to_string_pretty(&document)
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

fn plan(p: &RenderedPlan) -> Plan<'_> {
    Plan {
        path: &p.path,
        service: p.service,
        edition: p.edition.as_deref(),
        checked: p.checked,
        diagnostics: p.diagnostics.iter().map(diagnostic).collect(),
        counts: p.counts(),
    }
}

fn diagnostic(d: &RenderedDiagnostic) -> Diagnostic<'_> {
    Diagnostic {
        rule: d.rule,
        severity: d.severity,
        message: &d.message,
        help: d.help.as_deref(),
        line: d.position.map(|p| p.line),
        column: d.position.map(|p| p.column),
        end_line: d.position.map(|p| p.end_line),
        end_column: d.position.map(|p| p.end_column),
        client: d.client.as_deref(),
        clients: (!d.clients.is_empty()).then_some(d.clients.as_slice()),
        suppressed_clients: d
            .suppressed_clients
            .iter()
            .map(|(client, reason)| SuppressedClient { client, reason })
            .collect(),
        suppressed: d.suppressed.as_deref().map(|reason| Suppressed { reason }),
        source: d.source.as_deref(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Options, check_text};
    use crate::i18n::{Lang, Localizer};
    use crate::pack::Packs;

    #[test]
    fn plans_serialised_apart_give_the_same_bytes_as_the_whole() {
        let packs = Packs::builtin().unwrap();
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let l10n = Localizer::get(Lang::Fi);
        let rendered: Vec<RenderedPlan> = ["omaishoitaja-2025-mistakes", "oras-2021", "oras-2025"]
            .iter()
            .map(|name| {
                let path = format!("{}/examples/{name}.toml", env!("CARGO_MANIFEST_DIR"));
                let text = std::fs::read_to_string(&path).unwrap();
                let report = check_text(&path, &text, packs, &Options::new(as_of));
                RenderedPlan::new(&report, l10n, false, false)
            })
            .collect();
        let options = RenderOptions {
            format: super::super::Format::Json,
            lang: Lang::Fi,
            color: false,
            width: 100,
            as_of,
            quiet: false,
            root: None,
        };
        let whole: Vec<Plan<'_>> = rendered.iter().map(plan).collect();
        let mut counts = Counts::default();
        for p in &whole {
            counts.merge(p.counts);
        }
        assert_eq!(
            render(&rendered, &options),
            document(whole, counts, &options)
        );
        assert_eq!(
            render(&[], &options),
            document(Vec::<Plan<'_>>::new(), Counts::default(), &options)
        );
    }
}
