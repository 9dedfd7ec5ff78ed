//! The watch loop: the first build, then a round for each debounced batch of saved files
//! under `sources/`, `locales/` and `themes/`, until stopped. A watched folder made after
//! the start (`themes/` written by `vetpress init --theme`) is watched from then on.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use notify::{RecursiveMode, Watcher};

use super::debounce;
use super::session::{Round, Session};
use crate::build::run::Progress;

/// The folders watched, relative to the project root (`book.toml` is in `sources/`).
pub const WATCHED: &[&str] = &["sources", "locales", "themes"];

enum Msg {
    Changed(Vec<PathBuf>),
    Failed(String),
    Stop,
}

/// Ends a running watch after its current round (for Ctrl-C).
#[derive(Clone)]
pub struct Stopper(Sender<Msg>);

impl Stopper {
    /// Stop the watch.
    pub fn stop(&self) {
        let _ = self.0.send(Msg::Stop);
    }
}

/// What the loop tells its caller.
pub enum Event<'a> {
    /// A round finished.
    Round(&'a Round),
    /// The file watcher reported a problem (the watch goes on).
    WatchError(&'a str),
}

/// Why a watch cannot start.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The project root cannot be resolved.
    #[error("cannot open the project folder {0}: {1}")]
    Root(PathBuf, std::io::Error),
    /// The OS file watcher failed.
    #[error("cannot watch {0}: {1}")]
    Notify(String, notify::Error),
}

/// A watch: its session and the file watcher feeding it.
pub struct Watch {
    session: Session,
    root: PathBuf,
    tx: Sender<Msg>,
    rx: Receiver<Msg>,
    watcher: notify::RecommendedWatcher,
    /// The folders of [`WATCHED`] being watched (those that existed when last looked at).
    watched: Vec<&'static str>,
}

impl Watch {
    /// Start watching the session's project (nothing is built yet).
    pub fn new(session: Session) -> Result<Self, WatchError> {
        let given = session.root();
        let root = given.canonicalize().map_err(|e| WatchError::Root(given.to_path_buf(), e))?;
        let (tx, rx) = channel();
        let (raw_tx, raw_rx) = channel();
        let failures = tx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
                Ok(event) => {
                    if let Some(signal) = debounce::changed_paths(event) {
                        let _ = raw_tx.send(signal);
                    }
                }
                Err(e) => {
                    let _ = failures.send(Msg::Failed(e.to_string()));
                }
            })
            .map_err(|e| WatchError::Notify("the project".into(), e))?;
        // The root itself, not recursively: it tells when a missing watched folder appears.
        watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|e| WatchError::Notify(root.display().to_string(), e))?;
        let mut watch = Watch { session, root, tx: tx.clone(), rx, watcher, watched: Vec::new() };
        for new in watch.follow_folders() {
            new.map_err(|(dir, e)| WatchError::Notify(dir, e))?;
        }
        debounce::spawn(raw_rx, tx, Msg::Changed);
        Ok(watch)
    }

    /// Start watching each folder of [`WATCHED`] that exists and is not watched yet, and
    /// forget those that are gone (a folder made again is then watched anew). Each new
    /// folder yields its files: they may have been written before its watch began.
    fn follow_folders(&mut self) -> Vec<Result<Vec<PathBuf>, (String, notify::Error)>> {
        self.watched.retain(|d| self.root.join(d).is_dir());
        let mut found = Vec::new();
        for name in WATCHED {
            let dir = self.root.join(name);
            if self.watched.contains(name) || !dir.is_dir() {
                continue;
            }
            match self.watcher.watch(&dir, RecursiveMode::Recursive) {
                Ok(()) => {
                    self.watched.push(name);
                    found.push(Ok(files_under(&dir)));
                }
                Err(e) => found.push(Err((dir.display().to_string(), e))),
            }
        }
        found
    }

    /// A handle that stops the loop.
    pub fn stopper(&self) -> Stopper {
        Stopper(self.tx.clone())
    }

    /// Build, then rebuild on every change until stopped; `on` hears about each round.
    pub fn run(mut self, progress: &dyn Progress, on: &mut dyn FnMut(Event<'_>)) {
        let first = self.session.first(progress);
        on(Event::Round(&first));
        let out = self.session.options().out.canonicalize().ok();
        loop {
            let mut changed = Vec::new();
            // Wait for one message, then take whatever else queued up during the last round.
            let Ok(msg) = self.rx.recv() else { return };
            for msg in std::iter::once(msg).chain(self.rx.try_iter()) {
                match msg {
                    Msg::Stop => return,
                    Msg::Failed(e) => on(Event::WatchError(&e)),
                    Msg::Changed(paths) => changed.extend(paths),
                }
            }
            for new in self.follow_folders() {
                match new {
                    Ok(files) => changed.extend(files),
                    Err((dir, e)) => on(Event::WatchError(&format!("cannot watch {dir}: {e}"))),
                }
            }
            let rel = relative(&self.root, out.as_deref(), changed);
            if let Some(round) = self.session.changed(&rel, progress) {
                on(Event::Round(&round));
            }
        }
    }
}

/// Every file under `dir`, at any depth (links are not followed).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            match entry.file_type() {
                Ok(t) if t.is_dir() => todo.push(entry.path()),
                Ok(_) => files.push(entry.path()),
                Err(_) => {}
            }
        }
    }
    files
}

/// Changed paths relative to the root, without duplicates and without the output folder
/// (when it lies inside a watched folder).
fn relative(root: &Path, out: Option<&Path>, changed: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut rel: Vec<PathBuf> = changed
        .into_iter()
        .filter(|p| out.is_none_or(|o| !p.starts_with(o)))
        .filter_map(|p| p.strip_prefix(root).ok().map(Path::to_path_buf))
        .collect();
    rel.sort();
    rel.dedup();
    rel
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_paths_become_relative_without_outputs_or_duplicates() {
        let root = Path::new("/p");
        let out = Path::new("/p/sources/out");
        let got = relative(
            root,
            Some(out),
            ["/p/locales/fi/ui.ftl", "/p/sources/out/fi/a.pdf", "/p/locales/fi/ui.ftl", "/elsewhere/x"]
                .map(PathBuf::from)
                .to_vec(),
        );
        assert_eq!(got, [PathBuf::from("locales/fi/ui.ftl")]);
    }

    #[test]
    fn the_files_of_a_new_folder_are_listed_at_any_depth() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("default/site")).expect("mkdir");
        std::fs::write(dir.path().join("default/theme.toml"), "").expect("write");
        std::fs::write(dir.path().join("default/site/site.css"), "").expect("write");
        let mut got = files_under(dir.path());
        got.sort();
        assert_eq!(got, [dir.path().join("default/site/site.css"), dir.path().join("default/theme.toml")]);
    }
}
