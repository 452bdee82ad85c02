//! `--format gitlab`: GitLab Code Quality JSON, the merge request's code quality report
//! (`artifacts: reports: codequality`). An array of issues: `description`, `check_name` (the
//! rule id), `fingerprint`, `severity` and `location` (`path` relative to the working folder,
//! `lines.begin`). Suppressed findings are left out.
//!
//! Each plan's issues are written as soon as the plan is rendered.
//!
//! The fingerprint is the SHA-256 of what SARIF's `partialFingerprints` holds
//! ([`super::rendered::Fingerprints`]): it never holds the day of the check, so a finding keeps
//! its fingerprint, and GitLab its issue, from one daily pipeline to the next.

use serde_json::json;
use sha2::{Digest, Sha256};

use super::RenderOptions;
use super::rendered::{Fingerprints, RenderedPlan};
use crate::finding::Severity;

/// The run's GitLab report as it streams: each plan's issues are written as soon as the plan is
/// accepted, the fingerprints counted over the whole run (as SARIF's are).
#[derive(Default)]
pub(crate) struct Stream {
    fingerprints: Fingerprints,
    /// Whether an issue was written (and with it the array's opening bracket).
    started: bool,
    here: Option<Option<std::path::PathBuf>>,
}

impl Stream {
    /// One plan's issues, each pretty-printed as an element of the array.
    pub(crate) fn plan(&mut self, plan: &RenderedPlan, options: &RenderOptions) -> String {
        let here = self
            .here
            .get_or_insert_with(|| std::env::current_dir().ok())
            .as_deref();
        // The fingerprint's path is the project root's, as SARIF's: the same wherever the
        // pipeline runs the command from.
        let uri = super::sarif::artifact(&plan.path, options.root.as_deref())
            .uri
            .unwrap_or_else(|| plan.path.clone());
        let path = relative(&plan.path, here);
        let mut out = String::new();
        for d in plan.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            let fingerprint = self.fingerprints.next(&uri, d);
            let digest = Sha256::digest(fingerprint.as_bytes());
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            let mut description = d.message.clone();
            if let Some(help) = &d.help {
                description.push_str(" — ");
                description.push_str(help);
            }
            let issue = json!({
                "type": "issue",
                "description": description,
                "check_name": d.rule,
                "fingerprint": hex,
                "severity": severity(d.severity),
                "location": {
                    "path": path,
                    "lines": { "begin": d.position.map_or(1, |p| p.line) },
                },
            });
            // An element of the array is indented one level, as `to_string_pretty` of the
            // whole array would.
            let Some(element) = super::json::nested(&issue, 1) else {
                continue;
            };
            out.push_str(if std::mem::replace(&mut self.started, true) {
                ",\n  "
            } else {
                "[\n  "
            });
            out.push_str(&element);
        }
        out
    }

    /// The end of the array (or the whole of an empty one).
    pub(crate) fn end(&self) -> String {
        if self.started { "\n]\n" } else { "[]\n" }.to_owned()
    }
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
