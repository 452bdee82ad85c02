//! The `oras-check` binary: the command line over the `oras_check` library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
