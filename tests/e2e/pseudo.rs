//! The pseudo-locale (`build --pseudo`) and starting a locale (`l10n new`).

use std::path::Path;

use crate::common::{Fixture, epub_entry, fixture, pdftotext, run_on};
use crate::outputs::{check_pdf, epubcheck};

const EDITIONS: &[&str] = &["en-XA/mini-en-XA.pdf", "en-XA/mini-en-XA.epub", "en-XA/mini-en-XA-cards.pdf"];

/// `mini` built with `--pseudo`; with a code span next to its link when `code`.
fn pseudo_build(code: bool) -> Fixture {
    let f = fixture(&[]);
    let ftl = f.file("locales/en/book.ftl");
    let code = if code { " Type `vetpress build`." } else { "" };
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let text = text.replace(
        "[the guide](https://example.org/guide).",
        &format!("[the guide](https://example.org/guide).{code}"),
    );
    std::fs::write(&ftl, text).expect("write");
    let r = run_on("build", f.path(), &["--pseudo"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    f
}

#[test]
fn build_pseudo_writes_every_edition_for_en_xa_and_they_validate() {
    let f = pseudo_build(true);
    let out = f.file("out");
    for file in EDITIONS.iter().chain(&["en/mini-en.pdf", "fi/mini-fi.pdf", "site/en-XA/index.html"]) {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let problems: Vec<String> =
        EDITIONS.iter().filter(|e| e.ends_with(".pdf")).flat_map(|e| check_pdf(&out.join(e))).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let epub_problems = epubcheck(&out.join("en-XA"));
    assert!(epub_problems.is_empty(), "{epub_problems:#?}");
    let opf = epub_entry(&out.join(EDITIONS[1]), "OEBPS/content.opf");
    assert!(opf.contains("<dc:language>en-XA</dc:language>"), "{opf}");
}

#[test]
fn only_text_is_transformed_never_links_code_or_ids() {
    let f = pseudo_build(true);
    let chapter = epub_entry(&f.file("out/en-XA/mini-en-XA.epub"), "OEBPS/chapter-welcome.xhtml");
    assert!(chapter.contains(r#"href="https://example.org/guide""#), "{chapter}");
    assert!(chapter.contains("<code>vetpress build</code>"), "{chapter}");
    assert!(chapter.contains(r#"href="chapter-visit.xhtml#chapter-visit""#), "{chapter}");
    assert!(chapter.contains("[Ẇeeŀƈooḿee]"), "{chapter}");
    // The site keeps the placeholder its search fills in.
    let page = std::fs::read_to_string(f.file("out/site/en-XA/index.html")).expect("site page");
    assert!(page.contains("{count}"), "the `{{count}}` placeholder was transformed");
}

/// Words of the pseudo handbook that show no pseudo accent or marker bypassed Fluent.
#[test]
fn nearly_every_word_of_the_pseudo_handbook_went_through_fluent() {
    let f = pseudo_build(false);
    let text = pdftotext(&f.file("out/en-XA/mini-en-XA.pdf"));
    let words: Vec<&str> = text.split_whitespace().collect();
    let plain: Vec<&str> =
        words.iter().copied().filter(|w| !vetpress::l10n::pseudo::is_pseudo_word(w)).collect();
    assert!(words.len() > 300, "{text}");
    // What remains are the manifest's codes, which are not text to translate.
    assert_eq!(plain, ["TEST-2024-01", "CC-BY-4.0"], "words that bypassed Fluent");
}

#[test]
fn cards_that_shrink_only_in_the_longer_pseudo_text_are_listed() {
    let f = fixture(&["long-item"]);
    let fi = std::fs::read_to_string(f.file("locales/fi/long.ftl")).expect("fi");
    let item = fi.lines().find_map(|l| l.strip_prefix("long-check-student-long = ")).expect("item");
    let en = f.file("locales/en/long.ftl");
    let text = std::fs::read_to_string(&en).expect("en");
    let longer = format!("long-check-student-long = {item} {item}");
    std::fs::write(&en, text.replace("long-check-student-long = A long item.", &longer)).expect("write");
    let r = run_on("build", f.path(), &["--pseudo", "--locale", "en", "--edition", "cards"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("note: en-XA/mini-en-XA-cards.pdf: method 3 student checklist: text shrunk"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("note: en/mini-en-cards.pdf"), "{}", r.stderr);
    assert!(!f.file("out/fi").exists(), "--locale en builds only en and en-XA");
}

fn l10n_new(project: &Path, tag: &str) -> crate::common::Run {
    let p = project.to_string_lossy().into_owned();
    crate::common::vetpress(&["l10n", "new", "--project", &p, tag])
}

#[test]
fn a_new_locale_builds_at_once_with_everything_missing() {
    let f = fixture(&[]);
    let before = std::fs::read_to_string(f.file("sources/book.toml")).expect("book.toml");
    let r = l10n_new(f.path(), "pl");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let after = std::fs::read_to_string(f.file("sources/book.toml")).expect("book.toml");
    assert_eq!(after, before.replace(r#"locales = ["fi"]"#, r#"locales = ["fi", "pl"]"#));
    let skeleton = std::fs::read_to_string(f.file("locales/pl/book.ftl")).expect("skeleton");
    assert!(skeleton.contains("# visit-title = Company visit\n"), "{skeleton}");
    let r = run_on("build", f.path(), &["--edition", "handbook"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("`visit-title` is not translated into `pl`"), "{}", r.stderr);
    let text = pdftotext(&f.file("out/pl/mini-pl.pdf"));
    assert!(text.contains("Company visit"), "{text}");
    let status = run_on("status", f.path(), &["--json"]);
    let rows: serde_json::Value = serde_json::from_str(&status.stdout).expect("json");
    let pl = rows.as_array().and_then(|r| r.iter().find(|r| r["locale"] == "pl")).expect("pl row");
    assert_eq!(pl["translated"], 0, "{pl}");
}

#[test]
fn an_existing_locale_or_a_bad_tag_is_a_clear_error() {
    let f = fixture(&[]);
    let before = std::fs::read_to_string(f.file("sources/book.toml")).expect("book.toml");
    let r = l10n_new(f.path(), "fi");
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("locale `fi` exists already"), "{}", r.stderr);
    let r = l10n_new(f.path(), "not_a_tag");
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("`not_a_tag` is not a BCP 47 language tag"), "{}", r.stderr);
    let r = l10n_new(f.path(), "pt_BR");
    assert!(r.stderr.contains("write it as `pt-BR`"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(f.file("sources/book.toml")).expect("book.toml"), before);
    assert!(!f.file("locales/not_a_tag").exists() && !f.file("locales/pt_BR").exists());
}
