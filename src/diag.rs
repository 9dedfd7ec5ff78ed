//! Diagnostics: one type for every problem found in a project, and its printers.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails `check` and the build of the affected output.
    Error,
    /// Reported; fails only with `--strict`.
    Warning,
    /// Worth a look (compare-locales' "info"); never fails, not even with `--strict`.
    Info,
}

/// A place in a project file: path relative to the project root, 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// File path relative to the project root.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Byte range in the file, for snippets.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl Location {
    /// Locate a byte range of `text`, the contents of `file`.
    pub fn in_text(file: impl Into<PathBuf>, text: &str, span: Range<usize>) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..start].chars().count() + 1;
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        Location { file: file.into(), line, column, span: start..end }
    }

    /// A whole file, without a position inside it.
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Location { file: file.into(), line: 0, column: 0, span: 0..0 }
    }
}

/// The byte offset of a 1-based line and character column in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = &text[line_start.min(text.len())..];
    line_start + rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i)
}

/// The largest character boundary of `text` at or before byte `i`.
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short stable code, e.g. `ftl-syntax`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// Where, when known.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The locale the problem belongs to, when it is about one locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

impl Diagnostic {
    /// A new error.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A new warning.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// A new note: information that never fails a check.
    pub fn info(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Info, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity, code, message: message.into(), location: None, hint: None, locale: None }
    }

    /// Attach a location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Attach a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Attach a locale.
    pub fn locale(mut self, locale: &str) -> Self {
        self.locale = Some(locale.to_string());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column` (or `file`, or nothing).
    pub fn place(&self) -> String {
        match &self.location {
            Some(l) if l.line > 0 => format!("{}:{}:{}", l.file.display(), l.line, l.column),
            Some(l) => l.file.display().to_string(),
            None => String::new(),
        }
    }
}

/// Drop repeats of a diagnostic: the same problem at the same place for the same locale
/// (a job replayed from the cache reports again what its locale's resolve found).
pub fn dedup(diags: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| seen.insert((d.place(), d.message.clone(), d.locale.clone())));
}

/// Count errors and warnings (notes are neither).
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let of = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    (of(Severity::Error), of(Severity::Warning))
}

/// Count notes.
pub fn notes(diags: &[Diagnostic]) -> usize {
    diags.iter().filter(|d| d.severity == Severity::Info).count()
}

/// Sort for stable output: by file, position, then message.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location.as_ref().map(|l| (l.file.clone(), l.line, l.column)).unwrap_or_default()
        };
        key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
    });
}

/// Plain one-line-per-problem form: `file:line:col: error[code]: message`.
pub fn render_plain(d: &Diagnostic) -> String {
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    let mut out = String::new();
    let place = d.place();
    if !place.is_empty() {
        let _ = write!(out, "{place}: ");
    }
    let _ = write!(out, "{sev}[{}]: {}", d.code, d.message);
    if let Some(hint) = &d.hint {
        let _ = write!(out, "\n  = hint: {hint}");
    }
    out
}

/// The text of the file a diagnostic points at: a file of the built-in theme is served
/// from the binary (it is not on disk), any other is read from the project.
fn source_text(root: &Path, file: &Path) -> Option<String> {
    match crate::project::builtin::file_at(file) {
        Some(bytes) => String::from_utf8(bytes.to_vec()).ok(),
        None => std::fs::read_to_string(root.join(file)).ok(),
    }
}

/// Graphical form with a source snippet, for terminals.
pub fn render_fancy(d: &Diagnostic, root: &Path) -> String {
    use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
    let mut md = MietteDiagnostic::new(d.message.clone()).with_code(d.code);
    md = md.with_severity(match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    });
    if let Some(hint) = &d.hint {
        md = md.with_help(hint.clone());
    }
    let source =
        d.location.as_ref().filter(|l| l.line > 0).and_then(|l| source_text(root, &l.file).map(|t| (l, t)));
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode());
    let rendered = match source {
        Some((loc, text)) => {
            // Line and column are what the plain form prints; the snippet points at the same place.
            let start = offset_of(&text, loc.line, loc.column);
            let len = loc.span.len().max(1).min(text.len().saturating_sub(start));
            md = md.with_label(LabeledSpan::at(start..start + len, "here"));
            let report = miette::Report::new(md)
                .with_source_code(NamedSource::new(loc.file.display().to_string(), text));
            handler.render_report(&mut out, report.as_ref())
        }
        None => {
            if let Some(l) = &d.location {
                md = md.with_url(l.file.display().to_string());
            }
            handler.render_report(&mut out, &md)
        }
    };
    if rendered.is_err() {
        return render_plain(d);
    }
    format!("{}\n{}", d.place(), out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_round_trip_between_offsets_and_line_columns() {
        let text = "a = 1\nbä = ö\n\nc = 3\n";
        for offset in [0, 4, 6, 10, 14, 15] {
            let loc = Location::in_text("f", text, offset..offset);
            assert_eq!(offset_of(text, loc.line, loc.column), offset, "{loc:?}");
        }
        assert_eq!(Location::in_text("f", text, 10..11).column, 4);
    }

    #[test]
    fn a_built_in_theme_file_is_shown_from_the_binary() {
        let file = crate::project::builtin::dir().join("theme.toml");
        let text = String::from_utf8(crate::project::builtin::file_at(&file).expect("embedded").to_vec())
            .expect("utf-8");
        let at = text.find("accent = ").expect("accent");
        let d = Diagnostic::error("theme", "bad").at(Location::in_text(&file, &text, at..at + 6));
        // The project root has no such file: the excerpt can only come from the binary.
        let empty = tempfile::tempdir().expect("temp dir");
        let shown = render_fancy(&d, empty.path());
        assert!(shown.contains("accent = \"#"), "{shown}");
        assert!(shown.starts_with("<built-in theme default>/theme.toml:"), "{shown}");
    }
}
