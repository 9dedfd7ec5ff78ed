//! Live preview: `watch` keeps one warm process that rebuilds what a saved file affects;
//! `serve` adds a local HTTP server for the output folder with live reload.
//!
//! The CLI only parses options and prints what [`watch::Watch::run`] reports.

pub mod change;
pub mod debounce;
pub mod http;
pub mod server;
pub mod session;
pub mod watch;

pub use server::{Reloads, ServeError, Server};
pub use session::{Options, Round, Session};
pub use watch::{Event, Stopper, Watch, WatchError};
