//! The evidence script: one read-only PowerShell script, written with the values the paste shows
//! (application id, tenant, mailbox, protocol, cloud), that prints everything the verdict needs
//! in sections the analyser reads back.
//!
//! Each section starts with `=== exo-oauth-doctor section: <Command> <arguments as run> ===` and
//! shows the command's output through `Format-List`; a command that cannot run (module missing,
//! cmdlet outside the admin's role, an error) prints `=== exo-oauth-doctor skipped: <Command>:
//! <reason> ===` instead and the script goes on; the last line is `=== exo-oauth-doctor end ===`.
//! With `-LiveTest` it also gets an app-only token (client secret read with `Read-Host
//! -AsSecureString`, or a certificate from the certificate store), prints the token's claims
//! (never the token) and runs the XOAUTH2 exchange of the protocol, printing `S:` and `C:` lines
//! with the XOAUTH2 string masked.
//!
//! Values enter only as single-quoted literals (validated GUID, address, domain); a value the
//! paste does not show becomes a marked script parameter the admin gives when running it, never
//! a guess. The body is fixed text; lines starting `@en ` / `@de ` carry the language's comments
//! and messages. Windows PowerShell 5.1 syntax throughout.

use super::client::endpoints;
use super::quote::{is_domain, normalize_address, normalize_guid, ps_single_quoted};
use super::values;
use crate::evidence::{Artifact, Cloud, Protocol};
use crate::i18n::Joined;
use crate::i18n::Lang;
use crate::i18n::ReplaceAll;
use crate::options::Hints;
use crate::rules::Finding;

/// The file name the page downloads the evidence script as.
pub const EVIDENCE_FILE: &str = "exo-oauth-doctor-evidence.ps1";

/// What the evidence script is written with. The strings are validated when the script is
/// written: one that is not a GUID / tenant / address is left out (the script then asks for it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceValues {
    /// Application (client) id.
    pub app_id: Option<String>,
    /// Tenant id or verified domain.
    pub tenant: Option<String>,
    /// The mailbox the application opens.
    pub mailbox: Option<String>,
    /// The protocol of the live test.
    pub protocol: Option<Protocol>,
    /// The cloud (Global when the paste does not say).
    pub cloud: Cloud,
}

impl Default for EvidenceValues {
    fn default() -> Self {
        EvidenceValues {
            app_id: None,
            tenant: None,
            mailbox: None,
            protocol: None,
            cloud: Cloud::Global,
        }
    }
}

impl EvidenceValues {
    /// The values the evidence and the hints show.
    pub fn from_evidence(artifacts: &[Artifact], findings: &[Finding], hints: &Hints) -> Self {
        let causes: Vec<_> = findings.iter().map(|f| f.cause).collect();
        let v = values::collect(artifacts, hints, &causes);
        let value = |k: Option<values::Known>| k.map(|k| k.value);
        EvidenceValues {
            app_id: value(v.app_id),
            tenant: value(v.tenant),
            mailbox: value(v.mailbox),
            protocol: v.protocols.first().copied(),
            cloud: v.cloud.unwrap_or(Cloud::Global),
        }
    }
}

/// The evidence script for what the analysis found, in `lang`.
pub fn evidence_script(
    artifacts: &[Artifact],
    findings: &[Finding],
    hints: &Hints,
    lang: Lang,
) -> String {
    render(
        &EvidenceValues::from_evidence(artifacts, findings, hints),
        lang,
    )
}

/// The tenant in lower case when it is a GUID or a domain name.
fn tenant(s: &str) -> Option<String> {
    normalize_guid(s).or_else(|| {
        let d = s.trim().to_ascii_lowercase();
        is_domain(&d).then_some(d)
    })
}

/// One script parameter: its comment (from the paste / not in it), attributes and default.
struct Param<'a> {
    what: (&'a str, &'a str),
    attrs: &'a [&'a str],
    decl: &'a str,
    value: Option<String>,
    /// Whether the script cannot run without it (then it is mandatory when unknown).
    needed: bool,
}

const MAIL_PATTERN: &str =
    "[ValidatePattern('^[A-Za-z0-9!#$%&''*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$')]";
const TENANT_PATTERN: &str = "[ValidatePattern('^([0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}|[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)$')]";

/// The evidence script for `v`, in `lang`.
pub fn render(v: &EvidenceValues, lang: Lang) -> String {
    let de = lang == Lang::De;
    let tr = |en: &'static str, de_text: &'static str| if de { de_text } else { en };
    let ep = endpoints(v.cloud);
    let protocol = v.protocol.and_then(|p| match p {
        Protocol::Imap => Some("IMAP"),
        Protocol::Pop => Some("POP"),
        Protocol::Smtp => Some("SMTP"),
        _ => None,
    });
    let hosts: Vec<String> = [("IMAP", ep.imap), ("POP", ep.pop), ("SMTP", ep.smtp)]
        .iter()
        .filter_map(|(p, h)| h.map(|h| format!("{p} = '{}'", h.split(':').next().unwrap_or(h))))
        .collect();

    let mut out = String::with_capacity(16 * 1024);
    let cloud = format!("{:?}", v.cloud);
    for line in HEAD.lines() {
        push_line(&mut out, line, lang);
    }
    out.push_str(&format!(
        "# {}: {cloud}\n",
        tr(
            "Cloud (from the paste, Global when it shows none)",
            "Cloud (aus dem Eingefügten, Global wenn es keine zeigt)"
        )
    ));
    out.push_str("[CmdletBinding()]\nparam(\n");
    let params = [
        Param {
            what: ("Application (client) id", "Anwendungs-(Client-)ID"),
            attrs: &[],
            decl: "[guid]$AppId",
            value: v.app_id.as_deref().and_then(normalize_guid),
            needed: true,
        },
        Param {
            what: (
                "Mailbox the application opens",
                "Postfach, das die Anwendung öffnet",
            ),
            attrs: &[MAIL_PATTERN],
            decl: "[string]$Mailbox",
            value: v.mailbox.as_deref().and_then(normalize_address),
            needed: true,
        },
        Param {
            what: (
                "Tenant id or domain (for -LiveTest)",
                "Mandanten-ID oder Domäne (für -LiveTest)",
            ),
            attrs: &[TENANT_PATTERN],
            decl: "[string]$Tenant",
            value: v.tenant.as_deref().and_then(tenant),
            needed: false,
        },
        Param {
            what: ("Protocol of the live test", "Protokoll des Live-Tests"),
            attrs: &["[ValidateSet('IMAP', 'POP', 'SMTP')]"],
            decl: "[string]$Protocol",
            value: Some(protocol.unwrap_or("IMAP").to_string()),
            needed: false,
        },
    ];
    for p in &params {
        let what = tr(p.what.0, p.what.1);
        match &p.value {
            Some(_) => out.push_str(&format!("    # {what}\n")),
            None if p.needed => out.push_str(&format!(
                "    # {what}: {}\n    [Parameter(Mandatory = $true)]\n",
                tr(
                    "NOT IN THE PASTE - PowerShell asks for it when the script starts",
                    "NICHT IM EINGEFÜGTEN - PowerShell fragt beim Start danach"
                )
            )),
            None => out.push_str(&format!(
                "    # {what}: {}\n",
                tr(
                    "NOT IN THE PASTE - give it when running the script",
                    "NICHT IM EINGEFÜGTEN - beim Aufruf angeben"
                )
            )),
        }
        for a in p.attrs {
            out.push_str(&format!("    {a}\n"));
        }
        match &p.value {
            Some(val) => out.push_str(&format!("    {} = {},\n", p.decl, ps_single_quoted(val))),
            None => out.push_str(&format!("    {},\n", p.decl)),
        }
    }
    for line in PARAM_TAIL.lines() {
        push_line(&mut out, line, lang);
    }
    let exo_env = ep
        .environment
        .map(|e| format!(" -ExchangeEnvironmentName {e}"))
        .unwrap_or_default();
    let mg_env = match v.cloud {
        Cloud::UsGovGccHigh => "USGov",
        Cloud::UsGovDod => "USGovDoD",
        Cloud::China => "China",
        Cloud::Global | Cloud::Germany => "Global",
    };
    let token_url = format!("'https://{}/' + $Tenant + '/oauth2/v2.0/token'", ep.login);
    for line in BODY.lines() {
        let line = line
            .replace_all("{EXO_ENV}", &exo_env)
            .replace_all("{MG_ENV}", mg_env)
            .replace_all("{TOKEN_URL}", &token_url)
            .replace_all("{SCOPE}", &format!("{}/.default", ep.resource))
            .replace_all("{HOSTS}", &hosts.joined("; "));
        push_line(&mut out, &line, lang);
    }
    out
}

/// Appends `line` when it is in every language or in `lang` (its `@en ` / `@de ` tag removed).
fn push_line(out: &mut String, line: &str, lang: Lang) {
    let keep = match (line.get(..4), lang) {
        (Some("@en "), Lang::En) | (Some("@de "), Lang::De) => &line[4..],
        (Some("@en " | "@de "), _) => return,
        _ => line,
    };
    out.push_str(keep);
    out.push('\n');
}

/// The comment block at the top.
const HEAD: &str = r#"@en # exo-oauth-doctor: evidence script (READ-ONLY - it changes nothing)
@de # exo-oauth-doctor: Beleg-Skript (NUR LESEND - es ändert nichts)
@en # It reads the settings that decide an OAuth sign-in to Exchange Online (service principal,
@en # mailbox permissions, protocol switches, RBAC for Applications, application access
@en # policies, the app's roles in Microsoft Graph) and prints them in sections. Paste its whole
@en # output into exo-oauth-doctor: the verdict is then made from this evidence.
@de # Es liest die Einstellungen, von denen eine OAuth-Anmeldung an Exchange Online abhängt
@de # (Dienstprinzipal, Postfachberechtigungen, Protokollschalter, RBAC für Anwendungen,
@de # Anwendungszugriffsrichtlinien, die Rollen der App in Microsoft Graph), und gibt sie in
@de # Abschnitten aus. Die ganze Ausgabe in exo-oauth-doctor einfügen: das Urteil stützt sich dann
@de # auf diese Belege.
@en # Run:   .\exo-oauth-doctor-evidence.ps1
@en #        .\exo-oauth-doctor-evidence.ps1 -LiveTest   (also signs in as the app: asks for the
@en #        client secret, or use -CertificateThumbprint; the secret is never shown or stored)
@de # Aufruf: .\exo-oauth-doctor-evidence.ps1
@de #         .\exo-oauth-doctor-evidence.ps1 -LiveTest  (meldet sich auch als App an: fragt nach
@de #         dem geheimen Clientschlüssel, oder -CertificateThumbprint; er wird nie angezeigt oder
@de #         gespeichert)
@en # Needs the ExchangeOnlineManagement module and an Exchange admin role that can read these
@en # settings; Microsoft Graph PowerShell (Microsoft.Graph.Applications) is used when installed.
@de # Braucht das Modul ExchangeOnlineManagement und eine Exchange-Administratorrolle, die diese
@de # Einstellungen lesen darf; Microsoft Graph PowerShell (Microsoft.Graph.Applications) wird
@de # verwendet, wenn es installiert ist.
@en # Works in Windows PowerShell 5.1 and PowerShell 7."#;

/// The rest of the parameter block.
const PARAM_TAIL: &str = r#"@en     # Run the live sign-in test as well
@de     # Auch den Live-Anmeldetest ausführen
    [switch]$LiveTest,
@en     # Certificate (thumbprint) for the live test instead of a client secret, from
@en     # Cert:\CurrentUser\My or Cert:\LocalMachine\My
@de     # Zertifikat (Fingerabdruck) für den Live-Test statt eines geheimen Clientschlüssels, aus
@de     # Cert:\CurrentUser\My oder Cert:\LocalMachine\My
    [ValidatePattern('^[0-9A-Fa-f]{40}$')]
    [string]$CertificateThumbprint,
@en     # Mail server of the live test (default: this cloud's host for the protocol)
@de     # Mailserver des Live-Tests (Standard: der Host dieser Cloud für das Protokoll)
    [ValidatePattern('^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$')]
    [string]$MailHost
)"#;

/// The script body: fixed text, the cloud's names filled in (`{EXO_ENV}`, `{MG_ENV}`,
/// `{TOKEN_URL}`, `{SCOPE}`).
const BODY: &str = r#"
$ErrorActionPreference = 'Continue'
$App = $AppId.ToString()
@en $NoCmdlet = 'not available (module not loaded, or your admin role does not include this cmdlet)'
@de $NoCmdlet = 'nicht verfügbar (Modul nicht geladen, oder Ihre Administratorrolle enthält dieses Cmdlet nicht)'
@en $NoExo = 'module ExchangeOnlineManagement not installed (Install-Module ExchangeOnlineManagement)'
@de $NoExo = 'Modul ExchangeOnlineManagement nicht installiert (Install-Module ExchangeOnlineManagement)'
@en $NotConnected = 'not connected to Exchange Online'
@de $NotConnected = 'keine Verbindung zu Exchange Online'
@en $NoGraph = 'Microsoft Graph PowerShell (Microsoft.Graph.Applications) not installed'
@de $NoGraph = 'Microsoft Graph PowerShell (Microsoft.Graph.Applications) nicht installiert'
@en $NoSp = 'the service principal was not found in Microsoft Graph'
@de $NoSp = 'der Dienstprinzipal wurde in Microsoft Graph nicht gefunden'
@en $NoTenant = 'no tenant: run again with -Tenant <tenant id or domain>'
@de $NoTenant = 'kein Mandant: erneut mit -Tenant <Mandanten-ID oder Domäne> aufrufen'
@en $NoHost = 'the mail host of this cloud is not documented: run again with -MailHost <host>'
@de $NoHost = 'der Mailhost dieser Cloud ist nicht dokumentiert: erneut mit -MailHost <Host> aufrufen'
@en $NoCert = 'certificate not found in Cert:\CurrentUser\My or Cert:\LocalMachine\My, or without private key'
@de $NoCert = 'Zertifikat nicht in Cert:\CurrentUser\My oder Cert:\LocalMachine\My gefunden, oder ohne privaten Schlüssel'
@en $AskSecret = 'Client secret of the app (not shown, not stored)'
@de $AskSecret = 'Geheimer Clientschlüssel der App (wird nicht angezeigt, nicht gespeichert)'
@en # The XOAUTH2 string (mailbox and access token) is shown masked, the same in every language: a
@en # word the analyser could read as a (broken) XOAUTH2 string would be a false lead.
@de # Die XOAUTH2-Zeichenfolge (Postfach und Zugriffstoken) wird maskiert gezeigt, in jeder Sprache
@de # gleich: ein Wort, das der Analysator als (kaputte) XOAUTH2-Zeichenfolge lesen könnte, wäre
@de # eine falsche Spur.
$Masked = '********'

@en # One section: the command's output as a list, or a "skipped" line with the reason.
@de # Ein Abschnitt: die Ausgabe des Befehls als Liste, oder eine "skipped"-Zeile mit dem Grund.
function Write-Section {
    param([string]$Name, [string]$Shown, [scriptblock]$Run)
    if (-not (Get-Command -Name $Name -ErrorAction SilentlyContinue)) {
        Write-Output ('=== exo-oauth-doctor skipped: {0}: {1} ===' -f $Name, $NoCmdlet)
        return
    }
    try {
        $text = [string](& $Run | Format-List | Out-String -Width 4096)
        Write-Output ('=== exo-oauth-doctor section: ' + ($Name + ' ' + $Shown).Trim() + ' ===')
        Write-Output $text.Trim()
    } catch {
        Write-Output ('=== exo-oauth-doctor skipped: {0}: {1} ===' -f $Name, ($_.Exception.Message -replace '\s*[\r\n]+\s*', ' '))
    }
}

function Write-Skipped {
    param([string]$Name, [string]$Reason)
    Write-Output ('=== exo-oauth-doctor skipped: {0}: {1} ===' -f $Name, ($Reason -replace '\s*[\r\n]+\s*', ' '))
}

@en # Exchange Online (your admin account signs in; nothing is changed).
@de # Exchange Online (Ihr Administratorkonto meldet sich an; nichts wird geändert).
$Exo = $false
if (Get-Command -Name Connect-ExchangeOnline -ErrorAction SilentlyContinue) {
    try {
        Connect-ExchangeOnline -ShowBanner:$false{EXO_ENV} -ErrorAction Stop
        $Exo = $true
    } catch {
        Write-Skipped 'Connect-ExchangeOnline' $_.Exception.Message
    }
} else {
    Write-Skipped 'Connect-ExchangeOnline' $NoExo
}
if ($Exo) {
    Write-Section 'Get-ServicePrincipal' ('-Identity ' + $App) { Get-ServicePrincipal -Identity $App -ErrorAction Stop }
    Write-Section 'Get-MailboxPermission' ('-Identity ' + $Mailbox) { Get-MailboxPermission -Identity $Mailbox -ErrorAction Stop }
    Write-Section 'Get-RecipientPermission' ('-Identity ' + $Mailbox) { Get-RecipientPermission -Identity $Mailbox -ErrorAction Stop }
    Write-Section 'Get-CASMailbox' ('-Identity ' + $Mailbox) {
        Get-CASMailbox -Identity $Mailbox -ErrorAction Stop |
            Select-Object -Property @('Identity', 'PrimarySmtpAddress', 'ImapEnabled', 'PopEnabled', 'SmtpClientAuthenticationDisabled', 'EwsEnabled', 'MAPIEnabled', 'OWAEnabled', 'ActiveSyncEnabled')
    }
    Write-Section 'Get-Mailbox' ('-Identity ' + $Mailbox) {
        Get-Mailbox -Identity $Mailbox -ErrorAction Stop |
            Select-Object -Property @('Identity', 'DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'RecipientTypeDetails', 'AccountDisabled', 'IsMailboxEnabled', 'IsShared', 'SKUAssigned', 'ExchangeGuid', 'WhenMailboxCreated')
    }
    Write-Section 'Get-TransportConfig' '' {
        Get-TransportConfig -ErrorAction Stop | Select-Object -Property @('SmtpClientAuthenticationDisabled', 'AllowLegacyTLSClients')
    }
    Write-Section 'Test-ServicePrincipalAuthorization' ('-Identity ' + $App + ' -Resource ' + $Mailbox) {
        Test-ServicePrincipalAuthorization -Identity $App -Resource $Mailbox -ErrorAction Stop
    }
    Write-Section 'Get-ApplicationAccessPolicy' '' { Get-ApplicationAccessPolicy -ErrorAction Stop }
    Write-Section 'Test-ApplicationAccessPolicy' ('-Identity ' + $Mailbox + ' -AppId ' + $App) {
        Test-ApplicationAccessPolicy -Identity $Mailbox -AppId $App -ErrorAction Stop
    }
    Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
} else {
    foreach ($n in @('Get-ServicePrincipal', 'Get-MailboxPermission', 'Get-RecipientPermission', 'Get-CASMailbox', 'Get-Mailbox', 'Get-TransportConfig', 'Test-ServicePrincipalAuthorization', 'Get-ApplicationAccessPolicy', 'Test-ApplicationAccessPolicy')) {
        Write-Skipped $n $NotConnected
    }
}

@en # Microsoft Graph (read scope only): the app's service principal and its role assignments.
@de # Microsoft Graph (nur Lese-Berechtigung): der Dienstprinzipal der App und seine Rollenzuweisungen.
$Graph = $false
$GraphWhy = $NoGraph
if (Get-Module -ListAvailable -Name Microsoft.Graph.Applications) {
    try {
        $Mg = @{ Scopes = @('Application.Read.All'); Environment = '{MG_ENV}'; ErrorAction = 'Stop' }
        if ($Tenant) { $Mg['TenantId'] = $Tenant }
        Connect-MgGraph @Mg | Out-Null
        $Graph = $true
    } catch {
        $GraphWhy = 'Connect-MgGraph: ' + $_.Exception.Message
    }
}
if (-not $Graph) {
    Write-Skipped 'Get-MgServicePrincipal' $GraphWhy
    Write-Skipped 'Get-MgServicePrincipalAppRoleAssignment' $GraphWhy
} else {
    $SpId = $null
    Write-Section 'Get-MgServicePrincipal' ('-Filter "appId eq ''{0}''"' -f $App) {
        $sp = Get-MgServicePrincipal -Filter ("appId eq '{0}'" -f $App) -ErrorAction Stop
        foreach ($one in @($sp)) { $script:SpId = $one.Id }
        $sp | Select-Object -Property @('DisplayName', 'AppId', 'Id', 'AccountEnabled', 'ServicePrincipalType', 'AppOwnerOrganizationId')
    }
    if ($SpId) {
        Write-Section 'Get-MgServicePrincipalAppRoleAssignment' ('-ServicePrincipalId ' + $SpId) {
            Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $SpId -All -ErrorAction Stop | ForEach-Object {
                $a = $_
                $res = Get-MgServicePrincipal -ServicePrincipalId $a.ResourceId -ErrorAction Stop
                $role = @($res.AppRoles | Where-Object { $_.Id -eq $a.AppRoleId })
                [pscustomobject]@{
                    ResourceDisplayName = $a.ResourceDisplayName
                    ResourceAppId = $res.AppId
                    AppRoleId = $a.AppRoleId
                    AppRoleValue = ($role | ForEach-Object { $_.Value }) -join ', '
                    PrincipalDisplayName = $a.PrincipalDisplayName
                    CreatedDateTime = $a.CreatedDateTime
                }
            }
        }
    } else {
        Write-Skipped 'Get-MgServicePrincipalAppRoleAssignment' $NoSp
    }
    Disconnect-MgGraph -ErrorAction SilentlyContinue | Out-Null
}

@en # Live sign-in test (only with -LiveTest): an app-only token, its claims, the XOAUTH2 exchange.
@de # Live-Anmeldetest (nur mit -LiveTest): ein App-Token, seine Claims, der XOAUTH2-Austausch.
function ConvertTo-Base64Url {
    param([byte[]]$Bytes)
    [Convert]::ToBase64String($Bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}

@en # A client assertion signed with the certificate's private key (RS256, x5t = its SHA-1 hash).
@de # Eine mit dem privaten Schlüssel des Zertifikats signierte Client-Assertion (RS256, x5t = SHA-1-Hash).
function ConvertTo-ClientAssertion {
    param($Cert, [string]$Audience)
    $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    $head = ConvertTo-Json -Compress -InputObject @{ alg = 'RS256'; typ = 'JWT'; x5t = (ConvertTo-Base64Url ($Cert.GetCertHash())) }
    $claims = ConvertTo-Json -Compress -InputObject @{ aud = $Audience; iss = $App; sub = $App; jti = [guid]::NewGuid().ToString(); nbf = $now; exp = $now + 600 }
    $unsigned = (ConvertTo-Base64Url ([System.Text.Encoding]::UTF8.GetBytes($head))) + '.' + (ConvertTo-Base64Url ([System.Text.Encoding]::UTF8.GetBytes($claims)))
    $rsa = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Cert)
    $sig = $rsa.SignData([System.Text.Encoding]::UTF8.GetBytes($unsigned), [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
    $unsigned + '.' + (ConvertTo-Base64Url $sig)
}

function Read-Reply {
    param($Reader)
    $script:Last = $Reader.ReadLine()
    Write-Output ('S: ' + $script:Last)
}

function Read-SmtpReply {
    param($Reader)
    do { Read-Reply $Reader } while ($script:Last -match '^\d{3}-')
}

function Write-Client {
    param($Writer, [string]$Line, [string]$Shown)
    $Writer.WriteLine($Line)
    $Writer.Flush()
    Write-Output ('C: ' + $Shown)
}

function Read-Stream {
    param($Stream)
    New-Object -TypeName System.IO.StreamReader -ArgumentList @($Stream, [System.Text.Encoding]::ASCII)
}

function Write-Stream {
    param($Stream)
    $w = New-Object -TypeName System.IO.StreamWriter -ArgumentList @($Stream, [System.Text.Encoding]::ASCII)
    $w.NewLine = "`r`n"
    $w
}

function Get-TlsStream {
    param($Inner)
    $ssl = New-Object -TypeName System.Net.Security.SslStream -ArgumentList @($Inner, $false)
    $ssl.AuthenticateAsClient($MailHost, $null, [System.Security.Authentication.SslProtocols]::Tls12, $false)
    $ssl
}

if ($LiveTest -and -not $Tenant) {
    Write-Skipped 'Invoke-RestMethod' $NoTenant
} elseif ($LiveTest) {
    $TokenUrl = {TOKEN_URL}
    $Scope = '{SCOPE}'
    [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12
    $Body = @{ client_id = $App; scope = $Scope; grant_type = 'client_credentials' }
    $Token = $null
    $Ready = $true
    if ($CertificateThumbprint) {
        $Cert = Get-Item -Path ('Cert:\CurrentUser\My\' + $CertificateThumbprint) -ErrorAction SilentlyContinue
        if (-not $Cert) { $Cert = Get-Item -Path ('Cert:\LocalMachine\My\' + $CertificateThumbprint) -ErrorAction SilentlyContinue }
        if ($Cert -and $Cert.HasPrivateKey) {
            $Body['client_assertion_type'] = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
            $Body['client_assertion'] = ConvertTo-ClientAssertion $Cert $TokenUrl
        } else {
            Write-Skipped 'Invoke-RestMethod' $NoCert
            $Ready = $false
        }
    } else {
        $Secure = Read-Host -AsSecureString -Prompt $AskSecret
        $Bstr = [System.Runtime.InteropServices.Marshal]::SecureStringToBSTR($Secure)
        try {
            $Body['client_secret'] = [System.Runtime.InteropServices.Marshal]::PtrToStringBSTR($Bstr)
        } finally {
            [System.Runtime.InteropServices.Marshal]::ZeroFreeBSTR($Bstr)
        }
    }
    if ($Ready) {
        Write-Output ('=== exo-oauth-doctor section: Invoke-RestMethod -Method Post -Uri {0} grant_type=client_credentials scope={1} ===' -f $TokenUrl, $Scope)
        try {
            $Response = Invoke-RestMethod -Method Post -Uri $TokenUrl -Body $Body -ContentType 'application/x-www-form-urlencoded' -ErrorAction Stop
            $Token = $Response.access_token
            $Response = $null
        } catch {
            if ($_.ErrorDetails -and $_.ErrorDetails.Message) { Write-Output $_.ErrorDetails.Message } else { Write-Output $_.Exception.Message }
        }
    }
    $Body = $null
    if ($Token) {
        $Part = $Token.Split('.')[1].Replace('-', '+').Replace('_', '/')
        while ($Part.Length % 4) { $Part += '=' }
        $Claims = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($Part)) | ConvertFrom-Json
        Write-Output '=== exo-oauth-doctor section: token claims ==='
        $Shown = [string]($Claims | Select-Object -Property @('aud', 'iss', 'tid', 'appid', 'oid', 'roles', 'scp', 'exp') | Format-List | Out-String -Width 4096)
        Write-Output $Shown.Trim()
        $Sasl = [Convert]::ToBase64String([System.Text.Encoding]::ASCII.GetBytes('user=' + $Mailbox + [char]1 + 'auth=Bearer ' + $Token + [char]1 + [char]1))
        $Token = $null
        $Hosts = @{ {HOSTS} }
        $Ports = @{ IMAP = 993; POP = 995; SMTP = 587 }
        if (-not $MailHost) { $MailHost = $Hosts[$Protocol] }
        if (-not $MailHost) {
            Write-Skipped $Protocol $NoHost
        } else {
            $Port = $Ports[$Protocol]
            Write-Output ('=== exo-oauth-doctor section: {0} {1}:{2} XOAUTH2 ===' -f $Protocol, $MailHost, $Port)
            $Tcp = $null
            try {
                $Tcp = New-Object -TypeName System.Net.Sockets.TcpClient -ArgumentList @($MailHost, $Port)
                $Tcp.ReceiveTimeout = 20000
                if ($Protocol -eq 'SMTP') {
                    $Net = $Tcp.GetStream()
                    $R = Read-Stream $Net
                    $W = Write-Stream $Net
                    Read-SmtpReply $R
                    Write-Client $W 'EHLO localhost' 'EHLO localhost'
                    Read-SmtpReply $R
                    Write-Client $W 'STARTTLS' 'STARTTLS'
                    Read-SmtpReply $R
                    if ($Last -like '220*') {
                        $Tls = Get-TlsStream $Net
                        $R = Read-Stream $Tls
                        $W = Write-Stream $Tls
                        Write-Client $W 'EHLO localhost' 'EHLO localhost'
                        Read-SmtpReply $R
                        Write-Client $W ('AUTH XOAUTH2 ' + $Sasl) ('AUTH XOAUTH2 ' + $Masked)
                        Read-SmtpReply $R
                        if ($Last -like '334*') {
                            Write-Client $W '' ''
                            Read-SmtpReply $R
                        }
                        Write-Client $W 'QUIT' 'QUIT'
                        Read-SmtpReply $R
                    }
                } else {
                    $Tls = Get-TlsStream ($Tcp.GetStream())
                    $R = Read-Stream $Tls
                    $W = Write-Stream $Tls
                    Read-Reply $R
                    if ($Protocol -eq 'IMAP') {
                        Write-Client $W ('A01 AUTHENTICATE XOAUTH2 ' + $Sasl) ('A01 AUTHENTICATE XOAUTH2 ' + $Masked)
                        Read-Reply $R
                        if ($Last -like '+*') {
                            Write-Client $W '' ''
                            Read-Reply $R
                        }
                        while ($null -ne $Last -and $Last -notlike 'A01 *') { Read-Reply $R }
                        Write-Client $W 'A02 LOGOUT' 'A02 LOGOUT'
                        Read-Reply $R
                    } else {
                        Write-Client $W 'AUTH XOAUTH2' 'AUTH XOAUTH2'
                        Read-Reply $R
                        if ($Last -like '+*') {
                            Write-Client $W $Sasl $Masked
                            Read-Reply $R
                        }
                        Write-Client $W 'QUIT' 'QUIT'
                        Read-Reply $R
                    }
                }
            } catch {
                Write-Skipped $Protocol $_.Exception.Message
            } finally {
                if ($Tcp) { $Tcp.Close() }
            }
        }
        $Sasl = $null
    }
}
Write-Output '=== exo-oauth-doctor end ==='"#;
