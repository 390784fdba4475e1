//! Constructed cases: unsigned test tokens built here, XOAUTH2 strings with every defect, and
//! one line per reply / error / URL shape the scanner must read.

use base64::engine::general_purpose::{STANDARD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use exo_oauth_doctor::evidence::*;
use exo_oauth_doctor::scan::{decode_jwt, scan};

const NOW: i64 = 1_704_905_372; // 2024-01-10T16:49:32Z
const SIG: &str = "U0lHTkFUVVJFLVNFQ1JFVC1ET05PVC1TSE9X";

fn jwt(payload: &str) -> String {
    let h = URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"RS256","kid":"abc"}"#);
    let p = URL_SAFE_NO_PAD.encode(payload);
    format!("{h}.{p}.{SIG}")
}

fn kinds(arts: &[Artifact]) -> Vec<&'static str> {
    arts.iter().map(|a| a.kind.name()).collect()
}

/// The log time of each server reply, in order.
fn reply_times(arts: &[Artifact]) -> Vec<Option<i64>> {
    arts.iter()
        .filter(|a| a.kind.name() == "server-reply")
        .map(|a| a.log_time)
        .collect()
}

fn first_jwt(arts: &[Artifact]) -> &JwtToken {
    arts.iter()
        .find_map(|a| match &a.kind {
            ArtifactKind::Jwt(j) => Some(j),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no jwt in {:?}", kinds(arts)))
}

fn xoauth(arts: &[Artifact]) -> &Xoauth2 {
    arts.iter()
        .find_map(|a| match &a.kind {
            ArtifactKind::Xoauth2(x) => Some(x),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no xoauth2 in {arts:?}"))
}

const APP_EXO: &str = r#"{"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/5e0a1d1e-0000-4000-8000-000000000001/","iat":1704900000,"nbf":1704900000,"exp":1704903600,"app_displayname":"Mailer","appid":"11111111-2222-3333-4444-555555555555","appidacr":"1","idtyp":"app","oid":"66666666-7777-8888-9999-000000000000","roles":["IMAP.AccessAsApp","SMTP.SendAsApp"],"sub":"66666666-7777-8888-9999-000000000000","tid":"5e0a1d1e-0000-4000-8000-000000000001","ver":"1.0","xms_tcdt":1600000000}"#;

#[test]
fn app_only_exchange_token_is_read_in_full() {
    let token = jwt(APP_EXO);
    let text = format!("2024-01-10T16:00:00Z sending token {token}\n");
    let arts = scan(&text, NOW);
    let j = first_jwt(&arts);
    assert_eq!(j.flavor, TokenFlavor::AppOnly);
    assert_eq!(j.api, Api::ExchangeOnline);
    assert_eq!(j.cloud, Some(Cloud::Global));
    assert!(!j.id_token);
    assert!(j.signature_present);
    assert_eq!(j.claims.roles, vec!["IMAP.AccessAsApp", "SMTP.SendAsApp"]);
    assert_eq!(
        j.claims.client_id(),
        Some("11111111-2222-3333-4444-555555555555")
    );
    assert_eq!(j.claims.client_auth.as_deref(), Some("1"));
    assert_eq!(
        j.validity_now,
        Validity::Expired {
            seconds_ago: NOW - 1_704_903_600
        }
    );
    // The line says 16:00:00, when the token was still valid.
    assert_eq!(
        j.validity_at_log,
        Some(Validity::Valid {
            seconds_left: 1_704_903_600 - 1_704_902_400
        })
    );
    // Every claim is kept in order, unknown ones included.
    let names: Vec<&str> = j.payload.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names.first(), Some(&"aud"));
    assert_eq!(names.last(), Some(&"xms_tcdt"));
    assert_eq!(
        j.header.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        vec!["typ", "alg", "kid"]
    );
    let span = arts
        .iter()
        .find(|a| a.kind.name() == "jwt")
        .map(|a| a.span)
        .unwrap_or_default();
    assert_eq!(&text[span.start..span.end], token);
    let json = serde_json::to_string(&arts).unwrap_or_default();
    assert!(!json.contains(SIG), "signature leaked");
}

#[test]
fn flavor_table() {
    let rows: &[(&str, TokenFlavor)] = &[
        (
            r#"{"aud":"https://graph.microsoft.com","scp":"Mail.Read User.Read","upn":"a@b.com"}"#,
            TokenFlavor::Delegated,
        ),
        (
            r#"{"aud":"https://outlook.office.com","roles":["IMAP.AccessAsApp"]}"#,
            TokenFlavor::AppOnly,
        ),
        (
            r#"{"aud":"https://outlook.office.com","roles":["X"],"upn":"a@b.com"}"#,
            TokenFlavor::Delegated,
        ),
        (
            r#"{"aud":"https://outlook.office.com","idtyp":"app","scp":"x"}"#,
            TokenFlavor::AppOnly,
        ),
        (
            r#"{"aud":"https://outlook.office.com","appid":"1","appidacr":"1","oid":"o","sub":"o"}"#,
            TokenFlavor::AppOnly,
        ),
        (
            r#"{"aud":"https://outlook.office.com"}"#,
            TokenFlavor::Unknown,
        ),
    ];
    for (payload, want) in rows {
        let arts = scan(&jwt(payload), NOW);
        assert_eq!(first_jwt(&arts).flavor, *want, "{payload}");
    }
}

#[test]
fn audience_table() {
    let rows: &[(&str, Api, Option<Cloud>)] = &[
        (
            "https://outlook.office365.com",
            Api::ExchangeOnline,
            Some(Cloud::Global),
        ),
        (
            "https://outlook.office365.com/",
            Api::ExchangeOnline,
            Some(Cloud::Global),
        ),
        (
            "https://outlook.office.com",
            Api::ExchangeOnline,
            Some(Cloud::Global),
        ),
        (
            "https://ps.outlook.com",
            Api::ExchangeOnline,
            Some(Cloud::Global),
        ),
        (
            "00000002-0000-0ff1-ce00-000000000000",
            Api::ExchangeOnline,
            None,
        ),
        (
            "https://outlook.office365.us",
            Api::ExchangeOnline,
            Some(Cloud::UsGovGccHigh),
        ),
        (
            "https://webmail.apps.mil/",
            Api::ExchangeOnline,
            Some(Cloud::UsGovDod),
        ),
        (
            "https://partner.outlook.cn",
            Api::ExchangeOnline,
            Some(Cloud::China),
        ),
        (
            "https://graph.microsoft.com",
            Api::Graph,
            Some(Cloud::Global),
        ),
        (
            "https://graph.microsoft.com/",
            Api::Graph,
            Some(Cloud::Global),
        ),
        ("00000003-0000-0000-c000-000000000000", Api::Graph, None),
        (
            "https://graph.microsoft.us",
            Api::Graph,
            Some(Cloud::UsGovGccHigh),
        ),
        (
            "https://microsoftgraph.chinacloudapi.cn",
            Api::Graph,
            Some(Cloud::China),
        ),
        ("api://my-api", Api::Other, None),
    ];
    for (aud, api, cloud) in rows {
        let arts = scan(&jwt(&format!(r#"{{"aud":"{aud}","scp":"x"}}"#)), NOW);
        let j = first_jwt(&arts);
        assert_eq!(j.api, *api, "{aud}");
        assert_eq!(j.cloud, *cloud, "{aud}");
    }
}

#[test]
fn issuer_names_the_cloud() {
    let rows: &[(&str, Cloud)] = &[
        ("https://sts.windows.net/t/", Cloud::Global),
        ("https://login.microsoftonline.com/t/v2.0", Cloud::Global),
        (
            "https://login.microsoftonline.us/t/v2.0",
            Cloud::UsGovGccHigh,
        ),
        ("https://sts.chinacloudapi.cn/t/", Cloud::China),
        (
            "https://login.partner.microsoftonline.cn/t/v2.0",
            Cloud::China,
        ),
        ("https://login.microsoftonline.de/t/", Cloud::Germany),
    ];
    for (iss, cloud) in rows {
        let arts = scan(&jwt(&format!(r#"{{"aud":"api://x","iss":"{iss}"}}"#)), NOW);
        assert_eq!(first_jwt(&arts).cloud, Some(*cloud), "{iss}");
    }
}

#[test]
fn id_tokens_are_recognised() {
    let p = r#"{"aud":"9e5f94bc-e8a4-4e73-b8be-63364c29d753","iss":"https://login.microsoftonline.com/t/v2.0","nonce":"n","preferred_username":"a@b.com","exp":1}"#;
    let arts = scan(&jwt(p), NOW);
    let j = first_jwt(&arts);
    assert!(j.id_token);
    assert_eq!(j.api, Api::Other);
    assert_eq!(
        j.validity_now,
        Validity::Expired {
            seconds_ago: NOW - 1
        }
    );
}

#[test]
fn validity_table() {
    let rows: &[(&str, Validity)] = &[
        (
            r#"{"exp":1704905400}"#,
            Validity::Valid { seconds_left: 28 },
        ),
        (
            r#"{"exp":1704905372}"#,
            Validity::Expired { seconds_ago: 0 },
        ),
        (
            r#"{"nbf":1704905400,"exp":1704909000}"#,
            Validity::NotYetValid { seconds_early: 28 },
        ),
        (r#"{"aud":"x"}"#, Validity::NoExpiry),
    ];
    for (p, want) in rows {
        assert_eq!(first_jwt(&scan(&jwt(p), NOW)).validity_now, *want, "{p}");
    }
}

#[test]
fn tokens_are_found_in_every_wrapping() {
    let token = jwt(APP_EXO);
    let wrapped: String = token
        .as_bytes()
        .chunks(64)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n");
    let rows = [
        format!("Authorization: Bearer {token}"),
        format!("{{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"{token}\"}}"),
        format!("GET /x?access_token={token}&foo=bar"),
        format!("token = '{token}'."),
        format!("token:\n{wrapped}\nnext line"),
        format!("&quot;access_token&quot;:&quot;{token}&quot;"),
        format!("{{\\\"access_token\\\":\\\"{token}\\\"}}"),
    ];
    for text in &rows {
        let arts = scan(text, NOW);
        let j = first_jwt(&arts);
        assert_eq!(j.api, Api::ExchangeOnline, "{text}");
        assert!(
            !arts.iter().any(|a| a.kind.name() == "decode-failure"),
            "{text}: {:?}",
            kinds(&arts)
        );
        let a = arts
            .iter()
            .find(|a| a.kind.name() == "jwt")
            .map(|a| a.span)
            .unwrap_or_default();
        let got = &text[a.start..a.end];
        assert!(
            got.starts_with("eyJ") && got.ends_with(&SIG[SIG.len() - 4..]),
            "{text}: {got}"
        );
        assert!(!serde_json::to_string(&arts)
            .unwrap_or_default()
            .contains(SIG));
    }
}

#[test]
fn padded_segments_decode_with_a_warning() {
    let h = URL_SAFE.encode(r#"{"alg":"none"}"#);
    let p =
        URL_SAFE.encode(r#"{"aud":"https://outlook.office.com","scp":"IMAP.AccessAsUser.All"}"#);
    let arts = scan(&format!("{h}.{p}.x"), NOW);
    let j = first_jwt(&arts);
    assert_eq!(
        j.claims.scp,
        Some(vec!["IMAP.AccessAsUser.All".to_string()])
    );
}

#[test]
fn truncated_token_decodes_what_it_can() {
    let token = jwt(APP_EXO);
    let cut = &token[..token.find('.').unwrap_or(0) + 200];
    let arts = scan(&format!("Bearer {cut}"), NOW);
    let j = first_jwt(&arts);
    assert_eq!(
        j.claims.aud.as_deref(),
        Some("https://outlook.office365.com")
    );
    assert!(!j.warnings.is_empty());
    let f = arts.iter().find_map(|a| match &a.kind {
        ArtifactKind::DecodeFailure(f) => Some(f),
        _ => None,
    });
    let f = f.unwrap_or_else(|| panic!("no failure: {:?}", kinds(&arts)));
    assert_eq!(f.segment, "payload");
    assert!(f.reason.to_string().contains("cut off"), "{}", f.reason);
}

#[test]
fn broken_segments_are_reported_with_place() {
    let h = URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256"}"#);
    let rows = [
        (format!("{h}.eyJhdWQiOiJ4I*n0.sig"), "payload"),
        (format!("{h}.bm90IGpzb24.sig"), "payload"),
        (
            format!(
                "eyJub3QganNvbg.{}.sig",
                URL_SAFE_NO_PAD.encode(r#"{"aud":"x"}"#)
            ),
            "header",
        ),
    ];
    for (text, seg) in &rows {
        let arts = scan(text, NOW);
        let f = arts
            .iter()
            .find_map(|a| match &a.kind {
                ArtifactKind::DecodeFailure(f) => Some(f.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{text}: {:?}", kinds(&arts)));
        assert_eq!(f.what, "jwt");
        assert_eq!(f.segment, *seg, "{text}");
        assert!(f.offset <= text.len());
        assert!(!f.reason.to_string().is_empty());
    }
    // Header-only: cut before the payload.
    let arts = scan(&format!("Bearer {h}"), NOW);
    assert!(
        kinds(&arts).contains(&"decode-failure"),
        "{:?}",
        kinds(&arts)
    );
    // decode_jwt reports the reason.
    assert!(decode_jwt("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.x", 0, NOW).is_err());
    assert!(decode_jwt(&jwt(APP_EXO), 0, NOW).is_ok());
}

#[test]
fn opaque_token_in_literal_xoauth2_text() {
    let arts = scan(
        "user=a@b.com^Aauth=Bearer EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA^A^A",
        NOW,
    );
    let x = xoauth(&arts);
    assert!(
        x.defects.contains(&XoauthDefect::LiteralSeparatorText),
        "{:?}",
        x.defects
    );
    assert_eq!(x.user.as_deref(), Some("a@b.com"));
    assert!(kinds(&arts).contains(&"opaque-token"), "{:?}", kinds(&arts));
}

#[test]
fn encrypted_and_opaque_tokens_are_named() {
    let jwe = format!(
        "{}.a.b.c.d",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"RSA-OAEP","enc":"A256GCM"}"#)
    );
    let arts = scan(&format!("Bearer {jwe}"), NOW);
    assert_eq!(kinds(&arts), vec!["encrypted-token"]);
    let arts = scan(
        "Authorization: Bearer EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA",
        NOW,
    );
    match &arts
        .iter()
        .find(|a| a.kind.name() == "opaque-token")
        .map(|a| &a.kind)
    {
        Some(ArtifactKind::OpaqueToken { length, prefix }) => {
            assert_eq!(*length, 40);
            assert!(prefix.len() < 20 && prefix.starts_with("EwB"));
        }
        other => panic!("{other:?}"),
    }
    assert!(!serde_json::to_string(&arts)
        .unwrap_or_default()
        .contains("EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA"));
}

// ----- XOAUTH2 -------------------------------------------------------------------------------

#[test]
fn documented_xoauth2_vector() {
    let text = "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==";
    let arts = scan(text, NOW);
    let x = xoauth(&arts);
    assert_eq!(x.user.as_deref(), Some("test@contoso.onmicrosoft.com"));
    assert_eq!(x.command, None);
    assert_eq!(x.scheme.as_deref(), Some("Bearer"));
    assert_eq!(x.defects, vec![XoauthDefect::TokenNotJwt]);
    let nested = x
        .token_artifact
        .and_then(|i| arts.get(i))
        .map(|a| a.kind.name());
    assert_eq!(nested, Some("opaque-token"));
}

fn blob(raw: &str) -> String {
    STANDARD.encode(raw)
}

#[test]
fn xoauth2_with_jwt_links_the_token() {
    let token = jwt(APP_EXO);
    let b = blob(&format!(
        "user=shared@contoso.com\x01auth=Bearer {token}\x01\x01"
    ));
    let text = format!("C: A01 AUTHENTICATE XOAUTH2 {b}\r\nS: A01 NO AUTHENTICATE failed.\r\n");
    let arts = scan(&text, NOW);
    let x = xoauth(&arts);
    assert_eq!(x.command.as_deref(), Some("AUTHENTICATE XOAUTH2"));
    assert_eq!(x.protocol, Some(Protocol::Imap));
    assert!(x.defects.is_empty(), "{:?}", x.defects);
    let id = x.token_artifact.unwrap_or(usize::MAX);
    assert!(matches!(
        arts.get(id).map(|a| &a.kind),
        Some(ArtifactKind::Jwt(_))
    ));
    assert!(
        x.visible.contains("^Aauth=Bearer eyJ") && x.visible.ends_with("[signature removed]^A^A"),
        "{}",
        x.visible
    );
    assert!(!serde_json::to_string(&arts)
        .unwrap_or_default()
        .contains(SIG));
    assert!(kinds(&arts).contains(&"server-reply"));
}

/// A URL-safe encoded XOAUTH2 string that really contains `-` or `_`.
fn url_safe_blob(token: &str) -> String {
    (0..64)
        .map(|n| {
            URL_SAFE.encode(format!(
                "user=a@contoso.com\x01auth=Bearer {token}{}\x01\x01",
                "?>".repeat(n)
            ))
        })
        .find(|b| b.contains(['-', '_']))
        .unwrap_or_default()
}

#[test]
fn xoauth2_defect_table() {
    let token = jwt(APP_EXO);
    let good = format!("user=a@contoso.com\x01auth=Bearer {token}\x01\x01");
    let rows: Vec<(String, Vec<XoauthDefect>)> = vec![
        (blob(&good), vec![]),
        (
            blob(&format!("user=a@contoso.com auth=Bearer {token}")),
            vec![XoauthDefect::MissingSeparator],
        ),
        (
            blob(&format!("user=a@contoso.com^Aauth=Bearer {token}^A^A")),
            vec![
                XoauthDefect::MissingSeparator,
                XoauthDefect::LiteralSeparatorText,
            ],
        ),
        (
            blob(&format!("user=a@contoso.com\nauth=Bearer {token}\n\n")),
            vec![
                XoauthDefect::MissingSeparator,
                XoauthDefect::NewlineSeparator,
            ],
        ),
        (
            blob(&format!("user=a@contoso.com\x01auth={token}\x01\x01")),
            vec![XoauthDefect::MissingBearer],
        ),
        (
            blob(&format!("user=a@contoso.com\x01auth=Bearer {token}")),
            vec![XoauthDefect::MissingTrailer],
        ),
        (
            blob(&format!(
                "user=a@contoso.com\x01auth=Bearer {token}\x01\x01junk"
            )),
            vec![XoauthDefect::TrailingJunk],
        ),
        (blob(&blob(&good)), vec![XoauthDefect::DoubleBase64]),
        (url_safe_blob(&token), vec![XoauthDefect::UrlSafeAlphabet]),
        (
            blob(&good)
                .as_bytes()
                .chunks(76)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join("\n"),
            vec![XoauthDefect::LineBreaks],
        ),
        (
            format!("{}Zm9v", blob(&good)),
            vec![XoauthDefect::TrailingJunk],
        ),
    ];
    for (b, want) in &rows {
        let text = format!("AUTH XOAUTH2 {b}");
        let arts = scan(&text, NOW);
        let x = xoauth(&arts);
        for d in want {
            assert!(
                x.defects.contains(d),
                "{b}: want {d:?}, got {:?}",
                x.defects
            );
        }
        if want.is_empty() {
            assert!(x.defects.is_empty(), "{:?}", x.defects);
        }
        assert!(
            x.user.as_deref() == Some("a@contoso.com"),
            "{b}: {:?}",
            x.user
        );
    }
    // Missing user.
    let arts = scan(
        &format!(
            "AUTH XOAUTH2 {}",
            blob(&format!("auth=Bearer {token}\x01\x01"))
        ),
        NOW,
    );
    assert!(xoauth(&arts).defects.contains(&XoauthDefect::MissingUser));
}

#[test]
fn xoauth2_after_continuation() {
    let b =
        blob("user=a@contoso.com\x01auth=Bearer EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA\x01\x01");
    let rows = [
        (format!("C: AUTH XOAUTH2\r\nS: 334 \r\nC: {b}\r\nS: 535 5.7.3 Authentication unsuccessful"), "AUTH XOAUTH2", Protocol::Smtp),
        (format!("connecting to outlook.office365.com:995\nAUTH XOAUTH2\n+\n{b}\n-ERR Authentication failure: unknown user name or bad password."), "AUTH XOAUTH2", Protocol::Pop),
        (format!("A1 AUTHENTICATE XOAUTH2\n+ \n{b}\nA1 NO AUTHENTICATE failed."), "AUTHENTICATE XOAUTH2", Protocol::Imap),
    ];
    for (text, cmd, proto) in &rows {
        let arts = scan(text, NOW);
        let x = xoauth(&arts);
        assert_eq!(x.command.as_deref(), Some(*cmd), "{text}");
        assert_eq!(x.protocol, Some(*proto), "{text}");
        assert_eq!(x.user.as_deref(), Some("a@contoso.com"));
    }
}

#[test]
fn undecodable_blob_after_command_is_a_failure() {
    let arts = scan("AUTH XOAUTH2 aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgeG9hdXRo", NOW);
    let f = arts.iter().find_map(|a| match &a.kind {
        ArtifactKind::DecodeFailure(f) => Some(f),
        _ => None,
    });
    assert!(
        f.is_some_and(|f| f.what == "xoauth2" && f.reason.to_string().contains("hello world")),
        "{arts:?}"
    );
}

#[test]
fn sasl_error_challenge() {
    let c = STANDARD
        .encode(r#"{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}"#);
    let arts = scan(&format!("S: + {c}"), NOW);
    assert!(arts.iter().any(|a| matches!(&a.kind, ArtifactKind::SaslErrorChallenge { status, scope } if status == "400" && scope.as_deref() == Some("https://mail.google.com/"))), "{arts:?}");
}

// ----- replies --------------------------------------------------------------------------------

#[test]
fn server_reply_table() {
    type Row = (
        &'static str,
        Protocol,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
    );
    let rows: &[Row] = &[
        ("A01 NO AUTHENTICATE failed.", Protocol::Imap, "A01", Some("NO"), None),
        ("MBN00000002 NO AUTHENTICATE failed.", Protocol::Imap, "MBN00000002", Some("NO"), None),
        ("a3 BAD User is authenticated but not connected.", Protocol::Imap, "a3", Some("BAD"), None),
        ("A01 OK AUTHENTICATE completed.", Protocol::Imap, "A01", Some("OK"), None),
        ("b'A01 NO AUTHENTICATE failed.\\r\\n'", Protocol::Imap, "A01", Some("NO"), None),
        ("535 5.7.3 Authentication unsuccessful [AM0PR.eurprd02.prod.outlook.com]", Protocol::Smtp, "535", None, Some("5.7.3")),
        ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.", Protocol::Smtp, "535", None, Some("5.7.139")),
        ("530 5.7.57 Client not authenticated to send mail.", Protocol::Smtp, "530", None, Some("5.7.57")),
        ("554 5.2.252 SendAsDenied; a@b.com not allowed to send as c@b.com", Protocol::Smtp, "554", None, Some("5.2.252")),
        ("550 5.7.30 Basic authentication is not supported for Client Submission.", Protocol::Smtp, "550", None, Some("5.7.30")),
        ("S: 535-5.7.139 Authentication unsuccessful", Protocol::Smtp, "535", None, Some("5.7.139")),
        ("-ERR Authentication failure: unknown user name or bad password.", Protocol::Pop, "-ERR", None, None),
    ];
    for (line, proto, code, status, enh) in rows {
        let arts = scan(line, NOW);
        let r = arts
            .iter()
            .find_map(|a| match &a.kind {
                ArtifactKind::ServerReply(r) => Some(r),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{line}: {:?}", kinds(&arts)));
        assert_eq!((r.protocol, r.code.as_str()), (*proto, *code), "{line}");
        assert_eq!(r.status.as_deref(), *status, "{line}");
        assert_eq!(r.enhanced.as_deref(), *enh, "{line}");
        assert!(!r.text.is_empty());
    }
}

#[test]
fn special_replies() {
    let arts = scan(
        "430 4.2.0 STOREDRV; mailbox logon failure; Cannot open mailbox",
        NOW,
    );
    assert!(
        kinds(&arts).contains(&"mailbox-logon-failure"),
        "{:?}",
        kinds(&arts)
    );
    let arts = scan(
        "A1 NO AuthFailed:LogonDenied-None-OAuthLog:AppId=x User: svc@contoso.com",
        NOW,
    );
    assert!(arts.iter().any(|a| matches!(&a.kind, ArtifactKind::LogonDenied { user: Some(u), detail } if u == "svc@contoso.com" && detail.starts_with("AuthFailed:LogonDenied"))), "{arts:?}");
    let arts = scan("* BAD User is authenticated but not connected.", NOW);
    assert!(kinds(&arts).contains(&"authenticated-not-connected"));
}

// ----- Entra ----------------------------------------------------------------------------------

#[test]
fn aadsts_with_fields() {
    let text = "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\\r\\nTrace ID: 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b\\r\\nCorrelation ID: 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d\\r\\nTimestamp: 2024-01-10 16:49:32Z\",\"error_codes\":[7000215],\"timestamp\":\"2024-01-10 16:49:32Z\"}";
    let arts = scan(text, NOW);
    let e = arts
        .iter()
        .find_map(|a| match &a.kind {
            ArtifactKind::Aadsts(e) => Some(e),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{:?}", kinds(&arts)));
    assert_eq!(e.code, 7000215);
    assert_eq!(e.message, "Invalid client secret provided.");
    assert_eq!(
        e.trace_id.as_deref(),
        Some("0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b")
    );
    assert_eq!(
        e.correlation_id.as_deref(),
        Some("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d")
    );
    assert_eq!(e.timestamp, Some(NOW));
    let te = arts.iter().find_map(|a| match &a.kind {
        ArtifactKind::TokenError(t) => Some(t),
        _ => None,
    });
    let te = te.unwrap_or_else(|| panic!("{:?}", kinds(&arts)));
    assert_eq!(te.error, "invalid_client");
    assert_eq!(te.codes, vec![7000215]);
    assert!(te
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("AADSTS7000215")));
}

#[test]
fn token_success_body() {
    let arts = scan(
        r#"{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"<redacted>"}"#,
        NOW,
    );
    assert!(
        arts.iter().any(|a| matches!(
            a.kind,
            ArtifactKind::TokenResponse {
                expires_in: Some(3599),
                ..
            }
        )),
        "{arts:?}"
    );
}

#[test]
fn endpoint_url_table() {
    type Row = (
        &'static str,
        &'static str,
        Option<Cloud>,
        TenantSegment,
        bool,
        &'static str,
    );
    let rows: &[Row] = &[
        ("https://login.microsoftonline.com/common/oauth2/v2.0/token", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Common, true, "token"),
        ("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?x=1", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Organizations, true, "authorize"),
        ("https://login.microsoftonline.com/consumers/oauth2/v2.0/devicecode", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Consumers, true, "devicecode"),
        ("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Domain("contoso.onmicrosoft.com".into()), false, "token"),
        ("https://login.microsoftonline.us/5E0A1D1E-0000-4000-8000-000000000001/oauth2/v2.0/token", "login.microsoftonline.us", Some(Cloud::UsGovGccHigh), TenantSegment::Id("5e0a1d1e-0000-4000-8000-000000000001".into()), true, "token"),
        ("https://login.partner.microsoftonline.cn/t.partner.onmschina.cn/oauth2/v2.0/token", "login.partner.microsoftonline.cn", Some(Cloud::China), TenantSegment::Domain("t.partner.onmschina.cn".into()), true, "token"),
        ("https://login.chinacloudapi.cn/common/oauth2/token", "login.chinacloudapi.cn", Some(Cloud::China), TenantSegment::Common, false, "token"),
        ("https://login.microsoftonline.de/common/oauth2/token", "login.microsoftonline.de", Some(Cloud::Germany), TenantSegment::Common, false, "token"),
        ("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Invalid("{tenant}".into()), true, "token"),
        ("https://login.microsoftonline.com/%7Btenant_id%7D/oauth2/v2.0/token", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Invalid("{tenant_id}".into()), true, "token"),
        ("https://login.microsoftonline.com/t-id/v2.0/adminconsent", "login.microsoftonline.com", Some(Cloud::Global), TenantSegment::Invalid("t-id".into()), true, "adminconsent"),
    ];
    for (url, host, cloud, tenant, v2, kind) in rows {
        let text = format!("token_url = {url}\n");
        let arts = scan(&text, NOW);
        let e = arts
            .iter()
            .find_map(|a| match &a.kind {
                ArtifactKind::EndpointUrl(e) => Some((e, a.span)),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{url}: {:?}", kinds(&arts)));
        assert_eq!(e.0.host, *host, "{url}");
        assert_eq!(e.0.cloud, *cloud, "{url}");
        assert_eq!(e.0.tenant, *tenant, "{url}");
        assert_eq!((e.0.v2, e.0.path_kind.as_str()), (*v2, *kind), "{url}");
        assert!(
            text[e.1.start..e.1.end].starts_with("https://login."),
            "{url}"
        );
    }
}

#[test]
fn scope_table() {
    let rows: &[(&str, &[&str], bool)] = &[
        (
            "scope=https%3A%2F%2Foutlook.office365.com%2F.default&grant_type=client_credentials",
            &["https://outlook.office365.com/.default"],
            false,
        ),
        (
            "scope=https://outlook.office.com/IMAP.AccessAsUser.All%20offline_access",
            &[
                "https://outlook.office.com/IMAP.AccessAsUser.All",
                "offline_access",
            ],
            false,
        ),
        (
            "scope=openid+https://graph.microsoft.com/Mail.Read",
            &["openid", "https://graph.microsoft.com/Mail.Read"],
            false,
        ),
        (
            "resource=https%3A%2F%2Foutlook.office365.com",
            &["https://outlook.office365.com"],
            true,
        ),
        (
            r#"{"scope":"https://outlook.office365.com/.default"}"#,
            &["https://outlook.office365.com/.default"],
            false,
        ),
        (
            r#"scopes=["https://outlook.office365.com/.default"]"#,
            &["https://outlook.office365.com/.default"],
            false,
        ),
    ];
    for (text, want, resource) in rows {
        let arts = scan(text, NOW);
        let s = arts
            .iter()
            .find_map(|a| match &a.kind {
                ArtifactKind::Scope(s) => Some(s),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{text}: {:?}", kinds(&arts)));
        assert_eq!(
            s.scopes,
            want.iter().map(|x| x.to_string()).collect::<Vec<_>>(),
            "{text}"
        );
        assert_eq!(s.resource_param, *resource, "{text}");
    }
}

#[test]
fn client_secret_values_never_appear() {
    let secret = "Qx8Q~abcdefGHIJKLmnopQRSTuvwxYZ0123456789";
    let rows = [
        format!("client_id=x&client_secret={secret}&grant_type=client_credentials"),
        format!("{{\"client_id\":\"x\",\"client_secret\":\"{secret}\"}}"),
        format!("client_secret = \"{secret}\""),
        format!("CLIENT_SECRET: {secret}"),
        format!("$cred = -ClientSecret '{secret}'"),
    ];
    for text in &rows {
        let arts = scan(text, NOW);
        let json = serde_json::to_string(&arts).unwrap_or_default();
        assert!(
            !json.contains(secret) && !json.contains("abcdefGHIJ"),
            "{text}: {json}"
        );
        assert!(
            arts.iter().any(|a| matches!(&a.kind, ArtifactKind::ClientSecret { masked, guid_shaped: false } if masked == "Qx8…")),
            "{text}: {json}"
        );
    }
    let arts = scan("client_secret=0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b", NOW);
    assert!(
        arts.iter().any(|a| matches!(
            a.kind,
            ArtifactKind::ClientSecret {
                guid_shaped: true,
                ..
            }
        )),
        "{arts:?}"
    );
}

// ----- PowerShell, clients, network -----------------------------------------------------------

#[test]
fn a_command_continued_over_lines_leaves_the_rest_of_its_first_line_readable() {
    // With or without a continuation line, the GUID and the error after the parameters are
    // read; the continued line belongs to the command.
    let first = "New-ServicePrincipal -AppId 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b AADSTS7000215: Invalid client secret provided. `";
    for text in [
        first.to_string(),
        format!("{first}\n  -ServiceId 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0\n"),
    ] {
        let arts = scan(&text, NOW);
        let names = kinds(&arts);
        assert!(names.contains(&"aadsts"), "{text}: {names:?}");
        assert!(names.contains(&"ps-command"), "{text}: {names:?}");
        let guids: Vec<&str> = arts
            .iter()
            .filter_map(|a| match &a.kind {
                ArtifactKind::Guid { value, .. } => Some(value.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(guids, ["6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"], "{text}");
    }
    let arts = scan(&format!("{first}\n  -ServiceId x\n"), NOW);
    let params = arts
        .iter()
        .find_map(|a| match &a.kind {
            ArtifactKind::PsCommand(c) => Some(c.params.clone()),
            _ => None,
        })
        .unwrap_or_default();
    assert!(
        params
            .iter()
            .any(|(n, v)| n == "ServiceId" && v.as_deref() == Some("x")),
        "{params:?}"
    );
}

#[test]
fn powershell_commands() {
    let text = "PS C:\\> New-ServicePrincipal -AppId 11111111-2222-3333-4444-555555555555 -ObjectId \"66666666-7777-8888-9999-000000000000\" -DisplayName 'Mail app'\n\
                PS C:\\> Add-MailboxPermission -Identity shared@contoso.com -User 66666666-7777-8888-9999-000000000000 -AccessRights FullAccess\n\
                Set-CASMailbox -Identity a@contoso.com -SmtpClientAuthenticationDisabled:$false\n\
                New-ServicePrincipal -AppId x `\n  -ServiceId y\n";
    let arts = scan(text, NOW);
    let cmds: Vec<&PsCommand> = arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::PsCommand(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(cmds.len(), 4, "{cmds:?}");
    assert_eq!(cmds[0].cmdlet, "New-ServicePrincipal");
    assert_eq!(
        cmds[0].params,
        vec![
            (
                "AppId".to_string(),
                Some("11111111-2222-3333-4444-555555555555".to_string())
            ),
            (
                "ObjectId".to_string(),
                Some("66666666-7777-8888-9999-000000000000".to_string())
            ),
            ("DisplayName".to_string(), Some("Mail app".to_string())),
        ]
    );
    assert_eq!(
        cmds[1].params[2],
        ("AccessRights".to_string(), Some("FullAccess".to_string()))
    );
    assert_eq!(
        cmds[2].params[1],
        (
            "SmtpClientAuthenticationDisabled".to_string(),
            Some("$false".to_string())
        )
    );
    assert_eq!(
        cmds[3].params[1],
        ("ServiceId".to_string(), Some("y".to_string()))
    );
    let labels: Vec<(String, GuidLabel)> = arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::Guid { value, label } => Some((value.clone(), *label)),
            _ => None,
        })
        .collect();
    assert!(
        labels.contains(&(
            "11111111-2222-3333-4444-555555555555".into(),
            GuidLabel::ClientId
        )),
        "{labels:?}"
    );
    assert!(
        labels.contains(&(
            "66666666-7777-8888-9999-000000000000".into(),
            GuidLabel::ObjectId
        )),
        "{labels:?}"
    );
    assert!(arts.iter().any(|a| matches!(&a.kind, ArtifactKind::Email { address, role: Some(r) } if address == "shared@contoso.com" && r == "Identity")));
}

#[test]
fn powershell_errors() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        ("New-ServicePrincipal : The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program.", "CommandNotFoundException", Some("New-ServicePrincipal")),
        ("Write-ErrorMessage : |Microsoft.Exchange.Management.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object 'x' couldn't be found on 'DB3PR'.", "ManagementObjectNotFoundException", None),
        ("Add-MailboxPermission : Error: AADServicePrincipalNotFound, the service principal was not found", "AADServicePrincipalNotFound", Some("Add-MailboxPermission")),
        ("|Microsoft.Exchange.Configuration.Tasks.ServicePrincipalNotFoundException|", "ServicePrincipalNotFound", None),
        ("The operation couldn't be performed because object 'svc' couldn't be found on 'AM0PR'.", "ManagementObjectNotFound", None),
    ];
    for (text, id, cmdlet) in rows {
        let arts = scan(text, NOW);
        let e = arts
            .iter()
            .find_map(|a| match &a.kind {
                ArtifactKind::PsError(e) => Some(e),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{text}: {:?}", kinds(&arts)));
        assert_eq!(e.id, *id, "{text}");
        if let Some(c) = cmdlet {
            assert_eq!(e.cmdlet.as_deref(), Some(*c), "{text}");
        }
        assert!(!kinds(&arts).contains(&"ps-command"), "{text}");
    }
}

#[test]
fn client_error_table() {
    let rows: &[(&str, &str, &str)] = &[
        ("MailBee.ImapMail.MailBeeImapLoginBadCredentialsException: The server has rejected authentication data sent by the client.", "MailBee.NET", "MailBeeImapLoginBadCredentialsException"),
        ("MailKit.Security.AuthenticationException: Authentication failed.", "MailKit", "AuthenticationException"),
        ("javax.mail.AuthenticationFailedException: AUTHENTICATE failed.", "JavaMail", "AuthenticationFailedException"),
        ("Error: Invalid login: 535 5.7.3 Authentication unsuccessful", "nodemailer", "Invalid login"),
        ("imaplib.error: b'AUTHENTICATE failed.'", "imaplib", "imaplib.error"),
        ("smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')", "smtplib", "smtplib.SMTPAuthenticationError"),
        ("SMTP Error: Could not authenticate.", "PHPMailer", "SMTP Error"),
        ("System.Net.Mail.SmtpException: The SMTP server requires a secure connection", "System.Net.Mail", "SmtpException"),
        ("Login to server outlook.office365.com with username a@b.com failed.", "Thunderbird", "Login to server failed"),
    ];
    for (text, lib, name) in rows {
        let arts = scan(text, NOW);
        let got = arts.iter().find_map(|a| match &a.kind {
            ArtifactKind::ClientError { library, name, .. } => {
                Some((library.clone(), name.clone()))
            }
            _ => None,
        });
        assert_eq!(got, Some((lib.to_string(), name.to_string())), "{text}");
    }
}

#[test]
fn api_error_table() {
    let rows: &[(&str, &str, Protocol)] = &[
        (r#"{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}"#, "ErrorAccessDenied", Protocol::Graph),
        ("Code: MailboxNotEnabledForRESTAPI Message: The mailbox is either inactive", "MailboxNotEnabledForRESTAPI", Protocol::Graph),
        ("<m:ResponseCode>ErrorImpersonateUserDenied</m:ResponseCode><m:MessageText>The account does not have permission to impersonate the requested user.</m:MessageText>", "ErrorImpersonateUserDenied", Protocol::Ews),
        ("<m:ResponseCode>ErrorSendAsDenied</m:ResponseCode>", "ErrorSendAsDenied", Protocol::Ews),
        ("<m:ResponseCode>ErrorNonExistentMailbox</m:ResponseCode>", "ErrorNonExistentMailbox", Protocol::Ews),
        ("<s:Fault><faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:ErrorInvalidServerVersion</faultcode>", "ErrorInvalidServerVersion", Protocol::Ews),
    ];
    for (text, code, proto) in rows {
        let arts = scan(text, NOW);
        let got = arts.iter().find_map(|a| match &a.kind {
            ArtifactKind::ApiError {
                code,
                protocol,
                message,
            } => Some((code.clone(), *protocol, message.clone())),
            _ => None,
        });
        let got = got.unwrap_or_else(|| panic!("{text}: {:?}", kinds(&arts)));
        assert_eq!((got.0.as_str(), got.1), (*code, *proto), "{text}");
    }
}

#[test]
fn basic_auth_and_network_tables() {
    let basic: &[(&str, &str, Protocol)] = &[
        ("C: AUTH LOGIN", "LOGIN", Protocol::Smtp),
        ("AUTH PLAIN AGFAYgBj", "PLAIN", Protocol::Smtp),
        (
            "A1 LOGIN user@contoso.com \"secret\"",
            "LOGIN",
            Protocol::Imap,
        ),
        ("a1 AUTHENTICATE PLAIN", "PLAIN", Protocol::Imap),
    ];
    for (text, mech, proto) in basic {
        let arts = scan(text, NOW);
        assert!(
            arts.iter().any(|a| matches!(&a.kind, ArtifactKind::BasicAuthAttempt { mechanism, protocol } if mechanism == mech && protocol == proto)),
            "{text}: {arts:?}"
        );
    }
    assert!(!kinds(&scan("250-AUTH LOGIN PLAIN XOAUTH2", NOW)).contains(&"basic-auth-attempt"));
    // An OAuth mechanism whose string a report left out or redacted: the attempt is read, the
    // placeholder is not decoded (the shortest XOAUTH2 string is 28 base64 characters).
    for (text, proto) in [
        (
            "C: A1 AUTHENTICATE XOAUTH2 [redacted]\nS: A1 NO AUTHENTICATE failed.",
            Protocol::Imap,
        ),
        ("a1 authenticate XOAUTH2 REDACTED", Protocol::Imap),
        (
            "AUTH XOAUTH2 xxxxxxxxxxxx\n535 5.7.3 Authentication unsuccessful",
            Protocol::Smtp,
        ),
        ("AUTH OAUTHBEARER", Protocol::Smtp),
        // Symfony Mailer names the authenticator it tried.
        ("Failed to authenticate on SMTP server with username \"a@contoso.com\" using the following authenticators: \"XOAUTH2\". Authenticator \"XOAUTH2\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.3 Authentication unsuccessful\".\".", Protocol::Smtp),
    ] {
        let arts = scan(text, NOW);
        assert!(
            arts.iter().any(|a| matches!(&a.kind, ArtifactKind::OauthAttempt { protocol, .. } if *protocol == proto)),
            "{text}: {arts:?}"
        );
        let k = kinds(&arts);
        assert!(
            !k.contains(&"decode-failure") && !k.contains(&"xoauth2"),
            "{text}: {k:?}"
        );
    }
    for text in [
        "250-AUTH LOGIN XOAUTH2",
        "* CAPABILITY IMAP4rev1 AUTH=XOAUTH2",
        "using the following authenticators: \"LOGIN\", \"XOAUTH2\". Authenticator \"LOGIN\" returned \"535 5.7.3\"",
    ] {
        assert!(
            !kinds(&scan(text, NOW)).contains(&"oauth-attempt"),
            "{text}"
        );
    }
    for text in [
        "java.net.ConnectException: Connection refused",
        "connect ETIMEDOUT 40.99.10.2:993",
        "socket.gaierror: [Errno -2] Name or service not known",
        "getaddrinfo ENOTFOUND outlook.office365.com",
        "Read timed out after 30000 ms",
        "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] handshake failure",
        "ProxyError('Cannot connect to proxy.', error 407)",
        // urllib3 under requests and MSAL for Python.
        "(Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7feb595dc5f8>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution',))",
        "socket.gaierror: [Errno -3] Temporary failure in name resolution",
        "Unknown SMTP host: smtp.office365.com",
        "Net::OpenTimeout: Timeout to open TCP connection to outlook.office365.com:993 (exceeds 30 seconds)",
    ] {
        assert!(kinds(&scan(text, NOW)).contains(&"network-error"), "{text}");
    }
}

#[test]
fn guid_email_host_tables() {
    let guids: &[(&str, GuidLabel)] = &[
        (
            "Application (client) ID: 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
            GuidLabel::ClientId,
        ),
        (
            "Directory (tenant) ID: 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
            GuidLabel::TenantId,
        ),
        (
            "Object ID 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
            GuidLabel::ObjectId,
        ),
        (
            "Secret ID 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
            GuidLabel::SecretId,
        ),
        (
            "client-request-id: 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
            GuidLabel::TraceId,
        ),
        (
            "resource 00000002-0000-0ff1-ce00-000000000000",
            GuidLabel::ResourceId,
        ),
        (
            "value 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
            GuidLabel::Unlabelled,
        ),
    ];
    for (text, want) in guids {
        let arts = scan(text, NOW);
        assert!(
            arts.iter()
                .any(|a| matches!(&a.kind, ArtifactKind::Guid { label, .. } if label == want)),
            "{text}: {arts:?}"
        );
    }
    let emails: &[(&str, &str, Option<&str>)] = &[
        (
            "MAIL FROM:<Sender@Contoso.com>",
            "sender@contoso.com",
            Some("MAIL FROM"),
        ),
        ("From: a.b@contoso.com", "a.b@contoso.com", Some("From")),
        (
            "Get-Mailbox -Identity svc@contoso.com",
            "svc@contoso.com",
            Some("Identity"),
        ),
        ("contact x@y.org now", "x@y.org", None),
        (
            "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com",
            "admin@contoso.com",
            Some("UserPrincipalName"),
        ),
    ];
    for (text, addr, role) in emails {
        let arts = scan(text, NOW);
        assert!(
            arts.iter().any(|a| matches!(&a.kind, ArtifactKind::Email { address, role: r } if address == addr && r.as_deref() == *role)),
            "{text}: {arts:?}"
        );
    }
    type HostRow = (
        &'static str,
        &'static str,
        Option<u16>,
        Option<Protocol>,
        Option<Cloud>,
    );
    let hosts: &[HostRow] = &[
        (
            "connect outlook.office365.com:993",
            "outlook.office365.com",
            Some(993),
            Some(Protocol::Imap),
            Some(Cloud::Global),
        ),
        (
            "smtp.office365.com:587",
            "smtp.office365.com",
            Some(587),
            Some(Protocol::Smtp),
            Some(Cloud::Global),
        ),
        (
            "host=smtp.office365.us port=587",
            "smtp.office365.us",
            None,
            Some(Protocol::Smtp),
            Some(Cloud::UsGovGccHigh),
        ),
        (
            "https://outlook.office365.com/EWS/Exchange.asmx",
            "outlook.office365.com",
            None,
            Some(Protocol::Ews),
            Some(Cloud::Global),
        ),
        (
            "partner.outlook.cn:995",
            "partner.outlook.cn",
            Some(995),
            Some(Protocol::Pop),
            Some(Cloud::China),
        ),
        (
            "webmail.apps.mil",
            "webmail.apps.mil",
            None,
            None,
            Some(Cloud::UsGovDod),
        ),
    ];
    for (text, h, p, proto, cloud) in hosts {
        let arts = scan(text, NOW);
        assert!(
            arts.iter().any(|a| matches!(&a.kind, ArtifactKind::Host { host, port, protocol, cloud: c } if host == h && port == p && protocol == proto && c == cloud)),
            "{text}: {arts:?}"
        );
    }
}

#[test]
fn timestamp_table() {
    let rows: &[(&str, i64)] = &[
        ("2024-01-10T16:49:32Z A01 NO x", NOW),
        ("2024-01-10 16:49:32 A01 NO x", NOW),
        ("2024-01-10T18:49:32.123+02:00 A01 NO x", NOW),
        ("[10/Jan/2024:16:49:32 +0000] A01 NO x", NOW),
        ("01/10/2024 4:49:32 PM A01 NO x", NOW),
        ("10.01.2024 16:49:32 A01 NO x", NOW),
        ("Timestamp: 2024-01-10 16:49:32Z", NOW),
    ];
    for (text, unix) in rows {
        let arts = scan(text, NOW);
        assert!(
            arts.iter()
                .any(|a| matches!(a.kind, ArtifactKind::Timestamp { unix: u, .. } if u == *unix)),
            "{text}: {arts:?}"
        );
    }
    assert!(!kinds(&scan("created after '10/15/2018'", NOW)).contains(&"timestamp"));
}

#[test]
fn log_time_comes_from_the_line_or_above() {
    let text = "2024-01-10 16:00:00 start\nA01 NO AUTHENTICATE failed.\n2024-01-10 17:00:00 later\n535 5.7.3 Authentication unsuccessful\n";
    let arts = scan(text, NOW);
    assert_eq!(
        reply_times(&arts),
        vec![Some(1_704_902_400), Some(1_704_906_000)]
    );
    let lines: Vec<usize> = arts
        .iter()
        .filter(|a| a.kind.name() == "server-reply")
        .map(|a| a.line)
        .collect();
    assert_eq!(lines, vec![2, 4]);
}

#[test]
fn a_log_without_line_breaks_times_each_entry_by_its_own_timestamp() {
    // The same log as above with its line breaks turned into blanks, plus quiet entries.
    let mut text = String::from("2024-01-10 15:00:00 start ");
    for m in 0..30 {
        text.push_str(&format!("2024-01-10 15:{m:02}:30 NOOP completed "));
    }
    text.push_str("2024-01-10 16:00:00 A01 NO AUTHENTICATE failed. ");
    text.push_str("2024-01-10 16:30:00 idle ");
    text.push_str("2024-01-10 17:00:00 535 5.7.3 Authentication unsuccessful ");
    text.push_str("2024-01-10 17:30:00 closed");
    let arts = scan(&text, NOW);
    assert_eq!(
        reply_times(&arts),
        vec![Some(1_704_902_400), Some(1_704_906_000)]
    );
    // Shown: the first timestamp of the log and the ones the replies stand under, not all 34.
    let stamps: Vec<i64> = arts
        .iter()
        .filter_map(|a| match a.kind {
            ArtifactKind::Timestamp { unix, .. } => Some(unix),
            _ => None,
        })
        .collect();
    assert_eq!(
        stamps,
        vec![1_704_898_800, 1_704_902_400, 1_704_906_000],
        "{:?}",
        kinds(&arts)
    );
}

#[test]
fn escaped_inputs_map_back_to_the_original() {
    let rows = [
        "{&quot;error&quot;:&quot;invalid_grant&quot;,&quot;error_description&quot;:&quot;AADSTS50173: The provided grant has expired.&quot;}",
        "{\"message\":\"imap error: \\\"A01 NO AUTHENTICATE failed.\\\"\\r\\nnext: AADSTS50173: x\"}",
        "b'A01 NO AUTHENTICATE failed.\\r\\n' AADSTS50173: x",
        "scope=3Dhttps://outlook.office365.com/.default AADSTS50173: The prov=\r\nided grant",
    ];
    for text in rows {
        let arts = scan(text, NOW);
        let a = arts
            .iter()
            .find(|a| a.kind.name() == "aadsts")
            .unwrap_or_else(|| panic!("{text}: {:?}", kinds(&arts)));
        assert!(text[a.span.start..].starts_with("AADSTS50173"), "{text}");
    }
    let arts = scan(rows[1], NOW);
    let r = arts
        .iter()
        .find(|a| a.kind.name() == "server-reply")
        .map(|a| a.span)
        .unwrap_or_default();
    assert!(rows[1][r.start..].starts_with("A01 NO"), "{arts:?}");
}

#[test]
fn multibyte_text_around_evidence() {
    let text = "Fehler: Anmeldung fehlgeschlagen – A01 NO AUTHENTICATE failed. 😀 für müller@contoso.com ✓ AADSTS50126: Ungültig";
    let arts = scan(text, NOW);
    for a in &arts {
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
    }
    assert!(
        kinds(&arts).contains(&"server-reply") && kinds(&arts).contains(&"aadsts"),
        "{:?}",
        kinds(&arts)
    );
}

#[test]
fn aadsts_in_an_html_error_page() {
    let arts = scan(
        "<td>AADSTS50011: The redirect URI 'http://localhost' does not match.</td>",
        NOW,
    );
    let m = arts.iter().find_map(|a| match &a.kind {
        ArtifactKind::Aadsts(e) => Some(e.message.clone()),
        _ => None,
    });
    assert_eq!(
        m.as_deref(),
        Some("The redirect URI 'http://localhost' does not match.")
    );
}

#[test]
fn powershell_error_block_reports_one_error_and_the_command() {
    let text = "New-ServicePrincipal : The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program.\r\n\
                At line:1 char:1\r\n\
                + New-ServicePrincipal -AppId 11111111-2222-3333-4444-555555555555 -ObjectId 66666666-7777-8888-9999-000000000000\r\n\
                + ~~~~~~~~~~~~~~~~~~~~\r\n\
                    + CategoryInfo          : ObjectNotFound: (New-ServicePrincipal:String) [], CommandNotFoundException\r\n\
                    + FullyQualifiedErrorId : CommandNotFoundException\r\n";
    let arts = scan(text, NOW);
    let errors: Vec<&PsError> = arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::PsError(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].cmdlet.as_deref(), Some("New-ServicePrincipal"));
    assert!(
        arts.iter()
            .any(|a| matches!(&a.kind, ArtifactKind::PsCommand(c) if c.params.len() == 2)),
        "{:?}",
        kinds(&arts)
    );
}

#[test]
fn escaped_lines_between_plain_lines_keep_their_places() {
    let text = "2024-01-10 16:00:00 A01 NO AUTHENTICATE failed.\n\
                2024-01-10 16:00:01 body={\\\"error\\\":\\\"invalid_grant\\\",\\\"error_description\\\":\\\"AADSTS50173: The provided grant has expired.\\\\r\\\\nTrace ID: 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b\\\"}\n\
                2024-01-10 16:00:02 S: 535 5.7.3 Authentication unsuccessful\n";
    let arts = scan(text, NOW);
    let find = |name: &str| {
        arts.iter()
            .find(|a| a.kind.name() == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", kinds(&arts)))
    };
    let a = find("aadsts");
    assert!(text[a.span.start..].starts_with("AADSTS50173"));
    assert_eq!(a.line, 2);
    assert_eq!(a.log_time, Some(1_704_902_401));
    let replies: Vec<&Artifact> = arts
        .iter()
        .filter(|a| a.kind.name() == "server-reply")
        .collect();
    assert_eq!(replies.len(), 2);
    assert!(text[replies[1].span.start..].starts_with("535 5.7.3"));
    assert_eq!(replies[1].line, 3);
    let te = find("token-error");
    assert!(
        text[te.span.start..].starts_with("\\\"error\\\""),
        "{}",
        &text[te.span.start..]
    );
    if let ArtifactKind::Aadsts(e) = &a.kind {
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b")
        );
    }
}

#[test]
fn entra_messages_without_their_number_are_recognised_by_wording() {
    let rows: &[(&str, u32)] = &[
        ("Office 365 callback fails: Invalid client secret is provided.", 7000215),
        ("The client secret keys for app 'abc' are expired. Visit the Azure portal.", 7000222),
        ("The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", 7000218),
        ("The request body must contain the following parameter: 'grant_type'.", 900144),
        ("The redirect URI 'http://localhost:7598/' specified in the request does not match the redirect URIs configured for the application", 50011),
        ("Application 'x' is not configured as a multi-tenant application. Usage of the /common endpoint is not supported", 50194),
        ("Application with identifier 'x' was not found in the directory 'contoso'.", 700016),
        ("The user or administrator has not consented to use the application with ID 'x'.", 65001),
        ("Access has been blocked by Conditional Access policies.", 53003),
        ("Error validating credentials due to invalid username or password.", 50126),
        ("User account is disabled. The account has been disabled by an administrator.", 50057),
        ("Client is public so neither 'client_assertion' nor 'client_secret' should be presented.", 700025),
    ];
    for (line, code) in rows {
        let arts = scan(line, NOW);
        let found: Vec<(u32, bool)> = arts
            .iter()
            .filter_map(|a| match &a.kind {
                ArtifactKind::Aadsts(e) => Some((e.code, e.inferred)),
                _ => None,
            })
            .collect();
        assert_eq!(found, vec![(*code, true)], "{line}");
    }
    // With its number the message is read as a coded error, not inferred a second time.
    let coded = scan("AADSTS7000215: Invalid client secret is provided.", NOW);
    let codes: Vec<(u32, bool)> = coded
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::Aadsts(e) => Some((e.code, e.inferred)),
            _ => None,
        })
        .collect();
    assert_eq!(codes, vec![(7000215, false)]);
    // Ordinary prose with an anchor word is not an Entra error.
    assert!(scan(
        "Rotate the secret every year; the password policy applies.",
        NOW
    )
    .iter()
    .all(|a| !matches!(a.kind, ArtifactKind::Aadsts(_))));
}

#[test]
fn local_sasl_failures_are_client_errors() {
    for line in [
        "postfix/smtp[123]: warning: SASL authentication failure: No worthy mechs found",
        "imtest: SASL(-4): no mechanism available: No worthy mechs found",
        "fetchmail: mechanism XOAUTH2 not supported by the local SASL library",
    ] {
        let arts = scan(line, NOW);
        assert!(
            arts.iter().any(|a| matches!(&a.kind, ArtifactKind::ClientError { library, .. } if library == "SASL")),
            "{line}: {:?}",
            kinds(&arts)
        );
    }
}

#[test]
fn a_token_repeated_through_a_log_decodes_as_each_line_alone() {
    // A service logs its token with every request; the scanner decodes it once and reuses it.
    let a = jwt(
        r#"{"aud":"https://outlook.office365.com","iat":1704902400,"nbf":1704902400,"exp":1704906000,"roles":["IMAP.AccessAsApp"]}"#,
    );
    let b = jwt(r#"{"aud":"https://graph.microsoft.com","exp":1704990000}"#);
    let lines = [
        format!("2024-01-10T16:00:00Z Authorization: Bearer {a}"),
        format!("2024-01-10T16:30:00Z Authorization: Bearer {b}"),
        format!("2024-01-10T17:30:00Z Authorization: Bearer {a}"),
        format!("no time here: Bearer {a}"),
    ];
    let tokens = |text: &str| -> Vec<JwtToken> {
        scan(text, NOW)
            .into_iter()
            .filter_map(|x| match x.kind {
                ArtifactKind::Jwt(j) => Some(*j),
                _ => None,
            })
            .collect()
    };
    let together = tokens(&lines.join("\n"));
    // Each line alone; the last takes the time of the line above, as it does in the log.
    let alone: Vec<JwtToken> = lines
        .iter()
        .enumerate()
        .take(3)
        .flat_map(|(_, l)| tokens(l))
        .collect();
    // The last line decodes exactly as the third (same token, same time): the same evidence,
    // kept once and counted.
    assert_eq!(tokens(&format!("{}\n{}", lines[2], lines[3])), alone[2..]);
    assert_eq!(together, alone);
    // Valid at the first line, expired at the third: the time-bound part is not reused.
    assert_ne!(together[0].validity_at_log, together[2].validity_at_log);
    let counts: Vec<usize> = scan(&lines.join("\n"), NOW)
        .iter()
        .filter(|x| matches!(x.kind, ArtifactKind::Jwt(_)))
        .map(|x| x.repeats.as_ref().map_or(1, |r| r.count))
        .collect();
    assert_eq!(counts, [1, 1, 2]);
}

/// Each phrase of a failed connection holds a word that makes the scanner look for it, and a
/// line holding only the phrase is read as a network error.
#[test]
fn every_network_phrase_has_its_trigger_and_is_read() {
    use exo_oauth_doctor::catalogue::texts::{NETWORK_PHRASES, NETWORK_TRIGGERS};
    for phrase in NETWORK_PHRASES.iter() {
        assert!(
            phrase.split(' ').any(|w| NETWORK_TRIGGERS.contains(&w)),
            "{phrase}: no trigger word"
        );
        let text = format!("error connecting to outlook.office365.com: {phrase}");
        assert!(
            kinds(&scan(&text, NOW)).contains(&"network-error"),
            "{text}"
        );
    }
}

/// Whether the scanner gives `text` a hint of `protocol`.
fn hints(text: &str, protocol: Protocol) -> bool {
    scan(text, NOW)
        .iter()
        .any(|a| matches!(a.kind, ArtifactKind::ProtocolHint { protocol: p } if p == protocol))
}

#[test]
fn ews_named_with_punctuation_is_a_protocol_hint() {
    let ews = |text: &str| hints(text, Protocol::Ews);
    for text in [
        "EWS: authentication failed",
        "Sync (EWS) authentication failed",
        "Mailbox access via EWS, not IMAP",
        "EWS authentication failed",
    ] {
        assert!(ews(text), "{text}");
    }
    for text in ["NEWS: feed updated", "EWSX: unknown"] {
        assert!(!ews(text), "{text}");
    }
}

#[test]
fn microsoft_graph_named_in_words_is_a_protocol_hint() {
    let graph = |text: &str| hints(text, Protocol::Graph);
    for text in [
        "Microsoft Graph: authentication failed",
        "Failed to send via MS Graph API: authentication failed",
        "sendMail (Microsoft Graph) returned an error",
    ] {
        assert!(graph(text), "{text}");
    }
    // A graph that is not Microsoft's.
    for text in ["Dependency Graph: build failed", "Graph: 12 nodes"] {
        assert!(!graph(text), "{text}");
    }
}

/// A number with its unit after a label is no reply (`Actual delayed: 500 msecs`); the same
/// number with a reply's text after the label is one.
#[test]
fn a_count_or_time_after_a_label_is_no_reply() {
    for text in [
        "WARNING: Micro delay applied. Actual delayed: 500 msecs, Enforced",
        "Retry after: 450 seconds",
        "Queue: 421 messages",
    ] {
        assert!(!kinds(&scan(text, NOW)).contains(&"server-reply"), "{text}");
    }
    for text in [
        "Server: 451 4.7.500 Server busy",
        "Error: 554 Transaction failed",
    ] {
        assert!(kinds(&scan(text, NOW)).contains(&"server-reply"), "{text}");
    }
}

/// An Entra error's message runs to the line's end; a mail server's IMAP reply told after it on
/// the same line (a forum post's paragraph) is read too, once. Two IMAP replies on one line
/// stay one.
#[test]
fn an_imap_reply_after_an_entra_error_on_its_line_is_read() {
    let imap = |text: &str| {
        kinds(&scan(text, NOW))
            .iter()
            .filter(|k| **k == "server-reply")
            .count()
    };
    for text in [
        "At first I got AADSTS65001 (consent). After granting consent that error is gone, but now IMAP says: A1 NO AUTHENTICATE failed.",
        "AADSTS65001 no longer appears since we granted consent. IMAP still fails with AUTHENTICATE failed.",
        "Previously: AADSTS7000222 The provided client secret keys are expired. Created a new secret. Now: LOGIN failed.",
    ] {
        let arts = scan(text, NOW);
        assert!(kinds(&arts).contains(&"aadsts"), "{text}");
        assert_eq!(imap(text), 1, "{text}: {:?}", kinds(&arts));
    }
    // One reply per line otherwise: the reply's own text is not read for a second one.
    assert_eq!(imap("A1 NO AUTHENTICATE failed. A2 NO LOGIN failed."), 1);
    assert_eq!(
        imap("AADSTS50126: Error validating credentials. A1 NO AUTHENTICATE failed. A2 NO LOGIN failed."),
        1
    );
}
