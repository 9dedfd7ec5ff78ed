//! `l10n new`: start a locale. Every reference `.ftl` file is copied with its messages
//! commented out, so the new locale starts empty (everything falls back to the reference
//! and is reported missing) while the translator sees what to translate, and the tag is
//! added to `locales` in `sources/book.toml` with the rest of that file untouched.

use std::path::{Path, PathBuf};

use toml_edit::{Array, DocumentMut, Item, Value};
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Location};

const MANIFEST: &str = "sources/book.toml";

/// Why a locale cannot be started.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// Not a BCP 47 language tag in canonical form.
    #[error("`{0}` is not a BCP 47 language tag")]
    InvalidTag(String, Option<String>),
    /// The project has the locale already (in book.toml or as a folder).
    #[error("locale `{0}` exists already")]
    Exists(String, &'static str),
    /// `sources/book.toml` cannot be read or edited.
    #[error("cannot edit {MANIFEST}: {0}")]
    Manifest(String),
    /// A file could not be read or written.
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
}

impl ScaffoldError {
    /// The diagnostic a user sees, with where and what to do.
    pub fn diagnostic(&self) -> Diagnostic {
        let d = Diagnostic::error("l10n-new", self.to_string());
        match self {
            ScaffoldError::InvalidTag(_, Some(canonical)) => d.hint(format!("write it as `{canonical}`")),
            ScaffoldError::InvalidTag(..) => {
                d.hint("use a language code with an optional region, such as `pl`, `pt-BR` or `sr-Latn`")
            }
            ScaffoldError::Exists(_, place) => {
                d.at(Location::file(*place)).hint("choose a locale the project lacks")
            }
            ScaffoldError::Manifest(_) => d.at(Location::file(MANIFEST)),
            ScaffoldError::Io(path, _) => d.at(Location::file(path.clone())),
        }
    }
}

/// What `new_locale` wrote, relative to the project root.
#[derive(Debug)]
pub struct Scaffolded {
    /// The `.ftl` files created.
    pub files: Vec<PathBuf>,
}

/// Validate `tag`, write `locales/<tag>/` and add the tag to `sources/book.toml`.
pub fn new_locale(root: &Path, tag: &str) -> Result<Scaffolded, ScaffoldError> {
    validate(tag)?;
    let manifest_path = root.join(MANIFEST);
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| ScaffoldError::Io(MANIFEST.into(), e))?;
    let (edited, reference) = add_locale(&text, tag)?;
    let folder = root.join("locales").join(tag);
    if folder.exists() {
        return Err(ScaffoldError::Exists(tag.to_string(), "locales"));
    }
    let sources = ftl_files(&root.join("locales").join(&reference))?;
    if sources.is_empty() {
        return Err(ScaffoldError::Manifest(format!("the reference locale `{reference}` has no .ftl files")));
    }
    // Read everything before writing anything, so a failure leaves the project as it was.
    let mut files = Vec::new();
    for path in &sources {
        let text = std::fs::read_to_string(path).map_err(|e| ScaffoldError::Io(path.clone(), e))?;
        let name = path.file_name().map(PathBuf::from).unwrap_or_default();
        files.push((name, skeleton(&text, &reference, tag)));
    }
    std::fs::create_dir_all(&folder).map_err(|e| ScaffoldError::Io(folder.clone(), e))?;
    let mut written = Vec::new();
    for (name, text) in files {
        let path = folder.join(&name);
        std::fs::write(&path, text).map_err(|e| ScaffoldError::Io(path, e))?;
        written.push(Path::new("locales").join(tag).join(name));
    }
    std::fs::write(&manifest_path, edited).map_err(|e| ScaffoldError::Io(MANIFEST.into(), e))?;
    Ok(Scaffolded { files: written })
}

/// A tag must parse as BCP 47 and be written the canonical way (`pt-BR`, not `pt_br`):
/// it names a folder and appears in output paths.
fn validate(tag: &str) -> Result<(), ScaffoldError> {
    let invalid = |canonical| Err(ScaffoldError::InvalidTag(tag.to_string(), canonical));
    match tag.parse::<LanguageIdentifier>() {
        Ok(id) if id == tag && !id.language.is_empty() => Ok(()),
        Ok(id) if !id.language.is_empty() => invalid(Some(id.to_string())),
        _ => invalid(None),
    }
}

/// The manifest text with `tag` appended to `locales`, and the reference locale.
fn add_locale(text: &str, tag: &str) -> Result<(String, String), ScaffoldError> {
    let mut doc: DocumentMut =
        text.parse().map_err(|e: toml_edit::TomlError| ScaffoldError::Manifest(e.to_string()))?;
    let reference = doc
        .get("reference-locale")
        .and_then(Item::as_str)
        .ok_or_else(|| ScaffoldError::Manifest("`reference-locale` is not set".into()))?
        .to_string();
    if reference == tag {
        return Err(ScaffoldError::Exists(tag.to_string(), MANIFEST));
    }
    let locales = doc.entry("locales").or_insert_with(|| Item::Value(Value::Array(Array::new())));
    let list = locales
        .as_array_mut()
        .ok_or_else(|| ScaffoldError::Manifest("`locales` is not a list of tags".into()))?;
    if list.iter().any(|v| v.as_str() == Some(tag)) {
        return Err(ScaffoldError::Exists(tag.to_string(), MANIFEST));
    }
    list.push(tag);
    Ok((doc.to_string(), reference))
}

fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ScaffoldError::Io(dir.to_path_buf(), e))?;
    let mut files: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect();
    files.sort();
    Ok(files)
}

/// A reference file with every entry line commented out; its own comments stay as they are.
fn skeleton(reference_text: &str, reference: &str, tag: &str) -> String {
    let mut out = format!(
        "# Translation into `{tag}`, started from the `{reference}` text below.\n\
         # Uncomment a message (remove the leading `# `) and translate its text; keep ids,\n\
         # `{{ $variables }}`, `{{ -terms }}`, link targets and code as they are.\n\
         # Until then the `{reference}` text is used and reported as missing.\n\n"
    );
    for line in reference_text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_must_be_canonical_bcp47() {
        assert!(validate("pl").is_ok());
        assert!(validate("pt-BR").is_ok());
        assert!(validate("sr-Latn").is_ok());
        assert!(matches!(validate("not_a_tag"), Err(ScaffoldError::InvalidTag(_, None))));
        assert!(matches!(validate("pt_BR"), Err(ScaffoldError::InvalidTag(_, Some(c))) if c == "pt-BR"));
        assert!(validate("").is_err());
        assert!(validate("../en").is_err());
    }

    #[test]
    fn the_manifest_keeps_its_comments_and_order() {
        let text = "# A book.\nid = \"b\" # inline\nreference-locale = \"en\"\nlocales = [\"fi\"]\n\n[cards]\nlayout = \"imposed\"\n";
        let (edited, reference) = add_locale(text, "pl").expect("adds");
        assert_eq!(reference, "en");
        assert_eq!(edited, text.replace("[\"fi\"]", "[\"fi\", \"pl\"]"));
        assert!(matches!(add_locale(text, "fi"), Err(ScaffoldError::Exists(..))));
        assert!(matches!(add_locale(text, "en"), Err(ScaffoldError::Exists(..))));
        let without = "reference-locale = \"en\"\n";
        assert_eq!(
            add_locale(without, "pl").expect("adds").0,
            "reference-locale = \"en\"\nlocales = [\"pl\"]\n"
        );
    }

    #[test]
    fn the_skeleton_defines_nothing_and_shows_the_reference() {
        let text = "## Group\nhello = Hello { $name }\n    .title = Hi\n\n-brand = Vet\n";
        let out = skeleton(text, "en", "pl");
        assert!(
            out.contains("## Group\n# hello = Hello { $name }\n#     .title = Hi\n\n# -brand = Vet\n"),
            "{out}"
        );
        let res = fluent_bundle::FluentResource::try_new(out).expect("valid Fluent");
        assert!(res.entries().all(|e| !matches!(
            e,
            fluent_syntax::ast::Entry::Message(_) | fluent_syntax::ast::Entry::Term(_)
        )));
    }
}
