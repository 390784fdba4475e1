//! Web entry: mounts the Yew app. Built by Trunk for wasm32 with the `csr` feature.

fn main() {
    #[cfg(feature = "csr")]
    exo_oauth_doctor::ui::start();
}

/// Runs the full analysis on `text` inside the page and returns the milliseconds it took (the in-browser half of
/// `scripts/bench.sh`; the page exposes it only when opened with `?bench`).
#[cfg(feature = "csr")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchAnalyze)]
pub fn bench_analyze(text: &str, now: f64) -> f64 {
    let perf = web_sys::window().and_then(|w| w.performance());
    let clock = || perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let start = clock();
    let opts = exo_oauth_doctor::Options {
        now: now as i64,
        ..Default::default()
    };
    let analysis = exo_oauth_doctor::analyze(text, &opts);
    let elapsed = clock() - start;
    std::hint::black_box(analysis.artifacts.len());
    elapsed
}

/// Runs the analysis in steps the way the page does on a large paste and returns the milliseconds
/// of each part: preparing the blocks, the number, the longest and the total of the scan steps
/// (`step_bytes` each), ordering the evidence, diagnosis, remedy, and the number of artifacts (the
/// in-browser half of `scripts/bench.sh`, exposed only with `?bench`; numbers, not text, so no
/// float formatting ships in the page).
#[cfg(feature = "csr")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchPhases)]
pub fn bench_phases(text: &str, now: f64, step_bytes: usize) -> Vec<f64> {
    let perf = web_sys::window().and_then(|w| w.performance());
    let clock = || perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let opts = exo_oauth_doctor::Options {
        now: now as i64,
        ..Default::default()
    };
    let start = clock();
    let prepared = exo_oauth_doctor::scan::Prepared::new(text);
    let prepare = clock() - start;
    let mut analyzer = exo_oauth_doctor::Analyzer::new(&prepared, &opts);
    let mut steps = Vec::new();
    loop {
        let t = clock();
        let done = analyzer.step(step_bytes);
        steps.push(clock() - t);
        if done {
            break;
        }
    }
    // The last three steps are the stages after the scan: order, diagnose, remedy.
    let after: Vec<f64> = steps.split_off(steps.len().saturating_sub(3));
    let at = |i: usize| after.get(i).copied().unwrap_or(0.0);
    let scan_max = steps.iter().copied().fold(0.0, f64::max);
    let scan_total: f64 = steps.iter().sum();
    let artifacts = analyzer.finish().artifacts.len();
    vec![
        prepare,
        steps.len() as f64,
        scan_max,
        scan_total,
        at(0),
        at(1),
        at(2),
        artifacts as f64,
    ]
}
