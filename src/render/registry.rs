//! The edition registry: which renderer renders which edition. Every match here is
//! exhaustive, so a new edition cannot silently get another edition's renderer.

use std::sync::{Arc, OnceLock};

use super::epub::EpubRenderer;
use super::site::SiteRenderer;
use super::typst::{self, TypstEnv, TypstRenderer};
use super::{Edition, RenderError, Renderer};
use crate::diag::Diagnostic;
use crate::project::{Assets, FontSources, Theme};

/// Makes renderers for a theme and an asset store; expensive shared state (fonts, parsed
/// Typst sources, compiled site templates) is built once, on first use.
pub struct Registry {
    theme: Theme,
    assets: Arc<Assets>,
    fonts: FontSources,
    typst: OnceLock<Arc<TypstEnv>>,
    site: OnceLock<Result<Arc<SiteRenderer>, Vec<Diagnostic>>>,
}

impl Registry {
    /// A registry for one build.
    pub fn new(theme: &Theme, assets: Arc<Assets>) -> Self {
        Registry {
            theme: theme.clone(),
            assets,
            fonts: FontSources::default(),
            typst: OnceLock::new(),
            site: OnceLock::new(),
        }
    }

    /// The same registry with fonts from outside the theme (`--font-path`, `[fonts] system`).
    pub fn with_fonts(mut self, fonts: &FontSources) -> Self {
        self.fonts = fonts.clone();
        self
    }

    /// The renderer of `edition`.
    pub fn renderer(&self, edition: Edition) -> Result<Arc<dyn Renderer>, RenderError> {
        Ok(match edition {
            Edition::Handbook | Edition::Cards => Arc::new(self.typst_renderer(edition)),
            Edition::Epub => Arc::new(EpubRenderer::new(self.epub_stylesheet(), self.assets.clone())),
            Edition::Site => self.site()?,
        })
    }

    /// The theme's `epub.css` with its colours put in from theme.toml: reading systems
    /// without CSS custom properties would otherwise show no colour at all.
    fn epub_stylesheet(&self) -> Vec<u8> {
        match self.theme.text("epub.css") {
            Some(css) => crate::project::colours::substitute(css, &self.theme.settings.colours).into_bytes(),
            None => self.theme.files.get("epub.css").cloned().unwrap_or_default(),
        }
    }

    /// The Typst renderer of a print edition; the theme file it compiles follows the edition.
    fn typst_renderer(&self, edition: Edition) -> TypstRenderer {
        let main = if edition == Edition::Cards { typst::CARDS } else { typst::HANDBOOK };
        TypstRenderer::new(self.typst(), edition, main, self.theme.settings.clone())
    }

    /// The renderer of `partner`'s co-branded `edition`; `None` for editions that are not
    /// co-branded.
    pub fn partner_renderer(&self, edition: Edition, partner: &str) -> Option<Arc<dyn Renderer>> {
        edition
            .co_branded()
            .then(|| Arc::new(self.typst_renderer(edition).for_partner(partner)) as Arc<dyn Renderer>)
    }

    /// Fonts and theme sources for the Typst editions, loaded once.
    pub fn typst(&self) -> Arc<TypstEnv> {
        self.typst
            .get_or_init(|| {
                Arc::new(TypstEnv::new(
                    self.theme.dir.clone(),
                    &self.theme.files,
                    self.assets.clone(),
                    &self.fonts,
                ))
            })
            .clone()
    }

    /// The site renderer with the theme's templates compiled, once; its errors are
    /// reported by each caller.
    pub fn site(&self) -> Result<Arc<SiteRenderer>, RenderError> {
        let made = self.site.get_or_init(|| {
            SiteRenderer::new(&self.theme.files, self.assets.clone())
                .map(|s| Arc::new(s.with_colours(&self.theme.settings.colours)))
                .map_err(|e| e.0)
        });
        made.clone().map_err(RenderError)
    }
}
