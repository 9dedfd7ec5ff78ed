//! `vetpress init [DIR]`: start a handbook project; `--theme` writes the built-in theme out
//! to `themes/default/` for editing.

use std::path::{Path, PathBuf};

use super::{CONTENT_ERROR, OK, USAGE_ERROR, report};
use crate::project::manifest::Date;
use crate::project::scaffold::{self, InitError, Written};

/// `init` options.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The project folder: created when missing; must be empty but for hidden files, unless
    /// `--theme` is given for a project that exists.
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    /// Also (or, in an existing project, only) copy the built-in default theme to
    /// DIR/themes/default/ for editing; existing files are never overwritten.
    #[arg(long)]
    theme: bool,
}

/// Scaffold, print what was written and what to do next.
pub fn run(args: &Args) -> i32 {
    let dir = &args.dir;
    let outcome = if args.theme && scaffold::is_project(dir) {
        scaffold::write_theme(dir).map(|w| (w, false))
    } else {
        new_project(dir, args.theme).map(|w| (w, true))
    };
    match outcome {
        Ok((written, project)) => {
            print(dir, &written, project, args.theme);
            OK
        }
        Err(e) => {
            report::print(&mut [e.diagnostic()], dir);
            if e.is_usage() { USAGE_ERROR } else { CONTENT_ERROR }
        }
    }
}

/// A new project dated today, with the theme when asked.
fn new_project(dir: &Path, theme: bool) -> Result<Written, InitError> {
    let mut written = scaffold::new_project(dir, today())?;
    if theme {
        written.files.extend(scaffold::write_theme(dir)?.files);
    }
    Ok(written)
}

/// Today's date (UTC), the new book's `date`.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0);
    Date::from_unix(secs).unwrap_or(Date::EPOCH)
}

fn print(dir: &Path, written: &Written, project: bool, theme: bool) {
    for f in &written.files {
        eprintln!("created {}", dir.join(f).display());
    }
    let p = dir.display();
    if theme {
        eprintln!("the default theme is in {p}/themes/default/ and is used instead of the built-in one");
    }
    if project {
        eprintln!("next: vetpress check --project {p} && vetpress build --project {p}");
    }
}
