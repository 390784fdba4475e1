//! The checklist: the catalogue steps of the ranked findings, de-duplicated by key, in chain
//! order, with the known values filled into their commands.

use super::client::endpoints;
use super::quote::{is_double_quote, is_guid, is_single_quote, ps_escape_single, ps_single_quoted};
use super::values::Values;
use super::ChecklistItem;
use crate::catalogue::{CauseId, StepDef};
use crate::evidence::Cloud;
use crate::i18n::LocalText;
use crate::i18n::ReplaceAll;
use crate::rules::Finding;

/// Builds the checklist for `findings` (best first), taking each cause's steps from `steps_of`.
///
/// A step shared by several causes appears once, listing every cause it serves. Items are sorted
/// by chain link; within a link they keep the order of the findings' ranking.
pub fn build<'a>(
    findings: &[Finding],
    steps_of: impl Fn(CauseId) -> &'a [StepDef],
    values: &Values,
) -> Vec<ChecklistItem> {
    let mut items: Vec<ChecklistItem> = Vec::new();
    for f in findings {
        for step in steps_of(f.cause) {
            if let Some(item) = items.iter_mut().find(|i| i.key == step.key) {
                if !item.causes.contains(&f.cause) {
                    item.causes.push(f.cause);
                }
                continue;
            }
            items.push(ChecklistItem {
                key: step.key.to_string(),
                link: step.link,
                causes: vec![f.cause],
                action: LocalText::new(
                    fill_prose(step.action.en(), values),
                    fill_prose(step.action.de(), values),
                ),
                verify: LocalText::new(
                    fill_prose(step.verify.en(), values),
                    fill_prose(step.verify.de(), values),
                ),
                command: step
                    .command
                    .map(|c| fill_placeholders(&for_cloud(c, values.cloud), values)),
            });
        }
    }
    // Stable sort: ties keep the ranking order.
    crate::order::sort_by_key(&mut items, |i| i.link as u64);
    items
}

/// A catalogue command (written for the worldwide cloud) adapted to the cloud the evidence
/// shows: login host, Exchange resource and `-ExchangeEnvironmentName`.
pub fn for_cloud(command: &str, cloud: Option<Cloud>) -> String {
    let cloud = cloud.unwrap_or(Cloud::Global);
    if cloud == Cloud::Global {
        return command.to_string();
    }
    let global = endpoints(Cloud::Global);
    let ep = endpoints(cloud);
    let mut out = command.replace_all(global.login, ep.login).replace_all(
        &format!("{}/.default", global.resource),
        &format!("{}/.default", ep.resource),
    );
    if let Some(env) = ep.environment {
        if out.trim_start().starts_with("Connect-ExchangeOnline")
            && !out.contains("-ExchangeEnvironmentName")
        {
            out = format!("{} -ExchangeEnvironmentName {env}", out.trim_end());
        }
    }
    out
}

/// The kind of value a placeholder name asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    AppId,
    ObjectId,
    Tenant,
    TenantDomain,
    Mailbox,
    Sender,
    User,
    DisplayName,
}

/// Maps a `<UPPER_SNAKE>` placeholder name to the value it asks for; `None` for names the
/// evidence cannot answer (they stay as they are).
fn slot(name: &str) -> Option<Slot> {
    let n = name.replace_all("-", "_");
    let has = |s: &str| n.contains(s);
    if has("REGISTRATION") || has("APPLICATION_OBJECT") || has("SECRET") || has("THUMBPRINT") {
        return None;
    }
    if has("OBJECT_ID") || has("SERVICE_PRINCIPAL") || has("SERVICE_ID") || n == "SP_ID" {
        return Some(Slot::ObjectId);
    }
    if has("APP_ID") || has("CLIENT_ID") || has("APPLICATION_ID") {
        return Some(Slot::AppId);
    }
    if has("TENANT") && (has("DOMAIN") || has("NAME")) {
        return Some(Slot::TenantDomain);
    }
    if has("TENANT") || n == "ORGANIZATION" || n == "ORGANIZATION_ID" {
        return Some(Slot::Tenant);
    }
    if has("DISPLAY_NAME") || n == "APP_NAME" {
        return Some(Slot::DisplayName);
    }
    if has("SENDER") || has("FROM") {
        return Some(Slot::Sender);
    }
    if has("MAILBOX") || has("EMAIL") || n == "ADDRESS" || n == "SMTP_ADDRESS" {
        return Some(Slot::Mailbox);
    }
    if n == "USER" || n == "UPN" || has("USER_PRINCIPAL") || n == "SIGNED_IN_USER" {
        return Some(Slot::User);
    }
    None
}

/// For a placeholder whose name says nothing (`<NAME>`, `<VALUE>`), the slot the parameter
/// before it asks for (`-DisplayName <NAME>`).
fn slot_of_parameter(before: &[char]) -> Option<Slot> {
    let text: String = before.iter().collect();
    let param = text.trim_end().rsplit(char::is_whitespace).next()?;
    let param = param.strip_prefix('-')?.to_ascii_lowercase();
    match param.as_str() {
        "displayname" => Some(Slot::DisplayName),
        "appid" | "clientid" | "applicationid" => Some(Slot::AppId),
        "objectid" | "serviceid" => Some(Slot::ObjectId),
        "organization" | "tenantid" => Some(Slot::Tenant),
        _ => None,
    }
}

fn value_for(slot: Slot, v: &Values) -> Option<&str> {
    let k = match slot {
        Slot::AppId => v.app_id.as_ref(),
        Slot::ObjectId => v.sp_object_id.as_ref(),
        Slot::Tenant => v.tenant.as_ref(),
        Slot::TenantDomain => v.tenant.as_ref().filter(|t| !is_guid(&t.value)),
        Slot::Mailbox => v.mailbox.as_ref(),
        Slot::Sender => v.sender.as_ref().or(v.mailbox.as_ref()),
        Slot::User => v.user.as_ref(),
        Slot::DisplayName => v.display_name.as_ref(),
    };
    k.map(|k| k.value.as_str())
}

/// Whether `s` may stand as it is inside a double-quoted string (PowerShell or a POSIX shell):
/// no quote of any kind, no `$`, backtick, backslash or `!`.
fn double_safe(s: &str) -> bool {
    !s.chars().any(|c| {
        is_single_quote(c)
            || is_double_quote(c)
            || matches!(c, '$' | '`' | '\\' | '!')
            || c.is_control()
    })
}

/// Characters that may stand unquoted inside a larger word (a URL, `--id=…`).
fn bare_safe(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Bare,
    Single,
    Double,
}

/// Replaces every `<UPPER_SNAKE>` placeholder whose value the evidence gives, quoted for where
/// it stands: a single-quoted literal when it stands alone, escaped when it is already inside
/// single quotes, raw inside double quotes or inside a larger word only when the value has no
/// character that could matter there. Anything else stays a placeholder.
pub fn fill_placeholders(command: &str, values: &Values) -> String {
    let is_az = command.trim_start().starts_with("az ");
    let chars: Vec<char> = command.chars().collect();
    let mut out = String::with_capacity(command.len() + 32);
    let mut ctx = Ctx::Bare;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '<' {
            if let Some((name, end)) = placeholder_at(&chars, i) {
                let before = if i == 0 {
                    None
                } else {
                    chars.get(i - 1).copied()
                };
                let after = chars.get(end).copied();
                let standalone = before.is_none_or(|b| b.is_whitespace() || b == '(' || b == ',')
                    && after
                        .is_none_or(|a| a.is_whitespace() || matches!(a, ')' | ',' | ';' | '|'));
                let replacement = slot(&name)
                    .or_else(|| {
                        matches!(name.as_str(), "NAME" | "VALUE" | "ID" | "GUID")
                            .then(|| slot_of_parameter(&chars[..i]))
                            .flatten()
                    })
                    .and_then(|s| value_for(s, values))
                    .and_then(|value| match ctx {
                        Ctx::Single => Some(ps_escape_single(value)),
                        Ctx::Double => double_safe(value).then(|| value.to_string()),
                        Ctx::Bare if standalone => Some(if is_az && is_guid(value) {
                            value.to_string()
                        } else {
                            ps_single_quoted(value)
                        }),
                        Ctx::Bare => bare_safe(value).then(|| value.to_string()),
                    });
                match replacement {
                    Some(r) => out.push_str(&r),
                    None => out.extend(&chars[i..end]),
                }
                i = end;
                continue;
            }
        }
        match ctx {
            Ctx::Bare if is_single_quote(c) => ctx = Ctx::Single,
            Ctx::Bare if is_double_quote(c) => ctx = Ctx::Double,
            // A backtick escapes the next character outside quotes and inside double quotes.
            Ctx::Bare | Ctx::Double if c == '`' => {
                out.push(c);
                i += 1;
                if let Some(n) = chars.get(i) {
                    out.push(*n);
                    i += 1;
                }
                continue;
            }
            Ctx::Single if is_single_quote(c) => {
                if chars.get(i + 1).is_some_and(|n| is_single_quote(*n)) {
                    out.push(c);
                    out.push(chars[i + 1]);
                    i += 2;
                    continue;
                }
                ctx = Ctx::Bare;
            }
            Ctx::Double if is_double_quote(c) => {
                if chars.get(i + 1).is_some_and(|n| is_double_quote(*n)) {
                    out.push(c);
                    out.push(chars[i + 1]);
                    i += 2;
                    continue;
                }
                ctx = Ctx::Bare;
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Fills the placeholders in a step's prose (action, verify) with values that read the same
/// unquoted (GUIDs, plain addresses, domains); any other stays a placeholder. Quotes in prose are
/// apostrophes and typography, not PowerShell, so no quoting is attempted here.
pub fn fill_prose(text: &str, values: &Values) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '<' {
            if let Some((name, end)) = placeholder_at(&chars, i) {
                match slot(&name)
                    .and_then(|s| value_for(s, values))
                    .filter(|v| bare_safe(v))
                {
                    Some(v) => out.push_str(v),
                    None => out.extend(&chars[i..end]),
                }
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A placeholder `<NAME>` starting at `start` (NAME = an upper-case letter, then upper-case
/// letters, digits, `_` or `-`): its name and the index after `>`.
fn placeholder_at(chars: &[char], start: usize) -> Option<(String, usize)> {
    let mut j = start + 1;
    let first = *chars.get(j)?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let mut name = String::new();
    while let Some(&c) = chars.get(j) {
        if c == '>' {
            return Some((name, j + 1));
        }
        if !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '-') {
            return None;
        }
        name.push(c);
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::values::{Known, Source};
    use super::*;
    use crate::catalogue::ChainLink;
    use crate::t;

    fn values() -> Values {
        let k = |s: &str| {
            Some(Known {
                value: s.to_string(),
                source: Source::Hint,
            })
        };
        Values {
            app_id: k("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8"),
            sp_object_id: k("6233fba6-0198-4277-892f-9275bf728bcc"),
            tenant: k("72f988bf-86f1-41af-91ab-2d7cd011db47"),
            mailbox: k("o'brien@contoso.com"),
            display_name: k("DMS ‘Importer’"),
            ..Values::default()
        }
    }

    #[test]
    fn placeholder_table() {
        let v = values();
        let rows: &[(&str, &str)] = &[
            (
                "New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID>",
                "New-ServicePrincipal -AppId '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8' -ObjectId '6233fba6-0198-4277-892f-9275bf728bcc'",
            ),
            (
                "Add-MailboxPermission -Identity <MAILBOX> -User <SERVICE_PRINCIPAL_OBJECT_ID> -AccessRights FullAccess",
                "Add-MailboxPermission -Identity 'o''brien@contoso.com' -User '6233fba6-0198-4277-892f-9275bf728bcc' -AccessRights FullAccess",
            ),
            (
                "Set-CASMailbox -Identity '<MAILBOX>' -ImapEnabled $true",
                "Set-CASMailbox -Identity 'o''brien@contoso.com' -ImapEnabled $true",
            ),
            (
                "Get-MgServicePrincipal -Filter \"appId eq '<APP_ID>'\"",
                "Get-MgServicePrincipal -Filter \"appId eq '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'\"",
            ),
            (
                "Get-Mailbox -Filter \"PrimarySmtpAddress -eq '<MAILBOX>'\"",
                "Get-Mailbox -Filter \"PrimarySmtpAddress -eq '<MAILBOX>'\"",
            ),
            (
                "Get-MgUser -UserId \"<MAILBOX>\"",
                "Get-MgUser -UserId \"<MAILBOX>\"",
            ),
            (
                "Get-MgServicePrincipal -Filter \"appId eq '<APP_ID>'\" | Where-Object DisplayName -eq \"<DISPLAY_NAME>\"",
                "Get-MgServicePrincipal -Filter \"appId eq '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'\" | Where-Object DisplayName -eq \"<DISPLAY_NAME>\"",
            ),
            (
                "az ad sp show --id <APP_ID> --query id",
                "az ad sp show --id 3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8 --query id",
            ),
            (
                "https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token",
                "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
            ),
            ("-DisplayName <DISPLAY_NAME>", "-DisplayName 'DMS ‘‘Importer’’'"),
            ("-ClientSecret <CLIENT_SECRET>", "-ClientSecret <CLIENT_SECRET>"),
            (
                "New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID> -DisplayName <NAME>",
                "New-ServicePrincipal -AppId '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8' -ObjectId '6233fba6-0198-4277-892f-9275bf728bcc' -DisplayName 'DMS ‘‘Importer’’'",
            ),
            (
                "Add-RecipientPermission -Identity <FROM_ADDRESS> -AccessRights SendAs -Trustee <SERVICE_PRINCIPAL_ID>",
                "Add-RecipientPermission -Identity 'o''brien@contoso.com' -AccessRights SendAs -Trustee '6233fba6-0198-4277-892f-9275bf728bcc'",
            ),
            ("Get-Thing -Identity <NAME>", "Get-Thing -Identity <NAME>"),
            (
                "Set-Thing -ObjectId <APP_REGISTRATION_OBJECT_ID>",
                "Set-Thing -ObjectId <APP_REGISTRATION_OBJECT_ID>",
            ),
            ("-Id <APP_REGISTRATION_OBJECT_ID>", "-Id <APP_REGISTRATION_OBJECT_ID>"),
            ("Connect-ExchangeOnline -Organization <TENANT_DOMAIN>", "Connect-ExchangeOnline -Organization <TENANT_DOMAIN>"),
            ("-Trustee <SIGNED_IN_USER>", "-Trustee <SIGNED_IN_USER>"),
            ("'it''s <MAILBOX>'", "'it''s o''brien@contoso.com'"),
            ("a < b <lower> <A", "a < b <lower> <A"),
            ("", ""),
        ];
        for (input, want) in rows {
            assert_eq!(fill_placeholders(input, &v), *want, "input {input:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn filled_address_reads_back(local in "[a-z0-9'!#$%&*+/=?^_`{|}~-]{1,20}", domain in "[a-z0-9]{1,10}\\.(com|de|onmicrosoft\\.com)") {
            let address = format!("{local}@{domain}");
            proptest::prop_assume!(crate::remedy::quote::is_address(&address));
            let v = Values {
                mailbox: Some(Known { value: address.clone(), source: Source::Hint }),
                ..Values::default()
            };
            for (cmd, prefix, suffix) in [
                ("Set-CASMailbox -Identity <MAILBOX> -ImapEnabled $true", "Set-CASMailbox -Identity '", "' -ImapEnabled $true"),
                ("Get-Mailbox -Identity '<MAILBOX>'", "Get-Mailbox -Identity '", "'"),
            ] {
                let filled = fill_placeholders(cmd, &v);
                let body = filled.strip_prefix(prefix).and_then(|r| r.strip_suffix(suffix));
                proptest::prop_assert_eq!(body.map(|b| b.replace("''", "'")), Some(address.clone()), "{}", filled);
            }
        }
    }

    #[test]
    fn commands_follow_the_cloud() {
        let rows: &[(Option<Cloud>, &str, &str)] = &[
            (None, "Connect-ExchangeOnline -Organization <TENANT_ID>", "Connect-ExchangeOnline -Organization <TENANT_ID>"),
            (
                Some(Cloud::UsGovGccHigh),
                "Connect-ExchangeOnline -Organization <TENANT_ID>",
                "Connect-ExchangeOnline -Organization <TENANT_ID> -ExchangeEnvironmentName O365USGovGCCHigh",
            ),
            (
                Some(Cloud::China),
                "Invoke-RestMethod -Uri \"https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token\" -Body @{scope='https://outlook.office365.com/.default'}",
                "Invoke-RestMethod -Uri \"https://login.partner.microsoftonline.cn/<TENANT_ID>/oauth2/v2.0/token\" -Body @{scope='https://partner.outlook.cn/.default'}",
            ),
            (
                Some(Cloud::UsGovDod),
                "Connect-ExchangeOnline -ExchangeEnvironmentName O365Default",
                "Connect-ExchangeOnline -ExchangeEnvironmentName O365Default",
            ),
            (Some(Cloud::Global), "Get-Mailbox -Identity <MAILBOX>", "Get-Mailbox -Identity <MAILBOX>"),
        ];
        for (cloud, input, want) in rows {
            assert_eq!(for_cloud(input, *cloud), *want, "{cloud:?} {input}");
        }
    }

    #[test]
    fn prose_table() {
        let v = values();
        let rows: &[(&str, &str)] = &[
            (
                "Get-ServicePrincipal -Identity <APP_ID> shows the app's entry.",
                "Get-ServicePrincipal -Identity 3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8 shows the app's entry.",
            ),
            // o'brien@… is not bare-safe: it stays a placeholder in prose.
            ("Get-MailboxPermission -Identity <MAILBOX> lists FullAccess.", "Get-MailboxPermission -Identity <MAILBOX> lists FullAccess."),
            ("„Gewährt für <TENANT_ID>“", "„Gewährt für 72f988bf-86f1-41af-91ab-2d7cd011db47“"),
            ("Administratorzustimmung für <Mandant> erteilen", "Administratorzustimmung für <Mandant> erteilen"),
            ("<NAME> and <CLIENT_SECRET>", "<NAME> and <CLIENT_SECRET>"),
        ];
        for (input, want) in rows {
            assert_eq!(fill_prose(input, &v), *want, "input {input:?}");
        }
    }

    #[test]
    fn unknown_values_stay_placeholders() {
        let v = Values::default();
        let cmd = "New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID>";
        assert_eq!(fill_placeholders(cmd, &v), cmd);
    }

    static SP_STEPS: [StepDef; 2] = [
        StepDef {
            key: "exo_new_service_principal",
            link: ChainLink::ExchangeServicePrincipal,
            action: t!("Register", "Registrieren"),
            verify: t!("Get-ServicePrincipal", "Get-ServicePrincipal"),
            command: Some(
                "New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID>",
            ),
        },
        StepDef {
            key: "consent",
            link: ChainLink::PermissionConsent,
            action: t!("Grant consent", "Zustimmung erteilen"),
            verify: t!("roles claim", "roles-Claim"),
            command: None,
        },
    ];
    static MBX_STEPS: [StepDef; 2] = [
        StepDef {
            key: "exo_add_mailbox_permission",
            link: ChainLink::MailboxPermission,
            action: t!("FullAccess", "Vollzugriff"),
            verify: t!("Get-MailboxPermission", "Get-MailboxPermission"),
            command: Some("Add-MailboxPermission -Identity <MAILBOX> -User <SERVICE_PRINCIPAL_OBJECT_ID> -AccessRights FullAccess"),
        },
        StepDef {
            key: "exo_new_service_principal",
            link: ChainLink::ExchangeServicePrincipal,
            action: t!("Register", "Registrieren"),
            verify: t!("Get-ServicePrincipal", "Get-ServicePrincipal"),
            command: Some("New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID>"),
        },
    ];

    fn steps(c: CauseId) -> &'static [StepDef] {
        match c {
            CauseId::ServicePrincipalNotRegisteredInExchange => &SP_STEPS,
            CauseId::MailboxPermissionMissing => &MBX_STEPS,
            _ => &[],
        }
    }

    fn finding(cause: CauseId) -> Finding {
        Finding {
            cause,
            confidence: 0.8,
            evidence: vec![],
        }
    }

    #[test]
    fn ordered_along_the_chain_and_deduplicated() {
        let findings = [
            finding(CauseId::MailboxPermissionMissing),
            finding(CauseId::ServicePrincipalNotRegisteredInExchange),
            finding(CauseId::ServiceSideIncident),
        ];
        let list = build(&findings, steps, &values());
        let keys: Vec<&str> = list.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "consent",
                "exo_new_service_principal",
                "exo_add_mailbox_permission"
            ]
        );
        let sp = &list[1];
        assert_eq!(
            sp.causes,
            [
                CauseId::MailboxPermissionMissing,
                CauseId::ServicePrincipalNotRegisteredInExchange
            ]
        );
        assert_eq!(
            sp.command.as_deref(),
            Some("New-ServicePrincipal -AppId '3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8' -ObjectId '6233fba6-0198-4277-892f-9275bf728bcc'")
        );
        assert_eq!(list[0].command, None);
        assert_eq!(list[0].action.de, "Zustimmung erteilen");
    }

    #[test]
    fn no_findings_no_steps() {
        assert!(build(&[], steps, &values()).is_empty());
    }
}
