//! The one HTML escaper of the site: every string from a source, a translator or a theme
//! setting goes through `text` or `attr` before it becomes part of a page.

use std::borrow::Cow;

/// Escape text content: `&`, `<` and `>` become references; control characters that HTML
/// forbids are dropped rather than written.
pub fn text(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Escape a double- or single-quoted attribute value (also `"` and `'`).
pub fn attr(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// ` lang="<tag>"` for text in another language than the page, or nothing.
pub fn lang(tag: Option<&str>) -> String {
    tag.map(|t| format!(" lang=\"{}\"", attr(t))).unwrap_or_default()
}

/// Escaped text, in a `<span lang>` when it is in another language than the page.
pub fn text_in(s: &str, tag: Option<&str>) -> String {
    match tag {
        Some(_) => format!("<span{}>{}</span>", lang(tag), text(s)),
        None => text(s).into_owned(),
    }
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

/// Whether HTML allows `c` in text: no C0/C1 controls except whitespace, no noncharacters.
fn allowed(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => false,
        '\u{fdd0}'..='\u{fdef}' => false,
        c => (c as u32) & 0xfffe != 0xfffe,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hostile_strings_become_text() {
        assert_eq!(text("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(attr("\"><img src=x onerror='a()'>"), "&quot;&gt;&lt;img src=x onerror=&#39;a()&#39;&gt;");
        assert_eq!(text("{{ x }} & {% y %}"), "{{ x }} &amp; {% y %}");
        assert_eq!(text("a\u{0}b\u{1b}c\u{85}d"), "abcd");
        assert!(matches!(text("plain"), Cow::Borrowed(_)));
        assert_eq!(lang(Some("en\"x")), " lang=\"en&quot;x\"");
        assert_eq!(text_in("<b>", Some("en")), "<span lang=\"en\">&lt;b&gt;</span>");
    }

    proptest! {
        /// Escaped attribute text never contains markup characters.
        #[test]
        fn escaped_attributes_hold_no_markup(s in any::<String>()) {
            let e = attr(&s);
            prop_assert!(!e.contains(['<', '>', '"', '\'']));
            let back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            let legal: String = s.chars().filter(|c| allowed(*c)).collect();
            prop_assert_eq!(back, legal);
        }
    }
}
