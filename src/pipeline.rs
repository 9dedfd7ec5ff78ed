//! The front half of every command: load the project and catalog, lint, resolve books.

use std::path::Path;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::doc::{self, LocalizedBook};
use crate::l10n::stale::LocaleState;
use crate::l10n::{Catalog, lint, stale};
use crate::project::Project;
use crate::project::manifest::StaleMode;

/// A loaded project with its translations.
pub struct Loaded {
    /// Structure.
    pub project: Project,
    /// Translations.
    pub catalog: Catalog,
    /// Each partner locale's stale translations and updated state file.
    pub states: Vec<LocaleState>,
}

/// Load, validate and lint everything a build reads. `None` when the project itself
/// cannot be read (the diagnostics say why).
pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Loaded> {
    let project = Project::load(root, diags)?;
    let locales = project.locales();
    let local = project.local_notes();
    // Stale analysis reads the files itself: it runs beside parsing and linting (a watch
    // reloads on every save). Diagnostics keep their sequential order.
    let ((mut catalog, mut found), (states, stale_diags)) = rayon::join(
        || {
            let mut found = Vec::new();
            let catalog = Catalog::load(root, &locales, &mut found);
            lint::lint(&catalog, &local, &mut found);
            (catalog, found)
        },
        || {
            let mut found = Vec::new();
            (stale::analyse(root, &locales, &local, &mut found), found)
        },
    );
    diags.append(&mut found);
    diags.extend(stale_diags);
    let mode = project.manifest.l10n.stale;
    for ls in &states {
        diags.extend(ls.diagnostics(mode));
        if mode == StaleMode::Fallback
            && let Some(c) = catalog.get_mut(&ls.locale)
        {
            c.hide(ls.stale.iter().map(|s| s.id.clone()));
        }
    }
    Some(Loaded { project, catalog, states })
}

/// Save every partner's state file whose records changed (`check` and `build` record
/// translations touched since the last run). A file that cannot be written is a warning.
pub fn save_states(loaded: &Loaded, diags: &mut Vec<Diagnostic>) {
    for ls in &loaded.states {
        if let Err(e) = ls.save(&loaded.project.root) {
            diags.push(
                Diagnostic::warning("l10n-state", format!("cannot write the translation state file: {e}"))
                    .at(crate::diag::Location::file(ls.file.clone()))
                    .hint("check the folder's permissions; stale translations are found from the old file until then")
                    .locale(&ls.locale),
            );
        }
    }
}

/// The locales of `all` (the project's, in order) that `wanted` names, or all when it
/// names none; a name the project lacks is an error listing the ones it has.
pub fn select_locales(all: Vec<String>, wanted: &[String]) -> Result<Vec<String>, String> {
    if let Some(w) = wanted.iter().find(|w| !all.contains(w)) {
        return Err(format!("unknown locale `{w}`; the project has: {}", all.join(", ")));
    }
    Ok(all.into_iter().filter(|l| wanted.is_empty() || wanted.contains(l)).collect())
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
