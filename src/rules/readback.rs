//! Read-back: what the commands the admin ran show, weighed against the rest of the evidence.
//!
//! The output of `Get-ServicePrincipal`, `Get-MailboxPermission`, `Get-CASMailbox`, … (read by
//! `scan/detect/cmdlets.rs`) settles links of the chain: a cause the output shows to be right
//! rises to [`RISE`]; one it shows to be wrong drops to at most [`DROP`], well below what any
//! rule gives a cause without evidence. These rules run last, so they weigh what the others
//! found. Words and reasons come from [`crate::catalogue::cmdlets`].

use super::acc::Acc;
use super::ctx::Ctx;
use crate::catalogue::cmdlets::{self as cat, reasons as r};
use crate::catalogue::CauseId;
use crate::evidence::{
    ArtifactKind, Cloud, Cmdlet, CmdletOutput, OutError, OutField, Protocol, ServerGreeting,
    TokenFlavor,
};
use crate::i18n::Joined;
use crate::i18n::ReplaceAll;
use crate::i18n::Text;

/// The confidence of a cause the output shows to be right.
pub(crate) const RISE: f32 = 0.9;
/// The confidence `Get-ServicePrincipal`'s "couldn't be found" gives: likely, not proof (the
/// admin may have asked with another id or in another tenant).
const NOT_FOUND: f32 = 0.8;
/// The confidence of a missing mailbox right when the service principal is shown not registered
/// in Exchange: the right could not have been granted, so its absence follows from that cause and
/// ranks below it.
const FOLLOWS_UNREGISTERED: f32 = 0.6;
/// The most a cause the output shows to be wrong keeps.
pub(crate) const DROP: f32 = 0.05;
/// How much a cause the output shows wrong keeps of its confidence when that is below [`DROP`].
const DROP_FACTOR: f32 = 0.25;

/// What the read-back rules decided: rises are added as they come, drops at the end, and
/// only for causes no read-back showed right.
struct Verdicts<'c, 'a> {
    ctx: &'c Ctx<'a>,
    acc: &'c mut Acc,
    risen: Vec<CauseId>,
    dropped: Vec<CauseId>,
}

impl Verdicts<'_, '_> {
    fn rise(&mut self, cause: CauseId, conf: f32, id: usize, why: Text, a: &str, b: &str) {
        self.acc.add_ev(
            cause,
            conf,
            id,
            None,
            cat::fill(why.en(), a, b),
            cat::fill(why.de(), a, b),
        );
        if !self.risen.contains(&cause) {
            self.risen.push(cause);
        }
    }

    fn drop(&mut self, cause: CauseId) {
        if !self.dropped.contains(&cause) {
            self.dropped.push(cause);
        }
    }

    fn finish(self) {
        for c in self.dropped {
            if !self.risen.contains(&c) {
                // At most DROP, and a candidate already below it (a share of thin evidence)
                // still falls: the output shows it wrong.
                let to = DROP.min(self.acc.conf(c) * DROP_FACTOR);
                self.acc.cap(c, to);
            }
        }
        let _ = self.ctx;
    }
}

/// The records read back, with their artifact ids.
fn outputs<'a>(ctx: &Ctx<'a>) -> Vec<(usize, &'a CmdletOutput)> {
    ctx.arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::CmdletOutput(c) => Some((a.id, &**c)),
            _ => None,
        })
        .collect()
}

fn of<'a>(outs: &[(usize, &'a CmdletOutput)], cmds: &[Cmdlet]) -> Vec<(usize, &'a CmdletOutput)> {
    outs.iter()
        .copied()
        .filter(|(_, o)| o.command.is_some_and(|c| cmds.contains(&c)))
        .collect()
}

fn val(o: &CmdletOutput, f: OutField) -> Option<String> {
    o.get(f)
        .map(|v| v.value.trim().to_ascii_lowercase())
        .filter(|v| !v.is_empty())
}

/// Whether a value printed (maybe cut short) is `id`.
fn same(printed: &crate::evidence::OutValue, id: &str) -> bool {
    let p = printed.value.trim().to_ascii_lowercase();
    let id = id.to_ascii_lowercase();
    !p.is_empty() && (p == id || (printed.truncated && p.len() >= 8 && id.starts_with(&p)))
}

/// Whether `s` is a GUID (`8-4-4-4-12` hex digits).
fn guid_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Runs the read-back rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    let outs = outputs(ctx);
    let greetings: Vec<(usize, &ServerGreeting)> = ctx
        .arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::ServerGreeting(g) => Some((a.id, &**g)),
            _ => None,
        })
        .collect();
    if outs.is_empty() && greetings.is_empty() {
        return;
    }
    let mut v = Verdicts {
        ctx,
        acc,
        risen: Vec::new(),
        dropped: Vec::new(),
    };
    let ids = Ids::new(ctx, &outs);
    service_principal(&mut v, &outs, &ids);
    permissions(&mut v, &outs, &ids);
    switches(&mut v, &outs);
    access_policy(&mut v, &outs);
    rbac_scope(&mut v, &outs);
    app_roles(&mut v, &outs);
    grants(&mut v, &outs);
    enabled(&mut v, &outs);
    mailbox(&mut v, &outs);
    signin_log(&mut v, &outs);
    cloud(&mut v, &greetings);
    v.finish();
}

/// The ids the evidence gives for the app.
struct Ids {
    /// The token's client id.
    app_id: Option<String>,
    /// The Enterprise application's object id: an app-only token's `oid`, or what Graph / the CLI show.
    sp_ids: Vec<String>,
    /// The App registration's object id (Graph / the CLI).
    app_object_ids: Vec<String>,
    /// Every name the service principal may be listed under in a permission.
    names: Vec<String>,
}

impl Ids {
    fn new(ctx: &Ctx<'_>, outs: &[(usize, &CmdletOutput)]) -> Ids {
        let mut ids = Ids {
            app_id: None,
            sp_ids: Vec::new(),
            app_object_ids: Vec::new(),
            names: Vec::new(),
        };
        for t in ctx.access_tokens() {
            let c = &t.jwt.claims;
            if ids.app_id.is_none() {
                ids.app_id = c.client_id().map(str::to_ascii_lowercase);
            }
            if t.jwt.flavor == TokenFlavor::AppOnly {
                if let Some(o) = &c.oid {
                    push(&mut ids.sp_ids, o);
                }
                if let Some(n) = &c.app_displayname {
                    push(&mut ids.names, n);
                }
            }
        }
        let app = ids.app_id.clone();
        let this_app = |o: &CmdletOutput| match (&app, val(o, OutField::AppId)) {
            (Some(a), Some(b)) => *a == b,
            _ => true,
        };
        for (_, o) in of(outs, &[Cmdlet::GetMgServicePrincipal, Cmdlet::AzAdSpShow]) {
            if !this_app(o) {
                continue;
            }
            for f in [OutField::Id, OutField::ObjectId] {
                if let Some(x) = val(o, f) {
                    push(&mut ids.sp_ids, &x);
                }
            }
            if let Some(n) = val(o, OutField::DisplayName) {
                push(&mut ids.names, &n);
            }
        }
        for (_, o) in of(outs, &[Cmdlet::GetMgApplication, Cmdlet::AzAdAppShow]) {
            if !this_app(o) {
                continue;
            }
            for f in [OutField::Id, OutField::ObjectId] {
                if let Some(x) = val(o, f) {
                    push(&mut ids.app_object_ids, &x);
                }
            }
        }
        for (_, o) in of(outs, &[Cmdlet::GetServicePrincipal]) {
            if o.error.is_some() || !this_app(o) {
                continue;
            }
            for f in [
                OutField::ObjectId,
                OutField::ServiceId,
                OutField::Identity,
                OutField::DisplayName,
                OutField::Sid,
                OutField::AppId,
            ] {
                if let Some(x) = val(o, f) {
                    push(&mut ids.names, &x);
                }
            }
        }
        let more: Vec<String> = ids.sp_ids.iter().chain(&ids.app_id).cloned().collect();
        for x in more {
            push(&mut ids.names, &x);
        }
        ids
    }
}

fn push(v: &mut Vec<String>, x: &str) {
    let x = x.trim().to_ascii_lowercase();
    if !x.is_empty() && !v.contains(&x) {
        v.push(x);
    }
}

/// `Get-ServicePrincipal`: registered or not, and with which object id.
fn service_principal(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)], ids: &Ids) {
    let name = Cmdlet::GetServicePrincipal.as_str();
    let mut listed_other = None;
    let mut listed_this = false;
    for (id, o) in of(outs, &[Cmdlet::GetServicePrincipal]) {
        if o.error == Some(OutError::NotFound) {
            // The knowledge table's row for this error (rules/exchange.rs) weighs it already
            // when it reads the line; the read-back adds it only where that row did not.
            let cause = CauseId::ServicePrincipalNotRegisteredInExchange;
            if v.acc.conf(cause) < NOT_FOUND {
                v.rise(cause, NOT_FOUND, id, r::SP_NOT_FOUND, name, "");
            } else if !v.risen.contains(&cause) {
                v.risen.push(cause);
            }
            continue;
        }
        if o.error.is_some() {
            continue;
        }
        if let (Some(a), Some(b)) = (&ids.app_id, o.get(OutField::AppId)) {
            if !same(b, a) {
                listed_other = Some(id);
                continue;
            }
        }
        listed_this = true;
        let registered = o
            .get(OutField::ObjectId)
            .or_else(|| o.get(OutField::ServiceId))
            .filter(|x| guid_like(x.value.trim()) || x.truncated);
        v.drop(CauseId::ServicePrincipalNotRegisteredInExchange);
        let Some(reg) = registered else {
            continue;
        };
        let shown = reg.value.trim();
        if o.get(OutField::AppId)
            .is_some_and(|app| !app.truncated && same(reg, app.value.trim()))
        {
            v.rise(
                CauseId::WrongObjectId,
                RISE,
                id,
                r::SP_ID_IS_APP_ID,
                name,
                shown,
            );
        } else if ids.sp_ids.iter().any(|s| same(reg, s)) {
            v.drop(CauseId::WrongObjectId);
        } else if ids.app_object_ids.iter().any(|s| same(reg, s)) {
            v.rise(
                CauseId::WrongObjectId,
                RISE,
                id,
                r::SP_IS_APPLICATION,
                name,
                shown,
            );
        } else if !ids.sp_ids.is_empty() {
            v.rise(
                CauseId::WrongObjectId,
                RISE,
                id,
                r::SP_MISMATCH,
                name,
                shown,
            );
        }
    }
    if !listed_this {
        if let (Some(other), Some(app)) = (listed_other, &ids.app_id) {
            v.rise(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.85,
                other,
                r::SP_OTHER_APPS,
                name,
                app,
            );
        }
    }
}

/// Whether a permission holder is built in (the mailbox's own SELF, a SID, a role group).
fn builtin(user: &str) -> bool {
    let u = user.to_ascii_lowercase();
    cat::BUILTIN_PRINCIPALS.iter().any(|b| u.starts_with(b))
}

/// `Get-MailboxPermission` (FullAccess) and `Get-RecipientPermission` (SendAs).
fn permissions(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)], ids: &Ids) {
    let kinds = [
        (
            Cmdlet::GetMailboxPermission,
            OutField::User,
            cat::FULL_ACCESS,
            CauseId::MailboxPermissionMissing,
            r::FULL_ACCESS_PRESENT,
            r::FULL_ACCESS_ABSENT,
        ),
        (
            Cmdlet::GetRecipientPermission,
            OutField::Trustee,
            cat::SEND_AS,
            CauseId::SendasPermissionMissing,
            r::SEND_AS_PRESENT,
            r::SEND_AS_ABSENT,
        ),
    ];
    for (cmd, who, right, cause, present, absent) in kinds {
        let rows: Vec<(usize, &CmdletOutput)> = of(outs, &[cmd])
            .into_iter()
            .filter(|(_, o)| o.error.is_none() && o.get(who).is_some())
            .collect();
        let Some(&(first, _)) = rows.first() else {
            continue;
        };
        let grants = |o: &CmdletOutput| {
            let rights = val(o, OutField::AccessRights).unwrap_or_default();
            let denied = o
                .get(OutField::Deny)
                .and_then(|d| cat::truth(&d.value))
                .unwrap_or(false)
                || val(o, OutField::AccessControlType).as_deref() == Some("deny");
            rights.replace_all(" ", "").contains(right) && !denied
        };
        let holder = |o: &CmdletOutput| {
            o.get(who).is_some_and(|u| {
                let lu = u.value.trim().to_ascii_lowercase();
                ids.names.iter().any(|n| {
                    same(u, n) || lu.contains(n.as_str()) || (n.len() > 3 && n.contains(&lu))
                })
            })
        };
        let users: Vec<String> = rows
            .iter()
            .filter_map(|(_, o)| o.get(who).map(|u| u.value.trim().to_string()))
            .collect();
        let shown = users
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .joined(", ");
        if let Some((id, o)) = rows.iter().find(|(_, o)| grants(o) && holder(o)) {
            let u = o
                .get(who)
                .map(|u| u.value.trim().to_string())
                .unwrap_or_default();
            v.acc.add_ev(
                cause,
                0.0,
                *id,
                None,
                cat::fill(present.en(), "", &u),
                cat::fill(present.de(), "", &u),
            );
            v.drop(cause);
            continue;
        }
        let others_granted = rows
            .iter()
            .any(|(_, o)| grants(o) && o.get(who).is_some_and(|u| !builtin(&u.value)));
        // Nobody but built-in holders has the right, or the service principal is known and
        // not among those who have it.
        if !others_granted || !ids.names.is_empty() {
            let unregistered = v
                .risen
                .contains(&CauseId::ServicePrincipalNotRegisteredInExchange);
            let conf = if unregistered {
                FOLLOWS_UNREGISTERED
            } else {
                RISE
            };
            v.rise(cause, conf, first, absent, "", &shown);
        }
    }
}

/// `Get-CASMailbox` protocol switches and the organisation's SMTP AUTH switch.
fn switches(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    // The protocols of the failures shown, when they tell theirs (a field list names IMAP and
    // POP beside an SMTP failure); else every protocol the paste names.
    let in_play: Vec<Protocol> = if v.ctx.failure_protocols.is_empty() {
        v.ctx.protocols.clone()
    } else {
        v.ctx.failure_protocols.clone()
    };
    let plays = |p: Protocol| in_play.is_empty() || in_play.contains(&p);
    let mut smtp_mailbox: Option<bool> = None;
    for (id, o) in of(outs, &[Cmdlet::GetCasMailbox]) {
        for (field, p, name) in [
            (OutField::ImapEnabled, Protocol::Imap, "ImapEnabled"),
            (OutField::PopEnabled, Protocol::Pop, "PopEnabled"),
            (OutField::EwsEnabled, Protocol::Ews, "EwsEnabled"),
        ] {
            let Some(on) = o.get(field).and_then(|x| cat::truth(&x.value)) else {
                continue;
            };
            if !plays(p) {
                continue;
            }
            if on {
                if in_play.contains(&p) {
                    v.drop(CauseId::ProtocolDisabledOnMailbox);
                }
            } else {
                v.rise(
                    CauseId::ProtocolDisabledOnMailbox,
                    RISE,
                    id,
                    r::PROTOCOL_OFF,
                    name,
                    "False",
                );
            }
        }
        if let Some(off) = o
            .get(OutField::SmtpClientAuthenticationDisabled)
            .and_then(|x| cat::truth(&x.value))
        {
            smtp_mailbox = Some(off);
            if plays(Protocol::Smtp) {
                if off {
                    v.rise(
                        CauseId::ProtocolDisabledOnMailbox,
                        RISE,
                        id,
                        r::PROTOCOL_OFF,
                        "SmtpClientAuthenticationDisabled",
                        "True",
                    );
                } else {
                    v.acc.add_ev(
                        CauseId::SmtpAuthDisabledTenant,
                        0.0,
                        id,
                        None,
                        cat::fill(r::SMTP_TENANT_ON.en(), "Get-CASMailbox", ""),
                        cat::fill(r::SMTP_TENANT_ON.de(), "Get-CASMailbox", ""),
                    );
                    v.drop(CauseId::SmtpAuthDisabledTenant);
                    if in_play == [Protocol::Smtp] {
                        v.drop(CauseId::ProtocolDisabledOnMailbox);
                    }
                }
            }
        }
    }
    if smtp_mailbox.is_some() || !plays(Protocol::Smtp) {
        return;
    }
    for (id, o) in of(outs, &[Cmdlet::GetTransportConfig]) {
        match o
            .get(OutField::SmtpClientAuthenticationDisabled)
            .and_then(|x| cat::truth(&x.value))
        {
            Some(true) => v.rise(
                CauseId::SmtpAuthDisabledTenant,
                RISE,
                id,
                r::SMTP_TENANT_OFF,
                "",
                "",
            ),
            Some(false) => v.drop(CauseId::SmtpAuthDisabledTenant),
            None => {}
        }
    }
}

/// `Test-ApplicationAccessPolicy`.
fn access_policy(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    let cause = CauseId::ApplicationAccessPolicyBlock;
    for (id, o) in of(outs, &[Cmdlet::TestApplicationAccessPolicy]) {
        match val(o, OutField::AccessCheckResult).as_deref() {
            Some(cat::ACCESS_DENIED_RESULT) => v.rise(cause, RISE, id, r::POLICY_DENIED, "", ""),
            Some(cat::ACCESS_GRANTED_RESULT) => v.drop(cause),
            _ => {}
        }
    }
}

/// `Test-ServicePrincipalAuthorization`: a role whose scope leaves the mailbox out (`InScope
/// False`) keeps the app from it; every role in scope clears the cause.
fn rbac_scope(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    let cause = CauseId::ApplicationAccessPolicyBlock;
    let rows = of(outs, &[Cmdlet::TestServicePrincipalAuthorization]);
    let mut all_in = !rows.is_empty();
    for (id, o) in rows {
        match val(o, OutField::InScope).as_deref() {
            Some("false") => {
                all_in = false;
                let text = |f| {
                    o.get(f)
                        .map(|x| x.value.trim().to_string())
                        .unwrap_or_default()
                };
                let role = text(OutField::RoleName);
                let perm = text(OutField::GrantedPermissions);
                v.rise(cause, RISE, id, r::RBAC_NOT_IN_SCOPE, &role, &perm);
            }
            Some("true") => {}
            _ => all_in = false,
        }
    }
    if all_in {
        v.drop(cause);
    }
}

/// App-role assignments (Graph) and requested permissions (CLI) against the protocol's role.
fn app_roles(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    let ctx = v.ctx;
    if ctx.delegated.is_some() && ctx.app_only.is_none() {
        return;
    }
    let Some(p) = ctx.main_protocol() else {
        return;
    };
    let need = |role: &cat::AppRole| role.protocol == p;
    let Some(needed) = cat::APP_ROLES.iter().find(|r| need(r)) else {
        return;
    };
    for cmd in [
        Cmdlet::GetMgServicePrincipalAppRoleAssignment,
        Cmdlet::AzAdAppPermissionList,
    ] {
        let mut roles: Vec<&cat::AppRole> = Vec::new();
        let mut first = None;
        for (id, o) in of(outs, &[cmd]) {
            if o.error.is_some() {
                continue;
            }
            first.get_or_insert(id);
            for x in o
                .all(OutField::AppRoleId)
                .chain(o.all(OutField::PermissionId))
            {
                if let Some(role) = cat::app_role(&x.value) {
                    roles.push(role);
                }
            }
        }
        let Some(id) = first else {
            continue;
        };
        let name = cmd.as_str();
        if let Some(role) = roles.iter().find(|r| need(r)) {
            v.acc.add_ev(
                CauseId::MissingAppRole,
                0.0,
                id,
                None,
                cat::fill(r::ROLE_PRESENT.en(), name, role.name),
                cat::fill(r::ROLE_PRESENT.de(), name, role.name),
            );
            v.drop(CauseId::MissingAppRole);
            continue;
        }
        v.rise(
            CauseId::MissingAppRole,
            RISE,
            id,
            r::ROLE_ABSENT,
            name,
            needed.name,
        );
        let graph: Vec<&str> = roles
            .iter()
            .filter(|r| r.resource == cat::GRAPH_APP_ID)
            .map(|r| r.name)
            .collect();
        if matches!(p, Protocol::Imap | Protocol::Pop | Protocol::Smtp) && !graph.is_empty() {
            v.rise(
                CauseId::WrongTokenAudience,
                0.7,
                id,
                r::ROLE_GRAPH_ONLY,
                name,
                &graph.joined(", "),
            );
        }
    }
}

/// Delegated grants (`Get-MgOauth2PermissionGrant`) against the protocol's scope, for a
/// setup that signs a user in.
fn grants(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    let ctx = v.ctx;
    if ctx.delegated.is_none() || ctx.app_only.is_some() {
        return;
    }
    let Some(p) = ctx.main_protocol() else {
        return;
    };
    let Some(&(_, scope)) = cat::DELEGATED_SCOPES.iter().find(|(q, _)| *q == p) else {
        return;
    };
    let rows = of(outs, &[Cmdlet::GetMgOauth2PermissionGrant]);
    let rows: Vec<&(usize, &CmdletOutput)> =
        rows.iter().filter(|(_, o)| o.error.is_none()).collect();
    let Some(&&(first, _)) = rows.first() else {
        return;
    };
    let mut granted: Vec<String> = Vec::new();
    for (_, o) in &rows {
        for x in o.all(OutField::Scope) {
            granted.extend(x.value.split_whitespace().map(str::to_string));
        }
    }
    if let Some(&&(id, _)) = rows.iter().find(|(_, o)| {
        o.all(OutField::Scope).any(|x| {
            x.value
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(scope))
        })
    }) {
        v.acc.add_ev(
            CauseId::ConsentMissing,
            0.0,
            id,
            None,
            cat::fill(r::SCOPE_PRESENT.en(), "", scope),
            cat::fill(r::SCOPE_PRESENT.de(), "", scope),
        );
        v.drop(CauseId::ConsentMissing);
        return;
    }
    let shown = granted.joined(" ");
    v.rise(
        CauseId::ConsentMissing,
        0.85,
        first,
        r::SCOPE_ABSENT,
        &shown,
        scope,
    );
}

/// `AccountEnabled` of the Enterprise application.
fn enabled(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    let cause = CauseId::AppOrServicePrincipalDisabled;
    for (id, o) in of(outs, &[Cmdlet::GetMgServicePrincipal, Cmdlet::AzAdSpShow]) {
        let name = o.command.map_or("", Cmdlet::as_str);
        match o
            .get(OutField::AccountEnabled)
            .and_then(|x| cat::truth(&x.value))
        {
            Some(false) => v.rise(cause, RISE, id, r::SP_DISABLED, name, ""),
            Some(true) => v.drop(cause),
            _ => {}
        }
    }
}

/// `Get-Mailbox`: no such mailbox.
fn mailbox(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    for (id, o) in of(outs, &[Cmdlet::GetMailbox]) {
        if o.error == Some(OutError::NotFound) {
            v.rise(
                CauseId::MailboxUnlicensedOrMissing,
                0.85,
                id,
                r::MAILBOX_NOT_FOUND,
                "",
                "",
            );
        }
    }
}

/// The causes Entra decides at sign-in: a successful sign-in in the log rules them out.
const ISSUANCE_CAUSES: &[CauseId] = &[
    CauseId::InvalidClientSecret,
    CauseId::SecretIdUsedAsValue,
    CauseId::ExpiredClientSecret,
    CauseId::CertificateCredentialError,
    CauseId::AppNotFoundInTenant,
    CauseId::TenantNotFound,
    CauseId::InvalidScope,
    CauseId::ConditionalAccessBlock,
    CauseId::MfaRequiredRopc,
    CauseId::InvalidUserCredentialsRopc,
];

/// Entra sign-in log entries: codes, Conditional Access, resource.
fn signin_log(v: &mut Verdicts<'_, '_>, outs: &[(usize, &CmdletOutput)]) {
    let mut failed = false;
    let mut succeeded = None;
    let mut ca_failed = false;
    let mut ca_passed = None;
    for (id, o) in of(outs, &[Cmdlet::SignInLog]) {
        if let Some(code) = val(o, OutField::ErrorCode).and_then(|c| c.parse::<u32>().ok()) {
            if code == 0 {
                succeeded.get_or_insert(id);
            } else if let Some(entry) = crate::catalogue::aadsts(code) {
                failed = true;
                let code_s = format!("AADSTS{code}");
                for (i, cause) in entry.causes().iter().enumerate() {
                    let f = if i == 0 { 1.0 } else { 0.5 };
                    v.rise(
                        *cause,
                        entry.confidence() * f,
                        id,
                        r::SIGNIN_CODE,
                        entry.name(),
                        &code_s,
                    );
                }
            } else {
                failed = true;
            }
        }
        if let Some(ca) = val(o, OutField::ConditionalAccessStatus) {
            if ca == cat::CA_FAILURE {
                ca_failed = true;
                v.rise(
                    CauseId::ConditionalAccessBlock,
                    0.85,
                    id,
                    r::CA_FAILED,
                    "",
                    "",
                );
            } else if cat::CA_PASSED.contains(&ca.as_str()) {
                ca_passed.get_or_insert((id, ca));
            }
        }
        let graph = val(o, OutField::ResourceId).as_deref() == Some(cat::GRAPH_APP_ID)
            || val(o, OutField::ResourceDisplayName).as_deref() == Some("microsoft graph");
        let mail = v
            .ctx
            .main_protocol()
            .is_some_and(|p| matches!(p, Protocol::Imap | Protocol::Pop | Protocol::Smtp));
        if graph && mail {
            v.rise(
                CauseId::WrongTokenAudience,
                0.8,
                id,
                r::SIGNIN_GRAPH_RESOURCE,
                "",
                "Microsoft Graph",
            );
        }
    }
    if let (Some(id), false) = (succeeded, failed) {
        v.acc.add_ev(
            CauseId::InvalidClientSecret,
            0.0,
            id,
            None,
            r::SIGNIN_SUCCESS.en().into(),
            r::SIGNIN_SUCCESS.de().into(),
        );
        for c in ISSUANCE_CAUSES {
            v.drop(*c);
        }
    }
    if let (Some((id, ca)), false) = (ca_passed, ca_failed) {
        v.acc.add_ev(
            CauseId::ConditionalAccessBlock,
            0.0,
            id,
            None,
            cat::fill(r::CA_OK.en(), "", &ca),
            cat::fill(r::CA_OK.de(), "", &ca),
        );
        v.drop(CauseId::ConditionalAccessBlock);
    }
}

/// The cloud of the IMAP/POP greeting against the token's and the sign-in endpoint's.
fn cloud(v: &mut Verdicts<'_, '_>, greetings: &[(usize, &ServerGreeting)]) {
    let ctx = v.ctx;
    let others: Vec<Cloud> = ctx
        .access_tokens()
        .filter_map(|t| t.jwt.cloud)
        .chain(ctx.endpoints().filter_map(|(_, e)| e.cloud))
        .collect();
    if others.is_empty() {
        return;
    }
    for (id, g) in greetings {
        let Some(gc) = g.cloud else {
            continue;
        };
        let (en, de) = super::ctx::cloud_name(gc);
        if others.iter().any(|c| *c != gc) {
            v.acc.add_ev(
                CauseId::WrongEndpointOrCloud,
                0.8,
                *id,
                None,
                cat::fill(r::CLOUD_MISMATCH.en(), en, &g.server),
                cat::fill(r::CLOUD_MISMATCH.de(), de, &g.server),
            );
            v.risen.push(CauseId::WrongEndpointOrCloud);
        } else {
            v.drop(CauseId::WrongEndpointOrCloud);
        }
    }
}
