//! Renderers: one per edition, `LocalizedBook` in, files out. They never read TOML or Fluent.

pub mod epub;
pub mod html;
pub mod registry;
pub mod site;
pub mod typst;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;

pub use registry::Registry;

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
    /// The online edition (a static site), which offers the other editions for download.
    Site,
}

/// What a job writes, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One file, replaced whole.
    File(String),
    /// A folder the job owns, replaced whole.
    Folder(String),
}

impl Target {
    /// The path relative to the output folder.
    pub fn path(&self) -> &str {
        match self {
            Target::File(p) | Target::Folder(p) => p,
        }
    }
}

impl Edition {
    /// Every edition, in build order.
    pub const ALL: &'static [Edition] = &[Edition::Handbook, Edition::Epub, Edition::Cards, Edition::Site];

    /// Where one locale's edition is written, relative to the output folder.
    pub fn target(self, book: &str, locale: &str) -> Target {
        match self {
            Edition::Handbook => Target::File(format!("{locale}/{book}-{locale}.pdf")),
            Edition::Epub => Target::File(format!("{locale}/{book}-{locale}.epub")),
            Edition::Cards => Target::File(format!("{locale}/{book}-{locale}-cards.pdf")),
            Edition::Site => Target::Folder(format!("site/{locale}")),
        }
    }

    /// Whether partners get their own co-branded copy of this edition (the print editions;
    /// the EPUB and the site are not co-branded).
    pub fn co_branded(self) -> bool {
        match self {
            Edition::Handbook | Edition::Cards => true,
            Edition::Epub | Edition::Site => false,
        }
    }

    /// Where a partner's co-branded edition of a locale is written; `None` for editions
    /// that are not co-branded.
    pub fn partner_target(self, book: &str, locale: &str, partner: &str) -> Option<Target> {
        match self {
            Edition::Handbook => Some(Target::File(format!("{locale}/{book}-{locale}-{partner}.pdf"))),
            Edition::Cards => Some(Target::File(format!("{locale}/{book}-{locale}-{partner}-cards.pdf"))),
            Edition::Epub | Edition::Site => None,
        }
    }

    /// Editions of the same locale this one reads (the site offers them for download), so
    /// they are built first and handed to it as `Download`s.
    pub fn needs(self) -> &'static [Edition] {
        match self {
            Edition::Handbook | Edition::Epub | Edition::Cards => &[],
            Edition::Site => &[Edition::Handbook, Edition::Epub, Edition::Cards],
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Edition::Handbook => "handbook",
            Edition::Epub => "epub",
            Edition::Cards => "cards",
            Edition::Site => "site",
        }
    }
}

/// What a renderer produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// One file's bytes.
    File(Vec<u8>),
    /// Files by path relative to the target folder (`/`-separated).
    Folder(BTreeMap<String, Vec<u8>>),
}

impl Payload {
    /// Total size in bytes.
    pub fn len(&self) -> u64 {
        match self {
            Payload::File(b) => b.len() as u64,
            Payload::Folder(files) => files.values().map(|b| b.len() as u64).sum(),
        }
    }

    /// Whether nothing was produced.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A rendered edition.
#[derive(Debug)]
pub struct Artifact {
    /// The file or files.
    pub payload: Payload,
    /// Page count, for paged outputs (pages of the site).
    pub pages: Option<usize>,
    /// Warnings (e.g. Typst warnings).
    pub warnings: Vec<Diagnostic>,
    /// Facts for the build summary (e.g. card text shrunk to fit).
    pub notes: Vec<String>,
}

/// Another edition of the same locale, as written, handed to an edition that `needs` it.
#[derive(Debug, Clone)]
pub struct Download {
    /// Which edition.
    pub edition: Edition,
    /// Its file name (`vet-at-work-fi.pdf`).
    pub file_name: String,
    /// Its bytes.
    pub bytes: Arc<Vec<u8>>,
}

/// Why rendering failed: one or more diagnostics.
#[derive(Debug, thiserror::Error)]
#[error("{} error(s) while rendering", .0.len())]
pub struct RenderError(pub Vec<Diagnostic>);

/// One edition's renderer. `Send + Sync` so jobs share it across threads.
pub trait Renderer: Send + Sync {
    /// Which edition this renders.
    fn edition(&self) -> Edition;
    /// Render one locale's book; `downloads` are the editions `Edition::needs` names, those
    /// that were built.
    fn render(&self, book: &LocalizedBook, downloads: &[Download]) -> Result<Artifact, RenderError>;
    /// The partner whose co-branded edition this renders, if any.
    fn partner(&self) -> Option<&str> {
        None
    }
}
