//! Typst diagnostics -> vetpress diagnostics, located in the theme's files.

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic, Tracepoint};
use typst::syntax::Span;

use super::world::{BookWorld, TypstEnv};
use crate::diag::{Diagnostic, Location};

/// Convert Typst errors or warnings.
pub fn convert(world: &BookWorld<'_>, list: &[SourceDiagnostic], env: &TypstEnv) -> Vec<Diagnostic> {
    list.iter().map(|d| one(world, d, env)).collect()
}

/// Whether a Typst warning means content is missing from the output (e.g. "block may not
/// occur inside of a paragraph and was ignored"): such a PDF is wrong, so it is an error.
pub fn drops_content(message: &str) -> bool {
    message.contains("was ignored") || message.contains("discards the content")
}

fn one(world: &BookWorld<'_>, d: &SourceDiagnostic, env: &TypstEnv) -> Diagnostic {
    let dropped = d.severity == Severity::Warning && drops_content(&d.message);
    let mut out = match d.severity {
        Severity::Error => Diagnostic::error("typst", d.message.to_string()),
        Severity::Warning if dropped => Diagnostic::error("typst", d.message.to_string()),
        Severity::Warning => Diagnostic::warning("typst", d.message.to_string()),
    };
    let mut hints: Vec<String> = d.hints.iter().map(|h| h.v.to_string()).collect();
    if dropped {
        hints.push("this content would be missing from the PDF; fix the theme so it is placed".into());
    }
    if !hints.is_empty() {
        out = out.hint(hints.join("; "));
    }
    let span = caller_of_colour(d).map_or(d.span, Into::into);
    let located = span.id().and_then(|id| {
        let name = env.theme_file(id)?;
        let source = world.source(id).ok()?;
        let range = world.range(span)?;
        Some(Location::in_text(env.theme_dir.join(name), source.text(), range))
    });
    match located {
        Some(at) => out.at(at),
        None => out,
    }
}

/// An error raised inside the theme's `colour()` (a name theme.toml lacks) is about the
/// call that asked for that name: the place to show.
fn caller_of_colour(d: &SourceDiagnostic) -> Option<Span> {
    let first = d.trace.first()?;
    matches!(&first.v, Tracepoint::Call(Some(name)) if name == "colour").then_some(first.span)
}

#[cfg(test)]
mod tests {
    use super::drops_content;

    #[test]
    fn warnings_that_drop_content_are_recognised() {
        assert!(drops_content("block may not occur inside of a paragraph and was ignored"));
        assert!(drops_content("place was ignored during paged export"));
        assert!(drops_content("this return unconditionally discards the content before it"));
        assert!(!drops_content("unknown font family: foo"));
        assert!(!drops_content("document did not converge within five attempts"));
    }
}
