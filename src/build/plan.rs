//! The job list: which (locale, edition) pairs to build, and with which renderer.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use crate::render::{Edition, Renderer};

/// One unit of work: render one edition of one locale's book.
pub struct Job {
    /// Index into `Plan::locales`.
    pub locale: usize,
    /// The renderer.
    pub renderer: Arc<dyn Renderer>,
    /// Output path relative to the output folder (`<locale>/<file>`).
    pub file: String,
}

/// The whole build.
pub struct Plan {
    /// Output folder.
    pub out: PathBuf,
    /// Locales to build, in order.
    pub locales: Vec<String>,
    /// Jobs in a stable order (locale, then edition), so a locale's jobs run close together
    /// and its book can be dropped soon after it is resolved.
    pub jobs: Vec<Job>,
}

impl Plan {
    /// Cross the locales with the renderers.
    pub fn new(out: PathBuf, book_id: &str, locales: &[String], renderers: &[Arc<dyn Renderer>]) -> Self {
        let mut jobs = Vec::new();
        for (i, locale) in locales.iter().enumerate() {
            for r in renderers {
                jobs.push(Job {
                    locale: i,
                    renderer: r.clone(),
                    file: output_file(book_id, locale, r.edition()),
                });
            }
        }
        Plan { out, locales: locales.to_vec(), jobs }
    }

    /// How many jobs render `locale` (an index into `locales`).
    pub fn jobs_of(&self, locale: usize) -> usize {
        self.jobs.iter().filter(|j| j.locale == locale).count()
    }
}

/// Where one edition of one locale is written, relative to the output folder.
pub fn output_file(book_id: &str, locale: &str, edition: Edition) -> String {
    format!("{locale}/{}", edition.file_name(book_id, locale))
}

/// Every file a project with these locales can produce, whatever `--locale`/`--edition` say.
pub fn possible_outputs(book_id: &str, locales: &[String]) -> BTreeSet<String> {
    locales.iter().flat_map(|l| Edition::ALL.iter().map(move |e| output_file(book_id, l, *e))).collect()
}
