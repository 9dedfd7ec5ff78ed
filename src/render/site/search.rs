//! The search index of one locale, built at build time and shipped as a classic script
//! (`search-<locale>.js`): pages opened from `file://` cannot `fetch` a JSON file, but
//! they can load a `<script src>`. The client (`search.js`) feeds the documents to
//! MiniSearch on first use.
//!
//! One document per section-level unit: the chapter's opening text, then each anchored
//! block with a title (section, callout, steps, checklists), so a result names its
//! chapter and section and links straight to it.

use serde::Serialize;

use crate::doc::{Block, Chapter, Inline, LocalizedBook};

/// The global the script assigns; `search.js` reads it.
pub const GLOBAL: &str = "vetpressSearch";

/// The script file name of a locale's index (in the locale's folder).
pub fn file_name(locale: &str) -> String {
    format!("search-{locale}.js")
}

/// The whole index script: `window.vetpressSearch = {...};`.
pub fn index_script(book: &LocalizedBook) -> String {
    let index = Index { locale: &book.locale, lang: &book.lang, docs: documents(book) };
    let json = serde_json::to_string(&index).expect("strings and numbers always serialise");
    format!("window.{GLOBAL} = {};\n", script_safe(&json))
}

#[derive(Serialize)]
struct Index<'a> {
    locale: &'a str,
    lang: &'a str,
    docs: Vec<Doc>,
}

/// One searchable unit.
#[derive(Debug, Serialize, PartialEq)]
pub struct Doc {
    /// Unique id: `<chapter>` or `<chapter>#<anchor>`.
    pub id: String,
    /// The page, relative to the locale folder (`mentor.html`).
    pub page: String,
    /// The element id on that page, empty for the chapter's top.
    pub anchor: String,
    /// Chapter title.
    pub chapter: String,
    /// Section title, empty for the chapter's opening text.
    pub section: String,
    /// Flattened text.
    pub text: String,
}

/// Every document of the book, in reading order.
pub fn documents(book: &LocalizedBook) -> Vec<Doc> {
    book.chapters.iter().flat_map(chapter_docs).collect()
}

fn chapter_docs(chapter: &Chapter) -> Vec<Doc> {
    let page = format!("{}.html", chapter.id);
    let top = Doc {
        id: chapter.id.clone(),
        page: page.clone(),
        anchor: String::new(),
        chapter: chapter.title.clone(),
        section: String::new(),
        text: chapter.summary.clone().unwrap_or_default(),
    };
    let mut docs = vec![top];
    split(&chapter.blocks, chapter, &page, &mut docs);
    for d in &mut docs {
        d.text = squash(&d.text);
    }
    docs
}

/// Start a document at each titled block that has an element id; everything else is
/// text of the document before it.
fn split(blocks: &[Block], chapter: &Chapter, page: &str, docs: &mut Vec<Doc>) {
    for b in blocks {
        if let Block::Lang { blocks, .. } = b {
            split(blocks, chapter, page, docs);
            continue;
        }
        match titled(b) {
            Some((title, Some(anchor))) => docs.push(Doc {
                id: format!("{}#{anchor}", chapter.id),
                page: page.to_string(),
                anchor,
                chapter: chapter.title.clone(),
                section: title.to_string(),
                text: String::new(),
            }),
            Some((title, None)) => push_text(docs, title),
            None => {}
        }
        let last = docs.last_mut().expect("the chapter's top document is first");
        body_text(b, &mut last.text);
    }
}

/// A block's title and element id, for blocks that have a title. A checklists block
/// without an id still has its first role's list id (`checklist-<role>`).
fn titled(b: &Block) -> Option<(&str, Option<String>)> {
    match b {
        Block::Section { title, anchor, .. }
        | Block::Callout { title, anchor, .. }
        | Block::Steps { title, anchor, .. } => Some((title, anchor.clone())),
        Block::Checklists { title, anchor, lists, .. } => {
            let first = lists.first().map(|l| format!("checklist-{}", l.role.key()));
            Some((title, anchor.clone().or(first)))
        }
        Block::SelfEvaluation(e) => Some((&e.title, e.anchor.clone())),
        Block::Paragraph { .. }
        | Block::Heading { .. }
        | Block::List { .. }
        | Block::Quote { .. }
        | Block::Code { .. }
        | Block::Table { .. }
        | Block::Rule
        | Block::Methods { .. }
        | Block::Lang { .. } => None,
    }
}

fn push_text(docs: &mut [Doc], text: &str) {
    if let Some(last) = docs.last_mut() {
        push(&mut last.text, text);
    }
}

fn push(out: &mut String, text: &str) {
    out.push(' ');
    out.push_str(text);
}

/// The text of a block's content (not its own title, which names the document).
fn body_text(b: &Block, out: &mut String) {
    match b {
        Block::Paragraph { inlines } | Block::Heading { inlines, .. } => push(out, &Inline::plain(inlines)),
        Block::List { items, .. } => items.iter().for_each(|i| blocks_text(&i.blocks, out)),
        Block::Quote { blocks } | Block::Lang { blocks, .. } => blocks_text(blocks, out),
        Block::Code { text } => push(out, text),
        Block::Table { head, rows, .. } => {
            head.iter().chain(rows.iter().flatten()).for_each(|cell| push(out, &Inline::plain(cell)))
        }
        Block::Rule => {}
        Block::Section { blocks, .. } | Block::Callout { blocks, .. } => blocks_text(blocks, out),
        Block::Steps { parts, .. } => parts.iter().for_each(|p| {
            push(out, &p.label);
            blocks_text(&p.blocks, out);
        }),
        Block::Checklists { lists, .. } => lists.iter().for_each(|l| {
            push(out, &l.label);
            l.items.iter().for_each(|i| push(out, &Inline::plain(&i.inlines)));
        }),
        Block::Methods { rows, .. } => rows.iter().for_each(|r| {
            push(out, &r.title);
            push(out, &r.summary);
        }),
        Block::SelfEvaluation(e) => {
            e.levels.iter().for_each(|l| {
                push(out, &l.level.label);
                l.questions.iter().for_each(|q| push(out, &Inline::plain(&q.inlines)));
            });
            blocks_text(&e.scoring, out);
        }
    }
}

/// Nested blocks, titles included: inside a document they are just text.
fn blocks_text(blocks: &[Block], out: &mut String) {
    for b in blocks {
        if let Some((title, _)) = titled(b) {
            push(out, title);
        }
        body_text(b, out);
    }
}

/// Whitespace runs to one space, trimmed.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// JSON made safe to sit in a script file: `<`, `>` and `&` (so `</script>` or `<!--`
/// can end or alter nothing even if the file is ever inlined), and U+2028/U+2029 (line
/// terminators in older JavaScript) become `\u` escapes. They only occur inside JSON
/// strings, where the escape means the same character.
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
