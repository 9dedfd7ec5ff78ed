//! PDF editions through the embedded Typst compiler: the theme renders the book from data.

mod bleed;
mod diagnostics;
mod fit;
mod qr;
mod world;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;
use typst::diag::Warned;
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use world::TypstEnv;

use super::{Artifact, Download, Edition, Payload, RenderError, Renderer};
use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;
use crate::project::theme::ThemeSettings;

/// The theme file the handbook edition compiles.
pub const HANDBOOK: &str = "handbook.typ";
/// The theme file the cards edition compiles.
pub const CARDS: &str = "cards.typ";

/// Renders a Typst theme file (`handbook.typ` or `cards.typ`) to PDF.
pub struct TypstRenderer {
    env: Arc<TypstEnv>,
    edition: Edition,
    main: &'static str,
    settings: ThemeSettings,
    /// The partner of a co-branded edition.
    partner: Option<String>,
}

/// What the theme reads from `/book.json`.
#[derive(Serialize)]
struct Data<'a> {
    book: &'a LocalizedBook,
    theme: &'a ThemeSettings,
    edition: &'static str,
    /// The partner of a co-branded edition, or null.
    partner: Option<&'a crate::doc::ir::Partner>,
    /// The card fronts' QR codes by chapter id (cards edition only).
    qr: BTreeMap<String, Vec<Option<qr::Qr>>>,
}

impl TypstRenderer {
    /// A renderer for `edition` compiling the theme file `main`, sharing the loaded theme
    /// and fonts (the registry says which file each edition compiles).
    pub fn new(env: Arc<TypstEnv>, edition: Edition, main: &'static str, settings: ThemeSettings) -> Self {
        TypstRenderer { env, edition, main, settings, partner: None }
    }

    /// The same renderer printing `partner`'s co-branded edition.
    pub fn for_partner(self, partner: &str) -> Self {
        TypstRenderer { partner: Some(partner.to_string()), ..self }
    }

    /// The book's entry for this renderer's partner; an id the book lacks is an error.
    fn partner_of<'b>(
        &self,
        book: &'b LocalizedBook,
    ) -> Result<Option<&'b crate::doc::ir::Partner>, RenderError> {
        let Some(id) = &self.partner else { return Ok(None) };
        match book.partners.iter().find(|p| &p.id == id) {
            Some(p) => Ok(Some(p)),
            None => Err(RenderError(vec![Diagnostic::error(
                "partner",
                format!("no partner `{id}` in book.toml"),
            )])),
        }
    }

    /// Compile the theme with the book as data.
    fn compile(&self, book: &LocalizedBook) -> Result<(PagedDocument, Vec<Diagnostic>), RenderError> {
        let qr = if self.edition == Edition::Cards { qr::card_codes(book) } else { BTreeMap::new() };
        let partner = self.partner_of(book)?;
        let data = Data { book, theme: &self.settings, edition: self.edition.name(), partner, qr };
        let json = serde_json::to_string(&data)
            .map_err(|e| RenderError(vec![Diagnostic::error("data", e.to_string())]))?;
        let uncovered = self.uncovered(&json);
        let world = self.env.world(self.main, json.into_bytes(), book.meta.date);
        let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
        let mut warnings = diagnostics::convert(&world, &warnings, &self.env);
        warnings.extend(uncovered);
        match output {
            // A warning that dropped content is an error: such a PDF would be wrong.
            Ok(_) if warnings.iter().any(Diagnostic::is_error) => Err(RenderError(warnings)),
            Ok(doc) => Ok((doc, warnings)),
            Err(errors) => {
                let mut all = diagnostics::convert(&world, &errors, &self.env);
                all.extend(warnings);
                Err(RenderError(all))
            }
        }
    }

    /// Compile and lay out the theme for `book` without exporting a PDF: the theme's
    /// errors and warnings, located in its files (for `vetpress check`).
    pub fn check(&self, book: &LocalizedBook) -> Vec<Diagnostic> {
        match self.compile(book) {
            Ok((doc, mut warnings)) => {
                if self.edition == Edition::Cards {
                    warnings.extend(fit::reports(&doc, &book.locale).warnings);
                }
                warnings
            }
            Err(e) => e.0,
        }
    }

    /// Characters of the book that no loaded font has: reported, never silently drawn as boxes.
    fn uncovered(&self, json: &str) -> Option<Diagnostic> {
        // Distinct characters first: the book has a few hundred, its JSON half a million.
        let distinct: BTreeSet<char> = json.chars().filter(|c| !c.is_control() && !bidi_mark(*c)).collect();
        let missing: BTreeSet<char> = distinct.into_iter().filter(|c| !self.env.covers(*c)).collect();
        if missing.is_empty() {
            return None;
        }
        let list: Vec<String> = missing.iter().map(|c| format!("{c} (U+{:04X})", *c as u32)).collect();
        Some(
            Diagnostic::warning("font-coverage", format!("no font covers {}", list.join(", ")))
                .hint("add a font with these characters to the theme's fonts/ folder, or pass its folder with --font-path"),
        )
    }
}

/// Directional marks and isolates a translator may type (right-to-left text needs them):
/// they steer the bidi algorithm and need no glyph.
fn bidi_mark(c: char) -> bool {
    matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Compile and lay out both Typst editions of the theme against `book` (no PDF export),
/// plain and for every partner (its logo and the theme's partner branch are checked too):
/// what `vetpress check` reports about the theme, located in its files.
pub fn check_theme(env: &Arc<TypstEnv>, settings: &ThemeSettings, book: &LocalizedBook) -> Vec<Diagnostic> {
    let run = |edition, main, partner: Option<&str>| {
        let renderer = TypstRenderer::new(env.clone(), edition, main, settings.clone());
        match partner {
            Some(id) => renderer.for_partner(id).check(book),
            None => renderer.check(book),
        }
    };
    let mut all = Vec::new();
    let partners = book.partners.iter().map(|p| Some(p.id.as_str()));
    for partner in std::iter::once(None).chain(partners) {
        let (handbook, cards) =
            rayon::join(|| run(Edition::Handbook, HANDBOOK, partner), || run(Edition::Cards, CARDS, partner));
        // A partner edition repeats the plain edition's findings: report each once.
        all.extend(handbook.into_iter().chain(cards).filter(|d| !all.contains(d)).collect::<Vec<_>>());
    }
    all
}

/// The PDF standards declared on every PDF: tagged, PDF/UA-1 and PDF/A-2a.
const STANDARDS: &[PdfStandard] = &[PdfStandard::Ua_1, PdfStandard::A_2a];

/// Set up `list`; a failure is an error, never a PDF that silently claims less.
fn standards(list: &[PdfStandard]) -> Result<PdfStandards, RenderError> {
    PdfStandards::new(list).map_err(|e| {
        let mut d =
            Diagnostic::error("pdf-standards", format!("cannot set up PDF/UA and PDF/A: {}", e.message()));
        let hints: Vec<&str> = e.hints().iter().map(|h| h.as_str()).collect();
        d = d.hint(if hints.is_empty() {
            "report this as a vetpress bug".to_string()
        } else {
            hints.join("; ")
        });
        RenderError(vec![d])
    })
}

impl Renderer for TypstRenderer {
    fn edition(&self) -> Edition {
        self.edition
    }

    fn partner(&self) -> Option<&str> {
        self.partner.as_deref()
    }

    fn render(&self, book: &LocalizedBook, _: &[Download]) -> Result<Artifact, RenderError> {
        let (doc, mut warnings) = self.compile(book)?;
        let standards = standards(STANDARDS)?;
        let date = world::datetime(book.meta.date);
        let options = PdfOptions {
            ident: Smart::Custom(match &self.partner {
                None => format!("{}-{}-{}", book.id, book.locale, self.edition.name()),
                Some(p) => format!("{}-{}-{}-{p}", book.id, book.locale, self.edition.name()),
            }),
            creator: Smart::Custom(Some("vetpress".into())),
            timestamp: date.map(Timestamp::new_utc),
            standards,
            tagged: true,
            ..PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&doc, &options).map_err(|errors| {
            let world = self.env.world(self.main, Vec::new(), book.meta.date);
            RenderError(diagnostics::convert(&world, &errors, &self.env))
        })?;
        // Single cards bleed: printers want the BleedBox beside Typst's TrimBox.
        let bytes = if self.edition == Edition::Cards {
            bleed::add_bleed_boxes(&bytes, bleed::BLEED_PT).map_err(|e| {
                let d = Diagnostic::error("pdf-bleed", e.to_string()).hint("report this as a vetpress bug");
                RenderError(vec![d])
            })?
        } else {
            bytes
        };
        let notes = if self.edition == Edition::Cards {
            let fit = fit::reports(&doc, &book.locale);
            warnings.extend(fit.warnings);
            fit.notes
        } else {
            Vec::new()
        };
        Ok(Artifact { payload: Payload::File(bytes), pages: Some(doc.pages().len()), warnings, notes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_standards_set_up() {
        assert!(standards(STANDARDS).is_ok());
    }

    #[test]
    fn standards_that_cannot_be_set_up_are_an_error() {
        let Err(RenderError(diags)) = standards(&[PdfStandard::A_2a, PdfStandard::A_3b]) else {
            panic!("two PDF/A standards were accepted");
        };
        assert!(diags[0].is_error() && diags[0].message.contains("PDF/A"), "{diags:?}");
    }
}
