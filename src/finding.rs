//! The one type every check produces: a [`Finding`].
//!
//! Rules only *emit* findings; they never format output. A finding's prose is a [`Message`]: a
//! Fluent message id plus typed arguments, turned into English, Finnish or Swedish text by the
//! report layer. That keeps the rules language-neutral and lets a suppressed finding cost no
//! formatting at all.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::registry::RuleId;
pub use crate::severity::Severity;

/// A byte range in the plan's source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            start: clamp(start),
            end: clamp(end.max(start)),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A typed argument of a [`Message`]. Dates, numbers and terms are localised when rendered.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Int(i64),
    Decimal(f64),
    Str(String),
    Date(NaiveDate),
    /// A Fluent message id whose text is substituted (a role name, a weekday, a holiday).
    Term(&'static str),
    /// Several values joined into one list ("A01, A02 and A03").
    List(Vec<Arg>, Conjunction),
    /// Parts of one phrase joined by spaces ("Good Friday 2025-04-18").
    Phrase(Vec<Arg>),
    /// Parts written one after the other, as they are ("2025 (1.1.2025 …)").
    Concat(Vec<Arg>),
    /// An edition by its id, named in the reader's language ("Ryhmäterapia 2024"); its pack's
    /// title where the language has no name of its own for it (a pack of `--rules`).
    Edition {
        id: String,
        title: String,
    },
}

/// How the last two items of an [`Arg::List`] are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conjunction {
    And,
    Or,
}

/// `impl From<T> for Arg` for each `T => |v| Arg::…` given.
macro_rules! arg_from {
    ($($t:ty => |$v:ident| $arg:expr),* $(,)?) => {$(
        impl From<$t> for Arg {
            fn from($v: $t) -> Arg {
                $arg
            }
        }
    )*};
}
arg_from! {
    i32 => |v| Arg::Int(i64::from(v)),
    i64 => |v| Arg::Int(v),
    u32 => |v| Arg::Int(i64::from(v)),
    // Counts beyond i64 do not occur; saturated rather than wrapped if one ever did.
    u64 => |v| Arg::Int(i64::try_from(v).unwrap_or(i64::MAX)),
    usize => |v| Arg::Int(i64::try_from(v).unwrap_or(i64::MAX)),
    f64 => |v| Arg::Decimal(v),
    &str => |v| Arg::Str(v.to_owned()),
    String => |v| Arg::Str(v),
    &String => |v| Arg::Str(v.clone()),
    NaiveDate => |v| Arg::Date(v),
}

impl Arg {
    /// A list joined with "and".
    pub fn all<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(
            items.into_iter().map(Into::into).collect(),
            Conjunction::And,
        )
    }
    /// A list joined with "or".
    pub fn any<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(items.into_iter().map(Into::into).collect(), Conjunction::Or)
    }
}

/// Text to be localised: a Fluent message id and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }
}

/// Builds a [`Message`]: `msg!("group-size-max", count = 13, max = 12)`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::finding::Message {
            id: $id,
            args: vec![$((stringify!($name), ::core::convert::Into::<$crate::finding::Arg>::into($value))),*],
        }
    };
}

/// Where a rule comes from: a source document, a section of it, and a verbatim quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's file name in the sources folder.
    pub document: String,
    pub section: String,
    pub quote: String,
    /// How people cite the document ("Kela: Omaishoitajan kuntoutuskurssin toteutus 1.1.2025
    /// alkaen (koulutusmateriaali 12.11.2024)"), from the pack's `[sources]`.
    #[serde(default, skip_deserializing)]
    pub title: Option<String>,
    /// Where the document is published, when known.
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Source {
    /// The document as people name it: its title, else its file name.
    pub fn name(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.document)
    }

    /// Whether the section quotes the general part of the service descriptions in another
    /// service's material (004's "Nostoja yleisestä osasta").
    pub fn quotes_general_part(&self) -> bool {
        self.section.contains("yleisestä osasta")
    }
}

/// A place in the plan, optionally with a short text shown under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub text: Option<Message>,
}

/// One diagnostic about one plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule (its id is a contract: JSON output, suppressions and CI scripts use it).
    pub rule: RuleId,
    pub severity: Severity,
    pub message: Message,
    pub help: Option<Message>,
    /// The place the finding is about; `None` only when no place in the file fits.
    pub primary: Option<Label>,
    /// Other places that explain it ("decision given here").
    pub secondary: Vec<Label>,
    /// Set when the finding is about one client, so a client-scoped `[[allow]]` applies.
    pub client: Option<String>,
    /// The clients a finding that stands for several covers ("every client's feedback falls
    /// due on 5.3."): a client-scoped `[[allow]]` takes its client out of the list, and
    /// suppresses the finding when none is left.
    pub clients: Vec<String>,
    /// Clients taken out of `clients` by an `[[allow]]`, with its reason.
    pub suppressed_clients: Vec<(String, String)>,
    pub source: Option<Arc<Source>>,
    /// The reason of the `[[allow]]` that suppressed this finding.
    pub suppressed: Option<String>,
}

impl Finding {
    /// A finding of `rule`. The severity must be one the rule's row in the rule table declares:
    /// the row is the whole declaration (`rules`, `explain` and SARIF list those severities), so
    /// a rule that reports another is a bug, caught in every test and fuzz build.
    pub fn new(rule: RuleId, severity: Severity, message: Message) -> Finding {
        debug_assert!(
            rule.severities().contains(&severity),
            "{} reports a {severity}, which its row in the rule table does not declare ({:?})",
            rule.as_str(),
            rule.severities()
        );
        Finding {
            rule,
            severity,
            message,
            help: None,
            primary: None,
            secondary: Vec::new(),
            client: None,
            clients: Vec::new(),
            suppressed_clients: Vec::new(),
            source: None,
            suppressed: None,
        }
    }

    /// Points the finding at `span`.
    pub fn at(mut self, span: Span) -> Finding {
        self.primary = Some(Label { span, text: None });
        self
    }

    /// Points the finding at `span` with a label under it.
    pub fn at_labelled(mut self, span: Span, text: Message) -> Finding {
        self.primary = Some(Label {
            span,
            text: Some(text),
        });
        self
    }

    /// Adds a secondary place with a label.
    pub fn also(mut self, span: Span, text: Message) -> Finding {
        self.secondary.push(Label {
            span,
            text: Some(text),
        });
        self
    }

    pub fn help(mut self, help: Message) -> Finding {
        self.help = Some(help);
        self
    }

    pub fn client(mut self, id: impl Into<String>) -> Finding {
        self.client = Some(id.into());
        self
    }

    /// The clients a finding standing for several covers.
    pub fn clients<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Finding {
        self.clients = ids.into_iter().map(Into::into).collect();
        self
    }

    pub fn cite(mut self, source: &Arc<Source>) -> Finding {
        self.source = Some(Arc::clone(source));
        self
    }

    /// The primary span, if any.
    pub fn span(&self) -> Option<Span> {
        self.primary.as_ref().map(|l| l.span)
    }

    pub fn is_suppressed(&self) -> bool {
        self.suppressed.is_some()
    }
}

/// Number of unsuppressed findings per severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub note: usize,
}

impl Counts {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Counts {
        let mut counts = Counts::default();
        for f in findings.into_iter().filter(|f| !f.is_suppressed()) {
            counts.add(f.severity);
        }
        counts
    }

    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Note => self.note += 1,
        }
    }

    pub fn merge(&mut self, other: Counts) {
        self.error += other.error;
        self.warning += other.warning;
        self.note += other.note;
    }

    pub fn get(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Note => self.note,
        }
    }

    /// The worst severity with a nonzero count.
    pub fn worst(&self) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| self.get(*s) > 0)
    }
}
