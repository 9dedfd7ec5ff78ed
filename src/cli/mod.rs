//! Command-line interface: one module per subcommand, shared flags and exit codes here.

mod build;
mod check;
mod init;
mod l10n;
mod l10n_new;
mod l10n_xliff;
mod report;
mod serve;
mod status;
mod watch;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Exit code: success.
pub const OK: i32 = 0;
/// Exit code: content errors.
pub const CONTENT_ERROR: i32 = 1;
/// Exit code: usage errors.
pub const USAGE_ERROR: i32 = 2;

/// Build multilingual handbooks (PDF), e-books (EPUB) and checklist cards from one
/// structured source and Fluent translations.
#[derive(Parser, Debug)]
#[command(name = "vetpress", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand shares.
#[derive(clap::Args, Debug, Clone)]
pub struct ProjectArgs {
    /// Project folder (holding sources/, locales/, themes/).
    #[arg(long, short = 'p', value_name = "DIR", default_value = ".")]
    pub project: PathBuf,
}

/// Fonts from outside the theme for the PDF editions: the option `build`, `check`,
/// `watch` and `serve` share.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FontArgs {
    /// A folder of fonts (.otf, .ttf, .otc, .ttc; searched with its sub-folders) for the
    /// PDF editions, e.g. /usr/share/fonts/opentype/fonts-hosny-amiri; repeatable.
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_path: Vec<PathBuf>,
}

impl FontArgs {
    /// The `--font-path` folders, each checked to be one: a typo would otherwise set the
    /// text in a fallback font without a word.
    pub fn dirs(&self) -> Result<Vec<PathBuf>, String> {
        match self.font_path.iter().find(|d| !d.is_dir()) {
            Some(d) => Err(format!("--font-path {}: not a folder", d.display())),
            None => Ok(self.font_path.clone()),
        }
    }
}

/// What to build and where: the options `build`, `watch` and `serve` share.
#[derive(clap::Args, Debug, Clone)]
pub struct Selection {
    /// Locales to build (default: the reference and every partner locale).
    #[arg(long, short, value_delimiter = ',', value_name = "LIST")]
    pub locale: Vec<String>,
    /// Editions to build (default: all); `site` also builds the files it offers for download.
    #[arg(long, short, value_delimiter = ',', value_enum, value_name = "LIST")]
    pub edition: Vec<crate::render::Edition>,
    /// Parallel jobs (default: one per core).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Output folder (default: <project>/out).
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

impl Selection {
    /// The output folder of a project.
    pub fn out_dir(&self, project: &ProjectArgs) -> PathBuf {
        self.out.clone().unwrap_or_else(|| project.project.join("out"))
    }
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the handbook PDF, EPUB and checklist cards for every locale.
    Build(build::Args),
    /// Validate sources, translations and themes without building anything.
    ///
    /// Like `build`, `check` records translations touched since the last run in each
    /// partner locale's state file, `locales/<locale>/l10n-state.tsv` (the only file it
    /// writes), so a rewritten translation stops counting as stale.
    Check(check::Args),
    /// Show translation coverage per locale, with stale translations.
    Status(status::Args),
    /// Translator tools.
    #[command(subcommand)]
    L10n(l10n::Command),
    /// Build, then rebuild what each saved file affects (a translation: only its locale)
    /// in one warm process, until Ctrl-C.
    ///
    /// Watches sources/ (with book.toml), locales/ and themes/. Errors are printed with
    /// file:line:column and the watch goes on; a broken file never replaces the last good
    /// outputs.
    Watch(watch::Args),
    /// Like `watch`, and serve the output folder on 127.0.0.1 with live reload: an open
    /// page reloads after each rebuild.
    ///
    /// `/` shows the online edition when it is built (`/site/`); the PDFs and EPUBs are
    /// at their paths under the output folder (`/fi/<book>-fi.pdf`).
    Serve(serve::Args),
    /// Start a handbook project in DIR (default: the current folder) that builds at once:
    /// a text chapter, a method with a checklist, `en` and `fi`, on the built-in theme.
    ///
    /// `--theme` also copies the built-in default theme to DIR/themes/default/ for editing;
    /// in an existing project it only does that.
    Init(init::Args),
}

/// Parse the command line and run; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { USAGE_ERROR } else { OK };
        }
    };
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Status(args) => status::run(&args),
        Command::L10n(command) => l10n::run(command),
        Command::Watch(args) => watch::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Init(args) => init::run(&args),
    }
}
