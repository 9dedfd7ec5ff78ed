//! Deserialise a TOML file into a typed value, turning parse errors into diagnostics.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Location};
use crate::suggest;

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
        let guess = did_you_mean(message).unwrap_or_default();
        Some(format!("{guess}remove the key or fix its spelling; docs/source-format.md lists every key"))
    } else if message.starts_with("unknown variant") {
        let guess = did_you_mean(message).unwrap_or_default();
        Some(format!("{guess}use one of the values listed in the message"))
    } else if message.starts_with("missing field") {
        Some("add the key; docs/source-format.md describes it".into())
    } else {
        None
    }
}

/// "did you mean `phase`? " for serde's "unknown field `phse`, expected one of `type`, …"
/// (also for unknown variants), when one expected name is near the wrong one.
fn did_you_mean(message: &str) -> Option<String> {
    let (wrong, expected) = message.split_once(", expected")?;
    let quoted = |s: &'_ str| s.split('`').skip(1).step_by(2).map(str::to_string).collect::<Vec<_>>();
    let wrong = quoted(wrong).into_iter().next()?;
    let names = quoted(expected);
    suggest::nearest(&wrong, names.iter().map(String::as_str)).map(|n| format!("did you mean `{n}`? "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_and_values_suggest_the_nearest_expected_one() {
        let field = "unknown field `phse`, expected one of `type`, `id`, `phase`, `roles`";
        assert_eq!(hint_for(field).as_deref().map(|h| h.starts_with("did you mean `phase`? ")), Some(true));
        let variant = "unknown variant `employr`, expected one of `vet-provider`, `employer`, `student`";
        assert!(hint_for(variant).is_some_and(|h| h.starts_with("did you mean `employer`? ")));
        let two = "unknown variant `singel`, expected `imposed` or `single`";
        assert!(hint_for(two).is_some_and(|h| h.starts_with("did you mean `single`? ")));
        let far = "unknown field `colour`, expected one of `type`, `id`";
        assert!(hint_for(far).is_some_and(|h| h.starts_with("remove the key")));
    }
}
