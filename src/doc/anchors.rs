//! Targets of internal links: every chapter, and the blocks of a chapter that render with a
//! heading or a box a reader can be taken to (`#<chapter>/<block-id>`).

use crate::diag::Diagnostic;
use crate::l10n::LocaleCatalog;
use crate::project::{BlockSpec, BlockSpecKind, ChapterSpec, Project};

/// Chapter ids, each with the anchors of its blocks, in book order.
pub struct Targets {
    chapters: Vec<(String, Vec<String>)>,
}

/// The anchor a block gets, if it can be linked to. A text block can only when it has a
/// heading (its message's `.title` in the reference, or a standard `section`): that
/// decision does not depend on the locale.
pub fn anchor_of(block: &BlockSpec, reference: &LocaleCatalog) -> Option<String> {
    let id = block.id.as_deref().filter(|id| valid_id(id))?;
    let linkable = match &block.kind {
        BlockSpecKind::Text { message, section } => {
            section.is_some() || reference.has_attribute(message, "title")
        }
        BlockSpecKind::Callout { .. }
        | BlockSpecKind::Steps { .. }
        | BlockSpecKind::Checklist { .. }
        | BlockSpecKind::SelfEvaluation(_) => true,
        // A local note exists in some locales only: a link to it would break in the others.
        BlockSpecKind::Methods { .. } | BlockSpecKind::LocalNote { .. } => false,
    };
    linkable.then(|| id.to_string())
}

/// Characters of a Fluent identifier: safe in XML ids, URL fragments and Typst labels.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Targets {
    /// Index the project; a block id used twice in one chapter is an error (its element
    /// ids would clash), and only its first block keeps the anchor.
    pub fn new(project: &Project, reference: &LocaleCatalog, diags: &mut Vec<Diagnostic>) -> Targets {
        let chapters =
            project.chapters.iter().map(|c| (c.id.clone(), anchors(c, reference, diags))).collect();
        Targets { chapters }
    }

    /// The anchor of each block of `chapter`, in order (`None` where it has none).
    pub fn block_anchors(&self, chapter: &ChapterSpec, reference: &LocaleCatalog) -> Vec<Option<String>> {
        let mut seen: Vec<String> = Vec::new();
        chapter
            .blocks
            .iter()
            .map(|b| {
                let a = anchor_of(b, reference).filter(|a| !seen.contains(a));
                seen.extend(a.clone());
                a
            })
            .collect()
    }

    /// Check a link target written as `#<chapter>` or `#<chapter>/<block>` (without `#`).
    /// Returns the chapter and anchor, or what is wrong and how to write it.
    pub fn check(&self, target: &str) -> Result<(String, Option<String>), (String, String)> {
        let (chapter, anchor) = match target.split_once('/') {
            Some((c, a)) => (c, Some(a)),
            None => (target, None),
        };
        let Some((_, anchors)) = self.chapters.iter().find(|(id, _)| id == chapter) else {
            let ids: Vec<String> = self.chapters.iter().map(|(id, _)| format!("#{id}")).collect();
            return Err((
                format!("link target `#{target}` names no chapter"),
                format!(
                    "link to a chapter by its id: one of {}; add `/<block-id>` for a section",
                    ids.join(", ")
                ),
            ));
        };
        match anchor {
            None => Ok((chapter.to_string(), None)),
            Some(a) if anchors.iter().any(|x| x == a) => Ok((chapter.to_string(), Some(a.to_string()))),
            Some(a) => {
                let hint = if anchors.is_empty() {
                    format!(
                        "chapter `{chapter}` has no block with a heading and an `id`: link to `#{chapter}`"
                    )
                } else {
                    let list: Vec<String> = anchors.iter().map(|x| format!("#{chapter}/{x}")).collect();
                    format!(
                        "write one of {}, or `#{chapter}` for the chapter; a text block needs a heading to be linked to",
                        list.join(", ")
                    )
                };
                Err((format!("link target `#{target}`: chapter `{chapter}` has no section `{a}`"), hint))
            }
        }
    }
}

fn anchors(chapter: &ChapterSpec, reference: &LocaleCatalog, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for block in &chapter.blocks {
        let Some(a) = anchor_of(block, reference) else { continue };
        if seen.contains(&a) {
            diags.push(
                Diagnostic::error("block", format!("block id `{a}` is used twice in this chapter"))
                    .at(chapter.locate(block.span.clone()))
                    .hint("give every block of a chapter its own `id`: links and section ids use it"),
            );
            continue;
        }
        seen.push(a);
    }
    seen
}
