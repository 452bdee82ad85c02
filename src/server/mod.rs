//! `oras-check server`: a language server over stdio (or any [`lsp_server::Connection`], such
//! as the in-memory one the tests drive), synchronous like ruff's: one thread reads the
//! protocol, answers requests and schedules checks; one worker thread checks documents. No
//! async runtime.
//!
//! Diagnostics are exactly `check`'s findings for the document ([`analysis`]). They are pushed
//! (`textDocument/publishDiagnostics`) after open and save at once and after a change once the
//! buffer has been still for the debounce time; a result is published only if the document is
//! still at the version that was checked, so a newer version makes older work moot and stale
//! diagnostics are never shown. A client that pulls (`textDocument/diagnostic`) gets them
//! computed on the current text instead.
//!
//! Positions are negotiated (`positionEncoding`, and clangd's `offsetEncoding` that Neovim
//! sends): UTF-8 when offered, else UTF-16 ([`text`]).

pub mod analysis;
pub mod features;
pub mod log;
pub mod settings;
pub mod text;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use crossbeam_channel::{Receiver, Sender, select};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    DiagnosticOptions, DiagnosticServerCapabilities, HoverProviderCapability, InitializeParams,
    PublishDiagnosticsParams, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Url, notification as n, request as r,
};

use analysis::{Document, Outcome, Workspace};
pub use log::Log;
use text::Encoding;

use crate::i18n::Lang;
use crate::pack::Packs;

/// How long a changed buffer must stay still before it is checked.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// What the server is started with.
pub struct ServerOptions<'p> {
    pub packs: &'p Packs,
    /// The day of the checks (default: today, each time).
    pub as_of: Option<NaiveDate>,
    /// `--lang`: wins over the client's locale.
    pub lang: Option<Lang>,
    pub debounce: Duration,
    pub log: Log,
}

/// The options a client may pass in `initializationOptions` (the VS Code extension does).
#[derive(Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct ClientOptions {
    /// `en`, `fi` or `sv`: the language the user chose in the editor's settings.
    lang: Option<String>,
    /// Globs of files that are plans even before they have a `[course]` table.
    plan_globs: Vec<String>,
}

/// An open document.
struct Open {
    doc: Document,
    /// When the debounced check is due.
    due: Option<Instant>,
}

/// A check asked of the worker.
struct Job {
    doc: Document,
    open: HashMap<PathBuf, Arc<str>>,
}

struct Server<'a, 'p> {
    connection: &'a Connection,
    ws: &'a Workspace<'p>,
    encoding: Encoding,
    /// The client pulls diagnostics: nothing is pushed.
    pull: bool,
    plan_globs: Option<globset::GlobSet>,
    docs: HashMap<Url, Open>,
    jobs: Sender<Job>,
    debounce: Duration,
    log: &'a Log,
    shutting_down: bool,
    /// Requests sent to the client (registrations), by id.
    next_id: i32,
}

/// Runs the server on `connection` until the client exits. `Err` when the protocol was not kept
/// (no `initialize`, the connection lost, `exit` without `shutdown`): the process then exits
/// with code 1, as the protocol says.
pub fn run(connection: &Connection, options: ServerOptions<'_>) -> Result<(), String> {
    let log = &options.log;
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("initialize: {e}"))?;
    let init: InitializeParams = serde_json::from_value(params.clone()).unwrap_or_default();
    let client: ClientOptions = init
        .initialization_options
        .clone()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let (encoding, clangd) = negotiate(&init, &params);
    let client_lang = options
        .lang
        .or_else(|| client.lang.as_deref().map(Lang::from_locale))
        .or_else(|| {
            init.locale
                .as_deref()
                .map(Lang::from_locale)
                .filter(|l| *l != Lang::En)
        });
    let pull = init
        .capabilities
        .text_document
        .as_ref()
        .and_then(|t| t.diagnostic.as_ref())
        .is_some();
    let watch = init
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|d| d.dynamic_registration)
        .unwrap_or(false);
    let capabilities = ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["=".into(), "\"".into(), "[".into()]),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::new("source.fixAll.oras-check"),
            ]),
            ..CodeActionOptions::default()
        })),
        diagnostic_provider: pull.then(|| {
            DiagnosticServerCapabilities::Options(DiagnosticOptions {
                identifier: Some(analysis::SOURCE.to_owned()),
                inter_file_dependencies: true,
                workspace_diagnostics: false,
                ..DiagnosticOptions::default()
            })
        }),
        ..ServerCapabilities::default()
    };
    let mut result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": ServerInfo {
            name: "oras-check".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    if clangd {
        result["offsetEncoding"] = serde_json::json!(encoding.name());
    }
    connection
        .initialize_finish(id, result)
        .map_err(|e| format!("initialize: {e}"))?;
    log.info(|| {
        format!(
            "initialized: encoding {}, language {:?}, pull {pull}, watch {watch}",
            encoding.name(),
            client_lang.map(Lang::code)
        )
    });
    let ws = Workspace::new(options.packs, options.as_of, client_lang);
    let plan_globs = globs(&client.plan_globs);
    std::thread::scope(|scope| {
        let (jobs, queue) = crossbeam_channel::unbounded::<Job>();
        let (done, results) = crossbeam_channel::unbounded::<(Document, Outcome)>();
        let ws_ref = &ws;
        scope.spawn(move || worker(ws_ref, encoding, &queue, &done, log));
        let mut server = Server {
            connection,
            ws: &ws,
            encoding,
            pull,
            plan_globs,
            docs: HashMap::new(),
            jobs,
            debounce: options.debounce,
            log,
            shutting_down: false,
            next_id: 0,
        };
        if watch {
            server.register_watchers();
        }
        let outcome = server.main_loop(&results);
        log.info(|| format!("stopped: {outcome:?}"));
        outcome
    })
}

/// UTF-8 when the client offers it (`general.positionEncodings`, or clangd's `offsetEncoding`
/// extension that Neovim sends), else UTF-16; `true` when it came through `offsetEncoding`.
fn negotiate(init: &InitializeParams, raw: &serde_json::Value) -> (Encoding, bool) {
    let offered = init
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    if let Some(offered) = offered {
        if offered.contains(&lsp_types::PositionEncodingKind::UTF8) {
            return (Encoding::Utf8, false);
        }
        return (Encoding::Utf16, false);
    }
    let clangd: Vec<&str> = raw
        .pointer("/capabilities/offsetEncoding")
        .and_then(serde_json::Value::as_array)
        .map(|a| a.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    if clangd.contains(&"utf-8") {
        (Encoding::Utf8, true)
    } else {
        (Encoding::Utf16, !clangd.is_empty())
    }
}

fn globs(patterns: &[String]) -> Option<globset::GlobSet> {
    let mut set = globset::GlobSetBuilder::new();
    for p in patterns {
        set.add(globset::Glob::new(p).ok()?);
    }
    (!patterns.is_empty()).then(|| set.build().ok()).flatten()
}

/// The worker: checks documents one after the other; a panic is caught and logged, never
/// taking the server down.
fn worker(
    ws: &Workspace<'_>,
    encoding: Encoding,
    queue: &Receiver<Job>,
    done: &Sender<(Document, Outcome)>,
    log: &Log,
) {
    for job in queue {
        let started = Instant::now();
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            ws.check(&job.doc, &job.open, encoding)
        }));
        match checked {
            Ok(outcome) => {
                log.info(|| {
                    format!(
                        "checked {} v{}: {} diagnostics in {} ms",
                        crate::privacy::shown(job.doc.uri.as_str()),
                        job.doc.version,
                        outcome.diagnostics.len(),
                        started.elapsed().as_millis()
                    )
                });
                if done.send((job.doc, outcome)).is_err() {
                    return;
                }
            }
            Err(_) => log.warn(|| {
                format!(
                    "the check of {} v{} panicked",
                    crate::privacy::shown(job.doc.uri.as_str()),
                    job.doc.version
                )
            }),
        }
    }
}

impl Server<'_, '_> {
    fn main_loop(&mut self, results: &Receiver<(Document, Outcome)>) -> Result<(), String> {
        loop {
            let now = Instant::now();
            let due = self.docs.values().filter_map(|o| o.due).min();
            let timer = match due {
                Some(at) => crossbeam_channel::at(at.max(now)),
                None => crossbeam_channel::never(),
            };
            select! {
                recv(self.connection.receiver) -> message => {
                    let Ok(message) = message else {
                        return Err("the client closed the connection".to_owned());
                    };
                    if let Some(end) = self.message(message) {
                        return end;
                    }
                }
                recv(results) -> result => {
                    if let Ok((doc, outcome)) = result {
                        self.finished(doc, outcome);
                    }
                }
                recv(timer) -> _ => self.dispatch_due(),
            }
        }
    }

    /// Handles one message; `Some` when the server is to stop.
    fn message(&mut self, message: Message) -> Option<Result<(), String>> {
        match message {
            Message::Request(req) => {
                self.log
                    .info(|| format!("request {} {:?}", req.method, req.id));
                if self.shutting_down {
                    self.respond(Response::new_err(
                        req.id,
                        ErrorCode::InvalidRequest as i32,
                        "the server is shutting down".to_owned(),
                    ));
                    return None;
                }
                if req.method == r::Shutdown::METHOD {
                    self.shutting_down = true;
                    self.respond(Response::new_ok(req.id, ()));
                    return None;
                }
                let id = req.id.clone();
                let answered =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.request(req)));
                let response = answered.unwrap_or_else(|_| {
                    Response::new_err(
                        id,
                        ErrorCode::InternalError as i32,
                        "oras-check failed on this request".to_owned(),
                    )
                });
                self.respond(response);
                None
            }
            Message::Notification(note) => {
                self.log.info(|| format!("notification {}", note.method));
                if note.method == n::Exit::METHOD {
                    return Some(if self.shutting_down {
                        Ok(())
                    } else {
                        Err("exit without shutdown".to_owned())
                    });
                }
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    self.notification(note);
                }));
                None
            }
            // Answers to the server's registrations: nothing to do.
            Message::Response(_) => None,
        }
    }

    fn respond(&self, response: Response) {
        let _ = self.connection.sender.send(Message::Response(response));
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        let _ = self
            .connection
            .sender
            .send(Message::Notification(Notification::new(
                N::METHOD.to_owned(),
                params,
            )));
    }

    fn request(&mut self, req: Request) -> Response {
        let method = req.method.clone();
        match method.as_str() {
            r::HoverRequest::METHOD => self.answer::<r::HoverRequest>(req, |s, p| {
                let at = p.text_document_position_params;
                let doc = s.doc(&at.text_document.uri)?;
                features::hover(s.ws, doc, at.position, s.encoding)
            }),
            r::Completion::METHOD => self.answer::<r::Completion>(req, |s, p| {
                let at = p.text_document_position;
                let doc = s.doc(&at.text_document.uri)?;
                let items = features::completion(s.ws, doc, at.position, s.encoding);
                Some(lsp_types::CompletionResponse::Array(items))
            }),
            r::CodeActionRequest::METHOD => self.answer::<r::CodeActionRequest>(req, |s, p| {
                let doc = s.doc(&p.text_document.uri)?;
                Some(features::code_actions(
                    s.ws,
                    doc,
                    p.range,
                    &p.context.diagnostics,
                    p.context.only.as_deref(),
                    s.encoding,
                ))
            }),
            r::DocumentDiagnosticRequest::METHOD => {
                self.answer::<r::DocumentDiagnosticRequest>(req, |s, p| {
                    let items = match s.doc(&p.text_document.uri).cloned() {
                        Some(doc) => {
                            let outcome = s.ws.check(&doc, &s.open_buffers(), s.encoding);
                            if outcome.is_plan && !doc.explicit {
                                s.mark_plan(&doc.uri);
                            }
                            outcome.diagnostics
                        }
                        None => Vec::new(),
                    };
                    lsp_types::DocumentDiagnosticReportResult::Report(
                        lsp_types::DocumentDiagnosticReport::Full(
                            lsp_types::RelatedFullDocumentDiagnosticReport {
                                related_documents: None,
                                full_document_diagnostic_report:
                                    lsp_types::FullDocumentDiagnosticReport {
                                        result_id: None,
                                        items,
                                    },
                            },
                        ),
                    )
                })
            }
            _ => Response::new_err(
                req.id,
                ErrorCode::MethodNotFound as i32,
                format!("oras-check does not handle {method}"),
            ),
        }
    }

    /// Parses a request's parameters and answers with `f`'s result, or with `InvalidParams`.
    fn answer<R: lsp_types::request::Request>(
        &mut self,
        req: Request,
        f: impl FnOnce(&mut Self, R::Params) -> R::Result,
    ) -> Response {
        match serde_json::from_value::<R::Params>(req.params) {
            Ok(params) => Response::new_ok(req.id, f(self, params)),
            Err(e) => Response::new_err(req.id, ErrorCode::InvalidParams as i32, e.to_string()),
        }
    }

    fn doc(&self, uri: &Url) -> Option<&Document> {
        self.docs.get(uri).map(|o| &o.doc)
    }

    fn mark_plan(&mut self, uri: &Url) {
        if let Some(open) = self.docs.get_mut(uri) {
            open.doc.explicit = true;
        }
    }

    /// The open buffers by path (their canonical path too): they win over the files.
    fn open_buffers(&self) -> HashMap<PathBuf, Arc<str>> {
        let mut out = HashMap::new();
        for open in self.docs.values() {
            if let Some(path) = &open.doc.path {
                out.insert(path.clone(), Arc::clone(&open.doc.text));
                if let Ok(canonical) = path.canonicalize() {
                    out.insert(canonical, Arc::clone(&open.doc.text));
                }
            }
        }
        out
    }

    fn notification(&mut self, note: Notification) {
        let method = note.method.clone();
        match method.as_str() {
            n::DidOpenTextDocument::METHOD => {
                let Ok(p) = note.extract::<lsp_types::DidOpenTextDocumentParams>(
                    n::DidOpenTextDocument::METHOD,
                ) else {
                    return;
                };
                let uri = p.text_document.uri;
                let path = features::path_of(&uri);
                let explicit = match (&self.plan_globs, &path) {
                    (Some(globs), Some(path)) => globs.is_match(path),
                    _ => false,
                };
                let doc = Document {
                    uri: uri.clone(),
                    path,
                    version: p.text_document.version,
                    text: Arc::from(p.text_document.text),
                    explicit,
                };
                self.docs.insert(
                    uri,
                    Open {
                        doc,
                        due: Some(Instant::now()),
                    },
                );
            }
            n::DidChangeTextDocument::METHOD => {
                let Ok(p) = note.extract::<lsp_types::DidChangeTextDocumentParams>(
                    n::DidChangeTextDocument::METHOD,
                ) else {
                    return;
                };
                let debounce = self.debounce;
                if let Some(open) = self.docs.get_mut(&p.text_document.uri)
                    && p.text_document.version >= open.doc.version
                {
                    // Full sync: the last change is the whole text.
                    if let Some(change) = p.content_changes.into_iter().last() {
                        open.doc.text = Arc::from(change.text);
                    }
                    open.doc.version = p.text_document.version;
                    open.due = Some(Instant::now() + debounce);
                }
            }
            n::DidSaveTextDocument::METHOD => {
                // A saved configuration, roster or plan can change what every open plan gives.
                self.ws.forget();
                self.recheck_all();
            }
            n::DidCloseTextDocument::METHOD => {
                let Ok(p) = note.extract::<lsp_types::DidCloseTextDocumentParams>(
                    n::DidCloseTextDocument::METHOD,
                ) else {
                    return;
                };
                if self.docs.remove(&p.text_document.uri).is_some() && !self.pull {
                    self.notify::<n::PublishDiagnostics>(PublishDiagnosticsParams {
                        uri: p.text_document.uri,
                        diagnostics: Vec::new(),
                        version: None,
                    });
                }
            }
            n::DidChangeWatchedFiles::METHOD => {
                self.ws.forget();
                self.recheck_all();
            }
            _ => {}
        }
    }

    /// Every open document checked again now (pulled diagnostics: the client is asked to pull).
    fn recheck_all(&mut self) {
        if self.pull {
            let id = self.request_id();
            let _ = self.connection.sender.send(Message::Request(Request::new(
                id,
                r::WorkspaceDiagnosticRefresh::METHOD.to_owned(),
                (),
            )));
            return;
        }
        let now = Instant::now();
        for open in self.docs.values_mut() {
            open.due = Some(now);
        }
    }

    fn request_id(&mut self) -> RequestId {
        self.next_id += 1;
        RequestId::from(format!("oras-check-{}", self.next_id))
    }

    /// Asks the client to tell of changes to any TOML file (configurations, rosters, plans).
    fn register_watchers(&mut self) {
        let id = self.request_id();
        let options = lsp_types::DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![lsp_types::FileSystemWatcher {
                glob_pattern: lsp_types::GlobPattern::String("**/*.toml".to_owned()),
                kind: None,
            }],
        };
        let params = lsp_types::RegistrationParams {
            registrations: vec![lsp_types::Registration {
                id: "oras-check-watch".to_owned(),
                method: n::DidChangeWatchedFiles::METHOD.to_owned(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        let _ = self.connection.sender.send(Message::Request(Request::new(
            id,
            r::RegisterCapability::METHOD.to_owned(),
            params,
        )));
    }

    /// Sends the documents whose time has come to the worker.
    fn dispatch_due(&mut self) {
        let now = Instant::now();
        let open = self.open_buffers();
        for o in self.docs.values_mut() {
            if o.due.is_some_and(|d| d <= now) {
                o.due = None;
                if self.pull {
                    continue;
                }
                let _ = self.jobs.send(Job {
                    doc: o.doc.clone(),
                    open: open.clone(),
                });
            }
        }
    }

    /// A check finished: published if the document is still open at the version checked.
    fn finished(&mut self, doc: Document, outcome: Outcome) {
        let Some(open) = self.docs.get_mut(&doc.uri) else {
            return;
        };
        if open.doc.version != doc.version || !Arc::ptr_eq(&open.doc.text, &doc.text) {
            self.log
                .info(|| format!("dropped stale diagnostics of v{}", doc.version));
            return;
        }
        if outcome.is_plan {
            open.doc.explicit = true;
        }
        self.notify::<n::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: doc.uri,
            diagnostics: outcome.diagnostics,
            version: Some(doc.version),
        });
    }
}
