//! The sealed project folder: nothing outside the project reaches an output; images are
//! typed from their bytes; the theme is a folder name; the document date is never guessed.

use std::io::Read;
use std::path::Path;
use std::process::Command;

use crate::common::{Fixture, fixture, run_on};

/// A real 1x1 PNG.
const DOT_PNG: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0d\x49\x44\x41\x54\x78\xda\x63\x64\x60\xf8\x5f\x0f\x00\x02\x87\x01\x80\xeb\x47\xba\x92\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

/// The `mini` fixture whose English `visit-intro` shows the image `src`.
fn with_image(src: &str) -> Fixture {
    let f = fixture(&[]);
    let ftl = f.file("locales/en/book.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let line = "visit-intro = A visit shows students real work.";
    assert!(text.contains(line));
    std::fs::write(&ftl, text.replace(line, &format!("{line} ![A bakery]({src})"))).expect("write");
    std::fs::create_dir_all(f.file("sources/assets")).expect("mkdir");
    f
}

/// Every file under `dir`, with the entries of EPUBs unpacked: (name, bytes).
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(contents(&path));
            continue;
        }
        let bytes = std::fs::read(&path).expect("read");
        let name = path.to_string_lossy().into_owned();
        if name.ends_with(".epub") {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).expect("zip");
            for i in 0..zip.len() {
                let mut f = zip.by_index(i).expect("entry");
                let mut inner = Vec::new();
                f.read_to_end(&mut inner).expect("unzip");
                out.push((format!("{name}!{}", f.name()), inner));
            }
        }
        out.push((name, bytes));
    }
    out
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_project_is_never_published() {
    let f = with_image("assets/leak.png");
    std::os::unix::fs::symlink("/etc/passwd", f.file("sources/assets/leak.png")).expect("symlink");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("locales/en/book.ftl:11:")
            && r.stderr.contains("image `assets/leak.png` resolves to a file outside sources/assets/"),
        "{}",
        r.stderr
    );
    let out = f.file("out");
    let r = run_on("build", f.path(), &["--out", &out.to_string_lossy(), "--edition", "epub"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("outside sources/assets/"), "{}", r.stderr);
    let passwd = std::fs::read("/etc/passwd").expect("/etc/passwd");
    let first = passwd.split(|b| *b == b'\n').next().expect("a line");
    for (name, bytes) in contents(&out) {
        assert!(!name.contains("leak"), "{name} was published");
        assert!(!bytes.windows(first.len()).any(|w| w == first), "{name} holds /etc/passwd");
    }
}

#[test]
fn a_text_file_named_png_is_refused() {
    let f = with_image("assets/plan.png");
    std::fs::write(f.file("sources/assets/plan.png"), "not a picture\n").expect("write");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("locales/en/book.ftl:11:")
            && r.stderr.contains("is named as a PNG image, but its contents are not an image"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_jpeg_named_png_is_refused() {
    let f = with_image("assets/plan.png");
    std::fs::write(f.file("sources/assets/plan.png"), b"\xff\xd8\xff\xe0\0\x10JFIF\0").expect("write");
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("its contents are a JPEG image"), "{}", r.stderr);
}

#[test]
fn the_epub_media_type_comes_from_the_bytes() {
    let f = with_image("assets/dot.PNG");
    std::fs::write(f.file("sources/assets/dot.PNG"), DOT_PNG).expect("write");
    let out = f.file("out");
    let args = ["--out", &out.to_string_lossy(), "--edition", "epub", "--locale", "en"];
    let r = run_on("build", f.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let files = contents(&out);
    let opf = files.iter().find(|(n, _)| n.ends_with("content.opf")).expect("content.opf");
    let opf = String::from_utf8_lossy(&opf.1);
    let item = opf.lines().find(|l| l.contains("dot.PNG")).unwrap_or_else(|| panic!("{opf}"));
    assert!(item.contains("media-type=\"image/png\""), "{item}");
    let packed = files.iter().find(|(n, _)| n.ends_with("dot.PNG")).expect("image packed");
    assert_eq!(packed.1, DOT_PNG);
}

#[test]
fn a_theme_is_a_folder_name_not_a_path() {
    for bad in ["/etc", "../.."] {
        let f = fixture(&[]);
        let manifest = f.file("sources/book.toml");
        let text = std::fs::read_to_string(&manifest).expect("manifest");
        std::fs::write(&manifest, format!("theme = \"{bad}\"\n{text}")).expect("write");
        let r = run_on("check", f.path(), &[]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        let want = "sources/book.toml:1:9: error[manifest]: `theme` must be the name of a folder";
        assert!(r.stderr.contains(want), "{bad}: {}", r.stderr);
    }
}

#[test]
fn an_invalid_source_date_epoch_is_an_error() {
    let f = fixture(&[]);
    let out = Command::new(env!("CARGO_BIN_EXE_vetpress"))
        .args(["check", "--project"])
        .arg(f.path())
        .env("SOURCE_DATE_EPOCH", "2024-05-01")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("SOURCE_DATE_EPOCH is `2024-05-01`, expected a whole number of seconds"),
        "{stderr}"
    );
}
