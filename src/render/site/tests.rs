use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::doc::{Block, Checklist, ChecklistItem, Inline, LocalizedBook};
use crate::project::Role;

const HOSTILE: &str = "<script>window.pwned=1</script>";
const ESCAPED: &str = "&lt;script&gt;window.pwned=1&lt;/script&gt;";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The default theme's site files, named as the theme loader names them (`site/<file>`).
fn theme_files() -> BTreeMap<String, Vec<u8>> {
    let dir = root().join("themes/default/site");
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("site theme folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        files.insert(format!("site/{name}"), std::fs::read(entry.path()).expect("read"));
    }
    files
}

fn renderer() -> SiteRenderer {
    let assets = Arc::new(Assets::open(root()));
    SiteRenderer::new(&theme_files(), assets).expect("site renderer")
}

fn shipped(locales: &[&str]) -> Vec<LocalizedBook> {
    let mut diags = Vec::new();
    let loaded = crate::pipeline::load(root(), &mut diags).expect("shipped project");
    let locales: Vec<String> = locales.iter().map(|s| s.to_string()).collect();
    crate::pipeline::resolve_all(&loaded, &locales).into_iter().map(|r| r.book).collect()
}

fn folder(a: Artifact) -> BTreeMap<String, Vec<u8>> {
    match a.payload {
        Payload::Folder(files) => files,
        Payload::File(_) => panic!("the site renders folders"),
    }
}

fn page(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("no {name}")).clone()).expect("utf-8")
}

fn download(edition: Edition, name: &str, len: usize) -> Download {
    Download { edition, file_name: name.into(), bytes: Arc::new(vec![b'x'; len]) }
}

/// The English book with hostile text in a title, a checklist item, a code span and a link.
fn hostile_book() -> LocalizedBook {
    let mut book = shipped(&["en"]).remove(0);
    book.meta.title = HOSTILE.into();
    let c = &mut book.chapters[2];
    c.title = HOSTILE.into();
    c.blocks.insert(
        0,
        Block::Paragraph {
            inlines: vec![
                Inline::Code { text: "<img src=x onerror=\"window.pwned=2\">".into() },
                Inline::Link {
                    url: "https://e.org/?a=1&b=\"><img src=x onerror=alert(1)>".into(),
                    inlines: vec![Inline::Text { text: "{{ 7*7 }}".into() }],
                },
                Inline::Xref {
                    chapter: c.id.clone(),
                    anchor: Some("tips".into()),
                    inlines: vec![Inline::Text { text: "here".into() }],
                },
                Inline::Xref {
                    chapter: "placement".into(),
                    anchor: Some("prep".into()),
                    inlines: vec![Inline::Text { text: "there".into() }],
                },
            ],
        },
    );
    c.blocks.push(Block::Checklists {
        title: "{% raw %}".into(),
        title_lang: None,
        anchor: None,
        lists: vec![Checklist {
            role: Role::Student,
            label: "</legend><b>".into(),
            label_lang: Some("fi".into()),
            items: vec![ChecklistItem {
                id: "it\"em".into(),
                lang: None,
                inlines: vec![Inline::Text { text: HOSTILE.into() }],
            }],
        }],
    });
    book
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let book = hostile_book();
    let id = book.chapters[2].id.clone();
    let files = folder(renderer().render_locale(&book, &[]).expect("render"));
    let html = page(&files, &format!("{id}.html"));
    assert!(!html.contains("<script>window"), "{html}");
    assert!(html.contains(&format!("<h1>{ESCAPED}</h1>")), "{html}");
    assert!(html.contains(&format!("<title>{ESCAPED} · {ESCAPED}</title>")));
    assert!(html.contains("<code>&lt;img src=x onerror=\"window.pwned=2\"&gt;</code>"), "{html}");
    assert!(html.contains("<a href=\"https://e.org/?a=1&amp;b=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\" rel=\"noopener\">{{ 7*7 }}</a>"), "{html}");
    assert!(html.contains("<legend lang=\"fi\">&lt;/legend&gt;&lt;b&gt;</legend>"), "{html}");
    assert!(html.contains(&format!("<label for=\"check-2-student-it&quot;em\">{ESCAPED}</label>")), "{html}");
    assert!(html.contains("<h2>{% raw %}</h2>"), "{html}");
    let index = page(&files, "index.html");
    assert!(index.contains(&format!("<h1>{ESCAPED}</h1>")) && !index.contains("<script>window"), "{index}");
}

#[test]
fn hostile_language_names_are_escaped_in_the_switcher_and_the_chooser() {
    let mut book = shipped(&["en"]).remove(0);
    book.languages[1].name = HOSTILE.into();
    let files = folder(renderer().render_locale(&book, &[]).expect("render"));
    let html = page(&files, "mentor.html");
    assert!(
        html.contains(&format!(
            "<li><a href=\"../fi/mentor.html\" hreflang=\"fi\" lang=\"fi\">{ESCAPED}</a></li>"
        )),
        "{html}"
    );
    let mut root = RootLocale::from_book(&book, None);
    root.language_name = format!("\"{HOSTILE}");
    let index = page(&folder(renderer().render_root(&[root]).expect("root")), "index.html");
    assert!(index.contains(&format!("<span class=\"language-name\">&quot;{ESCAPED}</span>")), "{index}");
}

#[test]
fn internal_links_point_at_pages_and_anchors() {
    let book = hostile_book();
    let id = book.chapters[2].id.clone();
    let html = page(&folder(renderer().render_locale(&book, &[]).expect("render")), &format!("{id}.html"));
    assert!(html.contains("<a href=\"#tips\">here</a>"), "{html}");
    assert!(html.contains("<a href=\"placement.html#prep\">there</a>"), "{html}");
    assert!(html.contains("<aside id=\"tips\" class=\"callout callout-tip\""), "{html}");
}

#[test]
fn checklists_are_real_checkboxes_with_stable_ids_and_keys() {
    let book = shipped(&["en"]).remove(0);
    let files = folder(renderer().render_locale(&book, &[]).expect("render"));
    let html = page(&files, "mentor.html");
    assert!(
        html.contains(
            "<fieldset class=\"checklist role-employer\" id=\"checklist-employer\" data-role=\"employer\">"
        ),
        "{html}"
    );
    assert!(html.contains("<li><input type=\"checkbox\" id=\"check-vet-provider-agree-numbers\" data-key=\"vet-at-work/mentor/vet-provider/agree-numbers\"> <label for=\"check-vet-provider-agree-numbers\">"), "{html}");
    assert!(html.contains("data-label-reset=\"Clear all ticks\""), "{html}");
    assert!(html.contains("<p class=\"print-lines\"><span>Date</span> <span>Notes</span></p>"), "{html}");
}

#[test]
fn the_language_switcher_leads_to_the_same_page() {
    let books = shipped(&["fi"]);
    let files = folder(renderer().render_locale(&books[0], &[]).expect("render"));
    let html = page(&files, "mentor.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"), "{html}");
    assert!(
        html.contains("<li><a href=\"../sv/mentor.html\" hreflang=\"sv\" lang=\"sv\">Svenska</a></li>"),
        "{html}"
    );
    assert!(html.contains("<li><a href=\"../fi/mentor.html\" hreflang=\"fi\" lang=\"fi\" aria-current=\"page\">Suomi</a></li>"), "{html}");
    assert!(html.contains("<li><a href=\"../is/mentor.html\" hreflang=\"is\" lang=\"is\">Íslenska</a></li>"));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"../de/mentor.html\">"));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/mentor.html\">"));
    assert!(html.contains("<body data-book=\"vet-at-work\" data-locale=\"fi\" data-chapter=\"mentor\">"));
    assert_eq!(html.matches("<h1").count(), 1);
    let index = page(&files, "index.html");
    assert!(index.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/index.html\">"), "{index}");
}

#[test]
fn fallback_text_gets_its_language_and_a_notice() {
    let mut book = shipped(&["fi"]).remove(0);
    let plain = folder(renderer().render_locale(&book, &[]).expect("render"));
    assert!(!page(&plain, "mentor.html").contains("fallback-notice"));
    let c = book.chapters.iter_mut().find(|c| c.id == "mentor").expect("mentor");
    c.summary_lang = Some("en".into());
    c.blocks.push(Block::Lang {
        lang: "en".into(),
        blocks: vec![Block::Paragraph { inlines: vec![Inline::Text { text: "Hello".into() }] }],
    });
    let files = folder(renderer().render_locale(&book, &[]).expect("render"));
    let html = page(&files, "mentor.html");
    assert!(html.contains("<p class=\"fallback-notice\">"), "{html}");
    assert!(html.contains("<p class=\"summary\" lang=\"en\">"), "{html}");
    assert!(html.contains("<div lang=\"en\">\n<p>Hello</p>\n</div>"), "{html}");
}

#[test]
fn the_locale_home_lists_contents_and_downloads_with_sizes() {
    let book = shipped(&["fi"]).remove(0);
    let downloads = [
        download(Edition::Handbook, "vet-at-work-fi.pdf", 2_345_678),
        download(Edition::Epub, "vet-at-work-fi.epub", 300),
    ];
    let files = folder(renderer().render_locale(&book, &downloads).expect("render"));
    assert_eq!(files["download/vet-at-work-fi.pdf"].len(), 2_345_678);
    let index = page(&files, "index.html");
    assert!(index.contains("<a href=\"download/vet-at-work-fi.pdf\" download><span>Käsikirja (PDF, tulostettava)</span></a> <span class=\"file\">vet-at-work-fi.pdf</span>, <span class=\"size\">2,3 Mt</span>"), "{index}");
    assert!(index.contains("<span class=\"size\">1 kt</span>"), "{index}");
    assert!(index.contains("<a href=\"mentor.html\"><span class=\"number\">1</span> "), "{index}");
    let sizes: Vec<String> =
        [999_000, 999_001, 1_049_999, 1_050_000].map(|b| pages::human_size(b, &book)).into();
    assert_eq!(sizes, ["999 kt", "1,0 Mt", "1,0 Mt", "1,1 Mt"]);
    let pages = files.keys().filter(|k| k.ends_with(".html")).count();
    assert_eq!(pages, book.chapters.len() + 1);
}

#[test]
fn the_root_names_each_language_in_itself() {
    let books = shipped(&["en", "fi", "is"]);
    let roots: Vec<RootLocale> = books.iter().map(|b| RootLocale::from_book(b, None)).collect();
    let files = folder(renderer().render_root(&roots).expect("render"));
    let index = page(&files, "index.html");
    assert!(
        index.contains(
            "<a href=\"fi/index.html\" hreflang=\"fi\" lang=\"fi\"><span class=\"language-name\">Suomi</span>"
        ),
        "{index}"
    );
    assert!(index.contains("<span class=\"language-name\">Íslenska</span>"), "{index}");
    assert!(files.contains_key("assets/site.css") && files.contains_key("assets/site.js"));
    assert!(
        !files.keys().any(|k| k.ends_with(".html") && k.starts_with("assets/")),
        "templates are not assets"
    );
}

#[test]
fn colours_become_css_properties_and_bad_values_are_dropped() {
    let colours: BTreeMap<String, String> =
        [("accent", "#1b5e7a"), ("evil", "red;}body{x:y"), ("bad name", "#000000")]
            .map(|(k, v)| (k.into(), v.into()))
            .into();
    let files = folder(
        renderer()
            .with_colours(&colours)
            .render_root(&[RootLocale::from_book(&shipped(&["en"])[0], None)])
            .expect("render"),
    );
    let css = page(&files, "assets/colours.css");
    assert!(
        css.contains("  --vp-accent: #1b5e7a;\n") && !css.contains("evil") && !css.contains("bad"),
        "{css}"
    );
}

fn opds_books() -> Vec<RootLocale> {
    shipped(&["en", "fi"])
        .iter()
        .map(|b| {
            let name = format!("vet-at-work-{}.epub", b.locale);
            RootLocale::from_book(b, Some((format!("{}/download/{name}", b.locale), 123_456)))
        })
        .collect()
}

#[test]
fn opds_is_a_well_formed_acquisition_feed() {
    let mut books = opds_books();
    books[1].meta.description = format!("{HOSTILE} & ]]>");
    let xml = opds::feed(&books);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let atom = "http://www.w3.org/2005/Atom";
    let entries: Vec<_> = doc.root_element().children().filter(|n| n.has_tag_name((atom, "entry"))).collect();
    assert_eq!(entries.len(), 2);
    let fi = entries[1];
    let child = |n: roxmltree::Node, ns: &str, name: &str| {
        n.children().find(|c| c.has_tag_name((ns, name))).and_then(|c| c.text()).map(str::to_string)
    };
    assert_eq!(child(fi, "http://purl.org/dc/terms/", "language").as_deref(), Some("fi"));
    assert_eq!(child(fi, atom, "summary").as_deref(), Some(format!("{HOSTILE} & ]]>").as_str()));
    assert_eq!(child(fi, atom, "updated").as_deref(), Some("2021-08-31T00:00:00Z"));
    assert_eq!(child(fi, atom, "id"), Some(books[1].meta.identifier.clone()));
    let link = fi
        .children()
        .find(|c| c.attribute("rel") == Some("http://opds-spec.org/acquisition"))
        .expect("acquisition link");
    assert_eq!(link.attribute("href"), Some("fi/download/vet-at-work-fi.epub"));
    assert_eq!(link.attribute("type"), Some("application/epub+zip"));
    assert!(xml.contains("&lt;script&gt;window.pwned=1&lt;/script&gt; &amp; ]]&gt;"), "{xml}");
    let rels: Vec<_> = doc.root_element().children().filter_map(|c| c.attribute("rel")).collect();
    assert_eq!(rels, ["self", "start"]);
}

#[test]
fn rendering_is_reproducible() {
    let book = shipped(&["fi"]).remove(0);
    let r = renderer();
    let a = folder(r.render_locale(&book, &[]).expect("render"));
    let b = folder(r.render_locale(&book, &[]).expect("render"));
    assert_eq!(a, b);
    assert_eq!(opds::feed(&opds_books()), opds::feed(&opds_books()));
}

#[test]
fn a_theme_without_a_template_is_refused() {
    let mut files = theme_files();
    files.remove("site/chapter.html");
    let err = SiteRenderer::new(&files, Arc::new(Assets::open(root()))).err().expect("refused");
    assert!(err.0[0].message.contains("`chapter.html`"), "{:?}", err.0);
    let mut files = theme_files();
    files.insert("site/chapter.html".into(), b"{% if %}".to_vec());
    let err = SiteRenderer::new(&files, Arc::new(Assets::open(root()))).err().expect("refused");
    assert!(err.0[0].message.contains("chapter.html"), "{:?}", err.0);
}

#[test]
fn snapshot_of_a_method_page() {
    let book = shipped(&["en"]).remove(0);
    let files = folder(renderer().render_locale(&book, &[]).expect("render"));
    insta::assert_snapshot!(page(&files, "mentor.html"));
}

#[test]
fn snapshot_of_the_opds_feed() {
    insta::assert_snapshot!(opds::feed(&opds_books()));
}

/// Writes the shipped site (every locale) to `$VETPRESS_SITE_DUMP`, to look at it in a
/// browser; without the variable it only checks that every locale renders.
#[test]
fn the_shipped_site_renders_in_every_locale() {
    let books = shipped(&["en", "fi", "sv", "is", "nl", "de"]);
    let r = renderer();
    let mut all = BTreeMap::new();
    for b in &books {
        let epub = format!("vet-at-work-{}.epub", b.locale);
        let downloads = [download(Edition::Epub, &epub, 1_234_567)];
        for (path, bytes) in folder(r.render_locale(b, &downloads).expect("render")) {
            all.insert(format!("{}/{path}", b.locale), bytes);
        }
    }
    let roots: Vec<RootLocale> = books
        .iter()
        .map(|b| {
            RootLocale::from_book(
                b,
                Some((format!("{0}/download/vet-at-work-{0}.epub", b.locale), 1_234_567)),
            )
        })
        .collect();
    all.extend(folder(r.render_root(&roots).expect("root")));
    assert!(all.contains_key("is/mentor.html") && all.contains_key("opds.xml"));
    if let Ok(out) = std::env::var("VETPRESS_SITE_DUMP") {
        for (path, bytes) in &all {
            let p = Path::new(&out).join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, bytes).expect("write");
        }
    }
}

#[test]
fn images_are_copied_from_the_asset_store_and_linked_relatively() {
    let fixture = root().join("tests/fixtures/images");
    let site = SiteRenderer::new(&theme_files(), Arc::new(Assets::open(&fixture))).expect("renderer");
    let mut book = shipped(&["en"]).remove(0);
    let alt = "a \"dot\" <b>";
    let image = Inline::Image { src: "assets/dot.png".into(), alt: alt.into() };
    book.chapters[0].blocks.push(Block::Paragraph { inlines: vec![image] });
    let files = folder(site.render_locale(&book, &[]).expect("render"));
    let expected = std::fs::read(fixture.join("sources/assets/dot.png")).expect("dot.png");
    assert_eq!(files.get("images/dot.png"), Some(&expected));
    let html = page(&files, &format!("{}.html", book.chapters[0].id));
    assert!(html.contains("<img src=\"images/dot.png\" alt=\"a &quot;dot&quot; &lt;b&gt;\">"), "{html}");
    // An image the store refuses fails the locale with the store's reason.
    book.chapters[0].blocks.push(Block::Paragraph {
        inlines: vec![Inline::Image { src: "assets/../x.png".into(), alt: String::new() }],
    });
    let err = site.render_locale(&book, &[]).expect_err("refused");
    assert!(err.0[0].message.contains("not a plain path"), "{:?}", err.0);
}

#[test]
fn the_renderer_can_be_shared_by_build_threads() {
    fn shared<T: Send + Sync>(_: &T) {}
    shared(&renderer());
}
