//! Web entry: mounts the Yew app. Built by Trunk for wasm32 with the `csr` feature.

/// The page's allocator: Talc instead of Rust's default for wasm32 (dlmalloc), about 2 KiB less of the packed page;
/// the browser tests' memory bounds hold and the browser benchmark stays within its noise.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
