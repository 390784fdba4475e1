//! Leave-out measurement (feature `ablation`, native builds only): how the analysis reads a text
//! when the rows that know its wording, and the AADSTS codes it carries, are not in the catalogue.
//! That is the situation of a report whose wording no row has seen; `examples/ablate.rs` measures
//! the accuracy that is left.
//!
//! Rows and codes are switched off for the current thread; the rows a text matched are recorded,
//! so a measurement can switch off exactly those.

use super::texts::TextId;
use std::cell::RefCell;

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

#[derive(Default)]
struct State {
    off_rows: Vec<TextId>,
    off_codes: Vec<u32>,
    used_rows: Vec<TextId>,
    used_codes: Vec<u32>,
    /// The first finding shown with the rules' support, not mapped (`super::calibration`).
    uncalibrated: bool,
}

/// Shows (with `true`) the first finding's support as the rules gave it, not mapped by
/// `catalogue::calibration`: what the map is fitted on (`examples/ablate.rs --pairs`).
pub fn set_uncalibrated(on: bool) {
    STATE.with_borrow_mut(|s| s.uncalibrated = on);
}

/// Whether the first finding is shown unmapped ([`set_uncalibrated`]).
pub fn uncalibrated() -> bool {
    STATE.with_borrow(|s| s.uncalibrated)
}

/// Switches off `rows` and `codes` (replacing what was off) and forgets what was recorded.
pub fn switch_off(rows: &[TextId], codes: &[u32]) {
    STATE.with_borrow_mut(|s| {
        s.off_rows = rows.to_vec();
        s.off_codes = codes.to_vec();
        s.used_rows.clear();
        s.used_codes.clear();
    });
}

/// The rows and codes read since the last [`switch_off`], each once.
pub fn used() -> (Vec<TextId>, Vec<u32>) {
    STATE.with_borrow(|s| (s.used_rows.clone(), s.used_codes.clone()))
}

/// Switches off every row that `run` reads, but the generic ones (`texts::CONCEPTS`), and with
/// `codes` every AADSTS code it reads; runs again with those off and adds what it reads then,
/// until nothing is new or `rounds` runs were made. Returns with those rows and codes off, so
/// the next run reads the text as a wording no other row was written for.
pub fn leave_out(mut run: impl FnMut(), codes: bool, rounds: usize) {
    let generic = |r: TextId| super::texts::CONCEPTS.iter().any(|c| c.id == r);
    let (mut rows, mut off_codes) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        switch_off(&rows, &off_codes);
        run();
        let (used_rows, used_codes) = used();
        let before = rows.len() + off_codes.len();
        for r in used_rows {
            if !generic(r) && !rows.contains(&r) {
                rows.push(r);
            }
        }
        for c in used_codes.into_iter().filter(|_| codes) {
            if !off_codes.contains(&c) {
                off_codes.push(c);
            }
        }
        if rows.len() + off_codes.len() == before {
            break;
        }
    }
    switch_off(&rows, &off_codes);
}

/// Whether row `id` matches, given what its matcher says: never when it is switched off; a
/// match is recorded.
pub fn row(id: TextId, matched: bool) -> bool {
    STATE.with_borrow_mut(|s| gate(&s.off_rows, &mut s.used_rows, id, matched))
}

/// Whether the catalogue may answer for `code`: not when it is switched off; a known code asked
/// for is recorded.
pub fn code(code: u32, known: bool) -> bool {
    STATE.with_borrow_mut(|s| gate(&s.off_codes, &mut s.used_codes, code, known))
}

/// `yes` unless `key` is in `off`; a `yes` is recorded in `used` once.
fn gate<T: PartialEq>(off: &[T], used: &mut Vec<T>, key: T, yes: bool) -> bool {
    if off.contains(&key) {
        return false;
    }
    if yes && !used.contains(&key) {
        used.push(key);
    }
    yes
}
