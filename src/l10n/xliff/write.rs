//! The XLIFF 2.1 and 1.2 writers: one escaping function for text and one for
//! attributes, so no translator or source text is ever read as markup.

use std::fmt::Write as _;

use super::XliffError;
use super::inline::{Code, Inline, Kind, Piece};
use super::units::{Unit, Units};

/// XLIFF 2's namespace (2.0, 2.1 and 2.2 share it).
pub const NS2: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// XLIFF 1.2's namespace.
pub const NS12: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Which XLIFF to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// XLIFF 2.1 (the default).
    Xliff2,
    /// XLIFF 1.2, for Weblate and older CAT tools.
    Xliff12,
}

/// A character XML 1.0 cannot carry, even as a character reference.
pub fn forbidden(c: char) -> bool {
    !matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escape element text. A character XML forbids becomes XLIFF 2's `<cp hex="…"/>`; XLIFF
/// 1.2 has no such element, so it is refused there (`Err` with the character).
fn text(out: &mut String, s: &str, format: Format) -> Result<(), char> {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if forbidden(c) => match format {
                Format::Xliff2 => {
                    let _ = write!(out, "<cp hex=\"{:04X}\"/>", u32::from(c));
                }
                Format::Xliff12 => return Err(c),
            },
            c => out.push(c),
        }
    }
    Ok(())
}

/// An attribute value in double quotes. Whitespace other than the space is written as a
/// character reference (attribute normalisation would turn it into spaces), and a
/// character XML forbids as U+FFFD: attributes only display codes, `originalData` or
/// the code's content carries them.
fn attr(out: &mut String, name: &str, value: &str) {
    let _ = write!(out, " {name}=\"");
    out.push_str(&display_escaped(value));
    out.push('"');
}

fn display_escaped(value: &str) -> String {
    let mut out = String::new();
    for c in display(value).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// What a code's `disp` shows: its Fluent, with characters XML forbids as U+FFFD.
pub fn display(fluent: &str) -> String {
    fluent.chars().map(|c| if forbidden(c) { '\u{FFFD}' } else { c }).collect()
}

/// The whole document in `format`.
pub fn write(units: &Units, format: Format) -> Result<String, XliffError> {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    match format {
        Format::Xliff2 => {
            out.push_str("<xliff");
            attr(&mut out, "xmlns", NS2);
            attr(&mut out, "version", "2.1");
            attr(&mut out, "srcLang", &units.reference);
            attr(&mut out, "trgLang", &units.locale);
            out.push_str(">\n");
        }
        Format::Xliff12 => {
            out.push_str("<xliff");
            attr(&mut out, "xmlns", NS12);
            attr(&mut out, "version", "1.2");
            out.push_str(">\n");
        }
    }
    for file in &units.files {
        match format {
            Format::Xliff2 => {
                out.push_str("  <file");
                attr(&mut out, "id", &file.id);
                attr(&mut out, "original", &file.name);
                out.push_str(">\n");
            }
            Format::Xliff12 => {
                out.push_str("  <file");
                attr(&mut out, "original", &file.name);
                attr(&mut out, "source-language", &units.reference);
                attr(&mut out, "target-language", &units.locale);
                attr(&mut out, "datatype", "plaintext");
                out.push_str(">\n    <body>\n");
            }
        }
        for unit in &file.units {
            let written = match format {
                Format::Xliff2 => unit2(&mut out, unit),
                Format::Xliff12 => unit12(&mut out, unit),
            };
            written.map_err(|c| XliffError::Forbidden {
                file: file.name.clone(),
                unit: unit.key.clone(),
                ch: c,
            })?;
        }
        out.push_str(if format == Format::Xliff2 { "  </file>\n" } else { "    </body>\n  </file>\n" });
    }
    out.push_str("</xliff>\n");
    Ok(out)
}

/// `initial` for a missing or stale translation, else `translated`.
fn translated(unit: &Unit) -> bool {
    unit.target.is_some() && unit.old_source.is_none()
}

fn unit2(out: &mut String, unit: &Unit) -> Result<(), char> {
    out.push_str("    <unit");
    attr(out, "id", &unit.key);
    attr(out, "name", &unit.key);
    out.push_str(">\n");
    let notes = [("group", &unit.group), ("comment", &unit.comment), ("old-source", &unit.old_source)];
    if notes.iter().any(|(_, n)| n.is_some()) {
        out.push_str("      <notes>\n");
        for (category, note) in notes {
            if let Some(note) = note {
                out.push_str("        <note");
                attr(out, "category", category);
                out.push('>');
                text(out, note, Format::Xliff2)?;
                out.push_str("</note>\n");
            }
        }
        out.push_str("      </notes>\n");
    }
    original_data(out, unit)?;
    out.push_str("      <segment");
    attr(out, "state", if translated(unit) { "translated" } else { "initial" });
    out.push_str(">\n        <source xml:space=\"preserve\">");
    inline2(out, &unit.source)?;
    out.push_str("</source>\n");
    if let Some(target) = &unit.target {
        out.push_str("        <target xml:space=\"preserve\">");
        inline2(out, target)?;
        out.push_str("</target>\n");
    }
    out.push_str("      </segment>\n    </unit>\n");
    Ok(())
}

/// The `originalData` id of a code's Fluent (`end`: its closing half).
pub fn data_id(code: &Code, end: bool) -> String {
    format!("d{}{}", code.id, if end { "e" } else { "" })
}

/// `<originalData>`: the Fluent of every code of source and target, once each.
fn original_data(out: &mut String, unit: &Unit) -> Result<(), char> {
    let mut codes: Vec<&Code> = unit.source.codes.iter().collect();
    for c in unit.target.iter().flat_map(|t| &t.codes) {
        if !codes.iter().any(|s| s.id == c.id) {
            codes.push(c);
        }
    }
    if codes.is_empty() {
        return Ok(());
    }
    out.push_str("      <originalData>\n");
    for c in codes {
        for (end, fluent) in [(false, &c.start), (true, &c.end)] {
            if fluent.is_empty() {
                continue;
            }
            out.push_str("        <data");
            attr(out, "id", &data_id(c, end));
            out.push('>');
            text(out, fluent, Format::Xliff2)?;
            out.push_str("</data>\n");
        }
    }
    out.push_str("      </originalData>\n");
    Ok(())
}

fn inline2(out: &mut String, inline: &Inline) -> Result<(), char> {
    for piece in &inline.pieces {
        match piece {
            Piece::Text(t) => text(out, t, Format::Xliff2)?,
            Piece::Ph(i) => {
                let c = &inline.codes[*i];
                out.push_str("<ph");
                attr(out, "id", &c.id);
                attr(out, "dataRef", &data_id(c, false));
                attr(out, "disp", &c.start);
                attr(out, "equiv", &c.start);
                out.push_str("/>");
            }
            Piece::Open(i) => {
                let c = &inline.codes[*i];
                out.push_str("<pc");
                attr(out, "id", &c.id);
                if c.kind == Kind::Link {
                    attr(out, "type", "link");
                }
                attr(out, "dataRefStart", &data_id(c, false));
                if !c.end.is_empty() {
                    attr(out, "dataRefEnd", &data_id(c, true));
                }
                attr(out, "dispStart", &c.start);
                if !c.end.is_empty() {
                    attr(out, "dispEnd", &c.end);
                }
                attr(out, "canOverlap", "no");
                out.push('>');
            }
            Piece::Close(_) => out.push_str("</pc>"),
        }
    }
    Ok(())
}

fn unit12(out: &mut String, unit: &Unit) -> Result<(), char> {
    out.push_str("      <trans-unit");
    attr(out, "id", &unit.key);
    attr(out, "resname", &unit.key);
    attr(out, "xml:space", "preserve");
    out.push_str(">\n        <source>");
    inline12(out, &unit.source)?;
    out.push_str("</source>\n");
    if let Some(target) = &unit.target {
        out.push_str("        <target");
        attr(out, "state", if translated(unit) { "translated" } else { "needs-review-translation" });
        out.push('>');
        inline12(out, target)?;
        out.push_str("</target>\n");
    }
    let notes = [
        ("fluent-group-comment", "general", &unit.group),
        ("fluent-comment", "general", &unit.comment),
        ("old-source", "source", &unit.old_source),
    ];
    for (from, annotates, note) in notes {
        if let Some(note) = note {
            out.push_str("        <note");
            attr(out, "from", from);
            attr(out, "annotates", annotates);
            out.push('>');
            text(out, note, Format::Xliff12)?;
            out.push_str("</note>\n");
        }
    }
    out.push_str("      </trans-unit>\n");
    Ok(())
}

/// The 1.2 `ctype` of a code.
fn ctype(kind: Kind) -> &'static str {
    match kind {
        Kind::Placeable => "x-fluent-placeable",
        Kind::Literal => "x-markdown-code",
        Kind::Select => "x-fluent-select",
        Kind::Variant => "x-fluent-variant",
        Kind::Link => "link",
    }
}

fn inline12(out: &mut String, inline: &Inline) -> Result<(), char> {
    for piece in &inline.pieces {
        let (tag, code, fluent) = match piece {
            Piece::Text(t) => {
                text(out, t, Format::Xliff12)?;
                continue;
            }
            Piece::Ph(i) => ("ph", &inline.codes[*i], &inline.codes[*i].start),
            Piece::Open(i) => ("bpt", &inline.codes[*i], &inline.codes[*i].start),
            Piece::Close(i) => ("ept", &inline.codes[*i], &inline.codes[*i].end),
        };
        let _ = write!(out, "<{tag}");
        attr(out, "id", &code.id);
        if tag != "ept" {
            attr(out, "ctype", ctype(code.kind));
        }
        out.push('>');
        text(out, fluent, Format::Xliff12)?;
        let _ = write!(out, "</{tag}>");
    }
    Ok(())
}
