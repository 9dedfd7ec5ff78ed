//! One build from a loaded project: plan, tidy the output folder, run, write the site's
//! shared root, save the cache.

use std::path::Path;
use std::sync::Arc;

use super::cache::{self, Cache};
use super::plan::{Plan, possible_outputs, with_needs};
use super::run::{self, Prepared, Progress};
use super::{Report, gate, inputs, site_root};
use crate::diag::Diagnostic;
use crate::doc;
use crate::pipeline::Loaded;
use crate::render::{Edition, Registry, Renderer};

/// What to build.
pub struct Request<'a> {
    /// Locales, reference first when selected.
    pub locales: &'a [String],
    /// Editions asked for; the ones they need are built too.
    pub editions: &'a [Edition],
    /// Partners whose co-branded editions (of the handbook and cards asked for) are built
    /// too; ids of `[[partners]]`.
    pub partners: &'a [String],
    /// Output folder.
    pub out: &'a Path,
    /// Rebuild even fresh files.
    pub force: bool,
    /// Leave Typst's memoised results for the caller to evict instead of evicting after
    /// every job: a watch keeps one locale's layout warm for its next round.
    pub keep_memo: bool,
}

/// How many jobs a request runs (for a progress bar).
pub fn job_count(locales: usize, editions: &[Edition], partners: usize) -> usize {
    let editions = with_needs(editions);
    let co_branded = editions.iter().filter(|e| e.co_branded()).count();
    locales * (editions.len() + partners * co_branded) + usize::from(editions.contains(&Edition::Site))
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
    let registry =
        Registry::new(&loaded.project.theme, loaded.project.assets.clone()).with_fonts(&loaded.project.fonts);
    build_with(loaded, shared, req, progress, pool, &registry)
}

/// [`build`] with a registry the caller keeps: a watch reuses its fonts, parsed theme
/// sources and compiled templates across rounds. The registry must have been made from
/// the same theme files and asset bytes as `loaded`.
pub fn build_with(
    loaded: &Loaded,
    shared: &[Diagnostic],
    req: &Request<'_>,
    progress: &dyn Progress,
    pool: &rayon::ThreadPool,
    registry: &Registry,
) -> (Report, Vec<Diagnostic>) {
    let project = &loaded.project;
    let book_id = &project.manifest.id;
    let reference = &project.manifest.reference_locale;
    let mut diags = Vec::new();
    let mut renderers = renderers(registry, &with_needs(req.editions), &mut diags);
    renderers.extend(partner_renderers(registry, req.editions, req.partners));
    let plan = Plan::new(req.out.to_path_buf(), book_id, req.locales, &renderers);
    let mut cache = Cache::load(req.out);
    // The pseudo-locale's outputs stay until a `--pseudo` build replaces them.
    let mut known = project.locales();
    known.push(crate::l10n::pseudo::LOCALE.to_string());
    let partner_ids: Vec<String> = project.manifest.partners.iter().map(|p| p.id.clone()).collect();
    let produced = possible_outputs(book_id, &known, &partner_ids);
    let leftovers = cache.prune(req.out, |f| produced.contains(f));
    let theme_hash = looks_hash(project);
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
    let ran = run::run(&plan, &prepare, &mut cache, (req.force, req.keep_memo), progress, pool);
    diags.extend(ran.diags);
    let mut jobs = ran.jobs;
    if let Some(site) =
        renderers.iter().any(|r| r.edition() == Edition::Site).then(|| registry.site()).and_then(Result::ok)
    {
        let root = site_root::Root {
            loaded,
            site: &site,
            out: req.out,
            theme_hash: &theme_hash,
            force: req.force,
            epoch: ran.epoch,
        };
        jobs.push(root.build(&mut cache, progress, pool));
    }
    if let Err(e) = cache.save() {
        diags.push(Diagnostic::warning("io", format!("cannot write the build cache: {e}")));
    }
    (Report { jobs, skipped: ran.skipped, leftovers }, diags)
}

/// The renderers of `editions`; an edition whose renderer cannot be set up (a broken site
/// template) is reported and left out, the others still build.
fn renderers(
    registry: &Registry,
    editions: &[Edition],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Arc<dyn Renderer>> {
    editions.iter().filter_map(|e| registry.renderer(*e).map_err(|err| diags.extend(err.0)).ok()).collect()
}

/// The co-branded renderers: each partner's edition of the co-branded editions asked for.
fn partner_renderers(
    registry: &Registry,
    editions: &[Edition],
    partners: &[String],
) -> Vec<Arc<dyn Renderer>> {
    partners
        .iter()
        .flat_map(|p| editions.iter().filter_map(move |e| registry.partner_renderer(*e, p)))
        .collect()
}

/// Hash of what shapes every PDF besides the book: the theme's files and the fonts from
/// outside the theme (`--font-path`, `[fonts] system`).
pub fn looks_hash(project: &crate::project::Project) -> String {
    cache::hash([theme_hash(&project.theme).as_bytes(), project.fonts.fingerprint().as_bytes()])
}

/// Hash of a theme's files (names and bytes).
pub fn theme_hash(theme: &crate::project::Theme) -> String {
    let files = &theme.files;
    cache::hash(files.iter().flat_map(|(name, bytes)| [name.as_bytes(), bytes.as_slice()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_count_adds_each_partners_print_editions_and_the_site_root() {
        // Handbook and EPUB for two locales, one partner: the partner gets a handbook only.
        assert_eq!(job_count(2, &[Edition::Handbook, Edition::Epub], 1), 2 * (2 + 1));
        // The site needs all three files; two partners get handbook and cards; one root.
        assert_eq!(job_count(1, &[Edition::Site], 2), 4 + 2 * 2 + 1);
    }
}
