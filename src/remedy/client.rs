//! The client-side fix: the token endpoint for the tenant and cloud, the scope, and the XOAUTH2
//! format, as data for the page and as comments for the script.

use super::values::Values;
use super::ClientFix;
use crate::catalogue::CauseId;
use crate::evidence::{Cloud, Protocol};
use crate::i18n::Joined;
use crate::rules::Finding;

/// Causes whose fix is (also) in the client's configuration: how it asks for the token and how
/// it builds the XOAUTH2 string.
pub const CLIENT_CAUSES: &[CauseId] = &[
    CauseId::TenantNotFound,
    CauseId::ResourceNotFound,
    CauseId::InvalidScope,
    CauseId::MalformedTokenRequest,
    CauseId::WrongEndpointOrCloud,
    CauseId::WrongTokenAudience,
    CauseId::TokenExpiredOrCached,
    CauseId::BasicAuthDeprecated,
    CauseId::WrongUsernameInXoauth2,
    CauseId::MalformedXoauth2,
    CauseId::ClientSaslPluginError,
];

/// The endpoints of a cloud.
pub(crate) struct CloudEndpoints {
    /// Entra login host.
    pub login: &'static str,
    /// The Exchange Online resource for `/.default`.
    pub resource: &'static str,
    /// IMAP host, when known.
    pub imap: Option<&'static str>,
    /// POP host, when known.
    pub pop: Option<&'static str>,
    /// SMTP submission host, when known.
    pub smtp: Option<&'static str>,
    /// `-ExchangeEnvironmentName` of `Connect-ExchangeOnline` (none for the default).
    pub environment: Option<&'static str>,
    /// Whether the resource and hosts are taken from Microsoft documentation (false: inferred from host names).
    pub documented: bool,
}

/// The endpoints of `cloud`.
pub(crate) fn endpoints(cloud: Cloud) -> CloudEndpoints {
    match cloud {
        Cloud::Global => CloudEndpoints {
            login: "login.microsoftonline.com",
            resource: "https://outlook.office365.com",
            imap: Some("outlook.office365.com:993"),
            pop: Some("outlook.office365.com:995"),
            smtp: Some("smtp.office365.com:587"),
            environment: None,
            documented: true,
        },
        Cloud::UsGovGccHigh => CloudEndpoints {
            login: "login.microsoftonline.us",
            resource: "https://outlook.office365.us",
            imap: Some("outlook.office365.us:993"),
            pop: Some("outlook.office365.us:995"),
            smtp: Some("smtp.office365.us:587"),
            environment: Some("O365USGovGCCHigh"),
            documented: false,
        },
        Cloud::UsGovDod => CloudEndpoints {
            login: "login.microsoftonline.us",
            resource: "https://webmail.apps.mil",
            imap: None,
            pop: None,
            smtp: None,
            environment: Some("O365USGovDoD"),
            documented: false,
        },
        Cloud::China => CloudEndpoints {
            login: "login.partner.microsoftonline.cn",
            resource: "https://partner.outlook.cn",
            imap: None,
            pop: None,
            smtp: None,
            environment: Some("O365China"),
            documented: false,
        },
        Cloud::Germany => CloudEndpoints {
            login: "login.microsoftonline.de",
            resource: "https://outlook.office.de",
            imap: None,
            pop: None,
            smtp: None,
            environment: Some("O365GermanyCloud"),
            documented: false,
        },
    }
}

/// The tenant segment placeholder when the tenant is unknown.
pub const TENANT_PLACEHOLDER: &str = "<TENANT-ID>";

/// The client-side fix for the findings, when one of them is a client cause.
pub fn client_fix(findings: &[Finding], values: &Values) -> Option<ClientFix> {
    let causes: Vec<CauseId> = findings
        .iter()
        .map(|f| f.cause)
        .filter(|c| CLIENT_CAUSES.contains(c))
        .fold(Vec::new(), |mut acc, c| {
            if !acc.contains(&c) {
                acc.push(c);
            }
            acc
        });
    if causes.is_empty() {
        return None;
    }
    let cloud = values.cloud.unwrap_or(Cloud::Global);
    let ep = endpoints(cloud);
    let tenant = values
        .tenant
        .as_ref()
        .map(|t| t.value.clone())
        .unwrap_or_else(|| TENANT_PLACEHOLDER.to_string());
    let token_endpoint = format!("https://{}/{}/oauth2/v2.0/token", ep.login, tenant);
    let scope = if values.delegated {
        // Delegated scopes are documented for the worldwide cloud only.
        let mut s: Vec<&str> = Vec::new();
        let protocols: &[Protocol] = if values.protocols.is_empty() {
            &[Protocol::Imap]
        } else {
            &values.protocols
        };
        for p in protocols {
            s.push(match p {
                Protocol::Pop => "https://outlook.office.com/POP.AccessAsUser.All",
                Protocol::Smtp => "https://outlook.office.com/SMTP.Send",
                _ => "https://outlook.office.com/IMAP.AccessAsUser.All",
            });
        }
        s.push("offline_access");
        s.joined(" ")
    } else {
        format!("{}/.default", ep.resource)
    };
    let mut hosts = Vec::new();
    for (p, h) in [
        (Protocol::Imap, ep.imap),
        (Protocol::Pop, ep.pop),
        (Protocol::Smtp, ep.smtp),
    ] {
        if let Some(h) = h {
            if values.protocols.is_empty() || values.protocols.contains(&p) {
                hosts.push(h.to_string());
            }
        }
    }
    Some(ClientFix {
        causes,
        cloud,
        delegated: values.delegated,
        token_endpoint,
        scope,
        grant_type: if values.delegated {
            "authorization_code"
        } else {
            "client_credentials"
        }
        .into(),
        client_id: values.app_id.as_ref().map(|k| k.value.clone()),
        xoauth2_user: values.mailbox.as_ref().map(|k| k.value.clone()),
        xoauth2_format:
            r#"base64("user=" + mailbox + "\x01auth=Bearer " + access_token + "\x01\x01")"#.into(),
        hosts,
        documented: ep.documented && !(values.delegated && cloud != Cloud::Global),
    })
}

#[cfg(test)]
mod tests {
    use super::super::values::{Known, Source};
    use super::*;

    fn finding(cause: CauseId) -> Finding {
        Finding {
            cause,
            confidence: 0.9,
            evidence: vec![],
        }
    }

    #[test]
    fn no_client_cause_no_fix() {
        let f = [finding(CauseId::MailboxPermissionMissing)];
        assert_eq!(client_fix(&f, &Values::default()), None);
    }

    #[test]
    fn endpoint_per_cloud() {
        let rows: &[(Cloud, &str, &str)] = &[
            (
                Cloud::Global,
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
                "https://outlook.office365.com/.default",
            ),
            (
                Cloud::UsGovGccHigh,
                "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token",
                "https://outlook.office365.us/.default",
            ),
            (
                Cloud::China,
                "https://login.partner.microsoftonline.cn/contoso.onmicrosoft.com/oauth2/v2.0/token",
                "https://partner.outlook.cn/.default",
            ),
        ];
        for (cloud, endpoint, scope) in rows {
            let v = Values {
                cloud: Some(*cloud),
                tenant: Some(Known {
                    value: "contoso.onmicrosoft.com".into(),
                    source: Source::Hint,
                }),
                ..Values::default()
            };
            let fix =
                client_fix(&[finding(CauseId::WrongTokenAudience)], &v).expect("client cause");
            assert_eq!(fix.token_endpoint, *endpoint, "{cloud:?}");
            assert_eq!(fix.scope, *scope, "{cloud:?}");
            assert_eq!(fix.documented, *cloud == Cloud::Global, "{cloud:?}");
        }
    }

    #[test]
    fn unknown_tenant_is_a_placeholder() {
        let fix = client_fix(&[finding(CauseId::InvalidScope)], &Values::default()).expect("fix");
        assert_eq!(
            fix.token_endpoint,
            "https://login.microsoftonline.com/<TENANT-ID>/oauth2/v2.0/token"
        );
        assert_eq!(fix.grant_type, "client_credentials");
        assert_eq!(
            fix.hosts,
            [
                "outlook.office365.com:993",
                "outlook.office365.com:995",
                "smtp.office365.com:587"
            ]
        );
    }

    #[test]
    fn delegated_scopes_follow_protocols() {
        let v = Values {
            delegated: true,
            protocols: vec![Protocol::Smtp],
            ..Values::default()
        };
        let fix = client_fix(&[finding(CauseId::WrongTokenAudience)], &v).expect("fix");
        assert_eq!(
            fix.scope,
            "https://outlook.office.com/SMTP.Send offline_access"
        );
        assert_eq!(fix.hosts, ["smtp.office365.com:587"]);
    }
}
