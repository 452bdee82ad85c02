//! The `oras-check` binary: the command line over the `oras_check` library.

mod cli;

// Checking a plan allocates many small values (the parsed TOML, the plan, findings); mimalloc
// serves them about a fifth faster than the system allocator over a folder of plans.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
