//! `--format gitlab`: GitLab Code Quality JSON, the merge request's code quality report
//! (`artifacts: reports: codequality`). An array of issues: `description`, `check_name` (the
//! rule id), `fingerprint`, `severity` and `location` (`path` relative to the working folder,
//! `lines.begin`). Suppressed findings are left out.
//!
//! The fingerprint is the SHA-256 of what SARIF's `partialFingerprints` holds
//! ([`super::rendered::Fingerprints`]): it never holds the day of the check, so a finding keeps
//! its fingerprint, and GitLab its issue, from one daily pipeline to the next.

use serde_json::json;
use sha2::{Digest, Sha256};

use super::RenderOptions;
use super::rendered::{Fingerprints, RenderedPlan};
use crate::finding::Severity;

pub fn render(plans: &[RenderedPlan], options: &RenderOptions) -> String {
    let here = std::env::current_dir().ok();
    let root = options.root.as_deref();
    let mut fingerprints = Fingerprints::default();
    let mut issues = Vec::new();
    for plan in plans {
        // The fingerprint's path is the project root's, as SARIF's: the same wherever the
        // pipeline runs the command from.
        let uri = super::sarif::artifact(&plan.path, root)
            .uri
            .unwrap_or_else(|| plan.path.clone());
        let path = relative(&plan.path, here.as_deref());
        for d in plan.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            let fingerprint = fingerprints.next(&uri, d);
            let digest = Sha256::digest(fingerprint.as_bytes());
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            let mut description = d.message.clone();
            if let Some(help) = &d.help {
                description.push_str(" — ");
                description.push_str(help);
            }
            issues.push(json!({
                "type": "issue",
                "description": description,
                "check_name": d.rule,
                "fingerprint": hex,
                "severity": severity(d.severity),
                "location": {
                    "path": path,
                    "lines": { "begin": d.position.map_or(1, |p| p.line) },
                },
            }));
        }
    }
    let mut out = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".to_owned());
    out.push('\n');
    out
}

/// GitLab's severities: `critical` for an error (the plan breaks the service description),
/// `major` for a warning, `info` for a note.
fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "critical",
        Severity::Warning => "major",
        Severity::Note => "info",
    }
}

/// A plan's path relative to the working folder (GitLab matches it to the repository's files),
/// forward slashes, no leading `./`.
fn relative(path: &str, here: Option<&std::path::Path>) -> String {
    let shown = std::path::Path::new(path);
    let relative = match (shown.is_absolute(), here) {
        (true, Some(here)) => shown
            .strip_prefix(here)
            .map_or_else(|_| path.to_owned(), |p| p.to_string_lossy().into_owned()),
        _ => path.to_owned(),
    };
    let relative = relative.replace('\\', "/");
    relative
        .strip_prefix("./")
        .map_or(relative.clone(), str::to_owned)
}
