//! Server-side render tests of the page (`cargo test --features ssr --test ssr`), plus the pure
//! decisions behind it (state reducer, routes, chain status, evidence marking).
#![cfg(feature = "ssr")]

use exo_oauth_doctor::analysis::{Analysis, Hints};
use exo_oauth_doctor::catalogue::{CauseId, ChainLink};
use exo_oauth_doctor::evidence::{
    Api, Artifact, ArtifactKind, Claims, JwtToken, Span, TokenFlavor, Validity, Xoauth2,
    XoauthDefect,
};
use exo_oauth_doctor::examples::EXAMPLES;
use exo_oauth_doctor::i18n::{Lang, LocalText};
use exo_oauth_doctor::remedy::ChecklistItem;
use exo_oauth_doctor::rules::{EvidenceRef, Finding, Question};
use exo_oauth_doctor::ui::chain::{chain_status, LinkStatus};
use exo_oauth_doctor::ui::components::ResultsProps;
use exo_oauth_doctor::ui::components::{memo_results, ResultsMemo};
use exo_oauth_doctor::ui::highlight::{excerpt, segments, Piece};
use exo_oauth_doctor::ui::state::*;
use exo_oauth_doctor::ui::{App, AppProps, Start};
/// A value built with serde_json's `json!`, as the crate's reader holds it.
macro_rules! json {
    ($($v:tt)+) => {
        exo_oauth_doctor::json::Value::from(serde_json::json!($($v)+))
    };
}
use yew::prelude::*;
use yew::LocalServerRenderer;

const NOW: i64 = 1_704_906_212; // 2024-01-10T17:03:32Z

fn render_app(start: Start) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(AppProps { start: Some(start) })
            .hydratable(false)
            .render(),
    )
}

/// The results (memoised by the app) inside a component of their own, for the renderer.
#[component]
fn Results(p: &ResultsProps) -> Html {
    let kept = use_mut_ref(ResultsMemo::default);
    memo_results(&kept, p)
}

fn render_results(text: &str, a: Analysis, lang: Lang, selected: Option<usize>) -> String {
    let props = ResultsProps {
        lang,
        text: text.into(),
        analysis: Shared::new(a),
        now: NOW,
        selected,
        ticked: Shared::default(),
        hints: HintInputs::default(),
        mask_ids: true,
        notice: None,
        evidence_open: false,
        dispatch: Callback::noop(),
    };
    futures::executor::block_on(
        LocalServerRenderer::<Results>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

const TEXT: &str = "2024-01-10T16:49:32Z A01 AUTHENTICATE XOAUTH2 dXNlcj1h\n2024-01-10T16:49:33Z A01 NO AUTHENTICATE failed.";

fn jwt() -> JwtToken {
    JwtToken {
        length: 1200,
        header: vec![("alg".into(), json!("RS256")), ("typ".into(), json!("JWT"))].into(),
        payload: vec![
            ("aud".into(), json!("https://outlook.office365.com")),
            ("roles".into(), json!(["IMAP.AccessAsApp"])),
            ("oid".into(), json!("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0")),
            ("exp".into(), json!(1_704_905_372)),
        ]
        .into(),
        claims: Claims {
            roles: vec!["IMAP.AccessAsApp".into()],
            ..Claims::default()
        }
        .into(),
        signature_present: true,
        flavor: TokenFlavor::AppOnly,
        api: Api::ExchangeOnline,
        cloud: None,
        id_token: false,
        validity_now: Validity::Expired { seconds_ago: 840 },
        validity_at_log: Some(Validity::Expired { seconds_ago: 840 }),
        warnings: vec![],
    }
}

fn span_of(needle: &str, len: usize) -> Span {
    let start = TEXT.find(needle).unwrap_or(0);
    Span::new(start, start + len)
}

fn sample() -> Analysis {
    let line1_end = TEXT.find('\n').unwrap_or(0);
    let auth = TEXT.find("A01 AUTH").unwrap_or(0);
    Analysis {
        artifacts: vec![
            Artifact {
                id: 0,
                span: Span::new(auth, line1_end),
                line: 1,
                log_time: Some(NOW),
                repeats: None,
                kind: ArtifactKind::Jwt(Box::new(jwt())),
            },
            Artifact {
                id: 1,
                span: span_of("dXNlcj1h", 8),
                line: 1,
                log_time: None,
                repeats: None,
                kind: ArtifactKind::Xoauth2(Box::new(Xoauth2 {
                    command: Some("AUTHENTICATE XOAUTH2".into()),
                    protocol: None,
                    user: Some("a@contoso.com".into()),
                    scheme: Some("Bearer".into()),
                    token_artifact: Some(0),
                    defects: vec![XoauthDefect::MissingTrailer],
                    visible: "user=a@contoso.com^Aauth=Bearer eyJ0eXAi…".into(),
                })),
            },
            Artifact {
                id: 2,
                span: span_of("A01 NO", "A01 NO AUTHENTICATE failed.".len()),
                line: 2,
                log_time: None,
                repeats: None,
                kind: ArtifactKind::ServerReply(Box::new(
                    exo_oauth_doctor::evidence::ServerReply {
                        protocol: exo_oauth_doctor::evidence::Protocol::Imap,
                        code: "A01".into(),
                        status: Some("NO".into()),
                        enhanced: None,
                        text: "AUTHENTICATE failed.".into(),
                    },
                )),
            },
        ],
        findings: vec![Finding {
            cause: CauseId::ServicePrincipalNotRegisteredInExchange,
            confidence: 0.85,
            evidence: vec![
                EvidenceRef {
                    artifact: 2,
                    claim: None,
                    why: LocalText::new("IMAP refused the token", "IMAP lehnte ab"),
                },
                EvidenceRef {
                    artifact: 0,
                    claim: Some("oid".into()),
                    why: LocalText::new("oid of the app", "oid der App"),
                },
            ],
        }],
        questions: vec![Question {
            key: "object_id_passed".into(),
            text: LocalText::new(
                "Which object id did you pass?",
                "Welche Objekt-ID haben Sie übergeben?",
            ),
            why: LocalText::new("The wrong one is common.", "Die falsche ist häufig."),
            answer_field: Some("object_id".into()),
            command: Some(
                "Get-ServicePrincipal -Identity '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' | Format-List AppId,ObjectId,DisplayName".into(),
            ),
        }],
        checklist: vec![
            ChecklistItem {
                key: "exo_new_service_principal".into(),
                link: ChainLink::ExchangeServicePrincipal,
                causes: vec![CauseId::ServicePrincipalNotRegisteredInExchange],
                action: LocalText::new(
                    "Register the service principal",
                    "Dienstprinzipal registrieren",
                ),
                verify: LocalText::new(
                    "Get-ServicePrincipal lists it",
                    "Get-ServicePrincipal listet ihn",
                ),
                command: Some("New-ServicePrincipal -AppId '…' -ObjectId '…'".into()),
            },
            ChecklistItem {
                key: "client_scope".into(),
                link: ChainLink::Client,
                causes: vec![],
                action: LocalText::new(
                    "Request https://outlook.office365.com/.default",
                    "Fordern Sie … an",
                ),
                verify: LocalText::new("aud is outlook", "aud ist outlook"),
                command: None,
            },
        ],
        powershell: "# Fix\nConnect-ExchangeOnline\n".into(),
        scripts: LocalText::new(
            "# Fix\nConnect-ExchangeOnline\n",
            "# Korrektur\nConnect-ExchangeOnline\n",
        ),
        client_fix: Some(exo_oauth_doctor::remedy::ClientFix {
            causes: vec![CauseId::WrongTokenAudience],
            cloud: exo_oauth_doctor::evidence::Cloud::Global,
            delegated: false,
            token_endpoint: "https://login.microsoftonline.com/<TENANT-ID>/oauth2/v2.0/token"
                .into(),
            scope: "https://outlook.office365.com/.default".into(),
            grant_type: "client_credentials".into(),
            client_id: None,
            xoauth2_user: None,
            xoauth2_format: "user=<mailbox>^Aauth=Bearer <token>^A^A".into(),
            hosts: vec!["outlook.office365.com:993".into()],
            documented: true,
        }),
        warnings: vec![LocalText::new(
            "The object id is not a GUID",
            "Die Objekt-ID ist keine GUID",
        )],
        thin: None,
    }
}

#[test]
fn empty_page_renders_chrome_and_invitation() {
    let html = render_app(Start {
        now: NOW,
        ..Start::default()
    });
    for needle in [
        "<header",
        "<main",
        "<footer",
        "<nav",
        "id=\"paste\"",
        "Nothing pasted yet",
        "Everything is decoded in this page; nothing you paste leaves your browser.",
        "href=\"exo-oauth-doctor.html\"",
        "Load an example",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn footer_names_version_and_commit() {
    for lang in [Lang::En, Lang::De] {
        let html = render_app(Start {
            now: NOW,
            lang,
            ..Start::default()
        });
        let footer = &html[html.find("<footer").expect("a footer")..];
        let line = exo_oauth_doctor::version::line(lang);
        assert!(footer.contains(&line), "footer lacks {line:?}: {footer}");
        assert!(footer.contains(exo_oauth_doctor::version::COMMIT));
    }
}

#[test]
fn german_page_has_german_chrome() {
    let html = render_app(Start {
        now: NOW,
        lang: Lang::De,
        ..Start::default()
    });
    assert!(html.contains("Noch nichts eingefügt"), "{html}");
    assert!(html.contains("nichts, was Sie einfügen, verlässt Ihren Browser"));
    assert!(!html.contains("Nothing pasted yet"));
}

#[test]
fn embed_mode_drops_header_and_footer() {
    for (search, hash) in [("?embed", ""), ("", "#embed")] {
        let html = render_app(Start {
            now: NOW,
            search: search.into(),
            hash: hash.into(),
            ..Start::default()
        });
        assert!(!html.contains("<header"), "{search}{hash}");
        assert!(!html.contains("<footer"), "{search}{hash}");
        assert!(html.contains("class=\"app embed\""));
        assert!(html.contains("nothing you paste leaves your browser"));
    }
}

#[test]
fn reference_deep_link_opens_the_entry() {
    let html = render_app(Start {
        now: NOW,
        hash: "#/cause/service_principal_not_registered_in_exchange".into(),
        ..Start::default()
    });
    assert!(
        html.contains("id=\"cause-service_principal_not_registered_in_exchange\""),
        "{html}"
    );
    let at = html
        .find("id=\"cause-service_principal_not_registered_in_exchange\"")
        .unwrap_or(0);
    let after = &html[at..];
    let details = after.find("<details").unwrap_or(usize::MAX);
    assert!(
        after[details..].starts_with("<details open"),
        "entry not open: {}",
        &after[details..details + 40]
    );
    assert!(html.contains("#/cause/service_principal_not_registered_in_exchange"));
}

/// Key, cause id, English title, German title, confidence word, chain.
type ExampleView = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
);

/// What every menu example must show, written by hand from the example's text and the catalogue:
/// the verdict's cause, its title in English and German, the confidence word where a message
/// states the cause (`None`: not asserted), and the chain, one letter per link from app
/// registration to client (`w` works, `b` broken, `s` suspect, `?` not asserted). Working links are those the
/// evidence proves (an issued token: the app registration; with Exchange permissions: consent;
/// valid at the failure: the token); the broken one is the verdict's link when the evidence shows it,
/// suspect when the verdict is one candidate among several (a bare refusal).
const EXAMPLE_VIEWS: &[ExampleView] = &[
    (
        "seed-logondenied",
        "service_principal_not_registered_in_exchange",
        "Service principal not registered in Exchange",
        "Dienstprinzipal nicht in Exchange registriert",
        None,
        "wwws???",
    ),
    (
        "sp-not-found",
        "wrong_object_id",
        "Wrong object id given to New-ServicePrincipal",
        "Falsche Objekt-ID an New-ServicePrincipal übergeben",
        Some("high"),
        "???b???",
    ),
    (
        "graph-token-imap",
        "wrong_token_audience",
        "Token for the wrong API (the Graph trap)",
        "Token für die falsche API (die Graph-Falle)",
        Some("high"),
        "w?b????",
    ),
    (
        "expired-secret",
        "expired_client_secret",
        "Client secret expired",
        "Clientgeheimnis abgelaufen",
        Some("high"),
        "b??????",
    ),
    (
        "smtp-auth-disabled",
        "smtp_auth_disabled_tenant",
        "SMTP AUTH disabled for the tenant",
        "SMTP AUTH für den Mandanten deaktiviert",
        Some("high"),
        "?????b?",
    ),
    (
        "sendas-denied",
        "sendas_permission_missing",
        "No permission to send as the From address",
        "Keine Berechtigung, als From-Adresse zu senden",
        Some("high"),
        "????b??",
    ),
    (
        "app-only-no-roles",
        "delegated_permission_instead_of_application",
        "Delegated permission where an application permission is needed",
        "Delegierte statt Anwendungsberechtigung",
        None,
        "wb?????",
    ),
    (
        "app-not-found",
        "app_not_found_in_tenant",
        "App not found in the tenant",
        "App im Mandanten nicht gefunden",
        Some("high"),
        "b??????",
    ),
    (
        "common-endpoint",
        "wrong_endpoint_or_cloud",
        "Wrong authority or cloud",
        "Falsche Autorität oder Cloud",
        Some("high"),
        "b??????",
    ),
    (
        "replication-delay",
        "replication_delay",
        "Change not replicated yet",
        "Änderung noch nicht repliziert",
        None,
        "www?b??",
    ),
    (
        "cached-token",
        "token_expired_or_cached",
        "Token expired or cached from before the fix",
        "Token abgelaufen oder von vor der Korrektur",
        None,
        "wwb????",
    ),
    (
        "smtp-wrong-role",
        "missing_app_role",
        "App-only token lacks the protocol's role",
        "App-Token ohne die Rolle des Protokolls",
        None,
        "wwb????",
    ),
    (
        "basic-auth",
        "basic_auth_deprecated",
        "Retired sign-in used: password (basic) or a legacy Exchange token",
        "Abgeschaltete Anmeldeart verwendet: Kennwort (Standardauthentifizierung) oder altes Exchange-Token",
        Some("high"),
        "??????b",
    ),
];

/// The value of attribute `name` in the opening tag `tag`.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    tag[at..].split('"').next()
}

/// The verdict's confidence word, cause and title in a rendered page.
fn verdict_of(html: &str) -> Option<(&str, &str, &str)> {
    let tag = html
        .split("<section")
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or_default())
        .find(|t| attr(t, "class").is_some_and(|c| c.split(' ').any(|w| w == "verdict")))?;
    let level = attr(tag, "class")?
        .split(' ')
        .find_map(|w| w.strip_prefix("conf-"))?;
    let cause = attr(tag, "data-cause")?;
    let title_at = html.find(" id=\"top-cause\"")?;
    let title = html[title_at..].split_once('>')?.1.split("</p>").next()?;
    Some((level, cause, title))
}

/// The `data-status` of every link of the chain picture, in order.
fn chain_of(html: &str) -> Vec<&str> {
    let Some(start) = html.find("<ol class=\"chain\">") else {
        return Vec::new();
    };
    let end = start + html[start..].find("</ol>").unwrap_or(html.len() - start);
    html[start..end]
        .split("data-status=\"")
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .collect()
}

/// A day after the examples' logs (2025-06-03T10:26:40Z): the page runs after the logs were written.
const EXAMPLES_NOW: i64 = 1_748_946_400;

#[test]
fn every_example_shows_its_hand_written_verdict_and_chain() {
    assert_eq!(
        EXAMPLE_VIEWS.len(),
        EXAMPLES.len(),
        "an example without a written view"
    );
    for ex in EXAMPLES {
        let (_, cause, en, de, level, chain) = EXAMPLE_VIEWS
            .iter()
            .find(|v| v.0 == ex.key)
            .unwrap_or_else(|| panic!("{}: no written view", ex.key));
        for (lang, title) in [(Lang::En, en), (Lang::De, de)] {
            let html = render_app(Start {
                now: EXAMPLES_NOW,
                text: ex.text.into(),
                lang,
                ..Start::default()
            });
            let (got_level, got_cause, got_title) = verdict_of(&html)
                .unwrap_or_else(|| panic!("{} ({lang:?}): no verdict rendered", ex.key));
            assert_eq!(got_cause, *cause, "{} ({lang:?})", ex.key);
            if let Some(level) = level {
                assert_eq!(got_level, *level, "{} ({lang:?}): confidence", ex.key);
            }
            let shown = got_title.replace("&#x27;", "'").replace("&#39;", "'");
            assert_eq!(shown, *title, "{} ({lang:?}): title", ex.key);
            let got = chain_of(&html);
            assert_eq!(got.len(), 7, "{} ({lang:?}): chain {got:?}", ex.key);
            for (i, want) in chain.chars().enumerate() {
                let want = match want {
                    'w' => "works",
                    'b' => "broken",
                    's' => "suspect",
                    _ => continue,
                };
                assert_eq!(
                    got[i],
                    want,
                    "{} ({lang:?}): link {} of the chain {got:?}",
                    ex.key,
                    i + 1
                );
            }
        }
    }
}

#[test]
fn results_show_verdict_claims_and_xray() {
    let html = render_results(TEXT, sample(), Lang::En, None);
    for needle in [
        "data-cause=\"service_principal_not_registered_in_exchange\"",
        "Service principal not registered in Exchange",
        "85 % (high)",
        "<caption>Claims</caption>",
        "IMAP.AccessAsApp",
        "present, not needed, never sent anywhere",
        "expired 14 min before the error",
        "2024-01-10 16:49:32 UTC · 14 min ago",
        "<span class=\"ctl\">^A</span>",
        "The closing ^A^A (two 0x01 bytes) is missing.",
        "Which object id did you pass?",
        "id=\"q-hint-object-id\"",
        "Register the service principal",
        "Client-side fix",
        "https://outlook.office365.com/.default",
        "The object id is not a GUID",
        "Copy script",
        "Download .ps1",
        "Connect-ExchangeOnline",
        "Copy report (Markdown)",
        "data-status=\"broken\"",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn credentials_are_shown_only_by_their_start() {
    let html = render_results(TEXT, sample(), Lang::En, None);
    let evidence = html.split("evidence-text").nth(1).unwrap_or_default();
    let evidence = evidence.split("</pre>").next().unwrap_or_default();
    assert!(
        evidence.contains("A01 AUTHENTI… [token, 33 characters, rest hidden]"),
        "{evidence}"
    );
    assert!(!evidence.contains("dXNlcj1h"), "{evidence}");
}

#[test]
fn results_in_german() {
    let html = render_results(TEXT, sample(), Lang::De, None);
    for needle in [
        "Dienstprinzipal nicht in Exchange registriert",
        "14 min vor dem Fehler abgelaufen",
        "Checkliste",
        "# Korrektur",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

/// "Collect evidence": closed, only the button; open, the read-only script with the paste's values,
/// copy and download, in both languages.
#[test]
fn collect_evidence_button_opens_the_evidence_script() {
    let text = "A01 AUTHENTICATE XOAUTH2 dXNlcj1kb2NzY2FuQGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFpT2lKS1YxUWlmUS5leUpoZFdRaU9pSjRJbjAuc2lnAQE=\nA01 NO AUTHENTICATE failed.";
    for (lang, button, heading) in [
        (
            Lang::En,
            "Collect evidence",
            "Collect the evidence in one go",
        ),
        (
            Lang::De,
            "Belege sammeln",
            "Alle Belege in einem Schritt sammeln",
        ),
    ] {
        let a = exo_oauth_doctor::analyze(
            text,
            &exo_oauth_doctor::Options {
                now: NOW,
                lang,
                ..Default::default()
            },
        );
        let render = |open: bool| {
            let props = ResultsProps {
                lang,
                text: text.into(),
                analysis: Shared::new(a.clone()),
                now: NOW,
                selected: None,
                ticked: Shared::default(),
                hints: HintInputs::default(),
                mask_ids: true,
                notice: None,
                evidence_open: open,
                dispatch: Callback::noop(),
            };
            futures::executor::block_on(
                LocalServerRenderer::<Results>::with_props(props)
                    .hydratable(false)
                    .render(),
            )
        };
        let closed = render(false);
        assert!(
            closed.contains(heading) && closed.contains(button),
            "{lang:?}"
        );
        assert!(
            closed.contains(r#"id="collect-evidence" aria-expanded="false""#),
            "{lang:?}"
        );
        assert!(!closed.contains("<pre id=\"collect-script\""), "{lang:?}");
        assert!(!closed.contains("download-evidence"));
        let open = render(true);
        assert!(open.contains(r#"aria-expanded="true""#), "{lang:?}");
        assert!(open.contains("id=\"download-evidence\"") && open.contains("id=\"copy-evidence\""));
        assert!(open.contains("<pre id=\"collect-script\""), "{lang:?}");
        assert!(open.contains("=== exo-oauth-doctor end ==="), "{lang:?}");
        assert!(
            open.contains("$Mailbox = &#x27;docscan@contoso.com&#x27;")
                || open.contains("$Mailbox = 'docscan@contoso.com'"),
            "{lang:?}"
        );
        // The questions come first, the evidence panel right after them.
        let q = open.find("questions-heading").unwrap_or(0);
        assert!(
            open.find("collect-heading").is_some_and(|c| c > q),
            "{lang:?}"
        );
    }
    let s = State::default().apply(Action::ToggleEvidence);
    assert!(s.evidence_open);
    assert!(!s.apply(Action::ToggleEvidence).evidence_open);
}

#[test]
fn selecting_a_finding_marks_its_evidence_and_claims() {
    let plain = render_results(TEXT, sample(), Lang::En, None);
    assert!(!plain.contains("class=\"selected\""));
    let marked = render_results(TEXT, sample(), Lang::En, Some(0));
    assert!(
        marked.contains(
            "<mark data-artifact=\"2\" class=\"selected\">A01 NO AUTHENTICATE failed.</mark>"
        ),
        "{marked}"
    );
    assert!(
        marked.contains("data-claim=\"oid\" class=\"cited\""),
        "{marked}"
    );
    assert!(marked.contains("aria-pressed=\"true\""));
}

#[test]
fn text_without_evidence_says_so() {
    let html = render_results("hello", Analysis::default(), Lang::En, None);
    assert!(html.contains("Nothing recognised yet"));
}

// ---- pure decisions -------------------------------------------------------------------------

#[test]
fn routes_parse_and_round_trip() {
    let cases: Vec<(&str, Route)> = vec![
        ("", Route::Diagnose),
        ("#", Route::Diagnose),
        ("#/", Route::Diagnose),
        ("#/reference", Route::Reference(None)),
        (
            "#/cause/wrong_token_audience",
            Route::Reference(Some(RefEntry::Cause(CauseId::WrongTokenAudience))),
        ),
        ("#/cause/nonsense", Route::Reference(None)),
        (
            "#/aadsts/700016",
            Route::Reference(Some(RefEntry::Aadsts(700016))),
        ),
        (
            "#/aadsts/AADSTS7000215",
            Route::Reference(Some(RefEntry::Aadsts(7000215))),
        ),
        ("#/aadsts/x", Route::Reference(None)),
        (
            "#/text/A1%20NO%20AUTHENTICATE%20failed.",
            Route::Shared("A1 NO AUTHENTICATE failed.".into()),
        ),
        ("#embed", Route::Diagnose),
        (
            "#embed/cause/consent_missing",
            Route::Reference(Some(RefEntry::Cause(CauseId::ConsentMissing))),
        ),
        ("#whatever", Route::Diagnose),
    ];
    for (hash, want) in cases {
        assert_eq!(parse_route(hash), want, "{hash}");
    }
    for r in [
        Route::Diagnose,
        Route::Reference(None),
        Route::Reference(Some(RefEntry::Aadsts(50194))),
        Route::Shared(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled".into(),
        ),
        Route::Shared("ümlaut & #hash / slash %".into()),
    ] {
        assert_eq!(parse_route(&route_hash(&r)), r);
    }
}

#[test]
fn embed_detection() {
    for (search, hash, want) in [
        ("?embed", "", true),
        ("?lang=de&embed", "", true),
        ("?embed=1", "", true),
        ("", "#embed", true),
        ("", "#embed/cause/x", true),
        ("?embedded", "", false),
        ("", "#/reference", false),
    ] {
        assert_eq!(is_embed(search, hash), want, "{search} {hash}");
    }
}

#[test]
fn percent_decoding_is_lenient() {
    for (input, want) in [
        ("a%20b", "a b"),
        ("a+b", "a b"),
        ("%zz", "%zz"),
        ("%", "%"),
        ("%C3%BC", "ü"),
        ("%FF", "\u{fffd}"),
    ] {
        assert_eq!(percent_decode(input), want, "{input}");
    }
}

#[test]
fn changed_at_field_parses() {
    for (input, want) in [
        ("2024-01-10T16:49", Some(1_704_905_340)),
        ("2024-01-10T16:49:32Z", Some(1_704_905_372)),
        ("2024-01-10", Some(1_704_844_800)),
        ("", None),
        ("yesterday", None),
        ("2024-01-10T16:4ü", None),
    ] {
        assert_eq!(parse_changed_at(input), want, "{input}");
    }
}

#[test]
fn hint_inputs_become_hints() {
    let h = HintInputs {
        object_id: " ABC ".into(),
        mailbox: "".into(),
        changed_at: "2024-01-10T16:49".into(),
    };
    assert_eq!(
        h.hints(),
        Hints {
            object_id: Some("abc".into()),
            mailbox: None,
            changed_at: Some(1_704_905_340)
        }
    );
}

#[test]
fn reducer_edits_then_analyses() {
    let s = State::default().apply(Action::Edit("A1 NO AUTHENTICATE failed.".into()));
    assert!(s.pending());
    let s = s.apply(Action::Analyse { now: NOW });
    assert!(!s.pending());
    assert_eq!(s.now, NOW);
    let s = s.apply(Action::ToggleStep("x".into()));
    assert!(s.ticked.iter().any(|k| k == "x"));
    let s = s.apply(Action::ToggleStep("x".into()));
    assert!(!s.ticked.iter().any(|k| k == "x"));
    let s = s
        .apply(Action::ToggleStep("x".into()))
        .apply(Action::Edit("other".into()))
        .apply(Action::Analyse { now: NOW });
    assert!(s.ticked.is_empty(), "ticks belong to the old text");
}

#[test]
fn reducer_selects_and_toggles() {
    let s = State::default().apply(Action::Select(Some(0)));
    assert_eq!(s.selected, Some(0));
    let s = s.apply(Action::Select(Some(0)));
    assert_eq!(s.selected, None);
}

#[test]
fn reducer_loads_examples_and_shared_text() {
    for ex in EXAMPLES {
        let s = State::default().apply(Action::LoadExample {
            key: ex.key.into(),
            now: NOW,
        });
        assert_eq!(s.text, ex.text);
        assert!(!s.pending());
    }
    let s = State::default().apply(Action::LoadExample {
        key: "no-such".into(),
        now: NOW,
    });
    assert!(s.text.is_empty());
    let s = State::default().apply(Action::Navigate(Route::Shared("535 5.7.139".into())));
    assert_eq!(s.text, "535 5.7.139");
    assert_eq!(s.route, Route::Diagnose);
    assert!(!s.pending());
}

/// Switching the language keeps the analysis (it holds the script in both languages) and the
/// page shows the script in the new language: nothing is analysed again.
#[test]
fn switching_language_does_not_analyse_again() {
    let s = State::default()
        .apply(Action::Edit(
            "535 5.7.139 Authentication unsuccessful".into(),
        ))
        .apply(Action::Analyse { now: 1_742_472_000 });
    assert!(!s.analysis.findings.is_empty());
    let gen = s.job_gen;
    let before = s.analysis.clone();
    let de = s.apply(Action::SetLang(Lang::De));
    assert_eq!(de.lang, Lang::De);
    assert_eq!(de.job_gen, gen);
    assert!(before == de.analysis, "the analysis was replaced");
    assert_ne!(de.analysis.scripts.en, de.analysis.scripts.de);
    assert!(de.analysis.scripts.de.contains("Connect-ExchangeOnline"));
}

#[test]
fn reducer_language_and_theme() {
    let s = State::default()
        .apply(Action::SetLang(Lang::De))
        .apply(Action::SetTheme(Theme::Dark));
    assert_eq!((s.lang, s.theme), (Lang::De, Theme::Dark));
    for t in [Theme::System, Theme::Light, Theme::Dark] {
        assert_eq!(Theme::parse(t.code()), Some(t));
    }
}

fn status_of(a: &Analysis, link: ChainLink) -> LinkStatus {
    chain_status(a)
        .iter()
        .find(|(l, _)| *l == link)
        .map(|(_, s)| *s)
        .unwrap_or(LinkStatus::Unknown)
}

#[test]
fn chain_status_from_findings_and_evidence() {
    let a = sample();
    let cases = [
        (ChainLink::AppRegistration, LinkStatus::Works),
        (ChainLink::PermissionConsent, LinkStatus::Works),
        // Expired at the logged error: the token link is not shown to work.
        (ChainLink::Token, LinkStatus::Unknown),
        (ChainLink::ExchangeServicePrincipal, LinkStatus::Broken),
        (ChainLink::MailboxPermission, LinkStatus::Unknown),
        (ChainLink::Protocol, LinkStatus::Unknown),
        (ChainLink::Client, LinkStatus::Unknown),
    ];
    for (link, want) in cases {
        assert_eq!(status_of(&a, link), want, "{link:?}");
    }
}

#[test]
fn chain_status_low_confidence_is_suspect_and_evidence_beats_a_guess() {
    let mut a = sample();
    a.findings[0].confidence = 0.3;
    assert_eq!(
        status_of(&a, ChainLink::ExchangeServicePrincipal),
        LinkStatus::Suspect
    );
    a.artifacts.push(Artifact {
        id: 3,
        span: Span::new(0, 1),
        line: 3,
        log_time: None,
        repeats: None,
        kind: ArtifactKind::AuthenticatedNotConnected,
    });
    assert_eq!(
        status_of(&a, ChainLink::ExchangeServicePrincipal),
        LinkStatus::Works
    );
    a.findings[0].confidence = 0.9;
    assert_eq!(
        status_of(&a, ChainLink::ExchangeServicePrincipal),
        LinkStatus::Broken
    );
}

#[test]
fn chain_status_valid_token_and_graph_token() {
    let mut a = sample();
    a.findings.clear();
    if let ArtifactKind::Jwt(t) = &mut a.artifacts[0].kind {
        t.validity_at_log = Some(Validity::Valid { seconds_left: 600 });
    }
    assert_eq!(status_of(&a, ChainLink::Token), LinkStatus::Works);
    if let ArtifactKind::Jwt(t) = &mut a.artifacts[0].kind {
        t.api = Api::Graph;
    }
    assert_eq!(status_of(&a, ChainLink::Token), LinkStatus::Unknown);
    assert_eq!(
        status_of(&a, ChainLink::PermissionConsent),
        LinkStatus::Unknown
    );
    assert_eq!(status_of(&a, ChainLink::AppRegistration), LinkStatus::Works);
    assert!(chain_status(&Analysis::default())
        .iter()
        .all(|(_, s)| *s == LinkStatus::Unknown));
}

#[test]
fn segments_cover_the_text_and_skip_bad_spans() {
    let a = sample();
    let segs = segments(TEXT, &a, Some(0));
    let mut pos = 0;
    for g in &segs {
        assert_eq!(g.start, pos);
        pos = g.end;
    }
    assert_eq!(pos, TEXT.len());
    // Artifact 1 overlaps artifact 0 and is dropped; artifact 2 is selected.
    let marked: Vec<(Option<usize>, bool)> = segs
        .iter()
        .filter(|g| g.artifact.is_some())
        .map(|g| (g.artifact, g.selected))
        .collect();
    assert_eq!(marked, vec![(Some(0), true), (Some(2), true)]);
    let mut bad = sample();
    bad.artifacts[0].span = Span::new(5, 500);
    bad.artifacts[2].span = Span::new(90, 80);
    let segs = segments("ünïcode", &bad, None);
    assert_eq!(segs.len(), 1);
    assert_eq!((segs[0].start, segs[0].end), (0, "ünïcode".len()));
}

#[test]
fn reference_filter_matches_ids_titles_and_codes() {
    let (all_causes, all_codes) = filter_reference("");
    assert_eq!(all_causes.len(), exo_oauth_doctor::catalogue::CAUSES.len());
    assert_eq!(all_codes.len(), exo_oauth_doctor::catalogue::AADSTS.len());
    let (c, _) = filter_reference("service principal");
    assert!(c
        .iter()
        .any(|c| c.id == CauseId::ServicePrincipalNotRegisteredInExchange));
    let (c, _) = filter_reference("Dienstprinzipal");
    assert!(c
        .iter()
        .any(|c| c.id == CauseId::ServicePrincipalNotRegisteredInExchange));
    let (_, codes) = filter_reference("AADSTS7000215");
    assert!(codes.iter().any(|a| a.code == 7000215));
    let (c, codes) = filter_reference("zzzz-no-such-thing");
    assert!(c.is_empty() && codes.is_empty());
}

#[test]
fn long_texts_show_only_the_lines_with_evidence() {
    let mut text = String::new();
    for i in 1..=100 {
        if i == 50 {
            text.push_str("A01 NO AUTHENTICATE failed.\n");
        } else {
            text.push_str(&format!("* {i} OK noise\n"));
        }
    }
    let start = text.find("A01 NO").unwrap_or(0);
    let mut a = sample();
    a.artifacts.truncate(3);
    a.artifacts[0].span = Span::new(0, 0);
    a.artifacts[1].span = Span::new(0, 0);
    a.artifacts[2].span = Span::new(start, start + "A01 NO AUTHENTICATE failed.".len());
    let pieces = excerpt(&text, &segments(&text, &a, None));
    let shape: Vec<String> = pieces
        .iter()
        .map(|p| match p {
            Piece::Gap(n) => format!("gap {n}"),
            Piece::Cut(n) => format!("cut {n}"),
            Piece::Seg(g) => format!("{:?} {:?}", g.artifact, &text[g.start..g.end]),
        })
        .collect();
    assert_eq!(
        shape,
        vec![
            "gap 49".to_string(),
            "Some(2) \"A01 NO AUTHENTICATE failed.\"".into(),
            "None \"\\n\"".into(),
            "gap 50".into()
        ]
    );
    // Short texts stay whole.
    let short = "A01 NO AUTHENTICATE failed.\nx";
    let mut b = sample();
    b.artifacts.truncate(3);
    b.artifacts[0].span = Span::new(0, 0);
    b.artifacts[1].span = Span::new(0, 0);
    b.artifacts[2].span = Span::new(0, 27);
    let pieces = excerpt(short, &segments(short, &b, None));
    assert_eq!(pieces.len(), 2);
    assert!(pieces.iter().all(|p| matches!(p, Piece::Seg(_))));
}

/// An analysis of `n` lines `A01 NO AUTHENTICATE failed.`, one server reply each, the JWT of
/// `sample()` repeated `tokens` times, and one finding citing artifact `cited`.
fn repeated(n: usize, tokens: usize, cited: usize) -> (String, Analysis) {
    repeated_units("A01 NO AUTHENTICATE failed.\n", n, tokens, cited)
}

/// [`repeated`] with `unit` written `n` times, a server reply marked over each but its last
/// byte (its line break or blank).
fn repeated_units(unit: &str, n: usize, tokens: usize, cited: usize) -> (String, Analysis) {
    let text = unit.repeat(n);
    let lines = unit.ends_with('\n');
    let base = sample();
    let mut a = sample();
    a.artifacts.clear();
    for i in 0..n {
        let mut x = base.artifacts[2].clone();
        x.id = i;
        x.line = if lines { i + 1 } else { 1 };
        x.span = Span::new(i * unit.len(), i * unit.len() + unit.len() - 1);
        a.artifacts.push(x);
    }
    for i in 0..tokens {
        let mut x = base.artifacts[0].clone();
        x.id = n + i;
        x.span = Span::new(0, 0);
        a.artifacts.push(x);
    }
    a.findings[0].evidence.truncate(1);
    a.findings[0].evidence[0].artifact = cited;
    (text, a)
}

#[test]
fn long_logs_show_a_bounded_excerpt_with_the_selected_evidence() {
    use exo_oauth_doctor::ui::highlight::MAX_MARKED_LINES;
    // (lines, cited artifact, selected finding)
    let cases: [(usize, usize, Option<usize>); 3] =
        [(30, 5, None), (1000, 900, None), (1000, 900, Some(0))];
    for (n, cited, selected) in cases {
        let (text, a) = repeated(n, 0, cited);
        let pieces = excerpt(&text, &segments(&text, &a, selected));
        let marks: Vec<usize> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Seg(g) => g.artifact,
                Piece::Gap(_) | Piece::Cut(_) => None,
            })
            .collect();
        let gaps: usize = pieces
            .iter()
            .map(|p| match p {
                Piece::Gap(n) => *n,
                Piece::Seg(_) | Piece::Cut(_) => 0,
            })
            .sum();
        let want_marks = if n <= 40 {
            n
        } else {
            MAX_MARKED_LINES + usize::from(selected.is_some())
        };
        assert_eq!(marks.len(), want_marks, "{n} lines, {selected:?}");
        assert_eq!(marks.len() + gaps, n, "every line is shown or counted");
        assert_eq!(
            marks.contains(&cited),
            n <= 40 || selected.is_some(),
            "{n} lines, {selected:?}"
        );
    }
}

#[test]
fn repeated_tokens_get_a_handful_of_cards() {
    use exo_oauth_doctor::ui::highlight::{cards, MAX_CARDS};
    // (tokens, cited artifact, cards shown, left out)
    let cases: [(usize, usize, usize, usize); 3] = [
        (3, 10, 3, 0),
        (20, 10 + 15, MAX_CARDS, 20 - MAX_CARDS),
        (20, 10, MAX_CARDS, 20 - MAX_CARDS),
    ];
    for (tokens, cited, shown, left_out) in cases {
        let (_, a) = repeated(10, tokens, cited);
        let c = cards(&a);
        assert_eq!((c.shown.len(), c.left_out), (shown, left_out), "{tokens}");
        if cited >= 10 {
            assert!(c.shown.contains(&cited), "the cited token has a card");
        }
    }
}

#[test]
fn a_text_too_large_for_the_field_is_kept_but_not_shown_there() {
    // (text length, field rebuilt, field shows the text)
    let cases = [
        (10, false, true),
        (FIELD_LIMIT_BYTES, false, true),
        (FIELD_LIMIT_BYTES + 1, true, false),
    ];
    for (len, rebuilt, shown) in cases {
        let text = "x".repeat(len);
        let s = State::default().apply(Action::Edit(text.clone()));
        assert_eq!(s.text, text, "{len}: the state keeps the whole text");
        assert_eq!(s.text_rev != 0, rebuilt, "{len}");
        assert_eq!(field_text(&s.text) == text, shown, "{len}");
        assert!(s.pending(), "{len}: the analysis follows");
    }
}

#[test]
fn sizes_are_written_in_megabytes_per_language() {
    let cases = [
        (50_000_217, Lang::En, "50.0"),
        (1_250_000, Lang::De, "1,3"),
        (0, Lang::En, "0.0"),
    ];
    for (bytes, lang, want) in cases {
        assert_eq!(size_mb(bytes, lang), want, "{bytes}");
    }
}

#[test]
fn megabytes_on_one_line_show_a_bounded_excerpt() {
    use exo_oauth_doctor::ui::highlight::{CONTEXT_BYTES, MAX_SHOWN_MARKS};
    // One line of 40 000 replies (1.1 MB) with a reply marked in each, and 2 000 bytes of plain
    // text at the end; the cited reply is the last one.
    let phrase = "A01 NO AUTHENTICATE failed. ";
    let n = 40_000;
    let (replies, a) = repeated_units(phrase, n, 0, n - 1);
    let text = format!("{replies}{}", "x".repeat(2000));
    for selected in [None, Some(0)] {
        let pieces = excerpt(&text, &segments(&text, &a, selected));
        let marks: Vec<usize> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Seg(g) => g.artifact,
                _ => None,
            })
            .collect();
        let shown: usize = pieces
            .iter()
            .map(|p| match p {
                Piece::Seg(g) => g.end - g.start,
                _ => 0,
            })
            .sum();
        let cut: usize = pieces
            .iter()
            .map(|p| match p {
                Piece::Cut(c) => *c,
                _ => 0,
            })
            .sum();
        assert_eq!(
            marks.len(),
            MAX_SHOWN_MARKS + usize::from(selected.is_some()),
            "{selected:?}"
        );
        assert_eq!(marks.contains(&(n - 1)), selected.is_some());
        assert!(
            shown < (MAX_SHOWN_MARKS + 2) * phrase.len() + 4 * CONTEXT_BYTES,
            "{shown} bytes shown"
        );
        assert_eq!(
            shown + cut,
            text.len(),
            "every character is shown or counted (ASCII)"
        );
    }
}

#[test]
fn questions_show_their_command_and_take_its_output_in_both_languages() {
    for (lang, run, paste, copy) in [
        (
            Lang::En,
            "Run this and paste what it prints below",
            "Paste the output here",
            "Copy command",
        ),
        (
            Lang::De,
            "Führen Sie dies aus und fügen Sie die Ausgabe unten ein",
            "Ausgabe hier einfügen",
            "Befehl kopieren",
        ),
    ] {
        let html = render_results("A01 NO AUTHENTICATE failed.", sample(), lang, None);
        for needle in [
            run,
            paste,
            copy,
            "Get-ServicePrincipal -Identity &#x27;6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&#x27; | Format-List AppId,ObjectId,DisplayName",
            "id=\"q-output-object_id_passed\"",
        ] {
            assert!(html.contains(needle) || html.contains(&needle.replace("&#x27;", "'")), "{lang:?} lacks {needle}");
        }
    }
}

#[test]
fn pasted_output_is_appended_to_the_text_and_moves_the_verdict() {
    let failure = "S: A01 NO AUTHENTICATE failed.";
    let s = State::default()
        .apply(Action::Edit(failure.to_string()))
        .apply(Action::Analyse { now: NOW });
    let before = s
        .analysis
        .findings
        .iter()
        .find(|f| f.cause == CauseId::ProtocolDisabledOnMailbox)
        .map_or(0.0, |f| f.confidence);
    let s = s.apply(Action::AppendOutput {
        output: "ImapEnabled : False\nPopEnabled  : True\n\n".into(),
        now: NOW,
    });
    assert_eq!(
        &*s.text,
        "S: A01 NO AUTHENTICATE failed.\n\nImapEnabled : False\nPopEnabled  : True\n"
    );
    let top = s.analysis.findings.first().expect("a finding");
    assert_eq!(top.cause, CauseId::ProtocolDisabledOnMailbox);
    assert!(top.confidence > before);
    // An empty paste changes nothing.
    let again = s.clone().apply(Action::AppendOutput {
        output: " \n".into(),
        now: NOW,
    });
    assert_eq!(again.text, s.text);
}

/// A refusal repeated through the log is one artifact, and the evidence view marks it where it
/// first stands and where it repeats.
#[test]
fn repeated_evidence_is_marked_where_it_repeats() {
    let text = "2024-01-10 16:00:00 S: A1 NO AUTHENTICATE failed.\n".repeat(5);
    let a = exo_oauth_doctor::analyze(
        &text,
        &exo_oauth_doctor::Options {
            now: NOW,
            ..Default::default()
        },
    );
    let replies: Vec<_> = a
        .artifacts
        .iter()
        .filter(|x| matches!(x.kind, ArtifactKind::ServerReply(_)))
        .collect();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].repeats.as_ref().map(|r| r.count), Some(5));
    let html = render_results(&text, a, Lang::En, None);
    assert_eq!(
        html.matches("NO AUTHENTICATE failed.</mark>").count(),
        5,
        "{html}"
    );
}

/// Bidirectional overrides, zero-width and control characters from the paste never reach the
/// page as they are: the evidence view and the reasons show them as escapes, so a paste cannot
/// make the page read differently from what it holds.
#[test]
fn bidi_and_control_characters_from_the_paste_are_shown_as_escapes() {
    let text = "2024-01-10 16:00:00 S: A1 NO AUTHENTICATE failed. \u{202E}gnp.exe\u{202C} \u{200B}x\u{1b}[2J\n\
                2024-01-10 16:00:01 535 5.7.3 Authentication unsuccessful \u{2066}note\u{2069}\n";
    let a = exo_oauth_doctor::analyze(
        text,
        &exo_oauth_doctor::Options {
            now: NOW,
            ..Default::default()
        },
    );
    for lang in [Lang::En, Lang::De] {
        let html = render_results(text, a.clone(), lang, None);
        for c in [
            '\u{202E}', '\u{202C}', '\u{200B}', '\u{1b}', '\u{2066}', '\u{2069}',
        ] {
            assert!(!html.contains(c), "{:?} reached the page", c);
        }
        assert!(html.contains("\\u{202e}gnp.exe"), "{html}");
    }
}
