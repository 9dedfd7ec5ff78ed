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
    // translated, missing, stale, obsolete, messages (the mini fixture has 23 site and 8
    // search labels)
    assert_eq!(&cols[1..6], ["100", "1", "0", "1", "101"], "{}", r.stdout);
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
