//! Content cache: skip a job whose inputs hash to what produced the file already on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The cache file, inside the output folder.
const FILE: &str = ".vetpress-cache.json";

/// Output file (relative to the output folder) -> hash of the inputs that made it.
#[derive(Debug, Default)]
pub struct Cache {
    path: PathBuf,
    entries: BTreeMap<String, String>,
}

impl Cache {
    /// Read the cache of `out` (empty when absent or unreadable).
    pub fn load(out: &Path) -> Cache {
        let path = out.join(FILE);
        let entries =
            std::fs::read(&path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        Cache { path, entries }
    }

    /// Whether `file` exists and was made from inputs hashing to `hash`.
    pub fn fresh(&self, out: &Path, file: &str, hash: &str) -> bool {
        self.entries.get(file).is_some_and(|h| h == hash) && out.join(file).is_file()
    }

    /// Record a file's input hash.
    pub fn record(&mut self, file: String, hash: String) {
        self.entries.insert(file, hash);
    }

    /// Write the cache back.
    pub fn save(&self) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(&self.entries).map_err(std::io::Error::other)?;
        super::output::write_atomic(&self.path, &json)
    }
}

/// Hash a sequence of byte strings (length-prefixed, so boundaries matter).
pub fn hash<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}
