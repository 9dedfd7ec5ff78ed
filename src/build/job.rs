//! One job: render one edition of one locale and write it, or replay what the cache
//! recorded. A panic in a renderer fails only its job.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::Duration;

use super::cache::{Entry, Written};
use super::output::{replace_folder, write_atomic};
use super::plan::Job;
use super::report::JobOutcome;
use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;
use crate::render::{Download, Payload, Target};

fn outcome(job: &Job, book: &LocalizedBook, status: &'static str) -> JobOutcome {
    JobOutcome {
        file: job.file().to_string(),
        locale: book.locale.clone(),
        edition: job.renderer.edition().name(),
        status,
        pages: None,
        bytes: 0,
        started: Duration::ZERO,
        time: Duration::ZERO,
        diagnostics: Vec::new(),
        notes: Vec::new(),
    }
}

/// A fresh job tells what the job that wrote the file told.
pub fn replay(job: &Job, book: &LocalizedBook, entry: &Entry) -> JobOutcome {
    let mut o = outcome(job, book, "fresh");
    o.pages = entry.pages;
    o.bytes = entry.bytes();
    o.diagnostics = entry.warnings.iter().map(|w| w.to_diagnostic()).collect();
    o.notes = entry.notes.clone();
    o
}

/// Render and write; the cache entry (without its input hash) when the output was written.
pub fn execute(
    out: &Path,
    job: &Job,
    book: &LocalizedBook,
    downloads: &[Download],
) -> (JobOutcome, Option<Entry>) {
    let rendered = catch_unwind(AssertUnwindSafe(|| job.renderer.render(book, downloads)));
    match rendered {
        Ok(Ok(artifact)) => {
            let mut o = outcome(job, book, "built");
            o.pages = artifact.pages;
            o.bytes = artifact.payload.len();
            o.diagnostics = artifact.warnings;
            o.notes = artifact.notes;
            if let Err(e) = write(out, &job.target, &artifact.payload) {
                o.status = "failed";
                o.diagnostics.push(
                    Diagnostic::error("io", format!("cannot write {}: {e}", out.join(job.file()).display()))
                        .locale(&book.locale),
                );
                return (o, None);
            }
            let entry = Entry {
                inputs: String::new(),
                files: Written::all(&artifact.payload),
                pages: o.pages,
                warnings: o.diagnostics.iter().map(Into::into).collect(),
                notes: o.notes.clone(),
            };
            (o, Some(entry))
        }
        Ok(Err(e)) => {
            let mut o = outcome(job, book, "failed");
            o.diagnostics = e.0.into_iter().map(|d| d.locale(&book.locale)).collect();
            (o, None)
        }
        Err(panic) => {
            let mut o = outcome(job, book, "failed");
            o.diagnostics = vec![
                internal_error(&format!("rendering {}", job.file()), panic.as_ref()).locale(&book.locale),
            ];
            (o, None)
        }
    }
}

/// Write a payload to its target: a file atomically, a folder by swapping it in whole.
pub fn write(out: &Path, target: &Target, payload: &Payload) -> std::io::Result<()> {
    let path = out.join(target.path());
    match (target, payload) {
        (Target::File(_), Payload::File(bytes)) => write_atomic(&path, bytes),
        (Target::Folder(_), Payload::Folder(files)) => replace_folder(&path, files),
        (Target::File(_), Payload::Folder(_)) | (Target::Folder(_), Payload::File(_)) => Err(
            std::io::Error::other("the renderer produced a file where a folder was expected, or the reverse"),
        ),
    }
}

/// A panic, as a diagnostic: a bug in vetpress or Typst, never the user's fault.
pub fn internal_error(while_doing: &str, panic: &(dyn Any + Send)) -> Diagnostic {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    Diagnostic::error("internal", format!("internal error while {while_doing}: {what}"))
        .hint("this is a bug in vetpress or Typst, not in your project; please report it with this message")
}
