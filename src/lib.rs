//! oras-check: checks Kela rehabilitation course plans against the service descriptions.
//!
//! Data flows one way: [`plan`] reads a TOML plan keeping the span of every value; [`pack`]
//! holds the editions of the service descriptions as data and picks the one in force; [`rules`]
//! apply it and emit [`finding::Finding`]s; [`report`] renders them for people and machines.
//! [`check`] strings the steps together for one plan.

pub mod calendar;
pub mod check;
pub mod config;
pub mod error;
pub mod files;
pub mod finding;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod pack;
pub mod plan;
pub mod planner;
pub mod policy;
pub mod position;
pub mod privacy;
pub mod registry;
pub mod report;
pub mod rules;
pub mod run;
pub mod schema;
pub mod server;
pub mod severity;
