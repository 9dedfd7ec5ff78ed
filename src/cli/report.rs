//! Printing diagnostics: with snippets on a terminal, one plain line each otherwise.

use std::io::IsTerminal;
use std::path::Path;

use crate::diag::{self, Diagnostic, Severity};

/// Print errors and warnings to stderr, sorted. Notes are for `check` only: a build or
/// watch round shows what needs doing, not what may be worth a look.
pub fn print(diags: &mut [Diagnostic], root: &Path) {
    print_some(diags, root, false);
}

/// Print errors, warnings and notes to stderr, sorted.
pub fn print_with_notes(diags: &mut [Diagnostic], root: &Path) {
    print_some(diags, root, true);
}

fn print_some(diags: &mut [Diagnostic], root: &Path, notes: bool) {
    diag::sort(diags);
    let fancy = std::io::stderr().is_terminal();
    for d in diags.iter().filter(|d| notes || d.severity != Severity::Info) {
        if fancy {
            eprintln!("{}\n", diag::render_fancy(d, root));
        } else {
            eprintln!("{}", diag::render_plain(d));
        }
    }
}

/// "2 errors, 1 warning".
pub fn summary(diags: &[Diagnostic]) -> String {
    let (e, w) = diag::count(diags);
    let s = |n: usize| if n == 1 { "" } else { "s" };
    format!("{e} error{}, {w} warning{}", s(e), s(w))
}

/// "2 errors, 1 warning, 3 notes" (notes only when there are any).
pub fn summary_with_notes(diags: &[Diagnostic]) -> String {
    let n = diag::notes(diags);
    let s = if n == 1 { "" } else { "s" };
    let notes = if n > 0 { format!(", {n} note{s}") } else { String::new() };
    format!("{}{notes}", summary(diags))
}
