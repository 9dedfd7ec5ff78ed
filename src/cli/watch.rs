//! `vetpress watch`: build, then rebuild what each saved file affects, until Ctrl-C.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{FontArgs, OK, ProjectArgs, Selection, USAGE_ERROR, report};
use crate::build::JobOutcome;
use crate::build::run::Progress;
use crate::preview::{Event, Options, Session, Watch, watch::WATCHED};

/// `watch` options (shared with `serve`).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    project: ProjectArgs,
    /// Locales, editions, threads and output folder, as for `build`; a saved translation
    /// rebuilds only its locale.
    #[command(flatten)]
    select: Selection,
    #[command(flatten)]
    fonts: FontArgs,
    /// After each round's line, print how long loading and each rebuilt file took.
    #[arg(long)]
    timings: bool,
}

impl Args {
    /// The output folder.
    pub(super) fn out_dir(&self) -> PathBuf {
        self.select.out_dir(&self.project)
    }

    fn options(&self) -> Options {
        let root = self.project.project.clone();
        Options {
            out: self.out_dir(),
            root,
            locales: self.select.locale.clone(),
            editions: self.select.edition.clone(),
            jobs: self.select.jobs,
            font_path: self.fonts.font_path.clone(),
        }
    }
}

/// Watch until Ctrl-C; 0 then, 2 when the watch cannot start.
pub fn run(args: &Args) -> i32 {
    let Some(watch) = start(args) else { return USAGE_ERROR };
    watch_until_stopped(watch, args, &mut |_| {})
}

/// Set up the session and the file watcher; errors are printed.
pub(super) fn start(args: &Args) -> Option<Watch> {
    args.fonts.dirs().map_err(|e| eprintln!("error: {e}")).ok()?;
    let session = Session::new(args.options()).map_err(|e| eprintln!("error: {e}")).ok()?;
    Watch::new(session).map_err(|e| eprintln!("error: {e}")).ok()
}

/// Run the loop, printing each round; `after` also hears of each round (the server).
pub(super) fn watch_until_stopped(
    watch: Watch,
    args: &Args,
    after: &mut dyn FnMut(&crate::preview::Round),
) -> i32 {
    let stopper = watch.stopper();
    let presses = AtomicUsize::new(0);
    // First Ctrl-C: stop after the current round; a second one: leave at once.
    let handler = ctrlc::set_handler(move || {
        if presses.fetch_add(1, Ordering::SeqCst) > 0 {
            std::process::exit(130);
        }
        stopper.stop();
    });
    if let Err(e) = handler {
        eprintln!("warning: cannot catch Ctrl-C: {e}");
    }
    let root = args.project.project.clone();
    let folders: Vec<String> = WATCHED.iter().map(|d| format!("{d}/")).collect();
    let stop = watch.stopper();
    let mut usage = false;
    watch.run(&Quiet, &mut |event| match event {
        Event::Round(round) => {
            let mut diags = round.diags.clone();
            report::print(&mut diags, &root);
            // A mistyped --locale will not fix itself: leave as `build` would.
            if round.number == 0 && round.diags.iter().any(|d| d.code == "usage") {
                usage = true;
                stop.stop();
                return;
            }
            eprintln!("{}", round.summary());
            if args.timings {
                round.timings().iter().for_each(|l| eprintln!("{l}"));
            }
            if round.number == 0 {
                eprintln!("watching {} in {} (Ctrl-C to stop)", folders.join(", "), root.display());
            }
            after(round);
        }
        Event::WatchError(e) => eprintln!("warning: file watcher: {e}"),
    });
    if usage {
        return USAGE_ERROR;
    }
    eprintln!("watch stopped");
    OK
}

/// Rounds are reported as one line each, not job by job.
struct Quiet;

impl Progress for Quiet {
    fn started(&self, _: &str) {}
    fn finished(&self, _: &JobOutcome) {}
}
