//! Right-to-left: the Arabic fixture builds every edition laid out from the right, with
//! the Arabic font from Debian's `fonts-hosny-amiri` passed with `--font-path`.

use std::path::Path;
use std::process::Command;

use crate::common::{Fixture, epub_entry, fixture, pdftotext, raster, run_on};
use crate::fonts::{amiri, pdf_fonts};

/// The Arabic fixture (plus its English reference) built in full, with the Arabic font.
fn built() -> Option<Fixture> {
    let font = amiri()?;
    let f = fixture(&["arabic"]);
    let r = run_on("build", f.path(), &["--font-path", &font.to_string_lossy()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 warnings"), "{}", r.stderr);
    Some(f)
}

/// Text without white space and bidi controls.
fn bare(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect()
}

/// A word `pdftotext -bbox` found: its left edge, top edge and text.
struct Word {
    x: f64,
    y: f64,
    text: String,
}

/// The width of page `n` and the words on it.
fn words(pdf: &Path, n: usize) -> (f64, Vec<Word>) {
    let page = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |line: &str, name: &str| -> f64 {
        let from = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[from..].split('"').next().and_then(|v| v.parse().ok()).expect("number")
    };
    let width = html.lines().find(|l| l.contains("<page ")).map(|l| attr(l, "width")).expect("a page");
    let words = html
        .lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .map(|l| Word {
            x: attr(l, "xMin"),
            y: attr(l, "yMin"),
            text: l.split('>').nth(1).and_then(|t| t.split('<').next()).unwrap_or_default().to_string(),
        })
        .collect();
    (width, words)
}

/// The page of the practice chapter (its table has the only "16").
fn practice_page(pdf: &Path) -> (f64, Vec<Word>) {
    (1..=crate::common::pages(pdf))
        .map(|n| words(pdf, n))
        .find(|(_, w)| w.iter().any(|w| w.text == "16"))
        .expect("the practice chapter")
}

/// Where the table's week column stands against its hours column (row "2 … 16"), and where
/// the first list marker stands on the page, as a fraction of the page width.
fn layout(pdf: &Path) -> (bool, f64) {
    let (width, words) = practice_page(pdf);
    let hours = words.iter().find(|w| w.text == "16").expect("16");
    let week = words.iter().find(|w| w.text == "2" && (w.y - hours.y).abs() < 1.0).expect("2 in its row");
    let marker =
        words.iter().filter(|w| w.text.starts_with('1')).min_by(|a, b| a.y.total_cmp(&b.y)).expect("1.");
    (week.x > hours.x, marker.x / width)
}

/// The horizontal centre of the ink in a part of a page, as a fraction of that part's
/// width: text aligned to the right has it right of the middle.
fn ink_centre(pdf: &Path, page: usize, x: (f64, f64), y: (f64, f64)) -> f64 {
    let (w, rgb) = raster(pdf, page, 30);
    let h = rgb.len() / 3 / w;
    let (x0, x1) = ((x.0 * w as f64) as usize, (x.1 * w as f64) as usize);
    let (y0, y1) = ((y.0 * h as f64) as usize, (y.1 * h as f64) as usize);
    let (mut sum, mut count) = (0.0, 0.0);
    for row in y0..y1 {
        for col in x0..x1 {
            let p = 3 * (row * w + col);
            if rgb[p..p + 3].iter().any(|&c| c < 160) {
                sum += (col - x0) as f64;
                count += 1.0;
            }
        }
    }
    assert!(count > 0.0, "no ink on page {page} of {}", pdf.display());
    sum / count / (x1 - x0) as f64
}

#[test]
fn the_arabic_handbook_lays_out_from_the_right() {
    let Some(f) = built() else { return };
    let (ar, en) = (f.file("out/ar/mini-ar.pdf"), f.file("out/en/mini-en.pdf"));
    // pdftotext wraps right-to-left runs in bidi embeddings and splits some words at
    // kerning gaps: compare without either.
    let text = bare(&pdftotext(&ar));
    for phrase in ["زيارة شركة", "اتفقوا على المواعيد", "اجعلوها مكتوبة"]
    {
        assert!(text.contains(&bare(phrase)), "{phrase} missing from:\n{text}");
    }
    assert!(pdf_fonts(&ar).contains("Amiri-Regular"), "Arabic set in Amiri");
    let problems = crate::outputs::check_pdf(&ar);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Table columns and list markers: the first column and the marker on the right.
    let (week_right_of_hours, marker) = layout(&ar);
    assert!(week_right_of_hours, "the first column of an Arabic table is the rightmost");
    assert!(marker > 0.6, "list marker at {marker} of the width");
    let (week_right_of_hours, marker) = layout(&en);
    assert!(!week_right_of_hours && marker < 0.4, "English stays left to right ({marker})");
    // The title page is aligned to the start: the right in Arabic, the left in English.
    let (ar_ink, en_ink) =
        (ink_centre(&ar, 2, (0.0, 1.0), (0.0, 1.0)), ink_centre(&en, 2, (0.0, 1.0), (0.0, 1.0)));
    assert!(ar_ink > 0.55 && en_ink < 0.45, "title page ink centre: ar {ar_ink}, en {en_ink}");
}

#[test]
fn the_arabic_cards_lay_out_from_the_right() {
    let Some(f) = built() else { return };
    let (ar, en) = (f.file("out/ar/mini-ar-cards.pdf"), f.file("out/en/mini-en-cards.pdf"));
    assert!(bare(&pdftotext(&ar)).contains(&bare("الخطوة الأولى")));
    let problems = crate::outputs::check_pdf(&ar);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The body of the top-left card of the first (front) sheet, below its band.
    let body = |pdf: &Path| ink_centre(pdf, 1, (0.0, 0.5), (0.1, 0.45));
    let (ar_ink, en_ink) = (body(&ar), body(&en));
    assert!(ar_ink > 0.55 && en_ink < 0.45, "card front ink centre: ar {ar_ink}, en {en_ink}");
}

#[test]
fn the_arabic_epub_and_site_say_rtl() {
    let Some(f) = built() else { return };
    let epub = f.file("out/ar/mini-ar.epub");
    let page = epub_entry(&epub, "OEBPS/chapter-visit.xhtml");
    assert!(page.contains("xml:lang=\"ar\" lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(page.contains("<body dir=\"rtl\">"), "{page}");
    let opf = epub_entry(&epub, "OEBPS/content.opf");
    assert!(opf.contains("<spine page-progression-direction=\"rtl\">"), "{opf}");
    let en = epub_entry(&f.file("out/en/mini-en.epub"), "OEBPS/content.opf");
    assert!(en.contains("<spine>") && !en.contains("rtl"), "English stays left to right");
    let problems = crate::outputs::epubcheck(&f.file("out"));
    assert!(problems.is_empty(), "EPUBCheck found:\n{}", problems.join("\n"));
    let site = std::fs::read_to_string(f.file("out/site/ar/visit.html")).expect("Arabic site page");
    assert!(site.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"), "{site}");
    let english = std::fs::read_to_string(f.file("out/site/en/visit.html")).expect("English site page");
    assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{english}");
}
