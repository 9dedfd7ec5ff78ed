//! QR codes for the card fronts: each role's card opens that role's checklist in the
//! online edition. Encoded here (the theme cannot), drawn by the theme as vector rects.

use std::collections::BTreeMap;

use qrcode::{Color, EcLevel, QrCode};
use serde::Serialize;

use crate::doc::{Block, LocalizedBook};

/// One card's QR code: the URL it encodes and its dark modules as horizontal runs.
#[derive(Debug, Serialize, PartialEq)]
pub struct Qr {
    /// The encoded address, also printed beside the code.
    pub url: String,
    /// Modules per side (without the quiet zone).
    pub size: usize,
    /// Dark runs as `[row, column, length]`: a few hundred rects instead of thousands.
    pub runs: Vec<[u16; 3]>,
}

/// The QR codes of a book's cards, by chapter id, in the order the theme lays out the
/// cards: each top-level checklists block in turn, each of its roles in turn. Empty
/// when the book has no `url` (no online edition to point at).
pub fn card_codes(book: &LocalizedBook) -> BTreeMap<String, Vec<Option<Qr>>> {
    let Some(base) = book.meta.url.as_deref().map(|u| u.trim_end_matches('/')) else {
        return BTreeMap::new();
    };
    let mut codes = BTreeMap::new();
    for chapter in book.chapters.iter().filter(|c| c.method.is_some()) {
        let mut list = Vec::new();
        let blocks = chapter.blocks.iter().filter_map(|b| match b {
            Block::Checklists { lists, .. } => Some(lists),
            _ => None,
        });
        for (n, lists) in blocks.enumerate() {
            for l in lists {
                let url = target(base, &book.locale, &chapter.id, l.role.key(), n + 1);
                // A URL too long for any QR version leaves that card without a code (a
                // `null` that keeps the others at their index).
                list.push(encode(url));
            }
        }
        codes.insert(chapter.id.clone(), list);
    }
    codes
}

/// The documented QR target (docs/site.md): `<url>/<locale>/<chapter>.html#checklist-<role>`,
/// with `-<n>` for the n-th checklists block of a chapter after the first.
pub fn target(base: &str, locale: &str, chapter: &str, role: &str, n: usize) -> String {
    let suffix = if n > 1 { format!("-{n}") } else { String::new() };
    format!("{base}/{locale}/{chapter}.html#checklist-{role}{suffix}")
}

/// Encode `url` at error correction level M (survives a smudge on a desk copy).
fn encode(url: String) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let size = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for (row, line) in colors.chunks(size).enumerate() {
        let mut col = 0;
        while col < size {
            if line[col] == Color::Dark {
                let start = col;
                while col < size && line[col] == Color::Dark {
                    col += 1;
                }
                runs.push([row as u16, start as u16, (col - start) as u16]);
            } else {
                col += 1;
            }
        }
    }
    Some(Qr { url, size, runs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_follows_the_documented_page_names() {
        assert_eq!(
            target("https://example.org/hb", "fi", "visit", "vet-provider", 1),
            "https://example.org/hb/fi/visit.html#checklist-vet-provider"
        );
        assert_eq!(
            target("https://x.org", "en", "visit", "student", 2),
            "https://x.org/en/visit.html#checklist-student-2"
        );
    }

    #[test]
    fn runs_cover_exactly_the_dark_modules() {
        let qr = encode("https://example.org/en/visit.html#checklist-student".into()).expect("encodes");
        let code = QrCode::with_error_correction_level(qr.url.as_bytes(), EcLevel::M).unwrap();
        let dark = code.to_colors().iter().filter(|c| **c == Color::Dark).count();
        assert_eq!(qr.runs.iter().map(|r| r[2] as usize).sum::<usize>(), dark);
        assert!(qr.runs.iter().all(|r| (r[1] + r[2]) as usize <= qr.size && (r[0] as usize) < qr.size));
        // Version 4 or more: 33+ modules for a URL of this length.
        assert!(qr.size >= 33, "{}", qr.size);
    }

    #[test]
    fn a_url_too_long_for_a_qr_code_gives_none() {
        assert!(encode("x".repeat(3000)).is_none());
    }
}
