//! Fonts from outside vetpress: the theme's `fonts/` folder (with collections),
//! `--font-path` folders and `[fonts] system = true`, seen by `check` and `build` alike.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{fixture, run_on};

/// Where Debian's `fonts-hosny-amiri` (an OFL Arabic font; `.ci/run` installs it) puts
/// its files.
pub const AMIRI_DIR: &str = "/usr/share/fonts/opentype/fonts-hosny-amiri";

/// The Amiri folder, or `None` with a note why the calling test is skipped.
pub fn amiri() -> Option<PathBuf> {
    let dir = PathBuf::from(AMIRI_DIR);
    if dir.join("Amiri-Regular.ttf").is_file() {
        return Some(dir);
    }
    eprintln!(
        "SKIPPED: the Arabic font is missing; install it with `apt-get install fonts-hosny-amiri` (.ci/run does)"
    );
    None
}

/// The font names `pdffonts` lists for a PDF.
pub fn pdf_fonts(pdf: &Path) -> String {
    let out = Command::new("pdffonts").arg(pdf).output().expect("pdffonts is installed (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Replace `from` with `to` in a project file.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} lacks {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// A fixture whose default theme sets headings in Amiri.
fn amiri_headings() -> crate::common::Fixture {
    let f = fixture(&[]);
    edit(&f.file("themes/default/theme.toml"), "heading = [\"Libertinus Serif\"]", "heading = [\"Amiri\"]");
    f
}

#[test]
fn a_font_path_that_is_not_a_folder_is_a_usage_error() {
    let f = fixture(&[]);
    for cmd in ["build", "check"] {
        let r = run_on(cmd, f.path(), &["--font-path", "/nonexistent/fonts"]);
        assert_eq!(r.code, 2, "{cmd}: {}", r.stderr);
        assert!(r.stderr.contains("--font-path /nonexistent/fonts: not a folder"), "{cmd}: {}", r.stderr);
    }
}

#[test]
fn check_and_build_find_a_family_in_a_font_path_folder() {
    let Some(amiri) = amiri() else { return };
    let f = amiri_headings();
    let without = run_on("check", f.path(), &[]);
    assert_eq!(without.code, 1, "{}", without.stderr);
    assert!(without.stderr.contains("font family `Amiri` is not available"), "{}", without.stderr);
    assert!(without.stderr.contains("--font-path"), "the hint names the option:\n{}", without.stderr);
    let path = amiri.to_string_lossy().into_owned();
    let with = run_on("check", f.path(), &["--font-path", &path]);
    assert_eq!(with.code, 0, "{}", with.stderr);
    let built = run_on("build", f.path(), &["--font-path", &path, "-l", "en", "-e", "handbook"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert!(pdf_fonts(&f.file("out/en/mini-en.pdf")).contains("Amiri-Bold"), "headings in Amiri Bold");
}

#[test]
fn system_fonts_are_loaded_when_the_manifest_asks() {
    let Some(_) = amiri() else { return };
    let f = amiri_headings();
    edit(&f.file("sources/book.toml"), "[cards]", "[fonts]\nsystem = true\n\n[cards]");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 0, "Amiri is installed system-wide:\n{}", r.stderr);
}

#[test]
fn a_collection_in_the_themes_fonts_folder_gives_every_face() {
    let Some(amiri) = amiri() else { return };
    let f = amiri_headings();
    let faces = ["Amiri-Regular.ttf", "Amiri-Bold.ttf"].map(|n| std::fs::read(amiri.join(n)).expect("font"));
    let dir = f.file("themes/default/fonts/arabic");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("Amiri.ttc"), collection(&faces)).expect("write collection");
    let check = run_on("check", f.path(), &[]);
    assert_eq!(check.code, 0, "the collection's family is found:\n{}", check.stderr);
    let built = run_on("build", f.path(), &["-l", "en", "-e", "handbook"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    // Bold headings use the collection's second face.
    assert!(
        pdf_fonts(&f.file("out/en/mini-en.pdf")).contains("Amiri-Bold"),
        "the bold face of the collection"
    );
}

#[test]
fn a_changed_font_set_rebuilds_the_pdfs() {
    let Some(amiri) = amiri() else { return };
    let f = fixture(&["arabic"]);
    let args = ["-l", "ar", "-e", "handbook"];
    let first = run_on("build", f.path(), &args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let pdf = f.file("out/ar/mini-ar.pdf");
    assert!(!pdf_fonts(&pdf).contains("Amiri"));
    let path = amiri.to_string_lossy().into_owned();
    let mut with_font = args.to_vec();
    with_font.extend(["--font-path", &path]);
    let second = run_on("build", f.path(), &with_font);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(pdf_fonts(&pdf).contains("Amiri-Regular"), "not rebuilt with the new font:\n{}", second.stderr);
    let again = run_on("build", f.path(), &with_font);
    assert!(again.stderr.contains("fresh"), "the same font set keeps the cache:\n{}", again.stderr);
}

/// An OpenType collection (`.ttc`) of `fonts`: the header, then each font's table
/// directory, then all tables, with offsets from the start of the file.
fn collection(fonts: &[Vec<u8>]) -> Vec<u8> {
    let be16 = |b: &[u8], at: usize| u16::from_be_bytes([b[at], b[at + 1]]) as usize;
    let be32 = |b: &[u8], at: usize| u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize;
    let dirs: usize = fonts.iter().map(|f| 12 + 16 * be16(f, 4)).sum();
    let mut out = b"ttcf\0\x01\0\0".to_vec();
    out.extend((fonts.len() as u32).to_be_bytes());
    let mut at = 12 + 4 * fonts.len();
    for f in fonts {
        out.extend((at as u32).to_be_bytes());
        at += 12 + 16 * be16(f, 4);
    }
    let data_at = 12 + 4 * fonts.len() + dirs;
    let mut data = Vec::new();
    for f in fonts {
        out.extend(&f[..12]);
        for t in 0..be16(f, 4) {
            let rec = 12 + 16 * t;
            let (offset, len) = (be32(f, rec + 8), be32(f, rec + 12));
            out.extend(&f[rec..rec + 8]);
            out.extend(((data_at + data.len()) as u32).to_be_bytes());
            out.extend(&f[rec + 12..rec + 16]);
            data.extend(&f[offset..offset + len]);
            data.resize(data.len().next_multiple_of(4), 0);
        }
    }
    assert_eq!(out.len(), data_at, "directories end where the tables begin");
    out.extend(data);
    out
}
