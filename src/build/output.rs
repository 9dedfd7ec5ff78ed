//! Atomic output: a file is written beside its target and renamed over it; a folder is
//! written whole beside its target and swapped in. Readers see the old or the new output,
//! never a part.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Write `bytes` to `path` so that readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = beside(path, "tmp");
    let result = write_new(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Replace the folder `dir` by exactly `files` (paths relative to it, `/`-separated): they
/// are written into a staging folder next to it, which then takes its place.
pub fn replace_folder(dir: &Path, files: &BTreeMap<String, Vec<u8>>) -> std::io::Result<()> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let staging = beside(dir, "staging");
    let _ = std::fs::remove_dir_all(&staging);
    let staged = files.iter().try_for_each(|(rel, bytes)| {
        let path = staging.join(relative(rel)?);
        std::fs::create_dir_all(path.parent().unwrap_or(&staging))?;
        write_new(&path, bytes)
    });
    if let Err(e) = staged {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    swap_in(&staging, dir)
}

/// Move `staging` to `dir`, keeping the old `dir` until the new one is in place.
fn swap_in(staging: &Path, dir: &Path) -> std::io::Result<()> {
    let old = beside(dir, "old");
    let had_old = dir.exists();
    if had_old && let Err(e) = std::fs::rename(dir, &old) {
        let _ = std::fs::remove_dir_all(staging);
        return Err(e);
    }
    if let Err(e) = std::fs::rename(staging, dir) {
        if had_old {
            let _ = std::fs::rename(&old, dir);
        }
        let _ = std::fs::remove_dir_all(staging);
        return Err(e);
    }
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
}

/// A hidden sibling path for temporary work, unique to this process.
fn beside(path: &Path, what: &str) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.{what}", std::process::id()))
}

fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// `rel` as a path that stays inside its folder: renderers name files, never places.
pub fn relative(rel: &str) -> std::io::Result<PathBuf> {
    let path = PathBuf::from(rel);
    let plain = !rel.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)));
    if plain { Ok(path) } else { Err(std::io::Error::other(format!("`{rel}` is not a relative file name"))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a/b.pdf");
        write_atomic(&path, b"old").expect("write");
        write_atomic(&path, b"new contents").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new contents");
        assert_eq!(names(&dir.path().join("a")), ["b.pdf"]);
    }

    #[test]
    fn a_folder_is_replaced_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let site = dir.path().join("site/fi");
        let files = |list: &[(&str, &str)]| -> BTreeMap<String, Vec<u8>> {
            list.iter().map(|(p, b)| (p.to_string(), b.as_bytes().to_vec())).collect()
        };
        replace_folder(&site, &files(&[("index.html", "one"), ("old.html", "gone soon")])).expect("write");
        replace_folder(&site, &files(&[("index.html", "two"), ("download/a.pdf", "pdf")])).expect("write");
        assert_eq!(names(&site), ["download", "index.html"]);
        assert_eq!(std::fs::read(site.join("index.html")).expect("read"), b"two");
        assert_eq!(names(&dir.path().join("site")), ["fi"], "no staging or old folder is left");
    }

    #[test]
    fn a_name_that_leaves_the_folder_fails_and_keeps_the_old_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let site = dir.path().join("site");
        let good: BTreeMap<String, Vec<u8>> = [("a.html".to_string(), b"a".to_vec())].into();
        replace_folder(&site, &good).expect("write");
        for bad in ["../escape.html", "/abs.html", ""] {
            let files: BTreeMap<String, Vec<u8>> = [(bad.to_string(), b"x".to_vec())].into();
            assert!(replace_folder(&site, &files).is_err(), "{bad}");
        }
        assert_eq!(names(&site), ["a.html"]);
        assert_eq!(names(dir.path()), ["site"]);
    }
}
