//! `placeholder`: a value that `init` wrote for the provider to replace is still in the plan. A
//! team member called `RENAME-3` is nobody: the plan cannot show the team the service
//! description requires until each placeholder names a person.

use super::Context;
use crate::finding::{Finding, Severity};
use crate::msg;
use crate::pack::Cited;
use crate::pack::params::NoParams;
use crate::plan::Spanned;

/// What `init` writes where only the provider knows the value.
pub const MARK: &str = crate::plan::PLACEHOLDER;

/// A value `init` wrote for the provider to replace: `RENAME-…`.
pub fn is_placeholder(value: &str) -> bool {
    value.trim().starts_with(MARK)
}

/// A client id `init` invented for a group-therapy skeleton (`CLIENT-1`), or any placeholder.
pub fn is_placeholder_client(id: &str) -> bool {
    let id = id.trim();
    is_placeholder(id)
        || id
            .strip_prefix("CLIENT-")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

pub fn placeholder(cx: &Context<'_>, rule: &Cited<NoParams>, out: &mut Vec<Finding>) {
    let course = &cx.plan.course;
    let texts: [(&'static str, Option<&Spanned<String>>); 3] = [
        ("code", course.code.as_ref()),
        ("provider", course.provider.as_ref()),
        ("site", course.site.as_ref()),
    ];
    let staff = cx.plan.staff.iter().map(|s| ("name", Some(&s.name)));
    let clients = cx.plan.clients.iter().map(|c| ("id", Some(&c.id)));
    for (key, value) in texts.into_iter().chain(staff).chain(clients) {
        let invented = |v: &&Spanned<String>| {
            if key == "id" {
                is_placeholder_client(&v.value)
            } else {
                is_placeholder(&v.value)
            }
        };
        let Some(value) = value.filter(invented) else {
            continue;
        };
        out.push(
            rule.finding(
                Severity::Warning,
                msg!("placeholder", key = key, value = value.value.as_str()),
            )
            .at(value.span)
            .help(msg!("placeholder-help", key = key)),
        );
    }
}
