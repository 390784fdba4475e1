//! Table-driven checks on real reports (vendored from the project corpus, `source` kept in the
//! fixture): each row names a case and the facts the scanner must find in its text.

use exo_oauth_doctor::evidence::{Artifact, ArtifactKind, TenantSegment};
use exo_oauth_doctor::scan::scan;

/// A short, comparable description of an artifact.
fn facts(a: &Artifact) -> Vec<String> {
    match &a.kind {
        ArtifactKind::Aadsts(e) => vec![format!("aadsts:{}", e.code)],
        ArtifactKind::ServerReply(r) => vec![
            format!("reply:{:?}:{}", r.protocol, r.code),
            format!(
                "reply:{:?}:{}:{}",
                r.protocol,
                r.status.clone().unwrap_or_default(),
                r.enhanced.clone().unwrap_or_default()
            ),
        ],
        ArtifactKind::Host { host, port, .. } => vec![format!("host:{host}:{}", port.unwrap_or(0))],
        ArtifactKind::Guid { value, label } => vec![format!("guid:{label:?}:{value}")],
        ArtifactKind::Email { address, .. } => vec![format!("email:{address}")],
        ArtifactKind::ClientError { library, name, .. } => vec![format!("client:{library}:{name}")],
        ArtifactKind::ApiError { code, protocol, .. } => vec![format!("api:{protocol:?}:{code}")],
        ArtifactKind::BasicAuthAttempt {
            mechanism,
            protocol,
        } => vec![format!("basic:{protocol:?}:{mechanism}")],
        ArtifactKind::TokenError(t) => vec![format!("token-error:{}:{:?}", t.error, t.codes)],
        ArtifactKind::EndpointUrl(e) => vec![format!(
            "endpoint:{}:{}:{}",
            match &e.tenant {
                TenantSegment::Id(_) => "id",
                TenantSegment::Domain(_) => "domain",
                TenantSegment::Common => "common",
                TenantSegment::Organizations => "organizations",
                TenantSegment::Consumers => "consumers",
                TenantSegment::Invalid(_) => "invalid",
            },
            if e.v2 { "v2" } else { "v1" },
            e.path_kind
        )],
        ArtifactKind::AuthenticatedNotConnected => vec!["not-connected".into()],
        ArtifactKind::ClientSecret { masked, .. } => vec![format!("secret:{masked}")],
        ArtifactKind::Timestamp { unix, .. } => vec![format!("ts:{unix}")],
        ArtifactKind::ProtocolHint { protocol } => vec![format!("hint:{protocol:?}")],
        ArtifactKind::NetworkError { .. } => vec!["network".into()],
        ArtifactKind::DecodeFailure(d) => vec![format!("fail:{}", d.what)],
        ArtifactKind::MailboxLogonFailure { .. } => vec!["mailbox-logon".into()],
        other => vec![other.name().to_string()],
    }
}

const CASES: &[(&str, &[&str])] = &[
    (
        "c003",
        &[
            "reply:Smtp::5.7.57",
            "reply:Smtp:535",
            "reply:Smtp::5.7.139",
            "client:System.Net.Mail:SmtpException",
        ],
    ),
    (
        "c004",
        &[
            "basic:Smtp:LOGIN",
            "client:JavaMail:AuthenticationFailedException",
            "reply:Smtp::5.7.139",
        ],
    ),
    ("c008", &["reply:Imap:BAD:", "not-connected", "hint:Imap"]),
    (
        "c011",
        &[
            "aadsts:700016",
            "guid:TraceId:7d01d65f-bee2-4e7b-abb7-3d7b8245ec02",
            "ts:1704905372",
        ],
    ),
    ("c018", &["reply:Smtp:550", "reply:Smtp::5.7.60"]),
    ("c019", &["reply:Smtp::5.7.60"]),
    (
        "c020",
        &[
            "reply:Smtp:550",
            "reply:Smtp::5.7.60",
            "client:smtplib:smtplib.SMTPDataError",
        ],
    ),
    (
        "c024",
        &[
            "client:Jakarta Mail:AuthenticationFailedException",
            "hint:Pop",
        ],
    ),
    (
        "c025",
        &[
            "aadsts:65001",
            "guid:ClientId:facd6cff-a294-4415-b59f-c5b01937d7bd",
        ],
    ),
    (
        "c028",
        &[
            "aadsts:700082",
            "token-error:invalid_grant:[700082]",
            "endpoint:invalid:v2:token",
            "secret:",
            "email:webservice@example.com",
            "ts:1649139672",
        ],
    ),
    (
        "c030",
        &[
            "aadsts:50194",
            "guid:ClientId:4545ef1b-9a5e-418e-88fb-f12528e1c8ac",
            "email:cferreira@segi9.onmicrosoft.com",
        ],
    ),
    ("c034", &["aadsts:50194"]),
    ("c035", &["aadsts:50194"]),
    ("c036", &["aadsts:7000218"]),
    (
        "c038",
        &["guid:ClientId:9e5f94bc-e8a4-4e73-b8be-63364c29d753"],
    ),
    (
        "c045",
        &[
            "client:nodemailer:Invalid login",
            "reply:Smtp:535",
            "reply:Smtp::5.7.3",
            "ts:1742469921",
        ],
    ),
    ("c047", &["network", "hint:Imap", "ts:1739609047"]),
    (
        "c049",
        &[
            "basic:Imap:LOGIN",
            "reply:Imap:2",
            "reply:Imap:NO:",
            "host:outlook.office365.com:0",
            "email:jweiss@uzh.ch",
        ],
    ),
    (
        "c052",
        &[
            "reply:Imap:TAG1",
            "reply:Imap:NO:",
            "host:outlook.office365.com:993",
        ],
    ),
    ("c053", &["reply:Imap:NO:", "hint:Imap"]),
    ("c054", &["reply:Imap:NO:"]),
    (
        "c056",
        &[
            "client:EWS Managed API:ServiceResponseException",
            "hint:Ews",
        ],
    ),
    ("c060", &["api:Graph:MailboxNotEnabledForRESTAPI"]),
    ("c066", &["api:Graph:ErrorAccessDenied"]),
    (
        "c067",
        &[
            "api:Graph:InvalidAuthenticationToken",
            "host:graph.microsoft.com:0",
        ],
    ),
    ("c074", &["reply:Pop:-ERR", "hint:Pop"]),
    ("c079", &["not-connected", "hint:Imap"]),
    ("c091", &["reply:Smtp:554", "reply:Smtp::5.2.0"]),
    (
        "c095",
        &[
            "fail:xoauth2",
            "reply:Smtp:535",
            "reply:Smtp::5.7.3",
            "ts:1720698409",
        ],
    ),
    ("c104", &["aadsts:900971"]),
    ("c105", &["aadsts:500113"]),
];

fn corpus() -> Vec<serde_json::Value> {
    include_str!("fixtures/corpus.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[test]
fn corpus_cases_yield_their_evidence() {
    let corpus = corpus();
    for (id, expected) in CASES {
        let case = corpus
            .iter()
            .find(|c| c["id"] == *id)
            .unwrap_or_else(|| panic!("case {id} missing"));
        let text = case["text"].as_str().unwrap_or_default();
        let arts = scan(text, 1_700_000_000);
        let all: Vec<String> = arts.iter().flat_map(facts).collect();
        for want in *expected {
            assert!(
                all.iter().any(|f| f == want),
                "{id} ({}): missing {want}; found {all:?}",
                case["source"]
            );
        }
    }
}

#[test]
fn corpus_spans_point_at_the_evidence() {
    for case in corpus() {
        let text = case["text"].as_str().unwrap_or_default();
        for a in scan(text, 1_700_000_000) {
            let got = &text[a.span.start..a.span.end];
            match &a.kind {
                ArtifactKind::Aadsts(e) if e.inferred => {
                    assert!(got.contains(e.message.trim_end_matches('…')), "{got}")
                }
                ArtifactKind::Aadsts(e) => {
                    assert!(got.contains(&format!("AADSTS{}", e.code)), "{got}")
                }
                ArtifactKind::Guid { value, .. } => assert_eq!(got.to_ascii_lowercase(), *value),
                ArtifactKind::Email { address, role } if role.as_deref() != Some("user=") => {
                    assert_eq!(got.to_ascii_lowercase(), *address)
                }
                ArtifactKind::ServerReply(r) => {
                    assert!(got.contains(&r.code), "{got} vs {}", r.code)
                }
                _ => {
                    assert!(!got.is_empty() || matches!(a.kind, ArtifactKind::ClientSecret { .. }))
                }
            }
        }
    }
}

#[test]
fn every_case_keeps_its_source() {
    for case in corpus() {
        assert!(
            case["source"].as_str().is_some_and(|s| !s.is_empty()),
            "{case}"
        );
    }
}

#[test]
fn artifacts_are_ordered_with_ids_and_lines() {
    for case in corpus() {
        let text = case["text"].as_str().unwrap_or_default();
        let arts = scan(text, 1_700_000_000);
        for (i, a) in arts.iter().enumerate() {
            assert_eq!(a.id, i);
            let line = text[..a.span.start].matches('\n').count() + 1;
            assert_eq!(a.line, line, "{a:?}");
        }
        assert!(arts.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }
}
