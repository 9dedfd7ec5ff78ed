//! The interface labels every theme may print, as message ids of the reference locale.

use crate::project::{CalloutStyle, Effort, Level, Role, Section};

/// Fixed `ui-*` labels.
pub const UI: &[&str] = &[
    "ui-contents",
    "ui-method",
    "ui-roles",
    "ui-duration",
    "ui-effort",
    "ui-levels",
    "ui-summary",
    "ui-checklist",
    "ui-date",
    "ui-notes",
    "ui-continued",
    "ui-first-step",
    "ui-colophon",
    "ui-project-number",
    "ui-licence",
    "ui-published",
    "ui-isbn",
    "ui-cover",
    "ui-title-page",
    "ui-methods-table-method",
    "ui-methods-table-summary",
];

/// Interface punctuation and the formatted date (`## text` in `ui.ftl`): no theme or
/// writer hard-codes a separator. `ui-date-long` formats the document date from the
/// numbers `$year`, `$month` and `$day`, which every message may use.
pub const TEXT: &[&str] =
    &["ui-sep-colon", "ui-sep-dot", "ui-sep-dash", "ui-list-sep", "ui-url", "ui-number", "ui-date-long"];

/// Labels of the `self-evaluation` block (questionnaire columns, site form and result).
/// Required only in projects that use the block; resolved into `LocalizedBook.labels` then.
pub const SELF_EVALUATION: &[&str] = &[
    "self-evaluation-question",
    "self-evaluation-points",
    "self-evaluation-scoring",
    "self-evaluation-methods",
    "self-evaluation-submit",
    "self-evaluation-result",
    "self-evaluation-incomplete",
];

/// Labels of the online edition's search form. `search-count-*` hold `{ $count }` and
/// are one per CLDR plural category of the shipped languages; the page's script picks
/// one with `Intl.PluralRules` (falling back to `other`) and fills in the number.
pub const SEARCH: &[&str] = &[
    "search-label",
    "search-submit",
    "search-results",
    "search-loading",
    "search-unavailable",
    "search-none",
    "search-count-one",
    "search-count-other",
];

/// Labels of the online edition (`locales/*/site.ftl`).
pub const SITE: &[&str] = &[
    "ui-language-name",
    "site-skip-link",
    "site-languages",
    "site-choose-language",
    "site-chapters",
    "site-previous",
    "site-next",
    "site-home",
    "site-downloads",
    "site-download-handbook",
    "site-download-epub",
    "site-download-cards",
    "site-fallback-notice",
    "site-checklist-reset",
    "site-checklist-print",
    "site-checklist-export",
    "site-checklist-import",
    "site-checklist-import-error",
    "site-checklist-note",
    "site-unit-kb",
    "site-unit-mb",
    "site-decimal-separator",
    "site-opds",
];

/// Every label id: `ui-*` plus one per role, effort, level, section and callout style.
pub fn all() -> Vec<String> {
    let mut ids: Vec<String> =
        UI.iter().chain(TEXT).chain(SEARCH).chain(SITE).map(|s| s.to_string()).collect();
    ids.extend(Role::ALL.iter().map(|r| r.label_id()));
    ids.extend(Effort::ALL.iter().map(|r| r.label_id()));
    ids.extend(Level::ALL.iter().map(|r| r.label_id()));
    ids.extend(Section::ALL.iter().map(|r| r.label_id()));
    ids.extend(CalloutStyle::ALL.iter().map(|r| r.label_id()));
    ids
}
