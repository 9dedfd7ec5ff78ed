//! Real outputs through the shared validators: EPUBCheck 5 (0 errors, 0 warnings), qpdf,
//! embedded fonts, no missing glyphs, and the translated titles in the PDF text.

use std::path::{Path, PathBuf};
use std::process::Command;

use vetpress::pipeline;

use crate::common::{fixture, repo, run_on};

fn validator() -> PathBuf {
    let tool = repo().join("../shared/tools/validate-outputs");
    assert!(
        tool.is_file(),
        "validate-outputs not found at {}: it ships beside the repository",
        tool.display()
    );
    tool
}

/// Expected text per locale: every translated chapter title in the handbook PDF, and the
/// language's special letters in the handbook and the cards.
fn expectations(dir: &Path) {
    let mut diags = Vec::new();
    let loaded = pipeline::load(&repo(), &mut diags).expect("shipped project");
    let locales = loaded.project.locales();
    std::fs::create_dir_all(dir).expect("mkdir");
    for r in pipeline::resolve_all(&loaded, &locales) {
        let mut lines: Vec<String> =
            r.book.chapters.iter().map(|c| format!("[*-{}.pdf] {}", r.locale, c.title)).collect();
        lines.push(format!("[*-{}.pdf] {}", r.locale, r.book.labels["ui-contents"]));
        std::fs::write(dir.join(format!("{}.txt", r.locale)), lines.join("\n") + "\n").expect("write");
    }
    let chars: &[(&str, &str)] =
        &[("fi", "äö"), ("sv", "åäö"), ("is", "þðáæö"), ("de", "äöüß"), ("nl", "ij")];
    for (locale, c) in chars {
        std::fs::write(dir.join(format!("{locale}.chars")), format!("[*.pdf] {c}\n")).expect("write");
    }
}

fn validate(out: &Path, expected: Option<&Path>) {
    let mut cmd = Command::new("bash");
    cmd.arg(validator()).arg(out);
    if let Some(e) = expected {
        cmd.arg(e);
    }
    let result = cmd.output().expect("run validate-outputs");
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(
        result.status.success(),
        "validate-outputs failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(stdout.lines().last().is_some_and(|l| l.ends_with(" 0 failed")), "{stdout}");
    eprintln!("{stdout}");
}

#[test]
fn shipped_handbook_and_hostile_fixture_pass_validation() {
    let tmp = tempfile::tempdir().expect("temp");
    let out = tmp.path().join("out");
    let r = run_on("build", &repo(), &["--out", &out.to_string_lossy(), "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    expectations(&tmp.path().join("expected"));
    validate(&out, Some(&tmp.path().join("expected")));

    let f = fixture(&["hostile"]);
    let hostile = f.file("out");
    assert_eq!(run_on("build", f.path(), &["--out", &hostile.to_string_lossy()]).code, 0);
    validate(&hostile, None);
}
