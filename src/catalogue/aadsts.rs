//! AADSTS codes that matter for mail.

use super::{AadstsCode, CauseId};
use crate::t;

/// The AADSTS codes, sorted by number.
pub static AADSTS: &[AadstsCode] = &[AadstsCode {
    code: 7000215,
    name: "Invalid client secret is provided.",
    meaning: t!("TODO", "TODO"),
    causes: &[CauseId::InvalidClientSecret, CauseId::SecretIdUsedAsValue],
    confidence: 0.9,
}];

/// The entry for `code`, if the catalogue knows it.
pub fn aadsts(code: u32) -> Option<&'static AadstsCode> {
    AADSTS.iter().find(|c| c.code == code)
}
