//! Deserialise a TOML file into a typed value, turning parse errors into diagnostics.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Location};

/// Parse `text` (the contents of `file`, relative to the project root).
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().replace('\n', " ");
            let hint = hint_for(&message);
            let mut d = Diagnostic::error("toml", message).at(Location::in_text(file, text, span));
            if let Some(hint) = hint {
                d = d.hint(hint);
            }
            diags.push(d);
            None
        }
    }
}

fn hint_for(message: &str) -> Option<String> {
    if message.starts_with("unknown field") {
        Some("remove the key or fix its spelling; docs/source-format.md lists every key".into())
    } else if message.starts_with("unknown variant") {
        Some("use one of the values listed in the message".into())
    } else if message.starts_with("missing field") {
        Some("add the key; docs/source-format.md describes it".into())
    } else {
        None
    }
}
