//! Translations: Fluent files per locale, loaded into bundles, linted against the reference.

pub mod catalog;
pub mod direction;
pub mod functions;
pub mod inspect;
pub mod lint;
pub mod pseudo;
pub mod refs;
pub mod scaffold;
pub mod sources;
pub mod stale;
pub mod state;
pub mod status;
pub mod syntax;
pub mod worddiff;
pub mod xliff;

pub use catalog::{Catalog, LocaleCatalog, MessageInfo};

use fluent_bundle::FluentArgs;

/// The message id and attribute of a key (`id`, or `id.attr` for an attribute).
pub fn entry_of(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((e, a)) => (e, Some(a)),
        None => (key, None),
    }
}

/// Variables every message may use; the document builder supplies them (`year`, `month`
/// and `day` are the numbers of the document date, for `ui-date-long`).
pub const VARIABLES: &[&str] = &["methods", "count", "number", "year", "month", "day"];

/// Arguments for formatting: the number of methods, plus `count` and `number` when given.
pub fn args(methods: usize, count: Option<u32>, number: Option<u32>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("methods", methods);
    if let Some(c) = count {
        args.set("count", c);
    }
    if let Some(n) = number {
        args.set("number", n);
    }
    args
}
