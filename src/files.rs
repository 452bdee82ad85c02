//! The files oras-check reads and writes.
//!
//! Reading: regular files only (a FIFO or a device would block or never end, a kernel
//! pseudo-file such as `/proc/self/environ` holds secrets), never more than a limit, so that no
//! file can hang a run or exhaust memory; a file one file names (the roster the configuration
//! names) only inside that file's folder ([`inside`]).
//!
//! Writing ([`AtomicFile`], [`replace_if_unchanged`]): never in place. The new bytes go to a
//! temporary file in the same folder, are flushed and synced, and the temporary file is renamed
//! over the target, keeping its mode and owner: a reader, a full disk, a file-size limit or a
//! `kill -9` finds the old file or the new one, never a torn one.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The most any one file may hold: plans, configuration, rule packs and source documents. A real
/// one is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// A folder.
    Directory,
    /// A FIFO, socket or device: reading it could block forever.
    NotRegular,
    /// Larger than the limit.
    TooLarge,
    /// A kernel pseudo-file (`/proc`, `/sys`): it says it is empty, yet has content.
    Pseudo,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::Directory => f.write_str("is a folder, not a file"),
            ReadError::NotRegular => {
                f.write_str("is not a regular file (a pipe, socket or device), so it is not read")
            }
            ReadError::Pseudo => f.write_str(
                "is a file of the operating system (under /proc or /sys), not a file of yours, so \
                 it is not read",
            ),
            ReadError::TooLarge => write!(
                f,
                "is larger than {} MiB, so it is not read",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// The bytes of a regular file of at most [`MAX_FILE_BYTES`]. The kind of file is checked before
/// it is opened: opening a FIFO blocks until someone writes to it.
pub fn read(path: &Path) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if meta.is_dir() {
        return Err(ReadError::Directory);
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    if meta.len() == 0 {
        // An empty regular file reads as nothing; one that reads as something is the kernel's
        // (`/proc/self/environ` holds the job's tokens), and nothing of it is shown.
        let mut probe = [0u8; 1];
        return match (&file).read(&mut probe).map_err(ReadError::Io)? {
            0 => Ok(Vec::new()),
            _ => Err(ReadError::Pseudo),
        };
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    // The file may have grown since it was looked at: still never more than the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// A regular file's text (UTF-8), as [`read`].
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Why a file that another file names was refused. Nothing of such a file is read.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    /// An absolute path: a configuration must name files of its own repository.
    #[error("is an absolute path; name a file relative to the configuration's folder")]
    Absolute,
    /// Outside the folder, through `..` or a link.
    #[error("leads outside the configuration's folder (through `..` or a link), so it is not read")]
    Outside,
    /// It cannot be found or resolved.
    #[error("{0}")]
    Io(std::io::Error),
}

/// The file `name` (as another file in `base` writes it) when it lies inside `base` once every
/// `..` and link is resolved: the roster named in `oras-check.toml` is a file of the same
/// repository, never `/proc/self/environ` or `../../../../etc/passwd`.
pub fn inside(base: &Path, name: &str) -> Result<PathBuf, Refused> {
    let named = Path::new(name);
    if named.is_absolute() || named.has_root() {
        return Err(Refused::Absolute);
    }
    let base = base.canonicalize().map_err(Refused::Io)?;
    let resolved = base.join(named).canonicalize().map_err(Refused::Io)?;
    if resolved.starts_with(&base) {
        Ok(resolved)
    } else {
        Err(Refused::Outside)
    }
}

/// Whether `path` is a link (or lies under one) whose target is outside the folder it stands
/// in: a configuration file found by walking up must be a file of that folder.
pub fn leads_out(path: &Path) -> bool {
    let Some(dir) = path.parent() else {
        return false;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    match (dir.canonicalize(), path.canonicalize()) {
        (Ok(dir), Ok(target)) => !target.starts_with(dir),
        _ => false,
    }
}

/// Why an output path is refused before anything is written.
pub fn writable_target(path: &Path) -> Result<(), String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err("is a folder, not a file".to_owned()),
        Ok(meta) if !meta.is_file() => Err(
            "is not a regular file (a pipe, socket or device): writing to it could block or \
             lose the report"
                .to_owned(),
        ),
        _ => Ok(()),
    }
}

/// The file a write to `path` lands in: a link's target (the link stays a link), else `path`.
fn landing(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            path.canonicalize().unwrap_or_else(|_| path.to_owned())
        }
        _ => path.to_owned(),
    }
}

/// A file being written: the bytes go to a temporary file beside the target, which
/// [`AtomicFile::commit`] flushes, syncs and renames over it. Dropped without a commit (an
/// error, a panic), the temporary file is removed and the target never touched; interrupted
/// (a signal the command line catches), the same through [`remove_unfinished`].
pub struct AtomicFile {
    temp: std::io::BufWriter<tempfile::NamedTempFile>,
    target: PathBuf,
    listed: Listed,
}

/// The temporary files of the writes under way, each with a number of its own, for
/// [`remove_unfinished`].
static UNFINISHED: std::sync::Mutex<Vec<(u64, PathBuf)>> = std::sync::Mutex::new(Vec::new());

fn unfinished() -> std::sync::MutexGuard<'static, Vec<(u64, PathBuf)>> {
    UNFINISHED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A temporary file's place on the list of [`UNFINISHED`] writes, for as long as it lives: by
/// number, so that taking it off twice never takes off another file of the same name.
struct Listed(u64);

impl Listed {
    /// Lists `path`, on the list the caller holds.
    fn new(list: &mut Vec<(u64, PathBuf)>, path: &Path) -> Listed {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let number = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        list.push((number, path.to_owned()));
        Listed(number)
    }

    fn unlist(&self, list: &mut Vec<(u64, PathBuf)>) {
        list.retain(|(number, _)| *number != self.0);
    }
}

impl Drop for Listed {
    fn drop(&mut self) {
        self.unlist(&mut unfinished());
    }
}

/// Whether the process asked for [`remove_unfinished_when_interrupted`].
static WHEN_INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, SIGINT (Ctrl-C), SIGQUIT, SIGTERM (`kill`) or SIGHUP (a closed terminal) in the
/// middle of a write removes its temporary file ([`remove_unfinished`]), then ends the process as
/// the signal would have (the shell sees the signal). A signal the process was started to ignore
/// (`nohup`, a background job of a script) stays ignored. For the command line; a run that writes
/// nothing never watches for signals (the watch starts with the first write: it costs a thread,
/// 0.2–0.3 ms, which a one-plan check would feel).
pub fn remove_unfinished_when_interrupted() {
    WHEN_INTERRUPTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Starts the watch [`remove_unfinished_when_interrupted`] asked for, once, before the first
/// temporary file is made: the signals are caught from the moment this returns.
fn watch_for_interrupts() {
    static WATCH: std::sync::Once = std::sync::Once::new();
    if WHEN_INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed) {
        WATCH.call_once(start_watch);
    }
}

/// The signals are received on a thread of their own, where removing files is safe (it is not
/// in a signal handler).
#[cfg(unix)]
fn start_watch() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let caught: Vec<libc::c_int> = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]
        .into_iter()
        .filter(|&signal| !ignored(signal))
        .collect();
    if caught.is_empty() {
        return;
    }
    let Ok(mut signals) = signal_hook::iterator::Signals::new(&caught) else {
        return;
    };
    let watch = std::thread::Builder::new().name("interrupts".to_owned());
    let _ = watch.spawn(move || {
        if let Some(signal) = signals.forever().next() {
            remove_unfinished();
            // Does not return for these signals (it aborts if it cannot raise the signal).
            let _ = signal_hook::low_level::emulate_default_handler(signal);
        }
    });
}

/// Whether this process ignores `signal` (SIG_IGN, as `nohup` sets SIGHUP).
#[cfg(unix)]
fn ignored(signal: libc::c_int) -> bool {
    // SAFETY: with no new action, sigaction only reads the current one into `old`, a zeroed
    // (valid) struct sigaction.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

#[cfg(not(unix))]
fn start_watch() {}

/// Removes the temporary files of the writes under way, and keeps every write from being put
/// in place (or begun) from now on: for a run being interrupted, just before it ends, so that
/// Ctrl-C leaves neither a half-written report nor a `.oras-check-*.tmp` beside the user's
/// files. A write being renamed into place finishes first.
pub fn remove_unfinished() {
    let list = unfinished();
    for (_, path) in list.iter() {
        let _ = std::fs::remove_file(path);
    }
    // Held until the process ends.
    std::mem::forget(list);
}

impl AtomicFile {
    /// Starts writing `path` (which need not exist yet; its folder must). A FIFO, device or
    /// folder is refused.
    pub fn create(path: &Path) -> std::io::Result<AtomicFile> {
        writable_target(path).map_err(std::io::Error::other)?;
        let target = landing(path);
        let dir = match target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
            _ => PathBuf::from("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".oras-check-").suffix(".tmp");
        #[cfg(unix)]
        {
            // A new file gets the mode any new file gets here (0666 less the umask), not the
            // temporary file's private 0600.
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        // Listed as it is made: an interrupt finds it on the list, or finds no file.
        watch_for_interrupts();
        let (temp, listed) = {
            let mut list = unfinished();
            let temp = builder.tempfile_in(&dir)?;
            let listed = Listed::new(&mut list, temp.path());
            (temp, listed)
        };
        if let Ok(meta) = std::fs::metadata(&target) {
            keep_mode_and_owner(temp.as_file(), &meta)?;
        }
        Ok(AtomicFile {
            temp: std::io::BufWriter::with_capacity(64 * 1024, temp),
            target,
            listed,
        })
    }

    /// The file the commit will replace (a link's target).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes and syncs the new bytes, then renames them over the target.
    pub fn commit(self) -> std::io::Result<()> {
        let temp = self.temp.into_inner().map_err(|e| e.into_error())?;
        temp.as_file().sync_all()?;
        {
            // Off the list and renamed in one step: an interrupt removes the temporary file
            // before the rename, or finds it gone after.
            let mut list = unfinished();
            self.listed.unlist(&mut list);
            temp.persist(&self.target).map_err(|e| e.error)?;
        }
        sync_folder(&self.target);
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.temp.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.temp.flush()
    }
}

/// The new file takes the old one's permissions, and its owner and group where this process
/// may set them (root, or the owner itself); otherwise it belongs to whoever runs the repair.
fn keep_mode_and_owner(file: &std::fs::File, old: &std::fs::Metadata) -> std::io::Result<()> {
    file.set_permissions(old.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    }
    Ok(())
}

/// Makes the rename itself durable (the folder's entry), where the system allows it.
fn sync_folder(target: &Path) {
    #[cfg(unix)]
    if let Some(dir) = target.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}

/// Why [`replace_if_unchanged`] left a file as it was.
#[derive(Debug, thiserror::Error)]
pub enum ReplaceError {
    /// The file is no longer what was read: someone wrote to it meanwhile.
    #[error(
        "changed on disk while it was being repaired, so it was left as it is now; run the \
         command again"
    )]
    Changed,
    #[error("{0}")]
    Io(std::io::Error),
}

/// What a file was when it was read, to tell later whether it still is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    pub fn of(path: &Path) -> std::io::Result<Stamp> {
        let meta = std::fs::metadata(path)?;
        Ok(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// Replaces the file at `path` with `new` atomically, but only if it still holds exactly
/// `original` (its size, its modification time as `stamp` recorded, and every byte) just before
/// the rename: a line another editor or process appended meanwhile is never lost.
pub fn replace_if_unchanged(
    path: &Path,
    stamp: &Stamp,
    original: &[u8],
    new: &[u8],
) -> Result<(), ReplaceError> {
    let mut file = AtomicFile::create(path).map_err(ReplaceError::Io)?;
    file.write_all(new).map_err(ReplaceError::Io)?;
    file.flush().map_err(ReplaceError::Io)?;
    let target = file.target().to_owned();
    let now = Stamp::of(&target).map_err(ReplaceError::Io)?;
    if &now != stamp || read(&target).ok().as_deref() != Some(original) {
        return Err(ReplaceError::Changed);
    }
    file.commit().map_err(ReplaceError::Io)
}

/// What makes two paths one file: the device and inode the path leads to (one `stat`, cheaper
/// than resolving every component), or elsewhere the canonical path.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FileId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Path(PathBuf),
}

impl FileId {
    /// The file `path` leads to, links followed; `None` when there is none.
    pub fn of(path: &Path) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let meta = std::fs::metadata(path).ok()?;
            Some(FileId::Inode(meta.dev(), meta.ino()))
        }
        #[cfg(not(unix))]
        {
            path.canonicalize().ok().map(FileId::Path)
        }
    }
}
