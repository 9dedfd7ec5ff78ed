//! Links between chapters (`#<chapter>` and `#<chapter>/<block>`) in the IR, the EPUB and
//! the PDF; broken and relative targets are located errors.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::process::Command;

use vetpress::doc::{Block, Inline, LocalizedBook};
use vetpress::pipeline;

use crate::common::{fixture, flatten, pdftotext, run_on};

fn books(overlays: &[&str]) -> Vec<LocalizedBook> {
    let f = fixture(overlays);
    let mut diags = Vec::new();
    let loaded = pipeline::load(f.path(), &mut diags).expect("project loads");
    let resolved = pipeline::resolve_all(&loaded, &loaded.project.locales());
    for r in &resolved {
        assert!(r.ok(), "{:?}", r.diags);
    }
    resolved.into_iter().map(|r| r.book).collect()
}

fn xrefs(blocks: &[Block], out: &mut Vec<(String, Option<String>)>) {
    fn inlines(list: &[Inline], out: &mut Vec<(String, Option<String>)>) {
        for i in list {
            if let Inline::Xref { chapter, anchor, .. } = i {
                out.push((chapter.clone(), anchor.clone()));
            }
        }
    }
    for b in blocks {
        match b {
            Block::Paragraph { inlines: i } => inlines(i, out),
            Block::Section { blocks, .. } | Block::Callout { blocks, .. } | Block::Lang { blocks, .. } => {
                xrefs(blocks, out)
            }
            _ => {}
        }
    }
}

#[test]
fn internal_links_and_anchors_are_in_the_ir() {
    for book in books(&["xref"]) {
        let links = book.chapters.iter().find(|c| c.id == "links").expect("links chapter");
        let mut found = Vec::new();
        xrefs(&links.blocks, &mut found);
        let want = [
            ("welcome", None),
            ("visit", None),
            ("visit", Some("prep")),
            ("visit", Some("example")),
            ("visit", Some("intro")),
            ("shadow", Some("lists")),
            ("links", Some("body")),
        ];
        let want: Vec<(String, Option<String>)> =
            want.iter().map(|(c, a)| (c.to_string(), a.map(str::to_string))).collect();
        assert_eq!(found, want, "{}", book.locale);
        let visit = book.chapters.iter().find(|c| c.id == "visit").expect("visit");
        let anchors: Vec<Option<&str>> = visit
            .blocks
            .iter()
            .map(|b| match b {
                Block::Section { anchor, .. }
                | Block::Callout { anchor, .. }
                | Block::Steps { anchor, .. }
                | Block::Checklists { anchor, .. } => anchor.as_deref(),
                _ => None,
            })
            .collect();
        assert_eq!(anchors, [Some("intro"), Some("example"), Some("prep"), None]);
    }
}

#[test]
fn broken_and_relative_links_are_located_in_the_ftl_file() {
    let f = fixture(&["xref-broken"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    for expected in [
        "locales/en/links.ftl:3:9: error[markdown]: in `links-body`: link target `#nowhere` names no chapter",
        "locales/en/links.ftl:3:33: error[markdown]: in `links-body`: link target `#visit/nothing`: chapter `visit` has no section `nothing`",
        "locales/en/links.ftl:4:16: error[markdown]: in `links-body`: relative link `02-visit` does not work in every edition",
        "locales/en/links.ftl:4:42: error[markdown]: in `links-body`: link target `#welcome/intro`: chapter `welcome` has no section `intro`",
        "locales/fi/links.ftl:4:17: error[markdown]: in `links-body`: relative link `02-visit`",
        "sources/chapters/04-links.toml:12:1: error[block]: block id `tip` is used twice in this chapter",
    ] {
        assert!(r.stderr.contains(expected), "missing {expected:?} in\n{}", r.stderr);
    }
    for hint in [
        "one of #welcome, #visit, #shadow, #links",
        "write one of #visit/intro, #visit/example, #visit/prep, or `#visit` for the chapter",
        "link to a chapter with `[text](#<chapter-id>)` or to a section with `[text](#<chapter-id>/<block-id>)`",
        "chapter `welcome` has no block with a heading and an `id`: link to `#welcome`",
    ] {
        assert!(r.stderr.contains(hint), "missing hint {hint:?} in\n{}", r.stderr);
    }
}

/// `id="..."` values and `href="..."` values of an XHTML text.
fn attributes(xhtml: &str, name: &str) -> Vec<String> {
    let key = format!(" {name}=\"");
    xhtml
        .match_indices(&key)
        .filter_map(|(i, _)| {
            let rest = &xhtml[i + key.len()..];
            rest.find('"').map(|end| rest[..end].to_string())
        })
        .collect()
}

fn epub_files(path: &Path) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).expect("epub")).expect("zip");
    let mut files = BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).expect("entry");
        let Some(name) = entry.name().strip_prefix("OEBPS/").map(str::to_string) else { continue };
        if name.ends_with(".xhtml") {
            let mut text = String::new();
            entry.read_to_string(&mut text).expect("utf-8");
            files.insert(name, text);
        }
    }
    files
}

#[test]
fn epub_links_resolve_to_existing_ids() {
    let f = fixture(&["xref"]);
    let out = f.file("out");
    let r = run_on("build", f.path(), &["--out", &out.to_string_lossy(), "--edition", "epub"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for locale in ["en", "fi"] {
        let files = epub_files(&out.join(format!("{locale}/mini-{locale}.epub")));
        let ids: BTreeMap<&str, BTreeSet<String>> =
            files.iter().map(|(n, x)| (n.as_str(), attributes(x, "id").into_iter().collect())).collect();
        let mut internal = 0;
        for (name, xhtml) in &files {
            for href in attributes(xhtml, "href") {
                if href.starts_with("http") || href.starts_with("mailto:") || href.ends_with(".css") {
                    continue;
                }
                let (file, id) = href.split_once('#').unwrap_or((href.as_str(), ""));
                let file = if file.is_empty() { name.as_str() } else { file };
                let target = ids.get(file).unwrap_or_else(|| panic!("{name}: {href}: no file {file}"));
                assert!(id.is_empty() || target.contains(id), "{name}: {href}: no id `{id}` in {file}");
                internal += 1;
            }
        }
        let links = &files["chapter-links.xhtml"];
        for href in [
            "chapter-welcome.xhtml#chapter-welcome",
            "chapter-visit.xhtml#sec-visit-prep",
            "chapter-visit.xhtml#sec-visit-example",
            "chapter-visit.xhtml#sec-visit-intro",
            "chapter-shadow.xhtml#sec-shadow-lists",
            "chapter-links.xhtml#sec-links-body",
        ] {
            assert!(links.contains(&format!("href=\"{href}\"")), "{locale}: no link to {href}");
        }
        assert!(internal >= 7, "{locale}: only {internal} internal links");
    }
}

/// A PDF's objects as qpdf's JSON shows them.
pub fn pdf_objects(path: &Path) -> serde_json::Map<String, serde_json::Value> {
    let out = Command::new("qpdf")
        .args(["--json", "--json-key=qpdf"])
        .arg(path)
        .output()
        .expect("qpdf is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("qpdf json");
    json["qpdf"][1].as_object().expect("objects").clone()
}

/// Named destinations of a PDF (a flat name tree, as Typst writes for a small book).
fn named_destinations(objects: &serde_json::Map<String, serde_json::Value>) -> BTreeSet<String> {
    let catalog = objects.values().find(|v| v["value"]["/Type"] == "/Catalog").expect("catalog");
    let names = catalog["value"]["/Names"]["/Dests"]["/Names"].as_array().cloned().unwrap_or_default();
    names.iter().step_by(2).filter_map(|n| n.as_str().map(str::to_string)).collect()
}

#[test]
fn pdf_links_are_internal_destinations() {
    let f = fixture(&["xref"]);
    let out = f.file("out");
    // Every edition: the cards print the same links as text (they hold no chapters).
    let r = run_on("build", f.path(), &["--out", &out.to_string_lossy()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for locale in ["en", "fi"] {
        let cards = flatten(&pdftotext(&out.join(format!("{locale}/mini-{locale}-cards.pdf"))));
        let item = if locale == "en" { "Compare with the visit." } else { "Vertaa vierailuun." };
        assert!(cards.contains(item), "{locale}: {cards}");
        let objects = pdf_objects(&out.join(format!("{locale}/mini-{locale}.pdf")));
        let named = named_destinations(&objects);
        let (mut internal, mut uris) = (0, Vec::new());
        for v in objects.values() {
            let dict = &v["value"];
            if dict["/Subtype"] != "/Link" {
                continue;
            }
            match &dict["/Dest"] {
                serde_json::Value::String(d) if d.starts_with("u:") => {
                    assert!(named.contains(d), "{locale}: no destination {d} in {named:?}");
                    internal += 1;
                }
                serde_json::Value::String(r) => {
                    let page = &objects[&format!("obj:{r}")]["value"][0];
                    let page = page.as_str().expect("page reference");
                    assert_eq!(objects[&format!("obj:{page}")]["value"]["/Type"], "/Page");
                    internal += 1;
                }
                _ => uris.extend(dict["/A"]["/URI"].as_str().map(str::to_string)),
            }
        }
        for target in ["chapter-welcome", "chapter-visit/prep", "chapter-shadow/lists", "chapter-links/body"]
        {
            assert!(named.contains(&format!("u:{target}")), "{locale}: no {target} in {named:?}");
        }
        // Seven links in the links chapter and the rows of the methods table.
        assert!(internal >= 9, "{locale}: {internal} internal links");
        assert_eq!(uris, ["u:https://example.org/guide"; 2], "{locale}");
    }
}

#[test]
fn links_chapter_snapshots() {
    let books = books(&["xref"]);
    let en = &books[0];
    let links = en.chapters.iter().find(|c| c.id == "links").expect("links chapter");
    insta::assert_json_snapshot!("xref-links-chapter-en", links);
    let mut w = vetpress::render::epub::xhtml::Writer::new(en);
    w.chapter(links);
    insta::assert_snapshot!("xref-links-xhtml-en", w.finish());
}
