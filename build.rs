//! Embeds the default theme: every file under `themes/default/` becomes an entry of
//! `$OUT_DIR/builtin_theme.rs`, so the repository's folder stays the one source and a
//! file added there ships without a list to update.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let theme = root.join("themes/default");
    // A folder here means: rerun when anything inside it changes.
    println!("cargo:rerun-if-changed=themes/default");
    let mut files = Vec::new();
    collect(&theme, "", &mut files);
    files.sort();
    let mut out = String::from("/// Every file of `themes/default/`, by path inside it.\n");
    out.push_str("pub const FILES: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        out.push_str(&format!("    ({name:?}, include_bytes!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("builtin_theme.rs");
    std::fs::write(dest, out).expect("write builtin_theme.rs");
}

/// Regular files under `dir/prefix`, as (`prefix/name`, absolute path); hidden files are
/// editor leftovers, not theme files.
fn collect(dir: &Path, prefix: &str, files: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir.join(prefix)).expect("themes/default is readable");
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_string) else { continue };
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            collect(dir, &format!("{rel}/"), files);
        } else if kind.is_file() {
            files.push((rel, entry.path()));
        }
    }
}
