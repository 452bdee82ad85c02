//! The command line: flags are defined once here (clap), and `check` is the default command, so
//! `oras-check plan.toml` is `oras-check check plan.toml`.

mod catalogue;
mod check;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use oras_check::i18n::Lang;
use oras_check::pack::{PackError, Packs};
use oras_check::report::Format;

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
}

/// Options every command takes.
#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Language of messages [default: from LC_ALL or LANG when it starts with fi or sv, else en]
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,

    /// When to use colour; NO_COLOR is honoured under `auto`
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Use the rule packs in DIR (laid out like rules/: <service>/<year>.toml) instead of the
    /// built-in ones
    #[arg(long, value_name = "DIR", global = true)]
    pub rules: Option<PathBuf>,
}

#[derive(Args, Debug, Clone)]
pub struct CheckArgs {
    /// Plan files to check; `-` reads one plan from standard input
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// The day the check is made, for deadline rules [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// Lowest severity that makes the exit code 1
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,

    /// Leave out the "also confirm by hand" checklist after a human report
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Note,
    Never,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2025-03-03"))
}

/// Exit codes (cli-and-output.md).
pub mod exit {
    pub const OK: u8 = 0;
    pub const FINDINGS: u8 = 1;
    pub const UNCHECKED: u8 = 2;
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let global = cli.global;
    let code = match cli.command {
        Some(Command::Check(args)) => check::run(&args, &global),
        Some(Command::Rules(args)) => catalogue::rules(&args, &global),
        Some(Command::Explain(args)) => catalogue::explain(&args, &global),
        None => check::run(&cli.check, &global),
    };
    ExitCode::from(code)
}

impl GlobalArgs {
    /// The language: `--lang`, else the locale environment.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_else(|| {
            ["LC_ALL", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .map_or(Lang::En, |v| Lang::from_locale(&v))
        })
    }

    /// Whether to colour standard output.
    pub fn colored(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }

    /// The rule packs in use; a broken pack is reported and ends the run with exit code 2.
    pub fn packs(&self) -> Result<std::borrow::Cow<'static, Packs>, u8> {
        let result = match &self.rules {
            Some(dir) => Packs::from_dir(dir).map(std::borrow::Cow::Owned),
            None => Packs::builtin().map(std::borrow::Cow::Borrowed),
        };
        result.map_err(|e| {
            report_pack_error(&e, self.colored());
            exit::UNCHECKED
        })
    }
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

fn report_pack_error(error: &PackError, color: bool) {
    let text = match &error.span {
        Some(span) => {
            let diagnostic = miette::miette!(
                labels = vec![miette::LabeledSpan::at(span.clone(), "here")],
                "invalid rule pack: {}",
                error.message
            )
            .with_source_code(miette::NamedSource::new(
                error.file.clone(),
                error.text.clone(),
            ));
            let theme = if color {
                miette::GraphicalTheme::unicode()
            } else {
                miette::GraphicalTheme::unicode_nocolor()
            };
            let mut out = String::new();
            let _ = miette::GraphicalReportHandler::new_themed(theme)
                .render_report(&mut out, diagnostic.as_ref());
            out
        }
        None => format!("error: invalid rule pack: {error}\n"),
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Writes to standard output; a closed pipe (`| head`) is not an error worth a panic.
pub fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
