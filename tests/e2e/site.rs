//! The online edition as built: every page's links and fragments resolve inside the site,
//! nothing is loaded from elsewhere, the OPDS catalog points at the EPUBs, hostile text
//! stays text, and the Chromium suite (tests/browser) passes on the shipped handbook.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{fixture, repo, run_on};

/// Every file under `dir`, by path relative to it.
fn tree(dir: &Path) -> BTreeMap<String, PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, PathBuf>) {
        for e in std::fs::read_dir(dir).expect("dir").flatten() {
            if e.path().is_dir() {
                walk(root, &e.path(), out);
            } else if let Ok(rel) = e.path().strip_prefix(root) {
                out.insert(rel.to_string_lossy().into_owned(), e.path());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The values of attribute `name` in an HTML or XML text (enough for generated pages,
/// whose attributes are always double-quoted).
fn attributes<'a>(text: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    text.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &text[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// HTML attribute escapes the generated pages use, undone.
fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Problems with the links of every HTML page and of the OPDS catalog under `site`.
fn link_problems(site: &Path) -> Vec<String> {
    let files = tree(site);
    let mut problems = Vec::new();
    for (rel, path) in files.iter().filter(|(r, _)| r.ends_with(".html") || r.ends_with(".xml")) {
        let text = std::fs::read_to_string(path).expect("page");
        if text.contains("type=\"module\"") {
            problems.push(format!("{rel}: a module script does not run from file://"));
        }
        for attr in ["href", "src"] {
            for raw in attributes(&text, attr) {
                let link = unescape(raw);
                if link.starts_with("https:") || link.starts_with("http:") || link.starts_with("mailto:") {
                    if attr == "src" || text.contains(&format!("rel=\"stylesheet\" href=\"{raw}\"")) {
                        problems.push(format!("{rel}: loads {link} from elsewhere"));
                    }
                    continue;
                }
                if let Some(p) = resolve(site, &files, rel, &link) {
                    problems.push(p);
                }
            }
        }
    }
    problems
}

/// Why the relative `link` on page `from` does not resolve, if it does not.
fn resolve(site: &Path, files: &BTreeMap<String, PathBuf>, from: &str, link: &str) -> Option<String> {
    if link.starts_with('/') || link.contains("://") {
        return Some(format!("{from}: `{link}` is not a relative link"));
    }
    let (path, fragment) = link.split_once('#').map_or((link, None), |(p, f)| (p, Some(f)));
    let base = Path::new(from).parent().unwrap_or(Path::new(""));
    let target = if path.is_empty() { from.to_string() } else { normalise(&base.join(path))? };
    let Some(file) = files.get(&target) else {
        return Some(format!("{from}: `{link}` points at {target}, which is not in the site"));
    };
    if path.ends_with('/') || (!path.is_empty() && !path.contains('.')) {
        return Some(format!("{from}: `{link}` must name its file"));
    }
    let fragment = fragment.filter(|f| !f.is_empty())?;
    let text = std::fs::read_to_string(file).ok()?;
    let wanted = format!("id=\"{fragment}\"");
    (!text.contains(&wanted))
        .then(|| format!("{from}: `{link}`: no element with id `{fragment}` in {target}"))
        .filter(|_| site.exists())
}

/// `a/./b/../c` as `a/c`; `None` when it climbs out of the site.
fn normalise(path: &Path) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            std::path::Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            std::path::Component::ParentDir => {
                parts.pop()?;
            }
            _ => {}
        }
    }
    Some(parts.join("/"))
}

fn build(project: &Path, out: &Path, extra: &[&str]) {
    let o = out.to_string_lossy().into_owned();
    let mut args = vec!["--out", o.as_str()];
    args.extend_from_slice(extra);
    let r = run_on("build", project, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn every_link_of_the_site_resolves_inside_it() {
    for overlay in ["xref", "images"] {
        let f = fixture(&[overlay]);
        let out = f.file("out");
        build(f.path(), &out, &[]);
        let problems = link_problems(&out.join("site"));
        assert!(problems.is_empty(), "{overlay}: {}", problems.join("\n"));
    }
}

#[test]
fn the_link_checker_finds_broken_links() {
    let dir = tempfile::tempdir().expect("temp");
    let site = dir.path();
    std::fs::create_dir_all(site.join("en")).expect("mkdir");
    std::fs::write(site.join("en/a.html"), r#"<a href="b.html#x"></a><a href="c.html"></a><script src="https://cdn.example/x.js"></script><a href="/abs.html"></a>"#).expect("write");
    std::fs::write(site.join("en/b.html"), r#"<p id="y"></p>"#).expect("write");
    let problems = link_problems(site);
    assert_eq!(problems.len(), 4, "{problems:#?}");
}

#[test]
fn opds_lists_one_epub_per_locale_and_its_links_resolve() {
    let f = fixture(&[]);
    let out = f.file("out");
    build(f.path(), &out, &[]);
    let site = out.join("site");
    let xml = std::fs::read_to_string(site.join("opds.xml")).expect("opds.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed OPDS");
    let entries: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("entry")).collect();
    assert_eq!(entries.len(), 2, "one entry per locale:\n{xml}");
    let mut langs = Vec::new();
    for e in &entries {
        let acquisition = e
            .children()
            .find(|n| {
                n.has_tag_name("link") && n.attribute("rel") == Some("http://opds-spec.org/acquisition")
            })
            .expect("an acquisition link");
        assert_eq!(acquisition.attribute("type"), Some("application/epub+zip"));
        let href = acquisition.attribute("href").expect("href");
        assert!(site.join(href).is_file(), "{href} is not in the site");
        langs.extend(e.children().filter(|n| n.has_tag_name("language")).filter_map(|n| n.text()));
        assert!(e.children().any(|n| n.has_tag_name("updated")), "entry without updated date");
    }
    langs.sort();
    assert_eq!(langs, ["en", "fi"]);
    assert!(link_problems(&site).is_empty());
}

#[test]
fn a_site_only_build_also_builds_what_it_offers() {
    let f = fixture(&[]);
    let out = f.file("out");
    build(f.path(), &out, &["--edition", "site", "--locale", "fi"]);
    for file in ["fi/mini-fi.pdf", "site/fi/download/mini-fi.pdf", "site/fi/download/mini-fi-cards.pdf"] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let copy = std::fs::read(out.join("site/fi/download/mini-fi.epub")).expect("copy");
    assert_eq!(copy, std::fs::read(out.join("fi/mini-fi.epub")).expect("epub"), "the download is the EPUB");
    assert!(!out.join("site/en").exists(), "only the asked locale");
}

#[test]
fn a_rebuilt_locale_folder_holds_only_the_new_files() {
    let f = fixture(&[]);
    let out = f.file("out");
    build(f.path(), &out, &[]);
    std::fs::write(out.join("site/fi/stray.html"), "left by hand").expect("write");
    let ftl = f.file("locales/fi/book.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    std::fs::write(&ftl, text.replace("Tervetuloa", "Tervetuloa taas")).expect("write");
    build(f.path(), &out, &[]);
    assert!(!out.join("site/fi/stray.html").exists(), "the folder was swapped whole");
    let names: Vec<String> = std::fs::read_dir(out.join("site"))
        .expect("site")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "no staging folder is left: {names:?}");
}

#[test]
fn hostile_text_is_text_in_every_page() {
    let f = fixture(&["hostile"]);
    let out = f.file("out");
    build(f.path(), &out, &[]);
    for (rel, path) in tree(&out.join("site")).iter().filter(|(r, _)| r.ends_with(".html")) {
        let text = std::fs::read_to_string(path).expect("page");
        for bad in ["<script>alert(1)</script>", "<label> <script>"] {
            assert!(!text.contains(bad), "{rel} carries markup from a translation");
        }
    }
    let page = tree(&out.join("site/en"))
        .into_iter()
        .find(|(r, _)| r.contains("hostile"))
        .map(|(_, p)| std::fs::read_to_string(p).expect("page"))
        .expect("the hostile chapter's page");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title shows literally");
    assert!(page.contains("AT&amp;T"), "ampersands are escaped");
}

/// The Chromium suite (tests/browser) on the shipped handbook and on the hostile site
/// fixture: language switch, search, checklists, self-evaluation, axe-core on every page.
#[test]
fn the_site_passes_the_browser_tests() {
    let tmp = tempfile::tempdir().expect("temp");
    let shipped = tmp.path().join("shipped");
    build(&repo(), &shipped, &["--force"]);
    let problems = link_problems(&shipped.join("site"));
    assert!(problems.is_empty(), "the shipped site: {}", problems.join("\n"));
    let f = fixture(&["site-hostile"]);
    let hostile = f.file("out");
    build(f.path(), &hostile, &[]);
    crate::outputs::npm_ci();
    let run = std::process::Command::new("node")
        .arg(repo().join("tests/browser/run.mjs"))
        .env("VETPRESS_SITE", shipped.join("site"))
        .env("VETPRESS_HOSTILE_SITE", hostile.join("site"))
        .current_dir(repo())
        .output()
        .expect("node runs");
    let out = String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{out}");
    let last = out.lines().rev().find(|l| l.contains("passed")).unwrap_or_default();
    assert!(last.ends_with(" 0 failed") && !last.starts_with("0 passed"), "{out}");
}
