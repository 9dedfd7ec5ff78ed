//! Pagination of the shipped handbook in every locale: no straggler pages, checklists and
//! callouts never split, bookmarks down to a method's sections, roman front-matter labels.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use vetpress::doc::{Block, Inline, LocalizedBook};
use vetpress::pipeline;

use crate::common::{pages, repo, run_on};

const LOCALES: &[&str] = &["en", "fi", "sv", "is", "nl", "de"];

/// The shipped handbooks, built once for all tests of this file.
fn built() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = tempfile::tempdir().expect("temp dir");
        let o = out.path().to_string_lossy().into_owned();
        let r = run_on("build", &repo(), &["--edition", "handbook", "--out", &o]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        out
    })
    .path()
}

fn pdf(locale: &str) -> PathBuf {
    built().join(format!("{locale}/vet-at-work-{locale}.pdf"))
}

/// The non-empty lines of page `n` (from 1), laid out as printed.
fn page_lines(pdf: &Path, n: usize) -> Vec<String> {
    let page = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect()
}

/// Text reduced to letters and digits, so line breaks and hyphenation do not matter.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn book(locale: &str) -> LocalizedBook {
    static LOADED: OnceLock<pipeline::Loaded> = OnceLock::new();
    let loaded = LOADED.get_or_init(|| {
        let mut diags = Vec::new();
        pipeline::load(&repo(), &mut diags).expect("shipped project loads")
    });
    let r = pipeline::resolve_all(loaded, &[locale.to_string()]).remove(0);
    assert!(r.ok(), "{:?}", r.diags);
    r.book
}

/// Whether a footer line is a printed page number (arabic or roman).
fn is_page_number(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && (t.chars().all(|c| c.is_ascii_digit()) || t.chars().all(|c| "ivxlc".contains(c)))
}

#[test]
fn no_page_holds_only_a_running_head_and_three_lines() {
    for locale in LOCALES {
        let pdf = pdf(locale);
        let mut stragglers = Vec::new();
        for n in 1..=pages(&pdf) {
            let lines = page_lines(&pdf, n);
            // The cover and the title page carry no page number: they are sparse by design.
            if !lines.last().is_some_and(|l| is_page_number(l)) {
                continue;
            }
            // Running head + at least four lines of text + page number.
            if lines.len() < 6 {
                stragglers.push(format!("p. {n}: {lines:?}"));
            }
        }
        assert!(stragglers.is_empty(), "{locale}: straggler pages\n{}", stragglers.join("\n"));
    }
}

#[test]
fn the_english_handbook_stays_between_40_and_60_pages() {
    let n = pages(&pdf("en"));
    assert!((40..=60).contains(&n), "{n} pages");
}

/// The text of each page, squeezed.
fn page_texts(pdf: &Path) -> Vec<String> {
    (1..=pages(pdf)).map(|n| squeeze(&page_lines(pdf, n).join(" "))).collect()
}

/// Text runs that must each print on one page: every method's whole checklist section,
/// and every callout made of paragraphs.
fn unbroken_runs(book: &LocalizedBook) -> Vec<String> {
    fn walk(blocks: &[Block], out: &mut Vec<String>) {
        for b in blocks {
            match b {
                Block::Checklists { title, lists, .. } => {
                    let mut run = title.clone();
                    for l in lists {
                        run.push_str(&l.label);
                        for i in &l.items {
                            run.push_str(&Inline::plain(&i.inlines));
                        }
                    }
                    out.push(run);
                }
                Block::Callout { title, blocks, .. } => {
                    let paragraphs: Option<Vec<String>> = blocks
                        .iter()
                        .map(|b| match b {
                            Block::Paragraph { inlines } => Some(Inline::plain(inlines)),
                            _ => None,
                        })
                        .collect();
                    if let Some(p) = paragraphs {
                        out.push(format!("{title}{}", p.concat()));
                    }
                }
                Block::Section { blocks, .. } | Block::Lang { blocks, .. } => walk(blocks, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for c in &book.chapters {
        walk(&c.blocks, &mut out);
    }
    out
}

#[test]
fn checklists_and_callouts_are_never_split() {
    for locale in LOCALES {
        let texts = page_texts(&pdf(locale));
        let runs = unbroken_runs(&book(locale));
        assert!(runs.len() > 12, "{locale}: every method has checklists");
        for run in runs {
            let run = squeeze(&run);
            assert!(texts.iter().any(|t| t.contains(&run)), "{locale}: split across pages: {run}");
        }
    }
}

/// The PDF's outline as (depth, title) in order, and its page labels (qpdf's JSON).
fn qpdf_json(pdf: &Path, key: &str) -> serde_json::Value {
    let out = Command::new("qpdf")
        .args(["--json", &format!("--json-key={key}")])
        .arg(pdf)
        .output()
        .expect("qpdf is installed");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("qpdf JSON");
    json[key].clone()
}

fn outline(nodes: &serde_json::Value, depth: usize, out: &mut Vec<(usize, String)>) {
    for n in nodes.as_array().expect("outline items") {
        out.push((depth, n["title"].as_str().expect("title").to_owned()));
        outline(&n["kids"], depth + 1, out);
    }
}

#[test]
fn bookmarks_reach_the_sections_of_every_method() {
    for locale in LOCALES {
        let mut items = Vec::new();
        outline(&qpdf_json(&pdf(locale), "outlines"), 0, &mut items);
        let book = book(locale);
        for c in book.chapters.iter().filter(|c| c.method.is_some()) {
            let at = items
                .iter()
                .position(|(d, t)| *d == 0 && t.ends_with(&c.title))
                .unwrap_or_else(|| panic!("{locale}: no bookmark for {}", c.title));
            let kids: Vec<&str> =
                items[at + 1..].iter().take_while(|(d, _)| *d > 0).map(|(_, t)| t.as_str()).collect();
            let checklists = c.blocks.iter().find_map(|b| match b {
                Block::Checklists { title, .. } => Some(title),
                _ => None,
            });
            let checklists = checklists.expect("a method has checklists");
            assert!(kids.contains(&checklists.as_str()), "{locale}: {}: {kids:?}", c.title);
            assert!(kids.len() >= 4, "{locale}: {}: {kids:?}", c.title);
            assert!(
                items[at + 1..].iter().take_while(|(d, _)| *d > 0).all(|(d, _)| *d == 1),
                "down to level 2 only"
            );
        }
    }
}

#[test]
fn front_matter_is_labelled_in_roman_numerals() {
    for locale in LOCALES {
        let pdf = pdf(locale);
        let labels = qpdf_json(&pdf, "pagelabels");
        let style = |i: usize| {
            let l = labels
                .as_array()
                .expect("page labels")
                .iter()
                .rev()
                .find(|l| l["index"].as_u64() <= Some(i as u64));
            let l = l.unwrap_or_else(|| panic!("{locale}: no label for page index {i}"));
            let start =
                l["label"]["/St"].as_u64().unwrap_or(1) + i as u64 - l["index"].as_u64().expect("index");
            (l["label"]["/S"].as_str().unwrap_or("").to_owned(), start)
        };
        assert_eq!(style(0), ("/r".to_owned(), 1), "{locale}: the cover is i");
        // The contents page prints the number its label gives.
        let contents = page_lines(&pdf, 3);
        assert_eq!(contents.last().map(|l| l.trim()), Some("iii"), "{locale}");
        assert_eq!(style(2), ("/r".to_owned(), 3), "{locale}");
        // The first chapter starts on the first page numbered in arabic numerals, as 1.
        let first = book(locale).chapters[0].title.clone();
        let at = (1..=pages(&pdf))
            .find(|&n| style(n - 1).0 == "/D")
            .unwrap_or_else(|| panic!("{locale}: no arabic page"));
        assert_eq!(style(at - 1).1, 1, "{locale}");
        let lines = page_lines(&pdf, at);
        assert!(lines.first().is_some_and(|l| l.contains(&first)), "{locale}: {lines:?}");
        assert_eq!(lines.last().map(|l| l.trim()), Some("1"), "{locale}");
    }
}

/// Copy of the shipped project (sources, locales, themes) in a temporary folder.
fn shipped_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["sources", "locales", "themes"] {
        copy_tree(&repo().join(sub), &dir.path().join(sub));
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Mean length of the body lines (those over 55 characters) of pages 4 to 8, in reading
/// order (not `-layout`, which pads justified lines).
fn mean_line(pdf: &Path) -> f64 {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-f", "4", "-l", "8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<usize> = text.lines().map(|l| l.trim().chars().count()).filter(|&n| n > 55).collect();
    assert!(lines.len() > 50, "too little text on pages 4-8 of {}", pdf.display());
    lines.iter().sum::<usize>() as f64 / lines.len() as f64
}

#[test]
fn lines_keep_a_readable_length_on_a4_and_us_letter() {
    for paper in ["a4", "us-letter"] {
        let project = shipped_copy();
        let toml = project.path().join("sources/book.toml");
        let text = std::fs::read_to_string(&toml).expect("book.toml");
        assert!(text.contains("paper = \"a5\""), "the shipped book is A5");
        std::fs::write(&toml, text.replace("paper = \"a5\"", &format!("paper = \"{paper}\"")))
            .expect("write");
        let out = project.path().join("out");
        let o = out.to_string_lossy().into_owned();
        let r = run_on("build", project.path(), &["--edition", "handbook", "--locale", "en", "--out", &o]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let mean = mean_line(&out.join("en/vet-at-work-en.pdf"));
        // Not justified text runs a little shorter than the measure: aim at 60-75.
        assert!((60.0..=75.0).contains(&mean), "{paper}: {mean:.1} characters a line");
    }
}

/// A checklist longer than several pages breaks across them: nothing runs off a page.
#[test]
fn a_checklist_longer_than_a_page_breaks_and_loses_nothing() {
    let f = crate::common::fixture(&["long-item"]);
    let ftl = f.file("locales/fi/long.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let item =
        text.lines().find_map(|l| l.strip_prefix("long-check-student-long = ")).expect("item").to_string();
    let longer = [item.as_str(); 40].join(" ");
    std::fs::write(&ftl, text.replace(&item, &longer)).expect("write");
    let out = f.file("out");
    let o = out.to_string_lossy().into_owned();
    let r = run_on("build", f.path(), &["--edition", "handbook", "--locale", "fi", "--out", &o]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = out.join("fi/mini-fi.pdf");
    let texts = page_texts(&pdf);
    let word = squeeze("oppimispäiväkirjaan");
    assert_eq!(texts.iter().map(|t| t.matches(&word).count()).sum::<usize>(), 40, "every copy is printed");
    let on =
        |s: &str| texts.iter().position(|t| t.contains(&squeeze(s))).unwrap_or_else(|| panic!("{s} missing"));
    assert!(on("Lopeta tähän.") >= on("Aloita tästä.") + 3, "the list runs over several pages");
}
