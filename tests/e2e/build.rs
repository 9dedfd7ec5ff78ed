//! `vetpress build`: outputs, isolation of failures, reproducibility, cards layouts.

use std::path::Path;

use crate::common::{fixture, flatten, pages, pdftotext, run_on};

fn build(project: &Path, out: &Path, extra: &[&str]) -> crate::common::Run {
    let o = out.to_string_lossy().into_owned();
    let mut args = vec!["--out", o.as_str(), "--force"];
    args.extend_from_slice(extra);
    run_on("build", project, &args)
}

/// Every output file under `dir`, at any depth (not the cache or the report).
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.retain(|f| f.contains('/'));
    out.sort();
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).expect("out dir").flatten() {
        if e.path().is_dir() {
            walk(root, &e.path(), out);
        } else if let Ok(rel) = e.path().strip_prefix(root) {
            out.push(rel.to_string_lossy().into_owned());
        }
    }
}

/// The files of the PDF and EPUB editions (not the site).
fn book_files(dir: &Path) -> Vec<String> {
    files(dir).into_iter().filter(|f| !f.starts_with("site/")).collect()
}

#[test]
fn builds_every_edition_of_every_locale() {
    let f = fixture(&[]);
    let out = f.file("out");
    let r = build(f.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        book_files(&out),
        [
            "en/mini-en-cards.pdf",
            "en/mini-en.epub",
            "en/mini-en.pdf",
            "fi/mini-fi-cards.pdf",
            "fi/mini-fi.epub",
            "fi/mini-fi.pdf"
        ]
    );
    assert!(
        r.stderr.contains("artifact") && r.stderr.contains("fi/mini-fi.pdf"),
        "summary table:\n{}",
        r.stderr
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("build-report.json")).expect("report")).expect("json");
    // Four editions of two locales and the site's shared root.
    assert_eq!(report["jobs"].as_array().map(Vec::len), Some(9));
    for page in
        ["site/index.html", "site/en/index.html", "site/fi/index.html", "site/fi/download/mini-fi.epub"]
    {
        assert!(out.join(page).is_file(), "{page} missing");
    }
    let fi = flatten(&pdftotext(&out.join("fi/mini-fi.pdf")));
    for title in ["Tervetuloa", "Yritysvierailu", "Työn varjostus", "Sisällys"] {
        assert!(fi.contains(title), "{title} missing from the Finnish PDF");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let f = fixture(&[]);
    let (a, b) = (f.file("out-a"), f.file("out-b"));
    assert_eq!(build(f.path(), &a, &[]).code, 0);
    assert_eq!(build(f.path(), &b, &["--jobs", "1"]).code, 0);
    let list = files(&a);
    assert_eq!(list, files(&b));
    for file in list {
        let (x, y) = (std::fs::read(a.join(&file)).expect("a"), std::fs::read(b.join(&file)).expect("b"));
        assert!(x == y, "{file} differs between builds");
    }
}

#[test]
fn a_failing_locale_does_not_stop_the_others() {
    let f = fixture(&["l10n-drift"]);
    let out = f.file("out");
    let r = build(f.path(), &out, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("fi") && r.stderr.contains("skipped"), "{}", r.stderr);
    assert_eq!(book_files(&out), ["en/mini-en-cards.pdf", "en/mini-en.epub", "en/mini-en.pdf"]);
    assert!(out.join("site/en/index.html").is_file() && !out.join("site/fi").exists());
}

#[test]
fn a_theme_error_is_located_and_leaves_old_outputs_alone() {
    let f = fixture(&[]);
    let out = f.file("out");
    assert_eq!(build(f.path(), &out, &["--edition", "handbook"]).code, 0);
    let before = std::fs::read(out.join("en/mini-en.pdf")).expect("pdf");
    let theme = f.file("themes/default/handbook.typ");
    let text = std::fs::read_to_string(&theme).expect("theme");
    std::fs::write(&theme, text.replace("#outline(", "#no-such-function()\n#outline(")).expect("write");
    let r = build(f.path(), &out, &["--edition", "handbook"]);
    assert_eq!(r.code, 1);
    let line = text.lines().position(|l| l.starts_with("#outline(")).expect("outline line") + 1;
    assert!(
        r.stderr.contains(&format!(
            "themes/default/handbook.typ:{line}:2: error[typst]: unknown variable: no-such-function"
        )),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(out.join("en/mini-en.pdf")).expect("pdf"), before, "old output was touched");
    let leftovers: Vec<_> = std::fs::read_dir(out.join("en"))
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn unchanged_inputs_are_not_rebuilt() {
    let f = fixture(&[]);
    let out = f.file("out").to_string_lossy().into_owned();
    assert_eq!(run_on("build", f.path(), &["--out", &out]).code, 0);
    let again = run_on("build", f.path(), &["--out", &out]);
    let count = |r: &crate::common::Run, status: &str| {
        r.stderr.lines().filter(|l| l.starts_with('[') && l.contains(status)).count()
    };
    assert_eq!(count(&again, "] fresh "), 9, "{}", again.stderr);
    let ftl = f.file("locales/fi/book.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    std::fs::write(&ftl, text.replace("Tervetuloa", "Tervetuloa taas")).expect("write");
    let edited = run_on("build", f.path(), &["--out", &out]);
    assert_eq!(count(&edited, "] built fi/"), 3, "only fi rebuilds:\n{}", edited.stderr);
    assert_eq!(count(&edited, "] fresh en/"), 3, "{}", edited.stderr);
    assert_eq!(count(&edited, "] built site/fi"), 1, "{}", edited.stderr);
    assert_eq!(count(&edited, "] fresh site/en"), 1, "{}", edited.stderr);
}

/// mini has 2 methods: visit (3 roles) and shadow (2 roles) = 5 cards.
#[test]
fn cards_page_count_for_both_layouts() {
    let f = fixture(&[]);
    let out = f.file("out");
    assert_eq!(build(f.path(), &out, &["--edition", "cards", "--locale", "en"]).code, 0);
    // Imposed: 5 cards fill two sheets, each printed front and back.
    assert_eq!(pages(&out.join("en/mini-en-cards.pdf")), 4);
    let manifest = f.file("sources/book.toml");
    let text = std::fs::read_to_string(&manifest).expect("book.toml");
    std::fs::write(&manifest, text.replace("layout = \"imposed\"", "layout = \"single\"")).expect("write");
    assert_eq!(build(f.path(), &out, &["--edition", "cards", "--locale", "en"]).code, 0);
    // Single: a front and a back page per card.
    assert_eq!(pages(&out.join("en/mini-en-cards.pdf")), 10);
    let text = pdftotext(&out.join("en/mini-en-cards.pdf"));
    assert!(text.contains("Plan a tour of the whole site."), "{text}");
}

#[test]
fn a_very_long_checklist_item_is_never_cut() {
    let f = fixture(&["long-item"]);
    let out = f.file("out");
    let r = build(f.path(), &out, &["--edition", "cards", "--locale", "fi"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let item = std::fs::read_to_string(f.file("locales/fi/long.ftl"))
        .expect("ftl")
        .lines()
        .find_map(|l| l.strip_prefix("long-check-student-long = "))
        .expect("long item")
        .to_string();
    assert!(item.chars().count() >= 400);
    let text = flatten(&pdftotext(&out.join("fi/mini-fi-cards.pdf")));
    assert!(text.contains(&flatten(&item)), "item cut off; card text:\n{text}");
}

#[test]
fn a_checklist_too_long_for_one_card_shrinks_then_continues() {
    let f = fixture(&["long-item"]);
    let ftl = f.file("locales/fi/long.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let item =
        text.lines().find_map(|l| l.strip_prefix("long-check-student-long = ")).expect("item").to_string();
    // Three items of twice that text: more than one card holds even at the smallest size.
    let longer = [item.as_str(); 2].join(" ");
    let text = text
        .replace(&item, &longer)
        .replace("Aloita tästä.", &longer)
        .replace("Lopeta tähän.", &format!("{longer} Lopeta tähän."));
    std::fs::write(&ftl, text).expect("write");
    let out = f.file("out");
    let r = build(f.path(), &out, &["--edition", "cards", "--locale", "fi"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("note: fi/mini-fi-cards.pdf: method 3 student checklist: continued on 2 cards"),
        "{}",
        r.stderr
    );
    let cards = flatten(&pdftotext(&out.join("fi/mini-fi-cards.pdf")));
    assert!(cards.contains(&flatten(&longer)), "text lost:\n{cards}");
    assert!(cards.contains("Lopeta tähän."));
    // 6 cards (5 + the follow-up) need two sheets, front and back.
    assert_eq!(pages(&out.join("fi/mini-fi-cards.pdf")), 4);
}

/// `mini` with `welcome-title` broken in `en` (a syntax error), and optionally missing in `fi`.
fn broken_reference(fi_has_it: bool) -> crate::common::Fixture {
    let f = fixture(&[]);
    let en = f.file("locales/en/book.ftl");
    let text = std::fs::read_to_string(&en).expect("ftl");
    std::fs::write(&en, text.replace("welcome-title = Welcome", "welcome-title = { Welcome")).expect("write");
    if !fi_has_it {
        let fi = f.file("locales/fi/book.ftl");
        let text = std::fs::read_to_string(&fi).expect("ftl");
        std::fs::write(&fi, text.replace("welcome-title = Tervetuloa\n", "")).expect("write");
    }
    f
}

const FI_FILES: [&str; 3] = ["fi/mini-fi-cards.pdf", "fi/mini-fi.epub", "fi/mini-fi.pdf"];

#[test]
fn an_error_in_the_reference_does_not_block_a_partner_that_translates_the_message() {
    let f = broken_reference(true);
    let (full, only_fi) = (f.file("out-full"), f.file("out-fi"));
    let r = build(f.path(), &full, &[]);
    assert_eq!(r.code, 1, "en cannot build:\n{}", r.stderr);
    // The syntax error, and the message it leaves undefined.
    let en = r.stderr.lines().find(|l| l.starts_with("en ")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(en.ends_with("skipped: 2 error(s): 2 in its own translations"), "{en}");
    assert_eq!(book_files(&full), FI_FILES, "fi is built in a full build:\n{}", r.stderr);
    let r = build(f.path(), &only_fi, &["--locale", "fi"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(book_files(&only_fi), FI_FILES);
}

#[test]
fn a_partner_needing_the_broken_reference_message_is_skipped_with_the_reason() {
    let f = broken_reference(false);
    for extra in [&[][..], &["--locale", "fi"]] {
        let out = f.file(&format!("out{}", extra.len()));
        let r = build(f.path(), &out, extra);
        assert_eq!(r.code, 1, "{}", r.stderr);
        let line = r.stderr.lines().find(|l| l.starts_with("fi ")).unwrap_or_else(|| panic!("{}", r.stderr));
        assert!(line.ends_with("skipped: 1 error(s): 1 in reference text it falls back to"), "{line}");
        assert!(files(&out).iter().all(|f| !f.starts_with("fi/")), "{}", r.stderr);
    }
}

/// Same inputs, same bytes: whatever the time zone, language, thread count or output folder.
#[test]
fn outputs_do_not_depend_on_time_zone_language_threads_or_folder() {
    let f = fixture(&[]);
    let run = |out: &str, tz: &str, lang: &str, jobs: &str| {
        let o = f.file(out).to_string_lossy().into_owned();
        let p = f.path().to_string_lossy().into_owned();
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_vetpress"))
            .args(["build", "--project", &p, "--out", &o, "--jobs", jobs])
            .env_remove("SOURCE_DATE_EPOCH")
            .env("TZ", tz)
            .env("LANG", lang)
            .env("LC_ALL", lang)
            .output()
            .expect("run vetpress");
        assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
        f.file(out)
    };
    let a = run("out-a", "UTC", "C", "1");
    let b = run("elsewhere/out-b", "Pacific/Kiritimati", "fi_FI.UTF-8", "2");
    let list = files(&a);
    assert_eq!(book_files(&a).len(), 6);
    assert!(list.len() > 6, "the site is compared too");
    assert_eq!(list, files(&b));
    for file in list {
        let (x, y) = (std::fs::read(a.join(&file)).expect("a"), std::fs::read(b.join(&file)).expect("b"));
        assert!(x == y, "{file} differs between TZ/LANG/--jobs/folder");
    }
}

/// Job times are the job's own: with one thread, jobs follow each other without overlap
/// (a job never runs inside another one that waits for Typst's parallel work).
#[test]
fn job_times_form_a_timeline_without_overlap_on_one_thread() {
    let f = fixture(&[]);
    let out = f.file("out");
    assert_eq!(build(f.path(), &out, &["--jobs", "1"]).code, 0);
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("build-report.json")).expect("report")).expect("json");
    let mut spans: Vec<(f64, f64)> = report["jobs"]
        .as_array()
        .expect("jobs")
        .iter()
        .map(|j| {
            let start = j["started"].as_f64().expect("start");
            (start, start + j["time"].as_f64().expect("time"))
        })
        .collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(spans.len(), 9);
    for pair in spans.windows(2) {
        // Times are rounded to milliseconds.
        assert!(pair[1].0 + 0.002 >= pair[0].1, "jobs overlap: {pair:?}\n{report}");
    }
}
