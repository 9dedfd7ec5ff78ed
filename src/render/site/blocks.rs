//! IR blocks and inlines -> escaped HTML for one page of the site. Text is always escaped
//! (`markup`); element ids come from block anchors (`id="<anchor>"`) and checklist roles.

use std::collections::BTreeSet;

use super::markup::{attr, lang, text};
use crate::doc::{Block, Checklist, Inline, LocalizedBook};
use crate::render::html::{self, InlineSink, Sink};

/// The page file of a chapter.
pub fn chapter_file(id: &str) -> String {
    format!("{id}.html")
}

/// Where an image of the asset store is published, relative to the locale folder.
pub fn image_path(src: &str) -> String {
    format!("images/{}", src.strip_prefix("assets/").unwrap_or(src))
}

/// Writes the blocks of one page.
pub struct Writer<'b> {
    book: &'b LocalizedBook,
    /// The chapter of the page, or `None` on an index page.
    chapter: Option<&'b str>,
    out: String,
    /// Checklist blocks written so far: a second one gets numbered ids.
    checklists: usize,
    /// Callouts written so far: numbers their titles' ids.
    callouts: usize,
    /// Images used, as written in the source (`assets/...`).
    pub images: BTreeSet<String>,
}

impl<'b> Writer<'b> {
    /// A writer for a page of `book`, for chapter `chapter` (or an index page).
    pub fn new(book: &'b LocalizedBook, chapter: Option<&'b str>) -> Self {
        Writer { book, chapter, out: String::new(), checklists: 0, callouts: 0, images: BTreeSet::new() }
    }

    /// The markup written, and the images it uses.
    pub fn finish(self) -> (String, BTreeSet<String>) {
        (self.out, self.images)
    }

    /// A label's escaped text and its ` lang` attribute when it fell back.
    fn label(&self, key: &str) -> (String, String) {
        let t = self.book.labels.get(key).map_or(key, String::as_str);
        (text(t).into_owned(), lang(self.book.label_langs.get(key).map(String::as_str)))
    }

    /// Where an internal link points from this page.
    fn href(&self, chapter: &str, anchor: Option<&str>) -> String {
        match anchor {
            Some(a) if self.chapter == Some(chapter) => format!("#{a}"),
            Some(a) => format!("{}#{a}", chapter_file(chapter)),
            None => chapter_file(chapter),
        }
    }

    fn id_attr(anchor: Option<&str>) -> String {
        anchor.map(|a| format!(" id=\"{}\"", attr(a))).unwrap_or_default()
    }

    /// Blocks under a heading of level `depth`.
    pub fn blocks(&mut self, blocks: &[Block], depth: u8) {
        for b in blocks {
            self.block(b, depth);
        }
    }

    fn heading(&mut self, level: u8, class: &str, title_lang: Option<&str>, content: &str) {
        let level = level.clamp(2, 6);
        let class = if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") };
        self.push(&format!("<h{level}{class}{}>{content}</h{level}>\n", lang(title_lang)));
    }

    fn block(&mut self, b: &Block, depth: u8) {
        match b {
            Block::Paragraph { inlines } => {
                self.push("<p>");
                self.inlines(inlines);
                self.push("</p>\n");
            }
            Block::Heading { level, inlines } => {
                let mut w = Writer::new(self.book, self.chapter);
                w.inlines(inlines);
                self.images.append(&mut w.images);
                self.heading(depth + level, "", None, &w.out);
            }
            Block::List { ordered, start, items } => html::list(self, *ordered, *start, items, depth),
            Block::Quote { blocks } => {
                self.push("<blockquote>\n");
                self.blocks(blocks, depth);
                self.push("</blockquote>\n");
            }
            Block::Code { text: t } => self.push(&format!("<pre><code>{}</code></pre>\n", text(t))),
            Block::Rule => self.push("<hr>\n"),
            Block::Table { align, head, rows } => html::table(self, align, head, rows),
            Block::Section { title, title_lang, anchor, blocks } => {
                self.push(&format!("<section{}>\n", Self::id_attr(anchor.as_deref())));
                if !title.is_empty() {
                    self.heading(depth + 1, "", title_lang.as_deref(), &text(title));
                }
                self.blocks(blocks, depth + 1);
                self.push("</section>\n");
            }
            Block::Callout { style, title, title_lang, anchor, blocks } => {
                self.callouts += 1;
                let (id, n) = (Self::id_attr(anchor.as_deref()), self.callouts);
                let s = style.key();
                self.push(&format!(
                    "<aside{id} class=\"callout callout-{s}\" aria-labelledby=\"callout-{n}\">\n"
                ));
                let l = lang(title_lang.as_deref());
                self.push(&format!("<p class=\"callout-title\" id=\"callout-{n}\"{l}>{}</p>\n", text(title)));
                self.blocks(blocks, depth + 1);
                self.push("</aside>\n");
            }
            Block::Lang { lang: tag, blocks } => {
                self.push(&format!("<div{}>\n", lang(Some(tag))));
                self.blocks(blocks, depth);
                self.push("</div>\n");
            }
            Block::Steps { phase, title, title_lang, anchor, parts } => {
                let id = Self::id_attr(anchor.as_deref());
                self.push(&format!("<section{id} class=\"steps steps-{}\">\n", phase.key()));
                self.heading(depth + 1, "", title_lang.as_deref(), &text(title));
                for p in parts {
                    self.push(&format!("<section class=\"role role-{}\">\n", p.role.key()));
                    self.heading(depth + 2, "role-heading", p.label_lang.as_deref(), &text(&p.label));
                    self.blocks(&p.blocks, depth + 2);
                    self.push("</section>\n");
                }
                self.push("</section>\n");
            }
            Block::Checklists { title, title_lang, anchor, lists } => {
                self.checklists(title, title_lang.as_deref(), anchor.as_deref(), lists, depth)
            }
            Block::Methods { rows, .. } => html::methods(self, rows),
            Block::SelfEvaluation(e) => {
                let mut out = String::new();
                super::selfeval::html(&mut out, e, &self.book.labels, &|c| self.href(c, None));
                self.push(&out);
            }
        }
    }

    /// Data attributes carrying the toolbar's labels, so the script holds no text.
    fn toolbar_labels(&self) -> String {
        let mut out = String::new();
        for (name, key) in [
            ("reset", "site-checklist-reset"),
            ("print", "site-checklist-print"),
            ("export", "site-checklist-export"),
            ("import", "site-checklist-import"),
            ("import-error", "site-checklist-import-error"),
            ("note", "site-checklist-note"),
        ] {
            let t = self.book.labels.get(key).map_or(key, String::as_str);
            out.push_str(&format!(" data-label-{name}=\"{}\"", attr(t)));
            if let Some(l) = self.book.label_langs.get(key) {
                out.push_str(&format!(" data-lang-{name}=\"{}\"", attr(l)));
            }
        }
        out
    }

    fn checklists(
        &mut self,
        title: &str,
        title_lang: Option<&str>,
        anchor: Option<&str>,
        lists: &[Checklist],
        depth: u8,
    ) {
        self.checklists += 1;
        // The first block's ids are the stable QR targets; a second block is numbered.
        let n = match self.checklists {
            1 => String::new(),
            n => format!("-{n}"),
        };
        let (id, labels) = (Self::id_attr(anchor), self.toolbar_labels());
        self.push(&format!("<section{id} class=\"checklists\"{labels}>\n"));
        self.heading(depth + 1, "", title_lang, &text(title));
        let (date, date_lang) = self.label("ui-date");
        let (notes, notes_lang) = self.label("ui-notes");
        let (book, chapter) = (self.book.id.clone(), self.chapter.unwrap_or_default().to_string());
        for l in lists {
            let role = l.role.key();
            self.push(&format!(
                "<fieldset class=\"checklist role-{role}\" id=\"checklist-{role}{n}\" data-role=\"{role}\">\n<legend{}>{}</legend>\n<ul>\n",
                lang(l.label_lang.as_deref()),
                text(&l.label)
            ));
            for item in &l.items {
                let input = format!("check{n}-{role}-{}", attr(&item.id));
                let key = attr(&format!("{book}/{chapter}/{role}/{}", item.id)).into_owned();
                self.push(&format!(
                    "<li><input type=\"checkbox\" id=\"{input}\" data-key=\"{key}\"> <label for=\"{input}\"{}>",
                    lang(item.lang.as_deref())
                ));
                self.inlines(&item.inlines);
                self.push("</label></li>\n");
            }
            self.push("</ul>\n");
            self.push(&format!(
                "<p class=\"print-lines\"><span{date_lang}>{date}</span> <span{notes_lang}>{notes}</span></p>\n"
            ));
            self.push("</fieldset>\n");
        }
        self.push("</section>\n");
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
        self.href(chapter, anchor)
    }

    /// Images are copied into the locale folder; the page records which.
    fn image(&mut self, src: &str, alt: &str) {
        self.images.insert(src.to_string());
        self.push(&format!("<img src=\"{}\" alt=\"{}\">", attr(&image_path(src)), attr(alt)));
    }

    const OUTSIDE_LINK: &'static str = " rel=\"noopener\"";
    const BREAK: &'static str = "<br>";
}

impl Sink for Writer<'_> {
    fn blocks(&mut self, blocks: &[Block], depth: u8) {
        Writer::blocks(self, blocks, depth);
    }

    fn lang(&self, tag: Option<&str>) -> String {
        lang(tag)
    }

    fn label(&self, key: &str) -> (String, String) {
        Writer::label(self, key)
    }
}
