//! `sources/book.toml`: the book's identity, locales and edition settings.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::model::{CardLayout, Paper, Sheet};
use super::{read_text, tomlfile};
use crate::diag::{Diagnostic, Location};

const FILE: &str = "sources/book.toml";

/// A calendar date (the document date of every output). Always a valid date: it is only
/// built through [`Date::new`] or [`Date::from_unix`]. Serialises as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, 1-9999.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
}

impl Date {
    /// The date, if it exists in the proleptic Gregorian calendar and has a four-digit year.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)).is_some();
        valid.then_some(Date { year, month, day })
    }

    /// The UTC date of a Unix timestamp, if it has a four-digit year.
    pub fn from_unix(secs: i64) -> Option<Date> {
        let d = chrono::DateTime::from_timestamp(secs, 0)?.date_naive();
        Date::new(d.year(), u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?)
    }

    /// 1970-01-01, for projects without a date.
    pub const EPOCH: Date = Date { year: 1970, month: 1, day: 1 };

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        self.to_string()
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
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

/// Translation workflow settings (`[l10n]`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct L10nSettings {
    /// What a build does with a stale translation.
    #[serde(default)]
    pub stale: StaleMode,
}

/// What a build does with a translation made from reference text that changed since.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StaleMode {
    /// Print the old translation, with a warning.
    #[default]
    Show,
    /// Print the reference text instead, reported like a missing translation.
    Fallback,
    /// Fail the locale.
    Error,
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
    /// Unprintable margin of the imposed sheet (office printers): only crop marks fall
    /// in it; the cards shrink when they must.
    #[serde(default)]
    pub margin: CardMargin,
}

impl Default for CardSettings {
    fn default() -> Self {
        CardSettings { layout: default_layout(), sheet: default_sheet(), margin: CardMargin::default() }
    }
}

/// A length written as in Typst or CSS (`"5mm"`, `"0.5cm"`, `"0.2in"`, `"12pt"`), held in
/// millimetres. Serialises as its number of millimetres.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "String", into = "f64")]
pub struct CardMargin(pub f64);

impl TryFrom<String> for CardMargin {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let t = text.trim();
        let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
        let (number, unit) = t.split_at(split);
        let per_unit = match unit {
            "mm" => 1.0,
            "cm" => 10.0,
            "in" => 25.4,
            "pt" => 25.4 / 72.0,
            _ => return Err(format!("`{text}` is not a length: use mm, cm, in or pt, e.g. \"5mm\"")),
        };
        let value: f64 =
            number.trim().parse().map_err(|_| format!("`{text}` is not a length, e.g. \"5mm\""))?;
        // Beyond 30 mm a quarter of the sheet is margin: surely a typo.
        if !(0.0..=30.0).contains(&(value * per_unit)) {
            return Err(format!("margin `{text}` is out of range: 0 to 30 mm"));
        }
        Ok(CardMargin(value * per_unit))
    }
}

impl From<CardMargin> for f64 {
    fn from(m: CardMargin) -> f64 {
        m.0
    }
}

/// `[fonts]`: where fonts come from besides vetpress's own and the theme's.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FontSettings {
    /// Also load the fonts installed on this computer (off by default: a build should not
    /// depend on the machine it runs on).
    #[serde(default)]
    pub system: bool,
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
    #[serde(default)]
    l10n: L10nSettings,
    #[serde(default)]
    partners: Vec<RawPartner>,
    #[serde(default)]
    fonts: FontSettings,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    id: Spanned<String>,
    logo: Spanned<String>,
}

/// A partner that prints co-branded editions (`[[partners]]`): its name and contact are
/// the messages `partner-<id>-name` and `partner-<id>-contact`.
#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    /// Slug, used in file names and message ids.
    pub id: String,
    /// Logo image relative to `sources/` (`assets/...`), checked by the asset store.
    pub logo: String,
    /// Where the entry's id is written, for diagnostics about this partner.
    #[serde(skip)]
    pub at: Location,
    /// Where its logo is written.
    #[serde(skip)]
    pub logo_at: Location,
}

impl Partner {
    /// The message holding the partner's name in each locale.
    pub fn name_id(&self) -> String {
        format!("partner-{}-name", self.id)
    }

    /// The Markdown message holding the partner's contact for the colophon.
    pub fn contact_id(&self) -> String {
        format!("partner-{}-contact", self.id)
    }
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
    /// Translation workflow settings.
    pub l10n: L10nSettings,
    /// Partners with co-branded editions, in manifest order.
    pub partners: Vec<Partner>,
    /// Font sources.
    pub fonts: FontSettings,
}

/// Load and validate the manifest; the date may come from `SOURCE_DATE_EPOCH`.
pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Manifest> {
    let epoch = std::env::var_os("SOURCE_DATE_EPOCH").map(|v| v.to_string_lossy().into_owned());
    load_with(root, epoch.as_deref(), diags)
}

/// Load and validate the manifest with `epoch` as the value of `SOURCE_DATE_EPOCH`.
fn load_with(root: &Path, epoch: Option<&str>, diags: &mut Vec<Diagnostic>) -> Option<Manifest> {
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
    let date = document_date(raw.date.as_ref(), epoch, &at, diags);
    let theme = check_theme(raw.theme.as_ref(), &at, diags);
    let partners = check_partners(&raw.partners, &at, diags);
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
        l10n: raw.l10n,
        partners,
        fonts: raw.fonts,
    })
}

/// Partner ids are slugs, unique, and cannot make two editions share a file name
/// (`<book>-<locale>-<id>-cards.pdf` is also the handbook of partner `<id>-cards`).
fn check_partners(
    raw: &[RawPartner],
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Partner> {
    let mut partners: Vec<Partner> = Vec::new();
    for p in raw {
        let id = p.id.get_ref();
        let slug = !id.is_empty()
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        let problem = if !slug {
            Some((
                format!("partner id `{id}` is not a valid id"),
                "use lowercase letters, digits and `-`: it becomes part of file names",
            ))
        } else if id == "cards" || id.ends_with("-cards") {
            Some((
                format!("partner id `{id}` would clash with a cards file name"),
                "choose an id that does not end in `cards`",
            ))
        } else if partners.iter().any(|q| q.id == *id) {
            Some((format!("partner `{id}` is listed twice"), "give each partner its own id"))
        } else {
            None
        };
        if let Some((message, hint)) = problem {
            diags.push(Diagnostic::error("manifest", message).at(at(p.id.span())).hint(hint));
        }
        partners.push(Partner {
            id: id.clone(),
            logo: p.logo.get_ref().clone(),
            at: at(p.id.span()),
            logo_at: at(p.logo.span()),
        });
    }
    partners
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

fn check_theme(
    theme: Option<&Spanned<String>>,
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    diags: &mut Vec<Diagnostic>,
) -> String {
    let Some(theme) = theme else { return "default".into() };
    if !super::theme::valid_name(theme.get_ref()) {
        diags.push(
            Diagnostic::error(
                "manifest",
                format!("`theme` must be the name of a folder under themes/, not `{}`", theme.get_ref()),
            )
            .at(at(theme.span()))
            .hint("write e.g. `theme = \"default\"`: letters, digits, `-`, `_` and `.`, no `/`"),
        );
    }
    theme.get_ref().clone()
}

/// The document date: `SOURCE_DATE_EPOCH` (when set and not empty) wins over `date`.
fn document_date(
    raw: Option<&Spanned<toml::value::Datetime>>,
    epoch: Option<&str>,
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    diags: &mut Vec<Diagnostic>,
) -> Date {
    if let Some(value) = epoch.filter(|v| !v.is_empty()) {
        let parsed = value.bytes().all(|b| b.is_ascii_digit()).then(|| value.parse::<i64>().ok());
        if let Some(date) = parsed.flatten().and_then(Date::from_unix) {
            return date;
        }
        diags.push(
            Diagnostic::error(
                "environment",
                format!(
                    "SOURCE_DATE_EPOCH is `{value}`, expected a whole number of seconds since \
                     1970-01-01 UTC (e.g. 1714521600 for 2024-05-01)"
                ),
            )
            .hint("set SOURCE_DATE_EPOCH to `$(git log -1 --format=%ct)`, or unset it to use `date` from book.toml"),
        );
        return Date::EPOCH;
    }
    let Some(spanned) = raw else {
        diags.push(
            Diagnostic::warning("manifest", "no `date`: outputs carry 1970-01-01")
                .at(Location::file(FILE))
                .hint("add `date = YYYY-MM-DD` (or set SOURCE_DATE_EPOCH) so outputs show a real date"),
        );
        return Date::EPOCH;
    };
    match spanned.get_ref().date.and_then(|d| Date::new(i32::from(d.year), d.month, d.day)) {
        Some(date) => date,
        None => {
            diags.push(
                Diagnostic::error("manifest", "`date` must be a calendar date")
                    .at(at(spanned.span()))
                    .hint("write e.g. `date = 2021-08-31`"),
            );
            Date::EPOCH
        }
    }
}

#[cfg(test)]
mod tests;
