//! The admin's own values, taken from the evidence: client id, service principal object id,
//! tenant, mailbox, display name, cloud and protocols. Every value is validated before use; a
//! value that was seen but is invalid is reported so the script can warn about it.

use super::quote::{clean_display_name, is_domain, normalize_address, normalize_guid};
use crate::catalogue::CauseId;
use crate::evidence::{
    Api, Artifact, ArtifactKind, Cloud, GuidLabel, JwtToken, Protocol, TenantSegment, TokenFlavor,
};
use crate::options::Hints;

/// Well-known first-party application ids that are never the admin's app.
const FIRST_PARTY_IDS: [&str; 3] = [
    "00000002-0000-0ff1-ce00-000000000000", // Office 365 Exchange Online
    "00000003-0000-0000-c000-000000000000", // Microsoft Graph
    "00000002-0000-0000-c000-000000000000", // Azure AD Graph
];

/// Where a value came from, for the comment beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A token claim (`appid`, `oid`, `tid`, …) of the artifact on this line.
    Claim(&'static str, usize),
    /// The XOAUTH2 `user=` field on this line.
    XoauthUser(usize),
    /// The `User:` of a LogonDenied detail on this line.
    LogonDeniedUser(usize),
    /// An address or GUID with this role/label on this line.
    Labelled(usize),
    /// A parameter of a PowerShell command on this line.
    PsParameter(usize),
    /// A token endpoint URL on this line.
    EndpointUrl(usize),
    /// What the user typed in the page / on the command line.
    Hint,
}

/// A validated value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    /// The value (normalised: GUIDs and addresses in lower case).
    pub value: String,
    /// Where it came from.
    pub source: Source,
}

/// A value that was seen but failed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Which value (`mailbox`, `app_id`, …).
    pub what: &'static str,
    /// The raw text seen (never put into code, only into a sanitised comment).
    pub raw: String,
    /// Line it was on (0 for a hint).
    pub line: usize,
}

/// Everything the remedy knows about the admin's setup.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    /// Application (client) id.
    pub app_id: Option<Known>,
    /// Enterprise application (service principal) object id, from an app-only token's `oid`.
    pub sp_object_id: Option<Known>,
    /// Tenant id or verified domain.
    pub tenant: Option<Known>,
    /// The mailbox the service opens.
    pub mailbox: Option<Known>,
    /// The sender address when it differs from the mailbox (`From:` / `MAIL FROM`).
    pub sender: Option<Known>,
    /// The signed-in user of a delegated token.
    pub user: Option<Known>,
    /// App display name.
    pub display_name: Option<Known>,
    /// The object id the admin says was passed to `New-ServicePrincipal` (hint or transcript).
    pub object_id_used: Option<Known>,
    /// The cloud the evidence shows (Global when nothing says otherwise).
    pub cloud: Option<Cloud>,
    /// Mail protocols the evidence shows (IMAP, POP, SMTP), sorted.
    pub protocols: Vec<Protocol>,
    /// Whether the token in the evidence is delegated (a user token) rather than app-only.
    pub delegated: bool,
    /// Values that were seen but are invalid.
    pub rejected: Vec<Rejected>,
}

fn tokens(artifacts: &[Artifact]) -> impl Iterator<Item = (&Artifact, &JwtToken)> {
    artifacts.iter().filter_map(|a| match &a.kind {
        ArtifactKind::Jwt(t) if !t.id_token => Some((a, &**t)),
        _ => None,
    })
}

fn guid_known(raw: &str, source: Source) -> Option<Known> {
    normalize_guid(raw)
        .filter(|g| !FIRST_PARTY_IDS.contains(&g.as_str()))
        .map(|value| Known { value, source })
}

fn tenant_known(raw: &str, source: Source) -> Option<Known> {
    if let Some(g) = normalize_guid(raw) {
        return Some(Known { value: g, source });
    }
    let d = raw.trim().to_ascii_lowercase();
    is_domain(&d).then_some(Known { value: d, source })
}

fn is_mail(p: Protocol) -> bool {
    matches!(p, Protocol::Imap | Protocol::Pop | Protocol::Smtp)
}

/// Reads the values from the evidence and the hints. `findings` tell which evidence is suspect
/// (a `user=` flagged as the wrong user name is not taken as the mailbox).
pub fn collect(artifacts: &[Artifact], hints: &Hints, findings: &[CauseId]) -> Values {
    let mut v = Values::default();

    // The token the rest keys on: app-only for Exchange first, then any app-only, then any.
    let rank = |t: &JwtToken| match (t.flavor, t.api) {
        (TokenFlavor::AppOnly, Api::ExchangeOnline) => 0,
        (TokenFlavor::AppOnly, _) => 1,
        (TokenFlavor::Unknown, _) => 2,
        (TokenFlavor::Delegated, _) => 3,
    };
    let best = tokens(artifacts).min_by_key(|(a, t)| (rank(t), a.id));

    if let Some((a, t)) = best {
        let c = &t.claims;
        v.delegated = t.flavor == TokenFlavor::Delegated;
        if t.flavor != TokenFlavor::Delegated {
            let claim = if c.appid.is_some() { "appid" } else { "azp" };
            v.app_id = c
                .client_id()
                .and_then(|id| guid_known(id, Source::Claim(claim, a.line)));
        }
        if t.flavor == TokenFlavor::AppOnly && v.app_id.is_some() {
            // In an app-only token `oid` is the service principal; in a user token it is the user.
            v.sp_object_id = c
                .oid
                .as_deref()
                .and_then(|o| guid_known(o, Source::Claim("oid", a.line)));
            v.display_name = c
                .app_displayname
                .as_deref()
                .and_then(clean_display_name)
                .map(|n| Known {
                    value: n,
                    source: Source::Claim("app_displayname", a.line),
                });
        }
        if t.flavor == TokenFlavor::Delegated {
            if let Some(u) = c.user_name() {
                let claim = if c.upn.is_some() {
                    "upn"
                } else if c.preferred_username.is_some() {
                    "preferred_username"
                } else {
                    "unique_name"
                };
                match normalize_address(u) {
                    Some(value) => {
                        v.user = Some(Known {
                            value,
                            source: Source::Claim(claim, a.line),
                        })
                    }
                    None => v.rejected.push(Rejected {
                        what: "user",
                        raw: u.into(),
                        line: a.line,
                    }),
                }
            }
        }
        v.cloud = t.cloud;
    }
    for (a, t) in tokens(artifacts) {
        if v.tenant.is_none() {
            v.tenant = t
                .claims
                .tid
                .as_deref()
                .and_then(|x| tenant_known(x, Source::Claim("tid", a.line)));
        }
    }

    // Client id and object id from a *-ServicePrincipal command in a transcript.
    for a in artifacts {
        if let ArtifactKind::PsCommand(cmd) = &a.kind {
            if !cmd
                .cmdlet
                .to_ascii_lowercase()
                .ends_with("-serviceprincipal")
            {
                continue;
            }
            for (name, value) in &cmd.params {
                let Some(value) = value else { continue };
                // `$AppId`, `$sp.AppId`, `(Get-…)`: an expression, not a value we can read.
                if value.starts_with('$') || value.starts_with('(') {
                    continue;
                }
                let name = name.to_ascii_lowercase();
                if name == "appid" && v.app_id.is_none() {
                    v.app_id = guid_known(value, Source::PsParameter(a.line));
                    if v.app_id.is_none() {
                        v.rejected.push(Rejected {
                            what: "app_id",
                            raw: value.clone(),
                            line: a.line,
                        });
                    }
                } else if (name == "objectid" || name == "serviceid") && v.object_id_used.is_none()
                {
                    v.object_id_used = guid_known(value, Source::PsParameter(a.line));
                }
            }
        }
    }
    // A GUID the text calls the client id, a tenant id, a token endpoint URL.
    for a in artifacts {
        match &a.kind {
            ArtifactKind::Guid {
                value,
                label: GuidLabel::ClientId,
            } if v.app_id.is_none() => {
                v.app_id = guid_known(value, Source::Labelled(a.line));
            }
            ArtifactKind::Guid {
                value,
                label: GuidLabel::TenantId,
            } if v.tenant.is_none() => {
                v.tenant = tenant_known(value, Source::Labelled(a.line));
            }
            ArtifactKind::EndpointUrl(e) if v.tenant.is_none() => match &e.tenant {
                TenantSegment::Id(x) | TenantSegment::Domain(x) => {
                    v.tenant = tenant_known(x, Source::EndpointUrl(a.line));
                }
                _ => {}
            },
            _ => {}
        }
    }
    if v.app_id.is_some() {
        // A later, valid client id makes an earlier invalid one moot.
        v.rejected.retain(|r| r.what != "app_id");
    }
    if let Some(h) = hints.object_id.as_deref() {
        match guid_known(h, Source::Hint) {
            Some(k) => v.object_id_used = Some(k),
            None => v.rejected.push(Rejected {
                what: "object_id",
                raw: h.into(),
                line: 0,
            }),
        }
    }

    // The mailbox: what the user told us, then the XOAUTH2 user=, the LogonDenied User:, a
    // labelled address. A user= flagged as the wrong user name is skipped.
    let wrong_user = findings.contains(&CauseId::WrongUsernameInXoauth2);
    let mut candidates: Vec<(String, Source, usize)> = Vec::new();
    if let Some(h) = hints.mailbox.as_deref() {
        candidates.push((h.to_string(), Source::Hint, 0));
    }
    for a in artifacts {
        match &a.kind {
            ArtifactKind::Xoauth2(x) if !wrong_user => {
                if let Some(u) = &x.user {
                    candidates.push((u.clone(), Source::XoauthUser(a.line), a.line));
                }
            }
            ArtifactKind::LogonDenied { user: Some(u), .. } => {
                candidates.push((u.clone(), Source::LogonDeniedUser(a.line), a.line));
            }
            _ => {}
        }
    }
    for a in artifacts {
        if let ArtifactKind::Email { address, role } = &a.kind {
            let Some(role) = *role else { continue };
            // `-Identity` of a mailbox cmdlet names the mailbox; `user=`, `User:` (LogonDenied),
            // an IMAP `LOGIN` or a "user [..]" log field name the account that signs in, which is
            // the mailbox unless the findings say the user name is wrong. `-User` / `-Trustee` of a
            // permission cmdlet and `upn` name someone else.
            if role.names_mailbox() || (role.names_signin() && !wrong_user) {
                candidates.push((address.clone(), Source::Labelled(a.line), a.line));
            }
            if role.names_sender() && v.sender.is_none() {
                v.sender = normalize_address(address).map(|value| Known {
                    value,
                    source: Source::Labelled(a.line),
                });
            }
        }
    }
    for (raw, source, line) in candidates {
        match normalize_address(&raw) {
            Some(value) => {
                v.mailbox = Some(Known { value, source });
                break;
            }
            None => v.rejected.push(Rejected {
                what: "mailbox",
                raw,
                line,
            }),
        }
    }
    if v.mailbox.is_some() {
        // Rejected candidates before a good one are not worth a warning.
        v.rejected.retain(|r| r.what != "mailbox");
    }
    if v.sender.as_ref().map(|s| &s.value) == v.mailbox.as_ref().map(|m| &m.value) {
        v.sender = None;
    }

    // The cloud: the token's issuer, else the first non-global endpoint or host.
    if v.cloud.is_none() {
        let mut seen: Vec<Cloud> = Vec::new();
        for a in artifacts {
            match &a.kind {
                ArtifactKind::EndpointUrl(e) => seen.extend(e.cloud),
                ArtifactKind::Host { cloud, .. } => seen.extend(*cloud),
                _ => {}
            }
        }
        v.cloud = seen
            .iter()
            .copied()
            .find(|c| *c != Cloud::Global)
            .or_else(|| seen.first().copied());
    }

    // Protocols.
    for a in artifacts {
        let p = match &a.kind {
            ArtifactKind::ServerReply(r) => Some(r.protocol),
            ArtifactKind::Xoauth2(x) => x.protocol,
            ArtifactKind::Host { protocol, .. } => *protocol,
            ArtifactKind::ProtocolHint { protocol } => Some(*protocol),
            ArtifactKind::BasicAuthAttempt { protocol, .. }
            | ArtifactKind::OauthAttempt { protocol, .. } => Some(*protocol),
            _ => None,
        };
        if let Some(p) = p.filter(|p| is_mail(*p)) {
            if !v.protocols.contains(&p) {
                v.protocols.push(p);
            }
        }
    }
    crate::order::sort_by_key(&mut v.protocols, |p| *p as u64);
    v
}
