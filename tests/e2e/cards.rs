//! The cards edition: redesigned fronts, QR codes to the online edition, bleed boxes,
//! printer-safe margins.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Fixture, fixture, flatten, pdftotext, run_on};

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
    for needed in ["First step", "Book the bus.", "Plan a tour of the whole site.", "Duration", "Effort", "Method 2"]
    {
        assert!(front.contains(needed), "{needed:?} missing from the front:\n{front}");
    }
}

/// Text of one page.
fn page_text(pdf: &Path, n: usize) -> String {
    let page = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
