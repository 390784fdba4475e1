//! The script's other sections: Entra (Microsoft Graph PowerShell), the access-policy and
//! sending-restriction checks, what to do afterwards, and the client-side notes.

use super::*;
use crate::i18n::Joined;

/// The Entra part (Microsoft Graph PowerShell): enable the service principal, assign the user,
/// read the password state. Values enter only as [`ps_ascii_expression`]s.
pub(super) fn entra_section(o: &mut Out, plan: &Plan, values: &Values) {
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
    o.l(format!(
        "foreach ($value in @({})) {{",
        guarded.joined(", ")
    ));
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
        scopes.joined(", ")
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
pub(super) fn restriction_checks(o: &mut Out, plan: &Plan, values: &Values) {
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

pub(super) fn afterwards(o: &mut Out, changed: bool) {
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

pub(super) fn client_section(o: &mut Out, fix: &ClientFix) {
    o.l(format!(
        "# --- {} ---",
        o.tr(
            "Client side (the application's configuration)",
            "Clientseite (Konfiguration der Anwendung)"
        )
    ));
    let ids: Vec<&str> = fix.causes.iter().map(|c| c.as_str()).collect();
    let label = o.tr("For", "Für");
    o.l(format!("# {label}: {}", ids.joined(", ")));
    let ep = o.tr("Token endpoint", "Token-Endpunkt");
    o.l(format!("# {ep}: {}", fix.token_endpoint));
    let sc = o.tr("Scope", "Scope");
    o.l(format!("# {sc}: {}", fix.scope));
    o.l(format!("# grant_type: {}", fix.grant_type));
    if !fix.hosts.is_empty() {
        let h = o.tr("Mail hosts", "Mail-Hosts");
        o.l(format!("# {h}: {}", fix.hosts.joined(", ")));
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
