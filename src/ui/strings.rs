//! Every text of the page's chrome, in English and German. Knowledge (causes, codes, claims)
//! comes from [`crate::catalogue`]; these are the labels, headings and messages around it.

use crate::i18n::Text;
use crate::t;

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut args = args.iter();
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

/// [`fill`] on a bilingual text read in `lang`: one function for the views' sixteen such calls.
#[inline(never)]
pub fn fill_in(text: Text, lang: crate::i18n::Lang, args: &[&str]) -> String {
    fill(text.get(lang), args)
}

/// Product name.
pub const APP_NAME: Text = t!(
    "Exchange Online OAuth Doctor",
    "Exchange Online OAuth Doctor"
);
/// One line under the name.
pub const TAGLINE: Text = t!(
    "Why does the OAuth sign-in to Exchange Online fail, and how do I fix it?",
    "Warum scheitert die OAuth-Anmeldung an Exchange Online, und wie behebe ich es?"
);
/// Navigation landmark label.
pub const NAV_LABEL: Text = t!("Sections", "Bereiche");
/// Nav: diagnosis page.
pub const NAV_DIAGNOSE: Text = t!("Diagnose", "Diagnose");
/// Nav: reference page.
pub const NAV_REFERENCE: Text = t!("Error reference", "Fehlerreferenz");
/// Language group label.
pub const LANGUAGE: Text = t!("Language", "Sprache");
/// Theme select label.
pub const THEME: Text = t!("Theme", "Design");
/// Theme: system.
pub const THEME_SYSTEM: Text = t!("System", "System");
/// Theme: light.
pub const THEME_LIGHT: Text = t!("Light", "Hell");
/// Theme: dark.
pub const THEME_DARK: Text = t!("Dark", "Dunkel");
/// Skip link.
pub const SKIP: Text = t!("Skip to content", "Zum Inhalt springen");

/// The privacy promise.
pub const PRIVACY: Text = t!(
    "Everything is decoded in this page; nothing you paste leaves your browser.",
    "Alles wird in dieser Seite dekodiert; nichts, was Sie einfügen, verlässt Ihren Browser."
);
/// Why no signature check.
pub const NO_VERIFY: Text = t!(
    "Signatures are not checked: that would need Microsoft's keys from the network, and the diagnosis does not need them.",
    "Signaturen werden nicht geprüft: Dafür bräuchte es Microsofts Schlüssel aus dem Netz, und die Diagnose braucht sie nicht."
);
/// Offline copy link.
pub const SAVE_OFFLINE: Text = t!("Save for offline use", "Für die Offline-Nutzung speichern");
/// What the offline copy is.
pub const SAVE_OFFLINE_NOTE: Text = t!(
    "one HTML file that works without a network, e.g. on a locked-down admin machine",
    "eine HTML-Datei, die ohne Netzwerk funktioniert, z. B. auf einem abgeschotteten Admin-Rechner"
);

/// Paste section heading.
pub const PASTE_HEADING: Text = t!("What do you have?", "Was liegt Ihnen vor?");
/// Paste area label.
pub const PASTE_LABEL: Text = t!(
    "Paste anything: access token, XOAUTH2 string, IMAP/POP/SMTP log, token endpoint error, PowerShell output",
    "Fügen Sie alles ein: Zugriffstoken, XOAUTH2-Zeichenfolge, IMAP/POP/SMTP-Protokoll, Fehler des Token-Endpunkts, PowerShell-Ausgabe"
);
/// Paste area placeholder.
pub const PASTE_PLACEHOLDER: Text = t!(
    "e.g. A01 NO AUTHENTICATE failed.  or  535 5.7.139 Authentication unsuccessful  or  eyJ0eXAiOi…",
    "z. B. A01 NO AUTHENTICATE failed.  oder  535 5.7.139 Authentication unsuccessful  oder  eyJ0eXAiOi…"
);
/// Example select label.
pub const EXAMPLE_LABEL: Text = t!("Load an example", "Beispiel laden");
/// Example select first option.
pub const EXAMPLE_CHOOSE: Text = t!("Choose a case…", "Fall auswählen …");
/// Clear button.
pub const CLEAR: Text = t!("Clear", "Leeren");
/// The paste area left empty because the text is too large to show (size in MB).
pub const TOO_LARGE_FOR_FIELD: Text = t!(
    "The pasted text ({} MB) is too large to show in this field without freezing the browser, so the field stays empty; the analysis uses all of it. Typing or pasting here replaces it.",
    "Der eingefügte Text ({} MB) ist zu groß, um ihn in diesem Feld anzuzeigen, ohne dass der Browser einfriert; das Feld bleibt deshalb leer, die Analyse verwendet den ganzen Text. Eingeben oder Einfügen hier ersetzt ihn."
);
/// File picker label (a file can also be dropped on the paste area).
pub const OPEN_FILE: Text = t!(
    "Or open a log or transcript file",
    "Oder eine Protokoll- bzw. Transkriptdatei öffnen"
);
/// A file read in another encoding than UTF-8, e.g. UTF-16LE from Windows PowerShell 5.1's `>`
/// and `Out-File` (the encoding's name).
pub const FILE_ENCODING: Text = t!(
    "The file was read as {}.",
    "Die Datei wurde als {} gelesen."
);
/// Invalid bytes in a file were replaced (how many).
pub const FILE_REPLACED: Text = t!(
    "{} unreadable byte sequences were replaced by \u{FFFD}.",
    "{} nicht lesbare Bytefolgen wurden durch \u{FFFD} ersetzt."
);
/// The browser could not read the file.
pub const FILE_UNREADABLE: Text = t!(
    "The browser could not read this file. Open it in an editor and paste its text instead.",
    "Der Browser konnte diese Datei nicht lesen. Öffnen Sie sie in einem Editor und fügen Sie den Text ein."
);
/// Analysing status.
pub const ANALYSING: Text = t!("Analysing…", "Wird analysiert …");
/// Analysing status of a large text, with the percentage done.
pub const ANALYSING_PERCENT: Text = t!("Analysing… {} %", "Wird analysiert … {} %");
/// Hint fields summary.
pub const HINTS_TITLE: Text = t!(
    "What a log cannot show (optional)",
    "Was kein Protokoll zeigt (optional)"
);
/// Object id field.
pub const HINT_OBJECT_ID: Text = t!(
    "Object id you passed to New-ServicePrincipal",
    "Objekt-ID, die Sie an New-ServicePrincipal übergeben haben"
);
/// Object id help.
pub const HINT_OBJECT_ID_HELP: Text = t!(
    "It must be the object id under Enterprise applications, not the one under App registrations.",
    "Es muss die Objekt-ID unter Unternehmensanwendungen sein, nicht die unter App-Registrierungen."
);
/// Mailbox field.
pub const HINT_MAILBOX: Text = t!(
    "Mailbox the app opens or sends as",
    "Postfach, das die App öffnet oder als das sie sendet"
);
/// Change time field.
pub const HINT_CHANGED_AT: Text = t!(
    "When you made the last permission change (UTC)",
    "Wann Sie die letzte Berechtigungsänderung vorgenommen haben (UTC)"
);
/// Change time field help.
pub const HINT_CHANGED_AT_HELP: Text = t!(
    "Exchange can take up to an hour to apply a new service principal or permission.",
    "Exchange kann bis zu einer Stunde brauchen, um einen neuen Dienstprinzipal oder eine Berechtigung anzuwenden."
);

/// Empty state heading.
pub const EMPTY_TITLE: Text = t!("Nothing pasted yet", "Noch nichts eingefügt");
/// Empty state text.
pub const EMPTY_BODY: Text = t!(
    "Paste an error, a log or a token above, or load an example. The verdict appears here as you type.",
    "Fügen Sie oben einen Fehler, ein Protokoll oder ein Token ein oder laden Sie ein Beispiel. Das Ergebnis erscheint hier schon beim Tippen."
);
/// Nothing recognised heading.
pub const NOTHING_TITLE: Text = t!("Nothing recognised yet", "Noch nichts erkannt");
/// Nothing recognised text.
pub const NOTHING_BODY: Text = t!(
    "No token, error code or server reply was found in this text. Paste the complete error line or the whole log around the sign-in.",
    "In diesem Text wurde kein Token, Fehlercode und keine Serverantwort gefunden. Fügen Sie die vollständige Fehlerzeile oder das ganze Protokoll rund um die Anmeldung ein."
);
/// Results landmark label.
pub const RESULTS: Text = t!("Result", "Ergebnis");

/// Verdict heading.
pub const VERDICT: Text = t!("Verdict", "Ergebnis");
/// No cause.
pub const VERDICT_NONE: Text = t!("No cause identified", "Keine Ursache erkannt");
/// No cause text.
pub const VERDICT_NONE_BODY: Text = t!(
    "The evidence found is decoded below. The questions further down may narrow it down.",
    "Die gefundenen Belege sind unten dekodiert. Die Fragen weiter unten können die Ursache eingrenzen."
);
/// Confidence label.
pub const CONFIDENCE: Text = t!("Confidence", "Sicherheit");
/// Confidence high.
pub const CONF_HIGH: Text = t!("high", "hoch");
/// Confidence medium.
pub const CONF_MEDIUM: Text = t!("medium", "mittel");
/// Confidence low.
pub const CONF_LOW: Text = t!("low", "gering");
/// Evidence label.
pub const EVIDENCE: Text = t!("Evidence", "Belege");
/// Line N.
pub const LINE_N: Text = t!("line {}", "Zeile {}");
/// Claim label.
pub const CLAIM_N: Text = t!("claim {}", "Claim {}");
/// Mark evidence button.
pub const MARK_EVIDENCE: Text = t!("Mark evidence in the text", "Belege im Text markieren");
/// Unmark evidence.
pub const UNMARK_EVIDENCE: Text = t!("Remove marks", "Markierung entfernen");
/// Link to the reference entry.
pub const MORE_IN_REFERENCE: Text = t!("Reference entry", "Referenzeintrag");
/// Explanation heading.
pub const EXPLANATION: Text = t!("Why", "Warum");

/// Evidence view heading.
pub const EVIDENCE_TEXT: Text = t!("Evidence in your text", "Belege in Ihrem Text");
/// Evidence view legend.
pub const EVIDENCE_LEGEND: Text = t!(
    "Marked: everything the analysis recognised. Strongly marked: the evidence of the selected finding.",
    "Markiert: alles, was die Analyse erkannt hat. Kräftig markiert: die Belege des gewählten Befunds."
);

/// Lines without evidence left out of a long text.
pub const LINES_LEFT_OUT: Text = t!("… {} lines without evidence …", "… {} Zeilen ohne Belege …");
/// Part of a long line left out of the evidence view (number of characters).
pub const CHARS_LEFT_OUT: Text = t!("… {} characters left out …", "… {} Zeichen ausgelassen …");
/// Tokens and XOAUTH2 strings without a card (the log repeats them).
pub const CARDS_LEFT_OUT: Text = t!(
    "{} more tokens and XOAUTH2 strings in the text have no card of their own here.",
    "{} weitere Token und XOAUTH2-Zeichenfolgen im Text haben hier keine eigene Karte."
);
/// A token shown by its start only.
pub const HIDDEN_TOKEN: Text = t!(
    "[token, {} characters, rest hidden]",
    "[Token, {} Zeichen, Rest ausgeblendet]"
);
/// An XOAUTH2 string shown by its start only.
pub const HIDDEN_XOAUTH2: Text = t!(
    "[XOAUTH2 string, {} characters, rest hidden]",
    "[XOAUTH2-Zeichenfolge, {} Zeichen, Rest ausgeblendet]"
);
/// A secret shown by its start only.
pub const HIDDEN_SECRET: Text = t!(
    "[secret, {} characters, hidden]",
    "[Geheimnis, {} Zeichen, ausgeblendet]"
);

/// Chain heading.
pub const CHAIN: Text = t!("Where the chain breaks", "Wo die Kette reißt");
/// Chain intro.
pub const CHAIN_INTRO: Text = t!(
    "A mailbox sign-in passes every link from the app registration to the client. Green only where the evidence shows the link working.",
    "Eine Postfachanmeldung durchläuft jedes Glied von der App-Registrierung bis zum Client. Grün nur, wo die Belege zeigen, dass das Glied funktioniert."
);
/// Status: broken.
pub const LINK_BROKEN: Text = t!("broken", "gerissen");
/// Status: suspect.
pub const LINK_SUSPECT: Text = t!("suspect", "verdächtig");
/// Status: works.
pub const LINK_WORKS: Text = t!("works", "funktioniert");
/// Status: unknown.
pub const LINK_UNKNOWN: Text = t!("not shown", "nicht belegt");

/// Token heading.
pub const TOKEN: Text = t!("Decoded token", "Dekodiertes Token");
/// Token kind: access.
pub const ACCESS_TOKEN: Text = t!("Access token", "Zugriffstoken");
/// Token kind: ID.
pub const ID_TOKEN: Text = t!(
    "ID token: proves a sign-in to the app, but is not the access token IMAP, POP or SMTP needs",
    "ID-Token: belegt eine Anmeldung an der App, ist aber nicht das Zugriffstoken, das IMAP, POP oder SMTP braucht"
);
/// Flavor app.
pub const FLAVOR_APP: Text = t!(
    "app-only (client credentials)",
    "nur App (Clientanmeldeinformationen)"
);
/// Flavor delegated.
pub const FLAVOR_DELEGATED: Text = t!(
    "delegated (signed-in user)",
    "delegiert (angemeldeter Benutzer)"
);
/// Flavor unknown.
pub const FLAVOR_UNKNOWN: Text = t!(
    "app or user: not determinable",
    "App oder Benutzer: nicht bestimmbar"
);
/// API: Exchange.
pub const API_EXCHANGE: Text = t!("for Exchange Online", "für Exchange Online");
/// API: Graph.
pub const API_GRAPH: Text = t!(
    "for Microsoft Graph: IMAP, POP and SMTP do not accept it",
    "für Microsoft Graph: IMAP, POP und SMTP akzeptieren es nicht"
);
/// API: other.
pub const API_OTHER: Text = t!("for another API", "für eine andere API");
/// Line label.
pub const FOUND_AT: Text = t!("found in line {}", "gefunden in Zeile {}");
/// Header table caption.
pub const HEADER: Text = t!("Header", "Header");
/// Claims table caption.
pub const CLAIMS: Text = t!("Claims", "Claims");
/// Column: name.
pub const COL_NAME: Text = t!("Claim", "Claim");
/// Column: value.
pub const COL_VALUE: Text = t!("Value", "Wert");
/// Column: meaning.
pub const COL_MEANING: Text = t!("Meaning", "Bedeutung");
/// Header field column.
pub const COL_FIELD: Text = t!("Field", "Feld");
/// Signature row label.
pub const SIGNATURE: Text = t!("Signature", "Signatur");
/// Signature present.
pub const SIGNATURE_PRESENT: Text = t!(
    "present, not needed, never sent anywhere",
    "vorhanden, nicht benötigt, wird nirgendwohin gesendet"
);
/// Signature absent.
pub const SIGNATURE_ABSENT: Text = t!(
    "missing: the token was cut off or copied without its last part",
    "fehlt: Das Token wurde abgeschnitten oder ohne seinen letzten Teil kopiert"
);
/// Time: ago.
pub const AGO: Text = t!("{} ago", "vor {}");
/// Time: in.
pub const IN: Text = t!("in {}", "in {}");
/// Validity now: expired.
pub const EXPIRED_NOW: Text = t!("expired {} ago", "seit {} abgelaufen");
/// Validity now: valid.
pub const VALID_NOW: Text = t!("valid for another {}", "noch {} gültig");
/// Validity now: not yet.
pub const NOT_YET_NOW: Text = t!("not valid for another {}", "erst in {} gültig");
/// Validity: no exp.
pub const NO_EXPIRY: Text = t!("no expiry claim", "kein Ablauf-Claim");
/// Validity at log: expired.
pub const EXPIRED_AT_LOG: Text = t!(
    "expired {} before the error",
    "{} vor dem Fehler abgelaufen"
);
/// Validity at log: valid.
pub const VALID_AT_LOG: Text = t!(
    "valid at the time of the error ({} left)",
    "zum Zeitpunkt des Fehlers gültig (noch {})"
);
/// Validity at log: not yet.
pub const NOT_YET_AT_LOG: Text = t!(
    "not yet valid at the time of the error ({} early: check the clock)",
    "zum Zeitpunkt des Fehlers noch nicht gültig ({} zu früh: Uhrzeit prüfen)"
);
/// Unix seconds hint.
pub const SECONDS_HINT: Text = t!(
    "seconds since 1970-01-01 UTC",
    "Sekunden seit 1970-01-01 UTC"
);
/// No description for a claim.
pub const CLAIM_UNKNOWN: Text = t!("—", "—");
/// Decode warnings.
pub const WARNINGS: Text = t!("Decoding notes", "Hinweise zur Dekodierung");
/// Claim cited by the selected finding.
pub const CITED: Text = t!("evidence", "Beleg");

/// Encrypted token.
pub const ENCRYPTED: Text = t!(
    "Encrypted token (five parts): only the API it is for can read it. Exchange mail tokens are not encrypted, so this is most likely a token for another resource.",
    "Verschlüsseltes Token (fünf Teile): Nur die API, für die es bestimmt ist, kann es lesen. Exchange-Mail-Token sind nicht verschlüsselt, also ist es sehr wahrscheinlich ein Token für eine andere Ressource."
);
/// Opaque token.
pub const OPAQUE: Text = t!(
    "Opaque token ({} characters, starts with {}): not a JWT, so its claims cannot be read. Personal Microsoft accounts get such tokens; a work account's token for Exchange is a JWT.",
    "Undurchsichtiges Token ({} Zeichen, beginnt mit {}): kein JWT, seine Claims sind nicht lesbar. Persönliche Microsoft-Konten erhalten solche Token; das Token eines Geschäftskontos für Exchange ist ein JWT."
);
/// Decode failure.
pub const DECODE_FAILED: Text = t!(
    "Could not decode the {} ({}) at byte {}: {}",
    "Konnte {} ({}) bei Byte {} nicht dekodieren: {}"
);
/// Decode notes heading.
pub const DECODE_HEADING: Text = t!(
    "What could not be decoded",
    "Was nicht dekodiert werden konnte"
);

/// XOAUTH2 heading.
pub const XOAUTH2: Text = t!(
    "XOAUTH2 string, X-rayed",
    "XOAUTH2-Zeichenfolge, durchleuchtet"
);
/// XOAUTH2 decoded label.
pub const XOAUTH2_DECODED: Text = t!(
    "Decoded (^A is the byte 0x01; the token's signature is left out):",
    "Dekodiert (^A ist das Byte 0x01; die Signatur des Tokens ist weggelassen):"
);
/// XOAUTH2 ok.
pub const XOAUTH2_OK: Text = t!("The framing is correct.", "Der Aufbau ist korrekt.");
/// XOAUTH2 defects.
pub const XOAUTH2_DEFECTS: Text = t!("Defects", "Mängel");
/// XOAUTH2 user.
pub const XOAUTH2_USER: Text = t!("user=", "user=");
/// XOAUTH2 command.
pub const XOAUTH2_COMMAND: Text = t!("Command", "Befehl");

/// Other findings heading.
pub const OTHER_FINDINGS: Text = t!("Other possible causes", "Weitere mögliche Ursachen");
/// Questions heading.
pub const QUESTIONS: Text = t!(
    "Questions that would sharpen the verdict",
    "Fragen, die das Ergebnis schärfen würden"
);
/// Answer field label.
pub const ANSWER: Text = t!("Your answer", "Ihre Antwort");

/// Checklist heading.
pub const CHECKLIST: Text = t!("Checklist", "Checkliste");
/// Checklist progress.
pub const CHECKLIST_PROGRESS: Text = t!("{} of {} done", "{} von {} erledigt");
/// Verify label.
pub const VERIFY: Text = t!("Verify:", "Prüfen:");

/// Script heading.
pub const SCRIPT: Text = t!("PowerShell fix script", "PowerShell-Skript zur Behebung");
/// Script intro.
pub const SCRIPT_INTRO: Text = t!(
    "Filled with the ids from your input; safe to run again. Read it before you run it.",
    "Mit den IDs aus Ihrer Eingabe befüllt; kann gefahrlos erneut ausgeführt werden. Lesen Sie es vor dem Ausführen."
);
/// Copy button.
pub const COPY: Text = t!("Copy script", "Skript kopieren");
/// Download button.
pub const DOWNLOAD: Text = t!("Download .ps1", ".ps1 herunterladen");
/// Copied notice.
pub const COPIED: Text = t!(
    "Script copied to the clipboard.",
    "Skript in die Zwischenablage kopiert."
);
/// Copy failed.
pub const COPY_FAILED: Text = t!(
    "The browser did not allow copying. Select the text and copy it by hand.",
    "Der Browser hat das Kopieren nicht erlaubt. Markieren und kopieren Sie den Text von Hand."
);
/// Evidence panel heading.
pub const COLLECT: Text = t!(
    "Collect the evidence in one go",
    "Alle Belege in einem Schritt sammeln"
);
/// Evidence panel intro.
pub const COLLECT_INTRO: Text = t!(
    "One read-only PowerShell script with your values reads what the questions ask for (service principal, mailbox permissions, protocol switches, access policies, the app's roles) and, with -LiveTest, signs in as the app. Paste its whole output here: the verdict is then made from it.",
    "Ein nur lesendes PowerShell-Skript mit Ihren Werten liest, wonach die Fragen fragen (Dienstprinzipal, Postfachberechtigungen, Protokollschalter, Zugriffsrichtlinien, die Rollen der App) und meldet sich mit -LiveTest als App an. Fügen Sie seine ganze Ausgabe hier ein: das Urteil stützt sich dann darauf."
);
/// Evidence button (shows the script).
pub const COLLECT_BUTTON: Text = t!("Collect evidence", "Belege sammeln");
/// Evidence copy button.
pub const COLLECT_COPY: Text = t!("Copy evidence script", "Beleg-Skript kopieren");
/// Evidence copied notice.
pub const COLLECT_COPIED: Text = t!(
    "Evidence script copied to the clipboard.",
    "Beleg-Skript in die Zwischenablage kopiert."
);
/// How to run the evidence script.
pub const COLLECT_HOW: Text = t!(
    "Run it in PowerShell as an Exchange administrator: .\\exo-oauth-doctor-evidence.ps1 | clip (or add -LiveTest), then paste the output into the field above.",
    "Als Exchange-Administrator in PowerShell ausführen: .\\exo-oauth-doctor-evidence.ps1 | clip (oder mit -LiveTest), dann die Ausgabe oben in das Feld einfügen."
);
/// Script file name.
pub const SCRIPT_FILE: &str = "fix-exchange-oauth.ps1";
/// Client fix heading.
pub const CLIENT_FIX: Text = t!("Client-side fix", "Behebung auf der Client-Seite");
/// Client fix intro.
pub const CLIENT_FIX_INTRO: Text = t!(
    "What the application that signs in has to send:",
    "Was die Anwendung, die sich anmeldet, senden muss:"
);
/// Client fix: endpoint.
pub const TOKEN_ENDPOINT: Text = t!("Token endpoint", "Token-Endpunkt");
/// Client fix: scope.
pub const SCOPE: Text = t!("Scope", "Bereich (scope)");
/// Client fix: grant type.
pub const GRANT_TYPE: Text = t!("Grant type", "Gewährungstyp (grant_type)");
/// Client fix: client id.
pub const CLIENT_ID: Text = t!("Client id", "Client-ID");
/// Client fix: XOAUTH2 user.
pub const XOAUTH2_USER_ROW: Text = t!("XOAUTH2 user=", "XOAUTH2 user=");
/// Client fix: XOAUTH2 format.
pub const XOAUTH2_FORMAT: Text = t!("XOAUTH2 format", "XOAUTH2-Format");
/// Client fix: hosts.
pub const HOSTS: Text = t!("Mail hosts", "Mail-Hosts");
/// Client fix: inferred, not documented.
pub const UNDOCUMENTED: Text = t!(
    "For this cloud the scope and hosts are inferred from host names, not documented by Microsoft (experience, not documented).",
    "Für diese Cloud sind Bereich und Hosts aus Hostnamen abgeleitet, nicht von Microsoft dokumentiert (Erfahrung, nicht dokumentiert)."
);

/// Report heading.
pub const SHARE: Text = t!("Take the result with you", "Ergebnis mitnehmen");
/// Copy report.
pub const COPY_REPORT: Text = t!("Copy report (Markdown)", "Bericht kopieren (Markdown)");
/// Report intro.
pub const REPORT_INTRO: Text = t!(
    "For a ticket or a forum: findings, checklist and decoded claims. Token signatures are removed and secrets masked.",
    "Für ein Ticket oder ein Forum: Befunde, Checkliste und dekodierte Claims. Token-Signaturen werden entfernt, Geheimnisse maskiert."
);
/// Mask option.
pub const MASK_IDS: Text = t!(
    "Mask tenant/object ids and addresses",
    "Mandanten-/Objekt-IDs und Adressen maskieren"
);
/// Report copied.
pub const REPORT_COPIED: Text = t!(
    "Report copied to the clipboard.",
    "Bericht in die Zwischenablage kopiert."
);
/// Share link button.
pub const SHARE_LINK: Text = t!("Copy share link", "Link zum Teilen kopieren");
/// Share intro.
pub const SHARE_INTRO: Text = t!(
    "A link carries only error text, never a token or a secret.",
    "Ein Link enthält nur Fehlertext, nie ein Token oder ein Geheimnis."
);
/// Link copied.
pub const LINK_COPIED: Text = t!(
    "Link copied to the clipboard.",
    "Link in die Zwischenablage kopiert."
);
/// Refusal: empty.
pub const REFUSE_EMPTY: Text = t!(
    "There is no text to share.",
    "Es gibt keinen Text zum Teilen."
);
/// Refusal: token.
pub const REFUSE_TOKEN: Text = t!(
    "No link: the text contains a token. Anyone with the link could use it until it expires. Copy the report instead; it keeps the claims and drops the token.",
    "Kein Link: Der Text enthält ein Token. Jeder mit dem Link könnte es bis zum Ablauf verwenden. Kopieren Sie stattdessen den Bericht; er behält die Claims und lässt das Token weg."
);
/// Refusal: xoauth2.
pub const REFUSE_XOAUTH2: Text = t!(
    "No link: the text contains an XOAUTH2 string, which carries a live token. Copy the report instead.",
    "Kein Link: Der Text enthält eine XOAUTH2-Zeichenfolge, die ein gültiges Token trägt. Kopieren Sie stattdessen den Bericht."
);
/// Refusal: secret.
pub const REFUSE_SECRET: Text = t!(
    "No link: the text contains a secret or password. Remove it, or copy the report, which masks it.",
    "Kein Link: Der Text enthält ein Geheimnis oder Kennwort. Entfernen Sie es oder kopieren Sie den Bericht, der es maskiert."
);
/// Refusal: blob.
pub const REFUSE_BLOB: Text = t!(
    "No link: the text contains a long encoded string that could be a credential. Share only the error lines.",
    "Kein Link: Der Text enthält eine lange codierte Zeichenfolge, die ein Zugangsnachweis sein könnte. Teilen Sie nur die Fehlerzeilen."
);
/// Refusal: too long.
pub const REFUSE_TOO_LONG: Text = t!(
    "No link: the text is too long for a link. Share only the error lines, or copy the report.",
    "Kein Link: Der Text ist für einen Link zu lang. Teilen Sie nur die Fehlerzeilen oder kopieren Sie den Bericht."
);

/// Reference heading.
pub const REFERENCE: Text = t!("Error reference", "Fehlerreferenz");
/// Reference intro.
pub const REFERENCE_INTRO: Text = t!(
    "Every cause and AADSTS code the doctor knows. Each entry has a stable link for a knowledge base.",
    "Jede Ursache und jeder AADSTS-Code, den der Doctor kennt. Jeder Eintrag hat einen festen Link für eine Wissensdatenbank."
);
/// Filter label.
pub const FILTER: Text = t!("Filter causes and codes", "Ursachen und Codes filtern");
/// Filter placeholder.
pub const FILTER_PLACEHOLDER: Text = t!(
    "e.g. 5.7.139, 700016, consent",
    "z. B. 5.7.139, 700016, Zustimmung"
);
/// Match count.
pub const MATCHES: Text = t!("{} causes, {} AADSTS codes", "{} Ursachen, {} AADSTS-Codes");
/// Causes heading.
pub const CAUSES: Text = t!("Causes", "Ursachen");
/// AADSTS heading.
pub const AADSTS_CODES: Text = t!("AADSTS codes", "AADSTS-Codes");
/// Signals heading.
pub const SIGNALS: Text = t!("Signals", "Anzeichen");
/// Steps heading.
pub const STEPS: Text = t!("Fix and verify", "Beheben und prüfen");
/// Docs heading.
pub const DOCS: Text = t!("Sources", "Quellen");
/// Questions heading in reference.
pub const TELL_APART: Text = t!("Questions that tell it apart", "Fragen zur Abgrenzung");
/// Link to entry.
pub const PERMALINK: Text = t!("Link to this entry", "Link zu diesem Eintrag");
/// Points to.
pub const POINTS_TO: Text = t!("Points to", "Deutet auf");
/// Chain link label.
pub const LINK_LABEL: Text = t!("Chain link", "Kettenglied");
/// Nothing matches.
pub const NO_MATCH: Text = t!(
    "Nothing matches this filter.",
    "Nichts passt zu diesem Filter."
);

/// Panic card heading.
pub const CRASH_TITLE: Text = t!(
    "The page stopped working",
    "Die Seite funktioniert nicht mehr"
);
/// Panic card text.
pub const CRASH_BODY: Text = t!(
    "An internal error stopped the analysis. Nothing was sent anywhere. Reload the page to start again.",
    "Ein interner Fehler hat die Analyse gestoppt. Es wurde nichts gesendet. Laden Sie die Seite neu, um von vorn zu beginnen."
);
/// Reload button.
pub const RELOAD: Text = t!("Reload", "Neu laden");

/// What an XOAUTH2 defect means.
pub fn defect_text(d: &crate::evidence::XoauthDefect) -> Text {
    use crate::evidence::XoauthDefect as D;
    match d {
        D::MissingSeparator => t!(
            "No 0x01 separators: the fields must be joined by the byte 0x01 (Ctrl-A), not by spaces or newlines.",
            "Keine 0x01-Trennzeichen: Die Felder müssen durch das Byte 0x01 (Strg-A) getrennt sein, nicht durch Leerzeichen oder Zeilenumbrüche."
        ),
        D::LiteralSeparatorText => t!(
            "The text \"^A\" or \"\\x01\" was typed instead of the byte 0x01.",
            "Statt des Bytes 0x01 wurde der Text „^A“ oder „\\x01“ eingegeben."
        ),
        D::NewlineSeparator => t!(
            "Newlines are used as separators; XOAUTH2 needs the byte 0x01.",
            "Als Trennzeichen werden Zeilenumbrüche verwendet; XOAUTH2 braucht das Byte 0x01."
        ),
        D::MissingTrailer => t!(
            "The closing ^A^A (two 0x01 bytes) is missing.",
            "Das abschließende ^A^A (zwei 0x01-Bytes) fehlt."
        ),
        D::MissingBearer => t!(
            "auth= must start with \"Bearer \" (capital B, one space).",
            "auth= muss mit „Bearer “ beginnen (großes B, ein Leerzeichen)."
        ),
        D::MissingUser => t!("The user= field is missing.", "Das Feld user= fehlt."),
        D::DoubleBase64 => t!(
            "The string was base64-encoded twice.",
            "Die Zeichenfolge wurde zweimal base64-codiert."
        ),
        D::LineBreaks => t!(
            "Line breaks or spaces inside the base64 text (copy-paste or line wrapping).",
            "Zeilenumbrüche oder Leerzeichen im base64-Text (Kopieren/Einfügen oder Zeilenumbruch)."
        ),
        D::TrailingJunk => t!(
            "Extra characters after the end of the string.",
            "Zusätzliche Zeichen nach dem Ende der Zeichenfolge."
        ),
        D::UrlSafeAlphabet => t!(
            "URL-safe base64 (- and _) where standard base64 (+ and /) is required.",
            "URL-sicheres base64 (- und _), wo Standard-base64 (+ und /) nötig ist."
        ),
        D::TokenNotJwt => t!(
            "The token after Bearer is not a JWT (opaque tokens come from personal Microsoft accounts).",
            "Das Token nach Bearer ist kein JWT (undurchsichtige Token stammen von persönlichen Microsoft-Konten)."
        ),
    }
}

/// Above a question's command.
pub const RUN_THIS: Text = t!(
    "Run this and paste what it prints below; the verdict takes it into account.",
    "Führen Sie dies aus und fügen Sie die Ausgabe unten ein; das Ergebnis berücksichtigt sie."
);
/// Label of the field for a command's output.
pub const PASTE_OUTPUT: Text = t!("Paste the output here", "Ausgabe hier einfügen");
/// Placeholder of the field for a command's output.
pub const PASTE_OUTPUT_HINT: Text = t!(
    "The output is added to the pasted text and analysed with it.",
    "Die Ausgabe wird dem eingefügten Text angefügt und mit ihm analysiert."
);
/// The copy button of a question's command.
pub const COPY_COMMAND: Text = t!("Copy command", "Befehl kopieren");
