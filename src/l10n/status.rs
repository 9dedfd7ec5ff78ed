//! Translation coverage per locale.

use std::collections::BTreeSet;

use serde::Serialize;

use super::catalog::Catalog;
use super::stale::LocaleState;

/// Coverage of one locale.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LocaleStatus {
    /// Locale tag.
    pub locale: String,
    /// Messages in the reference.
    pub total: usize,
    /// Reference messages present in this locale.
    pub translated: usize,
    /// Reference messages absent here.
    pub missing: usize,
    /// Messages here that the reference no longer has.
    pub obsolete: usize,
    /// Messages and attributes translated from reference text that changed since.
    pub stale: usize,
    /// Share of the reference's words in translated messages, 0-100.
    pub words_percent: f64,
}

/// Coverage of every locale, reference first; `states` give the partners' stale counts.
/// Local notes (`local`, message ids) are each locale's own: never missing or obsolete.
pub fn status(catalog: &Catalog, states: &[LocaleState], local: &BTreeSet<String>) -> Vec<LocaleStatus> {
    let reference = catalog.reference();
    let shared = |id: &&String| !local.contains(*id);
    let messages: Vec<_> = reference.messages.iter().filter(|(id, _)| shared(id)).collect();
    let total_words: usize = messages.iter().map(|(_, m)| m.usage.words).sum();
    catalog
        .locales
        .iter()
        .map(|c| {
            let translated: Vec<_> = messages.iter().filter(|(id, _)| c.has(id)).collect();
            let words: usize = translated.iter().map(|(_, m)| m.usage.words).sum();
            LocaleStatus {
                locale: c.locale.clone(),
                total: messages.len(),
                translated: translated.len(),
                missing: messages.len() - translated.len(),
                obsolete: c.messages.keys().filter(shared).filter(|id| !reference.has(id)).count(),
                stale: states.iter().find(|s| s.locale == c.locale).map_or(0, |s| s.stale.len()),
                words_percent: if total_words == 0 {
                    100.0
                } else {
                    100.0 * words as f64 / total_words as f64
                },
            }
        })
        .collect()
}
