//! The front half of every command: load the project and catalog, lint, resolve books.

use std::path::Path;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::doc::{self, LocalizedBook};
use crate::l10n::{Catalog, lint};
use crate::project::Project;

/// A loaded project with its translations.
pub struct Loaded {
    /// Structure.
    pub project: Project,
    /// Translations.
    pub catalog: Catalog,
}

/// Load, validate and lint everything a build reads. `None` when the project itself
/// cannot be read (the diagnostics say why).
pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Loaded> {
    let project = Project::load(root, diags)?;
    let catalog = Catalog::load(root, &project.locales(), diags);
    lint::lint(&catalog, diags);
    Some(Loaded { project, catalog })
}

/// One locale's book and the problems found while resolving it.
pub struct Resolved {
    /// Locale tag.
    pub locale: String,
    /// The book.
    pub book: LocalizedBook,
    /// Problems specific to this locale.
    pub diags: Vec<Diagnostic>,
}

impl Resolved {
    /// Whether this locale can be rendered.
    pub fn ok(&self) -> bool {
        !self.diags.iter().any(Diagnostic::is_error)
    }
}

/// Resolve the given locales in parallel.
pub fn resolve_all(loaded: &Loaded, locales: &[String]) -> Vec<Resolved> {
    locales
        .par_iter()
        .map(|locale| {
            let mut diags = Vec::new();
            let book = doc::resolve(&loaded.project, &loaded.catalog, locale, &mut diags);
            Resolved { locale: locale.clone(), book, diags }
        })
        .collect()
}
