//! Test harness: start from a compliant example plan, make a minimal edit, check it.
//!
//! Editing a real plan with `toml_edit` keeps every case readable as "the compliant plan, except
//! …", and the edited text goes through the same loader as a user's file.

#![allow(dead_code)]

use chrono::NaiveDate;
use oras_check::check::{Options, PlanReport, check_text};
use oras_check::finding::{Finding, Severity};
use oras_check::i18n::{Lang, Localizer};
use oras_check::pack::Packs;
use oras_check::report::LineIndex;
use toml_edit::{DocumentMut, Item, Value};

pub fn d(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|_| panic!("bad date in test: {s}"))
}

/// A TOML date value.
pub fn date(s: &str) -> Value {
    Value::from(
        s.parse::<toml_edit::Datetime>()
            .unwrap_or_else(|_| panic!("bad date {s}")),
    )
}

/// Checks raw text (which may not even be TOML) with the built-in editions on `as_of`.
pub fn check_raw(text: &str, as_of: &str) -> Outcome {
    let packs = Packs::builtin().expect("built-in packs load");
    let report = check_text("case.toml", text, packs, &Options::new(d(as_of)));
    Outcome {
        report,
        text: text.to_owned(),
    }
}

/// A plan under test.
#[derive(Clone)]
pub struct Case {
    pub doc: DocumentMut,
}

impl Case {
    /// A plan from `examples/`.
    pub fn example(name: &str) -> Case {
        let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Case::from_text(&text)
    }

    pub fn from_text(text: &str) -> Case {
        Case {
            doc: text.parse().expect("test plan is valid TOML"),
        }
    }

    /// The compliant carers' course plan.
    pub fn omaishoitaja() -> Case {
        Case::example("omaishoitaja-2025.toml")
    }

    /// Sets the value at a path like `clients[0].decision` or `course.status`.
    pub fn set(&mut self, path: &str, value: impl Into<Value>) -> &mut Case {
        let (parent, last) = self.parent(path);
        parent[last.as_str()] = Item::Value(value.into());
        self
    }

    /// Sets a date value.
    pub fn set_date(&mut self, path: &str, value: &str) -> &mut Case {
        self.set(path, date(value))
    }

    /// Removes a key (`facilities.gym`), a table (`insurance`) or an array element (`clients[3]`).
    pub fn remove(&mut self, path: &str) -> &mut Case {
        if let Some((array, index)) = split_index(path.rsplit('.').next().unwrap_or(path)) {
            let prefix = path
                .rsplit_once('.')
                .map(|(p, _)| format!("{p}.{array}"))
                .unwrap_or(array.to_owned());
            let item = self.item(&prefix);
            match item {
                Item::ArrayOfTables(a) => {
                    a.remove(index);
                }
                Item::Value(Value::Array(a)) => {
                    a.remove(index);
                }
                other => panic!("{prefix} is not an array: {other:?}"),
            }
        } else {
            let (parent, last) = self.parent(path);
            parent
                .as_table_like_mut()
                .expect("parent is a table")
                .remove(&last)
                .unwrap_or_else(|| panic!("nothing at {path}"));
        }
        self
    }

    /// Appends a table written in TOML (`key = value` lines) to the array of tables `array`.
    pub fn push(&mut self, array: &str, table: &str) -> &mut Case {
        let parsed: DocumentMut = table.parse().expect("snippet is valid TOML");
        let mut table = parsed.as_table().clone();
        // Without a position the table is written at the end of the file, after the others.
        table.set_position(None);
        match &mut self.doc[array] {
            Item::ArrayOfTables(a) => a.push(table),
            Item::None => {
                let mut a = toml_edit::ArrayOfTables::new();
                a.push(table);
                self.doc[array] = Item::ArrayOfTables(a);
            }
            other => panic!("{array} is not an array of tables: {other:?}"),
        }
        self
    }

    /// Number of tables in an array of tables.
    pub fn len(&self, array: &str) -> usize {
        self.doc[array].as_array_of_tables().map_or(0, |a| a.len())
    }

    /// Adds clients copied from the first one, with new ids, until there are `n`.
    pub fn clients(&mut self, n: usize) -> &mut Case {
        while self.len("clients") > n {
            let last = self.len("clients") - 1;
            self.remove(&format!("clients[{last}]"));
        }
        let template = self.doc["clients"][0].as_table().expect("a client").clone();
        while self.len("clients") < n {
            let mut t = template.clone();
            t.set_position(None);
            t["id"] = toml_edit::value(format!("X{:02}", self.len("clients") + 1));
            self.doc["clients"]
                .as_array_of_tables_mut()
                .expect("clients")
                .push(t);
        }
        self
    }

    pub fn text(&self) -> String {
        self.doc.to_string()
    }

    /// Checks the plan with the built-in editions on `as_of`.
    pub fn check(&self, as_of: &str) -> Outcome {
        check_raw(&self.text(), as_of)
    }

    fn item(&mut self, path: &str) -> &mut Item {
        let mut item = self.doc.as_item_mut();
        for segment in path.split('.') {
            item = match split_index(segment) {
                Some((key, index)) => &mut item[key][index],
                None => &mut item[segment],
            };
        }
        item
    }

    fn parent(&mut self, path: &str) -> (&mut Item, String) {
        match path.rsplit_once('.') {
            Some((parent, last)) => (self.item(parent), last.to_owned()),
            None => (self.doc.as_item_mut(), path.to_owned()),
        }
    }
}

fn split_index(segment: &str) -> Option<(&str, usize)> {
    let (key, rest) = segment.split_once('[')?;
    Some((key, rest.strip_suffix(']')?.parse().ok()?))
}

/// The result of checking a case.
pub struct Outcome {
    pub report: PlanReport,
    pub text: String,
}

impl Outcome {
    /// Unsuppressed findings of one rule.
    pub fn of(&self, rule: &str) -> Vec<&Finding> {
        self.report
            .findings
            .iter()
            .filter(|f| f.rule == rule && !f.is_suppressed())
            .collect()
    }

    /// Asserts the rule found nothing in a plan that was checked, where the rule is in force for
    /// the plan's edition: the absence of a rule the edition never runs proves nothing.
    pub fn none(&self, rule: &str) -> &Outcome {
        use oras_check::registry::{Kind, RuleId};
        assert!(
            self.report.checked,
            "expected no {rule} finding from a checked plan, but it was not checked:\n{}",
            self.describe_all()
        );
        let id = RuleId::parse(rule).unwrap_or_else(|| panic!("no rule is called {rule}"));
        if id.kind() == Kind::Plan {
            let edition = self
                .report
                .edition
                .as_ref()
                .expect("a checked plan has an edition");
            assert!(
                edition.rules.contains(&rule),
                "{rule} is not in force for {}: its absence proves nothing",
                edition.id
            );
        }
        let found = self.of(rule);
        assert!(
            found.is_empty(),
            "expected no {rule} finding, got:\n{}",
            self.describe(&found)
        );
        self
    }

    /// Asserts the plan was checked against an edition that does not put the rule in force.
    pub fn not_in_force(&self, rule: &str) -> &Outcome {
        assert!(self.report.checked, "not checked:\n{}", self.describe_all());
        let edition = self
            .report
            .edition
            .as_ref()
            .expect("a checked plan has an edition");
        assert!(
            !edition.rules.contains(&rule),
            "{rule} is in force for {}",
            edition.id
        );
        assert!(self.of(rule).is_empty(), "{}", self.describe_all());
        self
    }

    /// Asserts the rule found exactly one thing, at this severity, and returns it.
    pub fn one(&self, rule: &str, severity: Severity) -> &Finding {
        let found = self.of(rule);
        assert_eq!(
            found.len(),
            1,
            "expected one {rule} finding, got:\n{}",
            self.describe(&found)
        );
        assert_eq!(found[0].severity, severity, "{}", self.describe(&found));
        found[0]
    }

    /// Asserts the rule found `n` things, all at this severity.
    pub fn some(&self, rule: &str, severity: Severity, n: usize) -> Vec<&Finding> {
        let found = self.of(rule);
        assert_eq!(
            found.len(),
            n,
            "expected {n} {rule} findings, got:\n{}",
            self.describe(&found)
        );
        assert!(
            found.iter().all(|f| f.severity == severity),
            "{}",
            self.describe(&found)
        );
        found
    }

    /// Asserts the plan was checked and has no error or warning (notes are allowed).
    pub fn clean(&self) -> &Outcome {
        assert!(self.report.checked, "not checked:\n{}", self.describe_all());
        let bad: Vec<_> = self
            .report
            .findings
            .iter()
            .filter(|f| !f.is_suppressed() && f.severity >= Severity::Warning)
            .collect();
        assert!(
            bad.is_empty(),
            "expected a clean plan, got:\n{}",
            self.describe(&bad)
        );
        self
    }

    /// Asserts the unsuppressed errors and warnings are exactly these rules (each at least
    /// once) and nothing else.
    pub fn only(&self, rules: &[(&str, Severity)]) -> &Outcome {
        assert!(self.report.checked, "not checked:\n{}", self.describe_all());
        for f in self
            .report
            .findings
            .iter()
            .filter(|f| !f.is_suppressed() && f.severity >= Severity::Warning)
        {
            assert!(
                rules.contains(&(f.rule.as_str(), f.severity)),
                "unexpected {} {}:\n{}",
                f.severity,
                f.rule,
                self.describe_all()
            );
        }
        for (rule, severity) in rules {
            assert!(
                self.of(rule).iter().any(|f| f.severity == *severity),
                "expected {severity} {rule}:\n{}",
                self.describe_all()
            );
        }
        self
    }

    /// Asserts the plan could not be checked and a finding of `rule` explains why.
    pub fn unchecked(&self, rule: &str) -> &Finding {
        assert!(
            !self.report.checked,
            "expected the plan to be unchecked:\n{}",
            self.describe_all()
        );
        self.report
            .findings
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("no {rule} finding:\n{}", self.describe_all()))
    }

    /// The 1-based line of a finding's primary span.
    pub fn line(&self, f: &Finding) -> usize {
        LineIndex::new(&self.text)
            .position(f.span().expect("finding has a place"))
            .line
    }

    /// The text of the line a finding points at.
    pub fn line_text(&self, f: &Finding) -> &str {
        self.text.lines().nth(self.line(f) - 1).unwrap_or("")
    }

    /// The English message of a finding.
    pub fn message(&self, f: &Finding) -> String {
        Localizer::get(Lang::En).format(&f.message)
    }

    fn describe(&self, findings: &[&Finding]) -> String {
        findings
            .iter()
            .map(|f| {
                let at = f
                    .span()
                    .map_or(String::from("-"), |_| self.line(f).to_string());
                format!(
                    "  {} {} (line {at}, client {:?}): {}",
                    f.severity,
                    f.rule,
                    f.client,
                    self.message(f)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn describe_all(&self) -> String {
        let all: Vec<_> = self.report.findings.iter().collect();
        self.describe(&all)
    }
}

/// The environment variables that change oras-check's output: language, colour, terminal
/// width, the `ORAS_CHECK_*` defaults and configuration.
pub const OUTPUT_ENV: &[&str] = &[
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "LANGUAGE",
    "NO_COLOR",
    "COLUMNS",
    "ORAS_CHECK_FORMAT",
    "ORAS_CHECK_FAIL_ON",
    "ORAS_CHECK_LANG",
    "ORAS_CHECK_CONFIG",
];

/// The binary, run in `dir` with none of the environment that would change its output
/// ([`OUTPUT_ENV`]).
pub fn oras_in(dir: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("oras-check").expect("binary builds");
    cmd.current_dir(dir);
    for var in OUTPUT_ENV {
        cmd.env_remove(var);
    }
    cmd
}

/// The binary, run in the project folder (so that `examples/…` paths work).
pub fn oras() -> assert_cmd::Command {
    oras_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// Every diagnostic of a JSON report, with the file name (not the path) of its plan.
pub fn json_diagnostics(doc: &serde_json::Value) -> Vec<(String, &serde_json::Value)> {
    doc["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .flat_map(|p| {
            let path = p["path"].as_str().expect("path");
            let file = path.rsplit('/').next().unwrap_or(path).to_owned();
            p["diagnostics"]
                .as_array()
                .expect("diagnostics")
                .iter()
                .map(move |d| (file.clone(), d))
        })
        .collect()
}

/// Something a test needs that this machine lacks (a shared document, a tool): a failure under
/// CI, where everything a test needs is installed, and a note elsewhere, where the test is
/// skipped. Returns so that the caller can skip.
pub fn missing(what: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{what} is missing; under CI every test must run"
    );
    eprintln!("note: {what} is missing; the test is skipped outside CI");
}
