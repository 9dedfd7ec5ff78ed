//! Content cache: skip a job whose inputs hash to what produced the file already on disk,
//! and replay what that job reported (pages, warnings, notes) so a skipped job tells the
//! same story as a built one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Location, Severity};
use crate::render::Payload;

/// The cache file, inside the output folder.
const FILE: &str = ".vetpress-cache.json";

/// Bumped when the file's layout changes: an older cache is ignored (everything rebuilds).
const FORMAT: u32 = 3;

/// What vetpress knows about one output (a file, or a folder of files) it wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Hash of the inputs that made the output.
    pub inputs: String,
    /// Every file written: only a file that still has its bytes is ever deleted.
    pub files: Vec<Written>,
    /// Page count, for PDFs (pages, for the site).
    pub pages: Option<usize>,
    /// Warnings the job reported.
    pub warnings: Vec<StoredDiagnostic>,
    /// Notes the job reported.
    pub notes: Vec<String>,
}

impl Entry {
    /// Total size of the output.
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|w| w.bytes).sum()
    }
}

/// One written file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Written {
    /// Path inside the output's folder; empty when the output is this one file.
    pub path: String,
    /// Size, a cheap check that the file is still the one written.
    pub bytes: u64,
    /// SHA-256 of the file as written.
    pub sha: String,
}

impl Written {
    /// The records of a payload.
    pub fn all(payload: &Payload) -> Vec<Written> {
        let one =
            |path: &str, b: &[u8]| Written { path: path.into(), bytes: b.len() as u64, sha: hash_bytes(b) };
        match payload {
            Payload::File(b) => vec![one("", b)],
            Payload::Folder(files) => files.iter().map(|(p, b)| one(p, b)).collect(),
        }
    }

    fn on_disk(&self, out: &Path, target: &str) -> PathBuf {
        let base = out.join(target);
        if self.path.is_empty() { base } else { base.join(&self.path) }
    }
}

/// A diagnostic as stored in the cache (`Diagnostic` borrows its code as `&'static str`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDiagnostic {
    error: bool,
    code: String,
    message: String,
    place: Option<(PathBuf, usize, usize)>,
    hint: Option<String>,
    locale: Option<String>,
}

impl From<&Diagnostic> for StoredDiagnostic {
    fn from(d: &Diagnostic) -> Self {
        StoredDiagnostic {
            error: d.is_error(),
            code: d.code.to_string(),
            message: d.message.clone(),
            place: d.location.as_ref().map(|l| (l.file.clone(), l.line, l.column)),
            hint: d.hint.clone(),
            locale: d.locale.clone(),
        }
    }
}

impl StoredDiagnostic {
    /// The diagnostic again.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic {
            severity: if self.error { Severity::Error } else { Severity::Warning },
            code: intern(&self.code),
            message: self.message.clone(),
            location: self.place.as_ref().map(|(file, line, column)| Location {
                file: file.clone(),
                line: *line,
                column: *column,
                span: 0..0,
            }),
            hint: self.hint.clone(),
            locale: self.locale.clone(),
        }
    }
}

/// A `&'static str` for a code read back from the cache; each distinct code is leaked once.
fn intern(code: &str) -> &'static str {
    static CODES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let Ok(mut codes) = CODES.lock() else { return "cached" };
    if let Some(c) = codes.get(code).copied() {
        return c;
    }
    let leaked: &'static str = Box::leak(code.to_string().into_boxed_str());
    codes.insert(leaked);
    leaked
}

#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: u32,
    entries: BTreeMap<String, Entry>,
}

/// A file the cache no longer expects, and what was done with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Leftover {
    /// Path relative to the output folder.
    pub file: String,
    /// True when deleted; false when left alone because it changed since vetpress wrote it.
    pub removed: bool,
}

/// Output file (relative to the output folder) -> what vetpress wrote there.
#[derive(Debug, Default)]
pub struct Cache {
    path: PathBuf,
    entries: BTreeMap<String, Entry>,
}

impl Cache {
    /// Read the cache of `out` (empty when absent, unreadable or of another format).
    pub fn load(out: &Path) -> Cache {
        let path = out.join(FILE);
        let entries = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<OnDisk>(&b).ok())
            .filter(|d| d.format == FORMAT)
            .map(|d| d.entries)
            .unwrap_or_default();
        Cache { path, entries }
    }

    /// The entry of `target` when its files are still on disk, as written, from inputs
    /// hashing to `inputs`.
    pub fn fresh(&self, out: &Path, target: &str, inputs: &str) -> Option<&Entry> {
        let e = self.entries.get(target).filter(|e| e.inputs == inputs)?;
        let intact = e.files.iter().all(|w| {
            std::fs::metadata(w.on_disk(out, target)).is_ok_and(|m| m.is_file() && m.len() == w.bytes)
        });
        intact.then_some(e)
    }

    /// Record what a job wrote.
    pub fn record(&mut self, file: String, entry: Entry) {
        self.entries.insert(file, entry);
    }

    /// Forget outputs for which `keep` is false; delete their files still exactly as
    /// vetpress wrote them, and folders left empty. Files vetpress did not write are never
    /// in the cache, so never touched.
    pub fn prune(&mut self, out: &Path, keep: impl Fn(&str) -> bool) -> Vec<Leftover> {
        let gone: Vec<String> = self.entries.keys().filter(|f| !keep(f)).cloned().collect();
        let mut leftovers = Vec::new();
        for target in gone {
            let Some(entry) = self.entries.remove(&target) else { continue };
            let mut any = false;
            let mut removed = true;
            for w in &entry.files {
                let path = w.on_disk(out, &target);
                let Ok(bytes) = std::fs::read(&path) else { continue };
                any = true;
                let ours = hash_bytes(&bytes) == w.sha && std::fs::remove_file(&path).is_ok();
                removed &= ours;
                if ours {
                    remove_empty_dirs(out, &path);
                }
            }
            if any {
                leftovers.push(Leftover { file: target, removed });
            }
        }
        leftovers
    }

    /// Write the cache back.
    pub fn save(&self) -> std::io::Result<()> {
        let disk = OnDisk { format: FORMAT, entries: self.entries.clone() };
        let json = serde_json::to_vec_pretty(&disk).map_err(std::io::Error::other)?;
        super::output::write_atomic(&self.path, &json)
    }
}

/// Remove the now empty folders above a deleted file, up to (not including) `out`.
fn remove_empty_dirs(out: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir.filter(|d| d.starts_with(out) && *d != out) {
        // Only succeeds when the folder is empty.
        if std::fs::remove_dir(d).is_err() {
            return;
        }
        dir = d.parent();
    }
}

/// Hash a sequence of byte strings (length-prefixed, so boundaries matter).
pub fn hash<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    hex(&h.finalize())
}

/// SHA-256 of one byte string, in hex.
pub fn hash_bytes(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(bytes: &[u8]) -> Entry {
        Entry {
            inputs: "in".into(),
            files: Written::all(&Payload::File(bytes.to_vec())),
            pages: Some(3),
            warnings: vec![
                (&Diagnostic::warning("font-coverage", "no font covers x")
                    .at(Location::file("locales/en/a.ftl"))
                    .hint("add a font")
                    .locale("en"))
                    .into(),
            ],
            notes: vec!["a note".into()],
        }
    }

    #[test]
    fn an_entry_round_trips_with_its_warnings() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("en")).expect("mkdir");
        std::fs::write(dir.path().join("en/a.pdf"), b"pdf").expect("write");
        let mut cache = Cache::load(dir.path());
        cache.record("en/a.pdf".into(), entry(b"pdf"));
        cache.save().expect("save");
        let again = Cache::load(dir.path());
        let e = again.fresh(dir.path(), "en/a.pdf", "in").expect("fresh");
        assert_eq!(e, &entry(b"pdf"));
        let d = e.warnings[0].to_diagnostic();
        assert_eq!((d.code, d.place().as_str(), d.is_error()), ("font-coverage", "locales/en/a.ftl", false));
        assert!(again.fresh(dir.path(), "en/a.pdf", "other inputs").is_none());
        std::fs::write(dir.path().join("en/a.pdf"), b"replaced").expect("write");
        assert!(again.fresh(dir.path(), "en/a.pdf", "in").is_none(), "a changed file is not fresh");
    }

    #[test]
    fn pruning_deletes_only_files_still_as_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path();
        std::fs::create_dir_all(out.join("fi")).expect("mkdir");
        std::fs::create_dir_all(out.join("sv")).expect("mkdir");
        std::fs::write(out.join("fi/a.pdf"), b"pdf").expect("write");
        std::fs::write(out.join("sv/a.pdf"), b"edited by hand").expect("write");
        std::fs::write(out.join("sv/notes.txt"), b"mine").expect("write");
        let mut cache = Cache::load(out);
        cache.record("fi/a.pdf".into(), entry(b"pdf"));
        cache.record("sv/a.pdf".into(), entry(b"pdf"));
        cache.record("en/a.pdf".into(), entry(b"pdf"));
        let left = cache.prune(out, |f| f.starts_with("en/"));
        assert_eq!(
            left,
            [
                Leftover { file: "fi/a.pdf".into(), removed: true },
                Leftover { file: "sv/a.pdf".into(), removed: false }
            ]
        );
        assert!(!out.join("fi").exists(), "the emptied folder goes too");
        assert!(out.join("sv/a.pdf").is_file() && out.join("sv/notes.txt").is_file());
        assert!(cache.entries.contains_key("en/a.pdf") && cache.entries.len() == 1);
    }

    #[test]
    fn a_removed_folder_output_goes_except_files_changed_since() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path();
        let files: std::collections::BTreeMap<String, Vec<u8>> =
            [("index.html".into(), b"page".to_vec()), ("download/a.pdf".into(), b"pdf".to_vec())].into();
        crate::build::output::replace_folder(&out.join("site/sv"), &files).expect("write");
        let mut cache = Cache::load(out);
        let entry = Entry { files: Written::all(&Payload::Folder(files)), ..entry(b"") };
        cache.record("site/sv".into(), entry.clone());
        assert!(cache.fresh(out, "site/sv", "in").is_some());
        std::fs::remove_file(out.join("site/sv/index.html")).expect("rm");
        assert!(cache.fresh(out, "site/sv", "in").is_none(), "a missing file is not fresh");
        assert_eq!(cache.prune(out, |_| false), [Leftover { file: "site/sv".into(), removed: true }]);
        assert!(!out.join("site").exists(), "emptied folders go too");
        cache.record("site/sv".into(), entry);
        std::fs::create_dir_all(out.join("site/sv/download")).expect("mkdir");
        std::fs::write(out.join("site/sv/download/a.pdf"), b"edited").expect("write");
        assert_eq!(cache.prune(out, |_| false), [Leftover { file: "site/sv".into(), removed: false }]);
        assert!(out.join("site/sv/download/a.pdf").is_file());
    }
}
