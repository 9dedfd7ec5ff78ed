use std::path::Path;

use super::*;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0";
const SVG: &str = r##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
  <defs><circle id="c" r="4"/></defs><use xlink:href="#c"/>
</svg>"##;

/// A project folder with `sources/assets/` holding `files`.
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let assets = dir.path().join("sources/assets");
    std::fs::create_dir_all(&assets).expect("mkdir");
    for (name, bytes) in files {
        std::fs::write(assets.join(name), bytes).expect("write");
    }
    dir
}

fn check(root: &Path, src: &str) -> Result<MediaType, AssetError> {
    Assets::open(root).check(src)
}

#[test]
fn types_come_from_the_bytes() {
    let p = project(&[("a.png", PNG), ("b.JPG", JPEG), ("c.svg", SVG.as_bytes()), ("d.gif", b"GIF89a..")]);
    assert_eq!(check(p.path(), "assets/a.png"), Ok(MediaType::Png));
    assert_eq!(check(p.path(), "assets/b.JPG"), Ok(MediaType::Jpeg));
    assert_eq!(check(p.path(), "assets/c.svg"), Ok(MediaType::Svg));
    assert_eq!(check(p.path(), "assets/d.gif"), Ok(MediaType::Gif));
    assert_eq!(MediaType::Svg.mime(), "image/svg+xml");
}

#[test]
fn text_named_png_is_refused() {
    let p = project(&[("leak.png", b"root:x:0:0:root:/root:/bin/bash\n")]);
    let err = check(p.path(), "assets/leak.png").unwrap_err();
    assert!(matches!(&err, AssetError::WrongType { found, .. } if found == "not an image"), "{err}");
}

#[test]
fn a_jpeg_named_png_is_refused() {
    let p = project(&[("photo.png", JPEG), ("notes.txt", PNG)]);
    let err = check(p.path(), "assets/photo.png").unwrap_err();
    assert_eq!(
        err.to_string(),
        "image `assets/photo.png` is named as a PNG image, but its contents are a JPEG image"
    );
    assert!(matches!(check(p.path(), "assets/notes.txt"), Err(AssetError::WrongType { .. })));
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_project_is_refused() {
    let p = project(&[("ok.png", PNG)]);
    let assets = p.path().join("sources/assets");
    std::os::unix::fs::symlink("/etc/passwd", assets.join("leak.png")).expect("symlink");
    std::os::unix::fs::symlink("ok.png", assets.join("alias.png")).expect("symlink");
    let store = Assets::open(p.path());
    assert_eq!(store.check("assets/leak.png"), Err(AssetError::Outside("assets/leak.png".into())));
    assert!(store.get("assets/leak.png").is_err());
    // A link that stays inside sources/assets/ is fine.
    assert_eq!(store.check("assets/alias.png"), Ok(MediaType::Png));
}

#[cfg(unix)]
#[test]
fn a_symlinked_assets_folder_out_of_the_project_is_refused() {
    let outside = project(&[("x.png", PNG)]);
    let p = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(p.path().join("sources")).expect("mkdir");
    std::os::unix::fs::symlink(outside.path().join("sources/assets"), p.path().join("sources/assets"))
        .expect("symlink");
    assert_eq!(check(p.path(), "assets/x.png"), Err(AssetError::Outside("assets/x.png".into())));
}

#[test]
fn paths_must_be_plain() {
    let p = project(&[("ok.png", PNG)]);
    for bad in ["/etc/passwd", "assets/../sources/x.png", "assets//ok.png", "assets/./ok.png", "ok.png"] {
        assert_eq!(check(p.path(), bad), Err(AssetError::BadPath(bad.into())), "{bad}");
    }
    assert_eq!(check(p.path(), "assets/none.png"), Err(AssetError::Missing("assets/none.png".into())));
    std::fs::create_dir(p.path().join("sources/assets/dir.png")).expect("mkdir");
    assert_eq!(check(p.path(), "assets/dir.png"), Err(AssetError::NotAFile("assets/dir.png".into())));
}

#[test]
fn oversized_images_are_refused() {
    let p = project(&[("big.png", PNG)]);
    let file = std::fs::OpenOptions::new().write(true).open(p.path().join("sources/assets/big.png"));
    file.expect("open").set_len(MAX_IMAGE_BYTES + 1).expect("grow");
    let err = check(p.path(), "assets/big.png").unwrap_err();
    assert!(matches!(err, AssetError::TooLarge { size, .. } if size == MAX_IMAGE_BYTES + 1));
}

#[test]
fn unsafe_svg_is_refused() {
    let cases = [
        (r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#, "<script>"),
        (r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#, "onload"),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><image x:href="file:///etc/passwd"/></svg>"#,
            "file:///etc/passwd",
        ),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://t.example/p.png"/></svg>"#,
            "https:",
        ),
        (r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import "x.css";</style></svg>"#, "@import"),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(http://x/y)"/></svg>"#,
            "http://x/y",
        ),
        (r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>"#, "foreignObject"),
        (r#"<?xml-stylesheet href="x.css"?><svg xmlns="http://www.w3.org/2000/svg"/>"#, "stylesheet"),
        (r#"<svg><rect/></svg>"#, "xmlns"),
        (r#"<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>"#, "well-formed"),
    ];
    for (svg, why) in cases {
        let p = project(&[("x.svg", svg.as_bytes())]);
        let err = check(p.path(), "assets/x.svg").unwrap_err();
        assert!(matches!(&err, AssetError::Svg { .. }) && err.to_string().contains(why), "{svg}: {err}");
    }
}

#[test]
fn the_first_verdict_is_kept() {
    let p = project(&[("a.png", PNG)]);
    let store = Assets::open(p.path());
    let first = store.get("assets/a.png").expect("png");
    std::fs::write(p.path().join("sources/assets/a.png"), JPEG).expect("replace");
    assert_eq!(&*store.get("assets/a.png").expect("still served").bytes, &*first.bytes);
}
