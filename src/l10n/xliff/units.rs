//! The units of an exchange: every message value, attribute and term of the reference,
//! with its translation, comment and stale state, in file and message order.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Attribute, Entry, Pattern, Resource};

use super::XliffError;
use super::inline::Inline;
use crate::diag::{Diagnostic, Location};
use crate::l10n::sources::normalized;
use crate::project::{Project, read_text, relative};

/// One translatable unit: a message value (`id`), attribute (`id.attr`) or term (`-id`).
#[derive(Debug, Clone)]
pub struct Unit {
    /// `id`, `id.attr`, `-term` or `-term.attr`: the unit id inside its file.
    pub key: String,
    /// The entry's Fluent comment.
    pub comment: Option<String>,
    /// The group comment (`## …`) above it: the section it belongs to.
    pub group: Option<String>,
    /// The reference pattern as pieces and codes.
    pub source: Inline,
    /// Its normalised text (what the state file records).
    pub source_text: String,
    /// The translation, if the locale has one.
    pub target: Option<Inline>,
    /// Its normalised text.
    pub target_text: Option<String>,
    /// For a stale translation: the reference text it was made from.
    pub old_source: Option<String>,
}

/// One reference `.ftl` file's units.
#[derive(Debug, Clone)]
pub struct FileUnits {
    /// File name, such as `mentor.ftl`.
    pub name: String,
    /// Its id in XLIFF 2: the stem, escaped to an NMTOKEN.
    pub id: String,
    /// Units in file order.
    pub units: Vec<Unit>,
}

/// Every unit of a partner locale.
#[derive(Debug, Clone)]
pub struct Units {
    /// The reference locale.
    pub reference: String,
    /// The partner locale.
    pub locale: String,
    /// Files in name order.
    pub files: Vec<FileUnits>,
}

impl Units {
    /// The unit `key` of the file whose XLIFF 2 id (or, for 1.2, name) is `file`.
    pub fn find(&self, file: &str, key: &str) -> Option<(&FileUnits, &Unit)> {
        let f = self.files.iter().find(|f| f.id == file || f.name == file)?;
        Some((f, f.units.iter().find(|u| u.key == key)?))
    }
}

/// A parsed `.ftl` file: its text, relative path and first-definition entries.
pub struct Ftl {
    /// Path relative to the project root.
    pub path: PathBuf,
    /// The text.
    pub text: String,
}

impl Ftl {
    /// Parse; syntax errors are `Err` with their diagnostics.
    pub fn parse(&self, locale: &str) -> Result<Resource<&str>, Vec<Diagnostic>> {
        if !crate::l10n::catalog::cut_escapes(&self.text).is_empty() {
            let d = Diagnostic::error("xliff-ftl", "the file has an invalid escape sequence")
                .at(Location::file(self.path.clone()))
                .hint("run `vetpress check` and fix it first")
                .locale(locale);
            return Err(vec![d]);
        }
        fluent_syntax::parser::parse(self.text.as_str()).map_err(|(_, errors)| {
            errors
                .iter()
                .map(|e| {
                    Diagnostic::error("xliff-ftl", format!("not valid Fluent: {}", e.kind))
                        .at(Location::in_text(&self.path, &self.text, e.pos.clone()))
                        .hint("the XLIFF exchange needs valid files: run `vetpress check` and fix this first")
                        .locale(locale)
                })
                .collect()
        })
    }
}

/// Read every `.ftl` file of `locales/<locale>/`, sorted by name.
pub fn read_locale(root: &Path, locale: &str) -> Result<Vec<Ftl>, XliffError> {
    let dir = root.join("locales").join(locale);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
        })
        .unwrap_or_default();
    paths.sort();
    let mut diags = Vec::new();
    let files = paths
        .iter()
        .filter_map(|p| read_text(root, p, &mut diags).map(|text| Ftl { path: relative(root, p), text }))
        .collect();
    if diags.is_empty() { Ok(files) } else { Err(XliffError::Project(diags)) }
}

/// An entry's comment and the group comment (`## …`) of its section.
#[derive(Debug, Clone, Default)]
pub struct Comments {
    /// The `#` comment attached to the entry.
    pub own: Option<String>,
    /// The last `##` comment above it.
    pub group: Option<String>,
}

/// The pattern of each key (`id`, `id.attr`, `-term`, …) of a resource, in order, with
/// its comments; the first definition of an entry wins, as in the catalog.
pub fn patterns<'r, 's>(res: &'r Resource<&'s str>) -> Vec<(String, Comments, &'r Pattern<&'s str>)> {
    let mut seen = std::collections::HashSet::new();
    let mut group = None;
    let mut out = Vec::new();
    for entry in &res.body {
        let (id, value, attributes, comment): (String, Option<&Pattern<&str>>, &Vec<Attribute<&str>>, _) =
            match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes, &m.comment),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes, &t.comment),
                Entry::GroupComment(c) => {
                    group = Some(c.content.join("\n")).filter(|g| !g.trim().is_empty());
                    continue;
                }
                _ => continue,
            };
        if !seen.insert(id.clone()) {
            continue;
        }
        let comments = Comments { own: comment.as_ref().map(|c| c.content.join("\n")), group: group.clone() };
        if let Some(v) = value {
            out.push((id.clone(), comments.clone(), v));
        }
        for a in attributes {
            out.push((format!("{id}.{}", a.id.name), comments.clone(), &a.value));
        }
    }
    out
}

/// Everything to export for `locale`, or why not.
pub fn collect(root: &Path, locale: &str) -> Result<Units, XliffError> {
    let mut diags = Vec::new();
    let project = Project::load(root, &mut diags).ok_or_else(|| XliffError::Project(diags.clone()))?;
    let locales = project.locales();
    let reference = locales[0].clone();
    if !locales[1..].iter().any(|l| l == locale) {
        return Err(XliffError::NotPartner { locale: locale.into(), partners: locales[1..].to_vec() });
    }
    let local = project.local_notes();
    let states = crate::l10n::stale::analyse(root, &locales, &local, &mut diags);
    let ls = states.iter().find(|s| s.locale == locale);
    if ls.is_none_or(|s| s.state.is_none()) {
        diags.retain(|d| d.is_error());
        return Err(XliffError::Project(diags));
    }
    let stale: HashMap<String, String> = ls
        .map(|s| s.stale.iter().map(|s| (s.id.clone(), s.old_reference.clone())).collect())
        .unwrap_or_default();
    let mut units =
        build(&reference, locale, &read_locale(root, &reference)?, &read_locale(root, locale)?, &stale)?;
    // A local note is the locale's own writing, not a translation of the reference's.
    for file in &mut units.files {
        file.units.retain(|u| !local.contains(crate::l10n::entry_of(&u.key).0));
    }
    Ok(units)
}

/// The units of `locale` from the reference's and the locale's files; `stale` maps a
/// stale key to the reference text its translation was made from.
pub fn build(
    reference: &str,
    locale: &str,
    reference_files: &[Ftl],
    locale_files: &[Ftl],
    stale: &HashMap<String, String>,
) -> Result<Units, XliffError> {
    let translations = translations(locale_files, locale)?;
    let mut files = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for ftl in reference_files {
        let res = ftl.parse(reference).map_err(XliffError::Project)?;
        let mut units = Vec::new();
        for (key, comments, pattern) in patterns(&res) {
            if !seen.insert(key.clone()) {
                continue;
            }
            let source = Inline::source(pattern);
            let (target, target_text) = match translations.get(&key) {
                Some(t) => (Some(t.inline(&source)), Some(t.text.clone())),
                None => (None, None),
            };
            units.push(Unit {
                old_source: stale.get(&key).cloned(),
                source_text: normalized(pattern),
                key,
                comment: comments.own,
                group: comments.group,
                source,
                target,
                target_text,
            });
        }
        let name = ftl.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let stem = name.strip_suffix(".ftl").unwrap_or(&name);
        files.push(FileUnits { id: nmtoken(stem), name, units });
    }
    Ok(Units { reference: reference.into(), locale: locale.into(), files })
}

/// A translation's Fluent source, parsed again when its codes are needed.
struct Translation {
    /// `x = …` holding only this pattern.
    source: String,
    text: String,
}

impl Translation {
    fn inline(&self, source: &Inline) -> Inline {
        let Ok(res) = fluent_syntax::parser::parse(self.source.as_str()) else { return Inline::default() };
        match res.body.first() {
            Some(Entry::Message(fluent_syntax::ast::Message { value: Some(p), .. })) => {
                Inline::target(p, source)
            }
            _ => Inline::default(),
        }
    }
}

/// Each key's translation in `locale`.
fn translations(files: &[Ftl], locale: &str) -> Result<BTreeMap<String, Translation>, XliffError> {
    let mut out = BTreeMap::new();
    for ftl in files {
        let res = ftl.parse(locale).map_err(XliffError::Project)?;
        for (key, _, pattern) in patterns(&res) {
            if out.contains_key(&key) {
                continue;
            }
            let source = pattern_source(pattern);
            out.insert(key, Translation { source, text: normalized(pattern) });
        }
    }
    Ok(out)
}

/// A pattern as the `.ftl` text of a message `x`.
pub fn pattern_source(pattern: &Pattern<&str>) -> String {
    let message = fluent_syntax::ast::Message {
        id: fluent_syntax::ast::Identifier { name: "x" },
        value: Some(pattern.clone()),
        attributes: vec![],
        comment: None,
    };
    fluent_syntax::serializer::serialize(&Resource { body: vec![Entry::Message(message)] })
}

/// `text` as an XML NMTOKEN: ASCII letters, digits, `.` and `-` stay; every other
/// character becomes `_` and its hex code point and `_` (deterministic, reversible).
pub fn nmtoken(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
            out.push(c);
        } else {
            out.push_str(&format!("_{:X}_", u32::from(c)));
        }
    }
    if out.is_empty() { "_".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_ids_are_nmtokens() {
        assert_eq!(nmtoken("getting-started"), "getting-started");
        assert_eq!(nmtoken("a b_ä"), "a_20_b_5F__E4_");
        assert_eq!(nmtoken(""), "_");
    }
}
