//! `watch` and `serve`: a running process on a fixture copy, edited while it runs.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::common::{Fixture, fixture, flatten, pdftotext};

/// Generous: the machine running the tests is shared and slow.
const TIMEOUT: Duration = Duration::from_secs(180);

/// A running `vetpress watch`/`serve`, killed when dropped; its stderr lines are collected.
struct Running {
    child: Child,
    lines: Arc<(Mutex<Vec<String>>, Condvar)>,
}

impl Running {
    fn start(cmd: &str, project: &Path, extra: &[&str]) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vetpress"))
            .arg(cmd)
            .arg("--project")
            .arg(project)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start vetpress");
        let stderr = child.stderr.take().expect("stderr");
        let lines: Arc<(Mutex<Vec<String>>, Condvar)> = Arc::default();
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.0.lock().expect("lock").push(line);
                sink.1.notify_all();
            }
        });
        Running { child, lines }
    }

    /// Wait for a line after the first `from` lines that satisfies `want`; its index.
    fn wait_for(&self, from: usize, what: &str, want: impl Fn(&str) -> bool) -> usize {
        let deadline = Instant::now() + TIMEOUT;
        let (lock, signal) = &*self.lines;
        let mut lines = lock.lock().expect("lock");
        loop {
            if let Some(i) = lines.iter().skip(from).position(|l| want(l)) {
                return from + i;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "no {what} within {TIMEOUT:?}; output:\n{}", lines.join("\n"));
            lines = signal.wait_timeout(lines, left).expect("lock").0;
        }
    }

    fn count(&self) -> usize {
        self.lines.0.lock().expect("lock").len()
    }

    fn output(&self) -> String {
        self.lines.0.lock().expect("lock").join("\n")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn edit(f: &Fixture, rel: &str, from: &str, to: &str) {
    let path = f.file(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn pdf_text(path: &Path) -> String {
    flatten(&pdftotext(path))
}

const INTRO: &str = "visit-intro = Vierailu näyttää opiskelijoille oikeaa työtä.";

#[test]
fn watch_rebuilds_an_edited_translation_keeps_going_after_errors_and_stops_on_ctrl_c() {
    let f = fixture(&[]);
    let w = Running::start("watch", f.path(), &["--locale", "fi", "--edition", "handbook"]);
    let first = w.wait_for(0, "first build", |l| l.starts_with("first build: rebuilt fi/mini-fi.pdf"));
    w.wait_for(first, "watching line", |l| l.starts_with("watching sources/, locales/, themes/"));
    let pdf = f.file("out/fi/mini-fi.pdf");
    assert!(!pdf_text(&pdf).contains("Uusi lause"));

    // A saved translation: only its locale's handbook is rebuilt, with the new text.
    let n = w.count();
    edit(&f, "locales/fi/book.ftl", INTRO, &format!("{INTRO} Uusi lause watchista."));
    let line = w.wait_for(n, "round after the edit", |l| l.starts_with("locales/fi/book.ftl: "));
    assert!(
        w.output().lines().nth(line).is_some_and(|l| l.contains("rebuilt fi/mini-fi.pdf in ")),
        "{}",
        w.output()
    );
    assert!(pdf_text(&pdf).contains("Uusi lause watchista."), "{}", pdf_text(&pdf));
    let good = std::fs::read(&pdf).expect("pdf");

    // A syntax error: reported at file:line:column, the last good PDF stays.
    let n = w.count();
    edit(&f, "locales/fi/book.ftl", "Uusi lause watchista.", "Uusi lause { $rikki");
    let round = w.wait_for(n, "round after the broken edit", |l| l.starts_with("locales/fi/book.ftl: "));
    let out = w.output();
    let printed: Vec<&str> = out.lines().skip(n).take(round - n + 1).collect();
    assert!(
        printed.iter().any(|l| l.starts_with("locales/fi/book.ftl:") && l.contains(": error[")),
        "no located error:\n{}",
        printed.join("\n")
    );
    let located = printed.iter().find(|l| l.contains(": error[")).expect("error line");
    let place: Vec<&str> = located.split(": ").next().expect("place").split(':').collect();
    assert!(
        place.len() == 3 && place[1].parse::<usize>().is_ok() && place[2].parse::<usize>().is_ok(),
        "{located}"
    );
    assert!(printed.last().is_some_and(|l| l.contains("last good outputs kept")), "{}", printed.join("\n"));
    assert_eq!(std::fs::read(&pdf).expect("pdf"), good, "a broken translation replaced the PDF");

    // Fixed: rebuilt again.
    let n = w.count();
    edit(&f, "locales/fi/book.ftl", "Uusi lause { $rikki", "Korjattu lause.");
    w.wait_for(n, "round after the fix", |l| l.starts_with("locales/fi/book.ftl: rebuilt fi/mini-fi.pdf"));
    assert!(pdf_text(&pdf).contains("Korjattu lause."));

    // A theme edit rebuilds too (the theme is reloaded).
    let n = w.count();
    edit(&f, "themes/default/handbook.typ", "\n", "\n// edited while watching\n");
    w.wait_for(n, "round after the theme edit", |l| {
        l.starts_with("themes/default/handbook.typ: rebuilt fi/mini-fi.pdf")
    });

    // Vetpress's own state file and editor scratch files start no round.
    let n = w.count();
    std::fs::write(f.file("locales/fi/.book.ftl.swp"), "scratch").expect("write");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(w.count(), n, "a scratch file started a round:\n{}", w.output());

    // Ctrl-C: a clean stop.
    let status = Command::new("kill").args(["-INT", &w.child.id().to_string()]).status().expect("kill");
    assert!(status.success());
    w.wait_for(n, "stop", |l| l == "watch stopped");
    let mut w = w;
    let code = wait_exit(&mut w.child);
    assert_eq!(code, Some(0), "{}", w.output());
}

fn wait_exit(child: &mut Child) -> Option<i32> {
    let deadline = Instant::now() + TIMEOUT;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("wait") {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// One request over plain TCP; the whole answer.
fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(TIMEOUT)).expect("timeout");
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").as_bytes()).expect("send");
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).expect("read");
    String::from_utf8_lossy(&answer).into_owned()
}

#[test]
fn serve_injects_live_reload_refuses_traversal_and_signals_after_an_edit() {
    let f = fixture(&[]);
    std::fs::write(f.file("secret.txt"), "not for the web").expect("write");
    let s = Running::start("serve", f.path(), &["--port", "0", "--locale", "fi", "--edition", "site"]);
    let at = s.wait_for(0, "address", |l| l.starts_with("serving "));
    let line = s.output().lines().nth(at).expect("line").to_string();
    let port: u16 = line
        .rsplit("http://127.0.0.1:")
        .next()
        .and_then(|p| p.trim_end_matches('/').parse().ok())
        .unwrap_or_else(|| panic!("no port in {line}"));
    s.wait_for(at, "watching line", |l| l.starts_with("watching "));

    let root = get(port, "/");
    assert!(root.starts_with("HTTP/1.1 302") && root.contains("Location: /site/\r\n"), "{root}");
    let page = get(port, "/site/fi/");
    assert!(page.starts_with("HTTP/1.1 200 OK") && page.contains("Content-Type: text/html"), "{page}");
    assert!(page.contains(r#"<script src="/__vetpress/livereload.js" defer></script></head>"#));
    let on_disk = std::fs::read_to_string(f.file("out/site/fi/index.html")).expect("page");
    assert!(!on_disk.contains("__vetpress"), "the script was written to out/");
    let pdf = get(port, "/fi/mini-fi.pdf");
    assert!(pdf.starts_with("HTTP/1.1 200 OK") && pdf.contains("Content-Type: application/pdf\r\n"));
    assert!(!pdf.contains("livereload"));
    for path in
        ["/../secret.txt", "/site/../../secret.txt", "/%2e%2e/secret.txt", "/site/%2E%2E/%2E%2E/secret.txt"]
    {
        let answer = get(port, path);
        assert!(
            answer.starts_with("HTTP/1.1 404") && !answer.contains("not for the web"),
            "{path}: {answer}"
        );
    }
    assert!(get(port, "/site/fi/nothing.html").starts_with("HTTP/1.1 404"));

    // The event stream says `reload` after a round that wrote files.
    let mut events = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    events.set_read_timeout(Some(TIMEOUT)).expect("timeout");
    events.write_all(b"GET /__vetpress/events HTTP/1.1\r\n\r\n").expect("send");
    let mut reader = BufReader::new(events);
    let mut head = String::new();
    while !head.contains("retry: 500\n\n") {
        assert!(reader.read_line(&mut head).expect("read") > 0, "stream closed: {head}");
    }
    assert!(head.contains("Content-Type: text/event-stream"), "{head}");
    let n = s.count();
    edit(&f, "locales/fi/book.ftl", INTRO, &format!("{INTRO} Sivu latautuu uudelleen."));
    s.wait_for(n, "round", |l| l.starts_with("locales/fi/book.ftl: rebuilt"));
    let mut event = String::new();
    while !event.ends_with("\n\n") || event.starts_with(':') {
        if event.starts_with(':') && event.ends_with("\n\n") {
            event.clear();
        }
        assert!(reader.read_line(&mut event).expect("read") > 0, "stream closed");
    }
    assert!(event.starts_with("event: reload\ndata: "), "{event:?}");
    assert!(get(port, "/site/fi/visit.html").contains("Sivu latautuu uudelleen."));

    // A second server on the same port: a clear error, exit code 2.
    let second = crate::common::run_on("serve", f.path(), &["--port", &port.to_string()]);
    assert_eq!(second.code, 2, "{}", second.stderr);
    assert!(
        second.stderr.contains("already in use") && second.stderr.contains("--port"),
        "{}",
        second.stderr
    );
}

#[test]
fn an_unknown_locale_or_project_is_a_usage_error() {
    let f = fixture(&[]);
    let run = crate::common::run_on("watch", f.path(), &["--locale", "xx"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("unknown locale `xx`"), "{}", run.stderr);
    let missing = f.file("no-such-project");
    let run = crate::common::run_on("serve", &missing, &["--port", "0"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("cannot open the project folder"), "{}", run.stderr);
    assert!(!missing.exists(), "serve created the missing project's folder");
}

/// A project on the built-in theme: `init --theme` writes `themes/` while `watch` runs, and
/// the watch follows it (its edits rebuild, from the project's own theme).
#[test]
fn watch_follows_a_themes_folder_written_after_it_started() {
    let f = fixture(&[]);
    std::fs::remove_dir_all(f.file("themes")).expect("rm themes");
    let w = Running::start("watch", f.path(), &["--locale", "en", "--edition", "epub"]);
    let start = w.wait_for(0, "watching line", |l| l.starts_with("watching "));
    let p = f.path().to_string_lossy().into_owned();
    let r = crate::common::vetpress(&["init", "--theme", &p]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The new folder's files make a round (nothing to rebuild: they are the built-in ones).
    w.wait_for(start, "round after init --theme", |l| l.starts_with("themes/default/"));
    let n = w.count();
    edit(&f, "themes/default/epub.css", "/* Default e-book style", "/* Edited while watching");
    w.wait_for(n, "round after the theme edit", |l| {
        l.contains("themes/default/epub.css") && l.contains(": rebuilt en/mini-en.epub")
    });
    let css = crate::common::epub_entry(&f.file("out/en/mini-en.epub"), "OEBPS/stylesheet.css");
    assert!(css.starts_with("/* Edited while watching"), "{css}");
}
