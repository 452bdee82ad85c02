//! The rule packs under `rules/` are compiled into the binary. Reading them is most of the work
//! of checking one plan when they are parsed as TOML at start-up, so this script converts each
//! to JSON, which serde_json reads several times faster; the runtime deserialises the same types
//! from it (a test compares the result with parsing the TOML). A file that is not valid TOML is
//! embedded as it is, so that the program reports it at run time as it would with `--rules`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR is set by Cargo"));
    let mut files = Vec::new();
    collect(Path::new("rules"), &mut files);
    files.sort();
    let mut table = String::from("&[\n");
    for (i, path) in files.iter().enumerate() {
        let text = std::fs::read_to_string(path).expect("rule file readable");
        let (json, embedded) = match toml::from_str::<toml::Value>(&text) {
            Ok(value) => (
                true,
                serde_json::to_string(&value).expect("TOML converts to JSON"),
            ),
            Err(_) => (false, text),
        };
        let name = format!("pack-{i}.{}", if json { "json" } else { "toml" });
        std::fs::write(out.join(&name), embedded).expect("OUT_DIR writable");
        let shown = path.to_string_lossy().replace('\\', "/");
        writeln!(
            table,
            "    ({shown:?}, {json}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),"
        )
        .unwrap();
    }
    table.push(']');
    std::fs::write(out.join("builtin_packs.rs"), table).expect("OUT_DIR writable");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}
