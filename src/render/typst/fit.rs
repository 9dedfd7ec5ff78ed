//! What the cards theme reports as `metadata((vetpress: ...))`: text shrunk to fit a card,
//! continued on follow-up cards, or (on a front) cut off by the card's edge.

use serde_json::Value;
use typst::foundations::{Element, Selector};
use typst::introspection::{Introspector, MetadataElem};
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;

/// Notes for the build summary and warnings (text that does not fit), each once.
#[derive(Debug, Default)]
pub struct FitReport {
    /// Facts: text shrunk or continued.
    pub notes: Vec<String>,
    /// Problems: text cut off.
    pub warnings: Vec<Diagnostic>,
}

/// Collect the theme's reports from a laid-out cards document.
pub fn reports(doc: &PagedDocument, locale: &str) -> FitReport {
    let selector = Selector::Elem(Element::of::<MetadataElem>(), None);
    let mut out = FitReport::default();
    for content in doc.introspector().query(&selector) {
        let Some(meta) = content.to_packed::<MetadataElem>() else { continue };
        let Ok(v) = serde_json::to_value(&meta.value) else { continue };
        match v["vetpress"].as_str() {
            Some("card-fit") => out.notes.push(back_note(&v)),
            Some("card-front") => front(&v, locale, &mut out),
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.notes.retain(|n| seen.insert(n.clone()));
    let mut seen = std::collections::HashSet::new();
    out.warnings.retain(|d| seen.insert(d.message.clone()));
    out
}

/// A checklist (card back) shrunk or continued on more cards.
fn back_note(v: &Value) -> String {
    let what = format!("method {} {} checklist", v["method"], v["role"].as_str().unwrap_or("?"));
    let cards = v["cards"].as_u64().unwrap_or(1);
    let size = v["size"].as_str().unwrap_or("?");
    match (cards, v["overflow"].as_bool().unwrap_or(false)) {
        (_, true) => format!("{what}: an item is too long for a card even at {size}; shorten it"),
        (1, _) => format!("{what}: text shrunk to {size} to fit the card"),
        (n, _) => format!("{what}: continued on {n} cards at {size}"),
    }
}

/// A card front whose title was shrunk (a note) or whose text is cut off (a warning).
fn front(v: &Value, locale: &str, out: &mut FitReport) {
    let method = &v["method"];
    let size = v["size"].as_str().unwrap_or("?");
    if !v["overflow"].as_bool().unwrap_or(false) {
        out.notes.push(format!("method {method} card front: title shrunk to {size} to fit the card"));
        return;
    }
    let chapter = v["chapter"].as_str().unwrap_or("?");
    out.warnings.push(
        Diagnostic::warning(
            "card-fit",
            format!(
                "method {method} card front ({locale}): the title and summary do not fit even at {size} \
                 and are cut off"
            ),
        )
        .hint(format!("shorten `{chapter}-title` or its `.summary` in locales/{locale}/"))
        .locale(locale),
    );
}
