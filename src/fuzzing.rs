//! The fuzz target's body, in the library so that the regression tests run exactly what the
//! fuzzer ran (`fuzz/fuzz_targets/load_check.rs`, `tests/fuzz_regressions.rs`).

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::check::{Options, analyse, check_bytes};
use crate::i18n::{Lang, Localizer};
use crate::pack::Packs;
use crate::planner::timeline::Timeline;
use crate::report::{Format, RenderOptions, render};

const FORMATS: [Format; 6] = [
    Format::Human,
    Format::Json,
    Format::Sarif,
    Format::Github,
    Format::Junit,
    Format::Html,
];

fn as_of() -> NaiveDate {
    static AS_OF: OnceLock<NaiveDate> = OnceLock::new();
    *AS_OF.get_or_init(|| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default())
}

/// Loads, checks and renders `data`: the first byte picks the language, the format and colour,
/// the rest is the plan. A plan that checks also goes through the timeline, the deadlines and
/// the calendar export. Panics if anything does, or if an identity code reaches the report
/// (each piece of a report is masked; this also catches a code formed where pieces meet).
pub fn exercise(data: &[u8]) {
    let Some((&selector, plan)) = data.split_first() else {
        return;
    };
    let Ok(packs) = Packs::builtin() else {
        panic!("the built-in packs do not load");
    };
    let options = Options::new(as_of());
    let lang = [Lang::En, Lang::Fi, Lang::Sv][usize::from(selector >> 4) % 3];
    let render_options = RenderOptions {
        format: FORMATS[usize::from(selector & 0x07) % FORMATS.len()],
        lang,
        color: selector & 0x08 != 0,
        width: 100,
        as_of: as_of(),
        quiet: false,
        root: None,
    };
    let report = match std::str::from_utf8(plan) {
        Ok(text) => {
            let analysis = analyse("fuzz.toml", text, packs, &options);
            if let Some((plan, edition)) = &analysis.plan {
                let l10n = Localizer::get(lang);
                let timeline = Timeline::new(plan, edition, &analysis.report.findings, as_of());
                let _ = crate::report::timeline::text(&timeline, l10n, 80, selector & 0x08 != 0);
                let _ = crate::report::timeline::svg(&timeline, l10n);
                let source = crate::planner::ics::Source {
                    plan,
                    edition,
                    key: "fuzz",
                };
                let _ = crate::planner::ics::calendar(&[source], l10n, as_of(), true);
                let _ = crate::planner::schedule::items(plan, edition);
            }
            analysis.report
        }
        Err(_) => check_bytes("fuzz.toml", plan, packs, &options),
    };
    let out = render(&[report], &render_options, packs);
    assert!(
        crate::privacy::find_codes(&out).is_empty(),
        "an identity code in the report"
    );
}

/// Reads `data` as each file oras-check reads besides plans: the configuration file, a roster
/// and a rule pack (the first byte picks which; the rest is the text). Panics if anything does,
/// or if an identity code reaches the rendered error.
pub fn exercise_files(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let l10n = Localizer::get(Lang::Fi);
    let rendered = match selector % 3 {
        0 => crate::config::Config::parse("oras-check.toml", text)
            .err()
            .map(|e| crate::report::file_error(&e, selector & 0x80 != 0, l10n)),
        1 => crate::plan::Roster::parse("staff.toml", text)
            .err()
            .map(|findings| {
                findings
                    .iter()
                    .map(|f| l10n.format(&f.message))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        _ => Packs::from_files(vec![("oras/2021.toml".to_owned(), text.to_owned())])
            .err()
            .map(|e| crate::report::file_error(&e, selector & 0x80 != 0, l10n)),
    };
    if let Some(out) = rendered {
        let out = crate::report::gate(&out, true);
        assert!(
            crate::privacy::find_codes_anywhere(&out).is_empty(),
            "an identity code in an error"
        );
    }
}

/// Repairs `data` as `fix` would and checks what a repair promises: a file that is not TOML is
/// left as it was, a repaired file is TOML, a second repair changes nothing, only the lines of
/// the repairs change, and the diff shows no identity code. Panics if any promise breaks.
pub fn exercise_fix(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let fixed = crate::planner::fix::fix(text);
    if fixed.not_toml.is_some() {
        assert_eq!(
            fixed.text, text,
            "a file that is not TOML is left as it was"
        );
        return;
    }
    if fixed.edits.is_empty() {
        assert_eq!(fixed.text, text, "no edit, no change");
    }
    assert!(
        toml_edit::Document::parse(fixed.text.as_str()).is_ok(),
        "a repair made the file invalid"
    );
    let again = crate::planner::fix::fix(&fixed.text);
    assert!(
        again.edits.is_empty(),
        "a second repair changed {:?}",
        again.edits
    );
    // Every repair edits a value or key within its line: no line is added, removed or joined,
    // and every line without a repair is kept byte for byte.
    assert_eq!(
        fixed.text.lines().count(),
        text.lines().count(),
        "lines changed"
    );
    let repaired: std::collections::BTreeSet<usize> = fixed.edits.iter().map(|e| e.line).collect();
    for (n, (before, after)) in text.lines().zip(fixed.text.lines()).enumerate() {
        assert!(
            before == after || repaired.contains(&(n + 1)),
            "line {} changed without a repair",
            n + 1
        );
    }
    let diff = crate::planner::fix::diff("plan.toml", text, &fixed.text);
    assert!(
        crate::privacy::find_codes_anywhere(&crate::report::gate(&diff, false)).is_empty(),
        "an identity code in the diff"
    );
}

/// The language server's document pipeline over any input: the first byte picks the language
/// and the position encoding, the next two a line and a column, the rest is the buffer (as an
/// editor would send it: any text). The buffer is checked as a plan, then asked for a hover, a
/// completion and the code actions at that place, and "fix all" is applied. Panics if anything
/// does, if an edit falls outside the text, or if an identity code reaches what the server
/// would send.
pub fn exercise_server(data: &[u8]) {
    use crate::server::analysis::{Document, Workspace};
    use crate::server::features;
    use crate::server::text::Encoding;

    let [selector, line, column, rest @ ..] = data else {
        return;
    };
    let Ok(packs) = Packs::builtin() else {
        panic!("the built-in packs do not load");
    };
    let lang = [Lang::En, Lang::Fi, Lang::Sv][usize::from(selector >> 4) % 3];
    let encoding = if selector & 1 == 0 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let text = String::from_utf8_lossy(rest);
    let ws = Workspace::new(packs, Some(as_of()), Some(lang));
    let Ok(uri) = lsp_types::Url::parse("untitled:fuzz.toml") else {
        return;
    };
    let doc = Document {
        uri,
        path: None,
        version: 1,
        text: std::sync::Arc::from(text.as_ref()),
        explicit: selector & 2 != 0,
    };
    let outcome = ws.check(&doc, &std::collections::HashMap::new(), encoding);
    let position = lsp_types::Position {
        line: u32::from(*line),
        character: u32::from(*column),
    };
    let range = lsp_types::Range {
        start: lsp_types::Position {
            line: 0,
            character: 0,
        },
        end: position,
    };
    let hover = features::hover(&ws, &doc, position, encoding);
    let completion = features::completion(&ws, &doc, position, encoding);
    let actions = features::code_actions(&ws, &doc, range, &outcome.diagnostics, None, encoding);
    let sent = serde_json::json!([outcome.diagnostics, hover, completion, actions]).to_string();
    assert!(
        crate::privacy::find_codes(&sent).is_empty(),
        "an identity code in what the server sends"
    );
    // Every edit lies inside the text, on character boundaries, and fix-all's edits do not
    // overlap.
    let index = crate::server::text::Index::new(&text, encoding);
    for action in &actions {
        let lsp_types::CodeActionOrCommand::CodeAction(action) = action else {
            continue;
        };
        let Some(changes) = action.edit.as_ref().and_then(|e| e.changes.as_ref()) else {
            continue;
        };
        let mut ranges: Vec<(usize, usize)> = changes
            .values()
            .flatten()
            .map(|e| (index.offset(e.range.start), index.offset(e.range.end)))
            .collect();
        ranges.sort_unstable();
        for pair in ranges.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "overlapping edits");
        }
        for (start, end) in ranges {
            assert!(start <= end && end <= text.len());
        }
    }
}
