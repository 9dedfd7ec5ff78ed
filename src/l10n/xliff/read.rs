//! One reader for XLIFF 2.x and 1.2: every unit's source and target as text and code
//! events, each code with what the file says it is, so the import can check it.

use roxmltree::{Document, Node};

use super::write::{NS2, NS12};

/// A code as the file writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Its id.
    pub id: String,
    /// `disp` / `dispStart` / `dispEnd` when present.
    pub disp: Option<String>,
    /// The Fluent it carries: `originalData` (2.x) or its content (1.2), when present.
    pub data: Option<String>,
    /// Byte offset of the element in the file.
    pub pos: usize,
}

/// Text or one code of a source or target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Text.
    Text(String),
    /// A standalone code.
    Ph(Tag),
    /// The opening half of a paired code.
    Open(Tag),
    /// The closing half of a paired code.
    Close(Tag),
}

/// One unit as read.
#[derive(Debug, Clone)]
pub struct ReadUnit {
    /// Its file: the XLIFF 2 file id, or the 1.2 `original`.
    pub file: String,
    /// Its id.
    pub id: String,
    /// The source.
    pub source: Vec<Event>,
    /// The target, when every segment has one.
    pub target: Option<Vec<Event>>,
    /// `state` of the (first) segment or target.
    pub state: Option<String>,
    /// Byte offset of the unit and of its target in the file.
    pub pos: usize,
    /// Byte offset of the target.
    pub target_pos: usize,
}

/// A read document.
#[derive(Debug, Clone)]
pub struct ReadDoc {
    /// `2.x` or `1.2`.
    pub version: String,
    /// Source and target language.
    pub languages: (Option<String>, Option<String>),
    /// Units in document order.
    pub units: Vec<ReadUnit>,
}

/// Why a document cannot be read: a message and the byte offset it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ReadError {
    /// What is wrong.
    pub message: String,
    /// Where.
    pub pos: usize,
}

fn err(message: impl Into<String>, node: Node) -> ReadError {
    ReadError { message: message.into(), pos: node.range().start }
}

/// Read an XLIFF 2.x or 1.2 document (told apart by the root's namespace).
pub fn read(xml: &str) -> Result<ReadDoc, ReadError> {
    let doc = Document::parse(xml).map_err(|e| ReadError {
        message: match e {
            roxmltree::Error::DtdDetected => {
                "a DTD is not accepted in an XLIFF file (it can define entities)".into()
            }
            ref e => format!("not well-formed XML: {e}"),
        },
        pos: offset(xml, e.pos().row as usize, e.pos().col as usize),
    })?;
    let root = doc.root_element();
    let ns = root.tag_name().namespace().unwrap_or("");
    if root.tag_name().name() != "xliff" || (ns != NS2 && ns != NS12) {
        return Err(err(
            "not an XLIFF 2.x or 1.2 document (the root must be <xliff> in an XLIFF namespace)",
            root,
        ));
    }
    if ns == NS2 { read2(root) } else { read12(root) }
}

/// The byte offset of a 1-based row and character column.
fn offset(text: &str, row: usize, col: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(row.saturating_sub(1)).map(str::len).sum();
    let line = text[start.min(text.len())..].lines().next().unwrap_or("");
    start + line.char_indices().nth(col.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn read2(root: Node) -> Result<ReadDoc, ReadError> {
    let languages =
        (root.attribute("srcLang").map(String::from), root.attribute("trgLang").map(String::from));
    let mut units = Vec::new();
    for file in children(root, "file") {
        let file_id = file.attribute("id").ok_or_else(|| err("<file> without id", file))?;
        for unit in file.descendants().filter(|n| n.is_element() && n.tag_name().name() == "unit") {
            units.push(unit2(file_id, unit)?);
        }
    }
    Ok(ReadDoc { version: "2.x".into(), languages, units })
}

fn unit2(file: &str, unit: Node) -> Result<ReadUnit, ReadError> {
    let id = unit.attribute("id").ok_or_else(|| err("<unit> without id", unit))?;
    let data: Vec<(String, String)> = children(unit, "originalData")
        .flat_map(|o| children(o, "data"))
        .map(|d| Ok((d.attribute("id").unwrap_or("").to_string(), content_text(d)?)))
        .collect::<Result<_, ReadError>>()?;
    let mut source = Vec::new();
    let mut target = Some(Vec::new());
    let mut state = None;
    let mut target_pos = unit.range().start;
    for part in unit.children().filter(|c| c.is_element()) {
        let name = part.tag_name().name();
        if name != "segment" && name != "ignorable" {
            continue;
        }
        if name == "segment" && state.is_none() {
            state = part.attribute("state").map(String::from);
        }
        let src = children(part, "source").next().ok_or_else(|| err("a segment without <source>", part))?;
        let mut part_source = Vec::new();
        events2(src, &data, &mut part_source)?;
        match (children(part, "target").next(), target.as_mut()) {
            (Some(t), Some(events)) => {
                if events.is_empty() {
                    target_pos = t.range().start;
                }
                events2(t, &data, events)?;
            }
            (None, Some(events)) if name == "ignorable" => append(events, &part_source),
            _ => target = None,
        }
        append(&mut source, &part_source);
    }
    Ok(ReadUnit {
        file: file.into(),
        id: id.into(),
        source,
        target,
        state,
        pos: unit.range().start,
        target_pos,
    })
}

/// Text of `<data>` or a note, with `<cp>` as its character.
fn content_text(node: Node) -> Result<String, ReadError> {
    let mut out = String::new();
    for c in node.children() {
        if c.is_text() {
            out.push_str(c.text().unwrap_or(""));
        } else if c.is_element() && c.tag_name().name() == "cp" {
            out.push(cp(c)?);
        }
    }
    Ok(out)
}

fn cp(node: Node) -> Result<char, ReadError> {
    node.attribute("hex")
        .and_then(|h| u32::from_str_radix(h, 16).ok())
        .and_then(char::from_u32)
        .ok_or_else(|| err("<cp> without a valid hex code point", node))
}

fn events2(node: Node, data: &[(String, String)], out: &mut Vec<Event>) -> Result<(), ReadError> {
    let lookup =
        |r: Option<&str>| r.and_then(|r| data.iter().find(|(id, _)| id == r).map(|(_, v)| v.clone()));
    for c in node.children() {
        if c.is_text() {
            push_text(out, c.text().unwrap_or(""));
            continue;
        }
        if !c.is_element() {
            continue;
        }
        let tag = |id: Option<&str>, disp: &str, data_ref: &str| Tag {
            id: id.unwrap_or("").to_string(),
            disp: c.attribute(disp).map(String::from),
            data: lookup(c.attribute(data_ref)),
            pos: c.range().start,
        };
        match c.tag_name().name() {
            "ph" => out.push(Event::Ph(tag(c.attribute("id"), "disp", "dataRef"))),
            "pc" => {
                out.push(Event::Open(tag(c.attribute("id"), "dispStart", "dataRefStart")));
                events2(c, data, out)?;
                out.push(Event::Close(tag(c.attribute("id"), "dispEnd", "dataRefEnd")));
            }
            "sc" => out.push(Event::Open(tag(c.attribute("id"), "disp", "dataRef"))),
            "ec" => {
                out.push(Event::Close(tag(c.attribute("startRef").or(c.attribute("id")), "disp", "dataRef")))
            }
            "cp" => push_text(out, &cp(c)?.to_string()),
            "mrk" => events2(c, data, out)?,
            "sm" | "em" => {}
            other => return Err(err(format!("<{other}> is not an XLIFF 2 inline element"), c)),
        }
    }
    Ok(())
}

/// Append events, joining text.
fn append(out: &mut Vec<Event>, events: &[Event]) {
    for e in events {
        match e {
            Event::Text(t) => push_text(out, t),
            e => out.push(e.clone()),
        }
    }
}

fn push_text(out: &mut Vec<Event>, text: &str) {
    if let Some(Event::Text(t)) = out.last_mut() {
        t.push_str(text);
    } else if !text.is_empty() {
        out.push(Event::Text(text.to_string()));
    }
}

fn read12(root: Node) -> Result<ReadDoc, ReadError> {
    let mut languages = (None, None);
    let mut units = Vec::new();
    for file in children(root, "file") {
        let original = file.attribute("original").ok_or_else(|| err("<file> without original", file))?;
        languages = (
            file.attribute("source-language").map(String::from),
            file.attribute("target-language").map(String::from),
        );
        for tu in file.descendants().filter(|n| n.is_element() && n.tag_name().name() == "trans-unit") {
            let id = tu.attribute("id").ok_or_else(|| err("<trans-unit> without id", tu))?;
            let src =
                children(tu, "source").next().ok_or_else(|| err("<trans-unit> without <source>", tu))?;
            let mut source = Vec::new();
            events12(src, &mut source)?;
            let tgt = children(tu, "target").next();
            let target = match tgt {
                Some(t) => {
                    let mut events = Vec::new();
                    events12(t, &mut events)?;
                    Some(events)
                }
                None => None,
            };
            units.push(ReadUnit {
                file: original.into(),
                id: id.into(),
                source,
                target,
                state: tgt.and_then(|t| t.attribute("state")).map(String::from),
                pos: tu.range().start,
                target_pos: tgt.map_or(tu.range().start, |t| t.range().start),
            });
        }
    }
    Ok(ReadDoc { version: "1.2".into(), languages, units })
}

fn events12(node: Node, out: &mut Vec<Event>) -> Result<(), ReadError> {
    for c in node.children() {
        if c.is_text() {
            push_text(out, c.text().unwrap_or(""));
            continue;
        }
        if !c.is_element() {
            continue;
        }
        let tag = |id: Option<&str>, data: Option<String>| Tag {
            id: id.unwrap_or("").to_string(),
            disp: None,
            data,
            pos: c.range().start,
        };
        let id = c.attribute("id");
        let name = c.tag_name().name();
        if matches!(name, "ph" | "bpt" | "ept") && c.children().any(|n| n.is_element()) {
            return Err(err(format!("<{name}> with markup inside its native code"), c));
        }
        let content = || Some(c.text().map(String::from).unwrap_or_default());
        match name {
            "ph" => out.push(Event::Ph(tag(id, content()))),
            "x" => out.push(Event::Ph(tag(id, None))),
            "bpt" => out.push(Event::Open(tag(id, content()))),
            "ept" => out.push(Event::Close(tag(c.attribute("rid").or(id), content()))),
            "bx" => out.push(Event::Open(tag(id, None))),
            "ex" => out.push(Event::Close(tag(c.attribute("rid").or(id), None))),
            "g" => {
                out.push(Event::Open(tag(id, None)));
                events12(c, out)?;
                out.push(Event::Close(tag(id, None)));
            }
            "mrk" => events12(c, out)?,
            other => return Err(err(format!("<{other}> is not a supported XLIFF 1.2 inline element"), c)),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_from_a_dtd_and_foreign_documents_are_refused() {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<xliff>&b;</xliff>";
        let e = read(laughs).expect_err("a DTD is refused");
        assert!(e.message.contains("a DTD is not accepted"), "{e:?}");
        let e = read("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>").expect_err("not XLIFF");
        assert!(e.message.contains("not an XLIFF"), "{e:?}");
        let cut = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n  <file></unit>";
        let e = read(cut).expect_err("cut");
        assert_eq!(
            &cut[..e.pos],
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n  <file>",
            "{e:?}"
        );
    }

    #[test]
    fn segments_are_joined_and_markers_read_through() {
        let xml = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fi">
<file id="f"><unit id="u"><originalData><data id="d1">{ $n }</data></originalData>
<segment state="translated"><source>One. </source><target>Yksi. </target></segment>
<ignorable><source> </source></ignorable>
<segment><source>Two <ph id="1" dataRef="d1"/>.</source><target><mrk id="m" translate="yes">Kaksi</mrk> <sc id="2"/><ph id="1" dataRef="d1"/><ec startRef="2"/><cp hex="001B"/>.</target></segment>
</unit></file></xliff>"#;
        let doc = read(xml).expect("reads");
        let u = &doc.units[0];
        assert_eq!(u.state.as_deref(), Some("translated"));
        let target = u.target.as_ref().expect("target");
        assert_eq!(target[0], Event::Text("Yksi.  Kaksi ".into()));
        assert!(matches!(&target[1], Event::Open(t) if t.id == "2"));
        assert!(matches!(&target[2], Event::Ph(t) if t.id == "1" && t.data.as_deref() == Some("{ $n }")));
        assert!(matches!(&target[3], Event::Close(t) if t.id == "2"));
        assert_eq!(target[4], Event::Text("\u{1b}.".into()));
    }
}
