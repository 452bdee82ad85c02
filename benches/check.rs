//! In-process cost of one realistic plan, stage by stage: what the `toml` crate alone costs to
//! parse it (the floor), then loading it into a plan, checking it, and rendering the report.
//!
//!     cargo bench --bench check
//!
//! The whole-program figures over folders of plans are in `throughput`.

#[allow(dead_code)] // `folder` is for the throughput benchmark.
mod generate;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use oras_check::check::{Options, check_text};
use oras_check::i18n::Lang;
use oras_check::pack::Packs;
use oras_check::report::{Format, RenderOptions, render};

fn stages(c: &mut Criterion) {
    let packs = Packs::builtin().expect("built-in packs");
    let as_of = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let options = Options::new(as_of);
    // Plan 7 carries mistakes, so its report has findings to render; plan 1 is clean.
    for (name, text) in [
        ("clean", generate::plan(1)),
        ("mistakes", generate::plan(7)),
    ] {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("1 toml parse (floor)", |b| {
            b.iter(|| toml::de::DeTable::parse(black_box(&text)).is_ok())
        });
        group.bench_function("2 parse + load", |b| {
            b.iter(|| match oras_check::plan::parse(black_box(&text)) {
                oras_check::plan::Parsed::Plan(root) => {
                    oras_check::plan::from_document(root.get_ref()).is_ok()
                }
                _ => false,
            })
        });
        group.bench_function("3 check", |b| {
            b.iter(|| check_text("plan.toml", black_box(&text), packs, &options))
        });
        let report = check_text("plan.toml", &text, packs, &options);
        for format in [Format::Json, Format::Human] {
            let render_options = RenderOptions {
                format,
                lang: Lang::En,
                color: false,
                width: 100,
                as_of,
                quiet: true,
                root: None,
            };
            group.bench_function(format!("4 render {format:?}"), |b| {
                b.iter(|| render(std::slice::from_ref(&report), &render_options, packs))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
