//! Assemble the EPUB: cover, title page, chapters, colophon, navigation and metadata.

use chrono::{TimeZone, Utc};
use epub_builder::{EpubBuilder, EpubContent, EpubVersion, MetadataOpfV3, ReferenceType, ZipLibrary};

use super::xhtml::{self, Writer, text};
use crate::doc::LocalizedBook;
use crate::project::Assets;
use crate::project::manifest::Date;

/// Build the (not yet normalised) EPUB archive.
pub fn build(book: &LocalizedBook, stylesheet: &[u8], assets: &Assets) -> Result<Vec<u8>, String> {
    let err = |e: epub_builder::Error| e.to_string();
    let mut epub = EpubBuilder::new(ZipLibrary::new().map_err(err)?).map_err(err)?;
    epub.epub_version(EpubVersion::V33);
    epub.set_title(&book.meta.title);
    epub.add_author(&book.meta.author);
    epub.add_language(&book.locale);
    epub.add_description(&book.meta.description);
    epub.set_generator("vetpress");
    epub.set_toc_name(label(book, "ui-contents"));
    if let Some(licence) = &book.meta.licence {
        epub.set_license(licence);
    }
    let date = date_of(book.meta.date);
    epub.set_publication_date(date);
    epub.set_modified_date(date);
    epub.set_uuid(uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, book.meta.identifier.as_bytes()));
    for (property, value) in accessibility(book) {
        epub.add_metadata_opf(Box::new(MetadataOpfV3::new(property.into(), text(&value))));
    }
    epub.stylesheet(stylesheet).map_err(err)?;
    for src in &book.assets {
        // The media type is the one sniffed from the bytes, never guessed from the name.
        let asset = assets.get(src).map_err(|e| e.to_string())?;
        epub.add_resource(src, &asset.bytes[..], asset.media_type.mime()).map_err(err)?;
    }
    add_page(&mut epub, book, "cover.xhtml", &label(book, "ui-cover"), &cover(book), ReferenceType::Cover)?;
    add_page(
        &mut epub,
        book,
        "title.xhtml",
        &label(book, "ui-title-page"),
        &title_page(book),
        ReferenceType::TitlePage,
    )?;
    for (i, c) in book.chapters.iter().enumerate() {
        let mut w = Writer::new(book);
        w.chapter(c);
        let page = xhtml::page(book, &c.title, &w.finish());
        let mut content = EpubContent::new(xhtml::chapter_file(&c.id), page.as_bytes()).title(&c.title);
        if i == 0 {
            content = content.reftype(ReferenceType::Text);
        }
        epub.add_content(content).map_err(err)?;
    }
    add_page(
        &mut epub,
        book,
        "colophon.xhtml",
        &label(book, "ui-colophon"),
        &colophon(book),
        ReferenceType::Colophon,
    )?;
    let mut out = Vec::new();
    epub.generate(&mut out).map_err(err)?;
    Ok(out)
}

fn add_page(
    epub: &mut EpubBuilder<ZipLibrary>,
    book: &LocalizedBook,
    file: &str,
    title: &str,
    body: &str,
    kind: ReferenceType,
) -> Result<(), String> {
    let page = xhtml::page(book, title, body);
    epub.add_content(EpubContent::new(file, page.as_bytes()).title(title).reftype(kind))
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn label(book: &LocalizedBook, key: &str) -> String {
    book.labels.get(key).cloned().unwrap_or_else(|| key.to_string())
}

/// Midnight UTC of the document date, built from its fields.
fn date_of(d: Date) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(d.year, u32::from(d.month), u32::from(d.day), 0, 0, 0).single().unwrap_or_default()
}

/// schema.org accessibility metadata (EPUB Accessibility 1.1).
fn accessibility(book: &LocalizedBook) -> Vec<(&'static str, String)> {
    let mut list = vec![("schema:accessMode", "textual".to_string())];
    if !book.assets.is_empty() {
        list.push(("schema:accessMode", "visual".into()));
    }
    list.push(("schema:accessModeSufficient", "textual".into()));
    for feature in ["structuralNavigation", "tableOfContents", "readingOrder"] {
        list.push(("schema:accessibilityFeature", feature.into()));
    }
    if !book.assets.is_empty() {
        list.push(("schema:accessibilityFeature", "alternativeText".into()));
    }
    list.push(("schema:accessibilityHazard", "none".into()));
    list.push(("schema:accessibilitySummary", book.meta.accessibility_summary.clone()));
    list
}

fn cover(book: &LocalizedBook) -> String {
    format!(
        "<section epub:type=\"cover\" class=\"cover\">\n<p class=\"cover-title\">{}</p>\n<p class=\"cover-subtitle\">{}</p>\n<p class=\"cover-publisher\">{}</p>\n</section>\n",
        text(&book.meta.title),
        text(&book.meta.subtitle),
        text(&book.meta.publisher)
    )
}

fn title_page(book: &LocalizedBook) -> String {
    format!(
        "<section epub:type=\"titlepage\" class=\"titlepage\">\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n<p class=\"author\">{}</p>\n<p class=\"description\">{}</p>\n</section>\n",
        text(&book.meta.title),
        text(&book.meta.subtitle),
        text(&book.meta.author),
        text(&book.meta.description)
    )
}

fn colophon(book: &LocalizedBook) -> String {
    let m = &book.meta;
    let mut rows = Vec::new();
    if let Some(code) = &m.project_code {
        rows.push((label(book, "ui-project-number"), code.clone()));
    }
    if let Some(l) = &m.licence {
        rows.push((label(book, "ui-licence"), l.clone()));
    }
    rows.push((label(book, "ui-published"), m.date.iso()));
    if let Some(isbn) = &m.isbn {
        rows.push((label(book, "ui-isbn"), isbn.clone()));
    }
    let mut w = Writer::new(book);
    w.blocks(&m.colophon, 1);
    let colophon = w.finish();
    let mut w = Writer::new(book);
    w.blocks(&m.disclaimer, 1);
    let disclaimer = w.finish();
    let dl: String =
        rows.iter().map(|(k, v)| format!("<dt>{}</dt><dd>{}</dd>\n", text(k), text(v))).collect();
    format!(
        "<section epub:type=\"colophon\" class=\"colophon\" aria-labelledby=\"h-colophon\">\n<h1 id=\"h-colophon\">{}</h1>\n<dl>\n{dl}</dl>\n{colophon}<div class=\"disclaimer\">\n{disclaimer}</div>\n</section>\n",
        text(&label(book, "ui-colophon")),
    )
}
