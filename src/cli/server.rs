//! `oras-check server`: the language server over standard input and output.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use oras_check::server::{self, Log, ServerOptions};

use super::{GlobalArgs, exit};

#[derive(Args, Debug)]
pub struct ServerArgs {
    /// Write a log for bug reports to FILE: one JSON object a line, never a plan's contents
    #[arg(long, value_name = "FILE")]
    pub log_file: Option<PathBuf>,

    /// The day the checks are made, for deadline rules [default: today]
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub as_of: Option<NaiveDate>,
}

pub fn run(args: &ServerArgs, global: &GlobalArgs) -> u8 {
    let packs = match global.packs() {
        Ok(packs) => packs,
        Err(code) => return code,
    };
    let log = match &args.log_file {
        Some(path) => match Log::open(path) {
            Ok(log) => log,
            Err(e) => {
                say!("error: cannot write {}: {e}", path.display());
                return exit::UNCHECKED;
            }
        },
        None => Log::none(),
    };
    let (connection, io) = lsp_server::Connection::stdio();
    let options = ServerOptions {
        packs: &packs,
        as_of: args.as_of,
        lang: global.lang,
        debounce: server::DEBOUNCE,
        log,
    };
    let outcome = server::run(&connection, options);
    // The writer thread ends once the connection's sender is gone.
    drop(connection);
    let _ = io.join();
    match outcome {
        Ok(()) => exit::OK,
        Err(e) => {
            say!("oras-check server: {e}");
            exit::FINDINGS
        }
    }
}
