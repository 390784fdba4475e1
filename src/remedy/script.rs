//! The PowerShell script: values from the evidence at the top, a guard that refuses to change
//! anything while a placeholder is left, then one idempotent block per cause (check first, change
//! only what is missing), a verification and the reminder about replication and cached tokens.
//!
//! Values enter the script only as [`ps_ascii_expression`]s (single-quoted literals, pure ASCII);
//! text from the evidence enters comments only through [`comment_safe`].

use super::client::endpoints;
use super::quote::{comment_safe, ps_ascii_expression, ps_single_quoted};
use super::values::{Known, Source, Values};
use super::ClientFix;
use crate::catalogue::CauseId;
use crate::evidence::{Cloud, Protocol};
use crate::i18n::{Lang, LocalText};
use crate::rules::Finding;

/// Findings below this confidence (other than the top one) get no changing block in the script;
/// the checklist still lists their steps.
pub const MIN_SCRIPT_CONFIDENCE: f32 = 0.2;

const PH_APP_ID: &str = "<APP-ID>";
const PH_OBJECT_ID: &str = "<ENTERPRISE-APP-OBJECT-ID>";
const PH_MAILBOX: &str = "<MAILBOX>";
const PH_USER: &str = "<SIGNED-IN-USER>";

/// What the script does, decided from the findings.
#[derive(Debug, Default)]
struct Plan {
    causes: Vec<CauseId>,
    service_principal: bool,
    replace_wrong_sp: bool,
    full_access: bool,
    send_as: bool,
    protocol: bool,
    tenant_smtp: bool,
    mailbox_check: bool,
    admin_role: bool,
    app_policy: bool,
    sender_blocked: bool,
    wait: bool,
    /// Entra (Microsoft Graph PowerShell): enable the app's service principal.
    entra_enable_sp: bool,
    /// Entra: assign the signing-in user to the enterprise application.
    entra_assign_user: bool,
    /// Entra: read the user's password state (the script never handles passwords).
    entra_password: bool,
}

impl Plan {
    fn new(findings: &[Finding], values: &Values) -> Plan {
        let mut p = Plan::default();
        for (i, f) in findings.iter().enumerate() {
            if !p.causes.contains(&f.cause) {
                p.causes.push(f.cause);
            }
            if i > 0 && f.confidence < MIN_SCRIPT_CONFIDENCE {
                continue;
            }
            match f.cause {
                CauseId::ServicePrincipalNotRegisteredInExchange => p.service_principal = true,
                CauseId::WrongObjectId => {
                    p.service_principal = true;
                    p.replace_wrong_sp = true;
                }
                CauseId::MailboxPermissionMissing => p.full_access = true,
                CauseId::SendasPermissionMissing => p.send_as = true,
                CauseId::ProtocolDisabledOnMailbox => p.protocol = true,
                CauseId::SmtpAuthDisabledTenant => p.tenant_smtp = true,
                CauseId::MailboxUnlicensedOrMissing | CauseId::WrongUsernameInXoauth2 => {
                    p.mailbox_check = true
                }
                CauseId::ExchangeAdminRbacMissing => p.admin_role = true,
                CauseId::ApplicationAccessPolicyBlock => p.app_policy = true,
                CauseId::SenderOutboundRestricted => p.sender_blocked = true,
                CauseId::ReplicationDelay | CauseId::TokenExpiredOrCached => p.wait = true,
                CauseId::AppOrServicePrincipalDisabled => p.entra_enable_sp = true,
                CauseId::UserNotAssignedToApp => p.entra_assign_user = true,
                CauseId::PasswordExpired => p.entra_password = true,
                _ => {}
            }
        }
        if (p.full_access || p.send_as) && !values.delegated {
            // The mailbox permission names the service principal: it has to exist in Exchange.
            p.service_principal = true;
        }
        if p.changes() {
            p.wait = true;
        }
        p
    }

    fn changes(&self) -> bool {
        self.service_principal
            || self.full_access
            || self.send_as
            || self.protocol
            || self.tenant_smtp
    }

    /// Whether the Entra part changes anything.
    fn entra_changes(&self) -> bool {
        self.entra_enable_sp || self.entra_assign_user
    }

    fn entra(&self) -> bool {
        self.entra_changes() || self.entra_password
    }

    fn uses_mailbox(&self) -> bool {
        self.full_access || self.send_as || self.protocol || self.tenant_smtp || self.mailbox_check
    }
}

/// Lines of the script in one language.
struct Out {
    lang: Lang,
    lines: Vec<String>,
}

impl Out {
    fn tr<'a>(&self, en: &'a str, de: &'a str) -> &'a str {
        match self.lang {
            Lang::En => en,
            Lang::De => de,
        }
    }

    /// A comment line in the script's language; leading spaces of the text indent the `#`.
    fn c(&mut self, en: &str, de: &str) {
        let t = self.tr(en, de);
        let body = t.trim_start_matches(' ');
        let indent = &t[..t.len() - body.len()];
        self.lines.push(format!("{indent}# {body}"));
    }

    /// A code line.
    fn l(&mut self, s: impl Into<String>) {
        self.lines.push(s.into());
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// `Write-Host` of a fixed message (`{0}` … filled from the given variables with `-f`).
    fn host(&mut self, indent: &str, en: &str, de: &str, vars: &[&str], color: &str) {
        let msg = ps_single_quoted(self.tr(en, de));
        let line = if vars.is_empty() {
            format!("{indent}Write-Host {msg} -ForegroundColor {color}")
        } else {
            format!(
                "{indent}Write-Host ({msg} -f {}) -ForegroundColor {color}",
                vars.join(", ")
            )
        };
        self.lines.push(line);
    }

    fn warn(&mut self, indent: &str, en: &str, de: &str, vars: &[&str]) {
        let msg = ps_single_quoted(self.tr(en, de));
        let line = if vars.is_empty() {
            format!("{indent}Write-Warning {msg}")
        } else {
            format!("{indent}Write-Warning ({msg} -f {})", vars.join(", "))
        };
        self.lines.push(line);
    }

    fn source(&self, s: Source) -> String {
        match (s, self.lang) {
            (Source::Claim(c, line), Lang::En) => format!("token claim {c}, line {line}"),
            (Source::Claim(c, line), Lang::De) => format!("Token-Claim {c}, Zeile {line}"),
            (Source::XoauthUser(line), Lang::En) => format!("XOAUTH2 user=, line {line}"),
            (Source::XoauthUser(line), Lang::De) => format!("XOAUTH2-Feld user=, Zeile {line}"),
            (Source::LogonDeniedUser(line), Lang::En) => format!("LogonDenied User:, line {line}"),
            (Source::LogonDeniedUser(line), Lang::De) => format!("LogonDenied User:, Zeile {line}"),
            (Source::Labelled(line), Lang::En) => format!("line {line}"),
            (Source::Labelled(line), Lang::De) => format!("Zeile {line}"),
            (Source::PsParameter(line), Lang::En) => format!("PowerShell command, line {line}"),
            (Source::PsParameter(line), Lang::De) => format!("PowerShell-Befehl, Zeile {line}"),
            (Source::EndpointUrl(line), Lang::En) => format!("token endpoint URL, line {line}"),
            (Source::EndpointUrl(line), Lang::De) => format!("Token-Endpunkt-URL, Zeile {line}"),
            (Source::Hint, Lang::En) => "as you entered it".into(),
            (Source::Hint, Lang::De) => "wie von Ihnen angegeben".into(),
        }
    }

    /// The comment line naming a value and where it came from (or that it is missing).
    fn var_comment(&mut self, what: (&str, &str), known: Option<&Known>) {
        let what = self.tr(what.0, what.1).to_string();
        match known {
            Some(k) => {
                let src = self.source(k.source);
                self.lines.push(format!("# {what} ({src})"));
            }
            None => {
                let missing = self.tr(
                    "not in the evidence, fill it in",
                    "nicht in den Belegen, bitte eintragen",
                );
                self.lines.push(format!("# {what}: {missing}"));
            }
        }
    }

    /// `$Name = <value>`, or the placeholder when unknown.
    fn var_assign(&mut self, name: &str, known: Option<&Known>, placeholder: &str) {
        let value = match known {
            Some(k) => ps_ascii_expression(&k.value),
            None => ps_single_quoted(placeholder),
        };
        self.lines.push(format!("${name} = {value}"));
    }

    /// A value with its comment.
    fn var(&mut self, name: &str, what: (&str, &str), known: Option<&Known>, placeholder: &str) {
        self.var_comment(what, known);
        self.var_assign(name, known, placeholder);
    }

    fn text(mut self) -> String {
        while self.lines.last().is_some_and(|l| l.is_empty()) {
            self.lines.pop();
        }
        let mut s = self.lines.join("\n");
        s.push('\n');
        s
    }
}

fn environment_comment(cloud: Cloud) -> (&'static str, &'static str) {
    match cloud {
        Cloud::UsGovGccHigh => (
            "The evidence shows Microsoft 365 GCC High (login.microsoftonline.us).",
            "Die Belege zeigen Microsoft 365 GCC High (login.microsoftonline.us).",
        ),
        Cloud::UsGovDod => (
            "The evidence shows Microsoft 365 DoD.",
            "Die Belege zeigen Microsoft 365 DoD.",
        ),
        Cloud::China => (
            "The evidence shows Office 365 operated by 21Vianet (China).",
            "Die Belege zeigen Office 365, betrieben von 21Vianet (China).",
        ),
        Cloud::Germany => (
            "The evidence shows Microsoft Cloud Deutschland (closed in October 2021).",
            "Die Belege zeigen Microsoft Cloud Deutschland (im Oktober 2021 geschlossen).",
        ),
        Cloud::Global => ("", ""),
    }
}

/// Warnings about values that were seen but are invalid, for the page.
pub fn warnings(values: &Values) -> Vec<LocalText> {
    values
        .rejected
        .iter()
        .map(|r| {
            let raw = comment_safe(&r.raw, 80);
            let (en_what, de_what) = what_names(r.what);
            let (en_at, de_at) = if r.line == 0 {
                ("your entry".to_string(), "Ihre Angabe".to_string())
            } else {
                (format!("line {}", r.line), format!("Zeile {}", r.line))
            };
            LocalText::new(
                format!(
                    "\"{raw}\" ({en_at}) is not a valid {en_what}; it was left as a placeholder."
                ),
                format!(
                    "„{raw}“ ({de_at}) ist keine gültige {de_what}; sie bleibt ein Platzhalter."
                ),
            )
        })
        .collect()
}

fn what_names(what: &str) -> (&'static str, &'static str) {
    match what {
        "mailbox" => ("mailbox address", "Postfachadresse"),
        "user" => ("user name", "Benutzer-ID"),
        "app_id" => ("application (client) ID", "Anwendungs-ID (Client-ID)"),
        "object_id" => ("object ID", "Objekt-ID"),
        _ => ("value", "Angabe"),
    }
}

/// Renders the script for the findings (best first).
pub fn render(
    findings: &[Finding],
    values: &Values,
    client: Option<&ClientFix>,
    lang: Lang,
) -> String {
    let plan = Plan::new(findings, values);
    let mut o = Out {
        lang,
        lines: Vec::new(),
    };
    header(&mut o, &plan, values);
    if plan.changes() {
        fix_script(&mut o, &plan, values);
    } else {
        diagnostic_script(&mut o, &plan, values);
    }
    restriction_checks(&mut o, &plan, values);
    if plan.entra() {
        entra_section(&mut o, &plan, values);
    }
    if let Some(fix) = client {
        client_section(&mut o, fix);
    }
    if plan.wait {
        afterwards(&mut o, plan.changes());
    }
    o.text()
}

fn header(o: &mut Out, plan: &Plan, values: &Values) {
    if plan.changes() || plan.entra_changes() {
        o.c(
            "Exchange Online OAuth fix script (generated by exo-oauth-doctor)",
            "Exchange Online OAuth: Korrekturskript (erzeugt von exo-oauth-doctor)",
        );
    } else {
        o.c(
            "Exchange Online OAuth: read-only checks (generated by exo-oauth-doctor)",
            "Exchange Online OAuth: Prüfungen, nur lesend (erzeugt von exo-oauth-doctor)",
        );
    }
    if plan.causes.is_empty() {
        o.c(
            "No cause was identified from the evidence. These commands only read settings; they change nothing.",
            "Aus den Belegen ergab sich keine Ursache. Diese Befehle lesen nur Einstellungen; sie ändern nichts.",
        );
    } else {
        let ids: Vec<&str> = plan.causes.iter().map(|c| c.as_str()).collect();
        let label = o.tr("Causes", "Ursachen");
        o.l(format!("# {label}: {}", ids.join(", ")));
        if plan.changes() {
            o.c(
                "Review it before running. Every change is checked first, so it is safe to run again.",
                "Vor dem Ausführen prüfen. Jede Änderung wird vorher geprüft; das Skript kann gefahrlos erneut laufen.",
            );
            o.c(
                "Dry run: set $WhatIf = $true below; every changing cmdlet then runs with -WhatIf and changes nothing.",
                "Probelauf: unten $WhatIf = $true setzen; jedes ändernde Cmdlet läuft dann mit -WhatIf und ändert nichts.",
            );
        } else if plan.entra_changes() {
            o.c(
                "Nothing to change in Exchange Online for these causes; the Exchange commands only read settings. The Entra part at the end checks first and changes only what is missing (dry run: set $WhatIf = $true there).",
                "Für diese Ursachen ist in Exchange Online nichts zu ändern; die Exchange-Befehle lesen nur Einstellungen. Der Entra-Teil am Ende prüft zuerst und ändert nur, was fehlt (Probelauf: dort $WhatIf = $true setzen).",
            );
        } else {
            o.c(
                "Nothing to change in Exchange Online for these causes (see the checklist); the commands below only read the current settings.",
                "Für diese Ursachen ist in Exchange Online nichts zu ändern (siehe Checkliste); die Befehle unten lesen nur die aktuellen Einstellungen.",
            );
        }
    }
    o.c(
        "Needs the ExchangeOnlineManagement module and an Exchange administrator account.",
        "Benötigt das Modul ExchangeOnlineManagement und ein Konto mit Exchange-Administratorrechten.",
    );
    for r in &values.rejected {
        let raw = comment_safe(&r.raw, 80);
        let (en_what, de_what) = what_names(r.what);
        let line = r.line;
        let (en, de) = if line == 0 {
            (
                format!("WARNING: \"{raw}\" (your entry) is not a valid {en_what}; left as a placeholder."),
                format!("WARNUNG: \"{raw}\" (Ihre Angabe) ist keine gültige {de_what}; bleibt ein Platzhalter."),
            )
        } else {
            (
                format!("WARNING: \"{raw}\" (line {line}) is not a valid {en_what}; left as a placeholder."),
                format!("WARNUNG: \"{raw}\" (Zeile {line}) ist keine gültige {de_what}; bleibt ein Platzhalter."),
            )
        };
        o.c(&en, &de);
    }
    o.blank();
}

/// The configuration block; returns the variables that must not be placeholders.
fn variables(o: &mut Out, plan: &Plan, values: &Values) -> Vec<&'static str> {
    let mut guarded = Vec::new();
    o.c(
        "--- Values (from your evidence) ---",
        "--- Werte (aus Ihren Belegen) ---",
    );
    let needs_sp_ids =
        plan.service_principal || ((plan.full_access || plan.send_as) && !values.delegated);
    if needs_sp_ids {
        o.var(
            "AppId",
            ("Application (client) ID", "Anwendungs-ID (Client-ID)"),
            values.app_id.as_ref(),
            PH_APP_ID,
        );
        guarded.push("AppId");
        o.var_comment(
            (
                "Enterprise application (service principal) object ID",
                "Objekt-ID der Unternehmensanwendung (Dienstprinzipal)",
            ),
            values.sp_object_id.as_ref(),
        );
        if values.sp_object_id.is_none() {
            object_id_help(o, values);
        }
        o.var_assign("ObjectId", values.sp_object_id.as_ref(), PH_OBJECT_ID);
        guarded.push("ObjectId");
        if let (Some(used), Some(sp)) = (&values.object_id_used, &values.sp_object_id) {
            if used.value != sp.value {
                let used = &used.value;
                o.c(
                    &format!("The object ID used before ({used}) is not the service principal's: the token's oid differs."),
                    &format!("Die bisher verwendete Objekt-ID ({used}) ist nicht die des Dienstprinzipals: der oid-Claim des Tokens weicht ab."),
                );
            }
        }
        if let Some(k) = &values.display_name {
            let src = o.source(k.source);
            let what = o.tr("Display name in Exchange", "Anzeigename in Exchange");
            o.l(format!("# {what} ({src})"));
            o.l(format!("$DisplayName = {}", ps_ascii_expression(&k.value)));
        }
    }
    if plan.uses_mailbox() {
        o.var(
            "Mailbox",
            (
                "Mailbox the application opens",
                "Postfach, das die Anwendung öffnet",
            ),
            values.mailbox.as_ref(),
            PH_MAILBOX,
        );
        guarded.push("Mailbox");
    }
    if plan.send_as {
        if let Some(s) = &values.sender {
            let src = o.source(s.source);
            let what = o.tr("Sender address (From)", "Absenderadresse (From)");
            o.l(format!("# {what} ({src})"));
            o.l(format!("$Sender = {}", ps_ascii_expression(&s.value)));
        } else {
            o.l("$Sender = $Mailbox");
        }
    }
    if values.delegated && (plan.full_access || plan.send_as) {
        o.var(
            "User",
            (
                "Signed-in user of the token",
                "Angemeldeter Benutzer des Tokens",
            ),
            values.user.as_ref(),
            PH_USER,
        );
        guarded.push("User");
    }
    tenant_var(o, values);
    o.c(
        "$true = only show what would change (-WhatIf)",
        "$true = nur anzeigen, was sich ändern würde (-WhatIf)",
    );
    o.l("$WhatIf = $false");
    o.blank();
    guarded
}

fn tenant_var(o: &mut Out, values: &Values) {
    if let Some(t) = &values.tenant {
        let src = o.source(t.source);
        let what = o.tr("Tenant", "Mandant");
        o.l(format!("# {what} ({src})"));
        o.l(format!("$TenantId = {}", ps_ascii_expression(&t.value)));
    }
}

fn object_id_help(o: &mut Out, values: &Values) {
    let app = values
        .app_id
        .as_ref()
        .map(|k| k.value.as_str())
        .unwrap_or("<APP-ID>");
    o.c(
        "Where to find it: Microsoft Entra admin center > Enterprise applications > your app > Object ID.",
        "Fundort: Microsoft Entra Admin Center > Unternehmensanwendungen > Ihre App > Objekt-ID.",
    );
    o.c(
        "NOT the Object ID under App registrations: that is the application object, which Exchange does not know.",
        "NICHT die Objekt-ID unter App-Registrierungen: das ist das Anwendungsobjekt, das Exchange nicht kennt.",
    );
    o.c(
        "Or look it up (the Id / id column):",
        "Oder nachschlagen (Spalte Id bzw. id):",
    );
    o.l(format!(
        "#   Get-MgServicePrincipal -Filter \"appId eq '{app}'\" | Select-Object Id, AppId, DisplayName"
    ));
    o.l(format!(
        "#   az ad sp show --id {app} --query id --output tsv"
    ));
}

fn connect(o: &mut Out, values: &Values) {
    o.c("--- Connect ---", "--- Verbinden ---");
    o.c(
        "If the module is missing: Install-Module ExchangeOnlineManagement -Scope CurrentUser",
        "Falls das Modul fehlt: Install-Module ExchangeOnlineManagement -Scope CurrentUser",
    );
    o.l("Import-Module ExchangeOnlineManagement -ErrorAction Stop");
    let cloud = values.cloud.unwrap_or(Cloud::Global);
    let env = endpoints(cloud).environment;
    if env.is_some() {
        let (en, de) = environment_comment(cloud);
        o.c(en, de);
    }
    let mut line = String::from("Connect-ExchangeOnline");
    if values.tenant.is_some() {
        line.push_str(" -Organization $TenantId");
    }
    if let Some(env) = env {
        line.push_str(" -ExchangeEnvironmentName ");
        line.push_str(env);
    }
    line.push_str(" -ShowBanner:$false -ErrorAction Stop");
    o.l(line);
    o.blank();
}

fn fix_script(o: &mut Out, plan: &Plan, values: &Values) {
    let guarded = variables(o, plan, values);
    if !guarded.is_empty() {
        o.c(
            "Refuse to change anything while a value above is still a <PLACEHOLDER>.",
            "Nichts ändern, solange oben noch ein <PLATZHALTER> steht.",
        );
        let list: Vec<String> = guarded.iter().map(|v| format!("${v}")).collect();
        o.l(format!("foreach ($value in @({})) {{", list.join(", ")));
        o.l("    if ($value -like '<*>') {");
        let msg = ps_single_quoted(o.tr(
            "Fill in {0} at the top of the script first.",
            "Zuerst {0} oben im Skript eintragen.",
        ));
        o.l(format!("        throw ({msg} -f $value)"));
        o.l("    }");
        o.l("}");
        o.blank();
    }
    connect(o, values);
    let mut n = 0;
    let app_trustee = !values.delegated && (plan.full_access || plan.send_as);
    let trustee = if values.delegated {
        "$User"
    } else if app_trustee {
        "$spIdentity"
    } else {
        "$ObjectId"
    };

    if plan.service_principal {
        n += 1;
        service_principal(o, n, plan, values);
    }
    if app_trustee {
        o.c(
            "Mailbox rights go to Exchange's own identity of the service principal (as in Microsoft's example); in a dry run it does not exist yet, so the object ID stands in.",
            "Postfachrechte erhält die Exchange-eigene Identität des Dienstprinzipals (wie in Microsofts Beispiel); im Probelauf gibt es sie noch nicht, dann steht die Objekt-ID dafür.",
        );
        o.l("$spIdentity = @(Get-ServicePrincipal -ErrorAction Stop | Where-Object { $_.AppId -eq $AppId })[0].Identity");
        o.l("if (-not $spIdentity) { $spIdentity = $ObjectId }");
        o.blank();
    }
    if plan.uses_mailbox() {
        o.c(
            "Is the address a mailbox in Exchange Online? (stops here if not)",
            "Ist die Adresse ein Postfach in Exchange Online? (bricht sonst hier ab)",
        );
        o.l("$mbx = Get-Mailbox -Identity $Mailbox -ErrorAction Stop");
        if plan.mailbox_check {
            o.c(
                "XOAUTH2 user= must name this mailbox (its primary address or a proxy address).",
                "XOAUTH2 user= muss dieses Postfach nennen (primäre Adresse oder eine Proxyadresse).",
            );
            o.l("$mbx | Format-List DisplayName, PrimarySmtpAddress, RecipientTypeDetails, EmailAddresses");
        }
        o.blank();
    }
    if plan.full_access {
        n += 1;
        o.l(format!(
            "# --- {n}. {} ---",
            o.tr(
                "FullAccess on the mailbox (Add-MailboxPermission)",
                "Vollzugriff auf das Postfach (Add-MailboxPermission)"
            )
        ));
        o.c(
            "IMAP/POP with client credentials open only mailboxes on which the service principal has FullAccess.",
            "IMAP/POP mit Client-Anmeldeinformationen öffnen nur Postfächer, auf die der Dienstprinzipal Vollzugriff hat.",
        );
        o.l(format!(
            "$perm = @(Get-MailboxPermission -Identity $Mailbox -User {trustee} -ErrorAction SilentlyContinue |"
        ));
        o.l("    Where-Object { -not $_.Deny -and (($_.AccessRights -join ',') -match 'FullAccess') })");
        o.l("if ($perm.Count -gt 0) {");
        o.host(
            "    ",
            "FullAccess on {0} is already granted: nothing to do.",
            "Vollzugriff auf {0} ist bereits erteilt: nichts zu tun.",
            &["$Mailbox"],
            "Green",
        );
        o.l("}");
        o.l("else {");
        o.l(format!(
            "    Add-MailboxPermission -Identity $Mailbox -User {trustee} -AccessRights FullAccess -WhatIf:$WhatIf -ErrorAction Stop"
        ));
        o.host(
            "    ",
            "FullAccess on {0} granted.",
            "Vollzugriff auf {0} erteilt.",
            &["$Mailbox"],
            "Green",
        );
        o.l("}");
        o.blank();
    }
    if plan.send_as {
        n += 1;
        o.l(format!(
            "# --- {n}. {} ---",
            o.tr(
                "Send as the sender (Add-RecipientPermission)",
                "Senden als Absender (Add-RecipientPermission)"
            )
        ));
        if values.delegated {
            o.c(
                "The signed-in user needs SendAs on the From address.",
                "Der angemeldete Benutzer braucht SendAs auf der From-Adresse.",
            );
        } else {
            o.c(
                "SMTP with client credentials: the service principal needs SendAs on the From address (Microsoft's IMAP/POP/SMTP OAuth article; the cmdlet reference lists only users and groups as trustees).",
                "SMTP mit Client-Anmeldeinformationen: der Dienstprinzipal braucht SendAs auf der From-Adresse (laut Microsofts IMAP/POP/SMTP-OAuth-Artikel; die Cmdlet-Referenz nennt nur Benutzer und Gruppen als Trustee).",
            );
        }
        o.l(format!(
            "$sendAs = @(Get-RecipientPermission -Identity $Sender -Trustee {trustee} -AccessRights SendAs -ErrorAction SilentlyContinue)"
        ));
        o.l("if ($sendAs.Count -gt 0) {");
        o.host(
            "    ",
            "SendAs on {0} is already granted: nothing to do.",
            "SendAs auf {0} ist bereits erteilt: nichts zu tun.",
            &["$Sender"],
            "Green",
        );
        o.l("}");
        o.l("else {");
        o.c(
            "    Asks for confirmation (add -Confirm:$false to skip).",
            "    Fragt nach einer Bestätigung (mit -Confirm:$false ohne Rückfrage).",
        );
        o.l(format!(
            "    Add-RecipientPermission -Identity $Sender -AccessRights SendAs -Trustee {trustee} -WhatIf:$WhatIf -ErrorAction Stop"
        ));
        o.l("}");
        o.blank();
    }
    if plan.protocol {
        n += 1;
        protocol_block(o, n, plan, values);
    }
    if plan.tenant_smtp {
        n += 1;
        o.l(format!(
            "# --- {n}. {} ---",
            o.tr(
                "SMTP AUTH for the organization (Set-TransportConfig)",
                "SMTP AUTH für die Organisation (Set-TransportConfig)"
            )
        ));
        o.c(
            "Organizations created after January 2020 have SMTP AUTH off by default. Recommended: keep it off and allow it only for this mailbox.",
            "In Organisationen, die nach Januar 2020 angelegt wurden, ist SMTP AUTH standardmäßig deaktiviert. Empfohlen: deaktiviert lassen und nur für dieses Postfach erlauben.",
        );
        o.l("$org = Get-TransportConfig -ErrorAction Stop");
        o.l("$cas = Get-CASMailbox -Identity $Mailbox -ErrorAction Stop");
        o.l("if ($cas.SmtpClientAuthenticationDisabled -eq $false) {");
        o.host(
            "    ",
            "SMTP AUTH is already allowed for {0}: nothing to do.",
            "SMTP AUTH ist für {0} bereits erlaubt: nichts zu tun.",
            &["$Mailbox"],
            "Green",
        );
        o.l("}");
        o.l("elseif ($org.SmtpClientAuthenticationDisabled -or $cas.SmtpClientAuthenticationDisabled) {");
        o.l("    Set-CASMailbox -Identity $Mailbox -SmtpClientAuthenticationDisabled $false -WhatIf:$WhatIf -ErrorAction Stop");
        o.host(
            "    ",
            "SMTP AUTH allowed for {0}.",
            "SMTP AUTH für {0} erlaubt.",
            &["$Mailbox"],
            "Green",
        );
        o.c(
            "    Alternative for every mailbox (less secure): Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
            "    Alternative für alle Postfächer (weniger sicher): Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
        );
        o.l("}");
        o.l("else {");
        o.host(
            "    ",
            "SMTP AUTH is not disabled for the organization: nothing to do.",
            "SMTP AUTH ist für die Organisation nicht deaktiviert: nichts zu tun.",
            &[],
            "Green",
        );
        o.l("}");
        o.blank();
    }
    verify(o, plan, values, trustee);
}

fn service_principal(o: &mut Out, n: usize, plan: &Plan, values: &Values) {
    let title = o.tr(
        "Exchange service principal (New-ServicePrincipal)",
        "Exchange-Dienstprinzipal (New-ServicePrincipal)",
    );
    o.l(format!("# --- {n}. {title} ---"));
    o.c(
        "Exchange Online keeps its own pointer to the Entra service principal; without it the app's token gets LogonDenied.",
        "Exchange Online führt einen eigenen Verweis auf den Entra-Dienstprinzipal; ohne ihn wird das Token der App mit LogonDenied abgewiesen.",
    );
    o.c(
        "Without the Exchange role the cmdlet does not exist in the session.",
        "Ohne Exchange-Rolle gibt es das Cmdlet in der Sitzung nicht.",
    );
    o.l("if (-not (Get-Command New-ServicePrincipal -ErrorAction SilentlyContinue)) {");
    let msg = ps_single_quoted(o.tr(
        "New-ServicePrincipal is not available: sign in with an account that has the Exchange Administrator role (or Organization Management).",
        "New-ServicePrincipal ist nicht verfügbar: mit einem Konto anmelden, das die Rolle Exchange-Administrator (oder Organization Management) hat.",
    ));
    o.l(format!("    throw {msg}"));
    o.l("}");
    let display = if values.display_name.is_some() {
        " -DisplayName $DisplayName"
    } else {
        ""
    };
    let new_sp = format!(
        "New-ServicePrincipal -AppId $AppId -ObjectId $ObjectId{display} -WhatIf:$WhatIf -ErrorAction Stop"
    );
    o.c(
        "Older guides pass the same value as -ServiceId; Microsoft deprecated that parameter in favour of -ObjectId.",
        "Ältere Anleitungen übergeben denselben Wert als -ServiceId; Microsoft hat diesen Parameter zugunsten von -ObjectId abgekündigt.",
    );
    o.l("$sp = @(Get-ServicePrincipal -ErrorAction Stop | Where-Object { $_.AppId -eq $AppId })");
    o.l("if ($sp.Count -eq 0) {");
    o.l(format!("    {new_sp}"));
    o.host(
        "    ",
        "Service principal registered in Exchange Online.",
        "Dienstprinzipal in Exchange Online registriert.",
        &[],
        "Green",
    );
    o.l("}");
    o.l("elseif (@($sp | Where-Object { $_.ObjectId -eq $ObjectId -or $_.ServiceId -eq $ObjectId }).Count -gt 0) {");
    o.host(
        "    ",
        "Service principal already registered with object ID {0}: nothing to do.",
        "Dienstprinzipal ist bereits mit Objekt-ID {0} registriert: nichts zu tun.",
        &["$ObjectId"],
        "Green",
    );
    o.l("}");
    o.l("else {");
    o.l("    $wrongId = $sp[0].ObjectId");
    o.l("    if (-not $wrongId) { $wrongId = $sp[0].ServiceId }");
    o.warn(
        "    ",
        "Exchange knows this app with object ID {0}, not {1}: it was registered with another ID (often the App registration's object ID).",
        "Exchange kennt diese App mit der Objekt-ID {0}, nicht {1}: sie wurde mit einer anderen ID registriert (oft der Objekt-ID der App-Registrierung).",
        &["$wrongId", "$ObjectId"],
    );
    if plan.replace_wrong_sp {
        o.c(
            "    Remove the wrong pointer (asks for confirmation) and register again with the right object ID.",
            "    Den falschen Verweis entfernen (fragt nach Bestätigung) und mit der richtigen Objekt-ID neu registrieren.",
        );
        o.l("    Remove-ServicePrincipal -Identity $AppId -WhatIf:$WhatIf -ErrorAction Stop");
        o.l(format!("    {new_sp}"));
        o.host(
            "    ",
            "Service principal registered again with object ID {0}.",
            "Dienstprinzipal mit Objekt-ID {0} neu registriert.",
            &["$ObjectId"],
            "Green",
        );
    } else {
        o.c(
            "    To fix it, remove the wrong pointer and register again:",
            "    Zur Korrektur den falschen Verweis entfernen und neu registrieren:",
        );
        o.l("    #   Remove-ServicePrincipal -Identity $AppId");
        o.l(format!(
            "    #   {}",
            new_sp.replace(" -WhatIf:$WhatIf -ErrorAction Stop", "")
        ));
    }
    o.l("}");
    o.blank();
}

fn protocol_block(o: &mut Out, n: usize, plan: &Plan, values: &Values) {
    o.l(format!(
        "# --- {n}. {} ---",
        o.tr(
            "Protocol on the mailbox (Set-CASMailbox)",
            "Protokoll am Postfach (Set-CASMailbox)"
        )
    ));
    o.l("$cas = Get-CASMailbox -Identity $Mailbox -ErrorAction Stop");
    let known = !values.protocols.is_empty();
    if !known {
        o.c(
            "The evidence does not show the protocol: uncomment the line for the one the application uses.",
            "Die Belege zeigen das Protokoll nicht: bei der Zeile für das Protokoll der Anwendung das # entfernen.",
        );
        o.l("$cas | Format-List ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled");
        o.l("# Set-CASMailbox -Identity $Mailbox -ImapEnabled $true -WhatIf:$WhatIf");
        o.l("# Set-CASMailbox -Identity $Mailbox -PopEnabled $true -WhatIf:$WhatIf");
        o.l("# Set-CASMailbox -Identity $Mailbox -SmtpClientAuthenticationDisabled $false -WhatIf:$WhatIf");
        o.blank();
        return;
    }
    for p in &values.protocols {
        let (check, set, name) = match p {
            Protocol::Imap => ("$cas.ImapEnabled", "-ImapEnabled $true", "IMAP"),
            Protocol::Pop => ("$cas.PopEnabled", "-PopEnabled $true", "POP"),
            Protocol::Smtp if plan.tenant_smtp => continue, // handled with the organization setting
            Protocol::Smtp => (
                "$cas.SmtpClientAuthenticationDisabled -eq $false",
                "-SmtpClientAuthenticationDisabled $false",
                "SMTP AUTH",
            ),
            _ => continue,
        };
        o.l(format!("if ({check}) {{"));
        let (en, de) = (
            format!("{name} is already enabled for {{0}}: nothing to do."),
            format!("{name} ist für {{0}} bereits aktiviert: nichts zu tun."),
        );
        o.host("    ", &en, &de, &["$Mailbox"], "Green");
        o.l("}");
        o.l("else {");
        o.l(format!(
            "    Set-CASMailbox -Identity $Mailbox {set} -WhatIf:$WhatIf -ErrorAction Stop"
        ));
        let (en, de) = (
            format!("{name} enabled for {{0}}."),
            format!("{name} für {{0}} aktiviert."),
        );
        o.host("    ", &en, &de, &["$Mailbox"], "Green");
        o.l("}");
    }
    o.blank();
}

fn verify(o: &mut Out, plan: &Plan, values: &Values, trustee: &str) {
    o.l(format!("# --- {} ---", o.tr("Verify", "Prüfen")));
    if plan.service_principal {
        o.l("Get-ServicePrincipal | Where-Object { $_.AppId -eq $AppId } | Format-List DisplayName, AppId, ObjectId");
    }
    if plan.full_access {
        o.l(format!(
            "Get-MailboxPermission -Identity $Mailbox -User {trustee} | Format-Table User, AccessRights, Deny, IsInherited"
        ));
    }
    if plan.send_as {
        o.l("Get-RecipientPermission -Identity $Sender -AccessRights SendAs | Format-Table Trustee, AccessRights");
    }
    if plan.protocol || plan.tenant_smtp {
        o.l("Get-CASMailbox -Identity $Mailbox | Format-List ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled");
    }
    if plan.tenant_smtp {
        o.l("Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled");
    }
    if plan.service_principal && plan.uses_mailbox() && !values.delegated {
        o.c(
            "RBAC for Applications grants (Graph/EWS roles) of the app on this mailbox. It does not list FullAccess for IMAP/POP (inference, not documented).",
            "Zuweisungen aus RBAC für Anwendungen (Graph-/EWS-Rollen) der App auf diesem Postfach. Den Vollzugriff für IMAP/POP zeigt es nicht (Schlussfolgerung, nicht dokumentiert).",
        );
        o.l(
            "Test-ServicePrincipalAuthorization -Identity $AppId -Resource $Mailbox | Format-Table",
        );
    }
    o.blank();
}

fn diagnostic_script(o: &mut Out, plan: &Plan, values: &Values) {
    o.c(
        "--- Values (from your evidence) ---",
        "--- Werte (aus Ihren Belegen) ---",
    );
    if let Some(k) = &values.app_id {
        let src = o.source(k.source);
        let what = o.tr("Application (client) ID", "Anwendungs-ID (Client-ID)");
        o.l(format!("# {what} ({src})"));
        o.l(format!("$AppId = {}", ps_ascii_expression(&k.value)));
    }
    o.var(
        "Mailbox",
        (
            "Mailbox the application opens",
            "Postfach, das die Anwendung öffnet",
        ),
        values.mailbox.as_ref(),
        PH_MAILBOX,
    );
    tenant_var(o, values);
    o.blank();
    connect(o, values);
    if plan.admin_role {
        o.c(
            "New-ServicePrincipal and Add-MailboxPermission need the Exchange Administrator role (or Organization Management).",
            "New-ServicePrincipal und Add-MailboxPermission brauchen die Rolle Exchange-Administrator (oder Organization Management).",
        );
        o.l("Get-Command New-ServicePrincipal, Add-MailboxPermission -ErrorAction SilentlyContinue | Format-Table Name, Source");
        o.blank();
    }
    o.c(
        "Service principals Exchange knows: AppId and ObjectId must match Enterprise applications in Entra.",
        "Dienstprinzipale, die Exchange kennt: AppId und ObjectId müssen zu den Unternehmensanwendungen in Entra passen.",
    );
    if values.app_id.is_some() {
        o.l("Get-ServicePrincipal | Where-Object { $_.AppId -eq $AppId } | Format-List DisplayName, AppId, ObjectId");
    } else {
        o.l("Get-ServicePrincipal | Format-Table DisplayName, AppId, ObjectId");
    }
    o.c(
        "SMTP AUTH for the organization ($true = disabled).",
        "SMTP AUTH für die Organisation ($true = deaktiviert).",
    );
    o.l("Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled");
    o.l("if ($Mailbox -like '<*>') {");
    o.warn(
        "    ",
        "Fill in $Mailbox at the top to check the mailbox as well.",
        "$Mailbox oben eintragen, um auch das Postfach zu prüfen.",
        &[],
    );
    o.l("}");
    o.l("else {");
    o.l("    Get-Mailbox -Identity $Mailbox | Format-List DisplayName, PrimarySmtpAddress, RecipientTypeDetails");
    o.l("    Get-MailboxPermission -Identity $Mailbox | Where-Object { ($_.AccessRights -join ',') -match 'FullAccess' } | Format-Table User, AccessRights, Deny, IsInherited");
    o.l("    Get-CASMailbox -Identity $Mailbox | Format-List ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled");
    o.l("}");
    o.blank();
}

/// The Entra part (Microsoft Graph PowerShell): enable the service principal, assign the user,
/// read the password state. Values enter only as [`ps_ascii_expression`]s.
fn entra_section(o: &mut Out, plan: &Plan, values: &Values) {
    o.l(format!(
        "# --- {} ---",
        o.tr(
            "Entra (Microsoft Graph PowerShell)",
            "Entra (Microsoft Graph PowerShell)"
        )
    ));
    o.c(
        "Needs the Microsoft.Graph module (Install-Module Microsoft.Graph -Scope CurrentUser) and a Cloud Application Administrator (or higher).",
        "Benötigt das Modul Microsoft.Graph (Install-Module Microsoft.Graph -Scope CurrentUser) und einen Cloudanwendungsadministrator (oder höher).",
    );
    let mut guarded = Vec::new();
    let needs_sp = plan.entra_enable_sp || plan.entra_assign_user;
    if needs_sp {
        o.var(
            "EntraAppId",
            ("Application (client) ID", "Anwendungs-ID (Client-ID)"),
            values.app_id.as_ref(),
            PH_APP_ID,
        );
        guarded.push("$EntraAppId");
    }
    let needs_user = plan.entra_assign_user || plan.entra_password;
    if needs_user {
        o.var(
            "EntraUser",
            (
                "User who signs in (user principal name)",
                "Anmeldender Benutzer (Benutzerprinzipalname)",
            ),
            values.user.as_ref().or(values.mailbox.as_ref()),
            PH_USER,
        );
        guarded.push("$EntraUser");
    }
    if plan.entra_changes() && !plan.changes() {
        o.c(
            "$true = only show what would change (-WhatIf)",
            "$true = nur anzeigen, was sich ändern würde (-WhatIf)",
        );
        o.l("$WhatIf = $false");
    }
    o.l(format!("foreach ($value in @({})) {{", guarded.join(", ")));
    o.l("    if ($value -like '<*>') {");
    let msg = ps_single_quoted(o.tr(
        "Fill in {0} at the top of the Entra part first.",
        "Zuerst {0} oben im Entra-Teil eintragen.",
    ));
    o.l(format!("        throw ({msg} -f $value)"));
    o.l("    }");
    o.l("}");
    let mut scopes = Vec::new();
    if plan.entra_enable_sp {
        scopes.push("'Application.ReadWrite.All'");
    }
    if plan.entra_assign_user {
        scopes.push("'AppRoleAssignment.ReadWrite.All'");
    }
    if needs_user {
        scopes.push("'User.Read.All'");
    }
    if needs_sp && !plan.entra_enable_sp {
        scopes.push("'Application.Read.All'");
    }
    let tenant = if values.tenant.is_some() {
        " -TenantId $TenantId"
    } else {
        ""
    };
    o.l(format!(
        "Connect-MgGraph -Scopes {}{tenant} -NoWelcome -ErrorAction Stop",
        scopes.join(", ")
    ));
    if needs_sp {
        o.l("$mgSp = @(Get-MgServicePrincipal -Filter \"appId eq '$EntraAppId'\" -ErrorAction Stop)[0]");
        o.l("if (-not $mgSp) {");
        let msg = ps_single_quoted(o.tr(
            "No enterprise application (service principal) for {0} in this tenant: the sign-in would fail with AADSTS700016 instead; add the app to the tenant first.",
            "Keine Unternehmensanwendung (Dienstprinzipal) für {0} in diesem Mandanten: die Anmeldung schlüge dann mit AADSTS700016 fehl; fügen Sie die App zuerst dem Mandanten hinzu.",
        ));
        o.l(format!("    throw ({msg} -f $EntraAppId)"));
        o.l("}");
    }
    if plan.entra_enable_sp {
        o.c(
            "AADSTS7000112: \"Enabled for users to sign in?\" must be Yes on the enterprise application.",
            "AADSTS7000112: „Aktiviert für die Benutzeranmeldung?“ muss in der Unternehmensanwendung auf Ja stehen.",
        );
        o.l("if ($mgSp.AccountEnabled) {");
        o.host(
            "    ",
            "The service principal of {0} is already enabled: nothing to do.",
            "Der Dienstprinzipal von {0} ist bereits aktiviert: nichts zu tun.",
            &["$EntraAppId"],
            "Green",
        );
        o.l("}");
        o.l("else {");
        o.l("    Update-MgServicePrincipal -ServicePrincipalId $mgSp.Id -AccountEnabled:$true -WhatIf:$WhatIf -ErrorAction Stop");
        o.host(
            "    ",
            "Service principal of {0} enabled.",
            "Dienstprinzipal von {0} aktiviert.",
            &["$EntraAppId"],
            "Green",
        );
        o.l("}");
    }
    if plan.entra_assign_user {
        o.c(
            "AADSTS50105: with \"Assignment required?\" = Yes only assigned users (or direct members of assigned groups) get tokens.",
            "AADSTS50105: Bei „Zuweisung erforderlich?“ = Ja erhalten nur zugewiesene Benutzer (oder direkte Mitglieder zugewiesener Gruppen) Token.",
        );
        o.l("$mgUser = Get-MgUser -UserId $EntraUser -ErrorAction Stop");
        o.l("$assigned = @(Get-MgUserAppRoleAssignment -UserId $mgUser.Id -All -ErrorAction Stop | Where-Object { $_.ResourceId -eq $mgSp.Id })");
        o.l("if ($assigned.Count -gt 0) {");
        o.host(
            "    ",
            "{0} is already assigned to the application: nothing to do.",
            "{0} ist der Anwendung bereits zugewiesen: nichts zu tun.",
            &["$EntraUser"],
            "Green",
        );
        o.l("}");
        o.l("else {");
        o.c(
            "    The default access role ([Guid]::Empty) fits an app that defines no app roles for users; otherwise use one of $mgSp.AppRoles.",
            "    Die Standardzugriffsrolle ([Guid]::Empty) passt zu einer App ohne eigene App-Rollen für Benutzer; sonst eine aus $mgSp.AppRoles verwenden.",
        );
        o.l("    New-MgUserAppRoleAssignment -UserId $mgUser.Id -PrincipalId $mgUser.Id -ResourceId $mgSp.Id -AppRoleId ([Guid]::Empty) -WhatIf:$WhatIf -ErrorAction Stop");
        o.host(
            "    ",
            "{0} assigned to the application.",
            "{0} der Anwendung zugewiesen.",
            &["$EntraUser"],
            "Green",
        );
        o.l("}");
    }
    if plan.entra_password {
        o.c(
            "AADSTS50055/50144: when was the password last changed, and does it expire? The script never sets a password: reset it in the Entra admin center (or on-premises AD for a synced account).",
            "AADSTS50055/50144: Wann wurde das Kennwort zuletzt geändert, und läuft es ab? Das Skript setzt nie ein Kennwort: Zurücksetzen im Entra Admin Center (bzw. im lokalen AD bei synchronisierten Konten).",
        );
        o.l("Get-MgUser -UserId $EntraUser -Property UserPrincipalName, LastPasswordChangeDateTime, PasswordPolicies, OnPremisesSyncEnabled | Format-List UserPrincipalName, LastPasswordChangeDateTime, PasswordPolicies, OnPremisesSyncEnabled");
    }
    o.blank();
}

/// Read-only checks of the tenant's restrictions: Application Access Policies for the app, and
/// whether the sender is blocked for outbound spam. They change nothing: which group a policy
/// should cover, and whether a blocked sender may send again, is the admin's decision.
fn restriction_checks(o: &mut Out, plan: &Plan, values: &Values) {
    if !plan.app_policy && !plan.sender_blocked {
        return;
    }
    let expr = |k: Option<&Known>, ph: &str| match k {
        Some(k) => ps_ascii_expression(&k.value),
        None => ps_single_quoted(ph),
    };
    if plan.app_policy {
        o.l(format!(
            "# --- {} ---",
            o.tr(
                "Application Access Policy and RBAC for Applications (read-only)",
                "Anwendungszugriffsrichtlinie und RBAC für Anwendungen (nur lesend)"
            )
        ));
        o.var_comment(
            ("Application (client) ID", "Anwendungs-ID (Client-ID)"),
            values.app_id.as_ref(),
        );
        o.l(format!(
            "$PolicyAppId = {}",
            expr(values.app_id.as_ref(), PH_APP_ID)
        ));
        o.var_comment(
            (
                "Mailbox the application opens",
                "Postfach, das die Anwendung öffnet",
            ),
            values.mailbox.as_ref(),
        );
        o.l(format!(
            "$PolicyMailbox = {}",
            expr(values.mailbox.as_ref(), PH_MAILBOX)
        ));
        o.c(
            "RestrictAccess admits only members of the group in ScopeName; DenyAccess shuts them out.",
            "RestrictAccess lässt nur Mitglieder der Gruppe in ScopeName zu; DenyAccess sperrt sie aus.",
        );
        o.l("Get-ApplicationAccessPolicy | Where-Object { $_.AppId -eq $PolicyAppId } | Format-List AppId, ScopeName, ScopeIdentity, AccessRight, Description");
        o.l("if ($PolicyAppId -like '<*>' -or $PolicyMailbox -like '<*>') {");
        o.warn(
            "    ",
            "Fill in $PolicyAppId and $PolicyMailbox above to test this mailbox.",
            "$PolicyAppId und $PolicyMailbox oben eintragen, um dieses Postfach zu prüfen.",
            &[],
        );
        o.l("}");
        o.l("else {");
        o.c(
            "    AccessCheckResult must be Granted. Fix: add the mailbox to the policy's group, e.g. Add-DistributionGroupMember -Identity <ScopeIdentity> -Member $PolicyMailbox",
            "    AccessCheckResult muss Granted sein. Abhilfe: Postfach in die Gruppe der Richtlinie aufnehmen, z. B. Add-DistributionGroupMember -Identity <ScopeIdentity> -Member $PolicyMailbox",
        );
        o.l("    Test-ApplicationAccessPolicy -Identity $PolicyMailbox -AppId $PolicyAppId | Format-List AppId, Mailbox, AccessCheckResult");
        o.c(
            "    RBAC for Applications: the app's role assignments and their scopes.",
            "    RBAC für Anwendungen: die Rollenzuweisungen der App und ihre Bereiche.",
        );
        o.l("    $rbacSp = @(Get-ServicePrincipal -ErrorAction SilentlyContinue | Where-Object { $_.AppId -eq $PolicyAppId })[0]");
        o.l("    if ($rbacSp) {");
        o.l("        Get-ManagementRoleAssignment -RoleAssignee $rbacSp.Identity | Format-Table Role, CustomResourceScope, RecipientWriteScope");
        o.l("        Test-ServicePrincipalAuthorization -Identity $rbacSp.Identity -Resource $PolicyMailbox | Format-Table RoleName, GrantedPermissions, AllowedResourceScope, InScope");
        o.l("    }");
        o.l("}");
        o.c(
            "Changes to a policy can take an hour or more to reach Graph and EWS.",
            "Änderungen an einer Richtlinie können eine Stunde oder länger brauchen, bis Graph und EWS sie übernehmen.",
        );
        o.blank();
    }
    if plan.sender_blocked {
        o.l(format!(
            "# --- {} ---",
            o.tr(
                "Senders blocked for outbound spam (read-only)",
                "Wegen ausgehendem Spam gesperrte Absender (nur lesend)"
            )
        ));
        o.c(
            "Lists the users restricted from sending. No entry while 5.7.705/5.7.708 persists: the tenant is restricted; open a Microsoft support request.",
            "Listet die für das Senden gesperrten Benutzer. Kein Eintrag, aber weiter 5.7.705/5.7.708: Der Mandant ist eingeschränkt; Supportanfrage bei Microsoft öffnen.",
        );
        o.l("Get-BlockedSenderAddress | Format-Table SenderAddress, Reason, CreatedDatetime");
        o.c(
            "Find and stop what sent the spam first (a compromised account, a loop, a bulk job); then release the sender:",
            "Zuerst finden und abstellen, was den Spam gesendet hat (kompromittiertes Konto, Schleife, Massenversand); dann den Absender freigeben:",
        );
        o.l("#   Remove-BlockedSenderAddress -SenderAddress <FROM_ADDRESS>");
        o.blank();
    }
}

fn afterwards(o: &mut Out, changed: bool) {
    o.l(format!("# --- {} ---", o.tr("Afterwards", "Danach")));
    o.c(
        "1. Wait: Exchange Online applies permission changes with a delay; in experience up to 60 minutes, often 5 to 15 (Microsoft documents no figure).",
        "1. Warten: Exchange Online übernimmt Berechtigungsänderungen verzögert; erfahrungsgemäß bis zu 60 Minuten, oft 5 bis 15 (Microsoft nennt keinen Wert).",
    );
    o.c(
        "2. Restart the application's service so it drops its cached token and requests a new one: a token issued before the fix stays in use until it expires (60 to 90 minutes).",
        "2. Den Dienst der Anwendung neu starten, damit er sein zwischengespeichertes Token verwirft und ein neues anfordert: ein Token von vor der Korrektur bleibt bis zum Ablauf in Gebrauch (60 bis 90 Minuten).",
    );
    if changed {
        o.host(
            "",
            "Done. Wait up to 60 minutes, then restart the application's service so it requests a new token.",
            "Fertig. Bis zu 60 Minuten warten, dann den Dienst der Anwendung neu starten, damit er ein neues Token anfordert.",
            &[],
            "Cyan",
        );
    }
    o.blank();
}

fn client_section(o: &mut Out, fix: &ClientFix) {
    o.l(format!(
        "# --- {} ---",
        o.tr(
            "Client side (the application's configuration)",
            "Clientseite (Konfiguration der Anwendung)"
        )
    ));
    let ids: Vec<&str> = fix.causes.iter().map(|c| c.as_str()).collect();
    let label = o.tr("For", "Für");
    o.l(format!("# {label}: {}", ids.join(", ")));
    let ep = o.tr("Token endpoint", "Token-Endpunkt");
    o.l(format!("# {ep}: {}", fix.token_endpoint));
    let sc = o.tr("Scope", "Scope");
    o.l(format!("# {sc}: {}", fix.scope));
    o.l(format!("# grant_type: {}", fix.grant_type));
    if !fix.hosts.is_empty() {
        let h = o.tr("Mail hosts", "Mail-Hosts");
        o.l(format!("# {h}: {}", fix.hosts.join(", ")));
    }
    if !fix.documented {
        o.c(
            "The scope and hosts for this cloud follow from its host names; Microsoft's IMAP/POP/SMTP article documents the worldwide values only.",
            "Scope und Hosts für diese Cloud sind aus ihren Hostnamen abgeleitet; Microsofts IMAP/POP/SMTP-Artikel dokumentiert nur die weltweiten Werte.",
        );
    }
    o.l(format!("# XOAUTH2: {}", fix.xoauth2_format));
    o.c(
        "\\x01 is the byte 0x01 (Ctrl+A), not the text ^A; the result is one line of standard base64.",
        "\\x01 ist das Byte 0x01 (Strg+A), nicht der Text ^A; das Ergebnis ist eine Zeile Standard-Base64.",
    );
    if !fix.delegated {
        o.c(
            "Test from PowerShell (enter the secret only on a trusted machine):",
            "Test aus PowerShell (das Geheimnis nur auf einem vertrauenswürdigen Rechner eingeben):",
        );
        let client_id = fix
            .client_id
            .as_deref()
            .map(ps_single_quoted)
            .unwrap_or_else(|| ps_single_quoted(PH_APP_ID));
        let user = fix
            .xoauth2_user
            .as_deref()
            .map(ps_single_quoted)
            .unwrap_or_else(|| ps_single_quoted(PH_MAILBOX));
        let scope = ps_single_quoted(&fix.scope);
        let endpoint = ps_single_quoted(&fix.token_endpoint);
        o.l(format!(
            "#   $body = @{{ client_id = {client_id}; scope = {scope}; client_secret = '<CLIENT-SECRET>'; grant_type = 'client_credentials' }}"
        ));
        o.l(format!(
            "#   $token = (Invoke-RestMethod -Method Post -Uri {endpoint} -Body $body).access_token"
        ));
        o.l(format!("#   $user = {user}"));
        o.l("#   $xoauth2 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\"user=$user$([char]1)auth=Bearer $token$([char]1)$([char]1)\"))");
    }
    o.blank();
}
