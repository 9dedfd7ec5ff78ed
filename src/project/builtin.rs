//! The default theme, compiled into the binary from the repository's `themes/default/`
//! (see `build.rs`): a new project builds without copying a theme, and `vetpress init
//! --theme` writes these files out for editing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_theme.rs"));
}

/// The name a manifest uses for it (also the default).
pub const NAME: &str = "default";

/// Where diagnostics say its files are: not a real folder, and clearly not one.
pub fn dir() -> PathBuf {
    PathBuf::from(format!("<built-in theme {NAME}>"))
}

/// The embedded file a diagnostic's path names (`<built-in theme default>/theme.toml`),
/// if it names one.
pub fn file_at(path: &Path) -> Option<&'static [u8]> {
    let inside = path.strip_prefix(dir()).ok()?;
    all_files().find(|(n, _)| Path::new(n) == inside).map(|(_, bytes)| bytes)
}

/// Every embedded file, by path inside the theme folder (`site/…` for sub-folders).
pub fn all_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    embedded::FILES.iter().copied()
}

/// The files a theme loaded from disk would have: the same selection as the folder reader.
pub fn theme_files() -> BTreeMap<String, Vec<u8>> {
    all_files()
        .filter(|(name, _)| super::theme::is_theme_path(name))
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded copy is the repository's folder, file for file and byte for byte.
    #[test]
    fn the_embedded_theme_is_the_repository_folder() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut diags = Vec::new();
        let on_disk = crate::project::theme::load_folder(&root, NAME, &mut diags).expect("themes/default");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(theme_files(), on_disk.files);
        assert!(all_files().any(|(n, _)| n == "site/chapter.html"), "sub-folders are embedded");
    }

    #[test]
    fn a_diagnostic_path_finds_its_embedded_file() {
        let toml = file_at(&dir().join("theme.toml")).expect("theme.toml");
        assert!(std::str::from_utf8(toml).is_ok_and(|t| t.contains("[colours]")));
        assert!(file_at(&dir().join("site/site.css")).is_some(), "sub-folders too");
        for other in ["themes/default/theme.toml", "<built-in theme default>/nope.typ", "theme.toml"] {
            assert!(file_at(Path::new(other)).is_none(), "{other}");
        }
    }
}
