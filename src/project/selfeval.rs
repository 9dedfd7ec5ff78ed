//! The `self-evaluation` block of a chapter file: answer options, questions per level and
//! the threshold of the scoring rule, validated with located errors.

use serde::Deserialize;
use toml::Spanned;

use super::chapters::ChapterSpec;
use super::model::Level;
use crate::diag::Diagnostic;

/// Percent of a level's maximum below which the level counts as not yet secured.
pub const DEFAULT_THRESHOLD: u32 = 67;

/// The largest number of points one answer may give (keeps sums far from overflow).
const MAX_POINTS: u32 = 1000;

/// `answers = [{ id = "yes", points = 2 }, …]`.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAnswer {
    id: String,
    points: u32,
}

/// `[[blocks.levels]] level = "beginner", questions = ["contacts", …]`.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevel {
    level: Spanned<Level>,
    questions: Vec<Spanned<String>>,
}

/// The keys of a self-evaluation block, as read.
pub(super) struct RawSelfEval<'r> {
    pub id: &'r str,
    /// The block's byte range, for problems without a key of their own.
    pub span: std::ops::Range<usize>,
    pub threshold: Option<&'r Spanned<i64>>,
    pub answers: &'r [Spanned<RawAnswer>],
    pub levels: &'r [Spanned<RawLevel>],
}

/// A validated self-evaluation block with its message ids.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfEvalSpec {
    /// `<chapter>-<id>`: the scoring key (Markdown) and its `.title`, the block heading.
    pub message: String,
    /// Percent of a level's maximum points that secures the level (1..=100).
    pub threshold: u32,
    /// Answer options in order: (id, points, label message id).
    pub answers: Vec<(String, u32, String)>,
    /// Levels in order, each with its questions: (question id, message id).
    pub levels: Vec<(Level, Vec<(String, String)>)>,
}

/// Lowercase words joined by `-`: safe in message ids, element ids and storage keys.
pub(super) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Validate the block; every problem is reported at its key. `None` when any is wrong.
pub(super) fn spec(
    chapter: &ChapterSpec,
    raw: &RawSelfEval,
    diags: &mut Vec<Diagnostic>,
) -> Option<SelfEvalSpec> {
    let before = diags.iter().filter(|d| d.is_error()).count();
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        diags.push(Diagnostic::error("self-evaluation", message).at(chapter.locate(span)).hint(hint));
    };
    let threshold = match raw.threshold {
        None => DEFAULT_THRESHOLD,
        Some(t) => match u32::try_from(*t.get_ref()) {
            Ok(v @ 1..=100) => v,
            _ => {
                error(
                    t.span(),
                    format!("threshold {} is not a percentage from 1 to 100", t.get_ref()),
                    "write the percent of a level's points that secures it, e.g. `threshold = 67`",
                );
                DEFAULT_THRESHOLD
            }
        },
    };
    if !raw.id.is_empty() && !valid_id(raw.id) {
        error(
            raw.span.clone(),
            format!("self-evaluation id `{}` is not valid", raw.id),
            "write lowercase words joined by `-`: the id names the block's messages and its link target",
        );
    }
    let prefix = format!("{}-{}", chapter.id, raw.id);
    let mut answers: Vec<(String, u32, String)> = Vec::new();
    for a in raw.answers {
        let RawAnswer { id, points } = a.get_ref();
        if !valid_id(id) || answers.iter().any(|(x, ..)| x == id) {
            let why = if valid_id(id) { "is listed twice" } else { "is not a valid answer id" };
            error(
                a.span(),
                format!("answer `{id}` {why}"),
                "answer ids are lowercase words joined by `-`, unique in the block",
            );
        }
        if *points > MAX_POINTS {
            error(
                a.span(),
                format!("answer `{id}` gives {points} points"),
                "give an answer at most 1000 points",
            );
        }
        answers.push((id.clone(), *points, format!("{prefix}-answer-{id}")));
    }
    let too_few = raw.answers.len() < 2 || answers.iter().all(|(_, p, _)| *p == 0);
    if let (Some(first), true) = (raw.answers.first(), too_few) {
        error(
            first.span(),
            "a self-evaluation needs at least two answers, one of them worth points".into(),
            "e.g. `answers = [{ id = \"yes\", points = 2 }, { id = \"partly\", points = 1 }, { id = \"no\", points = 0 }]`",
        );
    }
    let mut levels: Vec<(Level, Vec<(String, String)>)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for l in raw.levels {
        let RawLevel { level, questions } = l.get_ref();
        let key = *level.get_ref();
        if levels.last().is_some_and(|(prev, _)| *prev >= key) {
            error(
                level.span(),
                format!("level `{}` comes after a level it does not follow", key.key()),
                "list each level once, from beginner to experienced: the scoring rule reads them in order",
            );
        }
        if questions.is_empty() {
            error(
                l.span(),
                format!("level `{}` has no questions", key.key()),
                "list the ids of its questions: `questions = [\"contacts\", …]`",
            );
        }
        let mut list = Vec::new();
        for q in questions {
            let id = q.get_ref();
            let problem = if !valid_id(id) {
                Some("is not a valid question id")
            } else if id.starts_with("answer-") {
                Some("starts with `answer-`, which the answer labels' message ids use")
            } else if seen.contains(id) {
                Some("is listed twice")
            } else {
                None
            };
            if let Some(why) = problem {
                error(
                    q.span(),
                    format!("question `{id}` {why}"),
                    "question ids are lowercase words joined by `-`, unique in the block: answers are stored under them",
                );
            }
            seen.push(id.clone());
            list.push((id.clone(), format!("{prefix}-{id}")));
        }
        levels.push((key, list));
    }
    let after = diags.iter().filter(|d| d.is_error()).count();
    (after == before).then_some(SelfEvalSpec { message: prefix, threshold, answers, levels })
}

impl SelfEvalSpec {
    /// Every message id the block reads.
    pub fn messages(&self) -> Vec<String> {
        let mut out = vec![self.message.clone()];
        out.extend(self.answers.iter().map(|(_, _, m)| m.clone()));
        out.extend(self.levels.iter().flat_map(|(_, qs)| qs.iter().map(|(_, m)| m.clone())));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::chapters::{BlockSpecKind, load_all};

    const GOOD: &str = r#"kind = "text"

[[blocks]]
type = "self-evaluation"
id = "check"
answers = [{ id = "yes", points = 2 }, { id = "no", points = 0 }]

[[blocks.levels]]
level = "beginner"
questions = ["contacts", "goals"]

[[blocks.levels]]
level = "experienced"
questions = ["strategy"]
"#;

    /// Load `text` as chapter `02-start.toml`: the specs and the diagnostics.
    fn load(text: &str) -> (Vec<ChapterSpec>, Vec<Diagnostic>) {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("sources/chapters");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("02-start.toml"), text).expect("write");
        let mut diags = Vec::new();
        let chapters = load_all(root.path(), &mut diags);
        (chapters, diags)
    }

    /// The one error of `text` (GOOD with `from` replaced by `to`): message, line, column.
    fn error(from: &str, to: &str) -> (String, usize, usize) {
        assert!(GOOD.contains(from), "{from}");
        let (_, diags) = load(&GOOD.replacen(from, to, 1));
        let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
        assert_eq!(errors.len(), 1, "{diags:#?}");
        let at = errors[0].location.as_ref().expect("located");
        assert!(errors[0].hint.is_some(), "{:?}", errors[0]);
        (errors[0].message.clone(), at.line, at.column)
    }

    #[test]
    fn a_valid_block_gets_its_message_ids_and_the_default_threshold() {
        let (chapters, diags) = load(GOOD);
        assert!(diags.is_empty(), "{diags:?}");
        let BlockSpecKind::SelfEvaluation(spec) = &chapters[0].blocks[0].kind else { panic!() };
        assert_eq!(spec.threshold, DEFAULT_THRESHOLD);
        assert_eq!(spec.answers[0], ("yes".into(), 2, "start-check-answer-yes".into()));
        assert_eq!(spec.levels[0].1[1], ("goals".into(), "start-check-goals".into()));
        assert_eq!(spec.messages().len(), 6, "scoring key, two answers, three questions");
        let slots: Vec<String> = chapters[0].slots().into_iter().map(|(id, _)| id).collect();
        assert!(slots.contains(&"start-check-strategy".to_string()), "{slots:?}");
    }

    #[test]
    fn bad_values_are_errors_at_their_key() {
        let cases: &[(&str, &str, &str, usize)] = &[
            ("id = \"check\"\n", "id = \"check\"\nthreshold = 0\n", "threshold 0", 6),
            ("id = \"check\"\n", "id = \"check\"\nthreshold = 101\n", "threshold 101", 6),
            (
                "questions = [\"contacts\", \"goals\"]",
                "questions = [\"contacts\", \"contacts\"]",
                "question `contacts` is listed twice",
                10,
            ),
            ("\"goals\"", "\"Goals!\"", "question `Goals!` is not a valid", 10),
            ("\"goals\"", "\"answer-yes\"", "starts with `answer-`", 10),
            ("\"strategy\"", "\"goals\"", "question `goals` is listed twice", 14),
            (
                "{ id = \"no\", points = 0 }",
                "{ id = \"yes\", points = 0 }",
                "answer `yes` is listed twice",
                6,
            ),
            ("points = 2", "points = 0", "at least two answers", 6),
            ("level = \"experienced\"", "level = \"beginner\"", "level `beginner` comes after", 13),
            ("questions = [\"strategy\"]", "questions = []", "level `experienced` has no questions", 12),
        ];
        for (from, to, message, line) in cases {
            let (got, at, _) = error(from, to);
            assert!(got.contains(message), "{to}: {got}");
            assert_eq!(at, *line, "{to}: {got}");
        }
    }

    #[test]
    fn unknown_keys_and_missing_keys_are_located_errors() {
        let (m, line, _) = error("level = \"beginner\"", "level = \"beginner\"\nweight = 2");
        assert!(m.contains("unknown field `weight`"), "{m}");
        assert_eq!(line, 10);
        let (m, ..) = error("{ id = \"no\", points = 0 }", "{ id = \"no\", score = 0 }");
        assert!(m.contains("score"), "{m}");
        let (m, line, _) = error("id = \"check\"\n", "");
        assert!(m.contains("this self-evaluation block needs `id`"), "{m}");
        assert_eq!(line, 3);
        let (m, ..) = error("id = \"check\"\n", "id = \"check\"\nlevel = \"beginner\"\n");
        assert!(m.contains("`level` does not apply to a `self-evaluation` block"), "{m}");
        let (m, ..) = error("level = \"experienced\"", "level = \"expert\"");
        assert!(m.contains("unknown variant `expert`"), "{m}");
    }
}
