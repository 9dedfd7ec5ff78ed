//! Printing diagnostics: with snippets on a terminal, one plain line each otherwise.

use std::io::IsTerminal;
use std::path::Path;

use crate::diag::{self, Diagnostic};

/// Print diagnostics to stderr, sorted, followed by a count line.
pub fn print(diags: &mut [Diagnostic], root: &Path) {
    diag::sort(diags);
    let fancy = std::io::stderr().is_terminal();
    for d in diags.iter() {
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
    format!("{e} error{}, {w} warning{}", if e == 1 { "" } else { "s" }, if w == 1 { "" } else { "s" })
}
