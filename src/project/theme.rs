//! A theme folder: Typst templates, EPUB stylesheet and `theme.toml` settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::{CalloutStyle, Role};
use super::{ReadError, builtin, read_hint, read_inside, read_text, tomlfile};
use crate::diag::{Diagnostic, Location};

/// Fonts the theme asks for, by family name, in fallback order.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    /// Running text.
    pub body: Vec<String>,
    /// Headings.
    pub heading: Vec<String>,
    /// Code.
    #[serde(default)]
    pub mono: Vec<String>,
}

/// `theme.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSettings {
    /// Font families.
    pub fonts: Fonts,
    /// Named colours (`accent`, one per role, ...) as `#rrggbb`.
    pub colours: BTreeMap<String, String>,
    /// Optional logo file inside the theme folder.
    pub logo: Option<String>,
}

/// A loaded theme.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Theme name.
    pub name: String,
    /// Theme folder, relative to the project root.
    pub dir: PathBuf,
    /// Parsed `theme.toml`.
    pub settings: ThemeSettings,
    /// Every file of the theme folder, by name (templates, stylesheet, logo).
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// A theme file as text, if present and UTF-8.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.files.get(name).and_then(|b| std::str::from_utf8(b).ok())
    }

    /// Where a table header such as `[colours]` is in `theme.toml`; else the file itself.
    pub fn locate_header(&self, header: &str) -> Location {
        self.locate(header, 0..header.len())
    }

    /// Where a setting's string `value` is written in `theme.toml` (its first occurrence
    /// as a quoted string), for diagnostics about settings; else the file itself.
    pub fn locate_setting(&self, value: &str) -> Location {
        self.locate(&format!("\"{value}\""), 1..1 + value.len())
    }

    /// The part `mark` of the first occurrence of `needle` in `theme.toml`.
    fn locate(&self, needle: &str, mark: std::ops::Range<usize>) -> Location {
        let file = self.dir.join("theme.toml");
        match self.text("theme.toml").and_then(|t| t.find(needle).map(|at| (t, at))) {
            Some((text, at)) => Location::in_text(file, text, at + mark.start..at + mark.end),
            None => Location::file(file),
        }
    }
}

/// Files every theme must have.
const REQUIRED: &[&str] = &["theme.toml", "handbook.typ", "cards.typ", "epub.css"];

/// Largest theme file accepted (64 MiB): room for a large CJK font, not for accidents.
pub const MAX_THEME_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Whether `name` is a plain folder name (`default`, `print-2024`), not a path.
pub fn valid_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
}

/// Load the theme `name`: the project's own `themes/<name>/` when it has one, else (for
/// `default`) the theme built into vetpress.
pub fn load(root: &Path, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Theme> {
    let own = root.join("themes").join(name).symlink_metadata().is_ok();
    if name == builtin::NAME && !own {
        return validate(name, builtin::dir(), builtin::theme_files(), diags);
    }
    load_folder(root, name, diags)
}

/// Load `themes/<name>/`. Only regular files directly in the folder are read, and only those
/// that resolve inside it: a symlink out of the theme is refused, never followed.
pub fn load_folder(root: &Path, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Theme> {
    let dir = PathBuf::from("themes").join(name);
    let abs = root.join(&dir);
    if !valid_name(name) || !inside(root, &abs) {
        diags.push(
            Diagnostic::error("theme", format!("theme `{name}` is not a folder inside themes/"))
                .at(Location::file(&dir))
                .hint(
                    "a theme is a folder of the project's themes/ folder, not a link to elsewhere; \
                     `vetpress init --theme` writes the default theme to themes/default to start from",
                ),
        );
        return None;
    }
    let files = read_files(root, &dir, diags);
    if !files.contains_key("theme.toml") || std::str::from_utf8(&files["theme.toml"]).is_ok() {
        return validate(name, dir, files, diags);
    }
    // Report the encoding problem with its position.
    read_text(root, &root.join(dir.join("theme.toml")), diags);
    None
}

/// A theme from its files, shown as the folder `dir`: required files, `theme.toml` and
/// its logo and colours checked.
fn validate(
    name: &str,
    dir: PathBuf,
    files: BTreeMap<String, Vec<u8>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Theme> {
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|f| !files.contains_key(*f)).collect();
    if !missing.is_empty() {
        diags.push(
            Diagnostic::error("theme", format!("theme `{name}` lacks {}", missing.join(", ")))
                .at(Location::file(&dir))
                .hint(
                    "copy the missing files from the default theme: `vetpress init --theme /tmp/t` \
                     writes it to /tmp/t/themes/default/",
                ),
        );
        return None;
    }
    let toml_path = dir.join("theme.toml");
    let text = String::from_utf8_lossy(&files["theme.toml"]).into_owned();
    let settings: ThemeSettings = tomlfile::parse(&toml_path, &text, diags)?;
    if let Some(logo) = settings.logo.as_ref().filter(|l| !files.contains_key(*l)) {
        diags.push(
            Diagnostic::error("theme", format!("logo `{logo}` is not in the theme folder"))
                .at(Location::file(&toml_path)),
        );
        return None;
    }
    let theme = Theme { name: name.to_string(), dir, settings, files };
    let before = diags.len();
    check_colours(&theme, diags);
    // Uses are checked against a sound [colours] only: a missing needed colour is one
    // problem, reported once at theme.toml, not again at each of its uses.
    if diags.len() == before {
        super::colours::check_uses(&theme, diags);
    }
    (diags.len() == before).then_some(theme)
}

/// Colour names every theme needs: the renderers colour each role and callout style by
/// its key, and the page furniture by these three.
fn needed_colours() -> Vec<&'static str> {
    let fixed = ["accent", "muted", "paper-tint"];
    let roles = Role::ALL.iter().map(|r| r.key());
    let callouts = CalloutStyle::ALL.iter().map(|c| c.key());
    fixed.into_iter().chain(roles).chain(callouts).collect()
}

/// Every needed colour is defined, and every colour is `#rrggbb`: a missing or misspelt
/// one would otherwise print in black (PDF) or not at all (site).
fn check_colours(theme: &Theme, diags: &mut Vec<Diagnostic>) {
    let colours = &theme.settings.colours;
    for name in needed_colours().into_iter().filter(|n| !colours.contains_key(*n)) {
        let hint = match crate::suggest::nearest(name, colours.keys().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`? Name it `{name}` under [colours]"),
            None => format!("add `{name} = \"#rrggbb\"` under [colours]"),
        };
        diags.push(
            Diagnostic::error("theme", format!("theme.toml has no colour `{name}`"))
                .at(theme.locate_header("[colours]"))
                .hint(hint),
        );
    }
    for (name, value) in colours.iter().filter(|(_, v)| !super::colours::is_hex(v)) {
        diags.push(
            Diagnostic::error("theme", format!("colour `{name}` is `{value}`, not a #rrggbb colour"))
                .at(theme.locate_setting(value))
                .hint("write colours as # and six hexadecimal digits, e.g. \"#1b5e7a\""),
        );
    }
    for name in colours.keys().filter(|n| !super::colours::valid_name(n)) {
        diags.push(
            Diagnostic::error("theme", format!("colour name `{name}` is not a plain name"))
                .at(theme.locate_header("[colours]"))
                .hint("name colours with letters, digits and hyphens only, e.g. `paper-tint`: stylesheets use them as var(--vp-<name>)"),
        );
    }
}

/// Whether `path` exists and resolves inside the project's `themes/` folder.
fn inside(root: &Path, path: &Path) -> bool {
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(real)) => real.starts_with(root.join("themes")) && real.is_dir(),
        _ => false,
    }
}

/// Whether a theme file name says it is a font (the renderers load these as fonts).
fn is_font_name(file: &str) -> bool {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(ext.as_str(), "otf" | "ttf" | "otc" | "ttc")
}

/// Whether the PDF editions load a theme file as a font: one named like a font, outside
/// the site's folder (whose files only the browser reads).
fn loads_as_font(file: &str) -> bool {
    !file.starts_with(&format!("{SITE_DIR}/")) && is_font_name(file)
}

/// Whether `bytes` start like an OpenType/TrueType font or collection: a font that is not one
/// would otherwise be skipped silently and the text set in a fallback font.
fn is_font(bytes: &[u8]) -> bool {
    [b"OTTO".as_slice(), b"\0\x01\0\0", b"true", b"ttcf"].iter().any(|magic| bytes.starts_with(magic))
}

/// The theme's sub-folder of online-edition templates and files, read with the theme.
pub const SITE_DIR: &str = "site";

/// The theme's sub-folder of fonts (`.otf`, `.ttf`, `.otc`, `.ttc`, at any depth).
pub const FONTS_DIR: &str = "fonts";

/// Whether a path inside a theme folder is part of the theme: a file directly in it, or
/// any file of its `site/` or `fonts/` sub-folder.
pub fn is_theme_path(path: &str) -> bool {
    !path.contains('/') || [SITE_DIR, FONTS_DIR].iter().any(|d| path.starts_with(&format!("{d}/")))
}

/// Every regular file of the theme folder `dir`, by name (`site/…` and `fonts/…` for the
/// files of those sub-folders, at any depth); refused files are reported.
fn read_files(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    read_folder(&root.join(dir), dir, "", diags, &mut files);
    files
}

/// Read the folder `prefix` of the theme folder `abs` (shown as `dir`) into `files`.
fn read_folder(
    abs: &Path,
    dir: &Path,
    prefix: &str,
    diags: &mut Vec<Diagnostic>,
    files: &mut BTreeMap<String, Vec<u8>>,
) {
    let mut entries: Vec<_> = std::fs::read_dir(abs.join(prefix)).into_iter().flatten().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let Some(name) = entry.file_name().to_str().map(str::to_string) else { continue };
        let file = format!("{prefix}{name}");
        // Sub-folders are not part of a theme, but for the site's and the fonts'; links
        // are judged by where they lead.
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            if is_theme_path(&format!("{file}/")) {
                read_folder(abs, dir, &format!("{file}/"), diags, files);
            }
            continue;
        }
        match read_inside(abs, &format!("{}/", dir.display()), &entry.path(), MAX_THEME_FILE_BYTES) {
            Ok(bytes) if loads_as_font(&file) && !is_font(&bytes) => diags.push(
                Diagnostic::error("theme", format!("theme file `{file}` is named as a font but is not one"))
                    .at(Location::file(dir.join(&file)))
                    .hint("use an OpenType or TrueType font file (.otf, .ttf, .otc, .ttc)"),
            ),
            Ok(bytes) => {
                files.insert(file, bytes);
            }
            Err(ReadError::NotAFile) => {}
            Err(e) => diags.push(
                Diagnostic::error("theme", format!("theme file `{file}` is refused: {e}"))
                    .at(Location::file(dir.join(&file)))
                    .hint(read_hint(&e)),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETTINGS: &str = "logo = \"logo.png\"\n[fonts]\nbody = [\"A\"]\nheading = [\"A\"]\n[colours]\n\
        accent = \"#000000\"\nmuted = \"#111111\"\npaper-tint = \"#eeeeee\"\nvet-provider = \"#222222\"\n\
        employer = \"#333333\"\nstudent = \"#444444\"\ntip = \"#555555\"\nexample = \"#666666\"\nwarning = \"#777777\"\nnote = \"#888888\"\n";

    /// A project with a complete theme `t`.
    fn project() -> tempfile::TempDir {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("themes/t");
        std::fs::create_dir_all(&dir).expect("mkdir");
        for f in REQUIRED {
            std::fs::write(dir.join(f), if *f == "theme.toml" { SETTINGS } else { "" }).expect("write");
        }
        std::fs::write(dir.join("logo.png"), "logo").expect("write");
        root
    }

    #[test]
    fn names_are_plain_folder_names() {
        for ok in ["default", "print-2024", "a_b.c"] {
            assert!(valid_name(ok), "{ok}");
        }
        for bad in ["", "/etc", "../..", "..", ".", ".hidden", "a/b", "a\\b", "-x"] {
            assert!(!valid_name(bad), "{bad}");
        }
        let p = project();
        let mut diags = Vec::new();
        assert!(load(p.path(), "../..", &mut diags).is_none());
        assert!(diags[0].message.contains("not a folder inside themes/"), "{diags:?}");
    }

    #[test]
    fn a_complete_theme_loads() {
        let p = project();
        let mut diags = Vec::new();
        let theme = load(p.path(), "t", &mut diags).expect("theme");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(theme.files.len(), REQUIRED.len() + 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_out_of_the_theme_is_refused() {
        let p = project();
        let dir = p.path().join("themes/t");
        std::fs::remove_file(dir.join("logo.png")).expect("rm");
        std::os::unix::fs::symlink("/etc/passwd", dir.join("logo.png")).expect("symlink");
        std::os::unix::fs::symlink("/etc/passwd", dir.join("font.otf")).expect("symlink");
        let mut diags = Vec::new();
        assert!(load(p.path(), "t", &mut diags).is_none());
        let refused: Vec<_> = diags.iter().filter(|d| d.message.contains("is refused")).collect();
        assert_eq!(refused.len(), 2, "{diags:?}");
        assert!(refused[0].message.contains("outside themes/t/"), "{}", refused[0].message);
    }

    #[cfg(unix)]
    #[test]
    fn the_site_folder_is_read_and_sealed_like_the_rest() {
        let p = project();
        let dir = p.path().join("themes/t");
        std::fs::create_dir_all(dir.join("site/img")).expect("mkdir");
        std::fs::create_dir_all(dir.join("other")).expect("mkdir");
        std::fs::write(dir.join("site/page.html"), "<p>{{ x }}</p>").expect("write");
        std::fs::write(dir.join("site/img/a.svg"), "<svg/>").expect("write");
        std::fs::write(dir.join("other/ignored.txt"), "x").expect("write");
        let mut diags = Vec::new();
        let theme = load(p.path(), "t", &mut diags).expect("theme");
        assert!(diags.is_empty(), "{diags:?}");
        assert!(theme.files.contains_key("site/page.html") && theme.files.contains_key("site/img/a.svg"));
        assert!(!theme.files.keys().any(|k| k.contains("ignored")), "only site/ is a theme sub-folder");
        std::os::unix::fs::symlink("/etc/passwd", dir.join("site/passwd.txt")).expect("symlink");
        let mut diags = Vec::new();
        let theme = load(p.path(), "t", &mut diags);
        assert!(theme.is_some_and(|t| !t.files.contains_key("site/passwd.txt")));
        assert!(diags.iter().any(|d| d.message.contains("site/passwd.txt") && d.is_error()), "{diags:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_theme_folder_linked_from_elsewhere_is_refused() {
        let elsewhere = project();
        let p = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(p.path().join("themes")).expect("mkdir");
        std::os::unix::fs::symlink(elsewhere.path().join("themes/t"), p.path().join("themes/t"))
            .expect("symlink");
        let mut diags = Vec::new();
        assert!(load(p.path(), "t", &mut diags).is_none());
        assert!(diags[0].message.contains("not a folder inside themes/"), "{diags:?}");
    }

    #[test]
    fn a_missing_colour_is_named_with_the_nearest_and_a_bad_value_located() {
        let p = project();
        let toml = p.path().join("themes/t/theme.toml");
        let text = SETTINGS.replace("employer = ", "employr = ").replace("\"#555555\"", "\"teal\"");
        std::fs::write(&toml, text).expect("write");
        let mut diags = Vec::new();
        assert!(load(p.path(), "t", &mut diags).is_none(), "a theme without its colours loads");
        let messages: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        assert_eq!(
            messages,
            ["theme.toml has no colour `employer`", "colour `tip` is `teal`, not a #rrggbb colour"],
            "{diags:?}"
        );
        assert!(diags[0].hint.as_deref().is_some_and(|h| h.contains("did you mean `employr`?")), "{diags:?}");
        assert_eq!(diags[0].place(), "themes/t/theme.toml:5:1");
        assert_eq!(diags[1].place(), "themes/t/theme.toml:12:8");
    }

    #[test]
    fn a_colour_name_theme_toml_lacks_is_an_error_where_it_is_used() {
        let p = project();
        let dir = p.path().join("themes/t");
        std::fs::write(
            dir.join("epub.css"),
            "h1 { color: var(--vp-accent); }\np { color: var(--vp-acent); }",
        )
        .expect("write");
        std::fs::create_dir_all(dir.join("site")).expect("mkdir");
        std::fs::write(dir.join("site/x.css"), "a { color: var(--vp-tip, red); }").expect("write");
        std::fs::write(dir.join("handbook.typ"), "#let a = colour(\"accent\")\n#let b = colour(\"brand\")")
            .expect("write");
        let mut diags = Vec::new();
        assert!(load(p.path(), "t", &mut diags).is_none(), "a theme using an unknown colour loads");
        let got: Vec<(String, &str)> = diags.iter().map(|d| (d.place(), d.message.as_str())).collect();
        assert_eq!(
            got,
            [
                ("themes/t/epub.css:2:12".to_string(), "colour `acent` is not defined in theme.toml"),
                ("themes/t/handbook.typ:2:18".to_string(), "colour `brand` is not defined in theme.toml"),
                ("themes/t/site/x.css:1:16".to_string(), "`--vp-tip` is not written `var(--vp-tip)`"),
            ],
            "{diags:?}"
        );
        let hint = diags[0].hint.as_deref().unwrap_or_default();
        assert!(hint.contains("did you mean `accent`?") && hint.contains("themes/t/theme.toml"), "{hint}");
        assert!(
            diags[1].hint.as_deref().is_some_and(|h| h.contains("add `brand = \"#rrggbb\"` under [colours]"))
        );
    }

    #[test]
    fn a_colour_name_css_cannot_use_is_refused() {
        let p = project();
        let toml = p.path().join("themes/t/theme.toml");
        std::fs::write(&toml, format!("{SETTINGS}\"a b\" = \"#000000\"\n")).expect("write");
        let mut diags = Vec::new();
        assert!(load(p.path(), "t", &mut diags).is_none());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].message, "colour name `a b` is not a plain name");
    }

    #[test]
    fn a_font_that_is_not_a_font_is_refused() {
        let p = project();
        std::fs::write(p.path().join("themes/t/body.otf"), "<html>").expect("write");
        std::fs::write(p.path().join("themes/t/good.TTF"), b"\0\x01\0\0rest").expect("write");
        let mut diags = Vec::new();
        let theme = load(p.path(), "t", &mut diags).expect("theme");
        assert!(theme.files.contains_key("good.TTF") && !theme.files.contains_key("body.otf"));
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("`body.otf` is named as a font but is not one"));
    }

    #[test]
    fn fonts_in_the_fonts_folder_are_read_and_checked() {
        let p = project();
        std::fs::create_dir_all(p.path().join("themes/t/fonts/serif")).expect("mkdir");
        std::fs::create_dir_all(p.path().join("themes/t/other")).expect("mkdir");
        std::fs::write(p.path().join("themes/t/fonts/serif/Set.ttc"), b"ttcf rest").expect("write");
        std::fs::write(p.path().join("themes/t/fonts/fake.otf"), "<html>").expect("write");
        std::fs::write(p.path().join("themes/t/other/x.ttf"), b"\0\x01\0\0").expect("write");
        let mut diags = Vec::new();
        let theme = load(p.path(), "t", &mut diags).expect("theme");
        assert!(theme.files.contains_key("fonts/serif/Set.ttc"), "{:?}", theme.files.keys());
        assert!(!theme.files.contains_key("fonts/fake.otf") && !theme.files.contains_key("other/x.ttf"));
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("`fonts/fake.otf` is named as a font but is not one"));
    }

    #[test]
    fn oversized_theme_files_are_refused() {
        let p = project();
        let font = std::fs::File::create(p.path().join("themes/t/big.otf")).expect("create");
        font.set_len(MAX_THEME_FILE_BYTES + 1).expect("grow");
        let mut diags = Vec::new();
        let theme = load(p.path(), "t", &mut diags).expect("theme without the font");
        assert!(!theme.files.contains_key("big.otf"));
        assert!(diags.iter().any(|d| d.is_error() && d.message.contains("over the limit")), "{diags:?}");
    }
    #[test]
    fn without_its_own_folder_the_default_theme_is_the_built_in_one() {
        let p = tempfile::tempdir().expect("temp dir");
        let mut diags = Vec::new();
        let theme = load(p.path(), "default", &mut diags).expect("built-in theme");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(theme.dir, Path::new("<built-in theme default>"));
        assert!(theme.files.contains_key("handbook.typ") && theme.files.contains_key("site/layout.html"));
        // Another name is never built in.
        assert!(load(p.path(), "print", &mut diags).is_none());
        assert!(diags[0].hint.as_deref().is_some_and(|h| h.contains("vetpress init --theme")), "{diags:?}");
    }

    #[test]
    fn a_project_folder_named_default_wins_over_the_built_in_theme() {
        let p = project();
        std::fs::rename(p.path().join("themes/t"), p.path().join("themes/default")).expect("rename");
        let mut diags = Vec::new();
        let theme = load(p.path(), "default", &mut diags).expect("the project's theme");
        assert_eq!(theme.dir, Path::new("themes/default"));
        assert_eq!(theme.settings.logo.as_deref(), Some("logo.png"));
        // An incomplete own folder is an error, not a silent fall-back to the built-in one.
        std::fs::remove_file(p.path().join("themes/default/cards.typ")).expect("rm");
        assert!(load(p.path(), "default", &mut diags).is_none());
        assert!(diags.iter().any(|d| d.message == "theme `default` lacks cards.typ"), "{diags:?}");
    }

    #[test]
    fn problems_in_built_in_files_name_the_built_in_theme() {
        let mut files = builtin::theme_files();
        let text = String::from_utf8(files["theme.toml"].clone()).expect("utf-8");
        files.insert("theme.toml".into(), text.replace("muted = ", "mutd = ").into_bytes());
        let mut diags = Vec::new();
        assert!(validate("default", builtin::dir(), files, &mut diags).is_none());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].place().starts_with("<built-in theme default>/theme.toml:"), "{}", diags[0].place());
    }
}
