//! The changing part of the script: the fix block per cause (service principal, permissions,
//! protocol), its verification, and the read-only diagnostic script when nothing is to change.

use super::*;
use crate::i18n::Joined;
use crate::i18n::ReplaceAll;

pub(super) fn fix_script(o: &mut Out, plan: &Plan, values: &Values) {
    let guarded = variables(o, plan, values);
    if !guarded.is_empty() {
        o.c(
            "Refuse to change anything while a value above is still a <PLACEHOLDER>.",
            "Nichts ändern, solange oben noch ein <PLATZHALTER> steht.",
        );
        let list: Vec<String> = guarded.iter().map(|v| format!("${v}")).collect();
        o.l(format!("foreach ($value in @({})) {{", list.joined(", ")));
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

pub(super) fn service_principal(o: &mut Out, n: usize, plan: &Plan, values: &Values) {
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
            new_sp.replace_all(" -WhatIf:$WhatIf -ErrorAction Stop", "")
        ));
    }
    o.l("}");
    o.blank();
}

pub(super) fn protocol_block(o: &mut Out, n: usize, plan: &Plan, values: &Values) {
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

pub(super) fn verify(o: &mut Out, plan: &Plan, values: &Values, trustee: &str) {
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

pub(super) fn diagnostic_script(o: &mut Out, plan: &Plan, values: &Values) {
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
