//! Token claims and what they mean for Exchange.

use super::ClaimDef;
use crate::t;

/// Claim descriptions.
pub static CLAIMS: &[ClaimDef] = &[ClaimDef {
    name: "aud",
    text: t!("TODO", "TODO"),
}];

/// The description of claim `name`, if the catalogue has one.
pub fn claim_description(name: &str) -> Option<&'static ClaimDef> {
    CLAIMS.iter().find(|c| c.name == name)
}
