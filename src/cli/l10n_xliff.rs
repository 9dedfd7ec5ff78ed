//! `vetpress l10n export` and `l10n import`: the XLIFF exchange with CAT tools.

use std::path::PathBuf;

use super::{CONTENT_ERROR, OK, ProjectArgs, USAGE_ERROR, report};
use crate::diag::{Diagnostic, Location};
use crate::l10n::xliff::{self, Format, XliffError};

/// `l10n export` options.
#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    project: ProjectArgs,
    /// Partner locale.
    locale: String,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// XLIFF version: 2.1, or 1.2 for Weblate and older CAT tools.
    #[arg(long, value_enum, default_value_t = FormatArg::Xliff2)]
    format: FormatArg,
}

/// `--format` values.
#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum FormatArg {
    Xliff2,
    Xliff12,
}

/// `l10n import` options.
#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[command(flatten)]
    project: ProjectArgs,
    /// Partner locale.
    locale: String,
    /// The translated XLIFF file (2.x or 1.2).
    file: PathBuf,
    /// Check and report, but write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

fn fail(e: &XliffError, project: &ProjectArgs) -> i32 {
    report::print(&mut e.diagnostics(), &project.project);
    if matches!(e, XliffError::NotPartner { .. }) { USAGE_ERROR } else { CONTENT_ERROR }
}

/// Write the XLIFF file.
pub fn export(args: &ExportArgs) -> i32 {
    let format = match args.format {
        FormatArg::Xliff2 => Format::Xliff2,
        FormatArg::Xliff12 => Format::Xliff12,
    };
    let xml = match xliff::export(&args.project.project, &args.locale, format) {
        Ok(xml) => xml,
        Err(e) => return fail(&e, &args.project),
    };
    match &args.out {
        None => print!("{xml}"),
        Some(path) => {
            if let Err(e) = crate::build::output::write_atomic(path, xml.as_bytes()) {
                let d = Diagnostic::error("io", format!("cannot write {}: {e}", path.display()))
                    .at(Location::file(path.clone()))
                    .hint("check that the folder exists and can be written");
                report::print(&mut [d], &args.project.project);
                return CONTENT_ERROR;
            }
            eprintln!("wrote {}", path.display());
        }
    }
    OK
}

/// Merge the XLIFF file's targets; exit 1 when any unit was refused.
pub fn import(args: &ImportArgs) -> i32 {
    let root = &args.project.project;
    let mut rep = match xliff::import(root, &args.locale, &args.file, args.dry_run) {
        Ok(r) => r,
        Err(e) => return fail(&e, &args.project),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&rep).unwrap_or_default());
    } else {
        for c in &rep.changed {
            println!(
                "{} {}  {}",
                if args.dry_run { "would change" } else { "changed" },
                c.id,
                c.file.display()
            );
        }
        report::print(&mut rep.refused, root);
    }
    eprintln!(
        "{}: {} changed, {} unchanged, {} skipped, {} refused{}",
        args.locale,
        rep.changed.len(),
        rep.unchanged,
        rep.skipped,
        rep.refused.len(),
        if args.dry_run { " (dry run: nothing written)" } else { "" }
    );
    if rep.refused.is_empty() { OK } else { CONTENT_ERROR }
}
