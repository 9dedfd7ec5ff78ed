//! The build cache: exact (assets count), honest (fresh jobs report what built ones did)
//! and tidy (outputs of removed locales go, files vetpress did not write stay).

use std::path::Path;

use crate::common::{Run, fixture, run_on, with_status};

/// A 1x1 red PNG.
const RED_PNG: &[u8] = &[
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 144,
    119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 56, 33, 39, 7, 0, 2, 182, 1, 5, 52, 166, 117,
    170, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

/// A 1x1 blue PNG, the same size as the red one.
const BLUE_PNG: &[u8] = &[
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 144,
    119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 144, 147, 59, 1, 0, 1, 98, 1, 5, 17, 27, 163,
    33, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

fn build(project: &Path, extra: &[&str]) -> Run {
    let out = project.join("out").to_string_lossy().into_owned();
    let mut args = vec!["--out", out.as_str()];
    args.extend_from_slice(extra);
    run_on("build", project, &args)
}

#[test]
fn a_replaced_image_rebuilds_the_outputs_that_use_it() {
    let f = fixture(&[]);
    std::fs::create_dir_all(f.file("sources/assets")).expect("mkdir");
    std::fs::write(f.file("sources/assets/bus.png"), RED_PNG).expect("write");
    let ftl = f.file("locales/en/book.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let with_image =
        "visit-intro =\n    A visit shows students real work.\n\n    ![The bus](assets/bus.png)\n";
    std::fs::write(&ftl, text.replace("visit-intro = A visit shows students real work.\n", with_image))
        .expect("write");
    let first = build(f.path(), &["--edition", "epub"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = std::fs::read(f.file("out/en/mini-en.epub")).expect("epub");
    std::fs::write(f.file("sources/assets/bus.png"), BLUE_PNG).expect("write");
    let again = build(f.path(), &["--edition", "epub"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(with_status(&again, "built"), ["en/mini-en.epub"], "{}", again.stderr);
    assert_eq!(with_status(&again, "fresh"), ["fi/mini-fi.epub"], "fi has no image:\n{}", again.stderr);
    assert_ne!(std::fs::read(f.file("out/en/mini-en.epub")).expect("epub"), before);
}

#[test]
fn strict_fails_alike_on_a_fresh_build_and_a_cached_one() {
    let f = fixture(&[]);
    // A theme asking for a font that does not exist: Typst warns, the PDF is still written.
    let theme = f.file("themes/default/handbook.typ");
    let text = std::fs::read_to_string(&theme).expect("theme");
    std::fs::write(&theme, text + "\n#text(font: \"vetpress-no-such-font\")[.]\n").expect("write");
    let args = ["--strict", "--edition", "handbook", "--locale", "en"];
    let first = build(f.path(), &args);
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert!(first.stderr.contains("vetpress-no-such-font"), "{}", first.stderr);
    let again = build(f.path(), &args);
    assert_eq!(with_status(&again, "fresh"), ["en/mini-en.pdf"], "{}", again.stderr);
    assert_eq!(again.code, 1, "the warning of the cached job is reported again:\n{}", again.stderr);
    assert!(again.stderr.contains("vetpress-no-such-font"), "{}", again.stderr);
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(f.file("out/build-report.json")).expect("report"))
            .expect("json");
    assert!(report["jobs"][0]["pages"].as_u64().is_some_and(|p| p > 0), "{report}");
}

#[test]
fn outputs_of_a_removed_locale_are_removed_and_reported() {
    let f = fixture(&[]);
    assert_eq!(build(f.path(), &["--edition", "epub"]).code, 0);
    std::fs::write(f.file("out/fi/notes.txt"), "mine").expect("write");
    let manifest = f.file("sources/book.toml");
    let text = std::fs::read_to_string(&manifest).expect("toml");
    std::fs::write(&manifest, text.replace("locales = [\"fi\"]", "locales = []")).expect("write");
    let r = build(f.path(), &["--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!f.file("out/fi/mini-fi.epub").exists(), "the old fi EPUB is still there");
    assert!(r.stderr.contains("removed fi/mini-fi.epub"), "{}", r.stderr);
    assert!(f.file("out/fi/notes.txt").is_file(), "a file vetpress did not write was deleted");
    assert!(f.file("out/en/mini-en.epub").is_file());
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(f.file("out/build-report.json")).expect("report"))
            .expect("json");
    assert_eq!(report["leftovers"][0]["file"], "fi/mini-fi.epub");
}

#[test]
fn a_different_vetpress_binary_rebuilds_everything() {
    let f = fixture(&[]);
    assert_eq!(build(f.path(), &["--edition", "epub"]).code, 0);
    // The same program with one more byte at the end: it runs the same, but is another build.
    let other = f.file("vetpress-other");
    let mut bytes = std::fs::read(env!("CARGO_BIN_EXE_vetpress")).expect("read binary");
    bytes.push(0);
    std::fs::write(&other, bytes).expect("write binary");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let out = f.file("out");
    let run = || {
        std::process::Command::new(&other)
            .args(["build", "--edition", "epub", "--project"])
            .arg(f.path())
            .arg("--out")
            .arg(&out)
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
    };
    // A test thread forking at the moment the copy was written can hold it open briefly.
    let mut r = run();
    for _ in 0..20 {
        match &r {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(50));
                r = run();
            }
            _ => break,
        }
    }
    let r = r.expect("run the other binary");
    let r = Run {
        code: r.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&r.stderr).into_owned(),
    };
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(with_status(&r, "built"), ["en/mini-en.epub", "fi/mini-fi.epub"], "{}", r.stderr);
}
