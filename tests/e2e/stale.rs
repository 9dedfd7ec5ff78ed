//! Stale translations: the English of three messages changes; every partner locale reports
//! them until each translation is updated or accepted.

use std::path::Path;

use vetpress::doc::Block;
use vetpress::pipeline;

use crate::common::{Fixture, epub_entry, fixture, run_on, vetpress};

const PARTNERS: [&str; 2] = ["fi", "sv"];

/// The mini fixture with a second partner (`sv`, a copy of `fi`), checked once so both
/// state files record every translation as current.
fn recorded() -> Fixture {
    let f = fixture(&[]);
    std::fs::create_dir_all(f.file("locales/sv")).expect("mkdir");
    for entry in std::fs::read_dir(f.file("locales/fi")).expect("fi").flatten() {
        std::fs::copy(entry.path(), f.file("locales/sv").join(entry.file_name())).expect("copy");
    }
    edit(&f, "sources/book.toml", r#"locales = ["fi"]"#, r#"locales = ["fi", "sv"]"#);
    let r = run_on("check", f.path(), &["--strict"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    f
}

fn edit(f: &Fixture, file: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(f.file(file)).expect("read");
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(f.file(file), text.replacen(from, to, 1)).expect("write");
}

/// Change the English of a message value, an attribute and a title.
fn change_english(f: &Fixture) {
    let en = "locales/en/book.ftl";
    edit(f, en, "welcome-title = Welcome\n", "welcome-title = Welcome aboard\n");
    edit(f, en, "A visit shows students real work.", "A visit shows students real daily work.");
    edit(
        f,
        en,
        ".summary = Students visit a workplace for a day.",
        ".summary = Students visit a workplace for one day.",
    );
}

fn stale_counts(root: &Path) -> Vec<(String, u64)> {
    let r = run_on("status", root, &["--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let rows = rows.as_array().expect("rows");
    rows.iter()
        .map(|r| (r["locale"].as_str().unwrap_or("").to_string(), r["stale"].as_u64().unwrap_or(99)))
        .collect()
}

fn stale_ids(root: &Path, locale: &str) -> Vec<String> {
    let r = vetpress(&["l10n", "stale", locale, "--json", "--project", &root.to_string_lossy()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    doc["stale"]
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["id"].as_str().unwrap_or("").to_string())
        .collect()
}

fn counts(pairs: &[(&str, u64)]) -> Vec<(String, u64)> {
    pairs.iter().map(|(l, n)| (l.to_string(), *n)).collect()
}

#[test]
fn changed_english_makes_three_stale_until_updated_or_accepted() {
    let f = recorded();
    let state = std::fs::read_to_string(f.file("locales/fi/l10n-state.tsv")).expect("state file written");
    assert!(state.contains("welcome-title\t") && state.contains("visit-title.summary\t"), "{state}");
    change_english(&f);

    assert_eq!(stale_counts(f.path()), counts(&[("en", 0), ("fi", 3), ("sv", 3)]));
    let three = ["visit-intro", "visit-title.summary", "welcome-title"];
    for locale in PARTNERS {
        assert_eq!(stale_ids(f.path(), locale), three);
    }
    let strict = run_on("check", f.path(), &["--strict"]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert_eq!(strict.stderr.matches("warning[stale-translation]").count(), 6, "{}", strict.stderr);
    assert!(strict.stderr.contains("locales/fi/book.ftl:1:1: warning[stale-translation]: `welcome-title`"));
    assert_eq!(run_on("check", f.path(), &[]).code, 0, "stale is a warning");

    // Accept one, translate another anew: one stays stale in `fi`; `sv` is untouched.
    let accept =
        vetpress(&["l10n", "accept", "fi", "welcome-title", "--project", &f.path().to_string_lossy()]);
    assert_eq!((accept.code, accept.stdout.as_str()), (0, "accepted welcome-title\n"), "{}", accept.stderr);
    edit(&f, "locales/fi/book.ftl", "oikeaa työtä.", "oikeaa arkityötä.");
    assert_eq!(run_on("check", f.path(), &[]).code, 0);
    assert_eq!(stale_counts(f.path()), counts(&[("en", 0), ("fi", 1), ("sv", 3)]));
    assert_eq!(stale_ids(f.path(), "fi"), ["visit-title.summary"]);
    let state = std::fs::read_to_string(f.file("locales/fi/l10n-state.tsv")).expect("state");
    assert!(
        state.contains("\tA visit shows students real daily work.\n"),
        "touched: recorded as current\n{state}"
    );
    assert!(
        state.contains("\tStudents visit a workplace for a day.\n"),
        "stale: the old English stays\n{state}"
    );

    // The listing shows the old and the new English with the changed words marked.
    let list = vetpress(&["l10n", "stale", "fi", "--project", &f.path().to_string_lossy()]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(list.stdout.contains("visit-title.summary  locales/fi/book.ftl:10\n"), "{}", list.stdout);
    assert!(list.stdout.contains("old:   Students visit a workplace for [-a-] day.\n"), "{}", list.stdout);
    assert!(list.stdout.contains("new:   Students visit a workplace for {+one+} day.\n"), "{}", list.stdout);

    // Accepting with no ids takes the rest; a second check leaves the file as it is.
    let all = vetpress(&["l10n", "accept", "sv", "--project", &f.path().to_string_lossy()]);
    assert_eq!(all.stdout.lines().count(), 3, "{}", all.stdout);
    assert_eq!(stale_counts(f.path()), counts(&[("en", 0), ("fi", 1), ("sv", 0)]));
    let before = std::fs::read(f.file("locales/sv/l10n-state.tsv")).expect("state");
    assert_eq!(run_on("check", f.path(), &[]).code, 0);
    assert_eq!(std::fs::read(f.file("locales/sv/l10n-state.tsv")).expect("state"), before);
}

#[test]
fn accepting_what_is_not_stale_or_a_corrupt_state_file_is_an_error() {
    let f = recorded();
    let p = f.path().to_string_lossy().into_owned();
    let r = vetpress(&["l10n", "accept", "fi", "welcome-title", "--project", &p]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("not stale in `fi`: welcome-title"), "{}", r.stderr);
    assert_eq!(vetpress(&["l10n", "stale", "en", "--project", &p]).code, 2, "the reference has no stale");

    std::fs::write(f.file("locales/fi/l10n-state.tsv"), "# header\nwelcome-title\tnot a record\n")
        .expect("write");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "locales/fi/l10n-state.tsv:2:1: error[l10n-state]: the translation state file is corrupt"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("delete it to record every `fi` translation as current"), "{}", r.stderr);
    assert_eq!(vetpress(&["l10n", "stale", "fi", "--project", &p]).code, 1);
}

fn set_mode(f: &Fixture, mode: &str) {
    edit(f, "sources/book.toml", "[cards]", &format!("[l10n]\nstale = \"{mode}\"\n\n[cards]"));
}

fn build(f: &Fixture) -> crate::common::Run {
    run_on("build", f.path(), &["--edition", "epub", "--locale", "en", "--locale", "fi"])
}

#[test]
fn show_prints_the_old_translation_with_a_warning() {
    let f = recorded();
    change_english(&f);
    let r = build(&f);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning[stale-translation]: `visit-intro`"), "{}", r.stderr);
    let visit = epub_entry(&f.file("out/fi/mini-fi.epub"), "OEBPS/chapter-visit.xhtml");
    assert!(visit.contains("Vierailu näyttää opiskelijoille oikeaa työtä."), "{visit}");
}

#[test]
fn fallback_prints_the_reference_marked_with_its_language() {
    let f = recorded();
    change_english(&f);
    set_mode(&f, "fallback");
    let r = build(&f);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("`visit-intro` is out of date in `fi`; the reference text is used"),
        "{}",
        r.stderr
    );
    let visit = epub_entry(&f.file("out/fi/mini-fi.epub"), "OEBPS/chapter-visit.xhtml");
    assert!(visit.contains("A visit shows students real daily work."), "{visit}");
    assert!(!visit.contains("oikeaa työtä"), "{visit}");

    let mut diags = Vec::new();
    let loaded = pipeline::load(f.path(), &mut diags).expect("loads");
    let fi = pipeline::resolve_all(&loaded, &["fi".to_string()]).remove(0).book;
    let (welcome, visit) = (&fi.chapters[0], &fi.chapters[1]);
    assert_eq!((welcome.title.as_str(), welcome.title_lang.as_deref()), ("Welcome aboard", Some("en")));
    assert_eq!(visit.summary_lang.as_deref(), Some("en"));
    assert_eq!(visit.title_lang, None, "the title itself is current");
    let Block::Section { blocks, .. } = &visit.blocks[0] else { panic!("{:?}", visit.blocks) };
    assert!(matches!(blocks.as_slice(), [Block::Lang { lang, .. }] if lang == "en"), "{blocks:?}");
}

#[test]
fn error_fails_the_locale() {
    let f = recorded();
    change_english(&f);
    set_mode(&f, "error");
    let r = build(&f);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error[stale-translation]: `visit-intro` is out of date in `fi`"),
        "{}",
        r.stderr
    );
    assert!(f.file("out/en/mini-en.epub").is_file(), "{}", r.stderr);
    assert!(!f.file("out/fi/mini-fi.epub").exists(), "{}", r.stderr);
}

#[test]
fn hostile_reference_text_survives_the_state_file_and_the_listing() {
    let f = recorded();
    let p = f.path().to_string_lossy().into_owned();
    let hostile = "Tervetuloa\t<script>alert(1)</script> \u{1b}[2J \\n";
    edit(&f, "locales/en/book.ftl", "welcome-title = Welcome\n", &format!("welcome-title = {hostile}\n"));
    let r = vetpress(&["l10n", "accept", "fi", "welcome-title", "--project", &p]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let state = std::fs::read_to_string(f.file("locales/fi/l10n-state.tsv")).expect("state");
    let line = state.lines().find(|l| l.starts_with("welcome-title\t")).expect("record");
    assert_eq!(line.split('\t').count(), 4, "{line:?}");
    assert!(line.ends_with("\tTervetuloa\\t<script>alert(1)</script> \u{1b}[2J \\\\n"), "{line:?}");

    edit(&f, "locales/en/book.ftl", &format!("welcome-title = {hostile}\n"), "welcome-title = Welcome\n");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 0, "the state file reads back: {}", r.stderr);
    let list = vetpress(&["l10n", "stale", "fi", "--project", &p]);
    assert!(list.stdout.contains("old:   [-Tervetuloa\u{fffd}<script>alert(1)</script>"), "{}", list.stdout);
    assert!(!list.stdout.contains('\u{1b}'), "no terminal escape passes through: {:?}", list.stdout);
}
