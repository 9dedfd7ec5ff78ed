//! The e-book edition: EPUB 3 with our own package and navigation documents, written into a
//! reproducible zip.

mod nav;
mod normalise;
mod opf;
mod package;
pub mod xhtml;

use super::{Artifact, Edition, RenderError, Renderer};
use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;

/// Renders EPUB 3 files.
pub struct EpubRenderer {
    stylesheet: Vec<u8>,
    sources: std::path::PathBuf,
}

impl EpubRenderer {
    /// A renderer using the theme's `epub.css`; images are read from `sources`.
    pub fn new(stylesheet: Vec<u8>, sources: std::path::PathBuf) -> Self {
        EpubRenderer { stylesheet, sources }
    }
}

impl Renderer for EpubRenderer {
    fn edition(&self) -> Edition {
        Edition::Epub
    }

    fn render(&self, book: &LocalizedBook) -> Result<Artifact, RenderError> {
        let fail = |e: String| RenderError(vec![Diagnostic::error("epub", e)]);
        let files = package::build(book, &self.stylesheet, &self.sources).map_err(fail)?;
        let bytes = normalise::archive(files, book).map_err(fail)?;
        Ok(Artifact { bytes, pages: None, warnings: Vec::new(), notes: Vec::new() })
    }
}
