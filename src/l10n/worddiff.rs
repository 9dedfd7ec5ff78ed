//! A word diff of two reference texts, to show a translator what changed.

use serde::Serialize;

/// One run of the diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum Segment {
    /// In both texts.
    Same(String),
    /// Only in the old text.
    Removed(String),
    /// Only in the new text.
    Added(String),
}

/// Words and the whitespace between them, as separate tokens.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space = None;
    for (i, c) in text.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|s| s != is_space) {
            out.push(&text[start..i]);
            start = i;
        }
        space = Some(is_space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The word diff of `old` and `new` (longest common subsequence of tokens), with
/// neighbouring runs of the same kind merged.
pub fn diff(old: &str, new: &str) -> Vec<Segment> {
    let (a, b) = (tokens(old), tokens(new));
    // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            push(&mut out, Segment::Same(a[i].into()));
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(&mut out, Segment::Added(b[j].into()));
            j += 1;
        } else {
            push(&mut out, Segment::Removed(a[i].into()));
            i += 1;
        }
    }
    out
}

fn push(out: &mut Vec<Segment>, seg: Segment) {
    match (out.last_mut(), seg) {
        (Some(Segment::Same(t)), Segment::Same(s))
        | (Some(Segment::Removed(t)), Segment::Removed(s))
        | (Some(Segment::Added(t)), Segment::Added(s)) => t.push_str(&s),
        (_, seg) => out.push(seg),
    }
}

/// How to mark changed words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// `[-removed-]` and `{+added+}`, as `git diff --word-diff` prints them.
    Plain,
    /// Red and green (ANSI), for a terminal.
    Colour,
}

/// The old text (`removed` marked) or the new text (`added` marked).
pub fn side(segments: &[Segment], new: bool, marks: Marks) -> String {
    let mut out = String::new();
    for s in segments {
        match (s, new) {
            (Segment::Same(t), _) => out.push_str(&clean(t)),
            (Segment::Removed(t), false) => out.push_str(&mark(t, "[-", "-]", "\x1b[1;31m", marks)),
            (Segment::Added(t), true) => out.push_str(&mark(t, "{+", "+}", "\x1b[1;32m", marks)),
            _ => {}
        }
    }
    out
}

fn mark(text: &str, open: &str, close: &str, colour: &str, marks: Marks) -> String {
    let text = clean(text);
    match marks {
        Marks::Plain => format!("{open}{text}{close}"),
        Marks::Colour => format!("{colour}{text}\x1b[0m"),
    }
}

/// Terminal control characters from a source text are never passed through.
fn clean(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\n' { '\u{fffd}' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_marked_on_each_side() {
        let d = diff("Plan the visit with care.", "Plan the whole visit with the mentor.");
        assert_eq!(side(&d, false, Marks::Plain), "Plan the visit with [-care.-]");
        assert_eq!(side(&d, true, Marks::Plain), "Plan the {+whole +}visit with {+the mentor.+}");
        assert_eq!(diff("same", "same"), vec![Segment::Same("same".into())]);
        assert_eq!(diff("", "new"), vec![Segment::Added("new".into())]);
    }

    #[test]
    fn colour_marks_and_no_raw_escapes() {
        let d = diff("a b", "a \x1b[2Jc");
        let new = side(&d, true, Marks::Colour);
        assert!(new.starts_with("a \x1b[1;32m\u{fffd}[2Jc\x1b[0m"), "{new:?}");
    }
}
