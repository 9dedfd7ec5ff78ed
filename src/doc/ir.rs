//! `LocalizedBook`: chapters -> blocks -> inlines. Renderers read only this.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::project::manifest::Date;
use crate::project::{CalloutStyle, CardLayout, Effort, Level, Paper, Phase, Role, Sheet};

/// A whole book in one locale.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LocalizedBook {
    /// Book id.
    pub id: String,
    /// BCP 47 locale tag.
    pub locale: String,
    /// ISO 639 language code (for hyphenation and quotes).
    pub lang: String,
    /// ISO 3166 region, if the locale has one.
    pub region: Option<String>,
    /// Title page, colophon and package metadata.
    pub meta: Meta,
    /// Print settings from the manifest.
    pub print: Print,
    /// Interface labels by message id (`ui-contents`, `role-employer`, ...).
    pub labels: BTreeMap<String, String>,
    /// The language of each label that is the reference text used as a fallback, by
    /// message id; labels translated in this locale are absent.
    pub label_langs: BTreeMap<String, String>,
    /// Every locale of the project in project order (reference first), each named in
    /// itself: the language switcher and the language chooser of the site.
    pub languages: Vec<Language>,
    /// Chapters in order.
    pub chapters: Vec<Chapter>,
    /// Image files used, relative to `sources/` (e.g. `assets/logo.png`).
    pub assets: Vec<String>,
    /// Partners of co-branded editions, in manifest order; only their editions print them.
    pub partners: Vec<Partner>,
}

/// A partner of co-branded editions, in this locale.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Partner {
    /// Slug (`--partner` and file names).
    pub id: String,
    /// Name (plain text).
    pub name: String,
    /// The name's language when it is the reference text used as a fallback.
    pub name_lang: Option<String>,
    /// Contact for the colophon.
    pub contact: Vec<Block>,
    /// Logo image relative to `sources/` (not among `assets`: the plain editions omit it).
    pub logo: String,
}

/// One locale of the project, named in its own language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Language {
    /// BCP 47 locale tag (also the site folder name).
    pub tag: String,
    /// ISO 639 language code.
    pub lang: String,
    /// Message `ui-language-name` in that locale ("Suomi", "Íslenska").
    pub name: String,
}

/// Book-level metadata.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Meta {
    /// Title.
    pub title: String,
    /// Its language when it is the reference text used as a fallback.
    pub title_lang: Option<String>,
    /// Subtitle.
    pub subtitle: String,
    /// Its language when it is the reference text used as a fallback.
    pub subtitle_lang: Option<String>,
    /// Author line.
    pub author: String,
    /// Its language when it is the reference text used as a fallback.
    pub author_lang: Option<String>,
    /// Publisher.
    pub publisher: String,
    /// Its language when it is the reference text used as a fallback.
    pub publisher_lang: Option<String>,
    /// One-paragraph description.
    pub description: String,
    /// Its language when it is the reference text used as a fallback.
    pub description_lang: Option<String>,
    /// Accessibility summary for e-books.
    pub accessibility_summary: String,
    /// Its language when it is the reference text used as a fallback.
    pub accessibility_summary_lang: Option<String>,
    /// Document date (serialised as `YYYY-MM-DD`).
    pub date: Date,
    /// Year of the date.
    pub year: i32,
    /// Base writing direction of the locale (`ltr`, `rtl`).
    pub dir: crate::l10n::direction::Direction,
    /// Project code.
    pub project_code: Option<String>,
    /// Licence id.
    pub licence: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// ISBN of this locale's edition.
    pub isbn: Option<String>,
    /// Stable identifier (`urn:isbn:...` or `urn:uuid:...`).
    pub identifier: String,
    /// Colophon text (reference text used as a fallback comes as `Block::Lang`).
    pub colophon: Vec<Block>,
    /// Funding disclaimer.
    pub disclaimer: Vec<Block>,
}

/// Print settings.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Print {
    /// Handbook page size.
    pub paper: Paper,
    /// Card layout.
    pub card_layout: CardLayout,
    /// Sheet for imposed cards.
    pub card_sheet: Sheet,
    /// Printer-safe margin of the imposed sheet, in millimetres (0: none).
    pub card_margin: f64,
}

/// One chapter.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Chapter {
    /// Chapter id.
    pub id: String,
    /// Title (plain text).
    pub title: String,
    /// The title's language when it is the reference text used as a fallback.
    pub title_lang: Option<String>,
    /// One-line summary (plain text).
    pub summary: Option<String>,
    /// The summary's language when it is the reference text used as a fallback.
    pub summary_lang: Option<String>,
    /// Method metadata, for method chapters.
    pub method: Option<MethodInfo>,
    /// Content.
    pub blocks: Vec<Block>,
}

/// A method's metadata, with labels already localised.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MethodInfo {
    /// 1-based method number.
    pub number: u32,
    /// "Method 3".
    pub number_label: String,
    /// The language of `number_label` when it is the reference text used as a fallback.
    pub number_label_lang: Option<String>,
    /// Roles involved.
    pub roles: Vec<Labelled<Role>>,
    /// Localised duration ("3 months").
    pub duration: String,
    /// The language of `duration` when it is the reference text used as a fallback.
    pub duration_lang: Option<String>,
    /// Effort level.
    pub effort: Labelled<Effort>,
    /// Partnership levels.
    pub levels: Vec<Labelled<Level>>,
}

/// A vocabulary value with its localised label.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Labelled<T> {
    /// The value.
    pub key: T,
    /// Its label in this locale.
    pub label: String,
    /// The label's language when it is the reference text used as a fallback.
    pub lang: Option<String>,
}

impl<T> Labelled<T> {
    /// The label with its first letter upper-cased, for a label standing alone as a heading
    /// (vocabulary labels are written to run on in a sentence: "suits beginner partnerships").
    pub fn capitalised(&self) -> String {
        let mut chars = self.label.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// Block-level content. `anchor` is the id of the chapter's block (from its TOML) that
/// internal links (`Inline::Xref`) may point at; each renderer builds its own element ids
/// from (chapter id, anchor). `title_lang` marks a title that is reference text used as a
/// fallback.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph.
    Paragraph { inlines: Vec<Inline> },
    /// A heading inside Markdown (level 1-6).
    Heading { level: u8, inlines: Vec<Inline> },
    /// A bullet or numbered list.
    List { ordered: bool, start: u32, items: Vec<ListItem> },
    /// A block quote.
    Quote { blocks: Vec<Block> },
    /// Preformatted text.
    Code { text: String },
    /// A table.
    Table { align: Vec<Align>, head: Vec<Vec<Inline>>, rows: Vec<Vec<Vec<Inline>>> },
    /// A thematic break.
    Rule,
    /// A titled section.
    Section { title: String, title_lang: Option<String>, anchor: Option<String>, blocks: Vec<Block> },
    /// A boxed tip, example or warning.
    Callout {
        style: CalloutStyle,
        title: String,
        title_lang: Option<String>,
        anchor: Option<String>,
        blocks: Vec<Block>,
    },
    /// Steps of one phase, per role.
    Steps {
        phase: Phase,
        title: String,
        title_lang: Option<String>,
        anchor: Option<String>,
        parts: Vec<RolePart>,
    },
    /// Checklists per role.
    Checklists { title: String, title_lang: Option<String>, anchor: Option<String>, lists: Vec<Checklist> },
    /// A generated table of methods.
    Methods { level: Option<Level>, rows: Vec<MethodRow> },
    /// A questionnaire that scores a partnership's level and recommends methods.
    SelfEvaluation(SelfEvaluation),
    /// Content in another language than the book's: the reference text of a message the
    /// locale does not translate. `lang` is a BCP 47 tag.
    Lang { lang: String, blocks: Vec<Block> },
}

/// A list item.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ListItem {
    /// `Some(done)` for task items.
    pub task: Option<bool>,
    /// Content.
    pub blocks: Vec<Block>,
}

/// Table column alignment.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Not given.
    None,
    /// Left.
    Left,
    /// Centre.
    Center,
    /// Right.
    Right,
}

/// One role's part of a steps block.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RolePart {
    /// The role.
    pub role: Role,
    /// Its label.
    pub label: String,
    /// The label's language when it is the reference text used as a fallback.
    pub label_lang: Option<String>,
    /// Content.
    pub blocks: Vec<Block>,
}

/// One role's checklist.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Checklist {
    /// The role.
    pub role: Role,
    /// Its label.
    pub label: String,
    /// The label's language when it is the reference text used as a fallback.
    pub label_lang: Option<String>,
    /// Items.
    pub items: Vec<ChecklistItem>,
}

/// One checklist item.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChecklistItem {
    /// Stable id.
    pub id: String,
    /// The text's language when it is the reference text used as a fallback.
    pub lang: Option<String>,
    /// Text.
    pub inlines: Vec<Inline>,
}

/// A row of a generated methods table.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MethodRow {
    /// Method number.
    pub number: u32,
    /// Chapter id (link target).
    pub chapter: String,
    /// Title.
    pub title: String,
    /// The title's language when it is the reference text used as a fallback.
    pub title_lang: Option<String>,
    /// Summary.
    pub summary: String,
    /// The summary's language when it is the reference text used as a fallback.
    pub summary_lang: Option<String>,
}

/// A self-evaluation: questions per level, answer options and the scoring key. The
/// scoring rule is [`SelfEvaluation::level_for`].
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SelfEvaluation {
    /// Heading.
    pub title: String,
    /// The title's language when it is the reference text used as a fallback.
    pub title_lang: Option<String>,
    /// The block's anchor (its id).
    pub anchor: Option<String>,
    /// Percent of a level's maximum points that secures the level (1..=100).
    pub threshold: u32,
    /// Answer options, in order (the columns of the printed questionnaire).
    pub answers: Vec<EvalAnswer>,
    /// Levels from the first to the last.
    pub levels: Vec<EvalLevel>,
    /// The scoring key, explained in words.
    pub scoring: Vec<Block>,
}

/// One answer option of a self-evaluation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvalAnswer {
    /// Stable id (`yes`, `partly`, `no`).
    pub id: String,
    /// Its label.
    pub label: String,
    /// The label's language when it is the reference text used as a fallback.
    pub label_lang: Option<String>,
    /// Points it gives.
    pub points: u32,
}

/// The questions of one level, and the methods recommended when it is the result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvalLevel {
    /// The level.
    pub level: Labelled<Level>,
    /// What a partnership at this level has already secured.
    pub questions: Vec<EvalQuestion>,
    /// Method chapters suited to this level, in book order.
    pub methods: Vec<MethodRow>,
}

/// One question of a self-evaluation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvalQuestion {
    /// Stable id, unique in the block.
    pub id: String,
    /// The text's language when it is the reference text used as a fallback.
    pub lang: Option<String>,
    /// Text.
    pub inlines: Vec<Inline>,
}

impl SelfEvaluation {
    /// The most points one question can give.
    pub fn best_answer(&self) -> u32 {
        self.answers.iter().map(|a| a.points).max().unwrap_or(0)
    }

    /// The fewest points that secure a level of `questions` questions: `threshold`% of its
    /// maximum, rounded up.
    pub fn pass_mark(&self, questions: usize) -> u64 {
        let max = questions as u64 * u64::from(self.best_answer());
        (max * u64::from(self.threshold)).div_ceil(100)
    }

    /// The scoring rule: levels in order, the result is the first level whose questions
    /// score below `threshold`% of their maximum; if none does, the last level. `answers`
    /// maps question ids to answer ids; an unanswered question (or an unknown answer id)
    /// gives no points. The site's `selfeval.js` applies the same rule.
    pub fn level_for(&self, answers: &BTreeMap<String, String>) -> Option<Level> {
        let points = |q: &EvalQuestion| {
            let answer = answers.get(&q.id);
            self.answers.iter().find(|a| Some(&a.id) == answer).map_or(0, |a| u64::from(a.points))
        };
        let below =
            |l: &&EvalLevel| l.questions.iter().map(points).sum::<u64>() < self.pass_mark(l.questions.len());
        self.levels.iter().find(below).or(self.levels.last()).map(|l| l.level.key)
    }
}

/// Inline content.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Inline {
    /// Literal text.
    Text { text: String },
    /// Emphasis.
    Emph { inlines: Vec<Inline> },
    /// Strong emphasis.
    Strong { inlines: Vec<Inline> },
    /// Struck-out text.
    Strike { inlines: Vec<Inline> },
    /// Inline code.
    Code { text: String },
    /// A link to an outside address (`http:`, `https:` or `mailto:`).
    Link { url: String, inlines: Vec<Inline> },
    /// A link inside the book: to a chapter (`anchor: None`) or to an anchored block of it.
    Xref { chapter: String, anchor: Option<String>, inlines: Vec<Inline> },
    /// An image from the project's assets.
    Image { src: String, alt: String },
    /// A hard line break.
    Break,
}

impl Inline {
    /// Plain text of a run of inlines.
    pub fn plain(inlines: &[Inline]) -> String {
        let mut out = String::new();
        for i in inlines {
            match i {
                Inline::Text { text } | Inline::Code { text } => out.push_str(text),
                Inline::Emph { inlines } | Inline::Strong { inlines } | Inline::Strike { inlines } => {
                    out.push_str(&Inline::plain(inlines))
                }
                Inline::Link { inlines, .. } | Inline::Xref { inlines, .. } => {
                    out.push_str(&Inline::plain(inlines))
                }
                Inline::Image { alt, .. } => out.push_str(alt),
                Inline::Break => out.push(' '),
            }
        }
        out
    }
}

impl Chapter {
    /// Checklists of a method chapter, if it has them.
    pub fn checklists(&self) -> Option<&[Checklist]> {
        self.blocks.iter().find_map(|b| match b {
            Block::Checklists { lists, .. } => Some(lists.as_slice()),
            _ => None,
        })
    }
}

#[cfg(test)]
impl SelfEvaluation {
    /// Three levels of `n` questions each, answers yes (2), partly (1), no (0).
    pub(crate) fn sample(n: usize) -> SelfEvaluation {
        let answer =
            |id: &str, points| EvalAnswer { id: id.into(), label: id.into(), label_lang: None, points };
        let level = |key: Level| EvalLevel {
            level: Labelled { key, label: key.key().into(), lang: None },
            questions: (0..n)
                .map(|i| EvalQuestion {
                    id: format!("{}-{i}", key.key()),
                    lang: None,
                    inlines: vec![Inline::Text { text: format!("Question {i} of {}?", key.key()) }],
                })
                .collect(),
            methods: Vec::new(),
        };
        SelfEvaluation {
            title: "Self-evaluation".into(),
            title_lang: None,
            anchor: Some("check".into()),
            threshold: 67,
            answers: vec![answer("yes", 2), answer("partly", 1), answer("no", 0)],
            levels: Level::ALL.iter().map(|l| level(*l)).collect(),
            scoring: vec![Block::Paragraph { inlines: vec![Inline::Text { text: "Add up.".into() }] }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers for the sample: per level, how many questions get which answer.
    fn answers(e: &SelfEvaluation, per_level: &[&[&str]]) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (level, given) in e.levels.iter().zip(per_level) {
            for (q, a) in level.questions.iter().zip(given.iter()) {
                out.insert(q.id.clone(), a.to_string());
            }
        }
        out
    }

    #[test]
    fn pass_mark_is_the_threshold_share_of_the_maximum_rounded_up() {
        let e = SelfEvaluation::sample(5);
        assert_eq!(e.pass_mark(5), 7, "67 % of 10 is 6.7");
        assert_eq!(e.pass_mark(4), 6, "67 % of 8 is 5.36");
        assert_eq!(SelfEvaluation { threshold: 50, ..e.clone() }.pass_mark(4), 4, "exactly half");
        assert_eq!(SelfEvaluation { threshold: 100, ..e }.pass_mark(3), 6);
    }

    #[test]
    fn the_first_level_not_yet_secured_is_the_result() {
        let e = SelfEvaluation::sample(5);
        let yes: &[&str] = &["yes"; 5];
        let no: &[&str] = &["no"; 5];
        // 7 of 10 secures a level; 6 does not.
        let seven: &[&str] = &["yes", "yes", "yes", "partly", "no"];
        let six: &[&str] = &["yes", "yes", "partly", "partly", "no"];
        let cases: &[(&[&[&str]], Level)] = &[
            (&[no, no, no], Level::Beginner),
            (&[six, yes, yes], Level::Beginner),
            (&[seven, no, no], Level::Developing),
            (&[yes, six, yes], Level::Developing),
            (&[yes, seven, six], Level::Experienced),
            (&[yes, yes, yes], Level::Experienced),
            (&[seven, seven, seven], Level::Experienced),
        ];
        for (given, expected) in cases {
            assert_eq!(e.level_for(&answers(&e, given)), Some(*expected), "{given:?}");
        }
    }

    #[test]
    fn unanswered_and_unknown_answers_give_no_points() {
        let e = SelfEvaluation::sample(2);
        assert_eq!(e.level_for(&BTreeMap::new()), Some(Level::Beginner));
        let odd = answers(&e, &[&["yes", "maybe"]]);
        assert_eq!(e.level_for(&odd), Some(Level::Beginner), "2 of 4 is below 67 %");
        let empty = SelfEvaluation { levels: Vec::new(), ..e };
        assert_eq!(empty.level_for(&BTreeMap::new()), None);
    }
}
