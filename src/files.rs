//! Reading the files oras-check is given: regular files only (a FIFO or a device would block or
//! never end), and never more than a limit, so that no file can hang a run or exhaust memory.

use std::io::Read;
use std::path::Path;

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
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::Directory => f.write_str("is a folder, not a file"),
            ReadError::NotRegular => {
                f.write_str("is not a regular file (a pipe, socket or device), so it is not read")
            }
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
