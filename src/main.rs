//! Web entry: mounts the Yew app. Built by Trunk for wasm32 with the `csr` feature.

fn main() {
    #[cfg(feature = "csr")]
    exo_oauth_doctor::ui::start();
}
