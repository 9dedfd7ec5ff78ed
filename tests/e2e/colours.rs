//! theme.toml is the one place for colours: the PDF, the EPUB's stylesheet and the site's
//! colours all follow it, and a colour name it lacks is an error where it is used.

use std::path::Path;

use crate::common::{Fixture, epub_entry, fixture, pages, raster, run_on};

/// A red no default colour is near.
const RED: (u8, u8, u8) = (0xc8, 0x10, 0x2e);

fn edit(f: &Fixture, rel: &str, from: &str, to: &str) {
    let path = f.file(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn build(f: &Fixture) {
    let r = run_on("build", f.path(), &["--locale", "en", "--edition", "handbook,epub,site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// Pixels of `colour` (give or take 24 per channel) over every page at 72 dpi.
fn pixels_of(pdf: &Path, colour: (u8, u8, u8)) -> usize {
    let near = |a: u8, b: u8| a.abs_diff(b) <= 24;
    (1..=pages(pdf))
        .map(|n| {
            let (_, rgb) = raster(pdf, n, 72);
            rgb.chunks_exact(3)
                .filter(|p| near(p[0], colour.0) && near(p[1], colour.1) && near(p[2], colour.2))
                .count()
        })
        .sum()
}

#[test]
fn the_accent_of_theme_toml_colours_the_pdf_the_epub_and_the_site() {
    let f = fixture(&[]);
    build(&f);
    let pdf = f.file("out/en/mini-en.pdf");
    let epub = f.file("out/en/mini-en.epub");
    assert_eq!(pixels_of(&pdf, RED), 0, "the default theme already prints the test's red");
    let css = epub_entry(&epub, "OEBPS/stylesheet.css");
    // Values, not custom properties: reading systems without them would show no colour.
    assert!(
        css.contains("h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.2; color: #1b5e7a; }"),
        "{css}"
    );
    assert!(!css.contains("var("), "{css}");

    edit(&f, "themes/default/theme.toml", "accent = \"#1b5e7a\"", "accent = \"#c8102e\"");
    build(&f);
    let red = pixels_of(&pdf, RED);
    assert!(red > 100, "only {red} pixels of the new accent in the handbook");
    let css = epub_entry(&epub, "OEBPS/stylesheet.css");
    assert!(css.contains("line-height: 1.2; color: #c8102e; }"), "{css}");
    assert!(
        css.contains(".role-vet-provider .role-heading { color: #1b5e7a; }"),
        "other colours kept: {css}"
    );
    let site = std::fs::read_to_string(f.file("out/site/assets/colours.css")).expect("colours.css");
    assert!(site.contains("  --vp-accent: #c8102e;\n") && site.contains("  --vp-text: #1c2226;\n"), "{site}");
    let site_css = std::fs::read_to_string(f.file("out/site/assets/site.css")).expect("site.css");
    assert!(site_css.contains("--accent: var(--vp-accent);"), "the site takes the colour from colours.css");
}

#[test]
fn a_colour_name_theme_toml_lacks_fails_check_where_it_is_used() {
    let f = fixture(&[]);
    edit(&f, "themes/default/epub.css", "var(--vp-muted)", "var(--vp-mutted)");
    edit(&f, "themes/default/common.typ", "colour(\"paper-tint\")", "colour(\"paper-tnt\")");
    for cmd in ["check", "build"] {
        let r = run_on(cmd, f.path(), &[]);
        assert_eq!(r.code, 1, "{cmd}: {}", r.stderr);
        let lines: Vec<&str> = r.stderr.lines().collect();
        let css = lines.iter().position(|l| {
            l.starts_with("themes/default/epub.css:7:")
                && l.ends_with("error[theme-colour]: colour `mutted` is not defined in theme.toml")
        });
        let css = css.unwrap_or_else(|| panic!("{cmd}: no located CSS error:\n{}", r.stderr));
        assert!(
            lines[css + 1].contains("did you mean `muted`?")
                && lines[css + 1].contains("under [colours] in themes/default/theme.toml"),
            "{}",
            lines[css + 1]
        );
        assert!(
            r.stderr.contains(
                "themes/default/common.typ:27:21: error[theme-colour]: colour `paper-tnt` is not defined in theme.toml"
            ),
            "{cmd}: {}",
            r.stderr
        );
        assert!(!f.file("out/en/mini-en.pdf").exists(), "{cmd} wrote a PDF with a missing colour");
    }
}

/// A name only known while the book is laid out cannot be checked before: the error is at
/// the call that asked for it, and names theme.toml.
#[test]
fn a_computed_colour_name_theme_toml_lacks_is_an_error_at_its_call() {
    let f = fixture(&[]);
    let import = "#import \"common.typ\": *\n";
    edit(
        &f,
        "themes/default/handbook.typ",
        import,
        &format!("{import}#let brand = colour(\"brand\" + \"-red\")\n"),
    );
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let line = r.stderr.lines().find(|l| l.contains("brand-red")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(line.starts_with("themes/default/handbook.typ:3:14: error[typst]:"), "{line}");
    assert!(line.contains("theme.toml has no colour `brand-red`"), "{line}");
}
