//! The online edition (placeholder until the site renderer lands: one page per chapter).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Artifact, Download, Edition, Payload, RenderError, Renderer};
use crate::doc::LocalizedBook;
use crate::doc::ir::Meta;
use crate::project::Assets;

/// What the shared root of the site holds (`site/<entry>`): `render_root` writes only these.
pub const ROOT_ENTRIES: &[&str] = &["index.html", "opds.xml", "assets"];

/// Renders the site.
pub struct SiteRenderer {
    _assets: Arc<Assets>,
}

/// One locale as the site's root pages list it.
#[derive(Debug, Clone)]
pub struct RootLocale {
    /// Book metadata in that locale.
    pub meta: Meta,
    /// Locale tag.
    pub locale: String,
    /// Language code.
    pub lang: String,
    /// The language named in itself.
    pub language_name: String,
    /// The EPUB inside the site (path relative to `site/`) and its size.
    pub epub: Option<(String, u64)>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl SiteRenderer {
    /// A renderer from the theme's files.
    pub fn new(_theme: &BTreeMap<String, Vec<u8>>, assets: Arc<Assets>) -> Result<Self, RenderError> {
        Ok(SiteRenderer { _assets: assets })
    }

    /// One locale's folder.
    pub fn render_locale(
        &self,
        book: &LocalizedBook,
        downloads: &[Download],
    ) -> Result<Artifact, RenderError> {
        let mut files = BTreeMap::new();
        let mut index = format!(
            "<!doctype html><html lang=\"{}\"><title>{}</title><ul>",
            esc(&book.locale),
            esc(&book.meta.title)
        );
        for c in &book.chapters {
            index.push_str(&format!("<li><a href=\"{0}.html\">{1}</a></li>", esc(&c.id), esc(&c.title)));
            let page = format!(
                "<!doctype html><html lang=\"{}\"><title>{}</title>",
                esc(&book.locale),
                esc(&c.title)
            );
            files.insert(format!("{}.html", c.id), page.into_bytes());
        }
        for d in downloads {
            index.push_str(&format!("<li><a href=\"download/{0}\">{0}</a></li>", esc(&d.file_name)));
            files.insert(format!("download/{}", d.file_name), d.bytes.to_vec());
        }
        files.insert("index.html".into(), index.into_bytes());
        let pages = files.keys().filter(|k| k.ends_with(".html")).count();
        Ok(Artifact { payload: Payload::Folder(files), pages: Some(pages), warnings: vec![], notes: vec![] })
    }

    /// The shared root: language chooser and catalog.
    pub fn render_root(&self, books: &[RootLocale]) -> Result<Artifact, RenderError> {
        let mut index = String::from("<!doctype html><ul>");
        for b in books {
            index.push_str(&format!(
                "<li><a href=\"{0}/index.html\" hreflang=\"{0}\">{1}</a></li>",
                esc(&b.locale),
                esc(&b.language_name)
            ));
        }
        let mut files = BTreeMap::new();
        files.insert("index.html".to_string(), index.into_bytes());
        files.insert("assets/site.css".to_string(), b"body{}".to_vec());
        Ok(Artifact { payload: Payload::Folder(files), pages: Some(1), warnings: vec![], notes: vec![] })
    }
}

impl Renderer for SiteRenderer {
    fn edition(&self) -> Edition {
        Edition::Site
    }
    fn render(&self, book: &LocalizedBook, downloads: &[Download]) -> Result<Artifact, RenderError> {
        self.render_locale(book, downloads)
    }
}
