//! The `self-evaluation` block end to end: the IR of the shipped one, and a fixture's block
//! printed in the handbook (questions, answer columns, points rows, scoring key) and the
//! EPUB (a valid questionnaire table) from one build.

use vetpress::doc::{Block, SelfEvaluation};
use vetpress::pipeline;

use crate::common::{epub_entry, fixture, flatten, pdftotext, repo, run_on};
use crate::outputs::epubcheck;

/// The self-evaluation blocks of the books of the project at `root`, by locale.
fn blocks(root: &std::path::Path) -> Vec<(String, SelfEvaluation)> {
    let mut diags = Vec::new();
    let loaded = pipeline::load(root, &mut diags).expect("project loads");
    let mut out = Vec::new();
    for r in pipeline::resolve_all(&loaded, &loaded.project.locales()) {
        assert!(r.ok(), "{:?}", r.diags);
        for c in &r.book.chapters {
            for b in &c.blocks {
                if let Block::SelfEvaluation(e) = b {
                    out.push((r.locale.clone(), e.clone()));
                }
            }
        }
    }
    out
}

#[test]
fn ir_of_the_shipped_self_evaluation() {
    let all = blocks(&repo());
    assert_eq!(all.len(), 6, "one self-evaluation per locale");
    let (_, en) = all.iter().find(|(l, _)| l == "en").expect("en");
    insta::assert_json_snapshot!("shipped-self-evaluation-en", en);
    for (locale, e) in &all {
        assert_eq!(e.anchor.as_deref(), Some("self-evaluation"), "{locale}");
        assert_eq!(e.levels.len(), 3, "{locale}");
        for l in &e.levels {
            assert!((4..=5).contains(&l.questions.len()), "{locale}: 4-5 questions per level");
            assert!(!l.methods.is_empty(), "{locale}: methods recommended for {:?}", l.level.key);
            assert!(l.questions.iter().all(|q| q.lang.is_none()), "{locale}: every question translated");
        }
    }
}

#[test]
fn handbook_and_epub_print_the_questionnaire() {
    let f = fixture(&["self-evaluation"]);
    let out = f.file("out");
    let o = out.to_string_lossy();
    let r = run_on("build", f.path(), &["--out", &o, "--edition", "handbook", "--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let text = flatten(&pdftotext(&f.file("out/en/mini-en.pdf")));
    for expected in [
        "Where do we stand?",
        "Question Yes (2) Partly (1) No (0)",
        "Does each side have a named contact person?",
        "Do we keep <b> tags & {{ braces }} as text?",
        "Do we give each other feedback after every visit?",
        "Points / 4 (≥ 3)",
        "How to score",
        "Tick one box per question: yes gives 2 points, partly 1 and no 0.",
        "Recommended methods",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the handbook:\n{text}");
    }
    let fi = flatten(&pdftotext(&f.file("out/fi/mini-fi.pdf")));
    assert!(fi.contains("Kysymys Kyllä (2) Osittain (1) Ei (0)"), "{fi}");

    let xhtml = epub_entry(&f.file("out/en/mini-en.epub"), "OEBPS/chapter-start.xhtml");
    for expected in [
        "<section id=\"sec-start-check\" class=\"self-evaluation\">",
        "<th scope=\"col\" class=\"answer\">Partly (1)</th>",
        "Do we keep <code>&lt;b&gt;</code> tags &amp; {{ braces }} as text?",
        "<a href=\"chapter-start.xhtml#sec-start-check\">the self-evaluation</a>",
        "<a href=\"chapter-shadow.xhtml#chapter-shadow\">2 Job shadowing</a>",
    ] {
        assert!(xhtml.contains(expected), "{expected:?} missing from the EPUB:\n{xhtml}");
    }
    let problems = epubcheck(&out);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_missing_question_or_label_is_an_error_at_the_block() {
    let f = fixture(&["self-evaluation"]);
    for (file, id) in
        [("start.ftl", "start-check-feedback"), ("self-evaluation.ftl", "self-evaluation-points")]
    {
        let ftl = f.file(&format!("locales/en/{file}"));
        let text = std::fs::read_to_string(&ftl).expect("fixture ftl");
        let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(id)).collect();
        std::fs::write(&ftl, kept.join("\n")).expect("write");
        let r = run_on("check", f.path(), &[]);
        let printed = format!("{}{}", r.stdout, r.stderr);
        assert_ne!(r.code, 0, "{printed}");
        assert!(
            printed.contains("sources/chapters/04-start.toml:8:1") && printed.contains(&format!("`{id}`")),
            "{printed}"
        );
        std::fs::write(&ftl, text).expect("restore");
    }
}
