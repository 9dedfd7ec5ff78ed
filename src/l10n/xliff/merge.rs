//! Write imported translations into a locale's `.ftl` files. Only the changed entries
//! are re-serialized (by Fluent's serializer) and spliced in place of their old lines;
//! comments, blank lines and the order of everything else stay byte for byte. A
//! translation the locale lacks is inserted after the entry that precedes it in the
//! reference, in the file named like the reference file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Attribute, Entry, Identifier, Message, Pattern, Resource, Term};

use super::inline::message_source;
use super::units::{Ftl, patterns, read_locale};
use crate::l10n::entry_of;
use crate::l10n::sources::normalized;

/// One translation to write.
#[derive(Debug, Clone)]
pub struct Change {
    /// `id`, `id.attr`, `-term` or `-term.attr`.
    pub key: String,
    /// The pattern's Fluent source.
    pub body: String,
    /// The reference file the key is defined in.
    pub file: String,
}

/// A file's new text.
#[derive(Debug, Clone)]
pub struct Written {
    /// Relative to the project root.
    pub path: PathBuf,
    /// The new text.
    pub text: String,
    /// The keys changed in it.
    pub keys: Vec<String>,
}

/// Why the changes cannot be written.
#[derive(Debug, Clone, thiserror::Error)]
pub enum MergeError {
    /// A locale file that does not parse (it must be fixed first).
    #[error("{0} is not valid Fluent; run `vetpress check` and fix it first")]
    Syntax(PathBuf),
    /// A term attribute for a term the locale lacks.
    #[error("`{0}` needs the term's own translation first")]
    TermWithoutValue(String),
    /// The merged file would not read back as intended (a bug; nothing is written).
    #[error("{0}: the merged file does not read back as intended; nothing was written")]
    Verify(PathBuf),
}

/// The new text of every locale file the changes touch. `order` lists the reference's
/// entry ids per reference file, in file order.
pub fn merge(
    root: &Path,
    locale: &str,
    order: &BTreeMap<String, Vec<String>>,
    changes: &[Change],
) -> Result<Vec<Written>, MergeError> {
    let mut files =
        read_locale(root, locale).map_err(|_| MergeError::Syntax(PathBuf::from("locales").join(locale)))?;
    // Where each entry is defined (first definition wins, files in name order).
    let mut home: BTreeMap<String, usize> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        let res = f.parse(locale).map_err(|_| MergeError::Syntax(f.path.clone()))?;
        for (key, _, _) in patterns(&res) {
            home.entry(entry_of(&key).0.to_string()).or_insert(i);
        }
    }
    let mut grouped: BTreeMap<(String, String), Vec<&Change>> = BTreeMap::new();
    for c in changes {
        grouped.entry((c.file.clone(), entry_of(&c.key).0.to_string())).or_default().push(c);
    }
    let mut edits: BTreeMap<usize, Vec<Edit>> = BTreeMap::new();
    for ((ref_file, entry), group) in &grouped {
        let (index, existing) = match home.get(entry) {
            Some(&i) => (i, true),
            None => {
                let name = PathBuf::from("locales").join(locale).join(ref_file);
                let i = files.iter().position(|f| f.path == name).unwrap_or_else(|| {
                    files.push(Ftl { path: name, text: String::new() });
                    files.len() - 1
                });
                (i, false)
            }
        };
        let f = &files[index];
        let text = entry_text(f, locale, entry, group)?;
        let seq = order.get(ref_file).and_then(|o| o.iter().position(|e| e == entry)).unwrap_or(usize::MAX);
        let keys = group.iter().map(|c| c.key.clone()).collect();
        let edit = if existing {
            let range = extent(&f.text, entry).ok_or_else(|| MergeError::Verify(f.path.clone()))?;
            Edit { range, seq, text, entry: entry.clone(), keys }
        } else {
            let order = order.get(ref_file).map(Vec::as_slice).unwrap_or_default();
            let pending = edits.get(&index).map(Vec::as_slice).unwrap_or_default();
            let (range, text) = insertion(f, order, seq, pending, text);
            Edit { range, seq, text, entry: entry.clone(), keys }
        };
        edits.entry(index).or_default().push(edit);
    }
    let mut out = Vec::new();
    for (index, mut list) in edits {
        let f = &files[index];
        list.sort_by_key(|e| (e.range.start, e.seq));
        let mut text = String::new();
        let mut at = 0;
        for e in &list {
            text.push_str(&f.text[at..e.range.start]);
            text.push_str(&e.text);
            at = e.range.end;
        }
        text.push_str(&f.text[at..]);
        verify(f, &text, locale, changes)?;
        let keys = list.into_iter().flat_map(|e| e.keys).collect();
        out.push(Written { path: f.path.clone(), text, keys });
    }
    Ok(out)
}

/// Replace `range` by `text` (an insertion has an empty range); `seq` orders insertions
/// at the same place by reference order.
#[derive(Debug, Clone)]
struct Edit {
    range: Range<usize>,
    seq: usize,
    text: String,
    entry: String,
    keys: Vec<String>,
}

/// Insert a new entry after the nearest preceding reference entry the file has (or one
/// inserted before it); else before the nearest following one (and its comment); else at
/// the end. `at` is the entry's index in the reference `order`.
fn insertion(
    f: &Ftl,
    order: &[String],
    at: usize,
    pending: &[Edit],
    entry: String,
) -> (Range<usize>, String) {
    let (preceding, following) = order.split_at(at.min(order.len()));
    let mut pos = None;
    for prev in preceding.iter().rev() {
        if let Some(r) = extent(&f.text, prev) {
            pos = Some(r.end);
            break;
        }
        if let Some(e) = pending.iter().find(|e| &e.entry == prev) {
            pos = Some(e.range.start);
            break;
        }
    }
    let Some(pos) = pos else {
        let next = following.iter().skip(1).find_map(|n| extent(&f.text, n));
        return match next {
            Some(r) => {
                let start = comment_start(&f.text, r.start);
                (start..start, format!("{entry}\n"))
            }
            None => end_of(f, entry),
        };
    };
    let rest = &f.text[pos..];
    if pos == f.text.len() {
        return end_of(f, entry);
    }
    (pos..pos, if rest.starts_with('\n') { format!("\n{entry}") } else { entry })
}

/// Append at the end of the file, after a blank line.
fn end_of(f: &Ftl, entry: String) -> (Range<usize>, String) {
    let end = f.text.len();
    let text = match f.text.as_str() {
        "" => entry,
        t if t.ends_with('\n') => format!("\n{entry}"),
        _ => format!("\n\n{entry}"),
    };
    (end..end, text)
}

/// Where the `#` comment attached to the entry starting at `start` begins.
fn comment_start(text: &str, start: usize) -> usize {
    let mut at = start;
    while at > 0 {
        let line_start = text[..at - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..at];
        if !(line.starts_with("# ") || line.trim_end() == "#") {
            break;
        }
        at = line_start;
    }
    at
}

/// The serialized entry with the group's changes applied to what the file has.
fn entry_text(f: &Ftl, locale: &str, entry: &str, group: &[&Change]) -> Result<String, MergeError> {
    let res = f.parse(locale).map_err(|_| MergeError::Syntax(f.path.clone()))?;
    let sources: Vec<String> = group.iter().map(|c| message_source("x", &c.body)).collect();
    let parsed: Vec<Resource<&str>> = sources
        .iter()
        .map(|s| fluent_syntax::parser::parse(s.as_str()).map_err(|_| MergeError::Verify(f.path.clone())))
        .collect::<Result<_, _>>()?;
    let mut value: Option<Pattern<&str>> = None;
    let mut attributes: Vec<Attribute<&str>> = Vec::new();
    let name = entry.strip_prefix('-').unwrap_or(entry);
    let is_term = entry.starts_with('-');
    for e in &res.body {
        match e {
            Entry::Message(m) if !is_term && m.id.name == name => {
                value = m.value.clone();
                attributes = m.attributes.clone();
                break;
            }
            Entry::Term(t) if is_term && t.id.name == name => {
                value = Some(t.value.clone());
                attributes = t.attributes.clone();
                break;
            }
            _ => {}
        }
    }
    for (c, p) in group.iter().zip(&parsed) {
        let Some(Entry::Message(Message { value: Some(pattern), .. })) = p.body.first() else {
            return Err(MergeError::Verify(f.path.clone()));
        };
        match entry_of(&c.key).1 {
            None => value = Some(pattern.clone()),
            Some(attr) => match attributes.iter_mut().find(|a| a.id.name == attr) {
                Some(a) => a.value = pattern.clone(),
                None => attributes.push(Attribute { id: Identifier { name: attr }, value: pattern.clone() }),
            },
        }
    }
    let id = Identifier { name };
    let e = if is_term {
        let value = value.ok_or_else(|| MergeError::TermWithoutValue(entry.to_string()))?;
        Entry::Term(Term { id, value, attributes, comment: None })
    } else {
        Entry::Message(Message { id, value, attributes, comment: None })
    };
    Ok(fluent_syntax::serializer::serialize(&Resource { body: vec![e] }))
}

/// The byte range of an entry's lines: from its `id =` line to its last non-blank line
/// (comments above it are not part of it).
pub fn extent(text: &str, entry: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    let mut start = None;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        match start {
            None => {
                if line.strip_prefix(entry).is_some_and(|r| r.trim_start_matches(' ').starts_with('=')) {
                    start = Some(here);
                    end = offset;
                }
            }
            Some(_) => {
                let continues = line.trim().is_empty() || line.starts_with([' ', '}', '[', '*', '.']);
                if !continues {
                    break;
                }
                if !line.trim().is_empty() {
                    end = offset;
                }
            }
        }
    }
    start.map(|s| s..end)
}

/// The new text parses, the changed keys read as imported, and every other key as before.
fn verify(f: &Ftl, text: &str, locale: &str, changes: &[Change]) -> Result<(), MergeError> {
    let bad = || MergeError::Verify(f.path.clone());
    let before: BTreeMap<String, String> = match f.parse(locale) {
        Ok(res) => patterns(&res).into_iter().map(|(k, _, p)| (k, normalized(p))).collect(),
        Err(_) => return Err(bad()),
    };
    let res = fluent_syntax::parser::parse(text).map_err(|_| bad())?;
    let after: BTreeMap<String, String> =
        patterns(&res).into_iter().map(|(k, _, p)| (k, normalized(p))).collect();
    for (key, text) in &after {
        let changed = changes.iter().find(|c| &c.key == key);
        let expected = match changed {
            Some(c) => super::inline::check(&c.body).ok(),
            None => before.get(key).cloned(),
        };
        if expected.as_ref() != Some(text) {
            return Err(bad());
        }
    }
    if before.keys().any(|k| !after.contains_key(k)) {
        return Err(bad());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftl(text: &str) -> Ftl {
        Ftl { path: PathBuf::from("locales/fi/x.ftl"), text: text.into() }
    }

    fn order(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn extents_cover_the_entry_and_not_its_comment_or_the_blank_lines_after() {
        let text = "# c\na = { $n ->\n    [one] x\n   *[other] y\n}\n\n.z\nb = 1\n    .t = 2\n\n\n-c = 3\n";
        assert_eq!(
            &text[extent(text, "a").expect("a")],
            "a = { $n ->\n    [one] x\n   *[other] y\n}\n\n.z\n"
        );
        assert_eq!(&text[extent(text, "b").expect("b")], "b = 1\n    .t = 2\n");
        assert_eq!(&text[extent(text, "-c").expect("c")], "-c = 3\n");
        assert!(extent(text, "-").is_none() && extent(text, "z").is_none());
    }

    #[test]
    fn new_entries_go_after_their_predecessor_or_before_their_successor() {
        let o = order(&["a", "b", "c", "d"]);
        let insert = |text: &str, i: usize| {
            let (range, new) = insertion(&ftl(text), &o, i, &[], format!("{} = new\n", o[i]));
            format!("{}{new}{}", &text[..range.start], &text[range.end..])
        };
        let text = "## G\n\na = 1\n\n# about c\nc = 3\n";
        assert_eq!(insert(text, 1), "## G\n\na = 1\n\nb = new\n\n# about c\nc = 3\n");
        assert_eq!(insert(text, 3), "## G\n\na = 1\n\n# about c\nc = 3\n\nd = new\n");
        assert_eq!(insert("## G\n# about c\nc = 3\n", 1), "## G\nb = new\n\n# about c\nc = 3\n");
        assert_eq!(insert("a = 1\nc = 3", 1), "a = 1\nb = new\nc = 3");
        assert_eq!(insert("", 1), "b = new\n");
        assert_eq!(insert("x = 1", 3), "x = 1\n\nd = new\n");
    }
}
