//! What the EPUB's XHTML writer and the site's HTML writer share: the one escaper, and the
//! elements both write the same way (lists, tables, inline content). Each writer supplies
//! what differs through `Sink` and `InlineSink`: where internal links point, how an image is written, the
//! attributes of an outside link and the line break.

use std::borrow::Cow;

use crate::doc::{Align, Block, Inline, ListItem, MethodRow};

/// Escape text content: `&`, `<` and `>` become references; characters that XML 1.0 or
/// HTML forbid (controls, noncharacters) are dropped rather than written.
pub fn text(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Escape a double- or single-quoted attribute value (also `"` and `'`).
pub fn attr(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, quotes: bool) -> Cow<'_, str> {
    let special =
        |c: char| matches!(c, '&' | '<' | '>') || (quotes && matches!(c, '"' | '\'')) || !allowed(c);
    if !s.chars().any(special) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&#39;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// Whether `c` may be written: no C0/C1 controls except whitespace, no surrogates (never
/// in a `str`), no noncharacters (`U+FDD0..U+FDEF`, `U+xFFFE`, `U+xFFFF`).
fn allowed(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => false,
        '\u{fdd0}'..='\u{fdef}' => false,
        c => (c as u32) & 0xfffe != 0xfffe,
    }
}

/// Where inline content is written, as the shared inline writer sees it.
pub trait InlineSink {
    /// Append markup.
    fn push(&mut self, s: &str);
    /// The target of an internal link to `chapter` (and an anchored block of it).
    fn xref(&self, chapter: &str, anchor: Option<&str>) -> String;
    /// Write an image of the asset store.
    fn image(&mut self, src: &str, alt: &str);
    /// Attributes of a link to an outside address (after `href`).
    const OUTSIDE_LINK: &'static str;
    /// A hard line break.
    const BREAK: &'static str;
}

/// One page's writer, as the shared block writers see it.
pub trait Sink: InlineSink {
    /// Write nested blocks under a heading of level `depth`.
    fn blocks(&mut self, blocks: &[Block], depth: u8);
    /// The attributes marking text in language `tag` (none for the page's own).
    fn lang(&self, tag: Option<&str>) -> String;
    /// An interface label: its escaped text and its language attributes.
    fn label(&self, key: &str) -> (String, String);
}

/// A bullet or numbered list; a tight item (one paragraph) is written without `<p>`.
pub fn list(s: &mut impl Sink, ordered: bool, start: u32, items: &[ListItem], depth: u8) {
    let tag = if ordered { "ol" } else { "ul" };
    let start_attr = if ordered && start != 1 { format!(" start=\"{start}\"") } else { String::new() };
    s.push(&format!("<{tag}{start_attr}>\n"));
    for item in items {
        s.push("<li>");
        if let Some(done) = item.task {
            // A task item of the text, not an interactive checklist item.
            let glyph = if done { '\u{2611}' } else { '\u{2610}' };
            s.push(&format!("<span class=\"box\" aria-hidden=\"true\">{glyph}</span> "));
        }
        match item.blocks.as_slice() {
            [Block::Paragraph { inlines: i }] => inlines(s, i),
            blocks => s.blocks(blocks, depth),
        }
        s.push("</li>\n");
    }
    s.push(&format!("</{tag}>\n"));
}

/// A table with a header row; column alignment as a class.
pub fn table(s: &mut impl Sink, align: &[Align], head: &[Vec<Inline>], rows: &[Vec<Vec<Inline>>]) {
    let class = |i: usize| match align.get(i) {
        Some(Align::Left) => " class=\"left\"",
        Some(Align::Center) => " class=\"center\"",
        Some(Align::Right) => " class=\"right\"",
        Some(Align::None) | None => "",
    };
    s.push("<table>\n<thead><tr>");
    for (i, cell) in head.iter().enumerate() {
        s.push(&format!("<th scope=\"col\"{}>", class(i)));
        inlines(s, cell);
        s.push("</th>");
    }
    s.push("</tr></thead>\n<tbody>\n");
    for row in rows {
        s.push("<tr>");
        for (i, cell) in row.iter().enumerate() {
            s.push(&format!("<td{}>", class(i)));
            inlines(s, cell);
            s.push("</td>");
        }
        s.push("</tr>\n");
    }
    s.push("</tbody>\n</table>\n");
}

/// The methods-at-a-glance table: number, linked title, summary.
pub fn methods(s: &mut impl Sink, rows: &[MethodRow]) {
    let (m, ml) = s.label("ui-methods-table-method");
    let (sm, sl) = s.label("ui-methods-table-summary");
    let (n, nl) = s.label("ui-number");
    s.push(&format!("<table class=\"methods\">\n<thead><tr><th scope=\"col\"{nl}>{n}</th><th scope=\"col\"{ml}>{m}</th><th scope=\"col\"{sl}>{sm}</th></tr></thead>\n<tbody>\n"));
    for r in rows {
        let row = format!(
            "<tr><td>{}</td><td><a href=\"{}\"{}>{}</a></td><td{}>{}</td></tr>\n",
            r.number,
            attr(&s.xref(&r.chapter, None)),
            s.lang(r.title_lang.as_deref()),
            text(&r.title),
            s.lang(r.summary_lang.as_deref()),
            text(&r.summary)
        );
        s.push(&row);
    }
    s.push("</tbody>\n</table>\n");
}

/// Inline content.
pub fn inlines<S: InlineSink>(s: &mut S, list: &[Inline]) {
    for i in list {
        match i {
            Inline::Text { text: t } => s.push(&text(t)),
            Inline::Emph { inlines: c } => wrap(s, "em", c),
            Inline::Strong { inlines: c } => wrap(s, "strong", c),
            Inline::Strike { inlines: c } => wrap(s, "del", c),
            Inline::Code { text: t } => s.push(&format!("<code>{}</code>", text(t))),
            Inline::Link { url, inlines: c } => {
                s.push(&format!("<a href=\"{}\"{}>", attr(url), S::OUTSIDE_LINK));
                inlines(s, c);
                s.push("</a>");
            }
            Inline::Xref { chapter, anchor, inlines: c } => {
                let href = s.xref(chapter, anchor.as_deref());
                s.push(&format!("<a href=\"{}\">", attr(&href)));
                inlines(s, c);
                s.push("</a>");
            }
            Inline::Image { src, alt } => s.image(src, alt),
            Inline::Break => s.push(S::BREAK),
        }
    }
}

fn wrap(s: &mut impl InlineSink, tag: &str, content: &[Inline]) {
    s.push(&format!("<{tag}>"));
    inlines(s, content);
    s.push(&format!("</{tag}>"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_markup_characters_and_drops_forbidden_ones() {
        assert_eq!(text("x < y > z & ]]>"), "x &lt; y &gt; z &amp; ]]&gt;");
        assert_eq!(attr("\"a\" 'b'"), "&quot;a&quot; &#39;b&#39;");
        assert_eq!(text("a\u{0}b\u{1b}c\u{85}d\u{fffe}e"), "abcde");
        assert!(matches!(text("plain"), Cow::Borrowed(_)));
    }

    proptest! {
        /// Escaped text never contains markup and unescapes back to the input without
        /// its forbidden characters.
        #[test]
        fn escaping_round_trips(s in any::<String>()) {
            let e = attr(&s);
            prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''));
            let back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
            let legal: String = s.chars().filter(|c| allowed(*c)).collect();
            prop_assert_eq!(back, legal);
        }
    }
}
