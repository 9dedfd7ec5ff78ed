use super::*;

fn at(span: std::ops::Range<usize>) -> Location {
    Location::in_text(FILE, "", span)
}

#[test]
fn unix_dates() {
    let iso = |secs| Date::from_unix(secs).map(|d| d.iso());
    assert_eq!(iso(0).as_deref(), Some("1970-01-01"));
    assert_eq!(iso(1_630_368_000).as_deref(), Some("2021-08-31"));
    assert_eq!(iso(951_782_400).as_deref(), Some("2000-02-29"));
    assert_eq!(iso(i64::MAX), None);
    assert_eq!(Date::new(2023, 2, 29), None);
}

#[test]
fn dates_serialise_as_iso() {
    let d = Date::new(2024, 5, 1).expect("date");
    assert_eq!(serde_json::to_string(&d).expect("json"), "\"2024-05-01\"");
}

#[test]
fn source_date_epoch_overrides_the_manifest() {
    let mut diags = Vec::new();
    assert_eq!(document_date(None, Some("1630368000"), &at, &mut diags).iso(), "2021-08-31");
    assert!(diags.is_empty(), "{diags:?}");
}

#[test]
fn an_invalid_source_date_epoch_is_an_error() {
    for bad in ["yesterday", "1.5", "-1", " 12", "99999999999999999999"] {
        let mut diags = Vec::new();
        document_date(None, Some(bad), &at, &mut diags);
        assert_eq!(diags.len(), 1, "{bad}: {diags:?}");
        let d = &diags[0];
        assert!(d.is_error(), "{bad}");
        assert!(
            d.message.contains(&format!("`{bad}`")) && d.message.contains("seconds since"),
            "{}",
            d.message
        );
    }
    // Empty means unset: the manifest's date (here none, so a warning) applies.
    let mut diags = Vec::new();
    document_date(None, Some(""), &at, &mut diags);
    assert!(!diags[0].is_error());
}

/// Load a manifest from `text`, returning the diagnostics.
fn load_text(text: &str) -> (Option<Manifest>, Vec<Diagnostic>) {
    let root = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(root.path().join("sources")).expect("mkdir");
    std::fs::write(root.path().join(FILE), text).expect("write");
    let mut diags = Vec::new();
    (load_with(root.path(), None, &mut diags), diags)
}

#[test]
fn a_theme_must_be_a_folder_name() {
    for bad in ["/etc", "../..", "a/b"] {
        let (manifest, diags) = load_text(&format!("id = \"x\"\ndate = 2024-05-01\ntheme = \"{bad}\"\n"));
        assert!(manifest.is_none(), "{bad}");
        let d = diags.iter().find(|d| d.is_error()).expect("an error");
        assert!(d.message.contains("`theme`") && d.message.contains(bad), "{}", d.message);
        let loc = d.location.as_ref().expect("located");
        assert_eq!((loc.file.to_str(), loc.line, loc.column), (Some(FILE), 3, 9));
    }
    let (manifest, diags) = load_text("id = \"x\"\ndate = 2024-05-01\ntheme = \"print-2\"\n");
    assert_eq!(manifest.map(|m| m.theme).as_deref(), Some("print-2"), "{diags:?}");
}

#[test]
fn a_time_is_not_a_date() {
    let (manifest, diags) = load_text("id = \"x\"\ndate = 10:00:00\n");
    assert!(manifest.is_none());
    assert!(diags.iter().any(|d| d.is_error() && d.message.contains("calendar date")), "{diags:?}");
}

#[test]
fn stale_mode_defaults_to_show_and_rejects_unknown_values() {
    let mode = |text: &str| load_text(text).0.map(|m| m.l10n.stale);
    assert_eq!(mode("id = \"x\"\ndate = 2024-05-01\n"), Some(StaleMode::Show));
    assert_eq!(
        mode("id = \"x\"\ndate = 2024-05-01\n[l10n]\nstale = \"fallback\"\n"),
        Some(StaleMode::Fallback)
    );
    assert_eq!(mode("id = \"x\"\ndate = 2024-05-01\n[l10n]\nstale = \"error\"\n"), Some(StaleMode::Error));
    let (manifest, diags) = load_text("id = \"x\"\ndate = 2024-05-01\n[l10n]\nstale = \"hide\"\n");
    assert!(manifest.is_none());
    let d = diags.iter().find(|d| d.is_error()).expect("an error");
    assert!(d.message.contains("hide"), "{}", d.message);
    assert_eq!(d.location.as_ref().map(|l| l.line), Some(4), "{d:?}");
}

#[test]
fn a_card_margin_is_any_length_and_defaults_to_none() {
    let margin = |text: &str| load_text(text).0.map(|m| m.cards.margin.0);
    let base = "id = \"x\"\ndate = 2024-05-01\n";
    assert_eq!(margin(base), Some(0.0));
    for (written, mm) in [("5mm", 5.0), ("0.5cm", 5.0), ("0.25in", 6.35), ("36pt", 12.7), (" 3 mm", 3.0)] {
        let got = margin(&format!("{base}[cards]\nmargin = \"{written}\"\n")).expect(written);
        assert!((got - mm).abs() < 1e-9, "{written}: {got}");
    }
    for bad in ["5", "5px", "-2mm", "40mm", "mm", "5 furlongs"] {
        let (manifest, diags) = load_text(&format!("{base}[cards]\nmargin = \"{bad}\"\n"));
        assert!(manifest.is_none(), "{bad}");
        let d = diags.iter().find(|d| d.is_error()).expect("an error");
        assert!(d.message.contains(bad.trim()), "{bad}: {}", d.message);
        assert_eq!(d.location.as_ref().map(|l| l.line), Some(4), "{d:?}");
    }
}

#[test]
fn partners_are_read_in_order_with_their_logos() {
    let (m, diags) = load_text(
        "id = \"b\"\n[[partners]]\nid = \"omnia\"\nlogo = \"assets/omnia.svg\"\n\
         [[partners]]\nid = \"vno-2\"\nlogo = \"assets/v.png\"\n",
    );
    let m = m.expect("valid manifest");
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    let ids: Vec<(&str, &str)> = m.partners.iter().map(|p| (p.id.as_str(), p.logo.as_str())).collect();
    assert_eq!(ids, [("omnia", "assets/omnia.svg"), ("vno-2", "assets/v.png")]);
    assert_eq!(
        (m.partners[0].name_id(), m.partners[0].contact_id()),
        ("partner-omnia-name".into(), "partner-omnia-contact".into())
    );
    assert_eq!(m.partners[1].at.line, 6);
}

#[test]
fn bad_partner_ids_are_errors_at_the_id() {
    for (id, says) in [
        ("Omnia", "not a valid id"),
        ("a_b", "not a valid id"),
        ("-a", "not a valid id"),
        ("cards", "clash"),
        ("x-cards", "clash"),
        ("", "not a valid id"),
    ] {
        let (m, diags) =
            load_text(&format!("id = \"b\"\n[[partners]]\nid = \"{id}\"\nlogo = \"assets/l.png\"\n"));
        assert!(m.is_none(), "{id} accepted");
        let d = diags.iter().find(|d| d.is_error()).expect("an error");
        assert!(d.message.contains(says), "{id}: {d:?}");
        assert_eq!(d.location.as_ref().map(|l| (l.file.to_str(), l.line)), Some((Some(FILE), 3)), "{id}");
    }
    let (m, diags) = load_text(
        "id = \"b\"\n[[partners]]\nid = \"a\"\nlogo = \"assets/l.png\"\n[[partners]]\nid = \"a\"\nlogo = \"assets/l.png\"\n",
    );
    assert!(m.is_none() && diags.iter().any(|d| d.message.contains("listed twice")), "{diags:?}");
    let (m, diags) = load_text("id = \"b\"\n[[partners]]\nid = \"a\"\n");
    assert!(m.is_none() && diags.iter().any(|d| d.is_error() && d.message.contains("logo")), "{diags:?}");
}

#[test]
fn system_fonts_are_off_unless_asked_for() {
    let system = |text: &str| load_text(text).0.map(|m| m.fonts.system);
    assert_eq!(system("id = \"x\"\ndate = 2024-05-01\n"), Some(false));
    assert_eq!(system("id = \"x\"\ndate = 2024-05-01\n[fonts]\nsystem = true\n"), Some(true));
    let (manifest, diags) = load_text("id = \"x\"\ndate = 2024-05-01\n[fonts]\nsytem = true\n");
    assert!(manifest.is_none() && diags.iter().any(|d| d.message.contains("sytem")), "{diags:?}");
}
