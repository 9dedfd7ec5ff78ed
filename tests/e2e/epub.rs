//! The EPUB's own documents: the package document and navigation written by vetpress (not a
//! dependency's template), and element ids unique in every content document.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use vetpress::pipeline;

use crate::common::{fixture, run_on};

/// Every file of the EPUB, by name.
fn entries(epub: &Path) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(epub).expect("epub")).expect("zip");
    let mut files = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).expect("read");
        files.insert(f.name().to_string(), String::from_utf8_lossy(&bytes).into_owned());
    }
    files
}

/// The values of `id="..."` attributes in `xml`.
fn ids(xml: &str) -> Vec<&str> {
    xml.split(" id=\"").skip(1).filter_map(|s| s.split('"').next()).collect()
}

fn duplicates<'a>(ids: &[&'a str]) -> Vec<&'a str> {
    let mut seen = std::collections::BTreeSet::new();
    ids.iter().copied().filter(|id| !seen.insert(*id)).collect()
}

fn build_epub(project: &Path, locale: &str) -> BTreeMap<String, String> {
    let out = project.join("out");
    let r =
        run_on("build", project, &["--out", &out.to_string_lossy(), "--locale", locale, "--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    entries(&out.join(format!("{locale}/mini-{locale}.epub")))
}

#[test]
fn two_checklist_blocks_in_one_chapter_get_unique_ids() {
    let f = fixture(&["twin-checklists"]);
    let files = build_epub(f.path(), "en");
    let chapter = &files["OEBPS/chapter-twin.xhtml"];
    assert_eq!(chapter.matches("Bring your ID card.").count(), 2, "{chapter}");
    for (name, xml) in files.iter().filter(|(n, _)| n.ends_with(".xhtml")) {
        assert_eq!(duplicates(&ids(xml)), Vec::<&str>::new(), "duplicate ids in {name}");
    }
}

#[test]
fn package_and_navigation_documents_are_written_by_vetpress() {
    let f = fixture(&[]);
    let ui = f.file("locales/fi/ui.ftl");
    let text = std::fs::read_to_string(&ui).expect("ui.ftl");
    let publisher = text.lines().find(|l| l.starts_with("book-publisher")).expect("publisher").to_string();
    std::fs::write(&ui, text.replace(&publisher, "book-publisher = Testi & <Paino> \"oy\"")).expect("write");
    let files = build_epub(f.path(), "fi");
    let mut diags = Vec::new();
    let loaded = pipeline::load(f.path(), &mut diags).expect("project");
    let fi = pipeline::resolve_all(&loaded, &["fi".to_string()]).remove(0);

    let opf = &files["OEBPS/content.opf"];
    let package = opf.lines().find(|l| l.starts_with("<package ")).expect("package element");
    assert!(package.contains("xml:lang=\"fi\""), "{package}");
    assert!(opf.contains("<dc:language>fi</dc:language>"), "{opf}");
    // Escaped, with the prose quotes set in Finnish style.
    assert!(opf.contains("<dc:publisher>Testi &amp; &lt;Paino&gt; ”oy”</dc:publisher>"), "{opf}");
    let identifier = format!("<dc:identifier id=\"book-id\">{}</dc:identifier>", fi.book.meta.identifier);
    assert!(opf.contains(&identifier), "{identifier} not in\n{opf}");
    assert!(package.contains("unique-identifier=\"book-id\""), "{package}");
    assert!(opf.contains("<meta property=\"dcterms:modified\">2024-05-01T00:00:00Z</meta>"), "{opf}");
    assert!(opf.contains("<meta property=\"schema:accessibilitySummary\">"), "{opf}");
    assert_eq!(duplicates(&ids(opf)), Vec::<&str>::new(), "{opf}");
    for name in files.keys().filter(|n| n.starts_with("OEBPS/") && *n != "OEBPS/content.opf") {
        let href = format!("href=\"{}\"", &name["OEBPS/".len()..]);
        assert!(opf.contains(&href), "{name} is not in the manifest");
    }

    let nav = &files["OEBPS/nav.xhtml"];
    assert!(nav.contains("xml:lang=\"fi\" lang=\"fi\""), "{nav}");
    assert!(
        nav.contains("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">")
    );
    assert!(nav.contains("<nav epub:type=\"landmarks\" hidden=\"hidden\">"), "{nav}");
    for landmark in ["toc", "cover", "titlepage", "bodymatter", "colophon"] {
        assert!(
            nav.contains(&format!("<a epub:type=\"{landmark}\" href=")),
            "no {landmark} landmark in\n{nav}"
        );
    }
    for c in &fi.book.chapters {
        assert!(nav.contains(&format!("<a href=\"chapter-{}.xhtml\">{}</a>", c.id, c.title)), "{nav}");
    }
    assert!(files["OEBPS/colophon.xhtml"].contains("epub:type=\"colophon\" role=\"doc-colophon\""));
}
