//! Renderers: one per edition, `LocalizedBook` in, bytes out. They never read TOML or Fluent.

pub mod epub;
pub mod site;
pub mod typst;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;

/// The editions vetpress builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Edition {
    /// The print handbook (PDF).
    Handbook,
    /// The e-book (EPUB 3).
    Epub,
    /// Checklist cards (PDF).
    Cards,
}

impl Edition {
    /// Every edition, in build order.
    pub const ALL: &'static [Edition] = &[Edition::Handbook, Edition::Epub, Edition::Cards];

    /// Output file name for a book and locale.
    pub fn file_name(self, book: &str, locale: &str) -> String {
        match self {
            Edition::Handbook => format!("{book}-{locale}.pdf"),
            Edition::Epub => format!("{book}-{locale}.epub"),
            Edition::Cards => format!("{book}-{locale}-cards.pdf"),
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Edition::Handbook => "handbook",
            Edition::Epub => "epub",
            Edition::Cards => "cards",
        }
    }
}

/// A rendered file.
#[derive(Debug)]
pub struct Artifact {
    /// File contents.
    pub bytes: Vec<u8>,
    /// Page count, for paged outputs.
    pub pages: Option<usize>,
    /// Warnings (e.g. Typst warnings).
    pub warnings: Vec<Diagnostic>,
    /// Facts for the build summary (e.g. card text shrunk to fit).
    pub notes: Vec<String>,
}

/// Why rendering failed: one or more diagnostics.
#[derive(Debug, thiserror::Error)]
#[error("{} error(s) while rendering", .0.len())]
pub struct RenderError(pub Vec<Diagnostic>);

/// One edition's renderer. `Send + Sync` so jobs share it across threads.
pub trait Renderer: Send + Sync {
    /// Which edition this renders.
    fn edition(&self) -> Edition;
    /// Render one locale's book.
    fn render(&self, book: &LocalizedBook) -> Result<Artifact, RenderError>;
}
