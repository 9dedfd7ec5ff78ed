//! The pseudo-locale `en-XA`: the reference text accented, about a third longer and
//! bracketed, so text that bypassed Fluent (plain ASCII) and layouts that overflow with
//! longer translations show up before a real translation exists.

use std::borrow::Cow;

/// The pseudo-locale's tag.
pub const LOCALE: &str = "en-XA";

/// Accent and lengthen one run of text and bracket it. Runs without a Latin letter
/// (spaces, numbers, punctuation) stay as they are, and so do `{name}` placeholders a
/// page fills in later (`{count}`): they are not text. Deterministic.
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2 + 2);
    out.push('[');
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        out.push_str(&fluent_pseudo::transform(&rest[..open], false, true));
        out.push_str(&rest[open..open + len + 1]);
        rest = &rest[open + len + 1..];
    }
    out.push_str(&fluent_pseudo::transform(rest, false, true));
    out.push(']');
    Cow::Owned(out)
}

/// Whether a word of rendered text shows the transform: it holds a bracket or a letter
/// outside ASCII, or it has no letter the transform could accent (numbers, `a`, `I`).
pub fn is_pseudo_word(word: &str) -> bool {
    word.contains(['[', ']'])
        || !word.is_ascii()
        || !word.chars().any(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

    #[test]
    fn accents_lengthens_and_brackets() {
        let t = transform("Check the dog");
        assert_eq!(t, "[Ƈħeeƈķ ŧħee ḓooɠ]");
        assert!(t.chars().count() as f64 >= "Check the dog".len() as f64 * 1.25);
        assert_eq!(transform("Check the dog"), t, "deterministic");
    }

    #[test]
    fn leaves_runs_without_letters_and_placeholders() {
        assert_eq!(transform(" "), " ");
        assert_eq!(transform("12 – 3."), "12 – 3.");
        assert_eq!(transform("Show {count} results"), "[Şħooẇ {count} řeeşuuŀŧş]");
        assert_eq!(transform("unclosed {brace"), "[uuƞƈŀooşeeḓ {ƀřaaƈee]");
    }

    /// Through Fluent's transform only pattern text changes: variable values do not.
    #[test]
    fn never_touches_variables() {
        let res = FluentResource::try_new("m = Visit { $who } at { $n }\n".to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec!["en-XA".parse().expect("tag")]);
        bundle.set_use_isolating(false);
        bundle.set_transform(Some(transform));
        bundle.add_resource(res).expect("adds");
        let mut args = FluentArgs::new();
        args.set("who", "https://example.org/x");
        args.set("n", 12);
        let msg = bundle.get_message("m").and_then(|m| m.value()).expect("message");
        let text = bundle.format_pattern(msg, Some(&args), &mut Vec::new());
        assert_eq!(text, "[Ṽişiŧ ]https://example.org/x[ aaŧ ]12");
    }

    #[test]
    fn recognises_pseudo_words() {
        assert!(is_pseudo_word("[Ƈħeeƈķ"));
        assert!(is_pseudo_word("a"));
        assert!(is_pseudo_word("12"));
        assert!(!is_pseudo_word("Check"));
    }
}
