//! The PowerShell script: values from the evidence at the top, a guard that refuses to change
//! anything while a placeholder is left, then one idempotent block per cause (check first, change
//! only what is missing), a verification and the reminder about replication and cached tokens.
//!
//! Values enter the script only as [`ps_ascii_expression`]s (single-quoted literals, pure ASCII);
//! text from the evidence enters comments only through [`comment_safe`].

mod fix;
mod sections;

use super::client::endpoints;
use super::quote::{comment_safe, ps_ascii_expression, ps_single_quoted};
use super::values::{Known, Source, Values};
use super::ClientFix;
use crate::catalogue::CauseId;
use crate::evidence::{Cloud, Protocol};
use crate::i18n::Joined;
use crate::i18n::{Lang, LocalText};
use crate::rules::Finding;
use fix::*;
use sections::*;

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
                vars.joined(", ")
            )
        };
        self.lines.push(line);
    }

    fn warn(&mut self, indent: &str, en: &str, de: &str, vars: &[&str]) {
        let msg = ps_single_quoted(self.tr(en, de));
        let line = if vars.is_empty() {
            format!("{indent}Write-Warning {msg}")
        } else {
            format!("{indent}Write-Warning ({msg} -f {})", vars.joined(", "))
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
        let mut s = self.lines.joined("\n");
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
        o.l(format!("# {label}: {}", ids.joined(", ")));
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
