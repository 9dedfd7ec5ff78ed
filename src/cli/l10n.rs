//! `vetpress l10n …`: translator tools. `stale` lists translations made from reference
//! text that changed since; `accept` records the current reference for them.

use std::io::IsTerminal;

use clap::Subcommand;

use super::{CONTENT_ERROR, OK, ProjectArgs, USAGE_ERROR, report};
use crate::l10n::stale::{LocaleState, Stale};
use crate::l10n::worddiff::{self, Marks};
use crate::pipeline::{self, Loaded};

/// The `l10n` subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the stale translations of a locale: the old and new reference text, changes marked.
    Stale(StaleArgs),
    /// Record the current reference text for stale translations checked and found still right.
    Accept(AcceptArgs),
    /// Start a locale: its folder with the reference messages as comments, its tag in book.toml.
    New(super::l10n_new::Args),
    /// Export a locale as XLIFF (2.1, or 1.2) for a CAT tool: reference text as source, translations as target.
    Export(super::l10n_xliff::ExportArgs),
    /// Import a translated XLIFF file: merge the targets whose source is still current into the .ftl files.
    Import(super::l10n_xliff::ImportArgs),
}

/// `l10n stale` options.
#[derive(clap::Args, Debug)]
pub struct StaleArgs {
    #[command(flatten)]
    project: ProjectArgs,
    /// Partner locale.
    locale: String,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// `l10n accept` options.
#[derive(clap::Args, Debug)]
pub struct AcceptArgs {
    #[command(flatten)]
    project: ProjectArgs,
    /// Partner locale.
    locale: String,
    /// Message ids (an id covers its attributes; `id.attr` one attribute). None: all stale.
    ids: Vec<String>,
}

/// Run an `l10n` subcommand; returns the exit code.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Stale(args) => stale(&args),
        Command::Accept(args) => accept(args),
        Command::New(args) => super::l10n_new::run(&args),
        Command::Export(args) => super::l10n_xliff::export(&args),
        Command::Import(args) => super::l10n_xliff::import(&args),
    }
}

/// Load the project and find `locale`'s state, or print why not and return the exit code.
fn locale_state(project: &ProjectArgs, locale: &str) -> Result<(Loaded, usize), i32> {
    let root = &project.project;
    let mut diags = Vec::new();
    let Some(loaded) = pipeline::load(root, &mut diags) else {
        report::print(&mut diags, root);
        return Err(CONTENT_ERROR);
    };
    let Some(index) = loaded.states.iter().position(|s| s.locale == locale) else {
        let partners: Vec<&str> = loaded.states.iter().map(|s| s.locale.as_str()).collect();
        eprintln!("error: `{locale}` is not a partner locale; choose one of: {}", partners.join(", "));
        return Err(USAGE_ERROR);
    };
    if loaded.states[index].state.is_none() {
        diags.retain(|d| d.code == "l10n-state" && d.locale.as_deref() == Some(locale));
        report::print(&mut diags, root);
        return Err(CONTENT_ERROR);
    }
    Ok((loaded, index))
}

fn stale(args: &StaleArgs) -> i32 {
    let (loaded, index) = match locale_state(&args.project, &args.locale) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let ls = &loaded.states[index];
    if args.json {
        let entries: Vec<serde_json::Value> = ls.stale.iter().map(json).collect();
        let doc = serde_json::json!({ "locale": ls.locale, "stale": entries });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return OK;
    }
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!("{}", listing(ls, if colour { Marks::Colour } else { Marks::Plain }));
    OK
}

fn json(s: &Stale) -> serde_json::Value {
    let mut v = serde_json::to_value(s).unwrap_or_default();
    v["diff"] = serde_json::to_value(worddiff::diff(&s.old_reference, &s.new_reference)).unwrap_or_default();
    v
}

/// The text listing: per stale entry its id, place, and old and new reference text.
fn listing(ls: &LocaleState, marks: Marks) -> String {
    let mut out = String::new();
    for s in &ls.stale {
        let segments = worddiff::diff(&s.old_reference, &s.new_reference);
        let indent = |t: String| t.replace('\n', "\n         ");
        out.push_str(&format!("{}  {}:{}\n", s.id, s.file.display(), s.line));
        out.push_str(&format!("  old:   {}\n", indent(worddiff::side(&segments, false, marks))));
        out.push_str(&format!("  new:   {}\n", indent(worddiff::side(&segments, true, marks))));
    }
    let n = ls.stale.len();
    out.push_str(&match n {
        0 => format!("{}: no stale translations\n", ls.locale),
        _ => format!(
            "{}: {n} stale; update each translation, or `vetpress l10n accept {} ID` if it is still right\n",
            ls.locale, ls.locale
        ),
    });
    out
}

fn accept(args: AcceptArgs) -> i32 {
    let (mut loaded, index) = match locale_state(&args.project, &args.locale) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let ls = &mut loaded.states[index];
    let accepted = match ls.accept(&args.ids) {
        Ok(keys) => keys,
        Err(unknown) => {
            eprintln!(
                "error: not stale in `{}`: {}; `vetpress l10n stale {}` lists what is",
                args.locale,
                unknown.join(", "),
                args.locale
            );
            return CONTENT_ERROR;
        }
    };
    if let Err(e) = ls.save(&args.project.project) {
        eprintln!("error: cannot write {}: {e}", ls.file.display());
        return CONTENT_ERROR;
    }
    for key in &accepted {
        println!("accepted {key}");
    }
    eprintln!("{}: {} accepted, {} still stale", args.locale, accepted.len(), ls.stale.len());
    OK
}
