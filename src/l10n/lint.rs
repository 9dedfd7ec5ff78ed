//! Compare every partner locale with the reference: missing, obsolete, variables, links.

use std::collections::BTreeSet;

use crate::diag::{Diagnostic, Location};
use crate::suggest;

use super::catalog::{Catalog, LocaleCatalog, MessageInfo};
use super::{VARIABLES, refs};

/// Lint the whole catalog. Local notes (`local`, message ids) are each locale's own: they
/// are never missing, obsolete or compared with the reference.
pub fn lint(catalog: &Catalog, local: &BTreeSet<String>, diags: &mut Vec<Diagnostic>) {
    let reference = catalog.reference();
    check_variables_known(reference, diags);
    for c in &catalog.locales {
        refs::check(c, reference, diags);
    }
    // A locale without any file already has its own error; listing every message is noise.
    // One with files but no messages yet (just started) gets every message listed.
    for partner in catalog.locales[1..].iter().filter(|c| !c.files.is_empty()) {
        compare(reference, partner, local, diags);
    }
}

/// Whether the lint reports a resolver error `format` met (as Fluent words it), so that
/// resolving the book need not report it again. The lint formats every variant with every
/// variable vetpress supplies: it misses only a supplied variable a message is not given.
pub fn reports(error: &str) -> bool {
    match error.strip_prefix("Unknown variable: $") {
        Some(v) => !VARIABLES.contains(&v),
        None => true,
    }
}

/// The variables vetpress supplies, as a hint.
fn available() -> String {
    format!(
        "available variables: {}",
        VARIABLES.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
    )
}

/// Where `$v` is written in a message, or the message.
fn variable_at(c: &LocaleCatalog, m: &MessageInfo, v: &str) -> Location {
    refs::locate(c, &m.file, m.span.clone(), &format!("${v}")).unwrap_or_else(|| m.location.clone())
}

/// What the lint reports about a message of the reference locale: what resolving a
/// locale that falls back to it reports too (for that locale, so its output is held back;
/// `check` shows the two as one).
pub fn reference_message(catalog: &Catalog, id: &str) -> Vec<Diagnostic> {
    let reference = catalog.reference();
    let mut diags = refs::check_message(reference, reference, id);
    if let Some(m) = reference.messages.get(id) {
        unknown_variables(reference, id, m, &mut diags);
    }
    diags
}

fn check_variables_known(reference: &LocaleCatalog, diags: &mut Vec<Diagnostic>) {
    for (id, m) in &reference.messages {
        unknown_variables(reference, id, m, diags);
    }
}

fn unknown_variables(reference: &LocaleCatalog, id: &str, m: &MessageInfo, diags: &mut Vec<Diagnostic>) {
    for v in m.usage.variables.iter().filter(|v| !VARIABLES.contains(&v.as_str())) {
        let hint = match suggest::nearest(v, VARIABLES.iter().copied()) {
            Some(near) => format!("did you mean `${near}`? The translations are compared with that"),
            None => available(),
        };
        diags.push(
            Diagnostic::error(
                "unknown-variable",
                format!("`{id}` uses `${v}`, which vetpress does not supply"),
            )
            .at(variable_at(reference, m, v))
            .hint(hint)
            .locale(&reference.locale),
        );
    }
}

/// The reference's variables as the author meant them: a misspelt one (already reported at
/// the reference) counts as the supplied variable it is nearest to, so translations that
/// use the right name are not told to change it.
fn intended(r: &MessageInfo) -> BTreeSet<String> {
    r.usage
        .variables
        .iter()
        .filter_map(|v| match VARIABLES.contains(&v.as_str()) {
            true => Some(v.clone()),
            false => suggest::nearest(v, VARIABLES.iter().copied()).map(str::to_string),
        })
        .collect()
}

fn compare(
    reference: &LocaleCatalog,
    partner: &LocaleCatalog,
    local: &BTreeSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let loc = &partner.locale;
    let shared = |id: &String| !local.contains(id);
    for (id, r) in reference.messages.iter().filter(|(id, _)| shared(id)) {
        match partner.messages.get(id) {
            // A syntax error at the translation is the one report.
            None if partner.broken.contains(id) => {}
            None => diags.push(missing(id, r, loc)),
            Some(p) => compare_message(id, r, p, reference, partner, diags),
        }
    }
    for (id, p) in partner.messages.iter().filter(|(id, _)| !reference.has(id) && shared(id)) {
        diags.push(
            Diagnostic::warning(
                "obsolete-message",
                format!("`{id}` is not in the reference locale `{}`", reference.locale),
            )
            .at(p.location.clone())
            .hint("remove it, or rename it to the id the reference uses now")
            .locale(loc),
        );
    }
}

fn missing(id: &str, r: &MessageInfo, loc: &str) -> Diagnostic {
    let file = r.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    Diagnostic::warning(
        "missing-message",
        format!("`{id}` is not translated into `{loc}`; the reference text is used"),
    )
    .at(r.location.clone())
    .hint(format!("add `{id}` to locales/{loc}/{file}"))
    .locale(loc)
}

fn compare_message(
    id: &str,
    r: &MessageInfo,
    p: &MessageInfo,
    reference: &LocaleCatalog,
    partner: &LocaleCatalog,
    diags: &mut Vec<Diagnostic>,
) {
    let loc = partner.locale.as_str();
    let at = p.location.clone();
    compare_variables(id, r, p, partner, diags);
    // A message cut short by a syntax error has lost its terms: that error is the report.
    let cut = r.attributes.iter().any(|a| partner.broken.contains(&format!("{id}.{a}")));
    if !cut {
        compare_terms(id, known_terms(r, reference), known_terms(p, partner), p, loc, diags);
    }
    let broken = |a: &str| partner.broken.contains(&format!("{id}.{a}"));
    for a in r.attributes.iter().filter(|a| !p.attributes.contains(a) && !broken(a)) {
        diags.push(
            Diagnostic::warning(
                "missing-message",
                format!("`{id}.{a}` is not translated; the reference text is used"),
            )
            .at(at.clone())
            .hint(format!("add `.{a} = ...` under `{id}`"))
            .locale(loc),
        );
    }
    for a in p.attributes.iter().filter(|a| !r.attributes.contains(a)) {
        diags.push(
            Diagnostic::warning("obsolete-message", format!("`{id}.{a}` is not in the reference"))
                .at(at.clone())
                .hint("remove the attribute")
                .locale(loc),
        );
    }
    if !r.has_value && p.has_value || r.has_value && !p.has_value {
        diags.push(
            Diagnostic::warning(
                "value-mismatch",
                format!("`{id}` has a value in only one of reference and translation"),
            )
            .at(at.clone())
            .locale(loc),
        );
    }
    let (mut rl, mut pl) = (r.usage.links.clone(), p.usage.links.clone());
    rl.sort();
    pl.sort();
    if rl != pl {
        diags.push(
            Diagnostic::warning("link-mismatch", format!("`{id}` links to {pl:?}, the reference to {rl:?}"))
                .at(at)
                .hint("translations keep the reference's link and image targets")
                .locale(loc),
        );
    }
}

fn compare_variables(
    id: &str,
    r: &MessageInfo,
    p: &MessageInfo,
    partner: &LocaleCatalog,
    diags: &mut Vec<Diagnostic>,
) {
    let loc = partner.locale.as_str();
    let wanted = intended(r);
    for v in p.usage.variables.difference(&wanted) {
        let supplied = VARIABLES.contains(&v.as_str());
        let d = if supplied {
            Diagnostic::error(
                "variable-mismatch",
                format!("`{id}` uses `${v}`, which the reference does not"),
            )
            .hint("use only the variables of the reference message: nothing supplies this one here")
        } else {
            let near = suggest::nearest(v, wanted.iter().map(String::as_str))
                .or_else(|| suggest::nearest(v, VARIABLES.iter().copied()));
            Diagnostic::error(
                "variable-mismatch",
                format!("`{id}` uses `${v}`, which neither the reference nor vetpress has"),
            )
            .hint(near.map_or_else(available, |n| format!("did you mean `${n}`?")))
        };
        diags.push(d.at(variable_at(partner, p, v)).locale(loc));
    }
    for v in wanted.difference(&p.usage.variables) {
        // A misspelling of it in the translation was reported just above.
        if p.usage.variables.iter().any(|pv| suggest::nearest(pv, [v.as_str()]).is_some()) {
            continue;
        }
        diags.push(
            Diagnostic::warning(
                "variable-mismatch",
                format!("`{id}` drops `${v}`, which the reference uses"),
            )
            .at(p.location.clone())
            .hint("include the variable so the number or name appears in the translation")
            .locale(loc),
        );
    }
}

/// compare-locales' term check: a translation may well use other terms (a language can
/// need a different word), so a difference is a note, not a warning.
fn compare_terms(
    id: &str,
    rt: BTreeSet<String>,
    pt: BTreeSet<String>,
    p: &MessageInfo,
    loc: &str,
    diags: &mut Vec<Diagnostic>,
) {
    if rt == pt {
        return;
    }
    let list = |set: &mut dyn Iterator<Item = &String>| {
        set.map(|t| format!("`-{t}`")).collect::<Vec<_>>().join(", ")
    };
    let mut parts = Vec::new();
    let left_out = list(&mut rt.difference(&pt));
    if !left_out.is_empty() {
        parts.push(format!("leaves out {left_out}, which the reference uses"));
    }
    let added = list(&mut pt.difference(&rt));
    if !added.is_empty() {
        parts.push(format!("uses {added}, which the reference does not"));
    }
    diags.push(
        Diagnostic::info("term-mismatch", format!("`{id}` {}", parts.join("; ")))
            .at(p.location.clone())
            .hint("fine when the language needs other words; otherwise use the reference's terms so shared vocabulary stays consistent")
            .locale(loc),
    );
}

/// The terms a message uses as its author meant them: an unknown one (reported already)
/// counts as the defined term nearest to it, or not at all.
fn known_terms(m: &MessageInfo, c: &LocaleCatalog) -> BTreeSet<String> {
    let known = |t: &String| match c.terms.contains(t) {
        true => Some(t.clone()),
        false => suggest::nearest(t, c.terms.iter().map(String::as_str)).map(str::to_string),
    };
    m.usage.terms.iter().filter_map(known).collect()
}
