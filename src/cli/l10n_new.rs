//! `vetpress l10n new <locale>`: start a new locale from the reference files.

use super::{CONTENT_ERROR, OK, ProjectArgs, report};
use crate::l10n::scaffold;

/// `l10n new` options.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    project: ProjectArgs,
    /// The new locale's BCP 47 tag, such as `pl` or `pt-BR`.
    #[arg(value_name = "LOCALE")]
    locale: String,
}

/// Create `locales/<locale>/` and add the locale to `sources/book.toml`.
pub fn run(args: &Args) -> i32 {
    let root = &args.project.project;
    match scaffold::new_locale(root, &args.locale) {
        Ok(done) => {
            for f in &done.files {
                eprintln!("created {}", f.display());
            }
            eprintln!(
                "added `{}` to sources/book.toml; translate by uncommenting messages in locales/{}/",
                args.locale, args.locale
            );
            OK
        }
        Err(e) => {
            report::print(&mut [e.diagnostic()], root);
            CONTENT_ERROR
        }
    }
}
