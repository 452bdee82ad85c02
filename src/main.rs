//! The `oras-check` binary: the command line over the `oras_check` library.

mod cli;

// Checking a plan allocates many small values (the parsed TOML, the plan, findings); with
// mimalloc a folder of 10,000 plans is checked about 7% faster than with the system allocator,
// for about 35 MiB more peak memory (README, "Speed").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
