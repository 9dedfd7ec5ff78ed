//! Run a plan on the current rayon pool; one failed job never touches another's output.

use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;

use super::cache::Cache;
use super::output::write_atomic;
use super::plan::{Job, Plan};
use super::report::JobOutcome;
use crate::diag::Diagnostic;

/// Told about each job as it starts and ends (progress bar or plain lines).
pub trait Progress: Sync {
    /// A job started.
    fn started(&self, file: &str);
    /// A job ended.
    fn finished(&self, outcome: &JobOutcome);
}

/// Run every job of `plan` (in parallel), skipping jobs the cache says are fresh unless `force`.
pub fn run(plan: &Plan<'_>, cache: &mut Cache, force: bool, progress: &dyn Progress) -> Vec<JobOutcome> {
    let shared = Mutex::new(std::mem::take(cache));
    let outcomes: Vec<JobOutcome> = plan
        .jobs
        .par_iter()
        .map(|job| {
            let fresh =
                !force && shared.lock().map(|c| c.fresh(&plan.out, &job.file, &job.hash)).unwrap_or(false);
            progress.started(&job.file);
            let outcome = if fresh { skipped(plan, job) } else { execute(plan, job) };
            if outcome.status == "built"
                && let Ok(mut c) = shared.lock()
            {
                c.record(job.file.clone(), job.hash.clone());
            }
            // Bound the memoisation cache: entries unused for a few jobs are dropped.
            comemo::evict(4);
            progress.finished(&outcome);
            outcome
        })
        .collect();
    *cache = shared.into_inner().unwrap_or_default();
    outcomes
}

fn outcome(job: &Job<'_>, status: &'static str, started: Instant) -> JobOutcome {
    JobOutcome {
        file: job.file.clone(),
        locale: job.book.locale.clone(),
        edition: job.renderer.edition().name(),
        status,
        pages: None,
        bytes: 0,
        time: started.elapsed(),
        diagnostics: Vec::new(),
        notes: Vec::new(),
    }
}

fn skipped(plan: &Plan<'_>, job: &Job<'_>) -> JobOutcome {
    let mut o = outcome(job, "fresh", Instant::now());
    o.bytes = std::fs::metadata(plan.out.join(&job.file)).map(|m| m.len()).unwrap_or(0);
    o
}

fn execute(plan: &Plan<'_>, job: &Job<'_>) -> JobOutcome {
    let started = Instant::now();
    match job.renderer.render(job.book) {
        Ok(artifact) => {
            let path = plan.out.join(&job.file);
            let mut o = outcome(job, "built", started);
            o.pages = artifact.pages;
            o.bytes = artifact.bytes.len() as u64;
            o.diagnostics = artifact.warnings;
            o.notes = artifact.notes;
            if let Err(e) = write_atomic(&path, &artifact.bytes) {
                o.status = "failed";
                o.diagnostics.push(Diagnostic::error("io", format!("cannot write {}: {e}", path.display())));
            }
            o.time = started.elapsed();
            o
        }
        Err(e) => {
            let mut o = outcome(job, "failed", started);
            o.diagnostics = e.0.into_iter().map(|d| d.locale(&job.book.locale)).collect();
            o
        }
    }
}
