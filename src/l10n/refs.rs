//! Resolve every pattern of every message and term, each variant of each select expression
//! on its own, and report what does not resolve (unknown terms, messages, attributes,
//! functions, cycles) where it is written, with the nearest known name.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::catalog::{IdPositions, LocaleCatalog};
use super::syntax::entry_end;
use super::{VARIABLES, functions};
use crate::diag::{Diagnostic, Location};
use crate::suggest;

/// What failed to resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Problem {
    Term(String, Option<String>),
    Message(String, Option<String>),
    Function(String),
    NoValue(String),
    /// A builtin given what it cannot format: (function, what it needs).
    Argument(String, &'static str),
    Other(String),
}

impl Problem {
    fn of(e: &FluentError) -> Option<Problem> {
        let FluentError::ResolverError(r) = e else { return Some(Problem::Other(e.to_string())) };
        Some(match r {
            ResolverError::Reference(ReferenceKind::Variable { .. }) => return None,
            ResolverError::Reference(ReferenceKind::Term { id, attribute }) => {
                Problem::Term(id.clone(), attribute.clone())
            }
            ResolverError::Reference(ReferenceKind::Message { id, attribute }) => {
                Problem::Message(id.clone(), attribute.clone())
            }
            ResolverError::Reference(ReferenceKind::Function { id }) => Problem::Function(id.clone()),
            ResolverError::NoValue(id) => Problem::NoValue(id.clone()),
            other => Problem::Other(other.to_string()),
        })
    }

    /// Fluent's words for it, as `ftl-resolve` prints them too.
    fn describe(&self) -> String {
        match self {
            Problem::Term(id, None) => format!("Unknown term: -{id}"),
            Problem::Term(id, Some(a)) => format!("Unknown attribute: -{id}.{a}"),
            Problem::Message(id, None) => format!("Unknown message: {id}"),
            Problem::Message(id, Some(a)) => format!("Unknown attribute: {id}.{a}"),
            Problem::Function(id) => format!("Unknown function: {id}()"),
            Problem::NoValue(id) => format!("No value: {id}"),
            Problem::Argument(f, needs) => format!("{f}() needs {needs}"),
            Problem::Other(text) => text.clone(),
        }
    }

    /// The text to look for in the entry, to point at.
    fn needle(&self) -> Option<String> {
        match self {
            Problem::Term(id, _) => Some(format!("-{id}")),
            Problem::Message(id, _) | Problem::NoValue(id) => Some(id.clone()),
            Problem::Function(id) | Problem::Argument(id, _) => Some(id.clone()),
            Problem::Other(_) => None,
        }
    }

    fn hint(&self, c: &LocaleCatalog, reference: &LocaleCatalog) -> String {
        let dir = format!("locales/{}/", c.locale);
        match self {
            Problem::Term(id, None) => match suggest::nearest(id, c.terms.iter().map(String::as_str)) {
                Some(near) => format!("did you mean `-{near}`?"),
                None if reference.terms.contains(id) && reference.locale != c.locale => format!(
                    "`-{id}` is a term of the reference: terms are not shared, define it in a file of {dir} too"
                ),
                None => format!("define the term `-{id}` in a file of {dir}, or fix its name"),
            },
            Problem::Message(id, None) => match suggest::nearest(id, c.messages.keys().map(String::as_str)) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("define the message `{id}` in a file of {dir}, or fix its name"),
            },
            Problem::Term(id, Some(_)) | Problem::Message(id, Some(_)) => {
                format!("use an attribute `{id}` defines, or add the attribute to it")
            }
            Problem::Function(id) => format!(
                "vetpress offers {}{}",
                functions::NAMES.iter().map(|f| format!("{f}()")).collect::<Vec<_>>().join(" and "),
                suggest::did_you_mean(id, functions::NAMES.iter().copied()),
            ),
            Problem::NoValue(id) => format!("`{id}` has only attributes: refer to one, as `{id}.name`"),
            Problem::Argument(f, _) if f == "DATETIME" => {
                "write the date as an ISO text, e.g. `DATETIME(\"2021-08-31\")`; it would print as `{DATETIME()}`".into()
            }
            Problem::Argument(f, _) => format!("give {f}() a number or a `$variable`; it would print as `{{{f}()}}`"),
            Problem::Other(text) if text.contains("Cyclic") => {
                "a message or term must not refer back to itself, directly or through others".into()
            }
            Problem::Other(_) => "see https://projectfluent.org/fluent/guide/".into(),
        }
    }
}

/// Arguments with every variable vetpress supplies: a variant is reached by formatting it
/// directly, so one value is enough.
fn probe_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in VARIABLES {
        args.set(*v, 1);
    }
    args
}

/// Check every message and term of `c` (`reference` is the reference locale's catalog).
pub fn check(c: &LocaleCatalog, reference: &LocaleCatalog, diags: &mut Vec<Diagnostic>) {
    check_entries(c, reference, None, diags);
}

/// The problems `check` reports for one message of `c`.
pub fn check_message(c: &LocaleCatalog, reference: &LocaleCatalog, id: &str) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    check_entries(c, reference, Some(id), &mut diags);
    diags
}

/// Check the entries of `c`, or only the message `only`.
fn check_entries(
    c: &LocaleCatalog,
    reference: &LocaleCatalog,
    only: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) {
    let args = probe_args();
    for (file, res) in c.resources() {
        let source = res.source();
        let mut positions = IdPositions::new(source);
        for entry in res.entries() {
            let (key, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let offset = positions.next(&key);
            if only.is_some_and(|id| id != key) {
                continue;
            }
            let span = offset + key.len()..entry_end(source, offset);
            let attrs = attributes.iter().map(|a| (Some(a.id.name), &a.value));
            for (attr, pattern) in value.map(|v| (None, v)).into_iter().chain(attrs) {
                let mut found = BTreeSet::new();
                for p in every_variant(pattern) {
                    found.extend(c.pattern_errors(p, &args).iter().filter_map(Problem::of));
                    builtin_arguments(p, &mut found);
                }
                let name = attr.map_or_else(|| key.clone(), |a| format!("{key}.{a}"));
                for problem in found {
                    let at = problem.needle().and_then(|n| find_placeable(source, span.clone(), &n));
                    let at = at.unwrap_or(offset);
                    let len = problem.needle().map_or(1, |n| n.len());
                    diags.push(
                        Diagnostic::error("ftl-reference", format!("`{name}`: {}", problem.describe()))
                            .at(Location::in_text(file, source, at..at + len))
                            .hint(problem.hint(c, reference))
                            .locale(&c.locale),
                    );
                }
            }
        }
    }
}

/// A pattern and, recursively, the value of every variant of every select in it.
fn every_variant<'p>(pattern: &'p Pattern<&'p str>) -> Vec<&'p Pattern<&'p str>> {
    let mut out = vec![pattern];
    let mut i = 0;
    while i < out.len() {
        for el in &out[i].elements {
            if let PatternElement::Placeable { expression } = el {
                push_variants(expression, &mut out);
            }
        }
        i += 1;
    }
    out
}

fn push_variants<'p>(e: &'p Expression<&'p str>, out: &mut Vec<&'p Pattern<&'p str>>) {
    match e {
        Expression::Select { variants, .. } => out.extend(variants.iter().map(|v| &v.value)),
        Expression::Inline(InlineExpression::Placeable { expression }) => push_variants(expression, out),
        Expression::Inline(_) => {}
    }
}

/// Arguments `NUMBER()` and `DATETIME()` cannot format: they print `{NUMBER()}` without
/// any resolver error, so they are found in the syntax tree.
fn builtin_arguments(p: &Pattern<&str>, found: &mut BTreeSet<Problem>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_arguments(expression, found);
        }
    }
}

fn expression_arguments(e: &Expression<&str>, found: &mut BTreeSet<Problem>) {
    match e {
        Expression::Select { selector, .. } => inline_arguments(selector, found),
        Expression::Inline(inline) => inline_arguments(inline, found),
    }
}

fn inline_arguments(e: &InlineExpression<&str>, found: &mut BTreeSet<Problem>) {
    match e {
        InlineExpression::FunctionReference { id, arguments } => {
            let first = arguments.positional.first();
            let problem = match (id.name, first) {
                ("DATETIME", Some(InlineExpression::StringLiteral { value }))
                    if functions::iso_date(value).is_some() =>
                {
                    None
                }
                ("DATETIME", _) => Some("an ISO date such as \"2021-08-31\""),
                ("NUMBER", Some(InlineExpression::StringLiteral { value }))
                    if value.trim().parse::<f64>().is_ok() =>
                {
                    None
                }
                (
                    "NUMBER",
                    Some(InlineExpression::NumberLiteral { .. } | InlineExpression::VariableReference { .. }),
                ) => None,
                ("NUMBER", _) => Some("a number"),
                _ => None,
            };
            if let Some(needs) = problem {
                found.insert(Problem::Argument(id.name.to_string(), needs));
            }
            arguments.positional.iter().for_each(|a| inline_arguments(a, found));
        }
        InlineExpression::Placeable { expression } => expression_arguments(expression, found),
        _ => {}
    }
}

/// The byte offset of `needle` written as a name inside a placeable of `source[span]`.
pub fn find_placeable(source: &str, span: Range<usize>, needle: &str) -> Option<usize> {
    let text = source.get(span.clone())?;
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut from = 0;
    while let Some(i) = text[from..].find(needle) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        let bounded = before.is_none_or(|c| !ident(c) && c != '$') && after.is_none_or(|c| !ident(c));
        let depth = text[..at].matches('{').count() as isize - text[..at].matches('}').count() as isize;
        if bounded && depth > 0 {
            return Some(span.start + at);
        }
        from = at + needle.len();
    }
    None
}

/// The location of `needle` inside a placeable of a message, or the message's own.
pub fn locate(c: &LocaleCatalog, file: &Path, span: Range<usize>, needle: &str) -> Option<Location> {
    let (_, res) = c.resources().find(|(f, _)| *f == file)?;
    let at = find_placeable(res.source(), span, needle)?;
    Some(Location::in_text(file, res.source(), at..at + needle.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_names_only_inside_placeables() {
        let src = "intro = intro { intro } { -intro } { $intro }\n";
        assert_eq!(find_placeable(src, 5..src.len(), "intro"), Some(16));
        assert_eq!(find_placeable(src, 5..src.len(), "-intro"), Some(26));
        assert_eq!(find_placeable(src, 5..src.len(), "$intro"), Some(37));
        assert_eq!(find_placeable(src, 5..src.len(), "-intr"), None);
    }

    #[test]
    fn builtins_given_what_they_cannot_format_are_found() {
        let problems = |src: &str| {
            let res = fluent_syntax::parser::parse(src).expect("parses");
            let Entry::Message(m) = &res.body[0] else { panic!("message") };
            let mut found = BTreeSet::new();
            every_variant(m.value.as_ref().expect("value"))
                .into_iter()
                .for_each(|p| builtin_arguments(p, &mut found));
            found.into_iter().map(|p| p.describe()).collect::<Vec<_>>()
        };
        assert!(problems("m = { NUMBER($n) } { NUMBER(\"1.5\") } { DATETIME(\"2021-08-31\") }\n").is_empty());
        assert_eq!(
            problems("m = { DATETIME(\"31.8.2021\") }\n"),
            ["DATETIME() needs an ISO date such as \"2021-08-31\""]
        );
        assert_eq!(problems("m = { $n ->\n *[x] { NUMBER(\"many\") }\n}\n"), ["NUMBER() needs a number"]);
    }

    #[test]
    fn cycles_are_found_and_explained() {
        let root = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(root.path().join("locales/en")).expect("mkdir");
        std::fs::write(root.path().join("locales/en/a.ftl"), "a = x { b }\nb = y { a }\n").expect("write");
        let mut diags = Vec::new();
        let catalog = crate::l10n::Catalog::load(root.path(), &["en".to_string()], &mut diags);
        check(catalog.reference(), catalog.reference(), &mut diags);
        let d = diags.iter().find(|d| d.message.starts_with("`a`")).expect("a cycle report");
        assert_eq!(d.message, "`a`: Cyclical dependency detected");
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("refer back")), "{d:?}");
    }

    #[test]
    fn every_variant_is_reached() {
        let res =
            fluent_syntax::parser::parse("m = a { $n ->\n [one] b { $c ->\n *[x] c\n }\n *[other] d\n}\n")
                .expect("parses");
        let Entry::Message(m) = &res.body[0] else { panic!("message") };
        assert_eq!(every_variant(m.value.as_ref().expect("value")).len(), 4);
    }
}
