use proptest::prelude::*;

use super::*;
use crate::doc::ir::{Block, Inline};

const N: char = NBSP;

#[test]
fn quotes_and_apostrophes_per_language() {
    let s = r#"He said "don't" and 'fine'."#;
    assert_eq!(line(s, "en"), "He said “don’t” and ‘fine’.");
    assert_eq!(line(s, "nl"), "He said “don’t” and ‘fine’.");
    assert_eq!(line(s, "de"), "He said „don’t“ and ‚fine‘.");
    assert_eq!(line(s, "is"), "He said „don’t“ and ‚fine‘.");
    assert_eq!(line(s, "fi"), "He said ”don’t” and ’fine’.");
    assert_eq!(line(s, "sv"), "He said ”don’t” and ’fine’.");
    assert_eq!(line(s, "ar"), "He said «don’t» and ‹fine›.");
}

#[test]
fn french_spaces_before_high_punctuation_and_inside_guillemets() {
    assert_eq!(
        line(r#"Il dit "oui" : l'utiliser ? Oui!"#, "fr"),
        format!("Il dit «{N}oui{N}»{N}: l’utiliser{N}? Oui{N}!")
    );
    assert_eq!(line("Quoi ?!", "fr"), format!("Quoi{N}?!"));
    assert_eq!(line("à 10:30 ; « bien »", "fr"), format!("à 10:30{N}; «{N}bien{N}»"));
}

#[test]
fn a_space_before_percent_after_a_number_does_not_break() {
    assert_eq!(line("50 % of 7%", "de"), format!("50{N}% of 7%"));
    assert_eq!(line("per % x", "fi"), "per % x");
}

#[test]
fn unknown_languages_get_only_apostrophes_between_letters() {
    assert_eq!(line(r#"l'eau "x" 'y'"#, "xx"), r#"l’eau "x" 'y'"#);
}

#[test]
fn addresses_are_never_touched() {
    let s = "see https://example.org/a'b?c=\"d\" or www.x.org/it's: 'ok'";
    assert_eq!(line(s, "fr"), format!("see https://example.org/a'b?c=\"d\" or www.x.org/it's: “ok”"));
}

#[test]
fn a_closing_quote_after_emphasis_closes_and_code_is_kept() {
    let mut inlines = vec![
        Inline::Text { text: "\"".into() },
        Inline::Emph { inlines: vec![Inline::Text { text: "word".into() }] },
        Inline::Text { text: "\" and ".into() },
        Inline::Code { text: "it's \"raw\"".into() },
        Inline::Link { url: "https://x.org/'q'".into(), inlines: vec![Inline::Text { text: "'s".into() }] },
    ];
    let mut flow = Flow::default();
    super::walk::walk_inlines(&mut inlines, rules("en"), &mut flow);
    let plain: Vec<String> = inlines.iter().map(|i| Inline::plain(std::slice::from_ref(i))).collect();
    assert_eq!(plain, ["“", "word", "” and ", "it's \"raw\"", "’s"]);
    assert!(matches!(&inlines[4], Inline::Link { url, .. } if url == "https://x.org/'q'"));
}

#[test]
fn fallback_text_keeps_its_own_language() {
    let mut blocks = vec![Block::Lang {
        lang: "en".into(),
        blocks: vec![Block::Paragraph { inlines: vec![Inline::Text { text: "\"a\"".into() }] }],
    }];
    super::walk::blocks(&mut blocks, "de");
    let Block::Lang { blocks, .. } = &blocks[0] else { unreachable!() };
    let Block::Paragraph { inlines } = &blocks[0] else { unreachable!() };
    assert_eq!(Inline::plain(inlines), "“a”");
}

/// Text with all spacing removed and every quote-like character alike: what the rules may
/// not change.
fn skeleton(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if "\"'“”„‚‘’«»‹›".contains(c) { 'q' } else { c })
        .collect()
}

proptest! {
    #[test]
    fn typesetting_is_idempotent_and_changes_only_quotes_and_spaces(
        s in "[a-z0-9 \"'.:;!?%«»\u{00A0}/-]{0,40}",
        lang in prop::sample::select(vec!["en", "de", "is", "fi", "sv", "nl", "fr", "ar", "xx"]),
    ) {
        let once = line(&s, lang);
        prop_assert_eq!(line(&once, lang), once.clone(), "idempotent");
        prop_assert_eq!(skeleton(&once), skeleton(&s));
        if lang != "fr" {
            prop_assert_eq!(once.chars().count(), s.chars().count(), "only substitutions");
        }
    }
}
