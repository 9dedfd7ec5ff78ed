//! The interface labels of a new project (`ui.ftl`, `site.ftl`, `search.ftl` in `en` and
//! `fi`), taken at compile time from vetpress's own handbook, so a label added there (and
//! to `doc/labels.rs`) reaches new projects without a second copy to keep in step.

use fluent_syntax::ast::{Entry, Resource};

/// (locale, file, text) of the shipped handbook's interface files.
const SHIPPED: &[(&str, &str, &str)] = &[
    ("en", "ui.ftl", include_str!("../../../locales/en/ui.ftl")),
    ("en", "site.ftl", include_str!("../../../locales/en/site.ftl")),
    ("en", "search.ftl", include_str!("../../../locales/en/search.ftl")),
    ("fi", "ui.ftl", include_str!("../../../locales/fi/ui.ftl")),
    ("fi", "site.ftl", include_str!("../../../locales/fi/site.ftl")),
    ("fi", "search.ftl", include_str!("../../../locales/fi/search.ftl")),
];

/// Messages of the shipped files that belong to that book, not to the interface: its
/// title page and colophon, its partners, its self-evaluation questionnaire.
const BOOK_PREFIXES: &[&str] = &["book-", "partner-", "self-evaluation-"];

/// The first line of each written file, in its language.
fn header(locale: &str) -> &'static str {
    match locale {
        "fi" => {
            "## Käyttöliittymän tekstit, jotka teema tulostaa (vetpressin oman käsikirjan mukaan). Muokkaa vapaasti.\n\n"
        }
        _ => "## Interface labels the theme prints (as in vetpress's own handbook). Change them freely.\n\n",
    }
}

/// `locales/<locale>/<file>` with the interface messages of each shipped file.
pub fn files() -> Vec<(String, String)> {
    SHIPPED
        .iter()
        .map(|(locale, file, text)| {
            (format!("locales/{locale}/{file}"), format!("{}{}", header(locale), keep(text)))
        })
        .collect()
}

/// The interface messages of `text` (with their comments), without the book's own
/// messages, its terms (the book's vocabulary) and free-standing comments about them.
fn keep(text: &str) -> String {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
    let body = resource
        .body
        .into_iter()
        .filter(|entry| match entry {
            Entry::Message(m) => !BOOK_PREFIXES.iter().any(|p| m.id.name.starts_with(p)),
            _ => false,
        })
        .collect();
    fluent_syntax::serializer::serialize(&Resource { body })
}
