//! Recognise an SVG image and refuse one that could run code or pull in other files: a
//! published SVG must draw only what is inside it.

use roxmltree::{Document, Node, ParsingOptions};

use super::MediaType;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A node budget far above real figures, so a crafted file cannot exhaust memory.
const NODES_LIMIT: u32 = 1_000_000;

/// `Ok(Some(Svg))` for a safe SVG, `Ok(None)` for anything that is not SVG at all, and
/// `Err(why)` for an SVG that is broken or reaches outside itself.
pub fn sniff(bytes: &[u8]) -> Result<Option<MediaType>, String> {
    let Ok(text) = std::str::from_utf8(bytes) else { return Ok(None) };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains("<svg") {
        return Ok(None);
    }
    let options = ParsingOptions { allow_dtd: true, nodes_limit: NODES_LIMIT, ..ParsingOptions::default() };
    let doc =
        Document::parse_with_options(text, options).map_err(|e| format!("is not well-formed XML: {e}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        return Ok(None);
    }
    if root.tag_name().namespace() != Some(SVG_NS) {
        return Err(format!("has no `xmlns=\"{SVG_NS}\"` on its root element"));
    }
    for node in doc.root().descendants() {
        check_node(node)?;
    }
    Ok(Some(MediaType::Svg))
}

fn check_node(node: Node) -> Result<(), String> {
    if let Some(pi) = node.pi().filter(|pi| pi.target.eq_ignore_ascii_case("xml-stylesheet")) {
        return Err(format!("loads a stylesheet (`<?{} ...?>`)", pi.target));
    }
    if !node.is_element() {
        return Ok(());
    }
    let name = node.tag_name().name();
    if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("foreignObject") {
        return Err(format!("contains a <{name}> element"));
    }
    if name.eq_ignore_ascii_case("style") {
        check_css(node.text().unwrap_or_default())?;
    }
    for attr in node.attributes() {
        let (key, value) = (attr.name(), attr.value());
        if key.len() > 2 && key.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on")) {
            return Err(format!("has an event handler `{key}`"));
        }
        if key == "href" && !internal(value) {
            return Err(format!("links to `{value}` outside itself"));
        }
        if key == "style" {
            check_css(value)?;
        }
    }
    Ok(())
}

/// A reference that stays inside the file: a fragment, or an embedded raster image.
fn internal(url: &str) -> bool {
    let url = url.trim().trim_matches(['"', '\'']);
    url.starts_with('#')
        || ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"]
            .iter()
            .any(|p| url.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)))
}

/// Stylesheets may use only internal `url(...)` references and no `@import`.
fn check_css(css: &str) -> Result<(), String> {
    let lower = css.to_ascii_lowercase();
    if lower.contains("@import") {
        return Err("imports a stylesheet (`@import`)".into());
    }
    for (i, _) in lower.match_indices("url(") {
        let arg = &css[i + 4..];
        let arg = &arg[..arg.find(')').unwrap_or(arg.len())];
        if !internal(arg) {
            return Err(format!("refers to `{}` outside itself in its style", arg.trim()));
        }
    }
    Ok(())
}
