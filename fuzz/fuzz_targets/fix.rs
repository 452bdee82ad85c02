//! Repair any input as `oras-check fix` would (`oras_check::fuzzing::exercise_fix`): nothing may
//! panic, a repair keeps the file TOML, a second repair changes nothing, only repaired lines
//! change, and no identity code comes out of the diff.
//!
//!     cargo +nightly fuzz run fix fuzz/corpus/fix fuzz/seeds/load_check -- -dict=fuzz/toml.dict

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oras_check::fuzzing::exercise_fix(data));
