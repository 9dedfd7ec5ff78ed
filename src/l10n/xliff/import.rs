//! Import: check every unit of a translated XLIFF file and merge the accepted ones.
//!
//! A target is taken only when its source still equals the current reference text, its
//! protected codes are those of the source or of the existing translation (each once,
//! none altered) and the result is valid Fluent. A target equal to the translation on
//! disk changes nothing, so importing an unchanged export leaves every file as it was.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::XliffError;
use super::inline::{Code, Inline, Piece, check};
use super::merge::{self, Change};
use super::read::{self, Event, ReadUnit, Tag};
use super::units::{self, Unit};
use super::write::display;
use crate::diag::{Diagnostic, Location};

/// What an import did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    /// The locale.
    pub locale: String,
    /// Translations changed, by file and id.
    pub changed: Vec<Changed>,
    /// Units whose target equals the translation.
    pub unchanged: usize,
    /// Units without a target, or whose target is an untouched copy of the source.
    pub skipped: usize,
    /// Refused units, each with where and why.
    pub refused: Vec<Diagnostic>,
    /// Files written (or, with `--dry-run`, that would be).
    pub files: Vec<PathBuf>,
}

/// One changed translation.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    /// `id`, `id.attr`, `-term` or `-term.attr`.
    pub id: String,
    /// The `.ftl` file, relative to the project root.
    pub file: PathBuf,
}

/// Why a unit's target is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The unit is not in the reference any more.
    #[error("no such unit in the reference now")]
    NoUnit,
    /// The unit appears twice in the file.
    #[error("the unit appears twice in the file")]
    Twice,
    /// The source differs from the current reference text.
    #[error("source changed since export; export again")]
    SourceChanged,
    /// A code the unit does not have.
    #[error("the target has a protected code `{0}` that neither the source nor the translation has")]
    Unknown(String, usize),
    /// A code whose content, display or kind differs from the original.
    #[error("protected code `{0}` was altered (it stands for `{1}`)")]
    Altered(String, String, usize),
    /// A code used twice.
    #[error("protected code `{0}` (`{1}`) appears more than once")]
    Duplicated(String, String, usize),
    /// Paired codes that do not nest.
    #[error("protected code `{0}` (`{1}`) is not closed where it should be")]
    Nesting(String, String, usize),
    /// Codes of the source (or existing translation) left out.
    #[error("protected code {0} is missing from the target")]
    Missing(String),
    /// A mix of source and translation codes.
    #[error("protected code {0} does not belong with the others")]
    Mixed(String),
    /// The target does not make valid Fluent.
    #[error("the target is not valid Fluent: {0}")]
    Invalid(String),
}

impl Refusal {
    fn hint(&self) -> &'static str {
        match self {
            Refusal::NoUnit | Refusal::SourceChanged => {
                "the reference text changed since the file was exported: export again and translate the new text"
            }
            Refusal::Twice => "keep each unit once",
            Refusal::Invalid(_) => "fix the target text in the CAT tool, or edit the .ftl file directly",
            Refusal::Missing(_) | Refusal::Mixed(_) => {
                "a target keeps the protected codes of the source, or those of the existing translation, each once; \
                 to change the structure (cases, plural variants) edit the .ftl file"
            }
            _ => "restore the protected code as exported (CAT tools show it as a tag); each may appear once",
        }
    }

    fn pos(&self) -> Option<usize> {
        match self {
            Refusal::Unknown(_, p) | Refusal::Altered(_, _, p) | Refusal::Duplicated(_, _, p) => Some(*p),
            Refusal::Nesting(_, _, p) => Some(*p),
            _ => None,
        }
    }
}

enum Outcome {
    Unchanged,
    Skipped,
    Change(String),
}

/// Import the XLIFF file `path` into `locale` (writing nothing when `dry_run`).
pub fn import(root: &Path, locale: &str, path: &Path, dry_run: bool) -> Result<ImportReport, XliffError> {
    let (text, doc) = read_file(path)?;
    let units = units::collect(root, locale)?;
    let (src, trg) = &doc.languages;
    if src.as_deref().is_some_and(|s| s != units.reference) || trg.as_deref().is_some_and(|t| t != locale) {
        return Err(XliffError::Languages {
            path: path.into(),
            expected: format!("{} -> {locale}", units.reference),
            found: format!("{} -> {}", src.as_deref().unwrap_or("?"), trg.as_deref().unwrap_or("?")),
        });
    }
    let mut report = ImportReport { locale: locale.into(), ..ImportReport::default() };
    let mut changes = Vec::new();
    let mut seen = HashSet::new();
    for ru in &doc.units {
        let found = units.find(&ru.file, &ru.id);
        let empty = ru
            .target
            .as_ref()
            .is_none_or(|t| t.iter().all(|e| matches!(e, Event::Text(s) if s.trim().is_empty())));
        let outcome = match found {
            _ if empty => Ok(Outcome::Skipped),
            None => Err(Refusal::NoUnit),
            Some(_) if !seen.insert((ru.file.clone(), ru.id.clone())) => Err(Refusal::Twice),
            Some((_, unit)) => decide(unit, ru),
        };
        match outcome {
            Ok(Outcome::Unchanged) => report.unchanged += 1,
            Ok(Outcome::Skipped) => report.skipped += 1,
            Ok(Outcome::Change(body)) => {
                let file = found.map(|(f, _)| f.name.clone()).unwrap_or_default();
                changes.push(Change { key: ru.id.clone(), body, file });
            }
            Err(r) => report.refused.push(refusal(&r, ru, path, &text, locale)),
        }
    }
    if !changes.is_empty() {
        for w in merge::merge(root, locale, &entry_order(&units), &changes)? {
            if !dry_run {
                crate::build::output::write_atomic(&root.join(&w.path), w.text.as_bytes())
                    .map_err(|error| XliffError::Io { path: w.path.clone(), error })?;
            }
            report.changed.extend(w.keys.iter().map(|k| Changed { id: k.clone(), file: w.path.clone() }));
            report.files.push(w.path);
        }
        report.changed.sort_by(|a, b| (&a.file, &a.id).cmp(&(&b.file, &b.id)));
    }
    Ok(report)
}

/// The file's text (without a byte-order mark) and its units.
fn read_file(path: &Path) -> Result<(String, read::ReadDoc), XliffError> {
    let mut text =
        std::fs::read_to_string(path).map_err(|error| XliffError::Io { path: path.into(), error })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    match read::read(&text) {
        Ok(doc) => Ok((text, doc)),
        Err(e) => Err(XliffError::Xml { path: path.into(), text, message: e.message, pos: e.pos }),
    }
}

/// The reference's entry ids (`id`, `-term`) per file, in file order.
fn entry_order(units: &units::Units) -> BTreeMap<String, Vec<String>> {
    let mut order = BTreeMap::new();
    for f in &units.files {
        let mut entries: Vec<String> = Vec::new();
        for u in &f.units {
            let e = crate::l10n::entry_of(&u.key).0.to_string();
            if !entries.contains(&e) {
                entries.push(e);
            }
        }
        order.insert(f.name.clone(), entries);
    }
    order
}

fn refusal(r: &Refusal, ru: &ReadUnit, path: &Path, text: &str, locale: &str) -> Diagnostic {
    let pos = r.pos().unwrap_or(if matches!(r, Refusal::SourceChanged | Refusal::NoUnit) {
        ru.pos
    } else {
        ru.target_pos
    });
    Diagnostic::error("xliff-import", format!("{}/{}: {r}", ru.file, ru.id))
        .at(Location::in_text(path, text, pos..pos + 1))
        .hint(r.hint())
        .locale(locale)
}

fn initial(state: Option<&str>) -> bool {
    matches!(state, Some("initial" | "new" | "needs-translation"))
}

fn decide(unit: &Unit, ru: &ReadUnit) -> Result<Outcome, Refusal> {
    let events = ru.target.as_deref().unwrap_or_default();
    let mut known: Vec<Code> = unit.source.codes.clone();
    for c in unit.target.iter().flat_map(|t| &t.codes) {
        if !known.iter().any(|k| k.id == c.id) {
            known.push(c.clone());
        }
    }
    let resolved = resolve(events, &known);
    let text = resolved.as_ref().ok().and_then(|i| check(&i.to_fluent()).ok());
    if text.is_some() && text == unit.target_text {
        return Ok(Outcome::Unchanged);
    }
    if unit.target.is_none() && initial(ru.state.as_deref()) && text.as_ref() == Some(&unit.source_text) {
        return Ok(Outcome::Skipped);
    }
    let source = resolve(&ru.source, &unit.source.codes).ok().and_then(|i| check(&i.to_fluent()).ok());
    if source.as_ref() != Some(&unit.source_text) {
        return Err(Refusal::SourceChanged);
    }
    let inline = resolved?;
    same_codes(&inline, unit)?;
    if let Some(why) = inline.structure_error() {
        return Err(Refusal::Invalid(why));
    }
    let body = inline.to_fluent();
    check(&body).map_err(Refusal::Invalid)?;
    Ok(Outcome::Change(body))
}

/// The target uses exactly the codes of the source or of the existing translation.
fn same_codes(inline: &Inline, unit: &Unit) -> Result<(), Refusal> {
    let ids = |i: &Inline| i.codes.iter().map(|c| c.id.clone()).collect::<BTreeSet<_>>();
    let used = ids(inline);
    let source = ids(&unit.source);
    let target = unit.target.as_ref().map(ids);
    if used == source || target.as_ref() == Some(&used) {
        return Ok(());
    }
    let (origin, codes) = match &unit.target {
        Some(t) => (target.unwrap_or_default(), &t.codes),
        None => (source, &unit.source.codes),
    };
    let describe = |ids: Vec<&String>, all: &[Code]| {
        ids.iter()
            .map(|id| {
                let c = all.iter().find(|c| &c.id == *id);
                format!("`{id}` (`{}`)", c.map_or(String::new(), |c| display(&c.start)))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let missing: Vec<&String> = origin.difference(&used).collect();
    if !missing.is_empty() {
        return Err(Refusal::Missing(describe(missing, codes)));
    }
    Err(Refusal::Mixed(describe(used.difference(&origin).collect(), &inline.codes)))
}

/// Events as pieces of the known codes, each code checked against what the file says.
pub(super) fn resolve(events: &[Event], known: &[Code]) -> Result<Inline, Refusal> {
    let mut inline = Inline::default();
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut used: HashSet<(String, bool)> = HashSet::new();
    for e in events {
        match e {
            Event::Text(t) => match inline.pieces.last_mut() {
                Some(Piece::Text(prev)) => prev.push_str(t),
                _ => inline.pieces.push(Piece::Text(t.clone())),
            },
            Event::Ph(tag) | Event::Open(tag) => {
                let open = matches!(e, Event::Open(_));
                let code =
                    known.iter().find(|c| c.id == tag.id).ok_or(Refusal::Unknown(tag.id.clone(), tag.pos))?;
                let shown = display(&code.start);
                if code.kind.paired() != open || altered(tag, &code.start) {
                    return Err(Refusal::Altered(tag.id.clone(), shown, tag.pos));
                }
                if !used.insert((tag.id.clone(), false)) {
                    return Err(Refusal::Duplicated(tag.id.clone(), shown, tag.pos));
                }
                let i = index(&mut inline, code);
                inline.pieces.push(if open { Piece::Open(i) } else { Piece::Ph(i) });
                if open {
                    stack.push((tag.id.clone(), tag.pos));
                }
            }
            Event::Close(tag) => {
                let code =
                    known.iter().find(|c| c.id == tag.id).ok_or(Refusal::Unknown(tag.id.clone(), tag.pos))?;
                let shown = display(&code.start);
                match stack.pop() {
                    Some((id, _)) if id == tag.id => {}
                    Some((id, pos)) => {
                        let other =
                            known.iter().find(|c| c.id == id).map_or(String::new(), |c| display(&c.start));
                        return Err(Refusal::Nesting(id, other, pos));
                    }
                    None => return Err(Refusal::Nesting(tag.id.clone(), shown, tag.pos)),
                }
                if altered(tag, &code.end) {
                    return Err(Refusal::Altered(tag.id.clone(), shown, tag.pos));
                }
                let i = index(&mut inline, code);
                inline.pieces.push(Piece::Close(i));
            }
        }
    }
    if let Some((id, pos)) = stack.pop() {
        let shown = known.iter().find(|c| c.id == id).map_or(String::new(), |c| display(&c.start));
        return Err(Refusal::Nesting(id, shown, pos));
    }
    Ok(inline)
}

/// Whether the file's `disp` or carried Fluent differs from the code's.
fn altered(tag: &Tag, fluent: &str) -> bool {
    tag.disp.as_ref().is_some_and(|d| *d != display(fluent)) || tag.data.as_ref().is_some_and(|d| d != fluent)
}

fn index(inline: &mut Inline, code: &Code) -> usize {
    match inline.codes.iter().position(|c| c.id == code.id) {
        Some(i) => i,
        None => {
            inline.codes.push(code.clone());
            inline.codes.len() - 1
        }
    }
}
