//! Mail clients' error messages in the languages of their own translation files
//! (`tests/fixtures/translations.jsonl`: PHPMailer's `language/phpmailer.lang-*.php`, the `po/*.po`
//! of msmtp, mpop and NeoMutt, placeholders filled the way the program fills them): each
//! translation must give the same first cause as its English original: bare (the fixture's
//! `cause`), and behind the client's usual prefix or a log's timestamp (what the English gives
//! there). Both sides are checked, so the test fails when the
//! English reading drifts as well as when a translation stops being read. Ordinary sentences in
//! those languages that merely mention authentication, SMTP or a connection must stay no error.

mod common;

use common::analyze_now;
use exo_oauth_doctor::catalogue::texts::{self, Matcher};
use exo_oauth_doctor::evidence::ArtifactKind;

/// One line of the fixture.
struct Row {
    text: String,
    english: String,
    lang: String,
    cause: String,
    source: String,
}

fn rows() -> Vec<Row> {
    include_str!("fixtures/translations.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let j: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let field = |k: &str| {
                j[k].as_str()
                    .unwrap_or_else(|| panic!("{k} in {l}"))
                    .to_string()
            };
            Row {
                text: field("text"),
                english: field("english"),
                lang: field("lang"),
                cause: field("cause"),
                source: field("source"),
            }
        })
        .collect()
}

/// What the client prints before its message: msmtp and mpop name themselves, PHPMailer's
/// callers print its `ErrorInfo` after "Mailer Error:", NeoMutt shows the message alone.
fn client_prefix(source: &str) -> &'static str {
    match source.split_whitespace().next() {
        Some("marlam/msmtp") => "msmtp: ",
        Some("marlam/mpop") => "mpop: ",
        Some("PHPMailer/PHPMailer") => "Mailer Error: ",
        _ => "",
    }
}

fn first_cause(text: &str) -> Option<&'static str> {
    analyze_now(text).findings.first().map(|f| f.cause.as_str())
}

#[test]
fn translations_give_the_first_cause_of_their_english_text() {
    let rows = rows();
    let mut failures = Vec::new();
    for r in &rows {
        // Bare, both give the fixture's cause.
        for (side, text) in [("english", &r.english), (r.lang.as_str(), &r.text)] {
            let got = first_cause(text);
            if got != Some(r.cause.as_str()) {
                failures.push(format!(
                    "{side} {text:?} ({}): want {}, got {got:?}",
                    r.source, r.cause
                ));
            }
        }
        // Behind a prefix (which may name the protocol, and so rank the candidates of a bare
        // failure otherwise), the translation gives what the English gives.
        for prefix in [client_prefix(&r.source), "2024-01-10 10:00:00 "] {
            if prefix.is_empty() {
                continue;
            }
            let want = first_cause(&format!("{prefix}{}", r.english));
            let got = first_cause(&format!("{prefix}{}", r.text));
            if want.is_none() || got != want {
                failures.push(format!(
                    "{:?} ({}): the English gives {want:?}, the translation {got:?}",
                    format!("{prefix}{}", r.text),
                    r.source
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures over {} rows:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn the_fixture_covers_every_client_and_many_languages() {
    let rows = rows();
    assert!(rows.len() >= 350, "{} rows", rows.len());
    for source in [
        "PHPMailer/PHPMailer",
        "marlam/msmtp",
        "marlam/mpop",
        "neomutt/neomutt",
    ] {
        let n = rows.iter().filter(|r| r.source.starts_with(source)).count();
        assert!(n >= 50, "{source}: {n} rows");
    }
    let mut langs: Vec<&str> = rows.iter().map(|r| r.lang.as_str()).collect();
    langs.sort_unstable();
    langs.dedup();
    for lang in [
        "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "zh_CN", "ja", "sv", "cs",
    ] {
        assert!(langs.contains(&lang), "no row in {lang}");
    }
    assert!(langs.len() >= 30, "{} languages", langs.len());
    // A translation that is the English text tests nothing.
    for r in &rows {
        assert_ne!(r.text, r.english, "{}", r.source);
    }
}

/// Sentences of a ticket or a forum post in French, Spanish, Russian, Chinese and others that
/// speak of authentication, SMTP, a refresh command or a connection without quoting an error
/// (some of them hold the translated needles' words in another order, or their success form:
/// "мне удалось подключиться" holds "не удалось подключиться").
const ORDINARY: &[&str] = &[
    "J'ai configuré l'authentification OAuth 2.0 pour le serveur SMTP de notre entreprise.",
    "Le serveur SMTP d'Office 365 utilise le port 587 avec STARTTLS, et l'authentification moderne est activée.",
    "Merci de vérifier la méthode d'authentification et la commande de rafraîchissement dans la configuration.",
    "Estamos configurando la autenticación moderna para el servidor SMTP de la oficina.",
    "El servidor SMTP admite autenticación con OAuth 2.0 y se puede conectar sin problemas.",
    "Мы настроили аутентификацию OAuth для SMTP-сервера компании.",
    "Сервер поддерживает аутентификацию через OAuth 2.0, нужно пройти аутентификацию в браузере.",
    "Мне удалось подключиться к серверу SMTP после смены пароля.",
    "Нужно выполнить команду обновления и проверить настройки соединения с SMTP.",
    "我们为 SMTP 服务器配置了 OAuth 身份验证。",
    "请检查 SMTP 的认证方法和刷新命令的设置。",
    "Skonfigurowaliśmy uwierzytelnianie OAuth dla serwera SMTP; udało się połączyć bez problemu.",
    "Configuramos a autenticação OAuth no servidor SMTP e é possível autenticar pelo navegador.",
    "Configuriamo l'autenticazione OAuth per il server SMTP aziendale.",
    "Vi har konfigurerat autentisering med OAuth för SMTP-servern.",
    "SMTPサーバーのOAuth認証を設定しました。",
    "Мені вдалося з'єднатися з сервером SMTP, потрібно пройти розпізнавання в браузері.",
    "Тепер вдається під'єднатися до SMTP-сервера, і вдала автентифікація видно в журналі.",
    "O script é incapaz de executar comando de backup no servidor SMTP.",
    "Nastavte časový limit spojení pro SMTP server na 60 sekund.",
];

#[test]
fn ordinary_sentences_about_authentication_are_no_client_error() {
    let mut failures = Vec::new();
    for text in ORDINARY {
        let a = analyze_now(text);
        let errors: Vec<&ArtifactKind> = a
            .artifacts
            .iter()
            .map(|x| &x.kind)
            .filter(|k| {
                matches!(
                    k,
                    ArtifactKind::ClientError { .. } | ArtifactKind::NetworkError { .. }
                )
            })
            .collect();
        if !errors.is_empty() || !a.findings.is_empty() {
            failures.push(format!(
                "{text}: {errors:?}, findings {:?}",
                a.findings.iter().map(|f| f.cause).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The translations stand in one entry per row, alternatives separated by `|`: an empty
/// alternative (a stray `|` at an end) would match every text, and a needle must meet the folded
/// line (ASCII and Latin-1 capitals folded; other scripts are matched as written, so their
/// needles avoid a capitalised first word).
#[test]
fn every_needle_alternative_is_a_folded_non_empty_text() {
    let matchers = texts::FAMILIES
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|r| r.matcher))
        .chain([texts::TLS_MODE, texts::TLS_VERSION, texts::CONNECTION_LIMIT]);
    let mut failures = Vec::new();
    let mut n = 0;
    for m in matchers {
        let Matcher { any, all, none } = m;
        for entry in any.iter().chain(all).chain(none) {
            for alt in entry.split('|') {
                n += 1;
                if alt.is_empty() || exo_oauth_doctor::i18n::fold_case(alt) != alt {
                    failures.push(format!("{alt:?} in {entry:?}"));
                }
            }
        }
    }
    assert!(n > 1000, "{n} needles");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
