//! The `oras-check` binary: the command line over the `oras_check` library.

mod cli;

// Checking a plan allocates many small values (the parsed TOML, the plan, findings); with
// mimalloc a folder of 10,000 plans is checked about 7% faster than with the system allocator
// (README, "Speed").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    no_huge_pages();
    file_size_limit_is_a_write_error();
    // Ctrl-C, `kill` or a closed terminal in the middle of a write (`-o`, `fix`, the step
    // summary) removes its temporary file, then ends the run as the signal would have.
    oras_check::files::remove_unfinished_when_interrupted();
    cli::run()
}

/// A write past the file-size limit (`ulimit -f`) fails with an error, as one to a full disk
/// does: said, exit code 2, the temporary file removed and the old file kept. By default the
/// kernel would end the process with SIGXFSZ instead, in the middle of the write.
#[cfg(unix)]
fn file_size_limit_is_a_write_error() {
    // SAFETY: signal() with SIG_IGN installs no handler; it only changes how this process
    // takes SIGXFSZ.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

#[cfg(not(unix))]
fn file_size_limit_is_a_write_error() {}

/// Transparent huge pages make the kernel zero 2 MiB at the first touch of each: a run over
/// thousands of small plans touched about 30 MiB more that way (93 against 66 MiB peak for
/// 10,000 plans), for no gain in time (README, "Speed"). mimalloc is built not to ask for them
/// (its `no_thp` feature: it asked before `main`, and a one-plan check was 7% slower for it);
/// this turns them off where the system gives them unasked ("always"), for this process only.
#[cfg(target_os = "linux")]
fn no_huge_pages() {
    // SAFETY: prctl(PR_SET_THP_DISABLE) reads its arguments as unsigned longs (the last three
    // must be 0) and changes only this process's memory policy; a kernel without it returns an
    // error, which changes nothing.
    unsafe {
        let (on, unused): (libc::c_ulong, libc::c_ulong) = (1, 0);
        libc::prctl(libc::PR_SET_THP_DISABLE, on, unused, unused, unused);
    }
}

#[cfg(not(target_os = "linux"))]
fn no_huge_pages() {}
