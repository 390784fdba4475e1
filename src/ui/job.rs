//! Drives an analysis in steps ([`crate::ui::state::Job`]) between browser events: slices of a
//! few tens of milliseconds of [`Analyzer::step`], each followed by a return to the browser's
//! event loop (a new task, so input, rendering and the progress note get their turn), until the
//! analysis is complete or the job is cancelled (another analysis started, the text changed).

use crate::ui::state::Job;
#[cfg(feature = "csr")]
use crate::ui::state::{Action, Shared};
#[cfg(feature = "csr")]
use crate::{analysis::Analyzer, scan::Preparing};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Time spent analysing before the page gets the browser back, in milliseconds.
pub const SLICE_MS: f64 = 40.0;

/// Bytes scanned per [`Analyzer::step`] inside a slice (the slice checks the clock in between).
pub const STEP_BYTES: usize = 64 * 1024;

/// The progress shown moves in steps of this many percent (fewer re-renders, and a screen
/// reader is not flooded with announcements).
pub const PERCENT_STEP: u8 = 5;

/// Set to stop a running job at its next return to the browser.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Rc<Cell<bool>>);

impl Cancel {
    /// Stops the job.
    pub fn cancel(&self) {
        self.0.set(true);
    }

    /// Whether the job was stopped.
    pub fn is_cancelled(&self) -> bool {
        self.0.get()
    }
}

/// The progress to show for `percent`: rounded down to [`PERCENT_STEP`].
pub fn shown_percent(percent: u8) -> u8 {
    percent.min(100) / PERCENT_STEP * PERCENT_STEP
}

/// Starts `job` in the background; it reports to `dispatch` and stops when `cancel` is set.
#[cfg(feature = "csr")]
pub fn spawn(job: Job, cancel: Cancel, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(run(job, cancel, dispatch));
}

/// Without a browser nothing runs in the background.
#[cfg(not(feature = "csr"))]
pub fn spawn<A>(_job: Job, _cancel: Cancel, _dispatch: Callback<A>) {}

#[cfg(feature = "csr")]
async fn run(job: Job, cancel: Cancel, dispatch: Callback<Action>) {
    let gen = job.gen;
    // Let the "Analysing…" note reach the screen first.
    yield_to_browser().await;
    if cancel.is_cancelled() {
        return;
    }
    // The first slice includes finding the blocks; undoing their escapes takes slices too.
    let mut start = clock();
    let text = job.text.clone();
    let mut preparing = if job.masked {
        Preparing::masked_str(&text)
    } else {
        Preparing::new(&text)
    };
    while !preparing.step() {
        if clock() - start >= SLICE_MS {
            yield_to_browser().await;
            if cancel.is_cancelled() {
                return;
            }
            start = clock();
        }
    }
    let prepared = preparing.finish();
    let mut analyzer = Analyzer::new(&prepared, &job.opts);
    let mut shown = job.percent;
    loop {
        let mut done = false;
        while !done && clock() - start < SLICE_MS {
            done = analyzer.step(STEP_BYTES);
        }
        if done {
            break;
        }
        let percent = shown_percent(analyzer.percent());
        if percent != shown {
            shown = percent;
            dispatch.emit(Action::Progress { gen, percent });
        }
        yield_to_browser().await;
        if cancel.is_cancelled() {
            return;
        }
        start = clock();
    }
    let analysis = Shared::new(analyzer.finish());
    dispatch.emit(Action::Analysed { gen, analysis });
}

/// Milliseconds on the page's clock.
#[cfg(feature = "csr")]
fn clock() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Returns to the browser's event loop and resumes in a new task. A message to oneself over a
/// `MessageChannel` is a task of its own without the 4 ms minimum delay nested timers get
/// (a resolved promise would resume in the same task and block the page).
#[cfg(feature = "csr")]
pub(crate) async fn yield_to_browser() {
    use wasm_bindgen::JsValue;
    let channel = web_sys::MessageChannel::new().ok();
    let woken = js_sys::Promise::new(&mut |resolve, _reject| {
        let sent = channel.as_ref().is_some_and(|c| {
            c.port1().set_onmessage(Some(&resolve));
            c.port2().post_message(&JsValue::UNDEFINED).is_ok()
        });
        // Every browser that runs WebAssembly has MessageChannel; without it, go on at once.
        if !sent {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(woken).await;
    if let Some(c) = channel {
        c.port1().set_onmessage(None);
    }
}
