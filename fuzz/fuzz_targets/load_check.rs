//! Load, check and render any input (`oras_check::fuzzing::exercise`): nothing may panic and no
//! identity code may come out, whatever the bytes.
//!
//!     cargo +nightly fuzz run load_check fuzz/corpus/load_check fuzz/seeds/load_check -- -dict=fuzz/toml.dict

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oras_check::fuzzing::exercise(data));
