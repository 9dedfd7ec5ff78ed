//! `sources/book.toml`: the book's identity, locales and edition settings.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::model::{CardLayout, Paper, Sheet};
use super::{read_text, tomlfile};
use crate::diag::{Diagnostic, Location};

const FILE: &str = "sources/book.toml";

/// A calendar date (the document date of every output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
}

impl Date {
    /// The UTC date of a Unix timestamp.
    pub fn from_unix(secs: i64) -> Date {
        // Days since 1970-01-01 to a civil date (proleptic Gregorian).
        let z = secs.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Handbook settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HandbookSettings {
    /// Page size.
    #[serde(default = "default_paper")]
    pub paper: Paper,
}

impl Default for HandbookSettings {
    fn default() -> Self {
        HandbookSettings { paper: default_paper() }
    }
}

fn default_paper() -> Paper {
    Paper::A5
}

/// Checklist card settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CardSettings {
    /// Imposed sheets or single cards.
    #[serde(default = "default_layout")]
    pub layout: CardLayout,
    /// Sheet size for the imposed layout.
    #[serde(default = "default_sheet")]
    pub sheet: Sheet,
}

impl Default for CardSettings {
    fn default() -> Self {
        CardSettings { layout: default_layout(), sheet: default_sheet() }
    }
}

fn default_layout() -> CardLayout {
    CardLayout::Imposed
}

fn default_sheet() -> Sheet {
    Sheet::A4
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawManifest {
    id: Spanned<String>,
    reference_locale: Option<Spanned<String>>,
    #[serde(default)]
    locales: Vec<Spanned<String>>,
    theme: Option<Spanned<String>>,
    date: Option<Spanned<toml::value::Datetime>>,
    project_code: Option<String>,
    licence: Option<String>,
    url: Option<String>,
    #[serde(default)]
    isbn: BTreeMap<String, String>,
    #[serde(default)]
    handbook: HandbookSettings,
    #[serde(default)]
    cards: CardSettings,
}

/// The validated manifest.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// Book id, used in file names.
    pub id: String,
    /// The reference locale.
    pub reference_locale: String,
    /// Partner locales.
    pub locales: Vec<String>,
    /// Theme folder name.
    pub theme: String,
    /// Document date (from the manifest, or `SOURCE_DATE_EPOCH`).
    pub date: Date,
    /// Project code for the colophon.
    pub project_code: Option<String>,
    /// Licence id.
    pub licence: Option<String>,
    /// Project web address.
    pub url: Option<String>,
    /// ISBN per locale.
    pub isbn: BTreeMap<String, String>,
    /// Handbook settings.
    pub handbook: HandbookSettings,
    /// Card settings.
    pub cards: CardSettings,
}

/// Load and validate the manifest.
pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Manifest> {
    let text = read_text(root, &root.join(FILE), diags)?;
    let raw: RawManifest = tomlfile::parse(Path::new(FILE), &text, diags)?;
    let at = |span: std::ops::Range<usize>| Location::in_text(FILE, &text, span);
    let before = diags.len();
    check_id(&raw.id, &at, diags);
    let reference = match &raw.reference_locale {
        Some(tag) => check_locale(tag, &at, diags),
        None => "en".into(),
    };
    let mut locales = Vec::new();
    for tag in &raw.locales {
        let loc = check_locale(tag, &at, diags);
        if loc == reference || locales.contains(&loc) {
            diags.push(
                Diagnostic::error("manifest", format!("locale `{loc}` is listed twice"))
                    .at(at(tag.span()))
                    .hint("list each partner locale once, without the reference locale"),
            );
        }
        locales.push(loc);
    }
    let date = document_date(raw.date.as_ref(), &at, diags);
    let theme = raw.theme.map(|t| t.into_inner()).unwrap_or_else(|| "default".into());
    if diags[before..].iter().any(Diagnostic::is_error) {
        return None;
    }
    Some(Manifest {
        id: raw.id.into_inner(),
        reference_locale: reference,
        locales,
        theme,
        date,
        project_code: raw.project_code,
        licence: raw.licence,
        url: raw.url,
        isbn: raw.isbn,
        handbook: raw.handbook,
        cards: raw.cards,
    })
}

fn check_id(
    id: &Spanned<String>,
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    diags: &mut Vec<Diagnostic>,
) {
    let ok = !id.get_ref().is_empty()
        && id.get_ref().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !ok {
        diags.push(
            Diagnostic::error("manifest", format!("book id `{}` is not a valid id", id.get_ref()))
                .at(at(id.span()))
                .hint("use lowercase letters, digits and `-`: it becomes part of file names"),
        );
    }
}

fn check_locale(
    tag: &Spanned<String>,
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    diags: &mut Vec<Diagnostic>,
) -> String {
    match tag.get_ref().parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) => id.to_string(),
        Err(_) => {
            diags.push(
                Diagnostic::error("manifest", format!("`{}` is not a BCP 47 language tag", tag.get_ref()))
                    .at(at(tag.span()))
                    .hint("write a tag such as `fi`, `sv` or `de-AT`"),
            );
            tag.get_ref().clone()
        }
    }
}

fn document_date(
    raw: Option<&Spanned<toml::value::Datetime>>,
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    diags: &mut Vec<Diagnostic>,
) -> Date {
    if let Some(secs) = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()) {
        return Date::from_unix(secs);
    }
    match raw.map(|d| (d, d.get_ref().date)) {
        Some((_, Some(d))) => Date { year: i32::from(d.year), month: d.month, day: d.day },
        Some((spanned, None)) => {
            diags.push(
                Diagnostic::error("manifest", "`date` must be a calendar date")
                    .at(at(spanned.span()))
                    .hint("write e.g. `date = 2021-08-31`"),
            );
            Date::from_unix(0)
        }
        None => {
            diags.push(
                Diagnostic::warning("manifest", "no `date`: outputs carry 1970-01-01")
                    .at(Location::file(FILE))
                    .hint("add `date = YYYY-MM-DD` (or set SOURCE_DATE_EPOCH) so outputs show a real date"),
            );
            Date::from_unix(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn unix_dates() {
        assert_eq!(Date::from_unix(0).iso(), "1970-01-01");
        assert_eq!(Date::from_unix(1_630_368_000).iso(), "2021-08-31");
        assert_eq!(Date::from_unix(951_782_400).iso(), "2000-02-29");
    }
}
