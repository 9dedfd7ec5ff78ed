//! Round trips of patterns through inline codes and XLIFF, and snapshots of both formats.

use std::collections::HashMap;
use std::path::PathBuf;

use proptest::prelude::*;

use super::import::resolve;
use super::inline::{Inline, check, message_source};
use super::read::read;
use super::units::{FileUnits, Ftl, Unit, Units, build};
use super::write::{Format, write};
use crate::l10n::sources::normalized;

/// The pattern of `x = <body>` and its normalised text, if it parses.
fn parsed(body: &str) -> Option<(Inline, String)> {
    let src = message_source("x", body);
    let res = fluent_syntax::parser::parse(src.as_str()).ok()?;
    let Some(fluent_syntax::ast::Entry::Message(m)) = res.body.first() else { return None };
    let p = m.value.as_ref()?;
    Some((Inline::source(p), normalized(p)))
}

/// The pattern, written as a one-unit XLIFF document and read back, as Fluent.
fn through_xliff(inline: &Inline, format: Format) -> Result<String, String> {
    let unit = Unit {
        key: "x".into(),
        comment: None,
        group: None,
        source: inline.clone(),
        source_text: String::new(),
        target: Some(inline.clone()),
        target_text: None,
        old_source: None,
    };
    let file = FileUnits { name: "x.ftl".into(), id: "x".into(), units: vec![unit] };
    let units = Units { reference: "en".into(), locale: "fi".into(), files: vec![file] };
    let xml = write(&units, format).map_err(|e| e.to_string())?;
    let doc = read(&xml).map_err(|e| format!("{}: {xml}", e.message))?;
    let ru = &doc.units[0];
    let source = resolve(&ru.source, &inline.codes).map_err(|e| e.to_string())?;
    let target =
        resolve(ru.target.as_deref().unwrap_or_default(), &inline.codes).map_err(|e| e.to_string())?;
    assert_eq!(source, target);
    check(&target.to_fluent())
}

fn round_trip(body: &str) {
    let (inline, text) = parsed(body).unwrap_or_else(|| panic!("not Fluent: {body}"));
    assert_eq!(check(&inline.to_fluent()).as_ref(), Ok(&text), "{body}");
    assert_eq!(through_xliff(&inline, Format::Xliff2).as_ref(), Ok(&text), "{body}");
    if !body.chars().any(super::write::forbidden) {
        assert_eq!(through_xliff(&inline, Format::Xliff12).as_ref(), Ok(&text), "{body}");
    }
}

#[test]
fn every_kind_of_code_round_trips() {
    for body in [
        "Hello { $count } and { -employer(case: \"gen\") } { NUMBER($x, minimumFractionDigits: 2) }",
        "{ $n ->\n[one] one { -brand }\n*[other] { $n } with [a link](#mentor) and `code`\n}",
        "{ $a ->\n[x] { $b ->\n[y] nested\n*[z] deep\n}\n*[w] flat\n} after",
        "A [link](https://e.org/a_(b)?c=1&d=2) then ](bare) and ``a ` b`` and `unclosed",
        "First\n\nsecond paragraph with { msg.attr } and { \"{\" } braces { \"}\" }",
        "<script>alert('x')</script> ]]> & \"quotes\" \u{1b}[31m escape \u{7} bell",
        "[text with { $count } inside](#x) and [nested [brackets]](#y)",
    ] {
        round_trip(body);
    }
}

#[test]
fn link_text_is_translatable_and_its_target_protected() {
    let (inline, _) = parsed("Read [the licence](https://e.org/l) now").unwrap_or_default();
    let codes: Vec<(&str, &str)> = inline.codes.iter().map(|c| (c.start.as_str(), c.end.as_str())).collect();
    assert_eq!(codes, [("[", "](https://e.org/l)")]);
    assert!(inline.pieces.contains(&super::inline::Piece::Text("the licence".into())));
}

#[test]
fn text_a_translator_types_is_escaped_as_fluent() {
    let (mut inline, _) = parsed("x").unwrap_or_default();
    inline.pieces = vec![super::inline::Piece::Text("a { b } c\n[d] *e .f".into())];
    let body = inline.to_fluent();
    for start in ["*", ".", "  ["] {
        inline.pieces = vec![super::inline::Piece::Text(format!("a\n{start}b"))];
        let line = check(&inline.to_fluent()).expect("escaped");
        assert!(line.ends_with(&format!("{{ \"{}\" }}b", start.trim())), "{line}");
    }
    assert_eq!(check(&body).as_deref(), Ok("a { \"{\" } b { \"}\" } c\n{ \"[\" }d] *e .f"));
}

#[test]
fn xliff12_refuses_characters_xml_cannot_carry() {
    let (inline, _) = parsed("bell \u{7} here").unwrap_or_default();
    let err = through_xliff(&inline, Format::Xliff12).expect_err("refused");
    assert!(err.contains("U+0007"), "{err}");
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "ä", " ", "<", ">", "&", "\"", "'", "]]>", "[", "]", "(", ")", "`", "*", ".", "\\", "#",
            "😀", "\u{1b}", "\u{7}", "\u{feff}", "\n", "\n\n", "](x)", "[l](#m)", "-", ":",
        ]),
        1..8,
    )
    .prop_map(|v| v.concat())
}

fn placeable() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "{ $count }",
        "{ -employer }",
        "{ -employer(case: \"gen\") }",
        "{ NUMBER($x) }",
        "{ \"{\" }",
        "{ msg.attr }",
        "{ 42 }",
    ])
    .prop_map(String::from)
}

fn pattern() -> impl Strategy<Value = String> {
    let element = prop_oneof![3 => text(), 2 => placeable()];
    let flat = prop::collection::vec(element, 1..6).prop_map(|v| v.concat());
    flat.prop_recursive(2, 24, 3, |inner| {
        (inner.clone(), inner.clone(), inner)
            .prop_map(|(a, b, c)| format!("{a}{{ $n ->\n[one] {b}\n*[other] {c}\n}}"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any pattern reads back unchanged from its pieces, and from XLIFF 2 (and from 1.2
    /// unless it holds a character XML cannot carry).
    #[test]
    fn any_pattern_round_trips(body in pattern()) {
        let Some((inline, text)) = parsed(&body) else { return Ok(()) };
        prop_assert_eq!(check(&inline.to_fluent()), Ok(text.clone()));
        prop_assert_eq!(through_xliff(&inline, Format::Xliff2), Ok(text.clone()));
        if !body.chars().any(super::write::forbidden) {
            prop_assert_eq!(through_xliff(&inline, Format::Xliff12), Ok(text));
        }
    }
}

fn fixture(locale: &str) -> Vec<Ftl> {
    let text = match locale {
        "en" => include_str!("../../../tests/fixtures/xliff/locales/en/demo.ftl"),
        _ => include_str!("../../../tests/fixtures/xliff/locales/fi/demo.ftl"),
    };
    vec![Ftl { path: PathBuf::from(format!("locales/{locale}/demo.ftl")), text: text.into() }]
}

#[test]
fn snapshots_of_both_formats() {
    let stale = HashMap::from([("demo-title.summary".to_string(), "A day at the { -clinic }.".to_string())]);
    let units = build("en", "fi", &fixture("en"), &fixture("fi"), &stale).expect("units");
    insta::assert_snapshot!("demo-xliff2", write(&units, Format::Xliff2).expect("xliff 2"));
    insta::assert_snapshot!("demo-xliff12", write(&units, Format::Xliff12).expect("xliff 1.2"));
}
