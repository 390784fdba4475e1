//! The diagnosis says only what the input supports: a token that is unsigned or comes from
//! another token service is not "a valid app-only Exchange Online token", and a reason about a
//! missing role names the role of the protocol that failed.

use base64::Engine;
use exo_oauth_doctor::{analyze, report, Analysis, CauseId, Lang, Options};

const NOW: i64 = 1_704_903_000;
const IMAP_REFUSAL: &str = "A01 NO AUTHENTICATE failed.";
const SMTP_REFUSAL: &str = "535 5.7.3 Authentication unsuccessful";
const POP_REFUSAL: &str = "-ERR Authentication failure: unknown user name or bad password.";

fn b64url(s: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s)
}

/// An app-only Exchange Online token with every mail role, valid at [`NOW`].
fn app_token(alg: &str, iss: &str) -> String {
    let header = b64url(&format!(r#"{{"typ":"JWT","alg":"{alg}"}}"#));
    let payload = b64url(&format!(
        r#"{{"aud":"https://outlook.office365.com","iss":"{iss}","tid":"72f988bf-86f1-41af-91ab-2d7cd011db47","appid":"a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c","oid":"0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0","idtyp":"app","roles":["IMAP.AccessAsApp","POP.AccessAsApp","SMTP.SendAsApp"],"iat":1704901772,"exp":1704905372}}"#
    ));
    let signature = if alg.eq_ignore_ascii_case("none") {
        ""
    } else {
        "c2lnbmF0dXJlLW5vdC1rZXB0"
    };
    format!("{header}.{payload}.{signature}")
}

const ENTRA_V1: &str = "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/";

fn run(text: &str) -> Analysis {
    analyze(
        text,
        &Options {
            now: NOW,
            ..Options::default()
        },
    )
}

fn with_refusal(token: &str, refusal: &str) -> Analysis {
    run(&format!("Authorization: Bearer {token}\n{refusal}\n"))
}

/// Every reason of every finding in `lang`.
fn reasons(a: &Analysis, lang: Lang) -> Vec<String> {
    a.findings
        .iter()
        .flat_map(|f| f.evidence.iter().map(move |e| e.why.get(lang).to_string()))
        .collect()
}

/// Whether `text` holds `word` as a word of its own (so "invalid" is not "valid").
fn has_word(text: &str, word: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w == word)
}

/// Asserts that nothing in the diagnosis calls the token valid or accepted.
fn assert_not_called_valid(a: &Analysis, case: &str) {
    for r in reasons(a, Lang::En) {
        assert!(!has_word(&r, "valid"), "{case}: {r}");
        assert!(!r.contains("accepted token"), "{case}: {r}");
        assert!(!r.contains("refusal comes from Exchange"), "{case}: {r}");
    }
    for r in reasons(a, Lang::De) {
        assert!(!has_word(&r, "gültiges"), "{case}: {r}");
        assert!(!r.contains("akzeptiertem Token"), "{case}: {r}");
        assert!(!r.contains("kommt also von Exchange"), "{case}: {r}");
    }
}

#[test]
fn unsigned_token_is_named_and_not_called_valid() {
    for alg in ["none", "None", "NONE"] {
        let a = with_refusal(&app_token(alg, ENTRA_V1), IMAP_REFUSAL);
        assert_not_called_valid(&a, alg);
        let top = a.findings.first().expect("a finding");
        assert_eq!(top.cause, CauseId::WrongEndpointOrCloud, "{alg}");
        assert!(top.confidence >= 0.75, "{alg}: {}", top.confidence);
        assert_eq!(top.evidence[0].claim.as_deref(), Some("alg"));
        let en = report::to_text(&a, Lang::En);
        assert!(en.contains("the token is unsigned"), "{en}");
        assert!(en.contains("Exchange Online refuses it"), "{en}");
        let de = report::to_text(&a, Lang::De);
        assert!(de.contains("das Token ist unsigniert"), "{de}");
        assert!(de.contains("Exchange Online lehnt es ab"), "{de}");
    }
}

#[test]
fn token_from_another_issuer_is_named_and_not_called_valid() {
    for iss in [
        "https://accounts.google.com",
        "accounts.google.com",
        "https://login.example.org/tenant/v2.0",
        "https://sts.windows.net.evil.example/72f988bf-86f1-41af-91ab-2d7cd011db47/",
    ] {
        let a = with_refusal(&app_token("RS256", iss), IMAP_REFUSAL);
        assert_not_called_valid(&a, iss);
        let top = a.findings.first().expect("a finding");
        assert_eq!(top.cause, CauseId::WrongEndpointOrCloud, "{iss}");
        assert_eq!(top.evidence[0].claim.as_deref(), Some("iss"));
        let en = report::to_text(&a, Lang::En);
        assert!(en.contains("not issued by Entra ID"), "{en}");
        assert!(en.contains(iss), "{en}");
        assert!(
            en.contains("accepts only tokens from Entra ID of the mailbox's tenant"),
            "{en}"
        );
        let de = report::to_text(&a, Lang::De);
        assert!(de.contains("nicht von Entra ID ausgestellt"), "{de}");
    }
}

#[test]
fn entra_issuers_of_every_cloud_are_not_questioned() {
    // The contrast to the tests above: the same token from Entra ID is what the reason says.
    for iss in [
        ENTRA_V1,
        "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        "https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        "https://sts.chinacloudapi.cn/72f988bf-86f1-41af-91ab-2d7cd011db47/",
        "https://login.partner.microsoftonline.cn/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        "https://login.chinacloudapi.cn/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        "https://sts.microsoftonline.de/72f988bf-86f1-41af-91ab-2d7cd011db47/",
        // A blanked-out issuer names no host: nothing to say about it.
        "https://***/",
    ] {
        let a = with_refusal(&app_token("RS256", iss), IMAP_REFUSAL);
        let en = reasons(&a, Lang::En).join("\n");
        assert!(
            !en.contains("not issued by Entra ID") && !en.contains("unsigned"),
            "{iss}: {en}"
        );
        assert!(
            en.contains("valid app-only Exchange Online token"),
            "{iss}: {en}"
        );
    }
    // And the untrusted ones do not get that reason.
    for (alg, iss) in [("none", ENTRA_V1), ("RS256", "https://accounts.google.com")] {
        let a = with_refusal(&app_token(alg, iss), IMAP_REFUSAL);
        let en = reasons(&a, Lang::En).join("\n");
        assert!(!en.contains("valid app-only"), "{alg} {iss}: {en}");
    }
}

#[cfg(feature = "ui")]
#[test]
fn untrusted_token_does_not_clear_the_token_link() {
    use exo_oauth_doctor::catalogue::ChainLink;
    use exo_oauth_doctor::ui::chain::{chain_status, LinkStatus};
    let status = |a: &Analysis, link: ChainLink| {
        chain_status(a)
            .iter()
            .find(|(l, _)| *l == link)
            .map(|(_, s)| *s)
            .expect("every link has a status")
    };
    // Only the token, no failure: the signed Entra token proves the token link.
    let trusted = run(&format!("Bearer {}\n", app_token("RS256", ENTRA_V1)));
    assert_eq!(status(&trusted, ChainLink::Token), LinkStatus::Works);
    for (alg, iss) in [("none", ENTRA_V1), ("RS256", "https://accounts.google.com")] {
        let a = run(&format!("Bearer {}\n", app_token(alg, iss)));
        for link in [
            ChainLink::AppRegistration,
            ChainLink::PermissionConsent,
            ChainLink::Token,
        ] {
            assert_ne!(status(&a, link), LinkStatus::Works, "{alg} {iss} {link:?}");
        }
    }
}

/// The reasons of the missing-role finding for a refusal without a token.
fn missing_role_reasons(refusal: &str, lang: Lang) -> String {
    let a = run(&format!("{refusal}\n"));
    let f = a
        .findings
        .iter()
        .find(|f| f.cause == CauseId::MissingAppRole)
        .unwrap_or_else(|| panic!("{refusal}: no missing-role finding"));
    f.evidence
        .iter()
        .map(|e| e.why.get(lang).to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn each_protocol_names_its_own_role() {
    for (refusal, own, others) in [
        (
            SMTP_REFUSAL,
            "SMTP.SendAsApp",
            ["IMAP.AccessAsApp", "POP.AccessAsApp"],
        ),
        (
            POP_REFUSAL,
            "POP.AccessAsApp",
            ["IMAP.AccessAsApp", "SMTP.SendAsApp"],
        ),
        (
            IMAP_REFUSAL,
            "IMAP.AccessAsApp",
            ["POP.AccessAsApp", "SMTP.SendAsApp"],
        ),
    ] {
        for lang in [Lang::En, Lang::De] {
            let r = missing_role_reasons(refusal, lang);
            assert!(r.contains(own), "{refusal} {lang:?}: {r}");
            for o in others {
                assert!(!r.contains(o), "{refusal} {lang:?} names {o}: {r}");
            }
        }
    }
}
