//! Questions that tell causes apart: general ones and the ones causes share.
//!
//! Each question is defined once; a key always means the same question (checked by a test).

use super::{QuestionDef, CAUSES};
use crate::t;

/// Nothing recognisable was pasted: what to paste and where to find it.
pub const PASTE_MORE: QuestionDef = QuestionDef {
    key: "paste_more",
    text: t!(
        "Can you paste more? Best: the exact error line from the app's log (\"NO AUTHENTICATE failed\", \"535 5.7.3\", \"AADSTS…\"); the access token or base64 XOAUTH2 line from the client's debug log; the token endpoint's JSON response; the New-ServicePrincipal / Get-ServicePrincipal output from Exchange Online PowerShell.",
        "Können Sie mehr einfügen? Am besten: die genaue Fehlerzeile aus dem Log der App („NO AUTHENTICATE failed“, „535 5.7.3“, „AADSTS…“); das Access Token oder die Base64-XOAUTH2-Zeile aus dem Debug-Log des Clients; die JSON-Antwort des Token-Endpunkts; die Ausgabe von New-ServicePrincipal / Get-ServicePrincipal aus Exchange Online PowerShell."
    ),
    why: t!(
        "Each shows a different link of the chain, so the verdict rests on evidence. Nothing leaves this browser.",
        "Jedes zeigt ein anderes Glied der Kette, sodass das Ergebnis auf Belegen beruht. Nichts verlässt diesen Browser."
    ),
};

/// Which object id was passed to New-ServicePrincipal.
pub const OBJECT_ID_PASSED: QuestionDef = QuestionDef {
    key: "object_id_passed",
    text: t!(
        "Which object id did you pass to New-ServicePrincipal -ObjectId (or -ServiceId) — from Enterprise applications or from App registrations?",
        "Welche Objekt-ID haben Sie New-ServicePrincipal bei -ObjectId (oder -ServiceId) übergeben – aus Unternehmensanwendungen oder aus App-Registrierungen?"
    ),
    why: t!(
        "The App registration's id or the client id means a wrong pointer to re-create; the token's oid means the pointer is right.",
        "Die ID der App-Registrierung oder die Client-ID heißt: Verweis falsch, neu anlegen; das oid des Tokens heißt: Verweis stimmt."
    ),
};

/// Whether New-ServicePrincipal was run.
pub const SP_REGISTERED: QuestionDef = QuestionDef {
    key: "sp_registered",
    text: t!(
        "Did you run New-ServicePrincipal? Paste the output of Get-ServicePrincipal -Identity <APP_ID> | Format-List.",
        "Haben Sie New-ServicePrincipal ausgeführt? Fügen Sie die Ausgabe von Get-ServicePrincipal -Identity <APP_ID> | Format-List ein."
    ),
    why: t!(
        "No entry: Exchange does not know the app. Another ObjectId than the token's oid: wrong object id. A correct entry points to the mailbox permission.",
        "Kein Eintrag: Exchange kennt die App nicht. Andere ObjectId als das oid im Token: falsche Objekt-ID. Ein korrekter Eintrag lenkt auf die Postfachberechtigung."
    ),
};

/// Which mailbox the service opens or sends as.
pub const MAILBOX: QuestionDef = QuestionDef {
    key: "mailbox",
    text: t!(
        "Which mailbox does the service open or send as (primary SMTP address)?",
        "Welches Postfach öffnet der Dienst bzw. als welches sendet er (primäre SMTP-Adresse)?"
    ),
    why: t!(
        "It must match user= and carry the service principal's FullAccess; the fix script uses it.",
        "Es muss zu user= passen und FullAccess für den Dienstprinzipal haben; das Skript verwendet es."
    ),
};

/// When permissions were last changed.
pub const CHANGED_AT: QuestionDef = QuestionDef {
    key: "changed_at",
    text: t!(
        "When did you last change permissions or consent, or run the Exchange script?",
        "Wann haben Sie zuletzt Berechtigungen oder Zustimmung geändert oder das Exchange-Skript ausgeführt?"
    ),
    why: t!(
        "A change less than about an hour before the failure points to replication delay or a cached token, not a wrong setting.",
        "Eine Änderung weniger als etwa eine Stunde vor dem Fehler deutet auf Replikationsverzögerung oder ein zwischengespeichertes Token, nicht auf eine falsche Einstellung."
    ),
};

/// Which protocol the client speaks.
pub const PROTOCOL: QuestionDef = QuestionDef {
    key: "protocol",
    text: t!(
        "Which protocol does the client use: IMAP, POP, SMTP, EWS or Graph?",
        "Welches Protokoll verwendet der Client: IMAP, POP, SMTP, EWS oder Graph?"
    ),
    why: t!(
        "It decides the audience, the permission needed and which mailbox switch to check.",
        "Davon hängen Zielgruppe, nötige Berechtigung und der zu prüfende Postfachschalter ab."
    ),
};

/// Whether the token can be pasted.
pub const TOKEN_AVAILABLE: QuestionDef = QuestionDef {
    key: "token_available",
    text: t!(
        "Can you paste the access token, or the XOAUTH2 line from a debug log (AUTHENTICATE XOAUTH2 … / AUTH XOAUTH2 …)? It is decoded only in this browser.",
        "Können Sie das Access Token oder die XOAUTH2-Zeile aus einem Debug-Log einfügen (AUTHENTICATE XOAUTH2 … / AUTH XOAUTH2 …)? Sie wird nur in diesem Browser dekodiert."
    ),
    why: t!(
        "It shows audience, roles, app-only or delegated, the service principal's id and the times — ruling out half the causes.",
        "Es zeigt Zielgruppe, Rollen, nur App oder delegiert, die ID des Dienstprinzipals und die Zeiten – das schließt die Hälfte der Ursachen aus."
    ),
};

/// App-only or delegated flow.
pub const FLOW: QuestionDef = QuestionDef {
    key: "flow",
    text: t!(
        "Does the app sign in as itself (client id plus secret or certificate) or as a user (password, browser or device code)?",
        "Meldet sich die App als sie selbst an (Client-ID plus Geheimnis oder Zertifikat) oder als Benutzer (Kennwort, Browser oder Gerätecode)?"
    ),
    why: t!(
        "App-only needs Application permissions, New-ServicePrincipal and FullAccess; delegated needs scopes and the user's rights.",
        "Nur App braucht Anwendungsberechtigungen, New-ServicePrincipal und FullAccess; delegiert braucht Scopes und die Rechte des Benutzers."
    ),
};

/// Secret Value or Secret ID.
pub const SECRET_COPIED_FROM: QuestionDef = QuestionDef {
    key: "secret_copied_from",
    text: t!(
        "Did you copy the secret's Value (shown once at creation) or the Secret ID (a GUID)? Is it this app's secret?",
        "Haben Sie den Wert des Geheimnisses kopiert (einmal beim Anlegen sichtbar) oder die Geheimnis-ID (eine GUID)? Ist es das Geheimnis dieser App?"
    ),
    why: t!(
        "A GUID means the Secret ID; otherwise the secret is mistyped or from another app.",
        "Eine GUID heißt Geheimnis-ID; sonst ist es vertippt oder von einer anderen App."
    ),
};

/// Secret expiry date.
pub const SECRET_EXPIRY: QuestionDef = QuestionDef {
    key: "secret_expiry",
    text: t!(
        "What does Certificates & secrets show under Expires for the app's secret?",
        "Was zeigt Zertifikate & Geheimnisse unter „Läuft ab“ für das Geheimnis der App?"
    ),
    why: t!(
        "A past date means expired; a valid date means a wrong value.",
        "Ein vergangenes Datum heißt abgelaufen; ein gültiges heißt falscher Wert."
    ),
};

/// Which certificate signs the assertion.
pub const CERT_THUMBPRINT: QuestionDef = QuestionDef {
    key: "cert_thumbprint",
    text: t!(
        "Is the signing certificate uploaded to the app (same thumbprint) and still valid?",
        "Ist das Signaturzertifikat in der App hochgeladen (gleicher Fingerabdruck) und noch gültig?"
    ),
    why: t!(
        "If yes, suspect the host clock instead.",
        "Wenn ja, ist eher die Uhr des Hosts verdächtig."
    ),
};

/// Which client id and tenant.
pub const CLIENT_ID_TENANT: QuestionDef = QuestionDef {
    key: "client_id_tenant",
    text: t!(
        "Which value is in client_id, and which tenant is in the token URL — the mailbox's?",
        "Welcher Wert steht in client_id, und welcher Mandant in der Token-URL – der des Postfachs?"
    ),
    why: t!(
        "A mail address or name in client_id, or another tenant, explains \"not found\"; a multi-tenant app needs consent there.",
        "Eine Mailadresse oder ein Name in client_id oder ein anderer Mandant erklärt „nicht gefunden“; eine mehrinstanzenfähige App braucht dort Zustimmung."
    ),
};

/// The exact token URL.
pub const TOKEN_URL: QuestionDef = QuestionDef {
    key: "token_url",
    text: t!(
        "What exact token URL does the app call (host and tenant part)?",
        "Welche Token-URL ruft die App genau auf (Host und Mandantenteil)?"
    ),
    why: t!(
        "/common, /consumers, a typo or the wrong cloud's host each need a different fix.",
        "/common, /consumers, ein Tippfehler oder der Host der falschen Cloud brauchen je eine andere Korrektur."
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
        "App-only needs https://outlook.office365.com/.default; a Graph scope yields a token Exchange rejects.",
        "Nur App braucht https://outlook.office365.com/.default; ein Graph-Scope ergibt ein Token, das Exchange ablehnt."
    ),
};

/// Whether admin consent is granted.
pub const ADMIN_CONSENT_STATUS: QuestionDef = QuestionDef {
    key: "admin_consent_status",
    text: t!(
        "Does API permissions show \"Granted for <tenant>\" next to the Exchange permission?",
        "Zeigt API-Berechtigungen „Gewährt für <Mandant>“ neben der Exchange-Berechtigung?"
    ),
    why: t!(
        "Without it the token has no role; with it, suspect a cached token or the permission type.",
        "Ohne sie hat das Token keine Rolle; mit ihr eher ein zwischengespeichertes Token oder der Berechtigungstyp."
    ),
};

/// Application or delegated permission type.
pub const PERMISSION_TYPE: QuestionDef = QuestionDef {
    key: "permission_type",
    text: t!(
        "Is the Exchange permission of type Application (IMAP.AccessAsApp …) or Delegated (IMAP.AccessAsUser.All …)?",
        "Ist die Exchange-Berechtigung vom Typ Anwendung (IMAP.AccessAsApp …) oder Delegiert (IMAP.AccessAsUser.All …)?"
    ),
    why: t!(
        "A service using client credentials only gets Application permissions.",
        "Ein Dienst mit Client Credentials erhält nur Anwendungsberechtigungen."
    ),
};

/// Public client setting.
pub const PUBLIC_CLIENT_SETTING: QuestionDef = QuestionDef {
    key: "public_client_setting",
    text: t!(
        "Is \"Allow public client flows\" Yes, and does the app send a secret or certificate?",
        "Steht „Öffentliche Clientflows zulassen“ auf Ja, und sendet die App ein Geheimnis oder Zertifikat?"
    ),
    why: t!(
        "It tells a missing secret from one sent where it is not allowed.",
        "Es unterscheidet ein fehlendes Geheimnis von einem unerlaubt gesendeten."
    ),
};

/// Redirect URI sent and registered.
pub const REDIRECT_URI_USED: QuestionDef = QuestionDef {
    key: "redirect_uri_used",
    text: t!(
        "Which redirect URI does the client send, and which are registered?",
        "Welche Umleitungs-URI sendet der Client, und welche sind registriert?"
    ),
    why: t!(
        "Any difference (port, slash, http/https, platform) must be fixed on one side.",
        "Jeder Unterschied (Port, Schrägstrich, http/https, Plattform) muss auf einer Seite behoben werden."
    ),
};

/// The token request as sent.
pub const REQUEST_BODY: QuestionDef = QuestionDef {
    key: "request_body",
    text: t!(
        "Can you paste the token request without the secret: URL, Content-Type, body field names?",
        "Können Sie die Tokenanforderung ohne Geheimnis einfügen: URL, Content-Type, Feldnamen im Body?"
    ),
    why: t!(
        "It shows a missing or empty field, or JSON where form encoding is needed.",
        "Sie zeigt ein fehlendes oder leeres Feld oder JSON statt Formularkodierung."
    ),
};

/// Which cloud the tenant lives in.
pub const CLOUD: QuestionDef = QuestionDef {
    key: "cloud",
    text: t!(
        "Is the tenant in the worldwide cloud, GCC, GCC High/DoD or 21Vianet?",
        "Liegt der Mandant in der weltweiten Cloud, GCC, GCC High/DoD oder 21Vianet?"
    ),
    why: t!(
        "Sovereign clouds have their own login and mail hosts.",
        "Nationale Clouds haben eigene Anmelde- und Mailhosts."
    ),
};

/// Work account or personal account.
pub const ACCOUNT_KIND: QuestionDef = QuestionDef {
    key: "account_kind",
    text: t!(
        "Is the mailbox a work account of your tenant or a personal outlook.com / hotmail.com account?",
        "Ist das Postfach ein Geschäftskonto Ihres Mandanten oder ein privates outlook.com- / hotmail.com-Konto?"
    ),
    why: t!(
        "Personal accounts get no admin consent or app-only access.",
        "Private Konten erhalten weder Administratorzustimmung noch reinen App-Zugriff."
    ),
};

/// What the sign-in log says about Conditional Access.
pub const SIGNIN_LOG_CA: QuestionDef = QuestionDef {
    key: "signin_log_ca",
    text: t!(
        "What does the failed sign-in log entry show as Failure reason and on the Conditional Access tab?",
        "Was zeigt der fehlgeschlagene Eintrag im Anmeldeprotokoll als Fehlerursache und auf der Registerkarte Bedingter Zugriff?"
    ),
    why: t!(
        "A failed policy means Conditional Access; MFA, lock-out or a disabled account show other reasons.",
        "Eine fehlgeschlagene Richtlinie heißt bedingter Zugriff; MFA, Sperre oder deaktiviertes Konto zeigen andere Ursachen."
    ),
};

/// Whether security defaults are on.
pub const SECURITY_DEFAULTS_ON: QuestionDef = QuestionDef {
    key: "security_defaults_on",
    text: t!(
        "Are security defaults enabled (Entra → Properties)?",
        "Sind die Sicherheitsstandards aktiviert (Entra → Eigenschaften)?"
    ),
    why: t!(
        "If on, every password mail login is blocked; if off, look at Conditional Access or SMTP AUTH.",
        "Wenn aktiv, ist jede Kennwort-Mailanmeldung gesperrt; wenn nicht, bedingten Zugriff oder SMTP AUTH prüfen."
    ),
};

/// MFA for the account.
pub const USER_MFA: QuestionDef = QuestionDef {
    key: "user_mfa",
    text: t!(
        "Must this account do MFA when it signs in interactively?",
        "Muss dieses Konto bei interaktiver Anmeldung MFA durchführen?"
    ),
    why: t!(
        "Then the flow must change, not the password.",
        "Dann muss der Flow geändert werden, nicht das Kennwort."
    ),
};

/// Interactive sign-in with the same password.
pub const PASSWORD_SIGNIN_WORKS: QuestionDef = QuestionDef {
    key: "password_signin_works",
    text: t!(
        "Can the same account sign in interactively with the same password?",
        "Kann sich dasselbe Konto mit demselben Kennwort interaktiv anmelden?"
    ),
    why: t!(
        "No: wrong credentials or locked. Yes: federation, MFA or policy stop the password flow.",
        "Nein: falsche Anmeldedaten oder gesperrt. Ja: Verbund, MFA oder Richtlinie stoppen den Kennwort-Flow."
    ),
};

/// Whether the user account is enabled.
pub const ACCOUNT_ENABLED: QuestionDef = QuestionDef {
    key: "account_enabled",
    text: t!(
        "Is sign-in blocked or the account locked for the mailbox's user, even for a shared mailbox?",
        "Ist für den Benutzer des Postfachs die Anmeldung blockiert oder das Konto gesperrt, auch bei einem freigegebenen Postfach?"
    ),
    why: t!(
        "A blocked account can explain LogonDenied with a perfect token (experience, not documented by Microsoft).",
        "Ein blockiertes Konto kann LogonDenied bei einwandfreiem Token erklären (Erfahrungswert, nicht von Microsoft dokumentiert)."
    ),
};

/// Whether the enterprise application requires assignment and the user is assigned.
pub const USER_ASSIGNED: QuestionDef = QuestionDef {
    key: "user_assigned",
    text: t!(
        "Is \"Assignment required?\" Yes on the enterprise application, and is the signing-in user (or a group of theirs) listed under Users and groups?",
        "Steht in der Unternehmensanwendung „Zuweisung erforderlich?“ auf Ja, und ist der anmeldende Benutzer (oder eine seiner Gruppen) unter Benutzer und Gruppen aufgeführt?"
    ),
    why: t!(
        "With assignment required, only assigned users get tokens; nested groups do not count.",
        "Ist die Zuweisung erforderlich, erhalten nur zugewiesene Benutzer Token; verschachtelte Gruppen zählen nicht."
    ),
};

/// Whether the app's service principal is enabled.
pub const SP_ENABLED: QuestionDef = QuestionDef {
    key: "sp_enabled",
    text: t!(
        "Is \"Enabled for users to sign in?\" Yes on the enterprise application (service principal), and does the app registration show no \"disabled by Microsoft\" notice?",
        "Steht in der Unternehmensanwendung (Dienstprinzipal) „Aktiviert für die Benutzeranmeldung?“ auf Ja, und zeigt die App-Registrierung keinen Hinweis „von Microsoft deaktiviert“?"
    ),
    why: t!(
        "A disabled service principal gets no token for any flow, whatever the secret or consent.",
        "Ein deaktivierter Dienstprinzipal erhält in keinem Flow ein Token, egal wie Geheimnis oder Zustimmung aussehen."
    ),
};

/// Whether the account's password has expired.
pub const PASSWORD_EXPIRY: QuestionDef = QuestionDef {
    key: "password_expiry",
    text: t!(
        "When was the account's password last changed, and does it expire (Entra password policy, or on-premises Active Directory for synced accounts)?",
        "Wann wurde das Kennwort des Kontos zuletzt geändert, und läuft es ab (Entra-Kennwortrichtlinie oder lokales Active Directory bei synchronisierten Konten)?"
    ),
    why: t!(
        "An expired password fails only the password flow; an interactive sign-in would offer to change it.",
        "Ein abgelaufenes Kennwort lässt nur den Kennwort-Flow scheitern; eine interaktive Anmeldung böte die Änderung an."
    ),
};

/// Clock of the host.
pub const HOST_CLOCK: QuestionDef = QuestionDef {
    key: "host_clock",
    text: t!(
        "Is the clock of the app's host correct?",
        "Geht die Uhr des App-Hosts richtig?"
    ),
    why: t!(
        "A clock minutes off makes fresh tokens look invalid.",
        "Eine um Minuten falsche Uhr lässt frische Token ungültig erscheinen."
    ),
};

/// Whether the service was restarted after the change.
pub const SERVICE_RESTARTED: QuestionDef = QuestionDef {
    key: "service_restarted",
    text: t!(
        "Have you restarted the app's service (or cleared its token cache) since the change?",
        "Haben Sie den Dienst der App seit der Änderung neu gestartet (oder ihren Token-Cache geleert)?"
    ),
    why: t!(
        "No: it may use an old token. Yes, and the change is recent: Exchange may still be replicating.",
        "Nein: evtl. altes Token. Ja, und die Änderung ist frisch: Exchange repliziert evtl. noch."
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
        "No: permission missing. Added recently: replication. Long-standing: look at the protocol switch or user=.",
        "Nein: Berechtigung fehlt. Frisch hinzugefügt: Replikation. Schon lange: Protokollschalter oder user= prüfen."
    ),
};

/// CAS mailbox settings.
pub const CAS_SETTINGS: QuestionDef = QuestionDef {
    key: "cas_settings",
    text: t!(
        "What does Get-CASMailbox -Identity <MAILBOX> show for ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled?",
        "Was zeigt Get-CASMailbox -Identity <MAILBOX> für ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled?"
    ),
    why: t!(
        "A protocol off on the mailbox rejects even a perfect token.",
        "Ein am Postfach abgeschaltetes Protokoll lehnt auch ein einwandfreies Token ab."
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
        "True: off for the organisation; enable it per mailbox.",
        "True: für die Organisation aus; pro Postfach aktivieren."
    ),
};

/// Which authentication mechanism the client sends.
pub const AUTH_MECHANISM: QuestionDef = QuestionDef {
    key: "auth_mechanism",
    text: t!(
        "Does the client send AUTH XOAUTH2, or a username and password (AUTH LOGIN/PLAIN, IMAP LOGIN)?",
        "Sendet der Client AUTH XOAUTH2 oder Benutzername und Kennwort (AUTH LOGIN/PLAIN, IMAP LOGIN)?"
    ),
    why: t!(
        "A password login is basic authentication, which Exchange Online refuses.",
        "Eine Kennwortanmeldung ist Standardauthentifizierung, die Exchange Online ablehnt."
    ),
};

/// From address vs user=.
pub const FROM_ADDRESS: QuestionDef = QuestionDef {
    key: "from_address",
    text: t!(
        "Which From address does the app send with — the same as user=?",
        "Mit welcher From-Adresse sendet die App – derselben wie in user=?"
    ),
    why: t!(
        "A different From needs SendAs on that address.",
        "Eine abweichende From-Adresse braucht SendAs auf diese Adresse."
    ),
};

/// What is in user=.
pub const XOAUTH2_USER: QuestionDef = QuestionDef {
    key: "xoauth2_user",
    text: t!(
        "What is in user= (the client's login name): the mailbox's primary address, an admin, an alias?",
        "Was steht in user= (Anmeldename im Client): die primäre Adresse des Postfachs, ein Administrator, ein Alias?"
    ),
    why: t!(
        "Exchange opens the mailbox in user=; the permissions must cover it.",
        "Exchange öffnet das Postfach in user=; die Berechtigungen müssen es abdecken."
    ),
};

/// Which client or library.
pub const CLIENT_LIBRARY: QuestionDef = QuestionDef {
    key: "client_library",
    text: t!(
        "Which client or library (and version) builds the XOAUTH2 login?",
        "Welcher Client bzw. welche Bibliothek (und Version) baut die XOAUTH2-Anmeldung?"
    ),
    why: t!(
        "Hand-built strings often break the format; plugins fail before Exchange is reached.",
        "Selbst gebaute Zeichenketten verletzen oft das Format; Plugins scheitern, bevor Exchange erreicht wird."
    ),
};

/// Mailbox type.
pub const MAILBOX_TYPE: QuestionDef = QuestionDef {
    key: "mailbox_type",
    text: t!(
        "What does Get-Mailbox -Identity <MAILBOX> show as RecipientTypeDetails, or does it find nothing?",
        "Was zeigt Get-Mailbox -Identity <MAILBOX> als RecipientTypeDetails, oder findet es nichts?"
    ),
    why: t!(
        "Nothing or a non-mailbox type means there is no Exchange Online mailbox.",
        "Nichts oder ein anderer Typ heißt: kein Exchange-Online-Postfach."
    ),
};

/// EWS impersonation header.
pub const EWS_IMPERSONATION_SET: QuestionDef = QuestionDef {
    key: "ews_impersonation_set",
    text: t!(
        "Does the EWS code set ImpersonatedUserId, and is the token app-only or delegated?",
        "Setzt der EWS-Code ImpersonatedUserId, und ist das Token nur App oder delegiert?"
    ),
    why: t!(
        "App-only needs the header; delegated must not send it.",
        "Nur App braucht den Header; delegiert darf ihn nicht senden."
    ),
};

/// Roles of the admin.
pub const ADMIN_ROLES: QuestionDef = QuestionDef {
    key: "admin_roles",
    text: t!(
        "Which roles does the account running Connect-ExchangeOnline have?",
        "Welche Rollen hat das Konto, das Connect-ExchangeOnline ausführt?"
    ),
    why: t!(
        "Without an Exchange admin role the cmdlet is not loaded.",
        "Ohne Exchange-Administratorrolle wird das Cmdlet nicht geladen."
    ),
};

/// Whether an Application Access Policy or RBAC for Applications scope restricts the app.
pub const APP_ACCESS_POLICY: QuestionDef = QuestionDef {
    key: "app_access_policy",
    text: t!(
        "Does an Application Access Policy or an RBAC for Applications scope restrict this app? Paste the output of Get-ApplicationAccessPolicy and Test-ApplicationAccessPolicy -Identity <MAILBOX> -AppId <APP_ID>.",
        "Schränkt eine Anwendungszugriffsrichtlinie (Application Access Policy) oder ein Bereich von RBAC für Anwendungen diese App ein? Fügen Sie die Ausgabe von Get-ApplicationAccessPolicy und Test-ApplicationAccessPolicy -Identity <MAILBOX> -AppId <APP_ID> ein."
    ),
    why: t!(
        "AccessCheckResult Denied for this mailbox means the policy shuts the app out; Granted (and InScope True) points to the app permission instead.",
        "AccessCheckResult Denied für dieses Postfach heißt: Die Richtlinie sperrt die App aus; Granted (und InScope True) lenkt auf die App-Berechtigung."
    ),
};

/// How many connections or requests the app runs at once.
pub const PARALLEL_CONNECTIONS: QuestionDef = QuestionDef {
    key: "parallel_connections",
    text: t!(
        "How many connections or requests does the app run at once against this mailbox, and how many messages does it send per minute?",
        "Wie viele Verbindungen oder Anfragen führt die App gleichzeitig gegen dieses Postfach aus, und wie viele Nachrichten sendet sie pro Minute?"
    ),
    why: t!(
        "Several threads or instances sharing one mailbox hit Exchange Online's per-mailbox limits; one connection at a time does not.",
        "Mehrere Threads oder Instanzen auf demselben Postfach stoßen an die Grenzen von Exchange Online je Postfach; eine Verbindung nach der anderen nicht."
    ),
};

/// Whether the sender is on the restricted entities list.
pub const SENDER_RESTRICTED: QuestionDef = QuestionDef {
    key: "sender_restricted",
    text: t!(
        "Is the sending mailbox listed under Restricted entities in the Microsoft Defender portal (or in Get-BlockedSenderAddress), and did it send a burst of mail recently?",
        "Steht das sendende Postfach unter „Eingeschränkte Entitäten“ im Microsoft Defender-Portal (oder in Get-BlockedSenderAddress), und hat es kürzlich viele Nachrichten auf einmal gesendet?"
    ),
    why: t!(
        "A listed user is blocked for outbound mail until released; no listing with 5.7.705 or 5.7.708 means the whole tenant is restricted and only Microsoft support can lift it.",
        "Ein gelisteter Benutzer ist bis zur Freigabe für ausgehende Mail gesperrt; ohne Eintrag bei 5.7.705 oder 5.7.708 ist der ganze Mandant eingeschränkt, und nur der Microsoft-Support kann das aufheben."
    ),
};

/// Which TLS versions the client offers.
pub const TLS_CLIENT_VERSION: QuestionDef = QuestionDef {
    key: "tls_client_version",
    text: t!(
        "Which runtime sends the mail (.NET Framework version, Java, OpenSSL, device firmware), and which TLS versions does it offer?",
        "Welche Laufzeit sendet die Mail (.NET-Framework-Version, Java, OpenSSL, Geräte-Firmware), und welche TLS-Versionen bietet sie an?"
    ),
    why: t!(
        "Exchange Online accepts TLS 1.2 or later; a runtime that offers only TLS 1.0/1.1 has to be configured or updated, nothing in Entra or Exchange helps.",
        "Exchange Online akzeptiert TLS 1.2 oder neuer; eine Laufzeit, die nur TLS 1.0/1.1 anbietet, muss umgestellt oder aktualisiert werden – in Entra oder Exchange hilft nichts."
    ),
};

/// Which port and TLS mode the client uses.
pub const TLS_PORT_MODE: QuestionDef = QuestionDef {
    key: "tls_port_mode",
    text: t!(
        "Which host, port and encryption setting does the client use (SSL/TLS on connect, STARTTLS, or none)?",
        "Welchen Host, Port und welche Verschlüsselungseinstellung nutzt der Client (SSL/TLS beim Verbinden, STARTTLS oder keine)?"
    ),
    why: t!(
        "Port 587 needs STARTTLS and ports 993/995 need TLS on connect; the other way round the connection fails before any sign-in.",
        "Port 587 braucht STARTTLS, die Ports 993/995 brauchen TLS beim Verbinden; umgekehrt scheitert die Verbindung vor jeder Anmeldung."
    ),
};

/// Which Graph URL the app calls.
pub const GRAPH_REQUEST_URL: QuestionDef = QuestionDef {
    key: "graph_request_url",
    text: t!(
        "Which Graph URL does the app call (…/me/… or …/users/<mailbox>/…), and which flow gets its token?",
        "Welche Graph-URL ruft die App auf (…/me/… oder …/users/<Postfach>/…), und mit welchem Ablauf holt sie ihr Token?"
    ),
    why: t!(
        "/me needs a signed-in user; an app-only (client credentials) token must name the mailbox under /users/.",
        "/me braucht einen angemeldeten Benutzer; ein App-only-Token (Clientanmeldeinformationen) muss das Postfach unter /users/ nennen."
    ),
};

/// Whether the server was contacted.
pub const SERVER_CONTACTED: QuestionDef = QuestionDef {
    key: "server_contacted",
    text: t!(
        "Does the log show a server reply to the login (NO, 535, -ERR, AADSTS), or stop before?",
        "Zeigt das Log eine Serverantwort auf die Anmeldung (NO, 535, -ERR, AADSTS), oder bricht es vorher ab?"
    ),
    why: t!(
        "A reply means configuration; none means client, network or proxy.",
        "Eine Antwort heißt Konfiguration; keine heißt Client, Netzwerk oder Proxy."
    ),
};

/// Proxy or firewall.
pub const PROXY: QuestionDef = QuestionDef {
    key: "proxy",
    text: t!(
        "Does the host go through a proxy or firewall, set up for the service account?",
        "Geht der Host über einen Proxy oder eine Firewall, eingerichtet für das Dienstkonto?"
    ),
    why: t!(
        "Services often lack the user's proxy settings.",
        "Diensten fehlen oft die Proxy-Einstellungen des Benutzers."
    ),
};

/// Whether it worked before.
pub const WORKED_BEFORE: QuestionDef = QuestionDef {
    key: "worked_before",
    text: t!(
        "Did it work before without a change, and do other apps fail at the same time?",
        "Hat es vorher ohne Änderung funktioniert, und scheitern andere Apps zur selben Zeit?"
    ),
    why: t!(
        "Everything failing at once without a change points to Microsoft; one app to its setup.",
        "Fällt alles zugleich ohne Änderung aus, liegt es an Microsoft; eine App an ihrer Einrichtung."
    ),
};

/// What Microsoft says about an AADSTS code the catalogue does not know.
pub const AADSTS_LOOKUP: QuestionDef = QuestionDef {
    key: "aadsts_lookup",
    text: t!(
        "The AADSTS code is not in this tool's catalogue: what do Microsoft's lookup (https://login.microsoftonline.com/error?code= followed by the number) and the Failure reason of the Entra sign-in log say?",
        "Der AADSTS-Code steht nicht im Katalog dieses Werkzeugs: Was sagen Microsofts Nachschlageseite (https://login.microsoftonline.com/error?code= gefolgt von der Nummer) und die Fehlerursache im Entra-Anmeldeprotokoll?"
    ),
    why: t!(
        "An unknown Entra code names no cause by itself; Microsoft's description of it tells the candidates apart.",
        "Ein unbekannter Entra-Code nennt für sich keine Ursache; erst Microsofts Beschreibung unterscheidet die Kandidaten."
    ),
};

/// What the token endpoint answered, when the paste shows only that it refused.
pub const TOKEN_RESPONSE: QuestionDef = QuestionDef {
    key: "token_response",
    text: t!(
        "What did the token endpoint answer (its JSON error_description with the AADSTS code), or the Entra sign-in log for the app?",
        "Was hat der Token-Endpunkt geantwortet (die error_description seiner JSON-Antwort mit dem AADSTS-Code), oder das Entra-Anmeldeprotokoll zur App?"
    ),
    why: t!(
        "The HTTP status says only that the request was refused; the AADSTS code says why.",
        "Der HTTP-Status sagt nur, dass die Anfrage abgelehnt wurde; der AADSTS-Code sagt, warum."
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
    AADSTS_LOOKUP,
    TOKEN_RESPONSE,
];

/// A question the rules ask by themselves, not through a cause (one of [`GENERAL_QUESTIONS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneralQuestion {
    /// [`PASTE_MORE`].
    PasteMore,
    /// [`TOKEN_AVAILABLE`].
    TokenAvailable,
    /// [`PROTOCOL`].
    Protocol,
    /// [`FLOW`].
    Flow,
    /// [`MAILBOX`].
    Mailbox,
    /// [`SP_REGISTERED`].
    SpRegistered,
    /// [`OBJECT_ID_PASSED`].
    ObjectIdPassed,
    /// [`CHANGED_AT`].
    ChangedAt,
    /// [`AADSTS_LOOKUP`].
    AadstsLookup,
    /// [`TOKEN_RESPONSE`].
    TokenResponse,
}

impl GeneralQuestion {
    /// Every general question.
    pub const ALL: [GeneralQuestion; 10] = [
        GeneralQuestion::PasteMore,
        GeneralQuestion::TokenAvailable,
        GeneralQuestion::Protocol,
        GeneralQuestion::Flow,
        GeneralQuestion::Mailbox,
        GeneralQuestion::SpRegistered,
        GeneralQuestion::ObjectIdPassed,
        GeneralQuestion::ChangedAt,
        GeneralQuestion::AadstsLookup,
        GeneralQuestion::TokenResponse,
    ];

    /// Its definition.
    pub fn def(self) -> &'static QuestionDef {
        match self {
            GeneralQuestion::PasteMore => &PASTE_MORE,
            GeneralQuestion::TokenAvailable => &TOKEN_AVAILABLE,
            GeneralQuestion::Protocol => &PROTOCOL,
            GeneralQuestion::Flow => &FLOW,
            GeneralQuestion::Mailbox => &MAILBOX,
            GeneralQuestion::SpRegistered => &SP_REGISTERED,
            GeneralQuestion::ObjectIdPassed => &OBJECT_ID_PASSED,
            GeneralQuestion::ChangedAt => &CHANGED_AT,
            GeneralQuestion::AadstsLookup => &AADSTS_LOOKUP,
            GeneralQuestion::TokenResponse => &TOKEN_RESPONSE,
        }
    }

    /// The general question with `key`.
    pub fn of_key(key: &str) -> Option<GeneralQuestion> {
        GeneralQuestion::ALL
            .into_iter()
            .find(|q| q.def().key == key)
    }
}

/// The question with `key`, among the general questions and those of every cause.
pub fn question(key: &str) -> Option<&'static QuestionDef> {
    GENERAL_QUESTIONS
        .iter()
        .chain(CAUSES.iter().flat_map(|c| c.questions.iter()))
        .find(|q| q.key == key)
}

/// The command whose output answers a question, by question key: the page shows it under the
/// question (with the user's values filled in, as in the script) and takes its output in place;
/// the read-back scanner reads what it prints. `<PLACEHOLDER>`s are filled by the remedy layer.
pub static QUESTION_COMMANDS: &[(&str, &str)] = &[
    ("sp_registered", "Get-ServicePrincipal -Identity <APP_ID> | Format-List"),
    (
        "object_id_passed",
        "Get-ServicePrincipal -Identity <APP_ID> | Format-List AppId,ObjectId,DisplayName",
    ),
    (
        "fullaccess_granted",
        "Get-MailboxPermission -Identity <MAILBOX> | Format-List User,AccessRights,IsInherited,Deny",
    ),
    (
        "cas_settings",
        "Get-CASMailbox -Identity <MAILBOX> | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled,EwsEnabled",
    ),
    (
        "transport_smtp_auth",
        "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled",
    ),
    (
        "mailbox_type",
        "Get-Mailbox -Identity <MAILBOX> | Format-List RecipientTypeDetails,PrimarySmtpAddress,AccountDisabled",
    ),
    (
        "from_address",
        "Get-RecipientPermission -Identity <SENDER> | Format-List Trustee,AccessControlType,AccessRights",
    ),
    (
        "admin_consent_status",
        "Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <SP_OBJECT_ID> | Format-List AppRoleId,ResourceDisplayName,ResourceId",
    ),
    ("permission_type", "az ad app permission list --id <APP_ID>"),
    (
        "signin_log_ca",
        "Get-MgAuditLogSignIn -Filter \"appId eq '<APP_ID>'\" -Top 5 | ConvertTo-Json -Depth 4",
    ),
    (
        "admin_roles",
        "Get-ManagementRoleAssignment -RoleAssignee <ADMIN_UPN> | Format-Table Role,RoleAssigneeName,CustomResourceScope",
    ),
    (
        "cloud",
        "openssl s_client -quiet -crlf -connect outlook.office365.com:993",
    ),
];

/// The command that answers the question with `key`, if one does.
pub fn question_command(key: &str) -> Option<&'static str> {
    QUESTION_COMMANDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, c)| *c)
}
