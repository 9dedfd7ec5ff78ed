//! The one XHTML writer: IR -> escaped XHTML. Text is always escaped; no string from the
//! book is ever written as markup.

use crate::doc::{Block, Chapter, Inline, Labelled, LocalizedBook};
use crate::render::html::{self, InlineSink, Sink};

mod selfeval;

pub use crate::render::html::{attr, text};

/// A whole XHTML document with the book's language on the root element (and its
/// direction on the root and the body when right to left); `title_lang` is the title's own
/// language when it is reference text used as a fallback.
pub fn page(book: &LocalizedBook, title: &str, title_lang: Option<&str>, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n\
         <html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"{l}\" lang=\"{l}\"{d}>\n\
         <head>\n<meta charset=\"utf-8\"/>\n<title{tl}>{t}</title>\n\
         <link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n</head>\n<body{d}>\n{body}</body>\n</html>\n",
        l = attr(&book.locale),
        d = dir_attr(book),
        tl = lang_attrs(title_lang),
        t = text(title),
    )
}

/// ` dir="rtl"` for a right-to-left book; left to right is the default and stays unsaid.
pub fn dir_attr(book: &LocalizedBook) -> &'static str {
    if book.meta.dir.is_rtl() { " dir=\"rtl\"" } else { "" }
}

/// The file name of a chapter.
pub fn chapter_file(id: &str) -> String {
    format!("chapter-{id}.xhtml")
}

/// The element id of a chapter (`anchor: None`) or of an anchored block in its file.
pub fn element_id(chapter: &str, anchor: Option<&str>) -> String {
    match anchor {
        None => format!("chapter-{chapter}"),
        Some(a) => format!("sec-{chapter}-{a}"),
    }
}

/// Where an internal link points: the chapter's file and the element's id.
pub fn xref_href(chapter: &str, anchor: Option<&str>) -> String {
    format!("{}#{}", chapter_file(chapter), element_id(chapter, anchor))
}

/// ` lang=".." xml:lang=".."` for text in another language than the page, or nothing.
pub fn lang_attrs(lang: Option<&str>) -> String {
    lang.map(|l| format!(" xml:lang=\"{l}\" lang=\"{l}\"", l = attr(l))).unwrap_or_default()
}

/// Escaped text, in a `<span>` of its own language when it has one.
pub fn text_in(s: &str, lang: Option<&str>) -> String {
    match lang {
        Some(_) => format!("<span{}>{}</span>", lang_attrs(lang), text(s)),
        None => text(s).into_owned(),
    }
}

/// Labels of vocabulary values, each marked with its own language, joined with the
/// locale's list separator (`ui-list-sep`).
fn labels<T>(book: &LocalizedBook, list: &[Labelled<T>]) -> String {
    let sep = text(label(book, "ui-list-sep").0).into_owned();
    list.iter().map(|l| text_in(&l.label, l.lang.as_deref())).collect::<Vec<_>>().join(&sep)
}

/// A `<dt>` for label `key`, ending in the locale's colon (`ui-sep-colon`): the XHTML
/// carries it, not the stylesheet, so a language's own spacing survives.
pub fn term(book: &LocalizedBook, key: &str) -> String {
    let (k, lang) = label(book, key);
    format!("<dt>{}{}</dt>", text_in(k, lang), text(label(book, "ui-sep-colon").0.trim_end()))
}

/// A book's interface label and its language when it is reference text used as a fallback.
pub fn label<'k>(book: &'k LocalizedBook, key: &'k str) -> (&'k str, Option<&'k str>) {
    let text = book.labels.get(key).map_or(key, String::as_str);
    (text, book.label_langs.get(key).map(String::as_str))
}

/// Writes blocks and inlines of one book.
pub struct Writer<'b> {
    book: &'b LocalizedBook,
    /// The chapter being written: anchored blocks get ids inside it.
    chapter: Option<String>,
    out: String,
    /// Checklist blocks written so far: numbers their item ids, unique per chapter.
    checklists: usize,
    /// Callouts written so far: numbers their titles' ids, unique per chapter.
    callouts: usize,
}

impl<'b> Writer<'b> {
    /// A writer for `book`'s labels.
    pub fn new(book: &'b LocalizedBook) -> Self {
        Writer { book, chapter: None, out: String::new(), checklists: 0, callouts: 0 }
    }

    /// ` id=".."` for an anchored block of the current chapter, or nothing.
    fn id_attr(&self, anchor: Option<&str>) -> String {
        match (&self.chapter, anchor) {
            (Some(c), Some(a)) => format!(" id=\"{}\"", attr(&element_id(c, Some(a)))),
            _ => String::new(),
        }
    }

    /// The finished markup.
    pub fn finish(self) -> String {
        self.out
    }

    /// ` lang` attributes for label `key` when it fell back, or nothing.
    fn label_attrs(&self, key: &str) -> String {
        lang_attrs(label(self.book, key).1)
    }

    fn label_text(&self, key: &str) -> String {
        text(label(self.book, key).0).into_owned()
    }

    /// A chapter as a `<section>`.
    pub fn chapter(&mut self, c: &Chapter) {
        self.chapter = Some(c.id.clone());
        let id = attr(&c.id);
        let section_id = attr(&element_id(&c.id, None)).into_owned();
        self.push(&format!("<section epub:type=\"chapter\" role=\"doc-chapter\" id=\"{section_id}\" aria-labelledby=\"h-{id}\">\n<header>\n"));
        if let Some(m) = &c.method {
            let lang = lang_attrs(m.number_label_lang.as_deref());
            self.push(&format!("<p class=\"method-number\"{lang}>{}</p>\n", text(&m.number_label)));
        }
        let lang = lang_attrs(c.title_lang.as_deref());
        self.push(&format!("<h1 id=\"h-{id}\"{lang}>{}</h1>\n", text(&c.title)));
        if let Some(s) = &c.summary {
            let lang = lang_attrs(c.summary_lang.as_deref());
            self.push(&format!("<p class=\"summary\"{lang}>{}</p>\n", text(s)));
        }
        self.push("</header>\n");
        if let Some(m) = &c.method {
            self.push("<dl class=\"method-meta\">\n");
            for (key, value) in [
                ("ui-roles", labels(self.book, &m.roles)),
                ("ui-duration", text_in(&m.duration, m.duration_lang.as_deref())),
                ("ui-effort", text_in(&m.effort.label, m.effort.lang.as_deref())),
                ("ui-levels", labels(self.book, &m.levels)),
            ] {
                self.push(&format!("{}<dd>{value}</dd>\n", term(self.book, key)));
            }
            self.push("</dl>\n");
        }
        self.blocks(&c.blocks, 1);
        self.push("</section>\n");
        self.chapter = None;
    }

    /// Blocks under a heading of level `depth`.
    pub fn blocks(&mut self, blocks: &[Block], depth: u8) {
        for b in blocks {
            self.block(b, depth);
        }
    }

    fn heading(&mut self, level: u8, content: &str, class: Option<&str>) {
        self.heading_in(level, content, class, None);
    }

    /// A heading whose text may be in another language (`lang`).
    fn heading_in(&mut self, level: u8, content: &str, class: Option<&str>, lang: Option<&str>) {
        let level = level.clamp(1, 6);
        let class = class.map(|c| format!(" class=\"{}\"", attr(c))).unwrap_or_default();
        let lang = lang_attrs(lang);
        self.push(&format!("<h{level}{class}{lang}>{content}</h{level}>\n"));
    }

    fn block(&mut self, b: &Block, depth: u8) {
        match b {
            Block::Paragraph { inlines } => {
                self.push("<p>");
                self.inlines(inlines);
                self.push("</p>\n");
            }
            Block::Heading { level, inlines } => {
                let mut w = Writer::new(self.book);
                w.inlines(inlines);
                self.heading(depth + level, &w.finish(), None);
            }
            Block::List { ordered, start, items } => html::list(self, *ordered, *start, items, depth),
            Block::Quote { blocks } => {
                self.push("<blockquote>\n");
                self.blocks(blocks, depth);
                self.push("</blockquote>\n");
            }
            Block::Code { text: t } => self.push(&format!("<pre><code>{}</code></pre>\n", text(t))),
            Block::Rule => self.push("<hr/>\n"),
            Block::Table { align, head, rows } => html::table(self, align, head, rows),
            Block::Section { title, title_lang, anchor, blocks } => {
                self.push(&format!("<section{}>\n", self.id_attr(anchor.as_deref())));
                if !title.is_empty() {
                    self.heading_in(depth + 1, &text(title), None, title_lang.as_deref());
                }
                self.blocks(blocks, depth + 1);
                self.push("</section>\n");
            }
            Block::Callout { style, title, title_lang, anchor, blocks } => {
                let (s, id) = (style.key(), self.id_attr(anchor.as_deref()));
                // Labelled by its title element, so a title in another language is read in it.
                self.callouts += 1;
                let title_id = format!("callout-{}", self.callouts);
                self.push(&format!(
                    "<aside{id} class=\"callout callout-{s}\" aria-labelledby=\"{title_id}\">\n"
                ));
                let lang = lang_attrs(title_lang.as_deref());
                self.push(&format!(
                    "<p id=\"{title_id}\" class=\"callout-title\"{lang}>{}</p>\n",
                    text(title)
                ));
                self.blocks(blocks, depth + 1);
                self.push("</aside>\n");
            }
            Block::Lang { lang, blocks } => {
                self.push(&format!("<div{}>\n", lang_attrs(Some(lang.as_str()))));
                self.blocks(blocks, depth);
                self.push("</div>\n");
            }
            Block::Steps { phase, title, title_lang, anchor, parts } => {
                let id = self.id_attr(anchor.as_deref());
                self.push(&format!("<section{id} class=\"steps steps-{}\">\n", phase.key()));
                self.heading_in(depth + 1, &text(title), None, title_lang.as_deref());
                for p in parts {
                    self.push(&format!("<section class=\"role role-{}\">\n", p.role.key()));
                    let lang = p.label_lang.as_deref();
                    self.heading_in(depth + 2, &text(&p.label), Some("role-heading"), lang);
                    self.blocks(&p.blocks, depth + 2);
                    self.push("</section>\n");
                }
                self.push("</section>\n");
            }
            Block::Checklists { title, title_lang, anchor, lists } => {
                self.checklists += 1;
                let n = self.checklists;
                self.push(&format!("<section{} class=\"checklists\">\n", self.id_attr(anchor.as_deref())));
                self.heading_in(depth + 1, &text(title), None, title_lang.as_deref());
                for l in lists {
                    let role = l.role.key();
                    self.push(&format!("<section class=\"role role-{role}\">\n"));
                    self.heading_in(
                        depth + 2,
                        &text(&l.label),
                        Some("role-heading"),
                        l.label_lang.as_deref(),
                    );
                    self.push("<ul class=\"checklist\">\n");
                    for item in &l.items {
                        let lang = lang_attrs(item.lang.as_deref());
                        self.push(&format!("<li id=\"check-{n}-{role}-{}\"{lang}><span class=\"box\" aria-hidden=\"true\">\u{2610}</span> ", attr(&item.id)));
                        self.inlines(&item.inlines);
                        self.push("</li>\n");
                    }
                    self.push("</ul>\n</section>\n");
                }
                self.push("</section>\n");
            }
            Block::Methods { rows, .. } => html::methods(self, rows),
            Block::SelfEvaluation(e) => self.self_evaluation(e, depth),
        }
    }

    /// Inline content.
    pub fn inlines(&mut self, inlines: &[Inline]) {
        html::inlines(self, inlines);
    }
}

impl InlineSink for Writer<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn xref(&self, chapter: &str, anchor: Option<&str>) -> String {
        xref_href(chapter, anchor)
    }

    fn image(&mut self, src: &str, alt: &str) {
        self.push(&format!("<img src=\"{}\" alt=\"{}\"/>", attr(src), attr(alt)));
    }

    const OUTSIDE_LINK: &'static str = "";
    const BREAK: &'static str = "<br/>";
}

impl Sink for Writer<'_> {
    fn blocks(&mut self, blocks: &[Block], depth: u8) {
        Writer::blocks(self, blocks, depth);
    }

    fn lang(&self, tag: Option<&str>) -> String {
        lang_attrs(tag)
    }

    fn label(&self, key: &str) -> (String, String) {
        (self.label_text(key), self.label_attrs(key))
    }
}
