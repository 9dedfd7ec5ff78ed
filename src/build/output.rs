//! Atomic output: write a temporary file beside the target, then rename over it.

use std::io::Write;
use std::path::Path;

/// Write `bytes` to `path` so that readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a/b.pdf");
        write_atomic(&path, b"old").expect("write");
        write_atomic(&path, b"new contents").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new contents");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a")).expect("dir").flatten().collect();
        assert_eq!(names.len(), 1);
    }
}
