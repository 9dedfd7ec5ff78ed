//! One build from a loaded project: plan, tidy the output folder, run, save the cache.

use std::path::Path;
use std::sync::Arc;

use super::cache::{self, Cache};
use super::plan::{Plan, possible_outputs};
use super::run::{self, Prepared, Progress};
use super::{Report, gate, inputs};
use crate::diag::Diagnostic;
use crate::doc;
use crate::pipeline::Loaded;
use crate::render::Renderer;

/// What to build.
pub struct Request<'a> {
    /// Locales, reference first when selected.
    pub locales: &'a [String],
    /// One renderer per edition.
    pub renderers: &'a [Arc<dyn Renderer>],
    /// Output folder.
    pub out: &'a Path,
    /// Rebuild even fresh files.
    pub force: bool,
}

/// Build; `shared` are the load and lint diagnostics of the locales being built. Returns
/// the report and the diagnostics found while resolving.
pub fn build(
    loaded: &Loaded,
    shared: &[Diagnostic],
    req: &Request<'_>,
    progress: &dyn Progress,
    pool: &rayon::ThreadPool,
) -> (Report, Vec<Diagnostic>) {
    let project = &loaded.project;
    let book_id = &project.manifest.id;
    let reference = &project.manifest.reference_locale;
    let plan = Plan::new(req.out.to_path_buf(), book_id, req.locales, req.renderers);
    let mut cache = Cache::load(req.out);
    let produced = possible_outputs(book_id, &project.locales());
    let leftovers = cache.prune(req.out, |f| produced.contains(f));
    let theme_hash = theme_hash(loaded);
    let prepare = |locale: &str| {
        let mut diags = Vec::new();
        let book = doc::resolve(project, &loaded.catalog, locale, &mut diags);
        let prepared = match gate::blocking(shared, &diags, locale, reference) {
            Some(why) => Prepared::Blocked(why),
            None => {
                let book_hash = inputs::book_hash(&book, &project.assets);
                Prepared::Ready {
                    inputs: inputs::locale_hash(inputs::build_id(), &theme_hash, &book_hash),
                    book: Box::new(book),
                }
            }
        };
        (prepared, diags)
    };
    let ran = run::run(&plan, &prepare, &mut cache, req.force, progress, pool);
    let mut diags = ran.diags;
    if let Err(e) = cache.save() {
        diags.push(Diagnostic::warning("io", format!("cannot write the build cache: {e}")));
    }
    (Report { jobs: ran.jobs, skipped: ran.skipped, leftovers }, diags)
}

fn theme_hash(loaded: &Loaded) -> String {
    let files = &loaded.project.theme.files;
    cache::hash(files.iter().flat_map(|(name, bytes)| [name.as_bytes(), bytes.as_slice()]))
}
