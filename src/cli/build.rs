//! `vetpress build`: every edition of every locale, in parallel, with a summary.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use super::{CONTENT_ERROR, FontArgs, OK, ProjectArgs, Selection, USAGE_ERROR, report};
use crate::build::run::Progress;
use crate::build::{JobOutcome, Report};
use crate::diag::{self, Diagnostic};
use crate::pipeline;
use crate::render::Edition;

/// `build` options.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    project: ProjectArgs,
    #[command(flatten)]
    select: Selection,
    #[command(flatten)]
    fonts: FontArgs,
    /// Treat warnings as errors for the exit code.
    #[arg(long)]
    strict: bool,
    /// Rebuild even files whose inputs did not change.
    #[arg(long)]
    force: bool,
    /// Also build the pseudo-locale en-XA (accented, longer reference text) to find text
    /// that bypasses translation and layouts that overflow.
    #[arg(long)]
    pseudo: bool,
    /// Also build co-branded editions of the handbook and cards for these partners of
    /// book.toml's `[[partners]]` (comma-separated ids, or `all`).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    partner: Vec<String>,
}

/// Build; exit 1 when any locale or job failed.
pub fn run(args: &Args) -> i32 {
    let started = Instant::now();
    // Hash the executable (the cache's build id) while the project loads.
    std::thread::spawn(|| {
        crate::build::inputs::build_id();
    });
    let root = &args.project.project;
    let mut diags = Vec::new();
    let Some(mut loaded) = pipeline::load(root, &mut diags) else {
        report::print(&mut diags, root);
        return CONTENT_ERROR;
    };
    pipeline::save_states(&loaded, &mut diags);
    match args.fonts.dirs() {
        Ok(dirs) => loaded.project.fonts.dirs = dirs,
        Err(msg) => {
            eprintln!("error: {msg}");
            return USAGE_ERROR;
        }
    }
    let locales = match pipeline::select_locales(loaded.project.locales(), &args.select.locale) {
        Ok(mut l) => {
            if args.pseudo {
                loaded.catalog.add_pseudo(root);
                l.push(crate::l10n::pseudo::LOCALE.to_string());
            }
            l
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            return USAGE_ERROR;
        }
    };
    // Problems of locales not being built are for `check`, not this build.
    diags.retain(|d| d.locale.as_ref().is_none_or(|l| locales.contains(l)));
    let partners = match partners(&args.partner, &loaded.project.manifest.partners) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("error: {msg}");
            return USAGE_ERROR;
        }
    };
    let editions =
        if args.select.edition.is_empty() { Edition::ALL.to_vec() } else { args.select.edition.clone() };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(args.select.jobs.unwrap_or(0)).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: cannot start {} threads: {e}", args.select.jobs.unwrap_or(0));
            return USAGE_ERROR;
        }
    };
    let out = args.select.out_dir(&args.project);
    let request = crate::build::Request {
        locales: &locales,
        editions: &editions,
        partners: &partners,
        out: &out,
        force: args.force,
        keep_memo: false,
    };
    let progress = progress(crate::build::job_count(locales.len(), &editions, partners.len()));
    let (report, resolved) = crate::build::build(&loaded, &diags, &request, progress.as_ref(), &pool);
    progress.done();
    diags.extend(resolved);
    finish(args, &out, report, diags, started)
}

/// The partner ids `--partner` asks for, in manifest order; `all` is every partner.
fn partners(asked: &[String], known: &[crate::project::manifest::Partner]) -> Result<Vec<String>, String> {
    let ids: Vec<&str> = known.iter().map(|p| p.id.as_str()).collect();
    if let Some(unknown) = asked.iter().find(|a| *a != "all" && !ids.contains(&a.as_str())) {
        let list =
            if ids.is_empty() { "none: book.toml has no [[partners]]".to_string() } else { ids.join(", ") };
        return Err(format!("no partner `{unknown}` in book.toml; partners: {list}"));
    }
    let all = asked.iter().any(|a| a == "all");
    Ok(ids.into_iter().filter(|id| all || asked.iter().any(|a| a == id)).map(str::to_string).collect())
}

fn finish(
    args: &Args,
    out: &std::path::Path,
    report: Report,
    mut diags: Vec<Diagnostic>,
    started: Instant,
) -> i32 {
    for j in &report.jobs {
        diags.extend(j.diagnostics.iter().cloned());
    }
    diag::dedup(&mut diags);
    report::print(&mut diags, &args.project.project);
    let written = serde_json::to_vec_pretty(&report)
        .map_err(std::io::Error::other)
        .and_then(|json| crate::build::output::write_atomic(&out.join("build-report.json"), &json));
    if let Err(e) = written {
        eprintln!("warning: cannot write build-report.json: {e}");
    }
    eprint!("\n{}", report.table());
    let (errors, warnings) = diag::count(&diags);
    let failed = report.failed() || errors > 0 || (args.strict && warnings > 0);
    eprintln!(
        "{} in {:.1} s: {}; outputs in {}",
        if failed { "build failed" } else { "build finished" },
        started.elapsed().as_secs_f64(),
        report::summary(&diags),
        out.display()
    );
    if failed { CONTENT_ERROR } else { OK }
}

/// Progress display: a bar on a terminal, one line per job otherwise.
trait Display: Progress {
    fn done(&self);
}

fn progress(total: usize) -> Box<dyn Display> {
    if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(total as u64);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {elapsed} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Box::new(Bar(bar))
    } else {
        Box::new(Lines { total, done: std::sync::atomic::AtomicUsize::new(0) })
    }
}

struct Bar(ProgressBar);

impl Progress for Bar {
    fn started(&self, file: &str) {
        self.0.set_message(file.to_string());
    }
    fn finished(&self, outcome: &JobOutcome) {
        self.0.inc(1);
        if outcome.status == "failed" {
            self.0.println(format!("failed: {}", outcome.file));
        }
    }
}

impl Display for Bar {
    fn done(&self) {
        self.0.finish_and_clear();
    }
}

struct Lines {
    total: usize,
    done: std::sync::atomic::AtomicUsize,
}

impl Progress for Lines {
    fn started(&self, _file: &str) {}
    fn finished(&self, o: &JobOutcome) {
        let n = self.done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        let pages = o.pages.map(|p| format!("{p} pages, ")).unwrap_or_default();
        eprintln!("[{n}/{}] {} {} ({pages}{:.2} s)", self.total, o.status, o.file, o.time.as_secs_f64());
    }
}

impl Display for Lines {
    fn done(&self) {}
}

#[cfg(test)]
mod tests {
    use super::partners;
    use crate::diag::Location;
    use crate::project::manifest::Partner;

    fn known() -> Vec<Partner> {
        ["omnia", "vno"]
            .iter()
            .map(|id| Partner {
                id: id.to_string(),
                logo: format!("assets/{id}.svg"),
                at: Location::file("sources/book.toml"),
                logo_at: Location::file("sources/book.toml"),
            })
            .collect()
    }

    #[test]
    fn partner_ids_are_picked_in_manifest_order_and_all_means_every_one() {
        let ask = |a: &[&str]| partners(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>(), &known());
        assert_eq!(ask(&["vno", "omnia"]), Ok(vec!["omnia".to_string(), "vno".to_string()]));
        assert_eq!(ask(&["all"]), Ok(vec!["omnia".to_string(), "vno".to_string()]));
        assert_eq!(ask(&[]), Ok(vec![]));
        assert_eq!(
            ask(&["omnia", "acme"]),
            Err("no partner `acme` in book.toml; partners: omnia, vno".to_string())
        );
        assert!(partners(&["x".to_string()], &[]).unwrap_err().contains("no [[partners]]"));
    }
}
