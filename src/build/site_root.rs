//! The site's shared root (`site/index.html`, `site/opds.xml`, `site/assets/`): written
//! after the locales' folders, listing the locales whose site is on disk.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use rayon::prelude::*;

use super::cache::{Cache, Entry, Written, hash};
use super::job::{internal_error, write};
use super::report::JobOutcome;
use super::run::Progress;
use crate::diag::Diagnostic;
use crate::doc;
use crate::pipeline::Loaded;
use crate::render::site::{ROOT_ENTRIES, RootLocale, SiteRenderer};
use crate::render::{Artifact, Edition, Payload, Target};

/// Everything the root is made from.
pub struct Root<'a> {
    /// The project.
    pub loaded: &'a Loaded,
    /// The site renderer.
    pub site: &'a SiteRenderer,
    /// Output folder.
    pub out: &'a Path,
    /// Hash of the theme files.
    pub theme_hash: &'a str,
    /// Rebuild even when fresh.
    pub force: bool,
    /// When the run began.
    pub epoch: Instant,
}

/// The report line of the root and the cache key its warnings are kept under.
const FILE: &str = "site/index.html";

impl Root<'_> {
    /// Build the root, or replay it when nothing it shows changed.
    pub fn build(&self, cache: &mut Cache, progress: &dyn Progress, pool: &rayon::ThreadPool) -> JobOutcome {
        progress.started(FILE);
        let started = Instant::now();
        let locales = pool.install(|| self.locales());
        let inputs = self.inputs(&locales);
        let mut o = outcome("fresh");
        match cache.fresh(self.out, FILE, &inputs).filter(|_| !self.force) {
            Some(entry) => {
                o.pages = entry.pages;
                o.diagnostics = entry.warnings.iter().map(|w| w.to_diagnostic()).collect();
                o.bytes = entry.bytes();
            }
            None => o = self.render(&locales, &inputs, cache),
        }
        o.started = started - self.epoch;
        o.time = started.elapsed();
        progress.finished(&o);
        o
    }

    /// Every project locale whose site folder is on disk, resolved for its title page data.
    fn locales(&self) -> Vec<RootLocale> {
        let project = &self.loaded.project;
        let id = &project.manifest.id;
        project
            .locales()
            .par_iter()
            .filter(|l| self.out.join(format!("site/{l}/index.html")).is_file())
            .map(|l| {
                let book = doc::resolve(project, &self.loaded.catalog, l, &mut Vec::new());
                let epub = format!("{l}/download/{id}-{l}.epub");
                let size = std::fs::metadata(self.out.join("site").join(&epub)).ok().map(|m| m.len());
                RootLocale::from_book(&book, size.map(|s| (epub, s)))
            })
            .collect()
    }

    /// Everything the root shows: each locale's metadata, names, labels and EPUB.
    fn inputs(&self, locales: &[RootLocale]) -> String {
        let shown: Vec<String> = locales
            .iter()
            .map(|l| {
                let meta = serde_json::to_string(&l.meta).unwrap_or_default();
                let labels = serde_json::to_string(&l.labels).unwrap_or_default();
                format!("{}\n{}\n{}\n{meta}\n{labels}\n{:?}", l.locale, l.lang, l.language_name, l.epub)
            })
            .collect();
        let parts =
            [super::inputs::build_id(), self.theme_hash].into_iter().chain(shown.iter().map(String::as_str));
        hash(parts.map(str::as_bytes))
    }

    fn render(&self, locales: &[RootLocale], inputs: &str, cache: &mut Cache) -> JobOutcome {
        let rendered =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.site.render_root(locales)));
        let mut o = outcome("built");
        let artifact = match rendered {
            Ok(Ok(a)) => a,
            Ok(Err(e)) => return failed(e.0),
            Err(panic) => return failed(vec![internal_error("rendering the site's root", panic.as_ref())]),
        };
        let Artifact { payload, pages, warnings, notes } = artifact;
        let parts = match split(payload) {
            Ok(p) => p,
            Err(e) => return failed(vec![Diagnostic::error("site", e)]),
        };
        o.pages = pages;
        o.diagnostics = warnings;
        o.notes = notes;
        for (target, payload) in &parts {
            o.bytes += payload.len();
            if let Err(e) = write(self.out, target, payload) {
                let path = self.out.join(target.path());
                o.status = "failed";
                o.diagnostics.push(Diagnostic::error("io", format!("cannot write {}: {e}", path.display())));
                return o;
            }
        }
        for (target, payload) in parts {
            let first = target.path() == FILE;
            cache.record(
                target.path().to_string(),
                Entry {
                    inputs: inputs.to_string(),
                    files: Written::all(&payload),
                    pages: if first { o.pages } else { None },
                    warnings: if first { o.diagnostics.iter().map(Into::into).collect() } else { vec![] },
                    notes: if first { o.notes.clone() } else { vec![] },
                },
            );
        }
        o
    }
}

/// The root's files by target: a top-level file each, a folder each (`assets/`).
fn split(payload: Payload) -> Result<Vec<(Target, Payload)>, String> {
    let Payload::Folder(files) = payload else {
        return Err("the site's root must be a set of files".into());
    };
    let mut folders: BTreeMap<String, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    let mut parts = Vec::new();
    for (path, bytes) in files {
        let (head, rest) = path.split_once('/').map_or((path.as_str(), None), |(h, r)| (h, Some(r)));
        if !ROOT_ENTRIES.contains(&head) {
            let msg = format!("the site's root may hold only {}, not `{path}`", ROOT_ENTRIES.join(", "));
            return Err(msg);
        }
        match rest {
            None => parts.push((Target::File(format!("site/{head}")), Payload::File(bytes))),
            Some(rest) => {
                folders.entry(head.to_string()).or_default().insert(rest.to_string(), bytes);
            }
        }
    }
    parts.extend(
        folders
            .into_iter()
            .map(|(dir, files)| (Target::Folder(format!("site/{dir}")), Payload::Folder(files))),
    );
    // The index goes last: while it is old, it links only to what exists.
    parts.sort_by_key(|(t, _)| t.path() == FILE);
    Ok(parts)
}

fn outcome(status: &'static str) -> JobOutcome {
    JobOutcome {
        file: FILE.into(),
        locale: String::new(),
        edition: Edition::Site.name(),
        status,
        pages: None,
        bytes: 0,
        started: std::time::Duration::ZERO,
        time: std::time::Duration::ZERO,
        diagnostics: Vec::new(),
        notes: Vec::new(),
    }
}

fn failed(diagnostics: Vec<Diagnostic>) -> JobOutcome {
    JobOutcome { diagnostics, ..outcome("failed") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_splits_into_files_and_folders_and_refuses_others() {
        let files: BTreeMap<String, Vec<u8>> = [
            ("index.html".to_string(), b"i".to_vec()),
            ("opds.xml".to_string(), b"o".to_vec()),
            ("assets/site.css".to_string(), b"c".to_vec()),
            ("assets/js/site.js".to_string(), b"j".to_vec()),
        ]
        .into();
        let parts = split(Payload::Folder(files)).expect("split");
        let targets: Vec<&str> = parts.iter().map(|(t, _)| t.path()).collect();
        assert_eq!(targets, ["site/opds.xml", "site/assets", "site/index.html"]);
        assert!(matches!(&parts[1], (Target::Folder(_), Payload::Folder(f)) if f.contains_key("js/site.js")));
        let bad: BTreeMap<String, Vec<u8>> = [("fi/index.html".to_string(), b"x".to_vec())].into();
        assert!(split(Payload::Folder(bad)).is_err(), "the root may not write a locale's folder");
    }
}
