//! XLIFF exchange: export → import round trips byte for byte, changed targets land and
//! build, stale sources and broken codes are refused, hostile text survives, and an
//! independent reader (the npm `xliff` package) sees the units we wrote.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Fixture, fixture, repo, run_on};

const PARTNERS: &[&str] = &["fi", "sv", "is", "nl", "de"];
const FORMATS: &[&str] = &["xliff2", "xliff12"];

/// Run `vetpress l10n <args>` on `project`.
fn l10n(args: &[&str], project: &Path) -> crate::common::Run {
    let p = project.to_string_lossy().into_owned();
    let mut all = vec!["l10n"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--project", p.as_str()]);
    crate::common::vetpress(&all)
}

/// Export `locale` to a file beside the project; returns its path.
fn export(project: &Path, locale: &str, format: &str) -> PathBuf {
    let out = project.join(format!("{locale}.{format}.xlf"));
    let o = out.to_string_lossy().into_owned();
    let r = l10n(&["export", locale, "--format", format, "--out", &o], project);
    assert_eq!(r.code, 0, "export {locale} {format}: {}", r.stderr);
    out
}

fn import(project: &Path, locale: &str, file: &Path) -> crate::common::Run {
    l10n(&["import", locale, &file.to_string_lossy()], project)
}

/// How many units an export has: every message value, attribute and term of the reference.
fn unit_count(file: &Path) -> usize {
    let xml = std::fs::read_to_string(file).expect("read");
    xml.matches("<unit ").count() + xml.matches("<trans-unit ").count()
}

/// Replace `from` by `to` in a file, which must contain it.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// Every file under `locales/`, by path.
fn locale_files(project: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for dir in std::fs::read_dir(project.join("locales")).expect("locales").flatten() {
        for f in std::fs::read_dir(dir.path()).expect("locale").flatten() {
            out.insert(
                f.path().strip_prefix(project).expect("inside").to_path_buf(),
                std::fs::read(f.path()).expect("read"),
            );
        }
    }
    out
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        if e.path().is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).expect("copy");
        }
    }
}

/// The shipped handbook in a temporary folder.
fn shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for part in ["sources", "locales", "themes"] {
        copy_tree(&repo().join(part), &dir.path().join(part));
    }
    dir
}

#[test]
fn an_unchanged_export_imports_without_changing_a_byte_in_any_locale_or_format() {
    let dir = shipped();
    let before = locale_files(dir.path());
    for locale in PARTNERS {
        for format in FORMATS {
            let file = export(dir.path(), locale, format);
            let r = import(dir.path(), locale, &file);
            assert_eq!(r.code, 0, "{locale} {format}: {}", r.stderr);
            assert!(
                r.stderr.contains(&format!(
                    "{locale}: 0 changed, {} unchanged, 0 skipped, 0 refused",
                    unit_count(&file)
                )),
                "{}",
                r.stderr
            );
        }
    }
    assert!(locale_files(dir.path()) == before, "an unchanged round trip changed a locale file");
}

/// The `xliff` overlay on the mini fixture, its state recorded by `check`.
fn demo() -> Fixture {
    let f = fixture(&["xliff"]);
    let r = run_on("check", f.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    f
}

#[test]
fn changed_and_new_targets_land_in_the_ftl_files_and_build() {
    let f = demo();
    let before = std::fs::read_to_string(f.file("locales/fi/book.ftl")).expect("read");
    for format in FORMATS {
        let file = export(f.path(), "fi", format);
        edit(
            &file,
            "Vierailu näyttää opiskelijoille oikeaa työtä.",
            "Vierailu näyttää opiskelijoille oikeaa työtä paikan päällä.",
        );
        edit(&file, ">oppaan<", ">ohjeen<");
        // A unit the locale lacks gets its first target.
        let source = "Only in English, ";
        let unit = std::fs::read_to_string(&file).expect("read");
        let at = unit.find(source).expect("demo-missing");
        let end = unit[at..].find("</source>").expect("source end") + at;
        let target =
            unit[at..end].replace("Only in English, ", "Vain englanniksi, ").replace(" times.", " kertaa.");
        let with_target = format!(
            "{}</source>\n        <target>{target}</target>{}",
            &unit[..end],
            &unit[end + "</source>".len()..]
        );
        std::fs::write(&file, with_target).expect("write");
        let files = locale_files(f.path());
        let p = f.path().to_string_lossy().into_owned();
        let dry = crate::common::vetpress(&[
            "l10n",
            "import",
            "fi",
            &file.to_string_lossy(),
            "-p",
            &p,
            "--dry-run",
            "--json",
        ]);
        assert_eq!(dry.code, 0, "{}", dry.stderr);
        assert!(locale_files(f.path()) == files, "a dry run writes nothing");
        let json: serde_json::Value = serde_json::from_str(&dry.stdout).expect("JSON report");
        let ids: Vec<&str> =
            json["changed"].as_array().expect("changed").iter().filter_map(|c| c["id"].as_str()).collect();
        assert_eq!(ids, ["visit-intro", "welcome-terms", "demo-missing"], "{format}: {}", dry.stdout);
        let r = import(f.path(), "fi", &file);
        assert_eq!(r.code, 0, "{format}: {}", r.stderr);
        assert!(r.stderr.contains("fi: 3 changed"), "{format}: {}", r.stderr);
        let book = std::fs::read_to_string(f.file("locales/fi/book.ftl")).expect("read");
        let expected = before
            .replace("oikeaa työtä.", "oikeaa työtä paikan päällä.")
            .replace("[oppaan](https://example.org/guide)", "[ohjeen](https://example.org/guide)");
        assert_eq!(book, expected, "{format}: only the two changed lines differ");
        let demo = std::fs::read_to_string(f.file("locales/fi/demo.ftl")).expect("read");
        assert!(
            demo.ends_with("AT&T\n\ndemo-missing = Vain englanniksi, { $count } kertaa.\n"),
            "{format}: appended after its predecessor:\n{demo}"
        );
        // Importing the same file again changes nothing more.
        let again = import(f.path(), "fi", &file);
        assert!(again.stderr.contains("fi: 0 changed"), "{}", again.stderr);
        std::fs::write(f.file("locales/fi/book.ftl"), &before).expect("restore");
        let demo_before =
            std::fs::read_to_string(repo().join("tests/fixtures/xliff/locales/fi/demo.ftl")).expect("read");
        std::fs::write(f.file("locales/fi/demo.ftl"), demo_before).expect("restore");
    }
    // The imported text builds.
    let file = export(f.path(), "fi", "xliff2");
    edit(
        &file,
        "Vierailu näyttää opiskelijoille oikeaa työtä.",
        "Vierailu näyttää opiskelijoille oikeaa työtä paikan päällä.",
    );
    assert_eq!(import(f.path(), "fi", &file).code, 0);
    assert_eq!(run_on("check", f.path(), &["--strict"]).code, 1, "demo-missing is still missing");
    let r = run_on("build", f.path(), &["--edition", "epub", "--locale", "fi"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let epub = std::fs::read_dir(f.file("out/fi"))
        .expect("out/fi")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "epub"))
        .expect("an EPUB");
    let chapter = crate::common::epub_entry(&epub, "OEBPS/chapter-visit.xhtml");
    assert!(chapter.contains("oikeaa työtä paikan päällä."), "{chapter}");
}

#[test]
fn an_imported_translation_of_a_stale_message_is_no_longer_stale() {
    let f = demo();
    edit(&f.file("locales/en/book.ftl"), "Students visit", "Students spend a day visiting");
    let stale = l10n(&["stale", "fi", "--json"], f.path());
    assert!(stale.stdout.contains("\"visit-title.summary\""), "{}", stale.stdout);
    let file = export(f.path(), "fi", "xliff2");
    let xml = std::fs::read_to_string(&file).expect("read");
    let unit = &xml[xml.find("<unit id=\"visit-title.summary\"").expect("unit")..];
    let unit = &unit[..unit.find("</unit>").expect("end")];
    assert!(unit.contains("<segment state=\"initial\">"), "{unit}");
    assert!(unit.contains("<note category=\"old-source\">Students visit"), "{unit}");
    edit(
        &file,
        "Opiskelijat vierailevat työpaikalla päivän ajan.",
        "Opiskelijat viettävät päivän työpaikalla.",
    );
    let r = import(f.path(), "fi", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stale = l10n(&["stale", "fi", "--json"], f.path());
    assert!(!stale.stdout.contains("visit-title.summary"), "touched by the import: {}", stale.stdout);
}

#[test]
fn a_unit_whose_source_changed_since_export_is_refused() {
    let f = demo();
    let file = export(f.path(), "fi", "xliff2");
    edit(&file, "Valitse kummi.", "Valitse kaveri.");
    edit(&f.file("locales/en/book.ftl"), "Pick a buddy.", "Pick a buddy for the student.");
    let before = locale_files(f.path());
    let r = import(f.path(), "fi", &file);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("book/shadow-check-employer-pick-buddy: source changed since export; export again"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("fi: 0 changed, ") && r.stderr.contains(", 1 refused"), "{}", r.stderr);
    assert!(locale_files(f.path()) == before, "nothing written");
}

/// Import `file` after one edit and return stderr, asserting the unit is refused.
fn refused(f: &Fixture, format: &str, from: &str, to: &str) -> String {
    let file = export(f.path(), "fi", format);
    edit(&file, from, to);
    let before = locale_files(f.path());
    let r = import(f.path(), "fi", &file);
    assert_eq!(r.code, 1, "{from} -> {to}: {}", r.stderr);
    assert!(locale_files(f.path()) == before, "nothing written");
    r.stderr
}

#[test]
fn broken_placeables_in_a_target_are_refused_with_the_unit_and_place() {
    let f = demo();
    let ph = "<ph id=\"2\" dataRef=\"d2\" disp=\"{ $count }\" equiv=\"{ $count }\"/> opiskelijaa";
    // Missing.
    let e = refused(&f, "xliff2", ph, "opiskelijaa");
    assert!(
        e.contains("demo/demo-title.summary: protected code `2` (`{ $count }`) is missing from the target"),
        "{e}"
    );
    assert!(e.contains(".xliff2.xlf:"), "the export file's line: {e}");
    // Duplicated.
    let e = refused(&f, "xliff2", ph, &format!("{ph} {ph}"));
    assert!(e.contains("protected code `2` (`{ $count }`) appears more than once"), "{e}");
    // Altered: the display, or the Fluent a code carries.
    let e = refused(
        &f,
        "xliff2",
        "disp=\"{ $count }\" equiv=\"{ $count }\"/> opiskelijaa",
        "disp=\"{ $cuont }\"/> opiskelijaa",
    );
    assert!(e.contains("protected code `2` was altered (it stands for `{ $count }`)"), "{e}");
    let e = refused(
        &f,
        "xliff12",
        "<ph id=\"2\" ctype=\"x-fluent-placeable\">{ $count }</ph> opiskelijaa",
        "<ph id=\"2\" ctype=\"x-fluent-placeable\">{ $cuont }</ph> opiskelijaa",
    );
    assert!(e.contains("protected code `2` was altered"), "{e}");
    // Unknown.
    let e = refused(&f, "xliff2", ph, "<ph id=\"9\"/> opiskelijaa");
    assert!(e.contains("protected code `9` that neither the source nor the translation has"), "{e}");
    // A variant moved out of its select is not valid Fluent.
    let e = refused(
        &f,
        "xliff12",
        "yksi päivä<ept id=\"2\"></ept><bpt",
        "yksi päivä<ept id=\"2\"></ept>stray<bpt",
    );
    assert!(e.contains("demo/demo-days") || e.contains("demo.ftl/demo-days"), "{e}");
    assert!(e.contains("not valid Fluent: the text `stray` is outside the variants of `{ $count ->`"), "{e}");
}

#[test]
fn hostile_text_survives_export_and_import() {
    let f = demo();
    let hostile = "<script>alert(1)</script> ]]> & \"q\" 'a' </target><ph id=\"1\"/> \u{1b}[31m";
    edit(
        &f.file("locales/fi/demo.ftl"),
        "<script>alert(\"x\")</script> & ]]> 'lainattu' \"kaksois\" AT&T",
        &format!("A{hostile}"),
    );
    edit(
        &f.file("locales/en/demo.ftl"),
        "<script>alert(\"x\")</script>",
        "\u{7}<script>alert(\"x\")</script>",
    );
    assert_eq!(run_on("check", f.path(), &[]).code, 0);
    // XLIFF 1.2 cannot carry U+0007 or U+001B; 2.x writes them as <cp/>.
    let r = l10n(&["export", "fi", "--format", "xliff12"], f.path());
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("`demo-hostile` contains U+0007") && r.stderr.contains("--format xliff2"),
        "{}",
        r.stderr
    );
    let file = export(f.path(), "fi", "xliff2");
    let xml = std::fs::read_to_string(&file).expect("read");
    assert!(xml.contains("<cp hex=\"0007\"/>&lt;script&gt;") && xml.contains("<cp hex=\"001B\"/>"), "{xml}");
    assert!(xml.contains("&lt;/target&gt;&lt;ph id=\"1\"/&gt;"), "markup in text is text");
    let before = locale_files(f.path());
    assert_eq!(import(f.path(), "fi", &file).code, 0);
    assert!(locale_files(f.path()) == before);
    // A changed hostile target lands literally.
    edit(&file, "A&lt;script&gt;", "B&lt;script&gt;");
    let r = import(f.path(), "fi", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let demo = std::fs::read_to_string(f.file("locales/fi/demo.ftl")).expect("read");
    assert!(demo.contains(&format!("demo-hostile = B{hostile}\n")), "{demo}");
}

/// What the npm `xliff` package reads from `file`.
fn independent(file: &Path) -> serde_json::Value {
    crate::outputs::npm_ci();
    let out = Command::new("node").arg(repo().join("tests/xliff/read.mjs")).arg(file).output().expect("node");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Our units as the reader script flattens them, from the XLIFF we wrote: codes as
/// `{ph:ID}`, `{pc:ID}`, `{/pc:ID}`.
fn ours(file: &Path, v12: bool) -> BTreeMap<String, (String, Option<String>)> {
    let xml = std::fs::read_to_string(file).expect("read");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let mut out = BTreeMap::new();
    for f in doc.descendants().filter(|n| n.has_tag_name("file")) {
        let name = f.attribute(if v12 { "original" } else { "id" }).expect("file name");
        for u in f.descendants().filter(|n| n.has_tag_name(if v12 { "trans-unit" } else { "unit" })) {
            let part = |tag| u.descendants().find(|n| n.has_tag_name(tag)).map(|n| flat(n, v12));
            out.insert(
                format!("{name}/{}", u.attribute("id").expect("id")),
                (part("source").expect("source"), part("target")),
            );
        }
    }
    out
}

fn flat(node: roxmltree::Node, v12: bool) -> String {
    let mut s = String::new();
    for c in node.children() {
        let id = c.attribute("id").unwrap_or("");
        match c.tag_name().name() {
            _ if c.is_text() => s.push_str(c.text().unwrap_or("")),
            "ph" => s.push_str(&format!("{{ph:{id}}}")),
            "bpt" => s.push_str(&format!("{{pc:{id}}}")),
            "ept" => s.push_str(&format!("{{/pc:{id}}}")),
            "pc" if !v12 => s.push_str(&format!("{{pc:{id}}}{}{{/pc:{id}}}", flat(c, v12))),
            other => panic!("unexpected <{other}>"),
        }
    }
    s
}

/// Whitespace removed: the reader's XML layer drops whitespace-only text between codes.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_npm_xliff_package_reads_the_units_sources_and_targets_we_wrote() {
    let dir = shipped();
    for (format, v12) in [("xliff2", false), ("xliff12", true)] {
        let file = export(dir.path(), "fi", format);
        let theirs = independent(&file);
        assert_eq!(theirs["sourceLanguage"], "en");
        assert_eq!(theirs["targetLanguage"], "fi");
        let units = theirs["units"].as_object().expect("units");
        let ours = ours(&file, v12);
        assert_eq!(ours.len(), unit_count(&file));
        assert!(ours.len() > 500, "every message, attribute and term of the handbook");
        assert_eq!(
            units.keys().collect::<Vec<_>>(),
            ours.keys().collect::<Vec<_>>(),
            "{format}: the same units"
        );
        for (id, (source, target)) in &ours {
            let u = &units[id];
            assert_eq!(squeeze(u["source"].as_str().unwrap_or("")), squeeze(source), "{format} {id} source");
            assert_eq!(
                u["target"].as_str().map(squeeze),
                target.as_deref().map(squeeze),
                "{format} {id} target"
            );
        }
        // The codes are there, not flattened to text.
        assert!(units["ui.ftl/duration-days".replace("ui.ftl", if v12 { "ui.ftl" } else { "ui" }).as_str()]["source"]
            .as_str()
            .is_some_and(|s| s.starts_with("{pc:1}{pc:2}one day{/pc:2}")));
    }
}

#[test]
fn changing_every_target_rewrites_only_entries_and_keeps_comments_and_order() {
    let dir = shipped();
    let comments = |p: &Path| -> Vec<String> {
        let mut lines = Vec::new();
        for (path, bytes) in locale_files(p) {
            if path.starts_with("locales/de") && path.extension().is_some_and(|x| x == "ftl") {
                let text = String::from_utf8(bytes).expect("utf-8");
                lines.extend(text.lines().filter(|l| l.starts_with('#')).map(String::from));
                let ids = text.lines().filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string()));
                lines.extend(ids.filter(|id| !id.starts_with([' ', '#']) && !id.is_empty()));
            }
        }
        lines
    };
    let before = comments(dir.path());
    let file = export(dir.path(), "de", "xliff2");
    let xml = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, xml.replace("</target>", " §</target>")).expect("write");
    let n = unit_count(&file);
    let r = import(dir.path(), "de", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("de: {n} changed, 0 unchanged, 0 skipped, 0 refused")),
        "{}",
        r.stderr
    );
    assert_eq!(comments(dir.path()), before, "comments, ids and their order stay");
    let check = run_on("check", dir.path(), &[]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    // Every target now ends with the mark, and a second import changes nothing.
    let again = export(dir.path(), "de", "xliff2");
    let xml = std::fs::read_to_string(&again).expect("read");
    assert_eq!(xml.matches("</target>").count(), xml.matches(" §</target>").count());
    let r = import(dir.path(), "de", &again);
    assert!(r.stderr.contains(&format!("de: 0 changed, {n} unchanged")), "{}", r.stderr);
}

#[test]
fn wrong_locales_and_files_that_are_not_xliff_are_errors() {
    let f = demo();
    let r = l10n(&["export", "en"], f.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`en` is not a partner locale; choose one of: fi"), "{}", r.stderr);
    let file = export(f.path(), "fi", "xliff2");
    let xml = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, xml.replace("trgLang=\"fi\"", "trgLang=\"sv\"")).expect("write");
    let r = import(f.path(), "fi", &file);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("the file translates en -> sv but this import is en -> fi"), "{}", r.stderr);
    std::fs::write(&file, "<?xml version=\"1.0\"?>\n<html>\n<body>\n</html>\n").expect("write");
    let r = import(f.path(), "fi", &file);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains(".xlf:4:1: error[xliff]: not well-formed XML"), "{}", r.stderr);
    // A byte-order mark, as some tools write, is fine.
    std::fs::write(&file, format!("\u{feff}{xml}")).expect("write");
    assert_eq!(import(f.path(), "fi", &file).code, 0);
}

/// `xml` with every element matching `pattern` rewritten by `to`.
fn rewrite(xml: &str, pattern: &str, to: &str) -> String {
    let re = element_finder(pattern);
    let mut out = String::new();
    let mut rest = xml;
    while let Some((start, end, caps)) = re(rest) {
        out.push_str(&rest[..start]);
        out.push_str(&to.replace("$1", &caps));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A tiny matcher for `<tag id="(…)"…>…</tag>` or `<tag id="(…)"…/>`: the element whose
/// name is `pattern`, its id captured.
fn element_finder(tag: &str) -> impl Fn(&str) -> Option<(usize, usize, String)> + '_ {
    move |s: &str| {
        let start = s.find(&format!("<{tag} "))?;
        let open_end = s[start..].find('>')? + start + 1;
        let id_at = s[start..open_end].find("id=\"")? + start + 4;
        let id = s[id_at..].split('"').next()?.to_string();
        let end = if s[..open_end].ends_with("/>") {
            open_end
        } else {
            s[open_end..].find(&format!("</{tag}>"))? + open_end + tag.len() + 3
        };
        Some((start, end, id))
    }
}

#[test]
fn codes_a_cat_tool_simplified_are_still_read() {
    let dir = shipped();
    // XLIFF 2: a tool that keeps only the code ids (no disp, equiv or originalData).
    let file = export(dir.path(), "nl", "xliff2");
    let xml = std::fs::read_to_string(&file).expect("read");
    let mut bare = String::new();
    let mut skip = false;
    for line in xml.lines() {
        skip = (skip || line.contains("<originalData>")) && !line.contains("</originalData>");
        if !skip && !line.contains("</originalData>") {
            bare.push_str(line);
            bare.push('\n');
        }
    }
    for attr in ["dataRef", "dataRefStart", "dataRefEnd", "disp", "dispStart", "dispEnd", "equiv"] {
        while let Some(at) = bare.find(&format!(" {attr}=\"")) {
            let end = bare[at + attr.len() + 3..].find('"').expect("closing quote") + at + attr.len() + 4;
            bare.replace_range(at..end, "");
        }
    }
    assert!(!bare.contains("disp") && bare.contains("<ph id=\"1\"/>"), "{}", &bare[..2000]);
    std::fs::write(&file, bare).expect("write");
    let r = import(dir.path(), "nl", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("nl: 0 changed"), "{}", r.stderr);
    // XLIFF 1.2: a tool that turns native codes into <x/>, <bx/> and <ex/>.
    let file = export(dir.path(), "nl", "xliff12");
    let xml = std::fs::read_to_string(&file).expect("read");
    let xml = rewrite(&xml, "ph", "<x id=\"$1\"/>");
    let xml = rewrite(&xml, "bpt", "<bx id=\"$1\"/>");
    let xml = rewrite(&xml, "ept", "<ex id=\"$1\"/>");
    assert!(!xml.contains("<ph ") && xml.contains("<bx id=\"1\"/>"));
    std::fs::write(&file, xml).expect("write");
    let r = import(dir.path(), "nl", &file);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("nl: 0 changed"), "{}", r.stderr);
}
