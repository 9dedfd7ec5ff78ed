//! The project on disk: manifest, chapter structure and theme, read and validated.

pub mod chapters;
pub mod manifest;
pub mod model;
pub mod theme;
mod tomlfile;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location};

pub use chapters::{BlockSpec, BlockSpecKind, ChapterSpec};
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
        Some(Project { root: root.to_path_buf(), manifest, chapters, theme })
    }

    /// Every locale: the reference first, then the partner locales.
    pub fn locales(&self) -> Vec<String> {
        let mut all = vec![self.manifest.reference_locale.clone()];
        all.extend(self.manifest.locales.iter().cloned());
        all
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

/// Read a UTF-8 file, reporting failure as a diagnostic.
pub fn read_text(root: &Path, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    match std::fs::read(path) {
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
                    .at(Location::file(relative(root, path))),
            );
            None
        }
    }
}
