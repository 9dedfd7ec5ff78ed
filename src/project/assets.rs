//! The sealed asset store: the only way any output gets image bytes.
//!
//! Every `assets/...` path the book uses is resolved once per build: canonicalised, refused
//! unless it stays inside the project's `sources/assets/`, size-capped, and typed from its
//! bytes (never from its name). Renderers read the verified bytes from here, never the disk,
//! so what `check` approved is exactly what gets published.

use super::{ReadError, read_inside};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

mod svg;

/// Largest image accepted, in bytes (20 MiB): far above any print-quality figure, far below
/// what would make a build or an e-book reader struggle.
pub const MAX_IMAGE_BYTES: u64 = 20 * 1024 * 1024;

/// The image types an asset may have, as sniffed from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// GIF.
    Gif,
    /// WebP.
    Webp,
    /// SVG (checked to be self-contained and script-free).
    Svg,
}

impl MediaType {
    /// The IANA media type, e.g. for the EPUB manifest.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Gif => "image/gif",
            MediaType::Webp => "image/webp",
            MediaType::Svg => "image/svg+xml",
        }
    }

    /// A readable name, with its article.
    pub fn name(self) -> &'static str {
        match self {
            MediaType::Png => "a PNG image",
            MediaType::Jpeg => "a JPEG image",
            MediaType::Gif => "a GIF image",
            MediaType::Webp => "a WebP image",
            MediaType::Svg => "an SVG image",
        }
    }

    /// The type a file name's extension promises.
    fn from_extension(path: &str) -> Option<MediaType> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "png" => MediaType::Png,
            "jpg" | "jpeg" => MediaType::Jpeg,
            "gif" => MediaType::Gif,
            "webp" => MediaType::Webp,
            "svg" => MediaType::Svg,
            _ => return None,
        })
    }

    /// The raster type of `bytes`, from its signature.
    fn sniff_raster(bytes: &[u8]) -> Option<MediaType> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(MediaType::Png)
        } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            Some(MediaType::Jpeg)
        } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
            Some(MediaType::Gif)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(MediaType::Webp)
        } else {
            None
        }
    }
}

/// A verified image: its bytes as read once, and its sniffed type.
#[derive(Debug, Clone)]
pub struct Asset {
    /// The file contents.
    pub bytes: Arc<[u8]>,
    /// What the bytes are.
    pub media_type: MediaType,
}

/// Why an image is refused. The path is the one written in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssetError {
    /// Not a plain relative path under `assets/`.
    #[error("image `{0}` is not a plain path under assets/")]
    BadPath(String),
    /// No such file.
    #[error("image `{0}` does not exist in sources/assets/")]
    Missing(String),
    /// A symlink (or a symlinked `sources/assets`) leads out of the project.
    #[error("image `{0}` resolves to a file outside sources/assets/ and is refused")]
    Outside(String),
    /// A folder or a device, not a file.
    #[error("image `{0}` is not a regular file")]
    NotAFile(String),
    /// Over [`MAX_IMAGE_BYTES`].
    #[error("image `{path}` is {size} bytes, over the limit of {MAX_IMAGE_BYTES} bytes (20 MiB)")]
    TooLarge {
        /// As written.
        path: String,
        /// Its size.
        size: u64,
    },
    /// Not an image of a supported type, or not what its name says.
    #[error("image `{path}` is named as {expected}, but its contents are {found}")]
    WrongType {
        /// As written.
        path: String,
        /// What the extension promises ("a PNG image", or "no known image type").
        expected: String,
        /// What the bytes are ("a JPEG image", "not an image").
        found: String,
    },
    /// An SVG that is broken or reaches outside itself.
    #[error("SVG image `{path}` {why}")]
    Svg {
        /// As written.
        path: String,
        /// What is wrong.
        why: String,
    },
    /// The file exists but cannot be read.
    #[error("cannot read image `{path}`: {why}")]
    Io {
        /// As written.
        path: String,
        /// The system's reason.
        why: String,
    },
}

impl AssetError {
    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            AssetError::BadPath(_) => "write `assets/<file>`, without `..`, `.` or empty parts",
            AssetError::Missing(_) => "check the file name; images live in sources/assets/",
            AssetError::Outside(_) => "copy the image into sources/assets/ instead of linking to it",
            AssetError::NotAFile(_) => "point at an image file, not a folder",
            AssetError::TooLarge { .. } => "scale the image down or compress it",
            AssetError::WrongType { .. } => {
                "use a PNG, JPEG, GIF, WebP or SVG image whose file extension matches its contents"
            }
            AssetError::Svg { .. } => {
                "export a plain, self-contained SVG: no scripts, no links to other files or sites"
            }
            AssetError::Io { .. } => "check the file's permissions",
        }
    }
}

/// Where `sources/assets/` resolves to.
#[derive(Debug)]
enum Dir {
    /// The canonical folder, inside the project.
    Inside(PathBuf),
    /// There is no such folder.
    Missing,
    /// It is a link out of the project: nothing in it is served.
    Outside,
}

/// The sealed store of one build. Verdicts are computed on first use and kept, so every
/// renderer sees the same bytes the check approved.
#[derive(Debug)]
pub struct Assets {
    dir: Dir,
    seen: Mutex<BTreeMap<String, Result<Asset, AssetError>>>,
}

impl Assets {
    /// The store of the project at `root`.
    pub fn open(root: &Path) -> Assets {
        let dir = match (root.canonicalize(), root.join("sources/assets").canonicalize()) {
            (Ok(root), Ok(dir)) if dir.starts_with(&root) => Dir::Inside(dir),
            (Ok(_), Ok(_)) => Dir::Outside,
            _ => Dir::Missing,
        };
        Assets { dir, seen: Mutex::new(BTreeMap::new()) }
    }

    /// Whether `src` (e.g. `assets/plan.png`) may be published, and as what.
    pub fn check(&self, src: &str) -> Result<MediaType, AssetError> {
        self.get(src).map(|a| a.media_type)
    }

    /// The verified bytes and type of `src`.
    pub fn get(&self, src: &str) -> Result<Asset, AssetError> {
        if let Some(done) = self.lock().get(src) {
            return done.clone();
        }
        let verdict = self.load(src);
        self.lock().entry(src.to_string()).or_insert(verdict).clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Result<Asset, AssetError>>> {
        // A panic elsewhere cannot leave the map half-written: entries are inserted whole.
        self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn load(&self, src: &str) -> Result<Asset, AssetError> {
        let rest = plain_path(src).ok_or_else(|| AssetError::BadPath(src.into()))?;
        let dir = match &self.dir {
            Dir::Inside(dir) => dir,
            Dir::Missing => return Err(AssetError::Missing(src.into())),
            Dir::Outside => return Err(AssetError::Outside(src.into())),
        };
        let bytes = read(src, dir, rest)?;
        let media_type = sniff(src, &bytes)?;
        Ok(Asset { bytes: bytes.into(), media_type })
    }
}

/// `assets/a/b.png` -> `a/b.png`, when every part is a plain name.
fn plain_path(src: &str) -> Option<&Path> {
    let rest = Path::new(src.strip_prefix("assets/")?);
    let plain = !src.contains('\\')
        && !src.split('/').any(|s| s.is_empty() || s == "." || s == "..")
        && rest.components().all(|c| matches!(c, Component::Normal(_)));
    plain.then_some(rest)
}

fn io_error(src: &str, e: &std::io::Error) -> AssetError {
    match e.kind() {
        std::io::ErrorKind::NotFound => AssetError::Missing(src.into()),
        _ => AssetError::Io { path: src.into(), why: e.to_string() },
    }
}

/// The bytes of `src`, read only if they stay inside `dir` and under the size cap.
fn read(src: &str, dir: &Path, rest: &Path) -> Result<Vec<u8>, AssetError> {
    read_inside(dir, "sources/assets/", &dir.join(rest), MAX_IMAGE_BYTES).map_err(|e| match e {
        ReadError::Outside(_) => AssetError::Outside(src.into()),
        ReadError::TooLarge { size, .. } => AssetError::TooLarge { path: src.into(), size },
        ReadError::NotAFile => AssetError::NotAFile(src.into()),
        ReadError::Io(e) => io_error(src, &e),
    })
}

/// The type of `bytes`, which must be what the name of `src` says.
fn sniff(src: &str, bytes: &[u8]) -> Result<MediaType, AssetError> {
    let found = match MediaType::sniff_raster(bytes) {
        Some(t) => Some(t),
        None => svg::sniff(bytes).map_err(|why| AssetError::Svg { path: src.into(), why })?,
    };
    let expected = MediaType::from_extension(src);
    match (expected, found) {
        (Some(e), Some(f)) if e == f => Ok(f),
        (e, f) => Err(AssetError::WrongType {
            path: src.into(),
            expected: e.map_or("no known image type".into(), |t| t.name().into()),
            found: f.map_or("not an image".into(), |t| t.name().into()),
        }),
    }
}

#[cfg(test)]
mod tests;
