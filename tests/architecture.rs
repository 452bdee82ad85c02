//! The import table of `docs/architecture.md` is the law of the crate's structure: each module
//! may name (`crate::…`) only what its row allows. This test reads every `crate::` path of every
//! source file and holds it against the table, so that the table cannot drift from the code and
//! an import that breaks the one direction of flow fails here.

use std::collections::BTreeMap;
use std::path::Path;

/// One row of the table: the modules it is about, and the path prefixes they may name.
struct Row {
    modules: Vec<String>,
    allowed: Vec<String>,
}

/// The backticked names of a table cell (`plan/` → `plan`, `calendar.rs` → `calendar`).
fn names(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(|n| n.trim_end_matches('/').trim_end_matches(".rs").to_owned())
        .collect()
}

/// The rows of the "Modules and what each may import" table.
fn table(doc: &str) -> Vec<Row> {
    let section = doc
        .split("## Modules and what each may import")
        .nth(1)
        .expect("the import table's section");
    let mut rows: Vec<Row> = Vec::new();
    for line in section
        .lines()
        .skip_while(|l| !l.starts_with("| module"))
        .skip(2)
    {
        if !line.starts_with('|') {
            break;
        }
        let cells: Vec<&str> = line.split(" | ").collect();
        let modules = names(cells[0].trim_start_matches("| "));
        let may = cells
            .last()
            .expect("a may-import cell")
            .trim_end_matches(" |");
        let above: Vec<String> = rows.iter().flat_map(|r| r.modules.clone()).collect();
        let allowed = if may.contains("nothing of the crate") {
            Vec::new()
        } else if may.contains("anything above") {
            above
        } else if may.contains("everything") {
            vec![String::new()]
        } else {
            names(may)
        };
        rows.push(Row { modules, allowed });
    }
    rows
}

/// The `crate::` paths a source text names, as `a::b::c` (groups `crate::{a, b::c}` expanded
/// one level). Comments are skipped.
fn crate_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let item = item.trim();
                    if !item.is_empty() {
                        out.push(path_of(item));
                    }
                }
            } else {
                out.push(path_of(after));
            }
            rest = after;
        }
    }
    out
}

fn path_of(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
        .collect::<String>()
        .trim_end_matches(':')
        .to_owned()
}

/// The module a path names at the top (`msg` and `for_each_rule` are the macros of `finding`
/// and `registry`, exported at the crate root).
fn top(path: &str) -> &str {
    match path.split("::").next().unwrap_or(path) {
        "msg" => "finding",
        "for_each_rule" => "registry",
        other => other,
    }
}

/// Every `crate::` path of every file that breaks the table: (file, path).
fn violations(rows: &[Row], sources: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (file, text) in sources {
        let module = file
            .split('/')
            .next()
            .unwrap_or(file)
            .trim_end_matches(".rs");
        let row = rows
            .iter()
            .find(|r| r.modules.iter().any(|m| m == module))
            .unwrap_or_else(|| panic!("src/{file}: module `{module}` is not in the table"));
        for path in crate_paths(text) {
            let first = top(&path);
            if first == module || first == "self" || first.is_empty() {
                continue;
            }
            let normalised = format!("{first}{}", &path[path.find("::").unwrap_or(path.len())..]);
            let ok = row.allowed.iter().any(|allowed| {
                allowed.is_empty()
                    || normalised == *allowed
                    || normalised.starts_with(&format!("{allowed}::"))
            });
            if !ok {
                found.push((file.clone(), path));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The crate's source files (the library's; the binary's `cli/` and `main.rs` may use anything),
/// by path relative to `src/`.
fn sources() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if path.is_dir() {
                if rel != "snapshots" {
                    stack.push(path);
                }
            } else if rel.ends_with(".rs") && rel != "lib.rs" && rel != "main.rs" {
                // A file's unit tests (its `#[cfg(test)]` module, at the end) may use anything.
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text
                    .split("\n#[cfg(test)]")
                    .next()
                    .unwrap_or(&text)
                    .to_owned();
                out.insert(rel, code);
            }
        }
    }
    out
}

fn doc() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md"))
        .unwrap()
}

#[test]
fn every_import_is_allowed_by_the_architecture_table() {
    let rows = table(&doc());
    assert!(rows.len() >= 15, "the table was not read");
    let found = violations(&rows, &sources());
    assert!(
        found.is_empty(),
        "imports the table in docs/architecture.md does not allow (fix the import or the table):\n{}",
        found
            .iter()
            .map(|(file, path)| format!("  src/{file}: crate::{path}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn an_import_that_breaks_the_table_is_caught() {
    let rows = table(&doc());
    let mut sources = sources();
    // A rule reaching up into the renderers, and the plan reader into the rule table.
    sources
        .get_mut("rules/mod.rs")
        .unwrap()
        .push_str("\nuse crate::report::human;\n");
    sources
        .get_mut("plan/mod.rs")
        .unwrap()
        .push_str("\nfn x() { let _ = crate::{pack::Packs, registry::RuleId}; }\n");
    let found = violations(&rows, &sources);
    assert_eq!(
        found,
        [
            ("plan/mod.rs".to_owned(), "pack::Packs".to_owned()),
            ("plan/mod.rs".to_owned(), "registry::RuleId".to_owned()),
            ("rules/mod.rs".to_owned(), "report::human".to_owned()),
        ]
    );
    // `config.rs` may name `report::Format`, and nothing else of `report`.
    sources
        .get_mut("config.rs")
        .unwrap()
        .push_str("\nuse crate::report::gate;\n");
    assert!(
        violations(&rows, &sources).contains(&("config.rs".to_owned(), "report::gate".to_owned()))
    );
}

/// clap stays in the binary: the library's enums reach it through `src/cli/choice.rs`.
#[test]
fn the_library_never_names_clap() {
    let named: Vec<String> = sources()
        .into_iter()
        .filter(|(file, text)| {
            !file.starts_with("cli/") && (text.contains("clap::") || text.contains("use clap"))
        })
        .map(|(file, _)| format!("src/{file}"))
        .collect();
    assert!(named.is_empty(), "clap named in the library: {named:?}");
}
