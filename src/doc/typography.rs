//! Per-locale typography on IR text: straight quotes and apostrophes become the language's
//! curly ones, French gets its no-break spaces before `: ; ! ?` and inside guillemets, and
//! a space between a number and `%` becomes a no-break space. Applied to text nodes,
//! titles and labels only: code, URLs, ids and image paths are never touched. Text that
//! Typst receives as data skips its own smart quotes, so this is the only place they form.

mod walk;

pub use walk::apply;

/// No-break space.
const NBSP: char = '\u{00A0}';

/// How one language writes quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Opening and closing double quotes.
    double: (char, char),
    /// Opening and closing single (inner) quotes.
    single: (char, char),
    /// French spacing: no-break space before `: ; ! ?` and inside guillemets.
    french: bool,
    /// Whether quotes are converted at all (unknown languages: apostrophes only).
    quotes: bool,
}

/// The rules of an ISO 639 language code.
pub fn rules(lang: &str) -> Rules {
    let quotes = |double, single| Rules { double, single, french: false, quotes: true };
    match lang {
        "en" | "nl" => quotes(('“', '”'), ('‘', '’')),
        "de" | "is" => quotes(('„', '“'), ('‚', '‘')),
        "fi" | "sv" => quotes(('”', '”'), ('’', '’')),
        "fr" => Rules { french: true, ..quotes(('«', '»'), ('“', '”')) },
        "ar" => quotes(('«', '»'), ('‹', '›')),
        // Any other language: only an apostrophe between two letters is certain.
        _ => Rules { quotes: false, ..quotes(('"', '"'), ('\'', '\'')) },
    }
}

/// Characters a quote opens after: nothing, a space or opening punctuation.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{<—–-/«‹„‚“‘".contains(c),
    }
}

/// Whether a whitespace-free word is an address or a path that must stay as written.
fn is_address(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.starts_with("mailto:")
}

/// The state carried across the inlines of one paragraph: the character before the next
/// text node decides whether a quote opens or closes.
#[derive(Debug, Default, Clone, Copy)]
pub struct Flow {
    prev: Option<char>,
    /// An inner quote is open: a `'` ending a word closes it (it is not an apostrophe).
    single_open: bool,
}

impl Flow {
    /// Content the rules do not touch (code, an image) still counts as a word before.
    pub fn opaque(&mut self) {
        self.prev = Some('x');
    }

    /// A line break counts as a space.
    pub fn space(&mut self) {
        self.prev = Some(' ');
    }

    /// `text` typeset with `rules`, continuing after what came before.
    pub fn text(&mut self, text: &str, rules: Rules) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let mut word = String::new();
        for c in text.chars() {
            if c.is_whitespace() {
                self.word(&word, rules, Some(c), &mut out);
                word.clear();
                self.push(c, rules, &mut out);
            } else {
                word.push(c);
            }
        }
        // What follows the node is unknown (often emphasis or the end).
        self.word(&word, rules, None, &mut out);
        out
    }

    /// One word; `after` is the character after it, `None` when unknown.
    fn word(&mut self, word: &str, rules: Rules, after: Option<char>, out: &mut String) {
        if is_address(word) {
            out.push_str(word);
            self.prev = word.chars().last().or(self.prev);
            return;
        }
        let chars: Vec<char> = word.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let next = chars.get(i + 1).copied().or(after);
            match c {
                '"' if rules.quotes => self.quote(rules, next, out),
                '\'' => self.apostrophe(rules, next, out),
                ':' | ';' | '!' | '?' if rules.french => self.french_mark(c, rules, next, out),
                '%' => self.percent(out),
                _ => self.push(c, rules, out),
            }
        }
    }

    /// A character as it is, with French spacing inside guillemets.
    fn push(&mut self, c: char, rules: Rules, out: &mut String) {
        if rules.french && self.prev == Some('«') {
            out.push(NBSP);
            self.prev = Some(NBSP);
            if c.is_whitespace() {
                return;
            }
        }
        if rules.french && c == '»' {
            space_before(self.prev, out);
        }
        out.push(c);
        self.prev = Some(c);
    }

    fn quote(&mut self, rules: Rules, next: Option<char>, out: &mut String) {
        let (open, close) = rules.double;
        let opening = opens_after(self.prev) && next.is_none_or(|n| !n.is_whitespace());
        self.push(if opening { open } else { close }, rules, out);
    }

    /// `'`: an apostrophe inside or after a word, an inner quote around words.
    fn apostrophe(&mut self, rules: Rules, next: Option<char>, out: &mut String) {
        let after_word = self.prev.is_some_and(char::is_alphanumeric);
        let before_letter = next.is_some_and(char::is_alphanumeric);
        let c = if !rules.quotes {
            // Unknown languages: only an apostrophe between two letters is certain.
            if after_word && before_letter { '’' } else { '\'' }
        } else if after_word && (before_letter || !self.single_open) {
            '’'
        } else if opens_after(self.prev) && next.is_none_or(|n| !n.is_whitespace()) {
            self.single_open = true;
            rules.single.0
        } else {
            self.single_open = false;
            rules.single.1
        };
        self.push(c, rules, out);
    }

    /// French `: ; ! ?` take a no-break space before them, except after another such
    /// mark (`?!`) and in `10:30`.
    fn french_mark(&mut self, c: char, rules: Rules, next: Option<char>, out: &mut String) {
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let time = c == ':' && digit(self.prev) && digit(next);
        let after_mark = self.prev.is_some_and(|p| ":;!?".contains(p));
        if !time && !after_mark {
            space_before(self.prev, out);
        }
        self.push(c, rules, out);
    }

    /// `50 %`: the space before a percent sign after a number does not break.
    fn percent(&mut self, out: &mut String) {
        if out.ends_with(' ') && out.trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit()) {
            out.pop();
            out.push(NBSP);
        }
        out.push('%');
        self.prev = Some('%');
    }
}

/// Make the space before the next character a no-break space, adding one after a word
/// (`prev` is the character before, also when it ended the previous text node).
fn space_before(prev: Option<char>, out: &mut String) {
    match prev {
        None | Some(NBSP) => {}
        Some(' ') if out.ends_with(' ') => {
            out.pop();
            out.push(NBSP);
        }
        Some(c) if c.is_whitespace() => {}
        Some(_) => out.push(NBSP),
    }
}

/// One string typeset on its own (a title, a label).
pub fn line(text: &str, lang: &str) -> String {
    Flow::default().text(text, rules(lang))
}

#[cfg(test)]
mod tests;
