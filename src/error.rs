//! Problems in the files oras-check reads besides plans: the configuration file and rule packs.
//! Like the plan reader, their readers collect every problem of a file, each at the exact place
//! of the key or value it is about, and return them together as one [`FileError`].

use std::fmt;

use miette::{NamedSource, SourceSpan};

use crate::finding::Span;

/// What kind of file a [`FileError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Config,
    RulePack,
    Roster,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Config => "invalid configuration",
            FileKind::RulePack => "invalid rule pack",
            FileKind::Roster => "invalid roster",
        })
    }
}

/// One problem in a file, located when a place fits.
#[derive(Clone, Debug, thiserror::Error, miette::Diagnostic)]
#[error("{message}")]
pub struct Problem {
    pub message: String,
    #[label("here")]
    pub at: Option<SourceSpan>,
    #[help]
    pub help: Option<String>,
}

impl Problem {
    pub fn new(message: impl Into<String>) -> Problem {
        Problem {
            message: message.into().trim().to_owned(),
            at: None,
            help: None,
        }
    }

    pub fn at(mut self, span: Span) -> Problem {
        self.at = Some(span.range().into());
        self
    }

    pub fn at_range(mut self, range: Option<std::ops::Range<usize>>) -> Problem {
        self.at = range.map(Into::into);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }
}

/// Every problem found in one file.
#[derive(Clone, Debug, thiserror::Error, miette::Diagnostic)]
#[error("{kind}: {file}")]
pub struct FileError {
    pub kind: FileKind,
    pub file: String,
    /// The file's text, for excerpts (empty when it could not be read).
    #[source_code]
    pub text: NamedSource<String>,
    #[related]
    pub problems: Vec<Problem>,
}

impl FileError {
    pub fn new(kind: FileKind, file: &str, text: &str, problems: Vec<Problem>) -> Box<FileError> {
        Box::new(FileError {
            kind,
            file: file.to_owned(),
            text: NamedSource::new(file, text.to_owned()),
            problems,
        })
    }

    /// A file that could not be read or holds nothing usable: one problem, no excerpt.
    pub fn whole(kind: FileKind, file: &str, message: impl Into<String>) -> Box<FileError> {
        FileError::new(kind, file, "", vec![Problem::new(message)])
    }

    /// The 1-based line of each problem, for messages and tests (`None` where unlocated).
    pub fn lines(&self) -> Vec<Option<usize>> {
        let text = self.text.inner();
        self.problems
            .iter()
            .map(|p| {
                p.at.map(|at| text[..at.offset().min(text.len())].matches('\n').count() + 1)
            })
            .collect()
    }
}
