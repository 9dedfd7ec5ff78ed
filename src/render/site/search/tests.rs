use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::doc::{Checklist, ChecklistItem, RolePart};
use crate::project::{CalloutStyle, Phase, Role};

fn text(s: &str) -> Vec<Inline> {
    vec![Inline::Text { text: s.into() }]
}

fn para(s: &str) -> Block {
    Block::Paragraph { inlines: text(s) }
}

fn chapter(blocks: Vec<Block>) -> Chapter {
    Chapter {
        id: "visit".into(),
        title: "Company visit".into(),
        title_lang: None,
        summary: Some("A day at work.".into()),
        summary_lang: None,
        method: None,
        blocks,
    }
}

fn shipped_book(locale: &str) -> LocalizedBook {
    let mut diags = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = crate::pipeline::load(root, &mut diags).expect("shipped project");
    crate::doc::resolve(&loaded.project, &loaded.catalog, locale, &mut diags)
}

/// The JSON object the script assigns, parsed back.
fn parse_script(script: &str) -> Value {
    let json = script
        .strip_prefix("window.vetpressSearch = ")
        .and_then(|s| s.strip_suffix(";\n"))
        .expect("one assignment");
    serde_json::from_str(json).expect("valid JSON")
}

#[test]
fn one_document_per_anchored_titled_block() {
    let steps = Block::Steps {
        phase: Phase::Preparation,
        title: "Preparation".into(),
        title_lang: None,
        anchor: Some("prep".into()),
        parts: vec![RolePart {
            role: Role::Employer,
            label: "Employer".into(),
            label_lang: None,
            blocks: vec![para("Plan the tour.")],
        }],
    };
    let unanchored_tip = Block::Callout {
        style: CalloutStyle::Tip,
        title: "Tip".into(),
        title_lang: None,
        anchor: None,
        blocks: vec![para("Bring boots.")],
    };
    let checklists = Block::Checklists {
        title: "Checklists".into(),
        title_lang: None,
        anchor: None,
        lists: vec![Checklist {
            role: Role::Student,
            label: "Student".into(),
            label_lang: None,
            items: vec![ChecklistItem { id: "ask".into(), lang: None, inlines: text("Ask *questions*.") }],
        }],
    };
    let fallback = Block::Lang {
        lang: "en".into(),
        blocks: vec![Block::Section {
            title: "Example".into(),
            title_lang: None,
            anchor: Some("example".into()),
            blocks: vec![para("A bakery   in\nOulu.")],
        }],
    };
    let c = chapter(vec![para("Intro text."), steps, unanchored_tip, fallback, checklists]);
    let docs = chapter_docs(&c);
    let summary: Vec<_> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.anchor.as_str(), d.section.as_str(), d.text.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("visit", "", "", "A day at work. Intro text."),
            ("visit#prep", "prep", "Preparation", "Employer Plan the tour. Tip Bring boots."),
            ("visit#example", "example", "Example", "A bakery in Oulu."),
            ("visit#checklist-student", "checklist-student", "Checklists", "Student Ask *questions*."),
        ]
    );
    assert!(docs.iter().all(|d| d.page == "visit.html" && d.chapter == "Company visit"));
}

#[test]
fn hostile_text_stays_inside_json_strings() {
    let mut book = shipped_book("en");
    let hostile = "</script><script>window.pwned=1</script> <!-- & a\u{2028}b\u{2029}c";
    let mut c = chapter(vec![Block::Code { text: hostile.into() }]);
    c.title = hostile.into();
    c.summary = None;
    book.chapters = vec![c];
    let script = index_script(&book);
    for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
        assert!(!script.contains(bad), "{bad:?} in {script}");
    }
    let v = parse_script(&script);
    assert_eq!(v["docs"][0]["chapter"], hostile);
    // Text is whitespace-squashed (U+2028/9 are whitespace); titles are kept as they are.
    assert_eq!(v["docs"][0]["text"], hostile.split_whitespace().collect::<Vec<_>>().join(" "));
}

#[test]
fn the_shipped_index_names_every_chapter_and_is_deterministic() {
    let book = shipped_book("fi");
    let script = index_script(&book);
    assert_eq!(script, index_script(&book));
    let v = parse_script(&script);
    assert_eq!(v["locale"], "fi");
    let docs = v["docs"].as_array().expect("docs");
    let mut ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().expect("id")).collect();
    for c in &book.chapters {
        assert!(ids.contains(&c.id.as_str()), "{} has no document", c.id);
    }
    let mentor = docs.iter().find(|d| d["id"] == "mentor").expect("mentor");
    assert_eq!(mentor["chapter"], "Ylpeänä työpaikkaohjaajana");
    assert!(docs.iter().any(|d| d["page"] == "mentor.html" && d["section"] != ""));
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "document ids are unique");
}

proptest! {
    /// Any string survives the escaping: it parses back to itself and the script text
    /// can never close a tag or open a comment.
    #[test]
    fn script_escaping_round_trips(s in prop_oneof![any::<String>(), "[<>&/!a\\-\"\\\\\u{2028}\u{2029} ]{0,40}"]) {
        let safe = script_safe(&serde_json::to_string(&s).expect("json"));
        prop_assert!(!safe.contains("</") && !safe.contains(['<', '>']), "unescaped: {}", safe);
        prop_assert!(!safe.contains(['&', '\u{2028}', '\u{2029}']), "unescaped: {}", safe);
        let back: String = serde_json::from_str(&safe).expect("parses");
        prop_assert_eq!(back, s);
    }
}
