//! The navigation document (`nav.xhtml`): the table of contents with its ARIA role and
//! name, and the landmarks (hidden, as reading systems present them in their own menus).

use std::fmt::Write;

use super::package::Document;
use super::xhtml::{self, attr, lang_attrs, text};
use crate::doc::LocalizedBook;

/// `nav.xhtml` listing `docs` in reading order, named by the book's `ui-contents` label.
/// Titles that are reference text used as a fallback carry their own language.
pub fn write(book: &LocalizedBook, docs: &[Document]) -> String {
    let (contents, contents_lang) = xhtml::label(book, "ui-contents");
    let cl = lang_attrs(contents_lang);
    let mut body = String::new();
    body.push_str("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n");
    let _ = writeln!(body, "<h1 id=\"toc-title\"{cl}>{}</h1>\n<ol>", text(contents));
    for d in docs {
        let lang = lang_attrs(d.title_lang.as_deref());
        let _ = writeln!(body, "<li><a href=\"{}\"{lang}>{}</a></li>", attr(&d.file), text(&d.title));
    }
    body.push_str("</ol>\n</nav>\n<nav epub:type=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
    let _ = writeln!(body, "<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\"{cl}>{}</a></li>", text(contents));
    for d in docs {
        if let Some(landmark) = d.landmark {
            let _ = writeln!(
                body,
                "<li><a epub:type=\"{landmark}\" href=\"{}\"{}>{}</a></li>",
                attr(&d.file),
                lang_attrs(d.title_lang.as_deref()),
                text(&d.title)
            );
        }
    }
    body.push_str("</ol>\n</nav>\n");
    xhtml::page(book, contents, contents_lang, &body)
}
