//! `vetpress status`: translation coverage per locale.

use super::{CONTENT_ERROR, OK, ProjectArgs, report};
use crate::l10n::status::status;
use crate::pipeline;

/// `status` options.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    project: ProjectArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Print the table; exit 1 when the project cannot be read.
pub fn run(args: &Args) -> i32 {
    let mut diags = Vec::new();
    let Some(loaded) = pipeline::load(&args.project.project, &mut diags) else {
        report::print(&mut diags, &args.project.project);
        return CONTENT_ERROR;
    };
    let rows = status(&loaded.catalog, &loaded.states, &loaded.project.local_notes());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return OK;
    }
    println!(
        "{:<8} {:>10} {:>8} {:>6} {:>8} {:>9} {:>7}",
        "locale", "translated", "missing", "stale", "obsolete", "messages", "words"
    );
    for r in &rows {
        println!(
            "{:<8} {:>10} {:>8} {:>6} {:>8} {:>9} {:>6.1}%",
            r.locale, r.translated, r.missing, r.stale, r.obsolete, r.total, r.words_percent
        );
    }
    let syntax = diags.iter().filter(|d| d.code == "ftl-syntax").count();
    if syntax > 0 {
        eprintln!("note: {syntax} Fluent syntax error(s) hide messages; run `vetpress check` for details");
    }
    OK
}
