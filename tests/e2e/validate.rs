//! Real outputs through the project's own checks (tests/e2e/outputs.rs): EPUBCheck (0
//! fatals, errors and warnings), qpdf, embedded fonts with ToUnicode maps, no .notdef
//! glyphs, every translated chapter title and the language's letters in the PDF text; and
//! Ace by DAISY with no violations on every locale's EPUB.

use std::path::Path;

use vetpress::pipeline;

use crate::common::{fixture, repo, run_on};
use crate::outputs::{ace, check_pdf, epubcheck, missing_chars, missing_text, outputs};

/// Letters each locale's PDFs must contain (their fonts cover them and they extract).
const LETTERS: &[(&str, &str)] =
    &[("fi", "äö"), ("sv", "åäö"), ("is", "þðáæö"), ("de", "äöüß"), ("nl", "ij")];

/// Problems with the text of the shipped handbook's PDFs: every translated chapter title
/// and the contents heading in the handbook, the special letters in every PDF.
fn text_problems(out: &Path) -> Vec<String> {
    let mut diags = Vec::new();
    let loaded = pipeline::load(&repo(), &mut diags).expect("shipped project");
    let locales = loaded.project.locales();
    let mut problems = Vec::new();
    for r in pipeline::resolve_all(&loaded, &locales) {
        let dir = out.join(&r.locale);
        let handbook = outputs(out, "pdf")
            .into_iter()
            .find(|p| p.starts_with(&dir) && p.to_string_lossy().ends_with(&format!("-{}.pdf", r.locale)))
            .unwrap_or_else(|| panic!("no handbook PDF in {}", dir.display()));
        let mut expected: Vec<String> = r.book.chapters.iter().map(|c| c.title.clone()).collect();
        expected.push(r.book.labels["ui-contents"].clone());
        problems.extend(missing_text(&handbook, &expected));
        let letters = LETTERS.iter().find(|(l, _)| *l == r.locale).map_or("", |(_, c)| c);
        for pdf in outputs(out, "pdf").into_iter().filter(|p| p.starts_with(&dir)) {
            problems.extend(missing_chars(&pdf, letters));
        }
    }
    problems
}

/// EPUBCheck on every EPUB and the PDF checks on every PDF under `out`.
fn validate(out: &Path) -> Vec<String> {
    let (epubs, pdfs) = (outputs(out, "epub"), outputs(out, "pdf"));
    assert!(!epubs.is_empty() && !pdfs.is_empty(), "nothing built in {}", out.display());
    let mut problems = epubcheck(out);
    problems.extend(pdfs.iter().flat_map(|p| check_pdf(p)));
    eprintln!("checked {} EPUBs and {} PDFs in {}", epubs.len(), pdfs.len(), out.display());
    problems
}

#[test]
fn shipped_handbook_and_hostile_fixture_pass_validation() {
    let tmp = tempfile::tempdir().expect("temp");
    let out = tmp.path().join("out");
    let r = run_on("build", &repo(), &["--out", &out.to_string_lossy(), "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(outputs(&out, "epub").len(), 6, "one EPUB per locale");
    let mut problems = validate(&out);
    problems.extend(text_problems(&out));

    let f = fixture(&["hostile"]);
    let hostile = f.file("out");
    assert_eq!(run_on("build", f.path(), &["--out", &hostile.to_string_lossy()]).code, 0);
    problems.extend(validate(&hostile));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_epub_of_the_shipped_handbook_is_ace_clean() {
    let tmp = tempfile::tempdir().expect("temp");
    let out = tmp.path().join("out");
    let r = run_on("build", &repo(), &["--out", &out.to_string_lossy(), "--edition", "epub", "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let epubs = outputs(&out, "epub");
    assert_eq!(epubs.len(), 6, "one EPUB per locale");
    let mut violations = Vec::new();
    for (i, epub) in epubs.iter().enumerate() {
        let found = ace(epub, &tmp.path().join(format!("ace-{i}")));
        violations.extend(found.into_iter().map(|v| format!("{}: {v}", epub.display())));
    }
    assert!(violations.is_empty(), "Ace found:\n{}", violations.join("\n"));
}
