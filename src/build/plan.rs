//! The job list: which (locale, edition) pairs to build, and with which renderer.

use std::path::PathBuf;
use std::sync::Arc;

use crate::doc::LocalizedBook;
use crate::render::{Edition, Renderer};

/// One unit of work: render one edition of one locale's book.
pub struct Job<'a> {
    /// The book to render.
    pub book: &'a LocalizedBook,
    /// The renderer.
    pub renderer: Arc<dyn Renderer>,
    /// Output path relative to the output folder (`<locale>/<file>`).
    pub file: String,
    /// Hash of every input, for the content cache.
    pub hash: String,
}

/// The whole build.
pub struct Plan<'a> {
    /// Output folder.
    pub out: PathBuf,
    /// Jobs in a stable order (locale, then edition).
    pub jobs: Vec<Job<'a>>,
}

impl<'a> Plan<'a> {
    /// Cross the books with the renderers.
    pub fn new(
        out: PathBuf,
        books: &[&'a LocalizedBook],
        renderers: &[Arc<dyn Renderer>],
        theme_hash: &str,
    ) -> Self {
        let mut jobs = Vec::new();
        for book in books {
            let book_json = serde_json::to_vec(book).unwrap_or_default();
            for r in renderers {
                let edition: Edition = r.edition();
                let file = format!("{}/{}", book.locale, edition.file_name(&book.id, &book.locale));
                let hash = super::cache::hash([
                    env!("CARGO_PKG_VERSION").as_bytes(),
                    edition.name().as_bytes(),
                    theme_hash.as_bytes(),
                    &book_json,
                ]);
                jobs.push(Job { book, renderer: r.clone(), file, hash });
            }
        }
        Plan { out, jobs }
    }
}
