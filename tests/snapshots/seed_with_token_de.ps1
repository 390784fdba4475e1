# Exchange Online OAuth: Korrekturskript (erzeugt von exo-oauth-doctor)
# Ursachen: service_principal_not_registered_in_exchange, mailbox_permission_missing, wrong_object_id, replication_delay
# Vor dem Ausführen prüfen. Jede Änderung wird vorher geprüft; das Skript kann gefahrlos erneut laufen.
# Probelauf: unten $WhatIf = $true setzen; jedes ändernde Cmdlet läuft dann mit -WhatIf und ändert nichts.
# Benötigt das Modul ExchangeOnlineManagement und ein Konto mit Exchange-Administratorrechten.

# --- Werte (aus Ihren Belegen) ---
# Anwendungs-ID (Client-ID) (Token-Claim appid, Zeile 5)
$AppId = '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'
# Objekt-ID der Unternehmensanwendung (Dienstprinzipal) (Token-Claim oid, Zeile 5)
$ObjectId = '6233fba6-0198-4277-892f-9275bf728bcc'
# Anzeigename in Exchange (Token-Claim app_displayname, Zeile 5)
$DisplayName = 'DMS Importer'
# Postfach, das die Anwendung öffnet (XOAUTH2-Feld user=, Zeile 6)
$Mailbox = 'docscan@contoso.com'
# Mandant (Token-Claim tid, Zeile 5)
$TenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47'
# $true = nur anzeigen, was sich ändern würde (-WhatIf)
$WhatIf = $false

# Nichts ändern, solange oben noch ein <PLATZHALTER> steht.
foreach ($value in @($AppId, $ObjectId, $Mailbox)) {
    if ($value -like '<*>') {
        throw ('Zuerst {0} oben im Skript eintragen.' -f $value)
    }
}

# --- Verbinden ---
# Falls das Modul fehlt: Install-Module ExchangeOnlineManagement -Scope CurrentUser
Import-Module ExchangeOnlineManagement -ErrorAction Stop
Connect-ExchangeOnline -Organization $TenantId -ShowBanner:$false -ErrorAction Stop

# --- 1. Exchange-Dienstprinzipal (New-ServicePrincipal) ---
# Exchange Online führt einen eigenen Verweis auf den Entra-Dienstprinzipal; ohne ihn wird das Token der App mit LogonDenied abgewiesen.
# Ohne Exchange-Rolle gibt es das Cmdlet in der Sitzung nicht.
if (-not (Get-Command New-ServicePrincipal -ErrorAction SilentlyContinue)) {
    throw 'New-ServicePrincipal ist nicht verfügbar: mit einem Konto anmelden, das die Rolle Exchange-Administrator (oder Organization Management) hat.'
}
# Ältere Anleitungen übergeben denselben Wert als -ServiceId; Microsoft hat diesen Parameter zugunsten von -ObjectId abgekündigt.
$sp = @(Get-ServicePrincipal -ErrorAction Stop | Where-Object { $_.AppId -eq $AppId })
if ($sp.Count -eq 0) {
    New-ServicePrincipal -AppId $AppId -ObjectId $ObjectId -DisplayName $DisplayName -WhatIf:$WhatIf -ErrorAction Stop
    Write-Host 'Dienstprinzipal in Exchange Online registriert.' -ForegroundColor Green
}
elseif (@($sp | Where-Object { $_.ObjectId -eq $ObjectId -or $_.ServiceId -eq $ObjectId }).Count -gt 0) {
    Write-Host ('Dienstprinzipal ist bereits mit Objekt-ID {0} registriert: nichts zu tun.' -f $ObjectId) -ForegroundColor Green
}
else {
    $wrongId = $sp[0].ObjectId
    if (-not $wrongId) { $wrongId = $sp[0].ServiceId }
    Write-Warning ('Exchange kennt diese App mit der Objekt-ID {0}, nicht {1}: sie wurde mit einer anderen ID registriert (oft der Objekt-ID der App-Registrierung).' -f $wrongId, $ObjectId)
    # Zur Korrektur den falschen Verweis entfernen und neu registrieren:
    #   Remove-ServicePrincipal -Identity $AppId
    #   New-ServicePrincipal -AppId $AppId -ObjectId $ObjectId -DisplayName $DisplayName
}

# Postfachrechte erhält die Exchange-eigene Identität des Dienstprinzipals (wie in Microsofts Beispiel); im Probelauf gibt es sie noch nicht, dann steht die Objekt-ID dafür.
$spIdentity = @(Get-ServicePrincipal -ErrorAction Stop | Where-Object { $_.AppId -eq $AppId })[0].Identity
if (-not $spIdentity) { $spIdentity = $ObjectId }

# Ist die Adresse ein Postfach in Exchange Online? (bricht sonst hier ab)
$mbx = Get-Mailbox -Identity $Mailbox -ErrorAction Stop

# --- 2. Vollzugriff auf das Postfach (Add-MailboxPermission) ---
# IMAP/POP mit Client-Anmeldeinformationen öffnen nur Postfächer, auf die der Dienstprinzipal Vollzugriff hat.
$perm = @(Get-MailboxPermission -Identity $Mailbox -User $spIdentity -ErrorAction SilentlyContinue |
    Where-Object { -not $_.Deny -and (($_.AccessRights -join ',') -match 'FullAccess') })
if ($perm.Count -gt 0) {
    Write-Host ('Vollzugriff auf {0} ist bereits erteilt: nichts zu tun.' -f $Mailbox) -ForegroundColor Green
}
else {
    Add-MailboxPermission -Identity $Mailbox -User $spIdentity -AccessRights FullAccess -WhatIf:$WhatIf -ErrorAction Stop
    Write-Host ('Vollzugriff auf {0} erteilt.' -f $Mailbox) -ForegroundColor Green
}

# --- Prüfen ---
Get-ServicePrincipal | Where-Object { $_.AppId -eq $AppId } | Format-List DisplayName, AppId, ObjectId
Get-MailboxPermission -Identity $Mailbox -User $spIdentity | Format-Table User, AccessRights, Deny, IsInherited
# Zuweisungen aus RBAC für Anwendungen (Graph-/EWS-Rollen) der App auf diesem Postfach. Den Vollzugriff für IMAP/POP zeigt es nicht (Schlussfolgerung, nicht dokumentiert).
Test-ServicePrincipalAuthorization -Identity $AppId -Resource $Mailbox | Format-Table

# --- Danach ---
# 1. Warten: Exchange Online übernimmt Berechtigungsänderungen verzögert; erfahrungsgemäß bis zu 60 Minuten, oft 5 bis 15 (Microsoft nennt keinen Wert).
# 2. Den Dienst der Anwendung neu starten, damit er sein zwischengespeichertes Token verwirft und ein neues anfordert: ein Token von vor der Korrektur bleibt bis zum Ablauf in Gebrauch (60 bis 90 Minuten).
Write-Host 'Fertig. Bis zu 60 Minuten warten, dann den Dienst der Anwendung neu starten, damit er ein neues Token anfordert.' -ForegroundColor Cyan
