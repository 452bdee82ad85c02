//! The provider's roster (plan-format.md, "The provider's roster"): each person of the team
//! stated once, in a file of `[[staff]]` tables named by `roster = "staff.toml"` in
//! `oras-check.toml`. A plan checked with a roster may name a person and take the rest (role,
//! specialty, qualifications, licence) from it; what a plan does state must agree with it.

use super::Staff;
use super::load::syntax_error;
use super::read::{Problems, Table, tables};
use super::staff::{Roster, StaffIn, read_staff};
use crate::finding::{Finding, Span};
use crate::msg;

impl Roster {
    /// Reads a roster's text, collecting every problem (`plan-schema` findings located in it).
    pub fn parse(file: &str, text: &str) -> Result<Roster, Vec<Finding>> {
        let root = super::pieces::parse(text).map_err(|e| syntax_error(&e, text).findings)?;
        let mut p = Problems::default();
        let top = Table::new(root.get_ref(), Span::default(), "the roster");
        let mut people: Vec<Staff> = Vec::new();
        // Names seen so far: a roster of thousands is checked for repeats in one pass.
        let mut names = rustc_hash::FxHashSet::default();
        if let Some(value) = top.value("staff") {
            for (t, span) in tables(value, "staff", &mut p) {
                let Some(person) = read_staff(t, span, &mut p, StaffIn::Roster) else {
                    continue;
                };
                if !names.insert(person.name.value.clone()) {
                    p.push(
                        person.name.span,
                        msg!("roster-duplicate", name = person.name.value.as_str()),
                        Some(msg!("roster-duplicate-help")),
                    );
                } else {
                    people.push(person);
                }
            }
        }
        top.finish(&mut p, &["staff"]);
        // A roster names the team; an identity code has no place in it, plain or escaped.
        p.list.extend(
            crate::privacy::codes_in_source(text)
                .into_iter()
                .map(|range| super::personal_data(Span::from(range))),
        );
        if p.list.is_empty() {
            Ok(Roster::new(file.to_owned(), people))
        } else {
            Err(p.list)
        }
    }
}
