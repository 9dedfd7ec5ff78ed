//! The small, pure half of the preview server: parse a request head, map its path to a
//! file inside the output folder (never outside it), content types, and the live-reload
//! script tag added to HTML as it is served.

use std::path::{Path, PathBuf};

/// Largest request head read (request line and headers).
pub const MAX_HEAD: usize = 8 * 1024;

/// Reserved path prefix of the server's own files; no output starts with `__`.
pub const RESERVED: &str = "/__vetpress/";

/// The live-reload script's address.
pub const SCRIPT: &str = "/__vetpress/livereload.js";

/// The event stream's address (Server-Sent Events).
pub const EVENTS: &str = "/__vetpress/events";

/// A parsed request.
#[derive(Debug, PartialEq, Eq)]
pub struct Request {
    /// `HEAD` requests get the headers only.
    pub head_only: bool,
    /// The decoded path, always starting with `/`, without query or fragment.
    pub path: String,
}

/// A request the server refuses, with the status it answers.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// 400: not HTTP, or a path that cannot be decoded.
    BadRequest,
    /// 405: a method other than GET and HEAD.
    Method,
}

/// Parse a request head (everything before the blank line).
pub fn parse(head: &str) -> Result<Request, Refused> {
    let line = head.lines().next().ok_or(Refused::BadRequest)?;
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Refused::BadRequest);
    };
    if !version.starts_with("HTTP/1.") {
        return Err(Refused::BadRequest);
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => return Err(Refused::Method),
    };
    let raw = target.split(['?', '#']).next().unwrap_or("");
    if !raw.starts_with('/') {
        return Err(Refused::BadRequest);
    }
    let path = percent_decode(raw).ok_or(Refused::BadRequest)?;
    Ok(Request { head_only, path })
}

/// Decode `%XX` escapes; `None` for a bad escape, a control character (a decoded line
/// break must never reach a response header) or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.chars().any(char::is_control))
}

/// Where a path leads.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file to send.
    File(PathBuf),
    /// A folder asked for without its trailing slash, or the root when the site exists:
    /// redirect here (so the pages' relative links work).
    Redirect(String),
    /// A folder without `index.html`: list it.
    Listing(PathBuf),
    /// Nothing there, or a path that would leave the output folder.
    NotFound,
}

/// Map a decoded request path to what lies under `out` (canonical). A `..`, `.` or
/// backslash segment is refused outright, and whatever the path resolves to (symlinks
/// included) must stay inside `out`.
pub fn resolve(out: &Path, path: &str) -> Target {
    if path == "/" && out.join("site/index.html").is_file() {
        return Target::Redirect("/site/".into());
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == ".." || *s == "." || s.contains('\\') || s.contains(':')) {
        return Target::NotFound;
    }
    let joined = segments.iter().fold(out.to_path_buf(), |p, s| p.join(s));
    let Ok(real) = joined.canonicalize() else { return Target::NotFound };
    if !real.starts_with(out) {
        return Target::NotFound;
    }
    if real.is_dir() {
        if !path.ends_with('/') {
            let encoded: Vec<String> = segments.iter().map(|s| encode_segment(s)).collect();
            return Target::Redirect(format!("/{}/", encoded.join("/")));
        }
        let index = real.join("index.html");
        return if index.is_file() { Target::File(index) } else { Target::Listing(real) };
    }
    if real.is_file() { Target::File(real) } else { Target::NotFound }
}

/// The content type of a file, from its extension.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "opds" => "application/atom+xml",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        "epub" => "application/epub+zip",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// Whether responses of this type get the live-reload script.
pub fn is_html(content_type: &str) -> bool {
    content_type.starts_with("text/html")
}

/// `html` with the live-reload script tag before `</head>` (else before `</body>`, else
/// at the end). The script is an external file, so a page's Content Security Policy that
/// allows `'self'` scripts allows it too.
pub fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT}\" defer></script>");
    let lower = html.to_ascii_lowercase();
    let at = find(&lower, b"</head>").or_else(|| find(&lower, b"</body>")).unwrap_or(html.len());
    [&html[..at], tag.as_bytes(), &html[at..]].concat()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Text with `&`, `<`, `>`, `"` and `'` escaped, for the folder listing.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A path segment for an `href`: everything but unreserved characters percent-encoded.
pub fn encode_segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_parse_to_decoded_paths() {
        let get = parse("GET /site/fi/index.html?x=1#top HTTP/1.1\r\nHost: a\r\n").expect("get");
        assert_eq!(get, Request { head_only: false, path: "/site/fi/index.html".into() });
        let head = parse("HEAD /a%20b/%C3%A4.pdf HTTP/1.0").expect("head");
        assert_eq!(head, Request { head_only: true, path: "/a b/ä.pdf".into() });
    }

    #[test]
    fn bad_requests_and_other_methods_are_refused() {
        for (head, why) in [
            ("POST / HTTP/1.1", Refused::Method),
            ("DELETE /x HTTP/1.1", Refused::Method),
            ("GET / SPDY/3", Refused::BadRequest),
            ("GET /", Refused::BadRequest),
            ("GET  / HTTP/1.1", Refused::BadRequest),
            ("GET http://evil/ HTTP/1.1", Refused::BadRequest),
            ("GET /%zz HTTP/1.1", Refused::BadRequest),
            ("GET /%00 HTTP/1.1", Refused::BadRequest),
            ("GET /a%0d%0aSet-Cookie:%20x HTTP/1.1", Refused::BadRequest),
            ("GET /%ff HTTP/1.1", Refused::BadRequest),
            ("GET /%2 HTTP/1.1", Refused::BadRequest),
            ("", Refused::BadRequest),
        ] {
            assert_eq!(parse(head), Err(why), "{head:?}");
        }
    }

    fn out() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        std::fs::create_dir_all(out.join("site/fi")).expect("mkdir");
        std::fs::create_dir_all(out.join("fi")).expect("mkdir");
        std::fs::write(out.join("site/index.html"), "root").expect("write");
        std::fs::write(out.join("site/fi/index.html"), "fi").expect("write");
        std::fs::write(out.join("fi/b-fi.pdf"), "pdf").expect("write");
        std::fs::write(dir.path().join("secret.txt"), "secret").expect("write");
        let out = out.canonicalize().expect("canonical");
        (dir, out)
    }

    #[test]
    fn paths_resolve_inside_the_output_folder() {
        let (_dir, out) = out();
        assert_eq!(resolve(&out, "/"), Target::Redirect("/site/".into()));
        assert_eq!(resolve(&out, "/site/fi"), Target::Redirect("/site/fi/".into()));
        assert_eq!(resolve(&out, "/site/fi/"), Target::File(out.join("site/fi/index.html")));
        assert_eq!(resolve(&out, "/fi/b-fi.pdf"), Target::File(out.join("fi/b-fi.pdf")));
        assert_eq!(resolve(&out, "/fi/"), Target::Listing(out.join("fi")));
        assert_eq!(resolve(&out, "/fi/missing.pdf"), Target::NotFound);
        std::fs::create_dir_all(out.join("a b/ä")).expect("mkdir");
        assert_eq!(resolve(&out, "/a b/ä"), Target::Redirect("/a%20b/%C3%A4/".into()), "re-encoded");
    }

    #[test]
    fn traversal_out_of_the_output_folder_is_not_found() {
        let (dir, out) = out();
        for path in ["/../secret.txt", "/site/../../secret.txt", "/./fi/b-fi.pdf", "/..\\secret.txt", "/C:/x"]
        {
            assert_eq!(resolve(&out, path), Target::NotFound, "{path}");
        }
        // A decoded `%2e%2e` is a `..` segment too.
        let decoded = parse("GET /%2e%2e/secret.txt HTTP/1.1").expect("parse").path;
        assert_eq!(resolve(&out, &decoded), Target::NotFound);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("link.txt")).expect("symlink");
            assert_eq!(resolve(&out, "/link.txt"), Target::NotFound, "a symlink out is refused");
        }
    }

    #[test]
    fn without_a_site_the_root_is_listed() {
        let (_dir, out) = out();
        std::fs::remove_dir_all(out.join("site")).expect("rm");
        assert_eq!(resolve(&out, "/"), Target::Listing(out.clone()));
    }

    #[test]
    fn the_script_goes_before_the_head_end() {
        let tag = format!("<script src=\"{SCRIPT}\" defer></script>");
        let html = b"<html><HEAD><title>x</title></HEAD><body></body></html>";
        let got = String::from_utf8(inject(html)).expect("utf-8");
        assert_eq!(got, format!("<html><HEAD><title>x</title>{tag}</HEAD><body></body></html>"));
        assert_eq!(String::from_utf8(inject(b"<p>x</body>")).expect("utf-8"), format!("<p>x{tag}</body>"));
        assert_eq!(String::from_utf8(inject(b"<p>x")).expect("utf-8"), format!("<p>x{tag}"));
    }

    #[test]
    fn types_and_escapes() {
        assert_eq!(content_type(Path::new("a/b.HTML")), "text/html; charset=utf-8");
        assert_eq!(content_type(Path::new("b.epub")), "application/epub+zip");
        assert_eq!(content_type(Path::new("b.pdf")), "application/pdf");
        assert_eq!(content_type(Path::new("noext")), "application/octet-stream");
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(encode_segment("a b\"<.pdf"), "a%20b%22%3C.pdf");
    }
}
