//! Fluent syntax errors explained where the translator made them, and what they swallowed.

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
use fluent_syntax::parser::{ErrorKind, ParserError};

/// A syntax error as reported: what, where (byte offset) and what to do.
pub struct Found {
    /// Fluent's description of the error.
    pub message: String,
    /// Byte offset to point at.
    pub at: usize,
    /// What to do about it.
    pub hint: String,
}

/// Explain a parser error of `source`.
pub fn explain(source: &str, e: &ParserError) -> Found {
    let at = e.pos.start.min(source.len());
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = source[line_start..].lines().next().unwrap_or("");
    // A broken attribute is reported by Fluent at the start of its line, as if the line
    // could not be an attribute at all: find the error inside the attribute instead.
    if at == line_start
        && let Some(name_end) = attribute_name_end(line)
        && let Some(inner) = inside_attribute(source, line_start, name_end)
    {
        return inner;
    }
    let at = unclosed_position(source, e).unwrap_or(at);
    Found { message: e.kind.to_string(), at, hint: hint(&e.kind, line, at == line_start) }
}

/// For a line `    .name = …`, the byte length of `    .`.
fn attribute_name_end(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let rest = trimmed.strip_prefix('.')?;
    let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
    let valid =
        rest.starts_with(|c: char| c.is_ascii_alphabetic()) && rest[name_len..].trim_start().starts_with('=');
    valid.then_some(line.len() - trimmed.len() + 1)
}

/// Parse an attribute (from `line_start` to the next unindented line) as a message of its
/// own, and report its first error at the place in `source`.
fn inside_attribute(source: &str, line_start: usize, prefix: usize) -> Option<Found> {
    let body_start = line_start + prefix;
    let end = entry_end(source, line_start);
    let text = source[body_start..end].to_string();
    let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) else {
        return None;
    };
    let e = errors.first()?;
    let inner = explain(&text, e);
    Some(Found { message: inner.message, at: body_start + inner.at, hint: inner.hint })
}

/// An unclosed placeable is found at the start of the next line; pointing at the end of
/// the line that lacks the `}` helps more.
fn unclosed_position(source: &str, e: &ParserError) -> Option<usize> {
    let at = e.pos.start.min(source.len());
    let unclosed = matches!(e.kind, ErrorKind::ExpectedToken('}'));
    (unclosed && at > 0 && source[..at].ends_with('\n'))
        .then(|| source[..at].trim_end_matches(['\n', '\r', ' ']).len())
}

fn hint(kind: &ErrorKind, line: &str, at_line_start: bool) -> String {
    let trimmed = line.trim_start();
    match kind {
        ErrorKind::ExpectedToken('}') => "close the placeable with `}` (a literal brace is written `{ \"{\" }`)".into(),
        ErrorKind::MissingDefaultVariant => {
            "mark one variant as the default with `*`, e.g. `*[other]`: it is used for every value no other variant matches".into()
        }
        _ if at_line_start && line.starts_with(' ') && trimmed.starts_with(['*', '[', '.']) => {
            "a continuation line cannot start with `*`, `[` or `.`: use `-` for bullets or reword".into()
        }
        _ => "the message is skipped until this is fixed; see https://projectfluent.org/fluent/guide/".into(),
    }
}

/// Where the entry starting at `offset` ends: at the next line that starts a new entry
/// (not indented, not blank), or at the end of `source`.
pub fn entry_end(source: &str, offset: usize) -> usize {
    let mut at = offset;
    for (i, line) in source[offset..].split_inclusive('\n').enumerate() {
        if i > 0 && !line.trim().is_empty() && !line.starts_with([' ', '\t']) {
            return at;
        }
        at += line.len();
    }
    source.len()
}

/// Keys (`id`, `id.attr`) that a syntax error turned into junk.
pub fn swallowed(res: &FluentResource) -> Vec<String> {
    let mut last_message = None;
    let mut out = Vec::new();
    for entry in res.entries() {
        match entry {
            Entry::Message(m) => last_message = Some(m.id.name),
            Entry::Junk { content } => {
                let first = content.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                if let Some(end) = attribute_name_end(first) {
                    let name = first[end..].split(|c: char| c == '=' || c.is_whitespace()).next();
                    if let (Some(id), Some(name)) = (last_message, name) {
                        out.push(format!("{id}.{name}"));
                    }
                } else if let Some((id, _)) = first.split_once('=') {
                    let id = id.trim();
                    let plain = !id.is_empty() && !first.starts_with(' ');
                    if plain && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                        out.push(id.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_error(src: &str) -> Found {
        let Err((_, errors)) = fluent_syntax::parser::parse(src) else { panic!("parses") };
        explain(src, &errors[0])
    }

    #[test]
    fn a_broken_attribute_is_found_inside_the_attribute() {
        let src = "a = x\n    .summary = y { -w, z\nb = ok\n";
        let f = first_error(src);
        assert!(f.at > src.find("{ -w").expect("brace"), "{} at {}", f.message, f.at);
        assert!(!f.hint.contains("continuation line"), "{}", f.hint);
    }

    #[test]
    fn the_continuation_hint_is_given_only_for_continuation_lines() {
        let f = first_error("a =\n    text\n    * bullet\nb = ok\n");
        assert!(f.hint.contains("continuation line"), "{}", f.hint);
        let f = first_error("a =\n    text\n    [link] bullet\nb = ok\n");
        assert!(f.hint.contains("continuation line"), "{}", f.hint);
        let f = first_error("a = { $n ->\n    [one] x\n    [other] y\n}\n");
        assert!(f.hint.contains("`*[other]`"), "{}", f.hint);
    }

    #[test]
    fn junk_names_the_keys_it_swallowed() {
        let res = |s: &str| FluentResource::try_new(s.to_string()).unwrap_err().0;
        assert_eq!(swallowed(&res("a = x\n    .summary = y { -w\nb = ok\n")), ["a.summary"]);
        assert_eq!(swallowed(&res("a = { $n ->\n    [one] x\n}\nb = ok\n")), ["a"]);
        assert!(swallowed(&res("a =\n    text\n    * bullet\nb = ok\n")).is_empty());
    }

    #[test]
    fn entries_end_at_the_next_unindented_line() {
        let src = "a = x\n    .t = y\n\n    more\n# c\nb = 2\n";
        assert_eq!(&src[..entry_end(src, 0)], "a = x\n    .t = y\n\n    more\n");
        assert_eq!(entry_end(src, src.find("b =").expect("b")), src.len());
    }
}
