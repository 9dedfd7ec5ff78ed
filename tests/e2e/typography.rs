//! Per-locale typography, interface punctuation from messages and the formatted colophon
//! date, in every edition of the mini project (en and fi).

use std::path::Path;

use crate::common::{Fixture, epub_entry, fixture, flatten, pdftotext, run_on};

/// The mini project with quotes and apostrophes typed straight in both locales, and a
/// Finnish list separator and colon of its own (hostile: markup must stay text).
fn project() -> Fixture {
    let f = fixture(&[]);
    edit(
        &f.file("locales/en/book.ftl"),
        "welcome-terms = Every",
        "welcome-terms = They say \"it's **{ -brand }**\" and type `don't \"touch\"`. Every",
    );
    edit(
        &f.file("locales/fi/book.ftl"),
        "welcome-terms = Jokainen",
        "welcome-terms = He sanovat \"se on **{ -brand }**\" ja 'oma' `älä \"koske\"`. Jokainen",
    );
    edit(&f.file("sources/book.toml"), "licence = ", "url = \"https://example.org/mini's\"\nlicence = ");
    edit(&f.file("locales/fi/ui.ftl"), "ui-list-sep = { \", \" }", "ui-list-sep = { \" <i>&</i> \" }");
    edit(&f.file("locales/fi/ui.ftl"), "ui-sep-colon = { \": \" }", "ui-sep-colon = { \" :: \" }");
    f
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.contains(from), "{} lacks {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).expect("write");
}

fn build(f: &Fixture) -> std::path::PathBuf {
    let out = f.file("out");
    let r = run_on("build", f.path(), &["--out", &out.to_string_lossy()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    out
}

#[test]
fn quotes_separators_and_dates_follow_the_locale_in_every_edition() {
    let f = project();
    let out = build(&f);

    // PDF: curly quotes per language; code keeps its straight ones.
    let en = flatten(&pdftotext(&out.join("en/mini-en.pdf")));
    assert!(en.contains("They say “it’s Minibook” and type don't \"touch\"."), "{en}");
    let fi = flatten(&pdftotext(&out.join("fi/mini-fi.pdf")));
    assert!(fi.contains("He sanovat ”se on Minikirja” ja ’oma’ älä \"koske\"."), "{fi}");
    // The colophon date in words, the list separator of the locale, printed literally.
    assert!(en.contains("1 May 2024"), "{en}");
    assert!(en.contains("Web address") && en.contains("https://example.org/mini's"), "{en}");
    assert!(fi.contains("1. toukokuuta 2024"), "{fi}");
    assert!(fi.contains(" <i>&</i> "), "Finnish list separator in the method box: {fi}");

    // EPUB: the same text, escaped; the colon of a <dt> is in the XHTML, not the CSS.
    let epub = out.join("fi/mini-fi.epub");
    let welcome = epub_entry(&epub, "OEBPS/chapter-welcome.xhtml");
    assert!(
        welcome
            .contains("He sanovat ”se on <strong>Minikirja</strong>” ja ’oma’ <code>älä \"koske\"</code>."),
        "{welcome}"
    );
    let visit = epub_entry(&epub, "OEBPS/chapter-visit.xhtml");
    assert!(visit.contains(" &lt;i&gt;&amp;&lt;/i&gt; "), "escaped list separator: {visit}");
    assert!(visit.contains(" ::</dt>"), "the locale's colon after a term: {visit}");
    assert!(!visit.contains("<i>"), "a separator is never markup");
    let colophon = epub_entry(&epub, "OEBPS/colophon.xhtml");
    assert!(colophon.contains("<dd>1. toukokuuta 2024</dd>"), "{colophon}");
    let url = "<dt>Verkko-osoite ::</dt><dd>https://example.org/mini's</dd>";
    assert!(colophon.contains(url), "the address, labelled and untouched: {colophon}");
    let opf = epub_entry(&epub, "OEBPS/content.opf");
    assert!(opf.contains("<dc:date>2024-05-01</dc:date>"), "metadata stays ISO: {opf}");
    let css = epub_entry(&epub, "OEBPS/stylesheet.css");
    assert!(!css.contains("::after"), "no generated punctuation in the stylesheet");

    // Site: curly text, the date with its ISO datetime, escaped separators.
    let index = std::fs::read_to_string(out.join("site/en/index.html")).expect("site index");
    assert!(index.contains("<time datetime=\"2024-05-01\">1 May 2024</time>"), "{index}");
    let page = std::fs::read_to_string(out.join("site/en/welcome.html")).expect("site page");
    assert!(
        page.contains("They say “it’s <strong>Minibook</strong>” and type <code>don't \"touch\"</code>."),
        "{page}"
    );
    let fi_index = std::fs::read_to_string(out.join("site/fi/index.html")).expect("site index");
    assert!(fi_index.contains(" &lt;i&gt;&amp;&lt;/i&gt; "), "escaped separator in downloads: {fi_index}");
}

#[test]
fn a_locale_without_the_messages_falls_back_to_the_reference() {
    let f = fixture(&[]);
    let ui = f.file("locales/fi/ui.ftl");
    let text = std::fs::read_to_string(&ui).expect("read");
    let own = text.split("\n## text\n").next().expect("before the block").to_string();
    std::fs::write(&ui, own).expect("write");
    let out = f.file("out");
    let r =
        run_on("build", f.path(), &["--out", &out.to_string_lossy(), "--locale", "fi", "--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("ui-date-long"), "the missing translation is reported: {}", r.stderr);
    let colophon = epub_entry(&out.join("fi/mini-fi.epub"), "OEBPS/colophon.xhtml");
    assert!(colophon.contains("<dd><span xml:lang=\"en\" lang=\"en\">1 May 2024</span></dd>"), "{colophon}");
}
