//! What an error message says in its own words, when no known text matches it: the causes as
//! subjects paired with what is said of them (EN and DE), so a message worded by an application
//! the tables have never seen ("SMTP client authentication has been turned off for this
//! organization", "Zu viele gleichzeitige Verbindungen") still reads as the cause it states.
//!
//! A row pairs a subject ("send as", "client secret") with a statement ("denied", "expired")
//! through `all` (each entry lists alternatives separated by `|`); `none` keeps out the wordings
//! another cause owns. The rules read these rows only on an error line that no other rule has read
//! (`rules/client.rs`, `concepts`), take the first matching row, and give its cause a
//! likelihood below what a known text gives: the words state the cause, but an unknown
//! application's wording is not a documented error.

use super::{any, row, to, Code, Kind, KnownText, Matcher, TextId};
use crate::catalogue::CauseId as C;
use crate::i18n::Text;
use crate::t;
use crate::words;

/// The statements "denied / not allowed" (EN, DE).
macro_rules! denied {
    () => {
        "refusé|denegad|rechazad|recusad|negad|negato|rifiutat|geweigerd|odmów|odrzuc|nekad|odepřen|zamítnut|non autorisé|no autorizad|não autorizad|non autorizzat|niet toegestaan|brak uprawnień|denied|not owned|darf nicht|dürfen nicht|does not have|doesn't have|do not have|don't have|has no |not allowed|not permitted|no permission|not authorized|not authorised|lacks|verweigert|nicht erlaubt|nicht berechtigt|keine berechtigung|unzulässig"
    };
}
/// The statements "disabled / turned off" (EN, DE), which rows extend with their own.
macro_rules! off {
    () => {
        "disabl|turned off|switched off|not enabled|is off|deactivat|deaktivier|abgeschaltet|ausgeschaltet|nicht aktiviert|nicht freigeschaltet|désactiv|desactivad|deshabilitad|disattivat|disabilitat|disabilitazion|desativad|desabilitad|uitgeschakeld|wyłączon|wyłączeni|禁用|inaktiverad|avaktiverad|zakázán|vypnut"
    };
}
/// An organisation's access policy as applications word Conditional Access (EN, DE): the
/// Conditional Access row reads it, the Application Access Policy row keeps it out.
macro_rules! org_access_policy {
    () => {
        "organization's access policy|organisation's access policy|access policy of your organization|zugriffsrichtlinie ihrer organisation"
    };
}
/// "expired" (EN, DE), which rows extend with their own.
macro_rules! expired {
    () => {
        "expired|expiry|is no longer valid|abgelaufen|ausgelaufen|nicht mehr gültig|expiré|caducad|expirad|scadut|expirou|verlopen|wygasł|wygasło|utgånget|har gått ut|vypršel|vypršela"
    };
}
/// "expired" (EN, DE).
const EXPIRED: &str = expired!();
/// "invalid / wrong" (EN, DE).
const WRONG: &str = "not accepted|nicht akzeptiert|nicht angenommen|inválid|invalide|incorrecto|incorrecta|incorreto|incorreta|errat|non valid|não é válid|ongeldig|onjuist|nieprawidłow|błędn|felaktig|ogiltig|neplatn|ne correspond pas|no coincide|não corresponde|non corrisponde|komt niet overeen|invalid|not valid|isn't valid|wrong|incorrect|does not match|doesn't match|mismatch|rejected|ungültig|falsch|stimmt nicht|passt nicht|abgelehnt";
/// "not supported" (EN, DE), which rows extend with their own.
macro_rules! not_supported {
    () => {
        "non pris en charge|pas pris en charge|no es compatible|no compatible|no admitid|no soportad|não suportad|não é compatível|non support|non è support|niet ondersteund|nie jest obsługiwan|nieobsługiwan|stöds inte|není podporován|not supported|unsupported|not support|doesn't support|does not support|don't support|no longer supported|nicht unterstützt|unterstützt kein|unterstützt nicht|nicht mehr unterstützt|deprecated|veraltet|not advertise|doesn't advertise|nicht angibt|not offered|does not offer|doesn't offer|did not offer|didn't offer|bietet kein"
    };
}
/// "required" (EN, DE).
macro_rules! required {
    () => {
        "required|requires|require |erforderlich|erfordert|must use|muss zuerst"
    };
}
/// "not found / unknown" (EN, DE).
macro_rules! not_found {
    () => {
        "introuvable|n'existe pas|no existe|no se encontr|não existe|não encontrad|non esiste|non trovat|bestaat niet|niet gevonden|nie istnieje|nie znaleziono|finns inte|hittades inte|neexistuje|nenalezen|not found|could not be found|cannot be found|can't be found|does not exist|doesn't exist|unknown|nicht gefunden|existiert nicht|unbekannt"
    };
}
/// "not found / unknown" (EN, DE).
const NOT_FOUND: &str = not_found!();

/// Why a message about the connection's encryption points to the TLS mode.
const TLS_MODE_WHY: Text = t!(
    "the message says the connection's encryption (STARTTLS or SSL/TLS) does not fit what the server offers",
    "die Meldung sagt, dass die Verschlüsselung der Verbindung (STARTTLS oder SSL/TLS) nicht zu dem passt, was der Server anbietet"
);
/// Why a message that the server offers no usable authentication method points to the TLS mode.
const AUTH_NOT_OFFERED_WHY: Text = t!(
    "the message says the server offers no usable authentication method; Exchange Online offers AUTH only after STARTTLS",
    "die Meldung sagt, dass der Server kein passendes Anmeldeverfahren anbietet; Exchange Online bietet AUTH erst nach STARTTLS an"
);
/// German's "supports … not" and "offers … no": the verb and its negation stand apart
/// ("unterstützt über den STLS-Befehl kein TLS", "bietet auf diesem Port kein STARTTLS an"), so
/// a row asks for both.
const SUPPORTS_DE: &str = "unterstützt|bietet";
/// The negation after [`SUPPORTS_DE`].
const NOT_DE: &str = " nicht| kein";
/// Why a message about Send As points to the permission.
const SEND_AS_WHY: Text = t!(
    "the message says the account may not send as that address",
    "die Meldung sagt, dass das Konto nicht als diese Adresse senden darf"
);

/// Why a message telling the signed-in account and the expected one apart points to the user name.
const ADDRESS_MISMATCH_WHY: Text = t!(
        "the message says the account that signed in and the address the client uses differ: the user in the sign-in (XOAUTH2's user=) must be the mailbox the token was issued for",
        "die Meldung sagt, dass das angemeldete Konto und die vom Client verwendete Adresse verschieden sind: der Benutzer der Anmeldung (user= in XOAUTH2) muss das Postfach sein, für das das Token ausgestellt wurde"
    );

/// A runtime's words for a program that cannot run as installed (a library of another version,
/// a module missing): the words around them ("ClientCertificateCredential authentication failed:
/// Method not found: …") state no cause, and no concept row is read in such a text.
pub const CONCEPT_VETO: crate::catalogue::Words = words![
    "method not found",
    "missingmethodexception",
    "could not load file or assembly",
    "typeloadexception",
    "nosuchmethoderror",
    "noclassdeffounderror",
    "classnotfoundexception",
    "modulenotfounderror",
    "no module named",
    "cannot find module",
    "call to undefined function",
    "call to undefined method",
];

/// Why a token endpoint that does not fit the flow points to the endpoint.
const ENDPOINT_FLOW_WHY: Text = t!(
        "the message says the token endpoint does not fit the flow: app-only and certificate sign-ins need the tenant's own (not /common or /organizations)",
        "die Meldung sagt, dass der Token-Endpunkt nicht zum Ablauf passt: App-only- und Zertifikatsanmeldungen brauchen den des Mandanten (nicht /common oder /organizations)"
);

/// Pairs of subject and statement, most specific first: the rules take the first that matches.
pub const CONCEPTS: &[KnownText] = &[
row(
    TextId::ConceptSecretIdAsValue,
    words![],
    Matcher {
        any: words![],
        all: words![
            "secret id|secret's id|id of the secret|geheimnis-id|id des geheimnisses|id des geheimen schlüssels",
            "instead of|rather than|not the value|statt|anstelle|nicht den wert|gebraucht wird|benötigt wird|is needed|is required|value column|spalte",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SecretIdUsedAsValue, 0.6, t!(
        "the message says the secret's ID was sent instead of its value",
        "die Meldung sagt, dass die ID des Geheimnisses statt seines Werts gesendet wurde"
    ))],
    "means you're using the Secret ID instead of the Secret Value.",
),

row(
    // A sign-in that worked but returned no refresh token: the request did not ask for
    // offline_access, so the client cannot renew its access token (EGroupware, in its languages).
    TextId::ConceptNoRefreshToken,
    words![],
    any(words![
        "no refresh-token received|no refresh token received|refresh token not created|refresh token was not created|no refresh token was created|no refresh token was returned|did not return a refresh token|didn't return a refresh token|no refresh token in the response|kein refresh-token erhalten|kein aktualisierungstoken erhalten|aucun refresh-token reçu|aucun jeton de rafraîchissement reçu|ningún refresh-token recibido|nessun refresh-token ricevuto|nenhum refresh-token recebido",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.5, t!(
        "the message says the sign-in returned no refresh token: most often the request did not ask for the offline_access scope, so the client cannot renew its access token",
        "die Meldung sagt, dass die Anmeldung kein Aktualisierungstoken lieferte: meist fehlte der Bereich offline_access in der Anforderung, sodass der Client sein Zugriffstoken nicht erneuern kann"
    ))],
    "OAuth Authentication: Successful, but NO refresh-token received!",
),
row(
    // A client that has no refresh token to use (a program's lookup of it failing): not returned
    // by the sign-in, or not kept; an app-only sign-in never gets one.
    TextId::ConceptRefreshTokenMissing,
    words![],
    Matcher {
        any: words!["keyerror: 'refresh_token'|no refresh_token|missing refresh_token|refresh_token is missing|refresh token is missing|missing refresh token"],
        all: words![],
        none: words!["client_credentials", "client credentials"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.45, t!(
            "the message says the client has no refresh token (not returned, or not kept: its token file reset): most often its sign-in did not ask for offline_access; an app-only (client credentials) sign-in never gets one",
            "die Meldung sagt, dass der Client kein Aktualisierungstoken hat (nicht geliefert oder nicht gespeichert: Tokendatei zurückgesetzt): meist fehlte offline_access in seiner Anmeldung; eine Nur-App-Anmeldung (Clientanmeldeinformationen) erhält nie eines"
        ))],
    "KeyError: 'refresh_token'",
),
row(
    // No access token got, in an application's own words: the token or the OAuth credentials
    // "not obtained" (Claws Mail's refresh, in its translations), "could not be retrieved",
    // "failed to get …" — a consequence that follows any failure of the refresh, so below what
    // a connection error or a refusal on the lines before it gives (a line with a reason is read
    // by the rows of that reason first).
    TextId::ConceptTokenNotObtained,
    words![],
    Matcher {
        any: words![],
        all: words![
            "access token|access_token|oauth token|oauth2 token|oauth-token|oauth2-token|microsoft token|new token|oauth credentials|oauth2 credentials|oauth-anmeldedaten|bearer token|zugriffstoken|jeton d'accès|token de acceso|token di accesso|token de acesso|token dostępu|toegangstoken|åtkomsttoken|přístupový token",
            "not obtained|non obtenu|no obtenido|non ottenuto|não obtido|nie został pobrany|niet verkregen|could not be retrieved|could not retrieve|couldn't retrieve|problem getting|problem obtaining|error getting|error obtaining|error retrieving|error while fetching|error fetching|could not be obtained|could not obtain|couldn't obtain|could not be acquired|could not acquire|couldn't acquire|could not get|couldn't get|failed to get|failed to obtain|failed to retrieve|failed to fetch|failed to acquire|unable to get|unable to obtain|unable to retrieve|unable to fetch|unable to acquire|cannot get|can't get|cannot obtain|cannot retrieve|cannot acquire|konnte nicht abgerufen|nicht abgerufen werden|konnte nicht bezogen|konnte nicht ermittelt|nicht erhalten|konnte kein|impossible d'obtenir|impossible de récupérer|no se pudo obtener|no se ha podido obtener|impossibile ottenere|impossibile recuperare|não foi possível obter|nie można uzyskać|nie udało się uzyskać|kon niet ophalen|kon geen|kunde inte hämta|nepodařilo se získat",
        ],
        none: words![EXPIRED],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.4, t!(
        "the message says the client got no access token, without the reason: most often its stored refresh token expired or was revoked (a password change, a revoked grant); a connection error before it points elsewhere, and the token endpoint's own answer (an AADSTS code) tells for sure",
        "die Meldung sagt, dass der Client kein Zugriffstoken erhielt, ohne den Grund: meist ist sein gespeichertes Aktualisierungstoken abgelaufen oder widerrufen (Kennwortänderung, widerrufene Berechtigung); ein Verbindungsfehler davor weist woandershin, und die Antwort des Token-Endpunkts selbst (ein AADSTS-Code) sagt es sicher"
    ))],
    "Error: the access token could not be retrieved for the mailbox",
),
row(
    // A client that signed in before and "can no longer authenticate" with what it stored
    // (Mailspring, in its languages): a stored token or grant that stopped working.
    TextId::ConceptNoLongerAuthenticates,
    words![],
    Matcher {
        any: words![],
        all: words![
            "can no longer authenticate|could no longer authenticate|can no longer sign in|can no longer log in|kann sich nicht mehr|konnte sich nicht mehr|ne peut plus s'authentifier|ya no puede autenticarse|não pode mais autenticar|non può più autenticarsi|kan niet meer verifiëren|kan zich niet meer",
        ],
        none: words![concat!(not_supported!(), "|basic auth|standardauthentifizierung")],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.45, t!(
        "the message says the client can no longer sign in with what it has stored: most often its stored token or grant expired or was revoked (a password change, a revoked consent); signing in again renews it",
        "die Meldung sagt, dass sich der Client mit dem Gespeicherten nicht mehr anmelden kann: meist ist sein gespeichertes Token oder seine Berechtigung abgelaufen oder widerrufen (Kennwortänderung, widerrufene Zustimmung); eine neue Anmeldung erneuert es"
    ))],
    "Mailspring can no longer authenticate with jdoe@contoso.com. The password or authentication may have changed.",
),
row(
    // Advice to let the mail server accept mail sent over SMTP, after a failed SMTP sign-in
    // (Bitrix, in its languages): SMTP AUTH switched off.
    TextId::ConceptSmtpSendAllowed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "smtp",
            "allows sending|allow sending|permits sending|autorise l'envoi|permite el envío|permite enviar|permite o envio|consente l'invio|consenta l'invio|toestaat|zezwala na wysyłanie|tillåter att skicka|erlaubt das senden|versand über smtp erlaubt",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SmtpAuthDisabledTenant, 0.5, t!(
        "the message says to make sure the mail server accepts mail sent over SMTP: in Exchange Online SMTP AUTH is off for the organisation unless turned on (or it is off for this mailbox)",
        "die Meldung sagt, es sei zu prüfen, ob der Mailserver über SMTP gesendete Mails annimmt: in Exchange Online ist SMTP AUTH für die Organisation aus, solange es nicht eingeschaltet wird (oder es ist für dieses Postfach aus)"
    ))],
    "Authentication on the external outgoing mail server failed. Make sure the mail server allows sending email via SMTP or try unchecking the \"Send via external SMTP\" option.",
),
row(
    TextId::ConceptSecretExpired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "client secret|client_secret|secret key|app secret|application secret|geheimer clientschlüssel|geheime schlüssel|geheimer schlüssel|geheimen clientschlüssel|geheimnis|clé secrète|secret client|secret du client|secreto de cliente|secreto del cliente|segredo do cliente|segredo de cliente|segreto client|segreto del client|clientgeheim|klucz tajny|tajny klucz|sekret klienta|klienthemlighet|tajný klíč|client-secret",
            EXPIRED,
        ],
        none: words![
            "token", "password", "kennwort", "passwort", "not expired", "isn't expired",
            "hasn't expired", "nicht abgelaufen", "still valid", "noch gültig",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExpiredClientSecret, 0.6, t!(
        "the message says the client secret expired",
        "die Meldung sagt, dass der geheime Clientschlüssel abgelaufen ist"
    ))],
    "Das Client-Geheimnis ist abgelaufen. In Entra unter Zertifikate & Geheimnisse ein neues anlegen und bei Vercel eintragen.",
),

row(
    TextId::ConceptSecretEncoding,
    words![],
    Matcher {
        any: words![],
        all: words![
            "client secret|client_secret|secret key|app secret|geheimer clientschlüssel|geheimnis",
            "special character|sonderzeichen|url-encod|url encod|not encoded|unencoded|nicht kodiert|nicht codiert|nicht maskiert",
        ],
        none: words!["no special", "without special", "keine sonderzeichen", "ohne sonderzeichen"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MalformedTokenRequest, 0.6, t!(
        "the message blames the client secret's special characters (+, /, =) or their encoding: sent without URL encoding, the token endpoint reads another secret; URL-encode the form's values",
        "die Meldung macht die Sonderzeichen des Geheimnisses (+, /, =) oder ihre Kodierung verantwortlich: nicht URL-kodiert gesendet, liest der Token-Endpunkt ein anderes Geheimnis; die Werte des Formulars URL-kodieren"
    ))],
    "Unauthorized error while trying to get token from oauth2/token endpoint if client secret contains special characters",
),

row(
    // No client secret configured or sent (an application's check before the token request).
    TextId::ConceptSecretMissing,
    words![],
    Matcher {
        any: words![],
        all: words![
            "client secret|client_secret|app secret|application secret|geheimer clientschlüssel|geheimen clientschlüssel|client-geheimnis|clé secrète|secret client|secret du client|secreto de cliente|secreto del cliente|segredo do cliente|segredo de cliente|segreto client|segreto del client|clientgeheim|klucz tajny|tajny klucz|sekret klienta|klienthemlighet|tajný klíč|client-secret",
            "missing|not set|not configured|not provided|no client secret|no oauth client secret|is empty|fehlt|kein client|kein oauth|keinen geheimen|nicht gesetzt|nicht konfiguriert|nicht hinterlegt|ist leer",
        ],
        none: words!["token", "client_assertion"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidClientSecret, 0.5, t!(
        "the message says no client secret is set",
        "die Meldung sagt, dass kein Client-Geheimnis hinterlegt ist"
    ))],
    "Kein OAuth Client Secret für den Provider 'https://login.microsoftonline.com/common/v2.0'!",
),
row(
    TextId::ConceptSecretWrong,
    words![],
    Matcher {
        any: words![],
        all: words![
            "client secret|client_secret|app secret|application secret|geheimer clientschlüssel|geheimen clientschlüssel|clientgeheimnis|client-geheimnis",
            WRONG,
        ],
        none: words!["token"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidClientSecret, 0.6, t!(
        "the message says the client secret is wrong",
        "die Meldung sagt, dass der geheime Clientschlüssel falsch ist"
    ))],
    "This suggests the client secret or certificate configured for the Azure AD app is wrong.",
),

row(
    TextId::ConceptTokenExpired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "token|jeton|session|sitzung|sesión|sessão|sessie|sesja|grant|refresh|authorization code|autorisierungscode|credentials have|anmeldedaten",
            concat!(expired!(), "|revoked|widerrufen|révoqué|revocad|revogad|revocat|ingetrokken|odwołan|återkallad|no refresh token|kein aktualisierungstoken|kein refresh token|kein refresh-token|keinen refresh token|keinen refresh-token|refresh token is missing|refresh token missing|missing refresh token|no tokens were found|no tokens found|no token found|kein token gefunden|kein token hinterlegt|kein token gespeichert|does not exist in msal token cache|not in the token cache|invalid refresh token|refresh token is invalid|refresh token was invalid|ungültiges aktualisierungstoken|refresh-token ist ungültig"),
        ],
        none: words![
            "secret", "geheim", "password", "kennwort", "passwort", "not expired", "isn't expired",
            "hasn't expired", "nicht abgelaufen", "still valid", "noch gültig",
            "device code", "user code", "verification code", "mot de passe", "contraseña", "senha",
            "wachtwoord", "hasło", "lösenord", "heslo", "segredo", "segreto",
            // A check that came out negative, a normal refresh, a file's name.
            "expired: false|expired=false|expired = false|expired=0|expired: 0",
            ", refreshing|refreshing.|requesting a new|about to expire|wird erneuert|expired_cache",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.6, t!(
        "the message says the token or sign-in session expired",
        "die Meldung sagt, dass das Token bzw. die Anmeldesitzung abgelaufen ist"
    ))],
    "Your IMAP OAuth session has expired, please login again in the connection: Microsoft 365 Inbox.",
),
row(
    // A token that could not be renewed, in an application's words ("Failed to refresh access
    // token", "Zugriffstoken konnte nicht erneuert werden"): a failed connection on the line is
    // read as such first, and kept out here.
    TextId::ConceptTokenRefreshFailed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "token|oauth|zugriffs|credentials|anmeldedaten|jeton|autorisation|código de acesso",
            "refresh failed|niet hernieuwen|niet vernieuwen|odświeżenie tokenu|falha ao atualizar|falha ao renovar|échec de l'actualisation|error al actualizar|error al renovar|impossibile rinnovare|refresh token failed|failed to refresh|could not refresh|couldn't refresh|cannot refresh|can't refresh|unable to refresh|error refreshing|error occurred refreshing|refreshing failed|renewal failed|failed to renew|could not renew|konnte nicht erneuert|nicht erneuert werden|erneuerung fehlgeschlagen|token-update fehlgeschlagen|token-aktualisierung fehlgeschlagen|no valid refresh token|impossible de rafraîchir|no se pudo actualizar el token|impossibile aggiornare il token",
        ],
        none: words![
            "timed out", "timeout", "connect", "resolve", "dns", "response code: 0", "socket", "ssl",
            "tls", "secret", "geheim", "network", "netzwerk", "proxy", "zeitüberschreitung",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.5, t!(
        "the message says the client could not renew its token: most often the stored refresh token expired or was revoked (a password change, a revoked grant, 90 days unused); sign in again",
        "die Meldung sagt, dass der Client sein Token nicht erneuern konnte: meist ist das gespeicherte Aktualisierungstoken abgelaufen oder widerrufen (Kennwortänderung, widerrufene Berechtigung, 90 Tage unbenutzt); neu anmelden"
    ))],
    "Failed to refresh access token. Sign to the server again, please.",
),
row(
    TextId::ConceptTokenWrongApi,
    words![],
    Matcher {
        any: words![],
        all: words![
            "token",
            "issued for microsoft graph|issued for graph|issued for exchange|für microsoft graph ausgestellt|incompatible|not compatible|nicht kompatibel|cannot be used for|can't be used for|kann nicht für",
            "graph|ews|imap|smtp|pop|outlook|exchange",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongTokenAudience, 0.6, t!(
        "the message says the token is for another API",
        "die Meldung sagt, dass das Token für eine andere API ist"
    ))],
    "Found Graph stored token, incompatible with EWS",
),
row(
    TextId::ConceptPublicClient,
    words![],
    Matcher {
        any: words![],
        all: words![
            "public client|öffentliche client|öffentlichen client|confidential client|vertrauliche client|vertraulichen client",
            "enable|allow|aktivier|zulass|erlaub|not supported|nicht unterstützt|unsupported",
        ],
        // A national cloud's tenant sent to the global endpoint: the endpoint, not the client type.
        none: words!["azure government", "login.microsoftonline.us", "microsoftonline.cn"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientTypeMismatch, 0.6, t!(
        "the message names the app's public client setting",
        "die Meldung nennt die Einstellung für öffentliche Clients der App"
    ))],
    "Failed to create device flow. Ensure that public client flows are enabled for the application.",
),
row(
    TextId::ConceptCloud,
    words![],
    any(words![
        "unknown cloud",
        "wrong cloud",
        "azure government cloud",
        "send your login requests to https://login.microsoftonline.us",
        "unsupported cloud",
        "national cloud",
        "sovereign cloud",
        "gcc high",
        "gcc-high",
        "21vianet",
        "us government cloud",
        "falsche cloud",
        "unbekannte cloud",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.6, t!(
        "the message names the Microsoft cloud the tenant is in",
        "die Meldung nennt die Microsoft-Cloud des Mandanten"
    ))],
    "Unknown cloud 'gcc'. Known clouds: public, usgov, usgov-dod, china",
),
row(
    TextId::ConceptMfa,
    words![],
    Matcher {
        any: words![],
        all: words![
            "multi-factor|multifactor|mfa|two-factor|2fa|mehrstufige|multi-faktor|zwei-faktor|multifacteur|multifator|più fattori|meervoudige|wieloskładnikow|multifaktor|vícefaktorov",
            "requis|obligatoire|requerid|necesari|necessari|necessári|obrigatóri|obbligatori|vereist|wymagan|krävs|vyžadován|enabled|required|requires|enforced|complete the setup|did not complete|registration|erforderlich|aktiviert|einrichtung|erzwungen|must use|must enroll|needs to enroll|enroll for|has expired|not satisfied|nicht erfüllt|muss verwenden|verwenden müssen|did not pass|challenge",
        ],
        none: words!["app password", "app-password", "app-kennwort", "app-passwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MfaRequiredRopc, 0.6, t!(
        "the message says multi-factor authentication is required",
        "die Meldung sagt, dass mehrstufige Authentifizierung verlangt wird"
    ))],
    "Multi-Factor Authentication is enabled on this account but the user did not complete the setup. Please sign in to the account and try again.",
),
row(
    TextId::ConceptNetworkBlocked,
    words![],
    Matcher {
        any: words![],
        all: words![
            "outgoing http|outbound http|http requests|network access|internet access|outbound connection|ausgehende http|ausgehende verbindung|netzwerkzugriff|internetzugriff|port 587|port 25 |port 443|port 993|port 995|port 143|port 110",
            "blocked|not allowed|disabled|enable|gesperrt|blockiert|deaktiviert|erlauben|aktivieren|is not open|nicht offen|nicht geöffnet",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.6, t!(
        "the message says outgoing requests are blocked",
        "die Meldung sagt, dass ausgehende Anfragen gesperrt sind"
    ))],
    "The request to send email has been blocked. To resolve the problem, enable outgoing HTTP requests for the Email - Outlook REST API app on the Extension Management page.",
),
row(
    TextId::ConceptUnreachable,
    words![],
    Matcher {
        any: words![],
        all: words![
            "could not reach|cannot reach|can't reach|unable to reach|nicht erreichbar|nicht erreichen|konnte nicht erreicht|unable to contact|could not contact|cannot contact|can't contact|failed to contact|konnte nicht kontaktiert|kann nicht kontaktiert",
            "graph|microsoft|outlook|office365|office 365|exchange",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.6, t!(
        "the message says the Microsoft endpoint could not be reached",
        "die Meldung sagt, dass der Microsoft-Endpunkt nicht erreichbar war"
    ))],
    "Could not reach Microsoft Graph API.",
),
row(
    // Exchange's ApplicationImpersonation role told missing for the service account (a
    // migration or archiving tool's check): an Exchange role, not the app's assignment in Entra.
    TextId::ConceptImpersonationRole,
    words![],
    Matcher {
        any: words![],
        all: words![
            "applicationimpersonation",
            "not assigned|isn't assigned|is missing|missing|does not have|doesn't have|lacks|nicht zugewiesen|fehlt|hat nicht|hat keine",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeAdminRbacMissing, 0.6, t!(
        "the message says the account lacks Exchange's ApplicationImpersonation role (on-premises); Exchange Online removed it in 2025: apps use full_access_as_app, scoped with RBAC for Applications",
        "die Meldung sagt, dass dem Konto die Exchange-Rolle ApplicationImpersonation fehlt (lokal); Exchange Online entfernte sie 2025: Apps nutzen full_access_as_app, eingegrenzt mit RBAC für Anwendungen"
    ))],
    "Role 'ApplicationImpersonation' is not assigned to admin account",
),

row(
    TextId::ConceptAppNotAssigned,
    words![],
    Matcher {
        any: words![],
        all: words![
            "not assigned|isn't assigned|nicht zugewiesen|keine zuweisung",
            "app|anwendung",
        ],
        none: words!["license", "lizenz", "role assignment", "rollenzuweisung"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::UserNotAssignedToApp, 0.6, t!(
        "the message says the user is not assigned to the application",
        "die Meldung sagt, dass der Benutzer der Anwendung nicht zugewiesen ist"
    ))],
    "Microsoft Entra sign-in failed because the user is not assigned to the application",
),

row(
    TextId::ConceptAppDisabled,
    words![],
    Matcher {
        any: words![],
        all: words![
            "application|service principal|enterprise app|anwendung|dienstprinzipal|aplicación|aplicativo|applicazione|applicatie|aplikacja|aplikace",
            "is disabled|has been disabled|was disabled|ist deaktiviert|wurde deaktiviert|mandanten deaktiviert|verzeichnis deaktiviert|est désactivée|a été désactivée|está deshabilitad|está desactivad|ha sido deshabilitad|está desativad|foi desativad|è disabilitat|è stata disabilitat|is uitgeschakeld|jest wyłączon|została wyłączon|är inaktiverad|je zakázán",
        ],
        none: words![
            "mailbox", "postfach", "user", "benutzer", "account", "konto", "smtp", "imap", "pop",
            "basic", "security defaults", "protocol", "protokoll",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::AppOrServicePrincipalDisabled, 0.6, t!(
        "the message says the application is disabled",
        "die Meldung sagt, dass die Anwendung deaktiviert ist"
    ))],
    "Anwendung '00000005-0000-0ff1-ce00-000000000000' (Yammer) ist deaktiviert",
),

row(
    TextId::ConceptClientIdInvalid,
    words![],
    Matcher {
        any: words![],
        all: words![
            "client id|client_id|client-id|clientid|application id|applicationid|app id|anwendungs-id",
            "is invalid|is not valid|isn't valid|invalid client id|invalid application id|ist ungültig|ungültige|not a guid|not a valid guid|invalid guid|keine gültige guid|keine guid",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::AppNotFoundInTenant, 0.6, t!(
        "the message says the client ID is not valid",
        "die Meldung sagt, dass die Client-ID ungültig ist"
    ))],
    "Stored Microsoft OAuth client ID is invalid. Please reconnect the account.",
),
row(
    TextId::ConceptNoMailbox,
    words![],
    // "Postfach … nicht gefunden" in German only: in English an IMAP "mailbox" is also a folder
    // ("Mailbox not found"), which German clients call "Ordner".
    any(words![
        "does not have a mailbox|doesn't have a mailbox|has no mailbox|no mailbox with such|no mailbox associated|no email mailbox associated|not yet supported for this mailbox|nonexistentmailbox|ein postfach konnte für|hasnomailbox|no mailbox found|user actually has a mailbox|confirm mailbox exists|make sure the mailbox exists|no user found with|no user found for|kein benutzer gefunden mit|postfach wurde nicht gefunden|postfach nicht gefunden|postfach konnte nicht gefunden|mailbox does not exist|mailbox doesn't exist|mailbox was deleted|mailbox has been deleted|soft-deleted|moved or deleted|hat kein postfach|kein postfach gefunden|postfach existiert nicht|postfach wurde gelöscht|mailbox is hosted by an on-premise|mailbox is on-premise|mailbox is on premises|postfach liegt lokal|not supported for this mailbox|für dieses postfach nicht unterstützt|mailbox is not enabled|mailbox not enabled|postfach ist nicht aktiviert|kein exchange-online-postfach|kein nutzbares exchange-online-postfach|kein nutzbares postfach|no exchange online mailbox|no usable mailbox|does not expose an email address|doesn't expose an email address|n'expose pas d'adresse|no expone una dirección de correo|não expõe um endereço|non espone un indirizzo|exponerar ingen e-postadress|nesprístupňuje e-mailovú adresu",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxUnlicensedOrMissing, 0.6, t!(
        "the message says there is no mailbox for the account (or it was deleted)",
        "die Meldung sagt, dass es kein Postfach für das Konto gibt (oder es gelöscht wurde)"
    ))],
    "This user does not have a mailbox, make sure they are licensed for Exchange.",
),
row(
    // Graph's ErrorInvalidUser ("The requested user 'x' is invalid.") as applications word it
    // around the address.
    TextId::ConceptRequestedUserInvalid,
    words![],
    Matcher {
        any: words![],
        all: words![
            "requested user|angeforderte benutzer",
            "invalid|not found|does not exist|doesn't exist|ungültig|nicht gefunden|existiert nicht",
        ],
        none: words!["password", "passwort", "kennwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxUnlicensedOrMissing, 0.55, t!(
        "the message says the requested user (the mailbox in the request) does not exist: the address has no mailbox in this tenant, or it is an alias or a guest",
        "die Meldung sagt, dass der angeforderte Benutzer (das Postfach der Anfrage) nicht existiert: die Adresse hat in diesem Mandanten kein Postfach oder ist ein Alias oder ein Gast"
    ))],
    "Graph send failed: the requested user 'noreply@contoso.com' is invalid",
),
row(
    // No service principal for an app id in the directory (Azure CLI, CLI for Microsoft 365,
    // Graph scripts): the app has no Enterprise application in this tenant. Exchange's own
    // service principal list is another cause's (`ConceptSpNotInExchange`).
    TextId::ConceptSpNotFound,
    words![],
    Matcher {
        any: words![],
        all: words![
            "service principal|serviceprincipal|dienstprinzipal|enterprise application|unternehmensanwendung",
            NOT_FOUND,
        ],
        none: words!["exchange", "new-serviceprincipal", "get-serviceprincipal"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::AppNotFoundInTenant, 0.5, t!(
        "the message says the directory has no service principal for that id: most often no service principal (Enterprise application) was created for the app in this tenant (or the id is not the app's)",
        "die Meldung sagt, dass das Verzeichnis keinen Dienstprinzipal zu dieser ID hat: meist wurde in diesem Mandanten kein Dienstprinzipal (Unternehmensanwendung) für die App angelegt (oder die ID ist nicht die der App)"
    ))],
    "Error: Service principal for app 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b does not exist in this directory",
),
row(
    TextId::ConceptAppNotFound,
    words![],
    Matcher {
        any: words![],
        all: words![
            "application|client id|client_id|app id|anwendung|client-id|aplicación|aplicativo|applicazione|applicatie|aplikacja|aplikace|app [",
            concat!(not_found!(), "|is not registered|isn't registered|ist nicht registriert"),
            "tenant|directory|mandant|verzeichnis|client id|client-id|client_id|app id|anwendungs-id",
        ],
        none: words!["mailbox", "postfach", "service principal", "serviceprincipal"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::AppNotFoundInTenant, 0.6, t!(
        "the message says the application is not known in the tenant",
        "die Meldung sagt, dass die Anwendung im Mandanten nicht bekannt ist"
    ))],
    "Token issuance fails because the requested application identity is unknown in the tenant being queried.",
),

row(
    TextId::ConceptCommonEndpoint,
    words![],
    Matcher {
        any: words![],
        all: words![
            "/common|/consumers|common endpoint",
            "not supported|isn't supported|use /organizations|tenant-specific|nicht unterstützt|mandantenspezifisch",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.6, t!(
        "the message says /common or /consumers does not serve this request",
        "die Meldung sagt, dass /common bzw. /consumers diese Anforderung nicht bedient"
    ))],
    "The grant type isn't supported on the /common or /consumers authentication contexts.  Use /organizations or a tenant ID instead.",
),
row(
    TextId::ConceptTenantId,
    words![],
    Matcher {
        any: words![],
        all: words![
            "tenant id|tenant) id|tenant-id|tenant_id|tenantid|mandanten-id|verzeichnis-id",
            "must be|invalid tenant|is invalid|is not valid|isn't valid|ist ungültig|muss",
        ],
        none: words!["/common", "/consumers", "/organizations"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TenantNotFound, 0.6, t!(
        "the message says the tenant ID is not valid",
        "die Meldung sagt, dass die Mandanten-ID ungültig ist"
    ))],
    "Directory (tenant) ID must be the tenant GUID, a verified domain such as contoso.onmicrosoft.com, or one of common, organizations, consumers.",
),
row(
    TextId::ConceptTenantNotFound,
    words![],
    Matcher {
        any: words![],
        all: words![
            "tenant|mandant|locataire|inquilino|locatário",
            "not found|could not be found|cannot be found|can't be found|does not exist|doesn't exist|unknown|not available|been deleted|nicht gefunden|existiert nicht|unbekannt|nicht verfügbar|gelöscht|introuvable|n'existe pas|no existe|no se encontr|não existe|não encontrad|non esiste|non trovat|bestaat niet|niet gevonden|nie istnieje|nie znaleziono|finns inte|hittades inte|neexistuje",
        ],
        none: words![
            "application", "anwendung", "app id", "client id", "user", "benutzer", "mailbox",
            "postfach", "account", "konto", "resource", "ressource", "device object",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TenantNotFound, 0.6, t!(
        "the message says the tenant is not found",
        "die Meldung sagt, dass der Mandant nicht gefunden wird"
    ))],
    "This tenant is not available for this operation. Please check the selected tenant and try again.",
),

row(
    TextId::ConceptRedirectUri,
    words![],
    Matcher {
        any: words![],
        all: words![
            "uri missmatch|uri mismatch|redirect uri|redirect url|redirect address|reply url|reply uri|reply address|redirect_uri|umleitungs-uri|umleitungs-url|umleitungsadresse|antwort-url|antwort-uri|antwortadresse|weiterleitungs-url",
            "missmatch|not match|doesn't match|mismatch|not registered|not configured|invalid|not allowed|is wrong|incorrect|secure scheme|sicheres schema|stimmt nicht|nicht registriert|ungültig|ist falsch|nicht erlaubt",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::RedirectUriMismatch, 0.6, t!(
        "the message says the redirect URI does not match",
        "die Meldung sagt, dass die Umleitungs-URI nicht passt"
    ))],
    "Die in der Anforderung angegebene Antwort-URL stimmt nicht mit der Antwort überein",
),

row(
    TextId::ConceptScope,
    words![],
    any(words![
        "invalid scope",
        "scope is invalid",
        // Entra's words for a scope the request lacks (the code aside).
        "requires the 'openid' scope",
        "must include a 'scope' input parameter",
        // An application's words for AADSTS70011 or 500011.
        "rejected the requested permissions",
        "requested permissions were rejected",
        "rejected the requested scope",
        "scope is not valid",
        "scope isn't valid",
        "scopes are invalid",
        "scopes are not valid",
        "unsupported scope",
        "scope is not supported",
        "malformed scope",
        "ungültiger scope",
        "scope ist ungültig",
        "scope) ist ungültig",
        "bereich ist ungültig",
        "ungültiger bereich",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.6, t!(
        "the message says the scope is invalid",
        "die Meldung sagt, dass der Scope ungültig ist"
    ))],
    "Microsoft Entra invalid scope requested",
),

row(
    TextId::ConceptPermissionMissing,
    words![],
    Matcher {
        any: words![],
        all: words![
            "mail.send|mail.read|imap.accessasuser.all|pop.accessasuser.all|smtp.send|ews.accessasuser.all|calendars.read|contacts.read|tasks.read|mailboxsettings.read|required permissions|minimum permissions|erforderliche berechtigungen|erforderlichen berechtigungen",
            "missing|not granted|not consented|fehlt|nicht erteilt|no permission|keine berechtigung|permission denied",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.55, t!(
        "the message says a mail permission is missing",
        "die Meldung sagt, dass eine Mail-Berechtigung fehlt"
    ))],
    "Permission denied - Mail.Send scope may be missing",
),
row(
    // Privileges told as not enough (Graph's `Authorization_RequestDenied`, an application's
    // words): the app's permission or role, not a password.
    TextId::ConceptInsufficientPrivileges,
    words![],
    Matcher {
        any: words![],
        all: words![
            "privilege|permission|berechtigung|zugriffsrecht|privilège|privilegio|privilégio|autorisation|permiso|permissão|permesso|autorizzazion|machtiging|uprawnie|behörighet|oprávnění",
            "insufficient|not sufficient|not enough|unzureichend|nicht ausreichend|keine ausreichend|reichen nicht|insuffisant|insuficient|onvoldoende|niewystarczając|otillräcklig|nedostatečn",
        ],
        none: words!["password", "kennwort", "passwort", "mailbox full", "disk", "file system", "dateisystem"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MissingAppRole, 0.5, t!(
        "the message says the app's permissions are not enough: most often an application permission (Mail.Send, …) is missing",
        "die Meldung sagt, dass die Berechtigungen der App nicht reichen: meist fehlt eine Anwendungsberechtigung (Mail.Send, …)"
    ))],
    // An application's own words.
    "Sync failed: the app's privileges are insufficient to read the mailbox.",
),
row(
    // HTTP 429 named with an error: a service's throttling.
    TextId::ConceptHttp429,
    words![],
    Matcher {
        any: words!["error 429", "(429)", "429 too many", "status 429", "http 429", "code: 429", "code 429"],
        all: words![],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeThrottlingLimit, 0.5, t!(
        "the message names HTTP 429 (too many requests): the service throttles the app",
        "die Meldung nennt HTTP 429 (zu viele Anfragen): der Dienst drosselt die App"
    ))],
    "Migration Failed Remote Server Returned an Error 429",
),
row(
    // A password mechanism (LOGIN, PLAIN) named beside a failure: basic authentication.
    TextId::ConceptPasswordMechanism,
    words![],
    Matcher {
        any: words![],
        all: words![
            "login mechanism|plain mechanism|mechanism login|mechanism plain|auth login|auth plain|authenticate plain|authenticate login|using login|using plain|mechanismus login|mechanismus plain|login-mechanismus|plain-mechanismus",
            "fail|cannot|can't|unable|error|rejected|denied|fehl|nicht möglich|abgelehnt|verweigert",
        ],
        none: words!["xoauth", "oauth", "not using login", "nicht login"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.5, t!(
        "the message names a password mechanism (LOGIN or PLAIN): Exchange Online takes OAuth (XOAUTH2)",
        "die Meldung nennt ein Kennwortverfahren (LOGIN oder PLAIN): Exchange Online verlangt OAuth (XOAUTH2)"
    ))],
    "cannot authenticate to IMAP server using LOGIN mechanism",
),
row(
    // A TLS handshake meeting something else than TLS (.NET's SslStream on a plain-text port).
    TextId::ConceptHandshakePacket,
    words![],
    Matcher {
        any: words![],
        all: words![
            "handshake",
            "unexpected packet|unexpected message|packet format|record layer|wrong version|unerwartetes paketformat|unerwartete nachricht",
        ],
        none: words!["certificat", "zertifikat"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.55, TLS_MODE_WHY)],
    "The handshake failed due to an unexpected packet format.",
),
row(
    // The internet connection named as what to check.
    TextId::ConceptInternetConnection,
    words![],
    Matcher {
        any: words![],
        all: words!["internet connection|internetverbindung|network connection|netzwerkverbindung"],
        none: words!["certificat", "zertifikat", "password", "kennwort", "passwort", "secret"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.45, t!(
        "the message points at the network connection (firewall, proxy, DNS)",
        "die Meldung verweist auf die Netzwerkverbindung (Firewall, Proxy, DNS)"
    ))],
    "Email OAuth 2.0 Proxy: Login failed for account svc@contoso.com - please check your internet connection and retry",
),
row(
    // A user's password told as expired or to be changed (EWS's ErrorPasswordExpired and
    // ErrorPasswordChangeRequired, an application's words).
    TextId::ConceptPasswordExpired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "password|kennwort|passwort|mot de passe|contraseña|senha|wachtwoord|hasło|hasła|lösenord|heslo",
            concat!(expired!(), "|must change|change your password|needs to be changed|muss geändert|ändern sie ihr"),
        ],
        none: words!["secret", "geheimnis", "certificat", "zertifikat", "app password", "app-kennwort", "app-passwort", "token", "not expired", "nicht abgelaufen"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::PasswordExpired, 0.5, t!(
        "the message says the account's password has expired or must be changed",
        "die Meldung sagt, dass das Kennwort des Kontos abgelaufen ist oder geändert werden muss"
    ))],
    "Das Passwort ist abgelaufen. Ändern Sie das Passwort.",
),
row(
    // Microsoft's interrupt asking to register security information (MFA registration),
    // which a password sign-in cannot answer.
    TextId::ConceptMoreInformation,
    words![],
    Matcher {
        any: words![
            "needs more information to keep your account secure",
            "benötigt weitere informationen, um ihr konto zu schützen",
            "more information required",
            "weitere informationen erforderlich",
        ],
        all: words![],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MfaRequiredRopc, 0.5, t!(
        "the message asks to register security information (MFA), which a service's sign-in cannot do",
        "die Meldung verlangt, Sicherheitsinformationen (MFA) zu registrieren, was die Anmeldung eines Dienstes nicht kann"
    ))],
    "Your organization needs more information to keep your account secure",
),
row(
    TextId::ConceptConsent,
    words![],
    Matcher {
        any: words![],
        all: words![
            "consent|zustimmung|einwilligung|approval|administratorgenehmigung|genehmigung des administrators|grant the client application access|consenso|toestemming|zgody|zgoda|zgodę|samtycke|souhlas",
            "denied|refused|verweigert|complete the consent|not yet provided|not been provided|have not provided|accept the consent|pas accordé|pas été accordé|no se ha concedido|no concedid|não foi concedid|não concedid|non è stato concesso|non concess|niet verleend|nie udzielon|requis|requerid|necesari|necessari|necessári|obrigatóri|obbligatori|vereist|wymagan|krävs|vyžadován|refusé|rechazad|denegad|recusad|rifiutat|geweigerd|odrzuc|odmów|manquant|falta|mancante|ontbreekt|brak |not granted|not been granted|not given|required|requires|missing|declined|hasn't|has not|no consent|without consent|nicht erteilt|erforderlich|fehlt|keine zustimmung|ohne zustimmung|abgelehnt|nicht gegeben|restrict|not allow|doesn't allow|eingeschränkt|nicht erlaubt|nicht zulässig|needs to authorize|need to authorize|must authorize|authorize first|please consent|needs to consent|need to consent|must consent|giving consent|give consent|grant consent|granting consent|to the scope|müssen die zustimmung|zustimmung geben|zustimmung erteilen|blocked|blockiert|bloqué|bloquead|bloccat|geblokkeerd|zablokowan|blockerad|zablokován",
        ],
        // Consent told given: a "denied" on the line is the error's own word (`403
        // ErrorAccessDenied`), not said of the consent.
        none: words![
            "consent is granted|consent was granted|consent has been granted|consent is given|consent is in place|consent is present|zustimmung ist erteilt|zustimmung wurde erteilt",
            ") is granted|) are granted|) ist erteilt|) sind erteilt|consent granted (|consent granted,",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.6, t!(
        "the message says consent is missing",
        "die Meldung sagt, dass die Zustimmung fehlt"
    ))],
    "Admin consent has not been granted",
),

row(
    TextId::ConceptPersonalAccount,
    words![],
    Matcher {
        any: words![],
        all: words![
            "personal account|signed in with a microsoft account|mit einem microsoft-konto angemeldet|personal microsoft account|consumer account|outlook.com account|hotmail account|live account|live.com account|msa account|microsoft accounts user|microsoft account user|microsoft account '|microsoft-konto '|privates konto|persönliches konto|privaten microsoft-konto|persönlichen microsoft-konto|private microsoft-konten|persönliche microsoft-konten|private konten|compte personnel|compte microsoft personnel|cuenta personal|cuenta microsoft personal|conta pessoal|conta microsoft pessoal|account personale|account microsoft personale|persoonlijk account|persoonlijk microsoft-account|konto osobiste|osobiste konto|personligt konto|osobní účet",
            "n'est pas pris en charge|non pris en charge|no se admite|no es compatible|não é suportad|não é compatível|non è support|niet ondersteund|nie jest obsługiwan|stöds inte|není podporován|not supported|unsupported|cannot|can't|not allowed|only|if this is a|please set|please use|consumers|not have the microsoft account audience|nicht unterstützt|nicht möglich|nicht erlaubt|kann nicht|nur |falls es sich",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::PersonalAccountNotSupported, 0.6, t!(
        "the message says a personal Microsoft account does not work here",
        "die Meldung sagt, dass ein privates Microsoft-Konto hier nicht geht"
    ))],
    "received invalid grant and scope is not set, if this is a live.com account please set davmail.oauth.scope=openid profile offline_access Mail.ReadWrite",
),

row(
    // A message naming both connection security modes ("check the protocol (SSL/TLS or
    // STARTTLS)", in any language): it asks which one the account uses.
    TextId::ConceptBothTlsModes,
    words![],
    Matcher {
        any: words![],
        all: words![
            "ssl/tls",
            "starttls",
            "check|verify|prüfen|vérifi|compruebe|verifique|verificare|controleer|sprawdź|upewnij|cheque|error|fehler|erreur|wrong|falsch|incorrect",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, t!(
        "the message asks to check the security mode (SSL/TLS or STARTTLS): likely the one set does not fit the port",
        "die Meldung bittet, den Sicherheitsmodus (SSL/TLS oder STARTTLS) zu prüfen: wahrscheinlich passt der eingestellte nicht zum Port"
    ))],
    "Please check the protocol (SSL/TLS or STARTTLS)",
),

row(
    // The audience of the client assertion (the JWT an app signs with its certificate), not of
    // an access token: its `aud` must be the tenant's token endpoint.
    TextId::ConceptClientAssertionAudience,
    words![],
    Matcher {
        any: words![],
        all: words!["client assertion|client_assertion|clientassertion", "audience|aud claim|zielgruppe"],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.55, t!(
        "the message says the client assertion (the JWT the app signs) names the wrong audience: its aud must be the tenant's token endpoint",
        "die Meldung sagt, dass die Client-Assertion (das JWT, das die App signiert) die falsche Zielgruppe nennt: ihr aud muss der Token-Endpunkt des Mandanten sein"
    ))],
    "Client assertion audience claim does not match Realm issuer.",
),

row(
    TextId::ConceptAudience,
    words![],
    Matcher {
        any: words![],
        all: words!["audience|aud claim|zielgruppe", WRONG],
        // The app registration's supported account types ("userAudience"), not a token's audience.
        none: words!["useraudience", "user audience"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongTokenAudience, 0.6, t!(
        "the message says the token's audience is wrong",
        "die Meldung sagt, dass die Zielgruppe des Tokens falsch ist"
    ))],
    "If the token's aud claim does not match the expected value, the API rejects it.",
),

row(
    TextId::ConceptClockSkew,
    words![],
    Matcher {
        any: words![
        "clock skew",
        "time skew",
        // A token's issue time told far from the device's clock (FairEmail's FAQ).
        "before or after the current time",
        "clock is out of sync",
        "time is out of sync",
        "clocks are out of sync",
        "minutes out of sync",
        "out of sync with the time",
        "not yet valid",
        "not valid yet",
        "noch nicht gültig",
        "zeitabweichung",
        "uhrzeit ist falsch",
        "systemzeit ist falsch",
        "systemzeit ist nicht korrekt",
        "uhrzeit ist nicht korrekt",
        "system time is wrong",
        "system time is incorrect",
        "system clock is wrong",
        "system clock is incorrect",
        "systemzeit weicht",
        "uhrzeit weicht",
        ],
        all: words![],
        // Graph's "expired or is not yet valid" names both; the expiry is far more common.
        none: words!["expired", "abgelaufen"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClockSkew, 0.6, t!(
        "the message speaks of clock skew",
        "die Meldung spricht von Zeitabweichung"
    ))],
    "If the time is out of sync, it can cause issues with the one-time codes generated by the Authenticator app.",
),

row(
    TextId::ConceptSpNotInExchange,
    words![],
    Matcher {
        any: words![],
        all: words![
            "service principal|serviceprincipal|dienstprinzipal|application|app ",
            "not registered|does not exist|doesn't exist|existiert nicht|isn't registered|not been registered|no service principal|nicht registriert|kein dienstprinzipal|new-serviceprincipal",
            "exchange",
        ],
        none: words!["object id", "objectid", "objekt-id"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ServicePrincipalNotRegisteredInExchange, 0.6, t!(
        "the message says the service principal is not registered in Exchange",
        "die Meldung sagt, dass der Dienstprinzipal in Exchange nicht registriert ist"
    ))],
    "- Service principal not registered in Exchange Online",
),

row(
    TextId::ConceptObjectId,
    words![],
    Matcher {
        any: words![],
        all: words![
            "object id|objectid|objekt-id",
            "enterprise application|unternehmensanwendung|service principal|dienstprinzipal|app registration|app-registrierung",
            "instead|not the|wrong|statt|anstelle|falsch|nicht die",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongObjectId, 0.6, t!(
        "the message says the wrong object ID was used",
        "die Meldung sagt, dass die falsche Objekt-ID verwendet wurde"
    ))],
    "It is not the Object ID from the Overview of the App Registrations node.",
),

row(
    TextId::ConceptAccessPolicy,
    words![],
    Matcher {
        any: words![],
        all: words![
            "application access polic|applicationaccesspolicy|access policy|rbac for applications|management scope|zugriffsrichtlinie",
            "forbidden|block|deny|denies|denied|restrict|exclud|not allowed|not in scope|out of scope|verweigert|ausgeschlossen|eingeschränkt|nicht erlaubt",
        ],
        // An organisation's access policy, in an application's words, is Conditional Access.
        none: words!["conditional access", "bedingter zugriff", "bedingten zugriff", org_access_policy!()],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ApplicationAccessPolicyBlock, 0.6, t!(
        "the message says an access policy restricts the app",
        "die Meldung sagt, dass eine Zugriffsrichtlinie die App einschränkt"
    ))],
    "Mailbox EXPECTED to be blocked by the Application Access Policy (the Denied probe).",
),

row(
    TextId::ConceptSendAsAdvice,
    words![],
    Matcher {
        any: words![],
        all: words![
            "send as|sendas|send-as|send on behalf|on behalf of|send from this address|send from that address|send from the address|senden als|im namen|im auftrag|als absender",
            "give |grant |needs |requires |must have|erteilen|benötigt|braucht",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SendasPermissionMissing, 0.60, SEND_AS_WHY)],
    "Give the configured account \"Send As\" permissions on the \"From\" mailbox (admin.office365.com).",
),
row(
    // The From address refused, in an application's words (Layer5's mail settings).
    TextId::ConceptFromRefused,
    words![],
    Matcher {
        any: words![],
        all: words![
            "from address|from-address|sender address|absenderadresse|absender-adresse",
            "refused|rejected|not accepted|abgelehnt|zurückgewiesen|nicht akzeptiert",
        ],
        none: words!["recipient", "empfänger"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SendasPermissionMissing, 0.55, SEND_AS_WHY)],
    "The server refused the from address.",
),
row(
    // The sending mailbox outside the group an app's access is limited to (an application
    // access policy or an RBAC for Applications scope, in an application's words).
    TextId::ConceptAccessScopeGroup,
    words![],
    Matcher {
        any: words![],
        all: words![
            "nicht mitglied|kein mitglied|not a member|isn't a member|is not in the group|nicht in der gruppe",
            "gruppe|group",
            "mail.send|postfach|mailbox|senden|send ",
        ],
        none: words!["aadsts", "assigned", "zugewiesen"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ApplicationAccessPolicyBlock, 0.5, t!(
        "the message says the mailbox is outside the group the app's access is limited to",
        "die Meldung sagt, dass das Postfach außerhalb der Gruppe liegt, auf die der Zugriff der App beschränkt ist"
    ))],
    "Microsoft 365 verweigert das Senden aus dem Absender-Postfach: das Postfach ist nicht Mitglied der Gruppe, auf die Mail.Send beschränkt ist.",
),
row(
    TextId::ConceptSendAs,
    words![],
    Matcher {
        any: words![],
        all: words![
            "send as|send mail as|send email as|send e-mail as|send messages as|sender address|absenderadresse|sendas|send-as|send on behalf|on behalf of|send from this address|send from that address|send from the address|send from alias|send from the alias|send from this alias|senden als|im namen|im auftrag|als absender|als dieser absender|als diese adresse|von dem alias|vom alias|von diesem alias",
            // "Cannot send as alerts@contoso.com": the refusal in the subject's own words.
            concat!(denied!(), "|cannot send as|can't send as|unable to send as|could not send as|kann nicht als|konnte nicht als"),
        ],
        // Several From addresses without a Sender (5.1.20) is the message's form, not a permission.
        none: words!["multiple from", "several from", "mehrere absender"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SendasPermissionMissing, 0.60, SEND_AS_WHY)],
    "Could not send the email. The sales@contoso.com account does not have Send As permissions on your mail server for the bc-mailer@contoso.com account.",
),

row(
    TextId::ConceptMailboxPermission,
    words![],
    Matcher {
        any: words![],
        all: words![
            "fullaccess|full access|vollzugriff|mailbox permission|postfachberechtigung|this mailbox|the mailbox|dieses postfach|das postfach|diesem postfach|dem postfach|zugriffsrechte",
            "missing|not granted|lacks|doesn't have|does not have|has no |denied|no permission|no access|fehlt|fehlen|keine berechtigung|kein zugriff|keinen zugriff|verweigert|nicht erteilt",
        ],
        none: words![
            "send as", "sendas", "senden als", "on behalf", "im namen", "access policy",
            "zugriffsrichtlinie", "licen", "lizenz", "passwort", "password", "kennwort", "datei", "file",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxPermissionMissing, 0.6, t!(
        "the message says access to the mailbox is missing",
        "die Meldung sagt, dass der Zugriff auf das Postfach fehlt"
    ))],
    "- FullAccess mailbox permission not granted",
),
row(
    // A folder not opened for want of rights ("Either it does not exist or you do not have
    // permission to access it", Thunderbird's German "Ihnen fehlen die nötigen Zugriffsrechte"):
    // the signed-in identity's rights on the mailbox. A folder that is only missing is not this.
    TextId::ConceptFolderNoPermission,
    words![],
    Matcher {
        any: words![],
        all: words![
            "folder|ordner",
            "permission|berechtigung|zugriffsrecht|access rights|rights to",
            "not have|don't have|no permission|keine|fehlt|fehlen|denied|verweigert|lack",
        ],
        none: words!["send as", "sendas", "senden als", "on behalf", "im namen", "datei", "file"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxPermissionMissing, 0.5, t!(
        "the message says a folder could not be opened for want of rights: the signed-in identity (the app or the user) has no full access to that mailbox",
        "die Meldung sagt, dass ein Ordner mangels Rechten nicht geöffnet werden konnte: die angemeldete Identität (App oder Benutzer) hat keinen Vollzugriff auf das Postfach"
    ))],
    "Folder “Calendar” not found. Either it does not exist or you do not have permission to access it.",
),
row(
    // The device's state as Entra words it (the code aside): a registered, compliant or enabled
    // device that a policy asks for.
    TextId::ConceptDeviceState,
    words![],
    any(words![
        "workplace join is required",
        "install a broker app",
        "device used during the authentication is disabled",
        "device authentication is required",
        "geräteauthentifizierung ist erforderlich",
        "acceptcompliantdevice",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ConditionalAccessBlock, 0.5, t!(
        "the message says the sign-in needs a registered, compliant or enabled device: a Conditional Access policy asks for it, which a service cannot meet (exclude it from the policy or use client credentials)",
        "die Meldung sagt, dass die Anmeldung ein registriertes, konformes oder aktiviertes Gerät braucht: eine Richtlinie für bedingten Zugriff verlangt es, was ein Dienst nicht erfüllen kann (von der Richtlinie ausnehmen oder Client Credentials verwenden)"
    ))],
    "Device authentication is required.",
),
row(
    // The user not in the tenant's directory, in Entra's words (the code aside).
    TextId::ConceptUserNotInDirectory,
    words![],
    any(words![
        "user does not exist in directory",
        "user doesn't exist in directory",
        "user isn't in the system",
        "user is not in the system",
        "account must be added to the directory",
        "konto dem verzeichnis hinzugefügt werden",
        "benutzer ist nicht im system",
        "password does not exist in the directory",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidUserCredentialsRopc, 0.5, t!(
        "the message says the user name is not an account of this tenant's directory (a typo, a guest, an alias, or the wrong tenant): the sign-in names a user who does not exist there",
        "die Meldung sagt, dass der Benutzername kein Konto im Verzeichnis dieses Mandanten ist (Tippfehler, Gast, Alias oder falscher Mandant): die Anmeldung nennt einen Benutzer, den es dort nicht gibt"
    ))],
    "User does not exist in directory. Contact your tenant administrator.",
),
row(
    // A grant (a refresh token, a code) redeemed at another tenant than it was issued in.
    TextId::ConceptGrantOtherTenant,
    words![],
    any(words![
        "obtained for a different tenant",
        "für einen anderen mandanten abgerufen",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.5, t!(
        "the message says the grant was issued for another tenant: the token request goes to another tenant's endpoint than the sign-in did",
        "die Meldung sagt, dass die Gewährung für einen anderen Mandanten ausgestellt wurde: die Token-Anfrage geht an den Endpunkt eines anderen Mandanten als die Anmeldung"
    ))],
    "The grant was obtained for a different tenant.",
),
row(
    // A request that names no tenant (the common endpoint with a flow that needs one), in
    // Entra's words (the code aside).
    TextId::ConceptTenantNotIdentified,
    words![],
    any(words![
        "no tenant-identifying information",
        "could not determine the tenant",
        "informationen zur identifizierung des mandanten",
        "mandanten-id nicht aus der anforderung",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.5, t!(
        "the message says the request names no tenant: the token request goes to /common (or /organizations), or its tenant part is empty, where this flow needs the tenant's own endpoint",
        "die Meldung sagt, dass die Anfrage keinen Mandanten nennt: die Token-Anfrage geht an /common (oder /organizations) oder ihr Mandantenteil ist leer, wo dieser Ablauf den Endpunkt des Mandanten braucht"
    ))],
    "No tenant-identifying information found in either the request or implied by any provided credentials.",
),
row(
    // A flow that needs the tenant's own endpoint (a certificate, client credentials), or a
    // token endpoint that does not fit the configured flow, in an application's words.
    TextId::ConceptTenantEndpointRequired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "tenant specific endpoint|tenant-specific endpoint|tenant specific url|tenant-specific url|mandantenspezifische",
            "is required|are required|must use|erforderlich|muss",
        ],
        none: words!["redirect", "reply url", "weiterleitung"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.5, ENDPOINT_FLOW_WHY)],
    "When using \"Microsoft identity platform (v2.0)\" IdP type and \"Certificate\" authentication method, tenant specific endpoint (i.e. not common/organizations/consumers) is required.",
),
row(
    // A token endpoint that does not fit the configuration, in an application's words.
    TextId::ConceptTokenEndpointMismatch,
    words![],
    Matcher {
        any: words![],
        all: words!["token endpoint|token-endpunkt", "does not match|doesn't match|mismatch|passt nicht"],
        none: words!["redirect", "reply url", "weiterleitung"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.5, ENDPOINT_FLOW_WHY)],
    "The configured token endpoint does not match the configured IdP type.",
),
row(
    // A kind of account the resource does not accept (a personal Microsoft account at a
    // work-only resource), in Entra's words (the code aside).
    TextId::ConceptAccountTypeResource,
    words![],
    any(words![
        "account type can't be used for the resource",
        "account type cannot be used for the resource",
        "kontotyp kann nicht für die ressource",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::PersonalAccountNotSupported, 0.5, t!(
        "the message says this kind of account cannot use the resource: most often a personal Microsoft account where only work or school accounts are accepted",
        "die Meldung sagt, dass diese Kontoart die Ressource nicht nutzen kann: meist ein persönliches Microsoft-Konto, wo nur Geschäfts- oder Schulkonten angenommen werden"
    ))],
    "The account type can't be used for the resource you're trying to access.",
),
row(
    // Tenant restrictions: a proxy that inserts the allowed tenants refuses the sign-in to
    // another one.
    TextId::ConceptTenantRestriction,
    words![],
    any(words![
        "restricted proxy access on the tenant",
        "tenant restriction",
        "mandanteneinschränkung",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.45, t!(
        "the message says tenant restrictions refused the sign-in: the proxy on the way out allows sign-ins only to listed tenants; the service's traffic must bypass it or the tenant must be listed",
        "die Meldung sagt, dass Mandanteneinschränkungen die Anmeldung abgelehnt haben: der Proxy auf dem Weg nach außen erlaubt Anmeldungen nur bei aufgeführten Mandanten; der Dienst muss an ihm vorbei oder der Mandant muss aufgeführt werden"
    ))],
    "Sign-in refused: the tenant restriction policy does not allow this tenant.",
),

row(
    TextId::ConceptAppRole,
    words![],
    Matcher {
        any: words![],
        all: words![
            "application permission|required role|erforderliche rolle|erforderlichen rollen|application level permission|app role|application role|role requested|anwendungsberechtigung|imap.accessasapp|pop.accessasapp|smtp.sendasapp|full_access_as_app|roles claim|no roles|keine rollen",
            "missing|not granted|lacks|no |not present|not provided|does not contain|doesn't contain|does not have|doesn't have|does not has|fehlt|keine|nicht erteilt|nicht angegeben|enthält nicht",
        ],
        // (An IMAP server's `NO AUTHENTICATE failed` beside a role told present is no "no".)
        none: words!["delegated", "delegiert", "no authenticate"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MissingAppRole, 0.6, t!(
        "the message says the application permission is missing",
        "die Meldung sagt, dass die Anwendungsberechtigung fehlt"
    ))],
    "Access token with application level permissions for scope https://graph.microsoft.com/.default does not has the role requested (Mail.Send)",
),

row(
    TextId::ConceptImpersonation,
    words![],
    Matcher {
        any: words![],
        all: words![
            "impersonat|identitätswechsel",
            "header|missing|required|not allowed|no |fehlt|erforderlich|nicht erlaubt|kopfzeile",
        ],
        // The header told sent, or the client's code that sends it.
        none: words![
            "correct|korrekt|is set |are set |we set |we send|wir setzen|setzen den|wir senden|adds the|sets the|impersonateduserid|t:exchangeimpersonation|<exchangeimpersonation|/exchangeimpersonation|</soap:header",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::EwsImpersonationHeaderMismatch, 0.6, t!(
        "the message speaks of EWS impersonation",
        "die Meldung spricht vom Identitätswechsel in EWS"
    ))],
    "The OAuth2 flow may need to have impersonation headers set.",
),

row(
    TextId::ConceptMeAppOnly,
    words![],
    Matcher {
        any: words![],
        all: words![
            "/me|me endpoint",
            "application token|app-only|app only|client credentials|daemon|anwendungstoken|kein angemeldeter benutzer|delegated|delegiert|signed-in user|angemeldeten benutzer",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MeEndpointWithAppOnlyToken, 0.6, t!(
        "the message says /me was called without a user",
        "die Meldung sagt, dass /me ohne Benutzer aufgerufen wurde"
    ))],
    "Calling the /me endpoint requires a signed-in user and therefore a delegated permission. Application permissions are not supported when using the /me endpoint.",
),

row(
    // An API or server that requires OAuth (the Outlook REST API's "Authentication for this API
    // version requires OAuth."): a password sign-in refused.
    TextId::ConceptOAuthRequired,
    words![],
    any(words![
        "requires oauth|oauth is required|oauth authentication is required|requires modern authentication|modern authentication is required|erfordert oauth|oauth ist erforderlich|oauth erforderlich",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.5, t!(
        "the message says the service requires OAuth: a sign-in with user name and password (basic authentication) is refused",
        "die Meldung sagt, dass der Dienst OAuth verlangt: eine Anmeldung mit Benutzername und Passwort (Standardauthentifizierung) wird abgelehnt"
    ))],
    "Authentication for this API version requires OAuth.",
),
row(
    TextId::ConceptBasicOff,
    words![],
    Matcher {
        any: words![],
        all: words![
            "basic auth|password authentication|standardauthentifizierung|kennwortauthentifizierung|passwortauthentifizierung|passwort-authentifizierung|kennwort-authentifizierung|authentifizierung passwort|authentifizierung kennwort|username and password|user name and password|sign-in with a password|sign in with a password|login with a password|password-based|password based|benutzername und passwort|benutzername und kennwort|anmeldung mit passwort|anmeldung mit kennwort|kennwortbasiert|passwortbasiert|authentification de base|autenticación básica|autenticação básica|autenticazione di base|basisverificatie|uwierzytelnianie podstawowe|grundläggande autentisering|základní ověřování",
            "plus pris en charge|ya no se admite|ya no es compatible|não é mais suportad|deixou de ser suportad|non è più support|niet meer ondersteund|nie jest już obsługiwan|stöds inte längre|již není podporován|désactiv|deshabilitad|desactivad|desativad|disabilitat|disattivat|uitgeschakeld|wyłączon|no longer supported|not supported|does not support|doesn't support|no longer possible|not possible|no longer allowed|not allowed|does not allow|doesn't allow|no longer allows|nicht mehr|nicht unterstützt|unterstützt keine|unterstützt diese nicht|unterstützt dies nicht|unterstützt sie nicht|nicht erlaubt|erlaubt keine|erlaubt hier keine|is disabled|has been disabled|been turned off|ist deaktiviert|wurde deaktiviert|abgeschaltet|blocked|blockiert",
        ],
        // A report that the client moved on to OAuth tells no refusal.
        none: words![
            "winrm", "client configuration", "client machine", "moved", "migrated", "switched to",
            "umgestellt", "migriert",
            // Refused only without encryption: the TLS mode, not the password.
            "unencrypted", "unverschlüsselt", "insecure connection", "unsichere verbindung",
            "unsicheren verbindung",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.6, t!(
        "the message says password (basic) authentication is no longer accepted",
        "die Meldung sagt, dass die Anmeldung mit Kennwort (Standardauthentifizierung) nicht mehr angenommen wird"
    ))],
    "Basic authentication is no longer supported for EWS to connect to Exchange Online. Use OAuth authentication in all your new or existing EWS applications to connect to Exchange Online.",
),
row(
    // An NTLM or Basic sign-in, in a client library's words (ews-javascript-api, Viewpoint):
    // Exchange Online answers neither for EWS, IMAP, POP or SMTP.
    TextId::ConceptNtlm,
    words![],
    any(words![
        "couldn't find ntlm|could not find ntlm|ntlm authentication failed|ntlm auth failed|ntlm is not supported|ntlm not supported|ntlm-authentifizierung fehlgeschlagen|invalid message signature: basic realm",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.6, t!(
        "the message speaks of an NTLM or Basic sign-in, which Exchange Online no longer answers: the client must sign in with OAuth",
        "die Meldung spricht von einer NTLM- oder Basic-Anmeldung, die Exchange Online nicht mehr beantwortet: der Client muss sich mit OAuth anmelden"
    ))],
    "Error: Couldn't find NTLM in the message type2 coming from the server",
),
row(
    TextId::ConceptEwsRetired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "ews has been|ews is being|ews wurde|ews wird|exchange web services has been|exchange web services is being|exchange web services wurde",
            "retired|abgekündigt|eingestellt|abgeschaltet",
        ],
        // A report that the app moved on tells no refusal.
        none: words!["moved", "migrated", "switched to", "umgestellt", "migriert"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ProtocolDisabledOnMailbox, 0.55, t!(
        "the message says EWS has been retired: Exchange Online turns it off tenant by tenant from October 2026 unless the organisation allows the app",
        "die Meldung sagt, dass EWS abgekündigt ist: Exchange Online schaltet es ab Oktober 2026 Mandant für Mandant ab, es sei denn, die Organisation lässt die App zu"
    ))],
    // The "Web Services Client for Exchange" PowerShell tool's warning (Set-WscProtocol) when
    // EWS is forced for a mailbox in Exchange Online.
    "EWS forced (-Protocol EWS) for a mailbox in Exchange Online: EWS is being retired there; expect HTTP 403 (X-EWS-Policy-Reason) unless an administrator still allows it (EwsEnabled, EwsAllowedAppIDs).",
),

row(
    TextId::ConceptSmtpAuthOff,
    words![],
    Matcher {
        any: words![],
        all: words![
            "smtp client authentication|smtpclientauthentication|smtp auth|authenticated smtp|smtp-auth|authentifiziertes smtp",
            concat!(off!(), "|does not allow|doesn't allow|not allowed|erlaubt keine|nicht erlaubt"),
            "tenant|organization|organisation|org-wide|mandant|for all users|für alle",
        ],
        none: words!["security defaults", "sicherheitsstandards", auth_disabled_false!()],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SmtpAuthDisabledTenant, 0.6, t!(
        "the message says SMTP AUTH is off for the organisation",
        "die Meldung sagt, dass SMTP AUTH für die Organisation aus ist"
    ))],
    "Microsoft 365 tenants: SMTP AUTH is off by default for new M365 tenants — enable it for the sending mailbox in the Exchange admin centre before using smtp.office365.com (see docs/email-setup.md).",
),

row(
    TextId::ConceptProtocolOff,
    words![],
    Matcher {
        any: words![],
        all: words![
            "imap|pop3|pop access|smtp client authentication|smtpclientauthentication|smtp auth|authenticated smtp|smtp-authentifizierung|ews access|ews is|exchange web services",
            concat!(off!(), "|blocked|blockiert"),
        ],
        // (Exchange's "… is disabled for the Tenant" is the organisation's switch.)
        none: words!["logindisabled", "login method", "password", "passwort", "kennwort", "firewall", "proxy", "port ", "basic", "standardauthentifizierung", "security defaults", "sicherheitsstandards", "for the tenant", "für den mandanten", auth_disabled_false!()],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ProtocolDisabledOnMailbox, 0.6, t!(
        "the message says the protocol is turned off",
        "die Meldung sagt, dass das Protokoll abgeschaltet ist"
    ))],
    "SMTP AUTH is off for this mailbox. Your Microsoft 365 admin can enable it.",
),

row(
    TextId::ConceptLockout,
    words![],
    any(words![
        "locked out",
        "account is locked",
        "account locked",
        "konto ist gesperrt",
        "konto gesperrt",
        "too many failed sign-in",
        "too many sign-in attempts",
        "too many failed login",
        "too many login attempts",
        "too many failed logon",
        "too many unsuccessful",
        "zu viele anmeldeversuche",
        "zu viele fehlversuche",
        "zu viele fehlgeschlagene",
        // The account turned off (an application's words for AccountEnabled false).
        "account has been disabled",
        "account in question has been disabled",
        "account is disabled",
        "account was disabled",
        "account has been deactivated",
        "konto ist deaktiviert",
        "konto wurde deaktiviert",
        "konto deaktiviert wurde",
        "konto deaktiviert worden",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::AccountDisabledOrSigninBlocked, 0.6, t!(
        "the message says the account or its sign-in is locked or turned off",
        "die Meldung sagt, dass das Konto bzw. seine Anmeldung gesperrt oder deaktiviert ist"
    ))],
    "Too many failed login attempts leading to account lock",
),

row(
    TextId::ConceptServerErrorsRetried,
    words![],
    any(words![
        "too many 500 error responses|too many 502 error responses|too many 503 error responses|too many 504 error responses",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.5, t!(
        "the message says the server answered with server errors (5xx) until the client gave up retrying",
        "die Meldung sagt, dass der Server mit Serverfehlern (5xx) antwortete, bis der Client die Wiederholungen aufgab"
    ))],
    // urllib3's retries (Python requests).
    "Max retries exceeded with url: /v1.0/me/calendars (Caused by ResponseError('too many 500 error responses'))",
),

row(
    TextId::ConceptThrottling,
    words![],
    Matcher {
        any: words![],
        all: words![
            "micro delay|mikroverzögerung|too many|zu viele|trop de|demasiad|muitas|muitos|troppe|troppi|te veel|zbyt wiele|zbyt dużo|för många|příliš mnoho|ratelimit|toomanyretries|limiting requests|is over its|maximum number of connections|concurrent|simultaneous|gleichzeitig|quota|kontingent|rate limit|throttled by|throttled due|been throttled|was throttled|is throttled|verdict is throttle|are throttled|throttling|gedrosselt|drosselung|limit exceeded|limit reached|limit überschritten|grenzwert|sending limit|message limit|daily limit|recipient limit|tageslimit|nachrichtenlimit|submission rate|message rate|recipient rate|sendelimit|versandlimit|sendegrenze",
            // (a word naming throttling itself needs nothing beside it)
            "connection|verbindung|request|anfrage|anforderung|session|sitzung|login|logon|anmeldung|message|nachricht|recipient|empfänger|per minute|pro minute|limit|exceed|überschritten|the app |die app |benutzer|the user |client|throttl|drossel|micro delay|mikroverzögerung|connexion|conexi|connession|verbinding|połącze|anslutning|připojen|requête|solicitud|pedido|requisiç|richiest|aanvra|żądań|begäran|požadav|mensaje|mensagem|messaggi|bericht|wiadomoś",
        ],
        none: words![
            "password attempts", "failed attempts", "fehlversuche", "sign-in attempts", "anmeldeversuche",
            "mailbox full", "mailbox is full", "postfach voll", "postfach ist voll", "storage quota",
            "speicherkontingent", "shutoffquota", "mailbox size", "postfachgröße",
            // EWS's code for a full mailbox.
            "errorquotaexceeded",
            // urllib3's retries of server errors (`ConceptServerErrorsRetried`).
            "500 error responses", "502 error responses", "503 error responses", "504 error responses",
            // Entra's limit of one resource's /.default a request (AADSTS70011).
            "static scope limit",
            // A message's own size or content over a limit (5.3.4, 5.6.211): not the sender's rate.
            "mime", "message size", "value size",
            // A client's retry settings, or a count of none, logged at start.
            "retryhandler|retries on|retry on throttl|policy applied: none|0 requests delayed|throttling: 0|throttled: 0|throttled=0",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeThrottlingLimit, 0.6, t!(
        "the message says a connection, request or sending limit was hit",
        "die Meldung sagt, dass ein Verbindungs-, Anfrage- oder Sendelimit erreicht ist"
    ))],
    "Your app has been throttled by AAD due to too many requests. To avoid this, cache your tokens",
),

row(
    TextId::ConceptOutboundBlocked,
    words![],
    Matcher {
        any: words![],
        all: words![
            "sending|send mail|send email|send e-mail|outbound|senden|versand|ausgehend",
            "blocked|restricted|suspended|banned|gesperrt|eingeschränkt|blockiert",
            "account|user|sender|tenant|spam|konto|benutzer|mandant|organization|organisation|unregistered domain|nicht registrierte domäne",
        ],
        none: words!["send as", "sendas", "send-as", "on behalf", "im namen", "senden als", "firewall", "proxy", "port 25"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SenderOutboundRestricted, 0.6, t!(
        "the message says sending is blocked for the account",
        "die Meldung sagt, dass das Senden für das Konto gesperrt ist"
    ))],
    "If a user continuously sends email messages from Office 365 that is classified as spam, they will be blocked from sending any more messages.",
),

row(
    TextId::ConceptReplication,
    words![],
    Matcher {
        any: words![],
        all: words![
            "can take up to|wait up to|up to 60 minutes|up to an hour|bis zu einer stunde|bis zu 60 minuten|may take up to|takes up to|kann bis zu|dauert bis zu|replicat|replizier|propagat",
            "minute|hour|stunde|not yet|noch nicht",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ReplicationDelay, 0.55, t!(
        "the message says changes take time to apply",
        "die Meldung sagt, dass Änderungen Zeit brauchen"
    ))],
    "Note: Changes to application access policies can take up to 30 minutes to take effect in Microsoft Graph REST API calls.",
),

row(
    TextId::ConceptLicence,
    words![],
    Matcher {
        any: words![],
        all: words![
            "licen|lizenz",
            "no |not |doesn't have|without|missing|removed|keine|nicht|ohne|fehlt|entfernt",
            "mailbox|postfach|user|benutzer|account|konto|exchange|have a valid licen|hat keine gültige lizenz",
        ],
        none: words![
            "license key", "licence key", "lizenzschlüssel", "plugin", "add-on", "addon", "trial", "pro version", "upgrade", "subscription expired", "evaluation", "evaluierung", "license set",
            // A check told to do (a checklist's line), not a finding.
            "check that|check whether|check if|verify that|verify the|make sure|ensure that|prüfen sie|prüfen, ob|sicherstellen",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxUnlicensedOrMissing, 0.6, t!(
        "the message says the user has no Exchange Online licence",
        "die Meldung sagt, dass der Benutzer keine Exchange-Online-Lizenz hat"
    ))],
    "The account is not provisioned. You do not the correct M365 license to access this information..",
),

row(
    TextId::ConceptOutage,
    words![],
    any(words![
        "service outage",
        "an outage",
        // Entra's AADSTS50000 in its words (EN, DE).
        "issue with our sign-in service",
        "problem with the sign-in service",
        "problem mit dem anmeldedienst",
        "service incident",
        "service degradation",
        "service degraded",
        "dienst beeinträchtigt",
        "service health",
        "microsoft is investigating",
        "dienststörung",
        "servicestörung",
        "störung bei microsoft",
        "microsoft untersucht",
        // Microsoft 365's incident ids (EX…, MO…) and the word beside them.
        "incident ex|incident mo|shows an incident|reports an incident|known incident|active incident|bekannte störung",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.55, t!(
        "the message speaks of a service incident",
        "die Meldung spricht von einer Dienststörung"
    ))],
    "EX1321282: Exchange Online Service Health Incident (Service Restored)",
),

row(
    TextId::ConceptTlsVersion,
    words![],
    Matcher {
        any: words![],
        all: words![
            "tls 1.0|tls 1.1|tls1.0|tls1.1|tlsv1.0|tlsv1.1|tls 1.2|tls1.2|tlsv1.2|tls v1.2|tls-1.2|tls version|tls-version|ssl version|protocol version|protocolversion|protokollversion|sslv3|ssl 3.0",
            // A TLS alert naming the protocol version is the server's refusal of it.
            concat!(not_supported!(), "|", required!(), "|tls alert"),
        ],
        none: words!["wrong version number"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsVersionUnsupported, 0.6, t!(
        "the message says a TLS version is not accepted",
        "die Meldung sagt, dass eine TLS-Version nicht angenommen wird"
    ))],
    // The TLS alert 70 (`protocol_version`) as Windows and TLS libraries describe it.
    "protocol_version: The protocol version the client attempted to negotiate is recognized, but not supported.",
),

row(
    TextId::ConceptSecureChannel,
    words![],
    any(words![
        "secure channel|ssl/tls-kanal|sicheren kanal|sicherer kanal",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::TlsVersionUnsupported, 0.55, t!(
        "the message says no secure (TLS) channel could be made, which the client's TLS version most often causes",
        "die Meldung sagt, dass kein sicherer (TLS-)Kanal zustande kam, was meist an der TLS-Version des Clients liegt"
    ))],
    // .NET's WCF client.
    "Could not establish secure channel for SSL/TLS with authority 'outlook.office365.com'.",
),

row(
    // An application asking to check its security or encryption type (Motadata ServiceOps).
    TextId::ConceptTlsSecurityType,
    words![],
    Matcher {
        any: words![],
        all: words![
            "check|verify|prüfen",
            "security type|encryption type|type of encryption|sicherheitstyp|verschlüsselungsart|verschlüsselungstyp|art der verschlüsselung",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.55, TLS_MODE_WHY)],
    "Secure connection to the mail server failed. Please check the security type and security certificate.",
),

row(
    TextId::ConceptTlsMode,
    words![],
    Matcher {
        any: words![],
        all: words![
            "starttls|start tls|stls|ssl/tls|ssl |ssl-|ssl.|tls |tls-|tls.|using tls|using ssl|enable tls|enabling tls|enable ssl|secure connection|sichere verbindung|encrypted connection|verschlüsselte verbindung|connection security|verbindungssicherheit|encryption|verschlüsselung",
            concat!(not_supported!(), "|plaintext|plain-text|plain text|unencrypted|unverschlüsselt|klartext|insecure connection|not compatible|incompatible|nicht kompatibel|already using|failed to enable|could not be enabled|konnte nicht aktiviert|not available|nicht verfügbar|can't start|cannot start|could not start|unable to start|kann nicht beginnen|kann tls|not ssl|not an ssl|not a tls|kein ssl|nicht ssl|error upgrading|failed to upgrade|upgrade failed|command first|befehl zuerst|level failed|incorrect connection security|incorrect security|wrong security|wrong encryption|incorrect encryption|falsche verschlüsselung|falsche verbindungssicherheit|statt ssl|instead of ssl|rather than ssl|needs |need |", required!()),
        ],
        // .NET's SmtpException names a secure connection or a sign-in, not which: a row of its
        // own reads it (and a refused AUTH beside it says the sign-in was tried).
        none: words![
            "certificat", "zertifikat", "certpath", "tls 1.", "tls1.", "tlsv1", "protocol version",
            "or the client was not authenticated|oder der client war nicht authentifiziert|oder der client wurde nicht authentifiziert",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.6, TLS_MODE_WHY)],
    // A mail client, as a hosting provider's knowledge base quotes it.
    "Your server does not support the connection encryption type you have specified. Try changing the encryption method.",
),

row(
    // The server named as offering none of the mechanisms the client asked for (isync, Dovecot's
    // imapc): Exchange Online lists its mechanisms only once TLS has started.
    TextId::ConceptServerNoMechanism,
    words![],
    Matcher {
        any: words![],
        all: words![
            "server",
            "doesn't support any|does not support any|supports no |offers no |offered no |no acceptable|none of the requested|keine der angeforderten|keinen der angeforderten|bietet kein|did not return auth=|does not advertise|doesn't advertise|did not advertise|didn't advertise",
            "mechanism|authentication method|auth method|anmeldeverfahren|authentifizierungsverfahren|authentifizierungsmethode|capabilit",
        ],
        none: words!["certificat", "zertifikat", "client version", "grant"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, AUTH_NOT_OFFERED_WHY)],
    // Dovecot's imapc.
    "IMAP server doesn't support any of the requested SASL mechanisms: xoauth2",
),

row(
    TextId::ConceptAuthNotOffered,
    words![],
    Matcher {
        any: words![],
        all: words![
            "authentication|authentifizierung|authentisierung|legitimierung|anmeldeverfahren|anmeldemethode|auth type|auth mechanism|auth method|smtp auth|imap auth|xoauth2|'auth'| auth |auth=",
            concat!(not_supported!(), "|no supported|no compatible|no matching|no suitable|no usable|keine unterstützte|keine kompatible|keine passende|kein passendes|keine geeignete|not advertised|nicht angeboten|command unknown|unknown command|unrecognized command|unrecognised command"),
        ],
        // Postfix's "offered no supported AUTH mechanisms: 'LOGIN XOAUTH2'" lists what the server
        // offered: the local SASL library lacks them (`SASL_LOCAL`).
        none: words!["sasl", "basic", "standardauthentifizierung", "client version", "this version", "diese version", "identity", "grant", "deprecated", "veraltet", "offered no supported auth mechanisms"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, AUTH_NOT_OFFERED_WHY)],
    // node-imap.
    "No supported authentication method(s) available. Unable to login.",
),

row(
    // A password mechanism (LOGIN, PLAIN) told as disabled by the server: Exchange Online
    // offers sign-in only after STARTTLS (IMAP's LOGINDISABLED before it), so a client on a
    // plain connection reads it so.
    TextId::ConceptLoginDisabled,
    words![],
    Matcher {
        any: words![],
        all: words![
            "login|plain|logging in|anmeldung|authenticator",
            "logindisabled|disabled by the server|disabled on this server|server disables|server has disabled|auf diesem server abgeschaltet|von diesem server abgelehnt|vom server abgeschaltet|no recognized sasl|no authenticators available|keine legitimierungsmöglichkeit",
        ],
        // NeoMutt's "No authenticators available or wrong credentials" follows any failed method.
        none: words!["account", "konto", "user", "benutzer", "mailbox", "postfach", "basic", "standardauthentifizierung", "tenant", "organization", "organisation", "wrong credentials"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, t!(
        "the message says the server does not allow the password sign-in on this connection: Exchange Online offers sign-in only after STARTTLS (or on the TLS port), so the client most often signs in before encrypting",
        "die Meldung sagt, dass der Server die Anmeldung mit Kennwort auf dieser Verbindung nicht zulässt: Exchange Online bietet die Anmeldung erst nach STARTTLS (oder auf dem TLS-Port) an, der Client meldet sich also meist vor der Verschlüsselung an"
    ))],
    "Login failed, plain login is disabled by the server.",
),

row(
    // The client's own OAuth machinery: its SASL mechanism, token helper or refresh command.
    TextId::ConceptClientSasl,
    words![],
    Matcher {
        any: words![],
        all: words![
            "sasl|xoauth2|oauthbearer|oauth2 plugin|refresh command|refresh-befehl|aktualisierungsbefehl|token command|tokenstore|token store|token helper|passwordeval|passcmd|callback|onlineaccounts",
            "missing credentials|not available|nicht verfügbar|no worthy mech|no mechanism|kein mechanismus|kein gültiger|cannot find|not found|nicht gefunden|not defined|nicht definiert|not configured|nicht konfiguriert|undefined|is missing|are missing|fehlt|needs a password|requires a password|braucht ein passwort|benötigt ein passwort|failed to run|could not run|unable to run|cannot run|konnte nicht ausgeführt|returned empty|empty string|leere zeichenkette|null password|unknown auth type|unknown mechanism|unknown sasl|bad authentication method|requires sasl|benötigt sasl|need mime::base64|requires mime::base64|cannot initialize the sasl|error setting sasl|sasl-protokollfehler|unbekanntes sasl|fehler beim aufbau der sasl|helper execution failed|not installed|nicht installiert|no such file|unable to find a callback|plugin failed|generic failure",
        ],
        none: words!["aadsts", "5.7.", "535 ", "invalid_grant", "invalid_client", "mailbox", "postfach", "user not found", "benutzer nicht gefunden"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.6, t!(
        "the message says the client's own OAuth machinery failed (its SASL mechanism, token helper or refresh command); the sign-in never reached Exchange",
        "die Meldung sagt, dass die OAuth-Mechanik des Clients selbst gescheitert ist (SASL-Verfahren, Token-Helfer oder Aktualisierungsbefehl); die Anmeldung hat Exchange nie erreicht"
    ))],
    // A mail relay's token helper, as its log words it.
    "Error: OAuth2 token helper failed to run: no such file or directory",
),

row(
    // The client built without what its OAuth needs (Zabbix: "OAuth requires curl library …
    // compiled without curl library support").
    TextId::ConceptClientBuiltWithout,
    words![],
    Matcher {
        any: words![],
        all: words![
            "oauth|sasl|curl",
            "compiled without|built without|not compiled with|not built with|ohne unterstützung kompiliert|ohne unterstützung gebaut|kompiliert ohne|gebaut ohne",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.6, t!(
        "the message says the client program was built without what its OAuth sign-in needs: nothing reached Microsoft; a build or package with that support is needed",
        "die Meldung sagt, dass das Client-Programm ohne das gebaut wurde, was seine OAuth-Anmeldung braucht: nichts hat Microsoft erreicht; ein Build oder Paket mit dieser Unterstützung ist nötig"
    ))],
    "Error: this binary was compiled without SASL support, XOAUTH2 cannot be used",
),

row(
    // The client's own OAuth settings incomplete: no token, secret or password to send.
    TextId::ConceptOAuthSetupMissing,
    words![],
    Matcher {
        any: words![],
        all: words![
            "oauth2_token|oauth_token|oauth token|access token|access_token|zugriffstoken|token generator|token_generator|secret phrase|client secret|client-secret|password|passwort|kennwort",
            "missing|not provided|none provided|nicht angegeben|kein passwort|fehlt|mutually exclusive|schließen sich aus|cannot be empty|must not be empty|darf nicht leer|generieren bevor|generate an access token before|generate the access token before",
        ],
        none: words![
            "aadsts", "5.7.", "535 ", "scope", "tenant", "mandant", "username", "user name", "benutzername",
            "authzid", "expired", "abgelaufen", "incorrect", "invalid", "ungültig", "falsch", "wrong",
            // A token that lacks a permission is the API's verdict, not the client's setup.
            "permission", "berechtigung", "role", "rolle", "claim", "consent",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.55, t!(
        "the message says the client has no token, secret or password to send: its own OAuth settings are incomplete, nothing reached Microsoft",
        "die Meldung sagt, dass der Client kein Token, Geheimnis oder Kennwort zu senden hat: seine eigenen OAuth-Einstellungen sind unvollständig, nichts hat Microsoft erreicht"
    ))],
    // Ruby's net-smtp when the XOAUTH2 token is nil.
    "SMTP-AUTH requested but missing secret phrase",
),

row(
    // The user name the XOAUTH2 string needs, not given.
    TextId::ConceptUsernameMissing,
    words![],
    Matcher {
        any: words![],
        all: words![
            "username|user name|benutzername|authzid|login name|anmeldename",
            "missing|not provided|nicht angegeben|fehlt|cannot be empty|must not be empty|darf nicht leer|is empty|ist leer|without a username|without a user name|ohne benutzername",
        ],
        none: words!["password", "passwort", "kennwort", "secret", "token", "aadsts", "5.7."],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongUsernameInXoauth2, 0.5, t!(
        "the message says the user name is missing: XOAUTH2 needs the mailbox's address as user=",
        "die Meldung sagt, dass der Benutzername fehlt: XOAUTH2 braucht die Adresse des Postfachs als user="
    ))],
    // Ruby's net-imap XOAUTH2 authenticator.
    "missing username (authzid) (ArgumentError)",
),

row(
    // A token requested without the scope it needs.
    TextId::ConceptScopeMissing,
    words![],
    Matcher {
        any: words![],
        all: words![
            "scope",
            "requires scopes|requires a scope|none where given|none were given|no scope was|no scopes|scopes are required|scope is required|scope parameter is required|does not match default scope",
        ],
        // "Missing scope Mail.Send" in an API's refusal is a permission the token lacks.
        none: words!["aadsts", "permission", "berechtigung", "claim", "consent"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidScope, 0.55, t!(
        "the message says the token request lacks the scope it needs (app-only: https://outlook.office365.com/.default)",
        "die Meldung sagt, dass der Token-Anfrage der nötige Scope fehlt (app-only: https://outlook.office365.com/.default)"
    ))],
    // python-o365 for a password flow without scopes.
    "ValueError: Auth flow type \"password\" requires scopes and none where given",
),

row(
    // Signed in, then refused: the identity has no right on what it opens.
    TextId::ConceptAuthorizationFailed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "authentication|anmeldung|authentifizierung",
            "successful|succeeded|erfolgreich",
            "authorization failed|authorisation failed|autorisierung ist fehlgeschlagen|autorisierung fehlgeschlagen",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxPermissionMissing, 0.5, t!(
        "the message says the sign-in worked but the identity is not authorised for what it opens: most often no right on that mailbox",
        "die Meldung sagt, dass die Anmeldung gelang, die Identität aber für das Geöffnete nicht berechtigt ist: meist fehlt das Recht auf dieses Postfach"
    ))],
    // Horde's IMAP client for RFC 5530's AUTHORIZATIONFAILED.
    "Authentication was successful, but authorization failed.",
),

row(
    TextId::ConceptConnectFailed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "connect|verbindung|verbinden|host|server|port|resolve|dns|socket|remote name|remotename|provider|serveur|servidor|servizio|serwer|hôte|greeting|smtp|szerver|poslužitelj|сервер",
            "timed out|time out|time-out|connect() failed|connect failed|connection failed|connecting failed|verbindung fehlgeschlagen|greeting never received|no server greeting|no response received|not available on port|nicht verfügbar auf port|non-public address|timeout expired|timeout exceeded|timeout occurred|timeout error|timeout while|connection timeout|error connecting|error when connecting|error while connecting|fehler beim verbinden|wurde zurückgesetzt|nicht aufgebaut|cannot be reached|can't be reached|could not be reached|not reachable|unable to reach|could not reach|cannot reach|nicht erreicht werden|connect timeout|; timeout|zeitüberschreitung|wartezeit|zeitlimit|could not connect|couldn't connect|unable to connect|cannot connect|can't connect|failed to connect|fails to connect|keine verbindung|nicht hergestellt|connection refused|connection reset|reset by peer|verbindung abgelehnt|verbindung verweigert|no route to host|unreachable|nicht erreichbar|could not resolve|couldn't resolve|cannot be resolved|could not be resolved|couldn't be resolved|can't resolve|unable to resolve|nicht aufgelöst|not known|unknown host|host unbekannt|is unknown|getaddrinfo|failed to respond|did not properly respond|nicht richtig reagiert|verbindungsaufbau|cannot be contacted|could not be contacted|can't be contacted|nicht kontaktiert|could not look up|couldn't look up|nicht abgefragt|connection error|socket timeout|remote end closed connection|verbindungsfehler|could not be established|couldn't be established|cannot be established|could not establish|couldn't establish|unable to establish|failed to establish|not responding|does not respond|doesn't respond|did not respond|didn't respond|nothing answered|no answer from|antwortet nicht|keine antwort|ne répond pas|no responde|não responde|non risponde|reageert niet|nie odpowiada|svarar inte|neodpovídá|does not resolve|imposible conectar|no es pot connectar|kunne ikke oprettes|ne mogu se spojiti|nem lehet kapcsolódni| не удается подключиться| не удалось подключиться|impossible de se connecter|impossibile connettersi|não foi possível conectar|kon geen verbinding|nie można połączyć|nie udało się połączyć|kunde inte ansluta|nelze se připojit",
        ],
        // (The Russian statements start with a blank: "мне удалось" — "I managed to" — holds "не
        // удалось". "login " and "login:", not "login": the sign-in service's host is
        // login.microsoftonline.com.)
        none: words![
            "authenticat", "authentifizier", "login ", "login:", "logon", "anmeld", "password", "kennwort", "passwort",
            "credential", "token", "ssl", "tls", "certificat", "zertifikat", "connection setup failed",
            "throttl", "too many", "zu viele", "535", "5.7.", "mailbox", "postfach",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.55, t!(
        "the message says the connection to the server could not be made",
        "die Meldung sagt, dass keine Verbindung zum Server zustande kam"
    ))],
    "IMAP-Server ist nicht erreichbar.",
),

row(
    // A certificate for another host than the Microsoft one the client asked for (PHP's "Peer
    // certificate CN=`*.hosting.example' did not match expected CN=`smtp.office365.com'", Node's
    // altnames, Java's subject alternative names, Python's "hostname … doesn't match"): the
    // connection reached another mail server, as a hosting provider's SMTP redirection or a
    // firewall diverting port 587 does. (Before the untrusted-certificate row, which is vaguer.)
    TextId::ConceptCertOtherHost,
    words![],
    Matcher {
        any: words![],
        all: words![
            "did not match expected cn|not in the cert's altnames|does not match certificate's altnames|no subject alternative dns name matching|doesn't match either of|hostname mismatch|host name mismatch|doesn't match any of the subject alternative|does not match the target host",
            "office365.com|outlook.com|office.com",
        ],
        none: words!["client assertion", "thumbprint", "private key", "credential", "aadsts", "client certificate", "clientzertifikat"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.6, t!(
        "the message says the server's certificate is for another host than the Microsoft one asked for: the connection reached another mail server, as when a hosting provider or firewall diverts outgoing mail ports",
        "die Meldung sagt, dass das Zertifikat des Servers für einen anderen Host ist als den angefragten von Microsoft: die Verbindung erreichte einen anderen Mailserver, wie wenn ein Hoster oder eine Firewall ausgehende Mail-Ports umleitet"
    ))],
    "Warning: stream_socket_enable_crypto(): Peer certificate CN=`*.hosting.example' did not match expected CN=`smtp.office365.com'",
),

row(
    TextId::ConceptRevocationCheck,
    words![],
    Matcher {
        any: words![
            "unable to check revocation|revocation server was offline|revocation status could not|revocation check failed|sperrüberprüfung|sperrung konnte nicht|0x80092012|0x80092013|crypt_e_no_revocation_check|crypt_e_revocation_offline",
        ],
        all: words![],
        none: words!["client assertion", "thumbprint", "private key", "aadsts", "client certificate", "clientzertifikat"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.55, t!(
        "the message says the server certificate's revocation could not be checked: the machine cannot reach the certificate authority's revocation list, or a proxy, firewall or security software intercepting TLS is in the way",
        "die Meldung sagt, dass die Sperrung des Serverzertifikats nicht geprüft werden konnte: der Rechner erreicht die Sperrliste der Zertifizierungsstelle nicht, oder ein Proxy, eine Firewall oder Sicherheitssoftware, die TLS aufbricht, steht dazwischen"
    ))],
    // curl with Windows' schannel (CRYPT_E_NO_REVOCATION_CHECK).
    "curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate.",
),

row(
    TextId::ConceptCertUntrusted,
    words![],
    Matcher {
        any: words![],
        all: words![
            "certificat|certpath|zertifikat|issuer|aussteller",
            "verify failed|verification failed|validation failed|not trusted|untrusted|self signed|self-signed|selbstsigniert|local issuer|valid certification path|nicht vertrauenswürdig|unvertrauenswürdig|issuer is unknown|known issuer|bekannten herausgeber|überprüfung fehlgeschlagen|pkix path|unknown authority|not valid for any names|notvalidforname|unknownissuer|keiner bekannten zertifizierungsstelle|not signed by a known|hostname mismatch|host name mismatch|no subject alternative name|does not match the target host|doesn't match any of the subject alternative",
        ],
        none: words!["client assertion", "thumbprint", "private key", "credential", "aadsts", "client certificate", "clientzertifikat"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.45, t!(
        "the message says the server's certificate was not trusted, as when a proxy or firewall inspects TLS",
        "die Meldung sagt, dass dem Zertifikat des Servers nicht vertraut wurde, wie wenn ein Proxy oder eine Firewall TLS aufbricht"
    ))],
    // MailKit.
    "This usually means that the SSL certificate presented by the server is not trusted by the system for one or more of the following reasons",
),

row(
    TextId::ConceptSenderBanned,
    words![],
    Matcher {
        any: words![],
        all: words![
            "access denied|zugriff verweigert|not accepted|nicht angenommen|not recognized as a valid sender|nicht als gültiger absender",
            "sender|spam|threshold|schwellenwert|traffic|datenverkehr|tenant has|mandant hat",
        ],
        none: words!["send as", "sendas", "send-as", "on behalf", "im namen", "senden als", "sendonbehalf"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::SenderOutboundRestricted, 0.6, t!(
        "the message says the server refuses mail from this sender or tenant",
        "die Meldung sagt, dass der Server Mail von diesem Absender oder Mandanten ablehnt"
    ))],
    "Zugriff verweigert, Mandant hat Schwellenwert überschritten",
),

row(
    TextId::ConceptCertificateCredential,
    words![],
    Matcher {
        any: words![],
        all: words![
            "assertion|certificate|zertifikat|federated identity|verbundidentität|thumbprint|fingerabdruck|pfx file|pfx-datei|decode pfx|pkcs12|pkcs#12|cert from store|x509store|localmachine\\my|currentuser\\my|signing key|signaturschlüssel|token signature|failed signature validation|private key|privaten schlüssel|privater schlüssel",
            "could not use the certificate|cannot use the certificate|shall contain both private key|must contain the private key|no private key|kein privater schlüssel|invalid|ungültig|failed|fehlgeschlagen|isn't authorized|not authorized|mismatch|does not match|doesn't match|do not match|don't match|must match|no matching|not found|nicht gefunden|stimmt nicht|revoked|widerrufen|gesperrt|malformed|cannot be read|must be a valid|not within its|validity window|gültigkeitszeitraum|no subject claim|may not be used|darf nicht verwendet|no certificate was found|kein zertifikat gefunden|cannot find|could not find|unable to find|does not exist|is limited to the root|while parsing|could not parse|pem format|could not load|cannot load|konnte nicht geladen|unknown digest algorithm",
        ],
        none: words![
            "ssl", "tls", "server certificate", "serverzertifikat", "certification path", "trusted",
            "vertrauens", "self-signed", "self signed", "selbstsigniert", "expired", "abgelaufen",
            "secret", "geheim", "parameter name", "parameter cannot be found", "parameter wurde nicht",
            // The TLS layer's words (SChannel, SSPI): the server's certificate, not the app's.
            "sspi", "schannel", "secure channel", "sicheren kanal", "handshake", "remote certificate",
            "remotezertifikat",
            // .NET's SslPolicyErrors names and the messages that print them (MailKit, OrchardCore:
            // "SMTP Server's Certificate … was invalid with policy errors RemoteCertificateChainErrors").
            "remotecertificate", "server's certificate", "policy errors",
            // rustls: "invalid peer certificate: NotValidForName / UnknownIssuer".
            "peer certificate",
        ],
    },
    Kind::Aadsts,
    Code::None,
    &[to(C::CertificateCredentialError, 0.6, t!(
        "the message says the application's certificate or signed assertion was not accepted",
        "die Meldung sagt, dass das Zertifikat oder die signierte Assertion der Anwendung nicht angenommen wurde"
    ))],
    // Microsoft's reference page of the Entra error codes (AADSTS700027).
    "AADSTS700027: Client assertion failed signature validation.",
),

row(
    TextId::ConceptCertificateExpired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "client certificate|app certificate|application certificate|app's certificate|application's certificate|certificate credential|certificate was not found|anwendungszertifikat|client-zertifikat|zertifikat der app|zertifikat der anwendung",
            EXPIRED,
        ],
        none: words!["ssl", "tls", "server certificate", "serverzertifikat", "remote certificate", "not expired", "nicht abgelaufen"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::CertificateCredentialError, 0.6, t!(
        "the message says the application's certificate (its credential) expired or is not where the client looks: put a valid one in the app registration and in the client's certificate store",
        "die Meldung sagt, dass das Zertifikat der Anwendung (ihre Anmeldeinformation) abgelaufen ist oder nicht dort liegt, wo der Client sucht: ein gültiges in der App-Registrierung und im Zertifikatspeicher des Clients hinterlegen"
    ))],
    // Connect-MgGraph with -CertificateThumbprint (Azure-Samples/B2B-to-AD-Sync#1).
    "Connect-MgGraph : 3F2A9C1D5E7B8A6C4D2E1F0A9B8C7D6E5F4A3B2C certificate was not found or has expired.",
),

row(
    TextId::ConceptDeviceRequired,
    words![],
    Matcher {
        any: words![],
        all: words![
            concat!("conditional access|", org_access_policy!(), "|bedingten zugriff|bedingter zugriff|accès conditionnel|acceso condicional|acesso condicional|accesso condizionale|voorwaardelijke toegang|dostępu warunkowego|dostęp warunkowy|villkorlig åtkomst|podmíněného přístupu|device is required|device to be|compliant device|managed device|domain joined device|domain-joined device|required device state|intune protection|app protection polic|app-schutzrichtlinie|intune-schutzrichtlinie|konformes gerät|verwaltetes gerät|gerät muss"),
            "required|requires|needs to enforce|must enforce|erzwingen|erforderlich|erfordert|not compliant|nicht konform|compliant device|konformes gerät|managed|verwaltet|domain joined|domain-joined|workplace join|blocks|blocked|blockiert|bloqu|blocca|geblokkeerd|zablokow|blockerad|blokov",
        ],
        none: words!["multi-factor", "multifactor", "mfa", "mehrstufig", "device code", "gerätecode"],
    },
    Kind::Aadsts,
    Code::None,
    &[to(C::ConditionalAccessBlock, 0.55, t!(
        "the message says a Conditional Access policy or a device requirement blocks the sign-in",
        "die Meldung sagt, dass eine Richtlinie für bedingten Zugriff oder eine Geräteanforderung die Anmeldung blockiert"
    ))],
    // Microsoft's reference page of the Entra error codes (AADSTS530003).
    "AADSTS530003: Your device is required to be managed to access this resource.",
),

row(
    TextId::ConceptServiceTransient,
    words![],
    Matcher {
        any: words![
            "temporarily unavailable|transient error|intermittent problem|intermittent error|server error occurred|issue with the sign-in service|vorübergehend nicht verfügbar|vorübergehender fehler|zeitweiliges problem",
        ],
        all: words![],
        // A TLS failure's message lists an unavailable server among its possible reasons.
        none: words!["ssl", "tls", "certificat", "zertifikat", "too many", "zu viele", "throttl"],
    },
    Kind::Aadsts,
    Code::None,
    &[to(C::ServiceSideIncident, 0.5, t!(
        "the message says the service had a temporary problem",
        "die Meldung sagt, dass der Dienst ein vorübergehendes Problem hatte"
    ))],
    // Microsoft's reference page of the Entra error codes (AADSTS90006).
    "AADSTS90006: The service is temporarily unavailable.",
),

row(
    TextId::ConceptMalformedRequest,
    words![],
    Matcher {
        any: words![],
        all: words![
            "request|anforderung|anfrage|query string|parameter|grant type|grant_type|gewährungstyp",
            "malformed|isn't valid|is not valid|not properly formatted|nicht ordnungsgemäß formatiert|nicht unterstützten|nicht unterstützter|invalid request|ungültige anforderung|ungültige anfrage|fehlerhaft|too long|zu lang|is empty|ist leer|must include|muss enthalten|only accepts post|unsupported value|unsupported grant|unsupported response|unrecognized|unrecognised|nicht erkannt|more than one|mehr als ein|not provided|nicht angegeben|doesn't match 'client_id'|does not match 'client_id'|is missing the|missing parameter|missing required parameter|fehlender parameter|parameter fehlt",
        ],
        none: words!["scope", "bereich", "expired", "abgelaufen", "secret", "password", "kennwort", "errorinvalidid", "id is malformed"],
    },
    Kind::Aadsts,
    Code::None,
    &[to(C::MalformedTokenRequest, 0.5, t!(
        "the message says the token request itself is malformed",
        "die Meldung sagt, dass die Token-Anforderung selbst fehlerhaft ist"
    ))],
    // Microsoft's reference page of the Entra error codes (AADSTS50050).
    "AADSTS50050: The request is malformed.",
),

row(
    TextId::ConceptTlsModeDe,
    words![],
    Matcher {
        any: words![],
        all: words!["tls|ssl|verschlüssel", SUPPORTS_DE, NOT_DE],
        none: words!["certificat", "zertifikat", "tls 1.", "tls1.", "tlsv1", "protokollversion", "authentifizierung", "legitimierung"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.6, TLS_MODE_WHY)],
    // mpop's German catalogue.
    "der POP3-Server unterstützt über den STLS-Befehl kein TLS",
),

row(
    TextId::ConceptAuthNotOfferedDe,
    words![],
    Matcher {
        any: words![],
        all: words!["authentifizierungsmethode|authentifizierungsverfahren|legitimierungstyp|anmeldeverfahren|anmeldemethode", SUPPORTS_DE, NOT_DE],
        none: words!["sasl", "standardauthentifizierung", "diese version"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, AUTH_NOT_OFFERED_WHY)],
    // msmtp's German catalogue.
    "der Server unterstützt Authentifizierungsmethode XOAUTH2 nicht",
),

row(
    // The mail server, in a client's words, unavailable for now.
    TextId::ConceptServerUnavailable,
    words![],
    Matcher {
        any: words![],
        all: words![
            "server|dienst|service|monitor",
            "is unhealthy|temporarily unavailable|zur zeit nicht verfügbar|zurzeit nicht verfügbar|derzeit nicht verfügbar|vorübergehend nicht verfügbar|currently unavailable|currently not available|temporary server error|temporärer serverfehler|vorübergehender serverfehler|service not active|service not available|dienst nicht verfügbar|dienst ist nicht verfügbar",
        ],
        none: words!["ssl", "tls", "certificat", "zertifikat", "oauth", "aadsts", "too many", "zu viele", "throttl", "drossel"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.5, t!(
        "the message says the server is unavailable for now: a transient state on its side",
        "die Meldung sagt, dass der Server vorerst nicht verfügbar ist: ein vorübergehender Zustand auf seiner Seite"
    ))],
    // Horde's IMAP client for RFC 5530's UNAVAILABLE, in German.
    "Der E-Mail-Server ist zur Zeit nicht verfügbar.",
),

row(
    TextId::ConceptInternalError,
    words![],
    Matcher {
        any: words![],
        all: words![
            "microsoft|graph|exchange|outlook|office 365|office365|m365|remote server|remoteserver",
            "internal error|internen fehler|interner fehler|internal server error|interner serverfehler|erreur interne|error interno|erro interno|errore interno",
        ],
        none: words!["ssl", "tls", "certificat", "zertifikat", "password", "passwort", "kennwort", "token"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.45, t!(
        "the message says Microsoft's service failed with an internal error: a state on its side, most often passing",
        "die Meldung sagt, dass der Dienst von Microsoft mit einem internen Fehler scheiterte: ein Zustand auf seiner Seite, meist vorübergehend"
    ))],
    "Microsoft 365 hatte einen internen Fehler beim Versand. Bitte erneut versuchen.",
),
row(
    // Outlook.com's and Exchange Online's IMAP answer `BAD Command Error. 10` to an XOAUTH2 sign-in
    // whose token is no longer good (FairEmail's FAQ: expired or invalidated; sign in again).
    TextId::ConceptCommandError10,
    words![],
    any(words!["command error. 10"]),
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.5, t!(
        "the message is the server's answer to a sign-in with a token it no longer takes: most often the token expired or was invalidated, and the account must sign in again",
        "die Meldung ist die Antwort des Servers auf eine Anmeldung mit einem Token, das er nicht mehr annimmt: meist ist das Token abgelaufen oder ungültig geworden, und das Konto muss sich neu anmelden"
    ))],
    "BAD Command Error. 10",
),
row(
    // An Exchange role's scope that leaves the object out ("… out of the current user's write
    // scope", "isn't within write scope") or a role assignment missing (a partner
    // application's "linked account for RBAC roles"): the acting account's Exchange roles.
    TextId::ConceptRbacScope,
    words![],
    any(words!["write scope|schreibbereich|rbac role|rbac-rolle"]),
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeAdminRbacMissing, 0.55, t!(
        "the message says the account's Exchange roles (RBAC) do not cover the operation or the object: a role or its scope is missing",
        "die Meldung sagt, dass die Exchange-Rollen (RBAC) des Kontos den Vorgang oder das Objekt nicht abdecken: eine Rolle oder ihr Bereich fehlt"
    ))],
    "The operation on mailbox failed because it's out of the current user's write scope.",
),
row(
    // A service's role check refused the signed-in admin ("(401) Rbac check failed").
    TextId::ConceptRbacCheck,
    words![],
    any(words!["rbac check failed|rbac-prüfung fehlgeschlagen"]),
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeAdminRbacMissing, 0.55, t!(
        "the message says the role check (RBAC) refused the signed-in account: it lacks the admin role the operation needs",
        "die Meldung sagt, dass die Rollenprüfung (RBAC) das angemeldete Konto abgelehnt hat: ihm fehlt die Administratorrolle, die der Vorgang braucht"
    ))],
    "The remote server returned an error: (401) Rbac check failed.",
),
row(
    TextId::ConceptServerBusy,
    words![],
    Matcher {
        any: words![],
        all: words![
            "busy|ausgelastet|beschäftigt|occupé|ocupado|occupato|bezet|zajęty|upptagen|zaneprázdněn",
            "retry|try again|waiting|erneut|warte|réessa|attente|reintent|esperando|tentar novamente|aguardando|riprov|attesa|opnieuw|wachten|ponow|czekan|försök igen|väntar|znovu",
        ],
        none: words!["ssl", "tls", "certificat", "zertifikat", "password", "passwort", "kennwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeThrottlingLimit, 0.5, t!(
        "the message says the server is busy and the client waits to retry: most often the service throttles the client (Graph's 429, EWS's back-off)",
        "die Meldung sagt, dass der Server ausgelastet ist und der Client auf einen neuen Versuch wartet: meist drosselt der Dienst den Client (Graphs 429, die Wartezeit von EWS)"
    ))],
    // Evolution's Microsoft 365 module (e-m365-connection.c) on Graph's 429.
    "Microsoft 365 server is busy, waiting to retry (30 seconds)",
),
row(
    // A stored password the server no longer takes, in the application's words.
    TextId::ConceptPasswordChanged,
    words![],
    Matcher {
        any: words![],
        all: words![
            "password|passwort|kennwort",
            "was changed|has changed|has been changed|have changed|wurde geändert|geändert wurde|hat sich geändert",
        ],
        none: words!["expired", "abgelaufen", "must be changed", "muss geändert", "must change"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::InvalidUserCredentialsRopc, 0.5, t!(
        "the message says the password may have changed: the password the application stored no longer signs in (a password sign-in; with OAuth the change also ends the stored refresh token)",
        "die Meldung sagt, dass das Kennwort geändert sein könnte: das gespeicherte Kennwort meldet nicht mehr an (eine Anmeldung mit Kennwort; bei OAuth beendet der Wechsel auch das gespeicherte Aktualisierungstoken)"
    ))],
    // A CRM's Exchange synchronisation (its list of sync errors).
    "Synchronization was disabled due to restricted access to your mailbox. Probably your e-mail password was changed",
),
row(
    TextId::ConceptTlsPortPlain,
    words![],
    Matcher {
        any: words![],
        all: words![
            "tls port|ssl port|tls-port|ssl-port|implicit tls|implizites tls",
            "without tls|without ssl|ohne tls|ohne ssl|ohne aktiviertes tls|ohne aktiviertes ssl|tls not enabled|tls disabled",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.55, t!(
        "the message says the client spoke plain text to a port that expects TLS from the start (993, 995, 465): turn on SSL/TLS for that port, or use STARTTLS on 143, 110, 587",
        "die Meldung sagt, dass der Client unverschlüsselt mit einem Port sprach, der TLS von Anfang an erwartet (993, 995, 465): schalten Sie SSL/TLS für diesen Port ein oder nutzen Sie STARTTLS auf 143, 110, 587"
    ))],
    // An e-mail API server's message for a connection closed right after connecting.
    "The server unexpectedly closed the connection. This usually happens when attempting to connect to a TLS port without TLS enabled.",
),

row(
    TextId::ConceptDiscoveryFailed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "login endpoint|login.microsoftonline|openid-configuration|openid configuration|authority metadata|instance discovery|anmeldeendpunkt",
            "failed to fetch|could not fetch|unable to fetch|cannot fetch|failed to retrieve|could not retrieve|unable to retrieve|failed to download|nicht abrufen|nicht abgerufen",
        ],
        none: words!["invalid", "not valid", "ungültig", "not found", "nicht gefunden", "aadsts", "does not exist"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.45, t!(
        "the message says the sign-in service's endpoints or metadata could not be fetched: most often the host cannot reach login.microsoftonline.com (proxy, firewall, DNS)",
        "die Meldung sagt, dass Endpunkte oder Metadaten des Anmeldedienstes nicht abgerufen werden konnten: meist erreicht der Host login.microsoftonline.com nicht (Proxy, Firewall, DNS)"
    ))],
    // An SMTP relay's start-up, reading Microsoft's OpenID configuration.
    "Failed to fetch Microsoft login endpoints.",
),

row(
    TextId::ConceptBase64Decode,
    words![],
    Matcher {
        any: words![],
        all: words![
            "base64|base-64",
            "could not decode|cannot decode|can't decode|failed to decode|unable to decode|decode error|decoding error|invalid base64|not valid base64|konnte nicht dekodiert|nicht dekodieren",
        ],
        none: words!["certificate", "zertifikat", "pfx", "pem", "jwt", "token", "secret", "geheim"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MalformedXoauth2, 0.45, t!(
        "the message says a value that should be base64 could not be decoded: most often the XOAUTH2 string the client was given is not the base64 of user=…^Aauth=Bearer …^A^A",
        "die Meldung sagt, dass ein Wert, der base64 sein sollte, nicht dekodiert werden konnte: meist ist die XOAUTH2-Zeichenfolge, die der Client erhielt, nicht das base64 von user=…^Aauth=Bearer …^A^A"
    ))],
    // A terminal mail client signing in with the output of its password command as XOAUTH2.
    "Could not decode `server_password` from base64. Is the value correct?",
),

row(
    // Entra's page when Conditional Access refuses a device or place, and Exchange's notice
    // when it blocks a phone's mail access.
    TextId::ConceptAccessBlockedPage,
    words![],
    any(words![
        "you can't get there from here",
        "you cannot get there from here",
        "sie können von hier aus nicht dorthin gelangen",
        "blocked your email access",
        "your email access has been blocked",
        "ihr e-mail-zugriff wurde blockiert",
        "nicht registriertes gerät",
        "unregistered device",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ConditionalAccessBlock, 0.55, t!(
        "the message says the organisation's policy blocks this device, place or app (Conditional Access): the sign-in log names the policy",
        "die Meldung sagt, dass eine Richtlinie der Organisation dieses Gerät, diesen Ort oder diese App sperrt (bedingter Zugriff): das Anmeldeprotokoll nennt die Richtlinie"
    ))],
    // Entra's sign-in page for a device that does not meet the policy.
    "You can't get there from here",
),

row(
    // Windows' sign-in broker (CAA2000D and its kin) for a resource Entra does not find.
    TextId::ConceptResourceInvalid,
    words![],
    any(words![
        "resource is invalid due to configuration state",
        "ressource hat einen ungültigen konfigurationsstatus",
        // Entra's words for a resource it does not know (the code aside).
        "is not a valid resource identifier",
        "is not supported as resource",
        "is not supported as a resource",
        "kein gültiger ressourcenbezeichner",
    ]),
    Kind::ClientError,
    Code::None,
    &[to(C::ResourceNotFound, 0.5, t!(
        "the message says the resource asked for does not exist or is not usable in this tenant (its service principal is missing or disabled)",
        "die Meldung sagt, dass die angefragte Ressource in diesem Mandanten nicht existiert oder nicht nutzbar ist (ihr Dienstprinzipal fehlt oder ist deaktiviert)"
    ))],
    // Windows' sign-in broker (aadtb.dll) message table.
    "The resource is invalid due to configuration state or not existing.",
),

row(
    // A server that offers no sign-in at all, in a client's words and its translations.
    TextId::ConceptServerNoAuth,
    words![],
    Matcher {
        any: words![],
        all: words![
            "server|serveur|servidor|сервер|服务器|serwer|szerver|smtp",
            "does not support auth|doesn't support auth|ne supporte pas l'authentification|no admite la autenticación|no soporta autenticación|não suporta autenticação|non supporta l'autenticazione|не поддерживает аутентификацию|不支持认证|unterstützt keine authentifizierung|authentication not available|auth not available|no auth mechanism was offered",
        ],
        none: words!["certificat", "zertifikat"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsModeMismatch, 0.5, AUTH_NOT_OFFERED_WHY)],
    // PHPMailer's language file (French).
    "Le serveur SMTP ne supporte pas l'authentification",
),

row(
    // A mail client's own OAuth helper or token command: not set, or it failed.
    TextId::ConceptOauthHelper,
    words![],
    Matcher {
        any: words![],
        all: words![
            "refresh command|refresh-befehl|refresh-kommando|commande de rafraîchissement|comando de refresco|comando de actualización|команда обновления|команду обновления|komendy odświeżania|刷新命令|oauth2 helper|oauth helper|token helper|token command|oauth-refresh",
            "not defined|not set|no such|nicht angegeben|befehl angegeben|nicht definiert|no definido|n'est pas définie|не определена|未定义|fallo al ejecutar|не могу выполнить|nie udało się wykonać|failed|fehlgeschlagen",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClientSaslPluginError, 0.5, t!(
        "the message says the mail client's own OAuth helper or token command is not set up or failed: the client got no token from it to send",
        "die Meldung sagt, dass das OAuth-Hilfsprogramm bzw. der Token-Befehl des Mail-Clients nicht eingerichtet ist oder scheiterte: der Client bekam davon kein Token zum Senden"
    ))],
    // An IMAP/SMTP client whose token command is not set (its message catalogue).
    "OAuth2 helper execution failed.",
),

row(
    TextId::ConceptAdminNotGranted,
    words![],
    Matcher {
        any: words![],
        all: words![
            "hasn't granted|has not granted|haven't granted|have not granted|not yet granted|hasn't approved|has not approved|not yet approved|noch nicht erteilt|nicht freigegeben|nicht genehmigt",
            "organization|organisation|admin|tenant|mandant|organisation",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ConsentMissing, 0.5, t!(
        "the message says the organisation's administrator has not granted the app's permissions: most often admin consent is missing",
        "die Meldung sagt, dass der Administrator der Organisation die Berechtigungen der App nicht erteilt hat: meist fehlt die Administratorzustimmung"
    ))],
    "The app can't read your mail because your organization hasn't granted it permission. Ask your administrator to grant it.",
),

row(
    // An EWS or Graph error code whose name says the service failed for now
    // (`ErrorInternalServerTransientError`, `ErrorMailboxStoreUnavailable`, …).
    TextId::ConceptApiCodeTransient,
    words![],
    Matcher {
        any: words![],
        all: words![
            "error",
            "transient|timeoutexpired|insufficientresources|failover|storeunavailable|adunavailable|serverunavailable|internalservererror|mailboxmoveinprogress",
        ],
        none: words!["aadsts", "ssl", "tls", "certificat", "zertifikat"],
    },
    Kind::ApiError,
    Code::None,
    &[to(C::ServiceSideIncident, 0.5, t!(
        "the message names an error code of a failure of the service for now; retry later",
        "die Meldung nennt einen Fehlercode für ein vorübergehendes Versagen des Dienstes; später erneut versuchen"
    ))],
    "<m:ResponseCode>ErrorInternalServerTransientError</m:ResponseCode>",
),

row(
    // A token that carries no permissions (Graph's NoPermissionsInAccessToken in words): the
    // app-only token has no roles, or a delegated one no scopes.
    TextId::ConceptTokenNoPermissions,
    words![],
    Matcher {
        any: words![],
        all: words![
            "token",
            "no permissions|contains no permission|without permissions|keine berechtigungen|enthält keine berechtigung|nopermissionsinaccesstoken|scp or roles claim",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MissingAppRole, 0.55, t!(
        "the message says the token carries no permissions: an app-only token has no roles until an application permission is added and admin consent granted",
        "die Meldung sagt, dass das Token keine Berechtigungen trägt: ein reines App-Token hat keine Rollen, bis eine Anwendungsberechtigung hinzugefügt und die Administratorzustimmung erteilt ist"
    ))],
    "Error: the token contains no permissions, or permissions can not be understood",
),
row(
    // The role given to an application refused for what it does (Exchange Online PowerShell
    // app-only: "The role assigned to application … isn't supported in this scenario").
    TextId::ConceptAppRoleScenario,
    words![],
    Matcher {
        any: words![],
        all: words![
            "role assigned to application|role assigned to the application|rolle, die der anwendung|der anwendung zugewiesene rolle",
            // (Cut short as CI logs mask the id: "The role assigned to application *** isn't".)
            concat!(not_supported!(), "|isn't|is not"),
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ExchangeAdminRbacMissing, 0.55, t!(
        "the message says the role given to the application does not allow this: app-only Exchange Online PowerShell needs a supported Entra role (such as Exchange Administrator) assigned to the app's service principal",
        "die Meldung sagt, dass die der Anwendung zugewiesene Rolle dies nicht erlaubt: app-only Exchange Online PowerShell braucht eine unterstützte Entra-Rolle (etwa Exchange-Administrator), die dem Dienstprinzipal der App zugewiesen ist"
    ))],
    "OperationStopped: The role assigned to application 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b isn't supported in this scenario.",
),

row(
    // An EWS or Graph error code whose name says a count or rate limit was exceeded
    // (`ErrorExceededConnectionCount`, `ErrorTooManyObjectsOpened`, …).
    TextId::ConceptApiCodeLimit,
    words![],
    Matcher {
        any: words![],
        all: words!["errorexceeded|errortoomany|toomanyrequests|limitexceeded|limitreached|concurrencylimit|errorserverbusy|applicationthrottled"],
        none: words!["aadsts", "quota", "mailbox full", "postfach voll"],
    },
    Kind::ApiError,
    Code::None,
    &[to(C::ExchangeThrottlingLimit, 0.5, t!(
        "the message names an error code of an exceeded limit of connections, subscriptions or requests",
        "die Meldung nennt einen Fehlercode für eine überschrittene Grenze bei Verbindungen, Abonnements oder Anfragen"
    ))],
    "<m:ResponseCode>ErrorExceededConnectionCount</m:ResponseCode>",
),

row(
    // A TLS or SSL negotiation told as failed (KMail's IMAP resource "TLS negotiation failed",
    // its German "TLS-Aushandlung fehlgeschlagen" and "SSL-Protokollaushandlung ist
    // fehlgeschlagen").
    TextId::ConceptTlsNegotiation,
    words![],
    Matcher {
        any: words![],
        all: words![
            "tls|ssl",
            "negotiation failed|negotiation has failed|aushandlung fehlgeschlagen|aushandlung ist fehlgeschlagen|aushandlung gescheitert|could not negotiate|couldn't negotiate|unable to negotiate|keine tls-verbindung|keine ssl-verbindung|no common cipher|no shared cipher|keine unterstützte code-suite|ssl connection could not be established|tls connection could not be established|ssl-verbindung konnte nicht hergestellt werden|tls-verbindung konnte nicht hergestellt werden",
        ],
        none: words!["wrong version number", "starttls", "proxy"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsVersionUnsupported, 0.5, t!(
        "the message says the TLS negotiation with the server failed: most often the client offers only TLS 1.0 or 1.1, which Exchange Online no longer accepts",
        "die Meldung sagt, dass die TLS-Aushandlung mit dem Server fehlschlug: meist bietet der Client nur TLS 1.0 oder 1.1 an, was Exchange Online nicht mehr annimmt"
    ))],
    "Login failed, TLS negotiation failed.",
),

row(
    // STARTTLS itself failed after the server agreed to it ("STARTTLS failed (code: 220 …)",
    // PHPMailer on an old PHP): the handshake, not the port, since the server answered STARTTLS.
    TextId::ConceptStarttlsFailed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "starttls|stls",
            "failed|fehlgeschlagen|gescheitert|could not|couldn't|unable to|cannot",
        ],
        none: words![
            "not supported|does not support|doesn't support|nicht unterstützt|unterstützt kein|not offered|not advertised|no starttls|wrong version number",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TlsVersionUnsupported, 0.45, t!(
        "the message says STARTTLS failed: where the server agreed to it (220), the TLS handshake after it failed, most often because the client's runtime offers only TLS 1.0 or 1.1 or old ciphers (an old PHP, Java or .NET), which Exchange Online no longer accepts; else the client cannot verify the server's certificate (a missing CA bundle) or something on the way (a TLS-inspecting proxy or antivirus) breaks the handshake",
        "die Meldung sagt, dass STARTTLS scheiterte: hat der Server zugestimmt (220), scheiterte der TLS-Handshake danach, meist weil die Laufzeit des Clients nur TLS 1.0 oder 1.1 oder alte Verschlüsselungen anbietet (ein altes PHP, Java oder .NET), was Exchange Online nicht mehr annimmt; sonst kann der Client das Zertifikat des Servers nicht prüfen (fehlende CA-Liste) oder etwas auf dem Weg (ein TLS prüfender Proxy oder Virenscanner) bricht den Handshake ab"
    ))],
    "SMTP: STARTTLS failed (code: 220, response: 2.0.0 SMTP server ready)",
),

row(
    // A user name or password told as invalid or refused, in an application's own words
    // (KMail's EWS resource, Frappe, ERPNext in German).
    TextId::ConceptPasswordRefused,
    words![],
    Matcher {
        any: words![],
        all: words![
            "user name|username|benutzername|password|passwort|kennwort|anmeldeinformationen|anmeldedaten|zugangsdaten|login credentials|mail credentials|nom d'utilisateur|nombre de usuario|nome utente|nome de usuário|gebruikersnaam|nazwa użytkownika|användarnamn|uživatelské jméno|mot de passe|contraseña|senha|wachtwoord|hasło|hasła|lösenord|heslo",
            "invalid|incorrect|wrong|not accepted|rejected|failed|denied|not possible|check your|please check|ungültig|falsch|zurückgewiesen|abgelehnt|nicht akzeptiert|fehlgeschlagen|gescheitert|verweigert|nicht möglich|prüfen sie|bitte prüfen|bitte überprüfen|inválid|incorreto|incorreta|errat|non valid|ongeldig|onjuist|nieprawidłow|błędn|felaktig|ogiltig|neplatn|refusé|rechazad|recusad|rifiutat|geweigerd|odrzuc",
        ],
        none: words![
            "oauth", "token", "secret", "aadsts", "certificat", "zertifikat", "tenant", "mandant",
            "proxy", "expired", "abgelaufen",
            // msmtp's command that prints the password (or the token).
            "passwordeval",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::BasicAuthDeprecated, 0.45, t!(
        "the message says the user name or password was not accepted: most often the client still signs in with a password (basic authentication), which Exchange Online no longer accepts",
        "die Meldung sagt, dass Benutzername oder Passwort nicht angenommen wurden: meist meldet sich der Client noch mit Passwort an (Standardauthentifizierung), was Exchange Online nicht mehr annimmt"
    ))],
    "Ungültige Anmeldeinformationen: Bitte überprüfen Sie Ihre E-Mail-Anmeldedaten.",
),

row(
    // The mail server told as invalid (Frappe and ERPNext after a failed connection: "Invalid Mail
    // Server", "Ungültiger E-Mail-Server", "Ungültiger Postausgang Server oder Port").
    TextId::ConceptMailServerInvalid,
    words![],
    Matcher {
        any: words![],
        all: words![
            "server address is not valid|server address is invalid|serveradresse ist ungültig|serveradresse ist nicht gültig|invalid mail server|invalid email server|invalid e-mail server|invalid outgoing server|invalid incoming server|invalid outgoing mail server|invalid incoming mail server|ungültiger e-mail-server|ungültiger mailserver|ungültiger postausgang|ungültiger posteingang",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.45, t!(
        "the message says the mail server could not be reached: check its name and port (outlook.office365.com 993 for IMAP, smtp.office365.com 587 for SMTP) and that no firewall or proxy stops the connection",
        "die Meldung sagt, dass der Mailserver nicht erreicht wurde: Name und Port prüfen (outlook.office365.com 993 für IMAP, smtp.office365.com 587 für SMTP) und dass keine Firewall und kein Proxy die Verbindung aufhält"
    ))],
    "Invalid Mail Server. Please rectify and try again.",
),

row(
    // The XOAUTH2 string (the SASL initial response) itself told as malformed.
    TextId::ConceptXoauth2Malformed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "xoauth2 string|xoauth2-string|xoauth2 zeichenkette|xoauth2-zeichenkette|xoauth2 format|xoauth2-format|sasl string|initial response|initial client response|auth string",
            "invalid|malformed|ungültig|fehlerhaft|bad format|wrong format|falsches format|not valid|could not be decoded|cannot be decoded|nicht dekodiert",
        ],
        none: words!["expired", "abgelaufen", "aadsts"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MalformedXoauth2, 0.5, t!(
        "the message says the XOAUTH2 string itself is malformed: it must be the base64 of user=<mailbox>^Aauth=Bearer <token>^A^A, encoded once, on one line",
        "die Meldung sagt, dass die XOAUTH2-Zeichenkette selbst fehlerhaft ist: sie muss das Base64 von user=<Postfach>^Aauth=Bearer <Token>^A^A sein, einmal kodiert, in einer Zeile"
    ))],
    "Invalid XOAUTH2 string.",
),

row(
    // The user name (or mailbox) told as not matching the token.
    TextId::ConceptUserTokenMismatch,
    words![],
    Matcher {
        any: words![],
        all: words![
            "user name|username|user=|benutzername|mailbox|postfach|upn",
            "does not match|doesn't match|do not match|don't match|mismatch|stimmt nicht|passt nicht",
            "token",
        ],
        none: words!["audience", "redirect", "client id", "client-id", "tenant", "mandant", "state", "nonce"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongUsernameInXoauth2, 0.5, t!(
        "the message says the user name does not match the token: user= must name the mailbox the token (or its permissions) is for",
        "die Meldung sagt, dass der Benutzername nicht zum Token passt: user= muss das Postfach nennen, für das Token bzw. Berechtigungen gelten"
    ))],
    "The user name does not match the token.",
),

row(
    // A failure told as starting about an hour after the sign-in: the lifetime of an Entra
    // access token (60-90 minutes), which a client that does not renew it then runs past.
    TextId::ConceptAfterAnHour,
    words![],
    Matcher {
        any: words![],
        all: words![
            "after 60 minutes|after one hour|after an hour|after about an hour|after 1 hour|every hour|nach 60 minuten|nach einer stunde|nach ca. einer stunde|nach 1 stunde|jede stunde|stündlich",
            "fail|error|401|stops|stopped|invalid|denied|fehl|abgelehnt|ungültig|verweigert",
        ],
        none: words!["secret", "geheimnis", "certificat", "zertifikat", "throttl", "drossel"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.55, t!(
        "the message says the failure begins about an hour after signing in, the lifetime of an access token: the client does not renew it with its refresh token",
        "die Meldung sagt, dass der Fehler etwa eine Stunde nach der Anmeldung beginnt, der Lebensdauer eines Zugriffstokens: der Client erneuert es nicht mit seinem Aktualisierungstoken"
    ))],
    "Intermittently the API answers 401 Access Denied after 60 minutes.",
),

row(
    // The OAuth sign-in told as expiring after a span (a refresh token unused for 90 days,
    // revoked, or not saved when it was renewed).
    TextId::ConceptSignInExpires,
    words![],
    Matcher {
        any: words![],
        all: words![
            "oauth|refresh token|authorization|autorisierung|anmeldung|sign-in",
            "expire every|expires every|expired after|expires after|expire after|läuft alle|nach 90 tagen|after 90 days|every 90 days|alle 90 tage",
        ],
        none: words!["secret", "geheimnis", "certificat", "zertifikat", "password", "passwort", "kennwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.5, t!(
        "the message says the OAuth sign-in expires after a while: the stored refresh token ran out (90 days unused), was revoked, or the client does not keep the renewed one; sign in again and check that the client saves the new token",
        "die Meldung sagt, dass die OAuth-Anmeldung nach einiger Zeit abläuft: der gespeicherte Aktualisierungstoken lief ab (90 Tage unbenutzt), wurde widerrufen, oder der Client behält den erneuerten nicht; neu anmelden und prüfen, ob der Client das neue Token speichert"
    ))],
    "Does the OAuth2 authorization expire every 6 months?",
),

row(
    // A message asking for a new access token: the one in use predates a change (a permission
    // granted, a scope or client changed) or has run out.
    TextId::ConceptNewTokenNeeded,
    words![],
    Matcher {
        any: words![],
        all: words![
            "token",
            "regenerate|generate a new|request a new|get a new|acquire a new|obtain a new|fetch a new|re-create the token|recreate the token|token is outdated|token ist veraltet|generieren sie das|token neu|neues token|neues zugriffstoken|token erneut abrufen",
        ],
        none: words!["secret", "geheimnis", "certificat", "zertifikat", "password", "passwort", "kennwort", "api key"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.5, t!(
        "the message asks for a new access token: most often the one in use was issued before a change (a permission granted, a scope or the client changed) or has expired; it keeps failing until the client gets a new one",
        "die Meldung verlangt ein neues Zugriffstoken: meist wurde das verwendete vor einer Änderung ausgestellt (eine Berechtigung erteilt, Bereich oder Client geändert) oder ist abgelaufen; es schlägt fehl, bis der Client ein neues holt"
    ))],
    // iTop's OAuth client (German dictionary, RegenerateToken).
    "Generieren Sie das Zugriffstoken neu, um die Änderungen zu berücksichtigen",
),

row(
    // An application asking to connect or authorise the mailbox again: its stored grant no
    // longer works (refresh token expired or revoked, password changed), or the app now asks
    // for more than was granted.
    TextId::ConceptReauthorize,
    words![],
    Matcher {
        any: words![
            "reconnect your",
            "reconnect this account",
            "reconnect the account",
            "reconnect the mailbox",
            "connect your mailbox again",
            "connect the mailbox again",
            "re-authorize",
            "reauthorize",
            "re-authorise",
            "reauthorise",
            "erneut autorisieren",
            "neu autorisieren",
            "re-authenticate the",
            "re-authenticate client",
            "use --reauth",
            "verbinden sie ihr postfach",
            "verbinden sie ihr konto",
            "postfach neu verbinden",
            "konto neu verbinden",
            "postfach erneut verbinden",
            "konto erneut verbinden",
            "mit diesem konto wieder zu verbinden",
            "konto wieder verbinden",
            "account settings are out of date",
            "kontoeinstellungen sind veraltet",
            // Asked to sign in again, in a client's words.
            "authenticate again|authenticated again|re-authenticated|reauthenticated|erneut authentifiziert|confirm access again|sign in again|sign-in again|log in again|login again|sign to the server again|melden sie sich erneut|erneut anmelden|erneut am server an|erneut beim server an",
            // The same asked in other languages (fr, es, pt, it, nl, pl, sv, cs).
            concat!(
                "réautoriser|ré-autoriser|autoriser à nouveau|reconnecter votre compte|reconnectez votre|",
                "volver a autorizar|reautorizar|vuelva a conectar|volver a conectar|",
                "reconecte sua conta|reconectar sua conta|autorizar novamente|",
                "riautorizzare|autorizzare di nuovo|ricollegare l'account|riconnetti|",
                "opnieuw geverifieerd|opnieuw autoriseren|opnieuw verbinden|",
                "ponownego potwierdzenia dostępu|ponownie autoryzuj|ponownej autoryzacji|",
                "auktorisera igen|återauktorisera|",
                "znovu autorizovat|opětovné autorizace",
            ),
        ],
        all: words![],
        // ("against" holds "again": "unable to authenticate against the server" asks nothing.)
        none: words!["secret", "geheimnis", "certificat", "zertifikat", "against"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::TokenExpiredOrCached, 0.5, t!(
        "the message asks to connect or authorise the account again: most often its stored sign-in no longer works (the refresh token expired or was revoked, the password changed); else the application now asks for permissions not yet granted",
        "die Meldung verlangt, das Konto erneut zu verbinden oder zu autorisieren: meist gilt die gespeicherte Anmeldung nicht mehr (Aktualisierungstoken abgelaufen oder widerrufen, Kennwort geändert); sonst verlangt die Anwendung jetzt noch nicht erteilte Berechtigungen"
    ))],
    // Windows Mail (the Mail and Calendar app).
    "Your account settings are out of date",
),

row(
    // The server's own certificate told as expired or not yet valid: Microsoft's are current,
    // so the local clock is wrong or a TLS-inspecting proxy presents its own.
    TextId::ConceptServerCertExpired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "server certificate|server's certificate|serverzertifikat|zertifikat des servers|peer certificate|peer's certificate",
            "expired|abgelaufen|not yet valid|noch nicht gültig",
        ],
        none: words!["client certificate", "clientzertifikat"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::ClockSkew, 0.45, t!(
        "the message says the server's certificate has expired or is not yet valid; Exchange Online's certificates are current, so most often this computer's clock is wrong, else a proxy inspecting TLS presents its own",
        "die Meldung sagt, dass das Zertifikat des Servers abgelaufen oder noch nicht gültig ist; die Zertifikate von Exchange Online sind aktuell, daher geht meist die Uhr dieses Rechners falsch, sonst legt ein Proxy, der TLS aufbricht, sein eigenes vor"
    ))],
    // mutt.
    "Server certificate has expired",
),

row(
    // An API version or endpoint told as retired: the client still calls what Microsoft turned
    // off (the Outlook REST API v2.0, the Azure AD Graph, v1 endpoints).
    TextId::ConceptApiRetired,
    words![],
    Matcher {
        any: words![],
        all: words![
            "api v|rest api|endpoint|endpunkt|ad graph",
            "deprecated|depreciated|retired|decommissioned|no longer supported|nicht mehr unterstützt|abgekündigt|eingestellt",
        ],
        none: words!["basic auth", "basic authentication", "standardauthentifizierung", "password", "passwort", "kennwort", "legacy auth", "smtp auth", "legacy token", "exchange token"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongEndpointOrCloud, 0.45, t!(
        "the message says the API version or endpoint the client calls is retired: the client must move to the current one (Microsoft Graph, the v2.0 token endpoint); update it",
        "die Meldung sagt, dass die vom Client aufgerufene API-Version bzw. der Endpunkt eingestellt ist: der Client muss auf den aktuellen wechseln (Microsoft Graph, der v2.0-Token-Endpunkt); ihn aktualisieren"
    ))],
    // osTicket's OAuth2 plugin, after Microsoft retired the Outlook REST API.
    "The API version v2 has been depreciated",
),

row(
    // An application pointing at the permissions of its own registration in Entra: the app
    // lacks the application permission (role) the call needs, or its consent.
    TextId::ConceptAppRegistrationPermissions,
    words![],
    Matcher {
        any: words![],
        all: words![
            "permission|berechtigung",
            "azure app|azure anwendung|azure-anwendung|app registration|app-registrierung|entra app|registered application|registrierten anwendung",
        ],
        // A report telling its own setup (the permission listed as granted, "we set up an app
        // registration") points at nothing missing.
        none: words![
            "delegated", "delegiert", "redirect", "umleitung", "secret", "geheimnis", "certificat", "zertifikat",
            "consent granted|permissions granted|permission granted|granted admin consent|consent was granted|zustimmung erteilt|berechtigungen erteilt|berechtigung erteilt|(application)|(anwendung)",
            "we set up|we created|we registered|we have set up|wir haben",
        ],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MissingAppRole, 0.45, t!(
        "the message points at the permissions of the app's registration: most often the application permission the call needs is missing there or not granted by an admin",
        "die Meldung verweist auf die Berechtigungen der App-Registrierung: meist fehlt dort die Anwendungsberechtigung, die der Aufruf braucht, oder ein Administrator hat sie nicht erteilt"
    ))],
    // OpenProject's OneDrive/SharePoint storage.
    "OpenProject wasn't allowed to access your OneDrive drive. Please check the permissions set on the Azure Application.",
),

row(
    // A VPN named as what stands between the client and the server.
    TextId::ConceptVpn,
    words![],
    Matcher {
        any: words![],
        all: words![
            "vpn",
            "caused by|verursacht|because of|due to|wegen|blocked|blockiert|blocks|interfer|stört",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.5, t!(
        "the message names a VPN as the cause: the connection to the server (or to the sign-in) goes through it and is blocked or altered there; try without it or allow the Microsoft 365 hosts",
        "die Meldung nennt ein VPN als Ursache: die Verbindung zum Server (oder zur Anmeldung) läuft darüber und wird dort blockiert oder verändert; ohne es versuchen oder die Microsoft-365-Hosts zulassen"
    ))],
    // FairEmail's hint after a failed connection while a VPN is up.
    "This might be caused by the VPN that is being used",
),

row(
    // The user name signed in told as not matching the expected one (Thunderbird's
    // "Authenticated username {0} does not match {1}").
    TextId::ConceptUserNameMismatch,
    words![],
    Matcher {
        any: words![],
        all: words![
            "username|user name|benutzername",
            "does not match|doesn't match|do not match|stimmt nicht überein",
            "authentic|signed|sign-in|anmeld|authentifizier",
        ],
        none: words!["password", "kennwort", "passwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongUsernameInXoauth2, 0.5, ADDRESS_MISMATCH_WHY)],
    "Authenticated username jdoe@contoso.com does not match info@contoso.com",
),
row(
    // The account that signed in and the address the client uses told apart: the token is
    // another user's than the one the client names (or sends from).
    TextId::ConceptAddressMismatch,
    words![],
    Matcher {
        any: words![],
        all: words![
            "address|account|konto|e-mail|email|mittente|indirizzo|expéditeur|compte|remitente|dirección|cuenta|remetente|endereço|conta|afzender|adres|nadawc|avsändare",
            "does not match this|doesn't match this|does not match the|doesn't match the|stimmt nicht mit|addresses match|addresses don't match|addresses do not match|different from the one|differs from the account|differ from the account|not the same account|same account used|adressen übereinstimmen|adressen stimmen nicht|weicht von dem konto|unterscheidet sich von dem konto|stesso profilo|stesso account|même compte|mismo perfil|misma cuenta|mesma conta|mesmo perfil|hetzelfde account|tego samego konta|samma konto",
            "authoriz|authoris|authentic|sign|token|client id|autorisier|authentifizier|anmeld|berechtigung|oauth|consenso|consentement|consentimiento|consentimento",
        ],
        none: words![],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::WrongUsernameInXoauth2, 0.5, ADDRESS_MISMATCH_WHY)],
    // Zoho's and similar connectors' check after the sign-in.
    "Status 403: Office 365 returned us an email address different from the one that started the authentication process.",
),
row(
    // A mailbox named with its address as not found by an application (Graph's 404 behind it;
    // the address may stand between, "Das Postfach x@y wurde nicht gefunden"): no such mailbox,
    // or no Exchange Online mailbox behind the address. An IMAP folder ("mailbox" in IMAP's
    // words, named without an address; see `ConceptNoMailbox`) and a recipient are other things.
    TextId::ConceptMailboxNotFound,
    words![],
    Matcher {
        any: words![],
        all: words!["mailbox|postfach", NOT_FOUND, "@"],
        none: words!["folder", "ordner", "nonexistent", "trycreate", "select", "examine", "inbox", "recipient", "empfänger", "item", "element"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::MailboxUnlicensedOrMissing, 0.5, t!(
        "the message says the mailbox was not found: a wrong address, or no Exchange Online mailbox behind it (a user without a licence, a mailbox not yet made)",
        "die Meldung sagt, dass das Postfach nicht gefunden wurde: falsche Adresse, oder kein Exchange-Online-Postfach dahinter (Benutzer ohne Lizenz, Postfach noch nicht angelegt)"
    ))],
    "Das Postfach tickets@contoso.com wurde nicht gefunden.",
),
row(
    // No answer at all from a server or an endpoint (Graph's, the managed identity's, a mail
    // host's), in an application's words: the request never reached it or its answer never came
    // back, the network's part. A sign-in refused is a reply, and other rows read it.
    TextId::ConceptNoResponse,
    words![],
    Matcher {
        any: words![],
        all: words![
            "no response received from|no response was received from|no response from the server|no response from server|no response from host|received no response from|did not receive a response from|didn't receive a response from|keine antwort vom|keine antwort von|keine antwort erhalten",
        ],
        none: words!["authenticat", "authentifi", "anmeld", "login", "logon", "credential", "password", "kennwort", "passwort"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.5, t!(
        "the message says no response came from the server: the request did not get through (proxy, firewall, DNS, an endpoint not reachable from this host)",
        "die Meldung sagt, dass vom Server keine Antwort kam: die Anfrage kam nicht durch (Proxy, Firewall, DNS, ein von diesem Host nicht erreichbarer Endpunkt)"
    ))],
    "Error sending email. No response received from MS Graph endpoint: https://graph.microsoft.com/v1.0/users/x@contoso.com/sendMail",
),
row(
    // (Last but one: a generic wording, after the rows that say more of the connection.)
    // A connection to the server that failed, in an application's words (a host may stand
    // between them: "Verbindung mit Server smtp.office365.com fehlgeschlagen").
    TextId::ConceptConnectionFailed,
    words![],
    Matcher {
        any: words![],
        all: words![
            "connection to|connection with|connect to|verbindung zum|verbindung zur|verbindung mit|verbindung zu |fehler der verbindung",
            "failed|fehlgeschlagen|could not be established|could not be made|could not be completed|konnte nicht hergestellt|konnte nicht aufgebaut|konnte nicht abgeschlossen|fehler der verbindung|timed out|timing out|times out|zeitüberschreitung",
        ],
        // Laminas Mail's "last request failed" is a POP3 server's -ERR: the connection was made.
        none: words!["authenticat", "authentifi", "anmeld", "login", "logon", "credential", "password", "kennwort", "passwort", "token", "oauth", "last request failed"],
    },
    Kind::ClientError,
    Code::None,
    &[to(C::NetworkEgressBlocked, 0.5, t!(
        "the message says the connection to the server failed, before any sign-in",
        "die Meldung sagt, dass die Verbindung zum Server gescheitert ist, vor jeder Anmeldung"
    ))],
    "Verbindung mit Server smtp.office365.com fehlgeschlagen.",
),
row(
    // Graph answering 404 for a mailbox it names under /users/: no such user, or one without
    // an Exchange Online mailbox (an item's or a segment's 404 says so itself). The scanner
    // reads an HTTP status line as a reply (the rules tell it from SMTP's by its words).
    TextId::ConceptGraphUserNotFound,
    words![],
    Matcher {
        any: words![],
        all: words![
            "404|not found for url",
            "graph.microsoft.com/v1.0/users/|graph.microsoft.com/beta/users/",
        ],
        none: words!["erroritemnotfound", "segment", "/messages/", "/events/", "/attachments/"],
    },
    Kind::ServerReply,
    Code::Reply(404),
    &[to(C::MailboxUnlicensedOrMissing, 0.5, t!(
        "the message is Graph's 404 for the mailbox named under /users/: no such user, or no Exchange Online mailbox behind it (a wrong address, a user without a licence)",
        "die Meldung ist Graphs 404 für das unter /users/ genannte Postfach: kein solcher Benutzer, oder kein Exchange-Online-Postfach dahinter (falsche Adresse, Benutzer ohne Lizenz)"
    ))],
    "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://graph.microsoft.com/v1.0/users/info@contoso.com/sendMail",
),
];
