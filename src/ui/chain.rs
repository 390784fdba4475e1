//! The state of each link of the chain (app registration → … → client), decided from the
//! findings and from evidence that shows a link working. Pure; the chain picture only draws it.

use crate::analysis::Analysis;
use crate::catalogue::{cause, ChainLink};
use crate::evidence::{Api, ArtifactKind, JwtToken, Protocol, Validity};

/// What the evidence says about one link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LinkStatus {
    /// Nothing shows either way.
    Unknown,
    /// A finding with low confidence points here.
    Suspect,
    /// Evidence shows this link working.
    Works,
    /// A finding with confidence ≥ 0.5 points here.
    Broken,
}

impl LinkStatus {
    /// CSS class / test name.
    pub fn code(self) -> &'static str {
        match self {
            LinkStatus::Unknown => "unknown",
            LinkStatus::Suspect => "suspect",
            LinkStatus::Works => "works",
            LinkStatus::Broken => "broken",
        }
    }
}

/// Confidence from which a finding marks its link as broken (below: suspect).
pub const BROKEN_FROM: f32 = 0.5;

fn index(link: ChainLink) -> usize {
    ChainLink::ALL.iter().position(|l| *l == link).unwrap_or(0)
}

fn raise(slot: &mut LinkStatus, to: LinkStatus) {
    if to > *slot {
        *slot = to;
    }
}

fn usable_access_token(t: &JwtToken) -> bool {
    let validity = t.validity_at_log.unwrap_or(t.validity_now);
    let in_time = matches!(validity, Validity::Valid { .. } | Validity::NoExpiry);
    let has_permission =
        !t.claims.roles.is_empty() || t.claims.scp.as_ref().is_some_and(|s| !s.is_empty());
    !t.id_token && t.api == Api::ExchangeOnline && in_time && has_permission
}

/// The status of every link, in [`ChainLink::ALL`] order.
///
/// A finding marks its cause's link broken (confidence ≥ [`BROKEN_FROM`]) or suspect. A link is
/// green only when evidence shows it working: an issued access token (signed, from Entra ID,
/// see [`crate::rules::token_untrusted`]) proves the app registration
/// and the token endpoint; a token for Exchange with permissions proves consent and, when it was
/// valid at the time, the token link; "authenticated but not connected" proves the token was
/// accepted by Exchange; a successful AUTHENTICATE/AUTH proves every link up to the protocol.
/// Evidence of a working link outranks a low-confidence suspicion, never a confident finding.
pub fn chain_status(a: &Analysis) -> [(ChainLink, LinkStatus); 7] {
    let mut st = [LinkStatus::Unknown; 7];
    let works = |st: &mut [LinkStatus; 7], links: &[ChainLink]| {
        for l in links {
            raise(&mut st[index(*l)], LinkStatus::Works);
        }
    };
    for art in &a.artifacts {
        match &art.kind {
            // An unsigned token, or one from another token service, proves nothing.
            ArtifactKind::Jwt(t) if !t.id_token && !crate::rules::token_untrusted(t) => {
                works(&mut st, &[ChainLink::AppRegistration]);
                if t.api == Api::ExchangeOnline
                    && (!t.claims.roles.is_empty()
                        || t.claims.scp.as_ref().is_some_and(|s| !s.is_empty()))
                {
                    works(&mut st, &[ChainLink::PermissionConsent]);
                }
                if usable_access_token(t) {
                    works(&mut st, &[ChainLink::Token]);
                }
            }
            ArtifactKind::TokenResponse { .. } => works(&mut st, &[ChainLink::AppRegistration]),
            ArtifactKind::AuthenticatedNotConnected => works(
                &mut st,
                &[
                    ChainLink::AppRegistration,
                    ChainLink::PermissionConsent,
                    ChainLink::Token,
                    ChainLink::ExchangeServicePrincipal,
                ],
            ),
            ArtifactKind::ServerReply(r) if auth_succeeded(r) => works(
                &mut st,
                &[
                    ChainLink::AppRegistration,
                    ChainLink::PermissionConsent,
                    ChainLink::Token,
                    ChainLink::ExchangeServicePrincipal,
                    ChainLink::MailboxPermission,
                    ChainLink::Protocol,
                ],
            ),
            _ => {}
        }
    }
    for f in &a.findings {
        if let Some(link) = cause(f.cause).link {
            let to = if f.confidence >= BROKEN_FROM {
                LinkStatus::Broken
            } else {
                LinkStatus::Suspect
            };
            // The order Unknown < Suspect < Works < Broken makes evidence of a working link
            // beat a guess, and a confident finding beat both.
            raise(&mut st[index(link)], to);
        }
    }
    let mut out = [(ChainLink::AppRegistration, LinkStatus::Unknown); 7];
    for (i, link) in ChainLink::ALL.iter().enumerate() {
        out[i] = (*link, st[i]);
    }
    out
}

fn auth_succeeded(r: &crate::evidence::ServerReply) -> bool {
    match r.protocol {
        Protocol::Imap => {
            r.status.as_deref() == Some("OK")
                && r.text.to_ascii_uppercase().contains("AUTHENTICATE")
        }
        Protocol::Smtp => r.code == "235",
        Protocol::Pop => r.code == "+OK" && r.text.to_ascii_lowercase().contains("authenticat"),
        _ => false,
    }
}
