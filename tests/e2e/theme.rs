//! The Typst theme: images and tables in print, content Typst drops is an error, `check`
//! compiles the theme, card fronts too small for their text are reported.

use std::io::Read;
use std::path::Path;
use std::process::Command;

use crate::common::{fixture, flatten, pdftotext, run_on};

/// `(width, height)` in pixels of every image drawn in a PDF (poppler's `pdfimages -list`).
fn pdf_images(path: &Path) -> Vec<(u32, u32)> {
    let out = Command::new("pdfimages").arg("-list").arg(path).output().expect("pdfimages is installed");
    assert!(out.status.success(), "pdfimages failed on {}", path.display());
    // Two header lines, then: page num type width height ...
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            Some((cols.get(3)?.parse().ok()?, cols.get(4)?.parse().ok()?))
        })
        .collect()
}

fn build(project: &Path, extra: &[&str]) -> crate::common::Run {
    let out = project.join("out").to_string_lossy().into_owned();
    let mut args = vec!["--out", out.as_str(), "--force"];
    args.extend_from_slice(extra);
    run_on("build", project, &args)
}

#[test]
fn images_and_tables_print_in_the_handbook_and_stay_in_the_epub() {
    let f = fixture(&["images"]);
    let r = build(f.path(), &["--locale", "en", "--edition", "handbook", "--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("ignored"), "{}", r.stderr);
    let pdf = f.file("out/en/mini-en.pdf");
    let images = pdf_images(&pdf);
    assert!(images.contains(&(640, 240)), "the block image is missing: {images:?}");
    assert!(images.contains(&(16, 16)), "the inline image is missing: {images:?}");
    let text = flatten(&pdftotext(&pdf));
    for cell in ["Role", "Task", "Student Ask questions Employer Plan the tour"] {
        assert!(text.contains(cell), "table cell {cell:?} not printed:\n{text}");
    }
    assert!(text.contains("A green dot") && text.contains("marks a finished step."), "{text}");

    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(f.file("out/en/mini-en.epub")).expect("epub")).expect("zip");
    for image in ["OEBPS/assets/bar.png", "OEBPS/assets/dot.png"] {
        assert!(zip.by_name(image).is_ok(), "{image} not in the EPUB");
    }
    let mut xhtml = String::new();
    zip.by_name("OEBPS/chapter-pictures.xhtml").expect("chapter").read_to_string(&mut xhtml).expect("utf-8");
    assert!(
        xhtml.contains(r#"<img src="assets/bar.png" alt="A bar chart of visits per month"/>"#),
        "{xhtml}"
    );
    assert!(xhtml.contains(r#"<img src="assets/dot.png" alt="a green dot"/>"#), "{xhtml}");
}

#[test]
fn image_alt_text_is_in_the_tagged_pdf() {
    let f = fixture(&["images"]);
    let r = build(f.path(), &["--locale", "en", "--edition", "handbook"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The structure tree is in compressed object streams: let qpdf expand them.
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(f.file("out/en/mini-en.pdf"))
        .arg("-")
        .output()
        .expect("qpdf is installed");
    let pdf = String::from_utf8_lossy(&out.stdout);
    for alt in ["A bar chart of visits per month", "a green dot"] {
        assert!(pdf.contains(&format!("/Alt ({alt})")), "no /Alt ({alt}) in the PDF");
    }
}

#[test]
fn content_the_theme_drops_is_a_located_error() {
    let f = fixture(&[]);
    let theme = f.file("themes/default/handbook.typ");
    let text = std::fs::read_to_string(&theme).expect("theme");
    // A block inside a paragraph: Typst only warns and leaves it out of the PDF.
    std::fs::write(&theme, text.replace("#outline(", "#par(block[Dropped])\n#outline(")).expect("write");
    let line = text.lines().position(|l| l.starts_with("#outline(")).expect("outline line") + 1;
    let r = build(f.path(), &["--locale", "en", "--edition", "handbook"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let expected = format!(
        "themes/default/handbook.typ:{line}:6: error[typst]: block may not occur inside of a paragraph and was ignored"
    );
    assert!(r.stderr.contains(&expected), "{}", r.stderr);
    assert!(!f.file("out/en/mini-en.pdf").exists());
}

#[test]
fn check_compiles_the_theme_and_locates_its_errors() {
    let f = fixture(&["broken-theme"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("themes/default/handbook.typ:4:2: error[typst]: unknown variable: no-such-function"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("check failed"), "{}", r.stderr);
}

#[test]
fn check_reports_content_the_theme_drops() {
    let f = fixture(&[]);
    let theme = f.file("themes/default/cards.typ");
    let text = std::fs::read_to_string(&theme).expect("theme");
    std::fs::write(&theme, format!("{text}\n#par(block[Dropped])\n")).expect("write");
    let line = text.lines().count() + 2;
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("themes/default/cards.typ:{line}:6: error[typst]")), "{}", r.stderr);
}

#[test]
fn a_card_title_too_long_for_the_front_is_shrunk_or_reported() {
    let f = fixture(&["long-title"]);
    let r = build(f.path(), &["--edition", "cards"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // English: the title is set smaller; Finnish: even the smallest size is cut off.
    assert!(
        r.stderr.contains("note: en/mini-en-cards.pdf: method 3 card front: title shrunk to"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("warning[card-fit]: method 3 card front (fi): the title and summary do not fit"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("method 3 card front (en)"), "{}", r.stderr);
    let strict = build(f.path(), &["--edition", "cards", "--strict"]);
    assert_eq!(strict.code, 1, "a cut-off card passes --strict:\n{}", strict.stderr);
    let check = run_on("check", f.path(), &["--strict"]);
    assert_eq!(check.code, 0, "the reference (en) fits after shrinking:\n{}", check.stderr);
}

/// Replace `from` with `to` in the fixture's theme.toml.
fn edit_theme_toml(f: &crate::common::Fixture, from: &str, to: &str) {
    let path = f.file("themes/default/theme.toml");
    let text = std::fs::read_to_string(&path).expect("theme.toml");
    assert!(text.contains(from), "theme.toml lacks {from}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write theme.toml");
}

#[test]
fn check_names_a_font_family_no_font_has_at_theme_toml_with_the_nearest_family() {
    let f = fixture(&[]);
    edit_theme_toml(&f, "body = [\"Libertinus Serif\"]", "body = [\"Libertinus Serf\"]");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let line = r.stderr.lines().find(|l| l.contains("theme-font")).expect("a theme-font error");
    assert!(line.starts_with("themes/default/theme.toml:4:10: error[theme-font]"), "{line}");
    assert!(line.contains("`Libertinus Serf` is not available"), "{line}");
    assert!(r.stderr.contains("did you mean `Libertinus Serif`?"), "{}", r.stderr);
    // One problem, one diagnostic: not also Typst's warning at every use of the family.
    assert!(!r.stderr.contains("unknown font family"), "{}", r.stderr);
}

#[test]
fn a_family_nothing_resembles_lists_the_available_ones() {
    let f = fixture(&[]);
    edit_theme_toml(&f, "mono = [\"DejaVu Sans Mono\"]", "mono = [\"Zzyzx Grotesk\"]");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("font family `Zzyzx Grotesk` is not available"), "{}", r.stderr);
    assert!(r.stderr.contains("available families:"), "{}", r.stderr);
    assert!(r.stderr.contains("DejaVu Sans Mono"), "{}", r.stderr);
}

#[test]
fn a_colour_the_renderers_need_missing_from_theme_toml_is_an_error_there() {
    let f = fixture(&[]);
    edit_theme_toml(&f, "student = ", "studnet = ");
    for cmd in ["check", "build"] {
        let r = run_on(cmd, f.path(), &[]);
        assert_eq!(r.code, 1, "{cmd}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("themes/default/theme.toml:8:1: error[theme]: theme.toml has no colour `student`"),
            "{cmd}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("did you mean `studnet`?"), "{cmd}: {}", r.stderr);
    }
}

/// The files of `from` (at any depth) that `to` lacks, copied into `to`.
fn fill_from(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("theme folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fill_from(&entry.path(), &target);
        } else if !target.exists() {
            std::fs::create_dir_all(to).expect("mkdir");
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// `(r, g, b)` of the pixel at (`x`, `y`) of page `page` rendered at 10 dpi.
fn pixel(pdf: &Path, page: usize, x: usize, y: usize) -> (u8, u8, u8) {
    let (width, rgb) = crate::common::raster(pdf, page, 10);
    let i = 3 * (y * width + x);
    (rgb[i], rgb[i + 1], rgb[i + 2])
}

/// docs/theming.md's way to a partner theme: `vetpress init --theme`, the changed files
/// under a new name (the fixture's `themes/harbour/`), the rest kept from the default.
#[test]
fn a_second_theme_started_from_the_default_builds_every_edition_in_its_own_style() {
    let f = fixture(&["second-theme"]);
    std::fs::remove_dir_all(f.file("themes/default")).expect("rm");
    let p = f.path().to_string_lossy().into_owned();
    let r = crate::common::vetpress(&["init", "--theme", &p]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    fill_from(&f.file("themes/default"), &f.file("themes/harbour"));
    std::fs::remove_dir_all(f.file("themes/default")).expect("rm");
    let check = run_on("check", f.path(), &["--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let r = build(f.path(), &["--strict"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let pdf = f.file("out/fi/mini-fi.pdf");
    let info = Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo");
    assert!(String::from_utf8_lossy(&info.stdout).contains("(A4)"), "book.toml's paper is not used");
    assert!(pdf_images(&pdf).contains(&(96, 96)), "the theme's logo is not printed");
    let fonts = Command::new("pdffonts").arg(&pdf).output().expect("pdffonts");
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.contains("NewCM10") && !fonts.contains("Libertinus"),
        "theme.toml's fonts are not used:\n{fonts}"
    );
    // The cover's band at the foot is the theme's accent (#0b6e4f); its top is white.
    let (r, g, b) = pixel(&pdf, 1, 40, 112);
    assert!(r < 40 && (90..130).contains(&g) && (60..100).contains(&b), "band is ({r}, {g}, {b})");
    assert_eq!(pixel(&pdf, 1, 78, 10), (255, 255, 255));
    let text = flatten(&pdftotext(&pdf));
    assert!(text.contains("Yritysvierailu"), "{text}");

    let css = crate::common::epub_entry(&f.file("out/en/mini-en.epub"), "OEBPS/stylesheet.css");
    assert!(
        css.starts_with("/* Harbour e-book style")
            && css.contains("color: #0b6e4f;")
            && !css.contains("var("),
        "{css}"
    );
    let colours = std::fs::read_to_string(f.file("out/site/assets/colours.css")).expect("site colours");
    assert!(colours.contains("--vp-accent: #0b6e4f;"), "{colours}");
    assert!(f.file("out/en/mini-en-cards.pdf").is_file() && f.file("out/site/fi/index.html").is_file());
}
