//! `--format sarif`: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps).
//!
//! One run. `tool.driver.rules` lists every rule with its summary, documentation, and the
//! source citations of the editions used in this run; results carry the rule id, level,
//! physical location (columns in Unicode code points), a partial fingerprint from the rule id,
//! the TOML path and the client (stable when lines move), and, for an allowed finding, a
//! suppression with its reason.
//!
//! The log streams (`Stream`): its head as soon as the plans that could not be checked are
//! known, each plan's results as the plan is accepted, the rules at the end.

use std::collections::BTreeMap;

use serde_json::json;
use serde_sarif::sarif;

use super::RenderOptions;
use super::rendered::{RenderedDiagnostic, RenderedPlan};
use crate::finding::Severity;
use crate::i18n::Localizer;
use crate::pack::Packs;
use crate::registry::RuleId;

/// The key of oras-check's partial fingerprint.
/// `v2`: fingerprints no longer hold the day of the check (`v1` did, and every daily run closed
/// each deadline alert and opened a new one).
pub const FINGERPRINT: &str = "orasCheck/v2";

/// The whole document for plans rendered together. `failure`: why the run checked nothing (no
/// plan in the paths given), for its notification.
pub fn render(
    plans: &[RenderedPlan],
    options: &RenderOptions,
    packs: &Packs,
    failure: Option<&str>,
) -> String {
    let l10n = Localizer::get(options.lang);
    let root = options.root.as_deref();
    let mut stream = Stream::new(
        options,
        plans
            .iter()
            .filter(|p| !p.checked)
            .map(|p| not_checked(p, root, l10n))
            .collect(),
    );
    let mut out = String::new();
    for plan in plans {
        out.push_str(&stream.plan(plan, failure));
    }
    out.push_str(&stream.end(packs, failure));
    out
}

/// The document as it streams: its head (the invocation, which names the plans that could not
/// be checked, so it is known before the first plan), then each plan's results as the plan is
/// accepted, then the rules (with the citations of the editions the plans used) at the end. The
/// bytes are those of the whole log pretty-printed at once.
pub(crate) struct Stream {
    root: Option<std::path::PathBuf>,
    lang: crate::i18n::Lang,
    /// One for each plan that could not be checked.
    notifications: Vec<serde_json::Value>,
    fingerprints: super::rendered::Fingerprints,
    /// The editions the plans used, for the rules' citations.
    editions: std::collections::BTreeSet<String>,
    ids: Vec<&'static str>,
    /// Whether the head was written.
    started: bool,
    results: usize,
}

/// Where the run's results go in the pretty-printed log (the run is at depth 2).
const RESULTS: &str = "\n      \"results\": []";
/// A result's depth and its indentation: an element of `runs[0].results`.
const RESULT_LEVELS: usize = 4;
const RESULT_INDENT: &str = "\n        ";

impl Stream {
    /// `notifications`: [`not_checked`] for each plan of the run that could not be checked.
    pub(crate) fn new(options: &RenderOptions, notifications: Vec<serde_json::Value>) -> Stream {
        Stream {
            root: options.root.clone(),
            lang: options.lang,
            notifications,
            fingerprints: super::rendered::Fingerprints::default(),
            editions: std::collections::BTreeSet::new(),
            ids: RuleId::names().collect(),
            started: false,
            results: 0,
        }
    }

    /// One plan's results (after the head, the first time).
    pub(crate) fn plan(&mut self, plan: &RenderedPlan, failure: Option<&str>) -> String {
        let mut out = self.head(failure);
        if let Some(edition) = &plan.edition_id {
            self.editions.insert(edition.clone());
        }
        let location = artifact(&plan.path, self.root.as_deref());
        for d in &plan.diagnostics {
            // Identical findings (the same rule about the same thing twice) stay apart too.
            let fingerprint = self
                .fingerprints
                .next(location.uri.as_deref().unwrap_or(""), d);
            let index = self.ids.iter().position(|r| *r == d.rule).map(|i| i as i64);
            let result = result(location.clone(), d, index, fingerprint);
            let Some(text) = super::json::nested(&result, RESULT_LEVELS) else {
                continue;
            };
            out.push_str(if self.results == 0 { "" } else { "," });
            out.push_str(RESULT_INDENT);
            out.push_str(&text);
            self.results += 1;
        }
        out
    }

    /// The rest of the log: the end of the results, the rules and their citations.
    pub(crate) fn end(mut self, packs: &Packs, failure: Option<&str>) -> String {
        let mut out = self.head(failure);
        out.push_str(if self.results == 0 { "]" } else { "\n      ]" });
        let l10n = Localizer::get(self.lang);
        let citations = citations(self.editions.iter().map(String::as_str), packs, l10n);
        let descriptors: Vec<sarif::ReportingDescriptor> = self
            .ids
            .iter()
            .map(|id| descriptor(id, citations.get(id), l10n))
            .collect();
        let log = self.log(failure, descriptors);
        let (_, after) = around_results(&log);
        out.push_str(after);
        out
    }

    /// The log up to the opening of its results, once.
    fn head(&mut self, failure: Option<&str>) -> String {
        if std::mem::replace(&mut self.started, true) {
            return String::new();
        }
        let log = self.log(failure, Vec::new());
        let (before, _) = around_results(&log);
        format!("{before}{}", &RESULTS[..RESULTS.len() - 1])
    }

    /// The whole log with no results: what the head and the end are cut from.
    fn log(&self, failure: Option<&str>, descriptors: Vec<sarif::ReportingDescriptor>) -> String {
        let root = self.root.as_deref();
        let base_ids = root.and_then(|root| {
            let uri = file_uri(root)?;
            Some(BTreeMap::from([(
                SRCROOT.to_owned(),
                sarif::ArtifactLocation::builder().uri(uri).build(),
            )]))
        });
        let driver = sarif::ToolComponent::builder()
            .name("oras-check")
            .version(env!("CARGO_PKG_VERSION"))
            .semantic_version(env!("CARGO_PKG_VERSION"))
            .information_uri("https://www.kela.fi/kuntoutuksen-palvelukuvaukset")
            .rules(descriptors)
            .build();
        let run = sarif::Run::builder()
            .tool(sarif::Tool::builder().driver(driver).build())
            .invocations(vec![invocation(self.notifications.clone(), failure)])
            .results(Vec::<sarif::Result>::new())
            .opt_original_uri_base_ids(base_ids)
            .column_kind(json!("unicodeCodePoints"))
            .build();
        let log = sarif::Sarif::builder()
            .schema(sarif::SCHEMA_URL)
            .version(json!("2.1.0"))
            .runs(vec![run])
            .build();
        let mut out = serde_json::to_string_pretty(&log)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
        out.push('\n');
        out
    }
}

/// The log before its (empty) results and after them.
fn around_results(log: &str) -> (&str, &str) {
    match log.find(RESULTS) {
        Some(at) => (&log[..at], &log[at + RESULTS.len()..]),
        // Not reached: the run always has its results (a test holds the streamed log to the
        // whole one).
        None => (log, ""),
    }
}

/// The citations of every rule in the editions this run used, by rule id.
/// `editions`: their ids, in order, each once.
fn citations<'e>(
    editions: impl Iterator<Item = &'e str>,
    packs: &Packs,
    l10n: &Localizer,
) -> BTreeMap<&'static str, Vec<serde_json::Value>> {
    let mut out: BTreeMap<&'static str, Vec<serde_json::Value>> = BTreeMap::new();
    for edition in editions.filter_map(|id| packs.get(id)) {
        for c in edition.citations().into_iter().filter(|c| !c.manual) {
            if let Some(id) = RuleId::names().find(|id| *id == c.item) {
                out.entry(id).or_default().push(json!({
                    "edition": edition.id,
                    "document": c.source.document,
                    "title": c.source.title,
                    "cited": super::cited(c.source, l10n),
                    "section": c.source.section,
                    "quote": c.source.quote,
                }));
            }
        }
    }
    out
}

fn text(text: String) -> sarif::MultiformatMessageString {
    sarif::MultiformatMessageString::builder()
        .text(text)
        .build()
}

fn level(severity: Severity) -> serde_json::Value {
    json!(match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    })
}

fn descriptor(
    id: &str,
    sources: Option<&Vec<serde_json::Value>>,
    l10n: &Localizer,
) -> sarif::ReportingDescriptor {
    let summary = l10n.text(&format!("rule-{id}"));
    let doc = l10n
        .attribute(&format!("rule-{id}"), "doc")
        .unwrap_or_else(|| summary.clone());
    let mut help = doc.clone();
    for s in sources.into_iter().flatten() {
        help.push_str(&format!(
            "\n\n{}: {}: “{}”",
            s["edition"].as_str().unwrap_or_default(),
            s["cited"].as_str().unwrap_or_default(),
            s["quote"].as_str().unwrap_or_default()
        ));
    }
    let worst = RuleId::severities_of(id)
        .first()
        .copied()
        .unwrap_or(Severity::Error);
    let mut properties = BTreeMap::new();
    if let Some(sources) = sources {
        properties.insert("sources".to_owned(), json!(sources));
    }
    sarif::ReportingDescriptor::builder()
        .id(id)
        .name(pascal(id))
        .short_description(text(summary))
        .full_description(text(doc))
        .help(text(help))
        .default_configuration(
            sarif::ReportingConfiguration::builder()
                .level(level(worst))
                .build(),
        )
        .opt_properties((!properties.is_empty()).then(|| {
            sarif::PropertyBag::builder()
                .additional_properties(properties)
                .build()
        }))
        .build()
}

/// `group-size-max` → `GroupSizeMax` (SARIF rule names are identifiers).
fn pascal(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect()
}

/// The base of every relative artifact URI: the project root.
const SRCROOT: &str = "%SRCROOT%";

/// Where a plan is: relative to the project root (with `%SRCROOT%`) when it is inside it, else
/// an absolute `file://` URI.
pub(super) fn artifact(path: &str, root: Option<&std::path::Path>) -> sarif::ArtifactLocation {
    let relative = root.and_then(|root| {
        let absolute = std::path::absolute(path).ok()?;
        let relative = absolute
            .strip_prefix(root)
            .ok()?
            .to_string_lossy()
            .into_owned();
        Some(relative)
    });
    match relative {
        Some(relative) => sarif::ArtifactLocation::builder()
            .uri(uri(&relative))
            .uri_base_id(SRCROOT)
            .build(),
        None => sarif::ArtifactLocation::builder()
            .uri(
                std::path::absolute(path)
                    .ok()
                    .filter(|_| path != "-")
                    .and_then(|p| file_uri(&p))
                    .unwrap_or_else(|| uri(path)),
            )
            .build(),
    }
}

/// `file:///…/` for an absolute folder or file path.
fn file_uri(path: &std::path::Path) -> Option<String> {
    let text = path.to_str()?.replace('\\', "/");
    let mut encoded = uri(text.trim_start_matches('/'));
    if path.is_dir() && !encoded.ends_with('/') {
        encoded.push('/');
    }
    Some(format!("file:///{encoded}"))
}

/// Whether the run checked every plan (exit code 0 or 1), with a notification for each plan
/// that could not be checked (exit code 2) and for a run that found no plan at all: an
/// incomplete run never looks complete.
fn invocation(
    mut notifications: Vec<serde_json::Value>,
    failure: Option<&str>,
) -> sarif::Invocation {
    if let Some(failure) = failure {
        notifications.push(json!({ "level": "error", "message": { "text": failure } }));
    }
    let successful = notifications.is_empty();
    serde_json::from_value(json!({
        "executionSuccessful": successful,
        "toolExecutionNotifications": notifications,
    }))
    .unwrap_or_else(|_| {
        sarif::Invocation::builder()
            .execution_successful(successful)
            .build()
    })
}

/// The notification of a plan that could not be checked, with its first error.
pub(crate) fn not_checked(
    plan: &RenderedPlan,
    root: Option<&std::path::Path>,
    l10n: &Localizer,
) -> serde_json::Value {
    let why = plan
        .diagnostics
        .iter()
        .find(|d| d.severity == Severity::Error)
        .map_or_else(String::new, |d| format!(": {}", d.message));
    let location = artifact(&plan.path, root);
    json!({
        "level": "error",
        "message": { "text": format!("{}{why}", l10n.format(&crate::msg!("sarif-not-checked", path = plan.path.as_str()))) },
        "locations": [{ "physicalLocation": { "artifactLocation": location } }],
    })
}

fn result(
    location: sarif::ArtifactLocation,
    d: &RenderedDiagnostic,
    rule_index: Option<i64>,
    fingerprint: String,
) -> sarif::Result {
    let region = d.position.map(|p| {
        sarif::Region::builder()
            .start_line(p.line as i64)
            .start_column(p.column as i64)
            .end_line(p.end_line as i64)
            .end_column(p.end_column as i64)
            .build()
    });
    let location = sarif::Location::builder()
        .physical_location(
            sarif::PhysicalLocation::builder()
                .artifact_location(location)
                .opt_region(region)
                .build(),
        )
        .build();
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push('\n');
        message.push_str(help);
    }
    let suppressions = d.suppressed.as_ref().map(|reason| {
        vec![
            sarif::Suppression::builder()
                .kind(json!("inSource"))
                .justification(reason.clone())
                .build(),
        ]
    });
    sarif::Result::builder()
        .rule_id(d.rule)
        .opt_rule_index(rule_index)
        .level(match d.severity {
            Severity::Error => sarif::ResultLevel::Error,
            Severity::Warning => sarif::ResultLevel::Warning,
            Severity::Note => sarif::ResultLevel::Note,
        })
        .message(sarif::Message::builder().text(message).build())
        .locations(vec![location])
        .partial_fingerprints(BTreeMap::from([(FINGERPRINT.to_owned(), fingerprint)]))
        .opt_suppressions(suppressions)
        .build()
}

/// A relative URI for a plan path (forward slashes, percent-encoded where needed).
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::report::Format;

    /// The log as one value, pretty-printed at once: what the stream must equal byte for byte.
    fn whole(plans: &[RenderedPlan], options: &RenderOptions, packs: &Packs) -> String {
        let l10n = Localizer::get(options.lang);
        let root = options.root.as_deref();
        let ids: Vec<&'static str> = RuleId::names().collect();
        let mut editions: Vec<&str> = plans
            .iter()
            .filter_map(|p| p.edition_id.as_deref())
            .collect();
        editions.sort_unstable();
        editions.dedup();
        let citations = citations(editions.into_iter(), packs, l10n);
        let mut fingerprints = crate::report::rendered::Fingerprints::default();
        let mut results = Vec::new();
        for plan in plans {
            let location = artifact(&plan.path, root);
            for d in &plan.diagnostics {
                let fingerprint = fingerprints.next(location.uri.as_deref().unwrap_or(""), d);
                let index = ids.iter().position(|r| *r == d.rule).map(|i| i as i64);
                results.push(result(location.clone(), d, index, fingerprint));
            }
        }
        let notifications = plans
            .iter()
            .filter(|p| !p.checked)
            .map(|p| not_checked(p, root, l10n))
            .collect();
        let descriptors = ids
            .iter()
            .map(|id| descriptor(id, citations.get(id), l10n))
            .collect();
        // The log without results, as a value (its keys are in order already), the results put
        // in, and the whole printed at once.
        let skeleton = Stream::new(options, notifications).log(None, descriptors);
        let mut log: serde_json::Value = serde_json::from_str(&skeleton).unwrap();
        log["runs"][0]["results"] = serde_json::to_value(results).unwrap();
        serde_json::to_string_pretty(&log).unwrap() + "\n"
    }

    #[test]
    fn the_streamed_log_is_the_whole_log_byte_for_byte() {
        let packs = Packs::builtin().unwrap();
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        // With a plan that could not be checked: the invocation names it, ahead of every result.
        let reports = crate::report::tests::mixed_reports(as_of);
        for lang in [Lang::En, Lang::Fi] {
            let options = RenderOptions {
                root: Some(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))),
                ..crate::report::tests::options(Format::Sarif, lang, as_of)
            };
            let l10n = Localizer::get(lang);
            let rendered: Vec<RenderedPlan> = reports
                .iter()
                .map(|r| RenderedPlan::new(r, l10n, true, false))
                .collect();
            let expected = whole(&rendered, &options, packs);
            assert_eq!(render(&rendered, &options, packs, None), expected);
            // Through the reporter: the head with the first plan, nothing of a plan kept.
            let (parts, end) =
                crate::report::tests::streamed(&options, &reports, packs, "{\n  \"$schema\"");
            assert_eq!(parts.concat() + &end, expected);
            // No plan at all: the whole (empty) log at the end.
            assert_eq!(
                render(&[], &options, packs, None),
                whole(&[], &options, packs)
            );
        }
    }
}
