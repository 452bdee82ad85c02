//! The integration tests, as one test binary.
//!
//! Each file beside this one is a module of it, as in ripgrep's and cargo's test suites: one
//! binary links the library once, where 33 binaries linked it 33 times (slower CI, and a target
//! folder of many gigabytes). `cargo test --test suite cli::` runs one module's tests; insta's
//! snapshots are named `suite__<module>__<name>.snap`.

mod common;

mod architecture;
mod browser;
mod calendar;
mod cancellation;
mod catalogue;
mod ci;
mod cli;
mod examples;
mod files;
mod finnish;
mod fuzz_regressions;
mod generated;
mod glossary;
mod group_therapy;
mod hostile;
mod install;
mod languages;
mod messages;
mod neovim;
mod omaishoitaja_2025;
mod oras_2021;
mod oras_2025;
mod packs;
mod planner;
mod portability;
mod privacy;
mod privacy_matrix;
mod provider;
mod provider_views;
mod repository;
mod schema;
mod server;
mod write_safety;
mod year;
