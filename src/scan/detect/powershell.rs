//! PowerShell: cmdlet calls with their parameters and PowerShell errors.

use super::*;

impl<'a> Ctx<'a> {
    pub(super) fn ps_error(&mut self, s: usize, id: &str) {
        if !self.first_on_line(256) {
            return;
        }
        let line = self.lineb();
        let cmdlet = first_cmdlet(line);
        self.ps_error_with(s, id, cmdlet);
    }

    pub(super) fn ps_error_with(&mut self, s: usize, id: &str, cmdlet: Option<String>) {
        // The transcript repeats the error id (`+ FullyQualifiedErrorId : …`): report it once.
        if let Some((last, l)) = &self.last_ps_error {
            if last == id && self.line_idx <= l + 8 {
                return;
            }
        }
        let cmdlet = cmdlet.or_else(|| {
            self.last_cmdlet
                .as_ref()
                .filter(|(_, l)| self.line_idx <= l + 12)
                .map(|(c, _)| c.clone())
        });
        let mut message = self.rest(self.ls).trim().to_string();
        // The error view's `+ CategoryInfo` line: the message is the error's first line above
        // it (`Cmdlet : message`, or the message alone), past `At line:` and the `+ ~~~` marks.
        if message.starts_with('+') {
            if let Some(above) = error_line_above(self.t, self.ls) {
                message = format!("{above} {message}");
            }
        }
        self.last_ps_error = Some((id.to_string(), self.line_idx));
        self.last_protocol = Some(Protocol::ExchangePowershell);
        let e = self.le;
        self.push(
            s,
            e,
            ArtifactKind::PsError(PsError {
                id: id.to_string(),
                message,
                cmdlet,
            }),
        );
    }

    pub(super) fn ps_command(&mut self, wi: usize, w: Word) {
        let t = self.t;
        if w.s > 0 && matches!(t[w.s - 1], b'\'' | b'"') {
            return;
        }
        if self.line_checks & 1024 != 0 {
            // An earlier word showed this line is an error display.
            return;
        }
        let line = self.lineb();
        if self.first_on_line(512)
            && (find(line, b"is not recognized").is_some()
                || find(line, b"FullyQualifiedErrorId").is_some()
                || find(line, b"CategoryInfo").is_some())
        {
            self.line_checks |= 1024;
            return;
        }
        if self.wtext(wi + 1) == b":" {
            // `Cmdlet : message` is how PowerShell prints an error, not a call.
            return;
        }
        let _ = wi;
        let cmdlet = lossy(sl(t, w.s, w.e));
        // Parameters up to the end of the statement (backtick continues the line).
        let mut params: Vec<(String, Option<String>)> = Vec::new();
        let mut i = w.e;
        let mut end = w.e;
        let mut limit = self.le;
        loop {
            while i < limit && matches!(t[i], b' ' | b'\t') {
                i += 1;
            }
            if i >= limit {
                // Backtick continuation?
                if end < t.len() && sl(t, self.ls, limit).trim_ascii_end().ends_with(b"`") {
                    let ns = memchr::memchr(b'\n', sl(t, limit, t.len()))
                        .map_or(t.len(), |o| limit + o + 1);
                    if ns >= t.len() {
                        break;
                    }
                    let nl = memchr::memchr(b'\n', sl(t, ns, t.len())).map_or(t.len(), |o| ns + o);
                    let mut nle = nl;
                    if nle > ns && t[nle - 1] == b'\r' {
                        nle -= 1;
                    }
                    i = ns;
                    limit = nle;
                    if params.len() > 60 {
                        break;
                    }
                    continue;
                }
                break;
            }
            let c = t[i];
            if matches!(c, b'|' | b';' | b'#') {
                break;
            }
            if c == b'`' {
                i += 1;
                continue;
            }
            let (vs, ve, next) = read_ps_value(t, i, limit);
            let tokn = lossy(sl(t, vs, ve));
            if c == b'-' && tokn.len() > 1 && tokn.as_bytes()[1].is_ascii_alphabetic() && vs == i {
                // A parameter name, possibly `-Name:value`.
                let name_full = tokn.trim_start_matches('-').to_string();
                if let Some((n, v)) = name_full.split_once(':') {
                    params.push((n.to_string(), Some(v.trim_matches(['"', '\'']).to_string())));
                } else {
                    params.push((name_full, None));
                }
            } else {
                match params.last_mut() {
                    Some((_, v @ None)) => *v = Some(tokn),
                    _ => params.push((String::new(), Some(tokn))),
                }
            }
            end = next.min(limit).max(end);
            i = next;
            if params.len() > 60 {
                break;
            }
        }
        let end = end.max(w.e);
        self.last_cmdlet = Some((cmdlet.clone(), self.line_idx));
        self.last_protocol = Some(Protocol::ExchangePowershell);
        // The rest of this line is read as usual (a GUID or an error after the parameters); the
        // lines the command continues over belong to it.
        self.skip_until = self.skip_until.max(w.e);
        if end > self.le {
            self.skip_lines_until = self.skip_lines_until.max(end);
        }
        // GUIDs and addresses inside the parameters still get their own artifacts.
        for (name, v) in &params {
            if let Some(v) = v {
                let _ = (name, v);
            }
        }
        // A command's time is when it ran only from a timestamp on its own line: one quoted in
        // prose below a failure, or under another entry's time, did not run then.
        let time = if self.line_stamped {
            self.cur_time
        } else {
            None
        };
        self.push_at_time(
            w.s,
            end,
            ArtifactKind::PsCommand(PsCommand { cmdlet, params }),
            time,
        );
    }
}

/// The nearest of the (at most six) lines above `ls` that is neither empty, nor the error view's
/// position (`At line:1 char:1`, `At C:\…`), nor its `+ …` lines.
fn error_line_above(t: &[u8], ls: usize) -> Option<String> {
    let mut end = ls;
    for _ in 0..6 {
        let e = end.checked_sub(1)?;
        let s = memchr::memrchr(b'\n', &t[..e]).map_or(0, |p| p + 1);
        end = s;
        let line = sl(t, s, e).trim_ascii();
        if line.is_empty() || line.starts_with(b"+") || line.starts_with(b"At ") {
            continue;
        }
        return Some(clip_lossy(line));
    }
    None
}

pub(super) fn is_cmdlet(wb: &[u8]) -> bool {
    // Every verb starts with a capital: a log's `mail-poller` or `sign-in` stops here.
    if !wb.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(d) = memchr::memchr(b'-', wb) else {
        return false;
    };
    const VERBS: crate::catalogue::Words = crate::words![
        "New",
        "Add",
        "Set",
        "Get",
        "Remove",
        "Connect",
        "Disconnect",
        "Test",
        "Update",
        "Install",
        "Import",
        "Grant",
        "Revoke",
        "Enable",
        "Disable",
        "Invoke",
    ];
    let (verb, noun) = (&wb[..d], &wb[d + 1..]);
    VERBS.iter().any(|v| v.as_bytes() == verb)
        && noun.len() >= 3
        && noun[0].is_ascii_uppercase()
        && noun.iter().all(u8::is_ascii_alphanumeric)
}

pub(super) fn first_cmdlet(line: &[u8]) -> Option<String> {
    line.split(|&c| CLASS[c as usize] & SEP != 0 || c == b'+' || c == b':')
        .find(|w| is_cmdlet(w))
        .map(lossy)
}

pub(super) fn quoted_before(line: &[u8], lead: &[u8]) -> Option<String> {
    let p = find(line, lead)? + lead.len();
    let e = memchr::memchr(b'\'', &line[p..])?;
    Some(lossy(&line[p..p + e]))
}

/// One PowerShell token at `i`: quoted string, `@(…)`, or a bare run. Returns value range and next.
pub(super) fn read_ps_value(t: &[u8], i: usize, limit: usize) -> (usize, usize, usize) {
    match t.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let s = i + 1;
            let e = memchr::memchr(q, sl(t, s, limit)).map_or(limit, |o| s + o);
            (s, e, (e + 1).min(limit.max(e)))
        }
        _ => {
            let mut e = i;
            let mut depth = 0i32;
            while e < limit {
                let c = t[e];
                if c == b'(' {
                    depth += 1;
                } else if c == b')' {
                    depth -= 1;
                } else if depth <= 0 && matches!(c, b' ' | b'\t' | b'|' | b';') {
                    break;
                }
                e += 1;
            }
            (i, e, e)
        }
    }
}
