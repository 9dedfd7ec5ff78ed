//! BleedBox for pages with a trim box. Typst's page `bleed` writes a TrimBox only; a
//! printer's imposition software also wants the BleedBox (how far the artwork runs past
//! the cut) to tell bleed from slug (crop marks). It is added after export: each
//! `/TrimBox[..]` gets a `/BleedBox[..]` beside it and the xref table is shifted.

/// Bleed around the trim box: 3 mm in PDF points.
pub const BLEED_PT: f64 = 3.0 * 72.0 / 25.4;

/// Why a PDF could not get its bleed boxes (a layout vetpress does not know).
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("cannot add BleedBox: {0}")]
pub struct BleedError(&'static str);

/// `pdf` with a BleedBox `bleed` points outside every TrimBox, within the MediaBox.
/// A PDF without a TrimBox comes back unchanged.
pub fn add_bleed_boxes(pdf: &[u8], bleed: f64) -> Result<Vec<u8>, BleedError> {
    let mut inserts: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut from = 0;
    while let Some(at) = find(&pdf[from..], b"/TrimBox[").map(|i| from + i) {
        let (trim, end) = rect_at(pdf, at + b"/TrimBox[".len()).ok_or(BleedError("unreadable TrimBox"))?;
        let media = media_box_before(pdf, at).ok_or(BleedError("no MediaBox beside the TrimBox"))?;
        let b = [
            (trim[0] - bleed).max(media[0]),
            (trim[1] - bleed).max(media[1]),
            (trim[2] + bleed).min(media[2]),
            (trim[3] + bleed).min(media[3]),
        ];
        let text = format!("/BleedBox[{} {} {} {}]", num(b[0]), num(b[1]), num(b[2]), num(b[3]));
        inserts.push((end, text.into_bytes()));
        from = end;
    }
    if inserts.is_empty() {
        return Ok(pdf.to_vec());
    }
    let mut out = Vec::with_capacity(pdf.len() + inserts.len() * 48);
    let mut last = 0;
    for (pos, bytes) in &inserts {
        out.extend_from_slice(&pdf[last..*pos]);
        out.extend_from_slice(bytes);
        last = *pos;
    }
    out.extend_from_slice(&pdf[last..]);
    fix_xref(&mut out, pdf, &inserts)?;
    Ok(out)
}

/// Shift the offsets of the (single, classic) xref table and `startxref` in `out` by
/// the bytes inserted before each.
fn fix_xref(out: &mut Vec<u8>, pdf: &[u8], inserts: &[(usize, Vec<u8>)]) -> Result<(), BleedError> {
    let shift =
        |offset: usize| -> usize { inserts.iter().filter(|(p, _)| *p < offset).map(|(_, b)| b.len()).sum() };
    let sx = rfind(pdf, b"startxref").ok_or(BleedError("no startxref"))?;
    let old_xref: usize = std::str::from_utf8(&pdf[sx + 9..])
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .ok_or(BleedError("unreadable startxref"))?;
    if !pdf[old_xref..].starts_with(b"xref") || find(&pdf[old_xref..sx], b"trailer").is_none() {
        return Err(BleedError("no classic xref table"));
    }
    let new_xref = old_xref + shift(old_xref);
    let table_end = new_xref + find(&out[new_xref..], b"trailer").ok_or(BleedError("no trailer"))?;
    let old_table = std::str::from_utf8(&out[new_xref..table_end]).map_err(|_| BleedError("xref"))?;
    let mut table = String::with_capacity(old_table.len());
    for line in old_table.split_inclusive('\n') {
        match line.split_once(' ') {
            Some((offset, rest)) if offset.len() == 10 && rest.trim_end().ends_with('n') => {
                let old: usize = offset.parse().map_err(|_| BleedError("xref entry"))?;
                table.push_str(&format!("{:010} {rest}", old + shift(old)));
            }
            _ => table.push_str(line),
        }
    }
    let tail_start = table_end + find(&out[table_end..], b"startxref").ok_or(BleedError("no startxref"))?;
    let mut tail = out[table_end..tail_start].to_vec();
    tail.extend_from_slice(format!("startxref\n{new_xref}\n%%EOF").as_bytes());
    out.truncate(new_xref);
    out.extend_from_slice(table.as_bytes());
    out.extend_from_slice(&tail);
    Ok(())
}

/// The four numbers of `[a b c d]` starting at `start` (after the `[`), and the index
/// after the `]`.
fn rect_at(pdf: &[u8], start: usize) -> Option<([f64; 4], usize)> {
    let close = start + pdf[start..].iter().position(|b| *b == b']')?;
    let nums: Vec<f64> = std::str::from_utf8(&pdf[start..close])
        .ok()?
        .split_whitespace()
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    Some((nums.try_into().ok()?, close + 1))
}

/// The MediaBox of the page dictionary holding the TrimBox at `at`.
fn media_box_before(pdf: &[u8], at: usize) -> Option<[f64; 4]> {
    let dict = rfind(&pdf[..at], b"<<")?;
    let m = dict + find(&pdf[dict..at], b"/MediaBox[")?;
    rect_at(pdf, m + b"/MediaBox[".len()).map(|(r, _)| r)
}

fn num(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-object PDF with a classic xref table, as Typst writes it.
    fn pdf(page: &str) -> Vec<u8> {
        let objs = ["<</Type/Catalog/Pages 2 0 R>>".to_string(), page.to_string()];
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objs.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(b"xref\n0 3\n0000000000 65535 f\r\n");
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes());
        }
        out.extend_from_slice(
            format!("trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF").as_bytes(),
        );
        out
    }

    /// The objects' offsets as the xref table of `pdf` gives them, and what is there.
    fn objects_at_offsets(pdf: &[u8]) -> Vec<String> {
        let sx = rfind(pdf, b"startxref").unwrap();
        let xref: usize =
            std::str::from_utf8(&pdf[sx + 9..]).unwrap().split_whitespace().next().unwrap().parse().unwrap();
        assert!(pdf[xref..].starts_with(b"xref"));
        let table = std::str::from_utf8(&pdf[xref..]).unwrap();
        table
            .lines()
            .filter(|l| l.trim_end().ends_with('n'))
            .map(|l| l[..10].parse::<usize>().unwrap())
            .map(|o| String::from_utf8_lossy(&pdf[o..o + 7]).into_owned())
            .collect()
    }

    #[test]
    fn a_bleed_box_goes_beside_each_trim_box_and_offsets_follow() {
        let page = "<</Type/Page/MediaBox[0 0 365.6 487.5]/TrimBox[34 34 331.6 453.5]/Parent 2 0 R>>";
        let out = add_bleed_boxes(&pdf(page), 10.0).unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("/TrimBox[34 34 331.6 453.5]/BleedBox[24 24 341.6 463.5]"), "{text}");
        assert_eq!(objects_at_offsets(&out), ["1 0 obj", "2 0 obj"]);
    }

    #[test]
    fn the_bleed_box_stays_within_the_media_box() {
        let page = "<</Type/Page/MediaBox[0 0 300 400]/TrimBox[5 5 295 395]>>";
        let out = add_bleed_boxes(&pdf(page), BLEED_PT).unwrap();
        assert!(String::from_utf8_lossy(&out).contains("/BleedBox[0 0 300 400]"));
    }

    #[test]
    fn a_pdf_without_trim_boxes_is_unchanged() {
        let p = pdf("<</Type/Page/MediaBox[0 0 300 400]>>");
        assert_eq!(add_bleed_boxes(&p, BLEED_PT).unwrap(), p);
    }

    #[test]
    fn an_unknown_layout_is_an_error_not_a_broken_pdf() {
        let mut p = pdf("<</Type/Page/MediaBox[0 0 300 400]/TrimBox[5 5 295 395]>>");
        let sx = rfind(&p, b"startxref").unwrap();
        p.truncate(sx);
        assert!(add_bleed_boxes(&p, BLEED_PT).is_err());
    }
}
