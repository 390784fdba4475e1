//! The page's components. They take props and render; decisions are made in
//! [`super::state`], [`super::chain`], [`super::highlight`] and the core.

mod chrome;
mod collect;
mod evidence;
mod findings;
mod input;
mod readback;
mod reference;
mod remedy;
mod results;
mod share;
mod token;
mod verdict;

pub use chrome::{footer, header, FooterProps, HeaderProps};
pub use input::{input_panel, InputPanelProps};
pub use reference::{reference, ReferenceProps};
pub use results::{use_results, ResultsProps};
