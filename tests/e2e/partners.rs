//! Co-branded partner editions: `[[partners]]` and `build --partner`.

use std::path::Path;
use std::process::Command;

use crate::common::{fixture, flatten, page_text, pages, raster, repo, run_on, with_status};

/// The text of page `n` of a PDF, whitespace collapsed.
fn flat_page(pdf: &Path, n: usize) -> String {
    flatten(&page_text(pdf, n))
}

/// The pages of a PDF that draw a raster image of `(width, height)` (`pdfimages -list`).
fn pages_with_image(pdf: &Path, size: (u32, u32)) -> Vec<usize> {
    let out = Command::new("pdfimages").arg("-list").arg(pdf).output().expect("pdfimages is installed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            let found = (cols.get(3)?.parse().ok()?, cols.get(4)?.parse().ok()?);
            (found == size).then(|| cols.first()?.parse().ok())?
        })
        .collect::<std::collections::BTreeSet<usize>>()
        .into_iter()
        .collect()
}

/// Text without any whitespace: a long name breaks where the page is narrow.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Pixels of page `n` close to `rgb` (the SVG logo's yellow arc, a colour the plain
/// cover does not have).
fn pixels_like(pdf: &Path, n: usize, rgb: [u8; 3]) -> usize {
    let (_, px) = raster(pdf, n, 40);
    px.chunks(3).filter(|p| p.iter().zip(rgb).all(|(a, b)| a.abs_diff(b) < 24)).count()
}

fn build(project: &Path, out: &Path, extra: &[&str]) -> crate::common::Run {
    let out = out.to_string_lossy().into_owned();
    let mut args = vec!["--out", out.as_str()];
    args.extend_from_slice(extra);
    run_on("build", project, &args)
}

const ESIMERKKI_YELLOW: [u8; 3] = [0xf2, 0xb1, 0x34];

#[test]
fn both_partners_of_the_shipped_handbook_get_their_editions_and_the_plain_ones_stay() {
    let out = tempfile::tempdir().expect("tempdir");
    let select = ["--locale", "fi,nl", "--edition", "handbook,cards"];
    let r = build(&repo(), out.path(), &[&select[..], &["--partner", "all"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names = [
        ("fi", "esimerkki", "Esimerkki-ammattiopisto"),
        ("fi", "voorbeeld", "Työnantajayhdistys Voorbeeld"),
        ("nl", "esimerkki", "Beroepsopleiding Esimerkki"),
        ("nl", "voorbeeld", "Werkgeversvereniging Voorbeeld"),
    ];
    for (locale, id, name) in names {
        let handbook = out.path().join(format!("{locale}/vet-at-work-{locale}-{id}.pdf"));
        let cards = out.path().join(format!("{locale}/vet-at-work-{locale}-{id}-cards.pdf"));
        let last = pages(&handbook);
        for (what, page) in [("cover", 1), ("title page", 2), ("colophon", last)] {
            assert!(flat_page(&handbook, page).contains(name), "{locale} {id}: no {name:?} on the {what}");
        }
        let colophon = flat_page(&handbook, last);
        assert!(colophon.contains(&format!("example.org/{id}")), "{locale} {id}: no contact:\n{colophon}");
        // The imposed sheet of backs follows the sheet of fronts.
        assert!(flat_page(&cards, 2).contains(name), "{locale} {id}: no name on the card backs");
        assert!(!flat_page(&cards, 1).contains(name), "{locale} {id}: the name is on the fronts");
        if id == "voorbeeld" {
            // The PNG logo, 128 px square, on the cover, title page, colophon and backs.
            assert_eq!(pages_with_image(&handbook, (128, 128)), [1, 2, last], "{locale}");
            assert!(pages_with_image(&cards, (128, 128)).contains(&2), "{locale}: no logo on the backs");
        } else {
            assert!(pixels_like(&handbook, 1, ESIMERKKI_YELLOW) > 4, "{locale}: no SVG logo on the cover");
        }
    }
    let fi = out.path().join("fi/vet-at-work-fi.pdf");
    assert!(!flat_page(&fi, 1).contains("Esimerkki"), "the plain cover names a partner");
    assert_eq!(pixels_like(&fi, 1, ESIMERKKI_YELLOW), 0, "the plain cover draws a partner logo");
    assert!(!out.path().join("fi/vet-at-work-fi-esimerkki.epub").exists());

    let plain = tempfile::tempdir().expect("tempdir");
    let r = build(&repo(), plain.path(), &["--locale", "fi", "--edition", "handbook,cards"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for file in ["fi/vet-at-work-fi.pdf", "fi/vet-at-work-fi-cards.pdf"] {
        let with = std::fs::read(out.path().join(file)).expect("built with --partner");
        let without = std::fs::read(plain.path().join(file)).expect("built without");
        assert!(with == without, "{file} differs when partners are built too");
    }
}

#[test]
fn an_unknown_partner_is_an_error_that_lists_the_partners() {
    let out = tempfile::tempdir().expect("tempdir");
    let r = build(&repo(), out.path(), &["--locale", "fi", "--partner", "esimerkki,acme"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("no partner `acme` in book.toml; partners: esimerkki, voorbeeld"),
        "{}",
        r.stderr
    );
    assert!(!out.path().join("fi").exists(), "a build ran");
}

#[test]
fn hostile_partner_text_prints_literally_and_a_partner_locale_falls_back() {
    let f = fixture(&["partners"]);
    let out = f.file("out");
    let r = build(f.path(), &out, &["--edition", "handbook,cards", "--partner", "all"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Literal, with the straight quotes of prose set as English curly ones.
    let name = "<script>alert(1)</script> #read(“/etc/passwd”) {{ x }} $x^2$ @label";
    for locale in ["en", "fi"] {
        let handbook = out.join(format!("{locale}/mini-{locale}-hostile.pdf"));
        let cards = out.join(format!("{locale}/mini-{locale}-hostile-cards.pdf"));
        let last = pages(&handbook);
        for page in [1, 2, last] {
            let text = flat_page(&handbook, page);
            assert!(squash(&text).contains(&squash(name)), "{locale} p. {page}:\n{text}");
        }
        let colophon = flat_page(&handbook, last);
        for literal in [
            // A word holding a web address stays exactly as written, quotes included.
            r#"Write to “><img src=x onerror=alert(1)> at the desk or #link("https://evil.example")."#,
            "= not a heading </script> {{ y }}",
        ] {
            assert!(colophon.contains(literal), "{locale}: {literal:?} not printed literally:\n{colophon}");
        }
        assert!(squash(&flat_page(&cards, 2)).contains(&squash(name)), "{locale}: no name on the card backs");
        assert_eq!(pages_with_image(&handbook, (48, 24)), [1, 2, last], "{locale}");
        assert!(!pages_with_image(&cards, (48, 24)).is_empty(), "{locale}: no logo on the cards");
    }
    assert!(r.stderr.contains("`partner-hostile-name` is not translated into `fi`"), "{}", r.stderr);

    // A build without `--partner` leaves the partner editions alone: they are outputs
    // the project can make, not leftovers.
    let r = build(f.path(), &out, &["--edition", "handbook"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(out.join("en/mini-en-hostile.pdf").exists() && out.join("fi/mini-fi-hostile-cards.pdf").exists());
}

#[test]
fn check_reports_a_missing_partner_message_and_a_bad_logo_in_book_toml() {
    let f = fixture(&["partners"]);
    let toml_path = f.file("sources/book.toml");
    let toml = std::fs::read_to_string(&toml_path).expect("book.toml");
    std::fs::write(&toml_path, toml.replace("assets/partner.png", "assets/none.png")).expect("write");
    let ftl = f.file("locales/en/partners.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("partner-hostile-name")).collect();
    std::fs::write(&ftl, kept.join("\n")).expect("write");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let line_of = |needle: &str| toml.lines().position(|l| l.contains(needle)).expect("in book.toml") + 1;
    let id_at = format!("sources/book.toml:{}:", line_of("id = \"hostile\""));
    let logo_at = format!("sources/book.toml:{}:", line_of("logo = "));
    assert!(
        r.stderr.lines().any(|l| l.starts_with(&id_at) && l.contains("`partner-hostile-name`")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("add `partner-hostile-name` to locales/en/partners.ftl"), "{}", r.stderr);
    assert!(
        r.stderr
            .lines()
            .any(|l| l.starts_with(&logo_at) && l.contains("partner `hostile`") && l.contains("none.png")),
        "{}",
        r.stderr
    );
}

#[test]
fn check_compiles_the_partner_editions_of_the_theme() {
    let f = fixture(&["partners"]);
    let handbook = f.file("themes/default/handbook.typ");
    let typ = std::fs::read_to_string(&handbook).expect("handbook.typ");
    let broken = typ.replace("partner-mark(8mm, 9pt)", "partner-mark(8mm, 9pt, no-such-thing)");
    assert_ne!(typ, broken, "the colophon no longer places the partner mark");
    std::fs::write(&handbook, broken).expect("write");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .lines()
            .any(|l| l.starts_with("themes/default/handbook.typ:") && l.contains("no-such-thing")),
        "{}",
        r.stderr
    );
}

#[test]
fn the_default_theme_prints_the_theme_logo_on_the_cover() {
    let f = fixture(&[]);
    let settings = f.file("themes/default/theme.toml");
    let toml = std::fs::read_to_string(&settings).expect("theme.toml");
    std::fs::write(&settings, format!("logo = \"logo.png\"\n{toml}")).expect("write");
    std::fs::copy(
        repo().join("tests/fixtures/partners/sources/assets/partner.png"),
        f.file("themes/default/logo.png"),
    )
    .expect("copy");
    let out = f.file("out");
    let r = build(f.path(), &out, &["--locale", "en", "--edition", "handbook"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(pages_with_image(&out.join("en/mini-en.pdf"), (48, 24)), [1]);
}

#[test]
fn an_image_in_a_partner_contact_is_an_input_of_the_partner_edition() {
    let f = fixture(&["partners"]);
    let assets = f.file("sources/assets");
    std::fs::copy(assets.join("partner.png"), assets.join("seal.png")).expect("copy");
    let ftl =
        "partner-hostile-name = Hostile\npartner-hostile-contact = Our seal: ![seal](assets/seal.png)\n";
    std::fs::write(f.file("locales/en/partners.ftl"), ftl).expect("write");
    let out = f.file("out");
    let args = ["--edition", "handbook", "--locale", "en", "--partner", "all"];
    let first = build(f.path(), &out, &args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let again = build(f.path(), &out, &args);
    assert_eq!(
        with_status(&again, "fresh"),
        ["en/mini-en-hostile.pdf", "en/mini-en.pdf"],
        "{}",
        again.stderr
    );
    let other = repo().join("sources/assets/partner-voorbeeld.png");
    std::fs::copy(other, assets.join("seal.png")).expect("replace the seal");
    let changed = build(f.path(), &out, &args);
    assert!(
        with_status(&changed, "built").contains(&"en/mini-en-hostile.pdf".to_string()),
        "a new contact image did not rebuild the partner edition:\n{}",
        changed.stderr
    );
}
