//! Facts read off a Fluent message's syntax tree: variables, references, link targets, words.

use std::collections::BTreeSet;

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// What a message (value and attributes) uses.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Usage {
    /// `$variables`, without the `$`.
    pub variables: BTreeSet<String>,
    /// Targets of Markdown links and images, in order.
    pub links: Vec<String>,
    /// Words of literal text.
    pub words: usize,
    /// Number literals used as variant keys (`[0]`, `[12]`), so the lint can reach them.
    pub number_keys: BTreeSet<String>,
    /// Terms referenced, without the `-`.
    pub terms: BTreeSet<String>,
    /// Messages referenced.
    pub messages: BTreeSet<String>,
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
                if let VariantKey::NumberLiteral { value } = &v.key {
                    u.number_keys.insert(value.to_string());
                }
                // Count only the default variant's words, so plurals are not counted twice.
                let mut inner = Usage::default();
                walk_pattern(&v.value, &mut inner);
                u.variables.extend(inner.variables);
                u.number_keys.extend(inner.number_keys);
                u.terms.extend(inner.terms);
                u.messages.extend(inner.messages);
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
        InlineExpression::TermReference { id, arguments, .. } => {
            u.terms.insert(id.name.to_string());
            if let Some(arguments) = arguments {
                arguments.positional.iter().for_each(|a| walk_inline(a, u));
                arguments.named.iter().for_each(|a| walk_inline(&a.value, u));
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            u.messages.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, u),
        _ => {}
    }
}

/// Targets of the links and images of a Markdown text, in order, as comrak sees them:
/// inline, reference and autolinks, and nothing inside code.
pub fn link_targets(text: &str) -> Vec<String> {
    // The extensions the document builder enables; none of them adds link syntax.
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    let arena = Arena::new();
    let root = parse_document(&arena, text, &options);
    root.descendants()
        .filter_map(|n| match &n.data().value {
            NodeValue::Link(l) | NodeValue::Image(l) => Some(l.url.clone()),
            _ => None,
        })
        .collect()
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
    fn finds_term_and_message_references_in_every_variant() {
        let u =
            usage_of("m = { -a } { $n ->\n [one] { -b(case: \"gen\") }\n *[other] { other-msg.title }\n}\n");
        assert_eq!(u.terms.into_iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(u.messages.into_iter().collect::<Vec<_>>(), ["other-msg"]);
    }

    #[test]
    fn finds_number_keys_of_variants() {
        let u = usage_of("m = { $n ->\n [0] none\n [one] one\n *[12] { $n ->\n [3] x\n *[other] y\n }\n}\n");
        assert_eq!(u.number_keys.into_iter().collect::<Vec<_>>(), ["0", "12", "3"]);
    }

    #[test]
    fn finds_reference_links_and_autolinks() {
        let text = "See [the guide][g] and <https://example.org/auto>.\n\n[g]: https://example.org/ref\n";
        assert_eq!(link_targets(text), ["https://example.org/ref", "https://example.org/auto"]);
    }

    #[test]
    fn brackets_inside_code_are_not_links() {
        assert!(link_targets("Write `[text](url)` like this.").is_empty());
        assert!(link_targets("    indented [code](x)\n").is_empty());
        assert_eq!(link_targets("`a](b` and [c](#visit)"), ["#visit"]);
    }

    #[test]
    fn finds_links_and_counts_words() {
        let u = usage_of("m = See [the guide](https://example.org/a) and ![logo](assets/l.png) now.\n");
        assert_eq!(u.links, ["https://example.org/a", "assets/l.png"]);
        assert_eq!(u.words, 6);
    }
}
