//! The e-book edition: EPUB 3 packaged with epub-builder, then normalised for reproducibility.

mod normalise;
mod package;
pub mod xhtml;

use std::sync::Arc;

use super::{Artifact, Edition, RenderError, Renderer};
use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;
use crate::project::Assets;

/// Renders EPUB 3 files.
pub struct EpubRenderer {
    stylesheet: Vec<u8>,
    assets: Arc<Assets>,
}

impl EpubRenderer {
    /// A renderer using the theme's `epub.css`; images come from the sealed store `assets`.
    pub fn new(stylesheet: Vec<u8>, assets: Arc<Assets>) -> Self {
        EpubRenderer { stylesheet, assets }
    }
}

impl Renderer for EpubRenderer {
    fn edition(&self) -> Edition {
        Edition::Epub
    }

    fn render(&self, book: &LocalizedBook) -> Result<Artifact, RenderError> {
        let fail = |e: String| RenderError(vec![Diagnostic::error("epub", e)]);
        let raw = package::build(book, &self.stylesheet, &self.assets).map_err(fail)?;
        let bytes = normalise::normalise(&raw, book).map_err(fail)?;
        Ok(Artifact { bytes, pages: None, warnings: Vec::new(), notes: Vec::new() })
    }
}
