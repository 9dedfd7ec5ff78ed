//! `vetpress init`: a new project checks clean and builds at once on the built-in theme;
//! a folder with files is refused; `init --theme` writes the theme out for editing.

use std::path::Path;

use crate::common::{flatten, pdftotext, run_on, vetpress};

fn init(args: &[&Path], theme: bool) -> crate::common::Run {
    let mut argv = vec!["init".to_string()];
    if theme {
        argv.push("--theme".into());
    }
    argv.extend(args.iter().map(|p| p.to_string_lossy().into_owned()));
    vetpress(&argv.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn init_then_check_and_build_in_an_empty_folder() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("partner-book");
    let r = init(&[&dir], false);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("next: vetpress check --project"), "{}", r.stderr);
    assert!(!dir.join("themes").exists(), "the theme is built in, not copied");
    let check = run_on("check", &dir, &["--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stderr.contains("0 errors, 0 warnings"), "{}", check.stderr);
    let build = run_on("build", &dir, &["--strict"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    for out in ["en/partner-book-en.pdf", "fi/partner-book-fi-cards.pdf", "fi/partner-book-fi.epub"] {
        assert!(dir.join("out").join(out).is_file(), "{out} not built:\n{}", build.stderr);
    }
    assert!(dir.join("out/site/fi/index.html").is_file(), "{}", build.stderr);
    // Real text in both locales, the method's checklist for each of the three roles.
    let fi = flatten(&pdftotext(&dir.join("out/fi/partner-book-fi.pdf")));
    for text in ["Työpaikkavierailu", "Kiitä opastasi.", "Valitse päivälle opas.", "Tarkistuslista"] {
        assert!(fi.contains(text), "{text:?} not in the Finnish handbook:\n{fi}");
    }
    let cards = flatten(&pdftotext(&dir.join("out/en/partner-book-en-cards.pdf")));
    for role in ["VET provider", "Employer", "Student"] {
        assert!(cards.contains(role), "no {role} card:\n{cards}");
    }
}

#[test]
fn a_folder_with_files_is_refused_with_exit_2_and_left_as_it_was() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join("notes.txt"), "mine").expect("write");
    let r = init(&[tmp.path()], false);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("error[init]") && r.stderr.contains("is not empty"), "{}", r.stderr);
    assert_eq!(std::fs::read_dir(tmp.path()).expect("dir").count(), 1, "init wrote into a full folder");
    // Hidden files only (a fresh git repository) are fine.
    std::fs::remove_file(tmp.path().join("notes.txt")).expect("rm");
    std::fs::create_dir(tmp.path().join(".git")).expect("mkdir");
    assert_eq!(init(&[tmp.path()], false).code, 0);
}

#[test]
fn init_theme_writes_the_built_in_theme_which_builds_the_same_bytes() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("book");
    assert_eq!(init(&[&dir], false).code, 0);
    let build = |out: &str| {
        let out = dir.join(out).to_string_lossy().into_owned();
        run_on("build", &dir, &["--locale", "fi", "--edition", "handbook", "--out", &out])
    };
    let built_in = build("out-a");
    assert_eq!(built_in.code, 0, "{}", built_in.stderr);
    // In an existing project `--theme` only writes the theme.
    let r = init(&[&dir], true);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        dir.join("themes/default/handbook.typ").is_file()
            && dir.join("themes/default/site/layout.html").is_file()
    );
    let copied = build("out-b");
    assert_eq!(copied.code, 0, "{}", copied.stderr);
    let pdf = |out: &str| std::fs::read(dir.join(out).join("fi/book-fi.pdf")).expect("pdf");
    assert!(pdf("out-a") == pdf("out-b"), "the written theme is not the built-in one");

    // The project's copy is used, and its problems name its real files.
    let toml = dir.join("themes/default/theme.toml");
    let text = std::fs::read_to_string(&toml).expect("theme.toml");
    std::fs::write(&toml, text.replace("student = ", "studnet = ")).expect("write");
    let check = run_on("check", &dir, &[]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(check.stderr.contains("themes/default/theme.toml:"), "{}", check.stderr);
    assert!(check.stderr.contains("theme.toml has no colour `student`"), "{}", check.stderr);

    // A second `--theme` never overwrites the edited copy.
    let again = init(&[&dir], true);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);
    assert!(std::fs::read_to_string(&toml).expect("read").contains("studnet"));
}

#[test]
fn init_theme_in_a_new_folder_starts_a_project_with_its_own_theme() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("styled");
    let r = init(&[&dir], true);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(dir.join("sources/book.toml").is_file() && dir.join("themes/default/theme.toml").is_file());
    let check = run_on("check", &dir, &["--strict"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}
