//! The cards edition: redesigned fronts, QR codes to the online edition, bleed boxes,
//! printer-safe margins.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Fixture, fixture, flatten, page_text, pdftotext, raster, run_on};

const URL: &str = "https://handbook.example.org/vet";

/// The fixture with `url` in book.toml and `cards` lines replacing its `[cards]` table.
fn with_url(overlays: &[&str], cards: &str) -> Fixture {
    let f = fixture(overlays);
    let manifest = f.file("sources/book.toml");
    let text = std::fs::read_to_string(&manifest).expect("book.toml");
    let text = text.replace("[cards]\nlayout = \"imposed\"\n", &format!("[cards]\n{cards}\n"));
    std::fs::write(&manifest, format!("url = \"{URL}/\"\n{text}")).expect("write");
    f
}

fn build(f: &Fixture, extra: &[&str]) -> PathBuf {
    let out = f.file("out");
    let o = out.to_string_lossy().into_owned();
    let mut args = vec!["--out", o.as_str()];
    args.extend_from_slice(extra);
    let r = run_on("build", f.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    out
}

/// Render page `n` of `pdf` at 150 dpi and decode every QR code on it with zbarimg.
fn qr_codes(pdf: &Path, n: usize) -> BTreeSet<String> {
    let dir = pdf.parent().expect("parent");
    let stem = dir.join(format!("qr-{n}"));
    let page = n.to_string();
    let png = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-singlefile", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg(&stem)
        .status()
        .expect("pdftoppm is installed (poppler-utils)");
    assert!(png.success());
    let out = Command::new("zbarimg")
        .args(["-q", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(stem.with_extension("png"))
        .output()
        .expect("zbarimg is installed (zbar-tools)");
    // zbarimg exits 4 when it finds no code.
    assert!(matches!(out.status.code(), Some(0 | 4)), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

fn url(locale: &str, page: &str) -> String {
    format!("{URL}/{locale}/{page}")
}

/// The first sheet's fronts carry QR codes to each role's checklist on the method's page,
/// and the site has an element with each fragment as its id.
#[test]
fn each_card_front_has_a_qr_code_to_its_checklist_in_the_online_edition() {
    let f = with_url(&[], "layout = \"imposed\"");
    let out = build(&f, &["--locale", "fi"]);
    let pdf = out.join("fi/mini-fi-cards.pdf");
    let expected: BTreeSet<String> = [
        "visit.html#checklist-vet-provider",
        "visit.html#checklist-employer",
        "visit.html#checklist-student",
        "shadow.html#checklist-employer",
    ]
    .iter()
    .map(|p| url("fi", p))
    .collect();
    assert_eq!(qr_codes(&pdf, 1), expected);
    // Backs carry no code.
    assert!(qr_codes(&pdf, 2).is_empty());
    for target in &expected {
        let (page, id) = target.strip_prefix(&url("fi", "")).unwrap().split_once('#').unwrap();
        let html = std::fs::read_to_string(out.join("site/fi").join(page)).expect("site page");
        assert!(html.contains(&format!("id=\"{id}\"")), "{page} has no #{id}");
    }
    // The URL is printed beside the code (line breaks aside).
    let text: String = pdftotext(&pdf).chars().filter(|c| !c.is_whitespace() && *c != '\u{200b}').collect();
    assert!(text.contains(&url("fi", "shadow.html#checklist-employer")), "{text}");
}

/// A second checklists block in a chapter points at its numbered ids.
#[test]
fn a_second_checklists_block_points_at_its_numbered_ids() {
    let f = with_url(&["twin-checklists"], "layout = \"single\"");
    let out = build(&f, &["--locale", "en"]);
    let pdf = out.join("en/mini-en-cards.pdf");
    let pages = crate::common::pages(&pdf);
    let codes: BTreeSet<String> = (1..=pages).step_by(2).flat_map(|n| qr_codes(&pdf, n)).collect();
    let twins: Vec<&String> = codes.iter().filter(|c| c.contains("/en/twin.html#")).collect();
    assert!(twins.iter().any(|c| c.ends_with("-2")), "{codes:?}");
    let html = std::fs::read_to_string(out.join("site/en/twin.html")).expect("site page");
    for c in twins {
        let id = c.split_once('#').unwrap().1;
        assert!(html.contains(&format!("id=\"{id}\"")), "twin.html has no #{id}");
    }
}

/// Without `url` there is no online edition to point at: no code, no address.
#[test]
fn without_a_url_the_fronts_have_no_qr_code() {
    let f = fixture(&[]);
    let out = build(&f, &["--edition", "cards", "--locale", "en"]);
    let pdf = out.join("en/mini-en-cards.pdf");
    assert!(qr_codes(&pdf, 1).is_empty());
    assert!(!pdftotext(&pdf).contains("checklist-"));
}

/// The front names the role and the method, and shows the role's first step.
#[test]
fn the_front_shows_the_first_step_of_its_role() {
    let f = fixture(&[]);
    let out = build(&f, &["--edition", "cards", "--locale", "en"]);
    let pdf = out.join("en/mini-en-cards.pdf");
    let front = flatten(&page_text(&pdf, 1));
    for needed in
        ["First step", "Book the bus.", "Plan a tour of the whole site.", "Duration", "Effort", "Method 2"]
    {
        assert!(front.contains(needed), "{needed:?} missing from the front:\n{front}");
    }
}

const MM: f64 = 72.0 / 25.4;

/// The boxes of every page: (MediaBox, TrimBox, BleedBox), as qpdf reads them.
fn page_boxes(pdf: &Path) -> Vec<[Option<[f64; 4]>; 3]> {
    let objects = crate::links::pdf_objects(pdf);
    let rect = |v: &serde_json::Value| -> Option<[f64; 4]> {
        let a: Vec<f64> = v.as_array()?.iter().map(|n| n.as_f64()).collect::<Option<_>>()?;
        a.try_into().ok()
    };
    let mut pages: Vec<_> = objects
        .iter()
        .filter(|(_, v)| v["value"]["/Type"] == "/Page")
        .map(|(_, v)| {
            let d = &v["value"];
            [rect(&d["/MediaBox"]), rect(&d["/TrimBox"]), rect(&d["/BleedBox"])]
        })
        .collect();
    pages.sort_by(|a, b| a.partial_cmp(b).unwrap());
    pages
}

fn close(a: [f64; 4], b: [f64; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.05)
}

/// Single cards: a TrimBox of exactly A6 inside a 12 mm slug for the marks, and a
/// BleedBox 3 mm around it; the PDF stays well-formed.
#[test]
fn single_cards_have_an_a6_trim_box_and_a_3mm_bleed_box() {
    let f = with_url(&[], "layout = \"single\"");
    let out = build(&f, &["--edition", "cards", "--locale", "en"]);
    let pdf = out.join("en/mini-en-cards.pdf");
    let boxes = page_boxes(&pdf);
    assert_eq!(boxes.len(), 10);
    let (slug, bleed) = (12.0 * MM, 3.0 * MM);
    let (w, h) = (105.0 * MM, 148.0 * MM);
    for [media, trim, bleed_box] in boxes {
        assert!(close(media.unwrap(), [0.0, 0.0, w + 2.0 * slug, h + 2.0 * slug]), "{media:?}");
        assert!(close(trim.unwrap(), [slug, slug, slug + w, slug + h]), "{trim:?}");
        let b = [slug - bleed, slug - bleed, slug + w + bleed, slug + h + bleed];
        assert!(close(bleed_box.unwrap(), b), "{bleed_box:?}");
    }
    let check = Command::new("qpdf").arg("--check").arg(&pdf).output().expect("qpdf is installed");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    // Byte-identical again (QR codes and bleed boxes included).
    let again = f.file("again");
    let r = run_on(
        "build",
        f.path(),
        &["--out", &again.to_string_lossy(), "--edition", "cards", "--locale", "en"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = |p: &Path| std::fs::read(p).expect("read");
    assert!(bytes(&pdf) == bytes(&again.join("en/mini-en-cards.pdf")), "two builds differ");
}

/// The band's colour runs unbroken from the bleed across the trim line: no hairline.
#[test]
fn the_single_card_band_bleeds_without_a_seam() {
    let f = fixture(&[]);
    let manifest = f.file("sources/book.toml");
    let text = std::fs::read_to_string(&manifest).expect("book.toml");
    std::fs::write(&manifest, text.replace("layout = \"imposed\"", "layout = \"single\"")).expect("write");
    let out = build(&f, &["--edition", "cards", "--locale", "en"]);
    // The old seam showed at 96 and 600 dpi, not at 300: the edge must fall mid-pixel.
    for (dpi, page) in [(96, 1), (96, 2), (600, 1)] {
        let px = |mm: f64| (mm * dpi as f64 / 25.4).round() as usize;
        let (width, rgb) = raster(&out.join("en/mini-en-cards.pdf"), page, dpi);
        let at = |x: usize, y: usize| {
            let i = (y * width + x) * 3;
            [rgb[i], rgb[i + 1], rgb[i + 2]]
        };
        // Across the left trim line and down across the top one, inside the band.
        let band = at(px(12.0 + 5.0), px(12.0 + 5.0));
        assert_ne!(band, [255, 255, 255]);
        for x in px(12.0 - 2.5)..px(12.0 + 5.0) {
            assert_eq!(at(x, px(12.0 + 5.0)), band, "page {page} at {dpi} dpi: seam at x = {x} px");
        }
        for y in px(12.0 - 2.5)..px(12.0 + 5.0) {
            assert_eq!(at(px(40.0), y), band, "page {page} at {dpi} dpi: seam at y = {y} px");
        }
    }
}

/// A raster page with lookups by millimetre.
struct Page {
    dpi: f64,
    width: usize,
    rgb: Vec<u8>,
}

impl Page {
    fn new(pdf: &Path, n: usize, dpi: u32) -> Page {
        let (width, rgb) = raster(pdf, n, dpi);
        Page { dpi: dpi as f64, width, rgb }
    }

    fn px(&self, mm: f64) -> usize {
        (mm * self.dpi / 25.4).round() as usize
    }

    fn height(&self) -> usize {
        self.rgb.len() / 3 / self.width
    }

    fn white(&self, x: usize, y: usize) -> bool {
        let i = (y * self.width + x) * 3;
        self.rgb[i..i + 3].iter().all(|c| *c > 245)
    }

    /// Columns holding anything but white in rows `ys`.
    fn inked_columns(&self, ys: std::ops::Range<usize>) -> BTreeSet<usize> {
        ys.flat_map(|y| (0..self.width).filter(move |x| !self.white(*x, y))).collect()
    }
}

/// Ink columns grouped into runs of adjacent columns.
fn runs(columns: &BTreeSet<usize>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &c in columns {
        match out.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => out.push((c, c)),
        }
    }
    out
}

fn imposed(cards: &str) -> PathBuf {
    let f = fixture(&[]);
    let manifest = f.file("sources/book.toml");
    let text = std::fs::read_to_string(&manifest).expect("book.toml");
    std::fs::write(&manifest, text.replace("layout = \"imposed\"", cards)).expect("write");
    let out = build(&f, &["--edition", "cards", "--locale", "en"]);
    // Keep the project alive with the PDF: copy it out of the temporary folder.
    let keep =
        std::env::temp_dir().join(format!("vetpress-cards-{}-{}.pdf", std::process::id(), cards.len()));
    std::fs::copy(out.join("en/mini-en-cards.pdf"), &keep).expect("copy");
    keep
}

/// `[cards] margin`: in the top and bottom 5 mm of every A4 sheet only thin crop marks
/// at the cut lines; without it the cards run to the sheet's edge.
#[test]
fn a_card_margin_keeps_all_but_crop_marks_off_the_sheet_edge() {
    let pdf = imposed("layout = \"imposed\"\nmargin = \"5mm\"");
    for n in 1..=4 {
        let page = Page::new(&pdf, n, 100);
        let (top, bottom) = (0..page.px(5.0) - 1, page.height() - page.px(5.0) + 1..page.height());
        for strip in [top, bottom] {
            let ink = runs(&page.inked_columns(strip));
            // Three vertical cuts (two columns of cards), each a hairline.
            assert_eq!(ink.len(), 3, "page {n}: {ink:?}");
            assert!(ink.iter().all(|(a, b)| b - a <= 2), "page {n}: {ink:?}");
        }
        // The left and right 5 mm: only the three horizontal cuts.
        let left: BTreeSet<usize> =
            (0..page.height()).filter(|y| (0..page.px(5.0) - 1).any(|x| !page.white(x, *y))).collect();
        assert_eq!(runs(&left).len(), 3, "page {n}: {:?}", runs(&left));
        // The cards fill the sheet up to the margin: a band starts right under it (the
        // last sheet has its one card on the left of the front, the right of the back).
        let band = |x| !page.white(page.px(x), page.px(8.0));
        assert!(band(20.0) || band(190.0), "page {n}: no card at the margin");
    }
    let bare = imposed("layout = \"imposed\"");
    let page = Page::new(&bare, 1, 100);
    assert!(!page.white(page.px(20.0), page.px(1.0)), "without a margin the cards reach the edge");
    for p in [pdf, bare] {
        let _ = std::fs::remove_file(p);
    }
}

/// US Letter holds two true A6 cards side by side, off the sheet's edge.
#[test]
fn us_letter_cards_are_true_a6() {
    let pdf = imposed("layout = \"imposed\"\nsheet = \"us-letter\"");
    let info = Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo");
    assert!(String::from_utf8_lossy(&info.stdout).contains("612 x 792 pts (letter)"));
    // 5 cards, two a sheet: three sheets, front and back.
    assert_eq!(crate::common::pages(&pdf), 6);
    let page = Page::new(&pdf, 1, 150);
    // The band of the row of cards, 5 mm below the top of the cards.
    let top = (279.4 - 148.0) / 2.0;
    let band = runs(&page.inked_columns(page.px(top + 5.0)..page.px(top + 5.0) + 1));
    let x0 = (215.9 - 210.0) / 2.0;
    let (start, end) = (band.first().unwrap().0, band.last().unwrap().1);
    assert!(start.abs_diff(page.px(x0)) <= 1 && end.abs_diff(page.px(x0 + 210.0)) <= 1, "{band:?}");
    // Nothing above the cards but crop marks.
    let above = runs(&page.inked_columns(0..page.px(top - 1.5)));
    assert!(above.len() == 3 && above.iter().all(|(a, b)| b - a <= 2), "{above:?}");
    let _ = std::fs::remove_file(pdf);
}

/// A hostile `url` is encoded and printed literally, never evaluated by the theme.
#[test]
fn a_hostile_url_prints_and_encodes_literally() {
    let f = fixture(&[]);
    let manifest = f.file("sources/book.toml");
    let text = std::fs::read_to_string(&manifest).expect("book.toml");
    let hostile = r#"https://x.org/#read("/etc/passwd")/$y$/<script>"#;
    std::fs::write(&manifest, format!("url = '{hostile}'\n{text}")).expect("write");
    let out = build(&f, &["--edition", "cards", "--locale", "en"]);
    let pdf = out.join("en/mini-en-cards.pdf");
    let expected = format!("{hostile}/en/visit.html#checklist-student");
    assert!(qr_codes(&pdf, 1).contains(&expected), "{:?}", qr_codes(&pdf, 1));
    let printed: String = pdftotext(&pdf).chars().filter(|c| !c.is_whitespace()).collect();
    assert!(printed.contains(&expected), "{printed}");
}
