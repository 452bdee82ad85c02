//! The provider's roster (plan-format.md, "The provider's roster"): each person of the team
//! stated once, in a file of `[[staff]]` tables named by `roster = "staff.toml"` in
//! `oras-check.toml`. A plan checked with a roster may name a person and take the rest (role,
//! specialty, qualifications, licence) from it; what a plan does state must agree with it.

use toml::de::DeTable;

use super::Staff;
use super::load::syntax_error;
use super::read::{Problems, Table, tables};
use super::staff::{Roster, StaffIn, read_staff};
use crate::finding::{Finding, Span};
use crate::msg;

impl Roster {
    /// Reads a roster's text, collecting every problem (`plan-schema` findings located in it).
    pub fn parse(file: &str, text: &str) -> Result<Roster, Vec<Finding>> {
        let root = DeTable::parse(text).map_err(|e| syntax_error(&e, text).findings)?;
        let mut p = Problems::default();
        let top = Table::new(root.get_ref(), Span::default(), "the roster");
        let mut people: Vec<Staff> = Vec::new();
        if let Some(value) = top.value("staff") {
            for (t, span) in tables(value, "staff", &mut p) {
                let Some(person) = read_staff(t, span, &mut p, StaffIn::Roster) else {
                    continue;
                };
                if people.iter().any(|o| o.name.value == person.name.value) {
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
        if p.list.is_empty() {
            Ok(Roster {
                file: file.to_owned(),
                people,
            })
        } else {
            Err(p.list)
        }
    }
}
