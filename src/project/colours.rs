//! The theme's colours in its stylesheets and Typst files: `theme.toml [colours]` is the
//! one place a colour is written. A stylesheet names one as `var(--vp-<name>)`; the EPUB
//! gets the value put in (old reading systems lack custom properties), the site gets a
//! `:root` block defining them. Typst files name one as `colour("<name>")`. A name
//! theme.toml lacks is an error at the file and line that uses it, never black.

use std::collections::BTreeMap;
use std::ops::Range;

use super::theme::Theme;
use crate::diag::{Diagnostic, Location};

/// The custom-property prefix of a theme colour in CSS.
pub const PREFIX: &str = "--vp-";

/// One use of a theme colour in a file: the byte range of the whole reference and the name.
#[derive(Debug, PartialEq)]
struct Use {
    span: Range<usize>,
    name: String,
    /// Written as `var(--vp-name)` exactly (a CSS use the EPUB can substitute).
    plain: bool,
}

/// Whether `c` may be part of a colour name.
fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Every `--vp-<name>` in a stylesheet outside comments; `plain` when it is written
/// `var(--vp-<name>)`.
fn css_uses(css: &str) -> Vec<Use> {
    let comments = comments(css);
    css.match_indices(PREFIX)
        .filter(|(at, _)| !comments.iter().any(|c| c.contains(at)))
        .map(|(at, _)| {
            let rest = &css[at + PREFIX.len()..];
            let name: String = rest.chars().take_while(|c| name_char(*c)).collect();
            let end = at + PREFIX.len() + name.len();
            let opened = css[..at].ends_with("var(");
            let plain = opened && css[end..].starts_with(')');
            let span = if plain { at - 4..end + 1 } else { at..end };
            Use { span, name, plain }
        })
        .collect()
}

/// The byte ranges of the `/* … */` comments of a stylesheet (an unclosed one runs to
/// the end, as in CSS).
fn comments(css: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = css[from..].find("/*").map(|i| from + i) {
        let end = css[open + 2..].find("*/").map_or(css.len(), |i| open + 2 + i + 2);
        found.push(open..end);
        from = end;
    }
    found
}

/// Every `colour("<name>")` with a literal name in a Typst file (names computed at run
/// time, such as a role's key, are checked by the needed-colours list).
fn typst_uses(typ: &str) -> Vec<Use> {
    const CALL: &str = "colour(\"";
    typ.match_indices(CALL)
        .filter(|(at, _)| !typ[..*at].ends_with(|c: char| name_char(c) || c == '.'))
        .filter_map(|(at, _)| {
            let start = at + CALL.len();
            let len = typ[start..].find('"')?;
            // `colour("a" + b)` names no colour by itself.
            typ[start + len + 1..].starts_with(')').then_some(())?;
            let name = typ[start..start + len].to_string();
            Some(Use { span: start..start + len, name, plain: true })
        })
        .collect()
}

/// Check every colour a theme's stylesheets (`*.css`, `site/*.css`) and Typst files use.
pub fn check_uses(theme: &Theme, diags: &mut Vec<Diagnostic>) {
    let colours = &theme.settings.colours;
    for (file, bytes) in &theme.files {
        let Ok(text) = std::str::from_utf8(bytes) else { continue };
        let uses = if file.ends_with(".css") {
            css_uses(text)
        } else if file.ends_with(".typ") {
            typst_uses(text)
        } else {
            continue;
        };
        for u in uses {
            let at = Location::in_text(theme.dir.join(file), text, u.span.clone());
            if !colours.contains_key(&u.name) {
                diags.push(unknown(theme, &u.name, at));
            } else if !u.plain {
                diags.push(
                    Diagnostic::error("theme-colour", format!("`{PREFIX}{}` is not written `var({PREFIX}{})`", u.name, u.name))
                        .at(at)
                        .hint("write a theme colour as var(--vp-<name>) with no fallback: theme.toml always defines it, and the e-book puts the value in its place"),
                );
            }
        }
    }
}

/// The error for a colour name theme.toml lacks, at the place that uses it.
fn unknown(theme: &Theme, name: &str, at: Location) -> Diagnostic {
    let toml = theme.dir.join("theme.toml");
    let known = theme.settings.colours.keys().map(String::as_str);
    let hint = match crate::suggest::nearest(name, known) {
        Some(near) => format!(
            "did you mean `{near}`? Or add `{name} = \"#rrggbb\"` under [colours] in {}",
            toml.display()
        ),
        None => format!("add `{name} = \"#rrggbb\"` under [colours] in {}", toml.display()),
    };
    Diagnostic::error("theme-colour", format!("colour `{name}` is not defined in theme.toml"))
        .at(at)
        .hint(hint)
}

/// The stylesheet with every `var(--vp-<name>)` replaced by its value from `colours`;
/// a reference to an unknown name is left as it is (the theme check reports it).
pub fn substitute(css: &str, colours: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(css.len());
    let mut from = 0;
    for u in css_uses(css).into_iter().filter(|u| u.plain) {
        let Some(value) = colours.get(&u.name) else { continue };
        out.push_str(&css[from..u.span.start]);
        out.push_str(value);
        from = u.span.end;
    }
    out.push_str(&css[from..]);
    out
}

/// `:root { --vp-<name>: #rrggbb; }` for the site, in name order. Only plain names and
/// `#rrggbb` values are written (the theme check refuses others), so nothing from
/// theme.toml can end the rule early.
pub fn root_block(colours: &BTreeMap<String, String>) -> String {
    let mut css = String::from("/* The theme's colours (theme.toml [colours]), generated. */\n:root {\n");
    for (name, value) in colours.iter().filter(|(n, v)| valid_name(n) && is_hex(v)) {
        css.push_str(&format!("  {PREFIX}{name}: {value};\n"));
    }
    css.push_str("}\n");
    css
}

/// Whether a theme.toml colour name can be used in CSS and Typst as it is.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(name_char)
}

/// `#rrggbb`.
pub fn is_hex(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colours() -> BTreeMap<String, String> {
        [("accent", "#1b5e7a"), ("paper-tint", "#eef4f7")].map(|(k, v)| (k.into(), v.into())).into()
    }

    #[test]
    fn css_uses_are_found_with_their_form() {
        let css = "a { color: var(--vp-accent); }\n/* var(--vp-<name>) */b { x: var(--vp-paper-tint, red); --vp-own: 1; }";
        let uses = css_uses(css);
        let got: Vec<(&str, bool)> = uses.iter().map(|u| (u.name.as_str(), u.plain)).collect();
        assert_eq!(got, [("accent", true), ("paper-tint", false), ("own", false)]);
        assert_eq!(&css[uses[0].span.clone()], "var(--vp-accent)");
    }

    #[test]
    fn the_epub_gets_values_and_leaves_the_rest_alone() {
        let css =
            "h1{color:var(--vp-accent)} p{background:var(--vp-paper-tint);border:1px solid var(--vp-nope)}";
        assert_eq!(
            substitute(css, &colours()),
            "h1{color:#1b5e7a} p{background:#eef4f7;border:1px solid var(--vp-nope)}"
        );
    }

    #[test]
    fn typst_literal_names_are_found_but_not_other_functions() {
        let typ = "#let a = colour(\"accent\")\n#let b = my-colour(\"x\") + theme.colour(\"y\")\ncolour(role) + colour(\"z\" + k)";
        let uses = typst_uses(typ);
        assert_eq!(uses.len(), 1, "{uses:?}");
        assert_eq!(&typ[uses[0].span.clone()], "accent");
    }

    #[test]
    fn the_site_block_holds_only_valid_pairs() {
        let mut c = colours();
        c.insert("evil".into(), "red;}body{x:y".into());
        c.insert("bad name".into(), "#000000".into());
        let css = root_block(&c);
        assert!(css.contains("  --vp-accent: #1b5e7a;\n  --vp-paper-tint: #eef4f7;\n}"), "{css}");
        assert!(!css.contains("evil") && !css.contains("bad"), "{css}");
    }
}
