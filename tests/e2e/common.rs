//! Helpers: fixture projects in temporary folders, running the binary, reading PDFs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The paragraphs of the `hostile` fixture's body as they must read in every output:
/// literally, with the straight quotes of prose set as English curly ones.
pub const HOSTILE_PARAGRAPHS: &[&str] = &[
    "#read(“/etc/passwd”) and #let x = 1",
    "Maths: $x^2$ and a reference @label here.",
    "// not a comment",
    "/* nor this */",
    "= not a heading",
    r"A tilde ~ and a backslash \ escaped for Markdown.",
    "XML: ]]> and x < y > z and AT&T and “quotes” & ‘apostrophes’",
];

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A project in a temporary folder.
pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// The project root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A file of the project.
    pub fn file(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }
}

/// The `mini` fixture plus the repository's themes, with the named overlays copied over
/// them (an overlay may replace a theme file).
pub fn fixture(overlays: &[&str]) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures = repo().join("tests/fixtures");
    copy_tree(&fixtures.join("mini"), dir.path());
    copy_tree(&repo().join("themes"), &dir.path().join("themes"));
    for o in overlays {
        copy_tree(&fixtures.join(o), dir.path());
    }
    Fixture { dir }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())).flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// What a run of the binary printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `vetpress` with `args`.
pub fn vetpress(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_vetpress"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run vetpress");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Run `vetpress <cmd> --project <dir> <extra>`.
pub fn run_on(cmd: &str, project: &Path, extra: &[&str]) -> Run {
    let p = project.to_string_lossy().into_owned();
    let mut args = vec![cmd, "--project", p.as_str()];
    args.extend_from_slice(extra);
    vetpress(&args)
}

/// Extracted text of a PDF (poppler's pdftotext).
pub fn pdftotext(path: &Path) -> String {
    pdftotext_with(path, &[])
}

/// The text of page `n` of a PDF.
pub fn page_text(path: &Path, n: usize) -> String {
    let page = n.to_string();
    pdftotext_with(path, &["-f", &page, "-l", &page])
}

fn pdftotext_with(path: &Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    assert!(out.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text with line-end hyphenation undone and whitespace collapsed, for searching.
pub fn flatten(text: &str) -> String {
    let joined = text.replace("\u{ad}\n", "").replace("-\n", "").replace('\u{ad}', "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Page count of a PDF.
pub fn pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo is installed (poppler-utils)");
    let info = String::from_utf8_lossy(&out.stdout);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count for {}", path.display()))
}

/// One text entry of an EPUB (e.g. `OEBPS/chapter-visit.xhtml`).
pub fn epub_entry(epub: &Path, name: &str) -> String {
    use std::io::Read;
    let file = std::fs::File::open(epub).unwrap_or_else(|e| panic!("{}: {e}", epub.display()));
    let mut zip = zip::ZipArchive::new(file).expect("the EPUB is a zip archive");
    let mut text = String::new();
    zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut text).expect("utf-8");
    text
}

/// Page `n` of a PDF rendered at `dpi` by pdftoppm: its width in pixels and its RGB rows.
pub fn raster(pdf: &Path, n: usize, dpi: u32) -> (usize, Vec<u8>) {
    let page = n.to_string();
    let out = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-f", &page, "-l", &page])
        .arg(pdf)
        .output()
        .expect("pdftoppm is installed (poppler-utils)");
    // Binary PPM: "P6", width, height, 255, each after one whitespace; then RGB rows.
    let ppm = out.stdout;
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let end = at + ppm[at..].iter().position(u8::is_ascii_whitespace).expect("ppm header");
        fields.push(String::from_utf8_lossy(&ppm[at..end]).into_owned());
        at = end + 1;
    }
    (fields[1].parse().expect("width"), ppm[at..].to_vec())
}

/// Progress lines `[n/m] <status> <file> (...)` with this status.
pub fn with_status(r: &Run, status: &str) -> Vec<String> {
    let mut files: Vec<String> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with('['))
        .filter_map(|l| l.split_once("] ")?.1.strip_prefix(status)?.strip_prefix(' ')?.split(' ').next())
        .map(str::to_string)
        .collect();
    files.sort();
    files
}
