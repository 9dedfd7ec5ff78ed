//! `vetpress init`: a new project that checks clean and builds at once (a text chapter, a
//! method with a checklist for three roles, `en` and `fi`, the built-in theme), and the
//! built-in theme written out to `themes/default/` for editing.

mod interface;

use std::path::{Path, PathBuf};

use super::builtin;
use super::manifest::Date;
use crate::diag::{Diagnostic, Location};

/// The project's own files: (path, text), with `{id}` and `{date}` in `book.toml`.
const TEMPLATE: &[(&str, &str)] = &[
    ("sources/book.toml", include_str!("template/sources/book.toml")),
    ("sources/chapters/01-welcome.toml", include_str!("template/sources/chapters/01-welcome.toml")),
    (
        "sources/chapters/02-workplace-visit.toml",
        include_str!("template/sources/chapters/02-workplace-visit.toml"),
    ),
    ("locales/en/book.ftl", include_str!("template/locales/en/book.ftl")),
    ("locales/en/welcome.ftl", include_str!("template/locales/en/welcome.ftl")),
    ("locales/en/workplace-visit.ftl", include_str!("template/locales/en/workplace-visit.ftl")),
    ("locales/fi/book.ftl", include_str!("template/locales/fi/book.ftl")),
    ("locales/fi/welcome.ftl", include_str!("template/locales/fi/welcome.ftl")),
    ("locales/fi/workplace-visit.ftl", include_str!("template/locales/fi/workplace-visit.ftl")),
];

/// Why `init` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder holds visible files: a project is never started on top of others.
    #[error("{} is not empty", .0.display())]
    NotEmpty(PathBuf),
    /// The path exists and is not a folder.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// Files `init --theme` would write exist already (relative to the project).
    #[error("{} exists already", .0.first().map(|p| p.display().to_string()).unwrap_or_default())]
    Exists(Vec<PathBuf>),
    /// The system refused.
    #[error("{path}: {error}", path = .0.display(), error = .1)]
    Io(PathBuf, std::io::Error),
}

impl InitError {
    /// Whether the command line asked for something impossible (exit 2), not a failure.
    pub fn is_usage(&self) -> bool {
        !matches!(self, InitError::Io(..))
    }

    /// What the user sees, with what to do.
    pub fn diagnostic(&self) -> Diagnostic {
        let d = Diagnostic::error("init", self.to_string());
        match self {
            InitError::NotEmpty(_) => d.hint(
                "give a new or empty folder: `vetpress init my-handbook` (hidden files such as .git are \
                 fine); in a project folder (with sources/book.toml) `--theme` writes only the theme",
            ),
            InitError::NotAFolder(p) => d.at(Location::file(p)).hint("give the path of a folder"),
            InitError::Exists(files) => d.at(Location::file(&files[0])).hint(format!(
                "{} of the theme's files exist; move themes/default away (or rename it) to get a fresh copy",
                files.len()
            )),
            InitError::Io(p, _) => d.at(Location::file(p)),
        }
    }
}

/// What `init` wrote, relative to the project folder.
#[derive(Debug, Default)]
pub struct Written {
    /// The files created, in order.
    pub files: Vec<PathBuf>,
}

/// Start a project in `dir` (created when missing) dated `date`.
pub fn new_project(dir: &Path, date: Date) -> Result<Written, InitError> {
    check_empty(dir)?;
    let files = project_files(&book_id(dir), date);
    write_new(dir, files.iter().map(|(p, t)| (p.as_str(), t.as_bytes())))
}

/// Write the built-in theme to `dir/themes/default/`, refusing if any of its files exists.
pub fn write_theme(dir: &Path) -> Result<Written, InitError> {
    let files: Vec<(String, &[u8])> = builtin::all_files()
        .map(|(name, bytes)| (format!("themes/{}/{name}", builtin::NAME), bytes))
        .collect();
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|(p, _)| PathBuf::from(p))
        .filter(|p| dir.join(p).symlink_metadata().is_ok())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    write_new(dir, files.iter().map(|(p, b)| (p.as_str(), *b)))
}

/// Whether `dir` is a project already (has `sources/book.toml`).
pub fn is_project(dir: &Path) -> bool {
    dir.join("sources/book.toml").is_file()
}

/// `dir` is missing, or a folder with hidden entries (`.git`) at most.
fn check_empty(dir: &Path) -> Result<(), InitError> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let visible = entries.flatten().any(|e| !e.file_name().to_string_lossy().starts_with('.'));
            if visible { Err(InitError::NotEmpty(dir.to_path_buf())) } else { Ok(()) }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) if dir.exists() && !dir.is_dir() => Err(InitError::NotAFolder(dir.to_path_buf())),
        Err(e) => Err(InitError::Io(dir.to_path_buf(), e)),
    }
}

/// Every file of a new project: the template and the interface labels of both locales.
fn project_files(id: &str, date: Date) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = TEMPLATE
        .iter()
        .map(|(path, text)| {
            let text = text.replace("{id}", id).replace("{date}", &date.iso());
            (path.to_string(), text)
        })
        .collect();
    files.extend(interface::files());
    files
}

/// The book id for the folder `dir`: its name in `[a-z0-9-]`, else `handbook`.
fn book_id(dir: &Path) -> String {
    let name =
        std::path::absolute(dir).ok().and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    let lowered = name.unwrap_or_default().to_lowercase();
    let mapped: String = lowered.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    let id = mapped.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if id.is_empty() { "handbook".into() } else { id }
}

/// Create each file (and its folders) under `dir`; an existing file is never replaced.
fn write_new<'a>(dir: &Path, files: impl Iterator<Item = (&'a str, &'a [u8])>) -> Result<Written, InitError> {
    let mut written = Written::default();
    for (rel, bytes) in files {
        let path = dir.join(rel);
        let io = |e| InitError::Io(path.clone(), e);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(io)?;
        std::io::Write::write_all(&mut file, bytes).map_err(io)?;
        written.files.push(PathBuf::from(rel));
    }
    Ok(written)
}

#[cfg(test)]
mod tests;
