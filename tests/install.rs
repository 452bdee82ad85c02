//! Installing oras-check without a Rust toolchain, each way tried here as a user would:
//!
//! - the Python wheel (pyproject.toml, maturin `bindings = "bin"`): built with `maturin build
//!   --release`, installed into a new virtual environment, run with a PATH that holds no cargo;
//! - the GitHub Action (action.yml): valid under the Actions schema, and its scripts install that
//!   wheel, write SARIF and the job summary, and exit with oras-check's code;
//! - the pre-commit hooks (.pre-commit-hooks.yaml): a valid manifest, and `pre-commit try-repo`
//!   of this checkout over a provider's repository;
//! - the release archives: cargo-dist's names (dist-workspace.toml) and cargo-binstall's
//!   (`[package.metadata.binstall]`) agree for every target, and the release workflows are
//!   valid workflows.
//!
//! The tools come from PyPI (`.ci/run` installs them): maturin, pre-commit, check-jsonschema.
//! Without one, a test says so and passes; with `CI` set it fails instead, so that CI never
//! skips it. The wheel's build (a release build) goes to `target/tmp/wheel-target`, kept between
//! runs; pre-commit's own build of this repository reuses it through `CARGO_TARGET_DIR`.

use crate::common;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::Instant;

use yaml_rust2::{Yaml, YamlLoader};

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `name` on PATH (with `.exe` on Windows).
fn which_in(name: &str, path: &OsString) -> Option<PathBuf> {
    std::env::split_paths(path).find_map(|dir| {
        [name.to_owned(), format!("{name}.exe")]
            .into_iter()
            .map(|n| dir.join(n))
            .find(|p| p.is_file())
    })
}

/// A tool the test needs, from PATH. Missing: under CI a failure, elsewhere a skipped test with
/// the reason on standard error.
fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| which_in(name, &path));
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run this test: `{name}` is not on PATH (.ci/run installs it from PyPI)"
        );
        eprintln!("test not run: `{name}` is not on PATH (`pip install {name}`; .ci/run does)");
    }
    found
}

fn run(cmd: &mut Command) -> Output {
    let shown = format!("{cmd:?}");
    cmd.output()
        .unwrap_or_else(|e| panic!("{shown} did not start: {e}"))
}

fn text(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn succeed(cmd: &mut Command) -> Output {
    let shown = format!("{cmd:?}");
    let out = run(cmd);
    assert!(out.status.success(), "{shown} failed:\n{}", text(&out));
    out
}

/// The environment variables that change oras-check's output (the other tests' list), and
/// the GitHub Actions files a step writes, removed from a command.
fn neutral(cmd: &mut Command) -> &mut Command {
    for var in
        common::OUTPUT_ENV
            .iter()
            .chain(&["GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "GITHUB_PATH"])
    {
        cmd.env_remove(var);
    }
    cmd
}

/// PATH without any folder that holds cargo or rustc: what a planner's machine has.
fn path_without_rust() -> OsString {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let kept: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|dir| {
            ["cargo", "rustc", "rustup"]
                .iter()
                .all(|t| which_in(t, &std::env::join_paths([dir]).unwrap()).is_none())
        })
        .collect();
    std::env::join_paths(kept).unwrap()
}

/// The folder a virtual environment keeps its programs in.
fn venv_bin(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts")
    } else {
        venv.join("bin")
    }
}

fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}

/// The Python that makes virtual environments.
fn python() -> PathBuf {
    ["python3", "python"]
        .into_iter()
        .find_map(|n| std::env::var_os("PATH").and_then(|p| which_in(n, &p)))
        .expect("a Python 3 is on PATH (pip installed the test tools with it)")
}

/// The target folder of the wheel's release build, shared with pre-commit's build.
fn wheel_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheel-target")
}

/// Held by whatever builds in [`wheel_target`] (maturin here, pip through pre-commit): two
/// release builds in one target folder at once race when maturin moves the program it built.
fn building() -> std::sync::MutexGuard<'static, ()> {
    static BUILD: std::sync::Mutex<()> = std::sync::Mutex::new(());
    BUILD
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The wheel, built once per test run by `maturin build --release`, in a folder of its own.
fn wheel(maturin: &Path) -> &'static Path {
    static WHEEL: OnceLock<PathBuf> = OnceLock::new();
    WHEEL.get_or_init(|| {
        let _building = building();
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheels");
        let _ = std::fs::remove_dir_all(&out);
        let started = Instant::now();
        succeed(
            Command::new(maturin)
                .current_dir(project())
                .args(["build", "--release", "--quiet", "--out"])
                .arg(&out)
                .arg("--target-dir")
                .arg(wheel_target()),
        );
        eprintln!(
            "maturin build --release: {:.0} s",
            started.elapsed().as_secs_f64()
        );
        let wheels: Vec<PathBuf> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "whl"))
            .collect();
        assert_eq!(
            wheels.len(),
            1,
            "one wheel in {}: {wheels:?}",
            out.display()
        );
        let name = wheels[0]
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // A binary wheel: any Python 3, no Python ABI, this platform.
        assert!(
            name.starts_with(&format!("oras_check-{VERSION}-py3-none-")),
            "{name}"
        );
        wheels[0].clone()
    })
}

/// A new virtual environment with the wheel installed (pip from the wheel file alone: no
/// index, so nothing else is fetched and no source is compiled). Returns its program folder.
fn installed_wheel(maturin: &Path, venv: &Path) -> PathBuf {
    let wheel = wheel(maturin);
    succeed(Command::new(python()).args(["-m", "venv"]).arg(venv));
    let bin = venv_bin(venv);
    succeed(
        Command::new(bin.join(exe("python")))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-index",
                "--no-deps",
                "--only-binary",
                ":all:",
            ])
            .arg(wheel)
            .env("PATH", path_without_rust()),
    );
    bin
}

/// The example plans at the top of `examples/` (`examples/provider/` is a repository of its own,
/// with its roster and configuration), sorted.
fn example_plans() -> Vec<PathBuf> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(project().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| Path::new("examples").join(p.file_name().unwrap()))
        .collect();
    plans.sort();
    plans
}

/// Checks the example plans as CI would: JSON, a fixed day, no configuration.
fn check_examples(program: &Path, path: &OsString) -> Output {
    run(neutral(&mut Command::new(program))
        .current_dir(project())
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            "--as-of",
            "2025-05-01",
        ])
        .args(example_plans())
        .env("PATH", path))
}

#[test]
fn the_wheel_installs_into_a_fresh_environment_and_runs_without_rust() {
    let Some(maturin) = tool("maturin") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bin = installed_wheel(&maturin, &dir.path().join("venv"));

    // A planner's PATH: the environment's programs, and no Rust toolchain.
    let mut path = std::env::join_paths([bin.clone()]).unwrap();
    path.push(if cfg!(windows) { ";" } else { ":" });
    path.push(path_without_rust());
    assert_eq!(which_in("cargo", &path), None, "cargo is still on {path:?}");
    let program = which_in("oras-check", &path).expect("the wheel puts oras-check on PATH");
    assert_eq!(program, bin.join(exe("oras-check")));

    let out = succeed(neutral(&mut Command::new(&program)).arg("--version"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("oras-check {VERSION}\n")
    );

    // The wheel's program is the one `cargo test` built, from the same source: same report,
    // same exit code (1: the examples include a plan with mistakes).
    let from_wheel = check_examples(&program, &path);
    let from_cargo = check_examples(Path::new(env!("CARGO_BIN_EXE_oras-check")), &path);
    assert_eq!(from_wheel.status.code(), Some(1), "{}", text(&from_wheel));
    assert_eq!(
        String::from_utf8_lossy(&from_wheel.stdout),
        String::from_utf8_lossy(&from_cargo.stdout)
    );
    let report: serde_json::Value = serde_json::from_slice(&from_wheel.stdout).unwrap();
    let plans = report["plans"].as_array().unwrap();
    assert_eq!(
        plans.len(),
        example_plans().len(),
        "every example plan is checked"
    );
    assert!(report["counts"]["error"].as_u64().unwrap() > 0);

    // The package's metadata comes from Cargo.toml: one place for the version and description.
    let out = succeed(
        Command::new(bin.join(exe("python")))
            .args(["-m", "pip", "show", "oras-check"])
            .env("PATH", &path),
    );
    let show = String::from_utf8_lossy(&out.stdout);
    assert!(show.contains(&format!("Version: {VERSION}\n")), "{show}");
    assert!(
        show.contains(&format!("Summary: {}\n", env!("CARGO_PKG_DESCRIPTION"))),
        "{show}"
    );
}

// ---------------------------------------------------------------------------------------------
// The GitHub Action

fn yaml(path: &Path) -> Yaml {
    let text = std::fs::read_to_string(path).unwrap();
    YamlLoader::load_from_str(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .remove(0)
}

/// check-jsonschema with one of its built-in schemas (shipped in the package: no network).
fn validates(check_jsonschema: &Path, schema: &str, file: &Path) -> Output {
    run(Command::new(check_jsonschema)
        .args(["--builtin-schema", schema])
        .arg(file))
}

#[test]
fn the_action_is_valid_under_the_github_actions_schema() {
    let Some(check_jsonschema) = tool("check-jsonschema") else {
        return;
    };
    let out = validates(
        &check_jsonschema,
        "vendor.github-actions",
        &project().join("action.yml"),
    );
    assert!(out.status.success(), "{}", text(&out));
    // The schema is really applied: a broken copy fails.
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("action.yml");
    std::fs::write(
        &broken,
        std::fs::read_to_string(project().join("action.yml"))
            .unwrap()
            .replace("using: composite", "using: compost"),
    )
    .unwrap();
    let out = validates(&check_jsonschema, "vendor.github-actions", &broken);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
}

#[test]
fn the_action_pins_this_version_and_wires_every_input() {
    let action = yaml(&project().join("action.yml"));
    let inputs = action["inputs"].as_hash().expect("inputs");
    let names: Vec<&str> = inputs.keys().map(|k| k.as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "version",
            "paths",
            "format",
            "sarif-file",
            "args",
            "working-directory"
        ]
    );
    assert_eq!(
        action["inputs"]["version"]["default"].as_str(),
        Some(VERSION),
        "the action installs the release it belongs to: bump its default with Cargo.toml's version"
    );
    assert_eq!(
        action["inputs"]["format"]["default"].as_str(),
        Some("github")
    );
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    // Every input reaches a step through the environment (never pasted into shell code), and
    // every script a step runs exists.
    let steps = action["runs"]["steps"].as_vec().unwrap();
    let mut used = Vec::new();
    for step in steps {
        let run = step["run"].as_str().expect("each step runs a script");
        assert!(
            !run.contains("${{"),
            "an expression pasted into shell code: {run}"
        );
        let script = run
            .split('"')
            .find_map(|part| part.strip_prefix("$GITHUB_ACTION_PATH/"))
            .unwrap_or_else(|| panic!("a script of the action: {run}"));
        assert!(project().join(script).is_file(), "{script}");
        assert_eq!(step["shell"].as_str(), Some("bash"));
        for (_, value) in step["env"].as_hash().into_iter().flatten() {
            let value = value.as_str().unwrap();
            if let Some(input) = value
                .strip_prefix("${{ inputs.")
                .and_then(|v| v.strip_suffix(" }}"))
            {
                used.push(input.to_owned());
            }
        }
        if let Some(dir) = step["working-directory"].as_str() {
            used.push(
                dir.trim_start_matches("${{ inputs.")
                    .trim_end_matches(" }}")
                    .to_owned(),
            );
        }
    }
    used.sort();
    let mut declared: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
    declared.sort();
    assert_eq!(used, declared);
}

/// The runner's files and folders for one step of a job.
struct Runner {
    dir: tempfile::TempDir,
}

impl Runner {
    fn new() -> Runner {
        let dir = tempfile::tempdir().unwrap();
        for file in ["path", "output", "summary.md"] {
            std::fs::write(dir.path().join(file), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("temp")).unwrap();
        Runner { dir }
    }

    /// Runs one of the action's scripts as the runner would, with `env` as the step's.
    fn step(&self, script: &str, cwd: &Path, path: &OsString, env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new("bash");
        neutral(&mut cmd)
            .arg(project().join("action").join(script))
            .current_dir(cwd)
            .env("PATH", path)
            .env("RUNNER_TEMP", self.dir.path().join("temp"))
            .env("GITHUB_PATH", self.dir.path().join("path"))
            .env("GITHUB_OUTPUT", self.dir.path().join("output"))
            .env("GITHUB_STEP_SUMMARY", self.dir.path().join("summary.md"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        run(&mut cmd)
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(file)).unwrap()
    }

    /// The step outputs written to GITHUB_OUTPUT (the last value of each).
    fn outputs(&self) -> BTreeMap<String, String> {
        self.read("output")
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }
}

#[cfg(unix)]
#[test]
fn the_action_installs_the_pinned_wheel_checks_and_exits_with_the_code() {
    let Some(maturin) = tool("maturin") else {
        return;
    };
    let wheel = wheel(&maturin);
    // pip finds the pinned version among the wheels here, as it would on PyPI.
    let wheels = wheel.parent().unwrap().to_str().unwrap().to_owned();
    let path = path_without_rust();
    let runner = Runner::new();
    let pip = [("PIP_NO_INDEX", "1"), ("PIP_FIND_LINKS", wheels.as_str())];

    // A version that does not exist: pip's error, exit non-zero, nothing on PATH.
    let out = runner.step(
        "install.sh",
        project(),
        &path,
        &[&pip[..], &[("ORAS_CHECK_VERSION", "0.0.1")]].concat(),
    );
    assert!(!out.status.success(), "{}", text(&out));
    assert_eq!(runner.read("path"), "");

    let out = runner.step(
        "install.sh",
        project(),
        &path,
        &[&pip[..], &[("ORAS_CHECK_VERSION", VERSION)]].concat(),
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("oras-check {VERSION}")),
        "{}",
        text(&out)
    );
    let program = PathBuf::from(&runner.outputs()["executable"]);
    let bin = PathBuf::from(runner.read("path").trim_end());
    assert_eq!(program, bin.join(exe("oras-check")));
    assert!(program.starts_with(runner.dir.path().join("temp")));

    // A provider's repository: one plan with mistakes, one clean, in a folder with a space.
    let repo = tempfile::tempdir().unwrap();
    let plans = repo.path().join("syksyn kurssit");
    std::fs::create_dir(&plans).unwrap();
    for name in ["omaishoitaja-2025-mistakes.toml", "omaishoitaja-2025.toml"] {
        std::fs::copy(project().join("examples").join(name), plans.join(name)).unwrap();
    }
    let check = |format: &str, sarif: &str, args: &str| {
        std::fs::write(runner.dir.path().join("summary.md"), "").unwrap();
        std::fs::write(runner.dir.path().join("output"), "").unwrap();
        runner.step(
            "check.sh",
            repo.path(),
            &path,
            &[
                ("ORAS_CHECK", program.to_str().unwrap()),
                ("INPUT_PATHS", "  syksyn kurssit/omaishoitaja-2025-mistakes.toml\n\n  syksyn kurssit/omaishoitaja-2025.toml \n"),
                ("INPUT_FORMAT", format),
                ("INPUT_SARIF_FILE", sarif),
                ("INPUT_ARGS", args),
            ],
        )
    };

    // Annotations, the job summary, SARIF, and oras-check's exit code 1.
    let out = check(
        "github",
        "results/oras-check.sarif",
        "--as-of 2025-12-01 --no-config",
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("::error file=syksyn kurssit/omaishoitaja-2025-mistakes.toml,line="),
        "{stdout}"
    );
    assert!(runner.read("summary.md").starts_with("## oras-check"));
    let outputs = runner.outputs();
    assert_eq!(outputs["exit-code"], "1");
    let sarif = PathBuf::from(&outputs["sarif-file"]);
    assert_eq!(sarif, repo.path().join("results/oras-check.sarif"));
    let sarif: serde_json::Value = serde_json::from_slice(&std::fs::read(sarif).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());

    // Another format still writes the summary; `args` reach oras-check (here: only the clean
    // plan fails nothing, so `--fail-on never` gives 0).
    let out = check(
        "concise",
        "",
        "--as-of 2025-12-01 --no-config --fail-on never",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(": error["));
    assert!(runner.read("summary.md").starts_with("## oras-check"));
    assert_eq!(runner.outputs()["exit-code"], "0");
    assert!(!runner.outputs().contains_key("sarif-file"));

    // A wrong argument is oras-check's exit code 2, passed on.
    let out = check("github", "", "--no-such-option");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert_eq!(runner.outputs()["exit-code"], "2");
}

// ---------------------------------------------------------------------------------------------
// Release archives: cargo-dist and cargo-binstall

fn toml_file(path: &Path) -> toml::Table {
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// What cargo-dist (0.34, `make_executable_zip_for_variant`) builds for a target: the archive
/// `<app>-<target><ext>`, a tarball holding a folder of the same name and a zip holding the
/// program at its top.
fn dist_archive(dist: &toml::Table, name: &str, target: &str) -> (String, String) {
    let windows = target.contains("windows");
    let ext = dist
        .get(if windows {
            "windows-archive"
        } else {
            "unix-archive"
        })
        .and_then(|v| v.as_str())
        .unwrap_or(if windows { ".zip" } else { ".tar.xz" });
    let program = format!("{name}{}", if windows { ".exe" } else { "" });
    let stem = format!("{name}-{target}");
    let inside = if ext == ".zip" {
        program
    } else {
        format!("{stem}/{program}")
    };
    (format!("{stem}{ext}"), inside)
}

/// cargo-binstall's template language: `{ key }` replaced, spaces inside the braces optional.
fn render(template: &str, values: &BTreeMap<&str, String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').expect("closed brace") + open;
        let key = rest[open + 1..close].trim();
        out.push_str(
            values
                .get(key)
                .unwrap_or_else(|| panic!("unknown binstall key {key}")),
        );
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn binstall_downloads_the_archives_cargo_dist_builds() {
    let cargo = toml_file(&project().join("Cargo.toml"));
    let package = cargo["package"].as_table().unwrap();
    let name = package["name"].as_str().unwrap();
    let repo = package["repository"].as_str().expect("repository is set");
    let binstall = package["metadata"]["binstall"].as_table().unwrap();
    let workspace = toml_file(&project().join("dist-workspace.toml"));
    let dist = workspace["dist"].as_table().unwrap();
    assert_eq!(
        workspace["workspace"]["members"].as_array().unwrap()[0].as_str(),
        Some("cargo:.")
    );
    let targets: Vec<&str> = dist["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    // The platforms a provider's people and CI use.
    for wanted in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(targets.contains(&wanted), "{wanted} is released");
    }
    let installers: Vec<&str> = dist["installers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(installers.contains(&"shell") && installers.contains(&"powershell"));

    for target in &targets {
        let settings = |key: &str| {
            binstall
                .get("overrides")
                .and_then(|o| o.get(*target))
                .and_then(|o| o.get(key))
                .or_else(|| binstall.get(key))
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("binstall {key} for {target}"))
                .to_owned()
        };
        let format = settings("pkg-fmt");
        let suffix = match format.as_str() {
            "txz" => ".tar.xz",
            "tgz" => ".tar.gz",
            "tzstd" => ".tar.zst",
            "zip" => ".zip",
            other => panic!("pkg-fmt {other} is not an archive cargo-dist makes"),
        };
        let values = BTreeMap::from([
            ("repo", repo.to_owned()),
            ("version", VERSION.to_owned()),
            ("name", name.to_owned()),
            ("bin", name.to_owned()),
            ("target", (*target).to_owned()),
            ("archive-suffix", suffix.to_owned()),
            ("archive-format", format.clone()),
            (
                "binary-ext",
                if target.contains("windows") {
                    ".exe"
                } else {
                    ""
                }
                .to_owned(),
            ),
        ]);
        let (archive, inside) = dist_archive(dist, name, target);
        // cargo-dist's tag is `v<version>`, and its release holds the archives by name.
        assert_eq!(
            render(&settings("pkg-url"), &values),
            format!("{repo}/releases/download/v{VERSION}/{archive}"),
            "{target}"
        );
        assert_eq!(render(&settings("bin-dir"), &values), inside, "{target}");
    }
}

#[test]
fn the_release_workflows_are_valid_workflows() {
    let Some(check_jsonschema) = tool("check-jsonschema") else {
        return;
    };
    let workflows = project().join(".github/workflows");
    for name in ["release.yml", "publish-pypi.yml"] {
        let out = validates(
            &check_jsonschema,
            "vendor.github-workflows",
            &workflows.join(name),
        );
        assert!(out.status.success(), "{name}: {}", text(&out));
    }
    // cargo-dist calls the PyPI job by the name dist-workspace.toml gives it, with the plan.
    let release = std::fs::read_to_string(workflows.join("release.yml")).unwrap();
    assert!(
        // (cargo-dist 0.34 writes a repository-local workflow as `$/.github/workflows/…`.)
        release.contains("uses: $/.github/workflows/publish-pypi.yml")
            || release.contains("uses: ./.github/workflows/publish-pypi.yml"),
        "release.yml is regenerated (`dist generate`) after dist-workspace.toml changes"
    );
    let workspace = toml_file(&project().join("dist-workspace.toml"));
    let dist_version = workspace["dist"]["cargo-dist-version"].as_str().unwrap();
    assert!(
        release.contains(&format!("cargo-dist/releases/download/v{dist_version}/")),
        "release.yml installs the dist of dist-workspace.toml"
    );
    let publish = yaml(&workflows.join("publish-pypi.yml"));
    assert!(
        !publish["on"]["workflow_call"]["inputs"]["plan"].is_badvalue(),
        "publish-pypi.yml takes the plan cargo-dist passes"
    );
}

// ---------------------------------------------------------------------------------------------
// pre-commit

#[test]
fn the_hook_manifest_is_valid_and_names_the_three_hooks() {
    let Some(pre_commit) = tool("pre-commit") else {
        return;
    };
    succeed(
        Command::new(&pre_commit)
            .current_dir(project())
            .args(["validate-manifest", ".pre-commit-hooks.yaml"]),
    );
    let hooks = yaml(&project().join(".pre-commit-hooks.yaml"));
    let hooks = hooks.as_vec().unwrap();
    let hook = |id: &str| {
        hooks
            .iter()
            .find(|h| h["id"].as_str() == Some(id))
            .unwrap_or_else(|| panic!("hook {id}"))
    };
    let args = |h: &Yaml| -> Vec<String> {
        h["args"]
            .as_vec()
            .map(|a| a.iter().map(|a| a.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default()
    };
    for h in hooks {
        // Installed as a Python package: the wheel that pyproject.toml describes.
        assert_eq!(h["language"].as_str(), Some("python"));
        assert!(h["entry"].as_str().unwrap().starts_with("oras-check"));
    }
    let changed = hook("oras-check");
    assert_eq!(args(changed), ["--only-plans", "--force-exclude"]);
    assert!(changed["pass_filenames"].is_badvalue(), "passes file names");
    let repository = hook("oras-check-all");
    assert_eq!(repository["pass_filenames"].as_bool(), Some(false));
    assert_eq!(args(repository), ["."]);
    assert!(
        hook("oras-check-fix")["entry"]
            .as_str()
            .unwrap()
            .contains(" fix")
    );
    // The manifest is checked for real: a hook without an entry is refused.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("hooks.yaml"),
        "- id: x\n  name: x\n  language: python\n",
    )
    .unwrap();
    let out = run(Command::new(&pre_commit)
        .current_dir(dir.path())
        .args(["validate-manifest", "hooks.yaml"]));
    assert!(!out.status.success(), "{}", text(&out));
}

/// Copies a folder, symbolic links as links.
fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        let kind = entry.file_type();
        if kind.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else if kind.is_symlink() {
            let link = std::fs::read_link(entry.path()).unwrap();
            #[cfg(unix)]
            std::os::unix::fs::symlink(link, &target).unwrap();
            #[cfg(not(unix))]
            std::fs::copy(entry.path().parent().unwrap().join(link), &target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn git(dir: &Path, args: &[&str]) -> Output {
    succeed(
        Command::new("git")
            .current_dir(dir)
            .args([
                "-c",
                "user.name=oras-check tests",
                "-c",
                "user.email=tests@oras-check.invalid",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args),
    )
}

/// The provider's repository, committed to a new git repository (files in its .gitignore, such
/// as the drafts, are left out as a clone would leave them).
fn provider_repo(into: &Path) -> PathBuf {
    let repo = into.join("provider");
    copy_tree(&project().join(PROVIDER), &repo);
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-q", "-m", "The provider's plans"]);
    repo
}

/// What the cargo-built binary finds in the committed plans of `repo` today, as the hooks run
/// (without `--as-of`): each plan's path and the rules of its errors.
fn errors_today(repo: &Path) -> BTreeMap<String, Vec<String>> {
    let out = run(neutral(&mut Command::new(env!("CARGO_BIN_EXE_oras-check")))
        .current_dir(repo)
        .args(["check", "--format", "json", "."]));
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out)));
    let mut errors = BTreeMap::new();
    for plan in report["plans"].as_array().unwrap() {
        let rules: Vec<String> = plan["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error" && d["suppressed"].is_null())
            .map(|d| d["rule"].as_str().unwrap().to_owned())
            .collect();
        if !rules.is_empty() {
            errors.insert(plan["path"].as_str().unwrap().to_owned(), rules);
        }
    }
    errors
}

/// pre-commit, with its cache in the test's folder and cargo's build shared with the wheel's.
fn pre_commit(pre_commit: &Path, home: &Path, repo: &Path) -> Command {
    let mut cmd = Command::new(pre_commit);
    neutral(&mut cmd)
        .current_dir(repo)
        .env("PRE_COMMIT_HOME", home)
        .env("PRE_COMMIT_COLOR", "never")
        .env("CARGO_TARGET_DIR", wheel_target())
        .env_remove("PRE_COMMIT")
        .env_remove("SKIP");
    cmd
}

/// The provider's repository that the hooks run over (examples/provider: plans of every
/// service, a roster, settings, an excluded archive, non-plan TOML, plans broken on purpose).
const PROVIDER: &str = "examples/provider";

/// A plan's path as the JSON report and the hooks show it.
fn shown(path: &str) -> &str {
    path.strip_prefix("./").unwrap_or(path)
}

/// Removes the plans with errors today (and links left dangling) and commits, until the
/// cargo-built binary finds no error: the clean copy. Returns how many plans were removed.
fn remove_broken_plans(repo: &Path) -> usize {
    let mut removed = 0;
    for _ in 0..3 {
        let errors = errors_today(repo);
        if errors.is_empty() {
            break;
        }
        for plan in errors.keys() {
            git(repo, &["rm", "-q", "--", shown(plan)]);
            removed += 1;
        }
        for entry in walkdir::WalkDir::new(repo).follow_links(false) {
            let entry = entry.unwrap();
            if entry.path_is_symlink() && !entry.path().exists() {
                let relative = entry
                    .path()
                    .strip_prefix(repo)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_owned();
                git(repo, &["rm", "-q", "--", &relative]);
            }
        }
        git(repo, &["commit", "-q", "-m", "Without the broken plans"]);
    }
    assert!(errors_today(repo).is_empty());
    removed
}

/// The findings of a failed hook run name every broken plan and every rule it breaks, and never
/// a file that is not a plan or one that `exclude` leaves out.
fn fails_for_the_right_reasons(out: &Output, errors: &BTreeMap<String, Vec<String>>, hook: &str) {
    let output = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{hook}: {}", text(out));
    assert!(output.contains("Failed"), "{hook}: {output}");
    for (plan, rules) in errors {
        assert!(
            output.contains(shown(plan)),
            "{hook}: {plan} not reported:\n{output}"
        );
        for rule in rules {
            assert!(
                output.contains(rule.as_str()),
                "{hook}: {plan}: {rule} not reported:\n{output}"
            );
        }
    }
    for not_a_plan in [
        "Cargo.toml",
        "pyproject.toml",
        "staff.toml",
        "oras-check.toml",
    ] {
        assert!(
            !output.contains(&format!("[{not_a_plan}:"))
                && !output.contains(&format!("/{not_a_plan}:")),
            "{hook}: {not_a_plan} reported as a plan:\n{output}"
        );
    }
    assert!(
        !output.contains("archive/"),
        "{hook}: an excluded plan reported:\n{output}"
    );
}

#[test]
fn pre_commit_try_repo_fails_on_the_broken_plans_and_passes_a_clean_copy() {
    let Some(pre_commit_program) = tool("pre-commit") else {
        return;
    };
    // pre-commit's pip builds this checkout in the wheel's target folder.
    let _building = building();
    assert!(
        project().join(".git").exists(),
        "try-repo installs the hooks from this checkout's git repository"
    );
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("pre-commit-home");
    let repo = provider_repo(dir.path());
    let errors = errors_today(&repo);
    assert!(
        errors.len() >= 2,
        "the provider's repository has broken plans: {errors:?}"
    );

    let try_repo = |hook: &str| {
        let started = Instant::now();
        let out = run(pre_commit(&pre_commit_program, &home, &repo)
            .arg("try-repo")
            .arg(project())
            .args([hook, "--all-files"]));
        eprintln!(
            "pre-commit try-repo {hook}: {:.0} s",
            started.elapsed().as_secs_f64()
        );
        out
    };
    // The first run installs the hooks (pip builds the wheel from this checkout).
    for hook in ["oras-check", "oras-check-all"] {
        fails_for_the_right_reasons(&try_repo(hook), &errors, hook);
    }

    // A clean copy passes both.
    assert!(remove_broken_plans(&repo) >= errors.len());
    for hook in ["oras-check", "oras-check-all", "oras-check-fix"] {
        let out = try_repo(hook);
        assert!(out.status.success(), "{hook}: {}", text(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Passed"));
    }

    // The fix hook repairs a date written the Finnish way and stops the commit.
    let plan = walkdir::WalkDir::new(repo.join("plans"))
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .find(|p| p.extension().is_some_and(|e| e == "toml") && !p.is_symlink())
        .unwrap();
    let original = std::fs::read_to_string(&plan).unwrap();
    let (at, date) = original
        .match_indices("start = ")
        .map(|(at, _)| (at + 8, &original[at + 8..at + 18]))
        .find(|(_, d)| chrono_like(d))
        .expect("a plan has a start date");
    let finnish = {
        let (y, rest) = date.split_at(4);
        let (m, d) = (&rest[1..3], &rest[4..6]);
        format!(
            "{}.{}.{y}",
            d.trim_start_matches('0'),
            m.trim_start_matches('0')
        )
    };
    let broken = format!("{}{finnish}{}", &original[..at], &original[at + 10..]);
    std::fs::write(&plan, &broken).unwrap();
    git(&repo, &["commit", "-q", "-a", "-m", "A Finnish date"]);
    let out = try_repo("oras-check-fix");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("files were modified by this hook"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), original);
}

/// `YYYY-MM-DD`.
fn chrono_like(s: &str) -> bool {
    s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

#[test]
fn a_local_pre_commit_hook_installs_the_wheel_without_rust() {
    let (Some(pre_commit_program), Some(maturin)) = (tool("pre-commit"), tool("maturin")) else {
        return;
    };
    let wheels = wheel(&maturin).parent().unwrap().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("pre-commit-home");
    let repo = provider_repo(dir.path());
    let errors = errors_today(&repo);
    // docs/ci.md's local hook, with the version of this checkout.
    std::fs::write(
        repo.join(".pre-commit-config.yaml"),
        format!(
            "repos:
  - repo: local
    hooks:
      - id: oras-check
        name: oras-check
        entry: oras-check --quiet
        args: [--only-plans, --force-exclude]
        language: python
        additional_dependencies: [oras-check=={VERSION}]
        types: [toml]
        require_serial: true
"
        ),
    )
    .unwrap();
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-q", "-m", "pre-commit from the wheel"]);
    let hooks = |repo: &Path| {
        run(pre_commit(&pre_commit_program, &home, repo)
            .args(["run", "--all-files"])
            .env("PATH", path_without_rust())
            // The wheel as if on PyPI (pip still reaches the index for pre-commit's own
            // placeholder package).
            .env("PIP_FIND_LINKS", &wheels))
    };
    let started = Instant::now();
    fails_for_the_right_reasons(&hooks(&repo), &errors, "local oras-check");
    eprintln!(
        "pre-commit local hook from the wheel: {:.0} s",
        started.elapsed().as_secs_f64()
    );
    remove_broken_plans(&repo);
    let out = hooks(&repo);
    assert!(out.status.success(), "{}", text(&out));
}
