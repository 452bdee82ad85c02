//! The server's log for bug reports (`--log-file`): one JSON object a line, with the time, the
//! level and the text. It records what the server did (methods, documents, versions, counts,
//! timings), never a plan's contents, and every line passes the output gate (identity codes
//! masked, control characters neutralised) like all other output.

use std::io::Write;
use std::sync::Mutex;

/// Where log lines go: a file, or nowhere.
#[derive(Default)]
pub struct Log {
    file: Option<Mutex<std::fs::File>>,
}

impl Log {
    /// No log.
    pub fn none() -> Log {
        Log::default()
    }

    /// Appends to `path` (created if missing).
    pub fn open(path: &std::path::Path) -> std::io::Result<Log> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(Log {
            file: Some(Mutex::new(file)),
        })
    }

    pub fn enabled(&self) -> bool {
        self.file.is_some()
    }

    /// Writes one line at `level` (`info`, `warn`, `error`).
    pub fn write(&self, level: &str, text: &str) {
        let Some(file) = &self.file else {
            return;
        };
        let line = serde_json::json!({
            "time": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "level": level,
            "message": crate::report::gate(text, false),
        });
        if let Ok(mut file) = file.lock() {
            let _ = writeln!(file, "{line}");
        }
    }

    pub fn info(&self, text: impl FnOnce() -> String) {
        if self.enabled() {
            self.write("info", &text());
        }
    }

    pub fn warn(&self, text: impl FnOnce() -> String) {
        if self.enabled() {
            self.write("warn", &text());
        }
    }
}
