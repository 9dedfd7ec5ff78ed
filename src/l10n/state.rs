//! The translation state file, `locales/<locale>/l10n-state.tsv`: for every translated
//! message and attribute, the reference text it was translated from and a hash of the
//! translation. Committed with the translations; one sorted line per entry so a diff shows
//! exactly which records moved.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

/// File name inside `locales/<locale>/`.
pub const FILE_NAME: &str = "l10n-state.tsv";

const HEADER: &str = "# vetpress translation state: written by `vetpress check`, `build` and `l10n accept`; \
                      do not edit.\n# id\treference-hash\ttranslation-hash\treference-text\n";

/// What one message (or `id.attr`) was last translated from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Hash of `reference`.
    pub reference_hash: String,
    /// Hash of the translation when the record was made.
    pub translation_hash: String,
    /// The reference text the translation was made from.
    pub reference: String,
}

impl Record {
    /// A record of `translation` made from `reference`.
    pub fn new(reference: &str, translation: &str) -> Record {
        Record {
            reference_hash: hash(reference),
            translation_hash: hash(translation),
            reference: reference.to_string(),
        }
    }
}

/// All records of one locale, by key (`id` or `id.attr`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Records by key; a `BTreeMap` keeps the file sorted.
    pub records: BTreeMap<String, Record>,
}

/// Why a state file cannot be read; `line` is 1-based.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    /// A line without exactly four tab-separated fields.
    #[error("line {line}: expected 4 tab-separated fields, found {found}")]
    Fields { line: usize, found: usize },
    /// A hash that is not 16 lowercase hex digits.
    #[error("line {line}: `{value}` is not a hash")]
    Hash { line: usize, value: String },
    /// The stored reference text does not match its hash.
    #[error("line {line}: the reference text of `{key}` does not match its hash")]
    Mismatch { line: usize, key: String },
    /// A backslash escape other than `\\`, `\t`, `\n`, `\r`.
    #[error("line {line}: unknown escape in the reference text")]
    Escape { line: usize },
    /// The same key twice.
    #[error("line {line}: `{key}` is recorded twice")]
    Duplicate { line: usize, key: String },
}

impl StateError {
    /// The 1-based line the error is on.
    pub fn line(&self) -> usize {
        match self {
            StateError::Fields { line, .. }
            | StateError::Hash { line, .. }
            | StateError::Mismatch { line, .. }
            | StateError::Escape { line }
            | StateError::Duplicate { line, .. } => *line,
        }
    }
}

/// A short, stable hash of a text: the first 16 hex digits of its SHA-256.
pub fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

impl State {
    /// Read a state file's text.
    pub fn parse(text: &str) -> Result<State, StateError> {
        let mut records = BTreeMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if raw.is_empty() || raw.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = raw.split('\t').collect();
            let [key, reference_hash, translation_hash, reference] = fields[..] else {
                return Err(StateError::Fields { line, found: fields.len() });
            };
            for h in [reference_hash, translation_hash] {
                if h.len() != 16 || !h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
                    return Err(StateError::Hash { line, value: h.to_string() });
                }
            }
            let reference = unescape(reference).ok_or(StateError::Escape { line })?;
            if hash(&reference) != reference_hash {
                return Err(StateError::Mismatch { line, key: key.to_string() });
            }
            let record = Record {
                reference_hash: reference_hash.to_string(),
                translation_hash: translation_hash.to_string(),
                reference,
            };
            if records.insert(key.to_string(), record).is_some() {
                return Err(StateError::Duplicate { line, key: key.to_string() });
            }
        }
        Ok(State { records })
    }

    /// The file's text: a header, then one sorted line per record.
    pub fn render(&self) -> String {
        let mut out = String::from(HEADER);
        for (key, r) in &self.records {
            let line =
                [key.as_str(), &r.reference_hash, &r.translation_hash, &escape(&r.reference)].join("\t");
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(entries: &[(&str, &str, &str)]) -> State {
        let records = entries.iter().map(|(k, r, t)| (k.to_string(), Record::new(r, t))).collect();
        State { records }
    }

    #[test]
    fn hostile_text_round_trips_on_one_sorted_line_each() {
        let hostile = "tab\there\nnew line\r\\n not a newline \\ <script>{ $x }</script>";
        let s = state(&[("zeta", "z", "Z"), ("alpha.title", hostile, "A"), ("beta", "", "")]);
        let text = s.render();
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].starts_with("alpha.title\t") && lines[1].starts_with("beta\t"), "{text}");
        assert!(lines[2].starts_with("zeta\t"), "{text}");
        assert!(lines.iter().all(|l| l.split('\t').count() == 4), "{text}");
        assert_eq!(State::parse(&text), Ok(s.clone()));
        assert_eq!(State::parse(&text).map(|p| p.render()), Ok(text), "rendering is deterministic");
    }

    #[test]
    fn corrupt_lines_are_located() {
        let good = state(&[("a", "x", "y")]).render();
        let n = good.lines().count() + 1;
        let cases = [
            ("a\tb\n".to_string(), StateError::Fields { line: n, found: 2 }),
            ("b\tXYZ\t0000000000000000\tx\n".to_string(), StateError::Hash { line: n, value: "XYZ".into() }),
            (format!("b\t{}\t0000000000000000\tx\\q\n", hash("x")), StateError::Escape { line: n }),
            (
                format!("b\t{}\t0000000000000000\ty\n", hash("x")),
                StateError::Mismatch { line: n, key: "b".into() },
            ),
            (
                format!("a\t{}\t0000000000000000\tx\n", hash("x")),
                StateError::Duplicate { line: n, key: "a".into() },
            ),
        ];
        for (extra, want) in cases {
            assert_eq!(State::parse(&format!("{good}{extra}")), Err(want));
        }
    }
}
