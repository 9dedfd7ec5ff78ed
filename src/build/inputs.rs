//! Everything a job's output depends on, hashed: the program itself, the theme, the
//! resolved book and the bytes of every asset the book uses.

use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::cache::{hash, hex};
use crate::doc::LocalizedBook;
use crate::project::assets::{Asset, AssetError, Assets};
use crate::render::{Download, Edition};

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

/// Hash of one locale's book: its IR and the bytes of every asset it uses, as the sealed
/// store serves them to the renderers (a refused asset hashes as its refusal).
pub fn book_hash(book: &LocalizedBook, assets: &Assets) -> String {
    let json = serde_json::to_vec(book).unwrap_or_default();
    // Partner logos too: only partner editions print them, but a locale hashes as one.
    let logos = book.partners.iter().map(|p| &p.logo);
    let served: Vec<(&str, Result<Asset, AssetError>)> =
        book.assets.iter().chain(logos).map(|a| (a.as_str(), assets.get(a))).collect();
    let mut parts: Vec<&[u8]> = vec![&json];
    for (name, asset) in &served {
        parts.push(name.as_bytes());
        match asset {
            Ok(a) => parts.extend([b"served".as_slice(), a.media_type.mime().as_bytes(), &a.bytes]),
            Err(_) => parts.push(b"refused"),
        }
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

/// Hash of a partner edition's inputs: the plain edition's, and which partner.
pub fn partner_hash(job_hash: &str, partner: Option<&str>) -> String {
    match partner {
        None => job_hash.to_string(),
        Some(id) => hash([job_hash.as_bytes(), b"partner", id.as_bytes()]),
    }
}

/// A job's hash extended by the outputs of other editions it reads (unchanged when none):
/// which ones were built, and their bytes.
pub fn downloads_hash(job_hash: &str, downloads: &[Download]) -> String {
    if downloads.is_empty() {
        return job_hash.to_string();
    }
    let digests: Vec<String> = downloads.iter().map(|d| hash([d.file_name.as_bytes(), &d.bytes])).collect();
    hash(std::iter::once(job_hash.as_bytes()).chain(digests.iter().map(|d| d.as_bytes())))
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
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::pipeline::load(root, &mut diags).expect("shipped project");
        let mut book = crate::doc::resolve(&loaded.project, &loaded.catalog, "en", &mut diags);
        book.assets = vec!["assets/a.png".into()];
        let dir = tempfile::tempdir().expect("tempdir");
        let hash_now = || book_hash(&book, &Assets::open(dir.path()));
        let png = |tail: &[u8]| [b"\x89PNG\r\n\x1a\n".as_slice(), tail].concat();
        let file = dir.path().join("sources/assets/a.png");
        let missing = hash_now();
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, png(b"one image")).expect("write");
        let one = hash_now();
        std::fs::write(&file, png(b"another image")).expect("write");
        let another = hash_now();
        assert!(missing != one && one != another, "asset bytes are not hashed");
    }

    #[test]
    fn a_partner_edition_hashes_apart_from_the_plain_one_and_from_other_partners() {
        let plain = job_hash("locale", Edition::Handbook);
        assert_eq!(partner_hash(&plain, None), plain);
        let a = partner_hash(&plain, Some("a"));
        assert!(a != plain && a != partner_hash(&plain, Some("b")));
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
