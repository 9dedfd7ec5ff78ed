//! Typst diagnostics -> vetpress diagnostics, located in the theme's files.

use typst::World;
use typst::WorldExt;
use typst::diag::SourceDiagnostic;

use super::world::{BookWorld, TypstEnv};
use crate::diag::{Diagnostic, Location};

/// Convert Typst errors or warnings.
pub fn convert(world: &BookWorld<'_>, list: &[SourceDiagnostic], env: &TypstEnv) -> Vec<Diagnostic> {
    list.iter().map(|d| one(world, d, env)).collect()
}

fn one(world: &BookWorld<'_>, d: &SourceDiagnostic, env: &TypstEnv) -> Diagnostic {
    let mut out = match d.severity {
        typst::diag::Severity::Error => Diagnostic::error("typst", d.message.to_string()),
        typst::diag::Severity::Warning => Diagnostic::warning("typst", d.message.to_string()),
    };
    let hints: Vec<String> = d.hints.iter().map(|h| h.v.to_string()).collect();
    if !hints.is_empty() {
        out = out.hint(hints.join("; "));
    }
    let located = d.span.id().and_then(|id| {
        let name = env.theme_file(id)?;
        let source = world.source(id).ok()?;
        let range = world.range(d.span)?;
        Some(Location::in_text(env.theme_dir.join(name), source.text(), range))
    });
    match located {
        Some(at) => out.at(at),
        None => out,
    }
}
