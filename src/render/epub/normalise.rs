//! Rewrite epub-builder's archive so it is reproducible and EPUBCheck-clean: `mimetype`
//! first and stored, fixed entry times and permissions, our identifier and publisher in
//! the package document, one id per element, the language on the navigation document.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::xhtml::{attr, text};
use crate::doc::LocalizedBook;
use crate::project::manifest::Date;

/// Normalise the archive `raw` for `book`.
pub fn normalise(raw: &[u8], book: &LocalizedBook) -> Result<Vec<u8>, String> {
    let err = |e: zip::result::ZipError| e.to_string();
    let mut input = ZipArchive::new(Cursor::new(raw)).map_err(err)?;
    let mut entries = Vec::new();
    for i in 0..input.len() {
        let mut f = input.by_index(i).map_err(err)?;
        if f.is_dir() {
            continue;
        }
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        entries.push((f.name().to_string(), bytes));
    }
    // mimetype first, then everything else in name order.
    entries.sort_by(|a, b| (a.0 != "mimetype", &a.0).cmp(&(b.0 != "mimetype", &b.0)));
    let time = fixed_time(book.meta.date);
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        let bytes = patch(&name, bytes, book);
        let method = if name == "mimetype" { CompressionMethod::Stored } else { CompressionMethod::Deflated };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(time)
            .unix_permissions(0o644);
        out.start_file(name, options).map_err(err)?;
        out.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    Ok(out.finish().map_err(err)?.into_inner())
}

/// The document date as a zip entry time; zip cannot store dates before 1980 or after 2107.
fn fixed_time(d: Date) -> DateTime {
    let year = u16::try_from(d.year.clamp(1980, 2107)).unwrap_or(1980);
    DateTime::from_date_and_time(year, d.month, d.day, 0, 0, 0).unwrap_or_default()
}

fn patch(name: &str, bytes: Vec<u8>, book: &LocalizedBook) -> Vec<u8> {
    let Ok(s) = String::from_utf8(bytes.clone()) else { return bytes };
    let patched = match name {
        n if n.ends_with("content.opf") => patch_opf(&s, book),
        n if n.ends_with("nav.xhtml") => {
            let l = attr(&book.locale);
            s.replacen(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"",
                &format!("<html xml:lang=\"{l}\" lang=\"{l}\" xmlns=\"http://www.w3.org/1999/xhtml\""),
                1,
            )
        }
        _ => return bytes,
    };
    patched.into_bytes()
}

fn patch_opf(s: &str, book: &LocalizedBook) -> String {
    // epub-builder gives dc:language and dc:creator the same id: drop it from the language.
    let mut s = s.replace("<dc:language id=\"epub-creator-0\">", "<dc:language>");
    if let (Some(start), Some(end)) = (s.find("<dc:identifier id=\"epub-id-1\">"), s.find("</dc:identifier>"))
    {
        let open = "<dc:identifier id=\"epub-id-1\">".len();
        s.replace_range(start + open..end, &text(&book.meta.identifier));
    }
    let publisher = format!(
        "<dc:publisher>{}</dc:publisher>\n    <meta property=\"dcterms:modified\">",
        text(&book.meta.publisher)
    );
    s.replacen("<meta property=\"dcterms:modified\">", &publisher, 1)
}
