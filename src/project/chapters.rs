//! `sources/chapters/NN-<id>.toml`: the structure of each chapter.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::model::{CalloutStyle, ChapterKind, Duration, Effort, Level, Phase, Role, Section};
use super::selfeval::{self, RawAnswer, RawLevel, RawSelfEval, SelfEvalSpec};
use super::{read_text, relative, tomlfile};
use crate::diag::{Diagnostic, Location};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChapter {
    kind: ChapterKind,
    roles: Option<Spanned<Vec<Role>>>,
    duration: Option<Duration>,
    effort: Option<Effort>,
    levels: Option<Vec<Level>>,
    #[serde(default)]
    blocks: Vec<Spanned<RawBlock>>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "kebab-case")]
enum BlockType {
    Text,
    Callout,
    Steps,
    Checklist,
    Methods,
    SelfEvaluation,
    LocalNote,
}

impl BlockType {
    /// The name written as `type` in TOML.
    fn name(self) -> &'static str {
        match self {
            BlockType::Text => "text",
            BlockType::Callout => "callout",
            BlockType::Steps => "steps",
            BlockType::Checklist => "checklist",
            BlockType::Methods => "methods",
            BlockType::SelfEvaluation => "self-evaluation",
            BlockType::LocalNote => "local-note",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    #[serde(rename = "type")]
    kind: BlockType,
    id: Option<Spanned<String>>,
    message: Option<Spanned<String>>,
    section: Option<Section>,
    style: Option<CalloutStyle>,
    phase: Option<Phase>,
    roles: Option<Vec<Role>>,
    items: Option<BTreeMap<Role, Vec<Spanned<String>>>>,
    level: Option<Level>,
    threshold: Option<Spanned<i64>>,
    answers: Option<Vec<Spanned<RawAnswer>>>,
    levels: Option<Vec<Spanned<RawLevel>>>,
}

/// Metadata of a method chapter.
#[derive(Debug, Clone)]
pub struct MethodSpec {
    /// 1-based method number, in chapter order.
    pub number: u32,
    /// Who is involved.
    pub roles: Vec<Role>,
    /// Typical duration.
    pub duration: Duration,
    /// Effort level.
    pub effort: Effort,
    /// Partnership levels it suits.
    pub levels: Vec<Level>,
}

/// One chapter's structure.
#[derive(Debug, Clone)]
pub struct ChapterSpec {
    /// Chapter id, from the file name.
    pub id: String,
    /// The file, relative to the project root.
    pub file: PathBuf,
    /// The file's text, for locating problems.
    pub text: String,
    /// Method metadata, for method chapters.
    pub method: Option<MethodSpec>,
    /// Ordered blocks.
    pub blocks: Vec<BlockSpec>,
}

/// One block of a chapter.
#[derive(Debug, Clone)]
pub struct BlockSpec {
    /// Byte range of the block in the chapter file.
    pub span: Range<usize>,
    /// The block's `id`, which internal links name (`#<chapter>/<id>`).
    pub id: Option<String>,
    /// What it is.
    pub kind: BlockSpecKind,
    /// For each message id the block asks for: the name written in the file that it is made
    /// from (block id, `message`, checklist item) and that name's byte range, so that a
    /// missing message is reported at the name, with the nearest existing one.
    pub names: BTreeMap<String, (String, Range<usize>)>,
}

/// The kinds of block, with their message ids resolved.
#[derive(Debug, Clone)]
pub enum BlockSpecKind {
    /// Markdown text, optionally under a standard heading.
    Text { message: String, section: Option<Section> },
    /// A boxed tip, example or warning.
    Callout { message: String, style: CalloutStyle },
    /// One Markdown message per role.
    Steps { phase: Phase, parts: Vec<(Role, String)> },
    /// Checklist items per role: (item id, message id).
    Checklist { lists: Vec<(Role, Vec<(String, String)>)> },
    /// A generated table of methods.
    Methods { level: Option<Level> },
    /// A questionnaire that scores a partnership's level.
    SelfEvaluation(SelfEvalSpec),
    /// A note that only the locales defining its message print: no fallback, never missing.
    LocalNote { message: String },
}

impl ChapterSpec {
    /// The message id of the title.
    pub fn title_id(&self) -> String {
        format!("{}-title", self.id)
    }

    /// Every message id this chapter reads, with the byte range that asks for it.
    pub fn slots(&self) -> Vec<(String, Range<usize>)> {
        let mut out = vec![(self.title_id(), 0..0)];
        for block in &self.blocks {
            match &block.kind {
                BlockSpecKind::Text { message, .. } | BlockSpecKind::Callout { message, .. } => {
                    out.push((message.clone(), block.span.clone()))
                }
                BlockSpecKind::Steps { parts, .. } => {
                    out.extend(parts.iter().map(|(_, m)| (m.clone(), block.span.clone())))
                }
                BlockSpecKind::Checklist { lists } => out.extend(
                    lists
                        .iter()
                        .flat_map(|(_, items)| items.iter().map(|(_, m)| (m.clone(), block.span.clone()))),
                ),
                BlockSpecKind::SelfEvaluation(e) => {
                    out.extend(e.messages().into_iter().map(|m| (m, block.span.clone())))
                }
                // A local note is optional in every locale, the reference included.
                BlockSpecKind::Methods { .. } | BlockSpecKind::LocalNote { .. } => {}
            }
        }
        out
    }

    /// The message ids of this chapter's local notes.
    pub fn local_notes(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|b| match &b.kind {
            BlockSpecKind::LocalNote { message } => Some(message.as_str()),
            _ => None,
        })
    }

    /// Locate a byte range of this chapter's file.
    pub fn locate(&self, span: Range<usize>) -> Location {
        Location::in_text(&self.file, &self.text, span)
    }
}

/// Load every chapter file, in the order of the numbers in their names.
pub fn load_all(root: &Path, diags: &mut Vec<Diagnostic>) -> Vec<ChapterSpec> {
    let dir = root.join("sources/chapters");
    let files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(_) => {
            diags.push(
                Diagnostic::error("no-chapters", "no sources/chapters folder")
                    .hint("create sources/chapters/01-<id>.toml; see docs/source-format.md"),
            );
            return Vec::new();
        }
    };
    let files = in_number_order(root, files, diags);
    let mut chapters = Vec::new();
    let mut number = 0;
    for path in files {
        if let Some(mut chapter) = load_one(root, &path, diags) {
            if let Some(m) = chapter.method.as_mut() {
                number += 1;
                m.number = number;
            }
            chapters.push(chapter);
        }
    }
    check_unique_ids(&chapters, diags);
    chapters
}

/// Sort chapter files by the number in their names (`9-` before `10-`), reporting two files
/// with the same number: their order would otherwise depend on their ids.
fn in_number_order(root: &Path, mut files: Vec<PathBuf>, diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    files.sort_by_cached_key(|p| {
        let key = order_key(p);
        (key.is_none(), key, p.clone())
    });
    for pair in files.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if let (Some(key), true) = (order_key(a), order_key(a) == order_key(b)) {
            let (fa, fb) = (relative(root, a), relative(root, b));
            diags.push(
                Diagnostic::error(
                    "chapter",
                    format!("{} and {} have the same number {}", fa.display(), fb.display(), key.1),
                )
                .at(Location::file(&fb))
                .hint("give each chapter file its own number: the numbers set the order"),
            );
        }
    }
    files
}

/// The number of `NN-<id>.toml` as a sortable key of any length: (digits, digits without
/// leading zeros). Files without a number sort last; they are reported when loaded.
fn order_key(path: &Path) -> Option<(usize, String)> {
    let stem = path.file_stem()?.to_str()?;
    let (num, _) = stem.split_once('-')?;
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let trimmed = num.trim_start_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    Some((trimmed.len(), trimmed.to_string()))
}

fn check_unique_ids(chapters: &[ChapterSpec], diags: &mut Vec<Diagnostic>) {
    for (i, c) in chapters.iter().enumerate() {
        if chapters[..i].iter().any(|o| o.id == c.id) {
            diags.push(
                Diagnostic::error("chapter", format!("chapter id `{}` is used by two files", c.id))
                    .at(Location::file(&c.file))
                    .hint("give each chapter file a different id after its number"),
            );
        }
    }
}

/// `NN-<id>.toml` -> `<id>`.
fn id_from_file(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let (num, id) = stem.split_once('-')?;
    let valid = !num.is_empty()
        && num.chars().all(|c| c.is_ascii_digit())
        && !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    valid.then(|| id.to_string())
}

fn load_one(root: &Path, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<ChapterSpec> {
    let file = relative(root, path);
    let Some(id) = id_from_file(path) else {
        diags.push(
            Diagnostic::error("chapter", "chapter file name is not `NN-<id>.toml`")
                .at(Location::file(&file))
                .hint("name it like `03-mentor.toml`: a number for the order, then a lowercase id"),
        );
        return None;
    };
    let text = read_text(root, path, diags)?;
    let raw: RawChapter = tomlfile::parse(&file, &text, diags)?;
    let mut chapter = ChapterSpec { id, file, text, method: None, blocks: Vec::new() };
    let before = diags.len();
    chapter.method = method_spec(&chapter, &raw, diags);
    let roles = chapter.method.as_ref().map(|m| m.roles.clone()).unwrap_or_default();
    for block in &raw.blocks {
        if let Some(kind) = block_spec(&chapter, &roles, block, diags) {
            let names = written_names(block, &kind);
            let id = block.get_ref().id.as_ref().map(|i| i.get_ref().clone());
            chapter.blocks.push(BlockSpec { span: block.span(), id, kind, names });
        }
    }
    (!diags[before..].iter().any(Diagnostic::is_error)).then_some(chapter)
}

fn method_spec(chapter: &ChapterSpec, raw: &RawChapter, diags: &mut Vec<Diagnostic>) -> Option<MethodSpec> {
    let top = chapter.locate(0..0);
    if raw.kind == ChapterKind::Text {
        let extra = [
            ("roles", raw.roles.is_some()),
            ("duration", raw.duration.is_some()),
            ("effort", raw.effort.is_some()),
            ("levels", raw.levels.is_some()),
        ];
        for (key, _) in extra.iter().filter(|(_, present)| *present) {
            diags.push(
                Diagnostic::error("chapter", format!("`{key}` applies only to `kind = \"method\"` chapters"))
                    .at(top.clone())
                    .hint(format!("remove `{key}` or make this a method chapter")),
            );
        }
        return None;
    }
    let missing = [
        ("roles", raw.roles.as_ref().is_none_or(|r| r.get_ref().is_empty())),
        ("duration", raw.duration.is_none()),
        ("effort", raw.effort.is_none()),
        ("levels", raw.levels.is_none()),
    ];
    for (key, _) in missing.iter().filter(|(_, absent)| *absent) {
        diags.push(
            Diagnostic::error("chapter", format!("method chapter has no `{key}`"))
                .at(top.clone())
                .hint("see docs/source-format.md for the keys of a method chapter"),
        );
    }
    Some(MethodSpec {
        number: 0,
        roles: raw.roles.as_ref().map(|r| r.get_ref().clone()).unwrap_or_default(),
        duration: raw.duration?,
        effort: raw.effort?,
        levels: raw.levels.clone()?,
    })
}

fn block_spec(
    chapter: &ChapterSpec,
    roles: &[Role],
    spanned: &Spanned<RawBlock>,
    diags: &mut Vec<Diagnostic>,
) -> Option<BlockSpecKind> {
    let raw = spanned.get_ref();
    let at = chapter.locate(spanned.span());
    let allowed: &[&str] = match raw.kind {
        BlockType::Text => &["id", "message", "section"],
        BlockType::Callout => &["id", "message", "style"],
        BlockType::Steps => &["id", "phase", "roles"],
        BlockType::Checklist => &["id", "items"],
        BlockType::Methods => &["level"],
        BlockType::SelfEvaluation => &["id", "threshold", "answers", "levels"],
        BlockType::LocalNote => &["id", "message"],
    };
    let present = [
        ("id", raw.id.is_some()),
        ("message", raw.message.is_some()),
        ("section", raw.section.is_some()),
        ("style", raw.style.is_some()),
        ("phase", raw.phase.is_some()),
        ("roles", raw.roles.is_some()),
        ("items", raw.items.is_some()),
        ("level", raw.level.is_some()),
        ("threshold", raw.threshold.is_some()),
        ("answers", raw.answers.is_some()),
        ("levels", raw.levels.is_some()),
    ];
    let mut ok = true;
    for (key, _) in present.iter().filter(|(k, p)| *p && !allowed.contains(k)) {
        ok = false;
        diags.push(
            Diagnostic::error("block", format!("`{key}` does not apply to a `{}` block", raw.kind.name()))
                .at(at.clone())
                .hint(format!("a {} block takes: {}", raw.kind.name(), allowed.join(", "))),
        );
    }
    let mut need = |key: &str, present: bool| {
        if !present {
            ok = false;
            diags.push(
                Diagnostic::error("block", format!("this {} block needs `{key}`", raw.kind.name()))
                    .at(at.clone())
                    .hint("see docs/source-format.md, section Blocks"),
            );
        }
    };
    let message = |suffix: &str| {
        raw.message
            .as_ref()
            .map(|m| m.get_ref().clone())
            .unwrap_or_else(|| format!("{}-{suffix}", chapter.id))
    };
    let raw_id = raw.id.as_ref().map(|i| i.get_ref().as_str());
    let kind = match raw.kind {
        BlockType::Text => {
            need("id", raw.id.is_some() || raw.message.is_some());
            BlockSpecKind::Text { message: message(raw_id.unwrap_or_default()), section: raw.section }
        }
        BlockType::Callout => {
            need("id", raw.id.is_some() || raw.message.is_some());
            need("style", raw.style.is_some());
            BlockSpecKind::Callout {
                message: message(raw_id.unwrap_or_default()),
                style: raw.style.unwrap_or(CalloutStyle::Tip),
            }
        }
        BlockType::Steps => {
            need("id", raw.id.is_some());
            need("phase", raw.phase.is_some());
            let id = raw_id.unwrap_or_default();
            let step_roles = raw.roles.clone().unwrap_or_else(|| roles.to_vec());
            need("roles", !step_roles.is_empty());
            let parts = step_roles.iter().map(|r| (*r, format!("{}-{id}-{}", chapter.id, r.key()))).collect();
            BlockSpecKind::Steps { phase: raw.phase.unwrap_or(Phase::Preparation), parts }
        }
        BlockType::Checklist => {
            need("items", raw.items.as_ref().is_some_and(|i| !i.is_empty()));
            check_roles(chapter, roles, spanned, diags);
            checklist(chapter, raw.items.clone().unwrap_or_default(), diags)
        }
        BlockType::Methods => BlockSpecKind::Methods { level: raw.level },
        BlockType::LocalNote => {
            need("id", raw.id.is_some() || raw.message.is_some());
            BlockSpecKind::LocalNote { message: message(raw_id.unwrap_or_default()) }
        }
        BlockType::SelfEvaluation => {
            need("id", raw.id.is_some());
            need("answers", raw.answers.as_ref().is_some_and(|a| !a.is_empty()));
            need("levels", raw.levels.as_ref().is_some_and(|l| !l.is_empty()));
            let fields = RawSelfEval {
                id: raw_id.unwrap_or_default(),
                span: spanned.span(),
                threshold: raw.threshold.as_ref(),
                answers: raw.answers.as_deref().unwrap_or_default(),
                levels: raw.levels.as_deref().unwrap_or_default(),
            };
            match selfeval::spec(chapter, &fields, diags) {
                Some(spec) if ok => BlockSpecKind::SelfEvaluation(spec),
                _ => return None,
            }
        }
    };
    ok.then_some(kind)
}

/// In a method chapter, checklists are for the chapter's roles: another role is most likely
/// a slip (and has no steps or card to go with it).
fn check_roles(
    chapter: &ChapterSpec,
    roles: &[Role],
    spanned: &Spanned<RawBlock>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(items) = spanned.get_ref().items.as_ref().filter(|_| !roles.is_empty()) else { return };
    let keys: Vec<&str> = roles.iter().map(|r| r.key()).collect();
    for (role, ids) in items.iter().filter(|(r, _)| !roles.contains(r)) {
        let span = role_key_span(&chapter.text, spanned.span(), role.key())
            .or_else(|| ids.first().map(Spanned::span))
            .unwrap_or_else(|| spanned.span());
        let listed = keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        diags.push(
            Diagnostic::error(
                "unknown-role",
                format!("checklist role `{}` is not one of this chapter's roles", role.key()),
            )
            .at(chapter.locate(span))
            .hint(format!(
                "{}the chapter's `roles` are {listed}: use one of them, or add `{}` to `roles`",
                crate::suggest::nearest(role.key(), keys.iter().copied())
                    .map_or_else(String::new, |n| format!("did you mean `{n}`? ")),
                role.key()
            )),
        );
    }
}

/// Where `key =` is written in the block starting at `within` of `text` (its sub-tables,
/// like `[blocks.items]`, included: they run until the next `[[`).
fn role_key_span(text: &str, within: Range<usize>, key: &str) -> Option<Range<usize>> {
    let rest = text.get(within.start..)?;
    let end = rest.get(1..).and_then(|r| r.find("\n[[")).map_or(rest.len(), |i| i + 1);
    let within = within.start..within.start + end;
    let block = &rest[..end];
    let mut from = 0;
    while let Some(i) = block[from..].find(key) {
        let at = from + i;
        let before = block[..at].chars().next_back();
        let after = block[at + key.len()..].trim_start();
        let bounded = before.is_none_or(|c| c.is_whitespace() || c == '{' || c == ',');
        if bounded && after.starts_with('=') {
            return Some(within.start + at..within.start + at + key.len());
        }
        from = at + key.len();
    }
    None
}

/// The written name behind each message id of a block (see `BlockSpec::names`).
fn written_names(
    spanned: &Spanned<RawBlock>,
    kind: &BlockSpecKind,
) -> BTreeMap<String, (String, Range<usize>)> {
    let raw = spanned.get_ref();
    let named = |s: &Spanned<String>| (s.get_ref().clone(), s.span());
    let written = raw.message.as_ref().or(raw.id.as_ref()).map(named);
    let mut out = BTreeMap::new();
    match kind {
        BlockSpecKind::Text { message, .. }
        | BlockSpecKind::Callout { message, .. }
        | BlockSpecKind::LocalNote { message } => {
            out.extend(written.map(|w| (message.clone(), w)));
        }
        BlockSpecKind::Steps { parts, .. } => {
            out.extend(parts.iter().filter_map(|(_, m)| Some((m.clone(), written.clone()?))));
        }
        BlockSpecKind::Checklist { lists } => {
            for (role, entries) in lists {
                let written =
                    raw.items.as_ref().and_then(|i| i.get(role)).map(Vec::as_slice).unwrap_or_default();
                for (item, message) in entries {
                    let found = written.iter().find(|s| s.get_ref() == item);
                    out.extend(found.map(|s| (message.clone(), named(s))));
                }
            }
        }
        // Its messages are made from several names (questions, answers): the block is the place.
        BlockSpecKind::SelfEvaluation(_) | BlockSpecKind::Methods { .. } => {}
    }
    out
}

fn checklist(
    chapter: &ChapterSpec,
    items: BTreeMap<Role, Vec<Spanned<String>>>,
    diags: &mut Vec<Diagnostic>,
) -> BlockSpecKind {
    let mut lists = Vec::new();
    for (role, ids) in items {
        let mut seen: Vec<String> = Vec::new();
        for item in &ids {
            let id = item.get_ref();
            let valid = !id.is_empty()
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !valid || seen.contains(id) {
                let why = if valid { "is listed twice" } else { "is not a valid item id" };
                diags.push(
                    Diagnostic::error("checklist", format!("checklist item `{id}` {why}"))
                        .at(chapter.locate(item.span()))
                        .hint("item ids are lowercase words joined by `-`, unique per role"),
                );
            }
            seen.push(id.clone());
        }
        let entries = seen
            .into_iter()
            .map(|i| (i.clone(), format!("{}-check-{}-{i}", chapter.id, role.key())))
            .collect();
        lists.push((role, entries));
    }
    BlockSpecKind::Checklist { lists }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "kind = \"text\"\n";

    fn project(names: &[&str]) -> tempfile::TempDir {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("sources/chapters");
        std::fs::create_dir_all(&dir).expect("mkdir");
        for n in names {
            std::fs::write(dir.join(n), TEXT).expect("write");
        }
        root
    }

    #[test]
    fn chapters_sort_by_number() {
        let p = project(&["10-ten.toml", "9-nine.toml", "002-two.toml", "100-hundred.toml"]);
        let mut diags = Vec::new();
        let ids: Vec<String> = load_all(p.path(), &mut diags).into_iter().map(|c| c.id).collect();
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(ids, ["two", "nine", "ten", "hundred"]);
    }

    #[test]
    fn two_chapters_with_one_number_are_an_error() {
        let p = project(&["01-a.toml", "3-b.toml", "03-c.toml"]);
        let mut diags = Vec::new();
        load_all(p.path(), &mut diags);
        assert_eq!(diags.len(), 1, "{diags:?}");
        let d = &diags[0];
        assert!(d.is_error());
        assert!(
            d.message.contains("sources/chapters/03-c.toml")
                && d.message.contains("sources/chapters/3-b.toml"),
            "{}",
            d.message
        );
    }
}
