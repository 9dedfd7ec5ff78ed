//! The warm session: one process that builds again and again. The project and catalog are
//! reloaded every round (cheap); the expensive state — fonts, parsed Typst theme sources,
//! compiled site templates (the [`Registry`]), the executable's hash and Typst's memoised
//! layout — is kept until the theme or an image changes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::change::{self, Change, Rebuild, Scope};
use crate::build::run::Progress;
use crate::build::{JobOutcome, Report};
use crate::diag::{self, Diagnostic};
use crate::pipeline;
use crate::render::{Edition, Registry};

/// How many rounds a memoised Typst result survives unused: the last edited locale's
/// layout stays warm, older ones go, so memory stays flat however long the watch runs.
const ROUND_MEMO_AGE: usize = 2;

/// What to build, as on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    /// Project root.
    pub root: PathBuf,
    /// Locales (empty: all).
    pub locales: Vec<String>,
    /// Editions (empty: all).
    pub editions: Vec<Edition>,
    /// Output folder.
    pub out: PathBuf,
    /// Build threads (`None`: one per core).
    pub jobs: Option<usize>,
    /// Font folders from `--font-path`.
    pub font_path: Vec<PathBuf>,
}

/// What one round did.
#[derive(Debug)]
pub struct Round {
    /// 0 for the first build.
    pub number: usize,
    /// The changed inputs that started it, relative to the project root.
    pub changed: Vec<String>,
    /// The build's report; `None` when the project could not be loaded.
    pub report: Option<Report>,
    /// Every diagnostic of the round (load, lint, resolve, jobs), deduplicated.
    pub diags: Vec<Diagnostic>,
    /// Wall time from the start of the round.
    pub time: Duration,
    /// Of which: loading the project and translations (before any job starts).
    pub load: Duration,
}

impl Round {
    /// The files (outputs) this round wrote.
    pub fn written(&self) -> Vec<&str> {
        self.jobs().filter(|j| j.status == "built").map(|j| j.file.as_str()).collect()
    }

    fn jobs(&self) -> impl Iterator<Item = &JobOutcome> {
        self.report.iter().flat_map(|r| r.jobs.iter())
    }

    /// One line: what changed, what was rebuilt, how long it took.
    pub fn summary(&self) -> String {
        let what = if self.number == 0 { "first build".to_string() } else { list(&self.changed, "files") };
        let written = self.written();
        let fresh = self.jobs().filter(|j| j.status == "fresh").count();
        let failed: Vec<&str> =
            self.jobs().filter(|j| j.status == "failed").map(|j| j.file.as_str()).collect();
        let mut line = format!(
            "{what}: rebuilt {}",
            if written.is_empty() { "nothing".to_string() } else { list(&written, "files") }
        );
        if fresh > 0 {
            line.push_str(&format!(" ({fresh} unchanged)"));
        }
        if !failed.is_empty() {
            line.push_str(&format!("; failed {}", failed.join(", ")));
        }
        if let Some(r) = &self.report {
            for (locale, why) in &r.skipped {
                line.push_str(&format!("; skipped {locale} ({why})"));
            }
        }
        let (errors, _) = diag::count(&self.diags);
        if self.report.is_none() || errors > 0 || !failed.is_empty() {
            line.push_str("; last good outputs kept");
        }
        format!("{line} in {} ms", self.time.as_millis())
    }

    /// Where the time went: loading, then each job that ran, from the round's start.
    pub fn timings(&self) -> Vec<String> {
        let mut lines = vec![format!("  load project and translations: {} ms", self.load.as_millis())];
        for j in self.jobs().filter(|j| j.status != "fresh") {
            lines.push(format!("  {} {}: {} ms", j.status, j.file, j.time.as_millis()));
        }
        lines
    }
}

/// Put the outcomes of an earlier partial run over the replays ("fresh") of its jobs.
fn merge(report: &mut Report, early: Report) {
    for outcome in early.jobs {
        if let Some(j) = report.jobs.iter_mut().find(|j| j.file == outcome.file) {
            *j = outcome;
        }
    }
}

/// Up to four names, else the first three and a count.
fn list<S: AsRef<str>>(names: &[S], what: &str) -> String {
    let shown: Vec<&str> =
        names.iter().take(if names.len() > 4 { 3 } else { 4 }).map(AsRef::as_ref).collect();
    match names.len() - shown.len() {
        0 => shown.join(", "),
        more => format!("{} and {more} more {what}", shown.join(", ")),
    }
}

/// Fonts, theme sources and templates for one theme and asset store.
struct Warm {
    registry: Registry,
    theme_hash: String,
}

/// A session: build once, then again for each batch of changes.
pub struct Session {
    options: Options,
    pool: rayon::ThreadPool,
    warm: Option<Warm>,
    rounds: usize,
}

/// Why a session cannot start.
#[derive(Debug, thiserror::Error)]
#[error("cannot start {0} build threads: {1}")]
pub struct PoolError(usize, String);

impl Session {
    /// A session; nothing is built yet.
    pub fn new(options: Options) -> Result<Self, PoolError> {
        let threads = options.jobs.unwrap_or(0);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| PoolError(threads, e.to_string()))?;
        // Hash the executable (the cache's build id) once, while the project loads.
        std::thread::spawn(|| {
            crate::build::inputs::build_id();
        });
        Ok(Session { options, pool, warm: None, rounds: 0 })
    }

    /// The options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The first build: every selected locale.
    pub fn first(&mut self, progress: &dyn Progress) -> Round {
        self.build(Vec::new(), None, progress)
    }

    /// Rebuild after `changed` (paths relative to the project root); `None` when none of
    /// them is an input.
    pub fn changed(&mut self, changed: &[PathBuf], progress: &dyn Progress) -> Option<Round> {
        let changes: Vec<Change> = changed.iter().map(|p| change::classify(p)).collect();
        let names: Vec<String> = changed
            .iter()
            .zip(&changes)
            .filter(|(_, c)| **c != Change::Ignored)
            .map(|(p, _)| p.to_string_lossy().replace('\\', "/"))
            .collect();
        if names.is_empty() {
            return None;
        }
        Some(self.build(names, Some(&changes), progress))
    }

    fn build(&mut self, changed: Vec<String>, changes: Option<&[Change]>, progress: &dyn Progress) -> Round {
        let started = Instant::now();
        let number = self.rounds;
        self.rounds += 1;
        let mut diags = Vec::new();
        let finish = |report, diags, load| Round {
            number,
            changed: changed.clone(),
            report,
            diags,
            time: started.elapsed(),
            load,
        };
        let Some(mut loaded) = pipeline::load(&self.options.root, &mut diags) else {
            return finish(None, diags, started.elapsed());
        };
        loaded.project.fonts.dirs.clone_from(&self.options.font_path);
        pipeline::save_states(&loaded, &mut diags);
        let load = started.elapsed();
        let reference = &loaded.project.manifest.reference_locale;
        let plan =
            changes.map_or(Rebuild { scope: Scope::All, assets: false }, |c| change::rebuild(c, reference));
        let locales = match self.locales(&loaded.project.locales(), &plan.scope) {
            Ok(l) => l,
            Err(d) => {
                diags.push(*d);
                return finish(None, diags, load);
            }
        };
        diags.retain(|d| d.locale.as_ref().is_none_or(|l| locales.contains(l)));
        self.warm_up(&loaded.project, plan.assets);
        // One locale: keep its layout memoised for the next round; more: bound memory
        // per job as a plain build does.
        let keep_memo = number > 0 && locales.len() == 1;
        let editions = if self.options.editions.is_empty() { Edition::ALL } else { &self.options.editions };
        let registry = &self.warm.as_ref().expect("warmed up above").registry;
        let run = |editions: &[Edition], diags: &[Diagnostic]| {
            let request = crate::build::Request {
                locales: &locales,
                editions,
                partners: &[],
                out: &self.options.out,
                force: false,
                keep_memo,
            };
            crate::build::build_with(&loaded, diags, &request, progress, &self.pool, registry)
        };
        // The handbook a translator is looking at comes first, with every thread, when
        // one locale changed; the other editions follow (the handbook is then fresh).
        let all = crate::build::plan::with_needs(editions);
        let first = (keep_memo && all.contains(&Edition::Handbook) && all.len() > 1)
            .then(|| run(&[Edition::Handbook], &diags));
        let (mut report, resolved) = run(editions, &diags);
        if let Some((early, early_diags)) = first {
            merge(&mut report, early);
            diags.extend(early_diags);
        }
        if keep_memo {
            typst::comemo::evict(ROUND_MEMO_AGE);
        }
        diags.extend(resolved);
        diags.extend(report.jobs.iter().flat_map(|j| j.diagnostics.iter().cloned()));
        diag::dedup(&mut diags);
        finish(Some(report), diags, load)
    }

    /// The selected locales within `scope`, in project order; an unknown selected locale
    /// is an error (it may have been removed from `book.toml` while watching).
    fn locales(&self, all: &[String], scope: &Scope) -> Result<Vec<String>, Box<Diagnostic>> {
        pipeline::select_locales(all.to_vec(), &self.options.locales)
            .map(|wanted| scope.narrow(&wanted))
            .map_err(|message| Box::new(Diagnostic::error("usage", message)))
    }

    /// Keep the registry while the theme's files, the fonts and the images are unchanged.
    fn warm_up(&mut self, project: &crate::project::Project, assets_changed: bool) {
        let theme_hash = crate::build::looks_hash(project);
        let keep = self.warm.as_ref().is_some_and(|w| w.theme_hash == theme_hash) && !assets_changed;
        if !keep {
            let registry = Registry::new(&project.theme, project.assets.clone()).with_fonts(&project.fonts);
            self.warm = Some(Warm { registry, theme_hash });
        }
    }

    /// The project root.
    pub fn root(&self) -> &Path {
        &self.options.root
    }
}
