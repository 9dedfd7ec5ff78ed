//! Compare every partner locale with the reference: missing, obsolete, variables, links.

use std::collections::BTreeSet;

use fluent_bundle::FluentArgs;

use crate::diag::Diagnostic;

use super::VARIABLES;
use super::catalog::{Catalog, FormatError, LocaleCatalog, MessageInfo};

/// Lint the whole catalog.
pub fn lint(catalog: &Catalog, diags: &mut Vec<Diagnostic>) {
    let reference = catalog.reference();
    check_variables_known(reference, diags);
    for c in &catalog.locales {
        check_resolves(c, diags);
    }
    // A locale without any file already has its own error; listing every message is noise.
    // One with files but no messages yet (just started) gets every message listed.
    for partner in catalog.locales[1..].iter().filter(|c| !c.files.is_empty()) {
        compare(reference, partner, diags);
    }
}

fn check_variables_known(reference: &LocaleCatalog, diags: &mut Vec<Diagnostic>) {
    for (id, m) in &reference.messages {
        for v in m.usage.variables.iter().filter(|v| !VARIABLES.contains(&v.as_str())) {
            diags.push(
                Diagnostic::error(
                    "unknown-variable",
                    format!("`{id}` uses `${v}`, which vetpress does not supply"),
                )
                .at(m.location.clone())
                .hint(format!(
                    "available variables: {}",
                    VARIABLES.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
                ))
                .locale(&reference.locale),
            );
        }
    }
}

/// Numbers that reach every plural category (cardinal and ordinal) of the locales Fluent
/// knows: zero, one, two, few and many forms, teens, 21/22/23, hundreds and a fraction.
const PROBES: &[f64] = &[
    0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 11.0, 12.0, 13.0, 21.0, 22.0, 23.0, 100.0, 101.0, 1e6, 0.5, 1.5,
];

/// Arguments with every variable vetpress supplies set to `value`.
fn probe_args(value: f64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in VARIABLES {
        args.set(*v, value);
    }
    args
}

/// Format every message and attribute with values that reach every variant of every
/// select (plural categories, and the message's own number keys); report resolver errors
/// (unknown terms, messages, cycles) at the message.
fn check_resolves(c: &LocaleCatalog, diags: &mut Vec<Diagnostic>) {
    for (id, m) in &c.messages {
        let keys = m.usage.number_keys.iter().filter_map(|k| k.parse::<f64>().ok());
        let probes: Vec<FluentArgs> = PROBES.iter().copied().chain(keys).map(probe_args).collect();
        let attrs = m.attributes.iter().map(|a| Some(a.as_str()));
        let parts = m.has_value.then_some(None).into_iter().chain(attrs);
        for attr in parts {
            let mut found = BTreeSet::new();
            for args in &probes {
                if let Err(FormatError::Resolver(errors)) = c.format_own(id, attr, args) {
                    found.extend(errors.into_iter().filter(|e| !e.starts_with("Unknown variable")));
                }
            }
            let name = attr.map_or_else(|| id.clone(), |a| format!("{id}.{a}"));
            for e in found {
                diags.push(
                    Diagnostic::error("ftl-reference", format!("`{name}`: {e}"))
                        .at(m.location.clone())
                        .hint("define the referenced term or message, or fix its name (every variant is checked)")
                        .locale(&c.locale),
                );
            }
        }
    }
}

fn compare(reference: &LocaleCatalog, partner: &LocaleCatalog, diags: &mut Vec<Diagnostic>) {
    let loc = &partner.locale;
    for (id, r) in &reference.messages {
        match partner.messages.get(id) {
            None => diags.push(missing(id, r, loc)),
            Some(p) => compare_message(id, r, p, loc, diags),
        }
    }
    for (id, p) in partner.messages.iter().filter(|(id, _)| !reference.has(id)) {
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

fn compare_message(id: &str, r: &MessageInfo, p: &MessageInfo, loc: &str, diags: &mut Vec<Diagnostic>) {
    let at = p.location.clone();
    for v in p.usage.variables.difference(&r.usage.variables) {
        diags.push(
            Diagnostic::error(
                "variable-mismatch",
                format!("`{id}` uses `${v}`, which the reference does not"),
            )
            .at(at.clone())
            .hint("use only the variables of the reference message: nothing supplies this one")
            .locale(loc),
        );
    }
    for v in r.usage.variables.difference(&p.usage.variables) {
        diags.push(
            Diagnostic::warning(
                "variable-mismatch",
                format!("`{id}` drops `${v}`, which the reference uses"),
            )
            .at(at.clone())
            .hint("include the variable so the number or name appears in the translation")
            .locale(loc),
        );
    }
    for a in r.attributes.iter().filter(|a| !p.attributes.contains(a)) {
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
