//! Fonts from outside the theme: `--font-path` folders and, with `[fonts] system = true`,
//! the fonts installed on the computer. They are inputs of a build like the theme's files,
//! so their fingerprint is part of every PDF's cache key.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// Where the Typst editions find fonts besides the embedded ones and the theme's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FontSources {
    /// Folders given with `--font-path`, searched recursively.
    pub dirs: Vec<PathBuf>,
    /// Whether to load the system's fonts too (`[fonts] system = true`).
    pub system: bool,
}

/// File name endings of fonts and font collections.
const FONT_EXTENSIONS: &[&str] = &["otf", "ttf", "otc", "ttc"];

/// Whether a file name says it is a font or a font collection.
pub fn is_font_file(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    FONT_EXTENSIONS.contains(&ext.as_str())
}

impl FontSources {
    /// A fingerprint of the font files these sources hold: path, size and modification time
    /// of each (reading every byte of a system's fonts on each build would cost seconds).
    /// A font added, removed, replaced or a folder added changes it.
    pub fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        let mut folders: Vec<PathBuf> = self.dirs.clone();
        if self.system {
            h.update(b"system\0");
            folders.extend(system_dirs());
        }
        for dir in &folders {
            h.update(dir.to_string_lossy().as_bytes());
            h.update(b"\0");
            let mut files = Vec::new();
            walk(dir, &mut files, 0);
            files.sort();
            for (path, len, modified) in files {
                h.update(format!("{}\0{len}\0{modified}\0", path.display()).as_bytes());
            }
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The usual font folders of Linux, macOS and Windows: what the fingerprint of
/// `[fonts] system = true` covers.
fn system_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts"]
            .iter()
            .map(PathBuf::from)
            .collect();
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        dirs.extend([".local/share/fonts", ".fonts", "Library/Fonts"].iter().map(|d| home.join(d)));
    }
    if let Some(windir) = std::env::var_os("WINDIR").map(PathBuf::from) {
        dirs.push(windir.join("Fonts"));
    }
    dirs
}

/// Deepest folder nesting followed (guards against link loops).
const MAX_DEPTH: usize = 16;

/// Every font file under `dir` with its size and modification time (nanoseconds).
fn walk(dir: &Path, files: &mut Vec<(PathBuf, u64, u128)>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            walk(&path, files, depth + 1);
        } else if is_font_file(&path) {
            let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            files.push((path, meta.len(), modified.map_or(0, |d| d.as_nanos())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_changes_with_the_font_files() {
        let dir = tempfile::tempdir().expect("temp");
        let sources = FontSources { dirs: vec![dir.path().to_path_buf()], system: false };
        let empty = sources.fingerprint();
        std::fs::write(dir.path().join("notes.txt"), "not a font").expect("write");
        assert_eq!(sources.fingerprint(), empty, "only fonts count");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::fs::write(dir.path().join("sub/A.TTF"), b"\0\x01\0\0").expect("write");
        let one = sources.fingerprint();
        assert_ne!(one, empty, "a font in a sub-folder counts");
        std::fs::write(dir.path().join("sub/A.TTF"), b"\0\x01\0\0 and more").expect("write");
        assert_ne!(sources.fingerprint(), one, "a replaced font counts");
    }

    #[test]
    fn the_fingerprint_says_which_sources_are_used() {
        let none = FontSources::default();
        let system = FontSources { system: true, ..FontSources::default() };
        let dir = FontSources { dirs: vec![PathBuf::from("/nonexistent/fonts")], system: false };
        assert_ne!(none.fingerprint(), system.fingerprint());
        assert_ne!(none.fingerprint(), dir.fingerprint());
    }

    #[test]
    fn font_files_are_known_by_their_ending() {
        for name in ["a.otf", "b.TTF", "c.ttc", "d.otc"] {
            assert!(is_font_file(Path::new(name)), "{name}");
        }
        assert!(!is_font_file(Path::new("e.woff2")));
    }
}
