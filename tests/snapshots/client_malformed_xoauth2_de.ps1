# Exchange Online OAuth: Prüfungen, nur lesend (erzeugt von exo-oauth-doctor)
# Ursachen: malformed_xoauth2
# Für diese Ursachen ist in Exchange Online nichts zu ändern (siehe Checkliste); die Befehle unten lesen nur die aktuellen Einstellungen.
# Benötigt das Modul ExchangeOnlineManagement und ein Konto mit Exchange-Administratorrechten.

# --- Werte (aus Ihren Belegen) ---
# Anwendungs-ID (Client-ID) (Token-Claim appid, Zeile 1)
$AppId = '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'
# Postfach, das die Anwendung öffnet (XOAUTH2-Feld user=, Zeile 2)
$Mailbox = 'docscan@contoso.com'
# Mandant (Token-Claim tid, Zeile 1)
$TenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47'

# --- Verbinden ---
# Falls das Modul fehlt: Install-Module ExchangeOnlineManagement -Scope CurrentUser
Import-Module ExchangeOnlineManagement -ErrorAction Stop
Connect-ExchangeOnline -Organization $TenantId -ShowBanner:$false -ErrorAction Stop

# Dienstprinzipale, die Exchange kennt: AppId und ObjectId müssen zu den Unternehmensanwendungen in Entra passen.
Get-ServicePrincipal | Where-Object { $_.AppId -eq $AppId } | Format-List DisplayName, AppId, ObjectId
# SMTP AUTH für die Organisation ($true = deaktiviert).
Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled
if ($Mailbox -like '<*>') {
    Write-Warning '$Mailbox oben eintragen, um auch das Postfach zu prüfen.'
}
else {
    Get-Mailbox -Identity $Mailbox | Format-List DisplayName, PrimarySmtpAddress, RecipientTypeDetails
    Get-MailboxPermission -Identity $Mailbox | Where-Object { ($_.AccessRights -join ',') -match 'FullAccess' } | Format-Table User, AccessRights, Deny, IsInherited
    Get-CASMailbox -Identity $Mailbox | Format-List ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled
}

# --- Clientseite (Konfiguration der Anwendung) ---
# Für: malformed_xoauth2
# Token-Endpunkt: https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token
# Scope: https://outlook.office365.com/.default
# grant_type: client_credentials
# Mail-Hosts: outlook.office365.com:993
# XOAUTH2: base64("user=" + mailbox + "\x01auth=Bearer " + access_token + "\x01\x01")
# \x01 ist das Byte 0x01 (Strg+A), nicht der Text ^A; das Ergebnis ist eine Zeile Standard-Base64.
# Test aus PowerShell (das Geheimnis nur auf einem vertrauenswürdigen Rechner eingeben):
#   $body = @{ client_id = '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'; scope = 'https://outlook.office365.com/.default'; client_secret = '<CLIENT-SECRET>'; grant_type = 'client_credentials' }
#   $token = (Invoke-RestMethod -Method Post -Uri 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token' -Body $body).access_token
#   $user = 'docscan@contoso.com'
#   $xoauth2 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("user=$user$([char]1)auth=Bearer $token$([char]1)$([char]1)"))
