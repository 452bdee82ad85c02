//! Self-checks of the rule packs: every citation's quote is found verbatim in the document it
//! cites (whitespace-normalised; " … " separates passages that must appear in that order).
//!
//! The quotes are the law the checker claims to apply, so a quote that is not in its source is a
//! bug in the pack, not a matter of wording.

use std::collections::HashMap;
use std::path::Path;

use super::{Packs, RuleCitation};

/// The separator of passages within one quote.
pub const ELLIPSIS: &str = " … ";

/// A citation that does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteProblem {
    /// `omaishoitaja-2025`
    pub edition: String,
    /// The rule id or manual item whose citation fails.
    pub item: String,
    pub document: String,
    pub problem: String,
}

impl std::fmt::Display for QuoteProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {} ({})",
            self.edition, self.item, self.problem, self.document
        )
    }
}

/// Collapses every run of whitespace to one space.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether every passage of `quote` occurs in `document`, in order.
pub fn quote_found(quote: &str, document: &str) -> bool {
    let document = normalise(document);
    let mut from = 0;
    for part in quote.split('…').map(normalise).filter(|p| !p.is_empty()) {
        match document[from..].find(&part) {
            Some(at) => from += at + part.len(),
            None => return false,
        }
    }
    true
}

/// Checks every citation of every edition against the documents in `sources`.
pub fn verify_quotes(packs: &Packs, sources: &Path) -> Result<Vec<QuoteProblem>, std::io::Error> {
    if !sources.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{} is not a folder", sources.display()),
        ));
    }
    let root = sources.canonicalize()?;
    // A cited document is a file directly in the sources folder, read as any file is: never a
    // path that leaves it (`../../etc/passwd`), a link out of it, or a pipe.
    let read = |document: &str| -> Option<String> {
        let plain = !document.is_empty()
            && !document.contains(['/', '\\'])
            && document != "."
            && document != "..";
        let path = root.join(document).canonicalize().ok()?;
        (plain && path.starts_with(&root))
            .then(|| crate::files::read_text(&path).ok())
            .flatten()
    };
    let mut documents: HashMap<String, Option<String>> = HashMap::new();
    let mut problems = Vec::new();
    for edition in &packs.editions {
        for citation in edition.all_citations() {
            let (item, source) = (citation.item, citation.source);
            let text = documents
                .entry(source.document.clone())
                .or_insert_with(|| read(&source.document));
            let problem = match text {
                None => Some("the cited document is not in the sources folder".to_owned()),
                Some(text) if !quote_found(&source.quote, text) => {
                    Some(format!("quote not found verbatim: “{}”", source.quote))
                }
                Some(_) => None,
            };
            if let Some(problem) = problem {
                problems.push(QuoteProblem {
                    edition: edition.id.clone(),
                    item: item.to_owned(),
                    document: source.document.clone(),
                    problem,
                });
            }
        }
    }
    Ok(problems)
}

/// A cited requirement: a rule in force or a manual item.
#[derive(Clone, Debug)]
pub struct Citation<'a> {
    /// The rule id or the manual item's id.
    pub item: &'a str,
    /// `true` for a manual item (confirmed by hand), `false` for a rule the checker applies.
    pub manual: bool,
    pub source: &'a crate::finding::Source,
}

impl super::Edition {
    /// Every citation of the edition: its rules, then its manual items.
    pub fn citations(&self) -> Vec<Citation<'_>> {
        let rules = super::PackRules::IDS.iter().filter_map(|id| {
            self.rules
                .citation_str(id)
                .map(|m: &RuleCitation| Citation {
                    item: id,
                    manual: false,
                    source: &m.source,
                })
        });
        let manual = self.manual.iter().map(|m| Citation {
            item: &m.id,
            manual: true,
            source: &m.source,
        });
        rules.chain(manual).collect()
    }

    /// [`Edition::citations`] and the rules' further citations (`also`): every quote the
    /// edition makes, for verifying quotes and for the coverage of the documents.
    ///
    /// [`Edition::citations`]: super::Edition::citations
    pub fn all_citations(&self) -> Vec<Citation<'_>> {
        let mut all = self.citations();
        for id in super::PackRules::IDS {
            if let Some(meta) = self.rules.citation_str(id) {
                all.extend(meta.also.iter().map(|source| Citation {
                    item: id,
                    manual: false,
                    source,
                }));
            }
        }
        all
    }
}

/// A structural problem of the rule packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    pub edition: String,
    pub problem: String,
}

impl std::fmt::Display for PackProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.edition, self.problem)
    }
}

/// Checks the packs' structure: no gap between consecutive editions of a service (overlaps are
/// already refused when the packs load), `carried_from` names an existing earlier edition, a
/// manual item's `checked_by` names a rule in force, and manual item ids are unique within an
/// edition.
pub fn verify_structure(packs: &Packs) -> Vec<PackProblem> {
    let mut problems = Vec::new();
    let mut services: Vec<_> = packs.editions.iter().map(|e| e.service).collect();
    services.sort();
    services.dedup();
    for service in services {
        let editions = packs.of(service);
        for pair in editions.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let expected = a.valid_until.map(|u| crate::calendar::add_days(u, 1));
            if expected != Some(b.valid_from) {
                problems.push(PackProblem {
                    edition: b.id.clone(),
                    problem: match a.valid_until {
                        Some(until) => {
                            format!("starts {}, but {} ends {until}: a gap", b.valid_from, a.id)
                        }
                        None => format!("{} never ends, so {} can never apply", a.id, b.id),
                    },
                });
            }
        }
    }
    for edition in &packs.editions {
        for (item, meta) in super::PackRules::IDS
            .iter()
            .filter_map(|id| edition.rules.citation_str(id).map(|m| (id, m)))
        {
            if let Some(from) = &meta.carried_from {
                let earlier = packs
                    .get(from)
                    .is_some_and(|e| e.valid_from < edition.valid_from);
                if !earlier {
                    problems.push(PackProblem {
                        edition: edition.id.clone(),
                        problem: format!(
                            "{item} is carried from `{from}`, which is not an earlier edition"
                        ),
                    });
                }
            }
        }
        for item in &edition.manual {
            if let Some(rule) = item.checked_by.as_deref()
                && !crate::registry::RuleId::parse(rule).is_some_and(|id| edition.has(id))
            {
                problems.push(PackProblem {
                    edition: edition.id.clone(),
                    problem: format!(
                        "manual item `{}` is checked by `{rule}`, which the edition does not put in force",
                        item.id
                    ),
                });
            }
        }
        let mut ids: Vec<_> = edition.manual.iter().map(|m| m.id.as_str()).collect();
        ids.sort_unstable();
        for pair in ids.windows(2).filter(|p| p[0] == p[1]) {
            problems.push(PackProblem {
                edition: edition.id.clone(),
                problem: format!("manual item `{}` is listed twice", pair[0]),
            });
        }
        // Every cited document is named for people: findings cite it by its title.
        let mut untitled: Vec<&str> = edition
            .all_citations()
            .into_iter()
            .filter(|c| c.source.title.is_none())
            .map(|c| c.source.document.as_str())
            .collect();
        untitled.sort_unstable();
        untitled.dedup();
        for document in untitled {
            problems.push(PackProblem {
                edition: edition.id.clone(),
                problem: format!("{document} is cited but has no [sources.\"{document}\"] cite"),
            });
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_matched_whitespace_normalised_and_in_order() {
        let doc = "Kurssille\n  osallistuu 10 aikuista\n\n- ilman läheisiä. Toinen kohta.";
        assert!(quote_found("osallistuu 10 aikuista - ilman", doc));
        assert!(quote_found("Kurssille … Toinen kohta.", doc));
        assert!(!quote_found("Toinen kohta. … Kurssille", doc));
        assert!(!quote_found("osallistuu 12 aikuista", doc));
    }
}
