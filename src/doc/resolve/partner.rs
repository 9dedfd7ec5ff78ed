//! `[[partners]]` -> `Partner`s of one locale: name and contact from the catalog, the logo
//! checked by the sealed asset store like a chapter image.

use super::{Origin, Resolver};
use crate::diag::Diagnostic;
use crate::doc::ir::Partner;
use crate::project::assets::MediaType;

impl Resolver<'_> {
    /// Every partner of the manifest, whichever ones a build asks for: `check` sees them all.
    pub(super) fn partners(&mut self) -> Vec<Partner> {
        let project = self.project;
        project
            .manifest
            .partners
            .iter()
            .map(|p| {
                self.check_logo(p);
                let origin = Origin::Manifest(p.at.clone());
                let name_id = p.name_id();
                let name = self.text(&name_id, None, &self.args(), origin.clone());
                Partner {
                    id: p.id.clone(),
                    name_lang: self.fallback(&name_id, None),
                    name,
                    contact: self.markdown(&p.contact_id(), origin),
                    logo: p.logo.clone(),
                }
            })
            .collect()
    }

    /// A logo must be an SVG or PNG the store serves. Not tied to a locale: every locale
    /// finds the same problem, and `check` shows it once.
    fn check_logo(&mut self, p: &crate::project::manifest::Partner) {
        let problem = match self.project.assets.check(&p.logo) {
            Ok(MediaType::Svg | MediaType::Png) => return,
            Ok(other) => format!("partner `{}`: the logo `{}` is {}", p.id, p.logo, other.name()),
            Err(e) => format!("partner `{}`: {e}", p.id),
        };
        self.diags.push(
            Diagnostic::error("partner-logo", problem)
                .at(p.logo_at.clone())
                .hint("a partner logo is an SVG or PNG under sources/assets/, written as `assets/<file>`"),
        );
    }
}
