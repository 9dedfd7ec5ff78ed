//! `vetpress serve`: `watch` plus a local HTTP server for the output folder, with live
//! reload of open pages after each rebuild.

use super::{USAGE_ERROR, watch};
use crate::preview::Server;

/// `serve` options.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    watch: watch::Args,
    /// Port on 127.0.0.1 (0: any free port).
    #[arg(long, value_name = "N", default_value_t = 3000)]
    port: u16,
    /// Open the preview in the default browser.
    #[arg(long)]
    open: bool,
}

/// Serve and watch until Ctrl-C; 2 when the port is taken or the watch cannot start.
pub fn run(args: &Args) -> i32 {
    // The watch first: it checks the project folder before the server creates `out/`.
    let Some(watch) = watch::start(&args.watch) else { return USAGE_ERROR };
    let out = args.watch.out_dir();
    let server = match Server::bind(args.port, &out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return USAGE_ERROR;
        }
    };
    let url = format!("http://{}/", server.addr());
    let reloads = server.reloads();
    server.spawn();
    eprintln!("serving {} at {url}", out.display());
    if args.open {
        open(&url);
    }
    watch::watch_until_stopped(watch, &args.watch, &mut |round| {
        if !round.written().is_empty() {
            reloads.bump();
        }
    })
}

/// Open `url` in the desktop's browser; a failure is only a warning.
fn open(url: &str) {
    let (cmd, pre): (&str, &[&str]) = if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("cmd", &["/C", "start", ""])
    } else {
        ("xdg-open", &[])
    };
    if let Err(e) = std::process::Command::new(cmd).args(pre).arg(url).spawn() {
        eprintln!("warning: cannot open a browser ({cmd}: {e}); open {url} yourself");
    }
}
