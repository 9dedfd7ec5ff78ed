//! PDF editions through the embedded Typst compiler: the theme renders the book from data.

mod diagnostics;
mod world;

use std::collections::BTreeSet;

use serde::Serialize;
use typst::diag::Warned;
use typst::foundations::Smart;
use typst::foundations::{Element, Selector};
use typst::introspection::{Introspector, MetadataElem};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use world::TypstEnv;

use super::{Artifact, Edition, RenderError, Renderer};
use crate::diag::Diagnostic;
use crate::doc::LocalizedBook;
use crate::project::theme::ThemeSettings;

/// Renders a Typst theme file (`handbook.typ` or `cards.typ`) to PDF.
pub struct TypstRenderer {
    env: std::sync::Arc<TypstEnv>,
    edition: Edition,
    main: &'static str,
    settings: ThemeSettings,
}

/// What the theme reads from `/book.json`.
#[derive(Serialize)]
struct Data<'a> {
    book: &'a LocalizedBook,
    theme: &'a ThemeSettings,
    edition: &'static str,
}

impl TypstRenderer {
    /// A renderer for `edition`, sharing the loaded theme and fonts.
    pub fn new(env: std::sync::Arc<TypstEnv>, edition: Edition, settings: ThemeSettings) -> Self {
        let main = match edition {
            Edition::Cards => "cards.typ",
            _ => "handbook.typ",
        };
        TypstRenderer { env, edition, main, settings }
    }

    /// Compile the theme with the book as data.
    fn compile(&self, book: &LocalizedBook) -> Result<(PagedDocument, Vec<Diagnostic>), RenderError> {
        let data = Data { book, theme: &self.settings, edition: self.edition.name() };
        let json = serde_json::to_string(&data)
            .map_err(|e| RenderError(vec![Diagnostic::error("data", e.to_string())]))?;
        let uncovered = self.uncovered(&json);
        let world = self.env.world(self.main, json.into_bytes(), book.meta.date);
        let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
        let mut warnings = diagnostics::convert(&world, &warnings, &self.env);
        warnings.extend(uncovered);
        match output {
            Ok(doc) => Ok((doc, warnings)),
            Err(errors) => {
                let mut all = diagnostics::convert(&world, &errors, &self.env);
                all.extend(warnings);
                Err(RenderError(all))
            }
        }
    }

    /// Characters of the book that no loaded font has: reported, never silently drawn as boxes.
    fn uncovered(&self, json: &str) -> Option<Diagnostic> {
        let missing: BTreeSet<char> =
            json.chars().filter(|c| !c.is_control() && !self.env.covers(*c)).collect();
        if missing.is_empty() {
            return None;
        }
        let list: Vec<String> = missing.iter().map(|c| format!("{c} (U+{:04X})", *c as u32)).collect();
        Some(
            Diagnostic::warning("font-coverage", format!("no font covers {}", list.join(", ")))
                .hint("add a font with these characters to the theme folder"),
        )
    }
}

/// The PDF standards declared on every PDF: tagged, PDF/UA-1 and PDF/A-2a.
fn standards() -> PdfStandards {
    PdfStandards::new(&[PdfStandard::Ua_1, PdfStandard::A_2a]).unwrap_or_default()
}

impl Renderer for TypstRenderer {
    fn edition(&self) -> Edition {
        self.edition
    }

    fn render(&self, book: &LocalizedBook) -> Result<Artifact, RenderError> {
        let (doc, warnings) = self.compile(book)?;
        let date = world::datetime(book.meta.date);
        let options = PdfOptions {
            ident: Smart::Custom(format!("{}-{}-{}", book.id, book.locale, self.edition.name())),
            creator: Smart::Custom(Some("vetpress".into())),
            timestamp: date.map(Timestamp::new_utc),
            standards: standards(),
            tagged: true,
            ..PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&doc, &options).map_err(|errors| {
            let world = self.env.world(self.main, Vec::new(), book.meta.date);
            RenderError(diagnostics::convert(&world, &errors, &self.env))
        })?;
        let notes = if self.edition == Edition::Cards { fit_notes(&doc) } else { Vec::new() };
        Ok(Artifact { bytes, pages: Some(doc.pages().len()), warnings, notes })
    }
}

/// Notes the cards theme leaves as `metadata((vetpress: "card-fit", ...))`: text that was
/// shrunk or continued on a follow-up card.
fn fit_notes(doc: &PagedDocument) -> Vec<String> {
    let selector = Selector::Elem(Element::of::<MetadataElem>(), None);
    let mut notes = Vec::new();
    for content in doc.introspector().query(&selector) {
        let Some(meta) = content.to_packed::<MetadataElem>() else { continue };
        let Ok(v) = serde_json::to_value(&meta.value) else { continue };
        if v["vetpress"] != "card-fit" {
            continue;
        }
        let what = format!("method {} {} checklist", v["method"], v["role"].as_str().unwrap_or("?"));
        let cards = v["cards"].as_u64().unwrap_or(1);
        let size = v["size"].as_str().unwrap_or("?");
        notes.push(match (cards, v["overflow"].as_bool().unwrap_or(false)) {
            (_, true) => format!("{what}: an item is too long for a card even at {size}; shorten it"),
            (1, _) => format!("{what}: text shrunk to {size} to fit the card"),
            (n, _) => format!("{what}: continued on {n} cards at {size}"),
        });
    }
    notes
}
