//! The preview server: serves the output folder on 127.0.0.1 with live reload.
//!
//! Hand-rolled HTTP/1.1 over `std::net` rather than a crate: the server answers only GET
//! and HEAD for local files with `Connection: close`, plus one Server-Sent Events stream,
//! which is a long-lived response a request/response crate makes awkward. That is a few
//! dozen lines on top of the pure, unit-tested parsing and path resolution in `http.rs`,
//! and no new dependency. One thread per connection, at most [`MAX_CONNECTIONS`] at once.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use super::http::{self, Refused, Target};

/// Connections served at once; more get 503 (a browser opens a handful).
pub const MAX_CONNECTIONS: usize = 64;

/// How long a client may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How often an idle event stream sends a comment, to notice closed tabs.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// The live-reload client: reload the page when the server says a round wrote files.
/// `EventSource` reconnects by itself when the server restarts.
/// `data-vetpress-reload="on"` on the root element tells tests the stream is open.
const LIVERELOAD_JS: &str = "// vetpress serve: reload this page after a rebuild.\n\
(() => {\n  const events = new EventSource('/__vetpress/events');\n  \
events.addEventListener('open', () => { document.documentElement.dataset.vetpressReload = 'on'; });\n  \
events.addEventListener('reload', () => location.reload());\n})();\n";

/// Counts rounds that wrote files; event streams wait on it.
#[derive(Default)]
pub struct Reloads {
    generation: Mutex<u64>,
    changed: Condvar,
}

impl Reloads {
    /// Tell every open page to reload.
    pub fn bump(&self) {
        *self.generation.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.changed.notify_all();
    }

    fn current(&self) -> u64 {
        *self.generation.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wait up to `timeout` for a generation after `seen`; the newest one.
    fn wait_after(&self, seen: u64, timeout: Duration) -> u64 {
        let guard = self.generation.lock().unwrap_or_else(PoisonError::into_inner);
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |g| *g <= seen)
            .unwrap_or_else(PoisonError::into_inner);
        *guard
    }
}

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The port is taken.
    #[error(
        "port {0} on 127.0.0.1 is already in use (another `vetpress serve`?); choose another with --port"
    )]
    InUse(u16),
    /// Another bind error.
    #[error("cannot listen on 127.0.0.1:{0}: {1}")]
    Bind(u16, std::io::Error),
}

/// A bound server, not yet serving.
pub struct Server {
    listener: TcpListener,
    out: PathBuf,
    reloads: Arc<Reloads>,
}

impl Server {
    /// Listen on 127.0.0.1:`port` (0: any free port) for the folder `out` (created when
    /// missing, so the first build can fill it).
    pub fn bind(port: u16, out: &Path) -> Result<Self, ServeError> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port)).map_err(|e| match e.kind() {
            std::io::ErrorKind::AddrInUse => ServeError::InUse(port),
            _ => ServeError::Bind(port, e),
        })?;
        let _ = std::fs::create_dir_all(out);
        let out = out.canonicalize().map_err(|e| ServeError::Bind(port, e))?;
        Ok(Server { listener, out, reloads: Arc::default() })
    }

    /// The address served.
    pub fn addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or_else(|_| SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
    }

    /// The reload signal to bump after a round that wrote files.
    pub fn reloads(&self) -> Arc<Reloads> {
        self.reloads.clone()
    }

    /// Serve on a background thread for the life of the process.
    pub fn spawn(self) {
        std::thread::spawn(move || self.serve());
    }

    fn serve(self) {
        let out = Arc::new(self.out);
        let open = Arc::new(AtomicUsize::new(0));
        for stream in self.listener.incoming().flatten() {
            if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
                open.fetch_sub(1, Ordering::SeqCst);
                let mut stream = stream;
                let _ = respond(&mut stream, "503 Service Unavailable", "text/plain", b"busy\n", false);
                continue;
            }
            let (out, open, reloads) = (out.clone(), open.clone(), self.reloads.clone());
            std::thread::spawn(move || {
                let _ = handle(stream, &out, &reloads);
                open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    }
}

/// Answer one connection (one request; `Connection: close`).
fn handle(mut stream: TcpStream, out: &Path, reloads: &Reloads) -> std::io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let head = match read_head(&mut stream)? {
        Some(h) => h,
        None => {
            respond(&mut stream, "400 Bad Request", "text/plain", b"bad request\n", false)?;
            // Read what the client still sends, so closing does not reset the connection
            // before it has read the answer.
            stream.shutdown(std::net::Shutdown::Write)?;
            let _ = std::io::copy(&mut (&stream).take(1 << 20), &mut std::io::sink());
            return Ok(());
        }
    };
    let request = match http::parse(&head) {
        Ok(r) => r,
        Err(Refused::Method) => {
            let msg = b"only GET and HEAD\n";
            let head =
                response_head("405 Method Not Allowed", "text/plain", msg.len(), "Allow: GET, HEAD\r\n");
            stream.write_all(head.as_bytes())?;
            return stream.write_all(msg);
        }
        Err(Refused::BadRequest) => {
            return respond(&mut stream, "400 Bad Request", "text/plain", b"bad request\n", false);
        }
    };
    let bare = request.head_only;
    match request.path.as_str() {
        http::SCRIPT => {
            respond(&mut stream, "200 OK", "text/javascript; charset=utf-8", LIVERELOAD_JS.as_bytes(), bare)
        }
        http::EVENTS => events(stream, reloads, bare),
        p if p.starts_with(http::RESERVED) => not_found(&mut stream, bare),
        p => serve_path(&mut stream, out, p, bare),
    }
}

/// Read up to the blank line ending the head; `None` when it is too long or not text.
fn read_head(stream: &mut TcpStream) -> std::io::Result<Option<String>> {
    let mut reader = BufReader::new(stream.take(http::MAX_HEAD as u64));
    let mut head = Vec::new();
    loop {
        let before = head.len();
        if reader.read_until(b'\n', &mut head)? == 0 {
            return Ok(None);
        }
        let line = &head[before..];
        if line == b"\r\n" || line == b"\n" {
            return Ok(String::from_utf8(head).ok());
        }
    }
}

fn serve_path(stream: &mut TcpStream, out: &Path, path: &str, bare: bool) -> std::io::Result<()> {
    match http::resolve(out, path) {
        Target::File(file) => {
            let Ok(bytes) = std::fs::read(&file) else { return not_found(stream, bare) };
            let kind = http::content_type(&file);
            let body = if http::is_html(kind) { http::inject(&bytes) } else { bytes };
            respond(stream, "200 OK", kind, &body, bare)
        }
        Target::Redirect(to) => {
            let head = response_head("302 Found", "text/plain", 0, &format!("Location: {to}\r\n"));
            stream.write_all(head.as_bytes())
        }
        Target::Listing(dir) => {
            let page = listing(out, &dir);
            respond(stream, "200 OK", "text/html; charset=utf-8", &http::inject(page.as_bytes()), bare)
        }
        Target::NotFound => not_found(stream, bare),
    }
}

fn not_found(stream: &mut TcpStream, bare: bool) -> std::io::Result<()> {
    let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>\
<body><h1>Not found</h1><p>Nothing is built at this address. <a href=\"/\">Start page</a></p></body></html>\n";
    respond(stream, "404 Not Found", "text/html; charset=utf-8", &http::inject(page.as_bytes()), bare)
}

/// A folder without `index.html` (the output folder when no site was built): its entries.
fn listing(out: &Path, dir: &Path) -> String {
    let mut names: Vec<(String, bool)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path().is_dir()))
                .filter(|(n, _)| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let rel = dir.strip_prefix(out).map(|p| p.to_string_lossy().replace('\\', "/")).unwrap_or_default();
    let title = http::escape(&format!("/{rel}"));
    let items: String = names
        .iter()
        .map(|(n, is_dir)| {
            let slash = if *is_dir { "/" } else { "" };
            format!(
                "<li><a href=\"{}{slash}\">{}{slash}</a></li>\n",
                http::encode_segment(n),
                http::escape(n)
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
<body><h1>{title}</h1>\n<ul>\n{items}</ul></body></html>\n"
    )
}

/// The event stream: an event `reload` each time a round writes files.
fn events(mut stream: TcpStream, reloads: &Reloads, bare: bool) -> std::io::Result<()> {
    let mut seen = reloads.current();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
    stream.write_all(head.as_bytes())?;
    if bare {
        return Ok(());
    }
    // Tell the client how fast to reconnect after the server restarts.
    stream.write_all(b"retry: 500\n\n")?;
    loop {
        let now = reloads.wait_after(seen, KEEPALIVE);
        if now > seen {
            seen = now;
            stream.write_all(format!("event: reload\ndata: {now}\n\n").as_bytes())?;
        } else {
            // A comment: fails once the page is gone, which ends this thread.
            stream.write_all(b": keep-alive\n\n")?;
        }
        stream.flush()?;
    }
}

fn response_head(status: &str, kind: &str, len: usize, extra: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len}\r\nCache-Control: no-store\r\n\
X-Content-Type-Options: nosniff\r\n{extra}Connection: close\r\n\r\n"
    )
}

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8], bare: bool) -> std::io::Result<()> {
    stream.write_all(response_head(status, kind, body.len(), "").as_bytes())?;
    if !bare {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(addr: SocketAddr, request: &str) -> String {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(request.as_bytes()).expect("send");
        let mut answer = String::new();
        s.read_to_string(&mut answer).expect("read");
        answer
    }

    #[test]
    fn serves_files_with_the_script_in_html_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("site")).expect("mkdir");
        std::fs::write(dir.path().join("site/index.html"), "<head></head>hello").expect("write");
        std::fs::write(dir.path().join("a.css"), "p{}").expect("write");
        let server = Server::bind(0, dir.path()).expect("bind");
        let addr = server.addr();
        server.spawn();
        let page = get(addr, "GET /site/ HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(page.starts_with("HTTP/1.1 200 OK\r\n") && page.contains("text/html"), "{page}");
        assert!(page.contains(http::SCRIPT) && page.ends_with("</head>hello"), "{page}");
        let css = get(addr, "GET /a.css HTTP/1.1\r\n\r\n");
        assert!(css.contains("text/css") && css.ends_with("\r\n\r\np{}") && !css.contains(http::SCRIPT));
        let head = get(addr, "HEAD /a.css HTTP/1.1\r\n\r\n");
        assert!(head.contains("Content-Length: 3") && head.ends_with("\r\n\r\n"), "{head}");
        assert!(get(addr, "GET / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 302 Found\r\nContent-Type"));
        assert!(get(addr, "GET /../x HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 404"));
        assert!(get(addr, "GET /__vetpress/other HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 404"));
        let post = get(addr, "POST /a.css HTTP/1.1\r\n\r\n");
        assert!(post.starts_with("HTTP/1.1 405") && post.contains("Allow: GET, HEAD"), "{post}");
        assert!(get(addr, "nonsense\r\n\r\n").starts_with("HTTP/1.1 400"));
        assert!(
            get(addr, &format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(9000))).starts_with("HTTP/1.1 400")
        );
        let js = get(addr, "GET /__vetpress/livereload.js HTTP/1.1\r\n\r\n");
        assert!(js.contains("text/javascript") && js.contains("EventSource('/__vetpress/events')"));
    }

    #[test]
    fn a_taken_port_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = Server::bind(0, dir.path()).expect("bind");
        let port = first.addr().port();
        let Err(e) = Server::bind(port, dir.path()) else { panic!("bound twice") };
        assert!(matches!(e, ServeError::InUse(p) if p == port), "{e}");
        assert!(e.to_string().contains("already in use") && e.to_string().contains("--port"));
    }

    #[test]
    fn the_event_stream_signals_a_reload() {
        let dir = tempfile::tempdir().expect("tempdir");
        let server = Server::bind(0, dir.path()).expect("bind");
        let (addr, reloads) = (server.addr(), server.reloads());
        server.spawn();
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(b"GET /__vetpress/events HTTP/1.1\r\n\r\n").expect("send");
        let mut reader = BufReader::new(s);
        let mut text = String::new();
        while !text.contains("retry: 500\n\n") {
            reader.read_line(&mut text).expect("read");
        }
        assert!(text.contains("text/event-stream"), "{text}");
        reloads.bump();
        let mut event = String::new();
        while !event.ends_with("\n\n") {
            reader.read_line(&mut event).expect("read");
        }
        assert_eq!(event, "event: reload\ndata: 1\n\n");
    }
}
