//! Reference text used where a partner locale lacks a translation is marked with its own
//! language, so screen readers and hyphenation treat it as such.

use vetpress::doc::{Block, LocalizedBook};
use vetpress::pipeline;

use crate::common::{epub_entry, fixture, run_on};

fn finnish_book() -> LocalizedBook {
    let f = fixture(&["fallback"]);
    let mut diags = Vec::new();
    let loaded = pipeline::load(f.path(), &mut diags).expect("project loads");
    let mut resolved = pipeline::resolve_all(&loaded, &["fi".to_string()]);
    let r = resolved.remove(0);
    assert!(r.ok(), "{:?}", r.diags);
    r.book
}

#[test]
fn fallback_text_carries_the_reference_language_in_the_ir() {
    let fi = finnish_book();
    let visit = &fi.chapters[1];
    assert_eq!((visit.title_lang.as_deref(), visit.summary_lang.as_deref()), (None, None));
    let Block::Callout { title, title_lang, blocks, .. } = &visit.blocks[1] else {
        panic!("{:?}", visit.blocks)
    };
    assert_eq!(title, "Piloted in a bakery");
    assert_eq!(title_lang.as_deref(), Some("en"));
    assert!(matches!(blocks.as_slice(), [Block::Lang { lang, .. }] if lang == "en"), "{blocks:?}");
    let Block::Section { blocks, title_lang, .. } = &visit.blocks[0] else { panic!() };
    assert!(matches!(blocks.as_slice(), [Block::Paragraph { .. }]), "translated text is not wrapped");
    assert_eq!(title_lang, &None);
    let items: Vec<(&str, Option<&str>)> = visit
        .checklists()
        .expect("checklists")
        .iter()
        .flat_map(|l| &l.items)
        .map(|i| (i.id.as_str(), i.lang.as_deref()))
        .collect();
    assert_eq!(items, [("book-bus", None), ("plan-tour", Some("en")), ("ask-questions", None)]);
    let Some(Block::Methods { rows, .. }) = fi.chapters[0].blocks.last() else { panic!("no methods table") };
    let langs: Vec<(Option<&str>, Option<&str>)> =
        rows.iter().map(|r| (r.title_lang.as_deref(), r.summary_lang.as_deref())).collect();
    assert_eq!(langs, [(None, None), (Some("en"), Some("en"))]);
    let shadow = &fi.chapters[2];
    assert_eq!(shadow.title, "Job shadowing");
    assert_eq!((shadow.title_lang.as_deref(), shadow.summary_lang.as_deref()), (Some("en"), Some("en")));
}

#[test]
fn fallback_labels_and_book_messages_carry_the_reference_language_in_the_ir() {
    let fi = finnish_book();
    let en = Some("en");
    let meta = &fi.meta;
    assert_eq!((meta.subtitle.as_str(), meta.subtitle_lang.as_deref()), ("A handbook for tests", en));
    assert_eq!(meta.description, "A small book with 2 methods.");
    assert_eq!((meta.title_lang.as_deref(), meta.description_lang.as_deref()), (None, en));
    assert_eq!((meta.author_lang.as_deref(), meta.accessibility_summary_lang.as_deref()), (None, None));
    let fell_back: Vec<(&str, &str)> = fi.label_langs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let fell_back_ids = ["role-employer", "ui-checklist", "ui-colophon", "ui-roles"];
    assert_eq!(fell_back, fell_back_ids.map(|id| (id, "en")));
    assert_eq!(fi.labels["ui-roles"], "Who takes part");
    let visit = &fi.chapters[1];
    let method = visit.method.as_ref().expect("method");
    let roles: Vec<(&str, Option<&str>)> =
        method.roles.iter().map(|r| (r.label.as_str(), r.lang.as_deref())).collect();
    assert_eq!(roles, [("Oppilaitos", None), ("Employer", en), ("Opiskelija", None)]);
    assert_eq!((method.effort.lang.as_deref(), method.duration_lang.as_deref()), (None, None));
    let Block::Steps { title_lang, parts, .. } = &visit.blocks[2] else { panic!("{:?}", visit.blocks) };
    assert_eq!(title_lang, &None);
    let parts: Vec<Option<&str>> = parts.iter().map(|p| p.label_lang.as_deref()).collect();
    assert_eq!(parts, [None, en, None]);
    let Block::Checklists { title_lang, lists, .. } = &visit.blocks[3] else { panic!() };
    assert_eq!(title_lang, &None);
    let lists: Vec<Option<&str>> = lists.iter().map(|l| l.label_lang.as_deref()).collect();
    assert_eq!(lists, [None, en, None]);
}

#[test]
fn fallback_text_is_marked_in_the_epub() {
    let f = fixture(&["fallback"]);
    let out = build_fi(f.path(), "epub");
    let read = |name: &str| epub_entry(&out.join("fi/mini-fi.epub"), name);
    let visit = read("OEBPS/chapter-visit.xhtml");
    let en = "xml:lang=\"en\" lang=\"en\"";
    let callout =
        format!("aria-labelledby=\"callout-1\">\n<p id=\"callout-1\" class=\"callout-title\" {en}>");
    assert!(visit.contains(&format!("{callout}Piloted in a bakery</p>")), "{visit}");
    assert!(visit.contains(&format!("<div {en}>\n<p>A bakery in Oulu")), "{visit}");
    assert!(visit.contains(&format!("<li id=\"check-1-employer-plan-tour\" {en}>")), "{visit}");
    assert!(visit.contains("<p>Vierailu näyttää"), "translated text stays unmarked: {visit}");
    let welcome = read("OEBPS/chapter-welcome.xhtml");
    let row = format!("<a href=\"chapter-shadow.xhtml#chapter-shadow\" {en}>Job shadowing</a></td><td {en}>");
    assert!(welcome.contains(&row), "{welcome}");
    let shadow = read("OEBPS/chapter-shadow.xhtml");
    assert!(shadow.contains(&format!("<h1 id=\"h-shadow\" {en}>Job shadowing</h1>")), "{shadow}");
    assert!(shadow.contains(&format!("<p class=\"summary\" {en}>")), "{shadow}");
    assert!(shadow.contains(&format!("<title {en}>Job shadowing</title>")), "{shadow}");
}

#[test]
fn fallback_labels_and_book_messages_are_marked_in_the_epub() {
    let f = fixture(&["fallback"]);
    let out = build_fi(f.path(), "epub");
    let read = |name: &str| epub_entry(&out.join("fi/mini-fi.epub"), &format!("OEBPS/{name}"));
    let en = "xml:lang=\"en\" lang=\"en\"";
    let expect = |file: &str, doc: &str, wanted: &[String]| {
        for w in wanted {
            assert!(doc.contains(w.as_str()), "{file} lacks {w}:\n{doc}");
        }
    };
    let visit = read("chapter-visit.xhtml");
    let employer = format!("<span {en}>Employer</span>");
    expect(
        "visit",
        &visit,
        &[
            // The colon after a term is the locale's own (`ui-sep-colon`), outside the span.
            format!("<dt><span {en}>Who takes part</span>:</dt><dd>Oppilaitos, {employer}, Opiskelija</dd>"),
            "<dt>Kesto:</dt>".into(),
            format!("<h3 class=\"role-heading\" {en}>Employer</h3>"),
            "<h3 class=\"role-heading\">Opiskelija</h3>".into(),
            "<h2>Tarkistuslistat</h2>".into(),
        ],
    );
    expect(
        "cover",
        &read("cover.xhtml"),
        &[
            format!("<p class=\"cover-subtitle\" {en}>A handbook for tests</p>"),
            "<p class=\"cover-title\">Minikirja</p>".into(),
        ],
    );
    expect(
        "title page",
        &read("title.xhtml"),
        &[
            format!("<p class=\"subtitle\" {en}>A handbook for tests</p>"),
            format!("<p class=\"description\" {en}>A small book with 2 methods.</p>"),
            "<p class=\"author\">Testitiimi</p>".into(),
        ],
    );
    expect(
        "colophon",
        &read("colophon.xhtml"),
        &[
            format!("<title {en}>Colophon</title>"),
            format!("<h1 id=\"h-colophon\" {en}>Colophon</h1>"),
            "<dt>Julkaistu:</dt><dd>1. toukokuuta 2024</dd>".into(),
        ],
    );
    expect(
        "nav",
        &read("nav.xhtml"),
        &[
            format!("<a href=\"colophon.xhtml\" {en}>Colophon</a>"),
            format!("<a epub:type=\"colophon\" href=\"colophon.xhtml\" {en}>Colophon</a>"),
            format!("<a href=\"chapter-shadow.xhtml\" {en}>Job shadowing</a>"),
            "<a href=\"chapter-visit.xhtml\">Yritysvierailu</a>".into(),
            "<h1 id=\"toc-title\">Sisällys</h1>".into(),
        ],
    );
    expect(
        "package",
        &read("content.opf"),
        &[
            "<dc:description xml:lang=\"en\">A small book with 2 methods.</dc:description>".into(),
            "<dc:title>Minikirja</dc:title>".into(),
        ],
    );
}

#[test]
fn an_epub_with_fallbacks_is_valid_and_ace_clean() {
    let f = fixture(&["fallback"]);
    let out = build_fi(f.path(), "epub");
    let problems = crate::outputs::epubcheck(&out);
    assert!(problems.is_empty(), "EPUBCheck found:\n{}", problems.join("\n"));
    let violations = crate::outputs::ace(&out.join("fi/mini-fi.epub"), &f.file("ace"));
    assert!(violations.is_empty(), "Ace found:\n{}", violations.join("\n"));
}

/// How many structure elements of a PDF declare English.
fn english_elements(pdf: &std::path::Path) -> usize {
    let objects = crate::links::pdf_objects(pdf);
    objects.values().filter(|v| v["value"]["/Lang"] == "u:en").count()
}

/// How many structure elements and marked-content sequences of a PDF declare English
/// (Typst marks a run of another language inside an element on its marked content).
fn english_marks(pdf: &std::path::Path) -> usize {
    let out = std::process::Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("qpdf is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    text.matches("/Lang (en)").count() + text.matches("/Lang(en)").count()
}

/// Build the Finnish `edition` of `project` into its `out/`.
fn build_fi(project: &std::path::Path, edition: &str) -> std::path::PathBuf {
    let out = project.join("out");
    let r =
        run_on("build", project, &["--out", &out.to_string_lossy(), "--locale", "fi", "--edition", edition]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    out
}

#[test]
fn fallback_text_is_marked_in_the_pdf() {
    let f = fixture(&["fallback"]);
    let marked = english_elements(&build_fi(f.path(), "handbook").join("fi/mini-fi.pdf"));
    assert!(marked > 0, "no element of the Finnish PDF is marked as English");
    // The same book fully translated has none.
    let full = fixture(&[]);
    assert_eq!(english_elements(&build_fi(full.path(), "handbook").join("fi/mini-fi.pdf")), 0);
}

#[test]
fn fallback_labels_and_book_messages_are_marked_in_the_pdfs() {
    // Only labels and book messages fall back: the chapters' own text is all translated.
    let f = fixture(&["fallback"]);
    let translated = crate::common::repo().join("tests/fixtures/mini/locales/fi/book.ftl");
    std::fs::copy(translated, f.file("locales/fi/book.ftl")).expect("copy");
    let out = build_fi(f.path(), "handbook");
    let problems = crate::outputs::check_pdf(&out.join("fi/mini-fi.pdf"));
    assert!(problems.is_empty(), "{problems:?}");
    let handbook = english_marks(&out.join("fi/mini-fi.pdf"));
    // At least: the subtitle on cover, title page and colophon; the description; the
    // colophon's heading; "Who takes part" and "Employer" in both method chapters' boxes;
    // the Employer headings of the steps and both checklists.
    assert!(handbook >= 12, "only {handbook} English marks in the Finnish handbook");
    let out = build_fi(f.path(), "cards");
    let cards = english_marks(&out.join("fi/mini-fi-cards.pdf"));
    // At least "Who takes part" on each of the five fronts and "Checklist" on both sides.
    assert!(cards >= 15, "only {cards} English marks in the Finnish cards");
    // The same book fully translated has none.
    let full = fixture(&[]);
    let out = build_fi(full.path(), "handbook");
    assert_eq!(english_marks(&out.join("fi/mini-fi.pdf")), 0);
    let out = build_fi(full.path(), "cards");
    assert_eq!(english_marks(&out.join("fi/mini-fi-cards.pdf")), 0);
}
