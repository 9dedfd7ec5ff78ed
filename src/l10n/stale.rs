//! Stale translations: a translation made from reference text that has changed since.
//!
//! Fluent keeps no such state, so each partner locale commits a state file (see
//! [`super::state`]) recording the reference text every translation was made from. A
//! message is stale when its reference text changed since the record and its translation
//! did not; when the translation changed too, the translator has touched it and the record
//! moves to the current reference.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::sources::sources;
use super::state::{FILE_NAME, Record, State};
use crate::diag::{Diagnostic, Location};
use crate::project::manifest::StaleMode;

/// One stale message (or attribute).
#[derive(Debug, Clone, Serialize)]
pub struct Stale {
    /// `id` or `id.attr`.
    pub id: String,
    /// The translation's file, relative to the project root.
    pub file: PathBuf,
    /// Its line.
    pub line: usize,
    /// The reference text the translation was made from.
    pub old_reference: String,
    /// The reference text now.
    pub new_reference: String,
    /// The translation, unchanged since.
    pub translation: String,
}

/// One partner locale's state: the records as they should be saved, and what is stale.
#[derive(Debug)]
pub struct LocaleState {
    /// Locale tag.
    pub locale: String,
    /// The state file, relative to the project root.
    pub file: PathBuf,
    /// Updated records; `None` when the file on disk is corrupt (it is left alone).
    pub state: Option<State>,
    /// Stale entries, sorted by id.
    pub stale: Vec<Stale>,
    /// The file's text on disk, if it exists.
    on_disk: Option<String>,
    /// The locale's folder exists (a state file is written only there).
    folder: bool,
}

/// The stale rule. Records are kept for keys the reference still has; a translated key is
/// stale when its reference text changed and its translation did not (the old record
/// stays); otherwise it is recorded as current. Returns the new state and the stale keys.
pub fn update(
    old: &State,
    reference: &BTreeMap<String, String>,
    translation: &BTreeMap<String, String>,
) -> (State, Vec<String>) {
    let mut state = State::default();
    let mut stale = Vec::new();
    for (key, r) in reference {
        let record = match (old.records.get(key), translation.get(key)) {
            (Some(rec), Some(t)) => {
                let current = Record::new(r, t);
                if rec.reference_hash != current.reference_hash
                    && rec.translation_hash == current.translation_hash
                {
                    stale.push(key.clone());
                    rec.clone()
                } else {
                    current
                }
            }
            (None, Some(t)) => Record::new(r, t),
            // Untranslated now: keep what it was made from, for when it comes back.
            (Some(rec), None) => rec.clone(),
            (None, None) => continue,
        };
        state.records.insert(key.clone(), record);
    }
    (state, stale)
}

/// The state of every partner locale (all locales but the first, the reference). A
/// corrupt state file is an error in `diags`. Local notes (`local`, message ids) are no
/// translations of the reference's: they are never recorded or stale.
pub fn analyse(
    root: &Path,
    locales: &[String],
    local: &BTreeSet<String>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<LocaleState> {
    let Some((reference, partners)) = locales.split_first() else { return Vec::new() };
    let ref_sources = sources(root, reference);
    let ref_texts: BTreeMap<String, String> = ref_sources
        .iter()
        .filter(|(k, _)| !local.contains(super::entry_of(k).0))
        .map(|(k, s)| (k.clone(), s.text.clone()))
        .collect();
    partners.iter().map(|l| analyse_locale(root, l, &ref_texts, diags)).collect()
}

fn analyse_locale(
    root: &Path,
    locale: &str,
    reference: &BTreeMap<String, String>,
    diags: &mut Vec<Diagnostic>,
) -> LocaleState {
    let folder = root.join("locales").join(locale);
    let file = PathBuf::from("locales").join(locale).join(FILE_NAME);
    let on_disk = std::fs::read_to_string(root.join(&file)).ok();
    let mut ls = LocaleState {
        locale: locale.into(),
        file,
        state: None,
        stale: Vec::new(),
        on_disk,
        folder: folder.is_dir(),
    };
    let old = match ls.on_disk.as_deref().map(State::parse).transpose() {
        Ok(old) => old.unwrap_or_default(),
        Err(e) => {
            let at = Location { file: ls.file.clone(), line: e.line(), column: 1, span: 0..0 };
            diags.push(
                Diagnostic::error("l10n-state", format!("the translation state file is corrupt: {e}"))
                    .at(at)
                    .hint(format!(
                        "restore it from version control, or delete it to record every `{locale}` translation as current"
                    ))
                    .locale(locale),
            );
            return ls;
        }
    };
    let own = sources(root, locale);
    let texts = own.iter().map(|(k, s)| (k.clone(), s.text.clone())).collect();
    let (state, stale) = update(&old, reference, &texts);
    ls.stale = stale
        .into_iter()
        .map(|key| Stale {
            file: own[&key].file.clone(),
            line: own[&key].line,
            old_reference: state.records[&key].reference.clone(),
            new_reference: reference[&key].clone(),
            translation: own[&key].text.clone(),
            id: key,
        })
        .collect();
    ls.state = Some(state);
    ls
}

impl LocaleState {
    /// Record the current reference for the stale entries named by `ids` (an id names the
    /// message and all its attributes; none: every stale entry). Returns the accepted
    /// keys, or the ids that name no stale entry (and then accepts nothing).
    pub fn accept(&mut self, ids: &[String]) -> Result<Vec<String>, Vec<String>> {
        let named =
            |key: &str, id: &str| key == id || key.strip_prefix(id).is_some_and(|r| r.starts_with('.'));
        let unknown: Vec<String> =
            ids.iter().filter(|id| !self.stale.iter().any(|s| named(&s.id, id))).cloned().collect();
        if !unknown.is_empty() {
            return Err(unknown);
        }
        let Some(state) = self.state.as_mut() else { return Ok(Vec::new()) };
        let chosen = |s: &Stale| ids.is_empty() || ids.iter().any(|id| named(&s.id, id));
        let (accepted, kept): (Vec<Stale>, Vec<Stale>) =
            std::mem::take(&mut self.stale).into_iter().partition(chosen);
        for s in &accepted {
            state.records.insert(s.id.clone(), Record::new(&s.new_reference, &s.translation));
        }
        self.stale = kept;
        Ok(accepted.into_iter().map(|s| s.id).collect())
    }

    /// Write the state file when its content changed (atomically: a temporary file renamed
    /// over it). Returns whether it was written.
    pub fn save(&self, root: &Path) -> std::io::Result<bool> {
        let Some(state) = &self.state else { return Ok(false) };
        let text = state.render();
        if !self.folder || self.on_disk.as_deref() == Some(text.as_str()) {
            return Ok(false);
        }
        let path = root.join(&self.file);
        let tmp = path.with_extension("tsv.tmp");
        std::fs::write(&tmp, &text)?;
        std::fs::rename(&tmp, &path)?;
        Ok(true)
    }

    /// One diagnostic per stale entry, by the project's `[l10n] stale` setting.
    pub fn diagnostics(&self, mode: StaleMode) -> Vec<Diagnostic> {
        let loc = &self.locale;
        self.stale
            .iter()
            .map(|s| {
                let (message, extra) = match mode {
                    StaleMode::Show => (format!("`{}` was translated from an older reference text", s.id), ""),
                    StaleMode::Fallback => (format!("`{}` is out of date in `{loc}`; the reference text is used", s.id), ""),
                    StaleMode::Error => (
                        format!("`{}` is out of date in `{loc}`", s.id),
                        " (book.toml sets `[l10n] stale = \"error\"`)",
                    ),
                };
                let d = if mode == StaleMode::Error {
                    Diagnostic::error("stale-translation", message)
                } else {
                    Diagnostic::warning("stale-translation", message)
                };
                d.at(Location { file: s.file.clone(), line: s.line, column: 1, span: 0..0 })
                    .hint(format!(
                        "the reference changed since: see `vetpress l10n stale {loc}`, then update the translation, \
                         or run `vetpress l10n accept {loc} {}` if it is still right{extra}",
                        s.id
                    ))
                    .locale(loc)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        entries.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn no_state_records_everything_as_current() {
        let (state, stale) = update(&State::default(), &map(&[("a", "A"), ("b", "B")]), &map(&[("a", "Ä")]));
        assert!(stale.is_empty());
        assert_eq!(state.records.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(state.records["a"], Record::new("A", "Ä"));
    }

    #[test]
    fn stale_when_the_reference_changed_and_the_translation_did_not() {
        let reference = map(&[("a", "A"), ("b", "B"), ("c", "C"), ("gone", "G")]);
        let translation = map(&[("a", "Ä"), ("b", "Ö"), ("c", "Å"), ("gone", "X")]);
        let (old, _) = update(&State::default(), &reference, &translation);
        let mut old = old;
        old.records.insert("obsolete".into(), Record::new("O", "O"));
        // a: reference changed only; b: both changed; c: translation changed only.
        let reference2 = map(&[("a", "A2"), ("b", "B2"), ("c", "C")]);
        let translation2 = map(&[("a", "Ä"), ("b", "Ö2"), ("c", "Å2")]);
        let (state, stale) = update(&old, &reference2, &translation2);
        assert_eq!(stale, ["a"]);
        assert_eq!(state.records["a"], Record::new("A", "Ä"), "a stale record keeps the old reference");
        assert_eq!(
            state.records["b"],
            Record::new("B2", "Ö2"),
            "a touched translation moves to the reference"
        );
        assert_eq!(state.records["c"], Record::new("C", "Å2"));
        assert!(!state.records.contains_key("obsolete") && !state.records.contains_key("gone"));
        // Stays stale until touched; once recorded, running again changes nothing.
        assert_eq!(update(&state, &reference2, &translation2), (state.clone(), vec!["a".to_string()]));
        // A translation taken out keeps its record: put back unchanged, it is still stale.
        let (without, stale) = update(&state, &reference2, &map(&[("b", "Ö2"), ("c", "Å2")]));
        assert!(stale.is_empty());
        assert_eq!(without.records["a"], Record::new("A", "Ä"));
        assert_eq!(update(&without, &reference2, &translation2).1, ["a"]);
    }
}
