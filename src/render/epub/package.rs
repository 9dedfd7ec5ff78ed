//! Assemble the EPUB: cover, title page, chapters, colophon, navigation and metadata. The
//! package and navigation documents are ours (`opf.rs`, `nav.rs`), so every string in them
//! goes through the escaping writer and no template of a dependency shapes the output.

use chrono::{TimeZone, Utc};

use super::xhtml::{self, Writer, lang_attrs, text, text_in};
use super::{nav, opf};
use crate::doc::LocalizedBook;
use crate::project::Assets;
use crate::project::manifest::Date;

/// A content document of the spine.
pub struct Document {
    /// File name inside `OEBPS/`.
    pub file: String,
    /// Title in the table of contents.
    pub title: String,
    /// The title's language when it is reference text used as a fallback.
    pub title_lang: Option<String>,
    /// `epub:type` of its entry in the landmarks, if it has one.
    pub landmark: Option<&'static str>,
    /// Front matter: comes before the table of contents in the reading order.
    pub front: bool,
    /// The XHTML.
    pub xhtml: String,
}

/// A resource the content documents refer to (an image).
pub struct Resource {
    /// Path inside `OEBPS/`.
    pub href: String,
    /// Its media type.
    pub media_type: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The files of the EPUB (path inside the container, bytes), `mimetype` first.
pub fn build(
    book: &LocalizedBook,
    stylesheet: &[u8],
    assets: &Assets,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut resources = Vec::new();
    for src in &book.assets {
        // The media type is the one sniffed from the bytes, never guessed from the name.
        let asset = assets.get(src).map_err(|e| e.to_string())?;
        let media_type = asset.media_type.mime().to_string();
        resources.push(Resource { href: src.clone(), media_type, bytes: asset.bytes.to_vec() });
    }
    let docs = documents(book);
    let date = date_of(book.meta.date);
    let mut files = vec![
        ("mimetype".to_string(), b"application/epub+zip".to_vec()),
        ("META-INF/container.xml".to_string(), CONTAINER.as_bytes().to_vec()),
        ("OEBPS/content.opf".to_string(), opf::write(book, date, &docs, &resources).into_bytes()),
        ("OEBPS/nav.xhtml".to_string(), nav::write(book, &docs).into_bytes()),
        ("OEBPS/stylesheet.css".to_string(), stylesheet.to_vec()),
    ];
    files.extend(resources.into_iter().map(|r| (format!("OEBPS/{}", r.href), r.bytes)));
    files.extend(docs.into_iter().map(|d| (format!("OEBPS/{}", d.file), d.xhtml.into_bytes())));
    Ok(files)
}

const CONTAINER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n\
  <rootfiles>\n\
    <rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n\
  </rootfiles>\n\
</container>\n";

/// The content documents in reading order.
fn documents(book: &LocalizedBook) -> Vec<Document> {
    let page = |file: &str, key: &str, body: String, landmark: &'static str| {
        let (title, title_lang) = xhtml::label(book, key);
        let xhtml = xhtml::page(book, title, title_lang, &body);
        let (title, title_lang) = (title.to_string(), title_lang.map(str::to_string));
        Document { file: file.into(), title, title_lang, landmark: Some(landmark), front: false, xhtml }
    };
    let mut docs = vec![
        page("cover.xhtml", "ui-cover", cover(book), "cover"),
        page("title.xhtml", "ui-title-page", title_page(book), "titlepage"),
    ];
    docs.iter_mut().for_each(|d| d.front = true);
    for (i, c) in book.chapters.iter().enumerate() {
        let mut w = Writer::new(book);
        w.chapter(c);
        let xhtml = xhtml::page(book, &c.title, c.title_lang.as_deref(), &w.finish());
        let landmark = (i == 0).then_some("bodymatter");
        docs.push(Document {
            file: xhtml::chapter_file(&c.id),
            title: c.title.clone(),
            title_lang: c.title_lang.clone(),
            landmark,
            front: false,
            xhtml,
        });
    }
    docs.push(page("colophon.xhtml", "ui-colophon", colophon(book), "colophon"));
    docs
}

/// Midnight UTC of the document date, built from its fields.
fn date_of(d: Date) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(d.year, u32::from(d.month), u32::from(d.day), 0, 0, 0).single().unwrap_or_default()
}

/// `<tag class="class">` around `s`, with `s`'s own language when it has one.
fn element(tag: &str, class: Option<&str>, s: &str, lang: &Option<String>) -> String {
    let class = class.map(|c| format!(" class=\"{c}\"")).unwrap_or_default();
    format!("<{tag}{class}{}>{}</{tag}>\n", lang_attrs(lang.as_deref()), text(s))
}

fn cover(book: &LocalizedBook) -> String {
    let m = &book.meta;
    format!(
        "<section epub:type=\"cover\" class=\"cover\">\n{}{}{}</section>\n",
        element("p", Some("cover-title"), &m.title, &m.title_lang),
        element("p", Some("cover-subtitle"), &m.subtitle, &m.subtitle_lang),
        element("p", Some("cover-publisher"), &m.publisher, &m.publisher_lang),
    )
}

fn title_page(book: &LocalizedBook) -> String {
    let m = &book.meta;
    format!(
        "<section epub:type=\"titlepage\" class=\"titlepage\">\n{}{}{}{}</section>\n",
        element("h1", None, &m.title, &m.title_lang),
        element("p", Some("subtitle"), &m.subtitle, &m.subtitle_lang),
        element("p", Some("author"), &m.author, &m.author_lang),
        element("p", Some("description"), &m.description, &m.description_lang),
    )
}

fn colophon(book: &LocalizedBook) -> String {
    let m = &book.meta;
    // (label, escaped value): the date is a message, marked with its language if it falls back.
    let mut rows: Vec<(&str, String)> = Vec::new();
    if let Some(code) = &m.project_code {
        rows.push(("ui-project-number", text(code).into_owned()));
    }
    if let Some(l) = &m.licence {
        rows.push(("ui-licence", text(l).into_owned()));
    }
    let (date, date_lang) = xhtml::label(book, "ui-date-long");
    rows.push(("ui-published", text_in(date, date_lang)));
    if let Some(isbn) = &m.isbn {
        rows.push(("ui-isbn", text(isbn).into_owned()));
    }
    if let Some(url) = &m.url {
        rows.push(("ui-url", text(url).into_owned()));
    }
    let mut w = Writer::new(book);
    w.blocks(&m.colophon, 1);
    let colophon = w.finish();
    let mut w = Writer::new(book);
    w.blocks(&m.disclaimer, 1);
    let disclaimer = w.finish();
    let dl: String = rows.iter().map(|(k, v)| format!("{}<dd>{v}</dd>\n", xhtml::term(book, k))).collect();
    let (heading, lang) = xhtml::label(book, "ui-colophon");
    format!(
        "<section epub:type=\"colophon\" role=\"doc-colophon\" class=\"colophon\" aria-labelledby=\"h-colophon\">\n<h1 id=\"h-colophon\"{}>{}</h1>\n<dl>\n{dl}</dl>\n{colophon}<div class=\"disclaimer\">\n{disclaimer}</div>\n</section>\n",
        lang_attrs(lang),
        text(heading),
    )
}
