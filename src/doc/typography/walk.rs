//! Applies the typography rules to every text of a `LocalizedBook`, each in its own
//! language: reference text used as a fallback keeps its language's quotes.

use super::{Flow, Rules, line, rules};
use crate::doc::ir::*;

/// Typeset every text node, title and label of `book` (never code, URLs, ids, paths).
pub fn apply(book: &mut LocalizedBook) {
    let base = language(&book.lang).to_string();
    let t = Typesetter { base: &base };
    t.meta(&mut book.meta);
    for (id, label) in book.labels.iter_mut() {
        let lang = book.label_langs.get(id).map(String::as_str);
        *label = t.line(label, lang);
    }
    for c in &mut book.chapters {
        t.chapter(c);
    }
    for p in &mut book.partners {
        t.set(&mut p.name, &p.name_lang);
        t.blocks(&mut p.contact);
    }
}

/// Typeset `blocks` of a book in language `lang`.
#[cfg(test)]
pub(super) fn blocks(blocks: &mut [Block], lang: &str) {
    Typesetter { base: lang }.blocks(blocks);
}

/// The ISO 639 code of a BCP 47 tag.
fn language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

struct Typesetter<'a> {
    /// Language of text without a `lang` of its own.
    base: &'a str,
}

impl Typesetter<'_> {
    fn rules(&self, lang: Option<&str>) -> Rules {
        rules(&language(lang.unwrap_or(self.base)).to_ascii_lowercase())
    }

    fn line(&self, s: &str, lang: Option<&str>) -> String {
        line(s, &language(lang.unwrap_or(self.base)).to_ascii_lowercase())
    }

    fn set(&self, s: &mut String, lang: &Option<String>) {
        *s = self.line(s, lang.as_deref());
    }

    /// The same rules for text in `lang` (a `Block::Lang`).
    fn within<'b>(&self, lang: &'b str) -> Typesetter<'b> {
        Typesetter { base: language(lang) }
    }

    fn meta(&self, m: &mut Meta) {
        self.set(&mut m.title, &m.title_lang);
        self.set(&mut m.subtitle, &m.subtitle_lang);
        self.set(&mut m.author, &m.author_lang);
        self.set(&mut m.publisher, &m.publisher_lang);
        self.set(&mut m.description, &m.description_lang);
        self.set(&mut m.accessibility_summary, &m.accessibility_summary_lang);
        self.blocks(&mut m.colophon);
        self.blocks(&mut m.disclaimer);
    }

    fn chapter(&self, c: &mut Chapter) {
        self.set(&mut c.title, &c.title_lang);
        if let Some(s) = &mut c.summary {
            *s = self.line(s, c.summary_lang.as_deref());
        }
        if let Some(m) = &mut c.method {
            self.set(&mut m.number_label, &m.number_label_lang);
            self.set(&mut m.duration, &m.duration_lang);
            self.labelled(&mut m.effort);
            m.roles.iter_mut().for_each(|l| self.labelled(l));
            m.levels.iter_mut().for_each(|l| self.labelled(l));
        }
        self.blocks(&mut c.blocks);
    }

    fn labelled<T>(&self, l: &mut Labelled<T>) {
        self.set(&mut l.label, &l.lang);
    }

    fn blocks(&self, blocks: &mut [Block]) {
        blocks.iter_mut().for_each(|b| self.block(b));
    }

    fn block(&self, b: &mut Block) {
        match b {
            Block::Paragraph { inlines } | Block::Heading { inlines, .. } => self.inlines(inlines, None),
            Block::List { items, .. } => items.iter_mut().for_each(|i| self.blocks(&mut i.blocks)),
            Block::Quote { blocks } => self.blocks(blocks),
            Block::Code { .. } | Block::Rule => {}
            Block::Table { head, rows, .. } => {
                head.iter_mut().chain(rows.iter_mut().flatten()).for_each(|c| self.inlines(c, None))
            }
            Block::Section { title, title_lang, blocks, .. }
            | Block::Callout { title, title_lang, blocks, .. } => {
                self.set(title, title_lang);
                self.blocks(blocks);
            }
            Block::Steps { title, title_lang, parts, .. } => {
                self.set(title, title_lang);
                for p in parts {
                    self.set(&mut p.label, &p.label_lang);
                    self.blocks(&mut p.blocks);
                }
            }
            Block::Checklists { title, title_lang, lists, .. } => {
                self.set(title, title_lang);
                for l in lists {
                    self.set(&mut l.label, &l.label_lang);
                    l.items.iter_mut().for_each(|i| self.inlines(&mut i.inlines, i.lang.as_deref()));
                }
            }
            Block::Methods { rows, .. } => rows.iter_mut().for_each(|r| self.row(r)),
            Block::SelfEvaluation(e) => self.self_evaluation(e),
            Block::Lang { lang, blocks } => self.within(lang).blocks(blocks),
        }
    }

    fn row(&self, r: &mut MethodRow) {
        self.set(&mut r.title, &r.title_lang);
        self.set(&mut r.summary, &r.summary_lang);
    }

    fn self_evaluation(&self, e: &mut SelfEvaluation) {
        self.set(&mut e.title, &e.title_lang);
        e.answers.iter_mut().for_each(|a| self.set(&mut a.label, &a.label_lang));
        for l in &mut e.levels {
            self.labelled(&mut l.level);
            l.questions.iter_mut().for_each(|q| self.inlines(&mut q.inlines, q.lang.as_deref()));
            l.methods.iter_mut().for_each(|r| self.row(r));
        }
        self.blocks(&mut e.scoring);
    }

    /// A run of inlines (one paragraph, cell or item), in `lang` when it has its own.
    fn inlines(&self, inlines: &mut [Inline], lang: Option<&str>) {
        let rules = self.rules(lang);
        let mut flow = Flow::default();
        walk_inlines(inlines, rules, &mut flow);
    }
}

pub(super) fn walk_inlines(inlines: &mut [Inline], rules: Rules, flow: &mut Flow) {
    for i in inlines {
        match i {
            Inline::Text { text } => *text = flow.text(text, rules),
            Inline::Emph { inlines }
            | Inline::Strong { inlines }
            | Inline::Strike { inlines }
            | Inline::Link { inlines, .. }
            | Inline::Xref { inlines, .. } => walk_inlines(inlines, rules, flow),
            Inline::Code { .. } => flow.opaque(),
            Inline::Image { alt, .. } => {
                *alt = Flow::default().text(alt, rules);
                flow.opaque();
            }
            Inline::Break => flow.space(),
        }
    }
}
