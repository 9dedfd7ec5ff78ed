//! vetpress: one structured handbook source plus Fluent translations in, print PDF,
//! EPUB and checklist cards out, for every locale, in parallel.
//!
//! Flow: [`project`] -> [`l10n`] -> [`doc`] -> renderers -> output.

pub mod build;
pub mod cli;
pub mod diag;
pub mod doc;
pub mod l10n;
pub mod pipeline;
pub mod preview;
pub mod project;
pub mod render;
pub mod suggest;
