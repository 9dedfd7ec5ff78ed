//! The project on disk: manifest, chapter structure and theme, read and validated.

pub mod assets;
pub mod builtin;
pub mod chapters;
pub mod colours;
pub mod fonts;
pub mod manifest;
pub mod model;
pub mod scaffold;
pub mod selfeval;
pub mod theme;
mod tomlfile;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Location};

pub use assets::Assets;
pub use chapters::{BlockSpec, BlockSpecKind, ChapterSpec};
pub use fonts::FontSources;
pub use manifest::Manifest;
pub use model::*;
pub use theme::Theme;

/// A loaded project: everything structural a build reads, but no text.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project folder.
    pub root: PathBuf,
    /// `sources/book.toml`.
    pub manifest: Manifest,
    /// `sources/chapters/*.toml`, in order.
    pub chapters: Vec<ChapterSpec>,
    /// The theme named by the manifest.
    pub theme: Theme,
    /// The sealed image store every check and renderer of this build reads images from.
    pub assets: Arc<Assets>,
    /// Fonts from outside the theme (`[fonts] system`; the CLI adds `--font-path`).
    pub fonts: FontSources,
}

impl Project {
    /// Load and validate the project at `root`. Problems are added to `diags`;
    /// `None` means the project cannot be used at all.
    pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Project> {
        let manifest_path = root.join("sources/book.toml");
        if !manifest_path.is_file() {
            diags.push(
                Diagnostic::error("no-project", format!("no sources/book.toml in {}", root.display()))
                    .hint("run vetpress in a project folder or pass --project DIR"),
            );
            return None;
        }
        let manifest = manifest::load(root, diags)?;
        let chapters = chapters::load_all(root, diags);
        let theme = theme::load(root, &manifest.theme, diags)?;
        let assets = Arc::new(Assets::open(root));
        let fonts = FontSources { dirs: Vec::new(), system: manifest.fonts.system };
        Some(Project { root: root.to_path_buf(), manifest, chapters, theme, assets, fonts })
    }

    /// Every locale: the reference first, then the partner locales.
    pub fn locales(&self) -> Vec<String> {
        let mut all = vec![self.manifest.reference_locale.clone()];
        all.extend(self.manifest.locales.iter().cloned());
        all
    }

    /// The message ids of every local note: optional in every locale, never compared.
    pub fn local_notes(&self) -> BTreeSet<String> {
        self.chapters.iter().flat_map(|c| c.local_notes().map(str::to_string)).collect()
    }

    /// The method chapters, in order.
    pub fn methods(&self) -> impl Iterator<Item = &ChapterSpec> {
        self.chapters.iter().filter(|c| c.method.is_some())
    }
}

/// The path of `path` relative to `root`, for messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// Largest source text accepted (`.toml`, `.ftl`), in bytes: 8 MiB.
pub const MAX_TEXT_BYTES: u64 = 8 * 1024 * 1024;

/// Why a project file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// It resolves (through a symlink) to somewhere outside `inside`.
    #[error("it resolves to a file outside {0}")]
    Outside(String),
    /// Over the cap.
    #[error("it is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The cap.
        limit: u64,
    },
    /// Not a regular file.
    #[error("it is not a regular file")]
    NotAFile,
    /// The system refused.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Read `path` only if it resolves to a regular file inside the folder `inside` (called
/// `name` in messages), and is at most `limit` bytes: symlinks may not smuggle files from
/// elsewhere into a build.
pub fn read_inside(inside: &Path, name: &str, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let fence = inside.canonicalize()?;
    let real = path.canonicalize()?;
    if !real.starts_with(&fence) {
        return Err(ReadError::Outside(name.to_string()));
    }
    let file = std::fs::File::open(&real)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    let too_large = |size| ReadError::TooLarge { size, limit };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Read a UTF-8 file of the project at `root`, reporting failure as a diagnostic.
pub fn read_text(root: &Path, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    match read_inside(root, "the project folder", path, MAX_TEXT_BYTES) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                diags.push(
                    Diagnostic::error("encoding", "file is not valid UTF-8")
                        .at(Location::in_text(relative(root, path), &text, at..at + 1))
                        .hint("save the file as UTF-8"),
                );
                None
            }
        },
        Err(e) => {
            diags.push(
                Diagnostic::error("io", format!("cannot read {}: {e}", relative(root, path).display()))
                    .at(Location::file(relative(root, path)))
                    .hint(read_hint(&e)),
            );
            None
        }
    }
}

/// What to do about a refused read.
pub fn read_hint(e: &ReadError) -> &'static str {
    match e {
        ReadError::Outside(_) => "copy the file into the project instead of linking to it",
        ReadError::TooLarge { .. } => "split the file or make it smaller",
        ReadError::NotAFile => "replace it with a regular file",
        ReadError::Io(_) => "check that the file exists and can be read",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_source_linked_from_outside_the_project_is_refused() {
        let root = tempfile::tempdir().expect("temp dir");
        let file = root.path().join("sources/chapters/01-leak.toml");
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::os::unix::fs::symlink("/etc/passwd", &file).expect("symlink");
        let mut diags = Vec::new();
        assert_eq!(read_text(root.path(), &file, &mut diags), None);
        assert!(diags[0].message.contains("outside the project folder"), "{diags:?}");
        let loc = diags[0].location.as_ref().expect("located");
        assert_eq!(loc.file, Path::new("sources/chapters/01-leak.toml"));
    }

    #[test]
    fn oversized_sources_are_refused() {
        let root = tempfile::tempdir().expect("temp dir");
        let file = root.path().join("big.ftl");
        std::fs::File::create(&file).expect("create").set_len(MAX_TEXT_BYTES + 1).expect("grow");
        let err = read_inside(root.path(), "the project", &file, MAX_TEXT_BYTES).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { size, .. } if size == MAX_TEXT_BYTES + 1), "{err}");
    }
}
