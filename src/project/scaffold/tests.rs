use super::*;

fn date() -> Date {
    Date::new(2026, 11, 29).expect("date")
}

#[test]
fn a_new_project_loads_with_the_built_in_theme() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("My Handbook 2");
    let written = new_project(&dir, date()).expect("init");
    assert!(written.files.contains(&PathBuf::from("locales/fi/ui.ftl")), "{:?}", written.files);
    let mut diags = Vec::new();
    let project = crate::project::Project::load(&dir, &mut diags).expect("loads");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(project.manifest.id, "my-handbook-2");
    assert_eq!(project.manifest.date.iso(), "2026-11-29");
    assert_eq!(project.locales(), ["en", "fi"]);
    assert_eq!(project.theme.dir, builtin::dir());
    let method = project.methods().next().expect("a method");
    assert_eq!(method.method.as_ref().expect("method").roles.len(), 3);
}

#[test]
fn book_ids_come_from_the_folder_name() {
    assert_eq!(book_id(Path::new("/tmp/Partner Book_fi")), "partner-book-fi");
    assert_eq!(book_id(Path::new("/tmp/ÄÖ")), "handbook");
    assert_eq!(book_id(Path::new("/tmp/--x--")), "x");
}

#[test]
fn a_folder_with_visible_files_is_refused_and_left_alone() {
    let root = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(root.path().join(".git")).expect("mkdir");
    std::fs::write(root.path().join(".editorconfig"), "").expect("write");
    assert!(new_project(root.path(), date()).is_ok(), "hidden files do not count");
    let again = new_project(root.path(), date()).unwrap_err();
    assert!(matches!(again, InitError::NotEmpty(_)) && again.is_usage(), "{again}");
    let file = root.path().join("README.md");
    std::fs::write(&file, "x").expect("write");
    assert!(matches!(new_project(&file, date()), Err(InitError::NotAFolder(_))));
}

#[test]
fn the_theme_is_written_whole_and_never_over_existing_files() {
    let root = tempfile::tempdir().expect("temp dir");
    let written = write_theme(root.path()).expect("theme");
    assert_eq!(written.files.len(), builtin::all_files().count());
    let mut diags = Vec::new();
    let theme = crate::project::theme::load(root.path(), "default", &mut diags).expect("theme");
    assert_eq!(theme.dir, Path::new("themes/default"), "the written copy is used");
    assert_eq!(theme.files, builtin::theme_files());
    let edited = root.path().join("themes/default/epub.css");
    std::fs::write(&edited, "/* mine */").expect("write");
    let err = write_theme(root.path()).unwrap_err();
    assert!(matches!(&err, InitError::Exists(f) if f.len() == written.files.len()), "{err}");
    assert_eq!(std::fs::read_to_string(&edited).expect("read"), "/* mine */");
    assert!(err.diagnostic().hint.is_some_and(|h| h.contains("exist")));
}

#[test]
fn interface_files_hold_every_label_and_nothing_of_the_shipped_book() {
    let files = interface::files();
    for locale in ["en", "fi"] {
        let text: String = files
            .iter()
            .filter(|(p, _)| p.starts_with(&format!("locales/{locale}/")))
            .map(|(_, t)| t.as_str())
            .collect();
        for id in crate::doc::labels::all() {
            assert!(text.contains(&format!("\n{id} =")), "{locale}: no label {id}");
        }
        for gone in ["book-title", "-brand", "{ -"] {
            assert!(!text.contains(gone), "{locale}: {gone} copied from the shipped book");
        }
    }
}
