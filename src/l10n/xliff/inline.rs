//! A Fluent pattern as translatable text and protected inline codes, and back.
//!
//! Placeables (`{ $count }`, `{ -employer(case: "gen") }`), Markdown code spans and link
//! targets are codes a CAT tool shows but cannot edit. A select expression is a pair of
//! codes (`{ $count ->` … `}`) around one pair per variant (`[one]` … ), so the variant
//! texts stay translatable while the structure is protected. Joining the pieces back
//! gives Fluent source whose normalised form equals the original's.

use fluent_syntax::ast::{
    Entry, Expression, Identifier, Message, Pattern, PatternElement, Resource, VariantKey,
};

/// What a code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A placeable: `{ $count }`, `{ -brand }`, `{ NUMBER($x) }`.
    Placeable,
    /// Text that must not change: a Markdown code span, a link target without its `[`.
    Literal,
    /// A select expression: `{ $count ->` … `}` around its variants.
    Select,
    /// One variant: `[one]` or `*[other]` before its text.
    Variant,
    /// A Markdown link: `[` … `](url)` around the link text.
    Link,
}

impl Kind {
    /// Whether the code encloses text (a pair) rather than standing alone.
    pub fn paired(self) -> bool {
        matches!(self, Kind::Select | Kind::Variant | Kind::Link)
    }

    /// Whether the code is Fluent text (not syntax): link brackets, code spans.
    fn textual(self) -> bool {
        matches!(self, Kind::Literal | Kind::Link)
    }
}

/// One protected code: its id in the unit and the Fluent it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// Unique in the unit: `1`, `2`, … for codes of the source; `t1`, … for codes only
    /// the translation has.
    pub id: String,
    /// What it stands for.
    pub kind: Kind,
    /// Its Fluent source (for a pair: the opening part).
    pub start: String,
    /// For a pair: the closing part.
    pub end: String,
}

/// A piece of a pattern: text, or a reference into [`Inline::codes`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Translatable text.
    Text(String),
    /// A standalone code.
    Ph(usize),
    /// The opening half of a paired code.
    Open(usize),
    /// The closing half of a paired code.
    Close(usize),
}

/// A pattern as pieces and the codes they use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// Text and codes in order.
    pub pieces: Vec<Piece>,
    /// Every code, in order of first appearance.
    pub codes: Vec<Code>,
}

impl Inline {
    /// The pieces of a pattern; codes are numbered `1`, `2`, … (the source side).
    pub fn source(pattern: &Pattern<&str>) -> Inline {
        let mut inline = Inline::default();
        inline.pattern(pattern);
        for (i, c) in inline.codes.iter_mut().enumerate() {
            c.id = (i + 1).to_string();
        }
        inline
    }

    /// The pieces of a translation: a code equal to one of `source`'s takes its id (each
    /// once), the others are numbered `t1`, `t2`, ….
    pub fn target(pattern: &Pattern<&str>, source: &Inline) -> Inline {
        let mut inline = Inline::default();
        inline.pattern(pattern);
        let mut taken = vec![false; source.codes.len()];
        let mut extra = 0;
        for c in &mut inline.codes {
            let same = source
                .codes
                .iter()
                .enumerate()
                .position(|(i, s)| !taken[i] && s.kind == c.kind && s.start == c.start && s.end == c.end);
            c.id = match same {
                Some(i) => {
                    taken[i] = true;
                    source.codes[i].id.clone()
                }
                None => {
                    extra += 1;
                    format!("t{extra}")
                }
            };
        }
        inline
    }

    /// The code with this id.
    pub fn code(&self, id: &str) -> Option<&Code> {
        self.codes.iter().find(|c| c.id == id)
    }

    fn push_code(&mut self, kind: Kind, start: String, end: String) -> usize {
        self.codes.push(Code { id: String::new(), kind, start, end });
        self.codes.len() - 1
    }

    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Piece::Text(t)) = self.pieces.last_mut() {
            t.push_str(text);
        } else {
            self.pieces.push(Piece::Text(text.to_string()));
        }
    }

    fn pattern(&mut self, pattern: &Pattern<&str>) {
        let mut run = String::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => run.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.scan(&std::mem::take(&mut run));
                    self.expression(expression);
                }
            }
        }
        self.scan(&run);
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Inline(_) => {
                let i = self.push_code(Kind::Placeable, placeable(expression), String::new());
                self.pieces.push(Piece::Ph(i));
            }
            Expression::Select { selector, variants } => {
                let sel = placeable(&Expression::Inline(selector.clone()));
                let sel = sel.strip_prefix("{ ").and_then(|s| s.strip_suffix(" }")).unwrap_or(&sel);
                let i = self.push_code(Kind::Select, format!("{{ {sel} ->"), "}".into());
                self.pieces.push(Piece::Open(i));
                for v in variants {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => name,
                        VariantKey::NumberLiteral { value } => value,
                    };
                    let star = if v.default { "*" } else { "" };
                    let j = self.push_code(Kind::Variant, format!("{star}[{key}]"), String::new());
                    self.pieces.push(Piece::Open(j));
                    self.pattern(&v.value);
                    self.pieces.push(Piece::Close(j));
                }
                self.pieces.push(Piece::Close(i));
            }
        }
    }

    /// Text, with Markdown code spans and link targets protected.
    fn scan(&mut self, text: &str) {
        let mut plain = 0;
        let mut i = 0;
        while i < text.len() {
            let rest = &text[i..];
            let found = if rest.starts_with('`') {
                code_span(rest).map(|n| (n, None))
            } else if rest.starts_with('[') {
                link(rest).map(|(n, inner)| (n, Some(inner)))
            } else if rest.starts_with("](") {
                destination(&rest[1..]).map(|n| (n + 1, None))
            } else {
                None
            };
            let Some((len, inner)) = found else {
                i += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            };
            self.text(&text[plain..i]);
            let whole = &text[i..i + len];
            match inner {
                None => {
                    let c = self.push_code(Kind::Literal, whole.to_string(), String::new());
                    self.pieces.push(Piece::Ph(c));
                }
                Some(inner) => {
                    let c = self.push_code(Kind::Link, "[".into(), whole[1 + inner..].to_string());
                    self.pieces.push(Piece::Open(c));
                    self.scan(&whole[1..1 + inner]);
                    self.pieces.push(Piece::Close(c));
                }
            }
            i += len;
            plain = i;
        }
        self.text(&text[plain..]);
    }
}

/// Length of a code span at the start of `text` (a run of backticks up to the next run
/// of the same length).
fn code_span(text: &str) -> Option<usize> {
    let n = text.bytes().take_while(|b| *b == b'`').count();
    let mut at = n;
    while at < text.len() {
        let next = text[at..].find('`')? + at;
        let run = text[next..].bytes().take_while(|b| *b == b'`').count();
        if run == n {
            return Some(next + run);
        }
        at = next + run;
    }
    None
}

/// A link `[text](target)` at the start of `text`: its length and the text's length.
fn link(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    let n = destination(&text[i + 1..])?;
                    return Some((i + 1 + n, i - 1));
                }
            }
            '\n' if text[i + 1..].starts_with('\n') => return None,
            _ => {}
        }
    }
    None
}

/// Length of a link destination `(…)` with balanced parentheses at the start of `text`.
fn destination(text: &str) -> Option<usize> {
    if !text.starts_with('(') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

/// An expression as Fluent writes it in a placeable: `{ $count }`.
fn placeable(expression: &Expression<&str>) -> String {
    let message = Message {
        id: Identifier { name: "x" },
        value: Some(Pattern { elements: vec![PatternElement::Placeable { expression: expression.clone() }] }),
        attributes: vec![],
        comment: None,
    };
    let text = fluent_syntax::serializer::serialize(&Resource { body: vec![Entry::Message(message)] });
    let text = text.strip_prefix("x = ").unwrap_or(&text);
    text.strip_suffix('\n').unwrap_or(text).to_string()
}

fn escape_text(text: &str, out: &mut String, line_start: &mut bool) {
    for c in text.chars() {
        match c {
            '{' | '}' => out.push_str(if c == '{' { "{ \"{\" }" } else { "{ \"}\" }" }),
            '[' | '*' | '.' if *line_start => {
                out.push_str("{ \"");
                out.push(c);
                out.push_str("\" }");
            }
            _ => out.push(c),
        }
        match c {
            '\n' => *line_start = true,
            ' ' => {}
            _ => *line_start = false,
        }
    }
}

impl Inline {
    /// This pattern's Fluent source. Text is escaped where Fluent would read it as
    /// syntax: braces, and `[`, `*`, `.` starting a line.
    pub fn to_fluent(&self) -> String {
        let mut out = String::new();
        let mut line_start = false;
        let mut open: Vec<Kind> = Vec::new();
        for piece in &self.pieces {
            let code = |i: &usize| &self.codes[*i];
            match piece {
                Piece::Open(i) => open.push(code(i).kind),
                Piece::Close(_) => {
                    open.pop();
                }
                _ => {}
            }
            let (chunk, textual) = match piece {
                // Layout between variants is Fluent's to choose.
                Piece::Text(t) if open.last() == Some(&Kind::Select) && t.trim().is_empty() => continue,
                Piece::Text(t) => (t.clone(), true),
                Piece::Ph(i) => (code(i).start.clone(), code(i).kind.textual()),
                Piece::Open(i) => match code(i).kind {
                    Kind::Variant => (format!("\n{} ", code(i).start), false),
                    kind => (code(i).start.clone(), kind.textual()),
                },
                Piece::Close(i) => match code(i).kind {
                    Kind::Select => ("\n}".to_string(), false),
                    kind => (code(i).end.clone(), kind.textual()),
                },
            };
            if textual {
                escape_text(&chunk, &mut out, &mut line_start);
            } else if let Some(last) = chunk.chars().last() {
                out.push_str(&chunk);
                line_start = last == '\n';
            }
        }
        out
    }
}

impl Inline {
    /// Why the pieces cannot be a pattern, if so: text or a placeable directly inside a
    /// select expression (outside its variants), or a variant outside a select.
    pub fn structure_error(&self) -> Option<String> {
        let mut open: Vec<&Code> = Vec::new();
        for piece in &self.pieces {
            let in_select = open.last().filter(|c| c.kind == Kind::Select);
            match piece {
                Piece::Text(t) if in_select.is_some() && !t.trim().is_empty() => {
                    let sel = in_select.map_or("", |c| c.start.as_str());
                    return Some(format!("the text `{}` is outside the variants of `{sel}`", t.trim()));
                }
                Piece::Ph(i) | Piece::Open(i) => {
                    let c = &self.codes[*i];
                    if (c.kind == Kind::Variant) != in_select.is_some() {
                        let what = if c.kind == Kind::Variant {
                            "is outside its select expression"
                        } else {
                            "is between variants"
                        };
                        return Some(format!("`{}` {what}", c.start));
                    }
                    if matches!(piece, Piece::Open(_)) {
                        open.push(c);
                    }
                }
                Piece::Close(_) => {
                    open.pop();
                }
                Piece::Text(_) => {}
            }
        }
        None
    }
}

/// A message `x` whose value is the pattern source `body`, as a `.ftl` text.
pub fn message_source(id: &str, body: &str) -> String {
    format!("{id} = {}\n", body.replace('\n', "\n    "))
}

/// Parse a pattern's Fluent source; `Err` says why it is not valid Fluent.
pub fn check(body: &str) -> Result<String, String> {
    let src = message_source("x", body);
    match fluent_syntax::parser::parse(src.as_str()) {
        Ok(res) => match res.body.as_slice() {
            [Entry::Message(Message { value: Some(p), attributes, .. })] if attributes.is_empty() => {
                Ok(super::super::sources::normalized(p))
            }
            _ => Err("the text does not make one Fluent pattern".into()),
        },
        Err((_, errors)) => Err(errors.first().map(|e| e.kind.to_string()).unwrap_or_default()),
    }
}
