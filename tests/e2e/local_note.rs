//! Local notes: a block whose message a locale may write and the reference may leave out.
//! It prints only where written, never falls back, and is never missing, obsolete or stale.

use std::fs;
use std::path::Path;

use vetpress::doc::{Block, LocalizedBook};
use vetpress::pipeline;
use vetpress::project::CalloutStyle;

use crate::common::{Fixture, epub_entry, fixture, flatten, pdftotext, run_on};

const NOTE_FI: &str = "Suomessa vierailun vakuuttaa koulutuksen järjestäjä.";

/// The mini fixture with a local note in the `visit` chapter; `en` and `fi` write what
/// they are given (`None`: nothing).
fn with_note(en: Option<&str>, fi: Option<&str>) -> Fixture {
    let f = fixture(&[]);
    let toml = f.file("sources/chapters/02-visit.toml");
    let text = fs::read_to_string(&toml).expect("read");
    let note = "[[blocks]]\ntype = \"local-note\"\nid = \"insurance\"\n\n";
    fs::write(
        &toml,
        text.replacen(
            "[[blocks]]\ntype = \"checklist\"",
            &format!("{note}[[blocks]]\ntype = \"checklist\""),
            1,
        ),
    )
    .expect("write");
    for (locale, body) in [("en", en), ("fi", fi)] {
        if let Some(body) = body {
            let ftl = f.file(&format!("locales/{locale}/book.ftl"));
            let mut text = fs::read_to_string(&ftl).expect("read");
            text.push_str(&format!("\nvisit-insurance = {body}\n    .title = Local rules\n"));
            fs::write(&ftl, text).expect("write");
        }
    }
    f
}

fn notes(book: &LocalizedBook) -> Vec<String> {
    let visit = book.chapters.iter().find(|c| c.id == "visit").expect("visit chapter");
    visit
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Callout { style: CalloutStyle::Note, title, .. } => {
                Some(format!("{title}: {}", serde_json::to_string(b).unwrap_or_default()))
            }
            _ => None,
        })
        .collect()
}

fn books(root: &Path) -> (LocalizedBook, LocalizedBook) {
    let mut diags = Vec::new();
    let loaded = pipeline::load(root, &mut diags).expect("loads");
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:#?}");
    let mut books = pipeline::resolve_all(&loaded, &["en".into(), "fi".into()]);
    let fi = books.remove(1);
    let en = books.remove(0);
    assert!(en.ok() && fi.ok(), "{:?} {:?}", en.diags, fi.diags);
    (en.book, fi.book)
}

#[test]
fn a_note_only_a_partner_writes_prints_there_alone_and_checks_clean() {
    let f = with_note(None, Some(NOTE_FI));
    let check = run_on("check", f.path(), &["--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(!check.stderr.contains("visit-insurance"), "{}", check.stderr);

    let (en, fi) = books(f.path());
    assert!(notes(&en).is_empty(), "{:?}", notes(&en));
    let fi_notes = notes(&fi);
    assert_eq!(fi_notes.len(), 1, "{fi_notes:?}");
    assert!(fi_notes[0].starts_with("Local rules: ") && fi_notes[0].contains(NOTE_FI), "{fi_notes:?}");

    let out = f.path().join("out");
    let o = out.to_string_lossy().into_owned();
    let r = run_on("build", f.path(), &["--out", &o]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(flatten(&pdftotext(&out.join("fi/mini-fi.pdf"))).contains(NOTE_FI));
    assert!(!flatten(&pdftotext(&out.join("en/mini-en.pdf"))).contains("Local rules"));
    let xhtml = epub_entry(&out.join("fi/mini-fi.epub"), "OEBPS/chapter-visit.xhtml");
    assert!(xhtml.contains("callout-note") && xhtml.contains(NOTE_FI), "{xhtml}");
    let state = fs::read_to_string(f.file("locales/fi/l10n-state.tsv")).expect("state file");
    assert!(!state.contains("visit-insurance"), "a local note is not a translation: {state}");
}

#[test]
fn the_reference_note_never_falls_back_and_is_never_missing() {
    let f = with_note(Some("In England, the school insures the visit."), None);
    let check = run_on("check", f.path(), &["--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let (en, fi) = books(f.path());
    assert_eq!(notes(&en).len(), 1);
    assert!(notes(&fi).is_empty(), "no fallback to the English note: {:?}", notes(&fi));

    let o = f.path().join("fi.xlf").to_string_lossy().into_owned();
    let export = crate::common::vetpress(&[
        "l10n",
        "export",
        "fi",
        "--project",
        &f.path().to_string_lossy(),
        "--out",
        &o,
    ]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let xliff = fs::read_to_string(&o).expect("export");
    assert!(xliff.contains("visit-intro") && !xliff.contains("visit-insurance"), "{xliff}");
}

#[test]
fn both_writing_a_note_is_no_mismatch() {
    let f = with_note(Some("The school insures the visit."), Some(&format!("{NOTE_FI} {{ $methods }}")));
    // fi uses a variable en does not: local notes are not compared.
    let check = run_on("check", f.path(), &[]);
    assert!(!check.stderr.contains("visit-insurance"), "{}", check.stderr);
}
