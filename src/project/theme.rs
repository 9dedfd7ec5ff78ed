//! A theme folder: Typst templates, EPUB stylesheet and `theme.toml` settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{read_text, tomlfile};
use crate::diag::{Diagnostic, Location};

/// Fonts the theme asks for, by family name, in fallback order.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    /// Running text.
    pub body: Vec<String>,
    /// Headings.
    pub heading: Vec<String>,
    /// Code.
    #[serde(default)]
    pub mono: Vec<String>,
}

/// `theme.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSettings {
    /// Font families.
    pub fonts: Fonts,
    /// Named colours (`accent`, one per role, ...) as `#rrggbb`.
    pub colours: BTreeMap<String, String>,
    /// Optional logo file inside the theme folder.
    pub logo: Option<String>,
}

/// A loaded theme.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Theme name.
    pub name: String,
    /// Theme folder, relative to the project root.
    pub dir: PathBuf,
    /// Parsed `theme.toml`.
    pub settings: ThemeSettings,
    /// Every file of the theme folder, by name (templates, stylesheet, logo).
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// A theme file as text, if present and UTF-8.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.files.get(name).and_then(|b| std::str::from_utf8(b).ok())
    }
}

/// Files every theme must have.
const REQUIRED: &[&str] = &["theme.toml", "handbook.typ", "cards.typ", "epub.css"];

/// Load `themes/<name>/`.
pub fn load(root: &Path, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Theme> {
    let dir = PathBuf::from("themes").join(name);
    let abs = root.join(&dir);
    let mut files = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(&abs) {
        for entry in entries.flatten() {
            let path = entry.path();
            if let (true, Some(file)) = (path.is_file(), path.file_name().and_then(|n| n.to_str()))
                && let Ok(bytes) = std::fs::read(&path)
            {
                files.insert(file.to_string(), bytes);
            }
        }
    }
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|f| !files.contains_key(*f)).collect();
    if !missing.is_empty() {
        diags.push(
            Diagnostic::error("theme", format!("theme `{name}` lacks {}", missing.join(", ")))
                .at(Location::file(&dir))
                .hint("copy themes/default from the vetpress repository and adapt it"),
        );
        return None;
    }
    let toml_path = dir.join("theme.toml");
    let text = read_text(root, &root.join(&toml_path), diags)?;
    let settings: ThemeSettings = tomlfile::parse(&toml_path, &text, diags)?;
    if let Some(logo) = settings.logo.as_ref().filter(|l| !files.contains_key(*l)) {
        diags.push(
            Diagnostic::error("theme", format!("logo `{logo}` is not in the theme folder"))
                .at(Location::file(&toml_path)),
        );
        return None;
    }
    Some(Theme { name: name.to_string(), dir, settings, files })
}
