//! The build: a job per (locale, edition), run on a rayon pool, written atomically.

pub mod cache;
pub mod gate;
pub mod inputs;
pub mod job;
pub mod output;
pub mod plan;
pub mod report;
pub mod run;
pub mod session;
pub mod site_root;

pub use plan::{Job, Plan};
pub use report::{JobOutcome, Report};
pub use session::{Request, build, build_with, job_count, looks_hash, theme_hash};
