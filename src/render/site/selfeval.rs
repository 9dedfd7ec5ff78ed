//! The self-evaluation as a form the site's `selfeval.js` scores in the browser. Without
//! JavaScript it reads as the printed questionnaire: questions with their answer options,
//! the scoring key and the methods recommended per level. Every text the script shows
//! comes from this markup (data attributes and the visible method lists), never from the
//! script itself.

use std::collections::BTreeMap;

use super::markup::{attr, lang, text, text_in};
use crate::doc::{EvalLevel, Inline, SelfEvaluation};
use crate::render::html::{self, InlineSink};

/// Append the block's escaped HTML to `out`. `labels` are the book's interface labels;
/// `href` gives a chapter's page (relative to the current one).
pub fn html(
    out: &mut String,
    block: &SelfEvaluation,
    labels: &BTreeMap<String, String>,
    href: &dyn Fn(&str) -> String,
) {
    let label = |key: &str| labels.get(key).map_or(key, String::as_str).to_string();
    let anchor = block.anchor.as_deref().unwrap_or("self-evaluation");
    let title_id = format!("{anchor}-title");
    out.push_str(&format!(
        "<form class=\"self-evaluation\" id=\"{a}\" data-threshold=\"{t}\" data-incomplete=\"{inc}\" data-result=\"{res}\" data-methods=\"{met}\" aria-labelledby=\"{ti}\">\n",
        a = attr(anchor),
        t = block.threshold,
        inc = attr(&label("self-evaluation-incomplete")),
        res = attr(&label("self-evaluation-result")),
        met = attr(&label("self-evaluation-methods")),
        ti = attr(&title_id),
    ));
    out.push_str(&format!(
        "<h2 id=\"{}\"{}>{}</h2>\n",
        attr(&title_id),
        lang(block.title_lang.as_deref()),
        text(&block.title)
    ));
    for level in &block.levels {
        questions(out, block, level, (anchor, &label("self-evaluation-points")), href);
    }
    out.push_str(&format!(
        "<p class=\"self-evaluation-submit\"><button type=\"submit\" hidden>{}</button></p>\n",
        text(&label("self-evaluation-submit"))
    ));
    out.push_str("<div class=\"self-evaluation-result\" role=\"status\" aria-live=\"polite\"></div>\n");
    out.push_str(&format!(
        "<section class=\"self-evaluation-scoring\">\n<h3>{}</h3>\n",
        text(&label("self-evaluation-scoring"))
    ));
    let mut scoring = String::new();
    blocks(&mut scoring, &block.scoring, href);
    out.push_str(&scoring);
    out.push_str(&format!(
        "</section>\n<section class=\"self-evaluation-methods\">\n<h3>{}</h3>\n",
        text(&label("self-evaluation-methods"))
    ));
    for level in &block.levels {
        recommended(out, level, href);
    }
    out.push_str("</section>\n</form>\n");
}

/// One level's questions, each a fieldset of radio buttons.
fn questions(
    out: &mut String,
    block: &SelfEvaluation,
    level: &EvalLevel,
    (anchor, points_label): (&str, &str),
    href: &dyn Fn(&str) -> String,
) {
    let key = level.level.key.key();
    out.push_str(&format!(
        "<section class=\"self-evaluation-level\" data-level=\"{key}\">\n<h3{}>{}</h3>\n",
        lang(level.level.lang.as_deref()),
        text(&level.level.capitalised())
    ));
    for q in &level.questions {
        let legend_lang = lang(q.lang.as_deref());
        out.push_str(&format!(
            "<fieldset data-question=\"{id}\" data-level=\"{key}\">\n<legend{legend_lang}>",
            id = attr(&q.id)
        ));
        inlines(out, &q.inlines, href);
        out.push_str("</legend>\n");
        for a in &block.answers {
            let id = format!("{anchor}-{}-{}", q.id, a.id);
            out.push_str(&format!(
                "<span class=\"answer\"><input type=\"radio\" name=\"q-{q}\" id=\"{id}\" value=\"{v}\" data-points=\"{p}\"><label for=\"{id}\">{l}</label></span>\n",
                q = attr(&q.id),
                id = attr(&id),
                v = attr(&a.id),
                p = a.points,
                l = text_in(&a.label, a.label_lang.as_deref()),
            ));
        }
        out.push_str("</fieldset>\n");
    }
    // The printed points row: the script fills in the score.
    let n = level.questions.len();
    out.push_str(&format!(
        "<p class=\"self-evaluation-points\">{} <output data-score-level=\"{key}\">\u{2013}</output> / {} (\u{2265} {})</p>\n",
        text(points_label),
        n as u64 * u64::from(block.best_answer()),
        block.pass_mark(n)
    ));
    out.push_str("</section>\n");
}

/// The methods recommended when `level` is the result: the script copies this list.
fn recommended(out: &mut String, level: &EvalLevel, href: &dyn Fn(&str) -> String) {
    let key = level.level.key.key();
    out.push_str(&format!(
        "<h4 data-methods-label=\"{key}\"{}>{}</h4>\n<ul data-methods-level=\"{key}\">\n",
        lang(level.level.lang.as_deref()),
        text(&level.level.capitalised())
    ));
    for r in &level.methods {
        out.push_str(&format!(
            "<li><a href=\"{}\"{}>{} {}</a></li>\n",
            attr(&href(&r.chapter)),
            lang(r.title_lang.as_deref()),
            r.number,
            text(&r.title)
        ));
    }
    out.push_str("</ul>\n");
}

/// The scoring key: the Markdown blocks a scoring text uses (paragraphs, lists, emphasis).
fn blocks(out: &mut String, list: &[crate::doc::Block], href: &dyn Fn(&str) -> String) {
    use crate::doc::Block;
    for b in list {
        match b {
            Block::Paragraph { inlines: i } => {
                out.push_str("<p>");
                inlines(out, i, href);
                out.push_str("</p>\n");
            }
            Block::List { ordered, items, .. } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>\n"));
                for item in items {
                    out.push_str("<li>");
                    blocks(out, &item.blocks, href);
                    out.push_str("</li>\n");
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Lang { lang: tag, blocks: inner } => {
                out.push_str(&format!("<div{}>\n", lang(Some(tag))));
                blocks(out, inner, href);
                out.push_str("</div>\n");
            }
            Block::Quote { blocks: inner } => blocks(out, inner, href),
            Block::Heading { inlines: i, .. } => {
                out.push_str("<p><strong>");
                inlines(out, i, href);
                out.push_str("</strong></p>\n");
            }
            Block::Code { text: t } => out.push_str(&format!("<pre><code>{}</code></pre>\n", text(t))),
            _ => {}
        }
    }
}

/// Inline content through the shared writer; an image stands as its alt text (question
/// texts are words).
fn inlines(out: &mut String, list: &[Inline], href: &dyn Fn(&str) -> String) {
    html::inlines(&mut Words { out, href }, list);
}

/// The self-evaluation's inline sink: links to chapters by `href`, images as text.
struct Words<'a> {
    out: &'a mut String,
    href: &'a dyn Fn(&str) -> String,
}

impl InlineSink for Words<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn xref(&self, chapter: &str, anchor: Option<&str>) -> String {
        match anchor {
            Some(a) => format!("{}#{a}", (self.href)(chapter)),
            None => (self.href)(chapter),
        }
    }

    fn image(&mut self, _src: &str, alt: &str) {
        self.out.push_str(&text(alt));
    }

    const OUTSIDE_LINK: &'static str = "";
    const BREAK: &'static str = "<br>";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Block, MethodRow};

    fn render(e: &SelfEvaluation) -> String {
        let labels: BTreeMap<String, String> = crate::doc::labels::SELF_EVALUATION
            .iter()
            .map(|k| (k.to_string(), format!("<{k}> \"x\"")))
            .collect();
        let mut out = String::new();
        html(&mut out, e, &labels, &|c| format!("{c}.html"));
        out
    }

    #[test]
    fn renders_the_form_of_the_dom_contract() {
        let mut e = SelfEvaluation::sample(2);
        e.levels[1].methods.push(MethodRow {
            number: 3,
            chapter: "mentor".into(),
            title: "Mentor".into(),
            title_lang: Some("en".into()),
            summary: String::new(),
            summary_lang: None,
        });
        let html = render(&e);
        for part in [
            "<form class=\"self-evaluation\" id=\"check\" data-threshold=\"67\"",
            "<fieldset data-question=\"developing-1\" data-level=\"developing\">",
            "<input type=\"radio\" name=\"q-beginner-0\" id=\"check-beginner-0-partly\" value=\"partly\" data-points=\"1\"><label for=\"check-beginner-0-partly\">partly</label>",
            "<button type=\"submit\" hidden>",
            "<div class=\"self-evaluation-result\" role=\"status\" aria-live=\"polite\"></div>",
            "<ul data-methods-level=\"developing\">\n<li><a href=\"mentor.html\" lang=\"en\">3 Mentor</a></li>",
            "<h4 data-methods-label=\"beginner\">Beginner</h4>",
            "<p class=\"self-evaluation-points\">&lt;self-evaluation-points&gt; \"x\" <output data-score-level=\"developing\">\u{2013}</output> / 4 (\u{2265} 3)</p>",
            "<p>Add up.</p>",
        ] {
            assert!(html.contains(part), "missing {part:?} in\n{html}");
        }
        assert_eq!(html.matches("<fieldset").count(), 6);
        assert_eq!(html.matches("type=\"radio\"").count(), 18);
    }

    #[test]
    fn hostile_text_stays_text() {
        let mut e = SelfEvaluation::sample(1);
        e.title = "<script>window.pwned=1</script>".into();
        e.answers[0].label = "\"><img src=x onerror=\"window.pwned=2\">".into();
        e.levels[0].questions[0].inlines = vec![Inline::Code { text: "</legend><script>{{ x }}".into() }];
        e.scoring = vec![Block::Paragraph { inlines: vec![Inline::Text { text: "</form><b>".into() }] }];
        let html = render(&e);
        assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"));
        assert!(html.contains("data-incomplete=\"&lt;self-evaluation-incomplete&gt; &quot;x&quot;\""));
        assert_eq!(html.matches("<form").count(), 1);
        assert_eq!(html.matches("</form>").count(), 1);
    }
}
