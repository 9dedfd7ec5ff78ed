//! Project + catalog -> `LocalizedBook` for one locale.

use std::collections::BTreeMap;
use std::ops::Range;

use fluent_bundle::FluentArgs;

use super::anchors::Targets;
use super::ir::*;
use super::labels;
use super::markdown::{self, MdProblem};
use crate::diag::{Diagnostic, Location};
use crate::l10n::catalog::FormatError;
use crate::l10n::pseudo;
use crate::l10n::{self, Catalog};
use crate::project::selfeval::SelfEvalSpec;
use crate::project::{BlockSpec, BlockSpecKind, CalloutStyle, ChapterSpec, Level, Project};

mod partner;

/// Build the book for `locale`. Problems go to `diags`; the book is always returned
/// (with empty text where a message failed), so callers decide whether errors block output.
pub fn resolve(
    project: &Project,
    catalog: &Catalog,
    locale: &str,
    diags: &mut Vec<Diagnostic>,
) -> LocalizedBook {
    let targets = Targets::new(project, catalog.reference(), diags);
    let methods = project.methods().count();
    let misspelt_seen = Default::default();
    let mut r = Resolver { project, catalog, locale, diags, methods, targets, misspelt_seen };
    r.book()
}

/// Where a message was asked for, to locate "no such message" errors.
#[derive(Clone)]
enum Origin<'a> {
    Chapter(&'a ChapterSpec, Range<usize>),
    Book,
    /// A message `book.toml` asks for (a partner's): missing, it is reported there.
    Manifest(Location),
}

struct Resolver<'a> {
    project: &'a Project,
    catalog: &'a Catalog,
    locale: &'a str,
    diags: &'a mut Vec<Diagnostic>,
    methods: usize,
    targets: Targets,
    /// Misspelt names in chapter files already reported (file, byte offset).
    misspelt_seen: std::collections::HashSet<(std::path::PathBuf, usize)>,
}

impl<'a> Resolver<'a> {
    fn book(&mut self) -> LocalizedBook {
        let m = &self.project.manifest;
        let langid: unic_langid::LanguageIdentifier = self.locale.parse().unwrap_or_default();
        let (title, title_lang) = self.label_in("book-title");
        let (subtitle, subtitle_lang) = self.label_in("book-subtitle");
        let (author, author_lang) = self.label_in("book-author");
        let (publisher, publisher_lang) = self.label_in("book-publisher");
        let (description, description_lang) = self.label_in("book-description");
        let (accessibility_summary, accessibility_summary_lang) = self.label_in("book-accessibility-summary");
        let meta = Meta {
            title,
            title_lang,
            subtitle,
            subtitle_lang,
            author,
            author_lang,
            publisher,
            publisher_lang,
            description,
            description_lang,
            accessibility_summary,
            accessibility_summary_lang,
            date: m.date,
            year: m.date.year,
            dir: crate::l10n::direction::of_locale(self.locale),
            project_code: m.project_code.clone(),
            licence: m.licence.clone(),
            url: m.url.clone(),
            isbn: m.isbn.get(self.locale).cloned(),
            identifier: identifier(&m.id, self.locale, m.isbn.get(self.locale)),
            colophon: self.markdown("book-colophon", Origin::Book),
            disclaimer: self.markdown("book-disclaimer", Origin::Book),
        };
        let mut ids = labels::all();
        let mut labels: BTreeMap<String, String> =
            ids.iter().map(|id| (id.clone(), self.label(id))).collect();
        if let Some(origin) = self.self_evaluation_origin() {
            for id in labels::SELF_EVALUATION {
                let text = self.text(id, None, &self.args(), origin.clone());
                labels.insert(id.to_string(), text);
                ids.push(id.to_string());
            }
        }
        let label_langs = ids.iter().filter_map(|id| Some((id.clone(), self.fallback(id, None)?))).collect();
        let titles = self.method_rows();
        let chapters = self.project.chapters.iter().map(|c| self.chapter(c, &titles)).collect();
        let mut book = LocalizedBook {
            id: m.id.clone(),
            locale: self.locale.to_string(),
            lang: langid.language.as_str().to_string(),
            region: langid.region.map(|r| r.as_str().to_string()),
            meta,
            print: Print {
                paper: m.handbook.paper,
                card_layout: m.cards.layout,
                card_sheet: m.cards.sheet,
                card_margin: m.cards.margin.0,
            },
            labels,
            label_langs,
            languages: self.languages(),
            chapters,
            assets: Vec::new(),
            partners: self.partners(),
        };
        book.assets = collect_assets(&book);
        super::typography::apply(&mut book);
        book
    }

    /// The first self-evaluation block: its labels are needed only when there is one, and
    /// a missing one is reported there.
    fn self_evaluation_origin(&self) -> Option<Origin<'a>> {
        let project = self.project;
        project.chapters.iter().find_map(|c| {
            let b = c.blocks.iter().find(|b| matches!(b.kind, BlockSpecKind::SelfEvaluation(_)))?;
            Some(Origin::Chapter(c, b.span.clone()))
        })
    }

    fn args(&self) -> FluentArgs<'static> {
        let mut args = l10n::args(self.methods, None, None);
        let date = self.project.manifest.date;
        args.set("year", date.year);
        args.set("month", date.month);
        args.set("day", date.day);
        args
    }

    fn method_rows(&mut self) -> Vec<(MethodRow, Vec<Level>)> {
        let project = self.project;
        project
            .methods()
            .map(|c| {
                let m = c.method.as_ref().expect("methods() yields method chapters");
                let row = MethodRow {
                    number: m.number,
                    chapter: c.id.clone(),
                    title: self.text(&c.title_id(), None, &self.args(), Origin::Chapter(c, 0..0)),
                    summary: self.text(
                        &c.title_id(),
                        Some("summary"),
                        &self.args(),
                        Origin::Chapter(c, 0..0),
                    ),
                    title_lang: self.fallback(&c.title_id(), None),
                    summary_lang: self.fallback(&c.title_id(), Some("summary")),
                };
                (row, m.levels.clone())
            })
            .collect()
    }

    fn chapter(&mut self, spec: &'a ChapterSpec, rows: &[(MethodRow, Vec<Level>)]) -> Chapter {
        let origin = Origin::Chapter(spec, 0..0);
        let title_id = spec.title_id();
        let title = self.text(&title_id, None, &self.args(), origin.clone());
        let has_summary = self.catalog.reference().has_attribute(&title_id, "summary");
        let summary = (has_summary || spec.method.is_some())
            .then(|| self.text(&title_id, Some("summary"), &self.args(), origin.clone()));
        let summary_lang = summary.as_ref().and_then(|_| self.fallback(&title_id, Some("summary")));
        let method = spec.method.as_ref().map(|m| self.method_info(m));
        let anchors = self.targets.block_anchors(spec, self.catalog.reference());
        let blocks = spec
            .blocks
            .iter()
            .zip(anchors)
            .flat_map(|(b, anchor)| self.block(spec, b, anchor, rows))
            .collect();
        Chapter {
            id: spec.id.clone(),
            title,
            title_lang: self.fallback(&title_id, None),
            summary,
            summary_lang,
            method,
            blocks,
        }
    }

    /// Every project locale named in itself (`ui-language-name` in that locale).
    fn languages(&mut self) -> Vec<Language> {
        let locales = self.project.locales();
        locales
            .iter()
            .map(|tag| {
                let lang = tag.parse::<unic_langid::LanguageIdentifier>().unwrap_or_default();
                let name = match self.catalog.format(tag, "ui-language-name", None, &self.args()) {
                    Ok(name) => name,
                    // The locale's own book reports a missing name; elsewhere show the tag.
                    Err(_) => tag.clone(),
                };
                Language { tag: tag.clone(), lang: lang.language.as_str().to_string(), name }
            })
            .collect()
    }

    fn method_info(&mut self, m: &crate::project::chapters::MethodSpec) -> MethodInfo {
        let count = l10n::args(self.methods, Some(m.duration.count), Some(m.number));
        let duration = m.duration.unit.label_id();
        MethodInfo {
            number: m.number,
            number_label: self.text("ui-method-number", None, &count, Origin::Book),
            number_label_lang: self.fallback("ui-method-number", None),
            roles: m.roles.iter().map(|r| self.labelled(*r, &r.label_id())).collect(),
            duration: self.text(&duration, None, &count, Origin::Book),
            duration_lang: self.fallback(&duration, None),
            effort: self.labelled(m.effort, &m.effort.label_id()),
            levels: m.levels.iter().map(|l| self.labelled(*l, &l.label_id())).collect(),
        }
    }

    /// A plain-text message with the standard arguments (labels and book fields).
    /// A label is formatted once per book, so one that shows a number the reader's
    /// action decides (`{ $count } results`) keeps a `{count}` for the page to fill in.
    fn label(&mut self, id: &str) -> String {
        let mut args = self.args();
        args.set("count", "{count}");
        self.text(id, None, &args, Origin::Book)
    }

    /// A label and its language when it is the reference text used as a fallback.
    fn label_in(&mut self, id: &str) -> (String, Option<String>) {
        (self.label(id), self.fallback(id, None))
    }

    /// A vocabulary value with its label (message `id`) and the label's fallback language.
    fn labelled<T>(&mut self, key: T, id: &str) -> Labelled<T> {
        let (label, lang) = self.label_in(id);
        Labelled { key, label, lang }
    }

    fn block(
        &mut self,
        spec: &'a ChapterSpec,
        block: &BlockSpec,
        anchor: Option<String>,
        rows: &[(MethodRow, Vec<Level>)],
    ) -> Vec<Block> {
        let origin = Origin::Chapter(spec, block.span.clone());
        let one = match &block.kind {
            BlockSpecKind::Text { message, section } => {
                let blocks = self.markdown(message, origin.clone());
                let title = match self.heading(message, origin) {
                    Some(t) => Some((t, self.fallback(message, Some("title")))),
                    None => section.map(|s| self.label_in(&s.label_id())),
                };
                match title {
                    Some((title, title_lang)) => Block::Section { title, title_lang, anchor, blocks },
                    None => return blocks,
                }
            }
            BlockSpecKind::Callout { message, style } => {
                let blocks = self.markdown(message, origin.clone());
                let (title, title_lang) = match self.heading(message, origin) {
                    Some(t) => (t, self.fallback(message, Some("title"))),
                    None => self.label_in(&style.label_id()),
                };
                Block::Callout { style: *style, title, title_lang, anchor, blocks }
            }
            BlockSpecKind::Steps { phase, parts } => {
                let (title, title_lang) = self.label_in(&phase.label_id());
                let parts = parts
                    .iter()
                    .map(|(role, id)| {
                        let (label, label_lang) = self.label_in(&role.label_id());
                        RolePart { role: *role, label, label_lang, blocks: self.markdown(id, origin.clone()) }
                    })
                    .collect();
                Block::Steps { phase: *phase, title, title_lang, anchor, parts }
            }
            BlockSpecKind::Checklist { lists } => Block::Checklists {
                title: self.label("section-checklists"),
                title_lang: self.fallback("section-checklists", None),
                anchor,
                lists: lists
                    .iter()
                    .map(|(role, items)| Checklist {
                        role: *role,
                        label: self.label(&role.label_id()),
                        label_lang: self.fallback(&role.label_id(), None),
                        items: items
                            .iter()
                            .map(|(item, id)| ChecklistItem {
                                id: item.clone(),
                                inlines: self.inline_markdown(id, origin.clone()),
                                lang: self.fallback(id, None),
                            })
                            .collect(),
                    })
                    .collect(),
            },
            BlockSpecKind::Methods { level } => Block::Methods {
                level: *level,
                rows: rows
                    .iter()
                    .filter(|(_, levels)| level.is_none_or(|l| levels.contains(&l)))
                    .map(|(row, _)| row.clone())
                    .collect(),
            },
            BlockSpecKind::SelfEvaluation(spec) => {
                Block::SelfEvaluation(self.self_evaluation(spec, anchor, rows, origin))
            }
            BlockSpecKind::LocalNote { message } => match self.local_note(message, origin) {
                Some(note) => note,
                None => return Vec::new(),
            },
        };
        vec![one]
    }

    /// A local note, when this locale writes one: never the reference's text as a fallback.
    fn local_note(&mut self, id: &str, origin: Origin<'a>) -> Option<Block> {
        let own = self.catalog.get(self.locale)?.messages.get(id)?;
        if !own.has_value {
            return None;
        }
        let titled = own.attributes.iter().any(|a| a == "title");
        let blocks = self.markdown(id, origin.clone());
        let (title, title_lang) = match titled {
            true => (self.text(id, Some("title"), &self.args(), origin), None),
            false => self.label_in(&CalloutStyle::Note.label_id()),
        };
        Some(Block::Callout { style: CalloutStyle::Note, title, title_lang, anchor: None, blocks })
    }

    fn self_evaluation(
        &mut self,
        spec: &SelfEvalSpec,
        anchor: Option<String>,
        rows: &[(MethodRow, Vec<Level>)],
        origin: Origin<'a>,
    ) -> SelfEvaluation {
        let id = &spec.message;
        let answers = spec
            .answers
            .iter()
            .map(|(answer, points, msg)| EvalAnswer {
                id: answer.clone(),
                label: self.text(msg, None, &self.args(), origin.clone()),
                label_lang: self.fallback(msg, None),
                points: *points,
            })
            .collect();
        let levels = spec
            .levels
            .iter()
            .map(|(level, questions)| EvalLevel {
                level: self.labelled(*level, &level.label_id()),
                questions: questions
                    .iter()
                    .map(|(q, msg)| EvalQuestion {
                        id: q.clone(),
                        inlines: self.inline_markdown(msg, origin.clone()),
                        lang: self.fallback(msg, None),
                    })
                    .collect(),
                methods: rows.iter().filter(|(_, l)| l.contains(level)).map(|(r, _)| r.clone()).collect(),
            })
            .collect();
        SelfEvaluation {
            title: self.text(id, Some("title"), &self.args(), origin.clone()),
            title_lang: self.fallback(id, Some("title")),
            anchor,
            threshold: spec.threshold,
            answers,
            levels,
            scoring: self.markdown(id, origin),
        }
    }

    /// The optional `.title` attribute of a block message.
    fn heading(&mut self, id: &str, origin: Origin<'a>) -> Option<String> {
        let has = self.catalog.reference().has_attribute(id, "title");
        has.then(|| self.text(id, Some("title"), &self.args(), origin))
    }

    /// Format a message; report failures, returning the text Fluent produced or "".
    fn text(&mut self, id: &str, attr: Option<&str>, args: &FluentArgs, origin: Origin<'a>) -> String {
        self.text_from(self.locale, id, attr, args, origin)
    }

    /// `text` from `locale`'s catalog (with the reference as fallback).
    fn text_from(
        &mut self,
        locale: &str,
        id: &str,
        attr: Option<&str>,
        args: &FluentArgs,
        origin: Origin<'a>,
    ) -> String {
        match self.catalog.format(locale, id, attr, args) {
            Ok(text) => {
                self.check_printable(id, &text);
                text
            }
            Err(FormatError::Missing(what)) => {
                let (at, hint) = match &origin {
                    Origin::Chapter(c, span) => match self.misspelt(c, span, id) {
                        Some(Some(found)) => found,
                        // Reported for another message made from the same misspelt name.
                        Some(None) => return String::new(),
                        None => (
                            c.locate(span.clone()),
                            format!("add `{what}` to a file in locales/{}/", self.catalog.reference().locale),
                        ),
                    },
                    Origin::Book => (
                        Location::file(format!("locales/{}", self.catalog.reference().locale)),
                        format!("every project defines `{what}`; see docs/source-format.md"),
                    ),
                    Origin::Manifest(at) => (
                        at.clone(),
                        format!("add `{what}` to locales/{}/partners.ftl", self.catalog.reference().locale),
                    ),
                };
                self.diags.push(
                    Diagnostic::error(
                        "no-message",
                        format!("message `{what}` is not defined in the reference locale"),
                    )
                    .at(at)
                    .hint(hint)
                    .locale(self.locale),
                );
                String::new()
            }
            Err(FormatError::Resolver(errors)) => {
                let at = self.message_location(id).unwrap_or_else(|| Location::file("locales"));
                let (linted, errors): (Vec<String>, Vec<String>) =
                    errors.into_iter().partition(|e| l10n::lint::reports(e));
                // The lint reported those at the text that failed, for its locale. A locale
                // showing the reference's text gets the same report, so that its output is
                // held back too; `check` shows identical reports once.
                let supplier = &self.catalog.supplier(locale, id, attr).locale;
                let borrowed = supplier != self.locale || self.locale == pseudo::LOCALE;
                if !linted.is_empty() && borrowed {
                    for d in l10n::lint::reference_message(self.catalog, id) {
                        self.diags.push(d.locale(self.locale));
                    }
                }
                for e in errors {
                    self.diags.push(
                        Diagnostic::error("ftl-resolve", format!("`{id}`: {e}"))
                            .at(at.clone())
                            .locale(self.locale),
                    );
                }
                String::new()
            }
        }
    }

    /// A message a chapter asks for is missing: point at the name written in the chapter
    /// (block id, `message`, checklist item) and, when the reference has messages made from
    /// a near name, suggest it. `None`: not made from a name; `Some(None)`: the same
    /// misspelt name was reported already.
    fn misspelt(
        &mut self,
        c: &ChapterSpec,
        block: &Range<usize>,
        id: &str,
    ) -> Option<Option<(Location, String)>> {
        let b = c.blocks.iter().find(|b| &b.span == block)?;
        let (name, span) = b.names.get(id)?;
        // The name ends a checklist item's message, and follows `<chapter>-` in the others.
        let (prefix, suffix) = match id.rsplit_once(name.as_str()) {
            Some((prefix, "")) => (prefix, ""),
            _ => {
                let head = format!("{}-", c.id);
                let (_, suf) = id.strip_prefix(&head).unwrap_or(id).split_once(name.as_str())?;
                let prefix_len = id.len() - suf.len() - name.len();
                (&id[..prefix_len], suf)
            }
        };
        let reference = self.catalog.reference();
        let known = reference
            .messages
            .keys()
            .filter_map(|m| m.strip_prefix(prefix)?.strip_suffix(suffix))
            .filter(|n| !n.is_empty());
        let at = c.locate(span.clone());
        let hint = match crate::suggest::nearest(name, known) {
            Some(near) => {
                if !self.misspelt_seen.insert((c.file.clone(), span.start)) {
                    return Some(None);
                }
                format!("did you mean `{near}`? (`{prefix}{near}{suffix}` is defined)")
            }
            None => format!("add `{id}` to a file in locales/{}/", reference.locale),
        };
        Some(Some((at, hint)))
    }

    /// Control, byte-order, non- and private-use characters are invisible in an editor, and
    /// PDF/A refuses them (a PDF export error pointing into the theme otherwise).
    fn check_printable(&mut self, id: &str, text: &str) {
        let Some(c) = text.chars().find(|c| unprintable(*c)) else {
            return;
        };
        let at = self.message_location(id).unwrap_or_else(|| Location::file("locales"));
        self.diags.push(
            Diagnostic::error(
                "invisible-character",
                format!("`{id}` contains the invisible character U+{:04X}", c as u32),
            )
            .at(at)
            .hint("delete it: it is invisible in an editor, and no PDF can print it")
            .locale(self.locale),
        );
    }

    fn message_location(&self, id: &str) -> Option<Location> {
        let own = self.catalog.get(self.locale).and_then(|c| c.messages.get(id));
        own.or_else(|| self.catalog.reference().messages.get(id)).map(|m| m.location.clone())
    }

    /// The reference locale's tag when `locale` shows the reference text of this message
    /// (it lacks a translation); renderers mark such text with its own language.
    fn fallback(&self, id: &str, attr: Option<&str>) -> Option<String> {
        let supplier = &self.catalog.supplier(self.locale, id, attr).locale;
        (supplier != self.locale).then(|| supplier.clone())
    }

    /// A Markdown message's blocks; reference text used as a fallback is wrapped in its language.
    fn markdown(&mut self, id: &str, origin: Origin<'a>) -> Vec<Block> {
        let blocks = self.parse_message(id, origin, markdown::parse);
        match self.fallback(id, None) {
            Some(lang) if !blocks.is_empty() => vec![Block::Lang { lang, blocks }],
            _ => blocks,
        }
    }

    fn inline_markdown(&mut self, id: &str, origin: Origin<'a>) -> Vec<Inline> {
        self.parse_message(id, origin, markdown::parse_inline)
    }

    /// Format a message and parse it as Markdown with `parse`, reporting what it finds.
    fn parse_message<T>(
        &mut self,
        id: &str,
        origin: Origin<'a>,
        parse: fn(&str, &markdown::Context, &mut Vec<MdProblem>) -> T,
    ) -> T {
        // The pseudo-locale transforms the text runs Markdown finds, not its source: the
        // Fluent transform would reach link targets and code too.
        let pseudo = self.locale == pseudo::LOCALE;
        let from = if pseudo { self.catalog.reference().locale.clone() } else { self.locale.to_string() };
        let text = self.text_from(&from, id, None, &self.args(), origin);
        let mut problems = Vec::new();
        let assets = &self.project.assets;
        let verdict = |p: &str| assets.check(p).map(|_| ());
        let targets = &self.targets;
        let link_target = |t: &str| targets.check(t);
        let text_transform = pseudo.then_some(pseudo::transform as fn(&str) -> std::borrow::Cow<'_, str>);
        let ctx = markdown::Context { asset: &verdict, link_target: &link_target, text: text_transform };
        let parsed = parse(&text, &ctx, &mut problems);
        self.report_markdown(id, &text, problems);
        parsed
    }

    fn report_markdown(&mut self, id: &str, text: &str, problems: Vec<MdProblem>) {
        let own = self.catalog.get(self.locale).and_then(|c| c.messages.get(id).map(|m| (c, m)));
        let (cat, info) = match own {
            Some(found) => found,
            None => match self.catalog.reference().messages.get(id) {
                Some(m) => (self.catalog.reference(), m),
                None => return,
            },
        };
        for p in problems {
            let line = info.value_line + p.line - 1;
            let column = if p.line == 1 { info.value_column } else { info.indent }
                + char_column(text, p.line, p.column);
            let at = Location { file: info.file.clone(), line, column, span: 0..0 };
            self.diags.push(
                Diagnostic::error("markdown", format!("in `{id}`: {}", p.message))
                    .at(at)
                    .hint(p.hint)
                    .locale(&cat.locale),
            );
        }
    }
}

/// The 1-based character column of a 1-based byte `column` on 1-based `line` of `text`
/// (Markdown positions count bytes; a translator's editor counts characters).
fn char_column(text: &str, line: usize, column: usize) -> usize {
    let Some(l) = text.split('\n').nth(line.saturating_sub(1)) else { return column };
    let end = crate::diag::floor_char_boundary(l, column.saturating_sub(1).min(l.len()));
    l[..end].chars().count() + 1
}

/// Characters no PDF/A may carry (see krilla's codepoint checks), tab and line ends aside.
fn unprintable(c: char) -> bool {
    let u = c as u32;
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(u, 0xFEFF | 0xFDD0..=0xFDEF | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
        || u & 0xFFFE == 0xFFFE
}

/// `urn:isbn:` from the ISBN, else a name-based UUID of book id and locale.
fn identifier(book: &str, locale: &str, isbn: Option<&String>) -> String {
    match isbn {
        Some(isbn) => {
            format!("urn:isbn:{}", isbn.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>())
        }
        None => {
            let name = format!("vetpress:{book}:{locale}");
            format!("urn:uuid:{}", uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes()))
        }
    }
}

fn collect_assets(book: &LocalizedBook) -> Vec<String> {
    fn inlines(list: &[Inline], out: &mut Vec<String>) {
        for i in list {
            match i {
                Inline::Image { src, .. } => out.push(src.clone()),
                Inline::Emph { inlines: c }
                | Inline::Strong { inlines: c }
                | Inline::Strike { inlines: c } => inlines(c, out),
                Inline::Link { inlines: c, .. } | Inline::Xref { inlines: c, .. } => inlines(c, out),
                _ => {}
            }
        }
    }
    fn blocks(list: &[Block], out: &mut Vec<String>) {
        for b in list {
            match b {
                Block::Paragraph { inlines: i } | Block::Heading { inlines: i, .. } => inlines(i, out),
                Block::List { items, .. } => items.iter().for_each(|it| blocks(&it.blocks, out)),
                Block::Quote { blocks: c }
                | Block::Section { blocks: c, .. }
                | Block::Callout { blocks: c, .. }
                | Block::Lang { blocks: c, .. } => blocks(c, out),
                Block::Table { head, rows, .. } => {
                    head.iter().chain(rows.iter().flatten()).for_each(|cell| inlines(cell, out))
                }
                Block::Steps { parts, .. } => parts.iter().for_each(|p| blocks(&p.blocks, out)),
                Block::Checklists { lists, .. } => {
                    lists.iter().flat_map(|l| &l.items).for_each(|it| inlines(&it.inlines, out))
                }
                Block::SelfEvaluation(e) => {
                    e.levels.iter().flat_map(|l| &l.questions).for_each(|q| inlines(&q.inlines, out));
                    blocks(&e.scoring, out);
                }
                Block::Code { .. } | Block::Rule | Block::Methods { .. } => {}
            }
        }
    }
    let mut out = Vec::new();
    blocks(&book.meta.colophon, &mut out);
    blocks(&book.meta.disclaimer, &mut out);
    for c in &book.chapters {
        blocks(&c.blocks, &mut out);
    }
    // Partner contacts print only in partner editions, but a locale hashes as one.
    for p in &book.partners {
        blocks(&p.contact, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::char_column;

    #[test]
    fn markdown_byte_columns_become_character_columns() {
        let text = "first line\nÄää öö <b>x</b>\n";
        assert_eq!(char_column(text, 2, "Äää öö ".len() + 1), 8);
        assert_eq!(char_column(text, 1, 3), 3);
        assert_eq!(char_column(text, 9, 4), 4, "a line past the end keeps the column");
    }
}
