//! The error texts the analyser recognises by their wording, one row each: how a row is matched,
//! what it is, what it points to (causes with weights and the reason, in English and German) and
//! an example line.
//!
//! The scanner reads [`ENTRA_UNCODED`] and [`SASL_LOCAL`] (it reports a matching line as an
//! artifact); the rules read the other families in the texts of the artifacts found. Matching is
//! on the lower-cased text: every needle of `all` must occur, at least one of `any` (when there are
//! any) and none of `none`. Scanner rows also name their context words: the line is read against
//! the family only when one of them is a word of it (exactly, case and trailing dot included), so
//! a plain log line costs nothing. `tests/knowledge_rows.rs` runs every row's example through the
//! whole analysis and expects its kind, code and causes: a row no text can reach fails the build.

/// Exchange's switch `SmtpClientAuthenticationDisabled` (of a mailbox or the organisation) shown
/// false, as Get-CASMailbox or Get-TransportConfig show its state: its name says "disabled", its
/// value says SMTP AUTH is on. The rows that read "disabled" as the protocol switched off turn
/// these down. (The fix written as a command, `-SmtpClientAuthenticationDisabled $false`, stands
/// beside the error in advice and turns nothing down.)
macro_rules! auth_disabled_false {
    () => {
        "authenticationdisabled = false|authenticationdisabled =false|authenticationdisabled=false|authenticationdisabled: false|authenticationdisabled : false|authenticationdisabled:false|authenticationdisabled false|authenticationdisabled is false|authenticationdisabled is set to false|authenticationdisabled ist false|authenticationdisabled steht auf false"
    };
}

/// A condition or a question ("if it was not run", "whether"): a sentence that tells nothing of
/// this setup.
macro_rules! condition {
    () => {
        "if | when |when the |when you| falls |falls der |falls die |falls new-| wenn |wenn der |wenn die |whether| ob "
    };
}

pub mod concepts;
pub mod hub;

pub use concepts::{CONCEPTS, CONCEPT_VETO};

use super::CauseId as C;
use super::GeneralQuestion as Q;
use super::Words;
use crate::i18n::Text;
use crate::t;
use crate::words;

/// The key of a known text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextId {
    // Entra messages without their AADSTS number (scanner).
    /// `Application '…'(…) disabled.`: AADSTS7000112's wording in the sign-in log.
    EntraAppDisabled,
    /// AADSTS7000215, invalid client secret.
    EntraInvalidSecret,
    /// AADSTS7000222, expired client secret keys.
    EntraExpiredSecret,
    /// AADSTS7000218, client_assertion or client_secret missing.
    EntraSecretOrAssertionMissing,
    /// AADSTS900144, a parameter missing.
    EntraParameterMissing,
    /// AADSTS50011, redirect URI mismatch.
    EntraRedirectUri,
    /// AADSTS50011, reply URL mismatch (older wording).
    EntraReplyUrl,
    /// AADSTS50194, not a multi-tenant application.
    EntraNotMultiTenant,
    /// AADSTS9002331, personal Microsoft accounts only.
    EntraConsumersOnly,
    /// AADSTS700016, application not found in the directory.
    EntraAppNotFound,
    /// AADSTS500011, resource principal not found.
    EntraResourceNotFound,
    /// AADSTS1002012, client credentials without `/.default`.
    EntraDefaultScope,
    /// AADSTS70011, the scope parameter is not valid.
    EntraScopeNotValid,
    /// AADSTS65001, no consent.
    EntraNotConsented,
    /// AADSTS53003, blocked by Conditional Access.
    EntraConditionalAccess,
    /// AADSTS50076, multi-factor authentication required.
    EntraMfa,
    /// AADSTS50126, wrong user name or password.
    EntraBadPassword,
    /// AADSTS50057, account disabled.
    EntraAccountDisabled,
    /// AADSTS700027, client assertion signature invalid.
    EntraAssertionSignature,
    /// AADSTS700025, public client sent credentials.
    EntraPublicClient,
    /// AADSTS700027 in its newer wording.
    EntraAssertionFailed,
    /// AADSTS7000222 by its error name.
    EntraExpiredSecretName,
    /// AADSTS53003 by its error name.
    EntraConditionalAccessName,
    /// AADSTS50126 by its error name.
    EntraBadPasswordName,
    // Local SASL failures (scanner).
    /// Cyrus SASL, Postfix, gsasl: no usable mechanism or a SASL library error.
    SaslLocal,
    // Entra phrases in texts without a known code (rules).
    /// AADSTS50194 wording.
    PhraseNotMultiTenant,
    /// AADSTS50194 wording, `/common` not supported.
    PhraseCommonNotSupported,
    /// AADSTS7000215 wording.
    PhraseInvalidSecret,
    /// AADSTS7000222 wording.
    PhraseExpiredSecret,
    /// AADSTS7000218 wording.
    PhraseSecretOrAssertion,
    /// AADSTS50011 wording.
    PhraseRedirectUri,
    /// No reply address registered.
    PhraseNoReplyAddress,
    /// AADSTS65001 wording.
    PhraseNotConsented,
    /// AADSTS700016 wording.
    PhraseAppNotFound,
    /// AADSTS700082 wording.
    PhraseRefreshExpired,
    /// Must be sent to `/consumers`.
    PhraseMustUseConsumers,
    /// AADSTS9002331 as the personal-accounts endpoint words it for /common ('userAudience').
    EntraUserAudience,
    /// Outlook.com's IMAP refusing the mechanism: "Provided authentication mechanism is not supported".
    ReplyMechanismNotSupported,
    /// High Volume Email: "5.7.144 XOAUTH2 authentication failed. Invalid API permissions".
    ReplyHvePermissions,
    /// `430 4.2.0 STOREDRV … AuthenticationContext has no rights on this session`.
    ReplyNoRightsOnSession,
    /// High Volume Email: "5.7.240 The application is not allowed for use with this High Volume Email account".
    ReplyHveAppNotAllowed,
    /// AADSTS9002331 wording.
    PhraseUseConsumers,
    /// Tenant not found.
    PhraseTenantNotFound,
    /// Blocked by Conditional Access.
    PhraseConditionalAccess,
    // SMTP 5.7.139 (rules, first matching row).
    /// SMTP AUTH disabled for the tenant.
    Smtp57139Tenant,
    /// SMTP AUTH disabled for the mailbox.
    Smtp57139Mailbox,
    /// Basic authentication disabled.
    Smtp57139Basic,
    /// Security defaults.
    Smtp57139SecurityDefaults,
    /// Did not meet the criteria.
    Smtp57139Criteria,
    /// Organisation configuration does not allow it.
    Smtp57139OrgConfig,
    /// Credentials incorrect.
    Smtp57139Credentials,
    /// Only the `aka.ms/smtp_auth_disabled` link.
    Smtp57139Link,
    /// 5.7.139 without explanation.
    Smtp57139Bare,
    // Other server replies (rules, each row on its own).
    /// 5.7.30, basic authentication not supported.
    Smtp5730,
    /// `530 5.7.57 … anonymous mail during MAIL FROM`: no AUTH was tried at all.
    Smtp5757Anonymous,
    /// `530 5.7.57 Client not authenticated to send mail`: AUTH failed or was skipped.
    Smtp5757,
    /// .NET's SmtpException (System.Net.Mail, Send-MailMessage) with the refused AUTH beside it
    /// (`… Error: 535 5.7.3`): a password sign-in tried and refused.
    SmtpPasswordClientRefused,
    /// `550 5.2.253`: the sender throttled after repeated invalid-licence refusals.
    SmtpInvalidLicense,
    /// `550 5.2.251`: the sender throttled after repeated mailbox-full refusals.
    SmtpMailboxFullThrottle,
    /// Send-as refused.
    SendAsDenied,
    /// Temporary server problem.
    ServerTemporary,
    /// The server could not parse the SASL response.
    SaslNotParsed,
    /// The server does not know the mechanism.
    MechanismUnrecognised,
    /// The IMAP password `LOGIN` command failed.
    ImapLoginFailed,
    /// A concurrent-connection or submission limit of Exchange Online.
    ReplyConnectionLimit,
    /// AADSTS50012 saying the client assertion is outside its time window.
    RefineAssertionTime,
    /// AADSTS700022 as the token service words it today: no subject claim in the assertion.
    RefineAssertionNoSubject,
    /// AADSTS700023 as the token service words it today: the assertion's audience is another realm.
    RefineAssertionAudience,
    /// AADSTS50012 saying the client secret is invalid.
    RefineInvalidSecret50012,
    /// AADSTS70000 saying the account is in service abuse mode.
    RefineServiceAbuse,
    /// AADSTS70002 saying the request lacks `client_secret` or `client_assertion`.
    RefineSecretOrAssertion70002,
    /// AADSTS70002 "not enabled for consumers": a personal account with a work-only app.
    RefineConsumers70002,
    /// AADSTS70001 saying the application was not found in the tenant.
    RefineAppNotFound70001,
    /// AADSTS700016 naming an empty directory: the request named no tenant.
    RefineDirectoryEmpty,
    /// AADSTS70000 saying the `redirect_uri` is not valid.
    RefineRedirect70000,
    /// AADSTS50020 saying this API version issues no tokens for a Microsoft account.
    RefineApiVersion50020,
    /// AADSTS900144 missing the 'refresh_token': no offline_access in the sign-in.
    RefineRefreshParam900144,
    /// AADSTS700016 naming Microsoft's own directory: the request went to the wrong tenant.
    RefineDirectoryMicrosoft,
    /// AADSTS16000 saying the session expired or the password changed.
    RefineSessionInvalid16000,
    /// AADSTS90014 asking for `client_secret` or `client_assertion`.
    RefineSecretOrAssertion90014,
    /// AADSTS50013 saying the assertion's audience is another app.
    RefineAssertionAudience50013,
    /// AADSTS50001 or AADSTS500011 naming one of Microsoft's own services, which every tenant of
    /// its cloud has (Graph, Azure Resource Manager): the tenant is in another cloud, or another tenant.
    RefineFirstParty50001,
    /// The same for AADSTS500011.
    RefineFirstParty500011,
    /// AADSTS50001 "Resource identifier is not provided".
    RefineResourceMissing50001,
    /// AADSTS65005 for an organisation "in an unmanaged state".
    RefineUnmanaged65005,
    /// AADSTS7000216 for the client-credentials grant: the request carries no credential.
    RefineNoCredential7000216,
    /// AADSTS70011 asking for a `redirect_uri`: an authorization-code request without one.
    RefineRedirectMissing70011,
    /// AADSTS70000 asking the user to grant the client access to the scopes.
    RefineGrantScopes70000,
    /// AADSTS70020, the device code expired before the sign-in on the other device finished.
    RefineDeviceCodeExpired70020,
    /// AADSTS53003's message as the browser shows it without its code.
    EntraCaCriteria,
    /// AADSTS70001 saying the application is not supported for this API version.
    RefineApiVersion70001,
    /// AADSTS50001 saying the resource is disabled.
    RefineResourceDisabled50001,
    /// An MSAL confidential client built without a credential, or a client without its client id.
    ClientMsalNoCredential,
    /// An MSAL client whose certificate or assertion credential is configured wrong.
    ClientMsalAssertionConfig,
    /// Azure.Identity giving up on a token request after its retries: no answer came.
    ClientAzIdentityRetries,
    /// Node-RED's e-mail node without the message property that holds the access token.
    ClientNoTokenProperty,
    /// Mail::IMAPClient asked for LOGIN as an AUTHENTICATE mechanism.
    ClientImapClientLoginMechanism,
    /// gen_smtp (Erlang/Elixir) found no AUTH to use (`missing_requirement … auth`).
    ClientGenSmtpNoAuth,
    /// A Logic Apps / Power Automate API connection without a valid sign-in.
    ClientConnectionNotAuthenticated,
    /// SharePoint's client library signing in with a user's password (IDCRL, legacy
    /// authentication), as migration and signature tools show it.
    ClientIdcrlLegacy,
    /// A TLS handshake failed, its reason not given.
    ClientTlsHandshakeFailed,
    /// System.Net.Mail on port 465 ("Syntax error, command unrecognized").
    ClientSystemNetMail465,
    /// A server saying it is busy (throttling first).
    ServerBusy,
    /// `Session invalidated - ProtocolDisabled` (Exchange's IMAP/POP servers).
    ReplyInvalidatedProtocol,
    /// `Session invalidated - AccountDisabled`.
    ReplyInvalidatedAccount,
    /// `Session invalidated - PasswordExpired`.
    ReplyInvalidatedPassword,
    /// `Session invalidated - MailboxDisabled`.
    ReplyInvalidatedMailbox,
    /// A Graph SDK that got a web page where Graph's JSON was expected.
    ClientSdkHtmlBody,
    /// EWS answering 404 (the EWS address wrong).
    ApiEwsNotFound,
    /// The client's authority: not HTTPS, or its issuer not the one the tenant's metadata names.
    ClientAuthorityConfig,
    /// A token requested without scopes.
    ClientNoScopes,
    /// exchangelib gave up waiting out EWS's back-off.
    ClientEwsBackOff,
    /// EWS answered with ASP.NET's error page (a transient outage).
    ClientEwsServerError,
    /// nodemailer without its auth options, or with a method it does not know.
    ClientNodemailerAuthMissing,
    /// The client's stored OAuth token (or its password to a local OAuth proxy) is missing.
    ClientTokenSecretMissing,
    /// A client's SASL exchange broke off (its own protocol error).
    ClientSaslProtocolError,
    /// The server's temporary authentication failure, as a client words it (SMTP 454).
    ClientTemporaryAuthFailure,
    /// The server closed the channel as not available, as a client words it (SMTP 421).
    ClientServiceNotAvailable,
    /// A web mail client could not reach its mail server.
    ClientServerUnreachable,
    /// A folder of another mailbox not found or not accessible.
    ClientFolderNoAccess,
    /// Install-Module cannot reach the PowerShell Gallery (TLS 1.2 in Windows PowerShell 5.1).
    ClientPsGalleryTls,
    /// MSAL for Python could not read the tenant's metadata (a tenant that does not exist).
    ClientOidcDiscovery,
    /// Microsoft Graph or Exchange Online PowerShell failing inside the module (outdated, or assemblies in conflict).
    ClientModuleOutdated,
    /// An Exchange Online cmdlet's parameter unknown to the session: its roles do not hold it.
    ClientExoParameterHidden,
    /// An app registration's object id given where a service principal's is needed.
    ClientPrincipalTypeApplication,
    /// No service principal for the app id in the tenant's directory.
    ClientNoServicePrincipal,
    /// Roundcube's empty IMAP greeting: nothing answered on connect (plain connection to the
    /// implicit-TLS port, or a blocked one).
    ClientImapEmptyGreeting,
    /// Outlook.com's LOGIN refused for an account blocked until verified in a browser.
    ImapLoginAccountBlocked,
    /// Azure CLI's note that an added API permission needs its grant to take effect.
    ClientAzPermissionGrant,
    /// The server sent no greeting: a plain connection to a TLS port, or a box in between closing it.
    ClientNoGreeting,
    /// The client refuses the server's address as not public (DNS answers a private address).
    ClientPrivateAddress,
    /// A library's OAuth flow type that does not fit the credentials or the call.
    ClientFlowType,
    /// A help desk's mailbox settings without its OAuth client id or secret.
    ClientOAuthFieldsEmpty,
    /// A mail app with no OAuth setup for the server, or no browser for the sign-in.
    ClientOAuthProviderUnknown,
    /// A proxy refused the tunnel (407, 403).
    ClientProxyRefused,
    /// Connect-ExchangeOnline could not load the app's certificate.
    ExoCertificateLoad,
    /// A sending limit of the mailbox reached (recipients per day, message rate).
    ReplySendingLimit,
    /// `4.7.500-699 Access denied, please try again later`: the sending IP is held back for now.
    ReplyIpAccessDeniedLater,
    /// The sender or the tenant is blocked from sending (outbound spam, new tenant).
    ReplySenderRestricted,
    /// The connecting IP is on a blocklist (EOP's connection filter, Spamhaus).
    ReplySenderIpListed,
    /// A local OAuth proxy's account never authorised (its interactive request timed out).
    ReplyLocalProxyNotAuthorised,
    /// TLS 1.0/1.1 refused.
    ReplyTlsUnsupported,
    /// `5.5.124 Invalid XOAUTH2 auth data`: the user address in XOAUTH2 is not valid.
    ReplyXoauth2UserInvalid,
    /// `5.7.64 TenantAttribution; Relay Access Denied`: mail arrived unauthenticated.
    ReplyRelayDenied,
    /// A connection dropped or timed out (`4.4.1`, `4.4.2`).
    ReplyConnectionDropped,
    /// PHPMailer's AUTH LOGIN password step failed.
    ReplyPasswordCommand,
    /// The client found no AUTH in the server's EHLO reply.
    ReplyAuthNotOffered,
    /// An IMAP command in the wrong state (the sign-in did not complete).
    ReplyInvalidState,
    /// `Server Unavailable. 15`: the IMAP/POP proxy cannot reach the mailbox.
    ReplyServerUnavailable15,
    /// `LogonDenied-BasicAuthBlocked`: the IMAP/POP front end refused a password sign-in.
    ReplyBasicAuthBlocked,
    /// `Logon failure: unknown user name or bad password`: a password sign-in was refused.
    ReplyLogonFailurePassword,
    /// `5.7.3 STARTTLS is required`, `Must issue a STARTTLS command first`: AUTH or mail before TLS.
    ReplyStarttlsRequired,
    /// `-ERR STLS not supported`: STARTTLS asked where the server offers none.
    ReplyStlsNotSupported,
    /// A local OAuth proxy answering that it could not reach Microsoft.
    ReplyLocalProxyOffline,
    /// A local OAuth proxy refusing the sign-in itself (account entry, local password).
    ReplyLocalProxyRefused,
    /// `5.7.1 Client was not authenticated`: mail sent without a completed SMTP AUTH.
    ReplyClientNotAuthenticated,
    /// Exim's refusal of a sign-in: another server than Exchange Online answered.
    ReplyEximIncorrectData,
    /// Exim's greeting, or a shared host's relay: another server than Exchange Online answered.
    ReplyEximGreeting,
    /// EWS reached at a URL of another version than the mailbox's server.
    ApiEwsVersionMismatch,
    /// EWS could not route to the mailbox's server.
    ApiEwsNoRespondingCas,
    /// Graph found no license for the user.
    ApiNoLicenseInformation,
    /// .NET's proxy given without its custom use policy.
    ClientProxyPolicy,
    /// Windows' WSAEACCES on a connection.
    ClientSocketForbidden,
    /// A browser's cross-origin request to the token endpoint refused.
    ClientTokenCors,
    /// Exchange's outdated information on a moved mailbox.
    ClientMailboxInfoStale,
    /// nodemailer's "Greeting never received".
    ClientSmtpNoGreeting,
    /// mutt's "No authenticators available": none of its SASL mechanisms usable.
    ClientMuttNoAuthenticators,
    /// AADSTS50034 naming the directory of personal Microsoft accounts.
    RefineMsaDirectory50034,
    /// Exchange ActiveSync's status 126: ActiveSync off for the mailbox.
    ClientEasDisabledForSync,
    /// TbSync: ActiveSync named no protocol versions (blocked for the user or client).
    ClientEasNoVersions,
    /// MailCore 2: "A stable connection to the server could not be established".
    ClientMailcoreStableConnection,
    /// .NET's "The specified network password is not correct": the password of a PFX file.
    ClientPfxPassword,
    /// MSAL.NET's confidential client on a mobile platform or a Mac.
    ClientConfidentialOnMobile,
    /// A managed identity not assigned to the resource the code runs on.
    ClientManagedIdentityNotAssigned,
    /// MSAL: a client assertion that is not a JWS (RFC 7515).
    ClientAssertionNotJws,
    /// SharePoint's IDCRL sign-in (user name and password) refused.
    ClientIdcrlBadPassword,
    /// MSAL: a confidential client built with no credential (secret, certificate, assertion).
    ClientNoCredential,
    /// MSAL: an authority URL it cannot read.
    ClientAuthorityUnparsed,
    /// PHP `imap_open` failing to open an Exchange Online mailbox (it has no XOAUTH2).
    ClientCclientOpenExchange,
    /// A client without a refresh token to use (not returned, or not kept).
    ConceptRefreshTokenMissing,
    /// FairEmail: this account must be set up with its Outlook / Office 365 wizard (OAuth).
    ClientFairEmailOutlookWizard,
    /// Laminas (Zend) Mail: a POP3 command refused (-ERR).
    ClientLaminasLastRequest,
    /// PHP asked for a `starttls://` stream, a transport it does not have.
    ClientPhpStarttlsTransport,
    /// nodemailer's socket error while connecting.
    ClientNodemailerSocket,
    /// Remote PowerShell's HTTP 440 from a sovereign cloud's host.
    ClientWinrm440Sovereign,
    /// Remote PowerShell's HTTP 440.
    ClientWinrm440,
    /// Exchange Online refuses a sender or sending IP it lists (banned sender, blocklist).
    ReplyBannedSender,
    /// A recipient's receive limit or delivery thread limit (`5.2.121`, `5.2.122`, `4.3.2 STOREDRV.Deliver`).
    ReplyReceiveLimit,
    // Client texts (rules).
    /// A local SASL library or plugin failure quoted by a client.
    ClientSaslLocal,
    /// A connection failure (timeout, DNS, refused, TLS interception) quoted by a client.
    ClientNetwork,
    /// The client asks Google's token endpoint for a Microsoft token.
    ClientGoogleEndpoint,
    /// JavaMail cannot start TLS.
    ClientTlsConvertSocket,
    /// The personal-account side refuses an app not registered for it.
    ClientConsumersOnly,
    /// A client that sends HTTP Basic authentication.
    ClientHttpBasicAuth,
    /// The EWS Managed API refuses a token string that is not a JWT.
    ClientEwsTokenNotJwt,
    /// The client's own token provider failed (nodemailer, Azure.Identity, MSAL).
    ClientTokenProvider,
    /// The TLS versions of client and server do not meet (Java, OpenSSL, SChannel texts).
    ClientTlsVersion,
    /// The client could not load or use its certificate (MSAL, Exchange Online PowerShell).
    ClientCertificate,
    /// exchangelib could not agree an authentication type with the server.
    ClientAuthTypeProbe,
    /// The client spoke TLS to a plain-text port, or plain text to a TLS port.
    ClientTlsMode,
    /// Entra's consent screen or the portal's consent grant refused ("Need admin approval").
    ClientConsentNeeded,
    /// System.Net.Mail's 5.7.57 for anonymous mail: no sign-in was tried.
    ClientSystemNetMailAnonymous,
    /// System.Net.Mail's `net_io_connectionclosed`: the server closed without a reply.
    ClientNetIoClosed,
    /// OAuth `access_denied` as clients word it: the user or the authorization server refused.
    ClientAccessDenied,
    /// The server offered the client no sign-in mechanism it can use (AUTH not advertised).
    ClientAuthNotOffered,
    /// A client asking for PLAIN or CRAM-MD5, which Exchange Online never offers.
    ClientAuthPlainNotOffered,
    /// The token response held no refresh token (no `offline_access`).
    ClientNoRefreshToken,
    /// An application saying Microsoft accounts need OAuth, not a password.
    ClientOauthRequired,
    /// A client saying the account's password has expired.
    ClientPasswordExpired,
    /// Claws Mail, GNOME Online Accounts, fetchmail (DE): a refused sign-in in their words.
    BareLoginRefused,
    /// System.Net.Mail's SmtpClient not signed in (it signs in with a password only).
    ClientSystemNetMail,
    /// MSAL refusing an authority it does not know (a retired or sovereign cloud's host).
    ClientMsalAuthority,
    /// An app password named: a password sign-in (basic authentication).
    ClientAppPassword,
    /// MSAL refusing reserved scopes (`openid`, `profile`, `offline_access`) in a request.
    ClientMsalReservedScope,
    /// MSAL.NET's system browser without a loopback redirect URI.
    ClientMsalLoopback,
    /// A certificate credential that cannot be used locally (no private key, keyset missing).
    ClientCertificateLocal,
    /// The mailbox signed in differs from the one the client expected (DavMail, Exchange's
    /// "Resource Owner and Email Mismatch").
    ClientUserMismatch,
    /// The sign-in stopped at an interactive security step (MFA registration or prompt) that
    /// the client cannot show.
    ClientMfaInteractive,
    /// A token request refused with HTTP 401 and no body in the paste (invalid_client).
    ClientTokenRefused401,
    /// A token request refused with HTTP 400 and no body in the paste.
    ClientTokenRefused400,
    /// Azure.Identity's client secret credential failed, without the token endpoint's answer.
    ClientSecretCredentialFailed,
    /// A refresh of a token refused with HTTP 400 and no body in the paste (invalid_grant).
    ClientRefreshStatus400,
    /// A client secret that is empty or rejected, in a client's own words.
    ClientSecretRejected,
    /// The ExchangeOnlineManagement module failing on the admin's machine (an MSAL assembly
    /// conflict, the Windows sign-in broker, WinRM's client Basic setting, .NET runtime types).
    ClientExoModule,
    /// An interactive sign-in that could not show its window: the Windows sign-in broker (WAM)
    /// without a parent window, a Linux host without a browser (MSAL's own wordings).
    ClientInteractiveNoWindow,
    /// A client told it may not open the mailbox (Outlook on the web, Outlook; EN/DE).
    ClientNoMailboxRight,
    /// A .NET client's IdentityModel failing to read a token's header (IDX12729).
    ClientTokenDecode,
    /// MSAL's user realm discovery not knowing the user's domain (ROPC, "Unsupported User Type").
    ClientMsalUserRealm,
    /// CDO's logon failure (0x80040217): its AUTH LOGIN refused.
    ClientCdoLogonFailure,
    /// A URL that asks for TLS on connect of a port that starts plain (`ssl://…:587`).
    ClientTlsOnUpgradePort,
    /// A federated identity provider's WS-Trust endpoint refused the user name and password.
    ClientWsTrustRefused,
    /// Dynamics 365 server-side synchronization's Test & Enable: the mailbox's user is disabled.
    ClientDynamicsUserDisabled,
    /// Dynamics 365 server-side synchronization's Test & Enable: no usable Exchange Online mailbox.
    ClientDynamicsNoMailbox,
    /// A .NET or MailKit TLS handshake failure without the server's reason.
    ClientTlsHandshake,
    /// JavaMail found no authentication mechanism both sides support.
    ClientNoCommonMechanism,
    /// The OAuth 2.0 `invalid_client` description (RFC 6749) without an Entra code.
    ClientAuthenticationFailed,
    /// MSAL: the password (ROPC) flow with a personal Microsoft account.
    ClientRopcMsa,
    /// A sasl-xoauth2 token refresh that could not reach the token endpoint.
    ClientPluginNetwork,
    /// The client could not renew its token with its refresh token.
    ClientRefreshFailed,
    /// PHPMailer's OAuth provider: the token endpoint refused the refresh token.
    ClientRefreshRefused,
    /// A client library refuses the configured scopes before asking Entra.
    ClientScopeArgument,
    /// A client library refuses the configured authority (login URL without a tenant).
    ClientAuthorityAddress,
    /// PHP's imap extension gave up signing in (it has no XOAUTH2).
    ClientImapAuthCancelled,
    /// Python's smtplib looped on the server's challenges after the XOAUTH2 string.
    ClientSmtpAuthLoop,
    /// A client asks to check the user name and password.
    ClientCheckPassword,
    /// The Exchange Online PowerShell session was closed (its token expired, the connection dropped).
    ClientPsRunspaceClosed,
    /// The client is set to a sign-in method the server does not offer (Thunderbird).
    ClientAuthMethodNotOffered,
    /// MSAL found no account in its token cache for a silent request.
    ClientNoCachedAccount,
    /// Thunderbird's account setup could not verify an Exchange configuration.
    ClientConfigUnverifiable,
    /// The client may hold more connections than the server allows (Thunderbird).
    ClientTooManyConnections,
    /// A client or API message saying the access token has expired.
    TokenExpiredMessage,
    // EWS and Graph errors (rules, first matching row).
    /// EWS wants the ExchangeImpersonation header.
    ApiImpersonationHeader,
    /// An Application Access Policy blocks the app (`[RAOP]`, `AppOnly AccessPolicy`).
    ApiAppAccessPolicy,
    /// Graph `/me` with an app-only token.
    ApiMeAppOnly,
    /// Throttled by EWS or Graph.
    ApiThrottled,
    /// Graph's subscription refused for the user or application (`ExtensionError`, Forbidden).
    ApiSubscriptionForbidden,
    /// EWS: a search returned more items than one call may.
    ApiFindCountLimit,
    /// EWS names its throttling budget or asks to back off.
    ApiThrottleBudget,
    /// EWS ErrorServerBusy (its throttling answer, also a busy server).
    ApiErrorServerBusy,
    /// EWS `ErrorNoApplicableProxyCASServersAvailable`: no server could take the request.
    ApiNoProxyServer,
    /// Continuous access evaluation refusing a token issued before a revocation or policy change.
    ApiCaeChallenge,
    /// `ErrorIncorrectRoutingHint`: the X-AnchorMailbox names another mailbox than the request's.
    ApiRoutingHint,
    /// An HTTP 404 from Microsoft Graph without its error code.
    ApiGraphNotFound,
    /// HTTP 429 without a more specific code.
    ApiTooManyRequests,
    /// EWS `x-ms-diagnostics` 2000001 (`invalid_token`).
    EwsDiagInvalidToken,
    /// EWS `x-ms-diagnostics` 2000003 (`invalid_resource`, the audience).
    EwsDiagInvalidResource,
    /// EWS `x-ms-diagnostics` 2000004 (`invalid_tenant`).
    EwsDiagInvalidTenant,
    /// EWS `x-ms-diagnostics` 2000005 (`invalid_user`).
    EwsDiagInvalidUser,
    /// EWS `x-ms-diagnostics` 2000008 (`invalid_grant`, no permissions in the token).
    EwsDiagNoPermissions,
    /// EWS `x-ms-diagnostics` 2000010 (`insufficient_auth_strength`: a secret where a certificate
    /// is required).
    EwsDiagAuthStrength,
    /// REST/Graph `ErrorMissingEmailAddress`: a request without a mailbox to act on.
    ApiMissingEmailAddress,
    /// EWS Managed API: `(403) Forbidden` for an authenticated request.
    EwsForbidden,
    /// `ErrorItemNotFound`: the object is not found in the store.
    ApiItemNotFound,
    /// Graph got a request without a token.
    ApiTokenEmpty,
    /// Graph could not parse the token at all.
    ApiCompactToken,
    /// Impersonation refused, with an app-only token.
    ApiImpersonateDeniedAppOnly,
    /// Impersonation refused, with a user token.
    ApiImpersonateDeniedDelegated,
    /// Impersonation refused, the paste showing neither an app-only nor a user sign-in.
    ApiImpersonateDenied,
    /// No usable Exchange Online mailbox.
    ApiMailboxNotUsable,
    /// The token's audience is invalid.
    ApiTokenAudience,
    /// The token has expired.
    ApiTokenExpired,
    /// The token failed lifetime validation.
    ApiTokenLifetime,
    /// The token could not be validated.
    ApiTokenInvalid,
    /// The calling app is not known in the tenant.
    ApiIdentityNotFound,
    /// `Request_ResourceNotFound`.
    ApiResourceNotFound,
    /// `ResourceNotFound` for a user.
    ApiUserNotFound,
    /// Access to OData is disabled.
    ApiODataDisabled,
    /// The organisation's EWS user-agent allow list refuses the client.
    ApiUserAgentAllowList,
    /// A mailbox's Graph resource (`sendMail`, `messages`, `calendar`, …) called without `/me` or
    /// `/users/<mailbox>` in the path.
    ApiNoMailboxInPath,
    /// A segment of a user's mailbox alone (`mailFolders`, `calendars`, …) not found in Graph.
    ApiMailboxSegmentNotFound,
    /// Graph's `DelegatedCalendarAccessDenied`: the signed-in user is no delegate of the calendar.
    ApiDelegatedCalendarDenied,
    /// EWS ErrorPasswordExpired.
    ApiPasswordExpired,
    /// EWS ErrorNonPrimarySmtpAddress: a proxy address used instead of the primary one.
    ApiNonPrimarySmtp,
    /// A tenant restriction (proxy-inserted header) refused the token.
    ApiTenantRestriction,
    /// Access denied.
    ApiAccessDenied,
    /// Access refused to an app-only sign-in.
    ApiAccessDeniedAppOnly,
    /// EWS's `ErrorAccessDenied`: the identity's right on the mailbox, not the token's permission.
    ApiAccessDeniedEws,
    /// Access refused to a user (delegated) sign-in.
    ApiAccessDeniedDelegated,
    /// An add-in's item-scoped token sent to a REST API.
    ApiItemScopedToken,
    /// Exchange Online refuses an Outlook add-in's legacy Exchange token outright.
    ApiLegacyTokensOff,
    /// Office.js's error for an add-in's legacy Exchange token request.
    ApiAddinTokenError,
    /// An add-in's legacy Exchange token call told of as failing.
    ApiAddinTokenCall,
    /// EWS Autodiscover found no endpoint.
    ApiAutodiscoverNotFound,
    /// The API got a token that is not a JWT.
    ApiTokenNotJwt,
    /// A problem on the API's side.
    ApiServerBusy,
    // PowerShell errors (rules).
    /// An Exchange cmdlet refused for lack of a role.
    PsAccessDenied,
    /// A service principal not found by an Exchange cmdlet.
    PsServicePrincipalNotFound,
    /// An object quoted by its id (a GUID) not found by an Exchange cmdlet.
    PsIdNotFound,
    /// A mailbox not found by an Exchange cmdlet.
    PsMailboxNotFound,
    /// An Exchange cmdlet given an empty id (a variable never filled).
    PsEmptyId,
    /// PowerShell output showing a disabled account.
    PsAccountDisabled,
    // Exchange Online PowerShell app-only connection errors (rules, any text).
    /// The app's Entra role is not one EXO app-only accepts.
    ExoAppRoleUnsupported,
    /// The signed-in account's role is not one EXO PowerShell accepts (GDAP, WAM).
    ExoUserRoleUnsupported,
    /// The remote PowerShell session was refused.
    ExoConnectAccessDenied,
    /// Remote PowerShell (`powershell-liveid`) with basic authentication, retired.
    ExoRpsBasic,
    /// `Connect-ExchangeOnline` answered `UnAuthorized`.
    ExoUnauthorized,
    /// A cmdlet the account's roles do not include.
    ExoCmdletNotAllowed,
    /// The app has no Exchange management role (`AuthZ-CmdletAccessDeniedException`).
    ExoNoManagementRole,
    /// Exchange Online PowerShell's REST call refused with 401 (or the module's GetResponseHeader
    /// error that hides it): the app's or account's Exchange role.
    ExoRest401,
    /// New-ApplicationAccessPolicy given a group that is not a mail-enabled security group.
    ExoPolicyScopeNotPrincipal,
    /// `Test-ApplicationAccessPolicy` output: `AccessCheckResult : Denied`.
    ExoAccessCheckDenied,
    /// `Test-ServicePrincipalAuthorization` output: `InScope : False`.
    ExoNotInScope,
    // Account state (rules).
    /// A message saying the account is disabled, locked or blocked.
    AccountBlocked,
    /// The account told blocked from signing in (the admin centre's "Block sign-in").
    AccountSignInBlocked,
    // Bare authentication failures in client wording (the hub reads them).
    /// laminas-mail (GLPI and others): `cannot login, user or password wrong`.
    BareLaminasLogin,
    /// `Authentication failed.` quoted without a library's wrapper (Roundcube's log, forum posts).
    BareAuthenticationFailed,
    /// A c-client mailbox of port 993/995 with the STARTTLS flag (`{host:993/imap/tls}`).
    ClientCclientTlsFlag,
    /// c-client (PHP `imap_open`): `Can not authenticate to IMAP server: …`
    BareCClient,
    /// fetchmail: `Authorization failure on …`, `Query status=3 (AUTHFAIL)`.
    BareFetchmail,
    /// OTRS/Znuny mail account: `Auth for user … failed!`
    BareOtrsAuth,
    /// Thunderbird account setup: `Unable to log in at server. Probably wrong configuration, …`
    BareThunderbirdSetup,
    /// Thunderbird's refused sign-in.
    BareThunderbirdLogin,
    /// A refused sign-in ("Anmeldung … fehlgeschlagen", Thunderbird's among them), in German.
    BareThunderbirdLoginDe,
    /// A failed authentication ("Authentifizierung … fehlgeschlagen"), in German.
    BareGerman,
    /// DavMail: `Authentication failed: invalid user or password`.
    BareDavmail,
    /// A server or API that refused the access token, in a client's words ("The server rejected
    /// the access token", "Zugriffstoken nicht akzeptiert").
    BareTokenRefused,
    /// An HTTP 401 as .NET, SOAP clients and PHP EWS clients word it.
    BareHttp401,
    /// Thunderbird's OAuth2 sign-in refused (`imapOAuth2Error`, `oAuth2Error`).
    BareThunderbirdOAuth2,
    /// Thunderbird's SMTP sign-in refused (`smtpAuthFailure`).
    BareThunderbirdSmtp,
    /// Webklex php-imap's `AuthFailedException`: `failed to authenticate`.
    BareFailedToAuthenticate,
    // What a report tells of the setup in prose (NARRATIVE).
    /// Basic authentication told turned off ("Basic Auth abgeschaltet").
    NarrativeBasicOff,
    /// The same in German documentation's word ("Standardauthentifizierung deaktiviert").
    NarrativeBasicOffDe,
    /// The tenant's security defaults named as on ("we enabled security defaults").
    NarrativeSecurityDefaults,
    /// A Microsoft Graph audience or scope told beside a mail protocol.
    NarrativeGraphAudience,
    /// The token's audience told to be Exchange Online: not the Graph trap; Exchange's own setup
    /// remains.
    NarrativeExchangeAudience,
    /// Microsoft Graph's mail permissions (`Mail.Send`, `Mail.Read`) told as the app's, in a
    /// paste about a mail protocol.
    NarrativeGraphMailPermission,
    /// A permission or registration told changed minutes before the failure.
    NarrativeRecentChange,
    /// A shared mailbox named.
    NarrativeSharedMailbox,
    /// A client secret told expired.
    NarrativeSecretExpired,
    /// The app registration's object id or client id told beside the service principal.
    NarrativeWrongObjectId,
    /// The app registration's object id told used instead of the Enterprise application's.
    NarrativeWrongObjectIdInstead,
    /// The service principal told never registered in Exchange ("we forgot to run
    /// New-ServicePrincipal").
    NarrativeSpNotRegistered,
    /// A token told to have no roles.
    NarrativeNoRoles,
    /// Delegated permissions told beside an app-only flow.
    NarrativeDelegatedForAppOnly,
    /// SMTP AUTH told disabled for the tenant.
    NarrativeSmtpAuthTenant,
    /// IMAP, POP or SMTP AUTH told disabled for a mailbox.
    NarrativeProtocolDisabled,
    /// Sending told to work while receiving fails (or the reverse): one protocol of the mailbox
    /// is refused, another accepted.
    NarrativeOtherProtocolWorks,
    /// Other mailboxes told to work while this one fails: what differs is the mailbox's own
    /// setup (its permission for the app, its protocol switch), not the app or the token.
    NarrativeOtherMailboxesWork,
    /// The Azure portal's permission status "Not granted for <tenant>": admin consent missing.
    NarrativeConsentNotGrantedFor,
    /// Admin consent told missing or required.
    NarrativeConsentMissing,
    /// Conditional Access named.
    NarrativeConditionalAccess,
    /// MFA named beside a password sign-in.
    NarrativeMfaPassword,
    /// A sign-in with a user name and password told (basic authentication: "we send with
    /// username and password").
    NarrativePasswordSignIn,
    /// The mailbox or user told to have no licence.
    NarrativeUnlicensed,
    /// A proxy or firewall told to block.
    NarrativeProxyBlock,
    /// A refused sign-in told in prose (EN/DE): "cannot authenticate", "unable to log in",
    /// "Anmeldung schlägt fehl" — what a ticket or forum post says when it quotes no error.
    BareNarrative,
    // What an error message says in its own words, when no known text matches (CONCEPTS).
    /// A concept row (`texts/concepts.rs`).
    ConceptSecretIdAsValue,
    /// A concept row (`texts/concepts.rs`).
    ConceptSecretExpired,
    /// A concept row (`texts/concepts.rs`).
    ConceptSecretWrong,
    /// A concept row (`texts/concepts.rs`).
    ConceptSecretEncoding,
    /// A concept row (`texts/concepts.rs`).
    ConceptEwsRetired,
    /// A concept row (`texts/concepts.rs`).
    ConceptTlsNegotiation,
    /// A concept row (`texts/concepts.rs`).
    ConceptStarttlsFailed,
    /// 454 4.7.0 Failed to establish appropriate TLS channel.
    ReplyTlsChannelRequired,
    /// A concept row (`texts/concepts.rs`).
    ConceptPasswordRefused,
    /// A concept row (`texts/concepts.rs`).
    ConceptMailServerInvalid,
    /// A concept row (`texts/concepts.rs`).
    ConceptXoauth2Malformed,
    /// A concept row (`texts/concepts.rs`).
    ConceptUserTokenMismatch,
    /// Microsoft's page for a sign-in returned to a redirect URI it no longer serves.
    ClientWrongPlace,
    /// OAuth's `invalid_token` in an API's 401 (RFC 6750), without Exchange's diagnostics code.
    ApiBearerInvalidToken,
    /// A concept row (`texts/concepts.rs`).
    ConceptAfterAnHour,
    /// A concept row (`texts/concepts.rs`).
    ConceptSignInExpires,
    /// A concept row (`texts/concepts.rs`).
    ConceptNewTokenNeeded,
    /// A concept row (`texts/concepts.rs`).
    ConceptReauthorize,
    /// A concept row (`texts/concepts.rs`).
    ConceptServerCertExpired,
    /// A concept row (`texts/concepts.rs`).
    ConceptApiRetired,
    /// A concept row (`texts/concepts.rs`).
    ConceptAddressMismatch,
    /// Graph's "the requested user … is invalid" in any wrapper: no such mailbox.
    ConceptRequestedUserInvalid,
    /// A folder not opened for want of rights.
    ConceptFolderNoPermission,
    /// A device's state a policy asks for, in Entra's words.
    ConceptDeviceState,
    /// The user not in the tenant's directory, in Entra's words.
    ConceptUserNotInDirectory,
    /// A grant redeemed at another tenant.
    ConceptGrantOtherTenant,
    /// A request that names no tenant.
    ConceptTenantNotIdentified,
    /// A flow that needs the tenant's own token endpoint, or a token endpoint that does not fit
    /// the configuration.
    ConceptTenantEndpointRequired,
    /// A token endpoint that does not fit the configuration.
    ConceptTokenEndpointMismatch,
    /// The client assertion's audience (not an access token's).
    ConceptClientAssertionAudience,
    /// A message naming both connection security modes (SSL/TLS and STARTTLS).
    ConceptBothTlsModes,
    /// A kind of account the resource does not accept.
    ConceptAccountTypeResource,
    /// Tenant restrictions refused the sign-in.
    ConceptTenantRestriction,
    /// A concept row (`texts/concepts.rs`).
    ConceptAppRegistrationPermissions,
    /// WinRM's remote shell lost on the server (`WSMan-InvalidShellID`).
    ExoShellNotFound,
    /// A client's warning of the end of password sign-in for Outlook.com accounts (2024).
    ClientConsumerPasswordRetired,
    /// A concept row (`texts/concepts.rs`).
    ConceptVpn,
    /// A refused sign-in at a named server, in German word order.
    BareLoginToServer,
    /// Exchange Online's `X-EWS-Policy-Reason`: EWS disabled for the user or tenant.
    EwsPolicyDisabled,
    /// Exchange Online's `X-EWS-Policy-Reason`: EWS blocked by an app-id or user-agent policy.
    EwsPolicyBlocked,
    /// A concept row (`texts/concepts.rs`).
    ConceptTokenExpired,
    /// A concept row (`texts/concepts.rs`).
    ConceptTokenWrongApi,
    /// A concept row (`texts/concepts.rs`).
    ConceptPublicClient,
    /// A concept row (`texts/concepts.rs`).
    ConceptCloud,
    /// A concept row (`texts/concepts.rs`).
    ConceptMfa,
    /// A concept row (`texts/concepts.rs`).
    ConceptNetworkBlocked,
    /// A concept row (`texts/concepts.rs`).
    ConceptUnreachable,
    /// A concept row (`texts/concepts.rs`).
    ConceptMailboxNotFound,
    /// A concept row (`texts/concepts.rs`).
    ConceptNoResponse,
    /// A concept row (`texts/concepts.rs`).
    ConceptConnectionFailed,
    /// A concept row (`texts/concepts.rs`).
    ConceptGraphUserNotFound,
    /// A concept row (`texts/concepts.rs`): Exchange's ApplicationImpersonation role missing.
    ConceptImpersonationRole,
    /// A concept row (`texts/concepts.rs`).
    ConceptAppNotAssigned,
    /// A concept row (`texts/concepts.rs`).
    ConceptAppDisabled,
    /// A concept row (`texts/concepts.rs`).
    ConceptClientIdInvalid,
    /// A concept row (`texts/concepts.rs`).
    ConceptNoMailbox,
    /// A concept row (`texts/concepts.rs`).
    ConceptAppNotFound,
    /// A concept row (`texts/concepts.rs`).
    ConceptCommonEndpoint,
    /// A concept row (`texts/concepts.rs`).
    ConceptTenantId,
    /// A concept row (`texts/concepts.rs`).
    ConceptTenantNotFound,
    /// A concept row (`texts/concepts.rs`).
    ConceptRedirectUri,
    /// A concept row (`texts/concepts.rs`).
    ConceptScope,
    /// A concept row (`texts/concepts.rs`).
    ConceptPermissionMissing,
    /// A concept row (`texts/concepts.rs`).
    ConceptConsent,
    /// A concept row (`texts/concepts.rs`).
    ConceptPersonalAccount,
    /// A concept row (`texts/concepts.rs`).
    ConceptAudience,
    /// A concept row (`texts/concepts.rs`).
    ConceptClockSkew,
    /// A concept row (`texts/concepts.rs`).
    ConceptSpNotInExchange,
    /// A concept row (`texts/concepts.rs`).
    ConceptObjectId,
    /// A concept row (`texts/concepts.rs`).
    ConceptAccessPolicy,
    /// A concept row (`texts/concepts.rs`).
    ConceptSendAsAdvice,
    /// A concept row (`texts/concepts.rs`).
    ConceptSendAs,
    /// A concept row (`texts/concepts.rs`).
    ConceptMailboxPermission,
    /// A concept row (`texts/concepts.rs`).
    ConceptAppRole,
    /// A concept row (`texts/concepts.rs`).
    ConceptImpersonation,
    /// A concept row (`texts/concepts.rs`).
    ConceptMeAppOnly,
    /// A concept row (`texts/concepts.rs`).
    ConceptBasicOff,
    /// NTLM or Basic's challenge refused or missing (Exchange Online signs in with OAuth only).
    ConceptNtlm,
    /// A concept row (`texts/concepts.rs`).
    ConceptSmtpAuthOff,
    /// A concept row (`texts/concepts.rs`).
    ConceptProtocolOff,
    /// A concept row (`texts/concepts.rs`).
    ConceptLockout,
    /// A concept row (`texts/concepts.rs`).
    ConceptThrottling,
    /// A concept row (`texts/concepts.rs`).
    ConceptServerErrorsRetried,
    /// A concept row (`texts/concepts.rs`).
    ConceptRevocationCheck,
    /// A concept row (`texts/concepts.rs`).
    ConceptOutboundBlocked,
    /// A concept row (`texts/concepts.rs`).
    ConceptReplication,
    /// A concept row (`texts/concepts.rs`).
    ConceptLicence,
    /// A concept row (`texts/concepts.rs`).
    ConceptOutage,
    /// A concept row (`texts/concepts.rs`).
    ConceptTlsVersion,
    /// A concept row (`texts/concepts.rs`).
    ConceptSecureChannel,
    /// A concept row (`texts/concepts.rs`).
    ConceptTlsMode,
    /// A concept row (`texts/concepts.rs`).
    ConceptAuthNotOffered,
    /// A concept row (`texts/concepts.rs`).
    ConceptHandshakePacket,
    /// A concept row (`texts/concepts.rs`).
    ConceptInternetConnection,
    /// A concept row (`texts/concepts.rs`).
    ConceptPasswordExpired,
    /// A concept row (`texts/concepts.rs`).
    ConceptMoreInformation,
    /// A concept row (`texts/concepts.rs`).
    ConceptUserNameMismatch,
    /// A concept row (`texts/concepts.rs`).
    ConceptInsufficientPrivileges,
    /// A concept row (`texts/concepts.rs`).
    ConceptHttp429,
    /// A concept row (`texts/concepts.rs`).
    ConceptPasswordMechanism,
    /// A concept row (`texts/concepts.rs`).
    ConceptSecretMissing,
    /// A concept row (`texts/concepts.rs`).
    ConceptFromRefused,
    /// A concept row (`texts/concepts.rs`).
    ConceptAccessScopeGroup,
    /// A concept row (`texts/concepts.rs`).
    ConceptTlsSecurityType,
    /// A concept row (`texts/concepts.rs`).
    ConceptServerNoMechanism,
    /// A concept row (`texts/concepts.rs`).
    ConceptClientSasl,
    /// A concept row (`texts/concepts.rs`).
    ConceptOAuthSetupMissing,
    /// A concept row (`texts/concepts.rs`).
    ConceptUsernameMissing,
    /// A concept row (`texts/concepts.rs`).
    ConceptScopeMissing,
    /// A concept row (`texts/concepts.rs`).
    ConceptAuthorizationFailed,
    /// A concept row (`texts/concepts.rs`).
    ConceptServerUnavailable,
    /// A server told as busy, the client waiting to retry: throttling (Graph's 429, EWS's back-off).
    ConceptServerBusy,
    /// Outlook's IMAP `BAD Command Error. 10` after an XOAUTH2 sign-in.
    ConceptCommandError10,
    /// A role check (RBAC) that refused the signed-in admin.
    ConceptRbacCheck,
    /// A concept row (`texts/concepts.rs`).
    ConceptRbacScope,
    /// An internal error of Microsoft's service, in an application's words.
    ConceptInternalError,
    /// An API or server that requires OAuth: a password (Basic) sign-in refused.
    ConceptOAuthRequired,
    /// A sign-in that returned no refresh token (offline_access not requested).
    ConceptNoRefreshToken,
    /// No access token got, no reason given: a subject (access token, OAuth credentials) and a
    /// failed retrieval ("not obtained", "could not be retrieved", "failed to get").
    ConceptTokenNotObtained,
    /// Advice to let the mail server accept mail sent over SMTP: SMTP AUTH off.
    ConceptSmtpSendAllowed,
    /// An administrator or organisation that has not granted (approved) the app's permissions.
    ConceptAdminNotGranted,
    /// No service principal found for an app id in the directory.
    ConceptSpNotFound,
    /// A client that "can no longer authenticate" with what it stored.
    ConceptNoLongerAuthenticates,
    /// A client built without what its OAuth needs ("compiled without curl").
    ConceptClientBuiltWithout,
    /// A token that could not be renewed, in an application's words.
    ConceptTokenRefreshFailed,
    /// A password mechanism told as disabled by the server (before STARTTLS).
    ConceptLoginDisabled,
    /// A token that carries no permissions.
    ConceptTokenNoPermissions,
    /// The role given to an application refused for this scenario.
    ConceptAppRoleScenario,
    /// A concept row (`texts/concepts.rs`).
    ConceptApiCodeTransient,
    /// A concept row (`texts/concepts.rs`).
    ConceptApiCodeLimit,
    /// A concept row (`texts/concepts.rs`).
    ConceptConnectFailed,
    /// A concept row (`texts/concepts.rs`).
    ConceptCertOtherHost,
    /// A concept row (`texts/concepts.rs`).
    ConceptCertUntrusted,
    /// A concept row (`texts/concepts.rs`).
    ConceptSenderBanned,
    /// A concept row (`texts/concepts.rs`).
    ConceptCertificateCredential,
    /// A concept row (`texts/concepts.rs`).
    ConceptPasswordChanged,
    /// A concept row (`texts/concepts.rs`).
    ConceptServerNoAuth,
    /// A concept row (`texts/concepts.rs`).
    ConceptOauthHelper,
    /// A concept row (`texts/concepts.rs`).
    ConceptAccessBlockedPage,
    /// A concept row (`texts/concepts.rs`).
    ConceptResourceInvalid,
    /// A concept row (`texts/concepts.rs`).
    ConceptTlsPortPlain,
    /// A concept row (`texts/concepts.rs`).
    ConceptDiscoveryFailed,
    /// A concept row (`texts/concepts.rs`).
    ConceptBase64Decode,
    /// A concept row (`texts/concepts.rs`).
    ConceptCertificateExpired,
    /// A concept row (`texts/concepts.rs`).
    ConceptDeviceRequired,
    /// A concept row (`texts/concepts.rs`).
    ConceptServiceTransient,
    /// A concept row (`texts/concepts.rs`).
    ConceptMalformedRequest,
    /// A concept row (`texts/concepts.rs`).
    ConceptTlsModeDe,
    /// A concept row (`texts/concepts.rs`).
    ConceptAuthNotOfferedDe,
}

/// What a row's example is found as (the artifact kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An Entra error (`aadsts`).
    Aadsts,
    /// A token endpoint error body (`token_error`).
    TokenError,
    /// A mail server reply (`server_reply`).
    ServerReply,
    /// A client library's error (`client_error`).
    ClientError,
    /// An EWS or Graph error (`api_error`).
    ApiError,
    /// A PowerShell error (`ps_error`).
    PsError,
}

/// The code a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// No code of its own.
    None,
    /// An Entra (AADSTS) code: the scanner reports the text as this code, `inferred`.
    Aadsts(u32),
    /// A mail server reply code (`535`, `550`, …), as its number.
    Reply(u16),
}

/// How a row is matched, on lower-case text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Matcher {
    /// At least one must occur (ignored when empty); an entry may list alternatives separated by
    /// `|`, as in `all`: the translations of a text stand in one entry (one slice entry costs the
    /// page more than a `|`).
    pub any: Words,
    /// Every one must occur; an entry may list alternatives separated by `|` (`"imap|pop"`), of
    /// which one must occur: a row then pairs a subject with what is said of it without
    /// listing every combination.
    pub all: Words,
    /// None may occur.
    pub none: Words,
}

impl Matcher {
    /// Whether the text matches, `has(needle)` telling whether a needle occurs in it.
    pub fn matches_by(&self, mut has: impl FnMut(&str) -> bool) -> bool {
        self.matches_dyn(&mut has)
    }

    /// [`Matcher::matches_by`] through one copy for every caller: the rules call it from thirty
    /// places, each with its own closure, and the page would carry a copy of the walk for each.
    #[inline(never)]
    fn matches_dyn(&self, has: &mut dyn FnMut(&str) -> bool) -> bool {
        self.matches_entries(|entry| any_alternative(entry, &mut &mut *has))
    }

    /// Whether one of the `none` entries occurs (with its `|`-separated alternatives), `has(needle)`
    /// telling whether a needle occurs: a text the matcher turns down whatever else it holds.
    pub fn vetoed_by(&self, mut has: impl FnMut(&str) -> bool) -> bool {
        self.none.iter().any(|e| any_alternative(e, &mut has))
    }

    /// Whether the text matches, `has_entry(entry)` telling whether one of an entry's
    /// `|`-separated alternatives occurs in it (a reader that can rule out most alternatives
    /// without slicing the entry: the scanner's folded lines).
    pub fn matches_entries(&self, mut has_entry: impl FnMut(&str) -> bool) -> bool {
        (self.any.is_empty() || self.any.iter().any(&mut has_entry))
            && self.all.iter().all(&mut has_entry)
            && !self.none.iter().any(&mut has_entry)
    }
}

/// Whether one of the `|`-separated alternatives of `entry` occurs. The separators are found
/// with `memchr` (an entry of translations runs to hundreds of bytes) and the slices taken
/// without `str::split`'s searcher (the scanner reads hundreds of rows per line it checks).
pub(crate) fn any_alternative(entry: &str, has: &mut impl FnMut(&str) -> bool) -> bool {
    let mut start = 0;
    for i in memchr::memchr_iter(b'|', entry.as_bytes()) {
        if entry.get(start..i).is_some_and(&mut *has) {
            return true;
        }
        start = i + 1;
    }
    entry.get(start..).is_some_and(has)
}

/// A cause a row points to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    /// The cause.
    pub cause: C,
    /// The confidence the text gives it, in hundredths (see [`Pointer::weight`]): a byte instead
    /// of an `f32` makes each of the six hundred pointers 8 bytes instead of 12 in the page.
    hundredths: u8,
    /// Why, in English and German (shown as the evidence's reason).
    pub why: Text,
}

impl Pointer {
    /// The confidence the text gives the cause (a rule may lower it where other evidence
    /// explains more): the weight written in the table, as the same `f32`.
    pub fn weight(&self) -> f32 {
        self.hundredths as f32 / 100.0
    }
}

/// One known error text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KnownText {
    /// Its key.
    pub id: TextId,
    /// Words of which one must be a word of the line before the scanner reads it against the
    /// row (the scanner's families); for a row of [`LINE_FAMILIES`], spellings of which one must
    /// stand in the line as written (case-sensitive), where the lower-cased match alone is too
    /// broad.
    pub context: Words,
    /// How it is matched.
    pub matcher: Matcher,
    /// What its example is found as.
    pub kind: Kind,
    /// The code it stands for.
    pub code: Code,
    /// What it points to, in the order the rule adds them. Empty for rows with an AADSTS code:
    /// they point to what the code's catalogue entry says.
    pub causes: &'static [Pointer],
    /// A general question it raises, with its priority (lower is asked first).
    pub ask: Option<(u8, Q)>,
    /// A line it is found in (native builds only: the page does not carry the examples).
    #[cfg(not(target_arch = "wasm32"))]
    pub example: &'static str,
}

impl KnownText {
    /// The row, raising question `q` with priority `prio`.
    const fn asking(mut self, prio: u8, q: Q) -> KnownText {
        self.ask = Some((prio, q));
        self
    }

    /// Whether lower-case `text` matches (`has(needle)` tells whether a needle occurs in it).
    pub fn matches_by(&self, has: impl FnMut(&str) -> bool) -> bool {
        #[cfg(feature = "ablation")]
        return super::ablation::row(self.id, self.matcher.matches_by(has));
        #[cfg(not(feature = "ablation"))]
        self.matcher.matches_by(has)
    }

    /// Whether the text carries one of the row's case-sensitive spellings (its `context`, for a
    /// row of [`LINE_FAMILIES`]), where the row has any: the server's `LOGIN failed` is not a
    /// sentence's "Login failed". `as_written(s)` tells whether `s` occurs as written.
    pub fn spelled_by(&self, as_written: impl FnMut(&str) -> bool) -> bool {
        self.context.is_empty() || self.context.iter().any(as_written)
    }
}

/// A family of rows and how it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Entra messages quoted without their number: the scanner reports the first matching row as
    /// its code's error, `inferred`.
    EntraUncoded,
    /// Local SASL failures: the scanner reports the line as a client error of `SASL`.
    SaslLocal,
    /// Entra wording in texts whose code is not known: the rules add every matching row.
    EntraPhrase,
    /// SMTP 5.7.139 replies: the rules add the first matching row.
    Smtp57139,
    /// Other server replies: the rules add every matching row.
    Reply,
    /// Client library texts: the rules add the first matching row.
    Client,
    /// A token request refused with an HTTP status only: the rules add every matching row.
    TokenStatus,
    /// Messages that the access token expired: the rules add every matching row.
    TokenExpired,
    /// EWS and Graph errors: the rules add the first matching row.
    Api,
    /// PowerShell errors: the rules add the first matching row.
    PowerShell,
    /// PowerShell errors saying an object was not found (those matching
    /// [`PS_NOT_FOUND_GATE`]): the rules add the first matching row.
    PsNotFound,
    /// PowerShell output on the account: the rules add every matching row.
    PsAccount,
    /// Exchange Online PowerShell app-only connection errors, in any text: the rules add the
    /// first matching row.
    ExoConnect,
    /// Account state in any text but PowerShell errors: the rules add every matching row.
    Account,
    /// Coded Entra messages whose wording is more specific than their code: every matching row.
    EntraRefine,
    /// Clients' words for a refused sign-in that name no cause: the bare-failure hub counts a
    /// matching client error as a bare authentication failure.
    BareFailure,
    /// What a report tells of the setup in prose: the rules add every matching row.
    Narrative,
    /// What an error message says in its own words, read only on a line no other rule has
    /// read: the rules add the first matching row.
    Concept,
}

const fn row(
    id: TextId,
    context: Words,
    matcher: Matcher,
    kind: Kind,
    code: Code,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    #[cfg(target_arch = "wasm32")]
    let _ = example;
    KnownText {
        id,
        context,
        matcher,
        kind,
        code,
        causes,
        ask: None,
        #[cfg(not(target_arch = "wasm32"))]
        example,
    }
}

/// Matched when every needle occurs.
const fn all(all: Words) -> Matcher {
    Matcher {
        any: words![],
        all,
        none: words![],
    }
}

/// Matched when any needle occurs.
const fn any(any: Words) -> Matcher {
    Matcher {
        any,
        all: words![],
        none: words![],
    }
}

const fn to(cause: C, weight: f32, why: Text) -> Pointer {
    let hundredths = (weight * 100.0 + 0.5) as u8;
    // A weight is written with at most two decimals, within (0, 1), so that it reads back as the
    // very `f32` written: a build error otherwise.
    assert!(
        hundredths > 0 && hundredths < 100 && hundredths as f32 / 100.0 == weight,
        "a pointer's weight must be a hundredth in (0, 1)"
    );
    Pointer {
        cause,
        hundredths,
        why,
    }
}

/// An Entra message without its number, reported as `code`.
const fn entra(
    id: TextId,
    context: Words,
    needles: Words,
    code: u32,
    example: &'static str,
) -> KnownText {
    row(
        id,
        context,
        all(needles),
        Kind::Aadsts,
        Code::Aadsts(code),
        &[],
        example,
    )
}

/// Entra messages quoted without their `AADSTS` number (libraries and forum posts often drop
/// it), with the code each belongs to. The first matching row counts: more specific rows first.
pub const ENTRA_UNCODED: &[KnownText] = &[
    entra(
        TextId::EntraInvalidSecret,
        words!["secret", "secret."],
        words!["invalid client secret"],
        7000215,
        "invalid_client: Invalid client secret is provided.",
    ),
    entra(
        // The sign-in log's wording of AADSTS7000112 names the application between quotes.
        TextId::EntraAppDisabled,
        words!["disabled", "disabled."],
        words!["application '", "'(", ") disabled"],
        7000112,
        "Application 'd3590ed6-52b3-4102-aeff-aad2292ab01c'(Contoso Mailer) disabled.",
    ),
    entra(
        TextId::EntraExpiredSecret,
        words!["secret", "secret."],
        words!["client secret keys", "expired"],
        7000222,
        "The provided client secret keys for app 'contoso-mailer' are expired.",
    ),
    entra(
        TextId::EntraSecretOrAssertionMissing,
        words!["parameter:"],
        words![
            "must contain the following parameter",
            "client_assertion",
            "client_secret",
        ],
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ),
    entra(
        TextId::EntraParameterMissing,
        words!["parameter:"],
        words!["must contain the following parameter"],
        900144,
        "The request body must contain the following parameter: 'grant_type'.",
    ),
    entra(
        TextId::EntraRedirectUri,
        words!["redirect"],
        words!["does not match the redirect uri"],
        50011,
        "The redirect URI 'http://localhost:8080/' specified in the request does not match the redirect URIs configured for the application.",
    ),
    entra(
        TextId::EntraReplyUrl,
        words!["match", "match."],
        words!["reply url", "does not match"],
        50011,
        "The reply URL specified in the request does not match the reply URLs configured for the application.",
    ),
    entra(
        TextId::EntraNotMultiTenant,
        words!["multi-tenant"],
        words!["not configured as a multi-tenant application"],
        50194,
        "Application 'contoso-mailer' is not configured as a multi-tenant application.",
    ),
    entra(
        TextId::EntraConsumersOnly,
        words!["configured"],
        words!["configured for use by microsoft account users only"],
        9002331,
        "Application 'contoso-mailer' is configured for use by Microsoft Account users only. Please use the /consumers endpoint to serve this request.",
    ),
    entra(
        // Conditional Access's refusal as the sign-in page shows it, without its code.
        TextId::EntraCaCriteria,
        words!["criteria"],
        words!["does not meet the criteria to access this resource"],
        53003,
        "Your sign-in was successful but does not meet the criteria to access this resource. For example, you might be signing in from a browser, app, location, or an authentication flow that is restricted by your admin.",
    ),
    entra(
        // The same refusal as the personal-accounts endpoint words it for /common.
        TextId::EntraUserAudience,
        words!["configured"],
        words!["for the application's 'useraudience' configuration"],
        9002331,
        "The request is not valid for the application's 'userAudience' configuration. In order to use /common/ endpoint, the application must not be configured with 'Consumer' as the user audience. The userAudience should be configured with 'All' to use /common/ endpoint.",
    ),
    entra(
        TextId::EntraAppNotFound,
        words!["directory", "directory."],
        words!["was not found in the directory"],
        700016,
        "Application with identifier 'contoso-mailer' was not found in the directory 'Contoso'.",
    ),
    entra(
        TextId::EntraResourceNotFound,
        words!["principal"],
        words!["resource principal named|ressourcenprinzipal mit dem namen|dienstprinzipal mit dem namen", "was not found|nicht gefunden"],
        500011,
        "The resource principal named https://outlook.office365.com/ was not found in the tenant named Contoso.",
    ),
    entra(
        TextId::EntraScopeNotValid,
        words!["parameter"],
        words!["value for the input parameter 'scope'", " valid"],
        70011,
        "The provided value for the input parameter 'scope' is not valid. The scope https://outlook.office365.com/IMAP.AccessAsApp is not valid.",
    ),
    entra(
        TextId::EntraDefaultScope,
        words!["/.default"],
        words!["client credential flows must have a scope value with /.default"],
        1002012,
        "The provided value for scope IMAP.AccessAsApp is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).",
    ),
    entra(
        TextId::EntraNotConsented,
        words!["consented"],
        words!["has not consented to use the application"],
        65001,
        "The user or administrator has not consented to use the application with ID 'contoso-mailer'.",
    ),
    entra(
        TextId::EntraConditionalAccess,
        words!["Conditional"],
        words!["blocked by conditional access"],
        53003,
        "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
    ),
    entra(
        TextId::EntraMfa,
        words!["multi-factor"],
        words!["you must use multi-factor authentication"],
        50076,
        "Due to a configuration change made by your administrator, you must use multi-factor authentication to access this resource.",
    ),
    entra(
        TextId::EntraBadPassword,
        words!["password", "password."],
        words!["invalid username or password"],
        50126,
        "Error validating credentials due to invalid username or password.",
    ),
    entra(
        TextId::EntraAccountDisabled,
        words!["disabled", "disabled."],
        words!["user account is disabled"],
        50057,
        "The user account is disabled.",
    ),
    entra(
        TextId::EntraAssertionSignature,
        words!["assertion", "signature", "signature."],
        words!["client assertion contains an invalid signature"],
        700027,
        "Client assertion contains an invalid signature. [Reason - The key was not found.]",
    ),
    entra(
        TextId::EntraPublicClient,
        words!["public"],
        words!["client is public so neither"],
        700025,
        "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
    ),
    entra(
        TextId::EntraAssertionFailed,
        words!["assertion"],
        words!["client assertion failed signature validation"],
        700027,
        "MsalServiceException: Client assertion failed signature validation.",
    ),
    entra(
        TextId::EntraExpiredSecretName,
        words![
            "InvalidClientSecretExpiredKeysProvided",
            "InvalidClientSecretExpiredKeysProvided.",
            "InvalidClientSecretExpiredKeysProvided:",
        ],
        words!["invalidclientsecretexpiredkeysprovided"],
        7000222,
        "token request failed: InvalidClientSecretExpiredKeysProvided",
    ),
    entra(
        TextId::EntraConditionalAccessName,
        words![
            "BlockedByConditionalAccess",
            "BlockedByConditionalAccess.",
            "BlockedByConditionalAccess:",
        ],
        words!["blockedbyconditionalaccess"],
        53003,
        "sign-in failed: BlockedByConditionalAccess",
    ),
    entra(
        TextId::EntraBadPasswordName,
        words![
            "InvalidUserNameOrPassword",
            "InvalidUserNameOrPassword.",
            "InvalidUserNameOrPassword:",
        ],
        words!["invalidusernameorpassword"],
        50126,
        "ROPC sign-in failed: InvalidUserNameOrPassword",
    ),
];

/// A local SASL library's or OAuth helper's failure in its own words: the scanner reads them on a
/// line with a SASL context word ([`SASL_LOCAL`]), the rules in any client error
/// (`TextId::ClientSaslLocal`).
const SASL_LOCAL_WORDS: Words = words![
    // Postfix and Cyrus SASL: a SASL(-n) result code, a failure its warning names.
    "sasl(-",
    "sasl authentication failure",
    "no worthy mechs",
    // Exim's smtp transport: none of its authenticators is one the server offers.
    "no common mechanisms were found",
    "no mechanism available",
    // Postfix: the server offered mechanisms (its list follows), none of them one the local
    // SASL library has a plugin for.
    "offered no supported auth mechanisms",
    // Perl's Authen::SASL without a module for the mechanism asked (XOAUTH2 came in 2.1800).
    "no sasl mechanism found",
    "sasl_client_start",
    "sasl plugin",
    "cannot load plugin",
    "unable to find a callback",
    "callback: 2",
    "xoauth2 plugin",
    "mechanism xoauth2 not",
    "unsupported mechanism",
    "unknown mechanism",
    "sasl authentication mechanism xoauth2",
    "sasl-xoauth2: exception",
    "sasl-xoauth2: failed",
    // sasl-xoauth2's token store failing (its other TokenStore:: lines are a debug trace).
    "tokenstore::read: missing",
    "tokenstore::refresh: exceeded",
    "tokenstore::refresh: response doesn't contain",
    "tokenstore::refresh: http error",
    "tokenstore::refresh: invalid expiry",
    "tokenstore::read: failed to open file",
    "tokenstore::read: exception",
    "tokenstore::write: failed to open file",
    "tokenstore::write: exception",
    "triggerauthnamecallback",
    "sasl-xoauth2: unable to open config file",
    "sasl-xoauth2: missing required value",
    "need either 'yes'/'true' or 'no'/'false'",
    "tokenstore::write: rename failed",
    "triggerpasswordcallback",
    "smtp_sasl_passwd_lookup",
    "proxy config file entry missing",
    // Ruby net-imap without an XOAUTH2 authenticator, mbsync without the SASL plugin, MailKit
    // without credentials for the server.
    "unknown auth type",
    // msmtp without a token (passwordeval), NeoMutt without its refresh command (EN, DE).
    // A mail client built without a SASL library, or one that could not set it up (mutt EN/DE,
    // GNU SASL's gsasl EN/DE).
    "requires sasl",
    "benötigt sasl",
    "allocating sasl connection",
    "aufbau der sasl-verbindung",
    "sasl security properties",
    "sasl-sicherheitsparameter",
    "unbekanntes sasl-profil",
    "unknown sasl mechanism",
    "unbekannter sasl-mechanismus",
    "xoauth2 needs a password",
    "oauthbearer needs a password",
    "xoauth2 braucht ein passwort",
    "oauthbearer braucht ein passwort",
    "no oauth refresh command defined",
    "kein oauth kommando zur aktualisierung",
    "unable to run refresh command",
    // KDE's IMAP and SMTP libraries (EN, DE): the local SASL library did not start.
    "initialize the sasl library",
    "sasl-bibliothek kann nicht initialisiert",
    // KMail's POP3 resource (EN, DE).
    "unable to initialize sasl",
    "fehler beim initialisieren von sasl",
    "sasl mechanism(s) not available",
    "no credentials could be found for the",
    "missing credentials for \"xoauth2\"",
    "can't generate token",
    "authentication request failed or expired for account",
    "private/smtp socket: malformed response",
    "cannot authenticate to server",
    "no access token",
    // curl without a token for XOAUTH2; msmtp's configuration line limit (a token pasted
    // into msmtprc).
    "is missing curlopt_xoauth2_bearer",
    "no auth mechanism offered could be selected",
    "msmtprc: line longer than",
    // Perl's Net::SMTP and git send-email without the SASL modules; Sylpheed's OAuth2 helper.
    "requires mime::base64 and authen::sasl",
    "need mime::base64 and authen::sasl",
    "oauth2 helper execution failed",
    // NeoMutt's "No OAUTH refresh command defined" and "Unable to run refresh command", msmtp's
    // and mpop's "authentication method %s needs a password" (XOAUTH2) in their language files,
    // by language.
    concat!(
        "kommando zur aktualisierung nicht ausführen|", // de
        "rafraîchissement 'oath'|lancer la commande de rafraîchissement|xoauth2 requiert un mot de passe|xoauth2 a besoin d'un mot de passe|", // fr
        "comando de oauth no definido|comando de refresco|xoauth2 necesita una contraseña|", // es
        "comando de atualização oauth não definido|incapaz de executar comando de atualização|xoauth2 requer uma senha|", // pt
        "zdefiniowanej komendy odświeżania|wykonać komendy odświeżania|", // pl
        "обновления oauth не определена|могу выполнить команду обновления|xoauth2 требует указать пароль|", // ru
        "刷新命令未定义|无法运行刷新命令|xoauth2 需要密码|", // zh
        "refreshコマンドが実行できない|", // ja
        "xoauth2 behöver ett lösenord|", // sv
        "příkaz pro obnovení oauth|nezdařilo se provést příkaz obnovení|", // cs
        "definit l'ordre de refresc|executar l'ordre de refresc|", // ca
        "nincs oauth frissítés|frissítés parancsot futtatni|", // hu
        "gjenoppfriskingskommando|", // nb
        "príkaz pre obnovenie oauth|spustiť príkaz obnovenie|", // sk
        "yenileme komutu tanımlanmamış|yenile komutu çalıştırılamıyor|", // tr
        "команди оновлення oauth|можливо запустити команду оновлення|xoauth2 слід вказати пароль|", // uk
        "oauth refresh komento puuttuu|refresh-komento ei toimi|", // fi
        "xoauth2 necesită o parolă|", // ro
        "atnaujinimo komanda nebuvo|įvykdyti atnaujinimo komandos|", // lt
        "οριστεί εντολή oauth|εκτέλεση της εντολής ανανέωσης|", // el
        "наредба за oauth refresh|покренути наредба refresh|", // sr
        "refreŝiga komando por oauth|plenumi refreŝigan komandon|xoauth2 postulas pasvorton", // eo
    ),
];

/// Local SASL library failures (Cyrus SASL, Postfix, gsasl): nothing reached the server.
pub const SASL_LOCAL: &[KnownText] = &[row(
    TextId::SaslLocal,
    words![
        "SASL",
        "SASL-Bibliothek",
        "SASL-Verbindung",
        "SASL-Sicherheitsparameter",
        "SASL-Profil",
        "SASL-Mechanismus",
        "mechs",
        "mechanism",
        "mechanisms",
        "mechanisms:",
        "sasl-xoauth2:",
        "smtp_sasl_passwd_lookup:",
    ],
    any(SASL_LOCAL_WORDS),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.82, CLIENT_SASL_WHY)],
    "postfix/smtp[2211]: warning: SASL authentication failure: No worthy mechs found",
)];

/// Phrase row of [`ENTRA_PHRASES`]: a token error body with this description, no code.
const fn phrase(
    id: TextId,
    needles: Words,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        all(needles),
        Kind::TokenError,
        Code::None,
        causes,
        example,
    )
}

/// A coded Entra message whose wording names a more specific cause than its code does.
const fn refine(
    id: TextId,
    code: u32,
    needles: Words,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        any(needles),
        Kind::Aadsts,
        Code::Aadsts(code),
        causes,
        example,
    )
}

/// The token endpoint asking for 'client_secret or client_assertion' (AADSTS70002's and the v1
/// endpoint's AADSTS90014's wording of AADSTS7000218): the app is a confidential client.
const SECRET_OR_ASSERTION: Pointer = to(C::ClientTypeMismatch, 0.85, t!(
    "the token endpoint asking for 'client_secret or client_assertion': the app is treated as a confidential client, but the flow (password, device code, interactive) sends no secret; allow public client flows on the app or send its credential",
    "der Token-Endpunkt verlangt 'client_secret or client_assertion': die App gilt als vertraulicher Client, aber der Ablauf (Kennwort, Gerätecode, interaktiv) sendet kein Geheimnis; öffentliche Clientflows an der App zulassen oder ihre Anmeldeinformation senden"
));

/// One of Microsoft's own services named as the resource not found (AADSTS50001, AADSTS500011):
/// Graph and Azure Resource Manager have a service principal in every tenant of their cloud.
/// The name ends there ("… was not found"): a scope sent as the resource
/// (`https://graph.microsoft.com/Mail.Send`) or a typo (`….com.default`) is a resource not found.
const FIRST_PARTY_NAMED: crate::catalogue::Words = words![
    "named https://graph.microsoft.com was",
    "named https://graph.microsoft.com/ was",
    "named https://graph.windows.net was",
    "named https://graph.windows.net/ was",
    "named https://management.azure.com was",
    "named https://management.azure.com/ was",
    "named https://management.core.windows.net/ was",
    "named 00000003-0000-0000-c000-000000000000 was",
];
/// Why such a service missing points to the tenant or its cloud.
const FIRST_PARTY_MISSING: Pointer = to(C::WrongEndpointOrCloud, 0.8, t!(
    "every tenant of a cloud has this Microsoft service: likely the request went to a tenant of another cloud (21Vianet, US Government) or to the wrong tenant",
    "jeder Mandant einer Cloud hat diesen Microsoft-Dienst: wahrscheinlich ging die Anfrage an einen Mandanten einer anderen Cloud (21Vianet, US Government) oder an den falschen Mandanten"
));

/// Entra codes that Microsoft uses for several failures, told apart by their message: a row
/// adds its cause, above the code's own, when an error with its code says what it matches.
pub const ENTRA_REFINE: &[KnownText] = &[
    refine(
        TextId::RefineAssertionTime,
        50012,
        words!["not within its valid time range"],
        &[to(C::ClockSkew, 0.78, t!(
            "the client assertion's validity window does not contain Entra's time (the message gives both): the clock of the host that signs it is off, or an assertion made earlier is reused",
            "das Gültigkeitsfenster der Client-Assertion enthält die Zeit von Entra nicht (die Meldung nennt beide): die Uhr des signierenden Hosts geht falsch, oder eine früher erstellte Assertion wird wiederverwendet"
        ))],
        r#"{"error":"invalid_client","error_description":"AADSTS50012: Client assertion is not within its valid time range. Current time: 2024-01-10T16:49:32.000Z, assertion valid from 2024-01-10T16:58:10.000Z, expiry time of assertion 2024-01-10T17:08:10.000Z."}"#,
    ),
    refine(
        TextId::RefineInvalidSecret50012,
        50012,
        words!["invalid client secret"],
        &[to(C::InvalidClientSecret, 0.85, t!(
            "AADSTS50012 with \"Invalid client secret is provided\": the secret is wrong (the v1 endpoint's wording of AADSTS7000215)",
            "AADSTS50012 mit \"Invalid client secret is provided\": das Geheimnis ist falsch (die Formulierung des v1-Endpunkts für AADSTS7000215)"
        ))],
        r#"{"error":"invalid_client","error_description":"AADSTS50012: Invalid client secret is provided."}"#,
    ),
    refine(
        TextId::RefineServiceAbuse,
        70000,
        words!["service abuse mode"],
        &[to(C::AccountDisabledOrSigninBlocked, 0.88, t!(
            "Entra put the account into service abuse mode: it is blocked from signing in until an administrator (or Microsoft support) releases it",
            "Entra hat das Konto in den Missbrauchsmodus versetzt: es kann sich nicht anmelden, bis ein Administrator (oder der Microsoft-Support) es freigibt"
        ))],
        r#"{"error":"invalid_grant","error_description":"AADSTS70000: User account is found to be in service abuse mode."}"#,
    ),
    refine(
        TextId::RefineConsumers70002,
        70002,
        words!["not enabled for consumers"],
        &[
            to(C::PersonalAccountNotSupported, 0.86, t!(
                "AADSTS70002 saying the client \"is not enabled for consumers\": a personal Microsoft account (or the /consumers endpoint) was used with an app registered for work accounts only",
                "AADSTS70002 meldet, der Client sei \"not enabled for consumers\": ein privates Microsoft-Konto (oder der Endpunkt /consumers) wurde mit einer nur für Geschäftskonten registrierten App verwendet"
            )),
            to(C::WrongEndpointOrCloud, 0.4, t!(
                "or the request went to /consumers where the tenant's endpoint was meant",
                "oder die Anforderung ging an /consumers statt an den Endpunkt des Mandanten"
            )),
        ],
        r#"{"error":"invalid_client","error_description":"AADSTS70002: The client does not exist or is not enabled for consumers. If you are the application developer, configure a new application through the App Registrations in the Azure Portal."}"#,
    ),
    refine(
        TextId::RefineSecretOrAssertion70002,
        70002,
        words!["client_assertion|must include client_secret"],
        &[SECRET_OR_ASSERTION],
        r#""AADSTS70002: The request body must contain the following parameter: 'client_secret or client_assertion'.\r\nTrace ID: 0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d""#,
    ),
    refine(
        TextId::RefineDirectoryEmpty,
        700016,
        words!["in the directory ''"],
        &[to(C::WrongEndpointOrCloud, 0.85, t!(
            "the directory named is empty (''): the request carried no tenant; set the tenant id (or domain) in the client's settings or its authority URL",
            "das genannte Verzeichnis ist leer (''): die Anfrage trug keinen Mandanten; die Mandanten-ID (oder Domäne) in den Einstellungen des Clients bzw. seiner Autoritäts-URL setzen"
        ))],
        "AADSTS700016: Application with identifier 'contoso-mailer' was not found in the directory ''.",
    ),
    refine(
        TextId::RefineRedirect70000,
        70000,
        words!["'redirect_uri' is not valid"],
        &[to(C::RedirectUriMismatch, 0.85, t!(
            "AADSTS70000 saying the 'redirect_uri' is not valid: redeeming the code, the app sent a redirect URI other than the one of the sign-in (or one not registered); send the same registered URI",
            "AADSTS70000 meldet, dass der 'redirect_uri' ungültig ist: beim Einlösen des Codes sandte die App einen anderen Umleitungs-URI als bei der Anmeldung (oder einen nicht registrierten); denselben registrierten URI senden"
        ))],
        // A PHP app's code redemption, quoted in a Microsoft Q&A question (193411).
        r#"{"error":"invalid_grant","error_description":"AADSTS70000: The provided value for the 'redirect_uri' is not valid."}"#,
    ),
    refine(
        TextId::RefineRefreshParam900144,
        900144,
        words!["parameter: 'refresh_token'"],
        &[
            to(C::InvalidScope, 0.6, t!(
                "AADSTS900144 missing the 'refresh_token': the client has none to send, most often because its sign-in did not ask for offline_access; add offline_access to the scopes and sign in again",
                "AADSTS900144 vermisst den 'refresh_token': der Client hat keinen zu senden, meist weil seine Anmeldung offline_access nicht anforderte; offline_access zu den Bereichen hinzufügen und neu anmelden"
            )),
            to(C::TokenExpiredOrCached, 0.3, t!(
                "or the client lost the refresh token it kept (its token file or store was reset)",
                "oder der Client hat den gespeicherten Aktualisierungstoken verloren (Tokendatei oder -speicher zurückgesetzt)"
            )),
        ],
        // python-o365 without its offline_access scope (O365/python-o365#182).
        "AADSTS900144: The request body must contain the following parameter: 'refresh_token'.",
    ),
    refine(
        TextId::RefineSessionInvalid16000,
        16000,
        words!["session is invalid due to expiration|session is invalid"],
        &[to(C::TokenExpiredOrCached, 0.7, t!(
            "AADSTS16000 saying the session is invalid (expired, or the password changed since): the sign-in the client keeps is no longer valid; sign in again interactively and let the client store the new token",
            "AADSTS16000 meldet eine ungültige Sitzung (abgelaufen oder Kennwort seither geändert): die gespeicherte Anmeldung des Clients gilt nicht mehr; neu interaktiv anmelden und das neue Token speichern lassen"
        ))],
        // A desktop app after clearing its token cache (Azure-Samples/active-directory-dotnet-native-desktop#11).
        "AADSTS16000: Session is invalid due to expiration or recent password change",
    ),
    refine(
        TextId::RefineSecretOrAssertion90014,
        90014,
        words!["client_secret or client_assertion|parameter: 'client_secret"],
        &[SECRET_OR_ASSERTION],
        // The v1 endpoint's wording of AADSTS7000218 (an ADAL4J device flow).
        "AADSTS90014: The request body must contain the following parameter: 'client_secret or client_assertion'.",
    ),
    refine(
        TextId::RefineFirstParty50001,
        50001,
        FIRST_PARTY_NAMED,
        &[FIRST_PARTY_MISSING],
        "AADSTS50001: The application named https://graph.microsoft.com was not found in the tenant named 8133f233-07f6-4027-9358-f31f29c38e97.",
    ),
    refine(
        TextId::RefineFirstParty500011,
        500011,
        FIRST_PARTY_NAMED,
        &[FIRST_PARTY_MISSING],
        "AADSTS500011: The resource principal named https://management.azure.com was not found in the tenant named b388b808-0ec9-4a09-a414-a7cbbd8b7e9b.",
    ),
    refine(
        TextId::RefineResourceMissing50001,
        50001,
        words!["resource identifier is not provided"],
        &[to(C::MalformedTokenRequest, 0.8, t!(
            "a request to the v1 endpoint (…/oauth2/token) without its resource parameter; send resource=, or use the v2 endpoint with a scope",
            "eine Anfrage an den v1-Endpunkt (…/oauth2/token) ohne ihren Parameter resource; resource= senden oder den v2-Endpunkt mit einem Scope verwenden"
        ))],
        r#"{"error":"invalid_resource","error_description":"AADSTS50001: Resource identifier is not provided."}"#,
    ),
    refine(
        TextId::RefineUnmanaged65005,
        65005,
        words!["in an unmanaged state"],
        &[
            to(C::TenantNotFound, 0.6, t!(
                "the user's domain has no managed tenant, only an unmanaged (self-service) directory",
                "die Domäne des Benutzers hat keinen verwalteten Mandanten, nur ein nicht verwaltetes (Self-Service-)Verzeichnis"
            )),
            to(C::PersonalAccountNotSupported, 0.3, t!(
                "or the account is a personal one",
                "oder das Konto ist ein privates"
            )),
        ],
        "AADSTS65005: Using application 'Contoso Mailer' is currently not supported for your organization contoso.com because it is in an unmanaged state.",
    ),
    refine(
        TextId::RefineRedirectMissing70011,
        70011,
        words!["must include a 'redirect_uri'"],
        &[
            to(C::MalformedTokenRequest, 0.6, t!(
                "an authorization-code request without redirect_uri: send the redirect URI registered on the app",
                "eine Autorisierungscode-Anfrage ohne redirect_uri: den an der App registrierten Umleitungs-URI senden"
            )),
            to(C::RedirectUriMismatch, 0.3, t!(
                "and check that it matches the registered one",
                "und prüfen, dass er dem registrierten entspricht"
            )),
        ],
        "AADSTS70011: The provided request must include a 'redirect_uri' input parameter.",
    ),
    refine(
        TextId::RefineNoCredential7000216,
        7000216,
        words!["for the 'client_credentials' grant"],
        &[
            to(C::MalformedTokenRequest, 0.7, t!(
                "a client-credentials request with neither secret nor certificate: likely the setting is empty or not passed on",
                "eine Client-Credentials-Anfrage ohne Geheimnis und Zertifikat: wahrscheinlich ist die Einstellung leer oder wird nicht weitergegeben"
            )),
            to(C::CertificateCredentialError, 0.25, t!(
                "or the certificate could not be loaded",
                "oder das Zertifikat konnte nicht geladen werden"
            )),
        ],
        "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
    ),
    refine(
        TextId::RefineAssertionAudience50013,
        50013,
        words!["assertion audience does not match"],
        &[to(C::WrongTokenAudience, 0.8, t!(
            "AADSTS50013 saying the assertion's audience does not match the app presenting it: the token passed on (the user's token in an on-behalf-of request) was issued for another app; request it with this app's own scope (api://<app id>/…)",
            "AADSTS50013 meldet, dass die Zielgruppe der Assertion nicht zur vorlegenden App passt: das weitergereichte Token (das des Benutzers in einer On-Behalf-Of-Anforderung) wurde für eine andere App ausgestellt; es mit dem eigenen Bereich dieser App anfordern (api://<App-ID>/…)"
        ))],
        "AADSTS50013: Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was 'abc' and the expected audience is 'def' or one of the Application Uris of this application.",
    ),
    refine(
        TextId::RefineGrantScopes70000,
        70000,
        words!["grant the client application access to the requested scope"],
        &[to(C::ConsentMissing, 0.65, t!(
            "AADSTS70000 saying the scopes asked for are not granted, or their grant expired or was revoked: the user (or an administrator) must consent to them in an interactive sign-in before the client can get a token for them",
            "AADSTS70000 meldet, dass die angeforderten Bereiche nicht gewährt sind oder ihre Gewährung abgelaufen oder widerrufen ist: der Benutzer (oder ein Administrator) muss ihnen in einer interaktiven Anmeldung zustimmen, bevor der Client ein Token dafür erhält"
        ))],
        "AADSTS70000: The request was denied because one or more scopes requested are unauthorized or expired. The user must first sign in and grant the client application access to the requested scope.",
    ),
    refine(
        TextId::RefineDeviceCodeExpired70020,
        70020,
        words!["device code has expired"],
        &[to(C::TokenExpiredOrCached, 0.65, t!(
            "the device code has expired: the sign-in on the other device was not finished in time (about 15 minutes); start the device-code sign-in again and finish it promptly",
            "der Gerätecode ist abgelaufen: die Anmeldung auf dem anderen Gerät wurde nicht rechtzeitig abgeschlossen (etwa 15 Minuten); die Gerätecode-Anmeldung neu starten und zügig abschließen"
        ))],
        "AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.",
    ),
    refine(
        TextId::RefineApiVersion70001,
        70001,
        words!["not supported for this api version"],
        &[
            // The labelled reports (2026-12-07): five where the app's registration was for the
            // other endpoint version (an Azure-portal app on v2.0), one whose app was removed.
            to(C::WrongEndpointOrCloud, 0.6, t!(
                "likely the app is registered for the other endpoint version (mostly v1.0, used on …/oauth2/v2.0/…); use the endpoint that fits it",
                "wahrscheinlich ist die App für die andere Endpunktversion registriert (meist v1.0, an …/oauth2/v2.0/… verwendet); den passenden Endpunkt verwenden"
            )),
            to(C::AppNotFoundInTenant, 0.4, t!(
                "or its publisher deleted or replaced the app's registration",
                "oder der Herausgeber hat die Registrierung der App gelöscht oder ersetzt"
            )),
        ],
        // A calendar connector whose app its publisher removed (KinToday/kin-web-client#43); a
        // Graph sample with an app registered for the other endpoint (microsoftgraph/aspnet-connect-rest-sample#23).
        "AADSTS70001: Application '11111111-2222-3333-4444-555555555555' is not supported for this API version.",
    ),
    refine(
        TextId::RefineResourceDisabled50001,
        50001,
        words!["' is disabled|is disabled."],
        &[to(C::AppOrServicePrincipalDisabled, 0.7, t!(
            "AADSTS50001 saying the resource is disabled: the API the token is for exists in the tenant, but its service principal (enterprise application) is turned off; enable it (Enabled for users to sign-in) or ask for a token for another resource",
            "AADSTS50001 meldet, die Ressource sei deaktiviert: die API, für die das Token gilt, ist im Mandanten vorhanden, ihr Dienstprinzipal (Unternehmensanwendung) ist aber ausgeschaltet; ihn aktivieren (Aktiviert für die Benutzeranmeldung) oder ein Token für eine andere Ressource anfordern"
        ))],
        // A Dynamics AX integration's token request (microsoft/Dynamics-AX-Integration#30).
        "AADSTS50001: Resource 'https://contoso.aos.cloudax.dynamics.com' is disabled.",
    ),
    refine(
        // AADSTS50034's message naming the directory of personal Microsoft accounts (Outlook.com):
        // the request reached it through an endpoint or authority that does not fit the account.
        TextId::RefineMsaDirectory50034,
        50034,
        words!["in the outlook.com directory|in the live.com directory|in the hotmail.com directory"],
        &[
            to(C::WrongEndpointOrCloud, 0.55, t!(
                "AADSTS50034 naming the outlook.com directory: the token or sign-in request reached the directory of personal accounts through an endpoint or authority that does not fit the account, most likely the client's token URL or tenant",
                "AADSTS50034 nennt das Verzeichnis outlook.com: die Token- oder Anmeldeanforderung erreichte das Verzeichnis privater Konten über einen Endpunkt oder eine Autorität, die nicht zum Konto passt, am ehesten die Token-URL oder der Mandant des Clients"
            )),
            to(C::PersonalAccountNotSupported, 0.4, t!(
                "or a work account was sent to /consumers (an app or authority set for personal accounts)",
                "oder ein Geschäftskonto wurde an /consumers geschickt (App oder Autorität für private Konten eingestellt)"
            )),
        ],
        // A mail client's sign-in with a wrong token URL (Parula's OAuth2 log).
        "AADSTS50034: The user account {EUII Hidden} does not exist in the outlook.com directory. To sign into this application, the account must be added to the directory.",
    ),
    refine(
        TextId::RefineApiVersion50020,
        50020,
        words!["from this api version"],
        &[to(C::WrongEndpointOrCloud, 0.85, t!(
            "AADSTS50020 saying this API version issues no tokens for a Microsoft account: the app uses the v1 endpoint (/oauth2/authorize, /oauth2/token); a personal account needs the v2.0 endpoint (/oauth2/v2.0/…)",
            "AADSTS50020 meldet, dass diese API-Version keine Token für ein Microsoft-Konto ausstellt: die App nutzt den v1-Endpunkt (/oauth2/authorize, /oauth2/token); ein privates Konto braucht den v2.0-Endpunkt (/oauth2/v2.0/…)"
        ))],
        // A PHP OAuth2 provider on the v1 endpoint (TheNetworg/oauth2-azure#62).
        "AADSTS50020: We are unable to issue tokens from this API version for a Microsoft account. Please contact the application vendor as they need to use version 2.0 of the protocol to support this.",
    ),
    refine(
        TextId::RefineDirectoryMicrosoft,
        700016,
        // Microsoft's quoted wording, and a post's retelling of it without the quotes.
        words!["in the directory 'microsoft'", "in the directory microsoft.com"],
        &[to(C::WrongEndpointOrCloud, 0.85, t!(
            "the app was looked up in Microsoft's own directory, not in yours: the request went to /common (a client-credentials request must name the tenant) or to an authority other than your tenant's",
            "die App wurde in Microsofts eigenem Verzeichnis gesucht, nicht in Ihrem: die Anfrage ging an /common (eine Client-Credentials-Anfrage muss den Mandanten nennen) oder an eine andere Autorität als die Ihres Mandanten"
        ))],
        // Connect-MgGraph's tests with AZURE_TENANT_ID=common (msgraph-sdk-powershell).
        "ClientSecretCredential authentication failed: AADSTS700016: Application with identifier 'Not_Valid' was not found in the directory 'Microsoft'.",
    ),
    refine(
        TextId::RefineAppNotFound70001,
        70001,
        words![
            "was not found in the tenant",
            "was not found in the directory",
            "im mandanten nicht gefunden",
            "im verzeichnis nicht gefunden"
        ],
        &[to(C::AppNotFoundInTenant, 0.85, t!(
            "AADSTS70001 saying the application was not found in the tenant: the client id is wrong, or the app was never added (consented) there",
            "AADSTS70001 meldet, dass die Anwendung im Mandanten nicht gefunden wurde: die Client-ID ist falsch, oder die App wurde dort nie hinzugefügt (zugestimmt)"
        ))],
        "AADSTS70001: Application with identifier 'contoso-mailer' was not found in the tenant named contoso.onmicrosoft.com.",
    ),
    // Microsoft's reference page names 700022 and 700023 for scopes; the token service returns
    // them for a client assertion too (its message templates, and MSAL issues quoting them).
    refine(
        TextId::RefineAssertionNoSubject,
        700022,
        words!["no subject claim provided in the assertion"],
        &[to(C::CertificateCredentialError, 0.85, t!(
            "the client assertion (the JWT the app signs with its certificate) has no `sub` claim: it must carry the client id as `sub` and `iss`",
            "der Client-Assertion (dem JWT, das die App mit ihrem Zertifikat signiert) fehlt der Claim `sub`: er muss die Client-ID als `sub` und `iss` enthalten"
        ))],
        "AADSTS700022: No Subject claim provided in the assertion. Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials .",
    ),
    refine(
        TextId::RefineAssertionAudience,
        700023,
        words!["assertion audience claim does not match"],
        &[
            to(C::WrongEndpointOrCloud, 0.6, t!(
                "the client assertion's `aud` is not the token endpoint the request went to: another tenant's or cloud's authority, or an assertion built for a different endpoint",
                "das `aud` der Client-Assertion ist nicht der Token-Endpunkt, an den die Anfrage ging: die Autorität eines anderen Mandanten oder einer anderen Cloud, oder eine für einen anderen Endpunkt gebaute Assertion"
            )),
            to(C::CertificateCredentialError, 0.5, t!(
                "the client assertion the app signs is built wrongly (its `aud` claim)",
                "die Client-Assertion, die die App signiert, ist falsch aufgebaut (ihr Claim `aud`)"
            )),
        ],
        "AADSTS700023: Client assertion audience claim does not match Realm issuer. Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials .",
    ),
];

/// Messages of the token endpoint in texts whose code is not known (the code was cut off or
/// never shown). Every matching row adds its cause, unless a code in the input already states it.
pub const ENTRA_PHRASES: &[KnownText] = &[
    phrase(
        TextId::PhraseNotMultiTenant,
        words!["not configured as a multi-tenant application"],
        &[to(C::WrongEndpointOrCloud, 0.9, t!(
            "the single-tenant app was called through /common (the AADSTS50194 message)",
            "die Single-Tenant-App wurde über /common aufgerufen (Meldung von AADSTS50194)"
        ))],
        r#"{"error":"invalid_request","error_description":"Application 'contoso-mailer' is not configured as a multi-tenant application."}"#,
    ),
    phrase(
        TextId::PhraseCommonNotSupported,
        words!["/common endpoint is not supported"],
        &[to(C::WrongEndpointOrCloud, 0.9, t!(
            "the /common endpoint is not supported for this app (the AADSTS50194 message)",
            "der Endpunkt /common wird für diese App nicht unterstützt (Meldung von AADSTS50194)"
        ))],
        r#"{"error":"invalid_request","error_description":"Usage of the /common endpoint is not supported for such applications created after '10/15/2018'."}"#,
    ),
    phrase(
        TextId::PhraseInvalidSecret,
        words!["invalid client secret"],
        &[to(C::InvalidClientSecret, 0.85, t!(
            "the token endpoint rejected the client secret (the AADSTS7000215 message)",
            "der Token-Endpunkt hat den geheimen Clientschlüssel abgelehnt (Meldung von AADSTS7000215)"
        ))],
        r#"{"error":"invalid_client","error_description":"Invalid client secret is provided."}"#,
    ),
    phrase(
        TextId::PhraseExpiredSecret,
        words!["client secret keys", "expired"],
        &[to(C::ExpiredClientSecret, 0.9, t!(
            "the client secret has expired (the AADSTS7000222 message)",
            "der geheime Clientschlüssel ist abgelaufen (Meldung von AADSTS7000222)"
        ))],
        r#"{"error":"invalid_client","error_description":"The provided client secret keys for app 'contoso-mailer' are expired."}"#,
    ),
    phrase(
        TextId::PhraseSecretOrAssertion,
        words!["client_assertion", "client_secret"],
        &[to(C::ClientTypeMismatch, 0.8, t!(
            "the token endpoint wants a client secret or assertion that was not sent (the AADSTS7000218 message)",
            "der Token-Endpunkt verlangt einen geheimen Schlüssel oder eine Assertion, die nicht gesendet wurde (Meldung von AADSTS7000218)"
        ))],
        r#"{"error":"invalid_client","error_description":"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."}"#,
    ),
    phrase(
        TextId::PhraseRedirectUri,
        words!["redirect uri", "does not match"],
        &[to(C::RedirectUriMismatch, 0.85, t!(
            "the redirect URI in the request is not registered on the app (the AADSTS50011 message)",
            "der Umleitungs-URI der Anfrage ist an der App nicht registriert (Meldung von AADSTS50011)"
        ))],
        r#"{"error":"invalid_request","error_description":"The redirect URI 'http://localhost:8080/' specified in the request does not match the redirect URIs configured for the application."}"#,
    ),
    phrase(
        TextId::PhraseNoReplyAddress,
        words!["no reply address"],
        &[to(C::RedirectUriMismatch, 0.85, t!(
            "the app has no matching reply (redirect) address registered",
            "an der App ist keine passende Antwortadresse (Umleitungs-URI) registriert"
        ))],
        r#"{"error":"invalid_request","error_description":"No reply address is registered for the application."}"#,
    ),
    phrase(
        TextId::PhraseNotConsented,
        // (German: "hat der Verwendung der Anwendung … nicht zugestimmt".)
        words!["has not consented|der verwendung der anwendung"],
        &[to(C::ConsentMissing, 0.85, t!(
            "consent for the app has not been given (the AADSTS65001 message)",
            "für die App wurde keine Zustimmung erteilt (Meldung von AADSTS65001)"
        ))],
        r#"{"error":"invalid_grant","error_description":"The user or administrator has not consented to use the application with ID 'contoso-mailer'."}"#,
    ),
    phrase(
        TextId::PhraseAppNotFound,
        // (German: "Die Anwendung mit dem Namen … wurde im Mandanten … nicht gefunden".)
        words!["was not found in the directory|die anwendung mit dem namen", "not found|nicht gefunden"],
        &[to(C::AppNotFoundInTenant, 0.8, t!(
            "the client id is not known in that tenant (the AADSTS700016 message)",
            "die Client-ID ist in diesem Mandanten unbekannt (Meldung von AADSTS700016)"
        ))],
        r#"{"error":"unauthorized_client","error_description":"Application with identifier 'contoso-mailer' was not found in the directory 'Contoso'."}"#,
    ),
    phrase(
        TextId::PhraseRefreshExpired,
        words!["refresh token has expired"],
        &[to(C::TokenExpiredOrCached, 0.85, t!(
            "the refresh token has expired (the AADSTS700082 message)",
            "das Aktualisierungstoken ist abgelaufen (Meldung von AADSTS700082)"
        ))],
        r#"{"error":"invalid_grant","error_description":"The refresh token has expired due to inactivity."}"#,
    ),
    phrase(
        TextId::PhraseMustUseConsumers,
        words!["must be sent to /consumers"],
        &[to(C::WrongEndpointOrCloud, 0.7, t!(
            "the request must go to the /consumers endpoint",
            "die Anfrage muss an den Endpunkt /consumers gehen"
        ))],
        r#"{"error":"invalid_request","error_description":"Requests for personal accounts must be sent to /consumers."}"#,
    ),
    phrase(
        TextId::PhraseUseConsumers,
        words!["use the /consumers endpoint"],
        &[to(C::WrongEndpointOrCloud, 0.8, t!(
            "the app is for personal accounts only and wants the /consumers endpoint (the AADSTS9002331 message)",
            "die App ist nur für persönliche Konten und verlangt den Endpunkt /consumers (Meldung von AADSTS9002331)"
        ))],
        r#"{"error":"invalid_request","error_description":"Please use the /consumers endpoint to serve this request."}"#,
    ),
    row(
        TextId::PhraseTenantNotFound,
        words![],
        // Not the device object or user that was not found "in the tenant '…' directory".
        Matcher {
            any: words![],
            all: words!["tenant '", "not found"],
            none: words!["not found in the tenant"],
        },
        Kind::TokenError,
        Code::None,
        &[to(C::TenantNotFound, 0.6, t!(
            "the tenant named in the request was not found",
            "der in der Anfrage genannte Mandant wurde nicht gefunden"
        ))],
        r#"{"error":"invalid_request","error_description":"Tenant 'contoso.onmicrosoft.example' not found."}"#,
    ),
    phrase(
        TextId::PhraseConditionalAccess,
        words!["blocked by conditional access"],
        &[to(C::ConditionalAccessBlock, 0.85, t!(
            "a Conditional Access policy blocked the sign-in",
            "eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert"
        ))],
        r#"{"error":"interaction_required","error_description":"Access has been blocked by conditional access policies."}"#,
    ),
];

/// The words that make a reply a 5.7.139 one; its rows then tell by the explanation.
pub const SMTP_57139_GATE: Matcher = any(words![
    "5.7.139",
    "smtpclientauthentication is disabled",
    "locked by your organization's security defaults",
    "did not meet the criteria to be authenticated",
    // The explanations that follow the code, quoted without it.
    "authentication unsuccessful, basic authentication is disabled",
    "basic authentication is disabled.",
    "authentication unsuccessful, the user credentials were incorrect",
    "organization configuration does not allow this authentication",
]);

/// A 5.7.139 reply (see [`SMTP_57139_GATE`]) whose explanation matches `matcher`.
const fn smtp_57139(
    id: TextId,
    matcher: Matcher,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        matcher,
        Kind::ServerReply,
        Code::Reply(535),
        causes,
        example,
    )
}

/// SMTP `535 5.7.139` replies (those matching [`SMTP_57139_GATE`]), by the explanation that
/// follows the code. The first matching row counts; the last has no explanation.
pub const SMTP_57139: &[KnownText] = &[
    smtp_57139(
        TextId::Smtp57139Tenant,
        all(words!["disabled for the tenant"]),
        &[to(C::SmtpAuthDisabledTenant, 0.97, t!(
            "the server says SMTP AUTH (SmtpClientAuthentication) is disabled for the tenant",
            "der Server meldet, dass SMTP AUTH (SmtpClientAuthentication) für den Mandanten deaktiviert ist"
        ))],
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    ),
    smtp_57139(
        TextId::Smtp57139Mailbox,
        all(words!["disabled for the mailbox"]),
        &[to(C::ProtocolDisabledOnMailbox, 0.95, t!(
            "the server says SMTP AUTH is disabled for this mailbox (SmtpClientAuthenticationDisabled)",
            "der Server meldet, dass SMTP AUTH für dieses Postfach deaktiviert ist (SmtpClientAuthenticationDisabled)"
        ))],
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    ),
    smtp_57139(
        TextId::Smtp57139Basic,
        all(words!["basic authentication is disabled"]),
        &[to(C::BasicAuthDeprecated, 0.95, t!(
            "the server says basic authentication (user name + password) is disabled",
            "der Server meldet, dass die Standardauthentifizierung (Benutzername + Kennwort) deaktiviert ist"
        ))],
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
    ),
    smtp_57139(
        TextId::Smtp57139SecurityDefaults,
        all(words!["security defaults"]),
        &[to(C::SecurityDefaultsBlock, 0.95, t!(
            "the server says the account is locked by the security defaults policy",
            "der Server meldet, dass das Konto durch die Sicherheitsstandards gesperrt ist"
        ))],
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
    ),
    smtp_57139(
        TextId::Smtp57139Criteria,
        any(words!["did not meet the criteria", "não atendeu aos critérios"]),
        &[
            to(C::SecurityDefaultsBlock, 0.8, t!(
                "the server says the request did not meet the criteria to be authenticated (a tenant policy refused it)",
                "der Server meldet, dass die Anfrage die Kriterien für eine Authentifizierung nicht erfüllt (eine Mandantenrichtlinie hat sie abgelehnt)"
            )),
            to(C::ConditionalAccessBlock, 0.4, t!(
                "a Conditional Access policy can also refuse the sign-in with this text",
                "auch eine Richtlinie für bedingten Zugriff kann die Anmeldung mit diesem Text ablehnen"
            )),
        ],
        "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
    ),
    smtp_57139(
        TextId::Smtp57139OrgConfig,
        all(words!["organization configuration does not allow"]),
        &[
            to(C::SmtpAuthDisabledTenant, 0.65, t!(
                "the server says the organisation's configuration does not allow this authentication (SMTP AUTH switched off for the organisation)",
                "der Server meldet, dass die Konfiguration der Organisation diese Authentifizierung nicht zulässt (SMTP AUTH für die Organisation abgeschaltet)"
            )),
            to(C::ProtocolDisabledOnMailbox, 0.4, t!(
                "or SMTP AUTH is switched off for this mailbox",
                "oder SMTP AUTH ist für dieses Postfach abgeschaltet"
            )),
        ],
        "535 5.7.139 Authentication unsuccessful, the organization configuration does not allow this authentication request.",
    ),
    smtp_57139(
        TextId::Smtp57139Credentials,
        any(words!["credentials were incorrect", "invalid credentials"]),
        // The server still checked a password here (a tenant that refuses basic authentication
        // says so instead): the user name or password it got was wrong, first.
        &[
            to(C::InvalidUserCredentialsRopc, 0.55, t!(
                "the server checked a user name and password (basic authentication) and refused them: the password is wrong, or the user name is not the mailbox's sign-in name",
                "der Server hat Benutzername und Kennwort geprüft (Standardauthentifizierung) und abgelehnt: das Kennwort ist falsch, oder der Benutzername ist nicht der Anmeldename des Postfachs"
            )),
            to(C::BasicAuthDeprecated, 0.5, t!(
                "and a password sign-in to SMTP AUTH is being retired: move the client to OAuth",
                "und die Kennwortanmeldung an SMTP AUTH wird abgeschaltet: den Client auf OAuth umstellen"
            )),
        ],
        "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
    ),
    smtp_57139(
        TextId::Smtp57139Link,
        all(words!["smtp_auth_disabled"]),
        &[
            to(C::SmtpAuthDisabledTenant, 0.55, t!(
                "5.7.139 with the link aka.ms/smtp_auth_disabled: SMTP AUTH is switched off",
                "5.7.139 mit dem Link aka.ms/smtp_auth_disabled: SMTP AUTH ist abgeschaltet"
            )),
            to(C::ProtocolDisabledOnMailbox, 0.4, t!(
                "for the organisation or for this mailbox",
                "für die Organisation oder für dieses Postfach"
            )),
        ],
        "535 5.7.139 Authentication unsuccessful. Visit https://aka.ms/smtp_auth_disabled for more information.",
    ),
    smtp_57139(
        TextId::Smtp57139Bare,
        all(words![]),
        &[
            to(C::SmtpAuthDisabledTenant, 0.35, t!(
                "5.7.139 without its explanation: SMTP AUTH disabled, security defaults or basic authentication",
                "5.7.139 ohne Erläuterung: SMTP AUTH deaktiviert, Sicherheitsstandards oder Standardauthentifizierung"
            )),
            to(C::SecurityDefaultsBlock, 0.3, t!(
                "5.7.139 is also returned when security defaults block the sign-in",
                "5.7.139 kommt auch, wenn Sicherheitsstandards die Anmeldung blockieren"
            )),
            to(C::BasicAuthDeprecated, 0.3, t!(
                "5.7.139 is also returned for password (basic) sign-ins",
                "5.7.139 kommt auch bei Anmeldungen mit Kennwort (Standardauthentifizierung)"
            )),
        ],
        "535 5.7.139 Authentication unsuccessful",
    )
    .asking(4, Q::PasteMore),
];

/// Rows of [`REPLIES`] that say the client sent without a completed sign-in: beside Exchange
/// Online's refusal of AUTH (535 5.7.3 or 5.7.139, on their line or the two after it) the
/// sign-in was tried, and the rules leave them out.
pub const NOT_AUTHENTICATED: &[TextId] = &[
    TextId::Smtp5757Anonymous,
    TextId::Smtp5757,
    TextId::ReplyClientNotAuthenticated,
];

/// Why a password sign-in refused may be SMTP AUTH switched off.
const SMTP_AUTH_OFF_WHY: Text = t!(
    "or SMTP AUTH is switched off for the tenant or the mailbox",
    "oder SMTP AUTH ist für den Mandanten oder das Postfach abgeschaltet"
);

/// Rows of [`REPLIES`] the rules read only beside SMTP's generic refusal of AUTH (`535 5.7.3`)
/// on their line or the two after it: a password-only client's words, which alone tell no
/// sign-in tried.
pub const BESIDE_AUTH_REFUSAL: &[TextId] = &[TextId::SmtpPasswordClientRefused];

/// Other mail server replies; every matching row adds its causes.
pub const REPLIES: &[KnownText] = &[
    // `530 5.7.57`: the client sent mail without a successful AUTH. Weak evidence: the rule adds
    // these rows' causes only when nothing stronger explains the failure. The first matching
    // of the two counts.
    row(
        TextId::Smtp5757Anonymous,
        words![],
        any(words!["send anonymous mail", "anonymous mail during mail from"]),
        Kind::ServerReply,
        Code::Reply(530),
        &[
            // The labelled tuning texts this row reads are near even (2026-12-06, 15 runs, the
            // first answer accepted: TLS not started 8, SMTP AUTH off 7, the client's own sign-in
            // 6); the reference list's label (the client's own sign-in) breaks the tie.
            to(C::ClientSaslPluginError, 0.32, t!(
                "530 5.7.57 (anonymous mail): the client did not try to sign in at all – no credentials or token configured, or its AUTH step switched off",
                "530 5.7.57 (anonyme Mail): der Client hat gar keine Anmeldung versucht – keine Anmeldedaten oder kein Token eingerichtet oder sein AUTH-Schritt abgeschaltet"
            )),
            to(C::TlsModeMismatch, 0.3, t!(
                "Exchange Online offers AUTH only after STARTTLS: a client that does not start TLS on port 587 (EnableSsl off, no --ssl-reqd) never sees AUTH and sends anonymously",
                "Exchange Online bietet AUTH erst nach STARTTLS an: ein Client, der an Port 587 kein TLS startet (EnableSsl aus, kein --ssl-reqd), sieht nie AUTH und sendet anonym"
            )),
            to(C::SmtpAuthDisabledTenant, 0.2, t!(
                "a client that finds SMTP AUTH refused may go on without it",
                "ein Client, dem SMTP AUTH verweigert wird, sendet eventuell ohne Anmeldung weiter"
            )),
        ],
        "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM",
    )
    .asking(2, Q::PasteMore),
    // .NET's SmtpClient (System.Net.Mail, Send-MailMessage) has no XOAUTH2: the AUTH it tried
    // and the server refused with the generic 5.7.3 was a password sign-in. (5.7.139 says why
    // and has rows of its own.)
    row(
        TextId::SmtpPasswordClientRefused,
        words![],
        // (The rules read it only beside a `535 5.7.3`: see `BESIDE_AUTH_REFUSAL`.)
        any(SYSTEM_NET_MAIL_530),
        Kind::ServerReply,
        Code::Reply(535),
        &[
            to(C::InvalidUserCredentialsRopc, 0.4, t!(
                "System.Net.Mail's SmtpClient signs in with a user name and password only (it has no XOAUTH2), and the server refused that sign-in (535 5.7.3): most often the password or the user name is wrong, or the account must use MFA",
                "SmtpClient aus System.Net.Mail meldet sich nur mit Benutzername und Kennwort an (es kennt kein XOAUTH2), und der Server hat diese Anmeldung abgelehnt (535 5.7.3): meist ist das Kennwort oder der Benutzername falsch, oder das Konto muss MFA verwenden"
            )),
            to(C::BasicAuthDeprecated, 0.4, t!(
                "or Exchange Online refuses the password sign-in as such (basic authentication off for SMTP AUTH): OAuth needs a client with XOAUTH2 (for example MailKit)",
                "oder Exchange Online lehnt die Kennwortanmeldung als solche ab (Standardauthentifizierung für SMTP AUTH aus): OAuth braucht einen Client mit XOAUTH2 (zum Beispiel MailKit)"
            )),
            to(C::SmtpAuthDisabledTenant, 0.2, SMTP_AUTH_OFF_WHY),
        ],
        "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com]",
    ),
    row(
        TextId::SmtpInvalidLicense,
        words![],
        any(words![
            "5.2.253",
            "continued invalidlicense errors",
            "fortlaufender fehler \"ungültige lizenz",
        ]),
        Kind::ServerReply,
        Code::Reply(550),
        &[to(C::MailboxUnlicensedOrMissing, 0.8, t!(
            "the server throttles the sender after repeated invalid-licence refusals (5.2.253): the sending mailbox has no Exchange Online licence",
            "der Server drosselt den Absender nach wiederholten Ablehnungen wegen ungültiger Lizenz (5.2.253): das sendende Postfach hat keine Exchange-Online-Lizenz"
        ))],
        "550 5.2.253 Sender throttled due to continued InvalidLicense errors.",
    ),
    row(
        TextId::SmtpMailboxFullThrottle,
        words![],
        any(words![
            "5.2.251",
            "continuous mailbox full errors",
            "fortlaufender fehler \"postfach voll",
        ]),
        Kind::ServerReply,
        Code::Reply(550),
        &[to(C::ExchangeThrottlingLimit, 0.8, t!(
            "the server throttles the sender after repeated mailbox-full refusals (5.2.251): the sending mailbox is over its quota; free space or raise the quota, and the throttle lifts",
            "der Server drosselt den Absender nach wiederholten Ablehnungen wegen vollen Postfachs (5.2.251): das sendende Postfach ist über seinem Kontingent; Platz schaffen oder Kontingent erhöhen, dann endet die Drosselung"
        ))],
        "550 5.2.251 Sender throttled due to continuous mailbox full errors.",
    ),
    row(
        TextId::Smtp5757,
        words![],
        any(words!["5.7.57", "client not authenticated to send mail"]),
        Kind::ServerReply,
        Code::Reply(530),
        &[
            to(C::ClientSaslPluginError, 0.3, t!(
                "530 5.7.57: the client sent mail without a successful AUTH – the sign-in step failed or was skipped on the client",
                "530 5.7.57: der Client hat ohne erfolgreiches AUTH gesendet – der Anmeldeschritt ist im Client gescheitert oder wurde übersprungen"
            )),
            to(C::SmtpAuthDisabledTenant, 0.25, t!(
                "a client that finds SMTP AUTH refused may go on without it",
                "ein Client, dem SMTP AUTH verweigert wird, sendet eventuell ohne Anmeldung weiter"
            )),
            to(C::BasicAuthDeprecated, 0.25, t!(
                "or it tried a password sign-in that is no longer accepted",
                "oder er hat eine nicht mehr akzeptierte Kennwortanmeldung versucht"
            )),
        ],
        "530 5.7.57 Client not authenticated to send mail.",
    )
    .asking(2, Q::PasteMore),
    row(
        TextId::Smtp5730,
        words![],
        any(words!["5.7.30", "basic authentication is not supported"]),
        Kind::ServerReply,
        Code::Reply(550),
        &[to(C::BasicAuthDeprecated, 0.95, t!(
            "the server says basic authentication is not supported for client submission",
            "der Server meldet, dass die Standardauthentifizierung für die Clientübermittlung nicht unterstützt wird"
        ))],
        "550 5.7.30 Basic authentication is not supported for Client Submission.",
    ),
    row(
        TextId::SendAsDenied,
        words![],
        Matcher {
            any: words![
            "5.7.60",
            "send as this sender",
            "sendasdenied",
            "5.2.252",
            // The throttling reply after repeated refusals, in German ("Senden als verweigert").
            "senden als verweigert",
            "not allowed to send as",
            "permission to send the message on behalf of the specified user",
            "right to send mail on behalf of the specified sending account",
            // The same in German (Outlook on the web, Microsoft 365's shared-mailbox notice).
            "die nachricht im auftrag des angegebenen benutzers zu senden",
        ],
            all: words![],
            none: words!["banned sending ip", "5.7.606"],
        },
        Kind::ServerReply,
        Code::Reply(554),
        &[to(C::SendasPermissionMissing, 0.95, t!(
            "the server refused the sender: the signed-in identity may not send as this From address",
            "der Server hat den Absender abgelehnt: die angemeldete Identität darf nicht als diese From-Adresse senden"
        ))],
        "554 5.2.252 SendAsDenied; svc@contoso.com not allowed to send as info@contoso.com",
    ),
    row(
        TextId::ServerTemporary,
        words![],
        Matcher {
            any: words![
                "4.3.2",
                "temporary server error",
                "service unavailable",
                "server unavailable",
                "try again later",
                "servicenotavailable",
                // German (clients' notices).
                "später erneut versuchen",
                "versuchen sie es später erneut",
                // A service that says it is overloaded (EN, DE).
                "currently overloaded",
                "service is overloaded",
                "derzeit überlastet",
                "zurzeit überlastet",
                "dienst ist überlastet",
            ],
            all: words![],
            none: words![
                "concurrent connection",
                "thread limit",
                "access denied",
                "exceeded the available concurrent",
                "server unavailable. 15",
                "blocked using",
                // A busy server is read by `ServerBusy`.
                "busy",
                "ausgelastet",
                "beschäftigt",
            ],
        },
        Kind::ServerReply,
        Code::Reply(451),
        &[to(C::ServiceSideIncident, 0.5, t!(
            "the server reports a temporary problem on its side",
            "der Server meldet ein vorübergehendes Problem auf seiner Seite"
        ))],
        "451 4.3.2 Temporary server error. Please try again later",
    ),
    row(
        // A server that says it is busy: Exchange Online's back-off of a client that sends too
        // much (EWS's ErrorServerBusy, an SMTP 4.x "server busy"), the labelled texts 9 to 1
        // throttling before an incident.
        TextId::ServerBusy,
        words![],
        any(words![
            "server busy",
            "server is busy",
            "errorserverbusy",
            // German (Microsoft's EWS reference for ErrorServerBusy, clients' notices).
            "server ausgelastet",
            "server ist ausgelastet",
            "server ist derzeit ausgelastet",
            "server ist beschäftigt",
        ]),
        Kind::ServerReply,
        Code::Reply(451),
        &[
            to(C::ExchangeThrottlingLimit, 0.5, t!(
                "the server says it is busy: most often Exchange Online holds back a client that sends too many requests or connections (retry after the back-off it names)",
                "der Server sagt, dass er ausgelastet ist: meist bremst Exchange Online einen Client, der zu viele Anfragen oder Verbindungen schickt (nach der genannten Wartezeit erneut versuchen)"
            )),
            to(C::ServiceSideIncident, 0.3, t!(
                "or the service is under load on its side for a while",
                "oder der Dienst ist auf seiner Seite eine Zeit lang überlastet"
            )),
        ],
        "451 4.7.500 Server busy. Please try again later",
    ),
    row(
        TextId::SaslNotParsed,
        words![],
        any(words![
            "command argument error",
            "cannot decode response",
            "5.5.2 cannot decode",
        ]),
        Kind::ServerReply,
        Code::Reply(501),
        &[to(C::MalformedXoauth2, 0.65, t!(
            "the server could not parse the SASL response: the XOAUTH2 string is not valid base64 or not in the expected format",
            "der Server konnte die SASL-Antwort nicht lesen: die XOAUTH2-Zeichenfolge ist kein gültiges base64 oder nicht im erwarteten Format"
        ))],
        "501 5.5.2 Cannot Decode response",
    ),
    row(
        TextId::MechanismUnrecognised,
        words![],
        any(words![
            "unrecognized authentication type",
            "unrecognised authentication type",
            "5.7.4 unrecognized",
            "5.7.4 unrecognised",
        ]),
        Kind::ServerReply,
        Code::Reply(504),
        &[
            // The labelled reports and texts (2026-12-06, 13, the first answer given): the
            // client's mechanism 6, AUTH before STARTTLS 3, SMTP AUTH off 2 (the shared reference
            // list's two), another endpoint 1, a password sign-in 1.
            to(C::ClientSaslPluginError, 0.42, t!(
                "most often the server did not offer the mechanism the client sent: the client sends one the EHLO reply does not list (PLAIN, CRAM-MD5; Exchange Online lists LOGIN and XOAUTH2); the EHLO reply is not shown in your paste",
                "meist hat der Server den gesendeten Mechanismus nicht angeboten: der Client sendet einen, den die EHLO-Antwort nicht nennt (PLAIN, CRAM-MD5; Exchange Online nennt LOGIN und XOAUTH2); die EHLO-Antwort ist in Ihrem Einfügetext nicht zu sehen"
            )),
            to(C::SmtpAuthDisabledTenant, 0.36, t!(
                "or SMTP AUTH (authenticated client submission) is switched off for the organisation or mailbox, so the mechanism is refused; not shown in your paste",
                "oder SMTP AUTH (authentifizierte Clientübermittlung) ist für die Organisation oder das Postfach abgeschaltet, daher wird der Mechanismus abgelehnt; in Ihrem Einfügetext nicht zu sehen"
            )),
            to(C::TlsModeMismatch, 0.28, t!(
                "or AUTH came before STARTTLS, or on port 25 (direct send): Exchange Online offers AUTH only after STARTTLS on port 587",
                "oder AUTH kam vor STARTTLS oder auf Port 25 (Direktversand): Exchange Online bietet AUTH nur nach STARTTLS auf Port 587 an"
            )),
            to(C::BasicAuthDeprecated, 0.2, t!(
                "a password mechanism (AUTH LOGIN/PLAIN) is refused the same way where basic authentication is off",
                "ein Kennwortmechanismus (AUTH LOGIN/PLAIN) wird genauso abgelehnt, wo die Standardauthentifizierung abgeschaltet ist"
            )),
        ],
        "504 5.7.4 Unrecognized authentication type",
    ),
    // Exchange's IMAP and POP servers end a session whose account state is no longer
    // `AccountEnabled` with `* BYE Session invalidated - <state>` (`-ERR` in POP).
    row(
        TextId::ReplyInvalidatedProtocol,
        words![],
        Matcher {
            any: words![],
            all: words!["session invalidated", "protocoldisabled"],
            none: words![],
        },
        Kind::ClientError,
        Code::None,
        &[to(C::ProtocolDisabledOnMailbox, 0.85, t!(
            "the server ended the session because the protocol is disabled for this mailbox (Set-CASMailbox -ImapEnabled / -PopEnabled)",
            "der Server beendete die Sitzung, weil das Protokoll für dieses Postfach deaktiviert ist (Set-CASMailbox -ImapEnabled / -PopEnabled)"
        ))],
        "* BYE Session invalidated - ProtocolDisabled",
    ),
    row(
        TextId::ReplyInvalidatedAccount,
        words![],
        Matcher {
            any: words![],
            all: words!["session invalidated", "accountdisabled"],
            none: words![],
        },
        Kind::ClientError,
        Code::None,
        &[to(C::AccountDisabledOrSigninBlocked, 0.85, t!(
            "the server ended the session because the account is disabled",
            "der Server beendete die Sitzung, weil das Konto deaktiviert ist"
        ))],
        "* BYE Session invalidated - AccountDisabled",
    ),
    row(
        TextId::ReplyInvalidatedPassword,
        words![],
        Matcher {
            any: words![],
            all: words!["session invalidated", "passwordexpired"],
            none: words![],
        },
        Kind::ClientError,
        Code::None,
        &[to(C::PasswordExpired, 0.85, t!(
            "the server ended the session because the account's password has expired",
            "der Server beendete die Sitzung, weil das Kennwort des Kontos abgelaufen ist"
        ))],
        "* BYE Session invalidated - PasswordExpired",
    ),
    row(
        TextId::ReplyInvalidatedMailbox,
        words![],
        Matcher {
            any: words![],
            all: words!["session invalidated", "mailboxdisabled"],
            none: words![],
        },
        Kind::ClientError,
        Code::None,
        &[to(C::MailboxUnlicensedOrMissing, 0.8, t!(
            "the server ended the session because the mailbox is disabled (no licence, or removed)",
            "der Server beendete die Sitzung, weil das Postfach deaktiviert ist (keine Lizenz oder entfernt)"
        ))],
        "* BYE Session invalidated - MailboxDisabled",
    ),
    row(
        // Outlook.com's IMAP answer to a LOGIN of an account it has blocked after unusual
        // activity: lifted by signing in in a web browser and verifying the identity.
        TextId::ImapLoginAccountBlocked,
        words!["LOGIN"],
        Matcher {
            any: words![],
            all: words!["login failed", "account is blocked|verify your identity"],
            none: words!["authenticate"],
        },
        Kind::ServerReply,
        Code::None,
        &[
            to(C::AccountDisabledOrSigninBlocked, 0.7, t!(
                "the server says the account is blocked until someone signs in to it in a web browser and verifies the identity (the protection after unusual sign-in activity)",
                "der Server sagt, dass das Konto gesperrt ist, bis sich jemand im Webbrowser anmeldet und seine Identität bestätigt (der Schutz nach ungewöhnlichen Anmeldeaktivitäten)"
            )),
            to(C::BasicAuthDeprecated, 0.3, t!(
                "and LOGIN sends a password: where the service accepts only OAuth, the client must switch to AUTHENTICATE XOAUTH2 once the account is unblocked",
                "und LOGIN sendet ein Kennwort: wo der Dienst nur OAuth annimmt, muss der Client nach der Entsperrung auf AUTHENTICATE XOAUTH2 umstellen"
            )),
        ],
        "A1 NO LOGIN failed. Account is blocked. Login to your account via a web browser to verify your identity.",
    ),
    row(
        TextId::ImapLoginFailed,
        words!["LOGIN"],
        Matcher {
            any: words![],
            all: words!["login failed"],
            none: words!["authenticate", "account is blocked", "verify your identity"],
        },
        Kind::ServerReply,
        Code::None,
        &[to(C::BasicAuthDeprecated, 0.8, t!(
            "the IMAP LOGIN command (user name + password) failed; Exchange Online accepts only OAuth (AUTHENTICATE XOAUTH2)",
            "der IMAP-Befehl LOGIN (Benutzername + Kennwort) ist fehlgeschlagen; Exchange Online akzeptiert nur OAuth (AUTHENTICATE XOAUTH2)"
        ))],
        "a1 NO LOGIN failed.",
    ),
    row(
        TextId::ReplyConnectionLimit,
        words![],
        any(words![
            // Exchange Online's reply, and as its announcements word it (singular).
            "concurrent connections limit exceeded|concurrent connection limit exceeded",
            "sender thread limit exceeded",
            "submissionquotaexceeded",
            "aka.ms/concurrent_sending",
        ]),
        Kind::ServerReply,
        Code::Reply(432),
        &[to(C::ExchangeThrottlingLimit, 0.92, t!(
            "the server refuses more connections or submissions from this mailbox for now: Exchange Online's per-mailbox limit is reached",
            "der Server nimmt von diesem Postfach vorerst keine weiteren Verbindungen oder Übermittlungen an: die Grenze von Exchange Online je Postfach ist erreicht"
        ))],
        "432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information. [Hostname=AM6PR04MB1234.eurprd04.prod.outlook.com]",
    ),
    row(
        TextId::ReplyNoRightsOnSession,
        words![],
        any(words!["authenticationcontext has no rights"]),
        Kind::ServerReply,
        Code::Reply(430),
        &[
            to(C::MailboxPermissionMissing, 0.5, t!(
                "the sign-in worked but the identity has no rights on the mailbox it sends from (an app: FullAccess)",
                "die Anmeldung gelang, aber die Identität hat keine Rechte am Postfach, aus dem sie sendet (bei einer App: Vollzugriff)"
            )),
            to(C::ReplicationDelay, 0.35, t!(
                "or a recent permission has not reached every server yet (the error comes and goes)",
                "oder eine neue Berechtigung hat noch nicht jeden Server erreicht (der Fehler kommt und geht)"
            )),
        ],
        "430 4.2.0 STOREDRV.ClientSubmit; AuthenticationContext has no rights on this session",
    ),
    row(
        TextId::ReplySendingLimit,
        words![],
        any(words![
            "5.1.90",
            "daily limit for message recipients",
            "recipientratelimitexceeded",
            "message rate limit",
            "submissionquotaexceededexception",
            "submission quota exceeded",
            "submission quota was exceeded",
        ]),
        Kind::ServerReply,
        Code::Reply(550),
        &[to(C::ExchangeThrottlingLimit, 0.88, t!(
            "the mailbox reached one of Exchange Online's sending limits (recipients per day or messages per minute); it lifts by itself after the period",
            "das Postfach hat eine Sendegrenze von Exchange Online erreicht (Empfänger pro Tag oder Nachrichten pro Minute); sie hebt sich nach Ablauf des Zeitraums von selbst auf"
        ))],
        "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. [DM6PR08MB1234.namprd08.prod.outlook.com]",
    ),
    row(
        // Exchange Online's 451 4.7.500-699 (ASxxx): mail from the IP exceeds what its reputation
        // allows for now; the hold lifts by itself (within an hour), or a connector is needed.
        TextId::ReplyIpAccessDeniedLater,
        words![],
        any(words![
            "4.7.500 access denied",
            "access denied, please try again later",
            "zugriff verweigert, versuchen sie es später erneut",
        ]),
        Kind::ServerReply,
        Code::Reply(451),
        &[
            to(C::ExchangeThrottlingLimit, 0.7, t!(
                "the server holds back mail from this IP address for now (more than its reputation allows); it retries later by itself, the sign-in worked",
                "der Server hält Mail von dieser IP-Adresse vorerst zurück (mehr, als ihr Ruf erlaubt); ein späterer Versuch geht von selbst durch, die Anmeldung hat funktioniert"
            )),
            to(C::SenderOutboundRestricted, 0.25, t!(
                "if it persists, the sending IP or tenant is restricted for outbound mail",
                "hält es an, ist die sendende IP-Adresse oder der Mandant für ausgehende Mail eingeschränkt"
            )),
        ],
        "451 4.7.500 Access denied, please try again later. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653. AS(1410)",
    ),
    row(
        TextId::ReplyReceiveLimit,
        words![],
        any(words![
            "5.2.121",
            "5.2.122",
            "per hour message receive limit",
            "recipient thread limit exceeded",
        ]),
        Kind::ServerReply,
        Code::None,
        &[to(C::ExchangeThrottlingLimit, 0.8, t!(
            "the recipient's mailbox takes no more messages for now (per-hour receive limit or parallel deliveries); the limit lifts by itself, the sign-in worked",
            "das Postfach des Empfängers nimmt vorerst keine Nachrichten mehr an (Empfangsgrenze pro Stunde oder parallele Zustellungen); die Grenze hebt sich von selbst auf, die Anmeldung hat funktioniert"
        ))],
        "550 5.2.122 Recipient's per hour message receive limit exceeded.",
    ),
    row(
        TextId::ReplySenderRestricted,
        words![],
        // WASCL's verdict "Throttle" is the sender's rate limit, not a block.
        Matcher { none: words!["verdict is throttle"], ..any(words![
            "bad outbound sender",
            "spam abuse detected",
            "outboundspamexception",
            "wascl useraction verdict",
            "tenant has exceeded threshold",
            "traffic not accepted from this ip",
            // The bounce's words for 5.1.8 (EN and the German bounce).
            "recognized as a valid sender",
            "als gültiger absender erkannt",
            "ungültiger ausgehender absender",
            "5.1.8 access denied",
            // Exchange's 550 5.7.1 for a sender whose submission is disabled.
            "submission has been disabled for this account",
            // 5.1.8 quoted with its antispam rule and without its words.
            "550 5.1.8",
            "as(42004)",
            "5.7.501",
            "5.7.502",
            "5.7.503",
            "5.7.508",
            "exceeded permitted limits within",
            "5.7.705",
            "5.7.708",
            "5.7.750",
            "unregistered domains",
            "banned sender",
            "banned sending ip",
            "5.7.511",
            // Microsoft's own blocklist of sending IPs (its delist portal lifts it).
            "blocked using blocklist",
        ]) },
        Kind::ServerReply,
        Code::Reply(550),
        &[to(C::SenderOutboundRestricted, 0.92, t!(
            "the server refuses outbound mail from this sender or tenant (restricted for spam, or a new tenant's sending restriction); the sign-in itself worked",
            "der Server verweigert ausgehende Mail dieses Absenders oder Mandanten (wegen Spam eingeschränkt oder Sendesperre eines neuen Mandanten); die Anmeldung selbst hat funktioniert"
        ))],
        "550 5.1.8 Access denied, bad outbound sender. AS(42004) [AM6PR04MB1234.eurprd04.prod.outlook.com]",
    ),
    row(
        TextId::ReplySenderIpListed,
        words![],
        // `Client host [IP] blocked using Spamhaus` / `using Blocklist 1`: the connecting IP is
        // listed, which Exchange Online's connection filter checks where mail comes in (the MX
        // host, port 25), not at authenticated submission.
        Matcher {
            any: words!["blocked using"],
            all: words![],
            // Microsoft's own list: the row above; a recipient's server refusing Exchange Online's
            // own outbound IP (the bounce's "Remote server returned"): a matter of delivery.
            none: words!["blocked using blocklist", "remote server returned", "generating server"],
        },
        Kind::ServerReply,
        Code::Reply(550),
        &[
            to(C::WrongEndpointOrCloud, 0.5, t!(
                "the connecting IP is on a blocklist, which Exchange Online checks where mail comes in (the MX host, port 25); a client that signs in sends to smtp.office365.com:587",
                "die verbindende IP steht auf einer Sperrliste, die Exchange Online dort prüft, wo Mail ankommt (MX-Host, Port 25); ein Client mit Anmeldung sendet an smtp.office365.com:587"
            )),
            to(C::SenderOutboundRestricted, 0.4, t!(
                "or the sending IP's reputation: the list named in the reply removes it on request",
                "oder der Ruf der sendenden IP: die in der Antwort genannte Liste entfernt sie auf Antrag"
            )),
        ],
        "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus.",
    ),
    row(
        TextId::ReplyTlsUnsupported,
        words![],
        any(words![
            "4.7.66",
            "tls 1.0 and 1.1 are not supported",
            "aka.ms/smtp_auth_tls",
        ]),
        Kind::ServerReply,
        Code::Reply(421),
        &[to(C::TlsVersionUnsupported, 0.95, t!(
            "the server refuses the connection's TLS 1.0/1.1: the client must use TLS 1.2 or later",
            "der Server lehnt TLS 1.0/1.1 der Verbindung ab: der Client muss TLS 1.2 oder neuer verwenden"
        ))],
        "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [SA9P221CA0019.NAMP221.PROD.OUTLOOK.COM]",
    ),
    row(
        TextId::ReplyXoauth2UserInvalid,
        words![],
        any(words!["5.5.124", "invalid xoauth2 auth data", "user address provided is not valid"]),
        Kind::ServerReply,
        Code::Reply(501),
        &[to(C::WrongUsernameInXoauth2, 0.85, t!(
            "the server says the user address in the XOAUTH2 string is not valid: user= must be the mailbox's address",
            "der Server meldet, dass die Benutzeradresse in der XOAUTH2-Zeichenfolge ungültig ist: user= muss die Adresse des Postfachs sein"
        ))],
        "501 5.5.124 Invalid XOAUTH2 auth data - User address provided is not valid.",
    ),
    row(
        TextId::ReplyRelayDenied,
        words![],
        any(words!["5.7.64", "tenantattribution", "relay access denied"]),
        Kind::ServerReply,
        Code::Reply(550),
        &[to(C::ClientSaslPluginError, 0.4, t!(
            "the message reached Exchange Online without a sign-in (relay through the MX endpoint) and no connector accepts it: the client did not authenticate with SMTP AUTH on smtp.office365.com:587",
            "die Nachricht erreichte Exchange Online ohne Anmeldung (Relay über den MX-Endpunkt), und kein Connector nimmt sie an: der Client hat sich nicht per SMTP AUTH an smtp.office365.com:587 angemeldet"
        ))],
        "550 5.7.64 TenantAttribution; Relay Access Denied [DB5EUR03FT049.eop-EUR03.prod.protection.outlook.com]",
    ),
    row(
        TextId::ReplyConnectionDropped,
        words![],
        any(words![
            "4.4.1 connection timed out",
            "4.4.2 connection dropped",
            "connection dropped due to",
            "connection reset by peer",
            // Exchange Online's German reply ("Verbindung aufgrund von SocketError verworfen").
            "4.4.2 verbindung",
            "verbindung aufgrund von",
        ]),
        Kind::ServerReply,
        Code::Reply(421),
        &[to(C::NetworkEgressBlocked, 0.5, t!(
            "the connection timed out or was dropped before the exchange finished: the network path (proxy, firewall, TLS inspection) or an idle client",
            "die Verbindung lief ab oder brach ab, bevor der Austausch fertig war: der Netzweg (Proxy, Firewall, TLS-Prüfung) oder ein untätiger Client"
        ))],
        "421 4.4.2 Connection dropped due to SocketError [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]",
    ),
    row(
        TextId::ReplyPasswordCommand,
        words![],
        any(words![
            "password command failed",
            "password not accepted from server",
            // PHPMailer's AUTH LOGIN user name step; Thunderbird's POP USER and PASS, EN and DE.
            "username command failed",
            "sending of password for user",
            "sending of username did not succeed",
            "fehler beim senden des passworts",
            "fehler beim senden des benutzernamens",
        ]),
        Kind::ClientError,
        Code::None,
        &[to(C::BasicAuthDeprecated, 0.8, t!(
            "the client sent a user name and password (its AUTH LOGIN, USER or PASS step failed): Exchange Online accepts OAuth (XOAUTH2), not user name and password",
            "der Client hat Benutzername und Kennwort gesendet (sein Schritt AUTH LOGIN, USER oder PASS ist gescheitert): Exchange Online akzeptiert OAuth (XOAUTH2), nicht Benutzername und Kennwort"
        ))],
        "SMTP ERROR: Password command failed: 535 5.7.3 Authentication unsuccessful [SN4PR0501CA0056.namprd05.prod.outlook.com]",
    ),
    row(
        TextId::ReplyAuthNotOffered,
        words![],
        any(words![
            "smtp auth extension not supported by server",
            // PEAR's Net_SMTP (pfSense, OPNsense): no AUTH in the EHLO before STARTTLS.
            "probably requires starting tls",
            // aiosmtplib; msmtp and NeoMutt in German.
            "auth extension is not supported by this server",
            "unterstützt keine authentifizierung",
            "server doesn't support auth",
            // lettre (Rust) and others: no mechanism of the client's in the server's EHLO.
            "no compatible authentication mechanism",
            "server does not support authentication",
            "requested authentication method",
            // PHPMailer, smtplib.
            "no supported authentication methods found",
            "no suitable authentication method found",
            // KMail's SMTP transport (EN, DE).
            "no matching authentication method",
            "keine passende authentifizierungsmethode",
            // msmtp's, mpop's and NeoMutt's "[SMTP|POP3|the] server does not support authentication
            // [method %s]" in their language files, by language.
            concat!(
                "unterstützt authentifizierungsmethode|", // de
                "ne supporte pas l'authentification|ne supporte pas la méthode d'authentification|", // fr
                "no admite autenticación|no admite el método de autenticación|no admiet con el método de autenticación|no soporta autenticación|", // es
                "non supporta l'autenticazione|", // it
                "ondersteunt geen authenticatie|", // nl
                "não suporta autenticação|não suporta o método de autenticação|não oferece suporte à autenticação|", // pt
                "nie wspiera uwierzytelniania|", // pl
                "не поддерживает аутентификацию|не поддерживает метод аутентификации|", // ru
                "不支持身份验证|不支持认证|", // zh
                "ユーザ認証をサポートしていない|", // ja
                "stöder inte autentisering|", // sv
                "nepodporuje autentizaci|", // cs
                "nu acceptă autentificarea|nu acceptă metoda de autentificare|", // ro
                "не передбачено підтримки розпізнавання|не передбачено способу розпізнавання|не підтримує аутентифікації|", // uk
                "no admet autenticació|", // ca
                "understøtter ikke godkendelse|", // da
                "ei tue autentikointia|", // fi
                "nem támogatja a azonosítást|", // hu
                "tidak mendukung authentikasi|", // id
                "støtter ikke identitetsbekreftelse|", // nb
                "nepodporuje overenie|", // sk
                "kimlik doğrulamayı desteklemiyor|", // tr
                "не подржава потврђивање идентитета|не подржава аутентификацију|", // sr
                "ne regas aŭtentig|ne regas la aŭtentig|ne akceptas rajtiĝon|", // eo
                "nepalaiko autentikacijos|", // lt
                "δεν υποστιρίζει την αυθεντικοποίηση|", // el
                "ez du autentifikazioa onartzen", // eu
            ),
        ]),
        Kind::ClientError,
        Code::None,
        &[
            to(C::WrongEndpointOrCloud, 0.3, t!(
                "a host that offers no AUTH at all: the tenant's MX host (….mail.protection.outlook.com) accepts mail for the tenant but no sign-in; submission goes to smtp.office365.com",
                "ein Host, der gar kein AUTH anbietet: der MX-Host des Mandanten (….mail.protection.outlook.com) nimmt Mail für den Mandanten an, aber keine Anmeldung; Einlieferung geht an smtp.office365.com"
            )),
            to(C::TlsModeMismatch, 0.5, t!(
                "the client found no AUTH in the server's EHLO reply: Exchange Online offers AUTH only after STARTTLS on port 587, so a client that asks before upgrading (or talks to port 25) sees none",
                "der Client fand kein AUTH in der EHLO-Antwort des Servers: Exchange Online bietet AUTH erst nach STARTTLS auf Port 587 an, ein Client, der vor dem Umstieg fragt (oder mit Port 25 spricht), sieht keines"
            )),
            to(C::ClientSaslPluginError, 0.4, t!(
                "or the client's own AUTH support is off or broken",
                "oder die AUTH-Unterstützung des Clients ist abgeschaltet oder defekt"
            )),
            to(C::SmtpAuthDisabledTenant, 0.35, t!(
                "or SMTP AUTH is switched off for the organisation; not shown in your paste",
                "oder SMTP AUTH ist für die Organisation abgeschaltet; in Ihrem Einfügetext nicht zu sehen"
            )),
        ],
        "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
    ),
    row(
        TextId::ReplyInvalidState,
        words![],
        any(words![
            "command received in invalid state",
            "illegal in state nonauth",
        ]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::MalformedXoauth2, 0.45, t!(
                "the client sent a command although the sign-in had not completed: most common reason when the AUTHENTICATE XOAUTH2 exchange was malformed or cut short; the exchange is not shown in your paste",
                "der Client hat einen Befehl gesendet, obwohl die Anmeldung nicht abgeschlossen war: häufigster Grund, wenn der AUTHENTICATE-XOAUTH2-Austausch fehlerhaft oder abgebrochen war; der Austausch ist in Ihrem Einfügetext nicht zu sehen"
            )),
            to(C::ClientSaslPluginError, 0.35, t!(
                "or the client skipped the sign-in, or went on after a failed one",
                "oder der Client hat die Anmeldung ausgelassen bzw. nach einer gescheiterten weitergemacht"
            )),
        ],
        "A0003 BAD Command received in Invalid state.",
    )
    .asking(3, Q::PasteMore),
    row(
        TextId::ReplyServerUnavailable15,
        words![],
        all(words!["server unavailable. 15"]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::MailboxUnlicensedOrMissing, 0.4, t!(
                "the IMAP/POP front end could not reach a mailbox for this sign-in: most common reason when the mailbox in user= is not an Exchange Online mailbox (missing, unlicensed, on-premises)",
                "das IMAP/POP-Frontend erreichte zu dieser Anmeldung kein Postfach: häufigster Grund, wenn das Postfach in user= kein Exchange-Online-Postfach ist (fehlt, ohne Lizenz, lokal)"
            )),
            to(C::ServiceSideIncident, 0.35, t!(
                "or the mailbox's server was briefly unavailable",
                "oder der Server des Postfachs war kurz nicht erreichbar"
            )),
        ],
        "A01 NO Server Unavailable. 15",
    ),
    row(
        // Outlook.com refusing the mechanism a client chose for AUTHENTICATE: since personal
        // accounts lost password sign-ins, PLAIN and LOGIN get this reply.
        TextId::ReplyMechanismNotSupported,
        words![],
        any(words!["provided authentication mechanism is not supported"]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::BasicAuthDeprecated, 0.7, t!(
                "the server refuses the sign-in mechanism the client chose, most often a password mechanism (PLAIN, LOGIN), which Outlook.com no longer takes for IMAP and POP; sign in with OAuth (XOAUTH2)",
                "der Server lehnt das vom Client gewählte Anmeldeverfahren ab, meist ein Kennwortverfahren (PLAIN, LOGIN), das Outlook.com für IMAP und POP nicht mehr annimmt; mit OAuth (XOAUTH2) anmelden"
            )),
            to(C::MalformedXoauth2, 0.3, t!(
                "or the client's XOAUTH2 came in a form the server does not read as that mechanism",
                "oder das XOAUTH2 des Clients kam in einer Form, die der Server nicht als dieses Verfahren liest"
            )),
        ],
        "A1 NO AUTHENTICATE failed. Provided authentication mechanism is not supported",
    ),
    row(
        // High Volume Email's SMTP: the token lacks the permission HVE asks for.
        TextId::ReplyHvePermissions,
        words![],
        any(words!["5.7.144", "xoauth2 authentication failed. invalid api permissions"]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::MissingAppRole, 0.6, t!(
                "High Volume Email says the token does not carry the API permission it needs: grant the app SMTP.SendAsApp (Office 365 Exchange Online) and get a new token",
                "High Volume Email meldet, dass das Token die nötige API-Berechtigung nicht trägt: der App SMTP.SendAsApp (Office 365 Exchange Online) gewähren und ein neues Token holen"
            )),
            to(C::ConsentMissing, 0.3, t!(
                "or the permission is added but not consented",
                "oder die Berechtigung ist hinzugefügt, aber nicht zugestimmt"
            )),
        ],
        "535 5.7.144 XOAUTH2 authentication failed. Invalid API permissions.",
    ),
    row(
        // High Volume Email's SMTP: the app is not on the HVE account's Allowed Apps list.
        TextId::ReplyHveAppNotAllowed,
        words![],
        any(words!["5.7.240", "not allowed for use with this high volume email account"]),
        Kind::ServerReply,
        Code::None,
        &[to(C::ApplicationAccessPolicyBlock, 0.7, t!(
            "High Volume Email says the app may not send with this HVE account: it is not on the account's Allowed Apps list (Add-HVEAppAccess -Identity <account> -AppIds <app id>; takes up to 5 minutes)",
            "High Volume Email meldet, dass die App mit diesem HVE-Konto nicht senden darf: sie steht nicht in der Liste der zugelassenen Apps des Kontos (Add-HVEAppAccess -Identity <Konto> -AppIds <App-ID>; wirkt nach bis zu 5 Minuten)"
        ))],
        "550 5.7.240 The application is not allowed for use with this High Volume Email account",
    ),
    row(
        TextId::ReplyBasicAuthBlocked,
        words![],
        any(words!["basicauthblocked"]),
        Kind::ServerReply,
        Code::None,
        &[to(C::BasicAuthDeprecated, 0.95, t!(
            "the server says it blocks basic authentication (LogonDenied-BasicAuthBlocked): the client sent a user name and password; Exchange Online accepts only OAuth (XOAUTH2) for IMAP and POP",
            "der Server meldet, dass er die Standardauthentifizierung blockiert (LogonDenied-BasicAuthBlocked): der Client hat Benutzername und Kennwort gesendet; Exchange Online akzeptiert für IMAP und POP nur OAuth (XOAUTH2)"
        ))],
        "A1 NO AUTHENTICATE failed. [Error=\"AuthFailed:LogonDenied-BasicAuthBlocked-<RequestId=0a1b2c3d,ST=09:12:01>\"]",
    ),
    row(
        TextId::ReplyLogonFailurePassword,
        words![],
        any(words!["logon failure: unknown user name or bad password"]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::BasicAuthDeprecated, 0.6, t!(
                "the server answered with Windows' text for a refused user name or password: if the client signs in with a password, Exchange Online no longer accepts that for POP, IMAP and SMTP; use OAuth",
                "der Server antwortete mit dem Windows-Text für abgelehnten Benutzernamen oder abgelehntes Kennwort: meldet sich der Client mit Kennwort an, akzeptiert Exchange Online das für POP, IMAP und SMTP nicht mehr; OAuth verwenden"
            )),
            to(C::InvalidUserCredentialsRopc, 0.35, t!(
                "or the user name or password is simply wrong",
                "oder Benutzername bzw. Kennwort sind schlicht falsch"
            )),
        ],
        "-ERR Logon failure: unknown user name or bad password.",
    ),
    row(
        TextId::ReplyStarttlsRequired,
        words![],
        any(words![
            "starttls is required",
            "issue a starttls command first",
            "muss zuerst einen starttls-befehl ausgeben",
        ]),
        Kind::ServerReply,
        Code::None,
        &[to(C::TlsModeMismatch, 0.85, t!(
            "the server wants STARTTLS before AUTH or mail: the client talks plain text (on 587 or 25) without upgrading; switch its encryption to STARTTLS",
            "der Server verlangt STARTTLS vor AUTH oder Mail: der Client spricht Klartext (auf 587 oder 25) ohne Umstieg; stellen Sie seine Verschlüsselung auf STARTTLS"
        ))],
        "530 5.7.0 Must issue a STARTTLS command first",
    ),
    row(
        // Exchange Online refusing a connection its connector wants TLS-protected (a relay that
        // did not start TLS, or with a certificate or TLS version the connector does not take).
        TextId::ReplyTlsChannelRequired,
        words![],
        any(words!["failed to establish appropriate tls channel"]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::TlsModeMismatch, 0.6, t!(
                "Exchange Online says no suitable TLS channel was made: most often the sending server did not start TLS where the connector requires it; let it use STARTTLS (Postfix: smtp_tls_security_level = may or encrypt)",
                "Exchange Online meldet, dass kein passender TLS-Kanal zustande kam: meist hat der sendende Server kein TLS begonnen, wo der Connector es verlangt; ihn STARTTLS verwenden lassen (Postfix: smtp_tls_security_level = may oder encrypt)"
            )),
            to(C::TlsVersionUnsupported, 0.3, t!(
                "or the TLS version or certificate the server offered is not one the connector accepts",
                "oder die angebotene TLS-Version oder das Zertifikat ist keins, das der Connector annimmt"
            )),
        ],
        "454 4.7.0 Failed to establish appropriate TLS channel: Access Denied",
    ),
    row(
        TextId::ReplyStlsNotSupported,
        words![],
        any(words!["stls not supported", "starttls not supported", "starttls extension not supported"]),
        Kind::ServerReply,
        Code::None,
        &[to(C::TlsModeMismatch, 0.8, t!(
            "the server offers no STARTTLS on this connection: the client asks for it on a port that is already encrypted (995, 993, 465) or on a server that is not Exchange Online's; POP 995 and IMAP 993 use implicit TLS, SMTP 587 STARTTLS",
            "der Server bietet auf dieser Verbindung kein STARTTLS an: der Client verlangt es auf einem bereits verschlüsselten Port (995, 993, 465) oder bei einem Server, der nicht der von Exchange Online ist; POP 995 und IMAP 993 verwenden implizites TLS, SMTP 587 STARTTLS"
        ))],
        "-ERR STLS not supported by server",
    ),
    row(
        TextId::ReplyLocalProxyOffline,
        words![],
        any(words!["please check your internet connection"]),
        Kind::ServerReply,
        Code::None,
        &[to(C::NetworkEgressBlocked, 0.65, t!(
            "a local OAuth proxy answers for the server: it could not reach Microsoft to get or renew the token (check the host's connection and proxy settings)",
            "ein lokaler OAuth-Proxy antwortet anstelle des Servers: er konnte Microsoft nicht erreichen, um das Token zu holen oder zu erneuern (Verbindung und Proxy-Einstellungen des Hosts prüfen)"
        ))],
        "A001 NO AUTHENTICATE Email OAuth 2.0 Proxy: Login failed for account user@contoso.com - please check your internet connection and retry",
    ),
    row(
        TextId::ReplyLocalProxyRefused,
        words![],
        // email-oauth2-proxy's own refusals (emailproxy.py), sent to the client as the reply.
        any(words![
            "login failed - the password for account",
            "login failed - no password provided for account",
            "no config file entry found for account",
            "incomplete config file entry found for account",
            // The same refusals as its log words them.
            "invalid password to decrypt",
            "exception while decrypting oauth 2.0 credentials",
            // (An older version's log of the same: the token not decrypted.)
            "oauth 2.0 credentials: invalidtoken",
            "proxy config file entry incomplete",
        ]),
        Kind::ServerReply,
        Code::None,
        &[to(C::ClientSaslPluginError, 0.8, t!(
            "a local OAuth proxy refused the sign-in before asking Microsoft: its account entry is missing or incomplete, or the password differs from the one it encrypted the account's tokens with",
            "ein lokaler OAuth-Proxy hat die Anmeldung abgelehnt, bevor er Microsoft fragte: sein Kontoeintrag fehlt oder ist unvollständig, oder das Kennwort ist nicht das, mit dem er die Token des Kontos verschlüsselt hat"
        ))],
        "A001 NO AUTHENTICATE Email OAuth 2.0 Proxy: Login failed - the password for account jane@contoso.com is incorrect",
    ),
    row(
        TextId::ReplyLocalProxyNotAuthorised,
        words![],
        // email-oauth2-proxy's account waiting for its first authorisation (emailproxy.py: "a
        // timeout, wsgi request error/failure, or terminal auth ctrl+c"), in no-GUI and GUI mode.
        any(words![
            "authorisation request failed or timed out",
            "authorisation request timed out",
        ]),
        Kind::ServerReply,
        Code::None,
        &[to(C::ClientSaslPluginError, 0.75, t!(
            "a local OAuth proxy answers: nobody completed the account's interactive authorisation it asked for (no-GUI mode: --external-auth or --local-server-auth on a free port), so it asked Microsoft for no token",
            "ein lokaler OAuth-Proxy antwortet: niemand schloss die interaktive Autorisierung des Kontos ab, um die er bat (ohne GUI: --external-auth oder --local-server-auth auf freiem Port), daher fragte er Microsoft nach keinem Token"
        ))],
        "A001 NO AUTHENTICATE Email OAuth 2.0 Proxy: Login failed for account user@contoso.com: No-GUI authorisation request failed or timed out",
    ),
    row(
        TextId::ReplyClientNotAuthenticated,
        words![],
        // .NET's System.Net.Mail words it in the user's language (German: "… oder der Client
        // war nicht authentifiziert").
        any(words!["client was not authenticated", "client war nicht authentifiziert"]),
        Kind::ServerReply,
        Code::None,
        &[
            to(C::ClientSaslPluginError, 0.5, t!(
                "the server received mail without a completed sign-in: the client skipped SMTP AUTH or its sign-in failed before sending",
                "der Server erhielt Mail ohne abgeschlossene Anmeldung: der Client hat SMTP AUTH ausgelassen oder seine Anmeldung ist vor dem Senden gescheitert"
            )),
            to(C::TlsModeMismatch, 0.35, t!(
                "Exchange Online offers AUTH only after STARTTLS: a client that does not upgrade never signs in",
                "Exchange Online bietet AUTH erst nach STARTTLS an: ein Client, der nicht umsteigt, meldet sich nie an"
            )),
        ],
        "550 5.7.1 Client was not authenticated",
    ),
    row(
        TextId::ReplyEximIncorrectData,
        words![],
        any(words!["incorrect authentication data"]),
        Kind::ServerReply,
        Code::None,
        &[to(C::NetworkEgressBlocked, 0.5, t!(
            "the refusal is worded by Exim (cPanel hosts), not by Exchange Online: the connection reached another mail server; most often the hosting provider redirects outbound SMTP to its own server, or the client names the wrong host",
            "die Ablehnung ist von Exim formuliert (cPanel-Hoster), nicht von Exchange Online: die Verbindung erreichte einen anderen Mailserver; meist leitet der Hoster ausgehendes SMTP auf seinen eigenen Server um, oder der Client nennt den falschen Host"
        ))],
        "535 Incorrect authentication data",
    ),
    row(
        TextId::ReplyEximGreeting,
        words![],
        // Exim's banner, and GoDaddy's shared hosting relays, which answer for any SMTP host.
        any(words!["esmtp exim", "secureserver.net"]),
        Kind::ClientError,
        Code::None,
        &[to(C::NetworkEgressBlocked, 0.5, t!(
            "the greeting is another server's (Exim, or a shared host's relay), not Exchange Online's: the connection reached another mail server; most often the hosting provider redirects outbound SMTP to its own server, or the client names the wrong host",
            "die Begrüßung stammt von einem anderen Server (Exim oder dem Relay eines Shared Hosters), nicht von Exchange Online: die Verbindung erreichte einen anderen Mailserver; meist leitet der Hoster ausgehendes SMTP auf seinen eigenen Server um, oder der Client nennt den falschen Host"
        ))],
        "SERVER -> CLIENT: 220-sg2plcpnl0074.prod.sin2.secureserver.net ESMTP Exim 4.87 #1",
    ),
];

/// Exchange Online's SMTP host with port 465 (read by `rules/client.rs`).
pub const SMTP_PORT_465: Text = t!(
    "the client uses Exchange Online's SMTP server on port 465, which it does not offer for client submission: use 587 with STARTTLS",
    "der Client verwendet den SMTP-Server von Exchange Online an Port 465, den dieser für die Clientübermittlung nicht anbietet: Port 587 mit STARTTLS verwenden"
);

const CLIENT_SASL_WHY: Text = t!(
    "the local SASL library or its XOAUTH2 plugin failed; the sign-in never reached Exchange",
    "die lokale SASL-Bibliothek bzw. ihr XOAUTH2-Plugin ist gescheitert; die Anmeldung hat Exchange nie erreicht"
);

const REFRESH_FAILED_WHY: Text = t!(
    "the client could not renew its token with the refresh token it keeps (expired, revoked, or issued before a password or MFA change): remove the stored token and sign in again",
    "der Client konnte sein Token mit dem gespeicherten Aktualisierungstoken nicht erneuern (abgelaufen, widerrufen oder vor einer Kennwort- oder MFA-Änderung ausgestellt): das gespeicherte Token entfernen und neu anmelden"
);

/// Why a refused secret may be the secret's ID.
const SECRET_ID_WHY: Text = t!(
    "often the secret's ID was entered instead of its value",
    "oft wurde die ID des Geheimnisses statt seines Werts eingetragen"
);

/// Why an expired secret stays a candidate beside a wrong one (the rows where the answer's code
/// is not shown).
const SECRET_EXPIRED_TOO: Text = t!(
    "or the client secret has expired",
    "oder das Client-Geheimnis ist abgelaufen"
);

/// Why a service principal not found may be one created minutes ago.
const SP_NOT_REPLICATED_WHY: Text = t!(
    "or the service principal was created minutes ago and is not replicated yet",
    "oder der Dienstprinzipal wurde vor wenigen Minuten angelegt und ist noch nicht repliziert"
);

/// What a line says when it is about getting a token (EN, DE): a status code beside it is the
/// token endpoint's.
const TOKEN_REQUEST: &str = "acquir|retriev|obtain|get access token|get an access token|get token|get a token|get oauth|get the token|get the access token|getting|fetch|token request|request token|request a token|requesting|token endpoint|oauth2/v2.0/token|oauth2/token|abruf|abgerufen|anforder|angefordert|beziehen|bezogen|erhalten";
/// What makes a status beside a token an API's, a mail server's or an Entra error's own, as one
/// entry of alternatives.
const TOKEN_STATUS_NONE_LIST: &str = "special character|sonderzeichen|graph.microsoft.com/v1.0|graph.microsoft.com/beta|/ews/|exchange.asmx|invalidauthenticationtoken|validation|sendmail|audience|expired|aadsts|invalid_|unauthorized_client|interaction_required|lifetime|empty|authenticate failed|535 |5.7.|-err";
/// [`TOKEN_STATUS_NONE_LIST`] as a row's `none`.
const TOKEN_STATUS_NONE: Words = words![TOKEN_STATUS_NONE_LIST];

/// A token request refused with an HTTP status and nothing else of the token endpoint's answer
/// in the paste (`(400) Bad Request`, `401 Unauthorized` beside a token request): the status
/// tells the stage and the likely causes, the response body would tell which. The rules add
/// every matching row, on a client's line or on a reply taken for an HTTP status. A 401 is
/// OAuth's `invalid_client` (RFC 6749, 5.2): the app's own credential. The order of each row's
/// causes follows the labelled tuning texts and reports the rows read (2026-12-05: a 401 → a
/// wrong secret 4 texts, no secret sent 1; a refresh's 400 → the refresh token 18, 5 others; a
/// 400 → a scope 1, a refresh token 1); below that, the Entra errors that answer with each status.
pub const TOKEN_STATUS: &[KnownText] = &[
row(
    // A refresh refused with HTTP 400 is, at the token endpoint, almost always invalid_grant:
    // the stored refresh token no longer works.
    TextId::ClientRefreshStatus400,
    words![],
    Matcher {
        any: words![],
        all: words!["refresh|aktualisierung|erneuer", "token", "400|bad request|ungültige anforderung"],
        none: TOKEN_STATUS_NONE,
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.45, REFRESH_FAILED_WHY)],
    "Failed to refresh oauth token for account Outlook OAuth: Client error '400 Bad Request' for url 'https://login.microsoftonline.com/common/oauth2/v2.0/token'",
)
.asking(1, Q::TokenResponse),
row(
    TextId::ClientTokenRefused401,
    words![],
    Matcher {
        any: words![],
        all: words!["token", "401|unauthorized|unauthorised|nicht autorisiert", TOKEN_REQUEST],
        none: TOKEN_STATUS_NONE,
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidClientSecret, 0.35, t!(
            "the token endpoint refused the request with HTTP 401: most often a wrong client secret (the AADSTS code of its answer, not in your paste, tells)",
            "der Token-Endpunkt hat die Anfrage mit HTTP 401 abgelehnt: meist ein falsches Client-Geheimnis (der AADSTS-Code seiner Antwort, nicht in Ihrer Einfügung, sagt es)"
        )),
        to(C::ExpiredClientSecret, 0.3, SECRET_EXPIRED_TOO),
        to(C::SecretIdUsedAsValue, 0.25, SECRET_ID_WHY),
        to(C::CertificateCredentialError, 0.2, t!(
            "or a certificate's client assertion was refused",
            "oder die Client-Assertion eines Zertifikats wurde abgelehnt"
        )),
        to(C::ClientTypeMismatch, 0.2, t!(
            "or the app is a confidential client and sent no secret at all",
            "oder die App ist ein vertraulicher Client und hat gar kein Geheimnis gesendet"
        )),
    ],
    "Failed to acquire access token. HTTP Status: 401.",
)
.asking(1, Q::TokenResponse),
row(
    TextId::ClientTokenRefused400,
    words![],
    Matcher {
        any: words![],
        all: words!["token", "400|bad request|ungültige anforderung|fehlerhafte anforderung", TOKEN_REQUEST],
        // A refresh token refused is read by the token rows (TOKEN_EXPIRED).
        none: words![TOKEN_STATUS_NONE_LIST, "refresh", "aktualisierung"],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidScope, 0.3, t!(
            "the token endpoint refused the request with HTTP 400 (why is not in your paste): most often a scope the flow does not allow",
            "der Token-Endpunkt hat die Anfrage mit HTTP 400 abgelehnt (warum, steht nicht in Ihrer Einfügung): meist ein Scope, den der Ablauf nicht erlaubt"
        )),
        to(C::TokenExpiredOrCached, 0.28, t!(
            "or, where the app renews a stored sign-in, its refresh token no longer works (invalid_grant)",
            "oder, wo die App eine gespeicherte Anmeldung erneuert, gilt deren Aktualisierungstoken nicht mehr (invalid_grant)"
        )),
        to(C::ConsentMissing, 0.26, t!(
            "or the permission has no admin consent",
            "oder der Berechtigung fehlt die Administratorzustimmung"
        )),
        to(C::MalformedTokenRequest, 0.24, t!(
            "or a parameter of the request is missing or wrong",
            "oder ein Parameter der Anfrage fehlt oder ist falsch"
        )),
        to(C::WrongEndpointOrCloud, 0.2, t!(
            "or the URL's tenant or endpoint does not fit the app",
            "oder Mandant oder Endpunkt der URL passen nicht zur App"
        )),
    ],
    "Could not retrieve OAuth token: The remote server returned an error: (400) Bad Request.",
)
.asking(1, Q::TokenResponse),
row(
    // Azure.Identity's `ClientSecretCredential authentication failed:` quoted without the
    // MSAL exception after it: the token request with the app's secret failed.
    TextId::ClientSecretCredentialFailed,
    words![],
    Matcher {
        any: words![],
        all: words!["clientsecretcredential", "fail|error|fehl"],
        none: TOKEN_STATUS_NONE,
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidClientSecret, 0.35, t!(
            "the token request with the app's client secret failed (the AADSTS code of its answer, not in your paste, tells why): most often the secret is wrong",
            "die Token-Anfrage mit dem Client-Geheimnis der App ist gescheitert (warum, sagt der AADSTS-Code der Antwort, nicht in Ihrer Einfügung): meist ist das Geheimnis falsch"
        )),
        to(C::ExpiredClientSecret, 0.3, SECRET_EXPIRED_TOO),
        to(C::SecretIdUsedAsValue, 0.25, SECRET_ID_WHY),
        to(C::AppNotFoundInTenant, 0.2, t!(
            "or the client id is not known in the tenant the credential names",
            "oder die Client-ID ist in dem Mandanten, den die Anmeldeinformation nennt, nicht bekannt"
        )),
    ],
    "ClientSecretCredential authentication failed:",
)
.asking(1, Q::TokenResponse),
];

/// Texts of client libraries (not server replies); the first matching row counts.
pub const CLIENT: &[KnownText] = &[row(
    TextId::ClientGoogleEndpoint,
    words![],
    any(words![
        "accounts.google.com/o/oauth2",
        "oauth2.googleapis.com/token",
        "the oauth client was not found",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.8, t!(
        "the client asks Google's token endpoint (a default of sasl-xoauth2 and other XOAUTH2 clients) for a Microsoft token: set it to https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token",
        "der Client fragt Googles Token-Endpunkt (eine Voreinstellung von sasl-xoauth2 und anderen XOAUTH2-Clients) nach einem Microsoft-Token: stellen Sie ihn auf https://login.microsoftonline.com/<Mandant>/oauth2/v2.0/token um"
    ))],
    "TokenStore::Refresh: token_endpoint: https://accounts.google.com/o/oauth2/token",
),
row(
    TextId::ClientMsalNoCredential,
    words![],
    any(words![
        "one client credential type required",
        "must be defined when creating a confidential client",
        "no clientid was specified",
        "application id cannot be empty",
        "anwendungskennung darf nicht leer sein",
        "was detected but no credentials were provided",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::MalformedTokenRequest, 0.6, t!(
            "the client library stops before any request: the app's settings lack its client id or its credential (secret or certificate), so no valid token request can be made",
            "die Client-Bibliothek bricht vor jeder Anfrage ab: in den Einstellungen der App fehlen Client-ID oder Anmeldeinformation (Geheimnis oder Zertifikat), so kann keine gültige Token-Anfrage entstehen"
        )),
        to(C::ClientTypeMismatch, 0.25, t!(
            "or the app is built as a confidential client where a public client flow (device code, interactive) was meant",
            "oder die App ist als vertraulicher Client gebaut, wo ein öffentlicher Ablauf (Gerätecode, interaktiv) gemeint war"
        )),
    ],
    "Microsoft.Identity.Client.MsalClientException: One client credential type required either: ClientSecret, Certificate, ClientAssertion or AppTokenProvider must be defined when creating a Confidential Client.",
),
row(
    TextId::ClientAzIdentityRetries,
    words![],
    Matcher {
        any: words![],
        all: words!["retry failed after", "tries|attempts|versuche"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::NetworkEgressBlocked, 0.6, t!(
            "the library retried the token request until it gave up: no answer came back from the sign-in endpoint at all, which is most often a proxy, firewall or DNS between the host and login.microsoftonline.com (a refused credential is answered at once, not retried)",
            "die Bibliothek hat die Token-Anfrage wiederholt, bis sie aufgab: vom Anmeldeendpunkt kam gar keine Antwort, meist stehen Proxy, Firewall oder DNS zwischen dem Host und login.microsoftonline.com (eine abgelehnte Anmeldeinformation wird sofort beantwortet, nicht wiederholt)"
        )),
        to(C::ServiceSideIncident, 0.2, t!(
            "or the sign-in service itself did not answer for a while",
            "oder der Anmeldedienst selbst hat eine Zeit lang nicht geantwortet"
        )),
    ],
    "ClientSecretCredential authentication failed: Retry failed after 4 tries. Retry settings can be adjusted in ClientOptions.Retry or by configuring a custom retry policy in ClientOptions.RetryPolicy.",
),
row(
    TextId::ClientNoTokenProperty,
    words![],
    any(words!["no token property set"]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.6, t!(
        "the client has no access token to put into XOAUTH2: the setting or message property that should hold it is empty or not configured, so nothing was sent to the server",
        "der Client hat kein Zugriffstoken für XOAUTH2: die Einstellung bzw. Nachrichteneigenschaft, die es enthalten soll, ist leer oder nicht gesetzt, an den Server ging nichts"
    ))],
    // Node-RED's e-mail node with XOAUTH2 chosen.
    "No token property set",
),
row(
    TextId::ClientImapClientLoginMechanism,
    words![],
    any(words!["authmechanism login is invalid"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.6, t!(
            "the library turned the call down before it reached the server: LOGIN is not an AUTHENTICATE mechanism there; Exchange Online needs XOAUTH2 with the token handed to the library's callback",
            "die Bibliothek hat den Aufruf abgelehnt, bevor er den Server erreichte: LOGIN ist dort kein AUTHENTICATE-Mechanismus; Exchange Online braucht XOAUTH2 mit dem Token im Callback der Bibliothek"
        )),
        to(C::BasicAuthDeprecated, 0.3, t!(
            "and a password sign-in (LOGIN) would be refused by Exchange Online anyway",
            "und eine Anmeldung mit Passwort (LOGIN) lehnt Exchange Online ohnehin ab"
        )),
    ],
    // Perl's Mail::IMAPClient.
    "Authmechanism LOGIN is invalid, use login()",
),
row(
    TextId::ClientGenSmtpNoAuth,
    words![],
    Matcher {
        any: words![],
        all: words!["missing_requirement", "auth"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.45, t!(
            "the client required AUTH but found none to use: Exchange Online offers AUTH only after STARTTLS, so a session that was not upgraded (TLS off, or implicit TLS expected) sees none",
            "der Client verlangte AUTH, fand aber keins: Exchange Online bietet AUTH erst nach STARTTLS an, eine nicht hochgestufte Sitzung (TLS aus oder implizites TLS erwartet) sieht keins"
        )),
        to(C::ClientSaslPluginError, 0.3, t!(
            "or the client's configuration lacks the user name or the token it needs to sign in",
            "oder der Konfiguration des Clients fehlen Benutzername oder Token für die Anmeldung"
        )),
    ],
    // gen_smtp (Erlang), as Swoosh and Bamboo return it.
    "{:error, {:retries_exceeded, {:missing_requirement, 'smtp.office365.com', :auth}}}",
),
row(
    TextId::ClientConnectionNotAuthenticated,
    words![],
    any(words!["this connection is not authenticated"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TokenExpiredOrCached, 0.5, t!(
            "the connector's connection holds no valid sign-in any more (its refresh token expired or was revoked, or the connection was never authorised): sign in to the connection again",
            "die Verbindung des Connectors hat keine gültige Anmeldung mehr (ihr Aktualisierungstoken ist abgelaufen oder wurde widerrufen, oder sie wurde nie autorisiert): die Verbindung neu anmelden"
        )),
        to(C::ConsentMissing, 0.25, t!(
            "or its sign-in was never completed because consent was not given",
            "oder ihre Anmeldung wurde nie abgeschlossen, weil die Zustimmung fehlte"
        )),
    ],
    // Logic Apps and Power Automate: an API connection's status.
    "\"code\": \"Unauthenticated\", \"message\": \"This connection is not authenticated.\"",
),
row(
    TextId::ClientIdcrlLegacy,
    words![],
    any(words![
        "identity client runtime library (idcrl)",
        "does not support sharepoint online credentials",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.45, t!(
            "the tool signs in with the user's name and password through SharePoint's legacy sign-in (IDCRL): a tenant that blocks legacy authentication refuses it; the tool needs its modern (OAuth) sign-in",
            "das Werkzeug meldet sich mit Benutzername und Passwort über die alte Anmeldung von SharePoint (IDCRL) an: ein Mandant, der Legacy-Authentifizierung sperrt, lehnt sie ab; das Werkzeug braucht seine moderne (OAuth-)Anmeldung"
        )),
        to(C::SecurityDefaultsBlock, 0.35, t!(
            "most often blocked by the security defaults (or a Conditional Access policy against legacy authentication) turned on in the tenant",
            "meist durch die im Mandanten eingeschalteten Sicherheitsstandards (oder eine Richtlinie für bedingten Zugriff gegen Legacy-Authentifizierung) gesperrt"
        )),
    ],
    // (Its IDCRL wording, "Failed to connect to SharePoint. Identity Client Runtime Library (IDCRL)
    // did not get a response from the Login server.", is read as a network error first and
    // handed to this row by the rules.)
    "Cannot contact web site '' or the web site does not support SharePoint Online credentials. The response status code is 'Unauthorized'.",
),
row(
    // Kiota's Graph SDKs (Go, Python, Java, .NET) when the answer is a web page, not Graph's JSON.
    TextId::ClientSdkHtmlBody,
    words![],
    Matcher {
        any: words![],
        all: words!["text/html", "does not have a factory registered|no factory registered"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::PersonalAccountNotSupported, 0.45, t!(
            "the Graph SDK got a web page where Graph's JSON answer was expected: most often the account signed in is a personal Microsoft account (outlook.com) whose mailbox Graph does not serve to this app",
            "das Graph-SDK bekam eine Webseite statt der JSON-Antwort von Graph: meist ist das angemeldete Konto ein persönliches Microsoft-Konto (outlook.com), dessen Postfach Graph dieser App nicht bereitstellt"
        )),
        to(C::MailboxUnlicensedOrMissing, 0.25, t!(
            "or the user has no Exchange Online mailbox (or the tenant none at all)",
            "oder der Benutzer hat kein Exchange-Online-Postfach (oder der Mandant gar keins)"
        )),
    ],
    "Error getting user's inbox: content type text/html does not have a factory registered to be parsed",
),
row(
    // System.Net.Mail speaks only STARTTLS (EnableSsl): on port 465, which expects TLS from the
    // first byte, its EHLO meets the TLS layer and the reply is read as a syntax error.
    TextId::ClientSystemNetMail465,
    words![],
    any(words![
        "syntax error, command unrecognized. the server response was",
        "syntaxfehler, befehl nicht erkannt. die serverantwort war",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, t!(
        "System.Net.Mail read no SMTP reply it knows: most often it was pointed at port 465, which expects TLS from the first byte, while it speaks STARTTLS only (use port 587 with EnableSsl)",
        "System.Net.Mail las keine SMTP-Antwort, die es kennt: meist zeigte es auf Port 465, der TLS ab dem ersten Byte erwartet, während es nur STARTTLS spricht (Port 587 mit EnableSsl verwenden)"
    ))],
    "System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was:",
),
row(
    TextId::ClientMsalAssertionConfig,
    words![],
    any(words![
        "assertion jwt cannot be null or empty",
        "client_credential needs to follow this format",
        "invalid_client_assertion_empty",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.7, t!(
        "the client library refuses the app's certificate credential as configured (no private key or thumbprint, or an empty signed assertion): nothing was sent to Entra",
        "die Client-Bibliothek lehnt die Zertifikatsanmeldeinformation der App so, wie sie eingerichtet ist, ab (kein privater Schlüssel oder Fingerabdruck, oder eine leere signierte Assertion): an Entra wurde nichts gesendet"
    ))],
    "ValueError: client_credential needs to follow this format https://msal-python.readthedocs.io/en/latest/#msal.ClientApplication.params.client_credential",
),
row(
    TextId::ClientAuthorityConfig,
    words![],
    any(words![
        "authority must use https",
        "issuer validation failed for authority",
        "issuer from oidc endpoint does not match",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.7, t!(
        "the client's authority URL is wrong: it must be https://login.microsoftonline.com/<tenant ID or domain> (or the national cloud's host) with the tenant's own identifier",
        "die Autoritäts-URL des Clients ist falsch: sie muss https://login.microsoftonline.com/<Mandanten-ID oder Domäne> lauten (bzw. der Host der nationalen Cloud), mit der eigenen Kennung des Mandanten"
    ))],
    "System.ArgumentException: The authority must use HTTPS scheme.  (Parameter 'authority')",
),
row(
    TextId::ClientNoScopes,
    words![],
    any(words![
        "empty_input_scopes_error",
        "scopes cannot be passed as null",
        "scopes cannot be null or empty",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.75, t!(
        "the token is requested without a scope: set the scope (https://outlook.office365.com/.default for app-only IMAP, POP and EWS; the IMAP/SMTP/POP scopes for delegated sign-in)",
        "das Token wird ohne Scope angefordert: den Scope setzen (https://outlook.office365.com/.default für App-only-IMAP, -POP und -EWS; die IMAP-/SMTP-/POP-Scopes für delegierte Anmeldung)"
    ))],
    "ClientConfigurationError: empty_input_scopes_error: Scopes cannot be passed as null, undefined or empty array because they are required to obtain an access token.",
),
row(
    TextId::ClientEwsBackOff,
    words![],
    any(words![
        "ratelimiterror",
        "gave up when asked to back off",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeThrottlingLimit, 0.85, t!(
        "EWS kept asking the client to back off (throttling) until the client gave up: too many requests or connections for this mailbox or app",
        "EWS hat den Client so lange zum Warten aufgefordert (Drosselung), bis er aufgab: zu viele Anfragen oder Verbindungen für dieses Postfach bzw. diese App"
    ))],
    "exchangelib.errors.RateLimitError: Max timeout reached (gave up when asked to back off 600.000 seconds)",
),
row(
    TextId::ClientEwsServerError,
    words![],
    any(words![
        "server error in '/ews' application",
        "server error in 'ews' application",
        "genericerrorpage.htm",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.6, t!(
        "EWS answered with its server's generic error page: a transient failure on Microsoft's side, cleared by a retry",
        "EWS hat mit der allgemeinen Fehlerseite seines Servers geantwortet: ein vorübergehender Fehler auf Microsofts Seite, den ein neuer Versuch behebt"
    ))],
    "exchangelib.errors.ErrorInternalServerTransientError: Caused by HTTP 302 redirect to /ews/genericerrorpage.htm?aspxerrorpath=/ews/exchange.asmx",
),
row(
    TextId::ClientNodemailerAuthMissing,
    words![],
    any(words![
        "authentication info was not provided",
        "unknown authentication method \"oauth2\"",
        "unknown authentication method \"oauth\"",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::MalformedXoauth2, 0.5, t!(
            "the mailer's auth options never produce an XOAUTH2 sign-in: the auth object is missing, or its type is not the one the library knows (nodemailer: type 'OAuth2' with user and accessToken)",
            "die Auth-Optionen des Mailers ergeben nie eine XOAUTH2-Anmeldung: das Auth-Objekt fehlt, oder sein Typ ist nicht der, den die Bibliothek kennt (nodemailer: type 'OAuth2' mit user und accessToken)"
        )),
        to(C::ClientSaslPluginError, 0.35, t!(
            "the client's own OAuth setup fails before the server is asked",
            "die OAuth-Einrichtung des Clients scheitert, bevor der Server gefragt wird"
        )),
    ],
    "Error: Authentication info was not provided",
),
row(
    TextId::ClientTokenSecretMissing,
    words![],
    any(words![
        "oauth2 secret not found",
        "oauth2-secret nicht gefunden",
        "no password provided for account",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.6, t!(
            "the client has no stored OAuth token to send (or sends no password to its local OAuth proxy): sign the account in again in the client",
            "der Client hat kein gespeichertes OAuth-Token zum Senden (bzw. sendet seinem lokalen OAuth-Proxy kein Kennwort): das Konto im Client neu anmelden"
        )),
        to(C::TokenExpiredOrCached, 0.3, t!(
            "or the stored token was removed or expired and was not renewed",
            "oder das gespeicherte Token wurde entfernt oder ist abgelaufen und nicht erneuert worden"
        )),
    ],
    "Email OAuth 2.0 Proxy: Login failed - no password provided for account scanner@contoso.com - aborting login",
),
row(
    TextId::ClientSaslProtocolError,
    words![],
    any(words!["sasl protocol error", "sasl-protokollfehler"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.5, t!(
            "the client's SASL exchange broke off in its own handling of the protocol",
            "der SASL-Austausch des Clients ist in seiner eigenen Behandlung des Protokolls abgebrochen"
        )),
        to(C::MalformedXoauth2, 0.3, t!(
            "or the XOAUTH2 string it sent was not what the server expects",
            "oder die gesendete XOAUTH2-Zeichenfolge war nicht das, was der Server erwartet"
        )),
    ],
    "Cannot login to POP server outlook.office365.com: SASL Protocol error",
),
row(
    TextId::ClientTemporaryAuthFailure,
    words![],
    any(words![
        "temporary authentication failure",
        "legitimierung vorübergehend gescheitert",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.55, t!(
        "the server reports its authentication as temporarily failing (SMTP 454): a transient state on its side, retry later",
        "der Server meldet seine Authentifizierung als vorübergehend gescheitert (SMTP 454): ein vorübergehender Zustand auf seiner Seite, später erneut versuchen"
    ))],
    "Temporary authentication failure",
),
row(
    TextId::ClientServiceNotAvailable,
    words![],
    any(words![
        "service not available, closing transmission channel",
        "dienst nicht verfügbar, übertragungskanal wird geschlossen",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ServiceSideIncident, 0.5, t!(
            "the server closed the connection as not available (SMTP 421): a transient state on its side",
            "der Server hat die Verbindung als nicht verfügbar geschlossen (SMTP 421): ein vorübergehender Zustand auf seiner Seite"
        )),
        to(C::ExchangeThrottlingLimit, 0.3, t!(
            "or it refuses more connections from this client for now",
            "oder er nimmt von diesem Client vorerst keine weiteren Verbindungen an"
        )),
    ],
    "Service not available, closing transmission channel",
),
row(
    TextId::ClientServerUnreachable,
    words![],
    any(words![
        "failed to reach the server",
        "fehler beim erreichen des servers",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::NetworkEgressBlocked, 0.55, t!(
            "the client could not reach the mail server: a firewall, proxy or DNS between them, or the wrong host or port",
            "der Client konnte den Mailserver nicht erreichen: eine Firewall, ein Proxy oder DNS dazwischen, oder falscher Host bzw. Port"
        )),
        to(C::ServiceSideIncident, 0.25, t!(
            "or the server was briefly unavailable",
            "oder der Server war kurz nicht verfügbar"
        )),
    ],
    "Connection Error (Failed to reach the server)!",
),
row(
    TextId::ClientFolderNoAccess,
    words![],
    any(words![
        "either it does not exist or you do not have permission to access it",
        "entweder existiert er nicht oder ihnen fehlen die nötigen zugriffsrechte",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::MailboxPermissionMissing, 0.6, t!(
            "the folder of the other mailbox is not accessible to the signed-in account: it needs access to that mailbox (Full Access, or folder permissions)",
            "der Ordner des anderen Postfachs ist für das angemeldete Konto nicht zugänglich: es braucht Zugriff auf dieses Postfach (Vollzugriff oder Ordnerberechtigungen)"
        )),
        to(C::MailboxUnlicensedOrMissing, 0.25, t!(
            "or the mailbox or folder does not exist",
            "oder Postfach bzw. Ordner existieren nicht"
        )),
    ],
    "Folder “Inbox” not found. Either it does not exist or you do not have permission to access it.",
),
row(
    TextId::ClientPsGalleryTls,
    words![],
    any(words![
        "unable to download the list of available providers",
        "no match was found for the specified search criteria and provider name 'nuget'",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsVersionUnsupported, 0.55, t!(
            "Windows PowerShell 5.1 reaches the PowerShell Gallery without TLS 1.2, which the Gallery requires: run [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 and update PowerShellGet",
            "Windows PowerShell 5.1 erreicht den PowerShell-Katalog ohne TLS 1.2, das der Katalog verlangt: [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 ausführen und PowerShellGet aktualisieren"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or a proxy or firewall blocks the Gallery",
            "oder ein Proxy bzw. eine Firewall sperrt den Katalog"
        )),
    ],
    "WARNING: Unable to download the list of available providers. Check your internet connection.",
),
row(
    TextId::ClientOidcDiscovery,
    words![],
    Matcher {
        any: words![
            "oidc discovery failed on",
            "unable to get authority configuration",
        ],
        all: words![],
        // A server error or a timeout on the way is no verdict on the tenant.
        none: words!["http status: 5", "timed out", "timeout"],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::TenantNotFound, 0.6, t!(
            "the tenant's sign-in metadata could not be read at the authority the app names: most often the tenant id or domain in it is wrong",
            "die Anmelde-Metadaten des Mandanten ließen sich an der Autorität, die die App nennt, nicht lesen: meist ist die Mandanten-ID oder Domäne darin falsch"
        )),
        to(C::WrongEndpointOrCloud, 0.3, t!(
            "or the authority's host or form is wrong (another cloud, a B2C or CIAM form)",
            "oder Host bzw. Form der Autorität sind falsch (eine andere Cloud, eine B2C- oder CIAM-Form)"
        )),
    ],
    "ValueError: OIDC Discovery failed on https://login.microsoftonline.com/contoso.onmicrsoft.com/v2.0/.well-known/openid-configuration. HTTP status: 400",
),
row(
    TextId::ClientExoParameterHidden,
    words![],
    // Exchange Online PowerShell offers a session only the parameters its roles allow: a
    // parameter of Exchange's own cmdlets reported unknown most often means a missing role.
    Matcher {
        any: words!["a parameter cannot be found that matches parameter name"],
        all: words!["casmailbox|serviceprincipal|mailboxpermission|recipientpermission|managementrole|applicationaccesspolic|transportconfig|organizationconfig|authenticationpolic|ewsenabled|imapenabled|popenabled|smtpclientauthenticationdisabled|ewsallow|ewsblock"],
        none: words!["mggraph", "-mg", "clientsecretcredential"],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::ExchangeAdminRbacMissing, 0.5, t!(
            "Exchange Online PowerShell offers only the parameters the signed-in account's roles allow: an Exchange cmdlet's parameter reported unknown most often means a missing role (Organization Management, Recipient Management)",
            "Exchange Online PowerShell bietet nur die Parameter an, die die Rollen des angemeldeten Kontos erlauben: ein als unbekannt gemeldeter Parameter eines Exchange-Cmdlets bedeutet meist eine fehlende Rolle (Organization Management, Recipient Management)"
        )),
        to(C::ClientSaslPluginError, 0.3, t!(
            "or the module is outdated or the parameter misspelt: nothing reached Microsoft",
            "oder das Modul ist veraltet bzw. der Parameter falsch geschrieben: nichts hat Microsoft erreicht"
        )),
    ],
    "Set-CASMailbox : A parameter cannot be found that matches parameter name 'EwsEnabled'.",
),
row(
    TextId::ClientPrincipalTypeApplication,
    words![],
    any(words![
        "principals of type application cannot validly be used",
        "principaltypenotsupported",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::WrongObjectId, 0.5, t!(
            "the object id given is the app registration's (type Application), not its service principal's: use the object id shown under Enterprise applications",
            "die angegebene Objekt-ID ist die der App-Registrierung (Typ Application), nicht die ihres Dienstprinzipals: verwenden Sie die Objekt-ID unter Unternehmensanwendungen"
        )),
        to(C::ReplicationDelay, 0.25, SP_NOT_REPLICATED_WHY),
    ],
    "New-AzRoleAssignment : Principals of type Application cannot validly be used in role assignments.",
),
row(
    TextId::ClientNoServicePrincipal,
    words![],
    any(words![
        "no matches in graph database for",
        "cannot find user or service principal in graph database",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::AppNotFoundInTenant, 0.5, t!(
            "the directory has no service principal for that id: most often the app registration exists but no service principal (Enterprise application) was created in this tenant (or the id is not the app's)",
            "das Verzeichnis hat keinen Dienstprinzipal zu dieser ID: meist existiert die App-Registrierung, aber in diesem Mandanten wurde kein Dienstprinzipal (Unternehmensanwendung) angelegt (oder die ID ist nicht die der App)"
        )),
        to(C::ReplicationDelay, 0.3, SP_NOT_REPLICATED_WHY),
    ],
    "Cannot find user or service principal in graph database for '64ba0967-d3b7-4346-b7b6-803fdea011a4'.",
),
row(
    TextId::ClientImapEmptyGreeting,
    words![],
    any(words!["empty startup greeting"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.55, t!(
            "the IMAP client got no greeting when it connected: most often it speaks plain text (or STARTTLS) to port 993, where Exchange Online waits for the TLS handshake first; use SSL/TLS on 993",
            "der IMAP-Client erhielt beim Verbinden keine Begrüßung: meist spricht er Klartext (oder STARTTLS) mit Port 993, wo Exchange Online zuerst den TLS-Handshake erwartet; SSL/TLS auf 993 verwenden"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or nothing answered at all: a firewall or proxy that swallows the connection",
            "oder es antwortete gar nichts: eine Firewall oder ein Proxy, die die Verbindung schlucken"
        )),
    ],
    // Roundcube's rcube_imap_generic.
    "IMAP Error: Login failed for jdoe@contoso.com. Empty startup greeting (outlook.office365.com:993)",
),
row(
    TextId::ClientAzPermissionGrant,
    words![],
    Matcher {
        any: words![],
        all: words![
            "az ad app permission grant|az ad app permission admin-consent",
            "needed to make the change effective|is needed to make",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.7, t!(
        "Azure CLI says the permission it added takes effect only once granted: until the grant (admin consent) is done, the permission is not in the token",
        "Azure CLI sagt, dass die hinzugefügte Berechtigung erst nach der Erteilung wirkt: bis die Erteilung (Administratorzustimmung) erfolgt ist, steht die Berechtigung nicht im Token"
    ))],
    "Invoking `az ad app permission grant --id 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b --api 00000002-0000-0ff1-ce00-000000000000` is needed to make the change effective",
),
row(
    TextId::ClientModuleOutdated,
    words![],
    Matcher {
        any: words![
            "could not load file or assembly",
            "a parameter cannot be found that matches parameter name",
            "credential authentication failed: object reference not set",
        ],
        all: words!["mggraph|-mg|microsoft.graph|exchangeonline|clientsecretcredential|devicecodecredential|microsoft.identity|msal"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.55, t!(
        "the PowerShell module fails inside itself (a parameter it does not know, an assembly it cannot load, an error in its own sign-in code): update the module (Microsoft.Graph, ExchangeOnlineManagement) in a fresh session; nothing reached Microsoft",
        "das PowerShell-Modul scheitert in sich selbst (ein Parameter, den es nicht kennt, eine Assembly, die es nicht laden kann, ein Fehler im eigenen Anmeldecode): das Modul (Microsoft.Graph, ExchangeOnlineManagement) in einer neuen Sitzung aktualisieren; nichts hat Microsoft erreicht"
    ))],
    "Connect-MgGraph : A parameter cannot be found that matches parameter name 'ClientSecretCredential'.",
),
row(
    TextId::ClientNoGreeting,
    words![],
    any(words!["no server greeting", "did not send a greeting", "no greeting from server"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.5, t!(
            "the server's greeting never came: most often a plain connection to the implicit-TLS port (993, 995), where the server waits for the TLS handshake",
            "die Begrüßung des Servers kam nie: meist eine unverschlüsselte Verbindung zum Port mit implizitem TLS (993, 995), wo der Server auf den TLS-Handshake wartet"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or a firewall or proxy in between closes the connection",
            "oder eine Firewall bzw. ein Proxy dazwischen schließt die Verbindung"
        )),
    ],
    "Net::IMAP::Error: No server greeting - connection closed",
),
row(
    TextId::ClientPrivateAddress,
    words![],
    any(words!["resolves to a non-public address", "resolves to a private address"]),
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.55, t!(
        "the mail host resolves to a private address here (split DNS, a proxy or a local resolver in between), and the client refuses to connect to it",
        "der Mail-Host wird hier zu einer privaten Adresse aufgelöst (geteiltes DNS, ein Proxy oder ein lokaler Resolver dazwischen), und der Client verweigert die Verbindung dorthin"
    ))],
    "paperless_mail.mail.MailError: Connection blocked: outlook.office365.com resolves to a non-public address",
),
row(
    TextId::ClientFlowType,
    words![],
    any(words![
        "provide client id only for public or password flow",
        "is only valid for auth flow type",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientTypeMismatch, 0.5, t!(
        "the library's OAuth flow type does not fit the credentials or the call (a public or password flow given a secret, an authorization-code call on an app-only connection)",
        "der OAuth-Ablauftyp der Bibliothek passt nicht zu den Anmeldeinformationen oder zum Aufruf (ein öffentlicher oder Kennwort-Ablauf mit Geheimnis, ein Autorisierungscode-Aufruf auf einer App-only-Verbindung)"
    ))],
    "ValueError: Provide client id only for public or password flow credentials",
),
row(
    TextId::ClientOAuthFieldsEmpty,
    words![],
    any(words![
        "enter oauth client id as username",
        "enter oauth client secret as password",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.5, t!(
            "the mailbox's OAuth settings are incomplete: the client id (user name field) or the client secret (password field) is empty",
            "die OAuth-Einstellungen des Postfachs sind unvollständig: die Client-ID (Feld Benutzername) oder das Clientgeheimnis (Feld Kennwort) ist leer"
        )),
        to(C::MalformedTokenRequest, 0.3, t!(
            "so no valid token request can be made",
            "so kann keine gültige Token-Anfrage entstehen"
        )),
    ],
    "Enter oAuth Client ID as Username and save mailbox settings",
),
row(
    TextId::ClientOAuthProviderUnknown,
    words![],
    any(words![
        "wird von diesem anbieter derzeit nicht unterstützt",
        "keinen browser finden, der für den zugriff",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.5, t!(
        "the mail app cannot start the OAuth sign-in: it has no OAuth setup for this server (e.g. a custom domain's mail host), or no browser to sign in with",
        "die Mail-App kann die OAuth-Anmeldung nicht starten: sie hat für diesen Server keine OAuth-Einrichtung (z. B. der Mail-Host einer eigenen Domäne) oder keinen Browser für die Anmeldung"
    ))],
    "OAuth 2.0 wird von diesem Anbieter derzeit nicht unterstützt.",
),
row(
    TextId::ClientHttpBasicAuth,
    words![],
    any(words![
        "auth.httpbasicauth",
        "auth type: basic",
        // Exchange Online PowerShell's remote session, a client naming its password mechanism.
        "basic authorization failed",
        "using login mechanism",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.75, t!(
        "the client signs in with HTTP Basic authentication (user name and password), which Exchange Online no longer accepts: switch it to OAuth",
        "der Client meldet sich mit HTTP-Standardauthentifizierung (Benutzername und Kennwort) an, die Exchange Online nicht mehr annimmt: auf OAuth umstellen"
    ))],
    "Auth type: <requests.auth.HTTPBasicAuth object at 0x7f0b86a30af0>",
),
row(
    TextId::ClientEwsTokenNotJwt,
    words![],
    any(words!["the given token is invalid"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::PersonalAccountNotSupported, 0.5, t!(
            "the EWS client refuses the token before sending it: a personal Microsoft account (outlook.com) gets a token that is not a JWT, which EWS cannot use",
            "der EWS-Client lehnt das Token schon vor dem Senden ab: ein privates Microsoft-Konto (outlook.com) erhält ein Token, das kein JWT ist und das EWS nicht verwenden kann"
        )),
        to(C::WrongTokenAudience, 0.3, t!(
            "or the string passed is not an access token for Exchange (an ID token, or a token with quotes or a prefix around it)",
            "oder die übergebene Zeichenkette ist kein Zugriffstoken für Exchange (ein ID-Token oder ein Token mit Anführungszeichen oder Präfix)"
        )),
    ],
    "Error: System.ArgumentException: The given token is invalid.",
),
row(
    // .NET's WinHttpHandler given a proxy whose use policy is not the custom one: the app's
    // proxy setting does not fit together, no request was sent.
    TextId::ClientProxyPolicy,
    words![],
    any(words!["windowsproxyusepolicy"]),
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.6, t!(
        "the app's proxy setting does not fit together (.NET: a proxy given without WindowsProxyUsePolicy.UseCustomProxy), so no request was sent: set the policy with the proxy the network requires",
        "die Proxy-Einstellung der App passt nicht zusammen (.NET: ein Proxy ohne WindowsProxyUsePolicy.UseCustomProxy), daher wurde keine Anfrage gesendet: die Richtlinie mit dem Proxy setzen, den das Netz verlangt"
    ))],
    "System.InvalidOperationException: When using a non-null Proxy, the WindowsProxyUsePolicy property must be set to WindowsProxyUsePolicy.UseCustomProxy.",
),
row(
    // Windows' WSAEACCES (10013) on a connection: a local firewall or antivirus forbids it. On a
    // bind (MSAL's loopback listener on a port Windows reserved) it is no blocked egress.
    TextId::ClientSocketForbidden,
    words![],
    Matcher {
        none: words!["bind", "listen"],
        ..any(words![
            "socket in a way forbidden by its access permissions",
            "aufgrund der zugriffsrechte des sockets unzulässig",
        ])
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.7, t!(
        "Windows refused the connection's socket (WSAEACCES, 10013): most likely a local firewall or antivirus blocks the port",
        "Windows hat den Socket der Verbindung verweigert (WSAEACCES, 10013): wahrscheinlich sperrt eine lokale Firewall oder ein Virenscanner den Port"
    ))],
    "An attempt was made to access a socket in a way forbidden by its access permissions. (10013)",
),
row(
    // A browser's cross-origin request to the token endpoint refused: the endpoint answers
    // browsers only for redirect URIs registered as a single-page application (AADSTS9002326's
    // case, seen from the browser's side).
    TextId::ClientTokenCors,
    words![],
    Matcher {
        any: words![],
        all: words!["blocked by cors policy", "login.microsoftonline.", "/token"],
        // An API's request redirected to the interactive sign-in is another matter.
        none: words!["/authorize", "redirected from"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientTypeMismatch, 0.6, t!(
        "the browser's request to the token endpoint was refused for its origin: the endpoint allows a browser's cross-origin request only for a redirect URI registered under the single-page application platform (or the token is to be redeemed server-side)",
        "die Anfrage des Browsers an den Token-Endpunkt wurde wegen ihres Ursprungs abgelehnt: der Endpunkt erlaubt die ursprungsübergreifende Anfrage eines Browsers nur für eine unter der Plattform Single-Page-Anwendung registrierte Umleitungs-URI (oder das Token ist serverseitig einzulösen)"
    ))],
    "Access to fetch at 'https://login.microsoftonline.com/common/oauth2/v2.0/token' from origin 'chrome-extension://abcdefghijklmnop' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
),
row(
    // TbSync: Exchange ActiveSync's OPTIONS answer named no protocol versions, which it reads as
    // ActiveSync blocked for the user or the client.
    TextId::ClientEasNoVersions,
    words![],
    any(words!["does not provide information about the supported activesync versions|is eas blocked for this user"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ProtocolDisabledOnMailbox, 0.45, t!(
            "Exchange ActiveSync named no protocol versions, as it does when ActiveSync is off for the mailbox (Set-CASMailbox -ActiveSyncEnabled) or a device access rule blocks the client; for an Outlook.com account also when the sign-in name is not its Outlook.com address",
            "Exchange ActiveSync nannte keine Protokollversionen, wie bei ausgeschaltetem ActiveSync für das Postfach (Set-CASMailbox -ActiveSyncEnabled) oder wenn eine Gerätezugriffsregel den Client sperrt; bei einem Outlook.com-Konto auch, wenn der Anmeldename nicht seine Outlook.com-Adresse ist"
        )),
        to(C::BasicAuthDeprecated, 0.35, t!(
            "or the client signed in with a password, which Exchange Online no longer accepts",
            "oder der Client meldete sich mit Kennwort an, das Exchange Online nicht mehr annimmt"
        )),
    ],
    "The server does not provide information about the supported ActiveSync versions. Is EAS blocked for this user or this client (TbSync)?",
),
row(
    // FairEmail's hint when a password set-up of an Outlook.com or Office 365 account fails:
    // Microsoft requires its OAuth wizard (EN and its translations).
    TextId::ClientFairEmailOutlookWizard,
    words![],
    Matcher {
        any: words![],
        all: words![
            "outlook / office 365|outlook/office 365",
            "wizard|assistant|asistente|procedura guidata|kreator|мастер|ウィザード|마법사|向导|assistent",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.6, t!(
        "FairEmail says this account must be set up with its Outlook / Office 365 wizard: Microsoft refuses the password sign-in it tried; the wizard signs in with OAuth",
        "FairEmail sagt, dieses Konto müsse mit seinem Outlook-/Office-365-Assistenten eingerichtet werden: Microsoft lehnt die versuchte Anmeldung mit Kennwort ab; der Assistent meldet sich mit OAuth an"
    ))],
    "You must use the Outlook / Office 365 quick setup wizard for this account (required by Microsoft)",
),
row(
    // .NET's CryptographicException for a PFX file opened with the wrong password (or none),
    // in Windows' own words: a certificate sign-in that never gets as far as Entra.
    TextId::ClientPfxPassword,
    words![],
    any(words!["the specified network password is not correct", "das angegebene netzwerkkennwort ist falsch"]),
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.75, t!(
        "the certificate's PFX file did not open: its password is wrong or missing",
        "die PFX-Datei des Zertifikats ließ sich nicht öffnen: ihr Kennwort ist falsch oder fehlt"
    ))],
    "Connect-PnPOnline : The specified network password is not correct.",
),
row(
    // SharePoint CSOM's and PnP's IDCRL sign-in with a user name and password, refused by the
    // Microsoft account system or a federation partner (ADFS).
    TextId::ClientIdcrlBadPassword,
    words![],
    any(words![
        "sign-in name or password does not match one in the microsoft account system",
        "partner returned a bad sign-in name or password",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidUserCredentialsRopc, 0.55, t!(
            "the sign-in with user name and password (IDCRL) was refused: the name or password is wrong, or the account is federated",
            "die Anmeldung mit Benutzername und Kennwort (IDCRL) wurde abgelehnt: Name oder Kennwort ist falsch, oder das Konto ist verbunden (Verbund)"
        )),
        to(C::SecurityDefaultsBlock, 0.25, t!(
            "or MFA, security defaults or a policy blocks this legacy password sign-in",
            "oder MFA, Sicherheitsstandards oder eine Richtlinie sperren diese ältere Anmeldung mit Kennwort"
        )),
    ],
    "Microsoft.SharePoint.Client.IdcrlException: The sign-in name or password does not match one in the Microsoft account system.",
),
row(
    // MSAL (Node, browser) refusing a client assertion that is not a signed JWT.
    TextId::ClientAssertionNotJws,
    words![],
    all(words!["client assertion must meet requirements", "rfc7515"]),
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.75, t!(
        "the client assertion is not a signed JWT: build it from the certificate and its private key (or pass the certificate and let MSAL sign)",
        "die Client-Assertion ist kein signiertes JWT: sie aus dem Zertifikat und seinem privaten Schlüssel bilden (oder das Zertifikat übergeben und MSAL signieren lassen)"
    ))],
    "ClientConfigurationError: Client assertion must meet requirements described in https://tools.ietf.org/html/rfc7515",
),
row(
    // MSAL (Node, Java, .NET) building a confidential client with neither secret, certificate
    // nor assertion: a setting empty or not passed on, before any request.
    TextId::ClientNoCredential,
    words![],
    any(words!["must not be empty when creating a confidential client", "client credential must not be empty"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::MalformedTokenRequest, 0.6, t!(
            "the app built a confidential client without its credential: the secret or certificate setting is likely empty or not passed on",
            "die App hat einen vertraulichen Client ohne Anmeldeinformation erstellt: die Einstellung für Geheimnis oder Zertifikat ist wahrscheinlich leer oder wird nicht weitergegeben"
        )),
        to(C::CertificateCredentialError, 0.3, t!(
            "or the certificate could not be loaded",
            "oder das Zertifikat konnte nicht geladen werden"
        )),
    ],
    "ClientConfigurationError: Client credential (secret, certificate, or assertion) must not be empty when creating a confidential client.",
),
row(
    // MSAL (Node, browser) reading an authority URL that is not `https://host/tenant`.
    TextId::ClientAuthorityUnparsed,
    words![],
    any(words!["url could not be parsed into appropriate segments"]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.65, t!(
        "the authority URL is malformed: use https://login.microsoftonline.com/<tenant id> (the cloud's host, then the tenant)",
        "die Authority-URL ist fehlerhaft: https://login.microsoftonline.com/<Mandanten-ID> verwenden (der Host der Cloud, dann der Mandant)"
    ))],
    "ClientConfigurationError: url_parse_error: URL could not be parsed into appropriate segments.",
),
row(
    // PHP's `imap_open` (c-client) failing on an Exchange Online mailbox: it signs in with a
    // password only, which Exchange Online refuses. The TLS-flag mistake has its own row.
    TextId::ClientCclientOpenExchange,
    words![],
    Matcher {
        any: words!["couldn't open stream {outlook.office", "can't open stream {outlook.office"],
        all: words![],
        // The TLS flags have their own row; a certificate, a refused connection or a time-out
        // says where the session broke.
        none: words!["/tls", "/notls", "certificate", "refused", "timed out"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.5, t!(
        "PHP's imap_open has no XOAUTH2: it can only offer a password, which Exchange Online most likely refused; use a library with OAuth (e.g. Webklex php-imap)",
        "PHPs imap_open kennt kein XOAUTH2: es kann nur ein Kennwort anbieten, das Exchange Online am wahrscheinlichsten abgelehnt hat; eine Bibliothek mit OAuth verwenden (z. B. Webklex php-imap)"
    ))],
    "imap_open(): Couldn't open stream {outlook.office365.com:993/imap/ssl}INBOX",
),
row(
    // MSAL.NET refusing a confidential client (client secret or certificate) on iOS, Android
    // or macOS: the app must sign in as a public client there.
    TextId::ClientConfidentialOnMobile,
    words![],
    any(words!["confidential client flows are not available"]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientTypeMismatch, 0.75, t!(
        "MSAL.NET runs no confidential client (secret or certificate) on this platform: sign in as a public client",
        "MSAL.NET führt auf dieser Plattform keinen vertraulichen Client (Geheimnis oder Zertifikat) aus: als öffentlicher Client anmelden"
    ))],
    "Confidential Client flows are not available on mobile platforms or on Mac.See https://aka.ms/msal-net-confidential-availability for details.",
),
row(
    // Azure's instance metadata service: the managed identity asked for (by its client id) is
    // not attached to the VM, app service or container the code runs on.
    TextId::ClientManagedIdentityNotAssigned,
    words![],
    any(words!["identity hasn't been assigned to this resource", "identity has not been assigned to this resource"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::WrongObjectId, 0.5, t!(
            "the managed identity's client id names none attached to this resource",
            "die Client-ID der verwalteten Identität nennt keine, die dieser Ressource zugewiesen ist"
        )),
        to(C::AppNotFoundInTenant, 0.25, t!(
            "or none was ever assigned",
            "oder es wurde nie eine zugewiesen"
        )),
    ],
    "ManagedIdentityCredential authentication failed: The requested identity hasn't been assigned to this resource.",
),
row(
    // MailCore 2 (iOS and macOS mail apps): its connection error (MCOErrorConnection), most
    // often the connection type set against the port (TLS on 587, STARTTLS or none on 993/465).
    TextId::ClientMailcoreStableConnection,
    words![],
    any(words!["a stable connection to the server could not be established"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.5, t!(
            "MailCore could not hold a connection to the server, most often because the connection type does not fit the port: STARTTLS on 587 (SMTP) and 143 (IMAP), TLS from the start on 993 and 995",
            "MailCore konnte keine Verbindung zum Server halten, meist weil der Verbindungstyp nicht zum Port passt: STARTTLS auf 587 (SMTP) und 143 (IMAP), TLS von Anfang an auf 993 und 995"
        )),
        to(C::NetworkEgressBlocked, 0.35, t!(
            "or the network does not let the connection through (a firewall, a proxy, a blocked port)",
            "oder das Netz lässt die Verbindung nicht durch (eine Firewall, ein Proxy, ein gesperrter Port)"
        )),
    ],
    "Error Domain=MCOErrorDomain Code=1 \"A stable connection to the server could not be established.\"",
),
row(
    // Laminas (Zend) Mail's POP3 protocol class: the server answered a command with -ERR (its
    // IMAP classes word their failures otherwise); in a fetcher's log most often USER/PASS.
    TextId::ClientLaminasLastRequest,
    words![],
    Matcher {
        any: words!["last request failed"],
        all: words!["laminas\\mail|zend\\mail|zend_mail|laminas-mail|zend-mail"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.45, t!(
            "the POP3 server answered Laminas Mail's command with -ERR; at sign-in most likely the user name and password (USER/PASS), which Exchange Online no longer accepts: the fetcher needs OAuth",
            "der POP3-Server beantwortete einen Befehl von Laminas Mail mit -ERR; bei der Anmeldung wohl Benutzername und Kennwort (USER/PASS), die Exchange Online nicht mehr annimmt: der Abrufdienst braucht OAuth"
        )),
        to(C::InvalidUserCredentialsRopc, 0.3, t!(
            "or the user name or password stored for it is wrong",
            "oder der dafür gespeicherte Benutzername bzw. das Kennwort ist falsch"
        )),
    ],
    "Uncaught Exception Laminas\\Mail\\Protocol\\Exception\\RuntimeException: last request failed in /var/www/glpi/vendor/laminas/laminas-mail/src/Protocol/Pop3.php at line 156",
),
row(
    // Exchange ActiveSync's status 126 (`UserDisabledForSync`): the mailbox's ActiveSync is off
    // (`Set-CASMailbox -ActiveSyncEnabled $false`).
    TextId::ClientEasDisabledForSync,
    words![],
    any(words!["userdisabledforsync"]),
    Kind::ClientError,
    Code::None,
    &[to(C::ProtocolDisabledOnMailbox, 0.6, t!(
        "Exchange ActiveSync answered UserDisabledForSync (status 126): ActiveSync is turned off for this mailbox (Set-CASMailbox -ActiveSyncEnabled); the sign-in itself was accepted",
        "Exchange ActiveSync antwortete UserDisabledForSync (Status 126): ActiveSync ist für dieses Postfach ausgeschaltet (Set-CASMailbox -ActiveSyncEnabled); die Anmeldung selbst wurde angenommen"
    ))],
    "The EAS server reports <UserDisabledForSync> (status 126) and does not allow TbSync to access you account",
),
row(
    // Exchange's ExchangePrincipal cache older than the mailbox's move: a state that passes.
    TextId::ClientMailboxInfoStale,
    words![],
    any(words!["mailboxinfostaleexception", "exchangeprincipal object contains outdated information"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ReplicationDelay, 0.5, t!(
            "Exchange's information on the mailbox is outdated (most likely it was moved or changed recently): retry after a while; the error goes away once the directory has caught up",
            "die Informationen von Exchange zum Postfach sind veraltet (wahrscheinlich wurde es kürzlich verschoben oder geändert): nach einer Weile erneut versuchen; der Fehler verschwindet, sobald das Verzeichnis nachgezogen hat"
        )),
        to(C::ServiceSideIncident, 0.3, t!(
            "if it persists, it is Microsoft's to fix",
            "hält es an, muss Microsoft es beheben"
        )),
    ],
    "Microsoft.Exchange.Data.Storage.MailboxInfoStaleException: Can't connect to the mailbox of user Mailbox database guid: e350cc7b-d7cb-4416-a715-02adbe30c84c because the ExchangePrincipal object contains outdated information. The mailbox may have been moved recently.",
),
row(
    // nodemailer's "Greeting never received": no SMTP greeting came, a blocked or wrong port, or
    // a client waiting for a plain greeting where the server waits for TLS.
    TextId::ClientSmtpNoGreeting,
    words![],
    any(words!["greeting never received"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::NetworkEgressBlocked, 0.5, t!(
            "the client got no SMTP greeting: most often a firewall or the hosting provider blocks the port, or the port is not the mail service's (Exchange Online takes client submission on 587)",
            "der Client erhielt keine SMTP-Begrüßung: meist sperrt eine Firewall oder der Hoster den Port, oder der Port gehört nicht zum Maildienst (Exchange Online nimmt Clientübermittlung an 587 an)"
        )),
        to(C::TlsModeMismatch, 0.3, t!(
            "or the client waits for a plain greeting where the server waits for TLS (secure: false on an implicit-TLS port)",
            "oder der Client wartet auf eine unverschlüsselte Begrüßung, wo der Server TLS erwartet (secure: false an einem Port mit implizitem TLS)"
        )),
    ],
    "Error: Greeting never received\n    at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)",
),
row(
    // nodemailer's socket error while connecting (`code: 'ESOCKET'`, `command: 'CONN'`): the
    // connection or its TLS failed; a reason beside it (a timeout, "wrong version number") is
    // read by its own row and outranks this.
    TextId::ClientNodemailerSocket,
    words![],
    Matcher {
        // A reason on the same line is read by its own row.
        none: words!["wrong version number", "certificate", "ssl routines", "etimedout", "econnrefused", "enotfound", "econnreset", "timeout"],
        ..any(words!["\"code\":\"esocket\"", "code: 'esocket'", "code: \"esocket\""])
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::NetworkEgressBlocked, 0.4, t!(
            "nodemailer reports a socket error while connecting, without its reason: most often a firewall or the hosting provider blocks the SMTP port",
            "nodemailer meldet einen Socket-Fehler beim Verbinden, ohne Grund: meist sperrt eine Firewall oder der Hoster den SMTP-Port"
        )),
        to(C::TlsModeMismatch, 0.3, t!(
            "or its secure setting does not fit the port (secure: false with STARTTLS on 587, true only on 465)",
            "oder seine Einstellung secure passt nicht zum Port (secure: false mit STARTTLS auf 587, true nur auf 465)"
        )),
    ],
    "SMTP mail server smtp.office365.com failed: {\"code\":\"ESOCKET\",\"command\":\"CONN\"}",
),
row(
    // Remote PowerShell's (WinRM) HTTP 440, "login time-out", with a government or 21Vianet
    // cloud's host: the session's sign-in most likely went to another cloud.
    TextId::ClientWinrm440Sovereign,
    words![],
    all(words![
        "http status code of 440",
        "office365.us|office365.mil|microsoftonline.us|partner.outlook.cn|office365.cn|chinacloudapi.cn",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::WrongEndpointOrCloud, 0.45, t!(
            "remote PowerShell got HTTP 440 (login time-out) from a government or 21Vianet cloud's host: most likely the sign-in went to another cloud (Connect-ExchangeOnline needs -ExchangeEnvironmentName for GCC High, DoD or 21Vianet)",
            "Remote-PowerShell erhielt HTTP 440 (Anmeldezeitüberschreitung) vom Host einer Behörden- oder 21Vianet-Cloud: wahrscheinlich ging die Anmeldung an eine andere Cloud (Connect-ExchangeOnline braucht -ExchangeEnvironmentName für GCC High, DoD oder 21Vianet)"
        )),
        to(C::TokenExpiredOrCached, 0.25, t!(
            "or the session outlived its token: connect again",
            "oder die Sitzung hat ihr Token überdauert: neu verbinden"
        )),
    ],
    "New-ExoPSSession : Connecting to remote server outlook.office365.us failed with the following error message : The WinRM client received an HTTP status code of 440 from the remote WS-Management service.",
),
row(
    // The same with another host: the login time-out of a session that outlived its token.
    TextId::ClientWinrm440,
    words![],
    any(words!["http status code of 440"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TokenExpiredOrCached, 0.4, t!(
            "remote PowerShell got HTTP 440 (login time-out): most likely the session outlived its sign-in; connect again",
            "Remote-PowerShell erhielt HTTP 440 (Anmeldezeitüberschreitung): wahrscheinlich hat die Sitzung ihre Anmeldung überdauert; neu verbinden"
        )),
        to(C::WrongEndpointOrCloud, 0.25, t!(
            "or the sign-in went to another cloud than the connection's host",
            "oder die Anmeldung ging an eine andere Cloud als der Host der Verbindung"
        )),
    ],
    "New-ExoPSSession : Connecting to remote server outlook.office365.com failed with the following error message : The WinRM client received an HTTP status code of 440 from the remote WS-Management service.",
),
row(
    TextId::ClientTlsConvertSocket,
    words![],
    any(words!["could not convert socket to tls"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsVersionUnsupported, 0.5, t!(
            "the TLS handshake after STARTTLS failed: most often the Java runtime offers no TLS 1.2 to Exchange Online (set mail.smtp.ssl.protocols to TLSv1.2) or does not trust its certificate chain",
            "der TLS-Handshake nach STARTTLS ist gescheitert: meist bietet die Java-Laufzeit Exchange Online kein TLS 1.2 an (mail.smtp.ssl.protocols auf TLSv1.2 setzen) oder vertraut seiner Zertifikatskette nicht"
        )),
        to(C::TlsModeMismatch, 0.3, t!(
            "or the client's TLS mode does not fit the port (STARTTLS on 587, implicit TLS on 993 and 995)",
            "oder der TLS-Modus des Clients passt nicht zum Port (STARTTLS auf 587, implizites TLS auf 993 und 995)"
        )),
    ],
    "javax.mail.MessagingException: Could not convert socket to TLS;",
),
row(
    TextId::ClientConsumersOnly,
    words![],
    any(words![
        "not enabled for consumers",
        // Microsoft's sign-in page when the app (often a borrowed client id) takes work or
        // school accounts only.
        "sign in here with a personal account",
        "use your work or school account instead",
        "use a work or school account instead",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::PersonalAccountNotSupported, 0.6, t!(
            "the sign-in went to the personal-account (consumers) side, and the app is not registered for personal Microsoft accounts: a work mailbox needs a work account",
            "die Anmeldung ging an die Seite der privaten Konten (consumers), und die App ist nicht für private Microsoft-Konten registriert: ein Geschäftspostfach braucht ein Geschäftskonto"
        )),
        to(C::WrongEndpointOrCloud, 0.4, t!(
            "or the client uses the /consumers or /common endpoint where the tenant's own endpoint belongs",
            "oder der Client verwendet den Endpunkt /consumers bzw. /common, wo der eigene Endpunkt des Mandanten hingehört"
        )),
    ],
    "unauthorized_client: The client does not exist or is not enabled for consumers.",
),
row(
    TextId::ClientPluginNetwork,
    words![],
    Matcher {
        any: words!["resolve", "connect", "timed out", "timeout"],
        all: words!["tokenstore::", "http error"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::NetworkEgressBlocked, 0.7, t!(
            "the XOAUTH2 plugin could not reach the token endpoint (DNS, connection or timeout) to renew its token: the relay's host needs outbound HTTPS to login.microsoftonline.com",
            "das XOAUTH2-Plugin konnte den Token-Endpunkt nicht erreichen (DNS, Verbindung oder Zeitüberschreitung), um sein Token zu erneuern: der Host des Relays braucht ausgehendes HTTPS zu login.microsoftonline.com"
        )),
        to(C::ClientSaslPluginError, 0.4, CLIENT_SASL_WHY),
    ],
    "sasl-xoauth2: TokenStore::Refresh: http error: Couldn't resolve host name",
),
row(
    TextId::ClientSaslLocal,
    words![],
    Matcher {
        any: SASL_LOCAL_WORDS,
        all: words![],
        // MSAL's look into its cache before it asks for a token (INFO).
        none: words!["tokens found in the cache"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.82, CLIENT_SASL_WHY)],
    "fetchmail: SASL(-4): no mechanism available: No worthy mechs found",
),
row(
    TextId::ClientCertificate,
    words![],
    any(words![
        "could not use the certificate for signing",
        "failed to load the certificate",
        "does not have a private key",
        // Windows CNG/CAPI: the process may not read the certificate's private key.
        "keyset does not exist",
        // MSAL.NET: CertMustBeRsa, CertificateKeySizeTooSmallTemplate.
        "certificate is not of type rsa",
        "must have a key size of at least",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.7, t!(
        "the client could not load or use the certificate for its app-only sign-in (file, password, private key or key type), so no client assertion was sent",
        "der Client konnte das Zertifikat für seine App-only-Anmeldung nicht laden oder verwenden (Datei, Kennwort, privater Schlüssel oder Schlüsseltyp), daher wurde keine Client-Assertion gesendet"
    ))],
    "Microsoft.Identity.Client.MsalClientException: Could not use the certificate for signing. See inner exception for details.",
),
row(
    TextId::ClientTlsVersion,
    words![],
    TLS_VERSION,
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsVersionUnsupported, 0.6, t!(
            "client and server found no common TLS version: most common reason when the client offers only TLS 1.0/1.1 (or forces it), which Exchange Online refuses",
            "Client und Server fanden keine gemeinsame TLS-Version: häufigster Grund, wenn der Client nur TLS 1.0/1.1 anbietet (oder erzwingt), was Exchange Online ablehnt"
        )),
        to(C::NetworkEgressBlocked, 0.35, t!(
            "or a proxy or TLS inspection in between answers with its own TLS",
            "oder ein Proxy bzw. eine TLS-Prüfung dazwischen antwortet mit eigenem TLS"
        )),
    ],
    "javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
),
row(
    TextId::ClientSystemNetMail,
    words![],
    Matcher {
        none: words!["anonymous mail"],
        ..any(SYSTEM_NET_MAIL_530)
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.6, t!(
            "System.Net.Mail's SmtpClient signs in only with a password (it has no XOAUTH2): Exchange Online refuses that sign-in when basic authentication is off, and the mail is then sent unauthenticated",
            "SmtpClient aus System.Net.Mail meldet sich nur mit Kennwort an (es kennt kein XOAUTH2): Exchange Online lehnt diese Anmeldung ab, wenn die Standardauthentifizierung aus ist, und die Mail wird dann ohne Anmeldung gesendet"
        )),
        to(C::TlsModeMismatch, 0.3, t!(
            "or EnableSsl is false: Exchange Online offers AUTH only after STARTTLS",
            "oder EnableSsl ist false: Exchange Online bietet AUTH erst nach STARTTLS an"
        )),
        to(C::SmtpAuthDisabledTenant, 0.25, SMTP_AUTH_OFF_WHY),
    ],
    "System.Net.Mail.SmtpException: Der SMTP-Server erfordert eine sichere Verbindung, oder der Client war nicht authentifiziert. Die Serverantwort war: 5.7.57 Client not authenticated to send mail.",
),
row(
    TextId::ClientSystemNetMailAnonymous,
    words![],
    Matcher {
        any: SYSTEM_NET_MAIL_530,
        all: words!["anonymous mail"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.45, t!(
            "SmtpClient sent the mail without trying to sign in: most often EnableSsl is false, and Exchange Online offers AUTH only after STARTTLS",
            "SmtpClient hat die Mail ohne Anmeldeversuch gesendet: meist ist EnableSsl false, und Exchange Online bietet AUTH erst nach STARTTLS an"
        )),
        to(C::ClientSaslPluginError, 0.4, t!(
            "or no credentials reached it (UseDefaultCredentials set after Credentials, or Credentials empty)",
            "oder es hatte keine Anmeldedaten (UseDefaultCredentials nach Credentials gesetzt oder Credentials leer)"
        )),
        to(C::SmtpAuthDisabledTenant, 0.25, SMTP_AUTH_OFF_WHY),
    ],
    "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM",
),
row(
    TextId::ClientNetIoClosed,
    words![],
    any(words!["net_io_connectionclosed"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.5, t!(
            "System.Net.Mail's SmtpClient closed without a reply (net_io_connectionclosed): most often port 465, whose implicit TLS SmtpClient cannot speak; use 587 with EnableSsl (STARTTLS)",
            "SmtpClient aus System.Net.Mail wurde ohne Antwort getrennt (net_io_connectionclosed): meist Port 465, dessen implizites TLS SmtpClient nicht spricht; Port 587 mit EnableSsl (STARTTLS) verwenden"
        )),
        to(C::TlsVersionUnsupported, 0.4, t!(
            "or the .NET Framework offers only TLS 1.0/1.1, which Exchange Online refuses",
            "oder das .NET Framework bietet nur TLS 1.0/1.1 an, das Exchange Online ablehnt"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or something on the way closed the connection",
            "oder etwas auf dem Weg hat die Verbindung getrennt"
        )),
    ],
    "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.",
),
row(
    TextId::ClientMsalAuthority,
    words![],
    any(words!["invalid_instance", "authority you provided", "is not whitelisted"]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.75, t!(
        "MSAL does not know the authority's host: a retired or mistyped sign-in host (login.microsoftonline.de) or a sovereign cloud's host used without its settings",
        "MSAL kennt den Host der Autorität nicht: ein abgeschalteter oder vertippter Anmeldehost (login.microsoftonline.de) oder der Host einer souveränen Cloud ohne deren Einstellungen"
    ))],
    "ValueError: invalid_instance: The authority you provided, https://login.microsoftonline.de/contoso.onmicrosoft.com, is not whitelisted.",
),
row(
    TextId::ClientAppPassword,
    words![],
    any(words!["app password", "app-password", "app-kennwort"]),
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.55, t!(
        "an app password is a password sign-in (basic authentication): Exchange Online no longer accepts it for IMAP, POP or SMTP, only OAuth",
        "ein App-Kennwort ist eine Kennwortanmeldung (Standardauthentifizierung): Exchange Online akzeptiert sie für IMAP, POP und SMTP nicht mehr, nur noch OAuth"
    ))],
    "The relay signs in to smtp.office365.com:587 with an app password created for the mailbox.",
),
row(
    // MSAL.NET's system browser needs a loopback redirect URI registered and configured
    // (`http://localhost`), not the native-client or another URI.
    TextId::ClientMsalLoopback,
    words![],
    any(words!["only loopback redirect uri is supported"]),
    Kind::ClientError,
    Code::None,
    &[to(C::RedirectUriMismatch, 0.8, t!(
        "MSAL signs in through the system browser, which needs a loopback redirect URI (http://localhost) in the app registration and in the client's configuration",
        "MSAL meldet über den Systembrowser an, der eine Loopback-Umleitungs-URI (http://localhost) in der App-Registrierung und in der Konfiguration des Clients braucht"
    ))],
    "Microsoft.Identity.Client.MsalClientException: Only loopback redirect uri is supported, but https://login.microsoftonline.com/common/oauth2/nativeclient was found.",
),
row(
    TextId::ClientMsalReservedScope,
    words![],
    any(words![
        "scope value that is in this reserved list",
        "reserved scope",
        "openid profile offline_access' are reserved",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.8, t!(
        "MSAL refuses the scopes openid, profile and offline_access in the request (it adds them itself): ask only for the mail scopes",
        "MSAL lehnt die Bereiche openid, profile und offline_access in der Anforderung ab (es fügt sie selbst hinzu): nur die Mail-Bereiche anfordern"
    ))],
    "ValueError: You cannot use any scope value that is in this reserved list: ['openid', 'profile', 'offline_access']",
),
row(
    TextId::ClientCertificateLocal,
    words![],
    any(words![
        "pfx file shall contain",
        "expect your public key but detect a private key",
        "keyset does not exist",
        "does not have a private key",
        "certificate has no private key",
        // MSAL Go: the private key given belongs to none of the certificates.
        "doesn't match any certificate",
        "does not match any certificate",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.75, t!(
        "the client cannot use its certificate credential: the certificate file or store entry lacks its private key (or the service account may not read it)",
        "der Client kann sein Zertifikat nicht verwenden: der Zertifikatsdatei oder dem Speichereintrag fehlt der private Schlüssel (oder das Dienstkonto darf ihn nicht lesen)"
    ))],
    "ValueError: Your PFX file shall contain both private key and cert",
),
row(
    TextId::ClientExoModule,
    words![],
    any(words![
        // EXO 3.7.2+ with another module's older MSAL loaded first (Method not found …
        // WithBroker); the Windows sign-in broker (WAM) failing; EXO v2 on PowerShell 7 (SHA256Cng).
        "brokerextension.withbroker",
        "0xffffffff80070520",
        "sha256cng",
        // Two versions of one assembly (MSAL, IdentityModel) in one session: .NET's
        // FileLoadException (0x80131040) when the module loads the other one.
        "manifest definition does not match the assembly reference",
        "0x80131040",
        // EXO v1/v2 remote PowerShell: the OAuth token travels over WinRM's Basic scheme.
        "basic authentication is currently disabled in the client configuration",
        "basic auth is disabled in your client machine",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.6, t!(
        "the ExchangeOnlineManagement module failed on this machine before anything reached Exchange: another module's MSAL loaded first (start a fresh session, import ExchangeOnlineManagement first, or pin a version that matches), the Windows sign-in broker, .NET types missing in this PowerShell, or WinRM's client Basic setting that remote PowerShell needs to carry the OAuth token",
        "das Modul ExchangeOnlineManagement ist auf diesem Rechner gescheitert, bevor etwas Exchange erreichte: das MSAL eines anderen Moduls wurde zuerst geladen (neue Sitzung starten, ExchangeOnlineManagement zuerst importieren oder eine passende Version festlegen), der Windows-Anmeldebroker, in dieser PowerShell fehlende .NET-Typen oder die WinRM-Client-Einstellung Basic, die Remote-PowerShell zum Transport des OAuth-Tokens braucht"
    ))],
    "Method not found: 'Microsoft.Identity.Client.PublicClientApplicationBuilder Microsoft.Identity.Client.Broker.BrokerExtension.WithBroker(Microsoft.Identity.Client.PublicClientApplicationBuilder, Microsoft.Identity.Client.BrokerOptions)'.",
),
row(
    // MSAL's interactive sign-in on the admin's machine (Connect-ExchangeOnline 3.7+,
    // Connect-MgGraph, Connect-AzAccount use the broker on Windows): the broker's
    // `window_handle_required`, MSAL.NET's `LinuxOpenToolFailed` / `linux_xdg_open_failed`.
    TextId::ClientInteractiveNoWindow,
    words![],
    any(words![
        "a window handle must be configured",
        "window_handle_required",
        "msal-net-wam#parent-window-handles",
        "unable to open a web page using xdg-open",
        "linux_xdg_open_failed",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.65, t!(
        "the interactive sign-in could not open its window on this machine (the Windows broker found no parent window, or no browser on Linux); nothing reached Entra or Exchange: use an ordinary console, Connect-ExchangeOnline -DisableWAM, or device code (-Device, Connect-MgGraph -UseDeviceCode)",
        "die interaktive Anmeldung konnte ihr Fenster auf diesem Rechner nicht öffnen (der Windows-Broker fand kein übergeordnetes Fenster, oder unter Linux kein Browser); nichts erreichte Entra oder Exchange: eine gewöhnliche Konsole, Connect-ExchangeOnline -DisableWAM oder Gerätecode (-Device, Connect-MgGraph -UseDeviceCode) verwenden"
    ))],
    "Connect-ExchangeOnline : A window handle must be configured. See https://aka.ms/msal-net-wam#parent-window-handles",
),
row(
    TextId::ClientNoMailboxRight,
    words![],
    any(words![
        // Outlook on the web and Outlook (EN/DE) opening another mailbox.
        "permission to open this mailbox",
        "permission to access this mailbox",
        "berechtigung zum öffnen dieses postfachs",
        "berechtigung für den zugriff auf dieses postfach",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxPermissionMissing, 0.6, t!(
        "the message says the identity may not open this mailbox: it has no FullAccess on it (Add-MailboxPermission), or an application access policy or RBAC scope leaves it out",
        "die Meldung besagt, dass die Identität dieses Postfach nicht öffnen darf: sie hat kein FullAccess darauf (Add-MailboxPermission), oder eine Anwendungszugriffsrichtlinie bzw. ein RBAC-Bereich lässt es aus"
    ))],
    "You don't have permission to open this mailbox.",
),
row(
    TextId::ClientTokenDecode,
    words![],
    any(words![
        // IdentityModel on the client failing to read a token's header (ExchangeOnlineManagement
        // 3.5 with Microsoft.Graph's assemblies loaded in the same session).
        "idx12729",
        "jwtsecuritytokenutils.gettenantid",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.5, t!(
            "a .NET client could not read the token it holds as a JWT (IdentityModel's IDX12729): most often the ExchangeOnlineManagement module beside another module's IdentityModel assemblies (Microsoft.Graph) in the same session; start a fresh session, import ExchangeOnlineManagement first, or use matching versions",
            "ein .NET-Client konnte sein Token nicht als JWT lesen (IDX12729 von IdentityModel): meist das Modul ExchangeOnlineManagement neben den IdentityModel-Assemblys eines anderen Moduls (Microsoft.Graph) in derselben Sitzung; neue Sitzung starten, ExchangeOnlineManagement zuerst importieren oder passende Versionen verwenden"
        )),
        to(C::WrongTokenAudience, 0.2, t!(
            "or the string handed over is no JWT access token (an ID token, a refresh token, a personal account's token)",
            "oder die übergebene Zeichenkette ist kein JWT-Zugriffstoken (ein ID-Token, ein Aktualisierungstoken, das Token eines privaten Kontos)"
        )),
    ],
    "IDX12729: Unable to decode the header '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]' as Base64Url encoded string.",
),
row(
    TextId::ClientUserMismatch,
    words![],
    any(words![
        "authenticated username",
        "resource owner and email mismatch",
        // msmtp without its `user` line: XOAUTH2 carries no mailbox.
        "xoauth2 needs a user name",
        // msmtp's and mpop's "authentication method %s needs a user name" (XOAUTH2) in their
        // language files, by language.
        concat!(
            "xoauth2 braucht einen benutzernamen|", // de
            "xoauth2 requiert un nom d|xoauth2 a besoin d'un nom d|", // fr
            "xoauth2 necesita un nombre de usuario|", // es
            "xoauth2 requer um nome de usuário|", // pt
            "xoauth2 требует указать имя пользователя|", // ru
            "xoauth2 需要用户名|", // zh
            "xoauth2 behöver ett användarnamn|", // sv
            "xoauth2 are nevoie de un nume de utilizator|", // ro
            "xoauth2 слід вказати ім|", // uk
            "xoauth2 postulas salutnomon", // eo
        ),
        // Odoo's Outlook OAuth (EN/DE): the user name is not the token's account.
        "same account as the one used for the outlook oauthentication token",
        "dasselbe konto sein, das auch für das outlook-oauthentication-token",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongUsernameInXoauth2, 0.6, t!(
        "the account that signed in is not the mailbox the client opens: the user name in the sign-in (XOAUTH2 user=) and the token's user must be the same mailbox",
        "das angemeldete Konto ist nicht das Postfach, das der Client öffnet: der Benutzername der Anmeldung (XOAUTH2 user=) und der Benutzer des Tokens müssen dasselbe Postfach sein"
    ))],
    "davmail.exception.DavMailAuthenticationException: Authenticated username jane@contoso.com does not match helpdesk@contoso.com",
),
row(
    TextId::ClientMfaInteractive,
    words![],
    any(words![
        // Microsoft's "More information required" page (EN/DE), quoted by clients using the
        // password flow; MSAL Go and other libraries naming MFA they cannot perform.
        "needs more information to keep your account secure",
        "weitere informationen, um ihr konto zu schützen",
        "mfa authentication methods not supported",
        "multi-factor authentication is required",
        "mehrstufige authentifizierung ist erforderlich",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::MfaRequiredRopc, 0.6, t!(
            "the sign-in asks for multi-factor authentication or its registration, which a password (ROPC) flow or a background service cannot complete: use an app-only or interactive OAuth flow",
            "die Anmeldung verlangt mehrstufige Authentifizierung oder deren Registrierung, die ein Kennwort-Flow (ROPC) oder ein Hintergrunddienst nicht ausführen kann: einen reinen App- oder interaktiven OAuth-Flow verwenden"
        )),
        to(C::ConditionalAccessBlock, 0.3, t!(
            "or a Conditional Access policy demands it for this account",
            "oder eine Richtlinie für bedingten Zugriff verlangt sie für dieses Konto"
        )),
    ],
    "Your organization needs more information to keep your account secure, authenticate once in a web browser and try again",
),
row(
    TextId::ClientSecretRejected,
    words![],
    any(words![
        "secret can't be empty",
        "secret cannot be empty",
        "client secret is invalid",
        "geheime clientschlüssel ist ungültig",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidClientSecret, 0.6, t!(
            "the client secret the app sends is empty or wrong: copy the secret's Value (not its ID) from the app registration into the client",
            "das von der App gesendete Client-Geheimnis ist leer oder falsch: den Wert (nicht die ID) des Geheimnisses aus der App-Registrierung in den Client übernehmen"
        )),
        to(C::SecretIdUsedAsValue, 0.3, SECRET_ID_WHY),
    ],
    "The Outlook OAuth Client Secret is invalid. Please verify the secret and try again.",
),
row(
    TextId::ClientMsalUserRealm,
    words![],
    any(words!["unsupported user type", "msal-net-up"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidUserCredentialsRopc, 0.45, t!(
            "MSAL's password (ROPC) sign-in could not place the user: Entra does not know the domain of the user name given (a typo, or a domain not in the tenant)",
            "die Kennwortanmeldung (ROPC) von MSAL konnte den Benutzer nicht zuordnen: Entra kennt die Domäne des angegebenen Benutzernamens nicht (Tippfehler oder Domäne nicht im Mandanten)"
        )),
        to(C::PersonalAccountNotSupported, 0.3, t!(
            "or the name is a personal Microsoft account, for which the password flow does not work",
            "oder der Name ist ein privates Microsoft-Konto, für das der Kennwort-Flow nicht funktioniert"
        )),
        to(C::TenantNotFound, 0.25, t!(
            "or the request went to a tenant that does not hold that domain",
            "oder die Anforderung ging an einen Mandanten, zu dem diese Domäne nicht gehört"
        )),
    ],
    "Connect-ExchangeOnline : One or more errors occurred.: Unsupported User Type 'Unknown'. Please see https://aka.ms/msal-net-up.",
),
row(
    TextId::ClientConsentNeeded,
    words![],
    any(words![
        // Entra's consent screen when users may not consent (the AADSTS90094 page; its full
        // wording is read as that code).
        "need admin approval",
        // The admin consent workflow's page ("Approval required"), EN and DE.
        "approval required",
        "administratorgenehmigung erforderlich",
        "approbation administrateur requise",
        // The Entra portal's "Grant admin consent" failing on a permission the resource does
        // not (or no longer) define.
        "grant consent failed",
        "does not exist on resource application",
        // The consent screen for an app Entra flags as risky (beside AADSTS900941).
        "ask your admin to grant you access",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.75, t!(
        "the permissions the app asks for have not been consented: users may not consent themselves and an admin has not granted them for the organisation",
        "den von der App angeforderten Berechtigungen wurde nicht zugestimmt: Benutzer dürfen nicht selbst zustimmen, und ein Administrator hat sie nicht für die Organisation erteilt"
    ))],
    "Grant consent failed with error: Claim is invalid: c97b873f-f59f-49aa-8a0e-52b32d762124 does not exist on resource application 00000002-0000-0ff1-ce00-000000000000.",
),
row(
    TextId::ClientAccessDenied,
    words![],
    any(words![
        // RFC 6749 access_denied as OAuth libraries word it (league/oauth2-client, Odoo,
        // Nextcloud, Roundcube; FR, DE and EN, the English by "user denied the request"); the
        // AADSTS code behind it, when shown, decides.
        "serveur d'autorisation ou l'utilisateur a refusé la demande",
        "autorisierungsserver oder benutzer hat die anfrage abgelehnt",
        "the resource owner or authorization server denied the request",
        "user denied the request",
        "declined to consent",
        // Microsoft's wording of access_denied on the authorization endpoint.
        "resource owner denied consent",
        "declined scopes are present",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ConsentMissing, 0.5, t!(
            "the sign-in was refused at the consent step (OAuth access_denied): the user declined, or may not consent and an admin has not granted the permissions",
            "die Anmeldung wurde beim Zustimmungsschritt abgelehnt (OAuth access_denied): der Benutzer hat abgelehnt oder darf nicht zustimmen, und ein Administrator hat die Berechtigungen nicht erteilt"
        )),
        to(C::UserNotAssignedToApp, 0.3, t!(
            "or the app requires assignment and the user is not assigned to it",
            "oder die App verlangt eine Zuweisung und der Benutzer ist ihr nicht zugewiesen"
        )),
        to(C::ConditionalAccessBlock, 0.25, t!(
            "or a Conditional Access policy refused the sign-in",
            "oder eine Richtlinie für bedingten Zugriff hat die Anmeldung abgelehnt"
        )),
    ],
    "League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: Authorization server or the user denied the request.",
),
row(
    TextId::ClientNoRefreshToken,
    words![],
    any(words![
        "unable to obtain refresh token",
        "no refresh token was returned",
        "did not return a refresh token",
        "refresh token is missing from the response",
        "kein refresh-token geliefert",
        "kein refresh-token erhalten",
        "kein aktualisierungstoken geliefert",
        "kein aktualisierungstoken erhalten",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.55, t!(
        "the token response held no refresh token: Entra issues one only when the scope asks for offline_access",
        "die Tokenantwort enthielt kein Aktualisierungstoken: Entra stellt eines nur aus, wenn der Bereich offline_access anfordert"
    ))],
    "Unable to obtain Refresh Token",
),
row(
    TextId::ClientConsumerPasswordRetired,
    words![],
    // Microsoft ended password sign-in (basic authentication) for Outlook.com, Hotmail and Live
    // accounts on 16 September 2024; clients warn with the date (FairEmail EN/DE).
    Matcher {
        any: words![],
        all: words![
            "outlook|hotmail|live",
            "september 16, 2024|16 september 2024|16. september 2024|16.09.2024",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.6, t!(
        "the message names 16 September 2024, when Microsoft ended password sign-in for Outlook.com, Hotmail and Live accounts: such an account must sign in with OAuth (the client's Microsoft account wizard)",
        "die Meldung nennt den 16. September 2024, an dem Microsoft die Anmeldung mit Kennwort für Outlook.com-, Hotmail- und Live-Konten beendete: ein solches Konto muss sich mit OAuth anmelden (der Microsoft-Konto-Assistent des Clients)"
    ))],
    "Some of your Outlook/Hotmail/Live accounts will stop working after September 16, 2024",
),
// mutt (EN/DE): none of its authenticators could run. Since 2.0.6 mutt sends SMTP without AUTH
// when the EHLO lists none (Exchange Online before STARTTLS; the server then answers 5.7.57),
// so this mostly means its SASL library lacks the mechanisms (cyrus-sasl's plain, login or
// xoauth2 plugin not installed, a package built without them), less often an IMAP or POP server
// that offered none before STARTTLS. NeoMutt's "No authenticators available or wrong
// credentials" follows any failed method, a refused password among them: not this row.
row(
    TextId::ClientMuttNoAuthenticators,
    words![],
    Matcher {
        any: words!["no authenticators available|keine authentifizierung verfügbar"],
        all: words![],
        none: words!["wrong credentials", "falsche zugangsdaten"],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.5, t!(
            "mutt found none of its sign-in mechanisms usable: most often its SASL library lacks the mechanism (cyrus-sasl's plain, login or xoauth2 plugin not installed, or a package built without it)",
            "mutt fand keines seiner Anmeldeverfahren nutzbar: meist fehlt seiner SASL-Bibliothek das Verfahren (Plugin plain, login oder xoauth2 von cyrus-sasl nicht installiert, oder ein Paket ohne es gebaut)"
        )),
        to(C::TlsModeMismatch, 0.4, t!(
            "or, on IMAP or POP, TLS had not started (STARTTLS not used on 143/110), so the server offered no mechanism",
            "oder, bei IMAP oder POP, TLS hatte noch nicht begonnen (kein STARTTLS an 143/110), sodass der Server kein Verfahren anbot"
        )),
    ],
    "No authenticators available",
),
// go-mail names the mechanism it wanted once the server's AUTH extension was read: Exchange
// Online lists LOGIN and XOAUTH2 (after STARTTLS), never PLAIN or CRAM-MD5.
row(
    TextId::ClientAuthPlainNotOffered,
    words![],
    any(words!["smtp auth type: plain", "smtp auth type: cram-md5"]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.6, t!(
        "the client asks for PLAIN (or CRAM-MD5), which Exchange Online never offers (only LOGIN and XOAUTH2): use XOAUTH2",
        "der Client verlangt PLAIN (oder CRAM-MD5), das Exchange Online nie anbietet (nur LOGIN und XOAUTH2): XOAUTH2 verwenden"
    ))],
    "dial failed: server does not support SMTP AUTH type: PLAIN",
),
row(
    TextId::ClientAuthNotOffered,
    words![],
    any(words![
        // curl, lettre, Go's net/smtp and go-smtp, node-imap (LOGINDISABLED).
        "no auth mechanism was offered",
        "no compatible authentication mechanism",
        "server doesn't support auth",
        "server does not support auth",
        // go-mail, Go's net/smtp: `server does not support SMTP AUTH`.
        "does not support smtp auth",
        "logging in is disabled on this server",
        // Evolution (EN/DE), Claws Mail: XOAUTH2 or LOGIN not in the capabilities, which
        // Exchange Online lists only once TLS has started.
        "does not support xoauth2 authentication",
        "unterstützt den legitimierungstypen xoauth2 nicht",
        "authentication mode xoauth2 is not supported by the server",
        "plain login is disabled by the server",
        // Mailspring (EN/DE): no AUTH LOGIN/PLAIN in the capabilities.
        "does not support basic username / password authentication",
        "unterstützt keine grundlegende benutzername/passwort-authentifizierung",
        // Horde (EN/DE); Perl's Net::SMTP when AUTH is sent before STARTTLS.
        "no supported imap authentication method could be found",
        "keine unterstützte authentifizierungsmethode",
        "command unknown: 'auth'",
        // mutt (EN/DE), c-client: the server lists no AUTH or LOGINDISABLED, as Exchange Online
        // does before TLS has started.
        "login disabled on this server",
        "login ist auf diesem server abgeschaltet",
        "server disables login",
        // Balsa (EN/DE): no password method usable on the connection.
        "no way to authenticate is known",
        "keine legitimierungsmöglichkeit",
        "smtp authentication not available",
        // Ruby's net-imap (`LoginDisabledError`): LOGINDISABLED before STARTTLS.
        "has disabled the login command",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.55, t!(
            "the server offered the client no sign-in mechanism: Exchange Online lists AUTH (and allows LOGIN) only after TLS has started, so the client most likely spoke plain text (STARTTLS not used on 587/143)",
            "der Server hat dem Client kein Anmeldeverfahren angeboten: Exchange Online nennt AUTH (und erlaubt LOGIN) erst nach dem TLS-Start, der Client hat also wohl im Klartext gesprochen (kein STARTTLS an 587/143)"
        )),
        to(C::ClientSaslPluginError, 0.4, t!(
            "or the client supports none of the mechanisms offered (XOAUTH2, LOGIN)",
            "oder der Client beherrscht keines der angebotenen Verfahren (XOAUTH2, LOGIN)"
        )),
    ],
    "curl: (67) Login denied: SASL: no auth mechanism was offered or recognized",
),
row(
    TextId::ClientOauthRequired,
    words![],
    any(words![
        "microsoft erfordert oauth-authentifizierung",
        "requires oauth authentication",
        "kennwortbasierte anmeldung",
        "disabled password-based",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.7, t!(
        "the application says the Microsoft account needs OAuth: a password sign-in is not accepted any more",
        "die Anwendung meldet, dass das Microsoft-Konto OAuth braucht: eine Anmeldung mit Kennwort wird nicht mehr akzeptiert"
    ))],
    "Microsoft erfordert OAuth-Authentifizierung. Bitten Sie Ihre Nextcloud-Administration, Microsoft OAuth einzurichten.",
),
row(
    TextId::ClientPasswordExpired,
    words![],
    Matcher {
        any: words![
            "password has expired",
            "password is expired",
            "password expired",
            "passwort abgelaufen",
            "kennwort abgelaufen",
            "passwort ist abgelaufen",
            "kennwort ist abgelaufen",
            "errorpasswordexpired",
        ],
        all: words![],
        // An Entra code or a secret's expiry says more.
        none: words!["aadsts", "secret", "geheimnis"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::PasswordExpired, 0.8, t!(
        "the message says the account's password has expired: a password sign-in (or the password grant) fails until it is changed",
        "die Meldung besagt, dass das Kennwort des Kontos abgelaufen ist: eine Kennwortanmeldung (oder der Kennwort-Flow) scheitert, bis es geändert ist"
    ))],
    "Das Passwort ist abgelaufen. Ändern Sie das Passwort auf »https://portal.microsoftonline.com/ChangePassword.aspx«.",
),
row(
    TextId::ClientTlsMode,
    words![],
    TLS_MODE,
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.8, t!(
        "the client and the port disagree on how TLS starts: implicit TLS (SSL on connect) to port 587, or STARTTLS/plain text to 993, 995 or 465; smtp.office365.com:587 needs STARTTLS, IMAP 993 and POP 995 implicit TLS",
        "Client und Port sind sich uneinig, wie TLS beginnt: implizites TLS (SSL beim Verbinden) an Port 587 oder STARTTLS/Klartext an 993, 995 oder 465; smtp.office365.com:587 braucht STARTTLS, IMAP 993 und POP 995 implizites TLS"
    ))],
    "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1002)",
),
// PHP asked for a `starttls://` stream (a mailer's encryption set to "STARTTLS" where it expects
// "tls"): PHP has no such transport; STARTTLS starts on a plain connection.
row(
    TextId::ClientPhpStarttlsTransport,
    words![],
    any(words!["socket transport \"starttls\"|starttls://"]),
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.6, t!(
        "the client asked for a 'starttls://' connection, a transport PHP (and most clients) do not have: STARTTLS is negotiated on a plain connection (for most PHP mailers the encryption 'tls' on port 587)",
        "der Client verlangte eine Verbindung 'starttls://', ein Transport, den PHP (und die meisten Clients) nicht kennen: STARTTLS wird auf einer unverschlüsselten Verbindung ausgehandelt (bei den meisten PHP-Mailern die Verschlüsselung 'tls' an Port 587)"
    ))],
    "stream_socket_client(): unable to connect to starttls://smtp.office365.com:587 (Unable to find the socket transport \"starttls\" - did you forget to enable it when you configured PHP?)",
),
// A URL asking for TLS on connect (`ssl://`, `smtps://`, `imaps://`, `pop3s://`, PHP's `tls://`)
// of a port that starts plain and upgrades with STARTTLS (587, 143, 110): the client's TLS mode
// does not fit the port whatever follows (the scanner reads such a line against these rows);
// PHPMailer's and Symfony's `ssl://smtp.office365.com:587` among them.
row(
    TextId::ClientTlsOnUpgradePort,
    words![],
    Matcher {
        any: words!["ssl://", "smtps://", "imaps://", "pop3s://", "tls://"],
        // The port in the URL, or beside it (PHP's `fsockopen host=ssl://… port=587`).
        all: words![":587|:143|:110|port=587|port=143|port=110|port 587|port 143|port 110|port: 587|port: 143|port: 110"],
        // `starttls://` holds `tls://` but asks for STARTTLS (`ClientPhpStarttlsTransport`).
        none: words!["starttls://"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.75, t!(
        "the client asks for TLS on connect (ssl://, smtps://, imaps://) of a port that starts plain and upgrades with STARTTLS (587, 143, 110): use STARTTLS on that port, or TLS on connect on 993 (IMAP) and 995 (POP)",
        "der Client verlangt TLS beim Verbinden (ssl://, smtps://, imaps://) an einem Port, der unverschlüsselt beginnt und per STARTTLS umschaltet (587, 143, 110): an diesem Port STARTTLS verwenden, oder TLS beim Verbinden an 993 (IMAP) und 995 (POP)"
    ))],
    "Connection could not be established with host \"ssl://smtp.office365.com:587\"",
),
// A c-client mailbox (PHP's `imap_open`, Webklex's legacy client, alpine) of the implicit-TLS
// ports 993/995 with the STARTTLS flag `/tls` or `/notls` and no `/ssl`: the client speaks plain
// text to a port that starts with TLS, and the session breaks before any sign-in.
row(
    TextId::ClientCclientTlsFlag,
    words![],
    Matcher {
        // The port and its flags in one mailbox, as c-client's documentation and posts write them.
        any: words![
            ":993/imap/tls}|:993/imap/tls/|:993/tls}|:993/tls/|:993/imap/notls|:993/notls|:993/imap/novalidate-cert/tls|:993/novalidate-cert/tls",
            ":995/pop3/tls}|:995/pop3/tls/|:995/pop/tls}|:995/pop/tls/|:995/tls}|:995/pop3/notls|:995/pop/notls|:995/pop3/novalidate-cert/tls",
        ],
        all: words![],
        none: words!["/ssl"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.75, t!(
        "the mailbox names port 993 or 995, which start with TLS, with the flag /tls (STARTTLS) or /notls and without /ssl: the client speaks plain text to a TLS port; use {outlook.office365.com:993/imap/ssl} (POP: :995/pop3/ssl)",
        "das Postfach nennt Port 993 oder 995, die mit TLS beginnen, mit dem Flag /tls (STARTTLS) oder /notls und ohne /ssl: der Client spricht Klartext mit einem TLS-Port; {outlook.office365.com:993/imap/ssl} verwenden (POP: :995/pop3/ssl)"
    ))],
    "imap_open(): Couldn't open stream {outlook.office365.com:993/imap/tls}",
),
// CDO (CDOSYS: VBA, VBScript, classic ASP) signs in with AUTH LOGIN only: its logon failure
// (CDO_E_LOGON_FAILURE, 0x80040217, "The transport was unable to log on to the server",
// cdosyserr.h), also as the transport error code inside CDO_E_SMTP_SEND_FAILED.
row(
    TextId::ClientCdoLogonFailure,
    words![],
    any(words!["0x80040217", "transport was unable to log on to the server"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.6, t!(
            "CDO could not log on to the SMTP server (0x80040217): CDO signs in with a user name and password only (AUTH LOGIN), which Exchange Online refuses where basic authentication is off",
            "CDO konnte sich nicht am SMTP-Server anmelden (0x80040217): CDO meldet sich nur mit Benutzername und Kennwort an (AUTH LOGIN), was Exchange Online ablehnt, wo die Standardauthentifizierung abgeschaltet ist"
        )),
        to(C::SmtpAuthDisabledTenant, 0.35, t!(
            "or SMTP AUTH is turned off for the tenant or the mailbox",
            "oder SMTP AUTH ist für den Mandanten oder das Postfach abgeschaltet"
        )),
    ],
    "The message could not be sent to the SMTP server. The transport error code was 0x80040217. The server response was not available",
),
// A federated user's password sign-in (ROPC, a legacy client) goes on to the identity provider's
// WS-Trust endpoint (AD FS, PingFederate, Entra's own for Seamless SSO): its refusal, as MSAL,
// ADAL and the provider's logs word it.
row(
    TextId::ClientWsTrustRefused,
    words![],
    any(words![
        "wst:failedauthentication",
        "wstrust server returned error",
        "returned error: authentication failure",
        "wstrustexception: invalid token",
        "id3242: the security token could not be authenticated",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidUserCredentialsRopc, 0.6, t!(
            "the federation's identity provider (WS-Trust) refused the sign-in: most often the user name or password is wrong for the federated account",
            "der Identitätsanbieter des Verbunds (WS-Trust) hat die Anmeldung abgelehnt: meist sind Benutzername oder Kennwort für das Verbundkonto falsch"
        )),
        to(C::MfaRequiredRopc, 0.3, t!(
            "or the identity provider asks for more than a password (MFA), which a password sign-in cannot give",
            "oder der Identitätsanbieter verlangt mehr als ein Kennwort (MFA), was eine Kennwortanmeldung nicht leisten kann"
        )),
    ],
    "WsTrust server returned error in RSTR: {'reason': 'Authentication failed', 'code': 'wst:FailedAuthentication'}",
),
// Dynamics 365 (Dataverse) server-side synchronization's Test & Enable codes, from
// Microsoft's troubleshooting articles (error-code-8005e273, -8005e274, -8005e276): the code
// alone is what the mailbox record shows.
row(
    TextId::ClientDynamicsUserDisabled,
    words![],
    any(words!["8005e273"]),
    Kind::ClientError,
    Code::None,
    &[to(C::AccountDisabledOrSigninBlocked, 0.7, t!(
        "Dynamics 365's Test & Enable code 8005E273: the Microsoft 365 user behind the mailbox is disabled or blocked from signing in",
        "Code 8005E273 von „Testen und aktivieren“ in Dynamics 365: der Microsoft-365-Benutzer hinter dem Postfach ist deaktiviert oder für die Anmeldung gesperrt"
    ))],
    "Test and Enable failed: 8005E273",
),
row(
    TextId::ClientDynamicsNoMailbox,
    words![],
    any(words!["8005e274", "8005e276"]),
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxUnlicensedOrMissing, 0.7, t!(
        "Dynamics 365's Test & Enable code (8005E274, 8005E276): the user has no Exchange Online mailbox it can reach (no Exchange licence, the mailbox disabled or on-premises)",
        "Code von „Testen und aktivieren“ in Dynamics 365 (8005E274, 8005E276): der Benutzer hat kein erreichbares Exchange-Online-Postfach (keine Exchange-Lizenz, Postfach deaktiviert oder lokal)"
    ))],
    "Test and Enable failed: 8005E276",
),
row(
    TextId::ClientTlsHandshake,
    words![],
    any(words![
        "error occurred while attempting to establish an ssl or tls connection",
        "could not create ssl/tls secure channel",
        "an unexpected error occurred on a send",
        "an unexpected error occurred in a send",
        // The same on the answer's side (an HTTPS metadata or token request of .NET Framework).
        "an unexpected error occurred on a receive",
        // The same .NET messages in German.
        "unerwarteter fehler beim senden",
        "unerwarteter fehler beim empfangen",
        "sicheren kanal für ssl/tls",
        "ssl/tls-kanal erstellt werden",
        // nodemailer (ETLS) and email-oauth2-proxy.
        "error initiating tls",
        "ssl socket handshake failed",
        // Node (nodemailer, imapflow) and Python's ssl: the handshake cut off.
        "socket disconnected before secure tls connection was established",
        // Horde, Sylpheed (EN/DE).
        "could not open secure tls connection",
        "could not open secure connection to the",
        "can't start tls session",
        "kann tls-sitzung nicht beginnen",
        "eof occurred in violation of protocol",
        // msmtp built with GnuTLS: the server closed the handshake.
        "a protocol violating eof",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsVersionUnsupported, 0.55, t!(
            "the connection failed during the TLS handshake or the send, without a reason from the server: a frequent reason is an older .NET Framework or device that offers only TLS 1.0/1.1, which Exchange Online refuses",
            "die Verbindung scheiterte beim TLS-Handshake oder beim Senden, ohne Begründung des Servers: ein häufiger Grund ist ein älteres .NET Framework oder Gerät, das nur TLS 1.0/1.1 anbietet, was Exchange Online ablehnt"
        )),
        to(C::TlsModeMismatch, 0.4, t!(
            "or the client starts TLS on connect on a STARTTLS port (587), or the other way round",
            "oder der Client beginnt TLS beim Verbinden an einem STARTTLS-Port (587), oder umgekehrt"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or a proxy or TLS inspection in between breaks the handshake",
            "oder ein Proxy bzw. eine TLS-Prüfung dazwischen bricht den Handshake ab"
        )),
    ],
    "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.",
),
row(
    // A TLS handshake that failed, in the TLS library's or the client's words, with nothing that
    // tells which side: the labelled texts name the port's TLS mode first (5 of 5).
    TextId::ClientTlsHandshakeFailed,
    words![],
    TLS_HANDSHAKE,
    Kind::ClientError,
    Code::None,
    &[
        to(C::TlsModeMismatch, 0.45, t!(
            "the TLS handshake failed: most often the client and the port disagree on how TLS starts (TLS on connect to 587, STARTTLS or plain text to 993, 995 or 465)",
            "der TLS-Handshake ist gescheitert: meist sind sich Client und Port uneinig, wie TLS beginnt (TLS beim Verbinden an 587, STARTTLS oder Klartext an 993, 995 oder 465)"
        )),
        to(C::TlsVersionUnsupported, 0.3, t!(
            "or the client offers only TLS versions or ciphers Exchange Online no longer accepts (TLS 1.0/1.1)",
            "oder der Client bietet nur TLS-Versionen oder Verschlüsselungen an, die Exchange Online nicht mehr annimmt (TLS 1.0/1.1)"
        )),
        to(C::NetworkEgressBlocked, 0.2, t!(
            "or a proxy or firewall that inspects TLS breaks the handshake",
            "oder ein Proxy bzw. eine Firewall mit TLS-Prüfung bricht den Handshake ab"
        )),
    ],
    "Error: handshake failed with outlook.office365.com",
),
row(
    TextId::ClientAuthMethodNotOffered,
    words![],
    any(words![
        // Thunderbird: imap/pop3/smtp AuthMechNotSupported, the password hints and GSSAPI, EN
        // and DE.
        "does not support the selected authentication method",
        "does not support the chosen authentication method",
        "unterstützt die gewählte authentifizierungsmethode nicht",
        "does not allow plaintext passwords",
        "des passworts im klartext nicht",
        "does not seem to support encrypted passwords",
        "des passworts nicht zu unterstützen",
        "verschlüsselter passwörter nicht zu unterstützen",
        "gssapi ticket was not accepted",
        "gssapi-ticket wurde vom",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.5, t!(
            "the client is set to a sign-in method the server does not offer or allow (encrypted password, Kerberos/GSSAPI, or a password where basic authentication is off): for Exchange Online set the authentication method to OAuth2",
            "der Client ist auf eine Anmeldemethode eingestellt, die der Server nicht anbietet oder zulässt (verschlüsseltes Kennwort, Kerberos/GSSAPI oder ein Kennwort, wo die Standardauthentifizierung aus ist): für Exchange Online die Authentifizierungsmethode OAuth2 wählen"
        )),
        to(C::TlsModeMismatch, 0.3, t!(
            "or the connection is not encrypted yet, so the server offers no sign-in (SMTP 587 offers AUTH only after STARTTLS)",
            "oder die Verbindung ist noch nicht verschlüsselt, daher bietet der Server keine Anmeldung an (SMTP 587 bietet AUTH erst nach STARTTLS)"
        )),
    ],
    "The IMAP server outlook.office365.com does not support the selected authentication method. Please change the 'Authentication method' in the 'Account Settings | Server settings'.",
),
row(
    TextId::ClientNoCachedAccount,
    words![],
    // MSAL.NET (MsalErrorMessage: MsalUiRequiredMessage, NoAccountForLoginHint, NoTokensFoundError).
    any(words![
        "no account or login hint was passed to the acquiretokensilent",
        "no account was found in the token cache",
        "no refresh token found in the cache",
        // EmailEngine, LimeSurvey's Azure OAuth SMTP plugin: no refresh token kept for the account.
        "no valid refresh token found",
        "no refresh token stored",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.55, t!(
        "MSAL found no signed-in account in its token cache for a silent request: the cache is empty or was not kept (a new process or container); sign in interactively once and persist the cache",
        "MSAL fand für eine stille Anforderung kein angemeldetes Konto in seinem Token-Cache: der Cache ist leer oder wurde nicht behalten (neuer Prozess oder Container); einmal interaktiv anmelden und den Cache dauerhaft speichern"
    ))],
    "Microsoft.Identity.Client.MsalUiRequiredException: No account or login hint was passed to the AcquireTokenSilent call.",
),
row(
    TextId::ClientTooManyConnections,
    words![],
    CONNECTION_LIMIT,
    Kind::ClientError,
    Code::None,
    &[
        to(C::ExchangeThrottlingLimit, 0.55, t!(
            "the server refused another connection: Exchange Online allows a mailbox a limited number of IMAP connections at once, and the client may keep too many cached (lower its maximum number of cached server connections)",
            "der Server hat eine weitere Verbindung abgelehnt: Exchange Online erlaubt einem Postfach nur eine begrenzte Zahl gleichzeitiger IMAP-Verbindungen, und der Client hält eventuell zu viele zwischengespeichert (ihre Höchstzahl im Client senken)"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or the connection was refused on the way to the server",
            "oder die Verbindung wurde auf dem Weg zum Server abgewiesen"
        )),
    ],
    // The English wording is found as a network error, which the rules read against
    // CONNECTION_LIMIT too.
    "Verbindung mit outlook.office365.com konnte nicht hergestellt werden. Bitte versuchen Sie es später erneut. Wenn das Problem weiterhin besteht, habe Sie möglicherweise die maximale Anzahl von Verbindungen zu diesem Server überschritten.",
),
row(
    TextId::ClientConfigUnverifiable,
    words![],
    // Thunderbird's account setup (account-setup-exchange-config-unverifiable), EN and DE.
    any(words![
        "disabled the selected configuration for your account",
        "die gewählte konfiguration für ihr konto deaktiviert",
        "désactivé la configuration sélectionnée",
        "deshabilitado la configuración seleccionada",
        "disattivato la configurazione selezionata",
        "geselecteerde configuratie voor uw account uitgeschakeld",
        "wyłączył wybraną konfigurację",
        "desativado a configuração selecionada",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ProtocolDisabledOnMailbox, 0.45, t!(
            "the client could not verify its IMAP, POP or SMTP settings against Exchange: the protocol may be switched off for this mailbox (ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled)",
            "der Client konnte seine IMAP-, POP- oder SMTP-Einstellungen bei Exchange nicht prüfen: das Protokoll ist für dieses Postfach eventuell abgeschaltet (ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled)"
        )),
        to(C::BasicAuthDeprecated, 0.4, t!(
            "or the setup checked the settings with a password, which Exchange Online no longer accepts: choose OAuth2",
            "oder die Einrichtung hat die Einstellungen mit einem Kennwort geprüft, das Exchange Online nicht mehr annimmt: OAuth2 wählen"
        )),
    ],
    "Configuration could not be verified. If your username and password are correct, it’s likely that the server administrator has disabled the selected configuration for your account. Try selecting another protocol.",
),
row(
    TextId::ClientProxyRefused,
    words![],
    any(words![
        "tunnel connection failed",
        "connect tunnel failed",
        "unable to tunnel through proxy",
        "cannot connect to proxy",
        "proxy authentication required",
        "proxyerror",
        // nodemailer's HTTP proxy client.
        "invalid response from proxy",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.88, t!(
        "a proxy between the service and Microsoft refused the connection (407: it wants its own credentials; 403: its rules forbid the destination): nothing reached Microsoft",
        "ein Proxy zwischen dem Dienst und Microsoft hat die Verbindung abgelehnt (407: er will eigene Anmeldedaten; 403: seine Regeln verbieten das Ziel): nichts hat Microsoft erreicht"
    ))],
    "curl: (56) CONNECT tunnel failed, response 403",
),
row(
    TextId::ClientNetwork,
    words![],
    // A server's capabilities named in the message: the connection was made. A `starttls://`
    // URL is the client's TLS mode (`ClientPhpStarttlsTransport`); Laminas Mail's "last request
    // failed" is a POP3 server's -ERR (`ClientLaminasLastRequest`).
    Matcher { none: words!["net_io_connectionclosed", "capabilit", "starttls://", "last request failed", "authorisation request"], ..any(words![
        // .NET in German: "Die Verbindung mit dem Remoteserver kann nicht hergestellt werden",
        // "Zeitüberschreitung des Vorgangs".
        "zeitüberschreitung",
        // Windows' and WinHTTP's messages in German: the operation timed out, a name without
        // an address record (WSANO_DATA), a name not resolved (12007).
        "zeitlimit für den vorgang wurde erreicht",
        "no data of the requested type was found",
        "keine daten des angeforderten typs gefunden",
        "servername oder die serveradresse konnte nicht",
        // GLib's resolver, proxy and TLS messages in German.
        "kann vorübergehend nicht aufgelöst werden",
        "verbindung zum http-proxy ist fehlgeschlagen",
        "fehler bei der ausführung des tls-handshake",
        // .NET's SslStream when the TLS handshake fails (EN, DE).
        "a call to sspi failed",
        "aufruf von sspi ist fehlgeschlagen",
        // .NET's WebExceptionStatus and SocketError names as applications print them ("Web
        // server returned ConnectFailure exception", "Socket returned exception TimedOut").
        "connectfailure",
        "nameresolutionfailure",
        "exception timedout",
        // Applications' own words for a server that never answered; Elixir's gen_smtp.
        "got timeout from the server",
        "network_failure",
        // A TLS-inspecting proxy's certificate (.NET, Node, OpenSSL).
        "remote certificate is invalid according to the validation procedure",
        "unable to find valid certification path",
        "pkix path building failed",
        // .NET 5 and later, and the German of the older wording; Node's missing intermediate.
        "remote certificate is invalid because of errors",
        // .NET's SslPolicyErrors for an untrusted chain, as MailKit and others print it.
        "remotecertificatechainerrors",
        // A resolver's failure told in words ("a temporary error during hostname resolution").
        "during hostname resolution",
        "das remotezertifikat ist laut validierungsverfahren ungültig",
        "unable to verify the first certificate",
        // Thunderbird (cert-error-untrusted-default), EN and DE.
        "does not come from a trusted source",
        "stammt nicht von einer vertrauenswürdigen quelle",
        // .NET in German: "Der Remotename konnte nicht aufgelöst werden".
        "remotename konnte nicht aufgelöst werden",
        "self signed certificate in certificate chain",
        "self-signed certificate in certificate chain",
        "cannot connect to",
        "could not connect to",
        // Jakarta/Angus Mail's MailConnectException; Windows' WSAETIMEDOUT (10060), EN and DE.
        "couldn't connect to host",
        "connected party did not properly respond",
        "ein verbindungsversuch ist fehlgeschlagen",
        // The same by number, in any language (Python's `[WinError 10060]`, 10061 refused).
        "winerror 10060",
        "winerror 10061",
        "unable to connect to",
        "failed to connect to",
        "(code: 0)",
        "timed out",
        "connection refused",
        "econnrefused",
        "etimedout",
        // Node's code as a word ("queryA ENOTFOUND host", "code: 'ENOTFOUND'"), not inside an
        // identifier such as Graph's "ResourceNotFound".
        " enotfound",
        "'enotfound'",
        "econnreset",
        "getaddrinfo",
        "name or service not known",
        "could not resolve",
        "no such host",
        "network is unreachable",
        "proxy authentication required",
        "certificate verify failed",
        "unable to get local issuer certificate",
        // (A failed TLS handshake is `TLS_HANDSHAKE`'s: its port's TLS mode first.)
        "sockettimeoutexception",
        "unknownhostexception",
        "connectexception",
        "certificate verification failed",
        "proxy that intercepts",
        "connection reset by peer",
        "connection setup failed",
        "could not be resolved",
        // WinRM (Exchange Online PowerShell's remote session).
        "server name cannot be resolved",
        "name does not resolve",
        "couldn't resolve host",
        "please check your internet connection",
        "verbindungsaufbau mit dem smtp-server",
        "because connecting to outgoing server",
        // Thunderbird (smtpSendTimeout, smtpSendInterrupted, smtpSendFailedUnknownServer,
        // imapUnknownHostError, connectionRefusedError, imapServerDisconnected), EN and DE.
        "ablaufzeit (timeout)",
        "lost in the middle of the transaction",
        "mitten in der transaktion verloren",
        "is unknown. the server may be incorrectly configured",
        "ist unbekannt. der server ist eventuell falsch konfiguriert",
        "konnte nicht hergestellt werden",
        "da sie verweigert wurde",
        "die verbindung wurde verweigert",
        "may be a network problem",
        "es gibt netzwerkprobleme",
        // PHPMailer (smtp_connect_failed, connect_host in German; get_lines() waiting in vain).
        "smtp connect() failed",
        "get_lines(): stream timed-out",
        "get_lines(): select timed-out",
        "keine verbindung zum smtp-host",
        "verbindung zum smtp-server fehlgeschlagen",
        "verbindung mit dem server ist fehlgeschlagen",
        "verbindung zum server ist fehlgeschlagen",
        "verbindung zum server fehlgeschlagen",
        "fehler der verbindung zum server",
        // .NET's EndpointNotFoundException (WCF), EN and DE.
        "there was no endpoint listening at",
        "hat kein endpunkt gelauscht",
        // nodemailer, smtplib, MailKit, JavaMail.
        "connection closed unexpectedly",
        "connection unexpectedly closed",
        // nodemailer's ETIMEDOUT as it prints it (a bare "connection timeout" is a setting too).
        "error: connection timeout",
        // .NET sockets under MailKit and System.Net.Mail, EN and DE.
        "forcibly closed by the remote host",
        "unable to read data from the transport connection",
        "vom remotehost geschlossen",
        "gegenstelle nach einer bestimmten zeitspanne",
        "zielcomputer die verbindung verweigerte",
        "has unexpectedly disconnected",
        "connection dropped by server",
        "can't send command to smtp host",
        // Java's socket refused locally (a firewall or security product on the host).
        "permission denied: connect",
        // email-oauth2-proxy.
        "unable to resolve host",
        "is there a network connection",
        // FreeScout (EN/DE), paperless-ngx, KDE and GNOME clients' own words for it.
        "ist nicht verfügbar auf port",
        "is not available on port",
        "no response received. check server information",
        "response code: 0",
        // Thunderbird's account setup (cannot_contact_server), EN and DE.
        "cannot contact server",
        "server kann nicht kontaktiert werden",
        // PHPMailer (connect_host, smtp_connect_failed), msmtp and mpop ("cannot connect to %s[,
        // port %d]") and NeoMutt ("Could not connect to %s", "Connection to %s timed out") in their
        // language files, by language.
        concat!(
            "smtp connect()|", // several
            "konnte keine verbindung zu|kann nicht hergestellt werden|", // de
            "erreur de connexion à|impossible de se connecter|", // fr
            "no se puede conectar|no se pudo conectar|imposible conectar|venció la conexión|", // es
            "impossibile connettersi|", // it
            "niet verbinden met|verbinding mislukt|", // nl
            "não foi possível conectar|não foi possível ligar|", // pt
            " nie udało się połączyć|nie zostało ustanowione|", // pl
            " не удалось подключиться| не удается подключиться|шибка соединения с smtp|", // ru
            "无法连接到|無法連線到|的连接已超时|smtp 連線失敗|服务器连接失败|", // zh
            "に接続できません|に接続できなかった|接続に失敗|接続がタイムアウト|", // ja
            "kan inte ansluta till|kunde inte ansluta till|översteg tidsgränsen|", // sv
            "nelze navázat|vypršel časový limit spojení|", // cs
            "no es pot connectar|no s'ha pogut connectar|", // ca
            "kunne ikke forbinde til|fik timeout|smtp serveren kunne ikke oprettes|", // da
            "ei voitu yhdistää|yhteys palvelimeen ei onnistu|aikakatkaistu|", // fi
            "nem lehet kapcsolódni|kapcsolat idő lejárt|", // hu
            "kunne ikke koble til|tidsavbrudd for forbindelse til|", // nb
            "nu se poate conecta|conectarea la serverul smtp a eșuat|", // ro
            "vypršal časový limit spojenia|nemožno sa spojiť|nadviazať spojenie so smtp|", // sk
            "bağlanılamadı|zaman aşımına uğradı|", // tr
            " не вдалося з'єднатися| не вдається під'єднатися|е вийшло з'єднатися|милка з'єднання з smtp|", // uk
            "tidak dapat terhubung|", // id
            "không thể kết nối|", // vi
            "접속할 수 없습니다|연결할 수 없음|", // ko
            "לא הצלחתי להתחבר|", // he
            "لا يمكن الاتصال|", // ar
            "اتصال به سرور smtp برقرار نشد|", // fa
            "не могу да се повежем|са smtp сервером није успело|sa smtp serverom nije uspelo|", // sr
            "ne eblas konektiĝi|ne eblis konektiĝi|", // eo
            "spojiti se sa smtp|spojiti na smtp|spajanje na smtp|", // hr
            "δυναμία σύνδεσης", // el
        ),
    ]) },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.65, t!(
        "the message shows a connection failure (timeout, DNS, refused or TLS interception), not a sign-in refusal",
        "die Meldung zeigt einen Verbindungsfehler (Zeitüberschreitung, DNS, abgelehnt oder TLS-Prüfung durch einen Proxy), keine abgelehnte Anmeldung"
    ))],
    "javax.mail.MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: Read timed out",
),
row(
    TextId::ClientTokenProvider,
    words![],
    any(words![
        "can't create new access token",
        "credentialunavailableexception",
        "authentication unavailable. environment variables are not fully configured",
        "no credential in this chain provided a token",
        "credentialunavailableerror",
        "failed to retrieve a token from the included credentials",
        // nodemailer's XOAuth2: the token endpoint's answer was not JSON.
        "invalid authentication response",
        // mutt's OAUTHBEARER/XOAUTH2 refresh command (EN/DE): the local helper failed.
        "mutt_account_getoauthbearer",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.55, t!(
        "the client's own token provider failed before anything reached Exchange (missing or wrong client id, secret, refresh token or environment); the token endpoint's answer, if any, tells why",
        "der Token-Anbieter des Clients ist gescheitert, bevor etwas Exchange erreichte (fehlende oder falsche Client-ID, Geheimnis, Aktualisierungstoken oder Umgebung); die Antwort des Token-Endpunkts, falls vorhanden, nennt den Grund"
    ))],
    "Error: Can't create new access token for user\n    at XOAuth2.generateToken (/app/node_modules/nodemailer/lib/xoauth2/index.js:185:33)",
),
row(
    TextId::ClientAuthTypeProbe,
    words![],
    any(words!["failed to get auth type from service"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.45, t!(
            "exchangelib could not agree an authentication type with EWS: most common reason when it is given a user name and password, which Exchange Online no longer accepts; configure OAuth credentials instead",
            "exchangelib konnte sich mit EWS auf keine Authentifizierungsart einigen: häufigster Grund, wenn Benutzername und Kennwort übergeben werden, die Exchange Online nicht mehr akzeptiert; stattdessen OAuth-Anmeldedaten konfigurieren"
        )),
        to(C::NetworkEgressBlocked, 0.3, t!(
            "or the service URL could not be reached",
            "oder die Dienst-URL war nicht erreichbar"
        )),
    ],
    "exchangelib.errors.TransportError: Failed to get auth type from service",
),
row(
    TextId::ClientNoCommonMechanism,
    words![],
    any(words![
        "no authentication mechanisms supported by both server and client",
        // Indy (Delphi): the server offers no AUTH, or none of the client's SASL mechanisms.
        "specified sasl handlers",
        "unsupported authentication mechanism",
        // OfflineIMAP: none of the configured mechanisms is advertised; lettre (Rust): none of the
        // mechanisms it is set to use among those the EHLO lists (or no AUTH listed at all).
        "no supported authentication mechanisms found|no supported authentication mechanisms available",
    ]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::ClientSaslPluginError, 0.6, t!(
            "none of the client's sign-in mechanisms is among those the server lists: most likely XOAUTH2 (or, for a password, LOGIN) is not in its list (JavaMail: mail.<protocol>.auth.mechanisms, auth.xoauth2.disable, or no token to use; lettre: its mechanisms)",
            "keines der Anmeldeverfahren des Clients ist unter denen, die der Server nennt: am ehesten fehlt XOAUTH2 (oder, für ein Kennwort, LOGIN) in seiner Liste (JavaMail: mail.<Protokoll>.auth.mechanisms, auth.xoauth2.disable, oder kein Token vorhanden; lettre: seine Verfahren)"
        )),
        to(C::TlsModeMismatch, 0.45, t!(
            "or the server listed no AUTH because STARTTLS was not used (or the host is the MX endpoint, not smtp.office365.com)",
            "oder der Server nannte kein AUTH, weil STARTTLS nicht verwendet wurde (oder der Host ist der MX-Endpunkt, nicht smtp.office365.com)"
        )),
    ],
    "jakarta.mail.AuthenticationFailedException: No authentication mechanisms supported by both server and client",
),
row(
    TextId::ClientRopcMsa,
    words![],
    any(words![
        "ropc does not support msa accounts",
        // MSAL Python: the password flow looked for a federation endpoint a personal account has not.
        "unable to find wstrust endpoint from mex",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::PersonalAccountNotSupported, 0.9, t!(
        "MSAL refuses the password (ROPC) flow for a personal Microsoft account: such accounts sign in interactively or with a device code only",
        "MSAL lehnt den Kennwort-Flow (ROPC) für ein privates Microsoft-Konto ab: solche Konten melden sich nur interaktiv oder mit Gerätecode an"
    ))],
    "Microsoft.Identity.Client.MsalClientException: ROPC does not support MSA accounts. See https://aka.ms/msal-net-ropc for details.",
),
row(
    TextId::ClientRefreshFailed,
    words![],
    any(words![
        "refresh token operation failed",
        "token refresh failed",
        "failed to refresh token",
        "failed to refresh the token",
        "failed to refresh access token",
        "unable to refresh token",
        "could not refresh token",
        "error refreshing token",
        "token-update fehlgeschlagen",
        "token-aktualisierung fehlgeschlagen",
        // sasl-xoauth2 (the token endpoint answered with an error) and email-oauth2-proxy.
        "tokenstore::refresh: request failed",
        "exception while refreshing access token",
        // Roundcube, Nextcloud Mail, FreeScout (EN/DE).
        "refresh token request failed",
        "could not refresh microsoft oauth token",
        "error occurred refreshing oauth access token",
        "unable to refresh the access token",
        "aktualisieren des tokens fehlgeschlagen",
        "token konnte nicht aktualisiert werden",
        // Applications asking for a new sign-in because the grant ended (FairEmail EN/DE,
        // EmailEngine, service desks): the refresh token no longer works.
        "needs to be authenticated again",
        // FairEmail's same prompt in its translations (fr, es, it, pl, ru, ja, zh, ko).
        "doit être de nouveau authentifié",
        "necesita ser autenticada de nuevo",
        "necessita di essere nuovamente autenticato",
        "musi zostać ponownie uwierzytelnione",
        "должна быть повторно аутентифицирована",
        "もう一度認証してください",
        "此账户需要再次验证",
        "이 계정은 다시 인증해야",
        // Thunderbird's re-authorisation prompt (oauth.ftl, oauth-reauthorize-description).
        "needs you to confirm access again",
        "muss erneut authentifiziert werden",
        "failed to renew the outlook access token",
        "sign in again to reauthorize",
        "grant to be revoked",
        "oauth session expired",
        // Evolution (EN/DE), GNOME Online Accounts.
        "token konnte nicht erneuert werden",
        // DavMail's O365Token (its stored refresh token unreadable or refused).
        "refresh token failed",
        "refreshing token failed",
        "refreshing the token failed",
        "die erneuerung ist fehlgeschlagen",
        "failed to refresh the access token",
        "are no longer valid. you need to authenticate",
        // KDE's EWS resource: the credentials no longer valid (its translations).
        "ne sont plus valables. vous devez vous authentifier|non sono più valide. devi autenticarti|przestały być poprawne. musisz się uwierzytelnić|är inte längre giltig. du måste|ya no son válidas. debe autenticarse|já não são válidas|niet langer geldig. u moet",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.6, REFRESH_FAILED_WHY)],
    "RuntimeError: Refresh token operation failed: invalid_grant",
),
row(
    TextId::ClientWrongPlace,
    words![],
    // Microsoft's page when a sign-in returns to a redirect URI it no longer serves: the
    // native-client URI .../oauth2/nativeclient now leads to /wrongplace (DavMail's maintainer,
    // mguessan/davmail#499, 2026).
    any(words!["this is not the right page", "/wrongplace"]),
    Kind::ClientError,
    Code::None,
    &[to(C::RedirectUriMismatch, 0.6, t!(
        "the sign-in ended on Microsoft's page for a wrong return address ('This is not the right page', /wrongplace): the app's redirect URI (often the old …/oauth2/nativeclient) is not one the sign-in may return to; register a redirect URI for the app and set the client to it",
        "die Anmeldung endete auf Microsofts Seite für eine falsche Rücksprungadresse („This is not the right page“, /wrongplace): der Umleitungs-URI der App (oft das alte …/oauth2/nativeclient) ist keiner, zu dem die Anmeldung zurückkehren darf; einen Umleitungs-URI für die App registrieren und den Client darauf einstellen"
    ))],
    "https://login.microsoftonline.com/common/wrongplace This is not the right page",
),
row(
    TextId::ClientRefreshRefused,
    words![],
    // PHPMailer's OAuth (league/oauth2-client) renews with its refresh token: the token
    // endpoint's invalid_grant is the refresh token refused.
    all(words!["identityproviderexception", "invalid_grant"]),
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.6, REFRESH_FAILED_WHY)],
    "League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_grant",
),
row(
    TextId::ClientScopeArgument,
    words![],
    any(words![
        "input scopes should be a list",
        "cannot use any scope value that is reserved",
        "needs the default scope for a resource",
        // MSAL.NET: ScopesRequired.
        "at least one scope needs to be requested",
        // An app that needs the id_token (the user's address) did not ask for openid.
        "doesn't contain an id_token",
        "does not contain an id_token",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.85, t!(
        "the client library refuses the scopes as configured, before asking Entra: an app-only flow takes exactly one <resource>/.default (https://outlook.office365.com/.default), and the library adds openid, profile and offline_access itself",
        "die Client-Bibliothek lehnt die konfigurierten Bereiche ab, bevor sie Entra fragt: ein App-only-Ablauf nimmt genau ein <Ressource>/.default (https://outlook.office365.com/.default), und openid, profile und offline_access fügt die Bibliothek selbst hinzu"
    ))],
    "ValueError: You cannot use any scope value that is reserved.",
),
row(
    TextId::ClientAuthorityAddress,
    words![],
    any(words![
        "should consist of an https url with a minimum of one segment",
        "authority_not_in_valid_list",
        // MSAL.NET: AuthorityUriInvalidPath, AuthorityDoesNotHaveTwoSegments,
        // AzureAdMyOrgRequiresSpecifyingATenant.
        "should have at least one segment in the path",
        "authority should be in the form <host>/<audience>",
        "you must also specify a tenant domain or tenant guid",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.8, t!(
        "the client library refuses its authority (login URL): it lacks the tenant; use https://login.microsoftonline.com/<tenant id or domain>",
        "die Client-Bibliothek lehnt ihre Autorität (Anmelde-URL) ab: der Mandant fehlt; https://login.microsoftonline.com/<Mandanten-ID oder Domäne> verwenden"
    ))],
    "ValueError: Your given address (https://login.microsoftonline.com) should consist of an https url with a minimum of one segment in a path",
),
row(
    TextId::ClientImapAuthCancelled,
    words![],
    any(words!["imap authentication cancelled", "authentication cancelled (errflg"]),
    Kind::ClientError,
    Code::None,
    &[
        to(C::BasicAuthDeprecated, 0.55, t!(
            "PHP's imap extension gave up signing in: it has no XOAUTH2, so it offers a password, which Exchange Online refuses; use a library with XOAUTH2 (for example Webklex php-imap)",
            "PHPs imap-Erweiterung hat die Anmeldung aufgegeben: sie kennt kein XOAUTH2 und bietet daher ein Kennwort an, das Exchange Online ablehnt; eine Bibliothek mit XOAUTH2 verwenden (etwa Webklex php-imap)"
        )),
        to(C::MalformedXoauth2, 0.25, t!(
            "or the XOAUTH2 string it was given was refused",
            "oder die übergebene XOAUTH2-Zeichenkette wurde abgelehnt"
        )),
    ],
    "PHP Notice:  Unknown: IMAP Authentication cancelled (errflg=2) in Unknown on line 0",
),
row(
    TextId::ClientSmtpAuthLoop,
    words![],
    // Angus Mail: the server asked for more after the XOAUTH2 string.
    any(words!["auth mechanism infinite loop", "oauth2 asked for more"]),
    Kind::ClientError,
    Code::None,
    &[to(C::MalformedXoauth2, 0.55, t!(
        "the server answered the XOAUTH2 string with another challenge instead of accepting it: most often the string is not the base64 of user=<mailbox>^Aauth=Bearer <token>^A^A (encoded twice, or the token missing)",
        "der Server hat die XOAUTH2-Zeichenkette mit einer weiteren Aufforderung beantwortet statt sie anzunehmen: meist ist sie nicht das Base64 von user=<Postfach>^Aauth=Bearer <Token>^A^A (doppelt kodiert oder ohne Token)"
    ))],
    "smtplib.SMTPException: Server AUTH mechanism infinite loop. Last response: (334, b'')",
),
row(
    TextId::ClientCheckPassword,
    words![],
    Matcher {
        any: words![
            "check your username and password",
            "check your user name and password",
            "überprüfen sie benutzername und kennwort",
            "benutzername oder ihr kennwort falsch",
            "benutzername oder kennwort falsch",
            // Clients' other words for a refused password (Nextcloud Mail, Gmail-style replies).
            "wrong username or password",
            "incorrect username or password",
            "username and password not accepted",
            "password is incorrect",
            "password is wrong",
            "benutzername oder passwort",
            "passwort ist falsch",
            "kennwort ist falsch",
            "falsches passwort",
            "falsches kennwort",
            // Windows and .NET in German.
            "ungültiger benutzername oder ungültiges kennwort",
            // Thunderbird's account setup (auth_failed_generic, account-hub-credentials-wrong).
            "are username/email address and password correct",
            "sind benutzername, e-mail-adresse und passwort korrekt",
            "überprüfen sie benutzername und passwort",
            // The same in the clients' other languages (FairEmail, Nextcloud Mail, KDE).
            "vérifiez votre nom d",
            "verifique su nombre de usuario",
            "controlla il tuo nome utente",
            "controleer uw gebruikersnaam",
            "gebruikersnaam of wachtwoord is",
            "weigerde de ingegeven gebruikersnaam",
            "verifique seu nome de usuário",
            "senha imap está errad",
            "sprawdź swoją nazwę użytkownika",
        ],
        all: words![],
        none: words!["oauth", "token"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.45, t!(
        "the client asks to check the user name and password: most common reason when it still signs in with a password (basic authentication), which Exchange Online no longer accepts; nothing in the message shows OAuth",
        "der Client bittet, Benutzername und Kennwort zu prüfen: häufigster Grund, wenn er sich noch mit Kennwort anmeldet (Standardauthentifizierung), was Exchange Online nicht mehr annimmt; nichts in der Meldung zeigt OAuth"
    ))],
    "Die Authentifizierung ist fehlgeschlagen (EWS). Überprüfen Sie Benutzername und Kennwort.",
),
row(
    TextId::ClientPsRunspaceClosed,
    words![],
    any(words!["runspace isn't in the opened state", "runspace is not in the opened state"]),
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.6, t!(
        "the Exchange Online PowerShell session was closed (its token expired after a long idle time, or the connection dropped): run Connect-ExchangeOnline again",
        "die Exchange-Online-PowerShell-Sitzung wurde geschlossen (ihr Token lief nach langer Untätigkeit ab, oder die Verbindung brach ab): Connect-ExchangeOnline erneut ausführen"
    ))],
    "Cannot invoke the pipeline because the runspace isn't in the Opened state. Current state of the runspace is 'Closed'.",
),
row(
    TextId::ClientAuthenticationFailed,
    words![],
    Matcher {
        // The OAuth error code quoted without Entra's message (which names the cause itself).
        any: words!["client authentication failed (e.g., unknown client", "error: invalid_client"],
        all: words![],
        none: words!["aadsts"],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::InvalidClientSecret, 0.45, t!(
            "the token endpoint refused the app's own credential (OAuth 2.0 invalid_client): the client secret or certificate may be wrong",
            "der Token-Endpunkt hat die Anmeldeinformation der App abgelehnt (OAuth 2.0 invalid_client): das Geheimnis oder Zertifikat ist eventuell falsch"
        )),
        to(C::ExpiredClientSecret, 0.4, SECRET_EXPIRED_TOO),
        to(C::AppNotFoundInTenant, 0.3, t!(
            "or the client id is unknown to the tenant",
            "oder die Client-ID ist dem Mandanten unbekannt"
        )),
    ],
    r#"NodeApiError: Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method)."#,
),
];

/// System.Net.Mail's message for a 530 reply to MAIL FROM (EN, DE).
const SYSTEM_NET_MAIL_530: Words = words![
    "smtp server requires a secure connection or the client was not authenticated",
    "smtp-server erfordert eine sichere verbindung, oder der client war nicht authentifiziert",
    "smtp-server ist eine sichere verbindung erforderlich, oder der client wurde nicht authentifiziert",
];

/// Texts of a TLS version mismatch (Java, OpenSSL, SChannel), read in client errors and in
/// network errors.
pub const TLS_VERSION: Matcher = any(words![
    "no appropriate protocol",
    "unsupported_protocol",
    "unsupported protocol",
    "tlsv1_alert_protocol_version",
    "do not possess a common algorithm",
    "nicht über einen gemeinsamen algorithmus verfügen",
    "keinen gemeinsamen algorithmus",
    // SChannel's SEC_E_ILLEGAL_MESSAGE (EN, DE): the server's handshake message was not one the
    // client's TLS versions and ciphers allow.
    "message received was unexpected or badly formatted",
    "format der empfangenen nachricht war unerwartet oder fehlerhaft",
    // .NET's WebExceptionStatus for a TLS handshake that failed (.NET Framework 4.x offering
    // only TLS 1.0 by default).
    "securechannelfailure",
    // WinHTTP's ERROR_WINHTTP_SECURE_CHANNEL_ERROR (EN, DE).
    "error occurred in the secure channel support",
    "im support des sicheren channels ist ein fehler aufgetreten",
    // .NET (SslStream) when the TLS handshake is refused, most often an old TLS version.
    "remote party has closed the transport stream",
    "gegenseite den transportstream geschlossen",
    "tls version or certificate used by server",
    "tls-version oder das zertifikat",
    // .NET 5+ when the server's TLS alert says the version is refused; the alert in other
    // words.
    "sent a tls alert: 'protocolversion'",
    "tls alert: protocol version",
    "tls alert: protocolversion",
    "alert protocol version",
    // Applications checking the TLS version Office 365 needs (Post SMTP).
    "require tls v1.2",
    "requires tls v1.2",
    "requires use of the tls-1.2 protocol",
    // IdentityModel could not fetch the sign-in metadata (TLS or the way out): Microsoft's
    // support article on apps failing after TLS 1.0/1.1 were retired names these three.
    "idx20804",
    "idx20803",
    "idx10803",
    "unable to obtain configuration from",
]);

/// Texts of a client that may hold more connections than the server allows (Thunderbird's
/// imapServerDroppedConnection, EN and DE), read in client and network errors.
pub const CONNECTION_LIMIT: Matcher = any(words![
    "exceeded the maximum number of connections",
    "maximale anzahl von verbindungen",
    // Microsoft Graph SDKs' retry handler giving up on 429/503 answers; applications' own words.
    "toomanyretries",
    "temporarily limiting requests",
]);

/// Texts of a failed TLS handshake that say nothing of its reason, read in client and network
/// errors after [`TLS_MODE`] and [`TLS_VERSION`].
pub const TLS_HANDSHAKE: Matcher = Matcher {
    // A handshake that went through is no failure.
    none: words![
        "completed",
        "complete.",
        // Email OAuth 2.0 Proxy's "[ TLS handshake complete ]".
        "handshake complete",
        "succeeded",
        // (With its blank: "negotiation was unsuccessful" is a failure.)
        " successful",
        "abgeschlossen",
        "erfolgreich"
    ],
    ..any(words![
        "tls handshake",
        "ssl handshake",
        "tls-handshake",
        "ssl-handshake",
        "handshake failed",
        "handshake failure",
        "terminated the handshake",
        // KMail's POP3 and SMTP ("claims to support TLS, but negotiation was unsuccessful"), EN
        // and DE.
        "support tls, but negotiation was unsuccessful",
        "support tls but negotiation was unsuccessful",
        "unterstützung für tls, aber eine entsprechende verbindungsaufnahme",
    ])
};

/// Texts of a TLS mode mismatch: the client spoke TLS to a plain-text (STARTTLS) port or plain
/// text to an implicit-TLS port (OpenSSL, Go, Python, Java), read in client and network errors.
pub const TLS_MODE: Matcher = Matcher {
    none: words!["certificate verify failed"],
    ..any(words![
        "wrong version number",
        // OpenSSL's reason code, as Python prints it alone ("[SSL: WRONG_VERSION_NUMBER]").
        "[ssl: wrong_version_number]",
        "get_server_hello:unknown protocol",
        "first record does not look like a tls handshake",
        "unrecognized ssl message, plaintext connection",
        // Java 8 and later: the same as a TLS record the other side did not send.
        "unsupported or unrecognized ssl message",
        // mbedTLS (ESP32's WiFiClientSecure, -29184 = MBEDTLS_ERR_SSL_INVALID_RECORD): the reply to
        // its ClientHello is no TLS record, a plain-text greeting.
        "an invalid ssl record was received",
        "packet length too long",
        "does not support starttls",
        "unable to connect with starttls",
        "failed to enable tls",
        "starttls extension not supported",
        "stls not supported",
        // mpop (EN/DE): no STLS in the POP3 server's capabilities.
        "tls via the stls command",
        "über den stls-befehl kein tls",
        // msmtp: no STARTTLS in the SMTP server's capabilities.
        "tls via the starttls command",
        // msmtp's and mpop's ("… TLS via the STLS command") in their language files, by language.
        concat!(
            "tls via la commande st|",                            // fr
            "tls a través de la orden stls|",                     // es
            "tls através do comando st|",                         // pt
            "tls на основе команды st|",                          // ru
            "通过 starttls 命令启用 tls|",                        // zh
            "tls via stls-kommandot|tls via kommandot starttls|", // sv
            "tls prin intermediul comenzii st|",                  // ro
            "tls на основі команди st|",                          // uk
            "tls-on per la komando st|",                          // eo
            "путем \"stls\" наредбе|путем \"starttls\" наредбе",  // sr
        ),
        "error upgrading connection with starttls",
        "tls-verbindung zum",
        "unable to establish tls connection to",
        // Thunderbird (startTlsFailed, EN and DE), MailKit, email-oauth2-proxy.
        "using starttls since it doesn't advertise",
        "nicht mit starttls aufgebaut werden",
        "does not support the starttls extension",
        "handshake with a non-ssl socket",
        // .NET's SslStream reading a plain-text greeting (SSL/TLS chosen for port 587 or 25).
        "handshake failed due to an unexpected packet format",
        "handshake ist aufgrund eines unerwarteten paketformats",
        // Mailspring (EN/DE): the server offered no STARTTLS.
        "starttls is not available",
        "starttls ist nicht verfügbar",
        // MailKit (POP3), Angus Mail (POP3).
        "does not support the stls extension",
        "stls required but not supported",
        "`server_starttls` settings correct",
        // MailKit's SslHandshakeException when the client started TLS on connect (SslOnConnect): the
        // certificate of Exchange Online is trusted, so the port is the likely reason.
        "port which does not support ssl/tls",
        // MailKit's newer SslHandshakeException ("port 587 is typically reserved for plain-text
        // connections … use SecureSocketOptions.StartTls").
        "typically reserved for plain-text connections",
        // Go's net/smtp PlainAuth refusing to send a password before STARTTLS.
        "unencrypted connection",
        // Netty (vert.x, Quarkus): TLS spoken to a plain-text port (the hex is the greeting).
        "not an ssl/tls record",
        // curl's CURLE_USE_SSL_FAILED: --ssl-reqd and the server offered no STARTTLS.
        "requested ssl level failed",
        // paperless-ngx, SnappyMail, Odoo, Thunderbird (EN/DE): the app's own words for it.
        "check ssl/tls configuration on server port",
        "incorrect connection security",
        "ssl ist für den server",
        "ssl is required for the server",
        "check configuration served on this port",
        // Evolution (EN/DE): a password offered before TLS.
        "plaintext authentication disallowed on insecure connections",
        "unverschlüsselte authentifizierung ist auf unsicheren verbindungen nicht erlaubt",
    ])
};

/// Messages saying the access token expired (client, API and server texts); every matching row
/// adds its causes.
pub const TOKEN_EXPIRED: &[KnownText] = &[row(
    TextId::TokenExpiredMessage,
    words![],
    Matcher {
        any: words![
            "token expired",
            "token is expired",
            "token has expired",
            "token ist abgelaufen",
            "token abgelaufen",
            "idx10223",
            "expired_token",
            "lifetime validation failed",
            "accesstokenexpired",
            // oauthlib / requests-oauthlib (python-o365 and others).
            "tokenexpirederror",
        ],
        all: words![],
        none: words![
            "secret",
            "refresh token",
            // A check that came out negative, a normal refresh, a file's name.
            "expired: false|expired=false|expired = false|expired=0|expired: 0",
            ", refreshing|refreshing.|requesting a new|about to expire|wird erneuert|expired_cache",
        ],
    },
    Kind::ApiError,
    Code::None,
    &[to(
        C::TokenExpiredOrCached,
        0.75,
        t!(
            "the message says the access token has expired",
            "die Meldung besagt, dass das Zugriffstoken abgelaufen ist"
        ),
    )],
    r#"{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}"#,
)];

/// A row of [`API`].
const fn api(
    id: TextId,
    matcher: Matcher,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        matcher,
        Kind::ApiError,
        Code::None,
        causes,
        example,
    )
}

/// A row of [`API`] for a line found as a client error because it has no error code of its own:
/// an EWS `x-ms-diagnostics` header, an Outlook add-in's Office.js error.
const fn diag(
    id: TextId,
    matcher: Matcher,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        matcher,
        Kind::ClientError,
        Code::None,
        causes,
        example,
    )
}

/// Why an Outlook add-in's legacy Exchange token is refused.
const LEGACY_TOKENS_OFF: Text = t!(
    "Exchange Online no longer issues Outlook add-ins' legacy Exchange tokens (callback and user identity tokens, makeEwsRequestAsync): Microsoft turned them off for every tenant in 2025 and they cannot be turned on again; the add-in needs nested app authentication (MSAL) and Microsoft Graph",
    "Exchange Online stellt die alten Exchange-Token für Outlook-Add-ins (Rückruf- und Benutzeridentitätstoken, makeEwsRequestAsync) nicht mehr aus: Microsoft hat sie 2025 für alle Mandanten abgeschaltet, sie lassen sich nicht wieder einschalten; das Add-in braucht die Authentifizierung geschachtelter Apps (NAA, MSAL) und Microsoft Graph"
);

/// The other reading of an add-in's failed token call: an incident on Microsoft's side.
const ADDIN_TOKEN_INCIDENT: Pointer = to(
    C::ServiceSideIncident,
    0.35,
    t!(
        "or, where the call still works for some users or on Exchange on-premises, an incident on Microsoft's side: several such add-in token failures were fixed by Microsoft without a change by the admin",
        "oder, wo der Aufruf für manche Benutzer oder mit Exchange lokal noch gelingt, eine Störung auf Microsofts Seite: mehrere solche Token-Fehler von Add-ins hat Microsoft ohne Änderung durch den Administrator behoben"
    ),
);

/// The gate of the token validation rows of [`API`].
const TOKEN_INVALID: Words = words![
    "invalidauthenticationtoken",
    "access token validation failure",
];

const TOKEN_EXPIRED_WHY: Pointer = to(
    C::TokenExpiredOrCached,
    0.9,
    t!(
        "the API says the token has expired",
        "die API meldet, dass das Token abgelaufen ist"
    ),
);

const USER_NOT_FOUND_WHY: Pointer = to(
    C::MailboxUnlicensedOrMissing,
    0.55,
    t!(
        "the API does not find the user or mailbox addressed",
        "die API findet den angesprochenen Benutzer bzw. das Postfach nicht"
    ),
);

/// The wording of an access refusal of Graph or EWS (three rows: by the sign-in's kind).
const ACCESS_DENIED: Matcher = Matcher {
    any: words![
        "erroraccessdenied",
        // EWS's refusals of one operation on the mailbox (the caller lacks the right to it).
        "errorcreateitemaccessdenied",
        "errorsubscriptionaccessdenied",
        "errorsubscriptiondelegateaccessnotsupported",
        "errorcreatesubfolderaccessdenied",
        "errornofreebusyaccess",
        "access is denied. check credentials",
        "authorization_requestdenied",
        "insufficient privileges",
        // The same in German (Microsoft's localised portals and PowerShell modules).
        "unzureichende berechtigungen",
        // .NET's WebException for a 403, in a script against Graph or EWS.
        "the remote server returned an error: (403) forbidden",
        "fehler zurückgegeben: (403) unzulässig",
        // An HTTP 403 as clients and posts word it ("403 Forbidden", .NET's HttpClient
        // "403 (Forbidden)", "returned 403", "status code 403", "403 error").
        "403 forbidden",
        "403 (forbidden)",
        "returned 403",
        "status code 403",
        "403 error",
        "error 403",
        "http 403",
        // php-ews ("SOAP client returned status of 403"); Exchange's own header naming its
        // backend's status in a dumped response (`X-BackEndHttpStatus: 403`).
        "status of 403",
        "backendhttpstatus: 403",
        // Python requests' HTTPError for a 403 of Graph or EWS.
        "forbidden for url: https://graph.microsoft.com",
        "forbidden for url: https://outlook.office365.com",
        // Applications naming Graph's 403 in their own words.
        "forbidden access to microsoft graph",
        "forbidden access to graph",
        "graph forbidden",
        "graph api forbidden",
        "forbidden from microsoft graph",
        "forbidden from graph",
    ],
    all: words![],
    // A proxy's, web filter's or firewall's 403 is no refusal of Graph or EWS, nor is a mail
    // server's line.
    none: words![
        "does not support item scoped oauth",
        "proxy",
        "filter",
        "firewall",
        "smtp"
    ],
};

/// The error codes of EWS, Graph and Entra's REST APIs that the scanner recognises where they
/// stand without a tag (`"code":"…"` and `<ResponseCode>…` are read whatever code they hold):
/// an [`crate::evidence::ArtifactKind::ApiError`]'s `code`, matched as a whole identifier. What a
/// code means is in the rows of [`API`].
pub const API_ERROR_CODES: &[&str] = &[
    "MailboxNotEnabledForRESTAPI",
    "MailboxNotHostedInExchangeOnline",
    "MailboxNotSupportedForRESTAPI",
    "InvalidAuthenticationToken",
    "Authorization_RequestDenied",
    "ErrorAccessDenied",
    "ErrorCreateItemAccessDenied",
    "ErrorSubscriptionAccessDenied",
    "ErrorSubscriptionDelegateAccessNotSupported",
    "ErrorCreateSubfolderAccessDenied",
    "ErrorNoFreeBusyAccess",
    "ErrorProxyRequestProcessingFailed",
    "ErrorArchiveMailboxNotEnabled",
    "ErrorImpersonateUserDenied",
    "ErrorImpersonationFailed",
    "ErrorSendAsDenied",
    "ErrorNonExistentMailbox",
    "ErrorInvalidUser",
    "ErrorMailboxStoreUnavailable",
    "ErrorInvalidSmtpAddress",
    "ErrorItemNotFound",
    "ErrorSchemaValidation",
    "ErrorInternalServerError",
    "ErrorServerBusy",
    "ErrorExceededConnectionCount",
    "ErrorInvalidLicense",
    "ErrorNoApplicableProxyCASServersAvailable",
    "ErrorNoRespondingCASInDestinationSite",
    "ErrorNoDestinationCASDueToVersionMismatch",
    "ErrorMailboxMoveInProgress",
    "ErrorConnectionFailed",
    "ErrorInvalidRequest",
    "ErrorADOperation",
    "ErrorExceededFindCountLimit",
    "ErrorMissingEmailAddress",
];

/// EWS and Microsoft Graph errors (in API errors, client errors and replies). The first matching
/// row counts; of the two impersonation rows, the one for the token's kind.
pub const API: &[KnownText] = &[
    api(
        // Graph's calls that need the user's license (Teams chats, some mail resources).
        TextId::ApiNoLicenseInformation,
        any(words!["failed to get license information for the user", "ensure user has a valid office365 license"]),
        &[to(C::MailboxUnlicensedOrMissing, 0.8, t!(
            "Graph found no license for the user: assign a license that includes Exchange Online (and Teams for chats)",
            "Graph fand keine Lizenz für den Benutzer: eine Lizenz mit Exchange Online (und Teams für Chats) zuweisen"
        ))],
        r#"{"error":{"code":"Forbidden","message":"Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them."}}"#,
    ),
    api(
        TextId::ApiImpersonationHeader,
        Matcher {
            // Exchange's words for the header missing (the element's bare name is in every
            // impersonating request, and in code and prose about it).
            any: words![
                "must be present|must contain|must not exist|must not be present",
                "invalidexchangeimpersonationheader",
                "header is missing|header missing|header is required|header required|requires the exchangeimpersonation",
                "header fehlt|header muss|header ist erforderlich",
            ],
            all: words!["exchangeimpersonation"],
            none: words![],
        },
        &[to(C::EwsImpersonationHeaderMismatch, 0.95, t!(
            "EWS demands the ExchangeImpersonation SOAP header for this (app-only) token",
            "EWS verlangt für dieses (App-only-)Token den SOAP-Header ExchangeImpersonation"
        ))],
        "<m:ResponseCode>ErrorInvalidExchangeImpersonationHeaderData</m:ResponseCode><m:MessageText>ExchangeImpersonation SOAP header must be present for this type of OAuth token.</m:MessageText>",
    ),
    api(
        TextId::ApiAppAccessPolicy,
        any(words!["apponly accesspolicy", "[raop]"]),
        &[to(C::ApplicationAccessPolicyBlock, 0.95, t!(
            "the API says an application access policy of the tenant blocks this app for this mailbox (\"Blocked by tenant configured AppOnly AccessPolicy settings\")",
            "die API meldet, dass eine Anwendungszugriffsrichtlinie des Mandanten diese App für dieses Postfach sperrt („Blocked by tenant configured AppOnly AccessPolicy settings“)"
        ))],
        r#"{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings."}}"#,
    ),
    api(
        TextId::ApiMeAppOnly,
        any(words![
            "/me request is only valid with delegated",
            "/me requires a signed-in user",
            "current authenticated context is not valid for this request",
        ]),
        &[to(C::MeEndpointWithAppOnlyToken, 0.97, t!(
            "Graph says /me needs a delegated (signed-in user) token: an app-only token must call /users/<mailbox>",
            "Graph meldet, dass /me ein delegiertes Token (angemeldeter Benutzer) braucht: ein App-only-Token muss /users/<Postfach> aufrufen"
        ))],
        r#"{"error":{"code":"BadRequest","message":"/me request is only valid with delegated authentication flow.","innerError":{"date":"2025-03-20T12:00:00","request-id":"0b7c2d1e-4f3a-4b5c-9d8e-7f6a5b4c3d2e"}}}"#,
    ),
    api(
        TextId::ApiSubscriptionForbidden,
        any(words!["the request is not authorized for this user or application"]),
        &[
            to(C::MissingAppRole, 0.45, t!(
                "Exchange refused the subscription for this user or application: most often the app has no application permission for the resource (Mail.Read, Mail.ReadBasic.All)",
                "Exchange hat das Abonnement für diesen Benutzer bzw. diese Anwendung abgelehnt: meist fehlt der App die Anwendungsberechtigung für die Ressource (Mail.Read, Mail.ReadBasic.All)"
            )),
            to(C::ApplicationAccessPolicyBlock, 0.35, t!(
                "or an application access policy or RBAC for Applications scope leaves this mailbox out",
                "oder eine Application Access Policy bzw. ein Bereich von RBAC für Anwendungen lässt dieses Postfach aus"
            )),
            to(C::ConsentMissing, 0.3, t!(
                "or the permission was added without admin consent",
                "oder die Berechtigung wurde ohne Administratorzustimmung hinzugefügt"
            )),
        ],
        r#"{"error":{"code":"ExtensionError","message":"Operation: Create; Exception: [Status Code: Forbidden; Reason: The request is not authorized for this user or application.]"}}"#,
    ),
    api(
        TextId::ApiThrottled,
        any(words![
            "errorexceededconnectioncount",
            "exceeded the available concurrent connections",
            "applicationthrottled",
            "mailboxconcurrency",
            "errorexceededsubscriptioncount",
            "errortoomanyobjectsopened",
        ]),
        &[to(C::ExchangeThrottlingLimit, 0.9, t!(
            "the API throttles the app: too many concurrent connections or requests for this mailbox",
            "die API drosselt die App: zu viele gleichzeitige Verbindungen oder Anfragen für dieses Postfach"
        ))],
        "exchangelib.errors.ErrorExceededConnectionCount: You have exceeded the available concurrent connections for your account.  Try again once your other requests have completed.",
    ),
    api(
        TextId::ApiThrottleBudget,
        any(words![
            "throttling budget",
            "backoffmilliseconds",
            "suggested backoff time",
            "requested to backoff",
            "request is throttled",
            "throttling detected",
            "too many concurrent connections",
            "maxconcurrency",
        ]),
        &[to(C::ExchangeThrottlingLimit, 0.9, t!(
            "EWS throttles the app: it names its throttling budget or asks the client to back off; fewer parallel requests and honouring the back-off time fix it",
            "EWS drosselt die App: es nennt sein Drosselungsbudget oder verlangt eine Wartezeit; weniger parallele Anfragen und das Einhalten der Wartezeit beheben es"
        ))],
        r#"{"error":{"code":"ErrorServerBusy","message":"The server cannot service this request right now. Try again later. This operation exceeds the throttling budget for policy part 'ConcurrentSyncCalls', policy value '5',  Budget type: 'Ews'.  Suggested backoff time 5000 ms."}}"#,
    ),
    api(
        TextId::ApiErrorServerBusy,
        any(words![
            "errorserverbusy",
            "serverbusyexception",
            "the server cannot service this request right now",
        ]),
        &[
            to(C::ExchangeThrottlingLimit, 0.6, t!(
                "EWS answers ErrorServerBusy (\"the server cannot service this request right now\") when it throttles the app, most often for too many parallel requests",
                "EWS antwortet mit ErrorServerBusy (\"the server cannot service this request right now\"), wenn es die App drosselt, meist wegen zu vieler paralleler Anfragen"
            )),
            to(C::ServiceSideIncident, 0.35, t!(
                "ErrorServerBusy can also mean a busy or failing server on Microsoft's side",
                "ErrorServerBusy kann auch einen ausgelasteten oder gestörten Server auf Microsofts Seite bedeuten"
            )),
        ],
        r#"{"error":{"code":"ErrorServerBusy","message":"The server cannot service this request right now. Try again later."}}"#,
    ),
    api(
        TextId::ApiNoProxyServer,
        any(words![
            "errornoapplicableproxycasserversavailable",
            "cannot find a server to handle the request",
        ]),
        &[
            to(C::ServiceSideIncident, 0.5, t!(
                "EWS found no server to handle the request (ErrorNoApplicableProxyCASServersAvailable): most often a passing problem on Microsoft's side or a mailbox being moved; retry later",
                "EWS fand keinen Server für die Anfrage (ErrorNoApplicableProxyCASServersAvailable): meist ein vorübergehendes Problem auf Microsofts Seite oder ein Postfach im Umzug; später wiederholen"
            )),
            to(C::MailboxUnlicensedOrMissing, 0.3, t!(
                "or the mailbox addressed is not (or no longer) in Exchange Online",
                "oder das angesprochene Postfach ist nicht (mehr) in Exchange Online"
            )),
        ],
        "<m:ResponseCode>ErrorNoApplicableProxyCASServersAvailable</m:ResponseCode>",
    ),
    api(
        TextId::ApiCaeChallenge,
        any(words![
            "continuous access evaluation",
            "tokenissuedbeforerevocationtimestamp",
            "tokencreatedwithoutdatedpolicies",
        ]),
        &[
            to(C::TokenExpiredOrCached, 0.65, t!(
                "continuous access evaluation refused a token issued before the account's sessions were revoked (password reset, account change) or before a policy change: the client must get a new token, not reuse the cached one",
                "die fortlaufende Zugriffsauswertung (CAE) lehnte ein Token ab, das vor dem Widerruf der Sitzungen (Kennwortwechsel, Kontoänderung) oder vor einer Richtlinienänderung ausgestellt wurde: der Client muss ein neues Token holen statt des zwischengespeicherten"
            )),
            to(C::ConditionalAccessBlock, 0.3, t!(
                "or a Conditional Access policy (location, risk) now refuses the sign-in the token came from",
                "oder eine Richtlinie für bedingten Zugriff (Standort, Risiko) lehnt die Anmeldung, aus der das Token stammt, nun ab"
            )),
        ],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp"}}"#,
    ),
    // Read in a client's message: no API error code stands in it.
    row(
        TextId::ApiGraphNotFound,
        words![],
        Matcher {
            any: words!["(404) not found", "404 not found", "404 (not found)", "status code 404"],
            all: words!["graph|send email|sending email|send mail|sending mail|sendmail|sending the email|sending message|e-mail senden|senden der e-mail"],
            none: words![],
        },
        Kind::ClientError,
        Code::None,
        &[to(C::MailboxUnlicensedOrMissing, 0.45, t!(
            "Microsoft Graph answered 404 for the mailbox: most often the user has no Exchange Online mailbox (no licence, still on-premises in a hybrid setup, or another address); not shown in your paste which resource was not found",
            "Microsoft Graph antwortete 404 für das Postfach: meist hat der Benutzer kein Exchange-Online-Postfach (keine Lizenz, in einer Hybridumgebung noch lokal oder eine andere Adresse); welche Ressource fehlte, zeigt Ihr Einfügetext nicht"
        ))],
        "Unable to query Graph API: 'The remote server returned an error: (404) Not Found.'",
    ),
    // EWS's managed API words an HTTP error as "The request failed. The remote server returned
    // an error: (404) …".
    row(
        TextId::ApiEwsNotFound,
        words![],
        Matcher {
            any: words!["(404) not found", "404 not found", "404 (not found)", "status code 404"],
            all: words!["the request failed|ews|exchange web services|exchange.asmx"],
            none: words!["graph"],
        },
        Kind::ClientError,
        Code::None,
        &[
            to(C::WrongEndpointOrCloud, 0.45, t!(
                "Exchange Web Services answered 404: most often the EWS address the client is set to is wrong (Exchange Online's is https://outlook.office365.com/EWS/Exchange.asmx)",
                "Exchange Web Services antwortete 404: meist ist die EWS-Adresse im Client falsch (die von Exchange Online ist https://outlook.office365.com/EWS/Exchange.asmx)"
            )),
            to(C::MailboxUnlicensedOrMissing, 0.2, t!(
                "or the mailbox addressed does not exist in Exchange Online",
                "oder das angesprochene Postfach gibt es in Exchange Online nicht"
            )),
        ],
        "The request failed. The remote server returned an error: (404) Not Found",
    ),
    api(
        TextId::ApiRoutingHint,
        any(words!["errorincorrectroutinghint", "x-anchor mailbox"]),
        &[to(C::WrongUsernameInXoauth2, 0.7, t!(
            "the X-AnchorMailbox header names another mailbox than the request targets: the client's mailbox address and the one it works on must be the same",
            "der Header X-AnchorMailbox nennt ein anderes Postfach als das Ziel der Anfrage: die Postfachadresse des Clients und die bearbeitete müssen dieselbe sein"
        ))],
        r#"{"error":{"code":"ErrorIncorrectRoutingHint","message":"The x-anchor mailbox 'jason@contoso.com' does not match the target of the request."}}"#,
    ),
    api(
        TextId::ApiTooManyRequests,
        any(words![
            "toomanyrequests",
            "429 too many requests",
            "(429) too many requests",
            "too many requests, backing off",
            "returned an error 429",
            "returned an error: (429)",
        ]),
        &[to(C::ExchangeThrottlingLimit, 0.6, t!(
            "the API answered 429: the app sends too many requests for this mailbox or tenant; wait as Retry-After says",
            "die API antwortete 429: die App sendet zu viele Anfragen für dieses Postfach oder diesen Mandanten; so lange warten, wie Retry-After sagt"
        ))],
        r#"HTTP/1.1 429 Too Many Requests {"error":{"code":"TooManyRequests","message":"Too many requests, please retry later."}}"#,
    ),
    diag(
        TextId::EwsDiagNoPermissions,
        any(words![
            "2000008;",
            "error_category=\"invalid_grant\"",
            "token contains no permissions",
            "nopermissionsinaccesstoken",
            "should have valid permissions or linked account",
            "the application only has the following permissions granted",
        ]),
        &[
            to(C::MissingAppRole, 0.85, t!(
                "Exchange (x-ms-diagnostics 2000008, invalid_grant) says the token carries no permission it understands: full_access_as_app / EWS.AccessAsUser.All missing or not consented",
                "Exchange (x-ms-diagnostics 2000008, invalid_grant) meldet, dass das Token keine verständliche Berechtigung trägt: full_access_as_app / EWS.AccessAsUser.All fehlt oder ist nicht zugestimmt"
            )),
            to(C::DelegatedPermissionInsteadOfApplication, 0.5, t!(
                "a common way to get there: the app registration has the permission as a delegated one, which a client-credentials token never carries",
                "ein häufiger Weg dorthin: die App-Registrierung hat die Berechtigung als delegierte, die ein Token aus Clientanmeldeinformationen nie trägt"
            )),
        ],
        r#"x-ms-diagnostics: 2000008;reason="The token contains no permissions, or permissions can not be understood.";error_category="invalid_grant""#,
    ),
    diag(
        TextId::EwsDiagAuthStrength,
        any(words![
            "2000010;",
            "insufficient_auth_strength",
            "authentication method that is too weak",
        ]),
        &[to(C::CertificateCredentialError, 0.7, t!(
            "Exchange (x-ms-diagnostics 2000010, insufficient_auth_strength) refuses a token obtained with a client secret: this access needs a token from a certificate credential",
            "Exchange (x-ms-diagnostics 2000010, insufficient_auth_strength) lehnt ein mit einem geheimen Clientschlüssel bezogenes Token ab: dieser Zugriff braucht ein Token aus einem Zertifikat"
        ))],
        r#"x-ms-diagnostics: 2000010;reason="The access token is acquired using an authentication method that is too weak to allow access for this application. Presented auth strength was 1, required is 2.";error_category="insufficient_auth_strength""#,
    ),
    diag(
        TextId::EwsDiagInvalidResource,
        any(words![
            "2000003;",
            "error_category=\"invalid_resource\"",
            "audience claim value is invalid",
        ]),
        &[to(C::WrongTokenAudience, 0.9, t!(
            "Exchange (x-ms-diagnostics 2000003, invalid_resource) says the token's audience is wrong: it was issued for another resource than https://outlook.office365.com",
            "Exchange (x-ms-diagnostics 2000003, invalid_resource) meldet eine falsche Zielgruppe des Tokens: es wurde für eine andere Ressource als https://outlook.office365.com ausgestellt"
        ))],
        r#"x-ms-diagnostics: 2000003;reason="The audience claim value is invalid 'aud'.";error_category="invalid_resource""#,
    ),
    diag(
        TextId::EwsDiagInvalidTenant,
        any(words!["2000004;", "error_category=\"invalid_tenant\""]),
        &[
            to(C::TenantNotFound, 0.5, t!(
                "Exchange (x-ms-diagnostics 2000004, invalid_tenant) does not know the token's tenant",
                "Exchange (x-ms-diagnostics 2000004, invalid_tenant) kennt den Mandanten des Tokens nicht"
            )),
            to(C::WrongEndpointOrCloud, 0.35, t!(
                "most common reason when the token was requested from another tenant (or cloud) than the mailbox's",
                "häufigster Grund, wenn das Token bei einem anderen Mandanten (oder einer anderen Cloud) als dem des Postfachs angefordert wurde"
            )),
        ],
        r#"x-ms-diagnostics: 2000004;reason="The tenant for tenant guid 'contoso.com' does not exist.";error_category="invalid_tenant""#,
    ),
    diag(
        TextId::EwsDiagInvalidUser,
        any(words![
            "2000005;",
            "error_category=\"invalid_user\"",
            // Its reason quoted without the header.
            "user specified by the user-context in the token",
        ]),
        &[to(C::MailboxUnlicensedOrMissing, 0.55, t!(
            "Exchange (x-ms-diagnostics 2000005, invalid_user) cannot resolve the token's user to one mailbox: it does not exist there or is ambiguous",
            "Exchange (x-ms-diagnostics 2000005, invalid_user) kann den Benutzer des Tokens keinem Postfach zuordnen: er existiert dort nicht oder ist mehrdeutig"
        ))],
        r#"x-ms-diagnostics: 2000005;reason="The user specified by the user-context in the token does not exist.";error_category="invalid_user""#,
    ),
    diag(
        TextId::EwsDiagInvalidToken,
        any(words![
            "2000001;",
            "error_category=\"invalid_token\"",
            "token submitted with the request can",
        ]),
        &[
            to(C::WrongTokenAudience, 0.4, t!(
                "Exchange (x-ms-diagnostics 2000001, invalid_token) could not read or validate the token: most common reason when it is no Exchange access token at all (an ID token, a personal-account token or one for another API); the token is not shown in your paste",
                "Exchange (x-ms-diagnostics 2000001, invalid_token) konnte das Token nicht lesen oder prüfen: häufigster Grund, wenn es gar kein Zugriffstoken für Exchange ist (ein ID-Token, ein Token eines persönlichen Kontos oder eines für eine andere API); das Token ist in Ihrem Einfügetext nicht zu sehen"
            )),
            to(C::TokenExpiredOrCached, 0.35, t!(
                "an expired token is refused with the same code",
                "ein abgelaufenes Token wird mit demselben Code abgelehnt"
            )),
        ],
        r#"x-ms-diagnostics: 2000001;reason="The token is invalid.";error_category="invalid_token""#,
    )
    .asking(1, Q::TokenAvailable),
    // OAuth's bearer-token error (RFC 6750 §3.1: "expired, revoked, malformed, or invalid for
    // other reasons") as an API's 401 names it, in WWW-Authenticate or its body, without
    // Exchange's diagnostics code (Outlook REST, Graph's and other resources' gateways).
    row(
        TextId::ApiBearerInvalidToken,
        words![],
        // The word as a value, not inside a longer name (`reject_invalid_tokens`).
        any(words![
            "\"invalid_token\"",
            "'invalid_token'",
            "(invalid_token)",
            "=invalid_token",
            ": invalid_token",
        ]),
        Kind::ClientError,
        Code::None,
        &[
            to(C::TokenExpiredOrCached, 0.45, t!(
                "the API refused the bearer token as invalid (OAuth's invalid_token: expired, revoked, malformed or not meant for it); most common reason when it happens now and then or about an hour after sign-in: an expired token used instead of a renewed one",
                "die API lehnte das Bearer-Token als ungültig ab (OAuths invalid_token: abgelaufen, widerrufen, fehlerhaft oder nicht für sie bestimmt); häufigster Grund, wenn es nur ab und zu oder etwa eine Stunde nach der Anmeldung geschieht: ein abgelaufenes Token statt eines erneuerten"
            )),
            to(C::WrongTokenAudience, 0.35, t!(
                "when every call is refused: most often a token for another API (or an ID token) sent to this one",
                "wenn jeder Aufruf abgelehnt wird: meist ein Token für eine andere API (oder ein ID-Token), das an diese gesendet wird"
            )),
        ],
        r#"WWW-Authenticate: Bearer error="invalid_token", error_description="The access token is invalid""#,
    )
    .asking(1, Q::TokenAvailable),
    row(
        TextId::EwsForbidden,
        words![],
        all(words!["the request failed", "(403) forbidden"]),
        Kind::ClientError,
        Code::None,
        &[
            to(C::ApplicationAccessPolicyBlock, 0.45, t!(
                "EWS refused (403) a request it had authenticated: most common reason when an application access policy or RBAC scope excludes the mailbox; not shown in your paste",
                "EWS hat eine authentifizierte Anfrage abgelehnt (403): häufigster Grund, wenn eine Anwendungszugriffsrichtlinie oder ein RBAC-Bereich das Postfach ausschließt; in Ihrem Einfügetext nicht zu sehen"
            )),
            to(C::ProtocolDisabledOnMailbox, 0.35, t!(
                "or EWS is switched off for the mailbox or organisation (EwsEnabled, EwsApplicationAccessPolicy); from 1 October 2026 Exchange Online turns EWS off tenant by tenant unless the organisation sets EwsEnabled and lists the app in EwsAllowedAppIDs",
                "oder EWS ist für das Postfach bzw. die Organisation abgeschaltet (EwsEnabled, EwsApplicationAccessPolicy); ab dem 1. Oktober 2026 schaltet Exchange Online EWS Mandant für Mandant ab, es sei denn, die Organisation setzt EwsEnabled und führt die App in EwsAllowedAppIDs"
            )),
            to(C::MailboxPermissionMissing, 0.3, t!(
                "or the identity has no right on the mailbox it opens",
                "oder die Identität hat kein Recht auf das geöffnete Postfach"
            )),
        ],
        "Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (403) Forbidden.",
    )
    .asking(3, Q::Mailbox),
    api(
        TextId::ApiItemNotFound,
        any(words![
            "erroritemnotfound",
            "specified object was not found in the store",
        ]),
        &[
            to(C::MailboxPermissionMissing, 0.45, t!(
                "Exchange does not show the folder or item to this identity: most common reason when it has no right on that mailbox or folder (or the id belongs to another mailbox)",
                "Exchange zeigt den Ordner bzw. das Element dieser Identität nicht: häufigster Grund, wenn sie kein Recht auf dieses Postfach oder diesen Ordner hat (oder die ID zu einem anderen Postfach gehört)"
            )),
            to(C::MailboxUnlicensedOrMissing, 0.3, t!(
                "or the mailbox addressed is not the one expected",
                "oder das angesprochene Postfach ist nicht das erwartete"
            )),
            to(C::ResourceNotFound, 0.25, t!(
                "or the id names no folder or item (deleted or moved)",
                "oder die ID verweist auf keinen Ordner und kein Element (gelöscht oder verschoben)"
            )),
        ],
        r#"{"error":{"code":"ErrorItemNotFound","message":"The specified object was not found in the store., The process failed to get the correct properties."}}"#,
    )
    .asking(3, Q::Mailbox),
    api(
        TextId::ApiImpersonateDeniedAppOnly,
        any(words![
            "errorimpersonateuserdenied",
            "errorimpersonationdenied",
            "permission to impersonate",
            "impersonation permission",
        ]),
        &[
            to(C::MailboxPermissionMissing, 0.6, t!(
                "the app-only token may not impersonate this mailbox: an application access policy or RBAC scope excludes it",
                "das App-only-Token darf dieses Postfach nicht imitieren: eine Anwendungszugriffsrichtlinie oder ein RBAC-Bereich schließt es aus"
            )),
            to(C::MissingAppRole, 0.4, t!(
                "or the token lacks full_access_as_app",
                "oder dem Token fehlt full_access_as_app"
            )),
        ],
        // An unsigned test token: app-only, for Exchange Online, with full_access_as_app.
        concat!(
            "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzExMTExMTExLTIyMjItMzMzMy00NDQ0LTU1NTU1NTU1NTU1NS8iLCJpYXQiOjE3NDI0NzAwMDAsIm5iZiI6MTc0MjQ3MDAwMCwiZXhwIjoxNzQyNDczNjAwLCJhcHBpZCI6ImFhYWFhYWFhLWJiYmItY2NjYy1kZGRkLWVlZWVlZWVlZWVlZSIsImlkdHlwIjoiYXBwIiwib2lkIjoiOTk5OTk5OTktODg4OC03Nzc3LTY2NjYtNTU1NTU1NTU1NTU1Iiwicm9sZXMiOlsiZnVsbF9hY2Nlc3NfYXNfYXBwIl0sInRpZCI6IjExMTExMTExLTIyMjItMzMzMy00NDQ0LTU1NTU1NTU1NTU1NSIsInZlciI6IjEuMCJ9.c2ln\n",
            "<m:ResponseCode>ErrorImpersonateUserDenied</m:ResponseCode><m:MessageText>The account does not have permission to impersonate the requested user.</m:MessageText>"
        ),
    ),
    api(
        TextId::ApiImpersonateDeniedDelegated,
        any(words![
            "errorimpersonateuserdenied",
            "errorimpersonationdenied",
            "permission to impersonate",
            "impersonation permission",
        ]),
        &[
            to(C::EwsImpersonationHeaderMismatch, 0.7, t!(
                "impersonation was refused: with a user (delegated) token the ExchangeImpersonation header must not be sent",
                "die Imitierung wurde abgelehnt: mit einem Benutzertoken (delegiert) darf der Header ExchangeImpersonation nicht gesendet werden"
            )),
            to(C::MailboxPermissionMissing, 0.4, t!(
                "or the identity has no right on the mailbox it impersonates",
                "oder die Identität hat kein Recht auf das imitierte Postfach"
            )),
            to(C::ExchangeAdminRbacMissing, 0.3, t!(
                "or the service account was never given the ApplicationImpersonation role (New-ManagementRoleAssignment)",
                "oder dem Dienstkonto wurde die Rolle ApplicationImpersonation nie zugewiesen (New-ManagementRoleAssignment)"
            )),
        ],
        // An unsigned test token: delegated (a user's), for Exchange Online, with EWS.AccessAsUser.All.
        concat!(
            "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzExMTExMTExLTIyMjItMzMzMy00NDQ0LTU1NTU1NTU1NTU1NS8iLCJpYXQiOjE3NDI0NzAwMDAsIm5iZiI6MTc0MjQ3MDAwMCwiZXhwIjoxNzQyNDczNjAwLCJhcHBpZCI6ImFhYWFhYWFhLWJiYmItY2NjYy1kZGRkLWVlZWVlZWVlZWVlZSIsImlkdHlwIjoidXNlciIsIm9pZCI6Ijk5OTk5OTk5LTg4ODgtNzc3Ny02NjY2LTU1NTU1NTU1NTU1NSIsInNjcCI6IkVXUy5BY2Nlc3NBc1VzZXIuQWxsIiwidXBuIjoic3ZjLWFyY2hpdmVAY29udG9zby5jb20iLCJ0aWQiOiIxMTExMTExMS0yMjIyLTMzMzMtNDQ0NC01NTU1NTU1NTU1NTUiLCJ2ZXIiOiIxLjAifQ.c2ln\n",
            "<m:ResponseCode>ErrorImpersonateUserDenied</m:ResponseCode><m:MessageText>The account does not have permission to impersonate the requested user.</m:MessageText>"
        ),
    ),
    api(
        TextId::ApiImpersonateDenied,
        any(words![
            "errorimpersonateuserdenied",
            "errorimpersonationdenied",
            "permission to impersonate",
            "impersonation permission",
        ]),
        &[
            to(C::ExchangeAdminRbacMissing, 0.5, t!(
                "impersonation was refused: most often the account lacks the ApplicationImpersonation role (retired in Exchange Online in 2025: use an app-only token with full_access_as_app)",
                "die Imitierung wurde abgelehnt: meist fehlt dem Konto die Rolle ApplicationImpersonation (in Exchange Online 2025 abgeschafft: App-only-Token mit full_access_as_app verwenden)"
            )),
            to(C::MailboxPermissionMissing, 0.4, t!(
                "or an application access policy or RBAC scope excludes the mailbox",
                "oder eine Anwendungszugriffsrichtlinie bzw. ein RBAC-Bereich schließt das Postfach aus"
            )),
            to(C::EwsImpersonationHeaderMismatch, 0.3, t!(
                "or a user's token sent the ExchangeImpersonation header",
                "oder ein Benutzertoken sandte den Header ExchangeImpersonation"
            )),
            to(C::MissingAppRole, 0.25, t!(
                "or an app-only token lacks full_access_as_app",
                "oder einem App-only-Token fehlt full_access_as_app"
            )),
        ],
        "<m:ResponseCode>ErrorImpersonateUserDenied</m:ResponseCode><m:MessageText>The account does not have permission to impersonate the requested user.</m:MessageText>",
    ),
    api(
        TextId::ApiMissingEmailAddress,
        any(words![
            "errormissingemailaddress",
            "account that does not have a mailbox",
        ]),
        &[
            to(C::MailboxUnlicensedOrMissing, 0.6, t!(
                "the API says the calling account has no mailbox: the user signed in has no Exchange Online mailbox (or none enabled for the API)",
                "die API meldet, dass das aufrufende Konto kein Postfach hat: der angemeldete Benutzer hat kein (für die API freigegebenes) Exchange-Online-Postfach"
            )),
            to(C::MeEndpointWithAppOnlyToken, 0.35, t!(
                "or an app-only call names no mailbox: with a client-credentials token every request must name the user (/users/{address}), not /me or a bare folder",
                "oder ein App-only-Aufruf nennt kein Postfach: mit einem Token aus Clientanmeldeinformationen muss jede Anfrage den Benutzer nennen (/users/{Adresse}), nicht /me oder nur einen Ordner"
            )),
        ],
        r#"{"error":{"code":"ErrorMissingEmailAddress","message":"When making a request as an account that does not have a mailbox, you must specify the mailbox primary SMTP address for any distinguished folder Ids."}}"#,
    ),
    api(
        TextId::ApiMailboxNotUsable,
        any(words![
            "mailboxnotenabledforrestapi",
            // HubSpot's connector: `OFFICE_ERROR_REST_API_NOT_ENABLED_FOR_COMPONENT_…`.
            "rest_api_not_enabled",
            "rest api is not yet supported for this mailbox",
            "mailbox is not enabled for rest api",
            "inactive, soft-deleted, or is hosted on-premise",
            "errornonexistentmailbox",
            "errorinvaliduser",
            "the requested user",
            "has no mailbox associated with it",
            // The same, as EWS words it for a German client.
            "ist kein postfach zugeordnet",
            "resource could not be discovered",
            "errorinvalidlicense",
            // Outlook on the web's `X-OWA-Error` header.
            "invalidlicenseexception",
            "errorarchivemailboxnotenabled",
            "mailbox is either inactive",
            "mailboxnotsupportedforrestapi",
            "no email mailbox associated with this account",
            "mailboxnotfound",
            // The Outlook REST API's older wording (a mailbox not yet moved to its platform).
            "rest apis for this mailbox are currently in preview",
            "errormailboxconfiguration",
            // Graph: the mailbox is on-premises (hybrid) or on another server.
            "mailboxnothostedinexchangeonline",
            "hosted by an on-premise or non-exchange server",
            // Graph's subscription for a mailbox that is not there (`ExtensionError`).
            "status code: notfound; reason: not found",
            // Outlook on the web (EN/DE).
            "a mailbox couldn't be found for",
            "ein postfach konnte für",
        ]),
        &[to(C::MailboxUnlicensedOrMissing, 0.92, t!(
            "the server says there is no usable Exchange Online mailbox (missing, unlicensed, soft-deleted or on-premises)",
            "der Server meldet, dass es kein nutzbares Exchange-Online-Postfach gibt (fehlt, ohne Lizenz, vorläufig gelöscht oder lokal)"
        ))],
        r#"{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}"#,
    ),
    api(
        TextId::ApiTokenEmpty,
        any(words!["access token is empty"]),
        &[to(C::ClientSaslPluginError, 0.6, t!(
            "Graph got the request without a token (empty Authorization header): the client's token acquisition failed or was skipped",
            "Graph bekam die Anfrage ohne Token (leerer Authorization-Header): der Client hat kein Token geholt oder den Schritt übersprungen"
        ))],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}"#,
    ),
    api(
        TextId::ApiCompactToken,
        any(words!["compacttoken parsing failed", "compact token parsing failed"]),
        &[to(C::WrongTokenAudience, 0.55, t!(
            "Graph could not parse the token at all: it is no Graph access token (an ID token, a personal-account token, one for another API, or cut short)",
            "Graph konnte das Token gar nicht lesen: es ist kein Zugriffstoken für Graph (ein ID-Token, ein Token eines persönlichen Kontos, eines für eine andere API oder abgeschnitten)"
        ))],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"CompactToken parsing failed with error code: 80049217"}}"#,
    ),
    api(
        TextId::ApiTokenNotJwt,
        any(words![
            "idx14100",
            "jwt is not well formed",
            "idx12741",
            "idx14102",
        ]),
        &[
            to(C::WrongTokenAudience, 0.45, t!(
                "the API got a string that is not a JWT access token for it: an ID token, a refresh token or an authorization code, or a token with quotes or a second \"Bearer\" around it",
                "die API erhielt eine Zeichenkette, die kein JWT-Zugriffstoken für sie ist: ein ID-Token, ein Aktualisierungstoken oder ein Autorisierungscode, oder ein Token mit Anführungszeichen oder einem zweiten \"Bearer\" darum"
            )),
            to(C::PersonalAccountNotSupported, 0.3, t!(
                "or a personal Microsoft account's token, which is not a JWT",
                "oder das Token eines privaten Microsoft-Kontos, das kein JWT ist"
            )),
        ],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"IDX14100: JWT is not well formed, there are no dots (.)."}}"#,
    ),
    api(
        TextId::ApiTokenAudience,
        Matcher {
            any: TOKEN_INVALID,
            all: words!["audience"],
            none: words![],
        },
        &[to(C::WrongTokenAudience, 0.95, t!(
            "the API says the token's audience is invalid: the token was issued for another API",
            "die API meldet eine ungültige Zielgruppe (aud): das Token wurde für eine andere API ausgestellt"
        ))],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}"#,
    ),
    api(
        TextId::ApiTokenExpired,
        Matcher {
            any: TOKEN_INVALID,
            all: words!["expired"],
            none: words![],
        },
        &[TOKEN_EXPIRED_WHY],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}"#,
    ),
    api(
        TextId::ApiTokenLifetime,
        Matcher {
            any: TOKEN_INVALID,
            all: words!["lifetime validation"],
            none: words![],
        },
        &[TOKEN_EXPIRED_WHY],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"IDX10223: Lifetime validation failed."}}"#,
    ),
    api(
        TextId::ApiTokenInvalid,
        any(TOKEN_INVALID),
        &[
            to(C::WrongTokenAudience, 0.45, t!(
                "the API could not validate the token – most often it was issued for another API",
                "die API konnte das Token nicht validieren – meist wurde es für eine andere API ausgestellt"
            )),
            to(C::TokenExpiredOrCached, 0.35, t!(
                "an expired token fails validation too",
                "auch ein abgelaufenes Token besteht die Validierung nicht"
            )),
        ],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}}"#,
    )
    .asking(1, Q::TokenAvailable),
    api(
        TextId::ApiIdentityNotFound,
        any(words![
            "authorization_identitynotfound",
            "identity of the calling application could not be established",
        ]),
        &[to(C::AppNotFoundInTenant, 0.7, t!(
            "the API cannot find the calling app in this tenant: it has no service principal there (not consented)",
            "die API findet die aufrufende App in diesem Mandanten nicht: sie hat dort keinen Dienstprinzipal (keine Zustimmung)"
        ))],
        r#"{"error":{"code":"Authorization_IdentityNotFound","message":"The identity of the calling application could not be established."}}"#,
    ),
    api(
        TextId::ApiResourceNotFound,
        // The code, or its message quoted without it (a guest's #EXT# name, a mistyped address).
        any(words![
            "request_resourcenotfound",
            "does not exist or one of its queried reference-property objects are not present",
        ]),
        &[USER_NOT_FOUND_WHY],
        r#"{"error":{"code":"Request_ResourceNotFound","message":"Resource 'svc@contoso.com' does not exist or one of its queried reference-property objects are not present."}}"#,
    ),
    api(
        TextId::ApiUserNotFound,
        all(words!["resourcenotfound", "user"]),
        &[USER_NOT_FOUND_WHY],
        r#"{"error":{"code":"ResourceNotFound","message":"User not found"}}"#,
    ),
    // The header Exchange Online sends with EWS's HTTP 403 when its access controls block a
    // request (office-developer-exchange-docs, "Control access to EWS in Exchange": two values).
    diag(
        TextId::EwsPolicyDisabled,
        any(words!["ews is disabled for this user or tenant"]),
        &[to(C::ProtocolDisabledOnMailbox, 0.9, t!(
            "Exchange Online says EWS is disabled for this user or organisation (EwsEnabled; the organisation's setting wins over the mailbox's): EWS's retirement turns it off tenant by tenant from October 2026 unless the organisation enables it",
            "Exchange Online meldet, dass EWS für diesen Benutzer oder die Organisation deaktiviert ist (EwsEnabled; die Einstellung der Organisation geht der des Postfachs vor): die Abschaltung von EWS schaltet es ab Oktober 2026 Mandant für Mandant ab, es sei denn, die Organisation aktiviert es"
        ))],
        "X-EWS-Policy-Reason: EWS is disabled for this user or tenant",
    ),
    diag(
        TextId::EwsPolicyBlocked,
        any(words!["ews is blocked by policy for this user or tenant"]),
        &[to(C::ProtocolDisabledOnMailbox, 0.88, t!(
            "Exchange Online says an EWS access policy blocks this app: its client id is not in EwsAllowedAppIDs, or its user agent fails EwsAllowList/EwsBlockList (the header does not say which; both must pass)",
            "Exchange Online meldet, dass eine EWS-Zugriffsrichtlinie diese App sperrt: ihre Client-ID steht nicht in EwsAllowedAppIDs, oder ihr User-Agent besteht EwsAllowList/EwsBlockList nicht (der Header sagt nicht, welche; beide müssen passen)"
        ))],
        "X-EWS-Policy-Reason: EWS is blocked by policy for this user or tenant",
    ),
    diag(
        TextId::ApiUserAgentAllowList,
        any(words!["useragent allowlist", "user agent allow list", "shouldpermitaccess"]),
        &[to(C::ProtocolDisabledOnMailbox, 0.88, t!(
            "the organisation's EWS access policy (EwsApplicationAccessPolicy with an allow list of user agents) refuses this client; add its user agent to EwsAllowList or lift the policy",
            "die EWS-Zugriffsrichtlinie der Organisation (EwsApplicationAccessPolicy mit einer Zulassungsliste von User-Agents) lehnt diesen Client ab; seinen User-Agent in EwsAllowList aufnehmen oder die Richtlinie aufheben"
        ))],
        "Request was blocked due to a Tenant-Configured UserAgent AllowList being set for this Organization;ExceptionDetails=Access Denied Using ShouldPermitAccess. ExceptionMessage=Access to OData is disabled.;",
    ),
    api(
        TextId::ApiNoMailboxInPath,
        Matcher {
            any: words![
                "resource not found for the segment 'sendmail'",
                "/v1.0/sendmail|/beta/sendmail|/v1.0/messages|/beta/messages|/v1.0/mailfolders|/beta/mailfolders",
                "/v1.0/calendar|/beta/calendar|/v1.0/events|/beta/events|/v1.0/mailboxsettings|/beta/mailboxsettings"
            ],
            all: words![],
            none: words!["/users/", "/me/"],
        },
        &[to(C::MeEndpointWithAppOnlyToken, 0.75, t!(
            "Graph has no mailbox resource (sendMail, messages, mailFolders, calendar, events) at its root: the URL must name the mailbox, /users/<mailbox>/… with an app-only token (a library signed in as the app needs the mailbox given as its resource; /me/… only with a signed-in user)",
            "Graph hat keine Postfach-Ressource (sendMail, messages, mailFolders, calendar, events) an der Wurzel: die URL muss das Postfach nennen, /users/<Postfach>/… mit einem App-only-Token (eine als App angemeldete Bibliothek braucht das Postfach als Ressource; /me/… nur mit angemeldetem Benutzer)"
        ))],
        r#"{"error":{"code":"BadRequest","message":"Resource not found for the segment 'sendMail'."}}"#,
    ),
    api(
        TextId::ApiPasswordExpired,
        any(words!["errorpasswordexpired", "errorpasswordchangerequired"]),
        &[to(C::PasswordExpired, 0.9, t!(
            "EWS says the account's password has expired or must be changed: change it (outside EWS) before the account can sign in",
            "EWS meldet, dass das Kennwort des Kontos abgelaufen ist oder geändert werden muss: ändern Sie es (außerhalb von EWS), bevor sich das Konto anmelden kann"
        ))],
        "<m:ResponseCode>ErrorPasswordExpired</m:ResponseCode>",
    ),
    api(
        TextId::ApiNonPrimarySmtp,
        any(words!["errornonprimarysmtpaddress"]),
        &[
            to(C::WrongUsernameInXoauth2, 0.75, t!(
                "EWS was given a secondary (proxy) address of the mailbox: use its primary SMTP address, which the response names",
                "EWS erhielt eine sekundäre (Proxy-)Adresse des Postfachs: verwenden Sie seine primäre SMTP-Adresse, die die Antwort nennt"
            )),
            to(C::EwsImpersonationHeaderMismatch, 0.25, t!(
                "with impersonation, the ExchangeImpersonation header (or X-AnchorMailbox) must name that primary address",
                "bei Identitätswechsel muss der Header ExchangeImpersonation (bzw. X-AnchorMailbox) diese primäre Adresse nennen"
            )),
        ],
        "<m:ResponseCode>ErrorNonPrimarySmtpAddress</m:ResponseCode>",
    ),
    diag(
        TextId::ApiTenantRestriction,
        any(words!["sec-tenant-restriction", "xms_trpid", "restrict-access-to-tenants"]),
        &[to(C::NetworkEgressBlocked, 0.8, t!(
            "a tenant restriction refused the request: the network's proxy adds a tenant-restriction header that does not allow this tenant; the proxy's tenant restrictions must allow it (or the service must bypass that proxy)",
            "eine Mandanteneinschränkung hat die Anfrage abgelehnt: der Proxy des Netzwerks fügt einen Mandanteneinschränkungs-Header ein, der diesen Mandanten nicht zulässt; die Mandanteneinschränkungen des Proxys müssen ihn erlauben (oder der Dienst muss den Proxy umgehen)"
        ))],
        r#"x-ms-diagnostics: 2000020;reason="xms_trpid claim was not present but sec-tenant-restriction-access-policy header was in requires";error_category="insufficient_auth""#,
    ),
    api(
        TextId::ApiODataDisabled,
        all(words!["access to odata is disabled"]),
        &[
            to(C::ApplicationAccessPolicyBlock, 0.6, t!(
                "'Access to OData is disabled' is how an application access policy or RBAC scope shuts the app out of this mailbox",
                "„Access to OData is disabled“ ist die Antwort, wenn eine Anwendungszugriffsrichtlinie oder ein RBAC-Bereich die App von diesem Postfach ausschließt"
            )),
            to(C::ProtocolDisabledOnMailbox, 0.3, t!(
                "REST access can also be switched off for the mailbox or organisation",
                "REST-Zugriff kann auch für das Postfach oder die Organisation abgeschaltet sein"
            )),
        ],
        r#"{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}"#,
    )
    .asking(3, Q::Mailbox),
    // A mailbox's segment Graph did not find where the path puts it, the path not shown: most
    // often the path names no mailbox (a library signed in as the app, its resource not given).
    api(
        TextId::ApiMailboxSegmentNotFound,
        Matcher {
            // Only segments of a user's mailbox alone: messages, events and a calendar are also a
            // team's, a chat's or a group's, whose paths an error's own text does not show.
            any: words![
                "resource not found for the segment 'mailfolders'|resource not found for the segment 'calendars'|resource not found for the segment 'mailboxsettings'|resource not found for the segment 'contactfolders'",
            ],
            all: words![],
            none: words!["/users/", "/me/", "/groups/", "/teams/", "/chats/", "/channels/", "/sites/"],
        },
        &[to(C::MeEndpointWithAppOnlyToken, 0.5, t!(
            "Graph found no such mailbox resource where the path puts it: likely the path names no mailbox, as when a library signed in as the app calls mail folders or calendars without /users/<mailbox>/",
            "Graph fand diese Postfach-Ressource an der Stelle im Pfad nicht: wahrscheinlich nennt der Pfad kein Postfach, wie wenn eine als App angemeldete Bibliothek Mailordner oder Kalender ohne /users/<Postfach>/ aufruft"
        ))],
        r#"{"error":{"code":"BadRequest","message":"Resource not found for the segment 'calendars'."}}"#,
    ),
    // Graph's refusal of another user's calendar to a delegated sign-in: the signed-in user is
    // no delegate of that calendar (Microsoft Graph's calendar sharing and delegation).
    api(
        TextId::ApiDelegatedCalendarDenied,
        any(words!["delegatedcalendaraccessdenied"]),
        &[to(C::MailboxPermissionMissing, 0.7, t!(
            "Graph refused another user's calendar to the signed-in user (DelegatedCalendarAccessDenied): the user is no delegate of that calendar; share it or grant delegate access (Add-MailboxFolderPermission on the calendar), and ask for Calendars.Read.Shared / Calendars.ReadWrite.Shared",
            "Graph hat dem angemeldeten Benutzer den Kalender eines anderen Benutzers verweigert (DelegatedCalendarAccessDenied): der Benutzer ist kein Stellvertreter dieses Kalenders; ihn freigeben oder Stellvertreterzugriff erteilen (Add-MailboxFolderPermission auf den Kalender) und Calendars.Read.Shared / Calendars.ReadWrite.Shared anfordern"
        ))],
        r#"{"error":{"code":"DelegatedCalendarAccessDenied","message":"Access is denied. Check credentials and try again."}}"#,
    ),
    api(
        TextId::ApiAccessDeniedEws,
        ACCESS_DENIED,
        &[
            to(C::MailboxPermissionMissing, 0.45, t!(
                "EWS refused the call on the mailbox (access denied): most often the identity has no right on it; a user or an app-only sign-in opening another mailbox needs Full Access (Add-MailboxPermission) or, app-only, full_access_as_app with the ExchangeImpersonation header",
                "EWS hat den Aufruf auf das Postfach abgelehnt (Zugriff verweigert): meist hat die Identität kein Recht darauf; ein Benutzer oder eine App-only-Anmeldung, die ein anderes Postfach öffnet, braucht Vollzugriff (Add-MailboxPermission) bzw. app-only full_access_as_app mit dem Header ExchangeImpersonation"
            )),
            to(C::EwsImpersonationHeaderMismatch, 0.35, t!(
                "with an app-only token, EWS needs the ExchangeImpersonation header naming the mailbox; without it the call acts as no user and is denied",
                "mit einem App-only-Token braucht EWS den Header ExchangeImpersonation mit dem Postfach; ohne ihn handelt der Aufruf als kein Benutzer und wird abgelehnt"
            )),
            to(C::ApplicationAccessPolicyBlock, 0.3, t!(
                "or an application access policy or RBAC for Applications scope leaves this mailbox out",
                "oder eine Anwendungszugriffsrichtlinie bzw. ein Bereich von RBAC für Anwendungen lässt dieses Postfach aus"
            )),
        ],
        "<m:ResponseCode>ErrorAccessDenied</m:ResponseCode>",
    ),
    api(
        TextId::ApiAccessDeniedAppOnly,
        ACCESS_DENIED,
        &[
            // In public reports of a daemon's refusal by Graph the permission had been added as
            // Delegated (four threads, two of them reading users, not mail), never as an
            // Application permission left out.
            to(C::DelegatedPermissionInsteadOfApplication, 0.5, t!(
                "access denied by the API to an app-only sign-in: often the app has the permission the call needs (Mail.Read, Mail.Send, User.Read.All) as Delegated, not as Application with admin consent, so the token carries no role for it",
                "Zugriff von der API verweigert, bei einer reinen App-Anmeldung: oft hat die App die Berechtigung, die der Aufruf braucht (Mail.Read, Mail.Send, User.Read.All), als delegierte statt als Anwendungsberechtigung mit Administratorzustimmung, sodass das Token keine Rolle dafür trägt"
            )),
            to(C::MissingAppRole, 0.45, t!(
                "or the app lacks the application permission the call needs (Mail.Read, Mail.Send, full_access_as_app) with admin consent",
                "oder der App fehlt die Anwendungsberechtigung, die der Aufruf braucht (Mail.Read, Mail.Send, full_access_as_app), mit Administratorzustimmung"
            )),
            to(C::ApplicationAccessPolicyBlock, 0.35, t!(
                "or an application access policy or RBAC for Applications scope leaves this mailbox out",
                "oder eine Anwendungszugriffsrichtlinie bzw. ein Bereich von RBAC für Anwendungen lässt dieses Postfach aus"
            )),
        ],
        "scope=https://graph.microsoft.com/.default\n{\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"Access is denied. Check credentials and try again.\"}}",
    ),
    api(
        TextId::ApiAccessDeniedDelegated,
        ACCESS_DENIED,
        &[
            to(C::ConsentMissing, 0.6, t!(
                "access denied by the API to a user sign-in: the token lacks the delegated permission the call needs (Mail.Read, Mail.Send, Mail.Send.Shared): request it in the scopes and consent to it",
                "Zugriff von der API verweigert, bei einer Benutzeranmeldung: dem Token fehlt die delegierte Berechtigung, die der Aufruf braucht (Mail.Read, Mail.Send, Mail.Send.Shared): in den Scopes anfordern und zustimmen"
            )),
            to(C::MailboxPermissionMissing, 0.4, t!(
                "or the signed-in user has no right on the mailbox addressed (another user's or a shared mailbox)",
                "oder der angemeldete Benutzer hat kein Recht auf das angesprochene Postfach (das eines anderen Benutzers oder ein freigegebenes)"
            )),
            to(C::DelegatedPermissionInsteadOfApplication, 0.3, t!(
                "or the service means to read other users' mailboxes without their sign-in: that takes an application permission and the client-credentials flow",
                "oder der Dienst soll die Postfächer anderer Benutzer ohne deren Anmeldung lesen: das braucht eine Anwendungsberechtigung und den Client-Credentials-Ablauf"
            )),
        ],
        "scope=openid offline_access Mail.Read\n{\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"Access is denied. Check credentials and try again.\"}}",
    ),
    api(
        TextId::ApiAccessDenied,
        ACCESS_DENIED,
        &[
            // In the labelled tuning texts and reports this bare refusal reads (2026-12-06, each
            // as logged and bare, 47 runs), the first answer accepted: consent 31, the
            // application permission missing 27, the permission added as Delegated 16, no right
            // on the mailbox 7.
            to(C::ConsentMissing, 0.4, t!(
                "access denied by the API: the token lacks the permission the call needs; most often it was added but not consented (admin consent for an application permission, or a user sign-in that did not request and consent to Mail.Read, Mail.Send)",
                "Zugriff von der API verweigert: dem Token fehlt die Berechtigung, die der Aufruf braucht; meist wurde sie hinzugefügt, aber nicht erteilt (Administratorzustimmung für eine Anwendungsberechtigung, oder eine Benutzeranmeldung, die Mail.Read, Mail.Send nicht angefordert und zugestimmt hat)"
            )),
            to(C::MissingAppRole, 0.36, t!(
                "or the app has no application permission for the call at all (Mail.Send, Mail.Read, User.Read.All)",
                "oder die App hat gar keine Anwendungsberechtigung für den Aufruf (Mail.Send, Mail.Read, User.Read.All)"
            )),
            to(C::DelegatedPermissionInsteadOfApplication, 0.3, t!(
                "or, with an app-only sign-in, the app has the permission the call needs (Mail.*, User.Read.All) only as Delegated, not as Application",
                "oder, bei einer reinen App-Anmeldung, hat die App die Berechtigung, die der Aufruf braucht (Mail.*, User.Read.All), nur als delegierte, nicht als Anwendungsberechtigung"
            )),
            to(C::MailboxPermissionMissing, 0.25, t!(
                "or the identity has no right on the mailbox addressed, or a policy scope leaves it out",
                "oder die Identität hat kein Recht auf das angesprochene Postfach, oder ein Richtlinienbereich lässt es aus"
            )),
        ],
        r#"{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}"#,
    )
    .asking(1, Q::TokenAvailable),
    diag(
        TextId::ApiAutodiscoverNotFound,
        any(words![
            "autodiscover service couldn't be located",
            "autodiscover service could not be located",
        ]),
        &[to(C::WrongEndpointOrCloud, 0.6, t!(
            "EWS Autodiscover found no endpoint for the address: for Exchange Online, set the EWS URL to https://outlook.office365.com/EWS/Exchange.asmx instead of discovering it",
            "EWS-Autodiscover fand keinen Endpunkt für die Adresse: für Exchange Online die EWS-URL direkt auf https://outlook.office365.com/EWS/Exchange.asmx setzen, statt sie zu ermitteln"
        ))],
        "Microsoft.Exchange.WebServices.Data.AutodiscoverLocalException: The Autodiscover service couldn't be located.",
    ),
    api(
        TextId::ApiItemScopedToken,
        any(words!["does not support item scoped oauth"]),
        &[to(C::WrongTokenAudience, 0.8, t!(
            "the API refuses the token's kind: an add-in's item-scoped callback token (getCallbackTokenAsync) works only for EWS; REST calls need the REST token (isRest: true) or a token for the API itself",
            "die API lehnt die Art des Tokens ab: das Rückruf-Token eines Add-ins für ein Element (getCallbackTokenAsync) gilt nur für EWS; REST-Aufrufe brauchen das REST-Token (isRest: true) oder ein Token für die API selbst"
        ))],
        r#"{"error":{"code":"ErrorAccessDenied","message":"The api you are trying to access does not support item scoped OAuth."}}"#,
    ),
    api(
        TextId::ApiFindCountLimit,
        any(words!["errorexceededfindcountlimit"]),
        &[to(C::ExchangeThrottlingLimit, 0.6, t!(
            "an EWS search asked for more items than one call may return: page through the results (IndexedPageItemView) instead of asking for all at once",
            "eine EWS-Suche hat mehr Elemente angefordert, als ein Aufruf liefern darf: die Ergebnisse seitenweise abrufen (IndexedPageItemView) statt alle auf einmal"
        ))],
        "<m:ResponseCode>ErrorExceededFindCountLimit</m:ResponseCode>",
    ),
    // Outlook add-ins' legacy Exchange tokens (callback and user identity tokens; makeEwsRequestAsync uses them): "no
    // longer supported and turned off across all Microsoft 365 tenants" (Microsoft's nested app authentication FAQ,
    // learn.microsoft.com/office/dev/add-ins/outlook/faq-nested-app-auth-outlook-legacy-tokens; turned off from
    // August to October 2025, Exchange on-premises keeps them). The FAQ names the errors add-ins then get, with codes
    // such as 9017 or 9018: "GenericTokenError: An internal error has occurred." and "InternalServerError: The Exchange
    // server returned an error. Please look at the diagnostics object for more information."; Get-AuthenticationPolicy
    // warns "Legacy Exchange Online tokens are disabled" (office-docs-powershell, Get-AuthenticationPolicy.md); the
    // GetClientAccessToken response says "Token retrieval is not supported for this organization."
    // (ErrorForbiddenClientAccessTokenRequest, OfficeDev/office-js#5516, labelled by design). Before October 2025
    // the same errors also came from incidents Microsoft fixed (OfficeDev/office-js#4265, #3886, #3299).
    diag(
        TextId::ApiLegacyTokensOff,
        any(words![
            "legacy exchange online tokens are disabled",
            "errorforbiddenclientaccesstokenrequest",
            "token retrieval is not supported for this organization",
        ]),
        &[to(C::BasicAuthDeprecated, 0.8, LEGACY_TOKENS_OFF)],
        "Token retrieval is not supported for this organization.",
    ),
    diag(
        TextId::ApiAddinTokenError,
        any(words![
            "generictokenerror",
            "please look at the diagnostics object",
            "weitere informationen finden sie im diagnoseobjekt",
        ]),
        &[
            to(C::BasicAuthDeprecated, 0.55, LEGACY_TOKENS_OFF),
            ADDIN_TOKEN_INCIDENT,
        ],
        r#""name": "GenericTokenError", "message": "An internal error has occurred.", "code": 9018"#,
    ),
    diag(
        TextId::ApiAddinTokenCall,
        all(words![
            "getcallbacktokenasync|getuseridentitytokenasync|makeewsrequestasync",
            "fail|error|null|undefined|fehl",
        ]),
        &[
            to(C::BasicAuthDeprecated, 0.5, LEGACY_TOKENS_OFF),
            ADDIN_TOKEN_INCIDENT,
        ],
        "Office.context.mailbox.getCallbackTokenAsync fails with an error since this morning",
    ),
    api(
        // EWS reached through a front end of another version than the mailbox's server (an
        // on-premises or hybrid mailbox through Exchange Online's URL, or the reverse).
        TextId::ApiEwsVersionMismatch,
        any(words!["errornodestinationcasduetoversionmismatch"]),
        &[to(C::WrongEndpointOrCloud, 0.55, t!(
            "EWS was called at a URL that does not serve this mailbox (its server runs another version: most likely a mailbox on premises or in another organisation): find the URL by Autodiscover for the mailbox's address",
            "EWS wurde unter einer URL aufgerufen, die dieses Postfach nicht bedient (sein Server hat eine andere Version: wahrscheinlich ein lokales Postfach oder eines einer anderen Organisation): die URL per Autodiscover für die Adresse des Postfachs ermitteln"
        ))],
        "<m:ResponseCode>ErrorNoDestinationCASDueToVersionMismatch</m:ResponseCode><m:MessageText>The Client Access Server version does not match the accessed resource's Mailbox Server version.</m:MessageText>",
    ),
    api(
        // EWS could not route the request to the server of the mailbox: without an
        // X-AnchorMailbox header naming it (the impersonated one), the front end guesses.
        TextId::ApiEwsNoRespondingCas,
        any(words!["errornorespondingcasindestinationsite"]),
        &[
            to(C::EwsImpersonationHeaderMismatch, 0.45, t!(
                "EWS could not route the request to the mailbox's server: send the X-AnchorMailbox header naming the mailbox (with impersonation, the impersonated one)",
                "EWS konnte die Anforderung nicht zum Server des Postfachs leiten: den Header X-AnchorMailbox mit dem Postfach senden (bei Identitätswechsel dem vertretenen)"
            )),
            to(C::ExchangeThrottlingLimit, 0.3, t!(
                "or the mailbox's servers were too busy to answer for a while",
                "oder die Server des Postfachs waren eine Zeit lang zu ausgelastet, um zu antworten"
            )),
        ],
        "<m:ResponseCode>ErrorNoRespondingCASInDestinationSite</m:ResponseCode>",
    ),
    api(
        TextId::ApiServerBusy,
        any(words![
            "serviceunavailable",
            "errormailboxstoreunavailable",
            "mailbox database is temporarily unavailable",
            "errormailboxmoveinprogress",
            "internalservererror",
            "errorinternalservertransienterror",
            "errorinsufficientresources",
            "errorconnectionfailed",
            "errortimeoutexpired",
            "erroradunavailable",
            "errormailboxlogonfailed",
            "errormailboxfailover",
            // An availability request EWS passed on to another server failed there.
            "errorproxyrequestprocessingfailed",
            "503 service",
            // The Java SDK's wrapper of a service-side failure (a status of 500 or more).
            "graphfatalserviceexception",
            "generalexception",
            "erroradoperation",
            // Graph quarantining a client's requests for a while ("Request has been quarantined by
            // condition"), a service-side state.
            "errorapiquarantined",
        ]),
        &[
            to(C::ServiceSideIncident, 0.5, t!(
                "the API reports a problem on its side",
                "die API meldet ein Problem auf ihrer Seite"
            )),
            to(C::ExchangeThrottlingLimit, 0.3, t!(
                "a service that is unavailable for a moment can also be the app's own throttling",
                "ein kurz nicht verfügbarer Dienst kann auch die Drosselung der App selbst sein"
            )),
        ],
        r#"{"error":{"code":"ErrorMailboxStoreUnavailable","message":"The mailbox database is temporarily unavailable."}}"#,
    ),
];

/// A PowerShell error row.
const fn ps(
    id: TextId,
    matcher: Matcher,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        matcher,
        Kind::PsError,
        Code::None,
        causes,
        example,
    )
}

/// PowerShell errors read by their text (id, message and cmdlet), after the service principal
/// and unknown-cmdlet errors, whose reasons name what was given. The first matching row counts.
pub const POWERSHELL: &[KnownText] = &[
    ps(
        TextId::PsEmptyId,
        Matcher {
            any: words!["'objectid'", "'appid'", "'serviceid'", "'user'"],
            all: words!["cannot bind argument to parameter"],
            none: words![],
        },
        &[
            to(C::WrongObjectId, 0.6, t!(
                "the cmdlet got an empty id: the variable that should hold the enterprise application's object id (or the app id) was never filled, because the lookup before it found nothing",
                "das Cmdlet bekam eine leere ID: die Variable für die Objekt-ID der Unternehmensanwendung (oder die App-ID) wurde nie gefüllt, weil die Suche davor nichts gefunden hat"
            )),
            to(C::AppNotFoundInTenant, 0.3, t!(
                "most common reason when that lookup searched by a name or id the tenant does not have",
                "häufigster Grund, wenn diese Suche nach einem Namen oder einer ID suchte, die der Mandant nicht hat"
            )),
        ],
        concat!(
            "New-ServicePrincipal : Cannot bind argument to parameter 'ObjectId' because it is an empty string.\n",
            "    + CategoryInfo          : InvalidData: (:) [New-ServicePrincipal], ParameterBindingValidationException"
        ),
    ),
    ps(
    TextId::PsAccessDenied,
    any(words![
        "access denied",
        "access is denied",
        "doesn't have permission",
        "does not have permission",
        "not have the required permission",
        "write scope",
        "insufficient access rights",
        "not authorized to",
        // MSOnline and AzureAD modules: `…Automation.AccessDeniedException`.
        "accessdeniedexception",
    ]),
    &[to(C::ExchangeAdminRbacMissing, 0.6, t!(
        "the Exchange cmdlet was refused: the admin's account lacks the Exchange role for it",
        "das Exchange-Cmdlet wurde abgelehnt: dem Administratorkonto fehlt die passende Exchange-Rolle"
    ))],
    "ERROR Add-MailboxPermission failed: Microsoft.Exchange.Data.Directory.ADOperationException: Active Directory operation failed on AM0PR01A001.PROD.OUTLOOK.COM. Additional information: Insufficient access rights to perform the operation.",
)];

/// The words that make a PowerShell error a "not found" one; [`PS_NOT_FOUND`] tells what was
/// not found.
pub const PS_NOT_FOUND_GATE: Matcher = any(words![
    "couldn't be found",
    "could not be found",
    "wasn't found",
    "was not found",
    "managementobjectnotfound",
    "couldn't find",
]);

/// Stands for "the object not found is quoted by its id" in [`PS_NOT_FOUND`]: the rules match it
/// when the error's `object '…'` is GUID-shaped (no text contains it literally).
pub const PS_GUID_OBJECT: &str = "object '{guid}'";
/// Stands for "the object not found is quoted by a mail address" in [`PS_NOT_FOUND`]: the rules
/// match it when the error's `object '…'` is address-shaped.
pub const PS_ADDRESS_OBJECT: &str = "object '{address}'";

/// PowerShell errors that an object was not found, by what was looked for. The first matching row
/// counts; none when the object is neither a service principal nor a mailbox.
pub const PS_NOT_FOUND: &[KnownText] = &[
    ps(
        TextId::PsServicePrincipalNotFound,
        any(words![
            "get-serviceprincipal",
            "remove-serviceprincipal",
            "test-serviceprincipalauthorization",
            "user or group",
            "-user",
            "-app ",
        ]),
        &[to(C::ServicePrincipalNotRegisteredInExchange, 0.75, t!(
            "Exchange does not know this service principal: it was never registered with New-ServicePrincipal (or under another id)",
            "Exchange kennt diesen Dienstprinzipal nicht: er wurde nie mit New-ServicePrincipal registriert (oder unter einer anderen ID)"
        ))],
        concat!(
            "Get-ServicePrincipal : The operation couldn't be performed because object '6f1c2e0a-3b4d-4c5e-8f90-a1b2c3d4e5f6' couldn't be found on 'AM0PR01A001.EURPR01A001.PROD.OUTLOOK.COM'.\n",
            "    + CategoryInfo          : NotSpecified: (:) [Get-ServicePrincipal], ManagementObjectNotFoundException"
        ),
    ),
    ps(
        TextId::PsIdNotFound,
        any(words![PS_GUID_OBJECT]),
        &[
            to(C::ServicePrincipalNotRegisteredInExchange, 0.55, t!(
                "the object Exchange could not find is quoted by its id (a GUID): the service principal given by its id, which Exchange does not know — never registered with New-ServicePrincipal, or registered under another id",
                "das Objekt, das Exchange nicht findet, ist mit seiner ID (einer GUID) angegeben: der Dienstprinzipal, den Exchange unter dieser ID nicht kennt — nie mit New-ServicePrincipal registriert oder unter einer anderen ID"
            )),
            to(C::WrongObjectId, 0.35, t!(
                "or the id given is not the one Exchange registered: the app registration's object id or the client id where the enterprise application's object id is needed (or the reverse)",
                "oder die angegebene ID ist nicht die registrierte: die Objekt-ID der App-Registrierung oder die Client-ID statt der Objekt-ID der Unternehmensanwendung (oder umgekehrt)"
            )),
        ],
        "Write-ErrorMessage : |Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object '2d9e5c1a-7b3f-4e08-9a61-c4f0b8d2e7a3' couldn't be found on 'AM0PR01A001DC01.EURPR01A001.prod.outlook.com'.",
    ),
    ps(
        TextId::PsMailboxNotFound,
        any(words![
            PS_ADDRESS_OBJECT,
            "mailbox",
            "recipient",
            "add-mailboxpermission",
            "add-recipientpermission",
            "get-mailbox",
            "set-casmailbox",
        ]),
        &[to(C::MailboxUnlicensedOrMissing, 0.6, t!(
            "Exchange could not find the mailbox named: it does not exist in Exchange Online under that address",
            "Exchange konnte das genannte Postfach nicht finden: es existiert unter dieser Adresse nicht in Exchange Online"
        ))],
        concat!(
            "Get-Mailbox : The operation couldn't be performed because object 'shared@contoso.com' couldn't be found on 'AM0PR01A001.EURPR01A001.PROD.OUTLOOK.COM'.\n",
            "    + CategoryInfo          : NotSpecified: (:) [Get-Mailbox], ManagementObjectNotFoundException"
        ),
    ),
];

/// PowerShell output on the account (read after the other PowerShell rows, unless one of them
/// matched); every matching row adds its causes.
pub const PS_ACCOUNT: &[KnownText] = &[ps(
    TextId::PsAccountDisabled,
    any(words![
        "accountdisabled",
        "account is disabled",
        "accountenabled : false",
        "accountenabled: false",
    ]),
    &[to(C::AccountDisabledOrSigninBlocked, 0.8, t!(
        "the output shows the account is disabled",
        "die Ausgabe zeigt, dass das Konto deaktiviert ist"
    ))],
    "ERROR Set-Mailbox failed: Microsoft.Exchange.Data.Directory.ADOperationException: Active Directory operation failed: the account is disabled.",
)];

/// The account's state in any text but PowerShell errors (sign-in blocked users show in several
/// outputs); every matching row adds its causes.
pub const ACCOUNT: &[KnownText] = &[
row(
    TextId::AccountBlocked,
    words![],
    Matcher {
        any: words![
        "account is disabled",
        "account has been locked",
        "currently locked out",
        "sign-in is blocked",
        "accountdisabled",
        // German.
        "konto ist gesperrt",
        "konto wurde gesperrt",
        "konto ist deaktiviert",
        "konto wurde deaktiviert",
        "anmeldung ist blockiert",
        ],
        all: words![],
        // As [`TextId::AccountSignInBlocked`]: told not so, asked, or a shared mailbox's account.
        none: words![
        "not blocked|isn't blocked|not disabled|isn't disabled|not locked|isn't locked|no, it is|no, it's|nein,|nicht gesperrt|nicht blockiert|nicht deaktiviert",
        "disabled?|locked?|blocked?|gesperrt?|blockiert?|deaktiviert?",
        "shared mailbox|shared-mailbox|freigegebene postfach|freigegebenes postfach|freigegebenen postfach|gemeinsame postfach|gemeinsames postfach",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::AccountDisabledOrSigninBlocked, 0.85, ACCOUNT_BLOCKED_WHY)],
    "javax.mail.AuthenticationFailedException: AUTHENTICATE failed: the account has been locked",
),
row(
    TextId::AccountSignInBlocked,
    words![],
    Matcher {
        // The admin centre's "Block sign-in" told as the account's state.
        any: words!["blocked from signing in|blocked from sign-in|blocked from sign in|für die anmeldung gesperrt|für die anmeldung blockiert"],
        all: words![],
        // Told not blocked; a shared mailbox, whose account is blocked from sign-in by design
        // (an app-only or delegated access to it does not sign in as it).
        none: words![
            "not blocked|isn't blocked|nicht für die anmeldung|nicht gesperrt|nicht blockiert",
            "shared mailbox|shared-mailbox|freigegebene postfach|freigegebenes postfach|freigegebenen postfach|gemeinsame postfach|gemeinsames postfach",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::AccountDisabledOrSigninBlocked, 0.85, ACCOUNT_BLOCKED_WHY)],
    "IMAP AUTHENTICATE failed. The user account is blocked from signing in.",
)];

/// Why an account told disabled, locked or blocked from sign-in is refused.
const ACCOUNT_BLOCKED_WHY: Text = t!(
    "the message says the account is disabled, locked or blocked from sign-in",
    "die Meldung besagt, dass das Konto deaktiviert, gesperrt oder für die Anmeldung blockiert ist"
);

/// A row of [`EXO_CONNECT`].
const fn exo(
    id: TextId,
    matcher: Matcher,
    causes: &'static [Pointer],
    example: &'static str,
) -> KnownText {
    row(
        id,
        words![],
        matcher,
        Kind::ClientError,
        Code::None,
        causes,
        example,
    )
}

/// Errors of `Connect-ExchangeOnline` with app-only authentication and the results of the access
/// checks (`Test-ApplicationAccessPolicy`, `Test-ServicePrincipalAuthorization`), in any text
/// (the module prints them as plain lines, not always as PowerShell errors). The first matching
/// row counts.
pub const EXO_CONNECT: &[KnownText] = &[
    exo(
        TextId::ExoShellNotFound,
        // WinRM's remote shell lost between two requests of a long session (Microsoft's
        // troubleshooting articles: a client address that changes mid-session behind source
        // NAT, or the session routed to another region's servers).
        any(words!["invalidshellid", "the shell was not found on the server"]),
        &[
            to(C::NetworkEgressBlocked, 0.45, t!(
                "the remote PowerShell session was lost on the server (WSMan InvalidShellID): most often the client's public address changed during the session (source NAT with several addresses, a proxy); pin it to one address or reconnect",
                "die Remote-PowerShell-Sitzung ging auf dem Server verloren (WSMan InvalidShellID): meist änderte sich die öffentliche Adresse des Clients während der Sitzung (Quell-NAT mit mehreren Adressen, ein Proxy); sie auf eine Adresse festlegen oder neu verbinden"
            )),
            to(C::ServiceSideIncident, 0.3, t!(
                "or the session was routed to another region's servers (an admin account in a multi-geo tenant); reconnecting usually helps",
                "oder die Sitzung wurde zu Servern einer anderen Region geleitet (ein Administratorkonto in einem Multi-Geo-Mandanten); neu verbinden hilft meist"
            )),
        ],
        "[FailureCategory=WSMan-InvalidShellID] The request for the Windows Remote Shell with ShellId 2D6534D0-6B12-40E3-B773-CBA26459CFA8 failed because the shell was not found on the server.",
    ),
    exo(
        TextId::ExoNoManagementRole,
        any(words!["isn't assigned to any management roles"]),
        &[to(C::ExchangeAdminRbacMissing, 0.85, t!(
            "Exchange Online refuses the account or app: it is not assigned to any management role (app-only PowerShell needs an Entra role such as Exchange Administrator on the app)",
            "Exchange Online lehnt das Konto bzw. die App ab: ihm/ihr ist keine Verwaltungsrolle zugewiesen (App-only-PowerShell braucht eine Entra-Rolle wie Exchange-Administrator an der App)"
        ))],
        "New-ExoPSSession : Processing data from remote server outlook.office365.com failed with the following error message: [AuthZRequestId=0a1b2c3d][FailureCategory=AuthZ-CmdletAccessDeniedException] The application 0a1b2c3d-0000-4000-8000-000000000001 isn't assigned to any management roles. Please check online documentation for assigning Directory Roles to Azure AD Application.",
    ),
    exo(
        TextId::ExoRest401,
        // The REST-based module (3.x) answering 401, or its older versions' own error that
        // hides the 401 ("does not contain a method named 'GetResponseHeader'").
        any(words!["httpstatuscode=401", "method named 'getresponseheader'"]),
        &[
            to(C::ExchangeAdminRbacMissing, 0.5, t!(
                "Exchange Online PowerShell refused the call (a 401; older modules hide it behind GetResponseHeader): likely no Exchange role for the app or account (app-only: Exchange.ManageAsApp and a role such as Exchange Administrator)",
                "Exchange Online PowerShell hat den Aufruf abgelehnt (ein 401; ältere Module verbergen ihn hinter GetResponseHeader): wahrscheinlich keine Exchange-Rolle für App oder Konto (App-only: Exchange.ManageAsApp und eine Rolle wie Exchange-Administrator)"
            )),
            to(C::ReplicationDelay, 0.3, t!(
                "or a role assigned minutes ago is not effective yet; wait and connect again",
                "oder eine vor Minuten zugewiesene Rolle wirkt noch nicht; warten und neu verbinden"
            )),
        ],
        "Get-EXOMailbox : Error while querying REST service. HttpStatusCode=401 ErrorMessage=",
    ),
    exo(
        TextId::ExoPolicyScopeNotPrincipal,
        any(words!["policy scope is not a security principal"]),
        &[to(C::WrongObjectId, 0.55, t!(
                "-PolicyScopeGroupId must name a mail-enabled security group, not a distribution list or Microsoft 365 group",
                "-PolicyScopeGroupId muss eine E-Mail-aktivierte Sicherheitsgruppe nennen, keine Verteilerliste oder Microsoft-365-Gruppe"
            ))],
        "New-ApplicationAccessPolicy : The identity of the policy scope is not a security principal.",
    ),
    exo(
        TextId::ExoCertificateLoad,
        any(words![
            "failed to load the certificate",
            "certificatefilepath is not a valid certificate",
            "no certificate found for the given certificatethumbprint",
        ]),
        &[to(C::CertificateCredentialError, 0.85, t!(
            "Connect-ExchangeOnline could not load the app's certificate (wrong file, password or thumbprint, or not in the store of the account running it)",
            "Connect-ExchangeOnline konnte das Zertifikat der App nicht laden (falsche Datei, falsches Kennwort oder falscher Fingerabdruck, oder nicht im Speicher des ausführenden Kontos)"
        ))],
        "New-ExoPSSession : Failed to load the Certificate, this can be because of any of the following reasons. 1. Certificate file referred by CertificateFilePath is not a valid Certificate file.",
    ),
    exo(
        TextId::ExoAppRoleUnsupported,
        all(words!["role assigned to application", "supported in this scenario"]),
        &[to(C::ExchangeAdminRbacMissing, 0.85, t!(
            "Exchange Online PowerShell refuses the app: app-only connections need a supported Entra role on the app (e.g. Exchange Administrator), besides Exchange.ManageAsApp",
            "Exchange Online PowerShell lehnt die App ab: App-only-Verbindungen brauchen eine unterstützte Entra-Rolle an der App (z. B. Exchange-Administrator), neben Exchange.ManageAsApp"
        ))],
        "The role assigned to application 0a1b2c3d-0000-4000-8000-000000000001 isn't supported in this scenario. Please check online documentation for assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication.",
    ),
    exo(
        TextId::ExoUserRoleUnsupported,
        all(words!["role assigned to user", "supported in this scenario"]),
        &[to(C::ExchangeAdminRbacMissing, 0.7, t!(
            "Exchange Online PowerShell refuses the signed-in account's role: it (over GDAP, the partner's group) needs Exchange Administrator in the tenant; the module's WAM sign-in is also reported to cause it (-DisableWAM rules that out)",
            "Exchange Online PowerShell lehnt die Rolle des angemeldeten Kontos ab: es (über GDAP die Gruppe des Partners) braucht Exchange-Administrator im Mandanten; auch die WAM-Anmeldung des Moduls wird als Ursache gemeldet (-DisableWAM schließt das aus)"
        ))],
        "The role assigned to user admin@contoso.onmicrosoft.com isn't supported in this scenario.",
    ),
    exo(
        TextId::ExoConnectAccessDenied,
        Matcher {
            // `Access is denied.` (WinRM's words) or `… PM] Access Denied` (the server's).
            any: words!["access is denied", "access denied"],
            all: words!["connecting to remote server"],
            none: words![],
        },
        &[
            to(C::ExchangeAdminRbacMissing, 0.6, t!(
                "Exchange Online refused the PowerShell session: most likely the account or app has no Exchange role that allows it",
                "Exchange Online hat die PowerShell-Sitzung abgelehnt: am wahrscheinlichsten hat das Konto bzw. die App keine Exchange-Rolle, die das erlaubt"
            )),
            to(C::BasicAuthDeprecated, 0.3, t!(
                "or the session signed in with a password (Remote PowerShell's basic authentication), which Exchange Online has retired",
                "oder die Sitzung meldete sich mit einem Kennwort an (Standardauthentifizierung der Remote-PowerShell), die Exchange Online eingestellt hat"
            )),
        ],
        "New-ExoPSSession : Connecting to remote server outlook.office365.com failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.",
    ),
    exo(
        TextId::ExoRpsBasic,
        all(words!["powershell-liveid", "-authentication basic"]),
        &[to(C::BasicAuthDeprecated, 0.7, t!(
            "a Remote PowerShell session with basic authentication (New-PSSession … powershell-liveid): Exchange Online has retired both; use Connect-ExchangeOnline of the ExchangeOnlineManagement module (modern authentication)",
            "eine Remote-PowerShell-Sitzung mit Standardauthentifizierung (New-PSSession … powershell-liveid): Exchange Online hat beides eingestellt; Connect-ExchangeOnline des Moduls ExchangeOnlineManagement verwenden (moderne Authentifizierung)"
        ))],
        "$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Cred -Authentication Basic -AllowRedirection",
    ),
    exo(
        TextId::ExoCmdletNotAllowed,
        any(words!["is not allowed to call"]),
        &[to(C::ExchangeAdminRbacMissing, 0.75, t!(
            "Exchange Online refuses the cmdlet to this account or app: none of its Exchange roles (role groups, or the Entra role of an app) includes it",
            "Exchange Online verweigert diesem Konto bzw. dieser App das Cmdlet: keine seiner Exchange-Rollen (Rollengruppen bzw. die Entra-Rolle einer App) enthält es"
        ))],
        "Get-EXORecipientPermission : User is not allowed to call Get-RecipientPermission",
    ),
    exo(
        TextId::ExoUnauthorized,
        Matcher {
            any: words![
                "connectioncontext removed",
                "connect-exchangeonline",
                // The module's own exception, written `[System.UnauthorizedAccessException] UnAuthorized`.
                "unauthorizedaccessexception unauthorized",
            ],
            all: words!["unauthorized"],
            none: words!["401 unauthorized"],
        },
        &[
            to(C::MissingAppRole, 0.5, t!(
                "Connect-ExchangeOnline got a token but Exchange refused it (UnAuthorized): most common reason when the app lacks the Exchange.ManageAsApp application permission with admin consent",
                "Connect-ExchangeOnline bekam ein Token, aber Exchange lehnte es ab (UnAuthorized): häufigster Grund, wenn der App die Anwendungsberechtigung Exchange.ManageAsApp mit Administratorzustimmung fehlt"
            )),
            to(C::ExchangeAdminRbacMissing, 0.4, t!(
                "or the app has no Entra role for Exchange administration",
                "oder die App hat keine Entra-Rolle für die Exchange-Verwaltung"
            )),
        ],
        "VERBOSE: ConnectionContext Removed\nConnect-ExchangeOnline : UnAuthorized",
    ),
    exo(
        TextId::ExoAccessCheckDenied,
        all(words!["accesscheckresult", "denied"]),
        &[to(C::ApplicationAccessPolicyBlock, 0.92, t!(
            "Test-ApplicationAccessPolicy says Denied: the application access policy keeps the app out of this mailbox",
            "Test-ApplicationAccessPolicy meldet Denied: die Anwendungszugriffsrichtlinie hält die App von diesem Postfach fern"
        ))],
        "AccessCheckResult : Denied",
    ),
    exo(
        TextId::ExoNotInScope,
        all(words!["inscope", ": false"]),
        &[to(C::ApplicationAccessPolicyBlock, 0.8, t!(
            "Test-ServicePrincipalAuthorization says InScope False: the RBAC for Applications scope does not cover this mailbox",
            "Test-ServicePrincipalAuthorization meldet InScope False: der Bereich von RBAC für Anwendungen umfasst dieses Postfach nicht"
        ))],
        "InScope            : False",
    ),
];

/// A row of [`BARE_FAILURE`]: a client's words for a refused sign-in, pointing to no cause of
/// its own (the bare-failure hub ranks the candidates by the labelled reports).
const fn bare(id: TextId, matcher: Matcher, example: &'static str) -> KnownText {
    row(
        id,
        words![],
        matcher,
        Kind::ClientError,
        Code::None,
        &[],
        example,
    )
}

/// Clients' own words for a refused sign-in that say nothing of the cause: a line matching a row
/// becomes a client error (its context word in [`LINE_CONTEXT`]), and the bare-failure hub
/// (`rules/mail/hub.rs`) counts it as a bare authentication failure.
pub const BARE_FAILURE: &[KnownText] = &[
    bare(
        TextId::BareLoginRefused,
        any(words![
            // Claws Mail (EN/DE).
            "failed: login refused",
            "schlug fehl: login abgelehnt",
            "check your receiving login and password",
            "check your sending login and password",
            "benutzernamen und passwort zum empfangen",
            "benutzernamen und passwort zum senden",
            // GNOME Online Accounts (EN/DE), fetchmail (DE), Evolution's EWS account.
            "invalid password with username",
            "ungültiges passwort für benutzer",
            "authentifikation fehlgeschlagen",
            "authentifikationsfehlschlag",
            "username/password for the microsoft exchange",
            "überprüfen sie ihren benutzernamen und ihr passwort",
            // Horde (EN/DE), Sylpheed (DE).
            "server denied authentication",
            "authentifizierung fehlgeschlagen",
            "anmeldung gescheitert",
            "authentifizierung am smtp server fehlgeschlagen",
            "failed to authenticate to the smtp server",
            "hat die authentifizierung verweigert",
            // Thunderbird's 2025 account setup.
            "authentication was refused",
            "hat die authentifizierung zurückgewiesen",
            "fehler bei imap4-authentisierung",
        ]),
        "Connection to outlook.office365.com failed: login refused.",
    ),
    bare(
        TextId::BareLoginToServer,
        // KMail's POP3 and IMAP resources: "Anmeldung beim Server „%1“ nicht möglich." (the
        // server's name stands between the subject and the verb); the password dialog asked
        // again "weil der vorherige Anmeldeversuch fehlgeschlagen ist".
        Matcher {
            any: words![],
            all: words![
                "anmeldung beim server|anmeldung am server|anmeldung an server|login beim server|login am server|anmeldeversuch|login als|anmeldung als",
                "nicht möglich|fehlgeschlagen|gescheitert|abgelehnt|zurückgewiesen",
            ],
            none: words!["sasl", "proxy", "tls", "ssl"],
        },
        "Anmeldung beim Server „outlook.office365.com“ nicht möglich.",
    ),
    bare(
        TextId::BareLaminasLogin,
        any(words!["cannot login, user or password wrong"]),
        "Laminas\\Mail\\Storage\\Exception\\RuntimeException: cannot login, user or password wrong",
    ),
    bare(
        TextId::BareAuthenticationFailed,
        Matcher {
            any: words![
                "authentication failed",
                // Home Assistant's SMTP notifier and others: a refused sign-in, no reason given.
                "login not possible|login is not possible|sign-in not possible",
                // The same in the language files of PHPMailer (authenticate), msmtp and mpop
                // ("authentication failed (method %s)") and NeoMutt ("%s authentication failed",
                // "Authentication failed"); one entry, its alternatives separated by `|`, by
                // language.
                concat!(
                    "échec de l'authentification|échec d'authentification|l'authentification a échoué|xoauth2 a échoué|", // fr
                    "imposible autentificar|fallo en la autenticación|xoauth2 falló|autenticidad falló|", // es
                    "impossibile autenticarsi|", // it
                    "authenticatie mislukt|", // nl
                    "falha na autenticação|não foi possível autenticar|autenticação falhou|xoauth2 falhou|", // pt
                    "przeprowadzić uwierzytelnienia|uwierzytelnianie nie powiodło|", // pl
                    " не удалось пройти аутентификацию|сбой аутентификации|шибка аутентификации|", // ru
                    "认证失败|", // zh
                    "認証できませんでした|認証に失敗|", // ja
                    "kunde inte autentisera|autentisering misslyckades|autentiseringen misslyckades|", // sv
                    "autentizace selhala|autentizace se nezdařila|ověření se nezdařilo|", // cs
                    "no s'ha pogut autenticar|autenticació ha fallat|xoauth2 ha fallat|", // ca
                    "login mislykkedes|", // da
                    "tunnistus epäonnistui|autentikointi epäonnistui|autentikaatio epäonnistui|", // fi
                    "azonosítás sikertelen|azonosítás nem sikerült|hitelesítés sikertelen|", // hu
                    "kunne ikke autentisere|autentisering mislyktes|", // nb
                    "autentificarea a eșuat|", // ro
                    "chyba autentifikácie|", // sk
                    "oturum açılamadı|kimlik doğrulaması başarısız|", // tr
                    "помилка авторизації|пройти розпізнавання (спосіб|евдала автентифікація|е вдала автентифікація xoauth2|", // uk
                    "tidak dapat mengotentikasi|", // id
                    "không thể xác thực|", // vi
                    "인증할 수 없습니다|", // ko
                    "פעולת האימות נכשלה|", // he
                    "لا يمكن تأكيد الهوية|", // ar
                    "احراز هویت با شکست|", // fa
                    "аутентификација није успела|autentifikacija nije uspela|идентитета није успело|ентификација је неуспешна|", // sr
                    "autentifikacija nepavyko|autentikacija nepavyko|", // lt
                    "neuspjela autentikacija|", // hr
                    "avtentikacija ni uspela|", // sl
                    "autorizācija neizdevās|", // lv
                    "δυναμία πιστοποίησης|", // el
                    "aŭtentigo malsukcesis|ne eblis aŭtentigi|rajtiĝo malsukcesis", // eo
                ),
            ],
            all: words![],
            // .NET's TLS failure ("Authentication failed because the remote party has closed
            // the transport stream") and the local SASL library's are not a refused sign-in.
            none: words!["remote party", "sasl"],
        },
        "IMAP Error: Login failed for jane@contoso.com against outlook.office365.com from 192.0.2.10. AUTHENTICATE XOAUTH2: Authentication failed.",
    ),
    bare(
        TextId::BareCClient,
        any(words!["can not authenticate to imap server"]),
        "Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] Authentication failed.",
    ),
    bare(
        TextId::BareFetchmail,
        any(words!["(authfail)", "authorization failure on "]),
        "fetchmail: Authorization failure on jane@outlook.office365.com",
    ),
    bare(
        TextId::BareOtrsAuth,
        all(words!["auth for user ", " failed!"]),
        "POP3TLS: Auth for user jane@contoso.com/outlook.office365.com failed!",
    ),
    bare(
        TextId::BareThunderbirdLogin,
        // Its translations (fr, es, nl, pl, ja, zh) around the server's name and the user's.
        all(words![
            "login to server |connexion depuis le serveur|inicio de sesión en el servidor|aanmelden bij server|logowanie na serwerze|でサーバー|登录服务器",
            " failed|avec le nom d'utilisateur|ha fallado|is mislukt|się nie powiodło|ログインに失敗|失败",
        ]),
        "Login to server outlook.office365.com with username jane@contoso.com failed.",
    ),
    bare(
        TextId::BareThunderbirdLoginDe,
        all(words!["anmeldung", "fehlgeschlagen"]),
        "Anmeldung beim Server outlook.office365.com mit Benutzername jane@contoso.com fehlgeschlagen.",
    ),
    bare(
        TextId::BareGerman,
        Matcher {
            any: words![],
            all: words!["authentifizierung", "fehlgeschlagen"],
            // .NET's refused TLS handshake in German, not a refused sign-in.
            none: words!["transportstream"],
        },
        "Fehler beim Abrufen: IMAP-Anmeldung fehlgeschlagen",
    ),
    bare(
        TextId::BareThunderbirdSetup,
        // Thunderbird's account setup, and its 2025 setup's wording (English and German).
        any(words![
            "probably wrong configuration, username or password",
            "check your email address and password",
            "prüfen sie ihre e-mail-adresse und ihr passwort",
        ]),
        "Unable to log in at server. Probably wrong configuration, username or password.",
    ),
    bare(
        TextId::BareDavmail,
        any(words!["authentication failed: invalid user or password"]),
        "Authentication failed: invalid user or password",
    ),
    bare(
        TextId::BareTokenRefused,
        // A client's words for a token the mail server or API refused, naming no reason: the
        // same candidates as any refused OAuth sign-in. A reason named (expired, audience,
        // signature, scope) or another credential belongs to other rows.
        Matcher {
            any: words![],
            all: words![
                "access token|access-token|accesstoken|zugriffstoken|zugangstoken|bearer token|oauth token|oauth2 token|oauth-token|oauth2-token",
                "rejected|not accepted|wasn't accepted|refused|nicht akzeptiert|nicht angenommen|abgelehnt|zurückgewiesen|is invalid|is not valid|was invalid|invalid access|invalid bearer|invalid oauth|ungültig",
            ],
            none: words![
                "expired", "expiry", "abgelaufen", "refresh token", "aktualisierungstoken", "secret", "geheim",
                "password", "passwort", "kennwort", "audience", "zielgruppe", "signature", "signatur", "scope",
                "aadsts", "5.7.139", "5.7.60", "5.7.30",
            ],
        },
        "ERROR imap: the server rejected the access token for jane@contoso.com",
    ),
    bare(
        TextId::BareHttp401,
        any(words![
            "(401) unauthorized",
            "401 unauthorized",
            // HTTP clients naming status and reason with a colon ("HTTP Client error 401: Unauthorized").
            "401: unauthorized",
            // .NET and Dynamics in German: "(401) Nicht autorisiert", "401 Nicht autorisiert".
            "401 nicht autorisiert",
            "(401) nicht autorisiert",
            "soap client returned status of 401",
            "request returned 401",
            "request failed with status code 401",
            // PowerShell modules calling Graph: "failed with status code Unauthorized".
            "with status code unauthorized",
            // php-ews.
            "api\\exception\\unauthorizedexception",
            // n8n's message for an HTTP 401.
            "authorization failed - please check your credentials",
            // Applications naming Graph's 401 in their own words.
            "unauthorized access to microsoft graph",
            "unauthorized access to graph",
            "graph unauthorized",
            "graph api unauthorized",
            "unauthorized from microsoft graph",
            "unauthorized from graph",
        ]),
        "The request failed. The remote server returned an error: (401) Unauthorized.",
    ),
    bare(
        TextId::BareThunderbirdOAuth2,
        any(words![
            "authentication failure while connecting to server",
            "authentifizierungsfehler beim verbinden mit dem server",
            // Its translations (fr, es, it, nl, pl, pt, ru, zh, ko).
            "échec de l'authentification lors de la connexion au serveur",
            "fallo de identificación al conectarse al servidor",
            "autenticazione non riuscita durante la connessione al server",
            "authenticatiefout tijdens het verbinden met server",
            "niepowodzenie uwierzytelniania podczas łączenia się z serwerem",
            "falha de autenticação ao conectar-se com o servidor",
            "аутентификации при соединении с сервером",
            "服务器时身份验证失败",
            "서버에 연결 하는 동안 인증에 실패",
        ]),
        "Authentication failure while connecting to server outlook.office365.com.",
    ),
    bare(
        TextId::BareThunderbirdSmtp,
        any(words![
            "unable to authenticate to outgoing server",
            "kann nicht authentifiziert werden",
            // Its translations (fr, es, it, nl, pt, ru, ja, zh, ko).
            "impossible de s'authentifier sur le serveur sortant",
            "no se puede identificar al servidor de salida",
            "autenticazione non riuscita col server di posta in uscita",
            "kan niet authenticeren bij uitgaande",
            "não foi possível autenticar no servidor de envio",
            "удалось аутентифицироваться на",
            "の認証に失敗しました。パスワードを確認し",
            "进行认证。请检查密码",
            "smtp 서버 인증에 실패",
        ]),
        "Der Postausgangs-Server (SMTP) smtp.office365.com kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.",
    ),
    bare(
        TextId::BareFailedToAuthenticate,
        Matcher {
            any: words!["failed to authenticate"],
            all: words![],
            none: words!["sasl", "proxy"],
        },
        "Webklex\\PHPIMAP\\Exceptions\\AuthFailedException: failed to authenticate",
    ),
    bare(
        TextId::BareNarrative,
        Matcher {
            any: words![
                // English prose ("can't", "couldn't", "won't"; a typographic apostrophe is read
                // as this one).
                "not authenticated",
                "unable to authenticate",
                "cannot authenticate",
                "could not authenticate",
                "'t authenticate",
                "fails to authenticate",
                "failing to authenticate",
                "not able to authenticate",
                "authentication fails",
                "authentication is failing",
                "authentication keeps failing",
                "authentication error",
                "authentication failure",
                "auth failed",
                "auth failure",
                "unable to log in",
                "unable to login",
                "cannot log in",
                "cannot login",
                "could not log in",
                "could not login",
                "'t log in",
                "'t login",
                "not able to log in",
                "not able to login",
                "login fails",
                "login failed",
                "login does not work",
                "login doesn't work",
                "login not working",
                "authentication does not work",
                "authentication doesn't work",
                "authentication not working",
                "login is failing",
                "sign-in failed",
                "sign in failed",
                "logon fails",
                "unable to sign in",
                "cannot sign in",
                "'t sign in",
                // A refusal in other words: the subject (authentication, login, logon, sign-in,
                // the credentials) refused, rejected, denied or unsuccessful.
                concat!(
                    "authentication rejected|authentication refused|authentication denied|authentication unsuccessful|",
                    "authentication was rejected|authentication was refused|authentication was denied|authentication was unsuccessful|",
                    "login rejected|login refused|login denied|login was rejected|login was refused|login was denied|login unsuccessful|",
                    "logon failed|logon rejected|logon denied|logon was denied|",
                    "log-on not successful|logon not successful|login not successful|login was not successful|sign-in not successful|authentication not successful|authentication was not successful|",
                    "anmeldung nicht erfolgreich|anmeldung war nicht erfolgreich|authentifizierung nicht erfolgreich|authentifizierung war nicht erfolgreich|",
                    // NeoMutt's "No authenticators available or wrong credentials": every method failed.
                    "or wrong credentials|oder falsche zugangsdaten|",
                    "sign-in rejected|sign-in denied|sign-in was rejected|sign-in was denied|",
                    "rejected the login|refused the login|rejected the credentials|credentials rejected|credentials were rejected",
                ),
                // German prose.
                "anmeldung schlägt fehl",
                // Thunderbird's German SMTP sign-in failure.
                "fehler bei der authentifizierung",
                "login fehlgeschlagen",
                "anmeldung funktioniert nicht",
                "login funktioniert nicht",
                "anmeldung am server nicht möglich",
                "anmeldung wurde abgelehnt",
                "anmeldung verweigert|anmeldung abgelehnt|authentifizierung abgelehnt|authentifizierung verweigert|anmeldedaten abgelehnt|anmeldedaten wurden abgelehnt",
                "authentifizierung wurde abgelehnt",
                "anmeldung nicht möglich",
                "keine anmeldung möglich",
                "kann mich nicht anmelden",
                "authentifizierung schlägt fehl",
                "authentifizierung nicht möglich",
                "nicht authentifiziert",
                "login schlägt fehl",
                "login nicht möglich",
                "kein login möglich",
                // NeoMutt's "Login failed" in its language files, by language.
                concat!(
                    "el login falló|", // es
                    "login fallito|", // it
                    "aanmelden is mislukt|", // nl
                    "login falhou|", // pt
                    "zalogowanie nie powiodło|", // pl
                    "登录失败|登入失敗|", // zh
                    "ログインに失敗|", // ja
                    "inloggning misslyckades|", // sv
                    "přihlášení se nezdařilo|", // cs
                    "kirjautuminen epäonnistui|", // fi
                    "sikertelen bejelentkezés|", // hu
                    "kunne ikke logge inn|", // nb
                    "prihlasovanie zlyhalo|", // sk
                    "giriş başarısız|", // tr
                    "login slog fejl", // da
                ),
            ],
            all: words![],
            // A local SASL library, a proxy or a refused TLS handshake is no refused sign-in;
            // 5.7.57 ("Client not authenticated to send mail", "… anonymous mail") is a reply
            // row of its own.
            none: words![
                "sasl",
                "proxy",
                "remote party",
                "transportstream",
                "authenticated to send",
                "anonymous",
                "anonyme",
            ],
        },
        "The service switched to OAuth2 and gets its token, but it still cannot log in to the mailbox.",
    ),
];

/// Words saying something was turned off or retired (EN/DE), for the rows on basic
/// authentication told in a report.
const TURNED_OFF: Words = words![
    "disabl",
    "deprecat",
    "turned off",
    "switched off",
    "retire",
    "no longer",
    "end of support",
    "deactivat",
    "shut off",
    "shutting off",
    "phased out",
    "phase out",
    "sunset",
    "abgeschaltet",
    "eingestellt",
    "deaktivier",
    "abschalt",
    "nicht mehr",
    "abgekündigt",
    "ausgeschaltet",
];

/// Where basic authentication turned off is not the client's cause: WinRM's client setting
/// (another fix), or the same line telling that the client moved to OAuth already.
const BASIC_OFF_NOT: Words = words![
    "client configuration",
    "client machine",
    "winrm",
    "oauth",
    "modern",
    "moderne",
    // Told moved to an app's sign-in already.
    "client credentials|app registration|app-registrierung|client secret|migrated|switched to|moved to|moved the|umgestellt|migriert|access token|zugriffstoken",
];

/// Why a report of basic authentication turned off points to a password sign-in.
const BASIC_OFF_WHY: Text = t!(
    "the paste says basic authentication was turned off: a client that still signs in with a user name and password (or an app password) is refused; it has to use OAuth (XOAUTH2)",
    "der Text sagt, dass die Standardauthentifizierung abgeschaltet wurde: ein Client, der sich noch mit Benutzername und Kennwort (oder App-Kennwort) anmeldet, wird abgelehnt; er muss OAuth (XOAUTH2) verwenden"
);

/// Why an id of the app registration told beside the service principal points to the object id.
const WRONG_OBJECT_ID_WHY: Text = t!(
    "the paste names an id of the app registration beside the service principal: New-ServicePrincipal needs the object id of the Enterprise application (the service principal), not the app registration's object id or the client id",
    "der Text nennt eine ID der App-Registrierung neben dem Dienstprinzipal: New-ServicePrincipal braucht die Objekt-ID der Unternehmensanwendung (des Dienstprinzipals), nicht die Objekt-ID der App-Registrierung oder die Client-ID"
);

/// Rows of [`NARRATIVE`] the rules read only in a paste that names IMAP, POP, SMTP or EWS: what
/// they tell is a mistake only there (Graph's mail permissions are Graph's own).
pub const BESIDE_MAIL_PROTOCOL: &[TextId] = &[TextId::NarrativeGraphMailPermission];

/// Rows of [`NARRATIVE`] the rules read only in a paste that names IMAP, POP or SMTP: what they
/// point to (the service principal's registration in Exchange) is those protocols' setup, not
/// EWS's or Graph's.
pub const WITH_MAIL_PROTOCOL: &[TextId] = &[TextId::NarrativeExchangeAudience];

/// Words of a clause that tell a cause ruled out ("SMTP AUTH is not disabled", "Conditional Access
/// \"Not applied\"", "es fehlt nichts"): the [`NARRATIVE`] rows do not read such a clause, nor a
/// question that guesses ([`GUESSED`]), so what the report rules out or guesses at is no
/// statement of the cause (EN/DE).
pub const RULED_OUT: Words = words![
    "not the problem|n't the problem|not the issue|n't the issue|not the cause|not the reason|n't the reason|not applied|not disabled|n't disabled|n't expired|not expired",
    "not missing|nothing is missing|nothing missing|does not block|doesn't block|not blocking|no license needed|no licence needed|no license is needed|no licence is needed|not needed|no further consent|not involved|not enforced|not required|no mfa involved|no mfa required|does not apply|doesn't apply|no policy applies",
    "security defaults are off|security defaults are disabled|security defaults disabled|never enabled security defaults|don't use security defaults|do not use security defaults|not using security defaults",
    "security defaults are turned off",
    "ist nicht das problem|liegt nicht an|nicht deaktiviert|fehlt nichts|es fehlt nicht|blockiert nichts|nicht nötig|nicht erforderlich|nicht benötigt|brauchen keine|braucht keine|keine richtlinie greift|greift nicht|nicht erzwungen|kein mfa nötig|ohne mfa",
    "sicherheitsstandards sind aus|sicherheitsstandards sind deaktiviert|sicherheitsstandards deaktiviert|sicherheitsstandards haben wir nie",
];
/// Words of a question that guesses at a cause ("Could the secret have expired?", "Kann es an
/// bedingtem Zugriff liegen?"): the [`NARRATIVE`] rows do not read its sentence. A question
/// that tells what happens ("Does the authorization expire every 6 months?") is read.
pub const GUESSED: Words = words![
    "could|might|is it possible|possibly|maybe|perhaps|is it because|is this because|is that because|is it due to|is it related",
    "kann es|könnte|vielleicht|liegt es|liegt das|ob es|möglicherweise|hat es mit",
];

/// What a report tells of the setup in prose, as tickets and forum posts tell it beside (or
/// instead of) an error: a line matching a row becomes a client error, and every matching row
/// adds its causes, each reason saying that the paste tells it (not that the evidence shows it).
pub const NARRATIVE: &[KnownText] = &[
row(
    TextId::NarrativeBasicOff,
    words![],
    Matcher {
        any: TURNED_OFF,
        all: words!["basic"],
        // The WinRM client's Basic setting that remote PowerShell needs is another fix.
        none: BASIC_OFF_NOT,
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.5, BASIC_OFF_WHY)],
    "Since Microsoft turned off basic auth our scanner cannot send anymore.",
),
row(
    TextId::NarrativeBasicOffDe,
    words![],
    Matcher {
        any: TURNED_OFF,
        all: words!["standardauthentifizierung"],
        none: BASIC_OFF_NOT,
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.5, BASIC_OFF_WHY)],
    "Seit Microsoft die Standardauthentifizierung abgeschaltet hat, ruft das Ticketsystem keine Mails mehr ab.",
),
row(
    TextId::NarrativeSecurityDefaults,
    words![],
    Matcher {
        any: words!["security defaults", "secure defaults", "sicherheitsstandards"],
        all: words![],
        // Security defaults said to be off, or advice to turn them off.
        none: words![
            "disabl",
            "deaktivier",
            "turned off",
            "turn off",
            "switched off",
            "ausgeschaltet",
            "abgeschaltet",
            "ausschalten",
            "abschalten",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SecurityDefaultsBlock, 0.45, t!(
        "the paste names the tenant's security defaults: where they are on, they block SMTP AUTH and other password and legacy sign-ins for every account, whatever the mailbox allows",
        "der Text nennt die Sicherheitsstandards des Mandanten: wo sie aktiv sind, blockieren sie SMTP AUTH und andere Kennwort- und Legacy-Anmeldungen für jedes Konto, unabhängig von den Postfacheinstellungen"
    ))],
    "We enabled security defaults in Azure AD recently; since then the application fails to send over SMTP.",
),
row(
    TextId::NarrativeGraphAudience,
    words![],
    Matcher {
        any: words!["imap", "pop3", "smtp", "ews", "xoauth2", "outlook.office365.com"],
        all: words![
            "aud|scope|resource",
            "graph.microsoft.com|00000003-0000-0000-c000-000000000000",
        ],
        // Graph named as the API used, not as a wrong audience; told replaced by Exchange's
        // scope, or as not the audience.
        none: words![
            "graph api", "/v1.0/", "graph sdk",
            "changed it to|changed to|switched to|not https://graph|umgestellt|geändert auf|nicht https://graph",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongTokenAudience, 0.55, t!(
        "the paste tells of a Microsoft Graph audience or scope beside a mail protocol: IMAP, POP, SMTP and EWS accept only tokens for Exchange Online (https://outlook.office365.com/.default, aud https://outlook.office365.com)",
        "der Text nennt eine Microsoft-Graph-Zielgruppe oder einen Graph-Bereich neben einem Mailprotokoll: IMAP, POP, SMTP und EWS nehmen nur Tokens für Exchange Online an (https://outlook.office365.com/.default, aud https://outlook.office365.com)"
    ))],
    "The aud of the token is https://graph.microsoft.com, but we log in to IMAP with it.",
),
row(
    TextId::NarrativeExchangeAudience,
    words![],
    Matcher {
        any: words![],
        all: words![
            " aud |aud:|aud=|aud =|aud claim|aud-claim|audience|zielgruppe",
            "outlook.office365.com|outlook.office.com|00000002-0000-0ff1-ce00-000000000000",
        ],
        // Graph named too (a comparison), a claim of pasted JSON (the claims are read as such),
        // an instruction or a negation ("aud must be …", "aud is not …"), a condition.
        none: words![
            "graph.microsoft.com|00000003-0000-0000-c000-000000000000",
            "\"aud\"|'aud'",
            "must be|should be|has to be|instead|muss|sollte|statt|not |nicht|n't",
            condition!(),
            // A message about the audience ("No token found for audience …", a managed identity's
            // endpoint), or EWS and Graph, which need no service principal in Exchange.
            "no token found|kein token gefunden|not found for audience|invalid audience|audience is invalid|audience claim value is invalid",
            "ews|exchange.asmx|soap|graph",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::ServicePrincipalNotRegisteredInExchange, 0.3, t!(
            "the paste tells the token is for Exchange Online (aud): if so, the Graph trap is not the cause and Exchange's own setup remains, for an app-only token most often the service principal's registration (New-ServicePrincipal)",
            "der Text sagt, dass das Token für Exchange Online ist (aud): dann ist die Graph-Falle nicht die Ursache, und es bleibt die Einrichtung in Exchange, bei einem App-only-Token meist die Registrierung des Dienstprinzipals (New-ServicePrincipal)"
        )),
        to(C::MailboxPermissionMissing, 0.2, t!(
            "or the permission on the mailbox (FullAccess for the app, Add-MailboxPermission)",
            "oder die Berechtigung auf das Postfach (Vollzugriff für die App, Add-MailboxPermission)"
        )),
    ],
    "The aud claim is https://outlook.office365.com and roles contains IMAP.AccessAsApp, still AUTHENTICATE failed.",
),
row(
    TextId::NarrativeRecentChange,
    words![],
    Matcher {
        any: words![],
        all: words![
            // What was changed, told as done (a permission merely named, "checked" or held since
            // long is no change).
            "granted|added|assigned|consented|registered|gave it full|gave the app|gave the service principal|enabled imap|enabled pop|enabled smtp|ran new-serviceprincipal|ran add-mailboxpermission|ran the script|ran set-casmailbox|created the service principal|erteilt|hinzugefügt|zugewiesen|ausgeführt|angelegt|registriert|aktiviert|vergeben",
            "minutes ago|minute ago|min ago|mins ago|just now|moments ago|just ran|just granted|just added|just assigned|vor wenigen minuten|vor ein paar minuten|vor einigen minuten|vor einer minute|vor 1 minute|vor 2 minuten|vor 3 minuten|vor 5 minuten|vor 10 minuten|vor 15 minuten|vor 20 minuten|vor 30 minuten|vor 45 minuten|minuten her|gerade eben|soeben|gerade erst|eben erst",
        ],
        // A change told long past, the wait told over, a check rather than a change, or a
        // failure told as the recent thing ("worked until a few minutes ago").
        none: words![
            "days ago|weeks ago|yesterday|hours ago|vor tagen|vor wochen|gestern|vor stunden",
            "months ago|last year|long time ago|long ago|when we set it up|during setup|in 2019|in 2020|in 2021|in 2022|in 2023|in 2024|in 2025|vor monaten|letztes jahr|letzten jahr|vor langer zeit|bei der einrichtung|seit monaten|seit jahren",
            "waited an hour|waited for an hour|waited over an hour|waited several hours|waited a day|eine stunde gewartet|stunden gewartet|einen tag gewartet",
            "checked|verified|geprüft|überprüft|until|bis vor",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ReplicationDelay, 0.5, t!(
        "the paste tells of a permission or registration changed minutes before the failure: Exchange Online applies such changes after up to an hour; try again later with a new token",
        "der Text nennt eine Berechtigung oder Registrierung, die Minuten vor dem Fehler geändert wurde: Exchange Online übernimmt solche Änderungen erst nach bis zu einer Stunde; später mit einem neuen Token erneut versuchen"
    ))],
    "We ran New-ServicePrincipal and Add-MailboxPermission 10 minutes ago and granted the permission, IMAP still says AUTHENTICATE failed.",
),
row(
    TextId::NarrativeGraphMailPermission,
    words![],
    Matcher {
        any: words![],
        all: words![
            "mail.send|mail.read|mail.readwrite",
            "permission|berechtigung|granted|erteilt|consent|zustimmung|added|hinzugefügt|only has|nur |(application)|under microsoft graph|unter microsoft graph",
        ],
        // The mail protocols' own permissions named too (the setup may be right), a library's
        // `mail.send(…)` or `send_mail` call, the `SendMail` API used, Graph told as what the
        // service uses now, or the permission told replaced.
        none: words![
            "accessasapp", "sendasapp", "accessasuser", "smtp.send", "full_access_as_app",
            "mail.send(", "mail.send_", "/sendmail", "graph api", "graph sdk", "/v1.0/",
            "migrated|migriert|only microsoft graph|only ms graph|only graph|nur microsoft graph|nur graph|not using imap|not using smtp|not using pop",
            "removed|entfernt|instead|stattdessen|office 365 exchange online",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::MissingAppRole, 0.4, t!(
            "the paste names Microsoft Graph's mail permissions (Mail.Send, Mail.Read) beside a mail protocol: they open only Graph's REST API; IMAP, POP and SMTP need Office 365 Exchange Online's IMAP.AccessAsApp, POP.AccessAsApp or SMTP.SendAsApp (delegated: IMAP.AccessAsUser.All, SMTP.Send)",
            "der Text nennt die Mail-Berechtigungen von Microsoft Graph (Mail.Send, Mail.Read) neben einem Mailprotokoll: sie öffnen nur Graphs REST-API; IMAP, POP und SMTP brauchen IMAP.AccessAsApp, POP.AccessAsApp oder SMTP.SendAsApp von Office 365 Exchange Online (delegiert: IMAP.AccessAsUser.All, SMTP.Send)"
        )),
        to(C::WrongTokenAudience, 0.3, t!(
            "a client set up with Graph's permissions often asks for a Graph token too (scope https://graph.microsoft.com/.default), which IMAP, POP and SMTP refuse",
            "ein mit Graphs Berechtigungen eingerichteter Client fordert oft auch ein Graph-Token an (Scope https://graph.microsoft.com/.default), das IMAP, POP und SMTP ablehnen"
        )),
    ],
    "The app only has the Mail.Send application permission with admin consent, and SMTP says 535 5.7.3.",
),
row(
    TextId::NarrativeSharedMailbox,
    words![],
    Matcher {
        any: words![
        "shared mailbox",
        "shared-mailbox",
        "sharedmailbox",
        "freigegebene postfach",
        "freigegebenes postfach",
        "freigegebenen postfach",
        "geteilte postfach",
        "geteiltes postfach",
        "gemeinsame postfach",
        "gemeinsames postfach",
        ],
        all: words![],
        // Told not one ("kein freigegebenes Postfach", "not a shared mailbox").
        none: words![
            "not a shared|isn't a shared|kein freigegebene|keine freigegebene|kein geteilte|kein gemeinsame",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::WrongUsernameInXoauth2, 0.35, t!(
            "the paste names a shared mailbox: with OAuth, user= must be the shared mailbox's address (IMAP, POP) while the token is the signed-in user's or the app's; SMTP AUTH takes the signed-in user's name and sends as the shared address",
            "der Text nennt ein freigegebenes Postfach: mit OAuth muss user= die Adresse des freigegebenen Postfachs sein (IMAP, POP), das Token ist das des angemeldeten Benutzers oder der App; SMTP AUTH nimmt den Namen des angemeldeten Benutzers und sendet als die freigegebene Adresse"
        )),
        to(C::MailboxPermissionMissing, 0.3, t!(
            "when a shared mailbox is opened with another identity's token, that user or the app's service principal needs Full Access to it (Add-MailboxPermission)",
            "wird ein freigegebenes Postfach mit dem Token einer anderen Identität geöffnet, braucht dieser Benutzer bzw. der Dienstprinzipal der App Vollzugriff darauf (Add-MailboxPermission)"
        )),
    ],
    "Logging in to the shared mailbox over IMAP with OAuth does not work.",
),
row(
    TextId::NarrativeSecretExpired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "secret|geheimer clientschlüssel|geheimen clientschlüssel|clientschlüssel|client-schlüssel|geheimnis",
            // (An expiry date alone tells a date, mostly a future one: the portal's column.)
            "expired|abgelaufen",
        ],
        none: words![
            "not expired", "nicht abgelaufen", "token expired", "token is expired",
            // Told not so, or asked.
            "hasn't",
            // Still valid, or expiring later.
            "still valid|noch gültig|expires in|expires on|will expire|expires soon|läuft in|läuft am|läuft bald|wird ablaufen",
            // Told replaced since: the failure asked about is another.
            "renewed|created a new|generated a new|replaced the secret|rotated|erneuert|neu erstellt|neues erstellt|neuen erstellt|ausgetauscht",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExpiredClientSecret, 0.6, t!(
        "the paste says the client secret expired: Entra refuses every token request with it (AADSTS7000222); a new secret's value has to go into the app's configuration",
        "der Text sagt, dass der geheime Clientschlüssel abgelaufen ist: Entra lehnt jede Tokenanforderung damit ab (AADSTS7000222); der Wert eines neuen Schlüssels muss in die Konfiguration der App"
    ))],
    "The client secret expired last week and since then the service gets no token.",
),
row(
    TextId::NarrativeWrongObjectId,
    words![],
    Matcher {
        any: words!["serviceprincipal", "service principal", "dienstprinzipal"],
        all: words![
            "object id|objectid|object-id|objekt-id|objekt id",
            "app registration|application object|app-registrierung|anwendungsregistrierung|client id|application id",
        ],
        // The Enterprise application's object id told used (the right one): the row below reads
        // it told as what was not used.
        none: words![
            "enterprise app|enterprise-app|unternehmensanwendung|enterprise application",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongObjectId, 0.45, WRONG_OBJECT_ID_WHY)],
    "I used the Object ID from App registrations in New-ServicePrincipal.",
),
row(
    TextId::NarrativeWrongObjectIdInstead,
    words![],
    Matcher {
        any: words!["serviceprincipal", "service principal", "dienstprinzipal"],
        all: words![
            "object id|objectid|object-id|objekt-id|objekt id",
            "app registration|application object|app-registrierung|anwendungsregistrierung|client id|application id",
            "enterprise app|enterprise-app|unternehmensanwendung|enterprise application",
            // Told used instead, or told as advice ("don't use …, use the one from …").
            "instead|rather than|not the|statt|anstatt|wrong|falsch|mistak|verwechselt|mixed up|don't|do not|use the one|nicht die|nicht mit",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongObjectId, 0.45, WRONG_OBJECT_ID_WHY)],
    "New-ServicePrincipal got the Object ID from App registrations instead of the one from Enterprise applications.",
),
row(
    TextId::NarrativeSpNotRegistered,
    words![],
    Matcher {
        // Phrases that bind the negation to the registration (a "never" or "not yet" elsewhere
        // in a sentence about the service principal says nothing of it).
        any: words![
            "never registered in exchange|not registered in exchange|wasn't registered in exchange|isn't registered in exchange|service principal was never registered|service principal was not registered|service principal wasn't registered|service principal is not registered|never created the service principal|new-serviceprincipal not run|new-serviceprincipal was not run|new-serviceprincipal was never run|forgot to run new-serviceprincipal|forgot new-serviceprincipal|never ran new-serviceprincipal|did not run new-serviceprincipal|didn't run new-serviceprincipal|without running new-serviceprincipal",
            "get-serviceprincipal returns nothing|get-serviceprincipal returns no|get-serviceprincipal shows nothing|get-serviceprincipal finds nothing|get-serviceprincipal liefert nichts|get-serviceprincipal gibt nichts|get-serviceprincipal findet nichts",
            "nie in exchange registriert|nicht in exchange registriert|dienstprinzipal wurde nie registriert|dienstprinzipal wurde nicht registriert|dienstprinzipal ist nicht registriert|new-serviceprincipal nicht ausgeführt|new-serviceprincipal vergessen|vergessen, new-serviceprincipal",
            // Told not run yet, the negation next to the step (a "not" elsewhere on the line
            // may be another clause's; "don't run New-ServicePrincipal …" is advice).
            "have not run new-serviceprincipal|haven't run new-serviceprincipal|has not run new-serviceprincipal|hasn't run new-serviceprincipal|not yet run new-serviceprincipal|new-serviceprincipal has not been run|new-serviceprincipal hasn't been run|new-serviceprincipal wasn't run|new-serviceprincipal not yet run|new-serviceprincipal not run yet|new-serviceprincipal has not been executed|did not register the service principal|didn't register the service principal|have not registered the service principal|haven't registered the service principal|not yet registered the service principal",
            "new-serviceprincipal noch nicht ausgeführt|new-serviceprincipal wurde noch nicht|new-serviceprincipal wurde nicht ausgeführt|new-serviceprincipal haben wir noch nicht|new-serviceprincipal haben wir nicht|new-serviceprincipal noch nicht gemacht|new-serviceprincipal fehlt noch|new-serviceprincipal übersprungen|new-serviceprincipal haben wir vergessen|in exchange noch nicht registriert|dienstprinzipal noch nicht registriert|dienstprinzipal noch nicht angelegt",
        ],
        all: words![],
        // The app's service principal missing in Entra (the tenant) is another fix, and a
        // cmdlet's error is read as such.
        none: words![
            "tenant", "mandant", "entra", "azure ad", "azure active directory", "not found",
            "nicht gefunden", "couldn't be found", "could not be found", "aadsts", condition!(),
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ServicePrincipalNotRegisteredInExchange, 0.5, t!(
        "the paste says the app's service principal was never registered in Exchange Online (New-ServicePrincipal not run): without it Exchange refuses every app-only token",
        "der Text sagt, dass der Dienstprinzipal der App nie in Exchange Online registriert wurde (New-ServicePrincipal nicht ausgeführt): ohne ihn lehnt Exchange jedes App-only-Token ab"
    ))],
    "We forgot to run New-ServicePrincipal, IMAP kept saying AUTHENTICATE failed.",
),
row(
    TextId::NarrativeNoRoles,
    words![],
    Matcher {
        any: words![
        "no roles",
        "without roles",
        "roles claim is missing",
        "roles claim missing",
        "missing roles claim",
        "missing the roles claim",
        "keine rollen",
        "ohne rollen",
        "roles-claim fehlt",
        "roles fehlt",
        "roles are missing|roles is missing|roles claim is empty|roles array is empty|empty roles|no role claim|without a roles claim|fehlen die roles|roles fehlen|fehlen die rollen|roles-claim ist leer|keine roles|ohne roles",
        ],
        all: words![],
        // A user's token, which has scopes and no roles as it should, or Exchange's admin
        // role assignments.
        none: words![
            "scp|user token|benutzertoken|as expected|wie erwartet",
            // Told as the token before a fix.
            "earlier|previously|before admin consent|vorher|früher|zuvor",
            "role assignment|rollenzuweisung|managementrole",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::MissingAppRole, 0.45, t!(
            "the paste says the token has no roles: an app-only token without the protocol's application permission (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp, full_access_as_app) and admin consent is refused",
            "der Text sagt, dass das Token keine Rollen hat: ein App-only-Token ohne die Anwendungsberechtigung des Protokolls (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp, full_access_as_app) und Administratorzustimmung wird abgelehnt"
        )),
        to(C::DelegatedPermissionInsteadOfApplication, 0.35, t!(
            "a token without roles often comes from permissions added as delegated where the client-credentials flow needs application permissions",
            "ein Token ohne Rollen kommt oft von Berechtigungen, die als delegiert hinzugefügt wurden, wo der Client-Credentials-Flow Anwendungsberechtigungen braucht"
        )),
    ],
    "The token we get has no roles claim at all.",
),
row(
    TextId::NarrativeDelegatedForAppOnly,
    words![],
    Matcher {
        any: words![],
        all: words![
            "delegated permission|delegierte berechtigung|delegated scope|delegated type",
            "client credentials|client_credentials|app-only|app only|daemon|without a user|ohne benutzer",
        ],
        // Told removed or replaced.
        none: words!["removed|entfernt"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::DelegatedPermissionInsteadOfApplication, 0.5, t!(
        "the paste tells of delegated permissions beside an app-only flow: client credentials get only application permissions (roles) into the token; delegated ones need a signed-in user",
        "der Text nennt delegierte Berechtigungen neben einem App-only-Flow: mit Clientanmeldeinformationen kommen nur Anwendungsberechtigungen (roles) ins Token; delegierte brauchen einen angemeldeten Benutzer"
    ))],
    "We added the delegated permission IMAP.AccessAsUser.All and use the client credentials flow.",
),
row(
    TextId::NarrativeSmtpAuthTenant,
    words![],
    Matcher {
        any: words![],
        all: words![
            "smtp auth|smtp-auth|authenticated smtp|smtpclientauthentication",
            "tenant|organization|organisation|mandant|org-wide|organisationsweit",
            "disabl|deaktiviert|turned off|abgeschaltet|not enabled|nicht aktiviert",
        ],
        none: words!["security defaults", "sicherheitsstandards", auth_disabled_false!()],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SmtpAuthDisabledTenant, 0.5, t!(
        "the paste says SMTP AUTH is disabled for the organisation: every mailbox without its own exception is refused (Set-TransportConfig -SmtpClientAuthenticationDisabled $false, or enable it per mailbox)",
        "der Text sagt, dass SMTP AUTH für die Organisation deaktiviert ist: jedes Postfach ohne eigene Ausnahme wird abgelehnt (Set-TransportConfig -SmtpClientAuthenticationDisabled $false oder pro Postfach aktivieren)"
    ))],
    "SMTP AUTH is disabled for the whole tenant.",
),
row(
    TextId::NarrativeProtocolDisabled,
    words![],
    Matcher {
        any: words!["mailbox", "postfach", "user", "benutzer", "account", "konto"],
        all: words![
            "imap|pop3|smtp auth|smtp-auth|authenticated smtp",
            "disabl|deaktiviert|turned off|abgeschaltet|not enabled|nicht aktiviert",
        ],
        none: words![
            "tenant",
            "organization",
            "organisation",
            "mandant",
            "basic",
            "standardauthentifizierung",
            "security defaults",
            "sicherheitsstandards",
            // Advice to switch the connection's TLS off (KMail) speaks of TLS, not the protocol.
            "disable tls",
            "disable ssl",
            "disable starttls",
            auth_disabled_false!(),
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ProtocolDisabledOnMailbox, 0.5, t!(
        "the paste says the protocol is disabled for the mailbox: Exchange refuses the sign-in however good the token (Set-CASMailbox -ImapEnabled/-PopEnabled $true, -SmtpClientAuthenticationDisabled $false)",
        "der Text sagt, dass das Protokoll für das Postfach deaktiviert ist: Exchange lehnt die Anmeldung ab, wie gut das Token auch ist (Set-CASMailbox -ImapEnabled/-PopEnabled $true, -SmtpClientAuthenticationDisabled $false)"
    ))],
    "IMAP is disabled on the mailbox in the Exchange admin center.",
),
row(
    TextId::NarrativeOtherProtocolWorks,
    words![],
    Matcher {
        any: words![
            "mail can be sent",
            "sending works",
            "sending mail works",
            "sending still works",
            "smtp works",
            "smtp still works",
            "can send but not receive",
            "can send mail but",
            "receiving works",
            "imap works",
            "imap still works|pop works|pop3 works|pop still works|pop3 still works",
            "senden funktioniert",
            "versand funktioniert",
            "empfang funktioniert",
            "abruf funktioniert|imap funktioniert|pop3 funktioniert|pop funktioniert|smtp funktioniert",
        ],
        all: words![],
        // Negated, conditional or asked ("funktioniert nicht", "POP works if …", "works?").
        none: words![
            "funktioniert nicht|funktioniert auch nicht|funktioniert ebenfalls nicht|funktioniert nur|funktioniert das",
            "works if|works only|works?|works when|works with basic|doesn't work|does not work",
            // The token's retrieval is no mail protocol.
            "token-abruf|tokenabruf|token abruf",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ProtocolDisabledOnMailbox, 0.4, t!(
        "the paste tells that another protocol of the same mailbox works: when one protocol is refused and another accepted, the refused one is likely disabled for the mailbox (Get-CASMailbox)",
        "der Text sagt, dass ein anderes Protokoll desselben Postfachs funktioniert: wird eines abgelehnt und ein anderes angenommen, ist das abgelehnte wahrscheinlich für das Postfach deaktiviert (Get-CASMailbox)"
    ))],
    "Login failed, but mail can be sent.",
),
row(
    TextId::NarrativeOtherMailboxesWork,
    words![],
    Matcher {
        any: words![
            "works for other mailboxes|work for other mailboxes|works for all other mailboxes|works with other mailboxes|works for the other mailboxes|works fine for the other mailboxes|works for some mailboxes|work for some mailboxes|other mailboxes work|other mailboxes are working|other mailboxes still work|all other mailboxes work|other mailboxes are fine",
            "bei anderen postfächern funktioniert|andere postfächer funktionieren|andere postfächer gehen|bei allen anderen postfächern funktioniert|funktioniert bei einigen postfächern|funktioniert bei anderen postfächern",
        ],
        all: words![],
        // Negated, asked or conditional ("doesn't work for other mailboxes either"), a shared
        // mailbox (its own row), basic authentication compared.
        none: words![
            "doesn't work for|does not work for|don't work for|do not work for|either|funktioniert nicht bei|funktionieren nicht|auch nicht|ebenfalls nicht|?",
            "shared|freigegeben|geteilt|gemeinsam|basic auth|standardauthentifizierung",
            condition!(),
        ],
    },
    Kind::ClientError,
    Code::None,
    &[
        to(C::MailboxPermissionMissing, 0.4, t!(
            "the paste tells that other mailboxes work with the same app: what differs is this mailbox's own setup, most often the app's FullAccess on it (Add-MailboxPermission) or, for Graph and EWS, a scope that leaves it out",
            "der Text sagt, dass andere Postfächer mit derselben App funktionieren: anders ist die Einrichtung dieses Postfachs, meist der Vollzugriff der App darauf (Add-MailboxPermission) oder, bei Graph und EWS, ein Bereich, der es ausschließt"
        )),
        to(C::ProtocolDisabledOnMailbox, 0.3, t!(
            "a protocol switched off for this mailbox alone (Get-CASMailbox) fails it while other mailboxes work",
            "ein nur für dieses Postfach abgeschaltetes Protokoll (Get-CASMailbox) lässt es scheitern, während andere Postfächer funktionieren"
        )),
    ],
    "It works for other mailboxes but not for info@contoso.com: AUTHENTICATE failed.",
),
row(
    TextId::NarrativeConsentMissing,
    words![],
    Matcher {
        any: words![
            "not granted|not been granted|not yet granted|n't been granted",
            "missing",
            "required",
            "requires",
            "requiring",
            "need",
            "until",
            "nicht erteilt",
            "fehlt",
            "erforderlich",
            "benötigt",
            "bis ",
        ],
        all: words!["admin consent|administratorzustimmung|adminzustimmung|admin-zustimmung|administrator consent|admin approval|administratorgenehmigung|genehmigung des administrators|administrator approval"],
        none: words![condition!()],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.5, t!(
        "the paste tells that admin consent is missing or required: until an administrator grants it for the tenant, the permissions are not in the token (or the sign-in stops at the consent page)",
        "der Text sagt, dass die Administratorzustimmung fehlt oder nötig ist: bis ein Administrator sie für den Mandanten erteilt, stehen die Berechtigungen nicht im Token (oder die Anmeldung endet an der Zustimmungsseite)"
    ))],
    "The mail integration would not connect until we granted admin consent to the API permissions.",
),
row(
    TextId::NarrativeConsentNotGrantedFor,
    words![],
    Matcher {
        any: words!["not granted for |nicht erteilt für "],
        all: words![],
        // A message's own wording ("permissions not granted for account …", "… for client
        // credential flow") is read by its own rows.
        none: words![
            condition!(),
            "not granted for account|not granted for client|not granted for user|not granted for the|not granted for this",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.5, t!(
        "the paste shows the portal's status \"Not granted for\" the tenant: admin consent for the app's permissions is missing, so they are not in its tokens",
        "der Text zeigt den Portalstatus \"Not granted for\" (nicht erteilt für) den Mandanten: die Administratorzustimmung für die Berechtigungen der App fehlt, daher stehen sie nicht in ihren Tokens"
    ))],
    "IMAP.AccessAsApp  Application  Use IMAP via OAuth  Yes  Not granted for Contoso",
),
row(
    TextId::NarrativeConditionalAccess,
    words![],
    Matcher {
        any: words![
            "conditional access",
            "bedingter zugriff",
            "bedingten zugriff",
            "bedingtem zugriff",
        ],
        all: words![],
        // Said not to apply, or the account told excluded from it.
        none: words![
            "no conditional access", "not conditional access", "kein bedingter zugriff",
            "we excluded|excluded the|is excluded|was excluded|are excluded|ist ausgenommen|wurde ausgenommen|haben wir ausgenommen",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConditionalAccessBlock, 0.45, t!(
        "the paste names Conditional Access: a policy that requires MFA, a compliant device or a location blocks a service's sign-in (AADSTS53003 in the sign-in log); exclude the service account or the app, or use client credentials",
        "der Text nennt bedingten Zugriff: eine Richtlinie, die MFA, ein konformes Gerät oder einen Standort verlangt, blockiert die Anmeldung eines Dienstes (AADSTS53003 im Anmeldeprotokoll); das Dienstkonto oder die App ausnehmen oder Clientanmeldeinformationen verwenden"
    ))],
    "Since we rolled out a new conditional access policy the scanner cannot send anymore.",
),
row(
    TextId::NarrativeMfaPassword,
    words![],
    Matcher {
        any: words![],
        all: words![
            "mfa|multi-factor|multifactor|multi-faktor|two-factor|zwei-faktor|2fa",
            "password|passwort|kennwort|ropc|username",
        ],
        // An app password is its own cause (basic authentication).
        none: words!["app password", "app-password", "app-kennwort", "app-passwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MfaRequiredRopc, 0.45, t!(
        "the paste names MFA beside a sign-in with a password: a service that sends a user's password (ROPC) cannot answer MFA and is refused (AADSTS50076/50079); use client credentials or a delegated flow with a refresh token",
        "der Text nennt MFA neben einer Anmeldung mit Kennwort: ein Dienst, der das Kennwort eines Benutzers sendet (ROPC), kann MFA nicht beantworten und wird abgelehnt (AADSTS50076/50079); Clientanmeldeinformationen oder einen delegierten Flow mit Aktualisierungstoken verwenden"
    ))],
    "We enabled MFA for everyone and now the service can no longer get a token with the username and password.",
),
row(
    TextId::NarrativePasswordSignIn,
    words![],
    Matcher {
        any: words![
            "username and password|user name and password|user and password|user + password|username + password|username/password|login and password|password authentication|basic auth",
            "benutzername und passwort|benutzername und kennwort|benutzer und passwort|benutzer und kennwort|benutzername/passwort|benutzername/kennwort|standardauthentifizierung|kennwortauthentifizierung",
        ],
        all: words![],
        none: words![
            // A password told wrong is the error's, a password sent for a token (ROPC) or beside
            // MFA another cause, OAuth named is no basic sign-in, one told to succeed no failure.
            "oauth", "token", "modern", "mfa", "multi-factor", "aadsts", "grant", "ropc",
            "app password", "app-password", "app-kennwort", "app-passwort", "invalid", "incorrect",
            "wrong", "bad ", "unknown", "falsch", "ungültig", "unbekannt", "winrm", "succeeded",
            "succeeds", "was successful", "war erfolgreich",
            // A locked ("blocked" is not), expired or disabled account is its own cause; a
            // client's hint to check the password, and a password typed into a browser's sign-in
            // (OAuth), tell no basic sign-in.
            "is locked", "was locked", "locked out", "account locked", "gesperrt", "expired",
            "abgelaufen", "disabled", "deaktiviert", "verify", "check your", "überprüfen",
            "browser", "popup", "client credentials",
            // JavaMail's debug line before every authenticated connection.
            "need username and password for",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.45, t!(
        "the paste says the client signs in with a user name and password (basic authentication): Exchange Online refuses that for IMAP and POP, and for SMTP AUTH where it is turned off (by default from the end of December 2026); the client has to use OAuth (XOAUTH2)",
        "der Text sagt, dass sich der Client mit Benutzername und Kennwort anmeldet (Standardauthentifizierung): Exchange Online lehnt das für IMAP und POP ab, und für SMTP AUTH, wo sie abgeschaltet ist (standardmäßig ab Ende Dezember 2026); der Client muss OAuth (XOAUTH2) verwenden"
    ))],
    "Our scanner sends via smtp.office365.com port 587 with username and password.",
),
row(
    TextId::NarrativeUnlicensed,
    words![],
    any(words![
        "no license",
        "no licence",
        "not licensed",
        "unlicensed",
        "without a license",
        "without a licence",
        "license was removed",
        "license removed",
        "keine lizenz",
        "nicht lizenziert",
        "ohne lizenz",
        "lizenz entfernt",
        "lizenz wurde entfernt",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxUnlicensedOrMissing, 0.5, t!(
        "the paste says the account has no licence: without an Exchange Online licence there is no mailbox to open (shared mailboxes need none, but the user signing in for them does)",
        "der Text sagt, dass das Konto keine Lizenz hat: ohne Exchange-Online-Lizenz gibt es kein Postfach zum Öffnen (freigegebene Postfächer brauchen keine, der Benutzer, der sich für sie anmeldet, schon)"
    ))],
    "The service account is unlicensed, it only has a shared mailbox.",
),
row(
    TextId::NarrativeProxyBlock,
    words![],
    Matcher {
        any: words!["block", "intercept", "gesperrt", "blockiert", "deny", "denies", "denied"],
        all: words!["proxy|firewall"],
        none: words!["emailproxy", "oauth2 proxy", "oauth2-proxy", "email-oauth2-proxy"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.45, t!(
        "the paste tells of a proxy or firewall blocking: the service must reach login.microsoftonline.com (HTTPS) and the mail host (IMAP 993, POP 995, SMTP 587, HTTPS for EWS and Graph) directly or through an allowed proxy",
        "der Text nennt einen blockierenden Proxy oder eine Firewall: der Dienst muss login.microsoftonline.com (HTTPS) und den Mailserver (IMAP 993, POP 995, SMTP 587, HTTPS für EWS und Graph) direkt oder über einen erlaubten Proxy erreichen"
    ))],
    "The corporate firewall blocks login.microsoftonline.com from the server.",
),
];

/// A failed connection in a resolver's, runtime's or library's own words (case as they print
/// it): the scanner reads a line holding one of these phrases as a network error. It looks for
/// them when a line holds one of [`NETWORK_TRIGGERS`].
pub const NETWORK_PHRASES: Words = words![
    // glibc's getaddrinfo, .NET and Windows, macOS.
    "Name or service not known",
    "No such host is known",
    "nodename nor servname provided, or not known",
    // curl and libraries that print its words.
    "Could not resolve host",
    "could not resolve",
    // Python's resolver and urllib3 (`NewConnectionError`).
    "Temporary failure in name resolution",
    "to establish a new connection",
    // Ruby's `Net::OpenTimeout`.
    "Timeout to open TCP connection",
    // JavaMail's UnknownHostException.
    "Unknown SMTP host",
    // Node's fetch (undici): the request never got a response (DNS, refused, TLS, timeout).
    "TypeError: fetch failed",
    // An application's "network error", in English and German.
    "Network error",
    "Netzwerkfehler",
    // Go's net package: a connection or read that timed out ("dial tcp 52.98.16.198:587: i/o
    // timeout").
    "i/o timeout",
    // Go's resolver: the DNS server answered with an error ("lookup login.microsoftonline.com on
    // 127.0.0.11:53: server misbehaving", a container's DNS that cannot resolve outside names).
    "server misbehaving",
    // MSAL's and React Native's fetch: the request got no response at all.
    "Network request failed",
];

/// Words beside "timed out" on a line that tell a wait for a person, not a connection: a local
/// OAuth proxy's interactive authorisation nobody completed (email-oauth2-proxy).
pub const TIMED_OUT_NOT_NETWORK: Words = words!["authorisation request", "authorization request"];

/// A failed name lookup in a resolver's or library's words (lower case): it fails on any port,
/// so the rules do not read it as the port's own failure.
pub const NAME_LOOKUP_FAILED: Words = words![
    "resolv",
    "resolution",
    "getaddrinfo",
    "not known",
    "unknown host",
    "no such host",
    "nxdomain",
    "eai_again",
    "dns",
    "aufgelöst",
];

/// The exact words on whose line the scanner looks for [`NETWORK_PHRASES`] (each phrase holds
/// one of them). A plain list, not [`Words`]: the scanner compares many words with it.
pub const NETWORK_TRIGGERS: &[&str] = &[
    "known",
    "known.",
    "resolve",
    "Temporary",
    "establish",
    "Timeout",
    "Unknown",
    "fetch",
    "Netzwerkfehler",
    "Netzwerkfehler:",
    "Netzwerkfehler.",
    "Network",
    "timeout",
    "misbehaving",
];

/// Words that make the scanner read a line against [`LINE_FAMILIES`] when no detector found an
/// error on it (exact words, like the context words of scanner rows): the reply, API, client
/// and PowerShell texts as forum posts quote them, without the wrapper the detectors know. A
/// matching line becomes a client error whose text the rules then read.
pub const LINE_CONTEXT: Words = words![
    // Exchange Online PowerShell's remote shell
    "ShellId",
    // CDO's logon failure as its transport error code
    "0x80040217.",
    "0x80040217",
    // Dynamics 365 server-side synchronization's Test & Enable codes
    "8005E273",
    "8005E274",
    "8005E276",
    // Graph and EWS
    "invalid_token",
    "\"invalid_token\"",
    "OData",
    "/me",
    "REST",
    "store.",
    "store.,",
    "ApplicationThrottled",
    "MailboxConcurrency",
    "TooManyRequests",
    "concurrent",
    "throttling",
    "Throttling",
    "Drosselung",
    "(Drosselung)",
    "Drosselung.",
    "gedrosselt",
    "gedrosselt.",
    // a German application's message naming the mailbox kind
    "Exchange-Online-Postfach",
    "Exchange-Online-Postfach.",
    "backoff",
    "ErrorServerBusy",
    // Outlook add-ins' legacy Exchange tokens
    "GenericTokenError",
    "getCallbackTokenAsync",
    "getUserIdentityTokenAsync",
    "makeEwsRequestAsync",
    "ErrorForbiddenClientAccessTokenRequest",
    "NTLM",
    "established.",
    "established",
    "Realm=\"\"",
    "impersonation",
    "5.1.90",
    "AccessTokenExpired",
    "SendAsDenied",
    "NoPermissionsInAccessToken",
    "tunnel",
    "proxy",
    "proxy.",
    "Proxy",
    "ProxyError:",
    "NoPermissionsInAccessToken:",
    "OutboundSpamException",
    "OutboundSpamException;",
    "Certificate",
    "CertificateFilePath",
    "CertificateThumbprint",
    "behalf",
    "Forbidden.",
    "Forbidden",
    // EWS x-ms-diagnostics
    "x-ms-diagnostics:",
    "x-ms-diagnostics",
    "X-MS-Diagnostics:",
    "diagnostics:",
    "2000001",
    "2000003",
    "2000004",
    "2000005",
    "2000008",
    "2000010",
    // SMTP, IMAP and POP replies quoted without their code or tag
    "5.1.8",
    "5.5.124",
    "4.7.66",
    "TLS",
    "5.7.64",
    "5.7.501",
    "5.7.705",
    "5.7.708",
    "5.7.750",
    "5.7.508",
    "5.2.121",
    "5.2.122",
    "STOREDRV.Deliver;",
    "ROPC",
    "TenantAttribution",
    "state.",
    "NONAUTH",
    "NONAUTH,",
    "Argument",
    "Unavailable.",
    // client libraries (an apostrophe separates words: `Can't` is `Can` and `t`)
    "Can",
    "DefaultAzureCredential",
    "intercepts",
    "TokenStore::Refresh:",
    // Graph and EWS messages quoted alone
    "requested",
    "associated",
    "discovered.",
    "soft-deleted",
    "Insufficient",
    "CompactToken",
    "empty.",
    // TLS texts (OpenSSL, SChannel)
    "UNSUPPORTED_PROTOCOL",
    "TLSV1_ALERT_PROTOCOL_VERSION",
    "possess",
    "ExchangeImpersonation",
    "Check",
    "later.",
    "IDX10223:",
    "Lifetime",
    "audience.",
    "failure.",
    "signing.",
    // Exchange Online PowerShell
    "scenario.",
    "AccessCheckResult",
    "InScope",
    "Connecting",
    "UnAuthorized",
    // throttling, quota and restriction replies quoted without their code
    "Backoff",
    "throttled.",
    "quota",
    "banned",
    "Blocklist",
    "defaults",
    "criteria",
    "authenticated",
    // EWS response codes and Graph errors quoted alone
    "ErrorImpersonationDenied:",
    "ErrorInvalidUserPrincipalName:",
    "ErrorInternalServerTransientError:",
    "ErrorInsufficientResources:",
    "ErrorPasswordExpired:",
    "ErrorNonPrimarySmtpAddress:",
    "ErrorPasswordChangeRequired:",
    "ErrorMailboxConfiguration:",
    "ErrorTimeoutExpired:",
    "ErrorTooManyObjectsOpened:",
    "ErrorADUnavailable:",
    "ErrorMailboxLogonFailed:",
    "ErrorMailboxFailover:",
    "InvalidAudienceForResource:",
    "AllowList",
    "segment",
    "xms_trpid",
    // client libraries and TLS
    "peer",
    "Greeting",
    "mechanisms",
    "mechanisms:",
    "mechanism",
    "contact",
    "differs",
    "429",
    "privileges",
    "handshake",
    "internet",
    "secure",
    "Passwort",
    "Kennwort",
    "refused",
    "address.",
    "key.",
    "STARTTLS",
    "handshake",
    "SSL",
    "send.",
    "found.",
    "e.g.",
    "STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
    // OpenSSL's function:reason words of a TLS mode mismatch (1.0, 1.1, 3.x)
    "routines:SSL23_GET_SERVER_HELLO:unknown",
    "routines:ssl3_get_record:wrong",
    "routines::wrong",
    "WRONG_VERSION_NUMBER",
    // clients' words for a refused sign-in (BARE_FAILURE)
    "cannot",
    "failed.",
    "failed!",
    "failed:",
    "(AUTHFAIL)",
    "failure",
    "Probably",
    "Unauthorized.",
    "401.",
    "401;",
    "401",
    // a token request refused with HTTP 400 (`(400) Bad Request`, `400 Bad Request`)
    "(400)",
    "400",
    "'400",
    "Authorization",
    // client libraries' own messages (Thunderbird, email-oauth2-proxy, sasl-xoauth2, nodemailer,
    // smtplib, MailKit, JavaMail, PHPMailer)
    "authenticate",
    "Authentifizierungsfehler",
    "authentifiziert",
    "Authentifizierungsmethode",
    "method.",
    "passwords.",
    "Proxy:",
    "TokenStore::Read:",
    "TokenStore::Write:",
    "unexpectedly",
    "disconnected.",
    "transaction.",
    "Netzwerkprobleme.",
    "verweigert",
    "unbekannt.",
    "fehlgeschlagen.",
    "connect()",
    // applications' own messages (Evolution, Claws Mail, GNOME Online Accounts, fetchmail)
    "Plaintext",
    "Unverschlüsselte",
    "abgelehnt.",
    "refused.",
    "rejected",
    "akzeptiert",
    "erneuert",
    "Erneuerung",
    "Benutzernamen",
    "receiving",
    "sending",
    "Ungültiges",
    "Authentifikation",
    "Legitimierungstypen",
    "support",
    "username/password",
    "abgelaufen.",
    "expired.",
    // A log's error lines, whose message may be an application's own words (CONCEPTS).
    "ERROR",
    "ERROR:",
    "Error",
    "Error:",
    "error",
    "error:",
    "FATAL",
    "Fehler",
    "Fehler:",
];

/// The families a line with a word of [`LINE_CONTEXT`] is read against (and the 5.7.139 gate).
pub const LINE_FAMILIES: &[&[KnownText]] = &[
    REPLIES,
    API,
    CLIENT,
    TOKEN_STATUS,
    TOKEN_EXPIRED,
    ACCOUNT,
    EXO_CONNECT,
    BARE_FAILURE,
    NARRATIVE,
    CONCEPTS,
];

/// Every family with its rows.
pub const FAMILIES: &[(Family, &[KnownText])] = &[
    (Family::EntraUncoded, ENTRA_UNCODED),
    (Family::SaslLocal, SASL_LOCAL),
    (Family::EntraPhrase, ENTRA_PHRASES),
    (Family::Smtp57139, SMTP_57139),
    (Family::Reply, REPLIES),
    (Family::Client, CLIENT),
    (Family::TokenStatus, TOKEN_STATUS),
    (Family::TokenExpired, TOKEN_EXPIRED),
    (Family::Api, API),
    (Family::PowerShell, POWERSHELL),
    (Family::PsNotFound, PS_NOT_FOUND),
    (Family::PsAccount, PS_ACCOUNT),
    (Family::ExoConnect, EXO_CONNECT),
    (Family::Account, ACCOUNT),
    (Family::EntraRefine, ENTRA_REFINE),
    (Family::BareFailure, BARE_FAILURE),
    (Family::Narrative, NARRATIVE),
    (Family::Concept, CONCEPTS),
];

/// The row with key `id`.
pub fn known_text(id: TextId) -> Option<&'static KnownText> {
    FAMILIES
        .iter()
        .flat_map(|(_, rows)| rows.iter())
        .find(|r| r.id == id)
}
