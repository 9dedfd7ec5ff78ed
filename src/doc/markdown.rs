//! CommonMark (comrak) -> IR blocks. Raw HTML and unsafe links are rejected, never passed on.

use comrak::nodes::{AstNode, ListType, NodeValue, TableAlignment};
use comrak::{Arena, Options, parse_document};

use super::ir::{Align, Block, Inline, ListItem};
use crate::project::assets::AssetError;

/// A problem in a Markdown text, at a 1-based line and column of that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdProblem {
    /// Line in the Markdown text.
    pub line: usize,
    /// Column (bytes) in that line.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub hint: String,
}

/// The chapter and anchor of an internal link target (written without its `#`), or what
/// is wrong with it and how to write it.
pub type LinkTarget = Result<(String, Option<String>), (String, String)>;

/// What the converter needs to know about the project.
pub struct Context<'a> {
    /// The asset store's verdict on an image path (relative to `sources/`): only images it
    /// accepts may be published.
    pub asset: &'a dyn Fn(&str) -> Result<(), AssetError>,
    /// Resolves `#<chapter>` and `#<chapter>/<block>` link targets.
    pub link_target: &'a dyn Fn(&str) -> LinkTarget,
    /// Applied to every run of text (never to code, URLs or image paths): the pseudo-locale.
    pub text: Option<fn(&str) -> std::borrow::Cow<'_, str>>,
}

/// Parse Markdown into blocks; problems are collected, offending nodes dropped.
pub fn parse(text: &str, ctx: &Context, problems: &mut Vec<MdProblem>) -> Vec<Block> {
    let arena = Arena::new();
    let root = parse_document(&arena, text, &options());
    let mut conv = Converter { ctx, problems, heading: 0 };
    conv.blocks(root)
}

/// Parse Markdown that must be a single line of inline content (checklist items).
pub fn parse_inline(text: &str, ctx: &Context, problems: &mut Vec<MdProblem>) -> Vec<Inline> {
    let blocks = parse(text, ctx, problems);
    let mut out = Vec::new();
    for (i, b) in blocks.into_iter().enumerate() {
        if i > 0 {
            out.push(Inline::Text { text: " ".into() });
        }
        match b {
            Block::Paragraph { inlines } | Block::Heading { inlines, .. } => out.extend(inlines),
            other => problems.push(MdProblem {
                line: 1,
                column: 1,
                message: format!("expected one line of text, found a {}", block_name(&other)),
                hint: "write the item as a single sentence without lists or tables".into(),
            }),
        }
    }
    out
}

fn block_name(b: &Block) -> &'static str {
    match b {
        Block::List { .. } => "list",
        Block::Table { .. } => "table",
        Block::Code { .. } => "code block",
        Block::Quote { .. } => "quote",
        _ => "block",
    }
}

fn options() -> Options<'static> {
    let mut o = Options::default();
    o.extension.table = true;
    o.extension.strikethrough = true;
    o.extension.tasklist = true;
    o
}

struct Converter<'c, 'p> {
    ctx: &'c Context<'c>,
    problems: &'p mut Vec<MdProblem>,
    /// Level of the last heading, so levels never skip one (PDF/UA forbids gaps).
    heading: u8,
}

impl Converter<'_, '_> {
    fn problem(&mut self, node: &AstNode<'_>, message: String, hint: impl Into<String>) {
        let pos = node.data().sourcepos.start;
        let (line, column) = (pos.line.max(1), pos.column.max(1));
        self.problems.push(MdProblem { line, column, message, hint: hint.into() });
    }

    fn blocks<'a>(&mut self, parent: &'a AstNode<'a>) -> Vec<Block> {
        parent.children().filter_map(|n| self.block(n)).collect()
    }

    fn block<'a>(&mut self, node: &'a AstNode<'a>) -> Option<Block> {
        let value = node.data().value.clone();
        Some(match value {
            NodeValue::Paragraph => Block::Paragraph { inlines: self.inlines(node) },
            NodeValue::Heading(h) => return self.heading(node, h.level),
            NodeValue::List(l) => Block::List {
                ordered: l.list_type == ListType::Ordered,
                start: u32::try_from(l.start).unwrap_or(1),
                items: node.children().map(|item| self.list_item(item)).collect(),
            },
            NodeValue::BlockQuote => Block::Quote { blocks: self.blocks(node) },
            NodeValue::CodeBlock(c) => Block::Code { text: c.literal.trim_end_matches('\n').to_string() },
            NodeValue::ThematicBreak => Block::Rule,
            NodeValue::Table(t) => self.table(node, &t.alignments),
            NodeValue::HtmlBlock(h) => {
                let tag = h.literal.lines().next().unwrap_or("").trim().to_string();
                self.problem(node, format!("raw HTML is not allowed: `{tag}`"), HTML_HINT);
                return None;
            }
            other => {
                self.problem(
                    node,
                    format!("unsupported Markdown block: {other:?}"),
                    "use paragraphs, lists, tables and quotes",
                );
                return None;
            }
        })
    }

    /// A heading one level below the last at most; an empty one is a problem (PDF/UA
    /// forbids both, and an empty one is a stray `#`).
    fn heading<'a>(&mut self, node: &'a AstNode<'a>, level: u8) -> Option<Block> {
        let inlines = self.inlines(node);
        if Inline::plain(&inlines).trim().is_empty() {
            self.problem(
                node,
                "empty heading".into(),
                "write its text after the `#`; for a literal `#` write `\\#`",
            );
            return None;
        }
        let level = level.min(self.heading + 1);
        self.heading = level;
        Some(Block::Heading { level, inlines })
    }

    fn list_item<'a>(&mut self, item: &'a AstNode<'a>) -> ListItem {
        let task = match &item.data().value {
            NodeValue::TaskItem(t) => Some(t.symbol.is_some()),
            _ => None,
        };
        ListItem { task, blocks: self.blocks(item) }
    }

    fn table<'a>(&mut self, node: &'a AstNode<'a>, alignments: &[TableAlignment]) -> Block {
        let align = alignments
            .iter()
            .map(|a| match a {
                TableAlignment::Left => Align::Left,
                TableAlignment::Center => Align::Center,
                TableAlignment::Right => Align::Right,
                TableAlignment::None => Align::None,
            })
            .collect();
        let mut head = Vec::new();
        let mut rows = Vec::new();
        for row in node.children() {
            let is_head = matches!(row.data().value, NodeValue::TableRow(true));
            let cells: Vec<Vec<Inline>> = row.children().map(|c| self.inlines(c)).collect();
            if is_head {
                head = cells;
            } else {
                rows.push(cells);
            }
        }
        Block::Table { align, head, rows }
    }

    fn inlines<'a>(&mut self, parent: &'a AstNode<'a>) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        for node in parent.children() {
            if let Some(inline) = self.inline(node) {
                // Merge adjacent text runs so renderers and snapshots see whole words.
                if let (Some(Inline::Text { text: prev }), Inline::Text { text }) = (out.last_mut(), &inline)
                {
                    prev.push_str(text);
                    continue;
                }
                out.push(inline);
            }
        }
        if let Some(transform) = self.ctx.text {
            for inline in &mut out {
                if let Inline::Text { text } = inline {
                    *text = transform(text).into_owned();
                }
            }
        }
        out
    }

    fn inline<'a>(&mut self, node: &'a AstNode<'a>) -> Option<Inline> {
        let value = node.data().value.clone();
        Some(match value {
            NodeValue::Text(t) => Inline::Text { text: t.to_string() },
            NodeValue::SoftBreak => Inline::Text { text: " ".into() },
            NodeValue::LineBreak => Inline::Break,
            NodeValue::Code(c) => Inline::Code { text: c.literal },
            NodeValue::Emph => Inline::Emph { inlines: self.inlines(node) },
            NodeValue::Strong => Inline::Strong { inlines: self.inlines(node) },
            NodeValue::Strikethrough => {
                self.check_decorations(node);
                Inline::Strike { inlines: self.inlines(node) }
            }
            NodeValue::Link(l) => {
                self.check_decorations(node);
                return Some(self.link(node, &l.url));
            }
            NodeValue::Image(l) => return self.image(node, &l.url),
            NodeValue::HtmlInline(h) => {
                self.problem(node, format!("raw HTML is not allowed: `{h}`"), HTML_HINT);
                return None;
            }
            other => {
                self.problem(
                    node,
                    format!("unsupported Markdown: {other:?}"),
                    "use emphasis, links and code only",
                );
                return None;
            }
        })
    }

    /// An outside link, an internal link (`#<chapter>[/<block>]`), or a problem and the
    /// link's text without the link.
    fn link<'a>(&mut self, node: &'a AstNode<'a>, url: &str) -> Inline {
        let inlines = self.inlines(node);
        if !Inline::plain(&inlines).chars().any(visible) {
            self.problem(
                node,
                format!("the link to `{url}` has no visible text"),
                "write the link text between the brackets: readers and screen readers need it",
            );
        }
        let problem = match link_kind(url) {
            LinkKind::Outside => return Inline::Link { url: url.to_string(), inlines },
            LinkKind::Internal(target) => match (self.ctx.link_target)(target) {
                Ok((chapter, anchor)) => return Inline::Xref { chapter, anchor, inlines },
                Err(why) => why,
            },
            LinkKind::Relative => {
                (format!("relative link `{url}` does not work in every edition"), INTERNAL_HINT.to_string())
            }
            LinkKind::Unsafe => (format!("link target `{url}` is not allowed"), URL_HINT.to_string()),
        };
        self.problem(node, problem.0, problem.1);
        Inline::Text { text: Inline::plain(&inlines) }
    }

    /// Links are underlined in print, and a tagged PDF (PDF/UA) allows one decoration per
    /// text: a link inside strikethrough, or strikethrough inside a link, cannot be printed.
    fn check_decorations<'a>(&mut self, node: &'a AstNode<'a>) {
        let is_link = matches!(node.data().value, NodeValue::Link(_));
        let clash = node.ancestors().skip(1).any(|a| match a.data().value {
            NodeValue::Strikethrough => true,
            NodeValue::Link(_) => !is_link,
            _ => false,
        });
        if clash {
            self.problem(
                node,
                "a link and strikethrough on the same text cannot be printed".into(),
                "strike text next to the link instead, or drop one of the two",
            );
        }
    }

    fn image<'a>(&mut self, node: &'a AstNode<'a>, url: &str) -> Option<Inline> {
        let alt = Inline::plain(&self.inlines(node));
        let inside = url.starts_with("assets/") && !url.split('/').any(|s| s == ".." || s.is_empty());
        if !inside {
            self.problem(
                node,
                format!("image `{url}` is not under assets/"),
                "put images in sources/assets/ and write `assets/<file>`",
            );
            return None;
        }
        if let Err(e) = (self.ctx.asset)(url) {
            self.problem(node, e.to_string(), e.hint());
            return None;
        }
        if alt.trim().is_empty() {
            self.problem(
                node,
                format!("image `{url}` has no alt text"),
                "describe the image: ![what it shows](assets/file.png)",
            );
        }
        Some(Inline::Image { src: url.to_string(), alt })
    }
}

const HTML_HINT: &str = "write Markdown instead; to show the characters literally, escape `<` as `\\<`";
const URL_HINT: &str = "use http:, https: or mailto:; link inside the book with `#<chapter-id>` \
                        or `#<chapter-id>/<block-id>`";
const INTERNAL_HINT: &str = "link to a chapter with `[text](#<chapter-id>)` or to a section with \
                             `[text](#<chapter-id>/<block-id>)`; outside links need http:, https: or mailto:";

/// Whether a character shows: not white space, nor a soft hyphen or other invisible format
/// character (a link made of those alone breaks the tagged PDF).
fn visible(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(c, '\u{ad}' | '\u{34f}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// What a Markdown link target is.
#[derive(Debug, PartialEq, Eq)]
enum LinkKind<'u> {
    /// `http:`, `https:` or `mailto:`.
    Outside,
    /// `#<chapter>` or `#<chapter>/<block>`, without the `#`.
    Internal(&'u str),
    /// Any other target without a scheme: means nothing in a PDF or an EPUB.
    Relative,
    /// Another scheme, a protocol-relative address or control characters.
    Unsafe,
}

fn link_kind(url: &str) -> LinkKind<'_> {
    if url.chars().any(char::is_control) {
        return LinkKind::Unsafe;
    }
    if let Some(target) = url.strip_prefix('#') {
        return LinkKind::Internal(target);
    }
    let scheme_end = url.find(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)));
    match scheme_end {
        Some(i) if url[i..].starts_with(':') => {
            let outside = matches!(url[..i].to_ascii_lowercase().as_str(), "http" | "https" | "mailto");
            if outside { LinkKind::Outside } else { LinkKind::Unsafe }
        }
        _ if url.trim_start().starts_with("//") => LinkKind::Unsafe,
        _ => LinkKind::Relative,
    }
}

/// Whether a link target is safe to put in any output (an outside link or an internal one).
pub fn safe_url(url: &str) -> bool {
    matches!(link_kind(url), LinkKind::Outside | LinkKind::Internal(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> (Vec<Block>, Vec<MdProblem>) {
        let verdict = |p: &str| match p {
            "assets/ok.png" => Ok(()),
            "assets/leak.png" => Err(AssetError::Outside(p.into())),
            _ => Err(AssetError::Missing(p.into())),
        };
        let targets = |t: &str| match t {
            "visit" => Ok(("visit".to_string(), None)),
            "visit/prep" => Ok(("visit".to_string(), Some("prep".to_string()))),
            other => Err((format!("no `{other}`"), "write `#visit`".to_string())),
        };
        let ctx = Context { asset: &verdict, link_target: &targets, text: None };
        let mut problems = Vec::new();
        (parse(text, &ctx, &mut problems), problems)
    }

    #[test]
    fn emphasis_keeps_meaning() {
        let (blocks, problems) = md("*a* and **b**");
        assert!(problems.is_empty());
        let Block::Paragraph { inlines } = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(inlines[0], Inline::Emph { inlines: vec![Inline::Text { text: "a".into() }] });
    }

    #[test]
    fn raw_html_is_rejected_with_position() {
        let (_, problems) = md("Hello\n\n<script>alert(1)</script>\n");
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (3, 1));
        let (_, problems) = md("a <b>bold</b>");
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn heading_levels_never_skip_and_are_never_empty() {
        let (blocks, problems) = md("## a\n\n#### b\n\n# c\n\n###\n");
        let levels: Vec<u8> = blocks
            .iter()
            .filter_map(|b| if let Block::Heading { level, .. } = b { Some(*level) } else { None })
            .collect();
        assert_eq!(levels, [1, 2, 1]);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].message.as_str()), (7, "empty heading"));
    }

    #[test]
    fn links_and_strikethrough_do_not_nest() {
        for text in
            ["~~[a](https://x.example)~~", "[~~a~~](https://x.example)", "x\n\n[*~~a~~*](https://x.example)"]
        {
            let (_, problems) = md(text);
            assert_eq!(problems.len(), 1, "{text}");
        }
        let (_, problems) = md("~~a~~ [b](https://x.example) ~~c~~");
        assert!(problems.is_empty());
    }

    #[test]
    fn links_need_visible_text() {
        for text in
            ["[](https://x.example)", "[**\u{ad}**](https://x.example)", "[ \u{200b} ](https://x.example)"]
        {
            let (_, problems) = md(text);
            assert_eq!(problems.len(), 1, "{text}");
        }
    }

    #[test]
    fn unsafe_links_are_rejected() {
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url("JavaScript:alert(1)"));
        assert!(!safe_url("data:text/html,x"));
        assert!(!safe_url("//evil.example"));
        assert!(safe_url("https://example.org"));
        assert!(safe_url("mailto:a@b.c"));
        assert!(safe_url("#intro"));
        let (_, problems) = md("[x](javascript:alert(1))");
        assert_eq!(problems.len(), 1);
    }

    fn first_inline(blocks: &[Block]) -> &Inline {
        let Block::Paragraph { inlines } = &blocks[0] else { panic!("{blocks:?}") };
        &inlines[0]
    }

    #[test]
    fn internal_links_become_xrefs() {
        let (blocks, p) = md("[the visit](#visit)");
        assert!(p.is_empty(), "{p:?}");
        let text = vec![Inline::Text { text: "the visit".into() }];
        assert_eq!(
            first_inline(&blocks),
            &Inline::Xref { chapter: "visit".into(), anchor: None, inlines: text.clone() }
        );
        let (blocks, p) = md("[the visit](#visit/prep)");
        assert!(p.is_empty(), "{p:?}");
        let anchor = Some("prep".to_string());
        assert_eq!(first_inline(&blocks), &Inline::Xref { chapter: "visit".into(), anchor, inlines: text });
    }

    #[test]
    fn unknown_internal_targets_are_located_with_the_resolver_hint() {
        let (blocks, p) = md("Intro.\n\nSee [it](#nowhere).");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!((p[0].line, p[0].column), (3, 5));
        assert_eq!(p[0].message, "no `nowhere`");
        assert_eq!(p[0].hint, "write `#visit`");
        let Block::Paragraph { inlines } = &blocks[1] else { panic!("{blocks:?}") };
        assert_eq!(Inline::plain(inlines), "See it.");
    }

    #[test]
    fn relative_links_are_errors_that_point_to_the_internal_syntax() {
        for url in ["03-mentor", "mentor.html", "../x", "./03-mentor#a", "?q=1"] {
            let (_, p) = md(&format!("[see]({url})"));
            assert_eq!(p.len(), 1, "{url}: {p:?}");
            assert!(p[0].message.contains("relative link"), "{url}: {}", p[0].message);
            assert!(p[0].hint.contains("#<chapter-id>/<block-id>"), "{}", p[0].hint);
        }
        let (_, p) = md("[home](https://example.org) [mail](mailto:a@b.c)");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn images_must_be_existing_assets() {
        let (_, p) = md("![alt](assets/ok.png)");
        assert!(p.is_empty());
        let (_, p) = md("![alt](/etc/passwd) ![a](assets/../x.png) ![b](assets/none.png)");
        assert_eq!(p.len(), 3);
    }

    #[test]
    fn refused_assets_are_reported_where_used() {
        let (blocks, p) = md("Text\n\nand ![a leak](assets/leak.png)");
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].column), (3, 5));
        assert!(p[0].message.contains("outside sources/assets/"), "{}", p[0].message);
        assert_eq!(p[0].hint, AssetError::Outside(String::new()).hint());
        assert!(!format!("{blocks:?}").contains("Image"), "a refused image is dropped");
    }
}
