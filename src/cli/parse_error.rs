//! clap's errors about the command line, in the run's language. clap writes them in English;
//! in Finnish and Swedish each common kind is said again from the error's context (the option,
//! the value, the values allowed, clap's suggestion), then the usage line and where to read
//! more. English keeps clap's own text.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use oras_check::i18n::{Lang, Localizer};
use oras_check::msg;

use super::choice::Choice;

/// The language the command line (`--lang fi`, `--lang=sv`) or the environment asks for,
/// read from the raw arguments: they could not be parsed.
pub fn language(args: &[OsString]) -> Lang {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::parse) {
            return lang;
        }
    }
    super::settings::env_lang()
}

fn text(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The error as the user reads it: clap's own text in English, else said in `l10n`'s language.
pub fn render(error: &clap::Error, l10n: &Localizer) -> String {
    let rendered = error.render().to_string();
    if l10n.lang() == Lang::En {
        return rendered;
    }
    let get = |kind| text(error.get(kind));
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let message = match error.kind() {
        ErrorKind::UnknownArgument => msg!("cli-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => msg!(
            "cli-not-a-command",
            word = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => match get(ContextKind::InvalidValue).filter(|v| !v.is_empty()) {
            Some(value) => msg!(
                "cli-invalid-value",
                arg = arg,
                value = value,
                valid = get(ContextKind::ValidValue).unwrap_or_default()
            ),
            None => msg!("cli-missing-value", arg = arg),
        },
        ErrorKind::ValueValidation if arg.contains("DATE") => msg!(
            "cli-not-a-date",
            arg = arg,
            value = get(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::ValueValidation => msg!(
            "cli-invalid-value-plain",
            arg = arg,
            value = get(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => msg!("cli-missing-argument", arg = arg),
        ErrorKind::ArgumentConflict => msg!(
            "cli-conflict",
            arg = arg,
            other = get(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            msg!("cli-number-of-values", arg = arg)
        }
        _ => msg!("cli-bad-command-line"),
    };
    let mut out = format!("error: {}\n", l10n.format(&message));
    let suggested = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(get);
    if let Some(suggested) = suggested {
        out.push_str(&format!(
            "\n  tip: {}\n",
            l10n.format(&msg!("cli-did-you-mean", command = suggested))
        ));
    }
    // clap's usage line is the command's syntax, the same in every language.
    if let Some(usage) = rendered
        .lines()
        .find_map(|line| line.strip_prefix("Usage: "))
    {
        out.push_str(&format!("\n{}: {usage}\n", l10n.text("cli-usage")));
    }
    out.push_str(&format!("\n{}\n", l10n.text("cli-more-information")));
    out
}
