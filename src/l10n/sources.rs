//! Every message value and attribute of a locale as Fluent text, with where it is
//! defined: what the state file records and compares.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Identifier, Message, Pattern, Resource};

use crate::project::read_text;

/// A message value or attribute's Fluent source and where it is defined.
#[derive(Debug, Clone)]
pub struct Source {
    /// The pattern, serialized by Fluent, one trimmed line per source line.
    pub text: String,
    /// File, relative to the project root.
    pub file: PathBuf,
    /// 1-based line of the message id or attribute.
    pub line: usize,
}

/// Every message value and attribute of `locale`, by key (`id`, `id.attr`); the first
/// definition wins, as in the catalog.
pub fn sources(root: &Path, locale: &str) -> BTreeMap<String, Source> {
    let mut out = BTreeMap::new();
    let dir = root.join("locales").join(locale);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        // Read errors were reported when the catalog loaded.
        let Some(text) = read_text(root, &path, &mut Vec::new()) else { continue };
        let file = crate::project::relative(root, &path);
        let text = mask_cut_escapes(text);
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(partial, _)| partial);
        for entry in &resource.body {
            if let Entry::Message(m) = entry {
                add_message(&mut out, m, &text, &file);
            }
        }
    }
    out
}

/// Mask what makes fluent-syntax 0.12 panic, as the catalog does (see
/// `catalog::cut_escapes`); the catalog reports it as a syntax error.
fn mask_cut_escapes(text: String) -> String {
    let hazards = super::catalog::cut_escapes(&text);
    if hazards.is_empty() {
        return text;
    }
    let mut bytes = text.into_bytes();
    for r in hazards {
        bytes[r].fill(b'?');
    }
    String::from_utf8(bytes).unwrap_or_default()
}

fn add_message(out: &mut BTreeMap<String, Source>, m: &Message<&str>, text: &str, file: &Path) {
    let id = m.id.name;
    if out.contains_key(id) || out.keys().any(|k| k.strip_prefix(id).is_some_and(|r| r.starts_with('.'))) {
        return;
    }
    let id_line = definition_line(text, id).unwrap_or(1);
    let source =
        |pattern: &Pattern<&str>, line| Source { text: pattern_text(pattern), file: file.into(), line };
    if let Some(value) = &m.value {
        out.insert(id.to_string(), source(value, id_line));
    }
    for a in &m.attributes {
        let line = attribute_line(text, id_line, a.id.name).unwrap_or(id_line);
        out.insert(format!("{id}.{}", a.id.name), source(&a.value, line));
    }
}

/// 1-based line where `id = ` starts a line.
fn definition_line(text: &str, id: &str) -> Option<usize> {
    text.lines()
        .position(|l| l.strip_prefix(id).is_some_and(|r| r.trim_start().starts_with('=')))
        .map(|i| i + 1)
}

/// 1-based line of `.attr =` in the message starting on `id_line`.
fn attribute_line(text: &str, id_line: usize, attr: &str) -> Option<usize> {
    let body = text.lines().enumerate().skip(id_line).take_while(|(_, l)| l.is_empty() || l.starts_with(' '));
    body.filter(|(_, l)| {
        l.trim_start()
            .strip_prefix('.')
            .and_then(|r| r.strip_prefix(attr))
            .is_some_and(|r| r.trim_start().starts_with('='))
    })
    .map(|(i, _)| i + 1)
    .next()
}

/// A pattern as Fluent serializes it, with indentation and surrounding blank lines
/// removed: the same text whatever the file's layout.
fn pattern_text(pattern: &Pattern<&str>) -> String {
    let message = Message {
        id: Identifier { name: "x" },
        value: Some(pattern.clone()),
        attributes: vec![],
        comment: None,
    };
    let text = fluent_syntax::serializer::serialize(&Resource { body: vec![Entry::Message(message)] });
    let body = text.strip_prefix("x =").unwrap_or(&text);
    body.lines().map(str::trim).collect::<Vec<_>>().join("\n").trim().to_string()
}

/// A pattern's text as the state file records it (for the XLIFF exchange's comparisons).
pub fn normalized(pattern: &Pattern<&str>) -> String {
    pattern_text(pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_read_the_same_whatever_the_layout() {
        let one = "a = Hello { $count }\n    .title = T\nb =\n    First\n\n    second\n";
        let two = "a =   Hello { $count }\n  .title   =   T\n\nb =\n        First\n\n        second\n";
        let dir = tempfile::tempdir().unwrap();
        let fi = dir.path().join("locales/fi");
        std::fs::create_dir_all(&fi).unwrap();
        std::fs::write(fi.join("x.ftl"), one).unwrap();
        let first = sources(dir.path(), "fi");
        std::fs::write(fi.join("x.ftl"), two).unwrap();
        let second = sources(dir.path(), "fi");
        let texts = |s: &BTreeMap<String, Source>| {
            s.iter().map(|(k, v)| (k.clone(), v.text.clone())).collect::<Vec<_>>()
        };
        assert_eq!(texts(&first), texts(&second));
        assert_eq!(first["a"].text, "Hello { $count }");
        assert_eq!(first["b"].text, "First\n\nsecond");
        assert_eq!((first["a.title"].line, first["b"].line, second["b"].line), (2, 3, 4));
        // An escape cut short by a non-ASCII character does not panic the parser.
        std::fs::write(fi.join("x.ftl"), "a = { \"\\u12é\" }\nb = ok\n").unwrap();
        assert_eq!(sources(dir.path(), "fi")["b"].text, "ok");
    }
}
