//! The language server's document pipeline over any buffer (`oras_check::fuzzing::
//! exercise_server`): check, hover, completion, code actions; nothing may panic, no edit may
//! fall outside the text and no identity code may come out.
//!
//!     cargo +nightly fuzz run server_document fuzz/corpus/server_document fuzz/seeds/load_check -- -dict=fuzz/toml.dict

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oras_check::fuzzing::exercise_server(data));
