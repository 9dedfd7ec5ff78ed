//! File events to debounced batches.
//!
//! Own code rather than `notify-debouncer-mini`: that crate drops the event kind, and on
//! Linux inotify also reports files being opened and read, so every build's own reading
//! of the sources would start the next round, forever. Here reads (`Access`) are dropped
//! and a batch ends after [`DEBOUNCE`] without further events.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use notify::{Event, EventKind};

/// Quiet time after the last event of a save before a round starts: editors write a file
/// in several steps (temp file, rename, metadata) within a few milliseconds.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// The paths of an event that may change a file; `None` for reads.
pub fn changed_paths(event: Event) -> Option<Vec<PathBuf>> {
    match event.kind {
        EventKind::Access(_) => None,
        _ if event.paths.is_empty() => None,
        _ => Some(event.paths),
    }
}

/// Forward batches from `raw` to `send`: the first change opens a batch, which closes
/// once `quiet` passes without another. Returns when either side hangs up.
pub fn batches(raw: &Receiver<Vec<PathBuf>>, quiet: Duration, mut send: impl FnMut(Vec<PathBuf>) -> bool) {
    while let Ok(first) = raw.recv() {
        let mut batch = first;
        loop {
            match raw.recv_timeout(quiet) {
                Ok(more) => batch.extend(more),
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
    raw: Receiver<Vec<PathBuf>>,
    to: Sender<T>,
    wrap: impl Fn(Vec<PathBuf>) -> T + Send + 'static,
) {
    std::thread::spawn(move || batches(&raw, DEBOUNCE, |b| to.send(wrap(b)).is_ok()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, ModifyKind};
    use std::sync::mpsc::channel;

    #[test]
    fn reads_are_not_changes() {
        let at = |kind| Event::new(kind).add_path(PathBuf::from("/p/locales/fi/ui.ftl"));
        assert_eq!(changed_paths(at(EventKind::Access(AccessKind::Any))), None);
        assert!(changed_paths(at(EventKind::Modify(ModifyKind::Any))).is_some());
        assert!(changed_paths(at(EventKind::Create(CreateKind::File))).is_some());
        assert_eq!(changed_paths(Event::new(EventKind::Any)), None);
    }

    #[test]
    fn a_burst_is_one_batch_and_a_pause_starts_another() {
        let (tx, rx) = channel();
        let sender = std::thread::spawn(move || {
            for name in ["a", "b", "c"] {
                tx.send(vec![PathBuf::from(name)]).expect("send");
                std::thread::sleep(Duration::from_millis(5));
            }
            std::thread::sleep(Duration::from_millis(300));
            tx.send(vec![PathBuf::from("d")]).expect("send");
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
