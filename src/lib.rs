//! Exchange Online OAuth Doctor: explains why an OAuth2 sign-in to Exchange Online fails.
//!
//! The pipeline is pure and runs the same natively (CLI, tests) and in the browser (Yew page):
//! text → [`scan`] (evidence with byte spans) → [`rules`] (ranked findings and questions)
//! → [`remedy`] (checklist and PowerShell). All knowledge (causes, AADSTS codes, claim
//! descriptions, EN/DE texts) lives in [`catalogue`].

#![warn(missing_docs)]

pub mod analysis;
pub mod catalogue;
pub mod evidence;
pub mod examples;
pub mod i18n;
pub mod input;
pub mod json;
pub mod options;
pub mod order;
pub mod redact;
pub mod remedy;
pub mod report;
pub mod rules;
pub mod safe_text;
pub mod scan;
pub mod secrets;
pub mod time;
pub mod version;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod wasm_mem;
pub mod zstr;

#[cfg(feature = "ui")]
pub mod ui;

pub use analysis::{analyze, Analysis, Analyzer, Hints, Options};
pub use catalogue::CauseId;
pub use i18n::Lang;
