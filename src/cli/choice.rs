//! The library's enums as command-line values, so that clap stays in `cli/`: each [`Choice`]
//! names its values (and their help) here, and [`choices`] turns it into a clap value parser.
//! clap then parses, rejects an unknown value with its list of possible values, and prints
//! them, with their help, in `--help` and the man page.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use oras_check::config::FailOn;
use oras_check::i18n::Lang;
use oras_check::report::Format;

/// A library enum the command line and the environment spell by its ids.
pub trait Choice: Copy + Send + Sync + 'static {
    /// Every value, in the order `--help` lists them.
    const ALL: &'static [Self];
    /// How the command line spells it.
    fn id(self) -> &'static str;
    /// What it means, for `--help` (none where the id says it all).
    fn help(self) -> Option<&'static str> {
        None
    }

    /// The value an environment variable names, ignoring case.
    fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.id().eq_ignore_ascii_case(text))
    }

    /// The ids, for a message listing what is accepted.
    fn ids() -> String {
        Self::ALL
            .iter()
            .map(|c| c.id())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Choice for Format {
    const ALL: &'static [Format] = &[
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Concise,
        Format::Github,
        Format::Gitlab,
        Format::Junit,
        Format::Html,
    ];

    fn id(self) -> &'static str {
        Format::id(self)
    }

    fn help(self) -> Option<&'static str> {
        Some(match self {
            Format::Human => "Graphical diagnostics with source excerpts, then a summary table",
            Format::Json => "One JSON document: every plan with its findings, and the totals",
            Format::Sarif => "SARIF 2.1.0, for code scanning",
            Format::Concise => {
                "One line per finding: `path:line:col: severity[rule] message`, then the total"
            }
            Format::Github => "GitHub Actions workflow commands (annotations)",
            Format::Gitlab => "GitLab Code Quality JSON (the merge request's code quality report)",
            Format::Junit => "JUnit XML, a test suite per plan",
            Format::Html => "One self-contained HTML page: findings, summary and timelines",
        })
    }
}

impl Choice for FailOn {
    const ALL: &'static [FailOn] = &[FailOn::Error, FailOn::Warning, FailOn::Note, FailOn::Never];

    fn id(self) -> &'static str {
        FailOn::id(self)
    }
}

impl Choice for Lang {
    const ALL: &'static [Lang] = &Lang::ALL;

    fn id(self) -> &'static str {
        self.code()
    }
}

/// clap's parser for a [`Choice`]: `#[arg(long, value_parser = choices::<Format>())]`.
pub fn choices<T: Choice>() -> Choices<T> {
    Choices(PhantomData)
}

#[derive(Clone, Copy)]
pub struct Choices<T>(PhantomData<T>);

impl<T: Choice> Choices<T> {
    fn values() -> impl Iterator<Item = PossibleValue> {
        T::ALL.iter().map(|c| {
            let value = PossibleValue::new(c.id());
            match c.help() {
                Some(help) => value.help(help),
                None => value,
            }
        })
    }
}

impl<T: Choice> TypedValueParser for Choices<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        // clap's own parser, for its error naming the possible values.
        let id = PossibleValuesParser::new(Self::values()).parse_ref(cmd, arg, value)?;
        Ok(T::parse(&id).expect("clap accepts only the possible values"))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Self::values()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Choice + PartialEq + std::fmt::Debug>() {
        for &c in T::ALL {
            assert_eq!(T::parse(&c.id().to_uppercase()), Some(c));
        }
    }

    /// Every value the library has is offered: a variant added there fails to compile in the
    /// matches below until it has a place, and then fails here until `ALL` lists it.
    #[test]
    fn every_value_is_offered_and_parses_back() {
        round_trip::<Format>();
        round_trip::<FailOn>();
        round_trip::<Lang>();
        let format = |f: Format| match f {
            Format::Human => 0,
            Format::Json => 1,
            Format::Sarif => 2,
            Format::Concise => 3,
            Format::Github => 4,
            Format::Gitlab => 5,
            Format::Junit => 6,
            Format::Html => 7,
        };
        let places: Vec<usize> = Format::ALL.iter().map(|&f| format(f)).collect();
        assert_eq!(places, (0..8).collect::<Vec<_>>());
        let fail_on = |f: FailOn| match f {
            FailOn::Error => 0,
            FailOn::Warning => 1,
            FailOn::Note => 2,
            FailOn::Never => 3,
        };
        let places: Vec<usize> = FailOn::ALL.iter().map(|&f| fail_on(f)).collect();
        assert_eq!(places, (0..4).collect::<Vec<_>>());
    }
}
