//! Which saved file rebuilds what: a changed path (relative to the project root) maps to
//! the locales whose outputs may change. The build cache then skips every job whose inputs
//! still hash the same, so this only has to be right, not tight.

use std::collections::BTreeSet;
use std::path::{Component, Path};

/// What one changed path affects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Not an input (editor swap files, vetpress's own state files, outputs).
    Ignored,
    /// A translation file of one locale.
    Locale(String),
    /// `sources/book.toml` or a chapter: every locale.
    Structure,
    /// An image under `sources/assets/`: every locale, and a fresh asset store.
    Asset,
    /// A theme file: every locale (the theme is reloaded when its files changed).
    Theme,
}

/// Classify one path relative to the project root.
pub fn classify(rel: &Path) -> Change {
    let parts: Vec<&str> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str().unwrap_or(""),
            _ => "",
        })
        .collect();
    let Some(name) = parts.last() else { return Change::Ignored };
    if parts.iter().any(|p| p.is_empty()) || scratch(name) {
        return Change::Ignored;
    }
    match parts.as_slice() {
        ["locales", tag, .., _] if name.ends_with(".ftl") => Change::Locale((*tag).to_string()),
        ["sources", "assets", ..] => Change::Asset,
        ["sources", ..] if name.ends_with(".toml") => Change::Structure,
        // A renamed or deleted folder of chapters or assets: rebuild all.
        ["sources", ..] if !name.contains('.') => Change::Structure,
        ["themes", _, ..] => Change::Theme,
        _ => Change::Ignored,
    }
}

/// Editors' temporary and backup files, and hidden files (vetpress's own temp files are
/// hidden): saving through them ends in an event on the real file.
fn scratch(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || [".swp", ".swx", ".tmp", ".bak"].iter().any(|e| name.ends_with(e))
        || name.chars().all(|c| c.is_ascii_digit())
}

/// Which locales a round rebuilds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Nothing changed that the build reads.
    Nothing,
    /// These locales only.
    Locales(BTreeSet<String>),
    /// Every locale.
    All,
}

/// What a batch of changes rebuilds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebuild {
    /// The locales.
    pub scope: Scope,
    /// Whether images changed (the asset store caches bytes, so it is made anew).
    pub assets: bool,
}

/// Combine the changes of one debounced batch. A change to the reference locale reaches
/// every locale (partners fall back to it, and their stale state compares against it).
pub fn rebuild<'a>(changes: impl IntoIterator<Item = &'a Change>, reference: &str) -> Rebuild {
    let mut scope = Scope::Nothing;
    let mut assets = false;
    for change in changes {
        let all = match change {
            Change::Ignored => continue,
            Change::Locale(tag) if tag != reference => false,
            Change::Asset => {
                assets = true;
                true
            }
            Change::Locale(_) | Change::Structure | Change::Theme => true,
        };
        scope = match (scope, change) {
            (Scope::All, _) => Scope::All,
            (_, _) if all => Scope::All,
            (Scope::Locales(mut set), Change::Locale(tag)) => {
                set.insert(tag.clone());
                Scope::Locales(set)
            }
            (_, Change::Locale(tag)) => Scope::Locales([tag.clone()].into()),
            (s, _) => s,
        };
    }
    Rebuild { scope, assets }
}

impl Scope {
    /// `wanted` (in its order) narrowed to this scope.
    pub fn narrow(&self, wanted: &[String]) -> Vec<String> {
        match self {
            Scope::Nothing => Vec::new(),
            Scope::All => wanted.to_vec(),
            Scope::Locales(set) => wanted.iter().filter(|l| set.contains(*l)).cloned().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(path: &str) -> Change {
        classify(Path::new(path))
    }

    #[test]
    fn paths_map_to_what_they_feed() {
        assert_eq!(of("locales/fi/ui.ftl"), Change::Locale("fi".into()));
        assert_eq!(of("locales/fi/sub/more.ftl"), Change::Locale("fi".into()));
        assert_eq!(of("sources/book.toml"), Change::Structure);
        assert_eq!(of("sources/chapters/mentor.toml"), Change::Structure);
        assert_eq!(of("sources/chapters"), Change::Structure);
        assert_eq!(of("sources/assets/logo.png"), Change::Asset);
        assert_eq!(of("themes/default/handbook.typ"), Change::Theme);
        assert_eq!(of("themes/default/site/site.css"), Change::Theme);
    }

    #[test]
    fn scratch_state_and_outputs_are_ignored() {
        for p in [
            "locales/fi/l10n-state.tsv",
            "locales/fi/.ui.ftl.swp",
            "locales/fi/ui.ftl~",
            "locales/fi/4913",
            "locales/fi/#ui.ftl#",
            "locales/fi/.l10n-state.tsv.123.tmp",
            "locales/ui.ftl",
            "themes/.hidden",
            "out/fi/book-fi.pdf",
            "README.md",
            "sources/notes.txt",
            "../elsewhere/locales/fi/ui.ftl",
            "",
        ] {
            assert_eq!(of(p), Change::Ignored, "{p}");
        }
    }

    #[test]
    fn a_partner_edit_rebuilds_that_locale_only() {
        let r = rebuild(&[of("locales/fi/ui.ftl"), of("locales/fi/.x.swp")], "en");
        assert_eq!(r, Rebuild { scope: Scope::Locales(["fi".to_string()].into()), assets: false });
        let two = rebuild(&[of("locales/fi/ui.ftl"), of("locales/sv/ui.ftl")], "en");
        let all = ["en", "fi", "sv", "de"].map(String::from);
        assert_eq!(two.scope.narrow(&all), ["fi", "sv"]);
    }

    #[test]
    fn reference_structure_theme_and_assets_rebuild_every_locale() {
        for (path, assets) in [
            ("locales/en/ui.ftl", false),
            ("sources/book.toml", false),
            ("themes/default/cards.typ", false),
            ("sources/assets/a.png", true),
        ] {
            let r = rebuild(&[of("locales/fi/ui.ftl"), of(path)], "en");
            assert_eq!(r, Rebuild { scope: Scope::All, assets }, "{path}");
        }
        assert_eq!(rebuild(&[of("locales/fi/l10n-state.tsv")], "en").scope, Scope::Nothing);
        assert_eq!(Scope::Nothing.narrow(&["fi".into()]), Vec::<String>::new());
    }
}
