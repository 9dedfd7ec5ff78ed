//! Writing direction of a locale: right-to-left scripts lay out pages, e-books and the
//! site from the right.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// The base direction of a locale's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Greek, ...).
    #[default]
    Ltr,
    /// Right to left (Arabic, Hebrew, ...).
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`, as HTML's `dir` and Typst's `dir` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// Whether this is right to left.
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// Languages written right to left in their usual script (ISO 639).
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "lrc", "mzn", "nqo", "pnb", "ps", "sd", "syr",
    "ug", "ur", "yi",
];

/// Scripts written right to left (ISO 15924): a script subtag decides over the language
/// (`az-Arab` is right to left, `ku-Latn` left to right).
const RTL_SCRIPTS: &[&str] = &["adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa"];

/// The direction of a BCP 47 locale tag; an unparsable tag is left to right.
pub fn of_locale(tag: &str) -> Direction {
    let Ok(id) = tag.parse::<LanguageIdentifier>() else { return Direction::Ltr };
    let rtl = match id.script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str().to_ascii_lowercase().as_str()),
        None => RTL_LANGUAGES.contains(&id.language.as_str()),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_hebrew_persian_and_urdu_are_right_to_left() {
        for tag in ["ar", "ar-EG", "he", "he-IL", "fa", "ur-PK", "yi", "ckb"] {
            assert_eq!(of_locale(tag), Direction::Rtl, "{tag}");
        }
    }

    #[test]
    fn european_locales_are_left_to_right() {
        for tag in ["en", "fi", "sv-FI", "is", "nl-BE", "de", "fr", "el", "ru"] {
            assert_eq!(of_locale(tag), Direction::Ltr, "{tag}");
        }
    }

    #[test]
    fn the_script_decides_over_the_language() {
        assert_eq!(of_locale("az-Arab"), Direction::Rtl);
        assert_eq!(of_locale("ku-Latn"), Direction::Ltr);
        assert_eq!(of_locale("pa-Arab"), Direction::Rtl);
        assert_eq!(of_locale("ar-Latn"), Direction::Ltr);
    }

    #[test]
    fn a_bad_tag_is_left_to_right() {
        assert_eq!(of_locale("not a tag!"), Direction::Ltr);
        assert_eq!(Direction::Rtl.as_str(), "rtl");
    }
}
