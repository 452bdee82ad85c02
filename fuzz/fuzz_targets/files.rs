//! Read any input as a configuration file, a roster or a rule pack
//! (`oras_check::fuzzing::exercise_files`): nothing may panic, and no identity code may come out
//! of an error message, whatever the bytes.
//!
//!     cargo +nightly fuzz run files fuzz/corpus/files fuzz/seeds/files -- -dict=fuzz/toml.dict

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oras_check::fuzzing::exercise_files(data));
