//! Generative tests: mutated FTL and TOML, and random Markdown inside messages, go through
//! load -> resolve (-> render) in-process. Whatever the input, nothing panics, every error
//! is located (a file, and a line inside it when the file is text), and a locale without
//! errors renders to bytes in every edition (a PDF may fail, with errors, only on characters
//! no font covers, which the renderer warns about).
//!
//! The default run is small (32 cases per load/resolve property, 8 for full rendering).
//! A long run sets `PROPTEST_CASES` for the load/resolve properties; rendering runs a quarter
//! as many cases. `--nocapture` shows how many cases were clean and how many outputs rendered:
//!
//! ```sh
//! PROPTEST_CASES=10000 cargo test --release --test e2e generative -- --nocapture
//! ```
//!
//! A failure prints the shrunk input; keep it as a plain `#[test]` in `regressions` below.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Arc;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::Union;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use vetpress::diag::Diagnostic;
use vetpress::pipeline::{self, Loaded};
use vetpress::render::typst::TypstEnv;
use vetpress::render::{Edition, Registry, Renderer};

use crate::common::{Fixture, fixture};

// ---------------------------------------------------------------------------------------
// Running the pipeline and judging the outcome

/// Cases for a property: `PROPTEST_CASES` divided by `divisor`, else `default`.
fn cases(default: u32, divisor: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map_or(default, |n| (n / divisor).max(1))
}

/// The default run (`cargo test`) uses a fixed seed, so CI judges the code and not the luck
/// of the draw; a long run (`PROPTEST_CASES` set) or `PROPTEST_RNG_SEED` explores anew.
fn runner(cases: u32) -> TestRunner {
    let explore = ["PROPTEST_CASES", "PROPTEST_RNG_SEED"].iter().any(|v| std::env::var_os(v).is_some());
    let default = Config::default();
    TestRunner::new(Config {
        cases,
        // Minimal failing inputs become plain #[test]s below, not files beside the sources.
        failure_persistence: None,
        rng_seed: if explore { default.rng_seed } else { RngSeed::Fixed(0x7665_7470_7265_7373) },
        ..default
    })
}

/// What one run of the pipeline produced.
struct Outcome {
    diags: Vec<Diagnostic>,
    renders: Vec<Render>,
}

/// One rendered edition of one locale.
struct Render {
    locale: String,
    edition: Edition,
    /// Whether the book has characters no font covers (PDF/A then refuses the PDF).
    uncovered: bool,
    /// Output size, or the render errors.
    result: Result<usize, Vec<Diagnostic>>,
}

/// The renderers `vetpress build` uses (mirrors `cli::build::renderers`), and the Typst
/// environment they share.
fn renderers(loaded: &Loaded) -> (Arc<TypstEnv>, Vec<Arc<dyn Renderer>>) {
    let registry = Registry::new(&loaded.project.theme, loaded.project.assets.clone());
    let renderers =
        Edition::ALL.iter().map(|e| registry.renderer(*e).expect("the shipped theme sets up")).collect();
    (registry.typst(), renderers)
}

/// Whether any character of the book is missing from every font of `env`.
fn uncovered(env: &TypstEnv, book: &vetpress::doc::LocalizedBook) -> bool {
    let json = serde_json::to_string(book).expect("the IR serialises");
    json.chars().any(|c| !c.is_control() && !env.covers(c))
}

/// Load, resolve every locale and, with `render`, render every locale without errors.
fn pipeline(root: &Path, render: bool) -> Outcome {
    let mut diags = Vec::new();
    let Some(loaded) = pipeline::load(root, &mut diags) else {
        return Outcome { diags, renders: Vec::new() };
    };
    let locales = loaded.project.locales();
    let resolved = pipeline::resolve_all(&loaded, &locales);
    let reference = loaded.project.manifest.reference_locale.clone();
    let mut renders = Vec::new();
    if render {
        let (env, renderers) = renderers(&loaded);
        for r in &resolved {
            if vetpress::build::gate::blocking(&diags, &r.diags, &r.locale, &reference).is_some() {
                continue;
            }
            let uncovered = uncovered(&env, &r.book);
            for renderer in &renderers {
                let result = renderer.render(&r.book, &[]).map(|a| a.payload.len() as usize).map_err(|e| e.0);
                renders.push(Render {
                    locale: r.locale.clone(),
                    edition: renderer.edition(),
                    uncovered,
                    result,
                });
            }
        }
    }
    diags.extend(resolved.into_iter().flat_map(|r| r.diags));
    Outcome { diags, renders }
}

/// Run the pipeline on `root`, turning a panic into a test failure that names it.
fn run_checked(root: &Path, render: bool) -> Result<Outcome, TestCaseError> {
    catch_unwind(AssertUnwindSafe(|| pipeline(root, render))).map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic payload".into());
        TestCaseError::fail(format!("panic: {msg}"))
    })
}

/// Every error names a file; in a text file of the project also a line that exists.
fn check_located(root: &Path, outcome: &Outcome) -> Result<(), TestCaseError> {
    for d in outcome.diags.iter().filter(|d| d.is_error()) {
        let Some(at) = &d.location else {
            return Err(TestCaseError::fail(format!("error without a location: {d:?}")));
        };
        let path = root.join(&at.file);
        let text_file = at.file.extension().is_some_and(|e| e == "ftl" || e == "toml");
        if !text_file {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            return Err(TestCaseError::fail(format!("error located in a missing file: {d:?}")));
        };
        let whole_file = matches!(d.code, "chapter" | "io") && at.line == 0;
        if whole_file {
            continue;
        }
        let lines = bytes.split(|b| *b == b'\n').count();
        if at.line == 0 || at.line > lines || at.column == 0 {
            return Err(TestCaseError::fail(format!(
                "error at no line of {} ({lines} lines): {d:?}",
                at.file.display()
            )));
        }
    }
    Ok(())
}

/// The property: no panic; errors located; a locale without errors renders every edition.
fn check(root: &Path, render: bool) -> Result<(), TestCaseError> {
    let outcome = run_checked(root, render)?;
    check_located(root, &outcome)?;
    for r in &outcome.renders {
        let (locale, edition) = (&r.locale, r.edition);
        match &r.result {
            Ok(0) => return Err(TestCaseError::fail(format!("{locale} {edition:?}: empty output"))),
            Ok(_) => {}
            // Known limit: PDF/A refuses glyphs no font has; the renderer then fails (with errors).
            Err(errors) if r.uncovered && edition != Edition::Epub && !errors.is_empty() => {}
            Err(errors) => {
                return Err(TestCaseError::fail(format!(
                    "{locale} {edition:?} failed although its sources have no errors: {errors:#?}"
                )));
            }
        }
    }
    let has_error = outcome.diags.iter().any(Diagnostic::is_error);
    TALLY.with(|t| {
        let mut t = t.borrow_mut();
        t.cases += 1;
        t.clean += usize::from(!has_error);
        t.outputs += outcome.renders.iter().filter(|r| r.result.is_ok()).count();
    });
    prop_assert!(has_error || !outcome.renders.is_empty() || !render, "neither an error nor an output");
    Ok(())
}

/// What the cases of one property exercised, printed at its end (see it with `--nocapture`).
#[derive(Default)]
struct Tally {
    cases: usize,
    clean: usize,
    outputs: usize,
}

thread_local! {
    static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::default();
}

/// Print the tally of this thread's property and fail with `result`'s error, if any.
fn finish(name: &str, result: Result<(), proptest::test_runner::TestError<impl std::fmt::Debug>>) {
    TALLY.with(|t| {
        let t = t.take();
        eprintln!("{name}: {} cases, {} without errors, {} outputs rendered", t.cases, t.clean, t.outputs);
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Write `bytes` to `rel` in the fixture, check, and restore the file.
fn check_with(f: &Fixture, rel: &str, bytes: &[u8], render: bool) -> Result<(), TestCaseError> {
    let path = f.file(rel);
    let original = std::fs::read(&path).expect("fixture file");
    std::fs::write(&path, bytes).expect("write mutated file");
    let result = check(f.path(), render);
    std::fs::write(&path, original).expect("restore fixture file");
    result.map_err(|e| match e {
        TestCaseError::Fail(why) => {
            TestCaseError::fail(format!("{why}\n--- {rel} ---\n{}", String::from_utf8_lossy(bytes)))
        }
        other => other,
    })
}

// ---------------------------------------------------------------------------------------
// Mutations of a file's bytes

/// One edit of a file. Positions snap to character starts, except for raw bytes.
#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, String),
    /// A whole line, so a valid key or entry can land between others.
    InsertLine(Index, String),
    Delete(Index, usize),
    Replace(Index, usize, String),
    RawByte(Index, u8),
}

/// A file of the fixture and the edits made to it.
#[derive(Debug, Clone)]
struct Mutation {
    file: &'static str,
    edits: Vec<Edit>,
}

fn char_start(bytes: &[u8], mut i: usize) -> usize {
    while i > 0 && i < bytes.len() && bytes[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    i
}

/// The byte offset `chars` characters after `from`.
fn skip_chars(bytes: &[u8], from: usize, chars: usize) -> usize {
    let mut i = from;
    for _ in 0..chars {
        if i >= bytes.len() {
            break;
        }
        i += 1;
        while i < bytes.len() && bytes[i] & 0xC0 == 0x80 {
            i += 1;
        }
    }
    i
}

fn apply(original: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut b = original.to_vec();
    for edit in edits {
        let at = |i: &Index, b: &[u8]| char_start(b, i.index(b.len() + 1));
        match edit {
            Edit::Insert(i, token) => {
                let p = at(i, &b);
                b.splice(p..p, token.bytes());
            }
            Edit::InsertLine(i, token) => {
                let starts: Vec<usize> = std::iter::once(0)
                    .chain(b.iter().enumerate().filter(|(_, c)| **c == b'\n').map(|(j, _)| j + 1))
                    .collect();
                let p = *i.get(&starts);
                let line = if token.ends_with('\n') { token.clone() } else { format!("{token}\n") };
                b.splice(p..p, line.bytes());
            }
            Edit::Delete(i, n) => {
                let p = at(i, &b);
                let end = skip_chars(&b, p, *n);
                b.drain(p..end);
            }
            Edit::Replace(i, n, token) => {
                let p = at(i, &b);
                let end = skip_chars(&b, p, *n);
                b.splice(p..end, token.bytes());
            }
            Edit::RawByte(i, byte) => {
                let p = i.index(b.len() + 1);
                b.insert(p, *byte);
            }
        }
    }
    b
}

/// Tokens that mean something to Fluent.
const FTL_TOKENS: &[&str] = &[
    "{",
    "}",
    "{ ",
    " }",
    "->",
    " ->\n",
    "*[",
    "*[other] x\n",
    "[one] y\n",
    "[",
    "]",
    ".attr = a",
    "\n    .title = T",
    "\n    .summary = S",
    "-term",
    "{ -brand }",
    "{ -employer(case: \"gen\") }",
    "{ -nope }",
    "$var",
    "{ $methods }",
    "{ $count }",
    "{ $number }",
    "{ $nope }",
    "{ NUMBER($methods) }",
    "{ NOPE() }",
    "{ welcome-title }",
    "{ welcome-title.nope }",
    "{ missing-msg }",
    "\n",
    "\n\n",
    "\n    ",
    "\t",
    "\r\n",
    "\r",
    "\0",
    "é",
    "ß",
    "🦀",
    "\u{2068}",
    "\u{202e}",
    "\u{feff}",
    "\u{ad}",
    "=",
    " = ",
    "#",
    "## ",
    "### ",
    "\"",
    "\\",
    "{ \"\\u0041\" }",
    "{ \"\\uD800\" }",
    "{ \"\\u",
    "\\u",
    "\\U00",
    "{ \"\\",
    "\\u1é",
    "{ \"\\U0ǔ\" }",
    "{ \"lit\" }",
    "{ 12 }",
    "{ -1.5 }",
    "welcome-title = dup\n",
    "new-msg = x\n",
    "-t = { -t }\n",
    "loop = { loop }\n",
    "{ $methods ->\n    [one] a\n   *[other] b\n}",
    "{ $methods ->\n [one] a\n}",
    "{{",
    "}}",
    " ",
    "*",
    ".",
    "\n*",
    "\n[",
    "\n.",
    "**bold**",
    "[l](https://example.org)",
    "<b>",
    "![i](assets/x.png)",
    "#read(\"x\")",
];

/// Tokens that mean something to TOML (and to vetpress's schema).
const TOML_TOKENS: &[&str] = &[
    "[[",
    "]]",
    "[",
    "]",
    "=",
    " = ",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "{",
    "}",
    ",",
    "\n",
    "#",
    ".",
    "\\",
    "\\u00e9",
    "\0",
    "\t",
    "\r\n",
    "é",
    "🦀",
    "true",
    "-1",
    "0",
    "4294967296",
    "1e400",
    "nan",
    "2024-13-01",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "[[blocks]]\ntype = \"text\"\nid = \"x\"\n",
    "[[blocks]]\ntype = \"callout\"\nid = \"intro\"\nstyle = \"warning\"\n",
    "[[blocks]]\ntype = \"steps\"\nid = \"prep\"\nphase = \"follow-up\"\n",
    "[[blocks]]\ntype = \"methods\"\nlevel = \"beginner\"\n",
    "[[blocks]]\ntype = \"nope\"\n",
    "[blocks.items]\nstudent = [\"a\", \"a\"]\n",
    "[blocks.items]\nstudent = [\"Bad Id\"]\n",
    "type = \"checklist\"",
    "kind = \"method\"",
    "kind = \"text\"",
    "id = \"intro\"",
    "id = 3",
    "roles = [\"student\"]",
    "roles = []",
    "roles = \"student\"",
    "duration = { count = 0, unit = \"days\" }",
    "count = -1",
    "unit = \"years\"",
    "effort = \"huge\"",
    "levels = []",
    "section = \"tips\"",
    "style = \"warning\"",
    "phase = \"follow-up\"",
    "message = \"book-title\"",
    "message = \"nope\"",
    "locales = [\"fi\", \"fi\"]",
    "locales = [\"de\"]",
    "locales = [\"../x\"]",
    "locales = []",
    "reference-locale = \"fi\"",
    "reference-locale = \"x-\"",
    "theme = \"../..\"",
    "theme = \"/etc\"",
    "theme = \"nope\"",
    "date = 2024-02-30",
    "date = 1979-05-27T07:32:00Z",
    "id = \"Bad Id\"",
    "[handbook]\npaper = \"a4\"\n",
    "[cards]\nlayout = \"single\"\n",
    "sheet = \"letter\"",
    "[isbn]\nen = \"978-0-00-000000-0\"\n",
    "url = \"javascript:x\"",
    "licence = \"\"",
    "project-code = 1",
];

const FTL_FILES: &[&str] =
    &["locales/en/book.ftl", "locales/en/ui.ftl", "locales/fi/book.ftl", "locales/fi/ui.ftl"];

const TOML_FILES: &[&str] = &[
    "sources/book.toml",
    "sources/chapters/01-welcome.toml",
    "sources/chapters/02-visit.toml",
    "sources/chapters/03-shadow.toml",
];

fn token(tokens: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(tokens).prop_map(String::from),
        2 => any::<char>().prop_map(String::from),
        1 => "[ -~]{1,12}",
    ]
}

fn edit(tokens: &'static [&'static str]) -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<Index>(), token(tokens)).prop_map(|(i, t)| Edit::Insert(i, t)),
        3 => (any::<Index>(), select(tokens)).prop_map(|(i, t)| Edit::InsertLine(i, t.to_string())),
        2 => (any::<Index>(), 1usize..24).prop_map(|(i, n)| Edit::Delete(i, n)),
        3 => (any::<Index>(), 1usize..12, token(tokens)).prop_map(|(i, n, t)| Edit::Replace(i, n, t)),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::RawByte(i, b)),
    ]
}

/// Edits of one file. TOML gets fewer: almost any two edits break it, and valid but odd
/// structure is the more interesting input.
fn mutation(
    files: &'static [&'static str],
    tokens: &'static [&'static str],
) -> impl Strategy<Value = Mutation> {
    let most = if files == TOML_FILES { 3 } else { 6 };
    (select(files), prop::collection::vec(edit(tokens), 1..most))
        .prop_map(|(file, edits)| Mutation { file, edits })
}

fn run_mutations(name: &str, strategy: impl Strategy<Value = Mutation>, cases: u32, render: bool) {
    let f = fixture(&[]);
    let mut runner = runner(cases);
    let result = runner.run(&strategy, |m| {
        let original = std::fs::read(f.file(m.file)).expect("fixture file");
        check_with(&f, m.file, &apply(&original, &m.edits), render)
    });
    finish(name, result);
}

// ---------------------------------------------------------------------------------------
// Random Markdown inside a message

/// What random Markdown is made of. Hostile text has raw HTML, unsafe links and missing
/// images, which must be located errors; tame text must also render.
struct Vocab {
    words: &'static [&'static str],
    urls: &'static [&'static str],
    hostile: bool,
}

/// Words and marks that mean something to Markdown, Typst or XML, but are not HTML.
const TAME_WORDS: &[&str] = &[
    "word",
    "Ünïcödé",
    "日本語",
    "🦀",
    "#",
    "#let x = 1",
    "#read(\"/etc/passwd\")",
    "$",
    "$x^2$",
    "@label",
    "@",
    "]",
    "[",
    "//",
    "/*",
    "*/",
    "=",
    "==",
    "~",
    "\\",
    "\\*",
    "&amp;",
    "&",
    "<",
    ">",
    "]]>",
    "\"",
    "'",
    "`",
    "_",
    "*",
    "**",
    "~~",
    "|",
    "---",
    "+",
    "-",
    "1.",
    "1)",
    "<https://example.org/auto>",
    "a@b.example",
    "[^1]",
    "\u{a0}",
    "\u{200b}",
    "\u{202e}",
    "\u{ad}",
    "x\u{301}",
    "<label>x",
];

const HOSTILE_WORDS: &[&str] = &["<!--", "-->", "<b>", "</b>", "<script>", "<label>", "<img src=x>", "&#0;"];

const TAME_URLS: &[&str] =
    &["https://example.org/a", "http://x", "mailto:a@b.example", "https://example.org/a?b=c&d#e"];

const HOSTILE_URLS: &[&str] = &[
    "#welcome",
    "#visit/example",
    "02-visit",
    "../03-shadow",
    "javascript:alert(1)",
    "JaVaScRiPt:x",
    "data:text/html,x",
    "//evil.example",
    "",
    "<>",
    "https://example.org/a b",
    "assets/x.png",
    "assets/../x.png",
    "/etc/passwd",
    "#",
    "?q=1",
];

static TAME: Vocab = Vocab { words: TAME_WORDS, urls: TAME_URLS, hostile: false };
static HOSTILE: Vocab = Vocab { words: HOSTILE_WORDS, urls: HOSTILE_URLS, hostile: true };

/// A word from `v`, or from the tame words (hostile text mixes both).
fn md_word(v: &'static Vocab) -> BoxedStrategy<String> {
    prop_oneof![select(TAME_WORDS), select(v.words)].prop_map(String::from).boxed()
}

fn md_url(v: &'static Vocab) -> BoxedStrategy<String> {
    prop_oneof![select(TAME_URLS), select(v.urls)].prop_map(String::from).boxed()
}

fn md_inline(v: &'static Vocab) -> BoxedStrategy<String> {
    let mut leaves: Vec<(u32, BoxedStrategy<String>)> = vec![
        (6, md_word(v)),
        (1, "[ -~]{1,10}".boxed()),
        (1, any::<char>().prop_filter("visible", |c| !c.is_control()).prop_map(String::from).boxed()),
        (1, Just("  \n".to_string()).boxed()),
        (1, Just("\\\n".to_string()).boxed()),
    ];
    if v.hostile {
        leaves.push((1, any::<char>().prop_map(String::from).boxed()));
        leaves.push((1, md_url(v).prop_map(|u| format!("![alt]({u})")).boxed()));
        leaves.push((1, md_url(v).prop_map(|u| format!("![]({u})")).boxed()));
    }
    Union::new_weighted(leaves)
        .prop_recursive(3, 24, 4, move |inner| {
            let run = prop::collection::vec(inner, 1..4).prop_map(|v| v.join(" "));
            prop_oneof![
                run.clone().prop_map(|s| format!("*{s}*")),
                run.clone().prop_map(|s| format!("**{s}**")),
                run.clone().prop_map(|s| format!("_{s}_")),
                run.clone().prop_map(|s| format!("~~{s}~~")),
                run.clone().prop_map(|s| format!("`{s}`")),
                (run.clone(), md_url(v)).prop_map(|(s, u)| format!("[{s}]({u})")),
                (run.clone(), md_url(v)).prop_map(|(s, u)| format!("[{s}]({u} \"title\")")),
                run.clone().prop_map(|s| format!("[{s}][ref]")),
                run,
            ]
        })
        .boxed()
}

fn md_line(v: &'static Vocab) -> BoxedStrategy<String> {
    prop::collection::vec(md_inline(v), 1..5).prop_map(|v| v.join(" ")).boxed()
}

fn indent(s: &str, by: &str) -> String {
    s.lines().map(|l| format!("{by}{l}")).collect::<Vec<_>>().join("\n")
}

fn md_block(v: &'static Vocab) -> BoxedStrategy<String> {
    let line = || md_line(v);
    let mut leaves: Vec<(u32, BoxedStrategy<String>)> = vec![
        (4, line()),
        (1, (1usize..8, line()).prop_map(|(n, l)| format!("{} {l}", "#".repeat(n))).boxed()),
        (
            1,
            (line(), line()).prop_map(|(a, b)| format!("| {a} | b |\n|---|:-:|\n| {b} | c |\n| d |")).boxed(),
        ),
        (1, (line(), line()).prop_map(|(a, b)| format!("| {a} |\n| --- |\n| {b} | extra |")).boxed()),
        (1, line().prop_map(|l| format!("```\n{l}\n```")).boxed()),
        (1, line().prop_map(|l| format!("```typst\n{l}")).boxed()),
        (1, line().prop_map(|l| format!("    {l}")).boxed()),
        (1, select(&["---", "***", "___"][..]).prop_map(String::from).boxed()),
        (1, md_url(v).prop_map(|u| format!("[ref]: {u}")).boxed()),
        (1, line().prop_map(|l| format!("[^1]: {l}")).boxed()),
        (1, line().prop_map(|l| format!("{l}\n===")).boxed()),
    ];
    if v.hostile {
        leaves.push((1, line().prop_map(|l| format!("<div>{l}</div>")).boxed()));
        leaves.push((1, Just("<!-- comment -->".to_string()).boxed()));
    }
    Union::new_weighted(leaves)
        .prop_recursive(3, 16, 3, |inner| {
            let items = |marker: fn(usize) -> String| {
                prop::collection::vec(inner.clone(), 1..4).prop_map(move |v| {
                    let item = |(i, b): (usize, String)| {
                        let m = marker(i);
                        format!("{m}{}", indent(&b, &" ".repeat(m.len())).trim_start())
                    };
                    v.into_iter().enumerate().map(item).collect::<Vec<_>>().join("\n")
                })
            };
            prop_oneof![
                items(|_| "- ".into()),
                items(|i| format!("{}. ", i + 1)),
                (any::<bool>(), inner.clone())
                    .prop_map(|(x, b)| format!("- [{}] {b}", if x { "x" } else { " " })),
                inner.clone().prop_map(|b| indent(&b, "> ")),
                (0u32..4_000_000_000, inner).prop_map(|(n, b)| format!("{n}. {b}")),
            ]
        })
        .boxed()
}

fn markdown(v: &'static Vocab) -> impl Strategy<Value = String> {
    let sep = select(&["\n", "\n\n", "\n\n\n", " "][..]);
    prop::collection::vec((md_block(v), sep), 1..5).prop_map(|v| {
        v.into_iter().map(|(b, s)| format!("{b}{s}")).collect::<String>().trim_end().to_string()
    })
}

/// Messages of the `mini` fixture that hold Markdown, one per kind of slot.
const MD_SLOTS: &[(&str, &str)] = &[
    ("book.ftl", "welcome-intro"),                     // text block
    ("book.ftl", "visit-example"),                     // callout with a .title
    ("book.ftl", "visit-prep-student"),                // steps
    ("book.ftl", "visit-check-student-ask-questions"), // checklist item (one line only)
    ("book.ftl", "visit-title"),                       // plain title with a .summary
    ("ui.ftl", "book-colophon"),                       // book message
];

/// Markdown as a Fluent block value: braces become string literals, and a line that would
/// start a variant or attribute gets an empty placeable in front.
fn ftl_value(markdown: &str) -> String {
    let mut out = String::new();
    for line in markdown.lines() {
        out.push('\n');
        if line.trim().is_empty() {
            continue;
        }
        out.push_str("    ");
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        if body.starts_with(['[', '*', '.']) {
            out.push_str("{\"\"}");
        }
        for c in body.chars() {
            match c {
                '{' => out.push_str("{\"{\"}"),
                '}' => out.push_str("{\"}\"}"),
                c => out.push(c),
            }
        }
    }
    out
}

/// `source` with the value of message `id` replaced by `markdown`; attributes are kept.
fn replace_message(source: &str, id: &str, markdown: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let is_entry = line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='));
        if !is_entry {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut attributes = Vec::new();
        while let Some(next) = lines.next_if(|l| l.starts_with(' ')) {
            if next.trim_start().starts_with('.') {
                attributes.push(next);
            }
        }
        out.push_str(&format!("{id} ={}\n", ftl_value(markdown)));
        for a in attributes {
            out.push_str(a);
            out.push('\n');
        }
    }
    out
}

#[derive(Debug, Clone)]
struct MdCase {
    locale: &'static str,
    file: &'static str,
    id: &'static str,
    markdown: String,
}

fn md_case() -> impl Strategy<Value = MdCase> {
    let text = prop_oneof![markdown(&TAME), markdown(&HOSTILE)];
    (select(&["en", "fi"][..]), select(MD_SLOTS), text).prop_map(|(locale, (file, id), markdown)| MdCase {
        locale,
        file,
        id,
        markdown,
    })
}

fn run_markdown(f: &Fixture, case: &MdCase, render: bool) -> Result<(), TestCaseError> {
    let rel = format!("locales/{}/{}", case.locale, case.file);
    let original = std::fs::read_to_string(f.file(&rel)).expect("fixture file");
    let text = replace_message(&original, case.id, &case.markdown);
    check_with(f, &rel, text.as_bytes(), render)
}

fn run_markdowns(name: &str, cases: u32, render: bool) {
    let f = fixture(&[]);
    let result = runner(cases).run(&md_case(), |case| run_markdown(&f, &case, render));
    finish(name, result);
}

// ---------------------------------------------------------------------------------------
// The properties

#[test]
fn generative_ftl_mutations_load_and_resolve() {
    run_mutations("ftl", mutation(FTL_FILES, FTL_TOKENS), cases(32, 1), false);
}

#[test]
fn generative_toml_mutations_load_and_resolve() {
    run_mutations("toml", mutation(TOML_FILES, TOML_TOKENS), cases(32, 1), false);
}

#[test]
fn generative_markdown_load_and_resolve() {
    run_markdowns("markdown", cases(32, 1), false);
}

/// Any of the three kinds of input, rendered in every edition when it has no errors.
#[derive(Debug, Clone)]
enum Input {
    Ftl(Mutation),
    Toml(Mutation),
    Markdown(MdCase),
}

#[test]
fn generative_inputs_render_or_fail_located() {
    let input = prop_oneof![
        1 => mutation(FTL_FILES, FTL_TOKENS).prop_map(Input::Ftl),
        1 => mutation(TOML_FILES, TOML_TOKENS).prop_map(Input::Toml),
        2 => md_case().prop_map(Input::Markdown),
    ];
    let f = fixture(&[]);
    let result = runner(cases(8, 4)).run(&input, |input| match input {
        Input::Ftl(m) | Input::Toml(m) => {
            let original = std::fs::read(f.file(m.file)).expect("fixture file");
            check_with(&f, m.file, &apply(&original, &m.edits), true)
        }
        Input::Markdown(case) => run_markdown(&f, &case, true),
    });
    finish("render", result);
}

#[test]
fn markdown_helper_keeps_the_fixture_valid() {
    // The encoder must give valid Fluent, or the Markdown properties test only syntax errors.
    let f = fixture(&[]);
    for (file, id) in MD_SLOTS {
        let case =
            MdCase { locale: "en", file, id, markdown: "*a* {b} [c](https://x.example)\n\n.d\n* e".into() };
        let rel = format!("locales/en/{file}");
        let original = std::fs::read_to_string(f.file(&rel)).expect("fixture file");
        let text = replace_message(&original, id, &case.markdown);
        std::fs::write(f.file(&rel), &text).expect("write");
        let mut diags = Vec::new();
        let loaded = pipeline::load(f.path(), &mut diags).expect("loads");
        let syntax: Vec<_> = diags.iter().filter(|d| d.code == "ftl-syntax").collect();
        assert!(syntax.is_empty(), "{id}: {syntax:?}\n{text}");
        assert!(loaded.catalog.reference().has(id));
        std::fs::write(f.file(&rel), original).expect("restore");
    }
}

// ---------------------------------------------------------------------------------------
// Minimal inputs of failures found by the properties, kept as plain tests.

mod regressions {
    use super::*;

    fn markdown_case(locale: &'static str, file: &'static str, id: &'static str, markdown: &str) {
        let f = fixture(&[]);
        let case = MdCase { locale, file, id, markdown: markdown.into() };
        if let Err(e) = run_markdown(&f, &case, true) {
            panic!("{e}");
        }
    }

    #[test]
    fn soft_hyphen_and_emoji_in_a_title() {
        markdown_case("en", "book.ftl", "visit-title", "1. > __\u{1f980} \u{ad}__");
    }

    #[test]
    fn c1_control_character_in_a_title() {
        markdown_case("en", "book.ftl", "visit-title", "- > *\u{80}*");
        markdown_case("fi", "book.ftl", "welcome-intro", "a\u{1}b");
    }

    /// PDF/A refuses U+FEFF, noncharacters and private-use characters.
    #[test]
    fn byte_order_mark_in_code() {
        markdown_case("en", "book.ftl", "welcome-intro", "0. 0. **`\u{feff}   \n`**");
        for c in ['\u{fffe}', '\u{e000}', '\u{10fffd}', '\u{fdd0}'] {
            markdown_case("en", "book.ftl", "visit-intro", &format!("a{c}b"));
        }
    }

    /// fluent-syntax 0.12 slices inside a character on an escape cut short by one
    /// (projectfluent/fluent-rs#389).
    #[test]
    fn unicode_escape_cut_short_by_a_multibyte_character() {
        let f = fixture(&[]);
        for text in [
            "a = { \"\\u12é\" }\n",
            "{ \"\\U0ǔ\" }\n",
            "a = { \"\\U00ǔ\" }\n",
            "a = { \"\\u\u{30c}\" }\nb = \\u12é\n",
        ] {
            let mutation =
                format!("{}{text}", std::fs::read_to_string(f.file("locales/fi/ui.ftl")).expect("read"));
            if let Err(e) = check_with(&f, "locales/fi/ui.ftl", mutation.as_bytes(), false) {
                panic!("{e}");
            }
        }
    }

    /// PDF/UA refuses empty headings and skipped heading levels.
    #[test]
    fn markdown_headings_of_any_level_render() {
        markdown_case("en", "book.ftl", "welcome-intro", "- - ## #");
        for slot in ["welcome-terms", "visit-example", "visit-prep-student", "book-colophon"] {
            let file = if slot == "book-colophon" { "ui.ftl" } else { "book.ftl" };
            for text in ["# a", "## a\n\n#### b\n\n# c", "> ### q\n\n- ###### l"] {
                let f = fixture(&[]);
                let rel = format!("locales/en/{file}");
                let original = std::fs::read_to_string(f.file(&rel)).expect("fixture file");
                std::fs::write(f.file(&rel), replace_message(&original, slot, text)).expect("write");
                let outcome = pipeline(f.path(), true);
                let errors: Vec<_> = outcome.diags.iter().filter(|d| d.is_error()).collect();
                assert!(errors.is_empty(), "{slot}: {text}: {errors:#?}");
                for r in &outcome.renders {
                    assert!(r.result.is_ok(), "{slot}: {text}: {:?} {:#?}", r.edition, r.result);
                }
            }
        }
    }

    /// PDF/UA refuses two decorations on one text: links are underlined in the handbook.
    #[test]
    fn strikethrough_and_links_nested() {
        for text in ["~~[a](https://example.org/a)~~", "~~a ~~b~~ c~~", "- # [~~#~~](https://example.org/a)"]
        {
            markdown_case("en", "book.ftl", "welcome-terms", text);
        }
    }

    /// Typst's PDF export fails internally on a link with no visible text.
    #[test]
    fn link_of_a_soft_hyphen() {
        markdown_case("en", "book.ftl", "welcome-intro", "[**\u{ad}**](https://example.org/a)");
        markdown_case("en", "book.ftl", "welcome-terms", "[](https://example.org/a)");
    }

    /// A table header repeated on the next page is an artifact, and PDF/UA refuses links in
    /// artifacts: a header with a link does not repeat.
    #[test]
    fn link_in_a_table_header() {
        let markdown = "> *  \n>  _  \n> _* ~~  \n> ~~\n1. | **  \n      \n   ** [~~  \n   ~~][ref] \
                        [#](https://example.org/a \"title\") | b |\n   |---|:-:|\n   | [_  \n   _][ref] | c |\n   | d |";
        markdown_case("en", "book.ftl", "visit-prep-student", markdown);
    }

    #[test]
    fn tabs_and_carriage_returns_are_text() {
        let f = fixture(&[]);
        let rel = "locales/en/book.ftl";
        let original = std::fs::read_to_string(f.file(rel)).expect("fixture file");
        std::fs::write(f.file(rel), replace_message(&original, "visit-intro", "a\tb\rc `d\te`"))
            .expect("write");
        let outcome = pipeline(f.path(), true);
        let errors: Vec<_> = outcome.diags.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(outcome.renders.len(), 2 * Edition::ALL.len());
        assert!(outcome.renders.iter().all(|r| r.result.is_ok()));
    }
}
