//! Whether a locale can be built: one rule whatever `--locale` selects.
//!
//! A locale is blocked by errors not tied to any locale (structure), by errors in its own
//! files, and by errors met while resolving its own book. The last include reference text
//! it falls back to (a broken or missing reference message is reported by the resolver
//! against the partner that needs it), so an error in the reference blocks exactly the
//! reference and the partners that depend on the broken message.

use std::collections::HashSet;

use crate::diag::Diagnostic;

/// Errors of the shared inputs (load and lint) that block `locale`.
fn blocks_locale(d: &Diagnostic, locale: &str) -> bool {
    d.is_error() && d.locale.as_deref().is_none_or(|l| l == locale)
}

/// Why `locale` cannot be built, if it cannot. `shared` are the load and lint diagnostics,
/// `own` those of resolving this locale's book.
pub fn blocking(shared: &[Diagnostic], own: &[Diagnostic], locale: &str, reference: &str) -> Option<String> {
    let mut seen = HashSet::new();
    let (mut structure, mut translations, mut fallback) = (0, 0, 0);
    let errors =
        shared.iter().filter(|d| blocks_locale(d, locale)).chain(own.iter().filter(|d| d.is_error()));
    for d in errors.filter(|d| seen.insert((d.place(), d.message.as_str(), d.code))) {
        match d.locale.as_deref() {
            None => structure += 1,
            // A partner asking for a message the reference lacks needs the reference fixed.
            Some(l) if l == locale && !(d.code == "no-message" && locale != reference) => translations += 1,
            Some(_) => fallback += 1,
        }
    }
    let parts: Vec<String> = [
        (structure, "in the project's sources"),
        (translations, "in its own translations"),
        (fallback, "in reference text it falls back to"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let total = structure + translations + fallback;
    (total > 0).then(|| format!("{total} error(s): {}", parts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Location;

    fn err(code: &'static str, file: &str, locale: Option<&str>) -> Diagnostic {
        let d = Diagnostic::error(code, format!("{code} in {file}")).at(Location::in_text(file, "x", 0..1));
        match locale {
            Some(l) => d.locale(l),
            None => d,
        }
    }

    #[test]
    fn a_reference_error_blocks_only_the_reference() {
        let shared = [err("ftl-syntax", "locales/en/a.ftl", Some("en"))];
        assert_eq!(
            blocking(&shared, &[], "en", "en").as_deref(),
            Some("1 error(s): 1 in its own translations")
        );
        assert_eq!(blocking(&shared, &[], "fi", "en"), None);
    }

    #[test]
    fn counts_add_up_across_kinds_and_repeat_only_once() {
        let shared = [
            err("chapter", "sources/chapters/01.toml", None),
            err("ftl-syntax", "locales/fi/a.ftl", Some("fi")),
            err("ftl-syntax", "locales/fi/b.ftl", Some("fi")),
            err("ftl-syntax", "locales/sv/a.ftl", Some("sv")),
        ];
        let own = [
            err("no-message", "sources/chapters/01.toml", Some("fi")),
            err("markdown", "locales/en/a.ftl", Some("en")),
            err("markdown", "locales/en/a.ftl", Some("en")),
        ];
        assert_eq!(
            blocking(&shared, &own, "fi", "en").as_deref(),
            Some(
                "5 error(s): 1 in the project's sources, 2 in its own translations, \
                 2 in reference text it falls back to"
            )
        );
    }
}
