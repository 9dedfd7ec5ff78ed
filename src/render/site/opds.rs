//! `opds.xml`: an OPDS 1.2 acquisition feed (Atom) of every locale's EPUB, so e-reader
//! apps that subscribe to catalogs can fetch the handbook. Written with the site's
//! escaper (its output is valid XML too); fixed dates only, so rebuilds are identical.

use super::RootLocale;
use super::markup::{attr, text};
use crate::project::manifest::Date;

const FEED_TYPE: &str = "application/atom+xml;profile=opds-catalog;kind=acquisition";

/// RFC 3339 timestamp of a date, at midnight UTC.
fn timestamp(d: &Date) -> String {
    format!("{d}T00:00:00Z")
}

/// The feed's own id: stable for the book, derived from the reference edition's identifier.
fn feed_id(reference: &RootLocale) -> String {
    let name = format!("vetpress-opds:{}", reference.meta.identifier);
    format!("urn:uuid:{}", uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes()))
}

/// The catalog of `books` (reference first); locales without an EPUB are left out.
pub fn feed(books: &[RootLocale]) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/terms/\" xmlns:opds=\"http://opds-spec.org/2010/catalog\"");
    if let Some(r) = books.first() {
        x.push_str(&format!(" xml:lang=\"{}\">\n", attr(&r.locale)));
        x.push_str(&format!("  <id>{}</id>\n", feed_id(r)));
        x.push_str(&format!("  <title>{}</title>\n", text(&r.meta.title)));
        x.push_str(&format!("  <author><name>{}</name></author>\n", text(&r.meta.publisher)));
    } else {
        x.push_str(">\n  <id>urn:uuid:00000000-0000-0000-0000-000000000000</id>\n  <title></title>\n");
    }
    let updated = books.iter().map(|b| b.meta.date).max();
    if let Some(d) = updated {
        x.push_str(&format!("  <updated>{}</updated>\n", timestamp(&d)));
    }
    x.push_str(&format!("  <link rel=\"self\" href=\"opds.xml\" type=\"{FEED_TYPE}\"/>\n"));
    x.push_str(&format!("  <link rel=\"start\" href=\"opds.xml\" type=\"{FEED_TYPE}\"/>\n"));
    for b in books {
        if let Some((path, size)) = &b.epub {
            entry(&mut x, b, path, *size);
        }
    }
    x.push_str("</feed>\n");
    x
}

fn entry(x: &mut String, b: &RootLocale, path: &str, size: u64) {
    let m = &b.meta;
    x.push_str(&format!("  <entry xml:lang=\"{}\">\n", attr(&b.locale)));
    x.push_str(&format!("    <title>{}</title>\n", text(&m.title)));
    x.push_str(&format!("    <id>{}</id>\n", text(&m.identifier)));
    x.push_str(&format!("    <updated>{}</updated>\n", timestamp(&m.date)));
    x.push_str(&format!("    <author><name>{}</name></author>\n", text(&m.author)));
    x.push_str(&format!("    <dc:language>{}</dc:language>\n", text(&b.locale)));
    x.push_str(&format!("    <dc:publisher>{}</dc:publisher>\n", text(&m.publisher)));
    x.push_str(&format!("    <dc:issued>{}</dc:issued>\n", m.date));
    if let Some(licence) = &m.licence {
        x.push_str(&format!("    <rights>{}</rights>\n", text(licence)));
    }
    x.push_str(&format!("    <summary type=\"text\">{}</summary>\n", text(&m.description)));
    x.push_str(&format!(
        "    <link rel=\"http://opds-spec.org/acquisition\" href=\"{}\" type=\"application/epub+zip\" length=\"{size}\"/>\n",
        attr(path)
    ));
    x.push_str(&format!(
        "    <link rel=\"alternate\" href=\"{}/index.html\" type=\"text/html\" hreflang=\"{}\"/>\n",
        attr(&b.locale),
        attr(&b.locale)
    ));
    x.push_str("  </entry>\n");
}
