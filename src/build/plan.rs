//! The job list: which (locale, edition) pairs to build, with which renderer, in what order.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use crate::render::{Edition, Renderer, Target};

/// One unit of work: render one edition of one locale's book.
pub struct Job {
    /// Index into `Plan::locales`.
    pub locale: usize,
    /// The renderer.
    pub renderer: Arc<dyn Renderer>,
    /// What it writes.
    pub target: Target,
    /// Jobs (indices into `Plan::jobs`, always earlier ones) whose outputs this job reads.
    pub needs: Vec<usize>,
}

impl Job {
    /// The output path relative to the output folder (`fi/book-fi.pdf`, `site/fi`).
    pub fn file(&self) -> &str {
        self.target.path()
    }
}

/// The whole build.
pub struct Plan {
    /// Output folder.
    pub out: PathBuf,
    /// Locales to build, in order.
    pub locales: Vec<String>,
    /// Jobs in a stable order: every locale's independent editions (locale, then edition),
    /// so a locale's jobs run close together; then the editions that read others (the
    /// site), so by the time they start what they read is done or nearly.
    pub jobs: Vec<Job>,
}

impl Plan {
    /// Cross the locales with the renderers. An edition whose `needs` are not among the
    /// renderers gets only those that are.
    pub fn new(out: PathBuf, book_id: &str, locales: &[String], renderers: &[Arc<dyn Renderer>]) -> Self {
        let mut jobs: Vec<Job> = Vec::new();
        let (leaves, readers): (Vec<_>, Vec<_>) =
            renderers.iter().partition(|r| r.edition().needs().is_empty());
        for group in [leaves, readers] {
            for (i, locale) in locales.iter().enumerate() {
                for r in &group {
                    let edition = r.edition();
                    // The site offers the plain editions, never a partner's.
                    let needs = (0..jobs.len())
                        .filter(|&j| {
                            let other = &jobs[j].renderer;
                            jobs[j].locale == i
                                && other.partner().is_none()
                                && edition.needs().contains(&other.edition())
                        })
                        .collect();
                    let target = match r.partner() {
                        None => edition.target(book_id, locale),
                        Some(p) => match edition.partner_target(book_id, locale, p) {
                            Some(t) => t,
                            None => continue,
                        },
                    };
                    jobs.push(Job { locale: i, renderer: Arc::clone(r), target, needs });
                }
            }
        }
        Plan { out, locales: locales.to_vec(), jobs }
    }

    /// How many jobs render `locale` (an index into `locales`).
    pub fn jobs_of(&self, locale: usize) -> usize {
        self.jobs.iter().filter(|j| j.locale == locale).count()
    }
}

/// The editions to build for a request: the requested ones and what they need.
pub fn with_needs(requested: &[Edition]) -> Vec<Edition> {
    let mut all: BTreeSet<Edition> = requested.iter().copied().collect();
    all.extend(requested.iter().flat_map(|e| e.needs().iter().copied()));
    all.into_iter().collect()
}

/// Every output path a project with these locales and partners can produce, whatever
/// `--locale`/`--edition`/`--partner` say.
pub fn possible_outputs(book_id: &str, locales: &[String], partners: &[String]) -> BTreeSet<String> {
    let mut all: BTreeSet<String> = locales
        .iter()
        .flat_map(|l| Edition::ALL.iter().map(move |e| e.target(book_id, l).path().to_string()))
        .collect();
    for (l, e, p) in every_partner_edition(locales, partners) {
        all.extend(e.partner_target(book_id, l, p).map(|t| t.path().to_string()));
    }
    all.extend(crate::render::site::ROOT_ENTRIES.iter().map(|e| format!("site/{e}")));
    all
}

/// Every (locale, edition, partner) triple.
fn every_partner_edition<'a>(
    locales: &'a [String],
    partners: &'a [String],
) -> impl Iterator<Item = (&'a String, Edition, &'a String)> {
    locales
        .iter()
        .flat_map(move |l| Edition::ALL.iter().flat_map(move |e| partners.iter().map(move |p| (l, *e, p))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::LocalizedBook;
    use crate::render::{Artifact, Download, RenderError};

    struct Named(Edition);
    impl Renderer for Named {
        fn edition(&self) -> Edition {
            self.0
        }
        fn render(&self, _: &LocalizedBook, _: &[Download]) -> Result<Artifact, RenderError> {
            Err(RenderError(vec![]))
        }
    }

    struct Partnered(Edition, &'static str);
    impl Renderer for Partnered {
        fn edition(&self) -> Edition {
            self.0
        }
        fn render(&self, _: &LocalizedBook, _: &[Download]) -> Result<Artifact, RenderError> {
            Err(RenderError(vec![]))
        }
        fn partner(&self) -> Option<&str> {
            Some(self.1)
        }
    }

    #[test]
    fn partner_editions_get_their_own_files_and_the_site_does_not_offer_them() {
        let mut renderers: Vec<Arc<dyn Renderer>> = with_needs(&[Edition::Site, Edition::Cards])
            .into_iter()
            .map(|e| Arc::new(Named(e)) as Arc<dyn Renderer>)
            .collect();
        renderers.insert(0, Arc::new(Partnered(Edition::Handbook, "acme")));
        renderers.push(Arc::new(Partnered(Edition::Cards, "acme")));
        let plan = Plan::new("out".into(), "b", &["fi".into()], &renderers);
        let files: Vec<&str> = plan.jobs.iter().map(Job::file).collect();
        assert_eq!(
            files,
            [
                "fi/b-fi-acme.pdf",
                "fi/b-fi.pdf",
                "fi/b-fi.epub",
                "fi/b-fi-cards.pdf",
                "fi/b-fi-acme-cards.pdf",
                "site/fi"
            ]
        );
        assert_eq!(plan.jobs[5].needs, [1, 2, 3]);
        let possible = possible_outputs("b", &["fi".into()], &["acme".into()]);
        for f in &files {
            assert!(possible.contains(*f), "{f} is not a possible output");
        }
        assert!(!possible.iter().any(|f| f.contains("acme.epub")));
    }

    #[test]
    fn the_site_comes_after_what_it_offers_and_names_it() {
        let renderers: Vec<Arc<dyn Renderer>> = with_needs(&[Edition::Site])
            .into_iter()
            .map(|e| Arc::new(Named(e)) as Arc<dyn Renderer>)
            .collect();
        let plan = Plan::new("out".into(), "b", &["en".into(), "fi".into()], &renderers);
        let files: Vec<&str> = plan.jobs.iter().map(Job::file).collect();
        assert_eq!(
            files,
            [
                "en/b-en.pdf",
                "en/b-en.epub",
                "en/b-en-cards.pdf",
                "fi/b-fi.pdf",
                "fi/b-fi.epub",
                "fi/b-fi-cards.pdf",
                "site/en",
                "site/fi"
            ]
        );
        assert_eq!(plan.jobs[7].needs, [3, 4, 5]);
        assert!(plan.jobs[..6].iter().all(|j| j.needs.is_empty()));
    }
}
