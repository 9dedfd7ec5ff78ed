//! The e-book edition: EPUB 3 with our own package and navigation documents, written into a
//! reproducible zip.

mod nav;
mod normalise;
mod opf;
mod package;
pub mod xhtml;

use std::sync::Arc;

use super::{Artifact, Download, Edition, Payload, RenderError, Renderer};
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

    fn render(&self, book: &LocalizedBook, _: &[Download]) -> Result<Artifact, RenderError> {
        let fail = |e: String| RenderError(vec![Diagnostic::error("epub", e)]);
        let files = package::build(book, &self.stylesheet, &self.assets).map_err(fail)?;
        let bytes = normalise::archive(files, book).map_err(fail)?;
        Ok(Artifact { payload: Payload::File(bytes), pages: None, warnings: Vec::new(), notes: Vec::new() })
    }
}
