//! Load `locales/<locale>/*.ftl` into Fluent bundles, with every syntax error located.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use fluent_syntax::ast::{Entry, Pattern};
use fluent_syntax::parser::{ErrorKind, ParserError};
use unic_langid::LanguageIdentifier;

use super::inspect::{self, Usage};
use super::syntax::{self, entry_end, swallowed};
use super::{functions, pseudo};
use crate::diag::{Diagnostic, Location};
use crate::project::{read_text, relative};

/// Where a message is defined and what it uses.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    /// File, relative to the project root.
    pub file: PathBuf,
    /// Location of the message id.
    pub location: Location,
    /// Byte range of the whole entry (id, value, attributes) in its file.
    pub span: Range<usize>,
    /// 1-based line where the value's text starts.
    pub value_line: usize,
    /// 0-based column where the value's first line starts.
    pub value_column: usize,
    /// Indentation of the value's continuation lines.
    pub indent: usize,
    /// Attribute names.
    pub attributes: Vec<String>,
    /// Whether the message has a value (not only attributes).
    pub has_value: bool,
    /// Variables, links and words.
    pub usage: Usage,
}

/// One locale's messages.
pub struct LocaleCatalog {
    /// The locale tag.
    pub locale: String,
    /// Messages by id.
    pub messages: BTreeMap<String, MessageInfo>,
    /// Keys (`id`, `id.attr`) whose translation is set aside: the reference is used.
    hidden: HashSet<String>,
    /// Its `.ftl` files, relative to the project root (a new locale has files, no messages).
    pub files: Vec<PathBuf>,
    /// Term ids defined here, without the `-`.
    pub terms: BTreeSet<String>,
    /// Keys (`id`, `id.attr`) whose definition a syntax error swallowed: that error is the
    /// one report, not also a missing translation.
    pub broken: BTreeSet<String>,
    /// Each file (relative to the project root) and its parsed text.
    resources: Vec<(PathBuf, Arc<FluentResource>)>,
    bundle: FluentBundle<Arc<FluentResource>>,
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FormatError {
    /// Neither the locale nor the reference has the message (or attribute).
    #[error("no message `{0}`")]
    Missing(String),
    /// Fluent reported errors while resolving.
    #[error("{}", .0.join("; "))]
    Resolver(Vec<String>),
}

impl LocaleCatalog {
    /// Whether the message exists here.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// Whether the message exists here with the given attribute.
    pub fn has_attribute(&self, id: &str, attr: &str) -> bool {
        self.messages.get(id).is_some_and(|m| m.attributes.iter().any(|a| a == attr))
    }

    /// Use the reference text for these keys (`id`, `id.attr`): stale translations under
    /// `[l10n] stale = "fallback"`.
    pub fn hide(&mut self, keys: impl IntoIterator<Item = String>) {
        self.hidden.extend(keys);
    }

    fn hides(&self, id: &str, attr: Option<&str>) -> bool {
        !self.hidden.is_empty()
            && self.hidden.contains(&attr.map_or_else(|| id.to_string(), |a| format!("{id}.{a}")))
    }

    /// Format a message value (`attr = None`) or attribute of this locale only.
    pub fn format_own(&self, id: &str, attr: Option<&str>, args: &FluentArgs) -> Result<String, FormatError> {
        let missing = || FormatError::Missing(attr.map_or_else(|| id.to_string(), |a| format!("{id}.{a}")));
        let msg = self.bundle.get_message(id).ok_or_else(missing)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(missing)?;
        let mut errors = Vec::new();
        // Isolation marks stay: Fluent adds none (isolating is off), so any in the text were
        // typed by the translator on purpose (right-to-left text needs them).
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(FormatError::Resolver(errors.iter().map(describe).collect()))
        }
    }

    /// Each `.ftl` file (relative to the project root) with its parsed text.
    pub fn resources(&self) -> impl Iterator<Item = (&Path, &FluentResource)> {
        self.resources.iter().map(|(f, r)| (f.as_path(), r.as_ref()))
    }

    /// Format any pattern of this locale's files (a select variant, a term's value) and
    /// return the resolver's errors.
    pub fn pattern_errors<'a>(
        &'a self,
        pattern: &'a Pattern<&'a str>,
        args: &FluentArgs,
    ) -> Vec<FluentError> {
        let mut errors = Vec::new();
        let _ = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        errors
    }
}

fn describe(e: &FluentError) -> String {
    match e {
        FluentError::ResolverError(r) => r.to_string(),
        other => other.to_string(),
    }
}

/// Every locale's catalog; the reference comes first.
pub struct Catalog {
    /// Reference first, then partners in manifest order.
    pub locales: Vec<LocaleCatalog>,
    /// The pseudo-locale (`en-XA`) once added: the reference files with the pseudo
    /// transform on their text. Not a partner: lint and status never see it.
    pseudo: Option<LocaleCatalog>,
}

impl Catalog {
    /// Load the given locales (reference first).
    pub fn load(root: &Path, locales: &[String], diags: &mut Vec<Diagnostic>) -> Catalog {
        let locales = locales.iter().map(|l| load_locale(root, l, l, diags)).collect();
        Catalog { locales, pseudo: None }
    }

    /// Add the pseudo-locale, read from the reference files (their problems are reported
    /// for the reference already).
    pub fn add_pseudo(&mut self, root: &Path) {
        let mut pseudo = load_locale(root, &self.reference().locale, pseudo::LOCALE, &mut Vec::new());
        pseudo.bundle.set_transform(Some(pseudo::transform));
        self.pseudo = Some(pseudo);
    }

    /// The reference catalog.
    pub fn reference(&self) -> &LocaleCatalog {
        &self.locales[0]
    }

    /// A locale's catalog, to change.
    pub fn get_mut(&mut self, locale: &str) -> Option<&mut LocaleCatalog> {
        self.locales.iter_mut().find(|c| c.locale == locale)
    }

    /// A locale's catalog.
    pub fn get(&self, locale: &str) -> Option<&LocaleCatalog> {
        self.locales.iter().chain(&self.pseudo).find(|c| c.locale == locale)
    }

    /// Format in `locale`, falling back to the reference.
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Result<String, FormatError> {
        self.supplier(locale, id, attr).format_own(id, attr, args)
    }

    /// The catalog whose text `format` uses: the locale's own, or the reference when the
    /// locale lacks the message (or attribute).
    pub fn supplier(&self, locale: &str, id: &str, attr: Option<&str>) -> &LocaleCatalog {
        let own = self.get(locale).filter(|c| !c.hides(id, attr)).filter(|c| match attr {
            Some(a) => c.has_attribute(id, a),
            None => c.messages.get(id).is_some_and(|m| m.has_value),
        });
        own.unwrap_or_else(|| self.reference())
    }
}

/// Load the files of `locales/<folder>/` as `locale`.
fn load_locale(root: &Path, folder: &str, locale: &str, diags: &mut Vec<Diagnostic>) -> LocaleCatalog {
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let language = langid.language.as_str().to_string();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    // Only fails on a name already taken, and the bundle is new.
    let _ = functions::register(&mut bundle, &language);
    let mut messages = BTreeMap::new();
    let mut terms: HashMap<String, Location> = HashMap::new();
    let mut broken = BTreeSet::new();
    let mut resources = Vec::new();
    let dir = root.join("locales").join(folder);
    let files = ftl_files(&dir);
    let relative_files = files.iter().map(|f| relative(root, f)).collect();
    if files.is_empty() {
        diags.push(
            Diagnostic::error("locale", format!("no .ftl files for locale `{locale}`"))
                .at(Location::file(relative(root, &dir)))
                .hint(format!(
                    "create locales/{locale}/ with translations, or remove `{locale}` from sources/book.toml"
                ))
                .locale(locale),
        );
    }
    for path in files {
        let Some(text) = read_text(root, &path, diags) else { continue };
        let file = relative(root, &path);
        let resource = Arc::new(parse(&file, text, locale, diags));
        collect(&file, &resource, locale, &mut messages, &mut terms, diags);
        broken.extend(swallowed(&resource));
        // Duplicates were reported by `collect`; the bundle keeps the first definition.
        let _ = bundle.add_resource(Arc::clone(&resource));
        resources.push((file, resource));
    }
    LocaleCatalog {
        locale: locale.to_string(),
        messages,
        hidden: HashSet::new(),
        files: relative_files,
        terms: terms.into_keys().map(|t| t.trim_start_matches('-').to_string()).collect(),
        broken,
        resources,
        bundle,
    }
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn parse(file: &Path, text: String, locale: &str, diags: &mut Vec<Diagnostic>) -> FluentResource {
    match try_new(text) {
        Ok(res) => res,
        Err((res, errors)) => {
            for e in errors {
                let found = syntax::explain(res.source(), &e);
                diags.push(
                    Diagnostic::error("ftl-syntax", found.message)
                        .at(Location::in_text(file, res.source(), found.at..found.at + 1))
                        .hint(found.hint)
                        .locale(locale),
                );
            }
            res
        }
    }
}

type Parsed = Result<FluentResource, (FluentResource, Vec<ParserError>)>;

/// `FluentResource::try_new`, without its panic on a `\u`/`\U` escape cut short by a
/// non-ASCII character (fluent-syntax 0.12 slices inside that character,
/// projectfluent/fluent-rs#389). Such characters are masked with `?` (same byte offsets)
/// and each is reported as an invalid escape: whether the parser would reach it cannot be
/// told without parsing, and plain text almost never holds one.
fn try_new(text: String) -> Parsed {
    let hazards = cut_escapes(&text);
    if hazards.is_empty() {
        return FluentResource::try_new(text);
    }
    let mut masked = text.clone().into_bytes();
    for r in &hazards {
        masked[r.clone()].fill(b'?');
    }
    let (res, mut errors) = match FluentResource::try_new(String::from_utf8(masked).unwrap_or_default()) {
        Ok(res) => (res, Vec::new()),
        Err(failed) => failed,
    };
    errors.retain(|e| !hazards.iter().any(|r| r.start == e.pos.start));
    for r in hazards {
        let escape = text[..r.start].rfind('\\').unwrap_or(r.start);
        let kind = ErrorKind::InvalidUnicodeEscapeSequence(text[escape..r.end].to_string());
        errors.push(ParserError { pos: r.start..r.end, slice: None, kind });
    }
    errors.sort_by_key(|e| e.pos.start);
    Err((res, errors))
}

/// Byte ranges of non-ASCII characters that end a `\u`/`\U` escape before its hex digits do.
pub(crate) fn cut_escapes(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (i, _) in text.match_indices('\\') {
        let digits = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => continue,
        };
        let hex = bytes[i + 2..].iter().take(digits).take_while(|b| b.is_ascii_hexdigit()).count();
        let at = i + 2 + hex;
        if hex < digits
            && let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()).filter(|c| !c.is_ascii())
        {
            out.push(at..at + c.len_utf8());
        }
    }
    out
}

fn collect(
    file: &Path,
    res: &FluentResource,
    locale: &str,
    messages: &mut BTreeMap<String, MessageInfo>,
    terms: &mut HashMap<String, Location>,
    diags: &mut Vec<Diagnostic>,
) {
    let source = res.source();
    let mut positions = IdPositions::new(source);
    for entry in res.entries() {
        let (id, is_term) = match entry {
            Entry::Message(m) => (m.id.name, false),
            Entry::Term(t) => (t.id.name, true),
            _ => continue,
        };
        let key = if is_term { format!("-{id}") } else { id.to_string() };
        let offset = positions.next(&key);
        let location = Location::in_text(file, source, offset..offset + key.len());
        let earlier =
            if is_term { terms.get(&key).cloned() } else { messages.get(id).map(|m| m.location.clone()) };
        if let Some(first) = earlier {
            diags.push(
                Diagnostic::error("duplicate-id", format!("`{key}` is defined twice"))
                    .at(location)
                    .hint(format!(
                        "first defined at {}:{}; remove or rename one",
                        first.file.display(),
                        first.line
                    ))
                    .locale(locale),
            );
            continue;
        }
        if is_term {
            terms.insert(key, location);
            continue;
        }
        let Entry::Message(m) = entry else { continue };
        let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
        let (value_line, value_column, indent) = value_start(source, offset, location.line);
        let info = MessageInfo {
            file: file.to_path_buf(),
            span: offset..entry_end(source, offset),
            value_line,
            value_column,
            indent,
            location,
            attributes: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
            has_value: m.value.is_some(),
            usage: inspect::usage(patterns),
        };
        messages.insert(id.to_string(), info);
    }
}

/// Where a message's value text starts: (1-based line, 0-based column, continuation
/// indent). The value starts on the id line, or on the next non-blank line.
fn value_start(source: &str, offset: usize, id_line: usize) -> (usize, usize, usize) {
    let rest = &source[offset..];
    let mut lines = rest.lines();
    let first = lines.next().unwrap_or("");
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    let continuation: Vec<&str> = lines.take_while(|l| l.trim().is_empty() || l.starts_with(' ')).collect();
    let indent = continuation.iter().find(|l| !l.trim().is_empty()).map_or(4, |l| indent_of(l));
    let eq = first.find('=').map_or(first.len(), |i| i + 1);
    let after_eq = &first[eq..];
    if !after_eq.trim().is_empty() {
        return (id_line, eq + indent_of(after_eq), indent);
    }
    let blank = continuation.iter().take_while(|l| l.trim().is_empty()).count();
    (id_line + 1 + blank, indent, indent)
}

/// Finds where each entry id starts at the beginning of a line, in order.
pub(super) struct IdPositions {
    found: HashMap<String, Vec<usize>>,
}

impl IdPositions {
    pub(super) fn new(source: &str) -> Self {
        let mut found: HashMap<String, Vec<usize>> = HashMap::new();
        let mut offset = 0;
        for line in source.split_inclusive('\n') {
            let id: String =
                line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            let rest = line[id.len()..].trim_start();
            if !id.is_empty() && rest.starts_with('=') {
                found.entry(id).or_default().push(offset);
            }
            offset += line.len();
        }
        for v in found.values_mut() {
            v.reverse();
        }
        IdPositions { found }
    }

    pub(super) fn next(&mut self, id: &str) -> usize {
        self.found.get_mut(id).and_then(Vec::pop).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_cut_short_by_non_ascii_are_syntax_errors_not_panics() {
        assert_eq!(cut_escapes("a = { \"\\u12é\" }"), vec![std::ops::Range { start: 11, end: 13 }]);
        assert!(cut_escapes("a = { \"\\u00e9\" } \\x é").is_empty());
        let Err((res, errors)) = try_new("a = { \"\\u12é\" }\nb = ok\n".into()) else { panic!("no error") };
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].pos.start, 11);
        assert_eq!(errors[0].kind.to_string(), "Invalid unicode escape sequence, \"\\u12é\"");
        assert_eq!(res.entries().count(), 2, "the other messages still load");
        // An escape the parser would drop while backtracking out of an attribute panicked too.
        let Err((_, errors)) = try_new("a = b\n    .c = d\n{ \"\\U0ǔ\" }\n".into()) else {
            panic!("no error")
        };
        assert!(errors.iter().any(|e| e.pos.start == 23), "{errors:?}");
    }
}
