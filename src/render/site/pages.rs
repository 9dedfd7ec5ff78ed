//! The context each page template gets (documented in docs/site.md) and the pages built
//! from it. Strings are passed as data and escaped by the templates' auto-escaping; only
//! block content, already escaped by `blocks::Writer`, is passed as safe markup.

use std::collections::{BTreeMap, BTreeSet};

use minijinja::{Value, context};
use serde::Serialize;

use super::blocks::{Writer, chapter_file};
use super::{Download, RenderError, RootLocale, SiteRenderer};
use crate::doc::{Chapter, LocalizedBook, Meta, MethodInfo};
use crate::render::Edition;

/// A label's text and its language when it is reference text used as a fallback.
#[derive(Serialize)]
struct Label<'a> {
    text: &'a str,
    lang: Option<&'a str>,
}

/// A link to the same page in another language.
#[derive(Serialize)]
struct LanguageLink<'a> {
    tag: &'a str,
    lang: &'a str,
    name: &'a str,
    href: String,
    current: bool,
}

/// A link to a neighbouring chapter or a contents entry.
#[derive(Serialize)]
struct ChapterLink<'a> {
    href: String,
    number: Option<u32>,
    title: &'a str,
    title_lang: Option<&'a str>,
    summary: Option<&'a str>,
    summary_lang: Option<&'a str>,
}

impl<'a> ChapterLink<'a> {
    fn new(c: &'a Chapter) -> Self {
        ChapterLink {
            href: chapter_file(&c.id),
            number: c.method.as_ref().map(|m| m.number),
            title: &c.title,
            title_lang: c.title_lang.as_deref(),
            summary: c.summary.as_deref(),
            summary_lang: c.summary_lang.as_deref(),
        }
    }
}

/// A file offered for download.
#[derive(Serialize)]
struct DownloadLink<'a> {
    href: String,
    file: &'a str,
    edition: &'static str,
    label: Label<'a>,
    size: String,
}

/// Variables every page of a locale gets.
fn common(book: &LocalizedBook, page: &str, chapter_id: &str, fallback: bool) -> Value {
    let labels: BTreeMap<&str, Label> = book
        .labels
        .iter()
        .map(|(k, v)| (k.as_str(), Label { text: v, lang: book.label_langs.get(k).map(String::as_str) }))
        .collect();
    let languages: Vec<LanguageLink> = book
        .languages
        .iter()
        .map(|l| LanguageLink {
            tag: &l.tag,
            lang: &l.lang,
            name: &l.name,
            href: format!("../{}/{page}", l.tag),
            current: l.tag == book.locale,
        })
        .collect();
    let reference = book.languages.first().map_or(book.locale.as_str(), |l| l.tag.as_str());
    context! {
        lang => &book.locale,
        dir => book.meta.dir.as_str(),
        page => page,
        chapter_id => chapter_id,
        assets => "../assets/",
        home => "index.html",
        root => "../index.html",
        book => book_context(&book.id, &book.meta),
        labels => ser(&labels),
        languages => ser(&languages),
        x_default => format!("../{reference}/{page}"),
        fallback => fallback,
    }
}

/// Any serialisable value as template data.
fn ser<T: Serialize>(v: &T) -> Value {
    Value::from(minijinja::value::Serde(v))
}

fn book_context(id: &str, m: &Meta) -> Value {
    context! {
        id => id,
        title => &m.title, title_lang => ser(&m.title_lang),
        subtitle => &m.subtitle, subtitle_lang => ser(&m.subtitle_lang),
        description => &m.description, description_lang => ser(&m.description_lang),
        author => &m.author, author_lang => ser(&m.author_lang),
        publisher => &m.publisher, publisher_lang => ser(&m.publisher_lang),
        year => m.year,
        date => m.date.iso(),
        licence => ser(&m.licence),
        url => ser(&m.url),
    }
}

/// Whether any text of `value` is reference text used as a fallback: a `*_lang` field or
/// a `Block::Lang`. Walking the serialised form covers every block type, present and future.
fn has_fallback<T: Serialize>(value: &T) -> bool {
    fn walk(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::Object(map) => map.iter().any(|(k, v)| {
                ((k == "lang" || k.ends_with("_lang")) && !v.is_null())
                    || (k == "type" && v == "lang")
                    || walk(v)
            }),
            serde_json::Value::Array(items) => items.iter().any(walk),
            _ => false,
        }
    }
    serde_json::to_value(value).is_ok_and(|v| walk(&v))
}

fn method_context(m: &MethodInfo) -> Value {
    context! {
        number => m.number,
        number_label => &m.number_label, number_label_lang => ser(&m.number_label_lang),
        roles => ser(&m.roles),
        duration => &m.duration, duration_lang => ser(&m.duration_lang),
        effort => ser(&m.effort),
        levels => ser(&m.levels),
    }
}

/// Chapter `index` of `book`: its page and the images it uses.
pub fn chapter(
    site: &SiteRenderer,
    book: &LocalizedBook,
    index: usize,
) -> Result<(String, BTreeSet<String>), RenderError> {
    let c = &book.chapters[index];
    let mut w = Writer::new(book, Some(&c.id));
    w.blocks(&c.blocks, 1);
    let (content, images) = w.finish();
    let previous = index.checked_sub(1).map(|i| ChapterLink::new(&book.chapters[i]));
    let next = book.chapters.get(index + 1).map(ChapterLink::new);
    let ctx = context! {
        title => &c.title,
        title_lang => ser(&c.title_lang),
        chapter => context! {
            id => &c.id,
            title => &c.title, title_lang => ser(&c.title_lang),
            summary => ser(&c.summary), summary_lang => ser(&c.summary_lang),
            method => c.method.as_ref().map(method_context),
        },
        content => Value::from_safe_string(content),
        previous => ser(&previous),
        next => ser(&next),
        ..common(book, &chapter_file(&c.id), &c.id, has_fallback(c))
    };
    Ok((site.render("chapter.html", ctx)?, images))
}

/// The label id naming a download of `edition`; the site is not offered inside itself.
fn download_label(edition: Edition) -> Option<&'static str> {
    match edition {
        Edition::Handbook => Some("site-download-handbook"),
        Edition::Epub => Some("site-download-epub"),
        Edition::Cards => Some("site-download-cards"),
        Edition::Site => None,
    }
}

/// A size in kB or MB (SI units), with the locale's decimal separator and unit labels.
pub fn human_size(bytes: u64, book: &LocalizedBook) -> String {
    let label = |k: &str| book.labels.get(k).cloned().unwrap_or_default();
    // Round up: a 300-byte file is "1 kB", never "0 kB"; 999 999 bytes are "1.0 MB".
    let kb = bytes.div_ceil(1000);
    if kb < 1000 {
        return format!("{kb} {}", label("site-unit-kb"));
    }
    let tenths = (bytes + 50_000) / 100_000;
    let sep = book.labels.get("site-decimal-separator").map_or(".", |s| s.trim());
    format!("{}{sep}{} {}", tenths / 10, tenths % 10, label("site-unit-mb"))
}

/// The locale's home page and the images its colophon uses.
pub fn locale_index(
    site: &SiteRenderer,
    book: &LocalizedBook,
    downloads: &[Download],
) -> Result<(String, BTreeSet<String>), RenderError> {
    let contents: Vec<ChapterLink> = book.chapters.iter().map(ChapterLink::new).collect();
    let downloads: Vec<DownloadLink> = downloads
        .iter()
        .filter_map(|d| Some((d, download_label(d.edition)?)))
        .map(|(d, key)| DownloadLink {
            href: format!("download/{}", d.file_name),
            file: &d.file_name,
            edition: d.edition.name(),
            label: Label {
                text: book.labels.get(key).map_or(key, String::as_str),
                lang: book.label_langs.get(key).map(String::as_str),
            },
            size: human_size(d.bytes.len() as u64, book),
        })
        .collect();
    let mut w = Writer::new(book, None);
    w.blocks(&book.meta.colophon, 1);
    w.blocks(&book.meta.disclaimer, 1);
    let (colophon, images) = w.finish();
    let fallback =
        has_fallback(&(&book.meta.title_lang, &book.meta.subtitle_lang, &book.meta.description_lang))
            || book.chapters.iter().any(|c| c.title_lang.is_some() || c.summary_lang.is_some());
    let ctx = context! {
        title => &book.meta.title,
        title_lang => ser(&book.meta.title_lang),
        contents => ser(&contents),
        downloads => ser(&downloads),
        colophon => Value::from_safe_string(colophon),
        opds => "../opds.xml",
        ..common(book, "index.html", "", fallback)
    };
    Ok((site.render("locale-index.html", ctx)?, images))
}

/// The language chooser at the site's root.
pub fn root_index(site: &SiteRenderer, books: &[RootLocale]) -> Result<String, RenderError> {
    let reference = books
        .first()
        .ok_or_else(|| super::fail("no locale to publish".into(), "build at least one locale"))?;
    let locales: Vec<Value> = books
        .iter()
        .map(|b| {
            context! {
                tag => &b.locale, lang => &b.lang, name => &b.language_name,
                href => format!("{}/index.html", b.locale),
                title => &b.meta.title, subtitle => &b.meta.subtitle, subtitle_lang => ser(&b.meta.subtitle_lang),
            }
        })
        .collect();
    let ctx = context! {
        lang => &reference.locale,
        dir => reference.meta.dir.as_str(),
        title => &reference.meta.title,
        title_lang => Value::from(()),
        page => "index.html",
        chapter_id => "",
        assets => "assets/",
        home => "index.html",
        root => "index.html",
        book => book_context("", &reference.meta),
        labels => ser(&reference.labels.iter().map(|(k, v)| (k, Label { text: v, lang: None })).collect::<BTreeMap<_, _>>()),
        locales => locales,
        languages => Vec::<Value>::new(),
        fallback => false,
        opds => "opds.xml",
    };
    site.render("root-index.html", ctx)
}
