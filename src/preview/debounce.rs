//! File events to debounced batches.
//!
//! Own code rather than `notify-debouncer-mini`: that crate drops the event kind, and on
//! Linux inotify also reports files being opened and read, so every build's own reading
//! of the sources would start the next round, forever. Here reads (`Access`) are dropped
//! and a batch ends after [`DEBOUNCE`] without further events, or after [`SETTLED`] once a
//! file was closed after writing or renamed into place (the last step of an editor's save).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{Event, EventKind};

/// Quiet time after the last event of a save before a round starts: editors write a file
/// in several steps (temp file, rename, metadata) within a few milliseconds.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// Quiet time once a save looks complete: enough for the other files of a multi-file save
/// (a search-and-replace across a locale) to join the batch, short enough not to be felt.
pub const SETTLED: Duration = Duration::from_millis(10);

/// What an event says: the paths it may have changed, and whether it completes a save.
#[derive(Debug, PartialEq)]
pub struct Signal {
    /// The paths.
    pub paths: Vec<PathBuf>,
    /// A file closed after writing, or renamed into place.
    pub settled: bool,
}

/// The change an event signals; `None` for reads (and for events without paths).
pub fn changed_paths(event: Event) -> Option<Signal> {
    let settled = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => return None,
        EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => true,
        _ => false,
    };
    (!event.paths.is_empty()).then_some(Signal { paths: event.paths, settled })
}

/// Forward batches from `raw` to `send`: the first change opens a batch, which closes
/// once `quiet` (or [`SETTLED`] after a completed save) passes without another. Returns
/// when either side hangs up.
pub fn batches(raw: &Receiver<Signal>, quiet: Duration, mut send: impl FnMut(Vec<PathBuf>) -> bool) {
    while let Ok(first) = raw.recv() {
        let mut settled = first.settled;
        let mut batch = first.paths;
        loop {
            match raw.recv_timeout(if settled { SETTLED.min(quiet) } else { quiet }) {
                Ok(more) => {
                    settled |= more.settled;
                    batch.extend(more.paths);
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    send(batch);
                    return;
                }
            }
        }
        if !send(batch) {
            return;
        }
    }
}

/// Start the debounce thread between a watcher's channel and `to`.
pub fn spawn<T: Send + 'static>(
    raw: Receiver<Signal>,
    to: Sender<T>,
    wrap: impl Fn(Vec<PathBuf>) -> T + Send + 'static,
) {
    std::thread::spawn(move || batches(&raw, DEBOUNCE, |b| to.send(wrap(b)).is_ok()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange};
    use std::sync::mpsc::channel;
    use std::time::Instant;

    fn signal(name: &str, settled: bool) -> Signal {
        Signal { paths: vec![PathBuf::from(name)], settled }
    }

    #[test]
    fn reads_are_not_changes() {
        let at = |kind| Event::new(kind).add_path(PathBuf::from("/p/locales/fi/ui.ftl"));
        assert_eq!(changed_paths(at(EventKind::Access(AccessKind::Any))), None);
        assert_eq!(changed_paths(at(EventKind::Modify(ModifyKind::Any))).map(|s| s.settled), Some(false));
        assert_eq!(changed_paths(at(EventKind::Create(CreateKind::File))).map(|s| s.settled), Some(false));
        assert_eq!(changed_paths(Event::new(EventKind::Any)), None);
    }

    #[test]
    fn a_closed_write_or_a_rename_into_place_completes_a_save() {
        let at = |kind| changed_paths(Event::new(kind).add_path(PathBuf::from("/p/a.ftl")));
        let close = EventKind::Access(AccessKind::Close(AccessMode::Write));
        assert_eq!(at(close).map(|s| s.settled), Some(true));
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::To));
        assert_eq!(at(renamed).map(|s| s.settled), Some(true));
        let written = EventKind::Modify(ModifyKind::Data(DataChange::Content));
        assert_eq!(at(written).map(|s| s.settled), Some(false));
        assert_eq!(at(EventKind::Access(AccessKind::Close(AccessMode::Read))), None);
    }

    #[test]
    fn a_completed_save_ends_the_batch_sooner() {
        let (tx, rx) = channel();
        tx.send(signal("a", false)).expect("send");
        tx.send(signal("a", true)).expect("send");
        let started = Instant::now();
        let mut waited = None;
        let quiet = Duration::from_secs(5);
        let sender = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(500));
            drop(tx);
        });
        batches(&rx, quiet, |b| {
            waited.get_or_insert((started.elapsed(), b));
            true
        });
        sender.join().expect("join");
        let (after, batch) = waited.expect("a batch");
        assert!(after < Duration::from_millis(400), "the settled batch waited {after:?}");
        assert_eq!(batch, [PathBuf::from("a"), PathBuf::from("a")]);
    }

    #[test]
    fn a_burst_is_one_batch_and_a_pause_starts_another() {
        let (tx, rx) = channel();
        let sender = std::thread::spawn(move || {
            for name in ["a", "b", "c"] {
                tx.send(signal(name, false)).expect("send");
                std::thread::sleep(Duration::from_millis(5));
            }
            std::thread::sleep(Duration::from_millis(300));
            tx.send(signal("d", false)).expect("send");
        });
        let mut got = Vec::new();
        batches(&rx, Duration::from_millis(100), |b| {
            got.push(b);
            true
        });
        sender.join().expect("join");
        let names: Vec<Vec<String>> =
            got.iter().map(|b| b.iter().map(|p| p.display().to_string()).collect()).collect();
        assert_eq!(names, [vec!["a", "b", "c"], vec!["d"]]);
    }
}
