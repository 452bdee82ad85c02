//! Turning [`Message`]s into English, Finnish or Swedish text with Fluent.
//!
//! The texts live in `locales/<lang>.ftl`, compiled in. A message missing from a language falls
//! back to English (a test makes sure none is missing). Dates and decimals are formatted the way
//! each language writes them; quotes from the sources are never translated.

use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::finding::{Arg, Conjunction, Message};

/// The languages of messages.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fi,
    Sv,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Sv];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
        }
    }

    /// The language a locale string (`fi_FI.UTF-8`, `sv-FI`, `C`) asks for: Finnish or Swedish
    /// when it starts with `fi` or `sv`, else English.
    pub fn from_locale(locale: &str) -> Lang {
        let lower = locale.to_ascii_lowercase();
        if lower.starts_with("fi") {
            Lang::Fi
        } else if lower.starts_with("sv") {
            Lang::Sv
        } else {
            Lang::En
        }
    }

    /// The Fluent source of the language.
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Fi => include_str!("../locales/fi.ftl"),
            Lang::Sv => include_str!("../locales/sv.ftl"),
        }
    }
}

/// Longer values (a key or an id of hostile length) are shown cut to their first
/// [`LONG_VALUE_SHOWN`] characters, so that one value cannot flood the output. The longest text
/// the packs put in a message, a source quote, is about 500 characters.
const LONG_VALUE: usize = 1000;
const LONG_VALUE_SHOWN: usize = 100;

/// Lists longer than this show their first [`LONG_LIST_SHOWN`] items and how many more.
const LONG_LIST: usize = 20;
const LONG_LIST_SHOWN: usize = 10;

/// Formats messages in one language.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The shared localizer of a language (built once per process).
    pub fn get(lang: Lang) -> &'static Localizer {
        static CELLS: [OnceLock<Localizer>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        CELLS[lang as usize].get_or_init(|| Localizer::new(lang))
    }

    fn new(lang: Lang) -> Localizer {
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Bidi isolation marks would end up in terminals and JSON.
        bundle.set_use_isolating(false);
        // A syntax error in a shipped .ftl file is caught by the tests; here the valid part of
        // the resource is still used.
        let resource =
            FluentResource::try_new(lang.ftl().to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        Localizer { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the language defines this message id itself (without falling back).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of a message.
    pub fn format(&self, message: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            args.set(*name, self.value(value));
        }
        self.pattern(message.id, Some(&args))
    }

    /// The text of a message without arguments.
    /// An edition's name in this language (`edition-<id>` of the locale, as the glossary names
    /// the services), else its pack's title.
    pub fn edition_title(&self, id: &str, title: &str) -> String {
        let key = format!("edition-{id}");
        if self.has(&key) {
            self.text(&key)
        } else {
            title.to_owned()
        }
    }

    pub fn text(&self, id: &str) -> String {
        self.pattern(id, None)
    }

    /// The text of an attribute (`rule-x.doc`), if the message has it.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        let localizer = if self.has(id) {
            self
        } else {
            Localizer::get(Lang::En)
        };
        let message = localizer.bundle.get_message(id)?;
        let pattern = message.get_attribute(attribute)?.value();
        let mut errors = Vec::new();
        Some(
            localizer
                .bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    fn pattern(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if !self.has(id) && self.lang != Lang::En {
            return Localizer::get(Lang::En).pattern(id, args);
        }
        let Some(message) = self.bundle.get_message(id) else {
            // Never lose a finding over a missing text: show the id.
            return id.to_owned();
        };
        let Some(pattern) = message.value() else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            // Integers stay numbers so that Fluent can choose plural forms.
            Arg::Int(n) => FluentValue::from(*n),
            other => FluentValue::from(self.render(other)),
        }
    }

    /// An argument as text in this language.
    pub fn render(&self, arg: &Arg) -> String {
        match arg {
            Arg::Int(n) => n.to_string(),
            Arg::Decimal(x) => self.decimal(*x),
            // Values come from the plan; control characters in them are shown, not obeyed.
            // Masked before it is cut, so that a cut never leaves part of a code.
            Arg::Str(s) if s.chars().count() > LONG_VALUE => self.format(&crate::msg!(
                "value-truncated",
                start = crate::privacy::redact(s)
                    .chars()
                    .take(LONG_VALUE_SHOWN)
                    .collect::<String>(),
                length = s.chars().count()
            )),
            // Masked before the message is wrapped, which could break a long word in a code.
            Arg::Str(s) => crate::privacy::redact(s)
                .chars()
                .flat_map(Escaped::new)
                .collect(),
            Arg::Date(d) => self.date(*d),
            Arg::Term(id) => self.text(id),
            Arg::Edition { id, title } => self.edition_title(id, title),
            Arg::Concat(parts) => parts.iter().map(|p| self.render(p)).collect(),
            Arg::Phrase(parts) => parts
                .iter()
                .map(|p| self.render(p))
                .collect::<Vec<_>>()
                .join(" "),
            // A list of hostile length (the Sundays of a period of centuries) is cut short.
            Arg::List(items, _) if items.len() > LONG_LIST => self.format(&crate::msg!(
                "list-more",
                shown = items[..LONG_LIST_SHOWN]
                    .iter()
                    .map(|i| self.render(i))
                    .collect::<Vec<_>>()
                    .join(", "),
                more = items.len() - LONG_LIST_SHOWN
            )),
            Arg::List(items, conjunction) => {
                let items: Vec<String> = items.iter().map(|i| self.render(i)).collect();
                let word = match conjunction {
                    Conjunction::And => self.text("conj-and"),
                    Conjunction::Or => self.text("conj-or"),
                };
                match items.as_slice() {
                    [] => String::new(),
                    [one] => one.clone(),
                    [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
                }
            }
        }
    }

    /// Dates as each language writes them: ISO in English (CI logs), 3.3.2025 in Finnish and
    /// Swedish as written in Finland.
    pub fn date(&self, d: NaiveDate) -> String {
        match self.lang {
            Lang::En => d.format("%Y-%m-%d").to_string(),
            Lang::Fi | Lang::Sv => d.format("%-d.%-m.%Y").to_string(),
        }
    }

    /// Decimals without trailing zeros, with a decimal comma in Finnish and Swedish.
    pub fn decimal(&self, x: f64) -> String {
        let mut s = format!("{x:.2}");
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
        match self.lang {
            Lang::En => s,
            Lang::Fi | Lang::Sv => s.replace('.', ","),
        }
    }
}

/// A character as text: itself, or `\u{1b}` for a control character.
enum Escaped {
    Plain(Option<char>),
    Control(std::char::EscapeUnicode),
}

impl Escaped {
    fn new(c: char) -> Escaped {
        if c.is_control() {
            Escaped::Control(c.escape_unicode())
        } else {
            Escaped::Plain(Some(c))
        }
    }
}

impl Iterator for Escaped {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Escaped::Plain(c) => c.take(),
            Escaped::Control(e) => e.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    #[test]
    fn locale_names_pick_a_language() {
        assert_eq!(Lang::from_locale("fi_FI.UTF-8"), Lang::Fi);
        assert_eq!(Lang::from_locale("sv_FI"), Lang::Sv);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn formats_numbers_dates_and_lists() {
        let en = Localizer::get(Lang::En);
        assert_eq!(en.decimal(6.5), "6.5");
        assert_eq!(en.decimal(6.0), "6");
        assert_eq!(en.date("2025-03-03".parse().unwrap()), "2025-03-03");
        assert_eq!(
            en.render(&Arg::all(["A01", "A02", "A03"])),
            "A01, A02 and A03"
        );
        assert_eq!(en.render(&Arg::any(["a", "b"])), "a or b");
        let fi = Localizer::get(Lang::Fi);
        assert_eq!(fi.decimal(6.5), "6,5");
        assert_eq!(fi.date("2025-03-03".parse().unwrap()), "3.3.2025");
    }

    #[test]
    fn control_characters_in_values_are_shown_escaped() {
        let en = Localizer::get(Lang::En);
        assert_eq!(
            en.render(&Arg::Str("A\u{1b}]0;x\u{7}".into())),
            "A\\u{1b}]0;x\\u{7}"
        );
        assert_eq!(en.render(&Arg::Str("Järvi".into())), "Järvi");
    }

    #[test]
    fn plural_forms_follow_the_count() {
        let en = Localizer::get(Lang::En);
        let one = en.format(&msg!("group-size-max", count = 1, max = 1));
        let many = en.format(&msg!("group-size-max", count = 13, max = 12));
        assert!(one.starts_with("1 client is"), "{one}");
        assert!(many.starts_with("13 clients are"), "{many}");
    }
}
