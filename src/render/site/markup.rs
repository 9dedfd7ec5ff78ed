//! The one HTML escaper of the site: every string from a source, a translator or a theme
//! setting goes through `text` or `attr` before it becomes part of a page.

pub use crate::render::html::{attr, text};

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

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

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
}
