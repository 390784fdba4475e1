//! Evidence: what the scanner found in the pasted text, each piece with its byte span.
//!
//! These types are the contract between [`crate::scan`] (which produces them), [`crate::rules`]
//! (which reasons over them), [`crate::remedy`] (which takes IDs from them) and the page (which
//! highlights spans and renders decoded tokens). Nothing here holds a secret: token signatures
//! are never stored, client-secret values are masked before they get here.

mod cmdlet;

pub use cmdlet::*;
use serde::Serialize;
use std::rc::Rc;

/// A byte range `[start, end)` in the original input (not in a normalised copy).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// One piece of evidence found in the input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Artifact {
    /// Index of this artifact in [`crate::Analysis::artifacts`]; findings refer to it.
    pub id: usize,
    /// Where it is in the input.
    pub span: Span,
    /// 1-based line number of `span.start`.
    pub line: usize,
    /// Timestamp (Unix seconds, UTC) of the log line it stands in, when that line or the
    /// nearest line above it carries one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_time: Option<i64>,
    /// What it is, with its decoded content.
    #[serde(flatten)]
    pub kind: ArtifactKind,
    /// When the same evidence occurs again: how often and where (it is kept once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeats: Option<Box<Repeats>>,
}

/// How often a piece of evidence occurs and where, when it occurs more than once. The
/// artifact's own span, line and log time are those of its first occurrence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Repeats {
    /// Occurrences in all, the first included (at least 2).
    pub count: usize,
    /// 1-based line of the last occurrence.
    pub last_line: usize,
    /// Log time of the last occurrence, when its line or one above carries one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_time: Option<i64>,
    /// Where the first further occurrences are (at most 32), for marks in the text.
    pub spans: Vec<Span>,
}

/// The mail/identity protocol a piece of evidence belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    /// IMAP (port 993/143).
    Imap,
    /// POP3 (port 995/110).
    Pop,
    /// SMTP submission (port 587/25).
    Smtp,
    /// Exchange Web Services.
    Ews,
    /// Microsoft Graph REST.
    Graph,
    /// The Entra token endpoint.
    TokenEndpoint,
    /// Exchange Online PowerShell.
    ExchangePowershell,
}

/// A Microsoft cloud instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cloud {
    /// Commercial / worldwide (also GCC moderate).
    Global,
    /// US Government GCC High.
    UsGovGccHigh,
    /// US Government DoD.
    UsGovDod,
    /// China, operated by 21Vianet.
    China,
    /// Microsoft Cloud Deutschland (closed 2021).
    Germany,
}

/// Which API a token's audience names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Api {
    /// Office 365 Exchange Online (`https://outlook.office365.com`, `https://outlook.office.com`,
    /// `https://ps.outlook.com`, `00000002-0000-0ff1-ce00-000000000000`, sovereign variants).
    ExchangeOnline,
    /// Microsoft Graph (`https://graph.microsoft.com`, `00000003-0000-0000-c000-000000000000`).
    Graph,
    /// Any other API, or a client id (ID tokens).
    Other,
}

/// Whether a token acts for an application alone or for a signed-in user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenFlavor {
    /// Client credentials (`idtyp=app`, or `roles` without `scp` and without a user name).
    AppOnly,
    /// A user token (`scp` present, or a user name claim).
    Delegated,
    /// Not enough claims to tell.
    Unknown,
}

/// Time validity of a token at some instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Validity {
    /// `nbf <= t < exp`; `seconds_left` until `exp`.
    Valid {
        /// Seconds until `exp`.
        seconds_left: i64,
    },
    /// `t < nbf`.
    NotYetValid {
        /// Seconds until `nbf`.
        seconds_early: i64,
    },
    /// `t >= exp`.
    Expired {
        /// Seconds since `exp`.
        seconds_ago: i64,
    },
    /// No `exp` claim.
    NoExpiry,
}

/// The registered and Microsoft claims of an access or ID token that matter for mail, typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Claims {
    /// `aud`: the API the token is for (first entry when it is an array).
    pub aud: Option<String>,
    /// `iss`: issuer (STS host + tenant).
    pub iss: Option<String>,
    /// `tid`: tenant id.
    pub tid: Option<String>,
    /// `appid` (v1): client id of the caller.
    pub appid: Option<String>,
    /// `azp` (v2): client id of the caller.
    pub azp: Option<String>,
    /// `appidacr` / `azpacr`: 0 public, 1 secret, 2 certificate.
    pub client_auth: Option<String>,
    /// `oid`: object id of the user, or of the service principal for app-only tokens.
    pub oid: Option<String>,
    /// `sub`: subject.
    pub sub: Option<String>,
    /// `idtyp`: `app` or `user` when present.
    pub idtyp: Option<String>,
    /// `roles`: application permissions.
    pub roles: Vec<String>,
    /// `scp`: delegated scopes, split on spaces. `None` when absent (an empty list is present but empty).
    pub scp: Option<Vec<String>>,
    /// `exp` in Unix seconds.
    pub exp: Option<i64>,
    /// `nbf` in Unix seconds.
    pub nbf: Option<i64>,
    /// `iat` in Unix seconds.
    pub iat: Option<i64>,
    /// `ver`: `1.0` or `2.0`.
    pub ver: Option<String>,
    /// `upn`.
    pub upn: Option<String>,
    /// `unique_name`.
    pub unique_name: Option<String>,
    /// `preferred_username`.
    pub preferred_username: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `amr`: authentication methods.
    pub amr: Vec<String>,
    /// `app_displayname`.
    pub app_displayname: Option<String>,
    /// `wids`: directory role template ids.
    pub wids: Vec<String>,
}

impl Claims {
    /// The client id (`appid`, else `azp`).
    pub fn client_id(&self) -> Option<&str> {
        self.appid.as_deref().or(self.azp.as_deref())
    }

    /// The user name (`upn`, else `preferred_username`, else `unique_name`).
    pub fn user_name(&self) -> Option<&str> {
        self.upn
            .as_deref()
            .or(self.preferred_username.as_deref())
            .or(self.unique_name.as_deref())
    }
}

/// A decoded JSON Web Token (signature dropped: only its presence and length are kept).
///
/// The decoded header, payload and claims are shared (`Rc`) between the places a log repeats
/// the same token (a service logs its token with every request), so each costs its memory once.
#[derive(Clone, Debug, Serialize)]
pub struct JwtToken {
    /// Length of the whole compact token in characters.
    pub length: usize,
    /// Header fields (`alg`, `typ`, `kid`, `x5t`, `nonce`, …) in the order they appeared.
    pub header: Rc<Vec<(String, crate::json::Value)>>,
    /// All payload claims in the order they appeared, known and unknown.
    pub payload: Rc<Vec<(String, crate::json::Value)>>,
    /// The typed claims read from `payload`.
    pub claims: Rc<Claims>,
    /// Whether a third (signature) segment was present; it is never kept or shown.
    pub signature_present: bool,
    /// App-only, delegated or unknown.
    pub flavor: TokenFlavor,
    /// The API named by `aud`.
    pub api: Api,
    /// The cloud named by `iss` (or the audience host).
    pub cloud: Option<Cloud>,
    /// Whether this looks like an ID token rather than an access token (`aud` = the client id, `nonce`, no `scp`/`roles`).
    pub id_token: bool,
    /// Validity relative to the analysis clock (`--now`).
    pub validity_now: Validity,
    /// Validity at the timestamp of the log line around it, when there is one.
    pub validity_at_log: Option<Validity>,
    /// Problems met while decoding (e.g. padding, bad UTF-8 in a claim) that did not stop decoding.
    pub warnings: Vec<crate::catalogue::decode::DecodeNote>,
}

/// Two decoded tokens are the same evidence when their compact forms decoded alike and they were
/// read at the same validity. The analysis compares tokens only at the same span or filed under
/// the same key, which hashes the same text: there the claims, the API, the flavour, the cloud,
/// the ID-token reading, the validity now and the warnings (some of which, such as padding,
/// follow from the compact text rather than the decoded parts) all follow from that text and
/// the one analysis clock, so they are not compared again (the derived comparison of every claim
/// was about 1 KB of the page's code).
impl PartialEq for JwtToken {
    fn eq(&self, other: &Self) -> bool {
        self.length == other.length
            && self.signature_present == other.signature_present
            && self.validity_at_log == other.validity_at_log
            && (Rc::ptr_eq(&self.payload, &other.payload) || self.payload == other.payload)
            && (Rc::ptr_eq(&self.header, &other.header) || self.header == other.header)
    }
}

/// A formatting defect in an XOAUTH2 SASL string (serialised as its [`XoauthDefect::as_str`] name).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum XoauthDefect {
    /// No `\x01` separators at all (e.g. spaces, newlines or a literal `^A` instead).
    MissingSeparator,
    /// A literal `^A` or `\x01` text was typed instead of the byte 0x01.
    LiteralSeparatorText,
    /// Newline used as separator.
    NewlineSeparator,
    /// The trailing `\x01\x01` is missing or incomplete.
    MissingTrailer,
    /// `auth=` does not start with `Bearer ` (missing, other case, or no space).
    MissingBearer,
    /// No `user=` field.
    MissingUser,
    /// The blob decodes to another base64 blob (encoded twice).
    DoubleBase64,
    /// Line breaks or spaces inside the base64 blob.
    LineBreaks,
    /// Bytes after the `\x01\x01` trailer, or after the base64 padding.
    TrailingJunk,
    /// URL-safe base64 alphabet (`-`/`_`) where standard base64 is required.
    UrlSafeAlphabet,
    /// The token in `auth=` is not a JWT (opaque tokens are legitimate for consumer accounts).
    TokenNotJwt,
}

impl XoauthDefect {
    /// The stable kebab-case name (the JSON value and the report's wording).
    pub fn as_str(&self) -> &'static str {
        match self {
            XoauthDefect::MissingSeparator => "missing-separator",
            XoauthDefect::LiteralSeparatorText => "literal-separator-text",
            XoauthDefect::NewlineSeparator => "newline-separator",
            XoauthDefect::MissingTrailer => "missing-trailer",
            XoauthDefect::MissingBearer => "missing-bearer",
            XoauthDefect::MissingUser => "missing-user",
            XoauthDefect::DoubleBase64 => "double-base64",
            XoauthDefect::LineBreaks => "line-breaks",
            XoauthDefect::TrailingJunk => "trailing-junk",
            XoauthDefect::UrlSafeAlphabet => "url-safe-alphabet",
            XoauthDefect::TokenNotJwt => "token-not-jwt",
        }
    }
}

impl Serialize for XoauthDefect {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A decoded XOAUTH2 SASL initial response.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Xoauth2 {
    /// The command it followed (`AUTHENTICATE XOAUTH2`, `AUTH XOAUTH2`, or none when bare).
    pub command: Option<String>,
    /// Protocol implied by the command (IMAP for AUTHENTICATE, SMTP/POP for AUTH when known).
    pub protocol: Option<Protocol>,
    /// The `user=` value.
    pub user: Option<String>,
    /// The auth scheme word found (`Bearer` normally).
    pub scheme: Option<String>,
    /// Id of the artifact holding the nested token (a [`ArtifactKind::Jwt`] or other token artifact).
    pub token_artifact: Option<usize>,
    /// Every formatting defect found.
    pub defects: Vec<XoauthDefect>,
    /// The decoded text with control bytes made visible (`^A`), token signature removed.
    pub visible: String,
}

/// What the server or client said.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServerReply {
    /// Which protocol this reply belongs to.
    pub protocol: Protocol,
    /// IMAP tag (`A01`), SMTP code (`535`), `-ERR`/`+OK` for POP.
    pub code: String,
    /// IMAP status word (`NO`, `BAD`, `OK`) when IMAP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Enhanced status code (`5.7.139`) when SMTP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enhanced: Option<String>,
    /// The reply text.
    pub text: String,
}

/// An Entra `AADSTS` error with its surrounding fields.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AadstsError {
    /// The number after `AADSTS`.
    pub code: u32,
    /// The message text after the code (up to the end of the sentence block).
    pub message: String,
    /// `Trace ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// `Correlation ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// `Timestamp` in Unix seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// `true` when the text showed no `AADSTS` number and the code was recognised from Microsoft's
    /// wording of the message (quoted by a library or a forum post without its number).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

impl AadstsError {
    /// An error with its code and message, none of the fields around it read (yet).
    pub fn new(code: u32, message: String, inferred: bool) -> Self {
        AadstsError {
            code,
            message,
            trace_id: None,
            correlation_id: None,
            timestamp: None,
            inferred,
        }
    }
}

/// A token endpoint JSON error body (`{"error":…,"error_description":…,"error_codes":[…]}`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TokenErrorBody {
    /// `error` (`invalid_client`, `invalid_scope`, …).
    pub error: String,
    /// `error_description`.
    pub description: Option<String>,
    /// `error_codes`.
    pub codes: Vec<u32>,
}

/// Which tenant segment a token endpoint URL names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum TenantSegment {
    /// A tenant GUID.
    Id(String),
    /// A domain (`contoso.onmicrosoft.com`).
    Domain(String),
    /// `common`.
    Common,
    /// `organizations`.
    Organizations,
    /// `consumers`.
    Consumers,
    /// Something else (a placeholder left in, quotes, …).
    Invalid(String),
}

/// A token endpoint or authorize URL.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EndpointUrl {
    /// Login host.
    pub host: String,
    /// Cloud of the host.
    pub cloud: Option<Cloud>,
    /// The tenant segment.
    pub tenant: TenantSegment,
    /// `true` for `/oauth2/v2.0/…`.
    pub v2: bool,
    /// `token`, `authorize`, `devicecode`, `adminconsent`, …
    pub path_kind: String,
}

/// A scope or resource string as requested.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScopeString {
    /// The scopes, split on spaces/`+`/`%20`.
    pub scopes: Vec<String>,
    /// `true` when it was a v1 `resource=` parameter.
    pub resource_param: bool,
}

/// A PowerShell cmdlet call found in a transcript.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PsCommand {
    /// Cmdlet name as written (`New-ServicePrincipal`).
    pub cmdlet: String,
    /// Parameters in order: name without the dash, and value (quotes removed) when it has one.
    pub params: Vec<(String, Option<String>)>,
}

/// A PowerShell or Exchange error found in a transcript.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PsError {
    /// The error id or class (`AADServicePrincipalNotFound`, `CommandNotFoundException`, …);
    /// `error` in the JSON, whose `id` is the artifact's.
    #[serde(rename = "error")]
    pub id: String,
    /// The message text.
    pub message: String,
    /// The cmdlet named by the error, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cmdlet: Option<String>,
}

/// An OAuth 2.0 grant: how the client gets its token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grant {
    /// `client_credentials`: the app signs in as itself (app-only; application permissions).
    ClientCredentials,
    /// `password`: a user's name and password (ROPC; delegated).
    Password,
    /// `authorization_code`: a user signed in interactively (delegated).
    AuthorizationCode,
    /// `refresh_token`: a user's earlier sign-in renewed (delegated; client credentials get no
    /// refresh token).
    RefreshToken,
    /// The device code flow (delegated).
    DeviceCode,
    /// `urn:ietf:params:oauth:grant-type:jwt-bearer`: on behalf of a user (delegated).
    JwtBearer,
}

impl Grant {
    /// Whether the grant gets an app-only token (no user).
    pub fn app_only(self) -> bool {
        self == Grant::ClientCredentials
    }
}

/// A mail program or token helper that only ever signs a user in: a paste that names one (its
/// log prefix, its configuration file) shows a user's own sign-in (with OAuth or a password)
/// without a token to show it. The words that name each are data
/// (`catalogue::oauth::USER_PROGRAMS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Program {
    /// getmail / getmail6.
    Getmail,
    /// fetchmail.
    Fetchmail,
    /// isync's mbsync.
    Mbsync,
    /// OfflineIMAP.
    Offlineimap,
    /// msmtp.
    Msmtp,
    /// mpop.
    Mpop,
    /// mutt and NeoMutt (with `mutt_oauth2.py`).
    Mutt,
    /// aerc.
    Aerc,
    /// himalaya.
    Himalaya,
    /// DavMail (a gateway that signs its user in to Exchange Online).
    Davmail,
    /// A user's token helper for these programs (oama, pizauth, mailctl, oauth2ms).
    TokenHelper,
}

/// What a GUID is labelled as in the text around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuidLabel {
    /// Application (client) id.
    ClientId,
    /// Tenant (directory) id.
    TenantId,
    /// An object id (which one is not known).
    ObjectId,
    /// A client secret's id (not its value).
    SecretId,
    /// Trace / correlation / request id.
    TraceId,
    /// A well-known first-party resource id (Exchange Online, Graph).
    ResourceId,
    /// No label nearby.
    Unlabelled,
}

/// Decoding failed; the reason and the place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecodeFailure {
    /// What was being decoded (`jwt`, `xoauth2`, `base64-json`, …).
    pub what: String,
    /// Which part (`header`, `payload`, `segment 2`, `user=`, …).
    pub segment: String,
    /// Byte offset in the input where the problem is.
    pub offset: usize,
    /// Why it stopped (rendered in the reader's language; English in JSON).
    pub reason: crate::catalogue::decode::DecodeNote,
    /// What kind of problem it is (the rules decide by this, never by the reason's wording).
    #[serde(skip)]
    pub problem: DecodeProblem,
}

/// What kind of problem stopped a decoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecodeProblem {
    /// The text was shortened where it was posted (`...`, `…`): not a defect of the original.
    Shortened,
    /// It decodes, but not to what it should be (base64 that is not XOAUTH2 text).
    WrongContent,
    /// It is not valid in its encoding (base64, JSON) or was cut off inside.
    #[default]
    Invalid,
}

macro_rules! email_roles {
    ($($variant:ident => $name:literal, $doc:literal;)*) => {
        /// The field an e-mail address was found in; written as the field is named
        /// (`user=`, `MAIL FROM`, `Identity`, …).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum EmailRole {
            $(
                #[doc = $doc]
                $variant,
            )*
        }

        impl EmailRole {
            /// Every role.
            pub const ALL: &'static [EmailRole] = &[$(EmailRole::$variant,)*];

            /// The field's name as written (`user=`, `MAIL FROM`, …).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(EmailRole::$variant => $name,)*
                }
            }

            /// The role written `s` (exactly as [`EmailRole::as_str`] writes it).
            pub fn parse(s: &str) -> Option<EmailRole> {
                match s {
                    $($name => Some(EmailRole::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

email_roles! {
    UserPrincipalName => "UserPrincipalName", "`-UserPrincipalName` of a sign-in cmdlet: the admin.";
    MailFrom => "MAIL FROM", "The SMTP envelope sender.";
    RcptTo => "RCPT TO", "An SMTP envelope recipient.";
    XoauthUser => "user=", "`user=` of an XOAUTH2 string: the mailbox signed in to.";
    From => "From", "A `From:` header.";
    To => "To", "A `To:` header.";
    Identity => "Identity", "`-Identity` of a mailbox cmdlet: the mailbox.";
    UserLabel => "User:", "`User:` of an Exchange LogonDenied detail: the account signing in.";
    UserParam => "User", "`-User` of a permission cmdlet: the one given access.";
    Trustee => "Trustee", "`-Trustee` of a permission cmdlet: the one given access.";
    UserField => "user", "A `user [..]` log field: the account signing in.";
    Username => "username", "A user name field: the account signing in.";
    Sender => "sender", "A sender field.";
    Upn => "upn", "A `upn` field (a token's user).";
    Mailbox => "mailbox", "A mailbox field.";
    Login => "login", "An IMAP `LOGIN` or login field: the account signing in.";
}

impl EmailRole {
    /// Names the mailbox worked on (`-Identity`, a mailbox field).
    pub fn names_mailbox(self) -> bool {
        matches!(self, EmailRole::Identity | EmailRole::Mailbox)
    }

    /// Names the account that signs in (`user=`, `User:`, `LOGIN`, a user field).
    pub fn names_signin(self) -> bool {
        matches!(
            self,
            EmailRole::XoauthUser
                | EmailRole::UserLabel
                | EmailRole::Login
                | EmailRole::Username
                | EmailRole::UserField
        )
    }

    /// Names the sender of a message (`MAIL FROM`, `From`, a sender field).
    pub fn names_sender(self) -> bool {
        matches!(
            self,
            EmailRole::MailFrom | EmailRole::From | EmailRole::Sender
        )
    }
}

impl std::ops::Deref for EmailRole {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for EmailRole {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl Serialize for EmailRole {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The kinds of evidence, with their decoded content.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ArtifactKind {
    /// A decodable JWT (boxed: a decoded token is several hundred bytes, and a long log holds
    /// many thousands of small artifacts beside a few tokens).
    Jwt(Box<JwtToken>),
    /// An encrypted token (JWE, five segments): cannot be read by anyone but the API.
    EncryptedToken {
        /// Protected header fields of the JWE.
        header: Vec<(String, crate::json::Value)>,
    },
    /// An opaque (non-JWT) bearer token, e.g. a consumer-account `EwB…` token.
    OpaqueToken {
        /// Length in characters.
        length: usize,
        /// First characters, enough to recognise it (never the whole token).
        prefix: String,
    },
    /// An XOAUTH2 SASL string.
    Xoauth2(Box<Xoauth2>),
    /// A base64 JSON SASL error challenge (`{"status":"400","schemes":"Bearer","scope":"…"}`).
    SaslErrorChallenge {
        /// `status`.
        status: String,
        /// `scope`, when present.
        scope: Option<String>,
    },
    /// A server reply (IMAP tagged response, SMTP reply, POP `-ERR`).
    ServerReply(Box<ServerReply>),
    /// Microsoft's `AuthFailed:LogonDenied-…-OAuthLog:…` detail.
    LogonDenied {
        /// The whole detail string.
        detail: String,
        /// The `User:` value when shown.
        user: Option<String>,
    },
    /// `User is authenticated but not connected.`
    AuthenticatedNotConnected,
    /// A mailbox-logon / store failure (`430 4.2.0 STOREDRV; mailbox logon failure`).
    MailboxLogonFailure {
        /// The text.
        text: String,
    },
    /// An Entra `AADSTS` error.
    Aadsts(Box<AadstsError>),
    /// A token endpoint JSON error body.
    TokenError(TokenErrorBody),
    /// A token endpoint JSON success body (`token_type`, `expires_in`).
    TokenResponse {
        /// `expires_in` seconds.
        expires_in: Option<i64>,
        /// `scope` when echoed.
        scope: Option<String>,
    },
    /// A login.microsoftonline.* URL.
    EndpointUrl(Box<EndpointUrl>),
    /// A scope/resource parameter.
    Scope(ScopeString),
    /// A client secret value (masked).
    ClientSecret {
        /// The masked value (first 3 characters, then `…`).
        masked: String,
        /// `true` when the value is shaped like a GUID (a secret *ID*, not its value).
        guid_shaped: bool,
    },
    /// A Graph / EWS / REST error code (`ErrorAccessDenied`, `MailboxNotEnabledForRESTAPI`,
    /// `ErrorImpersonateUserDenied`, `ErrorSendAsDenied`, SOAP fault code, …).
    ApiError {
        /// The error code.
        code: String,
        /// The message.
        message: String,
        /// Graph or EWS.
        protocol: Protocol,
    },
    /// A PowerShell cmdlet call.
    PsCommand(PsCommand),
    /// A PowerShell / Exchange error.
    PsError(PsError),
    /// A client library exception or error line.
    ClientError {
        /// Library (`MailBee`, `MailKit`, `JavaMail`, `nodemailer`, `imaplib`, …).
        library: String,
        /// Exception class or error name.
        name: String,
        /// The message, when on the same line.
        message: String,
    },
    /// A client sent password-based auth (`AUTH LOGIN`, `AUTH PLAIN`, `LOGIN user pass`).
    BasicAuthAttempt {
        /// The mechanism.
        mechanism: String,
        /// The protocol.
        protocol: Protocol,
    },
    /// A client signed in with an OAuth mechanism (`AUTHENTICATE XOAUTH2`, `AUTH OAUTHBEARER`)
    /// whose string the paste does not show (left out, redacted, or on no line read).
    OauthAttempt {
        /// The command and mechanism (`AUTH XOAUTH2`).
        mechanism: String,
        /// The protocol.
        protocol: Protocol,
    },
    /// A connection/network failure (proxy, DNS, timeout, TLS).
    NetworkError {
        /// The text.
        text: String,
    },
    /// A GUID with the label found before it.
    Guid {
        /// The GUID, lower case.
        value: String,
        /// What the text calls it.
        label: GuidLabel,
    },
    /// An e-mail address.
    Email {
        /// The address, lower case.
        address: String,
        /// The field it was in when known (`user=`, `From`, `MAIL FROM`, `Identity`, …).
        role: Option<EmailRole>,
    },
    /// A host (and port) that tells the protocol or the cloud.
    Host {
        /// Host name.
        host: String,
        /// Port when given.
        port: Option<u16>,
        /// Protocol implied by host/port.
        protocol: Option<Protocol>,
        /// Cloud implied by the host.
        cloud: Option<Cloud>,
    },
    /// A timestamp found in the log.
    Timestamp {
        /// Unix seconds (UTC; local times without zone are taken as UTC).
        unix: i64,
        /// Whether the text names its zone (`Z`, `+01:00`, `UTC`, `GMT`); a time without one is
        /// read as UTC and may be local time.
        zoned: bool,
    },
    /// The OAuth grant a token request names (`grant_type=client_credentials`), or the flow a
    /// report names in words ("client credentials", an application permission such as
    /// `IMAP.AccessAsApp`): the flow without a token to show it.
    Grant {
        /// The grant.
        grant: Grant,
        /// Whether a request's `grant_type` parameter names it (otherwise the report's words do).
        keyed: bool,
    },
    /// A mail program that only signs a user in, named by the paste (its log prefix or its
    /// configuration file): a user's own sign-in without a token to show it.
    Program {
        /// The program.
        program: Program,
    },
    /// A Graph or Outlook REST call on `/me`, the signed-in user's own mailbox
    /// (`https://graph.microsoft.com/v1.0/me/messages`): only a delegated token has a user; with
    /// an app-only token the call must name the mailbox (`/users/<mailbox>/…`).
    MeCall,
    /// A protocol named by a keyword without a reply (e.g. `IMAP`, `smtp.office365.com`).
    ProtocolHint {
        /// The protocol.
        protocol: Protocol,
    },
    /// Something looked like a token/blob but could not be decoded.
    DecodeFailure(Box<DecodeFailure>),
    /// A record of a command's output (or the error it printed), read back as evidence.
    CmdletOutput(Box<CmdletOutput>),
    /// The IMAP/POP greeting of Exchange Online with its backend server.
    ServerGreeting(Box<ServerGreeting>),
    /// More distinct values of one kind than are kept (the first
    /// [`crate::scan::group::MAX_DISTINCT`]): how often the others occur, the first of them here.
    Omitted {
        /// The kind left out (its [`ArtifactKind::name`]).
        of: &'static str,
        /// Occurrences of the values left out.
        count: usize,
    },
}

impl ArtifactKind {
    /// The short kebab-case name of the kind (as in JSON `kind`).
    pub fn name(&self) -> &'static str {
        match self {
            ArtifactKind::Jwt(_) => "jwt",
            ArtifactKind::EncryptedToken { .. } => "encrypted-token",
            ArtifactKind::OpaqueToken { .. } => "opaque-token",
            ArtifactKind::Xoauth2(_) => "xoauth2",
            ArtifactKind::SaslErrorChallenge { .. } => "sasl-error-challenge",
            ArtifactKind::ServerReply(_) => "server-reply",
            ArtifactKind::LogonDenied { .. } => "logon-denied",
            ArtifactKind::AuthenticatedNotConnected => "authenticated-not-connected",
            ArtifactKind::MailboxLogonFailure { .. } => "mailbox-logon-failure",
            ArtifactKind::Aadsts(_) => "aadsts",
            ArtifactKind::TokenError(_) => "token-error",
            ArtifactKind::TokenResponse { .. } => "token-response",
            ArtifactKind::EndpointUrl(_) => "endpoint-url",
            ArtifactKind::Scope(_) => "scope",
            ArtifactKind::ClientSecret { .. } => "client-secret",
            ArtifactKind::ApiError { .. } => "api-error",
            ArtifactKind::PsCommand(_) => "ps-command",
            ArtifactKind::PsError(_) => "ps-error",
            ArtifactKind::ClientError { .. } => "client-error",
            ArtifactKind::BasicAuthAttempt { .. } => "basic-auth-attempt",
            ArtifactKind::OauthAttempt { .. } => "oauth-attempt",
            ArtifactKind::NetworkError { .. } => "network-error",
            ArtifactKind::Guid { .. } => "guid",
            ArtifactKind::Email { .. } => "email",
            ArtifactKind::Host { .. } => "host",
            ArtifactKind::Timestamp { .. } => "timestamp",
            ArtifactKind::Grant { .. } => "grant",
            ArtifactKind::Program { .. } => "program",
            ArtifactKind::ProtocolHint { .. } => "protocol-hint",
            ArtifactKind::MeCall => "me-call",
            ArtifactKind::DecodeFailure(_) => "decode-failure",
            ArtifactKind::CmdletOutput(_) => "cmdlet-output",
            ArtifactKind::ServerGreeting(_) => "server-greeting",
            ArtifactKind::Omitted { .. } => "omitted",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::XoauthDefect as D;

    /// The names are serde's kebab-case of the variant names (what `rename_all = "kebab-case"` wrote).
    #[test]
    fn defect_names_are_kebab_case_of_the_variants() {
        let all = [
            D::MissingSeparator,
            D::LiteralSeparatorText,
            D::NewlineSeparator,
            D::MissingTrailer,
            D::MissingBearer,
            D::MissingUser,
            D::DoubleBase64,
            D::LineBreaks,
            D::TrailingJunk,
            D::UrlSafeAlphabet,
            D::TokenNotJwt,
        ];
        for d in all {
            let mut kebab = String::new();
            for (i, ch) in format!("{d:?}").chars().enumerate() {
                if ch.is_ascii_uppercase() && i > 0 {
                    kebab.push('-');
                }
                kebab.push(ch.to_ascii_lowercase());
            }
            assert_eq!(d.as_str(), kebab);
            assert_eq!(serde_json::to_value(&d).unwrap(), kebab.as_str());
        }
    }
}
