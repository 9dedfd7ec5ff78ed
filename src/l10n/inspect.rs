//! Facts read off a Fluent message's syntax tree: variables, references, link targets, words.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// What a message (value and attributes) uses.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Usage {
    /// `$variables`, without the `$`.
    pub variables: BTreeSet<String>,
    /// Targets of Markdown links and images, in order.
    pub links: Vec<String>,
    /// Words of literal text.
    pub words: usize,
}

/// Collect the usage of a set of patterns.
pub fn usage<'a>(patterns: impl IntoIterator<Item = &'a Pattern<&'a str>>) -> Usage {
    let mut u = Usage::default();
    for p in patterns {
        walk_pattern(p, &mut u);
    }
    u
}

fn walk_pattern(p: &Pattern<&str>, u: &mut Usage) {
    let mut text = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                text.push_str(" x ");
                walk_expression(expression, u);
            }
        }
    }
    u.words += text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    u.links.extend(link_targets(&text));
}

fn walk_expression(e: &Expression<&str>, u: &mut Usage) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, u);
            for v in variants {
                // Count only the default variant's words, so plurals are not counted twice.
                let mut inner = Usage::default();
                walk_pattern(&v.value, &mut inner);
                u.variables.extend(inner.variables);
                if v.default {
                    u.words += inner.words;
                    u.links.extend(inner.links);
                }
            }
        }
        Expression::Inline(inline) => walk_inline(inline, u),
    }
}

fn walk_inline(e: &InlineExpression<&str>, u: &mut Usage) {
    match e {
        InlineExpression::VariableReference { id } => {
            u.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, u));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, u));
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, u));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, u));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, u),
        _ => {}
    }
}

/// Targets of `[text](target)` and `![alt](target)` in Markdown source.
pub fn link_targets(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        let after = &rest[i + 2..];
        let end = after.find([')', ' ', '\n']).unwrap_or(after.len());
        out.push(after[..end].to_string());
        rest = &after[end..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;

    fn usage_of(src: &str) -> Usage {
        let res = fluent_syntax::parser::parse(src).expect("valid ftl");
        let Entry::Message(m) = &res.body[0] else { panic!("not a message") };
        usage(m.value.iter().chain(m.attributes.iter().map(|a| &a.value)))
    }

    #[test]
    fn finds_variables_in_selectors_and_arguments() {
        let u = usage_of("m = { $n ->\n [one] a { $x }\n *[other] { NUMBER($y) } b c\n}\n");
        assert_eq!(u.variables.into_iter().collect::<Vec<_>>(), ["n", "x", "y"]);
    }

    #[test]
    fn finds_links_and_counts_words() {
        let u = usage_of("m = See [the guide](https://example.org/a) and ![logo](assets/l.png) now.\n");
        assert_eq!(u.links, ["https://example.org/a", "assets/l.png"]);
        assert_eq!(u.words, 6);
    }
}
