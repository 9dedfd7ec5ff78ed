//! Fluent's `NUMBER()` and `DATETIME()` builtins, which fluent-bundle 0.16 leaves to the
//! application. Without ICU data both are small: see docs/check.md for their limits.

use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentError, FluentValue};

/// The functions every bundle offers, by name.
pub const NAMES: &[&str] = &["NUMBER", "DATETIME"];

/// Add `NUMBER` and `DATETIME` to a bundle, and the locale's decimal separator.
pub fn register<R, M>(
    bundle: &mut fluent_bundle::bundle::FluentBundle<R, M>,
    language: &str,
) -> Result<(), FluentError>
where
    M: fluent_bundle::memoizer::MemoizerKind,
{
    bundle.add_function("NUMBER", number)?;
    if comma_decimal(language) {
        bundle.add_function("DATETIME", datetime_dotted)?;
        bundle.set_formatter(Some(with_decimal_comma));
    } else {
        bundle.add_function("DATETIME", datetime_iso)?;
        bundle.set_formatter(Some(with_decimal_point));
    }
    Ok(())
}

/// Languages of this project's kind that write `1,5`; others keep `1.5`.
fn comma_decimal(language: &str) -> bool {
    matches!(
        language,
        "de" | "fi" | "sv" | "is" | "nl" | "fr" | "es" | "it" | "pt" | "da" | "nb" | "nn" | "pl"
    )
}

/// `NUMBER($n, minimumFractionDigits: 2, maximumFractionDigits: 2, style: "percent",
/// type: "ordinal", minimumIntegerDigits: 3, useGrouping: "false")`: the options change the
/// number (rounding, percent) and its plural category; a numeric string is accepted too.
fn number<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let mut n = match positional.first() {
        Some(FluentValue::Number(n)) => n.clone(),
        Some(FluentValue::String(s)) => match s.trim().parse::<FluentNumber>() {
            Ok(n) => n,
            Err(_) => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    n.options.merge(named);
    if n.options.style == FluentNumberStyle::Percent {
        n.value *= 100.0;
    }
    if let Some(max) = n.options.maximum_fraction_digits {
        let scale = 10f64.powi(max.min(15) as i32);
        n.value = (n.value * scale).round() / scale;
        let min = n.options.minimum_fraction_digits.unwrap_or(0).min(max);
        n.options.minimum_fraction_digits = Some(min);
    }
    FluentValue::Number(n)
}

/// A number as Fluent writes it, with the options fluent-bundle ignores applied.
fn plain(n: &FluentNumber) -> String {
    let mut text = n.as_string().into_owned();
    if let Some(min_int) = n.options.minimum_integer_digits {
        let digits = text.trim_start_matches('-').split('.').next().unwrap_or("").len();
        if digits < min_int {
            let at = usize::from(text.starts_with('-'));
            text.insert_str(at, &"0".repeat(min_int - digits));
        }
    }
    if n.options.style == FluentNumberStyle::Percent {
        text.push('%');
    }
    text
}

fn with_decimal_point<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(plain(n)),
        _ => None,
    }
}

fn with_decimal_comma<M>(value: &FluentValue, m: &M) -> Option<String> {
    with_decimal_point(value, m).map(|t| t.replace('.', ","))
}

/// `DATETIME("2021-08-31")` (also `2021-08-31T10:00:00Z`): the date of an ISO 8601 text.
fn datetime<'a>(positional: &[FluentValue<'a>], dotted: bool) -> FluentValue<'a> {
    let Some(FluentValue::String(s)) = positional.first() else {
        return FluentValue::Error;
    };
    let Some(date) = iso_date(s) else {
        return FluentValue::Error;
    };
    let text =
        if dotted { date.format("%-d.%-m.%Y").to_string() } else { date.format("%Y-%m-%d").to_string() };
    FluentValue::String(text.into())
}

fn datetime_iso<'a>(positional: &[FluentValue<'a>], _: &FluentArgs) -> FluentValue<'a> {
    datetime(positional, false)
}

fn datetime_dotted<'a>(positional: &[FluentValue<'a>], _: &FluentArgs) -> FluentValue<'a> {
    datetime(positional, true)
}

/// The calendar date an ISO 8601 date or date-time starts with.
pub fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let day = text.trim().get(..10)?;
    let rest = &text.trim()[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
        return None;
    }
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use fluent_bundle::{FluentBundle, FluentResource};

    use super::*;

    fn format(locale: &str, src: &str, n: f64) -> String {
        let res = FluentResource::try_new(format!("m = {src}\n")).expect("parses");
        let mut bundle = FluentBundle::new(vec![locale.parse().expect("tag")]);
        bundle.set_use_isolating(false);
        register(&mut bundle, locale).expect("registers");
        bundle.add_resource(res).expect("adds");
        let mut args = FluentArgs::new();
        args.set("n", n);
        let msg = bundle.get_message("m").and_then(|m| m.value()).expect("message");
        let mut errors = Vec::new();
        let text = bundle.format_pattern(msg, Some(&args), &mut errors).into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        text
    }

    #[test]
    fn number_applies_the_options_that_matter() {
        assert_eq!(format("en", "{ NUMBER($n) }", 12.0), "12");
        assert_eq!(format("en", "{ NUMBER($n, minimumFractionDigits: 2) }", 1.5), "1.50");
        assert_eq!(format("de", "{ NUMBER($n, minimumFractionDigits: 2) }", 1.5), "1,50");
        assert_eq!(format("en", "{ NUMBER($n, maximumFractionDigits: 1) }", 2.345), "2.3");
        assert_eq!(format("fi", "{ NUMBER($n, style: \"percent\") }", 0.25), "25%");
        assert_eq!(format("en", "{ NUMBER($n, minimumIntegerDigits: 3) }", 7.0), "007");
        assert_eq!(format("en", "{ NUMBER(\"4.0\") }", 0.0), "4.0");
    }

    #[test]
    fn number_options_choose_the_plural_variant() {
        let ordinal = "{ NUMBER($n, type: \"ordinal\") ->\n [one] {$n}st\n [two] {$n}nd\n [few] {$n}rd\n *[other] {$n}th\n}";
        assert_eq!(format("en", ordinal, 2.0), "2nd");
        assert_eq!(format("en", ordinal, 11.0), "11th");
        let fraction = "{ NUMBER($n, minimumFractionDigits: 1) ->\n [one] one\n *[other] other\n}";
        assert_eq!(format("en", fraction, 1.0), "other", "1.0 is not `one` in English");
    }

    #[test]
    fn datetime_prints_an_iso_date() {
        assert_eq!(format("en", "{ DATETIME(\"2021-08-31\") }", 0.0), "2021-08-31");
        assert_eq!(format("fi", "{ DATETIME(\"2021-08-31T10:00:00Z\") }", 0.0), "31.8.2021");
        assert_eq!(iso_date("2021-02-30"), None);
        assert_eq!(iso_date("31.8.2021"), None);
    }
}
