//! The error reference's filter (a pure helper of the page's state).

/// The reference entries matching `filter` (case-insensitive; ids, titles, texts in both
/// languages, signals, code numbers with or without `AADSTS`). An empty filter matches all.
pub fn filter_reference(
    filter: &str,
) -> (
    Vec<&'static crate::catalogue::Cause>,
    Vec<&'static crate::catalogue::AadstsCode>,
) {
    use crate::catalogue::{AADSTS, CAUSES};
    use crate::i18n::Text;
    let words: Vec<String> = filter
        .split_whitespace()
        .map(crate::i18n::fold_case)
        .collect();
    let has = |t: &Text, w: &str| {
        crate::i18n::fold_case(t.en()).contains(w) || crate::i18n::fold_case(t.de()).contains(w)
    };
    let causes = CAUSES
        .iter()
        .filter(|c| {
            words.iter().all(|w| {
                c.id.as_str().contains(w.as_str())
                    || has(&c.title, w)
                    || has(&c.summary, w)
                    || c.signals.iter().any(|s| has(s, w))
            })
        })
        .collect();
    let codes = AADSTS
        .iter()
        .filter(|a| {
            words.iter().all(|w| {
                let digits = super::strip_all(w, "aadsts");
                (!digits.is_empty() && a.code.to_string().contains(digits))
                    || crate::i18n::fold_case(a.name()).contains(w.as_str())
                    || has(&a.meaning(), w)
                    || a.causes().iter().any(|c| c.as_str().contains(w.as_str()))
            })
        })
        .collect();
    (causes, codes)
}
