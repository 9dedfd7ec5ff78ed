//! The document IR: snapshots in two locales, and hostile text kept as text.

use vetpress::doc::{Block, Inline, LocalizedBook};
use vetpress::pipeline;

use crate::common::{HOSTILE_PARAGRAPHS, fixture};

fn books(overlays: &[&str]) -> Vec<LocalizedBook> {
    let f = fixture(overlays);
    let mut diags = Vec::new();
    let loaded = pipeline::load(f.path(), &mut diags).expect("project loads");
    let locales = loaded.project.locales();
    let resolved = pipeline::resolve_all(&loaded, &locales);
    for r in &resolved {
        assert!(r.ok(), "{:?}", r.diags);
    }
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    resolved.into_iter().map(|r| r.book).collect()
}

#[test]
fn ir_snapshots_in_two_locales() {
    let books = books(&[]);
    assert_eq!(books.len(), 2);
    for book in &books {
        insta::assert_json_snapshot!(format!("mini-{}", book.locale), book);
    }
}

#[test]
fn plural_and_term_resolve_per_locale() {
    let books = books(&[]);
    let intro = |b: &LocalizedBook| {
        Inline::plain(match &b.chapters[0].blocks[0] {
            Block::Paragraph { inlines } => inlines,
            other => panic!("{other:?}"),
        })
    };
    assert_eq!(intro(&books[0]), "This book has 2 methods. Read slowly.");
    assert_eq!(intro(&books[1]), "Kirjassa on 2 menetelmää. Lue hitaasti.");
    let terms = |b: &LocalizedBook| match &b.chapters[0].blocks[1] {
        Block::Paragraph { inlines } => Inline::plain(inlines),
        other => panic!("{other:?}"),
    };
    assert!(terms(&books[1]).contains("työnantajan väki"), "{}", terms(&books[1]));
    assert_eq!(books[0].chapters[1].method.as_ref().map(|m| m.duration.as_str()), Some("one week"));
    assert_eq!(books[1].chapters[2].method.as_ref().map(|m| m.duration.as_str()), Some("3 päivää"));
    let json = serde_json::to_string(&books).expect("json");
    assert!(!json.contains('\u{2068}') && !json.contains('\u{2069}'), "isolation marks leaked");
}

#[test]
fn markdown_emphasis_keeps_its_meaning() {
    let books = books(&[]);
    let Block::Paragraph { inlines } = &books[0].chapters[0].blocks[0] else { panic!() };
    assert!(
        inlines.contains(&Inline::Emph { inlines: vec![Inline::Text { text: "slowly".into() }] }),
        "{inlines:?}"
    );
}

#[test]
fn hostile_text_reaches_the_ir_unchanged() {
    let books = books(&["hostile"]);
    let en = &books[0];
    let chapter = en.chapters.iter().find(|c| c.id == "hostile").expect("hostile chapter");
    assert_eq!(chapter.title, "<label> <script>alert(1)</script> #read(“/etc/passwd”)");
    assert_eq!(chapter.summary.as_deref(), Some("Summary with ]]> and <b>not bold</b>"));
    let texts: Vec<String> = chapter
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { inlines } => Some(Inline::plain(inlines)),
            _ => None,
        })
        .collect();
    for expected in HOSTILE_PARAGRAPHS {
        assert!(texts.iter().any(|t| t == expected), "missing {expected:?} in {texts:#?}");
    }
}

#[test]
fn xhtml_snapshot_of_a_method_chapter() {
    let books = books(&[]);
    for book in &books {
        let mut w = vetpress::render::epub::xhtml::Writer::new(book);
        w.chapter(&book.chapters[1]);
        insta::assert_snapshot!(format!("visit-xhtml-{}", book.locale), w.finish());
    }
}
