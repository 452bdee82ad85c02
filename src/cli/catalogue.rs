//! `oras-check rules` and `oras-check explain`: the rule catalogue on the command line.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use oras_check::i18n::Localizer;
use oras_check::msg;
use oras_check::pack::verify::{verify_quotes, verify_structure};
use oras_check::plan::{Service, Vocab};
use oras_check::report::catalogue::{self, Layout};

use super::{GlobalArgs, exit, print};

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct RulesArgs {
    #[command(subcommand)]
    action: Option<RulesAction>,

    #[command(flatten)]
    filter: Filter,

    /// Show, per source document, which cited requirements are checked and which are manual
    #[arg(long)]
    coverage: bool,

    /// Output format: a table, or JSON for scripts
    #[arg(long, value_enum, default_value_t = CatalogueFormat::Human)]
    format: CatalogueFormat,
}

/// How the catalogue is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CatalogueFormat {
    Human,
    Json,
}

#[derive(Subcommand, Debug)]
enum RulesAction {
    /// Check the rule packs: editions of a service neither overlap nor leave gaps, every
    /// figure carried from an earlier edition names one, and (with --sources) every quote is
    /// found verbatim in its source document
    Verify {
        /// Folder of the source documents the packs cite (e.g. ../shared/seeds)
        #[arg(long, value_name = "DIR")]
        sources: Option<PathBuf>,
    },
}

/// Which editions to show.
#[derive(Args, Debug, Clone)]
pub struct Filter {
    /// Only this service: oras, omaishoitaja, group-therapy
    #[arg(long, value_parser = parse_service)]
    service: Option<Service>,

    /// Only this edition: its year (2025) or id (oras-2025)
    #[arg(long)]
    edition: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The rule id (or manual item id) to explain
    rule: String,

    #[command(flatten)]
    filter: Filter,

    /// Output format: text, or JSON for scripts
    #[arg(long, value_enum, default_value_t = CatalogueFormat::Human)]
    format: CatalogueFormat,
}

pub fn parse_service(s: &str) -> Result<Service, String> {
    Service::parse(s).ok_or_else(|| {
        let ids: Vec<_> = Service::IDS.iter().map(|(id, _)| *id).collect();
        format!("unknown service `{s}`; expected one of: {}", ids.join(", "))
    })
}

fn layout(global: &GlobalArgs) -> Layout {
    Layout {
        width: super::width(),
        color: global.colored(),
    }
}

pub fn rules(args: &RulesArgs, global: &GlobalArgs) -> u8 {
    let (packs, l10n) = match global.packs().and_then(|p| Ok((p, global.localizer()?))) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    if let Some(RulesAction::Verify { sources }) = &args.action {
        return verify(&packs, sources.as_deref(), l10n);
    }
    let editions = packs.select(args.filter.service, args.filter.edition.as_deref());
    if editions.is_empty() {
        say!("error: {}", l10n.text("catalogue-no-editions"));
        return exit::UNCHECKED;
    }
    let text = if args.format == CatalogueFormat::Json {
        catalogue::rules_json(&editions, l10n)
    } else if args.coverage {
        catalogue::coverage(&editions, l10n, layout(global))
    } else {
        catalogue::rules_table(&editions, l10n, layout(global))
    };
    print(&text);
    exit::OK
}

fn verify(
    packs: &oras_check::pack::Packs,
    sources: Option<&std::path::Path>,
    l10n: &Localizer,
) -> u8 {
    let mut problems: Vec<String> = verify_structure(packs)
        .iter()
        .map(ToString::to_string)
        .collect();
    if let Some(dir) = sources {
        match verify_quotes(packs, dir) {
            Ok(found) => problems.extend(found.iter().map(ToString::to_string)),
            Err(e) => {
                say!("error: {e}");
                return exit::UNCHECKED;
            }
        }
    }
    if problems.is_empty() {
        let citations: usize = packs.editions.iter().map(|e| e.citations().len()).sum();
        let rules: usize = packs
            .editions
            .iter()
            .map(|e| e.citations().iter().filter(|c| !c.manual).count())
            .sum();
        print(&format!(
            "{}\n",
            l10n.format(&msg!(
                "verify-ok",
                editions = packs.editions.len(),
                citations = citations,
                rules = rules,
                sources = if sources.is_some() { "yes" } else { "no" }
            ))
        ));
        exit::OK
    } else {
        let mut text = format!(
            "{}:\n",
            l10n.format(&msg!("verify-problems", count = problems.len()))
        );
        for p in problems {
            text.push_str(&format!("  - {p}\n"));
        }
        print(&text);
        exit::FINDINGS
    }
}

pub fn explain(args: &ExplainArgs, global: &GlobalArgs) -> u8 {
    let (packs, l10n) = match global.packs().and_then(|p| Ok((p, global.localizer()?))) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let editions = packs.select(args.filter.service, args.filter.edition.as_deref());
    let explained = match args.format {
        CatalogueFormat::Json => catalogue::explain_json(args.rule.trim(), &packs, &editions, l10n),
        CatalogueFormat::Human => {
            catalogue::explain(args.rule.trim(), &packs, &editions, l10n, super::width())
        }
    };
    match explained {
        Some(text) => {
            print(&text);
            exit::OK
        }
        None => {
            let mut candidates: Vec<&str> = oras_check::rules::all_ids().collect();
            candidates.extend(
                packs
                    .editions
                    .iter()
                    .flat_map(|e| e.manual.iter().map(|m| m.id.as_str())),
            );
            say!(
                "error: {}",
                l10n.format(&msg!("catalogue-unknown-rule", rule = args.rule.as_str()))
            );
            let help = match oras_check::plan::suggest(&args.rule, candidates) {
                Some(s) => l10n.format(&msg!("schema-did-you-mean", suggestion = s)),
                None => l10n.text("catalogue-unknown-rule-help"),
            };
            say!("  help: {help}");
            exit::UNCHECKED
        }
    }
}
