//! "Did you mean …?": the nearest known name to a misspelt one, by edit distance.

/// Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`,
/// counted in characters (optimal string alignment distance).
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Three rows: two back (for swaps), the previous one and the current one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate nearest to `wrong`, when it is near enough to be a slip: at most one
/// edit for short names, two from six characters, three from twelve. Ties go to the
/// first candidate; `wrong` itself is never suggested.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = wrong.chars().count();
    let limit = match len {
        0..=2 => 0,
        3..=5 => 1,
        6..=11 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        .filter(|c| *c != wrong)
        .map(|c| (distance(wrong, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// " did you mean `x`?" (with a leading space) or "".
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(wrong, candidates).map_or_else(String::new, |c| format!(" did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(distance("prep", "prep"), 0);
        assert_eq!(distance("perp", "prep"), 1, "a swap is one edit");
        assert_eq!(distance("metods", "methods"), 1);
        assert_eq!(distance("emplyer", "employer"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("äö", "öä"), 1, "characters, not bytes");
    }

    #[test]
    fn suggests_only_near_names() {
        let ids = ["intro", "prep", "do", "follow-up", "tips"];
        assert_eq!(nearest("perp", ids), Some("prep"));
        assert_eq!(nearest("tipps", ids), Some("tips"));
        assert_eq!(nearest("summary", ids), None);
        assert_eq!(nearest("da", ids), None, "two letters are too short to guess");
        assert_eq!(nearest("method", ["methods", "count", "number"]), Some("methods"));
        assert_eq!(did_you_mean("folow-up", ids), " did you mean `follow-up`?");
        assert_eq!(did_you_mean("zzz", ids), "");
    }
}
