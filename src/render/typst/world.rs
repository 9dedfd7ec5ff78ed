//! The Typst `World`: serves the theme, the generated book data and project assets only.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use typst_kit::fonts::FontStore;

use crate::project::fonts::is_font_file;
use crate::project::manifest::Date;
use crate::project::{Assets, FontSources};

/// The virtual path of the generated data file.
pub const DATA: &str = "/book.json";

/// Everything shared by all Typst jobs: library, fonts, parsed theme sources.
pub struct TypstEnv {
    library: LazyHash<Library>,
    fonts: FontStore,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    /// Theme folder relative to the project root, for diagnostics.
    pub theme_dir: PathBuf,
    assets: Arc<Assets>,
}

/// A file id for a virtual path in the project root.
pub fn file_id(path: &str) -> Option<FileId> {
    Some(FileId::new(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?)))
}

impl TypstEnv {
    /// Parse the theme's `.typ` files, keep its other files, load fonts: embedded, the
    /// theme's (every face of a collection), then `extra` (`--font-path` folders and the
    /// system's, loaded when first used). Images come only from the sealed store `assets`.
    pub fn new(
        theme_dir: PathBuf,
        theme_files: &BTreeMap<String, Vec<u8>>,
        assets: Arc<Assets>,
        extra: &FontSources,
    ) -> Self {
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        let mut fonts = FontStore::new();
        fonts.extend(typst_kit::fonts::embedded());
        for (name, bytes) in theme_files {
            let Some(id) = file_id(&format!("/{name}")) else { continue };
            if name.ends_with(".typ") {
                sources.insert(id, Source::new(id, String::from_utf8_lossy(bytes).into_owned()));
            } else if is_font_file(std::path::Path::new(name)) {
                fonts.extend(Font::iter(Bytes::new(bytes.clone())).map(with_info));
            }
            files.insert(id, Bytes::new(bytes.clone()));
        }
        for dir in &extra.dirs {
            fonts.extend(typst_kit::fonts::scan(dir));
        }
        if extra.system {
            fonts.extend(typst_kit::fonts::system());
        }
        TypstEnv { library: LazyHash::new(Library::default()), fonts, sources, files, theme_dir, assets }
    }

    /// A world that compiles `main` (a theme file name) with `data` as `/book.json`.
    pub fn world(&self, main: &str, data: Vec<u8>, date: Date) -> BookWorld<'_> {
        BookWorld {
            env: self,
            main: file_id(&format!("/{main}")).expect("theme file names are valid paths"),
            data: Bytes::new(data),
            today: datetime(date),
        }
    }

    /// Whether a loaded font (embedded, the theme's or from outside it) has this family name; Typst
    /// matches family names without regard to case.
    pub fn has_family(&self, family: &str) -> bool {
        self.fonts.book().contains_family(&family.to_lowercase())
    }

    /// The family names of every loaded font, for suggestions.
    pub fn families(&self) -> Vec<String> {
        self.fonts.book().families().map(|(name, _)| name.to_string()).collect()
    }

    /// Whether the font set covers a character (for tofu reports); read from the font
    /// book, so fonts not loaded yet are not loaded for it.
    pub fn covers(&self, c: char) -> bool {
        let book: &FontBook = self.fonts.book();
        (0..).map_while(|i| book.info(i)).any(|info| info.coverage.contains(c as u32))
    }

    /// The theme-relative name of a file id, when it is a theme file.
    pub fn theme_file(&self, id: FileId) -> Option<String> {
        let path = id.get().vpath().get_without_slash().to_string();
        self.sources.contains_key(&id).then_some(path)
    }
}

/// A loaded font with its font-book entry.
fn with_info(font: Font) -> (Font, FontInfo) {
    let info = font.info().clone();
    (font, info)
}

/// The document date as a Typst date, built from its fields.
pub fn datetime(date: Date) -> Option<Datetime> {
    Datetime::from_ymd(date.year, date.month, date.day)
}

/// One compilation: the shared environment plus this job's data.
pub struct BookWorld<'a> {
    env: &'a TypstEnv,
    main: FileId,
    data: Bytes,
    today: Option<Datetime>,
}

impl World for BookWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.env.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.env.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.env.sources.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if !matches!(id.get().root(), VirtualRoot::Project) {
            return Err(FileError::AccessDenied);
        }
        if Some(id) == file_id(DATA) {
            return Ok(self.data.clone());
        }
        if let Some(bytes) = self.env.files.get(&id) {
            return Ok(bytes.clone());
        }
        // Project images: `/assets/...` is served from the sealed store, never the disk.
        let vpath = id.get().vpath().get_without_slash();
        if vpath.starts_with("assets/") {
            return match self.env.assets.get(vpath) {
                Ok(asset) => Ok(Bytes::new(asset.bytes)),
                Err(e) => Err(FileError::Other(Some(e.to_string().into()))),
            };
        }
        Err(not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.env.fonts.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(PathBuf::from(id.get().vpath().get_with_slash()))
}
