//! Content is data: text special to Typst, HTML or XML prints literally in PDF and EPUB.

use std::io::Read;

use crate::common::{HOSTILE_PARAGRAPHS, fixture, flatten, pdftotext, run_on};

#[test]
fn hostile_text_prints_literally_in_the_handbook_and_cards() {
    let f = fixture(&["hostile"]);
    let out = f.file("out");
    let r = run_on("build", f.path(), &["--out", &out.to_string_lossy(), "--locale", "en"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = flatten(&pdftotext(&out.join("en/mini-en.pdf")));
    let title = "<label> <script>alert(1)</script> #read(“/etc/passwd”)";
    let item = "Type #emph[not code] and $y$ literally.";
    for s in HOSTILE_PARAGRAPHS.iter().chain([&title, &item]) {
        assert!(text.contains(&flatten(s)), "{s:?} not printed literally");
    }
    let cards = flatten(&pdftotext(&out.join("en/mini-en-cards.pdf")));
    assert!(cards.contains("Type #emph[not code] and $y$ literally."), "{cards}");
}

#[test]
fn hostile_text_is_escaped_in_the_epub() {
    let f = fixture(&["hostile"]);
    let out = f.file("out");
    let r =
        run_on("build", f.path(), &["--out", &out.to_string_lossy(), "--locale", "en", "--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let file = std::fs::File::open(out.join("en/mini-en.epub")).expect("epub");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    let mut xhtml = String::new();
    zip.by_name("OEBPS/chapter-hostile.xhtml")
        .expect("chapter file")
        .read_to_string(&mut xhtml)
        .expect("utf-8");
    for escaped in [
        "&lt;label&gt; &lt;script&gt;alert(1)&lt;/script&gt; #read(“/etc/passwd”)",
        "]]&gt; and &lt;b&gt;not bold&lt;/b&gt;",
        "x &lt; y &gt; z and AT&amp;T and “quotes” &amp; ‘apostrophes’",
        "$x^2$ and a reference @label here.",
    ] {
        assert!(xhtml.contains(escaped), "{escaped:?} not in\n{xhtml}");
    }
    assert!(!xhtml.contains("<script"), "a script element was written");
    assert!(xhtml.contains("xml:lang=\"en\" lang=\"en\""));
    let names: Vec<String> =
        (0..zip.len()).map(|i| zip.by_index(i).expect("entry").name().to_string()).collect();
    assert_eq!(names[0], "mimetype");
    let mime = zip.by_index(0).expect("mimetype");
    assert_eq!(mime.compression(), zip::CompressionMethod::Stored);
}
