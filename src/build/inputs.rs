//! Everything a job's output depends on, hashed: the program itself, the theme, the
//! resolved book and the bytes of every asset the book uses.

use std::path::Path;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::cache::{hash, hex};
use crate::doc::LocalizedBook;
use crate::render::Edition;

/// Identifies the code that renders: the SHA-256 of the running executable, so a new
/// vetpress or Typst invalidates every cached output. Computed once per process.
pub fn build_id() -> &'static str {
    static ID: OnceLock<String> = OnceLock::new();
    ID.get_or_init(|| executable_hash().unwrap_or_else(|_| unique()))
}

fn executable_hash() -> std::io::Result<String> {
    let mut file = std::fs::File::open(std::env::current_exe()?)?;
    let mut h = Sha256::new();
    // Streamed: the binary is tens of MiB and need not sit in memory.
    std::io::copy(&mut file, &mut h)?;
    Ok(hex(&h.finalize()))
}

/// When the executable cannot be read, an id no cache entry can match: rebuild everything.
fn unique() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    format!("unreadable-executable-{}-{}", std::process::id(), nanos.as_nanos())
}

/// The bytes of one asset, `rel` being relative to `sources/` (`assets/logo.png`).
/// The one place the cache reads assets; `None` when unreadable (the renderer reports it).
pub fn asset_bytes(sources: &Path, rel: &str) -> Option<Vec<u8>> {
    std::fs::read(sources.join(rel)).ok()
}

/// Hash of one locale's book: its IR and the bytes of every asset it uses.
pub fn book_hash(book: &LocalizedBook, sources: &Path) -> String {
    let json = serde_json::to_vec(book).unwrap_or_default();
    let assets: Vec<(&str, Option<Vec<u8>>)> =
        book.assets.iter().map(|a| (a.as_str(), asset_bytes(sources, a))).collect();
    let mut parts: Vec<&[u8]> = vec![&json];
    for (name, bytes) in &assets {
        parts.push(name.as_bytes());
        // An unreadable asset hashes differently from an empty one.
        parts.push(if bytes.is_some() { b"present" } else { b"missing" });
        parts.push(bytes.as_deref().unwrap_or_default());
    }
    hash(parts)
}

/// Hash of what every edition of one locale reads: program, theme, book and assets.
pub fn locale_hash(build_id: &str, theme_hash: &str, book_hash: &str) -> String {
    hash([build_id.as_bytes(), theme_hash.as_bytes(), book_hash.as_bytes()])
}

/// Hash of one job's inputs.
pub fn job_hash(locale_hash: &str, edition: Edition) -> String {
    hash([locale_hash.as_bytes(), edition.name().as_bytes()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_id_is_the_executables_hash() {
        let exe = std::fs::read(std::env::current_exe().expect("exe")).expect("read exe");
        assert_eq!(build_id(), super::super::cache::hash_bytes(&exe));
    }

    #[test]
    fn the_book_hash_follows_asset_bytes() {
        let mut diags = Vec::new();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::pipeline::load(root, &mut diags).expect("shipped project");
        let mut book = crate::doc::resolve(&loaded.project, &loaded.catalog, "en", &mut diags);
        book.assets = vec!["assets/a.png".into()];
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = book_hash(&book, dir.path());
        std::fs::create_dir_all(dir.path().join("assets")).expect("mkdir");
        std::fs::write(dir.path().join("assets/a.png"), b"").expect("write");
        let empty = book_hash(&book, dir.path());
        std::fs::write(dir.path().join("assets/a.png"), b"one image").expect("write");
        let one = book_hash(&book, dir.path());
        std::fs::write(dir.path().join("assets/a.png"), b"another image").expect("write");
        let another = book_hash(&book, dir.path());
        assert!(missing != empty && empty != one && one != another, "asset bytes are not hashed");
    }

    #[test]
    fn every_input_changes_the_job_hash() {
        let job = |id, edition, theme, book| job_hash(&locale_hash(id, theme, book), edition);
        let base = job("v1", Edition::Handbook, "theme", "book");
        for other in [
            job("v2", Edition::Handbook, "theme", "book"),
            job("v1", Edition::Cards, "theme", "book"),
            job("v1", Edition::Handbook, "theme2", "book"),
            job("v1", Edition::Handbook, "theme", "book2"),
        ] {
            assert_ne!(base, other);
        }
    }
}
