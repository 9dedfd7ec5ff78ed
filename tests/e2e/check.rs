//! `vetpress check` and `status`: locations, exit codes, no panics.

use crate::common::{fixture, repo, run_on, vetpress};

#[test]
fn shipped_project_checks_clean() {
    let r = run_on("check", &repo(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("check passed"), "{}", r.stderr);
}

#[test]
fn mini_fixture_checks_clean_even_strict() {
    let f = fixture(&[]);
    let r = run_on("check", f.path(), &["--strict"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn malformed_toml_is_located() {
    let f = fixture(&["bad-toml"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // The array opened on line 2 is found unterminated where line 3 starts.
    assert!(
        r.stderr.contains("sources/chapters/02-visit.toml:3:1: error[toml]: invalid array"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("error[toml]"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn unknown_key_is_located() {
    let f = fixture(&["unknown-key"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("sources/chapters/03-shadow.toml:6:1: error[toml]: unknown field `colour`"),
        "{}",
        r.stderr
    );
}

#[test]
fn every_ftl_syntax_error_is_located() {
    let f = fixture(&["ftl-errors"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().filter(|l| l.contains("error[ftl-syntax]")).collect();
    assert_eq!(lines.len(), 3, "{}", r.stderr);
    for (line, at) in lines.iter().zip(["broken.ftl:2:16:", "broken.ftl:4:28:", "broken.ftl:6:1:"]) {
        assert!(line.starts_with(&format!("locales/fi/{at}")), "{line}");
    }
    // Messages after an error still load (and are reported as not in the reference).
    assert!(r.stderr.contains("`fine-three` is not in the reference"), "{}", r.stderr);
}

#[test]
fn missing_obsolete_and_variable_mismatch_are_reported() {
    let f = fixture(&["l10n-drift"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "a variable the reference lacks is an error:\n{}", r.stderr);
    let find = |needle: &str| {
        r.stderr
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no `{needle}` in\n{}", r.stderr))
            .to_string()
    };
    assert!(
        find("`drift-extra` is not translated into `fi`")
            .starts_with("locales/en/drift.ftl:2:1: warning[missing-message]")
    );
    assert!(
        find("`old-farewell` is not in the reference")
            .starts_with("locales/fi/drift.ftl:2:1: warning[obsolete-message]")
    );
    // At the variable itself (column 38, counted in characters after `ä`-free text).
    assert!(find("uses `$host`").starts_with("locales/fi/drift.ftl:1:38: error[variable-mismatch]"));
}

#[test]
fn warnings_fail_only_when_strict() {
    let f = fixture(&["l10n-drift"]);
    std::fs::write(f.file("locales/fi/drift.ftl"), "drift-note = Vierailulle tarvitaan isäntä.\n")
        .expect("write");
    assert_eq!(run_on("check", f.path(), &[]).code, 0);
    assert_eq!(run_on("check", f.path(), &["--strict"]).code, 1);
}

#[test]
fn raw_html_is_rejected_with_its_location() {
    let f = fixture(&["raw-html"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("locales/en/notes.ftl:5:5: error[markdown]: in `notes-body`: raw HTML is not allowed: `<script>alert(1)</script>`"),
        "{}",
        r.stderr
    );
}

#[test]
fn json_format_lists_diagnostics() {
    let f = fixture(&["unknown-key"]);
    let r = run_on("check", f.path(), &["--format", "json"]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json on stdout");
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["file"], "sources/chapters/03-shadow.toml");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(6), Some(1)));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(vetpress(&["check", "--no-such-flag"]).code, 2);
    assert_eq!(vetpress(&["frobnicate"]).code, 2);
    let f = fixture(&[]);
    assert_eq!(run_on("build", f.path(), &["--locale", "xx"]).code, 2);
}

#[test]
fn missing_project_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp");
    let r = run_on("check", dir.path(), &[]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no sources/book.toml"), "{}", r.stderr);
}

#[test]
fn status_prints_a_table() {
    let f = fixture(&["l10n-drift"]);
    let r = run_on("status", f.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let fi = r.stdout.lines().find(|l| l.starts_with("fi ")).expect("fi row");
    let cols: Vec<&str> = fi.split_whitespace().collect();
    // translated, missing, stale, obsolete, messages (the mini fixture has 23 site, 8
    // search and 7 punctuation and date labels)
    assert_eq!(&cols[1..6], ["109", "1", "0", "1", "110"], "{}", r.stdout);
}

#[test]
fn every_select_variant_is_resolved() {
    let f = fixture(&["select-variants"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    for expected in [
        "locales/en/select.ftl:4:26: error[ftl-reference]: `select-count`: Unknown term: -no-such-days",
        "locales/en/select.ftl:8:26: error[ftl-reference]: `select-methods`: Unknown term: -no-such-method",
    ] {
        assert!(r.stderr.contains(expected), "missing {expected:?} in\n{}", r.stderr);
    }
}

/// The diagnostics of a run, one per entry (a line and its hint).
fn diagnostics(stderr: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in stderr.lines() {
        match out.last_mut() {
            Some(last) if line.starts_with("  = hint:") => {
                last.push('\n');
                last.push_str(line);
            }
            _ if line.contains("]: ") => out.push(line.to_string()),
            _ => {}
        }
    }
    out
}

/// The one diagnostic that mentions `needle`; it must be the only one.
fn only(stderr: &str, needle: &str) -> String {
    let found: Vec<String> = diagnostics(stderr).into_iter().filter(|d| d.contains(needle)).collect();
    assert_eq!(found.len(), 1, "one diagnostic about {needle:?}, got {found:#?}\nin\n{stderr}");
    found.into_iter().next().unwrap_or_default()
}

#[test]
fn unknown_terms_are_reported_once_at_the_reference_with_the_nearest_term() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // In the reference, at the term, not at the message's first line.
    let d = only(&r.stderr, "-emplyer");
    assert!(d.starts_with("locales/en/check.ftl:2:29: error[ftl-reference]"), "{d}");
    assert!(d.contains("did you mean `-employer`?"), "{d}");
    // A translation's typo in a message the book prints: the lint's report only, not also
    // `ftl-resolve`, with the column counted in characters after `ä`.
    let d = only(&r.stderr, "-employr");
    assert!(d.starts_with("locales/fi/book.ftl:11:34: error[ftl-reference]"), "{d}");
    assert!(d.contains("did you mean `-employer`?"), "{d}");
    assert!(!r.stderr.contains("ftl-resolve"), "{}", r.stderr);
}

#[test]
fn every_variant_is_resolved_even_those_no_number_selects() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    // Finnish plurals have no `few`; a term's `gen` case is asked for by no message.
    let d = only(&r.stderr, "-no-such-term");
    assert!(d.starts_with("locales/fi/check.ftl:8:17: error[ftl-reference]: `check-hidden`"), "{d}");
    let d = only(&r.stderr, "-no-such-case");
    assert!(d.starts_with("locales/fi/check.ftl:15:17: error[ftl-reference]: `-visitor`"), "{d}");
}

#[test]
fn a_misspelt_variable_in_the_reference_is_blamed_there_not_on_the_translations() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    let d = only(&r.stderr, "check-variable-typo");
    assert!(d.starts_with("locales/en/check.ftl:3:29: error[unknown-variable]"), "{d}");
    assert!(d.contains("did you mean `$methods`?"), "{d}");
    // A translation's misspelling: one report, at the variable, with the right name.
    let d = only(&r.stderr, "`check-var`");
    assert!(d.starts_with("locales/fi/check.ftl:25:22: error[variable-mismatch]"), "{d}");
    assert!(d.contains("did you mean `$methods`?"), "{d}");
}

#[test]
fn a_syntax_error_is_the_one_report_of_what_it_swallowed() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    // No default variant: the syntax error at fi, no missing message pointing at en.
    let d = only(&r.stderr, "must have a default variant");
    assert!(d.starts_with("locales/fi/check.ftl:23:5: error[ftl-syntax]"), "{d}");
    assert!(!r.stderr.contains("check-select"), "{}", r.stderr);
    assert!(d.contains("`*[other]`"), "{d}");
    // A broken placeable in a legitimate `.summary`: found inside the attribute (after
    // `ä`, counted in characters), without the continuation-line hint, and not also missing.
    let errors = diagnostics(&r.stderr);
    let summary: Vec<&String> = errors.iter().filter(|d| d.starts_with("locales/fi/check.ftl:18:")).collect();
    assert_eq!(summary.len(), 1, "{summary:#?}");
    assert!(summary[0].starts_with("locales/fi/check.ftl:18:32: error[ftl-syntax]"), "{}", summary[0]);
    assert!(!summary[0].contains("continuation line"), "{}", summary[0]);
    assert!(!r.stderr.contains("check-summary.summary"), "{}", r.stderr);
    assert!(!r.stderr.contains("missing-message"), "{}", r.stderr);
}

#[test]
fn number_and_datetime_are_known_functions() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    assert!(!r.stderr.contains("check-number"), "{}", r.stderr);
    assert!(!r.stderr.contains("Unknown function"), "{}", r.stderr);
}

#[test]
fn term_differences_are_notes_that_never_fail() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    let d = only(&r.stderr, "`check-terms`");
    assert!(d.starts_with("locales/fi/check.ftl:24:1: info[term-mismatch]"), "{d}");
    assert!(d.contains("`-brand`") && d.contains("`-employer`"), "{d}");
    // Only notes left: passes, even strict.
    std::fs::remove_file(f.file("locales/en/check.ftl")).expect("rm");
    std::fs::write(f.file("locales/en/check.ftl"), "check-terms = Ask the { -employer }.\n").expect("write");
    std::fs::write(f.file("locales/fi/check.ftl"), "check-terms = Kysy { -brand }.\n").expect("write");
    std::fs::copy(repo().join("tests/fixtures/mini/locales/fi/book.ftl"), f.file("locales/fi/book.ftl"))
        .expect("cp");
    let r = run_on("check", f.path(), &["--strict"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("check passed: 0 errors, 0 warnings, 1 note"), "{}", r.stderr);
    let r = run_on("check", f.path(), &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!((v["errors"].as_u64(), v["notes"].as_u64()), (Some(0), Some(1)));
    assert_eq!(v["diagnostics"][0]["severity"], "info");
}

#[test]
fn markdown_columns_count_characters() {
    let f = fixture(&["check-ftl"]);
    let r = run_on("check", f.path(), &[]);
    let d = only(&r.stderr, "raw HTML is not allowed: `<b>`");
    assert!(d.starts_with("locales/fi/book.ftl:13:40: error[markdown]"), "{d}");
}

#[test]
fn misspelt_names_in_chapters_are_reported_where_written_with_the_nearest() {
    let f = fixture(&["check-chapters"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // A block id: at the `id` value, once for the three role messages it names.
    let d = only(&r.stderr, "perp");
    assert!(d.starts_with("sources/chapters/02-visit.toml:20:6: error[no-message]"), "{d}");
    assert!(d.contains("did you mean `prep`?"), "{d}");
    // A checklist item.
    let d = only(&r.stderr, "plan-toru");
    assert!(d.starts_with("sources/chapters/02-visit.toml:26:13: error[no-message]"), "{d}");
    assert!(d.contains("did you mean `plan-tour`?"), "{d}");
    // An unknown key.
    let d = only(&r.stderr, "`idd`");
    assert!(d.starts_with("sources/chapters/01-welcome.toml:5:1: error[toml]"), "{d}");
    assert!(d.contains("did you mean `id`?"), "{d}");
}

#[test]
fn a_checklist_role_outside_the_chapters_roles_is_an_unknown_role() {
    let f = fixture(&["check-chapters"]);
    let r = run_on("check", f.path(), &[]);
    let d = only(&r.stderr, "role `vet-provider`");
    assert!(d.starts_with("sources/chapters/03-shadow.toml:17:1: error[unknown-role]"), "{d}");
    assert!(d.contains("`employer`, `student`"), "{d}");
    assert!(!r.stderr.contains("shadow-check-vet-provider"), "{}", r.stderr);
}

#[test]
fn isolation_marks_a_translator_typed_are_kept() {
    let f = fixture(&["check-marks"]);
    let out = f.path().join("out");
    let o = out.to_string_lossy().into_owned();
    let r = run_on(
        "build",
        f.path(),
        &["--out", &o, "--locale", "fi", "--edition", "epub", "--edition", "handbook", "--strict"],
    );
    assert_eq!(r.code, 0, "no warning either (the marks need no glyph):\n{}", r.stderr);
    let xhtml = crate::common::epub_entry(&out.join("fi/mini-fi.epub"), "OEBPS/chapter-visit.xhtml");
    let kept = "näyttää \u{2067}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{2069} ja \u{2068}Oulu\u{2069} opiskelijoille\u{200f} oikeaa\u{200e} työtä\u{61c}.";
    assert!(xhtml.contains(kept), "{xhtml}");
    let pdf = crate::common::pdftotext(&out.join("fi/mini-fi.pdf"));
    assert!(pdf.contains("\u{2068}Oulu\u{2069}"), "{pdf}");
}

#[test]
fn a_broken_reference_message_holds_back_the_locales_that_show_it_and_is_reported_once() {
    let f = fixture(&[]);
    let en = f.file("locales/en/book.ftl");
    let text = std::fs::read_to_string(&en).expect("en");
    let broken = text.replace("visit-intro = A visit shows", "visit-intro = A { -emplyer } visit shows");
    assert_ne!(broken, text);
    std::fs::write(&en, broken).expect("write");
    let fi = f.file("locales/fi/book.ftl");
    let kept: Vec<String> = std::fs::read_to_string(&fi)
        .expect("fi")
        .lines()
        .filter(|l| !l.starts_with("visit-intro"))
        .map(str::to_string)
        .collect();
    std::fs::write(&fi, kept.join("\n") + "\n").expect("write");
    let r = run_on("check", f.path(), &[]);
    let d = only(&r.stderr, "-emplyer");
    assert!(d.starts_with("locales/en/book.ftl:"), "{d}");
    // fi shows the English text, so it is not built with `{-emplyer}` in it.
    let out = f.path().join("out");
    let o = out.to_string_lossy().into_owned();
    let r = run_on("build", f.path(), &["--out", &o, "--locale", "fi", "--edition", "epub"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!out.join("fi/mini-fi.epub").exists(), "{}", r.stderr);
}
