//! The document IR: a book resolved for one locale, ready for any renderer.

pub mod anchors;
pub mod ir;
pub mod labels;
pub mod markdown;
pub mod resolve;
pub mod typography;

pub use ir::*;
pub use resolve::resolve;
