//! The package document (`content.opf`), written with the escaping writer: metadata with
//! the book's language on every element, accessibility metadata, manifest and spine.

use std::fmt::Write;

use super::package::{Document, Resource};
use super::xhtml::{attr, text};
use crate::doc::LocalizedBook;

/// `content.opf` for `book` with the content documents in reading order and the resources.
pub fn write(
    book: &LocalizedBook,
    date: chrono::DateTime<chrono::Utc>,
    docs: &[Document],
    resources: &[Resource],
) -> String {
    let lang = attr(&book.locale);
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"{lang}\">"
    );
    s.push_str("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    metadata(&mut s, book, date);
    s.push_str("  </metadata>\n  <manifest>\n");
    s.push_str(
        "    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n",
    );
    s.push_str("    <item id=\"css\" href=\"stylesheet.css\" media-type=\"text/css\"/>\n");
    for (i, d) in docs.iter().enumerate() {
        let _ = writeln!(
            s,
            "    <item id=\"doc-{i}\" href=\"{}\" media-type=\"application/xhtml+xml\"/>",
            attr(&d.file)
        );
    }
    for (i, r) in resources.iter().enumerate() {
        let _ = writeln!(
            s,
            "    <item id=\"res-{i}\" href=\"{}\" media-type=\"{}\"/>",
            attr(&r.href),
            attr(&r.media_type)
        );
    }
    s.push_str("  </manifest>\n");
    // A right-to-left book turns its pages from the left.
    let rtl = book.meta.dir.is_rtl();
    s.push_str(if rtl { "  <spine page-progression-direction=\"rtl\">\n" } else { "  <spine>\n" });
    // The table of contents is a page of the reading order too, after the front matter.
    let front = docs.iter().take_while(|d| d.front).count();
    for i in 0..docs.len() {
        if i == front {
            s.push_str("    <itemref idref=\"nav\"/>\n");
        }
        let _ = writeln!(s, "    <itemref idref=\"doc-{i}\"/>");
    }
    s.push_str("  </spine>\n</package>\n");
    s
}

fn metadata(s: &mut String, book: &LocalizedBook, date: chrono::DateTime<chrono::Utc>) {
    let m = &book.meta;
    // A value in another language than the package's (a fallback) carries its own `xml:lang`.
    let mut element = |name: &str, value: &str, id: Option<&str>, lang: &Option<String>| {
        let id = id.map(|i| format!(" id=\"{i}\"")).unwrap_or_default();
        let _ = writeln!(s, "    <{name}{id}{}>{}</{name}>", xml_lang(lang.as_deref()), text(value));
    };
    element("dc:identifier", &m.identifier, Some("book-id"), &None);
    element("dc:title", &m.title, None, &m.title_lang);
    element("dc:language", &book.locale, None, &None);
    element("dc:creator", &m.author, Some("creator"), &m.author_lang);
    element("dc:publisher", &m.publisher, None, &m.publisher_lang);
    element("dc:date", &date.format("%Y-%m-%d").to_string(), None, &None);
    element("dc:description", &m.description, None, &m.description_lang);
    if let Some(licence) = &m.licence {
        element("dc:rights", licence, None, &None);
    }
    s.push_str("    <meta refines=\"#creator\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
    let modified = date.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let _ = writeln!(s, "    <meta property=\"dcterms:modified\">{modified}</meta>");
    for (property, value) in accessibility(book) {
        let lang = match property {
            "schema:accessibilitySummary" => m.accessibility_summary_lang.as_deref(),
            _ => None,
        };
        let _ = writeln!(s, "    <meta property=\"{property}\"{}>{}</meta>", xml_lang(lang), text(&value));
    }
}

/// ` xml:lang=".."` for a value in another language than the package's (a fallback).
fn xml_lang(lang: Option<&str>) -> String {
    lang.map(|l| format!(" xml:lang=\"{}\"", attr(l))).unwrap_or_default()
}

/// schema.org accessibility metadata (EPUB Accessibility 1.1).
fn accessibility(book: &LocalizedBook) -> Vec<(&'static str, String)> {
    let images = !book.assets.is_empty();
    let mut list = vec![("schema:accessMode", "textual".to_string())];
    if images {
        list.push(("schema:accessMode", "visual".into()));
    }
    list.push(("schema:accessModeSufficient", "textual".into()));
    for feature in ["structuralNavigation", "tableOfContents", "readingOrder"] {
        list.push(("schema:accessibilityFeature", feature.into()));
    }
    if images {
        list.push(("schema:accessibilityFeature", "alternativeText".into()));
    }
    list.push(("schema:accessibilityHazard", "none".into()));
    list.push(("schema:accessibilitySummary", book.meta.accessibility_summary.clone()));
    list
}
