//! Write the EPUB container reproducibly: `mimetype` first and stored, then every other
//! file deflated in the given order, with fixed entry times and permissions.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::doc::LocalizedBook;
use crate::project::manifest::Date;

/// The zip archive of `files` (path, bytes) for `book`; `mimetype` must come first.
pub fn archive(files: Vec<(String, Vec<u8>)>, book: &LocalizedBook) -> Result<Vec<u8>, String> {
    if files.first().is_none_or(|(name, _)| name != "mimetype") {
        return Err("the EPUB container must start with `mimetype`".into());
    }
    let err = |e: zip::result::ZipError| e.to_string();
    let time = fixed_time(book.meta.date);
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
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
