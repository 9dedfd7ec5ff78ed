//! The self-evaluation as a printed-style questionnaire in XHTML: per level a table with
//! one column per answer option and an empty box in each cell, then the scoring key and
//! the methods recommended for each level. No form controls: reading systems differ too
//! much in what they allow.

use super::{Writer, attr, lang_attrs, text, text_in, xref_href};
use crate::doc::{EvalLevel, SelfEvaluation};
use crate::render::html::InlineSink;

/// An empty box to tick with a pen; hidden from screen readers, which read the column.
const BOX: &str = "<span class=\"box\" aria-hidden=\"true\">\u{2610}</span>";

impl Writer<'_> {
    pub(super) fn self_evaluation(&mut self, e: &SelfEvaluation, depth: u8) {
        let id = self.id_attr(e.anchor.as_deref());
        self.push(&format!("<section{id} class=\"self-evaluation\">\n"));
        self.heading_in(depth + 1, &text(&e.title), None, e.title_lang.as_deref());
        for level in &e.levels {
            self.eval_level(e, level, depth + 2);
        }
        self.push("<section class=\"self-evaluation-scoring\">\n");
        self.label_heading(depth + 2, "self-evaluation-scoring");
        self.blocks(&e.scoring, depth + 2);
        self.push("</section>\n<section class=\"self-evaluation-methods\">\n");
        self.label_heading(depth + 2, "self-evaluation-methods");
        for level in &e.levels {
            self.heading_in(depth + 3, &text(&level.level.capitalised()), None, level.level.lang.as_deref());
            self.push("<ul>\n");
            for r in &level.methods {
                self.push(&format!(
                    "<li><a href=\"{}\"{}>{} {}</a></li>\n",
                    attr(&xref_href(&r.chapter, None)),
                    lang_attrs(r.title_lang.as_deref()),
                    r.number,
                    text(&r.title),
                ));
            }
            self.push("</ul>\n");
        }
        self.push("</section>\n</section>\n");
    }

    fn label_heading(&mut self, level: u8, key: &str) {
        let lang = super::label(self.book, key).1;
        self.heading_in(level, &self.label_text(key), None, lang);
    }

    fn eval_level(&mut self, e: &SelfEvaluation, level: &EvalLevel, depth: u8) {
        self.push(&format!("<section class=\"self-evaluation-level level-{}\">\n", level.level.key.key()));
        self.heading_in(depth, &text(&level.level.capitalised()), None, level.level.lang.as_deref());
        let question = ("self-evaluation-question", "self-evaluation-points");
        let (q, ql) = (self.label_text(question.0), self.label_attrs(question.0));
        self.push(&format!("<table class=\"questionnaire\">\n<thead><tr><th scope=\"col\"{ql}>{q}</th>"));
        for a in &e.answers {
            let label = text_in(&a.label, a.label_lang.as_deref());
            self.push(&format!("<th scope=\"col\" class=\"answer\">{label} ({})</th>", a.points));
        }
        self.push("</tr></thead>\n<tbody>\n");
        for item in &level.questions {
            self.push(&format!("<tr><td{}>", lang_attrs(item.lang.as_deref())));
            self.inlines(&item.inlines);
            self.push("</td>");
            for _ in &e.answers {
                self.push(&format!("<td class=\"answer\">{BOX}</td>"));
            }
            self.push("</tr>\n");
        }
        let (p, pl) = (self.label_text(question.1), self.label_attrs(question.1));
        let max = level.questions.len() as u64 * u64::from(e.best_answer());
        let pass = e.pass_mark(level.questions.len());
        self.push(&format!(
            "</tbody>\n<tfoot><tr><th scope=\"row\"{pl}>{p}</th><td colspan=\"{}\">____ / {max} (\u{2265} {pass})</td></tr></tfoot>\n</table>\n</section>\n",
            e.answers.len()
        ));
    }
}
