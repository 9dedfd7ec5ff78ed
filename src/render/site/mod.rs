//! The online edition (static site). Placeholder until the site renderer lands.

pub mod search;
