//! `--format sarif`: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps).
//!
//! One run. `tool.driver.rules` lists every rule with its summary, documentation, and the
//! source citations of the editions used in this run; results carry the rule id, level,
//! physical location (columns in Unicode code points), a partial fingerprint from the rule id,
//! the TOML path and the client (stable when lines move), and, for an allowed finding, a
//! suppression with its reason.

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

/// `failure`: why the run checked nothing (no plan in the paths given), for its notification.
pub fn render(
    plans: &[RenderedPlan],
    options: &RenderOptions,
    packs: &Packs,
    failure: Option<&str>,
) -> String {
    let l10n = Localizer::get(options.lang);
    let ids: Vec<&'static str> = RuleId::names().collect();
    let index = |rule: &str| ids.iter().position(|r| *r == rule).map(|i| i as i64);
    let citations = citations(plans, packs, l10n);
    let descriptors: Vec<sarif::ReportingDescriptor> = ids
        .iter()
        .map(|id| descriptor(id, citations.get(id), l10n))
        .collect();

    let root = options.root.as_deref();
    let mut fingerprints = super::rendered::Fingerprints::default();
    let results: Vec<sarif::Result> = plans
        .iter()
        .flat_map(|plan| {
            let location = artifact(&plan.path, root);
            plan.diagnostics.iter().map(move |d| (location.clone(), d))
        })
        .map(|(location, d)| {
            // Identical findings (the same rule about the same thing twice) stay apart too.
            let fingerprint = fingerprints.next(location.uri.as_deref().unwrap_or(""), d);
            result(location, d, index(d.rule), fingerprint)
        })
        .collect();
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
        .invocations(vec![invocation(plans, root, failure, l10n)])
        .results(results)
        .opt_original_uri_base_ids(base_ids)
        .column_kind(json!("unicodeCodePoints"))
        .build();
    let log = sarif::Sarif::builder()
        .schema(sarif::SCHEMA_URL)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut out =
        serde_json::to_string_pretty(&log).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

/// The citations of every rule in the editions this run used, by rule id.
fn citations(
    plans: &[RenderedPlan],
    packs: &Packs,
    l10n: &Localizer,
) -> BTreeMap<&'static str, Vec<serde_json::Value>> {
    let mut out: BTreeMap<&'static str, Vec<serde_json::Value>> = BTreeMap::new();
    let mut editions: Vec<&str> = plans
        .iter()
        .filter_map(|p| p.edition_id.as_deref())
        .collect();
    editions.sort_unstable();
    editions.dedup();
    for edition in editions.into_iter().filter_map(|id| packs.get(id)) {
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
    plans: &[RenderedPlan],
    root: Option<&std::path::Path>,
    failure: Option<&str>,
    l10n: &Localizer,
) -> sarif::Invocation {
    let mut notifications: Vec<serde_json::Value> = plans
        .iter()
        .filter(|p| !p.checked)
        .map(|plan| {
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
        })
        .collect();
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
