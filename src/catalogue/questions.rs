//! Questions that tell causes apart: general ones and the ones causes share.
//!
//! Each question is defined once; a key always means the same question (checked by a test).

use super::{QuestionDef, CAUSES};
use crate::t;

/// Nothing recognisable was pasted: what to paste and where to find it.
pub const PASTE_MORE: QuestionDef = QuestionDef {
    key: "paste_more",
    text: t!(
        "Can you paste more? Best: the exact error line from the app's log (e.g. \"NO AUTHENTICATE failed\", \"535 5.7.3\", \"AADSTS…\"); the access token or the base64 XOAUTH2 line from the client's protocol/debug log; the JSON answer of the token endpoint (login.microsoftonline.com); the output of New-ServicePrincipal / Get-ServicePrincipal from Exchange Online PowerShell.",
        "Können Sie mehr einfügen? Am besten: die genaue Fehlerzeile aus dem Log der App (z. B. „NO AUTHENTICATE failed“, „535 5.7.3“, „AADSTS…“); das Access Token oder die Base64-XOAUTH2-Zeile aus dem Protokoll-/Debug-Log des Clients; die JSON-Antwort des Token-Endpunkts (login.microsoftonline.com); die Ausgabe von New-ServicePrincipal / Get-ServicePrincipal aus Exchange Online PowerShell."
    ),
    why: t!(
        "Each of these names a different link of the chain; with one of them the verdict rests on evidence instead of guesses. Everything stays in this browser.",
        "Jedes davon betrifft ein anderes Glied der Kette; mit einem davon stützt sich das Ergebnis auf Belege statt auf Vermutungen. Alles bleibt in diesem Browser."
    ),
};

/// Which object id was passed to New-ServicePrincipal.
pub const OBJECT_ID_PASSED: QuestionDef = QuestionDef {
    key: "object_id_passed",
    text: t!(
        "Which object id did you pass to New-ServicePrincipal -ObjectId (or -ServiceId)? Where did you copy it from — Enterprise applications or App registrations?",
        "Welche Objekt-ID haben Sie New-ServicePrincipal bei -ObjectId (oder -ServiceId) übergeben? Woher stammt sie – aus Unternehmensanwendungen oder aus App-Registrierungen?"
    ),
    why: t!(
        "If it is the App registration's object id or the client id, the pointer is wrong and must be removed and created again; if it equals the token's oid, the pointer is right and the cause lies elsewhere.",
        "Ist es die Objekt-ID der App-Registrierung oder die Client-ID, ist der Verweis falsch und muss entfernt und neu angelegt werden; entspricht sie dem oid im Token, stimmt der Verweis, und die Ursache liegt woanders."
    ),
};

/// Whether New-ServicePrincipal was run.
pub const SP_REGISTERED: QuestionDef = QuestionDef {
    key: "sp_registered",
    text: t!(
        "Did you run New-ServicePrincipal in Exchange Online PowerShell? Paste the output of Get-ServicePrincipal -Identity <APP_ID> | Format-List.",
        "Haben Sie New-ServicePrincipal in Exchange Online PowerShell ausgeführt? Fügen Sie die Ausgabe von Get-ServicePrincipal -Identity <APP_ID> | Format-List ein."
    ),
    why: t!(
        "No entry means Exchange does not know the app (register it); an entry with a different ObjectId than the token's oid means the wrong object id; a correct entry moves the suspicion to the mailbox permission.",
        "Kein Eintrag heißt, Exchange kennt die App nicht (registrieren); ein Eintrag mit anderer ObjectId als dem oid im Token heißt falsche Objekt-ID; ein korrekter Eintrag lenkt den Verdacht auf die Postfachberechtigung."
    ),
};

/// Which mailbox the service opens or sends as.
pub const MAILBOX: QuestionDef = QuestionDef {
    key: "mailbox",
    text: t!(
        "Which mailbox does the service open, or send as (its primary SMTP address)?",
        "Welches Postfach öffnet der Dienst bzw. als welches sendet er (primäre SMTP-Adresse)?"
    ),
    why: t!(
        "It must match user= in XOAUTH2 and be the mailbox the service principal has FullAccess on; the fix script is filled in with it.",
        "Es muss zu user= in XOAUTH2 passen und das Postfach sein, auf das der Dienstprinzipal FullAccess hat; das Skript wird damit ausgefüllt."
    ),
};

/// When permissions were last changed.
pub const CHANGED_AT: QuestionDef = QuestionDef {
    key: "changed_at",
    text: t!(
        "When did you last change permissions, consent or run the Exchange script (date and time)?",
        "Wann haben Sie zuletzt Berechtigungen oder Zustimmung geändert oder das Exchange-Skript ausgeführt (Datum und Uhrzeit)?"
    ),
    why: t!(
        "A change less than about an hour before the failure points to replication delay or a token cached from before the change, not to a wrong setting.",
        "Eine Änderung weniger als etwa eine Stunde vor dem Fehler deutet auf Replikationsverzögerung oder ein vor der Änderung zwischengespeichertes Token, nicht auf eine falsche Einstellung."
    ),
};

/// Which protocol the client speaks.
pub const PROTOCOL: QuestionDef = QuestionDef {
    key: "protocol",
    text: t!(
        "Which protocol does the client use: IMAP, POP, SMTP, EWS or Microsoft Graph?",
        "Welches Protokoll verwendet der Client: IMAP, POP, SMTP, EWS oder Microsoft Graph?"
    ),
    why: t!(
        "It decides the token audience (Exchange Online vs Graph), the permission needed (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp, full_access_as_app) and which mailbox switch to check.",
        "Davon hängen die Token-Zielgruppe (Exchange Online oder Graph), die nötige Berechtigung (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp, full_access_as_app) und der zu prüfende Postfachschalter ab."
    ),
};

/// Whether the token can be pasted.
pub const TOKEN_AVAILABLE: QuestionDef = QuestionDef {
    key: "token_available",
    text: t!(
        "Can you paste the access token, or the base64 XOAUTH2 line from a debug log (AUTHENTICATE XOAUTH2 … / AUTH XOAUTH2 …)? It is decoded only in this browser.",
        "Können Sie das Access Token oder die Base64-XOAUTH2-Zeile aus einem Debug-Log einfügen (AUTHENTICATE XOAUTH2 … / AUTH XOAUTH2 …)? Es wird nur in diesem Browser dekodiert."
    ),
    why: t!(
        "The token shows audience, roles, app-only vs delegated, the service principal's object id and the times — enough to rule out half of the causes at once.",
        "Das Token zeigt Zielgruppe, Rollen, nur App oder delegiert, die Objekt-ID des Dienstprinzipals und die Zeiten – genug, um die Hälfte der Ursachen auf einmal auszuschließen."
    ),
};

/// App-only or delegated flow.
pub const FLOW: QuestionDef = QuestionDef {
    key: "flow",
    text: t!(
        "Does the app sign in as itself (client credentials: client id plus secret or certificate, no user) or as a user (password, browser or device-code sign-in)?",
        "Meldet sich die App als sie selbst an (Client Credentials: Client-ID plus Geheimnis oder Zertifikat, kein Benutzer) oder als Benutzer (Kennwort, Browser- oder Gerätecode-Anmeldung)?"
    ),
    why: t!(
        "App-only needs Application permissions, New-ServicePrincipal and FullAccess; delegated needs delegated scopes and the user's own rights — different fixes.",
        "Nur App braucht Anwendungsberechtigungen, New-ServicePrincipal und FullAccess; delegiert braucht delegierte Scopes und die Rechte des Benutzers – unterschiedliche Korrekturen."
    ),
};

/// Secret Value or Secret ID.
pub const SECRET_COPIED_FROM: QuestionDef = QuestionDef {
    key: "secret_copied_from",
    text: t!(
        "Did you copy the secret's Value (shown only once, right after creation) or the Secret ID column (a GUID)? Is it the secret of this very app?",
        "Haben Sie den „Wert“ des Geheimnisses kopiert (nur einmal direkt nach dem Anlegen sichtbar) oder die Spalte „Geheimnis-ID“ (eine GUID)? Ist es das Geheimnis genau dieser App?"
    ),
    why: t!(
        "A GUID-shaped secret is the Secret ID, not the secret; otherwise the secret is mistyped, from another app or replaced.",
        "Ein Geheimnis in GUID-Form ist die Geheimnis-ID, nicht das Geheimnis; sonst ist es vertippt, von einer anderen App oder ersetzt."
    ),
};

/// Secret expiry date.
pub const SECRET_EXPIRY: QuestionDef = QuestionDef {
    key: "secret_expiry",
    text: t!(
        "What does App registrations → Certificates & secrets show in the Expires column for the secret the app uses?",
        "Was zeigt App-Registrierungen → Zertifikate & Geheimnisse in der Spalte „Läuft ab“ für das Geheimnis der App?"
    ),
    why: t!(
        "A date in the past means an expired secret (create a new one); a valid date means a wrong value.",
        "Ein Datum in der Vergangenheit heißt abgelaufenes Geheimnis (neues anlegen); ein gültiges Datum heißt falscher Wert."
    ),
};

/// Which certificate signs the assertion.
pub const CERT_THUMBPRINT: QuestionDef = QuestionDef {
    key: "cert_thumbprint",
    text: t!(
        "Is the certificate the app signs with uploaded to the app registration (same thumbprint), and is it still valid?",
        "Ist das Zertifikat, mit dem die App signiert, in der App-Registrierung hochgeladen (gleicher Fingerabdruck), und ist es noch gültig?"
    ),
    why: t!(
        "Thumbprint mismatch or expiry means a certificate problem; a matching, valid certificate points to the clock (assertion time window).",
        "Abweichender Fingerabdruck oder Ablauf heißt Zertifikatsproblem; ein passendes, gültiges Zertifikat deutet auf die Uhr (Zeitfenster der Assertion)."
    ),
};

/// Which client id and tenant.
pub const CLIENT_ID_TENANT: QuestionDef = QuestionDef {
    key: "client_id_tenant",
    text: t!(
        "Which value is in client_id, and which tenant is in the token URL? Is the app registered in the same tenant as the mailbox?",
        "Welcher Wert steht in client_id, und welcher Mandant in der Token-URL? Ist die App im selben Mandanten registriert wie das Postfach?"
    ),
    why: t!(
        "A mail address or display name in client_id, or another tenant, explains \"application not found\"; a multi-tenant app then needs admin consent in the mailbox's tenant.",
        "Eine Mailadresse oder ein Anzeigename in client_id oder ein anderer Mandant erklärt „Anwendung nicht gefunden“; eine mehrinstanzenfähige App braucht dann die Administratorzustimmung im Mandanten des Postfachs."
    ),
};

/// The exact token URL.
pub const TOKEN_URL: QuestionDef = QuestionDef {
    key: "token_url",
    text: t!(
        "What is the exact token URL the app calls (host and tenant part, e.g. login.microsoftonline.com/<tenant>/oauth2/v2.0/token)?",
        "Wie lautet die genaue Token-URL, die die App aufruft (Host und Mandantenteil, z. B. login.microsoftonline.com/<Mandant>/oauth2/v2.0/token)?"
    ),
    why: t!(
        "/common, /consumers, a typo or a placeholder in the tenant, or the wrong cloud's host, each needs a different correction.",
        "/common, /consumers, ein Tippfehler oder Platzhalter im Mandanten oder der Host der falschen Cloud erfordern jeweils eine andere Korrektur."
    ),
};

/// The exact scope or resource.
pub const SCOPE_SENT: QuestionDef = QuestionDef {
    key: "scope_sent",
    text: t!(
        "What exactly does the app send as scope (or resource)?",
        "Was genau sendet die App als scope (oder resource)?"
    ),
    why: t!(
        "Client credentials need https://outlook.office365.com/.default; a Graph scope gives a token Exchange rejects, named permissions or mixed resources are refused by Entra.",
        "Client Credentials brauchen https://outlook.office365.com/.default; ein Graph-Scope ergibt ein Token, das Exchange ablehnt, einzelne Berechtigungen oder gemischte Ressourcen lehnt Entra ab."
    ),
};

/// Whether admin consent is granted.
pub const ADMIN_CONSENT_STATUS: QuestionDef = QuestionDef {
    key: "admin_consent_status",
    text: t!(
        "In App registrations → API permissions, does the Status column show \"Granted for <tenant>\" next to the Exchange permission?",
        "Zeigt in App-Registrierungen → API-Berechtigungen die Spalte Status „Gewährt für <Mandant>“ neben der Exchange-Berechtigung?"
    ),
    why: t!(
        "Without the grant the token carries no role; with it, an old cached token or a wrong permission type is more likely.",
        "Ohne Zustimmung trägt das Token keine Rolle; mit ihr sind ein alter zwischengespeicherter Token oder ein falscher Berechtigungstyp wahrscheinlicher."
    ),
};

/// Application or delegated permission type.
pub const PERMISSION_TYPE: QuestionDef = QuestionDef {
    key: "permission_type",
    text: t!(
        "In API permissions, is the Exchange permission listed with type Application (IMAP.AccessAsApp …) or Delegated (IMAP.AccessAsUser.All …)?",
        "Steht die Exchange-Berechtigung in API-Berechtigungen mit dem Typ Anwendung (IMAP.AccessAsApp …) oder Delegiert (IMAP.AccessAsUser.All …)?"
    ),
    why: t!(
        "A background service with client credentials only gets Application permissions into its token; delegated ones are ignored.",
        "Ein Hintergrunddienst mit Client Credentials erhält nur Anwendungsberechtigungen in sein Token; delegierte werden ignoriert."
    ),
};

/// Public client setting.
pub const PUBLIC_CLIENT_SETTING: QuestionDef = QuestionDef {
    key: "public_client_setting",
    text: t!(
        "Is \"Allow public client flows\" set to Yes on the app's Authentication page, and does the app send a secret or certificate?",
        "Steht „Öffentliche Clientflows zulassen“ auf der Seite Authentifizierung der App auf Ja, und sendet die App ein Geheimnis oder Zertifikat?"
    ),
    why: t!(
        "It tells whether the secret is missing from a confidential request or sent where it is not allowed.",
        "Es zeigt, ob das Geheimnis in einer vertraulichen Anforderung fehlt oder gesendet wird, wo es nicht erlaubt ist."
    ),
};

/// Redirect URI sent and registered.
pub const REDIRECT_URI_USED: QuestionDef = QuestionDef {
    key: "redirect_uri_used",
    text: t!(
        "Which redirect URI does the client send, and which are registered on the app's Authentication page?",
        "Welche Umleitungs-URI sendet der Client, und welche sind auf der Seite Authentifizierung der App registriert?"
    ),
    why: t!(
        "Any difference (port, trailing slash, http/https, platform) must be fixed in the registration or the client.",
        "Jeder Unterschied (Port, abschließender Schrägstrich, http/https, Plattform) muss in der Registrierung oder im Client behoben werden."
    ),
};

/// The token request as sent.
pub const REQUEST_BODY: QuestionDef = QuestionDef {
    key: "request_body",
    text: t!(
        "Can you paste the token request without the secret: URL, Content-Type and the names of the body fields?",
        "Können Sie die Tokenanforderung ohne Geheimnis einfügen: URL, Content-Type und die Namen der Felder im Body?"
    ),
    why: t!(
        "It shows a missing or empty field, or a JSON body where form encoding is required.",
        "Sie zeigt ein fehlendes oder leeres Feld oder einen JSON-Body, wo Formularkodierung verlangt ist."
    ),
};

/// Which cloud the tenant lives in.
pub const CLOUD: QuestionDef = QuestionDef {
    key: "cloud",
    text: t!(
        "Is the tenant in the worldwide cloud, GCC, GCC High/DoD or 21Vianet (China)?",
        "Liegt der Mandant in der weltweiten Cloud, GCC, GCC High/DoD oder 21Vianet (China)?"
    ),
    why: t!(
        "Sovereign clouds have their own login and mail hosts; the worldwide host does not find their tenants.",
        "Nationale Clouds haben eigene Anmelde- und Mailhosts; der weltweite Host findet ihre Mandanten nicht."
    ),
};

/// Work account or personal account.
pub const ACCOUNT_KIND: QuestionDef = QuestionDef {
    key: "account_kind",
    text: t!(
        "Is the mailbox a work or school account in your Microsoft 365 tenant, or a personal outlook.com / hotmail.com account?",
        "Ist das Postfach ein Geschäfts- oder Schulkonto in Ihrem Microsoft 365-Mandanten oder ein privates outlook.com- / hotmail.com-Konto?"
    ),
    why: t!(
        "Personal accounts have no tenant, no admin consent and no app-only access; the app registration and endpoint must fit the account type.",
        "Private Konten haben keinen Mandanten, keine Administratorzustimmung und keinen reinen App-Zugriff; App-Registrierung und Endpunkt müssen zum Kontotyp passen."
    ),
};

/// What the sign-in log says about Conditional Access.
pub const SIGNIN_LOG_CA: QuestionDef = QuestionDef {
    key: "signin_log_ca",
    text: t!(
        "What does the failed entry in the Entra sign-in logs show under Failure reason and on the Conditional Access tab?",
        "Was zeigt der fehlgeschlagene Eintrag in den Entra-Anmeldeprotokollen unter Fehlerursache und auf der Registerkarte Bedingter Zugriff?"
    ),
    why: t!(
        "A named policy with result Failure is Conditional Access; MFA, lock-out or a disabled account show other reasons.",
        "Eine genannte Richtlinie mit Ergebnis Fehler ist bedingter Zugriff; MFA, Sperre oder ein deaktiviertes Konto zeigen andere Ursachen."
    ),
};

/// Whether security defaults are on.
pub const SECURITY_DEFAULTS_ON: QuestionDef = QuestionDef {
    key: "security_defaults_on",
    text: t!(
        "Are security defaults enabled in the tenant (Entra admin center → Overview → Properties)?",
        "Sind die Sicherheitsstandards im Mandanten aktiviert (Entra Admin Center → Übersicht → Eigenschaften)?"
    ),
    why: t!(
        "With security defaults on, any password-based mail login is blocked; with them off, look at Conditional Access or the SMTP AUTH switches.",
        "Bei aktiven Sicherheitsstandards ist jede kennwortbasierte Mailanmeldung gesperrt; sind sie aus, prüfen Sie bedingten Zugriff oder die SMTP-AUTH-Schalter."
    ),
};

/// MFA for the account.
pub const USER_MFA: QuestionDef = QuestionDef {
    key: "user_mfa",
    text: t!(
        "Does this account have to do MFA when it signs in interactively?",
        "Muss dieses Konto bei einer interaktiven Anmeldung MFA durchführen?"
    ),
    why: t!(
        "A password (ROPC) token request cannot do MFA; if MFA applies, the flow must change, not the password.",
        "Eine Tokenanforderung mit Kennwort (ROPC) kann kein MFA; gilt MFA, muss der Flow geändert werden, nicht das Kennwort."
    ),
};

/// Interactive sign-in with the same password.
pub const PASSWORD_SIGNIN_WORKS: QuestionDef = QuestionDef {
    key: "password_signin_works",
    text: t!(
        "Can the same account sign in interactively (e.g. at outlook.office.com) with the same username and password?",
        "Kann sich dasselbe Konto mit demselben Benutzernamen und Kennwort interaktiv anmelden (z. B. auf outlook.office.com)?"
    ),
    why: t!(
        "If not, the credentials are wrong or the account is locked; if yes, federation, MFA or policy stop the password flow.",
        "Wenn nicht, sind die Anmeldedaten falsch oder das Konto gesperrt; wenn ja, stoppen Verbund, MFA oder Richtlinien den Kennwort-Flow."
    ),
};

/// Whether the user account is enabled.
pub const ACCOUNT_ENABLED: QuestionDef = QuestionDef {
    key: "account_enabled",
    text: t!(
        "Is sign-in blocked (AccountEnabled false) or the account locked for the mailbox's user — also if it is a shared mailbox?",
        "Ist für den Benutzer des Postfachs die Anmeldung blockiert (AccountEnabled false) oder das Konto gesperrt – auch wenn es ein freigegebenes Postfach ist?"
    ),
    why: t!(
        "A blocked account can explain LogonDenied even with a perfect token (experience, not documented by Microsoft).",
        "Ein blockiertes Konto kann LogonDenied auch bei einwandfreiem Token erklären (Erfahrungswert, nicht von Microsoft dokumentiert)."
    ),
};

/// Clock of the host.
pub const HOST_CLOCK: QuestionDef = QuestionDef {
    key: "host_clock",
    text: t!(
        "Is the clock of the machine that runs the app correct (compare with a time server)?",
        "Geht die Uhr des Rechners, auf dem die App läuft, richtig (mit einem Zeitserver vergleichen)?"
    ),
    why: t!(
        "A clock minutes off makes fresh tokens and assertions look not-yet-valid or expired.",
        "Eine um Minuten falsche Uhr lässt frische Token und Assertions noch nicht gültig oder abgelaufen erscheinen."
    ),
};

/// Whether the service was restarted after the change.
pub const SERVICE_RESTARTED: QuestionDef = QuestionDef {
    key: "service_restarted",
    text: t!(
        "Have you restarted the application's service (or cleared its token cache) since the change?",
        "Haben Sie den Dienst der Anwendung seit der Änderung neu gestartet (oder ihren Token-Cache geleert)?"
    ),
    why: t!(
        "If not, it may still use a token issued before the change; if yes and the change is recent, Exchange may still be replicating.",
        "Wenn nicht, verwendet sie vielleicht noch ein Token von vor der Änderung; wenn ja und die Änderung ist frisch, repliziert Exchange möglicherweise noch."
    ),
};

/// FullAccess granted.
pub const FULLACCESS_GRANTED: QuestionDef = QuestionDef {
    key: "fullaccess_granted",
    text: t!(
        "Does Get-MailboxPermission -Identity <MAILBOX> list the service principal with FullAccess?",
        "Listet Get-MailboxPermission -Identity <MAILBOX> den Dienstprinzipal mit FullAccess?"
    ),
    why: t!(
        "No entry means the permission is missing; an entry added recently points to replication delay; an old entry moves the suspicion to the protocol switch or user=.",
        "Kein Eintrag heißt, die Berechtigung fehlt; ein frisch hinzugefügter Eintrag deutet auf Replikationsverzögerung; ein alter Eintrag lenkt den Verdacht auf den Protokollschalter oder user=."
    ),
};

/// CAS mailbox settings.
pub const CAS_SETTINGS: QuestionDef = QuestionDef {
    key: "cas_settings",
    text: t!(
        "What does Get-CASMailbox -Identity <MAILBOX> | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled show?",
        "Was zeigt Get-CASMailbox -Identity <MAILBOX> | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled?"
    ),
    why: t!(
        "A disabled protocol on the mailbox rejects even a perfect token; an empty SmtpClientAuthenticationDisabled follows the organisation setting.",
        "Ein am Postfach deaktiviertes Protokoll lehnt auch ein einwandfreies Token ab; ein leeres SmtpClientAuthenticationDisabled folgt der Organisationseinstellung."
    ),
};

/// Organisation SMTP AUTH setting.
pub const TRANSPORT_SMTP_AUTH: QuestionDef = QuestionDef {
    key: "transport_smtp_auth",
    text: t!(
        "What does Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled show?",
        "Was zeigt Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled?"
    ),
    why: t!(
        "True means SMTP AUTH is off for the organisation; enable it for the sending mailbox only.",
        "True heißt, SMTP AUTH ist für die Organisation aus; aktivieren Sie es nur für das sendende Postfach."
    ),
};

/// Which authentication mechanism the client sends.
pub const AUTH_MECHANISM: QuestionDef = QuestionDef {
    key: "auth_mechanism",
    text: t!(
        "Does the client send AUTH XOAUTH2 / AUTHENTICATE XOAUTH2, or a username and password (AUTH LOGIN, AUTH PLAIN, IMAP LOGIN)?",
        "Sendet der Client AUTH XOAUTH2 / AUTHENTICATE XOAUTH2 oder Benutzername und Kennwort (AUTH LOGIN, AUTH PLAIN, IMAP LOGIN)?"
    ),
    why: t!(
        "A password login is basic authentication, which Exchange Online refuses — the client must switch to OAuth before anything else matters.",
        "Eine Kennwortanmeldung ist Standardauthentifizierung, die Exchange Online ablehnt – der Client muss zuerst auf OAuth umgestellt werden."
    ),
};

/// From address vs user=.
pub const FROM_ADDRESS: QuestionDef = QuestionDef {
    key: "from_address",
    text: t!(
        "Which From address does the app send with, and is it the same as the mailbox in user= (the login)?",
        "Mit welcher From-Adresse sendet die App, und ist sie dieselbe wie das Postfach in user= (der Anmeldung)?"
    ),
    why: t!(
        "A different From needs SendAs for the sending identity on that address; the same address points elsewhere.",
        "Eine abweichende From-Adresse braucht SendAs für die sendende Identität; dieselbe Adresse deutet auf eine andere Ursache."
    ),
};

/// What is in user=.
pub const XOAUTH2_USER: QuestionDef = QuestionDef {
    key: "xoauth2_user",
    text: t!(
        "What is in user= of the XOAUTH2 string (the client's login name): the mailbox's primary address, an admin account, an alias?",
        "Was steht in user= der XOAUTH2-Zeichenkette (Anmeldename im Client): die primäre Adresse des Postfachs, ein Administratorkonto, ein Alias?"
    ),
    why: t!(
        "Exchange opens the mailbox named in user=; it must be the one the permissions (or the delegated user) cover.",
        "Exchange öffnet das in user= genannte Postfach; es muss das sein, das die Berechtigungen (bzw. der delegierte Benutzer) abdecken."
    ),
};

/// Which client or library.
pub const CLIENT_LIBRARY: QuestionDef = QuestionDef {
    key: "client_library",
    text: t!(
        "Which client or library (and version) builds the XOAUTH2 login — e.g. MailKit, JavaMail, Python imaplib, Postfix with a SASL plugin?",
        "Welcher Client bzw. welche Bibliothek (und Version) baut die XOAUTH2-Anmeldung – z. B. MailKit, JavaMail, Python imaplib, Postfix mit SASL-Plugin?"
    ),
    why: t!(
        "Hand-built strings often break the framing; plugins fail locally before anything reaches Exchange.",
        "Selbst gebaute Zeichenketten verletzen oft das Format; Plugins scheitern lokal, bevor etwas Exchange erreicht."
    ),
};

/// Mailbox type.
pub const MAILBOX_TYPE: QuestionDef = QuestionDef {
    key: "mailbox_type",
    text: t!(
        "What does Get-Mailbox -Identity <MAILBOX> show for RecipientTypeDetails — or does it find nothing?",
        "Was zeigt Get-Mailbox -Identity <MAILBOX> bei RecipientTypeDetails – oder findet es nichts?"
    ),
    why: t!(
        "Nothing found, a mail user or an on-premises mailbox means there is no Exchange Online mailbox to open.",
        "Nichts gefunden, ein E-Mail-Benutzer oder ein lokales Postfach heißt, es gibt kein Exchange Online-Postfach zum Öffnen."
    ),
};

/// EWS impersonation header.
pub const EWS_IMPERSONATION_SET: QuestionDef = QuestionDef {
    key: "ews_impersonation_set",
    text: t!(
        "Does the EWS code set ImpersonatedUserId (the ExchangeImpersonation header), and is the token app-only or delegated?",
        "Setzt der EWS-Code ImpersonatedUserId (den ExchangeImpersonation-Header), und ist das Token nur App oder delegiert?"
    ),
    why: t!(
        "App-only tokens need the header on every call; delegated tokens must not send it.",
        "App-Token brauchen den Header bei jedem Aufruf; delegierte Token dürfen ihn nicht senden."
    ),
};

/// Roles of the admin.
pub const ADMIN_ROLES: QuestionDef = QuestionDef {
    key: "admin_roles",
    text: t!(
        "Which roles does the account running Connect-ExchangeOnline have (Exchange Administrator, Global Administrator, none)?",
        "Welche Rollen hat das Konto, das Connect-ExchangeOnline ausführt (Exchange-Administrator, Globaler Administrator, keine)?"
    ),
    why: t!(
        "Without an Exchange admin role the cmdlet is simply not loaded; with one, check the module version and connection.",
        "Ohne Exchange-Administratorrolle wird das Cmdlet gar nicht geladen; mit ihr prüfen Sie Modulversion und Verbindung."
    ),
};

/// Whether the server was contacted.
pub const SERVER_CONTACTED: QuestionDef = QuestionDef {
    key: "server_contacted",
    text: t!(
        "Does the log show a reply from the server to the login (NO …, 535 …, -ERR …, an AADSTS code), or does it stop before?",
        "Zeigt das Log eine Antwort des Servers auf die Anmeldung (NO …, 535 …, -ERR …, einen AADSTS-Code), oder bricht es vorher ab?"
    ),
    why: t!(
        "A server reply means the request arrived and configuration is the issue; no reply points to the local client, network or proxy.",
        "Eine Serverantwort heißt, die Anfrage kam an und die Konfiguration ist das Problem; keine Antwort deutet auf lokalen Client, Netzwerk oder Proxy."
    ),
};

/// Proxy or firewall.
pub const PROXY: QuestionDef = QuestionDef {
    key: "proxy",
    text: t!(
        "Does the host reach the internet through a proxy or firewall, and is it configured for the service account?",
        "Erreicht der Host das Internet über einen Proxy oder eine Firewall, und ist diese(r) für das Dienstkonto eingerichtet?"
    ),
    why: t!(
        "Services often run without the user's proxy settings and time out on login.microsoftonline.com or the mail port.",
        "Dienste laufen oft ohne die Proxy-Einstellungen des Benutzers und erreichen login.microsoftonline.com oder den Mailport nicht."
    ),
};

/// Whether it worked before.
pub const WORKED_BEFORE: QuestionDef = QuestionDef {
    key: "worked_before",
    text: t!(
        "Did it work before without a change on your side, and do other apps or mailboxes fail at the same time?",
        "Hat es vorher ohne Änderung Ihrerseits funktioniert, und scheitern andere Apps oder Postfächer zur selben Zeit?"
    ),
    why: t!(
        "A sudden failure everywhere without a change points to a Microsoft-side incident; a single app points to its configuration.",
        "Ein plötzlicher Ausfall überall ohne Änderung deutet auf einen Vorfall bei Microsoft; eine einzelne App auf ihre Konfiguration."
    ),
};

/// Questions not tied to one cause, which the rules and the page use directly.
pub static GENERAL_QUESTIONS: &[QuestionDef] = &[
    PASTE_MORE,
    TOKEN_AVAILABLE,
    PROTOCOL,
    FLOW,
    MAILBOX,
    SP_REGISTERED,
    OBJECT_ID_PASSED,
    CHANGED_AT,
];

/// The question with `key`, among the general questions and those of every cause.
pub fn question(key: &str) -> Option<&'static QuestionDef> {
    GENERAL_QUESTIONS
        .iter()
        .chain(CAUSES.iter().flat_map(|c| c.questions.iter()))
        .find(|q| q.key == key)
}
