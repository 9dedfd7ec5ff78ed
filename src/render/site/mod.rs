//! The online edition: a static multilingual site. Page layout comes from the theme's
//! minijinja templates (`themes/<t>/site/*.html`, auto-escaped); block content is written
//! by the one escaping HTML writer (`blocks`, `markup`) and handed to them as safe markup.
//! Every path is relative, so the site works from `file://` and under any sub-path.

pub mod blocks;
pub mod markup;
mod opds;
mod pages;
pub mod search;
pub mod selfeval;

use std::collections::BTreeMap;
use std::sync::Arc;

use minijinja::{AutoEscape, Environment, Value};

use crate::diag::Diagnostic;
use crate::doc::{LocalizedBook, Meta};
use crate::project::Assets;
use crate::render::{Artifact, Download, Edition, Payload, RenderError, Renderer};

/// What the shared root needs to know of one locale.
#[derive(Debug, Clone)]
pub struct RootLocale {
    /// The locale's book metadata.
    pub meta: Meta,
    /// BCP 47 tag (the folder name).
    pub locale: String,
    /// ISO 639 language code.
    pub lang: String,
    /// The language named in itself.
    pub language_name: String,
    /// The EPUB's path relative to the site root and its size, when it was built.
    pub epub: Option<(String, u64)>,
    /// The locale's interface labels (the root page speaks the reference locale's).
    pub labels: BTreeMap<String, String>,
}

impl RootLocale {
    /// What the root needs of `book`, with the path and size of its EPUB if built.
    pub fn from_book(book: &LocalizedBook, epub: Option<(String, u64)>) -> Self {
        let name = book.languages.iter().find(|l| l.tag == book.locale).map(|l| l.name.clone());
        RootLocale {
            meta: book.meta.clone(),
            locale: book.locale.clone(),
            lang: book.lang.clone(),
            language_name: name.unwrap_or_else(|| book.locale.clone()),
            epub,
            labels: book.labels.clone(),
        }
    }
}

/// What the shared root of the site holds (`site/<entry>`): `render_root` writes only these.
pub const ROOT_ENTRIES: &[&str] = &["index.html", "opds.xml", "assets"];

/// Renders the site: one folder per locale plus the shared root.
pub struct SiteRenderer {
    env: Environment<'static>,
    /// Non-template theme files, published under `assets/`.
    statics: BTreeMap<String, Vec<u8>>,
    /// `assets/colours.css`: the theme's named colours as CSS custom properties `--vp-<name>`.
    colours: String,
    assets: Arc<Assets>,
}

/// Templates the renderer needs; a theme without them cannot build the site.
const TEMPLATES: &[&str] = &["layout.html", "chapter.html", "locale-index.html", "root-index.html"];

fn fail(message: String, hint: &str) -> RenderError {
    RenderError(vec![Diagnostic::error("site", message).hint(hint.to_string())])
}

impl SiteRenderer {
    /// A renderer for the site files of a theme (`site/<file>`) and the build's images.
    pub fn new(theme_files: &BTreeMap<String, Vec<u8>>, assets: Arc<Assets>) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        // Template output goes through the site's one escaper, like the block content.
        env.set_formatter(|out, state, value| match value.as_str() {
            Some(s) if *state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
                out.write_str(&markup::attr(s)).map_err(minijinja::Error::from)
            }
            _ => minijinja::escape_formatter(out, state, value),
        });
        env.add_function("lang_attr", |tag: Option<String>| {
            Value::from_safe_string(markup::lang(tag.as_deref()))
        });
        let mut statics = BTreeMap::new();
        for (name, bytes) in theme_files {
            let Some(file) = name.strip_prefix("site/") else { continue };
            if !file.ends_with(".html") {
                statics.insert(file.to_string(), bytes.clone());
                continue;
            }
            let source = String::from_utf8(bytes.clone()).map_err(|_| {
                fail(format!("site template `{file}` is not UTF-8"), "save the template as UTF-8")
            })?;
            env.add_template_owned(file.to_string(), source).map_err(|e| template_error(&e))?;
        }
        if let Some(missing) = TEMPLATES.iter().find(|t| env.get_template(t).is_err()) {
            return Err(fail(
                format!("the theme has no site template `{missing}`"),
                "copy site/ from the default theme (`vetpress init --theme /tmp/t` writes it to /tmp/t/themes/default/)",
            ));
        }
        Ok(SiteRenderer {
            env,
            statics,
            colours: crate::project::colours::root_block(&BTreeMap::new()),
            assets,
        })
    }

    /// Publish the theme's named colours (`theme.toml [colours]`) as CSS custom properties
    /// `--vp-<name>` in `assets/colours.css`; values that are not `#rrggbb` are skipped.
    pub fn with_colours(mut self, colours: &BTreeMap<String, String>) -> Self {
        self.colours = crate::project::colours::root_block(colours);
        self
    }

    /// One locale: every file under `<locale>/`, by path relative to it.
    pub fn render_locale(
        &self,
        book: &LocalizedBook,
        downloads: &[Download],
    ) -> Result<Artifact, RenderError> {
        let mut files = BTreeMap::new();
        let mut images = std::collections::BTreeSet::new();
        for (i, chapter) in book.chapters.iter().enumerate() {
            let (html, used) = pages::chapter(self, book, i)?;
            files.insert(blocks::chapter_file(&chapter.id), html.into_bytes());
            images.extend(used);
        }
        files.insert(search::file_name(&book.locale), search::index_script(book).into_bytes());
        let (html, used) = pages::locale_index(self, book, downloads)?;
        files.insert("index.html".to_string(), html.into_bytes());
        images.extend(used);
        for src in images {
            let asset = self.assets.get(&src).map_err(|e| {
                RenderError(vec![
                    Diagnostic::error("site", e.to_string()).hint(e.hint()).locale(&book.locale),
                ])
            })?;
            files.insert(blocks::image_path(&src), asset.bytes.to_vec());
        }
        for d in downloads {
            files.insert(format!("download/{}", d.file_name), d.bytes.as_ref().clone());
        }
        let pages = book.chapters.len() + 1;
        Ok(Artifact {
            payload: Payload::Folder(files),
            pages: Some(pages),
            warnings: Vec::new(),
            notes: Vec::new(),
        })
    }

    /// The shared root: `index.html`, `opds.xml` and `assets/<file>`.
    pub fn render_root(&self, books: &[RootLocale]) -> Result<Artifact, RenderError> {
        let mut files = BTreeMap::new();
        files.insert("index.html".to_string(), pages::root_index(self, books)?.into_bytes());
        files.insert("opds.xml".to_string(), opds::feed(books).into_bytes());
        for (name, bytes) in &self.statics {
            files.insert(format!("assets/{name}"), bytes.clone());
        }
        files.insert("assets/colours.css".to_string(), self.colours.clone().into_bytes());
        Ok(Artifact {
            payload: Payload::Folder(files),
            pages: Some(1),
            warnings: Vec::new(),
            notes: Vec::new(),
        })
    }

    /// Render template `name` with `ctx`.
    fn render(&self, name: &str, ctx: Value) -> Result<String, RenderError> {
        let t = self.env.get_template(name).map_err(|e| template_error(&e))?;
        t.render(ctx).map_err(|e| template_error(&e))
    }
}

fn template_error(e: &minijinja::Error) -> RenderError {
    let place = match (e.name(), e.line()) {
        (Some(n), Some(l)) => format!("site template `{n}`, line {l}: "),
        (Some(n), None) => format!("site template `{n}`: "),
        _ => String::new(),
    };
    fail(format!("{place}{e}"), "fix the template; docs/site.md lists the variables each template gets")
}

impl Renderer for SiteRenderer {
    fn edition(&self) -> Edition {
        Edition::Site
    }

    fn render(&self, book: &LocalizedBook, downloads: &[Download]) -> Result<Artifact, RenderError> {
        self.render_locale(book, downloads)
    }
}

#[cfg(test)]
mod tests;
