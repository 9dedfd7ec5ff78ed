//! Run a plan on a rayon pool; one failed (or panicking) job never touches another's
//! output.
//!
//! Each pool thread takes one job at a time from a shared counter (`broadcast`), so a job
//! is never started inside another job while that one waits for Typst's own parallel work
//! (as happens with `par_iter` over the jobs): at most one job per thread is alive, which
//! keeps memory flat, and a job's wall time is its own, give or take small pieces of
//! Typst work it helps other threads with. A locale's book is resolved when its first job
//! starts and dropped when its last job ends.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Instant;

use super::cache::{Cache, Entry};
use super::inputs::{downloads_hash, job_hash, partner_hash};
use super::job::{execute, internal_error, replay};
use super::plan::{Job, Plan};
use super::report::JobOutcome;
use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;
use crate::render::Download;

/// Told about each job as it starts and ends (progress bar or plain lines).
pub trait Progress: Sync {
    /// A job started.
    fn started(&self, file: &str);
    /// A job ended.
    fn finished(&self, outcome: &JobOutcome);
}

/// One locale, ready to render or not.
pub enum Prepared {
    /// The book and the hash of everything its editions read (see `inputs::locale_hash`).
    Ready {
        /// The resolved book.
        book: Box<LocalizedBook>,
        /// Hash of the locale's inputs.
        inputs: String,
    },
    /// Why the locale is skipped.
    Blocked(String),
}

/// Prepares one locale (resolve, check, hash); returns it with the diagnostics found.
pub type Prepare<'a> = dyn Fn(&str) -> (Prepared, Vec<Diagnostic>) + Sync + 'a;

/// What a run did.
pub struct Ran {
    /// When the run began: job start times count from here.
    pub epoch: Instant,
    /// Every job of a locale that could be built, in plan order.
    pub jobs: Vec<JobOutcome>,
    /// Locales skipped, with the reason, in plan order.
    pub skipped: Vec<(String, String)>,
    /// Diagnostics of preparing the locales, in plan order.
    pub diags: Vec<Diagnostic>,
}

/// How many evictions a memoised Typst result survives unused. Results are reused across
/// jobs (theme modules, fonts); a locale's own layout is not, so it goes soon.
const MEMO_AGE: usize = 3;

/// Run every job of `plan` on `pool`, skipping jobs the cache says are fresh unless `force`;
/// Typst's memoised results are evicted after each job unless `keep_memo`.
pub fn run(
    plan: &Plan,
    prepare: &Prepare<'_>,
    cache: &mut Cache,
    (force, keep_memo): (bool, bool),
    progress: &dyn Progress,
    pool: &rayon::ThreadPool,
) -> Ran {
    let ctx = Context {
        plan,
        prepare,
        cache: Mutex::new(std::mem::take(cache)),
        force,
        keep_memo,
        progress,
        slots: (0..plan.locales.len()).map(|i| Slot::new(plan.jobs_of(i))).collect(),
        next: AtomicUsize::new(0),
        epoch: Instant::now(),
        ended: Mutex::new(vec![None; plan.jobs.len()]),
        signal: Condvar::new(),
    };
    let mut done: Vec<(usize, JobOutcome)> = pool.broadcast(|_| ctx.work()).into_iter().flatten().collect();
    done.sort_by_key(|(i, _)| *i);
    let jobs = done.into_iter().map(|(_, o)| o).collect();
    let mut ran = Ran { epoch: ctx.epoch, jobs, skipped: Vec::new(), diags: Vec::new() };
    for (slot, locale) in ctx.slots.into_iter().zip(&plan.locales) {
        let (diags, skipped) = slot.report.into_inner().unwrap_or_else(PoisonError::into_inner);
        ran.diags.extend(diags);
        ran.skipped.extend(skipped.map(|why| (locale.clone(), why)));
    }
    *cache = ctx.cache.into_inner().unwrap_or_else(PoisonError::into_inner);
    ran
}

/// One locale's book while its jobs run.
struct Slot {
    /// Prepared by the first job that needs it; dropped after the last.
    prepared: Mutex<Option<Arc<Prepared>>>,
    /// Jobs of this locale not yet finished.
    left: AtomicUsize,
    /// Diagnostics of preparing, and the reason the locale is skipped.
    report: Mutex<(Vec<Diagnostic>, Option<String>)>,
}

impl Slot {
    fn new(jobs: usize) -> Self {
        Slot { prepared: Mutex::new(None), left: AtomicUsize::new(jobs), report: Mutex::default() }
    }
}

struct Context<'a> {
    plan: &'a Plan,
    prepare: &'a Prepare<'a>,
    cache: Mutex<Cache>,
    force: bool,
    keep_memo: bool,
    progress: &'a dyn Progress,
    slots: Vec<Slot>,
    next: AtomicUsize,
    epoch: Instant,
    /// Per job: `None` while not ended, else whether its output is on disk.
    ended: Mutex<Vec<Option<bool>>>,
    /// Wakes jobs waiting for the jobs they need.
    signal: Condvar,
}

impl Context<'_> {
    /// One thread's share: take jobs until none are left.
    fn work(&self) -> Vec<(usize, JobOutcome)> {
        let mut done = Vec::new();
        loop {
            let i = self.next.fetch_add(1, Ordering::SeqCst);
            let Some(job) = self.plan.jobs.get(i) else { return done };
            let outcome = self.job(job);
            self.end(i, outcome.as_ref().is_some_and(|o| o.status != "failed"));
            if let Some(outcome) = outcome {
                done.push((i, outcome));
            }
            let slot = &self.slots[job.locale];
            if slot.left.fetch_sub(1, Ordering::SeqCst) == 1 {
                *slot.prepared.lock().unwrap_or_else(PoisonError::into_inner) = None;
            }
            // Bound the memoisation cache: results unused for a few jobs are dropped.
            if !self.keep_memo {
                typst::comemo::evict(MEMO_AGE);
            }
        }
    }

    /// Record that job `i` ended and wake the jobs waiting for it.
    fn end(&self, i: usize, written: bool) {
        self.lock_ended()[i] = Some(written);
        self.signal.notify_all();
    }

    fn lock_ended(&self) -> std::sync::MutexGuard<'_, Vec<Option<bool>>> {
        self.ended.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wait for the jobs `job` needs (taken earlier by other threads, and needing nothing
    /// themselves, so this cannot deadlock); read back the outputs they wrote.
    fn downloads(&self, job: &Job) -> Vec<Download> {
        let mut ended = self.lock_ended();
        while job.needs.iter().any(|&n| ended[n].is_none()) {
            ended = self.signal.wait(ended).unwrap_or_else(PoisonError::into_inner);
        }
        let written: Vec<usize> = job.needs.iter().copied().filter(|&n| ended[n] == Some(true)).collect();
        drop(ended);
        written
            .into_iter()
            .filter_map(|n| {
                let need = &self.plan.jobs[n];
                let path = self.plan.out.join(need.file());
                let bytes = std::fs::read(&path).ok()?;
                let file_name = path.file_name()?.to_string_lossy().into_owned();
                Some(Download { edition: need.renderer.edition(), file_name, bytes: Arc::new(bytes) })
            })
            .collect()
    }

    /// Run one job; `None` when its locale is skipped.
    fn job(&self, job: &Job) -> Option<JobOutcome> {
        let prepared = self.prepared(job.locale);
        let Prepared::Ready { book, inputs } = &*prepared else { return None };
        let downloads = self.downloads(job);
        let own = partner_hash(&job_hash(inputs, job.renderer.edition()), job.renderer.partner());
        let hash = downloads_hash(&own, &downloads);
        self.progress.started(job.file());
        let started = Instant::now();
        let fresh = if self.force {
            None
        } else {
            self.lock_cache().fresh(&self.plan.out, job.file(), &hash).cloned()
        };
        let mut outcome = match fresh {
            Some(entry) => replay(job, book, &entry),
            None => {
                let (outcome, entry) = execute(&self.plan.out, job, book, &downloads);
                if let Some(entry) = entry {
                    self.lock_cache().record(job.file().to_string(), Entry { inputs: hash, ..entry });
                }
                outcome
            }
        };
        outcome.started = started - self.epoch;
        outcome.time = started.elapsed();
        self.progress.finished(&outcome);
        Some(outcome)
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The locale's book, prepared by whichever of its jobs asks first.
    fn prepared(&self, locale: usize) -> Arc<Prepared> {
        let slot = &self.slots[locale];
        let mut guard = slot.prepared.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(p) = &*guard {
            return p.clone();
        }
        let tag = &self.plan.locales[locale];
        let (prepared, diags) =
            catch_unwind(AssertUnwindSafe(|| (self.prepare)(tag))).unwrap_or_else(|panic| {
                let d = internal_error(&format!("preparing locale `{tag}`"), panic.as_ref()).locale(tag);
                (Prepared::Blocked(d.message.clone()), vec![d])
            });
        let skipped = match &prepared {
            Prepared::Blocked(why) => Some(why.clone()),
            Prepared::Ready { .. } => None,
        };
        *slot.report.lock().unwrap_or_else(PoisonError::into_inner) = (diags, skipped);
        let prepared = Arc::new(prepared);
        *guard = Some(prepared.clone());
        prepared
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Artifact, Edition, Payload, RenderError, Renderer};

    /// Renders a fixed text, or panics for one locale.
    struct Test {
        edition: Edition,
        panic_for: &'static str,
    }

    impl Renderer for Test {
        fn edition(&self) -> Edition {
            self.edition
        }
        fn render(&self, book: &LocalizedBook, _: &[Download]) -> Result<Artifact, RenderError> {
            assert!(book.locale != self.panic_for, "renderer exploded on {}", book.locale);
            let warnings = vec![Diagnostic::warning("test", format!("warned for {}", book.locale))];
            let payload = Payload::File(book.locale.as_bytes().to_vec());
            Ok(Artifact { payload, pages: Some(2), warnings, notes: vec![] })
        }
    }

    struct Quiet;
    impl Progress for Quiet {
        fn started(&self, _: &str) {}
        fn finished(&self, _: &JobOutcome) {}
    }

    fn shipped_book(locale: &str) -> LocalizedBook {
        let mut diags = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::pipeline::load(root, &mut diags).expect("shipped project");
        crate::doc::resolve(&loaded.project, &loaded.catalog, locale, &mut diags)
    }

    fn plan(out: &std::path::Path, panic_for: &'static str) -> Plan {
        let renderers: Vec<Arc<dyn Renderer>> = [Edition::Handbook, Edition::Epub]
            .iter()
            .map(|e| Arc::new(Test { edition: *e, panic_for }) as Arc<dyn Renderer>)
            .collect();
        Plan::new(out.to_path_buf(), "b", &["en".into(), "fi".into(), "sv".into()], &renderers)
    }

    fn prepare(locale: &str) -> (Prepared, Vec<Diagnostic>) {
        match locale {
            "sv" => {
                (Prepared::Blocked("1 error(s)".into()), vec![Diagnostic::error("x", "broken").locale("sv")])
            }
            _ => (
                Prepared::Ready {
                    book: Box::new(shipped_book(locale)),
                    inputs: format!("inputs of {locale}"),
                },
                vec![],
            ),
        }
    }

    #[test]
    fn a_panicking_job_fails_alone_and_the_others_are_cached() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("pool");
        let mut cache = Cache::load(dir.path());
        let ran = run(&plan(dir.path(), "fi"), &prepare, &mut cache, (false, false), &Quiet, &pool);
        let status: Vec<_> = ran.jobs.iter().map(|j| (j.file.as_str(), j.status)).collect();
        assert_eq!(
            status,
            [
                ("en/b-en.pdf", "built"),
                ("en/b-en.epub", "built"),
                ("fi/b-fi.pdf", "failed"),
                ("fi/b-fi.epub", "failed")
            ]
        );
        let d = &ran.jobs[2].diagnostics[0];
        assert!(d.is_error() && d.message.contains("internal error while rendering fi/b-fi.pdf"), "{d:?}");
        assert!(
            d.message.contains("renderer exploded on fi")
                && d.hint.as_deref().is_some_and(|h| h.contains("report"))
        );
        assert_eq!(ran.skipped, [("sv".to_string(), "1 error(s)".to_string())]);
        assert_eq!(ran.diags.len(), 1);
        assert_eq!(std::fs::read(dir.path().join("en/b-en.pdf")).expect("written"), b"en");
        assert!(
            cache.fresh(dir.path(), "en/b-en.pdf", &job_hash("inputs of en", Edition::Handbook)).is_some()
        );
    }

    #[test]
    fn a_fresh_job_replays_its_pages_and_warnings() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("pool");
        let mut cache = Cache::load(dir.path());
        let first = run(&plan(dir.path(), "none"), &prepare, &mut cache, (false, false), &Quiet, &pool);
        let second = run(&plan(dir.path(), "none"), &prepare, &mut cache, (false, false), &Quiet, &pool);
        for (a, b) in first.jobs.iter().zip(&second.jobs) {
            assert_eq!((a.status, b.status), ("built", "fresh"));
            assert_eq!(
                (a.pages, a.bytes, &a.diagnostics, &a.notes),
                (b.pages, b.bytes, &b.diagnostics, &b.notes)
            );
        }
        assert_eq!(second.jobs[0].diagnostics[0].message, "warned for en");
    }
}
