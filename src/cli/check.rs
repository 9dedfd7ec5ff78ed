//! `vetpress check`: validate everything a build reads.

use std::time::Instant;

use super::{CONTENT_ERROR, FontArgs, OK, ProjectArgs, USAGE_ERROR, report};
use crate::diag::{self, Diagnostic};
use crate::doc::LocalizedBook;
use crate::pipeline;
use crate::project::Theme;
use crate::render::Registry;
use crate::render::typst::{TypstEnv, check_theme};

/// Output format.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Readable messages on stderr.
    Human,
    /// One JSON document on stdout.
    Json,
}

/// `check` options.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    project: ProjectArgs,
    #[command(flatten)]
    fonts: FontArgs,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Treat warnings as errors (so exit 1 while any translation is stale); notes never fail.
    #[arg(long)]
    strict: bool,
}

/// Run the check; exit 1 on errors (or warnings with `--strict`).
pub fn run(args: &Args) -> i32 {
    let start = Instant::now();
    let root = &args.project.project;
    let mut diags = Vec::new();
    let font_dirs = match args.fonts.dirs() {
        Ok(dirs) => dirs,
        Err(msg) => {
            eprintln!("error: {msg}");
            return USAGE_ERROR;
        }
    };
    if let Some(mut loaded) = pipeline::load(root, &mut diags) {
        loaded.project.fonts.dirs = font_dirs;
        pipeline::save_states(&loaded, &mut diags);
        let locales = loaded.project.locales();
        let resolved = pipeline::resolve_all(&loaded, &locales);
        // The theme is compiled as a build would, against the reference book (listed first).
        if let Some(reference) = resolved.first() {
            diags.extend(theme(&loaded, &reference.book));
        }
        for r in resolved {
            diags.extend(r.diags);
        }
    }
    dedup(&mut diags);
    let (errors, warnings) = diag::count(&diags);
    let failed = errors > 0 || (args.strict && warnings > 0);
    match args.format {
        Format::Json => {
            diag::sort(&mut diags);
            let notes = diag::notes(&diags);
            let doc = serde_json::json!({ "errors": errors, "warnings": warnings, "notes": notes, "diagnostics": diags });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Human => {
            report::print_with_notes(&mut diags, root);
            let verdict = if failed { "check failed" } else { "check passed" };
            let summary = report::summary_with_notes(&diags);
            eprintln!("{verdict}: {summary} ({:.2} s)", start.elapsed().as_secs_f64());
        }
    }
    if failed { CONTENT_ERROR } else { OK }
}

/// The theme's errors and warnings for `book`, as `build` would meet them: Typst
/// compiled and laid out, site templates compiled.
fn theme(loaded: &pipeline::Loaded, book: &LocalizedBook) -> Vec<Diagnostic> {
    let theme = &loaded.project.theme;
    let registry = Registry::new(theme, loaded.project.assets.clone()).with_fonts(&loaded.project.fonts);
    let env = registry.typst();
    let unknown = unknown_families(theme, &env);
    let mut diags: Vec<Diagnostic> = unknown.iter().map(|f| unknown_family(theme, &env, f)).collect();
    // Typst warns about the same family at every use; the one report at theme.toml says it.
    let said = |d: &Diagnostic| {
        unknown.iter().any(|f| d.message == format!("unknown font family: {}", f.to_lowercase()))
    };
    diags.extend(check_theme(&env, &theme.settings, book).into_iter().filter(|d| !said(d)));
    if let Err(e) = registry.site() {
        diags.extend(e.0);
    }
    diags
}

/// The font families `theme.toml` names that no loaded font (embedded, in the theme
/// folder, in a `--font-path` folder or, with `[fonts] system`, the system's) has: Typst would quietly set that text in a fallback font.
fn unknown_families<'a>(theme: &'a Theme, env: &TypstEnv) -> Vec<&'a str> {
    let fonts = &theme.settings.fonts;
    let named: std::collections::BTreeSet<&str> =
        fonts.body.iter().chain(&fonts.heading).chain(&fonts.mono).map(String::as_str).collect();
    named.into_iter().filter(|f| !env.has_family(f)).collect()
}

/// The error for an unknown family, at its place in `theme.toml`, with the nearest family.
fn unknown_family(theme: &Theme, env: &TypstEnv, family: &str) -> Diagnostic {
    let known = env.families();
    let hint = match crate::suggest::nearest(family, known.iter().map(String::as_str)) {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("available families: {}", known.join(", ")),
    };
    Diagnostic::error("theme-font", format!("font family `{family}` is not available"))
        .at(theme.locate_setting(family))
        .hint(format!(
            "{hint} Put the font's .otf/.ttf/.ttc file in the theme's fonts/ folder, pass its folder with \
             --font-path, set `[fonts] system = true` in book.toml, or name one of the fonts vetpress embeds"
        ))
}

/// A problem in the reference text shows up once per locale that falls back to it: keep one.
fn dedup(diags: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| seen.insert((d.place(), d.message.clone(), d.code)));
}
