//! The navigation document (`nav.xhtml`): the table of contents with its ARIA role and
//! name, and the landmarks (hidden, as reading systems present them in their own menus).

use std::fmt::Write;

use super::package::Document;
use super::xhtml::{self, attr, text};
use crate::doc::LocalizedBook;

/// `nav.xhtml` listing `docs` in reading order; `contents` names the table of contents.
pub fn write(book: &LocalizedBook, contents: &str, docs: &[Document]) -> String {
    let mut body = String::new();
    body.push_str("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n");
    let _ = writeln!(body, "<h1 id=\"toc-title\">{}</h1>\n<ol>", text(contents));
    for d in docs {
        let _ = writeln!(body, "<li><a href=\"{}\">{}</a></li>", attr(&d.file), text(&d.title));
    }
    body.push_str("</ol>\n</nav>\n<nav epub:type=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
    let _ = writeln!(body, "<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">{}</a></li>", text(contents));
    for d in docs {
        if let Some(landmark) = d.landmark {
            let _ = writeln!(
                body,
                "<li><a epub:type=\"{landmark}\" href=\"{}\">{}</a></li>",
                attr(&d.file),
                text(&d.title)
            );
        }
    }
    body.push_str("</ol>\n</nav>\n");
    xhtml::page(book, contents, &body)
}
