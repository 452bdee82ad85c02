//! The command line: flags are defined once here (clap), and `check` is the default command, so
//! `oras-check plan.toml` is `oras-check check plan.toml`. Completions and the man page are
//! generated from these definitions.

/// `eprintln!` through the output gate: standard error shows no identity code and no raw
/// control character either (it echoes paths, environment values and arguments).
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::warn(&format!("{}\n", format_args!($($arg)*)))
    };
}

mod catalogue;
mod check;
mod choice;
mod parse_error;
mod server;
mod settings;
mod tools;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use choice::choices;
use oras_check::config::FailOn;
use oras_check::error::FileError;
use oras_check::i18n::Lang;
use oras_check::pack::Packs;
use oras_check::report::Format;
use settings::{Flags, Settings, SettingsError};

/// Checks Kela rehabilitation course plans (TOML) against the service descriptions in force:
/// group sizes, periods, contacts, deadlines, staff and premises. Each finding points into the
/// plan, names its rule and cites the source.
#[derive(Parser, Debug)]
#[command(name = "oras-check", version, about, long_about = None)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    #[command(flatten)]
    check: CheckArgs,

    #[command(flatten)]
    global: GlobalArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check course plans (the default command).
    Check(CheckArgs),
    /// List the rules in force, per edition; verify the rule packs; show source coverage.
    Rules(catalogue::RulesArgs),
    /// Explain a rule: what it checks, its parameters per edition, and the source it cites.
    Explain(catalogue::ExplainArgs),
    /// Draw the course on a calendar: periods, contacts, holidays, each client's window, findings.
    Timeline(tools::TimelineArgs),
    /// List what falls due (confirmations, contacts, invoices, feedback, reporting) with days left.
    Deadlines(tools::DeadlinesArgs),
    /// Write the course's periods, contacts and deadlines as an iCalendar file (RFC 5545).
    Ics(tools::IcsArgs),
    /// Write a commented plan skeleton for a service and start date that checks without errors.
    Init(tools::InitArgs),
    /// Print a JSON Schema of the plan format, for editor completion and validation.
    Schema,
    /// Show the settings in force and where each comes from (flag, environment, file, default);
    /// with PATH, the configuration file that applies to that plan or folder.
    Config {
        /// A plan or folder: its configuration is the nearest oras-check.toml from its folder up
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
    },
    /// Repair plans in place, keeping comments and layout: Finnish and quoted dates, decimal
    /// commas, hours with units, misspelt keys and words with one close spelling.
    Fix(tools::FixArgs),
    /// Run the language server over stdio, for editors: diagnostics as `check` gives them,
    /// hover, quick fixes and completion.
    Server(server::ServerArgs),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

/// Options every command takes.
#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Language of messages [default: from ORAS_CHECK_LANG, the config file, LC_ALL, LC_MESSAGES
    /// or LANG, else the system language]
    #[arg(long, value_parser = choices::<Lang>(), global = true)]
    pub lang: Option<Lang>,

    /// When to use colour; NO_COLOR is honoured under `auto`
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Use the rule packs in DIR (laid out like rules/: <service>/<year>.toml) instead of the
    /// built-in ones
    #[arg(long, value_name = "DIR", global = true)]
    pub rules: Option<PathBuf>,

    /// Use this configuration file instead of looking for oras-check.toml [env: ORAS_CHECK_CONFIG]
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Use no configuration file
    #[arg(long, global = true, conflicts_with = "config")]
    pub no_config: bool,
}

#[derive(Args, Debug, Clone)]
pub struct CheckArgs {
    /// Plan files, or folders searched recursively for *.toml plans; `-` reads one plan from
    /// standard input
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format [default: human; env: ORAS_CHECK_FORMAT]
    #[arg(long, value_parser = choices::<Format>())]
    pub format: Option<Format>,

    /// The day the check is made, for deadline rules [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// Lowest severity that makes the exit code 1 [default: error; env: ORAS_CHECK_FAIL_ON]
    #[arg(long, value_parser = choices::<FailOn>())]
    pub fail_on: Option<FailOn>,

    /// Leave out the "also confirm by hand" checklist after a human report
    #[arg(long, short)]
    pub quiet: bool,

    /// Skip named TOML files that are not plans (no [course] table), as in folders; for
    /// pre-commit, which passes every changed .toml file
    #[arg(long)]
    pub only_plans: bool,

    /// Turn a rule off for this run (repeatable); not plan-syntax, plan-schema or personal-data
    #[arg(long, value_name = "RULE")]
    pub ignore: Vec<String>,

    /// Leave paths matching GLOB out of folder walks (repeatable), as `exclude` in
    /// oras-check.toml
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Write the report to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    /// List the TOML files left out as not plans
    #[arg(long, short)]
    pub verbose: bool,

    /// Report only this rule (repeatable); plan-syntax, plan-schema and personal-data always
    /// report
    #[arg(long, value_name = "RULE")]
    pub select: Vec<String>,

    /// The name of `-` (standard input): shown in messages, and used to find its configuration
    /// and, with --force-exclude, for `exclude`
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,

    /// Instead of the findings, one line per rule and severity with its count and the number of
    /// plans
    #[arg(long)]
    pub statistics: bool,

    /// Apply `exclude` (and --exclude) to files named on the command line too, as pre-commit
    /// names every changed file
    #[arg(long)]
    pub force_exclude: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A date option: `2026-03-03`, or `3.3.2026` as Finnish and Swedish output writes dates.
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    oras_check::plan::finnish::parse_date_option(s)
}

/// The man page: clap's sections for the name, synopsis, description and options, then the
/// commands (as `oras-check COMMAND`: there is no page per command), exit status, environment
/// and files.
fn man_page(out: &mut Vec<u8>) -> std::io::Result<()> {
    let command = Cli::command();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let roff = |s: &str| s.replace('\\', "\\\\").replace('-', "\\-");
    let mut text = String::from(".SH COMMANDS\n");
    for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
        text.push_str(&format!(
            ".TP\n\\fBoras\\-check {}\\fR\n{}\n",
            roff(sub.get_name()),
            roff(&sub.get_about().map(|a| a.to_string()).unwrap_or_default())
        ));
    }
    text.push_str(&format!(
        ".SH \"EXIT STATUS\"\n.TP\n0\n{}\n.TP\n1\n{}\n.TP\n2\n{}\n",
        roff("Every plan was checked and nothing reached the --fail-on level."),
        roff("Every plan was checked, and at least one finding reached the --fail-on level."),
        roff(
            "A plan could not be checked (unreadable, not TOML, schema error, no edition in \
             force), a configuration file, roster or rule pack is invalid, or the command line \
             was wrong. The plans that could be checked are still reported."
        )
    ));
    text.push_str(".SH ENVIRONMENT\n");
    for (var, what) in [
        (
            "ORAS_CHECK_FORMAT",
            "The output format when --format is not given.",
        ),
        (
            "ORAS_CHECK_FAIL_ON",
            "The --fail-on level when the flag is not given.",
        ),
        (
            "ORAS_CHECK_LANG",
            "The language of messages (en, fi, sv) when --lang is not given.",
        ),
        (
            "ORAS_CHECK_CONFIG",
            "The configuration file to use instead of searching for one.",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The language, when nothing above sets it (fi_FI.UTF-8 gives Finnish).",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colour under --color auto.",
        ),
        (
            "GITHUB_STEP_SUMMARY",
            "With --format github, a Markdown summary of the run is appended to this file.",
        ),
    ] {
        text.push_str(&format!(".TP\n{}\n{}\n", roff(var), roff(what)));
    }
    text.push_str(".SH FILES\n");
    for (file, what) in [
        (
            "oras-check.toml",
            "Project configuration, in the current folder or the nearest parent: fail-on, format, lang, [severity] (a severity or \"off\"), no-allow, exclude, roster, client-ids.",
        ),
        (
            "the roster (roster = \"staff.toml\")",
            "The provider's people as [[staff]] tables, relative to oras-check.toml.",
        ),
        (
            ".gitignore, .ignore",
            "Paths they ignore are left out of folder walks.",
        ),
    ] {
        text.push_str(&format!(".TP\n{}\n{}\n", roff(file), roff(what)));
    }
    out.extend_from_slice(text.as_bytes());
    man.render_version_section(out)
}

/// `oras-check chek plan.toml`: a first path that does not exist and is one edit away from a
/// command is a typo, not a missing plan. Says so and gives exit code 2.
fn mistyped_command(paths: &[PathBuf]) -> Option<u8> {
    let first = paths.first()?.to_str()?;
    if first == "-" || std::path::Path::new(first).exists() {
        return None;
    }
    let command = Cli::command();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    let near = names
        .iter()
        .find(|name| strsim::damerau_levenshtein(first, name) == 1)?;
    let rest: Vec<String> = std::env::args()
        .skip_while(|a| a != first)
        .skip(1)
        .collect();
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!(" {}", rest.join(" "))
    };
    let l10n = oras_check::i18n::Localizer::get(SPEAKER.get().copied().unwrap_or(Lang::En));
    say!(
        "error: {}\n\n  tip: {}",
        l10n.format(&oras_check::msg!(
            "cli-not-a-command",
            word = oras_check::privacy::mask(first).into_owned()
        )),
        l10n.format(&oras_check::msg!(
            "cli-did-you-mean",
            command = format!("oras-check {near}{}", oras_check::privacy::mask(&rest))
        ))
    );
    Some(exit::UNCHECKED)
}

/// Exit codes (cli-and-output.md).
pub mod exit {
    pub const OK: u8 = 0;
    pub const FINDINGS: u8 = 1;
    pub const UNCHECKED: u8 = 2;
}

pub fn run() -> ExitCode {
    // clap echoes what it could not parse (`--as-of 131052-308T`): its messages go through the
    // output gate too, with its exit codes (0 for --help and --version, 2 for errors).
    let given: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let args = global_options_after_command(given.clone());
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            if e.use_stderr() {
                let l10n = oras_check::i18n::Localizer::get(parse_error::language(&given));
                let _ = SPEAKER.set(l10n.lang());
                warn(&parse_error::render(&e, l10n));
            } else {
                print(&e.render().to_string());
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(exit::UNCHECKED));
        }
    };
    let global = cli.global;
    let _ = STYLED.set(global.colored() || global.color == ColorChoice::Always);
    // The language only: its messages are loaded when something is said (a check loads them
    // beside the rule packs, on another thread).
    let _ = SPEAKER.set(global.early_lang());
    let code = match cli.command {
        Some(Command::Check(args)) => check::run(&args, &global),
        None => match mistyped_command(&cli.check.paths) {
            Some(code) => code,
            None => check::run(&cli.check, &global),
        },
        Some(Command::Rules(args)) => catalogue::rules(&args, &global),
        Some(Command::Explain(args)) => catalogue::explain(&args, &global),
        Some(Command::Timeline(args)) => tools::timeline(&args, &global),
        Some(Command::Deadlines(args)) => tools::deadlines(&args, &global),
        Some(Command::Ics(args)) => tools::ics(&args, &global),
        Some(Command::Init(args)) => tools::init(&args, &global),
        Some(Command::Schema) => {
            print(&oras_check::schema::plan_schema());
            exit::OK
        }
        Some(Command::Config { path }) => show_config(&global, path.as_deref()),
        Some(Command::Fix(args)) => tools::fix(&args, &global),
        Some(Command::Server(args)) => server::run(&args, &global),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "oras-check", &mut out);
            print(&String::from_utf8_lossy(&out));
            exit::OK
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            match man_page(&mut out) {
                Ok(()) => {
                    print(&String::from_utf8_lossy(&out));
                    exit::OK
                }
                Err(e) => {
                    say!("error: {e}");
                    exit::UNCHECKED
                }
            }
        }
    };
    if let Some(reason) = stdout_failure() {
        let l10n = global.early_localizer();
        say!(
            "error: {}",
            l10n.format(&oras_check::msg!("output-stdout-failed", reason = reason))
        );
        return ExitCode::from(exit::UNCHECKED);
    }
    ExitCode::from(code)
}

impl GlobalArgs {
    /// The messages in the language the command line or the environment asks for, for what is
    /// said before (or without) the configuration file.
    pub fn early_localizer(&self) -> &'static oras_check::i18n::Localizer {
        oras_check::i18n::Localizer::get(self.early_lang())
    }

    /// The language of [`GlobalArgs::early_localizer`].
    pub fn early_lang(&self) -> Lang {
        self.lang.unwrap_or_else(settings::env_lang)
    }

    /// The settings in force, given the check command's own flags; a bad setting is reported
    /// and ends the run with exit code 2.
    pub fn settings(
        &self,
        format: Option<Format>,
        fail_on: Option<FailOn>,
    ) -> Result<Settings, u8> {
        self.settings_from(Flags {
            config: self.config.as_deref(),
            no_config: self.no_config,
            format,
            fail_on,
            lang: self.lang,
            ignore: &[],
            exclude: &[],
            select: &[],
            anchor: None,
            found_for: None,
        })
    }

    /// The settings of a command over `paths`: with no configuration in the current folder or
    /// above, the one that applies to the first path.
    pub fn settings_near(&self, paths: &[PathBuf]) -> Result<Settings, u8> {
        self.settings_from(Flags {
            config: self.config.as_deref(),
            no_config: self.no_config,
            lang: self.lang,
            anchor: anchor(paths, None),
            ..Flags::default()
        })
    }

    /// The settings of a command that walks folders as `check` does, with its `--exclude`s.
    pub fn settings_from_flags(
        &self,
        exclude: &[String],
        paths: &[PathBuf],
    ) -> Result<Settings, u8> {
        self.settings_from(Flags {
            config: self.config.as_deref(),
            no_config: self.no_config,
            lang: self.lang,
            exclude,
            anchor: anchor(paths, None),
            ..Flags::default()
        })
    }

    /// The settings of a `check` run, its own flags included.
    pub fn settings_for_check(&self, args: &CheckArgs) -> Result<Settings, u8> {
        self.settings_from(Flags {
            config: self.config.as_deref(),
            no_config: self.no_config,
            format: args.format,
            fail_on: args.fail_on,
            lang: self.lang,
            ignore: &args.ignore,
            exclude: &args.exclude,
            select: &args.select,
            anchor: anchor(&args.paths, args.stdin_filename.as_deref()),
            found_for: None,
        })
    }

    fn settings_from(&self, flags: Flags<'_>) -> Result<Settings, u8> {
        Settings::resolve(&flags).map_err(|e| {
            match e {
                SettingsError::Config(e) => {
                    report_file_error(&e, self.colored(), self.early_localizer());
                }
                SettingsError::Flag(message) => {
                    say!("error: {}", oras_check::privacy::mask(&message));
                }
                SettingsError::Env {
                    var,
                    value,
                    expected,
                } => {
                    say!("error: {var}={value} is not valid; expected one of: {expected}");
                }
            }
            exit::UNCHECKED
        })
    }

    /// Whether to colour standard output.
    pub fn colored(&self) -> bool {
        match self.color {
            ColorChoice::Always => {
                ansi_ready();
                true
            }
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
                    && ansi_ready()
            }
        }
    }

    /// The messages in the language in force, for commands that need nothing else of the
    /// settings; a broken configuration is reported and ends the run with exit code 2.
    pub fn localizer(&self) -> Result<&'static oras_check::i18n::Localizer, u8> {
        self.settings(None, None)
            .map(|settings| oras_check::i18n::Localizer::get(settings.lang.value))
    }

    /// The rule packs in use; a broken pack is reported and ends the run with exit code 2.
    pub fn packs(&self) -> Result<std::borrow::Cow<'static, Packs>, u8> {
        let result = match &self.rules {
            Some(dir) => Packs::from_dir(dir).map(std::borrow::Cow::Owned),
            None => Packs::builtin().map(std::borrow::Cow::Borrowed),
        };
        result.map_err(|e: Box<FileError>| {
            report_file_error(&e, self.colored(), self.early_localizer());
            exit::UNCHECKED
        })
    }
}

/// The path a command's settings are looked for from when the current folder has none: the
/// first path named (standard input: its `--stdin-filename`).
fn anchor<'a>(
    paths: &'a [PathBuf],
    stdin: Option<&'a std::path::Path>,
) -> Option<&'a std::path::Path> {
    let first = paths.first()?;
    if first.as_os_str() == "-" {
        stdin
    } else {
        Some(first.as_path())
    }
}

/// `oras-check --lang sv check plan.toml`: options that every command takes may stand before
/// the command, as in any clap tool. The default command takes paths, so clap would read
/// `check` as one; the global options met before a command's name are moved after it.
fn global_options_after_command(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    // Built only when a global option stands first (building clap's command costs every run),
    // and once: `--lang fi help deadlines` asks about two words.
    let command = std::cell::OnceCell::new();
    let is_command = |a: &std::ffi::OsStr| {
        a.to_str().is_some_and(|a| {
            a == "help"
                || command
                    .get_or_init(Cli::command)
                    .get_subcommands()
                    .any(|c| c.get_name() == a || c.get_all_aliases().any(|x| x == a))
        })
    };
    // Global options and whether each takes a value.
    let takes_value = |name: &str| -> Option<bool> {
        match name {
            "--lang" | "--color" | "--rules" | "--config" => Some(true),
            "--no-config" => Some(false),
            _ => None,
        }
    };
    let mut i = 1;
    let mut moved = Vec::new();
    while i < args.len() {
        let Some(arg) = args[i].to_str() else {
            return args;
        };
        let (name, inline) = match arg.split_once('=') {
            Some((name, _)) => (name, true),
            None => (arg, false),
        };
        match takes_value(name) {
            Some(true) if !inline => {
                moved.extend(args[i..(i + 2).min(args.len())].iter().cloned());
                i += 2;
            }
            Some(_) => {
                moved.push(args[i].clone());
                i += 1;
            }
            None => break,
        }
    }
    if moved.is_empty() || i >= args.len() || !is_command(&args[i]) {
        return args;
    }
    if args[i] == "help" {
        let asked = args.get(i + 1);
        // `help check` takes no options: it is asked as `check --help`, the options kept. A
        // word that is no command is left to clap's own error, said in the language the
        // options ask for (read from the arguments as given: [`parse_error::language`]).
        let mut out = vec![args[0].clone()];
        if asked.is_none_or(|a| a != "help" && is_command(a)) {
            out.extend(args[i + 1..].iter().cloned());
            out.extend(moved);
            out.push("--help".into());
        } else {
            out.extend(args[i..].iter().cloned());
        }
        return out;
    }
    let mut out = vec![args[0].clone(), args[i].clone()];
    out.extend(moved);
    out.extend(args[i + 1..].iter().cloned());
    out
}

/// Whether the terminal shows ANSI colour codes. A Windows console does once it is switched to
/// virtual terminal processing (Windows 10 and later): this switches it, and an older console,
/// which would print the codes as text, gets no colour under `auto`. Elsewhere always true.
fn ansi_ready() -> bool {
    anstyle_query::windows::enable_ansi_colors().unwrap_or(true)
}

/// The width for human output: the terminal's, or a fixed 100 columns when output is not a
/// terminal, so that logs and snapshots do not depend on where they were made.
pub fn width() -> usize {
    if !std::io::stdout().is_terminal() {
        return 100;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
        .unwrap_or(100)
        .clamp(60, 200)
}

/// Reports every problem of a rule pack or configuration file on standard error.
fn report_file_error(
    error: &oras_check::error::FileError,
    color: bool,
    l10n: &oras_check::i18n::Localizer,
) {
    warn(&oras_check::report::file_error(error, color, l10n));
}

/// `oras-check config`: every setting, its value and where it came from.
fn show_config(global: &GlobalArgs, path: Option<&std::path::Path>) -> u8 {
    let settings = match path {
        Some(path) => {
            // The file that applies to PATH, as a check of a plan there finds it.
            let flags = Flags {
                config: global.config.as_deref(),
                no_config: global.no_config,
                lang: global.lang,
                ..Flags::default()
            };
            let fixed = flags.config.is_some()
                || flags.no_config
                || std::env::var_os("ORAS_CHECK_CONFIG").is_some_and(|v| !v.is_empty());
            if fixed {
                global.settings_from(flags)
            } else {
                match oras_check::config::find_for(path) {
                    Some(file) => global.settings_from(Flags {
                        config: Some(&file),
                        found_for: Some(path),
                        ..flags
                    }),
                    None => global.settings_from(Flags {
                        no_config: true,
                        ..flags
                    }),
                }
            }
        }
        None => global.settings(None, None),
    };
    let settings = match settings {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Setting names and values are what the file and the flags say; the rest is translated.
    let l10n = oras_check::i18n::Localizer::get(settings.lang.value);
    let none = || l10n.text("config-none");
    let default = || settings::Origin::Default.text(l10n);
    let mut rows: Vec<(String, String, String)> = Vec::new();
    match &settings.config {
        Some(c) => rows.push((
            "config".into(),
            c.value.display().to_string(),
            c.origin.text(l10n),
        )),
        None => rows.push(("config".into(), none(), default())),
    }
    rows.push((
        "format".into(),
        settings.format.value.id().into(),
        settings.format.origin.text(l10n),
    ));
    rows.push((
        "fail-on".into(),
        settings.fail_on.value.id().into(),
        settings.fail_on.origin.text(l10n),
    ));
    rows.push((
        "lang".into(),
        settings.lang.value.code().into(),
        settings.lang.origin.text(l10n),
    ));
    let color = match (
        global.color,
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    ) {
        (ColorChoice::Auto, true) => (
            "never".to_owned(),
            settings::Origin::Env("NO_COLOR").text(l10n),
        ),
        (ColorChoice::Auto, false) => ("auto".to_owned(), default()),
        (c, _) => (
            format!("{c:?}").to_lowercase(),
            settings::Origin::Flag("--color").text(l10n),
        ),
    };
    rows.push(("color".into(), color.0, color.1));
    rows.push((
        "rules".into(),
        global
            .rules
            .as_ref()
            .map_or_else(|| l10n.text("config-built-in"), |d| d.display().to_string()),
        if global.rules.is_some() {
            settings::Origin::Flag("--rules").text(l10n)
        } else {
            default()
        },
    ));
    let file_origin = settings.config.as_ref().map_or_else(default, |c| {
        settings::Origin::File(c.value.clone()).text(l10n)
    });
    for (rule, origin) in &settings.off_origins {
        rows.push((format!("severity.{rule}"), "off".into(), origin.text(l10n)));
    }
    rows.push((
        "exclude".into(),
        if settings.exclude.is_empty() {
            none()
        } else {
            settings.exclude.join(", ")
        },
        file_origin.clone(),
    ));
    rows.push((
        "roster".into(),
        settings.roster.as_ref().map_or_else(none, |r| {
            l10n.format(&oras_check::msg!(
                "config-roster-people",
                file = r.value.file.as_str(),
                people = r.value.people.len()
            ))
        }),
        settings
            .roster
            .as_ref()
            .map_or_else(default, |r| r.origin.text(l10n)),
    ));
    rows.push((
        "client-ids".into(),
        match settings.client_ids.value {
            oras_check::config::ClientIds::PerPlan => "per-plan",
            oras_check::config::ClientIds::ProviderWide => "provider-wide",
        }
        .into(),
        settings.client_ids.origin.text(l10n),
    ));
    rows.push((
        "root".into(),
        settings.root.display().to_string(),
        l10n.text("config-root-origin"),
    ));
    for (rule, severity) in &settings.policy.severity {
        rows.push((
            format!("severity.{rule}"),
            severity.to_string(),
            file_origin.clone(),
        ));
    }
    rows.push((
        "no-allow".into(),
        if settings.policy.no_allow.is_empty() {
            none()
        } else {
            settings
                .policy
                .no_allow
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        },
        file_origin,
    ));
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(k, v, o)| vec![k, v, o]).collect();
    if let Some(path) = path {
        // The answer first, on a line of its own (scripts read it; the table wraps paths).
        print(&format!(
            "{}: {}\n",
            path.display(),
            settings.config.as_ref().map_or_else(
                || l10n.text("config-no-file"),
                |c| c.value.display().to_string()
            )
        ));
    }
    print(&oras_check::report::table::rows(
        &[
            &l10n.text("config-col-setting"),
            &l10n.text("config-col-value"),
            &l10n.text("config-col-from"),
        ],
        &rows,
        width(),
        global.colored(),
    ));
    exit::OK
}

/// Writes to standard output through the output gate ([`oras_check::report::gate`]). A closed
/// pipe (`| head`) ends the output quietly; any other error (a full disk behind `>`) is kept
/// and turns the run's exit code into 2 with a message ([`stdout_failure`]).
pub fn print(text: &str) {
    use std::sync::atomic::Ordering;
    if STDOUT_CLOSED.load(Ordering::Relaxed) || STDOUT_FAILED.get().is_some() {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(oras_check::report::gate(text, styled()).as_bytes())
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
        }
        Err(e) => {
            let _ = STDOUT_FAILED.set(e.to_string());
        }
    }
}

/// Standard output was closed by its reader: nothing more is written.
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The first error writing standard output, other than a closed pipe.
static STDOUT_FAILED: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Why standard output could not be written, if it could not.
fn stdout_failure() -> Option<&'static str> {
    STDOUT_FAILED.get().map(String::as_str)
}

/// Writes to standard error through the output gate.
pub fn warn(text: &str) {
    let text = translated_prefixes(text);
    let _ = std::io::stderr().write_all(oras_check::report::gate(&text, styled()).as_bytes());
}

/// The language of what is said on standard error: set once the arguments are read (from
/// `--lang` or the environment).
static SPEAKER: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// `error:`, `warning:`, `help:` and `tip:` at the start of a line, in the run's language
/// (the messages after them are already translated where they are made).
fn translated_prefixes(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(&lang) = SPEAKER.get().filter(|l| **l != Lang::En) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let l10n = oras_check::i18n::Localizer::get(lang);
    let prefixes = [
        ("error: ", "cli-prefix-error"),
        ("warning: ", "cli-prefix-warning"),
        ("  help: ", "cli-prefix-help"),
        ("  tip: ", "cli-prefix-tip"),
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match prefixes.iter().find(|(p, _)| line.starts_with(p)) {
            Some((prefix, id)) => {
                let indent = &prefix[..prefix.len() - prefix.trim_start().len()];
                out.push_str(indent);
                out.push_str(&l10n.text(id));
                out.push_str(": ");
                out.push_str(&line[prefix.len()..]);
            }
            None => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether this run writes colour: set once from `--color` when the arguments are read.
static STYLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

fn styled() -> bool {
    STYLED.get().copied().unwrap_or(false)
}
