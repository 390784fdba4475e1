//! The page's components. They take props and render; decisions are made in
//! [`super::state`], [`super::chain`], [`super::highlight`] and the core.

mod chrome;
mod evidence;
mod findings;
mod input;
mod reference;
mod remedy;
mod results;
mod share;
mod token;
mod verdict;

pub use chrome::{Footer, Header};
pub use evidence::{ChainPicture, EvidenceText};
pub use findings::{OtherFindings, Questions};
pub use input::InputPanel;
pub use reference::Reference;
pub use remedy::{Checklist, ClientFix, Script};
pub use results::{Results, ResultsProps};
pub use share::ShareBar;
pub use token::{DecodeNotes, TokenCard, XoauthCard};
pub use verdict::Verdict;
