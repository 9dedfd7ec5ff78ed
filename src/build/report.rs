//! What each job did, the closing summary table and `build-report.json`.

use std::time::Duration;

use serde::Serialize;

use super::cache::Leftover;
use crate::diag::Diagnostic;

/// How one job ended.
#[derive(Debug, Serialize)]
pub struct JobOutcome {
    /// Output path relative to the output folder.
    pub file: String,
    /// Locale.
    pub locale: String,
    /// Edition name.
    pub edition: &'static str,
    /// `built`, `fresh` (skipped, unchanged) or `failed`.
    pub status: &'static str,
    /// Page count, for PDFs.
    pub pages: Option<usize>,
    /// File size in bytes.
    pub bytes: u64,
    /// When the job started, counted from the start of the run.
    #[serde(serialize_with = "secs")]
    pub started: Duration,
    /// Wall time of the job, from its start to its end (jobs run side by side, one per
    /// thread, so these overlap and add up to more than the build took).
    #[serde(serialize_with = "secs")]
    pub time: Duration,
    /// Warnings and errors of the job.
    pub diagnostics: Vec<Diagnostic>,
    /// Facts worth knowing (e.g. card text shrunk or continued).
    pub notes: Vec<String>,
}

fn secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0).round() / 1000.0)
}

/// The build report.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Every job.
    pub jobs: Vec<JobOutcome>,
    /// Locales that were not built, with the reason.
    pub skipped: Vec<(String, String)>,
    /// Files vetpress wrote earlier that the project no longer produces.
    pub leftovers: Vec<Leftover>,
}

impl Report {
    /// Whether anything failed.
    pub fn failed(&self) -> bool {
        !self.skipped.is_empty() || self.jobs.iter().any(|j| j.status == "failed")
    }

    /// The summary table.
    pub fn table(&self) -> String {
        // As wide as the longest name (a partner's cards file runs past 36 characters).
        let w = self.jobs.iter().map(|j| j.file.chars().count()).max().unwrap_or(0).max(36);
        let mut out = format!(
            "{:<w$} {:>7} {:>6} {:>10} {:>8} {:>8} {:>8}\n",
            "artifact", "status", "pages", "size", "start", "wall", "warnings"
        );
        for j in &self.jobs {
            let warnings = j.diagnostics.iter().filter(|d| !d.is_error()).count();
            out.push_str(&format!(
                "{:<w$} {:>7} {:>6} {:>10} {:>7.2}s {:>7.2}s {:>8}\n",
                j.file,
                j.status,
                j.pages.map_or("-".to_string(), |p| p.to_string()),
                human_size(j.bytes),
                j.started.as_secs_f64(),
                j.time.as_secs_f64(),
                warnings
            ));
        }
        if !self.jobs.is_empty() {
            out.push_str(
                "(start: seconds after the first job began; wall: the job's own start to end; jobs run side by side, one per thread)\n",
            );
        }
        for j in &self.jobs {
            for note in &j.notes {
                out.push_str(&format!("note: {}: {note}\n", j.file));
            }
        }
        for (locale, why) in &self.skipped {
            out.push_str(&format!("{locale:<w$} skipped: {why}\n"));
        }
        for l in &self.leftovers {
            out.push_str(&match l.removed {
                true => format!("removed {}: the project no longer builds it\n", l.file),
                false => format!(
                    "kept {}: the project no longer builds it, but it changed since vetpress wrote it\n",
                    l.file
                ),
            });
        }
        out
    }
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}
