//! The language server end to end, in process: a client on an in-memory connection initializes
//! it, opens plans and reads what comes back. Diagnostics are compared with what `oras-check
//! check --format json` prints for the same folder; positions are checked in UTF-8 and UTF-16
//! on lines with ä, ö, å and emoji.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::Url;
use oras_check::pack::Packs;
use oras_check::server::{self, Log, ServerOptions};
use serde_json::{Value, json};

const AS_OF: &str = "2026-01-15";

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A client talking to a server running on its own thread.
struct Client {
    conn: Connection,
    server: Option<JoinHandle<Result<(), String>>>,
    next: i32,
    /// Messages from the server not yet looked at.
    inbox: Vec<Message>,
    pub init: Value,
}

impl Client {
    /// Starts a server and initializes it with `capabilities` and `extra` fields of the
    /// `initialize` parameters.
    fn start(capabilities: Value, extra: Value) -> Client {
        Client::start_with(capabilities, extra, Log::none())
    }

    fn start_with(capabilities: Value, extra: Value, log: Log) -> Client {
        let (server_side, client_side) = Connection::memory();
        let server = std::thread::spawn(move || {
            let packs = Packs::builtin().expect("built-in packs");
            server::run(
                &server_side,
                ServerOptions {
                    packs,
                    as_of: Some(AS_OF.parse().unwrap()),
                    lang: None,
                    debounce: Duration::from_millis(50),
                    log,
                },
            )
        });
        let mut client = Client {
            conn: client_side,
            server: Some(server),
            next: 0,
            inbox: Vec::new(),
            init: Value::Null,
        };
        let mut params = json!({
            "processId": null,
            "rootUri": null,
            "capabilities": capabilities,
        });
        if let (Some(p), Some(e)) = (params.as_object_mut(), extra.as_object()) {
            p.extend(e.clone());
        }
        client.init = client.request("initialize", params).expect("initialize");
        client.notify("initialized", json!({}));
        client
    }

    fn notify(&self, method: &str, params: Value) {
        self.conn
            .sender
            .send(Message::Notification(Notification::new(
                method.to_owned(),
                params,
            )))
            .unwrap();
    }

    /// Sends a request and waits for its response (other messages are kept in the inbox).
    fn request(&mut self, method: &str, params: Value) -> Result<Value, lsp_server::ResponseError> {
        self.next += 1;
        let id = RequestId::from(self.next);
        self.conn
            .sender
            .send(Message::Request(Request::new(
                id.clone(),
                method.to_owned(),
                params,
            )))
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .conn
                .receiver
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no answer to {method}"));
            match message {
                Message::Response(Response {
                    id: got,
                    response_result,
                }) if got == id => {
                    return response_result;
                }
                other => self.inbox.push(other),
            }
        }
    }

    /// Waits for the diagnostics of `uri` at `version`.
    fn diagnostics(&mut self, uri: &Url, version: i32) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(found) = self.take_published(uri, version) {
                return found;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .conn
                .receiver
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no diagnostics for {uri} v{version}"));
            self.inbox.push(message);
        }
    }

    /// Every `publishDiagnostics` received so far for `uri`: (version, diagnostics).
    fn published(&self, uri: &Url) -> Vec<(Option<i64>, Vec<Value>)> {
        self.inbox
            .iter()
            .filter_map(|m| match m {
                Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                    Some(&n.params)
                }
                _ => None,
            })
            .filter(|p| p["uri"] == uri.as_str())
            .map(|p| {
                (
                    p["version"].as_i64(),
                    p["diagnostics"].as_array().cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    fn take_published(&mut self, uri: &Url, version: i32) -> Option<Vec<Value>> {
        self.published(uri)
            .into_iter()
            .find(|(v, _)| *v == Some(i64::from(version)))
            .map(|(_, d)| d)
    }

    fn open(&self, uri: &Url, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}}),
        );
    }

    fn change(&self, uri: &Url, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    /// `shutdown`, then `exit`: the server ends without an error.
    fn stop(mut self) {
        assert_eq!(self.request("shutdown", Value::Null).unwrap(), Value::Null);
        self.notify("exit", Value::Null);
        let ended = self.server.take().unwrap().join().expect("server thread");
        assert_eq!(ended, Ok(()));
    }
}

fn utf8() -> Value {
    json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
}

fn utf16() -> Value {
    json!({"general": {"positionEncodings": ["utf-16"]}})
}

fn uri(path: &Path) -> Url {
    Url::from_file_path(path).unwrap()
}

/// A folder of its own (no `.git` or `oras-check.toml` above it: the folder is the project).
fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// A diagnostic of `check --format json`: rule, severity, line, column, end line, end column
/// (1-based, in characters), message.
type CheckDiagnostic = (String, String, u64, u64, u64, u64, String);

/// What `oras-check check --format json` says of a folder: per plan file name, each
/// diagnostic.
fn check_json(dir: &Path, lang: &str) -> Vec<(String, Vec<CheckDiagnostic>)> {
    let out = assert_cmd::Command::cargo_bin("oras-check")
        .unwrap()
        .current_dir(dir)
        .args([
            "check", "--format", "json", "--as-of", AS_OF, "--lang", lang, ".",
        ])
        .env_remove("ORAS_CHECK_CONFIG")
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    doc["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let path = p["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("./")
                .to_owned();
            let diagnostics = p["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["suppressed"].is_null())
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap().to_owned(),
                        d["severity"].as_str().unwrap().to_owned(),
                        d["line"].as_u64().unwrap_or(1),
                        d["column"].as_u64().unwrap_or(1),
                        d["end_line"].as_u64().unwrap_or(1),
                        d["end_column"].as_u64().unwrap_or(1),
                        // `check .` names the other plan as walked (`./b.toml`); the server as
                        // the editor shows it, within the folder (`b.toml`).
                        d["message"].as_str().unwrap().replace(" ./", " "),
                    )
                })
                .collect();
            (path, diagnostics)
        })
        .collect()
}

/// An LSP position (UTF-8 columns) as check's 1-based line and character column.
fn chars_position(text: &str, position: &Value) -> (u64, u64) {
    let line = position["line"].as_u64().unwrap() as usize;
    let byte = position["character"].as_u64().unwrap() as usize;
    let line_text = text.split('\n').nth(line).unwrap_or("");
    let column = line_text[..byte.min(line_text.len())].chars().count();
    (line as u64 + 1, column as u64 + 1)
}

fn lsp_as_check(
    text: &str,
    diagnostics: &[Value],
) -> Vec<(String, String, u64, u64, u64, u64, String)> {
    let mut out: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let (line, column) = chars_position(text, &d["range"]["start"]);
            let (end_line, end_column) = chars_position(text, &d["range"]["end"]);
            let severity = match d["severity"].as_u64().unwrap() {
                1 => "error",
                2 => "warning",
                _ => "note",
            };
            // The message is the first line; help and the citation follow on their own lines.
            let message = d["message"]
                .as_str()
                .unwrap()
                .lines()
                .next()
                .unwrap()
                .to_owned();
            (
                d["code"].as_str().unwrap().to_owned(),
                severity.to_owned(),
                line,
                column,
                end_line,
                end_column,
                message,
            )
        })
        .collect();
    out.sort();
    out
}

/// The diagnostics of every plan of a folder, opened in the server, equal `check`'s of the
/// folder: the same rules, severities, messages and places, cross-plan findings included.
fn assert_same_as_check(dir: &Path, lang: &str) -> usize {
    let expected = check_json(dir, lang);
    assert!(!expected.is_empty());
    let mut client = Client::start(utf8(), json!({"locale": lang}));
    let mut compared = 0;
    for (path, mut want) in expected {
        let file = dir.join(&path);
        let text = std::fs::read_to_string(&file).unwrap();
        let uri = uri(&file);
        client.open(&uri, &text);
        let got = client.diagnostics(&uri, 1);
        assert_eq!(got.len(), want.len(), "{path}");
        for d in &got {
            assert_eq!(d["source"], "oras-check");
        }
        // check's message may span lines (a list of problems): compare its first line.
        for w in &mut want {
            w.6 = w.6.lines().next().unwrap_or("").to_owned();
        }
        want.sort();
        assert_eq!(lsp_as_check(&text, &got), want, "{path}");
        compared += got.len();
    }
    client.stop();
    compared
}

#[test]
fn diagnostics_equal_check_on_every_example() {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(project("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    assert!(files.len() >= 5);
    // Each example alone in its folder: check of that folder and the server must agree.
    let mut compared = 0;
    for (name, text) in &files {
        let dir = folder_with(&[(name, text)]);
        compared += assert_same_as_check(dir.path(), "en");
    }
    assert!(
        compared > 10,
        "the examples give findings to compare ({compared})"
    );
}

/// The provider's repository (`examples/provider/`: its configuration, roster, provider-wide
/// client ids, excluded archive and symlinked plan): every plan opened in the editor shows what
/// `check .` prints for it, double bookings with the other plans included, in en, fi and sv.
#[test]
fn diagnostics_equal_check_over_the_provider_repository() {
    let dir = tempfile::tempdir().unwrap();
    let copy = std::process::Command::new("cp")
        .arg("-a")
        .arg(project("examples/provider"))
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(copy.success());
    let root = dir.path().join("provider");
    let mut compared = 0;
    for lang in ["en", "fi", "sv"] {
        compared += assert_same_as_check(&root, lang);
    }
    assert!(compared > 30, "findings compared: {compared}");
}

#[test]
fn diagnostics_equal_check_in_finnish_and_swedish() {
    let text =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    for lang in ["fi", "sv"] {
        let dir = folder_with(&[("plan.toml", &text)]);
        assert!(assert_same_as_check(dir.path(), lang) > 3);
    }
}

/// Two courses of one team at the same time: the cross-plan findings (staff double-booked)
/// come with the other plan as related information, as `check` of the folder gives them.
#[test]
fn cross_plan_findings_as_check_gives_them_with_the_other_plan() {
    let text = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    let dir = folder_with(&[("a.toml", &text), ("b.toml", &text)]);
    assert!(assert_same_as_check(dir.path(), "en") >= 2);
    let mut client = Client::start(utf16(), json!({}));
    let a = uri(&dir.path().join("a.toml"));
    client.open(&a, &text);
    let got = client.diagnostics(&a, 1);
    let cross: Vec<&Value> = got
        .iter()
        .filter(|d| d["code"] == "staff-double-booked")
        .collect();
    assert!(!cross.is_empty());
    let related = &cross[0]["relatedInformation"][0]["location"];
    assert_eq!(related["uri"], uri(&dir.path().join("b.toml")).as_str());
    // An open buffer wins over the file: b's team renamed in the editor only.
    let b = uri(&dir.path().join("b.toml"));
    let renamed = rename_staff(&text);
    client.open(&b, &renamed);
    client.diagnostics(&b, 1);
    client.change(&a, 2, &text);
    let after = client.diagnostics(&a, 2);
    assert!(
        after.iter().all(|d| d["code"] != "staff-double-booked"),
        "{after:#?}"
    );
    client.stop();
}

/// Every staff name of a plan with a suffix.
fn rename_staff(text: &str) -> String {
    let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
    if let Some(staff) = doc["staff"].as_array_of_tables_mut() {
        for member in staff.iter_mut() {
            let name = member["name"].as_str().unwrap().to_owned();
            member["name"] = toml_edit::value(format!("{name} (toinen)"));
        }
    }
    doc.to_string()
}

/// A plan whose findings stand after ä, ö, å and emoji on their lines.
fn plan_with_wide_characters() -> String {
    let base = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    format!(
        "{base}\n[[staff]]\nname = \"Åsa Öhman 🦀\"\nrole = \"ääkkönen 🦀 å\"\nqualifications = [\"Ödön 🦀🦀\", 5]\n\n[[clients]]\nid = \"Ö1\" ; age = 🦀\n"
    )
}

/// A 1-based character column of a line as an LSP column in UTF-8 or UTF-16.
fn encoded_column(line: &str, column: u64, utf16: bool) -> u64 {
    line.chars()
        .take(column as usize - 1)
        .map(|c| if utf16 { c.len_utf16() } else { c.len_utf8() } as u64)
        .sum()
}

#[test]
fn positions_in_utf8_and_utf16_on_lines_with_wide_characters() {
    let text = plan_with_wide_characters();
    let good = text.split("id = \"Ö1\" ;").next().unwrap().to_owned();
    let mut compared_wide = 0;
    for text in [good, text.clone()] {
        let dir = folder_with(&[("plan.toml", &text)]);
        let file = dir.path().join("plan.toml");
        let expected = &check_json(dir.path(), "en")[0].1;
        let lines: Vec<&str> = text.split('\n').collect();
        let mut by_encoding = Vec::new();
        for (caps, name) in [(utf8(), "utf-8"), (utf16(), "utf-16")] {
            let mut client = Client::start(caps, json!({}));
            assert_eq!(client.init["capabilities"]["positionEncoding"], name);
            client.open(&uri(&file), &text);
            let got = client.diagnostics(&uri(&file), 1);
            assert_eq!(got.len(), expected.len());
            let mut want: Vec<(String, Value)> = expected
                .iter()
                .map(|(rule, _, line, column, end_line, end_column, _)| {
                    let l = lines[*line as usize - 1];
                    let e = lines[*end_line as usize - 1];
                    let utf16 = name == "utf-16";
                    if !l.is_ascii() {
                        compared_wide += 1;
                    }
                    (
                        rule.clone(),
                        json!({
                            "start": {"line": line - 1, "character": encoded_column(l, *column, utf16)},
                            "end": {"line": end_line - 1, "character": encoded_column(e, *end_column, utf16)},
                        }),
                    )
                })
                .collect();
            let mut have: Vec<(String, Value)> = got
                .iter()
                .map(|d| (d["code"].as_str().unwrap().to_owned(), d["range"].clone()))
                .collect();
            let key = |x: &(String, Value)| (x.0.clone(), x.1.to_string());
            want.sort_by_key(key);
            have.sort_by_key(key);
            assert_eq!(have, want, "{name}");
            by_encoding.push(have);
            client.stop();
        }
        if text.contains("age = 🦀") {
            insta::assert_json_snapshot!("wide_characters_utf8", by_encoding[0]);
            insta::assert_json_snapshot!("wide_characters_utf16", by_encoding[1]);
        }
    }
    assert!(
        compared_wide >= 4,
        "findings on lines with wide characters: {compared_wide}"
    );
}

#[test]
fn neovim_style_offset_encoding_is_answered() {
    let client = Client::start(json!({"offsetEncoding": ["utf-8", "utf-16"]}), json!({}));
    assert_eq!(client.init["offsetEncoding"], "utf-8");
    assert_eq!(client.init["capabilities"]["positionEncoding"], "utf-8");
    client.stop();
    // Nothing offered: UTF-16, the protocol's default.
    let client = Client::start(json!({}), json!({}));
    assert_eq!(client.init["capabilities"]["positionEncoding"], "utf-16");
    client.stop();
}

#[test]
fn initialize_result() {
    let client = Client::start(utf16(), json!({}));
    let mut init = client.init.clone();
    init["serverInfo"]["version"] = json!("[version]");
    insta::assert_json_snapshot!("initialize", init);
    client.stop();
}

#[test]
fn the_client_locale_chooses_the_language() {
    let text =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    let dir = folder_with(&[("plan.toml", &text)]);
    let file = dir.path().join("plan.toml");
    let mut first = Vec::new();
    for locale in ["en-GB", "fi", "sv-FI"] {
        let mut client = Client::start(utf16(), json!({"locale": locale}));
        client.open(&uri(&file), &text);
        let got = client.diagnostics(&uri(&file), 1);
        first.push(got[0]["message"].as_str().unwrap().to_owned());
        client.stop();
    }
    assert_ne!(first[0], first[1]);
    assert_ne!(first[1], first[2]);
    insta::assert_json_snapshot!("first_message_en_fi_sv", first);
}

fn hover(client: &mut Client, uri: &Url, line: usize, character: usize) -> Value {
    client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
        .unwrap()
}

/// The 0-based line and UTF-16 column of the first `needle` in `text`.
fn at(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let line = text[..offset].matches('\n').count();
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..offset].encode_utf16().count())
}

#[test]
fn hover_explains_findings_keys_and_dates() {
    let text =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    let dir = folder_with(&[("plan.toml", &text)]);
    let file = uri(&dir.path().join("plan.toml"));
    for lang in ["en", "fi", "sv"] {
        let mut client = Client::start(utf16(), json!({"initializationOptions": {"lang": lang}}));
        client.open(&file, &text);
        let diagnostics = client.diagnostics(&file, 1);
        // On a finding: the rule's explanation as `explain` gives it, with the quote.
        let d = diagnostics
            .iter()
            .find(|d| d["code"] != "plan-schema" && d["code"] != "plan-syntax")
            .expect("a rule's finding");
        let start = &d["range"]["start"];
        let h = hover(
            &mut client,
            &file,
            start["line"].as_u64().unwrap() as usize,
            start["character"].as_u64().unwrap() as usize + 1,
        );
        let value = h["contents"]["value"].as_str().unwrap();
        assert!(value.contains(d["code"].as_str().unwrap()), "{value}");
        assert!(value.contains('“'), "the verbatim quote: {value}");
        insta::assert_snapshot!(format!("hover_finding_{lang}"), value);
        // On a key: its description from the schema.
        let (line, col) = at(&text, "service =");
        let h = hover(&mut client, &file, line, col + 1);
        insta::assert_snapshot!(
            format!("hover_key_{lang}"),
            h["contents"]["value"].as_str().unwrap()
        );
        client.stop();
    }
    // On a date: the weekday, a public holiday, the period it falls in.
    let plan = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    let date = "2025-05-01";
    let text = format!("{plan}\n[[allow]]\nrule = \"x\"\nexpires = {date}\n");
    let dir = folder_with(&[("plan.toml", &text)]);
    let file = uri(&dir.path().join("plan.toml"));
    for lang in ["en", "fi", "sv"] {
        let mut client = Client::start(utf16(), json!({"initializationOptions": {"lang": lang}}));
        client.open(&file, &text);
        let (line, col) = at(&text, date);
        let h = hover(&mut client, &file, line, col + 3);
        let value = h["contents"]["value"].as_str().unwrap().to_owned();
        insta::assert_snapshot!(format!("hover_date_{lang}"), value);
        let (line, col) = at(&text, "start = ");
        let first = text.lines().nth(line).unwrap();
        let h = hover(&mut client, &file, line, col + first.find('=').unwrap() + 4);
        let value = h["contents"]["value"].as_str().unwrap();
        assert!(value.contains("2025"), "{value}");
        client.stop();
    }
}

/// Applies LSP text edits (UTF-16 positions) to a text.
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        let character = p["character"].as_u64().unwrap() as usize;
        let mut at = 0;
        for (i, l) in text.split_inclusive('\n').enumerate() {
            if i == line {
                let mut units = 0;
                for (b, c) in l.char_indices() {
                    if units >= character {
                        return at + b;
                    }
                    units += c.len_utf16();
                }
                return at + l.trim_end_matches('\n').len();
            }
            at += l.len();
        }
        text.len()
    };
    let mut edits: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_owned();
    for (start, end, new) in edits {
        out.replace_range(start..end, &new);
    }
    out
}

fn code_actions(client: &mut Client, uri: &Url, diagnostics: &[Value], range: Value) -> Vec<Value> {
    client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": diagnostics}}),
        )
        .unwrap()
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn code_actions_repair_what_fix_repairs_and_allow_findings() {
    let plan = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    // A Finnish date on a line with wide characters (the file is not TOML until repaired), and
    // a decimal comma.
    let start_line = plan.lines().find(|l| l.starts_with("start = ")).unwrap();
    let broken = plan.replacen(start_line, "start = 2.2.2026 # äöå 🦀", 1);
    let dir = folder_with(&[("plan.toml", &broken)]);
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(utf16(), json!({}));
    client.open(&file, &broken);
    let diagnostics = client.diagnostics(&file, 1);
    assert_eq!(diagnostics[0]["code"], "plan-syntax", "{diagnostics:#?}");
    let actions = code_actions(
        &mut client,
        &file,
        &diagnostics[..1],
        diagnostics[0]["range"].clone(),
    );
    let quick = actions
        .iter()
        .find(|a| a["kind"] == "quickfix" && a["isPreferred"] == true)
        .expect("a repair");
    let edits = quick["edit"]["changes"][file.as_str()].as_array().unwrap();
    let repaired = apply(&broken, edits);
    assert!(
        repaired.contains("start = 2026-02-02 # äöå 🦀"),
        "{repaired}"
    );
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    insta::assert_json_snapshot!("code_actions_finnish_date", titles);
    // Applied, the plan is TOML again: no plan-syntax finding.
    client.change(&file, 2, &repaired);
    let after = client.diagnostics(&file, 2);
    assert!(
        after.iter().all(|d| d["code"] != "plan-syntax"),
        "{after:#?}"
    );
    // "Allow this finding" on a rule's finding inserts an [[allow]] with an empty reason.
    let finding = after
        .iter()
        .find(|d| d["data"]["allow"] == true)
        .expect("an allowable finding");
    let actions = code_actions(
        &mut client,
        &file,
        std::slice::from_ref(finding),
        finding["range"].clone(),
    );
    let allow = actions
        .iter()
        .find(|a| a["title"].as_str().unwrap().contains("[[allow]]"))
        .expect("allow action");
    let allowed = apply(
        &repaired,
        allow["edit"]["changes"][file.as_str()].as_array().unwrap(),
    );
    let tail = &allowed[repaired.len()..];
    assert!(
        tail.contains(&format!("rule = \"{}\"", finding["code"].as_str().unwrap())),
        "{tail}"
    );
    assert!(tail.contains("reason = \"\""), "{tail}");
    client.change(&file, 3, &allowed);
    let with_allow = client.diagnostics(&file, 3);
    // The finding is gone, and the empty reason is pointed out.
    assert!(
        !with_allow
            .iter()
            .any(|d| d["code"] == finding["code"] && d["range"] == finding["range"])
    );
    assert!(
        with_allow.iter().any(|d| d["code"] == "plan-schema"),
        "{with_allow:#?}"
    );
    client.stop();
}

#[test]
fn fix_all_makes_every_repair_of_fix() {
    let plan = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    let start_line = plan.lines().find(|l| l.starts_with("start = ")).unwrap();
    let broken = plan.replacen(start_line, "start = 2.2.2026", 1);
    let broken = broken.replacen("service = \"omaishoitaja\"", "servce = \"omaishoitaja\"", 1);
    let dir = folder_with(&[("plan.toml", &broken)]);
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(utf16(), json!({}));
    client.open(&file, &broken);
    client.diagnostics(&file, 1);
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": file}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                   "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
        )
        .unwrap();
    let all = actions.as_array().unwrap();
    assert_eq!(all.len(), 1, "{actions:#?}");
    let fixed = apply(
        &broken,
        all[0]["edit"]["changes"][file.as_str()].as_array().unwrap(),
    );
    assert_eq!(fixed, oras_check::planner::fix::fix(&broken).text);
    client.stop();
}

#[test]
fn completion_offers_keys_words_and_roster_names() {
    let dir = folder_with(&[
        ("oras-check.toml", "roster = \"staff.toml\"\n"),
        (
            "staff.toml",
            "[[staff]]\nname = \"Åsa Öhman\"\nrole = \"nurse\"\nlicensed = true\n",
        ),
    ]);
    let text = "[course]\nservice = \"omaishoitaja\"\n\n[[staff]]\nrole = \nname = \n[";
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(utf16(), json!({}));
    client.open(&file, text);
    let complete = |client: &mut Client, line: usize, character: usize| -> Vec<String> {
        let result = client
            .request(
                "textDocument/completion",
                json!({"textDocument": {"uri": file}, "position": {"line": line, "character": character}}),
            )
            .unwrap();
        result
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    // Keys of [course] not yet written.
    let keys = complete(&mut client, 2, 0);
    assert!(keys.contains(&"start".to_owned()), "{keys:?}");
    assert!(!keys.contains(&"service".to_owned()), "{keys:?}");
    // Roles with their Finnish and Swedish aliases.
    let roles = complete(&mut client, 4, 7);
    for word in ["nurse", "sairaanhoitaja"] {
        assert!(roles.contains(&word.to_owned()), "{word}: {roles:?}");
    }
    // Staff names from the roster.
    let names = complete(&mut client, 5, 7);
    assert_eq!(names, ["Åsa Öhman"]);
    // Table headers.
    let headers = complete(&mut client, 6, 1);
    assert!(headers.contains(&"[[clients]]".to_owned()), "{headers:?}");
    client.stop();
}

#[test]
fn half_typed_text_gives_syntax_diagnostics_never_a_crash() {
    let plan = std::fs::read_to_string(project("examples/oras-2025.toml")).unwrap();
    let dir = folder_with(&[]);
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(utf16(), json!({}));
    client.open(&file, "[course]\nservice = \"or");
    let got = client.diagnostics(&file, 1);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["code"], "plan-syntax");
    // Every prefix at a stride, each asked for hover, completion and code actions at its end.
    let mut version = 1;
    let cuts: Vec<usize> = (0..plan.len())
        .step_by(97)
        .filter(|&i| plan.is_char_boundary(i))
        .collect();
    for cut in cuts {
        version += 1;
        let text = &plan[..cut];
        client.change(&file, version, text);
        let line = text.matches('\n').count();
        let character = text
            .rsplit('\n')
            .next()
            .unwrap_or("")
            .encode_utf16()
            .count();
        let position = json!({"line": line, "character": character});
        client
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": file}, "position": position}),
            )
            .unwrap();
        client
            .request(
                "textDocument/completion",
                json!({"textDocument": {"uri": file}, "position": position}),
            )
            .unwrap();
        code_actions(
            &mut client,
            &file,
            &[],
            json!({"start": position, "end": position}),
        );
    }
    client.change(&file, version + 1, "[course");
    let got = client.diagnostics(&file, version + 1);
    assert_eq!(got[0]["code"], "plan-syntax", "{got:#?}");
    client.stop();
}

#[test]
fn a_newer_version_makes_older_results_moot() {
    let plan =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    let dir = folder_with(&[]);
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(utf16(), json!({}));
    client.open(&file, &plan);
    client.diagnostics(&file, 1);
    // Typed quickly: versions 2 to 9 within the debounce time, each a different text.
    for v in 2..10 {
        client.change(&file, v, &plan[..plan.len() - v as usize * 10]);
    }
    client.change(&file, 10, &plan);
    client.diagnostics(&file, 10);
    // A moment more for anything late.
    std::thread::sleep(Duration::from_millis(300));
    let _ = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": file}, "position": {"line": 0, "character": 0}}),
    );
    let versions: Vec<Option<i64>> = client
        .published(&file)
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    assert_eq!(versions, [Some(1), Some(10)]);
    client.stop();
}

#[test]
fn pull_diagnostics_when_the_client_pulls() {
    let plan =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    let dir = folder_with(&[("plan.toml", &plan)]);
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(json!({"textDocument": {"diagnostic": {}}}), json!({}));
    assert!(client.init["capabilities"]["diagnosticProvider"].is_object());
    client.open(&file, &plan);
    let report = client
        .request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": file}}),
        )
        .unwrap();
    assert_eq!(report["kind"], "full");
    let pulled = report["items"].as_array().unwrap().clone();
    assert!(!pulled.is_empty());
    client.stop();
    // The same as pushed to a client that does not pull.
    let mut client = Client::start(json!({}), json!({}));
    client.open(&file, &plan);
    assert_eq!(client.diagnostics(&file, 1), pulled);
    client.stop();
}

#[test]
fn a_changed_configuration_checks_open_plans_again() {
    let plan =
        std::fs::read_to_string(project("examples/omaishoitaja-2025-mistakes.toml")).unwrap();
    let dir = folder_with(&[("plan.toml", &plan), ("oras-check.toml", "")]);
    let file = uri(&dir.path().join("plan.toml"));
    let mut client = Client::start(
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
        json!({}),
    );
    client.open(&file, &plan);
    let before = client.diagnostics(&file, 1);
    let rule = before
        .iter()
        .find(|d| d["severity"] == 1 && d["data"]["allow"] == true)
        .expect("an error of a rule")["code"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(
        dir.path().join("oras-check.toml"),
        format!("[severity]\n{rule} = \"note\"\n"),
    )
    .unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&dir.path().join("oras-check.toml")), "type": 2}]}),
    );
    // Published again for the same version, now with the new severity.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let published = client.published(&file);
        if published.len() >= 2 {
            let (_, after) = published.last().unwrap();
            let of_rule: Vec<&Value> = after
                .iter()
                .filter(|d| d["code"] == rule.as_str())
                .collect();
            assert!(!of_rule.is_empty());
            assert!(of_rule.iter().all(|d| d["severity"] == 3), "{of_rule:#?}");
            break;
        }
        assert!(Instant::now() < deadline, "not checked again");
        let _ = client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": file}, "position": {"line": 0, "character": 0}}),
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // The server asked to be told of changed files.
    assert!(
        client
            .inbox
            .iter()
            .any(|m| matches!(m, Message::Request(r) if r.method == "client/registerCapability"))
    );
    // A broken configuration is one error at the top, as check refuses to run.
    std::fs::write(dir.path().join("oras-check.toml"), "fail-on = 3\n").unwrap();
    client.change(&file, 2, &plan);
    let broken = client.diagnostics(&file, 2);
    assert_eq!(broken.len(), 1);
    assert!(
        broken[0]["message"]
            .as_str()
            .unwrap()
            .contains("oras-check.toml")
    );
    client.stop();
}

#[test]
fn requests_after_shutdown_are_refused_and_exit_without_shutdown_is_an_error() {
    let mut client = Client::start(utf16(), json!({}));
    let unknown = client
        .request("textDocument/rename", json!({}))
        .unwrap_err();
    assert_eq!(unknown.code, lsp_server::ErrorCode::MethodNotFound as i32);
    let bad = client
        .request("textDocument/hover", json!({"nonsense": 1}))
        .unwrap_err();
    assert_eq!(bad.code, lsp_server::ErrorCode::InvalidParams as i32);
    assert_eq!(
        client.request("shutdown", Value::Null).unwrap(),
        Value::Null
    );
    let refused = client
        .request("textDocument/hover", json!({"textDocument": {"uri": "file:///x.toml"}, "position": {"line": 0, "character": 0}}))
        .unwrap_err();
    assert_eq!(refused.code, lsp_server::ErrorCode::InvalidRequest as i32);
    client.notify("exit", Value::Null);
    assert_eq!(client.server.take().unwrap().join().unwrap(), Ok(()));

    let mut client = Client::start(utf16(), json!({}));
    client.notify("exit", Value::Null);
    assert!(client.server.take().unwrap().join().unwrap().is_err());
}

#[test]
fn the_log_never_holds_plan_contents_or_identity_codes() {
    let plan = std::fs::read_to_string(project("examples/omaishoitaja-2025.toml")).unwrap();
    let code = "131052-308T";
    let text = format!("{plan}\n# asiakas {code}\n");
    let dir = folder_with(&[]);
    // The file name holds a code too: logged masked.
    let file = uri(&dir.path().join(format!("plan-{code}.toml")));
    let log_path = dir.path().join("server.log");
    let mut client = Client::start_with(utf16(), json!({}), Log::open(&log_path).unwrap());
    client.open(&file, &text);
    let got = client.diagnostics(&file, 1);
    assert!(got.iter().any(|d| d["code"] == "personal-data"));
    for d in &got {
        assert!(!d["message"].as_str().unwrap().contains(code));
    }
    client.stop();
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.lines().count() > 3, "{log}");
    for line in log.lines() {
        let entry: Value = serde_json::from_str(line).expect("one JSON object a line");
        assert!(entry["time"].is_string() && entry["level"].is_string());
    }
    assert!(!log.contains(code), "{log}");
    assert!(!log.contains("131052"), "{log}");
    assert!(!log.contains("asiakas"), "plan text in the log: {log}");
    assert!(!log.contains("omaishoitaja"), "plan text in the log: {log}");
}

/// The fuzz target of the server's document pipeline over the plan seeds and the kept corpus
/// (each read with the first three bytes as the selector and the place).
#[test]
fn the_document_pipeline_runs_clean_on_the_fuzz_inputs() {
    let mut count = 0;
    for dir in [
        "fuzz/seeds/load_check",
        "fuzz/regressions-corpus/load_check",
        "fuzz/regressions",
    ] {
        for entry in std::fs::read_dir(project(dir)).unwrap() {
            let data = std::fs::read(entry.unwrap().path()).unwrap();
            for (selector, line, column) in [
                (0u8, 3u8, 5u8),
                (0x13, 10, 2),
                (0x22, 0, 0),
                (0x33, 40, 200),
            ] {
                let mut input = vec![selector, line, column];
                input.extend_from_slice(data.get(1..).unwrap_or_default());
                oras_check::fuzzing::exercise_server(&input);
                count += 1;
            }
        }
    }
    assert!(count > 100, "{count}");
}
