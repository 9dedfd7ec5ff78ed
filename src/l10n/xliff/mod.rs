//! XLIFF exchange: export a partner locale's translations for CAT tools (XLIFF 2.1, or
//! 1.2 for Weblate and older tools) and import the translated file back into `.ftl`.
//!
//! `units` lists what is translated, `inline` turns a Fluent pattern into text and
//! protected codes and back, `write` and `read` are the XLIFF writer and reader,
//! `import` checks each unit and `merge` writes the accepted ones. See docs/xliff.md.

pub mod import;
pub mod inline;
pub mod merge;
pub mod read;
pub mod units;
pub mod write;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

pub use import::{ImportReport, import};
pub use write::Format;

use crate::diag::{Diagnostic, Location};

/// Why an export or import cannot run at all (a refused unit is not an error: it is in
/// the import report).
#[derive(Debug, thiserror::Error)]
pub enum XliffError {
    /// The project or its translations cannot be read; the diagnostics say why.
    #[error("the project cannot be read")]
    Project(Vec<Diagnostic>),
    /// Not one of the project's partner locales.
    #[error("`{locale}` is not a partner locale; choose one of: {}", partners.join(", "))]
    NotPartner {
        /// The locale asked for.
        locale: String,
        /// The partner locales.
        partners: Vec<String>,
    },
    /// A character XLIFF 1.2 cannot carry.
    #[error("{file}: `{unit}` contains U+{:04X}, which XML 1.0 cannot carry and XLIFF 1.2 has no element for", u32::from(*ch))]
    Forbidden {
        /// The reference file.
        file: String,
        /// The unit.
        unit: String,
        /// The character.
        ch: char,
    },
    /// The XLIFF file cannot be read.
    #[error("cannot read {}: {error}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// Not well-formed XML, or not XLIFF.
    #[error("{message}")]
    Xml {
        /// The file.
        path: PathBuf,
        /// Its text, to locate the problem.
        text: String,
        /// What is wrong.
        message: String,
        /// Byte offset.
        pos: usize,
    },
    /// The file is for another pair of languages.
    #[error("the file translates {found} but this import is {expected}")]
    Languages {
        /// The file.
        path: PathBuf,
        /// `en -> fi` as the project has it.
        expected: String,
        /// As the file has it.
        found: String,
    },
    /// The accepted translations cannot be written.
    #[error(transparent)]
    Merge(#[from] merge::MergeError),
}

impl XliffError {
    /// The diagnostics a user sees.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let d = Diagnostic::error("xliff", self.to_string());
        match self {
            XliffError::Project(diags) => diags.clone(),
            XliffError::NotPartner { .. } => vec![d.hint("export the partner locales only; the reference is the source text")],
            XliffError::Forbidden { .. } => vec![d.hint("export with `--format xliff2` (it writes the character as <cp/>), or remove the control character")],
            XliffError::Io { path, .. } => vec![d.at(Location::file(path.clone())).hint("check the path")],
            XliffError::Xml { path, text, pos, .. } => {
                vec![d.at(Location::in_text(path, text, *pos..*pos + 1)).hint("import the XLIFF file `vetpress l10n export` wrote, as the CAT tool saved it")]
            }
            XliffError::Languages { path, .. } => vec![d.at(Location::file(path.clone())).hint("import the file into the locale it was exported for")],
            XliffError::Merge(_) => vec![d.hint("nothing was written")],
        }
    }
}

/// Export `locale`'s units as an XLIFF document.
pub fn export(root: &Path, locale: &str, format: Format) -> Result<String, XliffError> {
    let units = units::collect(root, locale)?;
    write::write(&units, format)
}
