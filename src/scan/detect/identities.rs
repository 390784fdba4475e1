//! Identities and hosts: e-mail addresses with their roles, GUIDs with their labels, token
//! endpoints, hosts and ports.

use super::*;

impl<'a> Ctx<'a> {
    pub(super) fn emails(&mut self, w: Word) {
        let t = self.t;
        // The roles are read from up to 24 bytes before each address, on its line: a word with
        // the same bytes before it as a word that gave only addresses seen before (a log names
        // the same account on every line) gives nothing again, as `once` keeps every key.
        let (from, span) = {
            let from = w.s.saturating_sub(24).max(self.ls);
            (from, sl(t, from, w.e))
        };
        if !memo_off()
            && self
                .memo
                .email
                .as_ref()
                .is_some_and(|(lead, b)| *lead == w.s - from && b[..] == *span)
        {
            return;
        }
        let mut new = false;
        let mut i = w.s;
        while i < w.e {
            let Some(off) = memchr::memchr(b'@', sl(t, i, w.e)) else {
                break;
            };
            let at = i + off;
            i = at + 1;
            let mut a = at;
            while a > w.s
                && (t[a - 1].is_ascii_alphanumeric()
                    || matches!(t[a - 1], b'.' | b'_' | b'%' | b'+' | b'-' | b'\''))
            {
                a -= 1;
            }
            while a < at && matches!(t[a], b'.' | b'\'' | b'-') {
                a += 1;
            }
            let mut b = at + 1;
            while b < w.e && (t[b].is_ascii_alphanumeric() || matches!(t[b], b'.' | b'-')) {
                b += 1;
            }
            while b > at + 1 && matches!(t[b - 1], b'.' | b'-') {
                b -= 1;
            }
            let domain = sl(t, at + 1, b);
            let tld_ok = domain
                .rsplit(|&c| c == b'.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic));
            if a == at || !domain.contains(&b'.') || !tld_ok {
                continue;
            }
            // The address is ASCII (the walks above take nothing else), lower-cased in a buffer
            // kept between calls: a repeated address makes no text.
            let mut address = std::mem::take(&mut self.address_buf);
            address.clear();
            address.extend(sl(t, a, b).iter().map(u8::to_ascii_lowercase));
            let role = self.email_role(a);
            let role_name = role.map_or("", EmailRole::as_str);
            if self.once(2, &[&address, b"|", role_name.as_bytes()]) {
                new = true;
                let address = lossy(&address);
                self.push(a, b, ArtifactKind::Email { address, role });
            }
            self.address_buf = address;
        }
        if !new {
            let (_, mut b) = self.memo.email.take().unwrap_or_default();
            b.clear();
            b.extend_from_slice(span);
            self.memo.email = Some((w.s - from, b));
        }
    }

    pub(super) fn email_role(&self, a: usize) -> Option<EmailRole> {
        let before = sl(self.t, a.saturating_sub(24).max(self.ls), a);
        const ROLES: [(&[u8], EmailRole); 19] = [
            (b"userprincipalname", EmailRole::UserPrincipalName),
            (b"mail from:", EmailRole::MailFrom),
            (b"rcpt to:", EmailRole::RcptTo),
            (b"user=", EmailRole::XoauthUser),
            (b"mail from", EmailRole::MailFrom),
            (b"rcpt to", EmailRole::RcptTo),
            (b"from:", EmailRole::From),
            (b"to:", EmailRole::To),
            (b"-identity", EmailRole::Identity),
            (b"identity", EmailRole::Identity),
            (b"user:", EmailRole::UserLabel),
            (b"-user", EmailRole::UserParam),
            (b"-trustee", EmailRole::Trustee),
            (b"user [", EmailRole::UserField),
            (b"username", EmailRole::Username),
            (b"sender", EmailRole::Sender),
            (b"upn", EmailRole::Upn),
            (b"mailbox", EmailRole::Mailbox),
            (b"login", EmailRole::Login),
        ];
        static FIRST: Gate = first_bytes(&ROLES);
        nearest_label(before, &ROLES, &FIRST, false)
    }

    pub(super) fn guids(&mut self, w: Word) {
        let t = self.t;
        let mut i = w.s;
        while i + 36 <= w.e {
            // A GUID has a dash at 8: no place without one can start one (the walk to the next
            // such place reads one byte per place instead of the whole test).
            while t[i + 8] != b'-' {
                i += 1;
                if i + 36 > w.e {
                    return;
                }
            }
            let cand = sl(t, i, i + 36);
            let left_ok = i == w.s || !t[i - 1].is_ascii_alphanumeric();
            let right_ok = i + 36 == w.e || !t[i + 36].is_ascii_alphanumeric();
            if left_ok && right_ok && is_guid(cand) {
                self.guid_at(i);
                i += 36;
            } else {
                i += 1;
            }
        }
    }

    /// A GUID at `s` (the caller checked its shape: 36 ASCII bytes). Its text is made only
    /// when it is new: most GUIDs of a log are request ids seen once, or the same ids again.
    pub(super) fn guid_at(&mut self, s: usize) {
        let mut lower = [0u8; 36];
        for (l, c) in lower.iter_mut().zip(sl(self.t, s, s + 36)) {
            // Its bytes are hex digits and dashes, so setting the case bit lower-cases the
            // letters and leaves the digits and dashes as they are (they have it).
            *l = c | 0x20;
        }
        // (Both resource ids start with seven zeros: most GUIDs are told apart by those.)
        let label = if lower[..7] == *b"0000000"
            && (&lower == b"00000002-0000-0ff1-ce00-000000000000"
                || &lower == b"00000003-0000-0000-c000-000000000000")
        {
            GuidLabel::ResourceId
        } else {
            self.guid_label(s)
        };
        // (A GUID has 36 bytes: the label's number after it keeps keys apart.)
        if self.once(3, &[&lower, b"|", &[label as u8]]) {
            // The group key reads the label and the text, not the value: a GUID that can only
            // be left out (no group yet, and its kind full) is counted without making its text.
            let bare = ArtifactKind::Guid {
                value: String::new(),
                label,
            };
            let key = super::super::group::key(&bare, sl(self.t, s, s + 36));
            // A trace or correlation id whose group exists only counts there: its text is not
            // read.
            if self.repeats_message(key) {
                self.push_keyed(s, s + 36, bare, self.cur_time, key);
                return;
            }
            if key.1 && !self.groups.contains_key(&key.0) && self.distinct.is_full(&bare) {
                // Only counted (its place is kept for the first left out alone).
                if !self.distinct.left_out_again(&bare) {
                    self.push_keyed(s, s + 36, bare, self.cur_time, key);
                }
                return;
            }
            let value = lossy(&lower);
            let kind = ArtifactKind::Guid { value, label };
            self.push_keyed(s, s + 36, kind, self.cur_time, key);
        }
    }

    /// The label of the GUID at `s`: read from the 48 bytes before it on its line, a function of
    /// those bytes alone. The last few such windows are remembered with their labels (a log
    /// labels its ids the same way on every line: `app '…'`, `Trace ID: `, `"request_id":"`).
    pub(super) fn guid_label(&mut self, s: usize) -> GuidLabel {
        let before = sl(self.t, s.saturating_sub(GUID_WINDOW).max(self.ls), s);
        self.memo.guid_labels.label(before)
    }
}

/// The bytes that end an endpoint URL (see `Ctx::endpoint`): one table lookup a byte.
static URL_END: [bool; 256] = crate::scan::byte_set(b" \t\"'`)],;|");

/// How far before a GUID its label is looked for.
const GUID_WINDOW: usize = 48;

/// How many windows before a GUID [`GuidLabels`] keeps with their labels.
const GUID_LABEL_MEMO: usize = 8;
// (Their order is one byte each of a `u64`: see `GuidLabels::order`.)
const _: () = assert!(GUID_LABEL_MEMO == 8);

/// A window of the bytes before a GUID (up to [`GUID_WINDOW`]), its length and its label. The
/// empty window's label is `Unlabelled`, so the default entry is a true one.
#[derive(Clone, Copy)]
struct GuidLabelMemo {
    window: [u8; GUID_WINDOW],
    len: u8,
    /// [`window_ends`] of the window: compared before the window is.
    ends: u64,
    label: GuidLabel,
}

impl Default for GuidLabelMemo {
    fn default() -> Self {
        GuidLabelMemo {
            window: [0; GUID_WINDOW],
            len: 0,
            ends: window_ends(b""),
            label: GuidLabel::Unlabelled,
        }
    }
}

/// The last four bytes of a window and its first four (fewer in a shorter one, the rest
/// zero): windows that differ mostly differ there (the label right before the GUID, the text
/// or id the window starts in), so most entries are turned down by one comparison.
fn window_ends(w: &[u8]) -> u64 {
    // (Most windows are four bytes or longer: read as two words, without a copy of each end.)
    if let (Some(Ok(first)), Some(Ok(last))) = (
        w.get(..4).map(<[u8; 4]>::try_from),
        w.get(w.len().wrapping_sub(4)..).map(<[u8; 4]>::try_from),
    ) {
        return u64::from(u32::from_le_bytes(last)) | u64::from(u32::from_le_bytes(first)) << 32;
    }
    let mut last = [0u8; 4];
    let mut first = [0u8; 4];
    let n = w.len().min(4);
    last[..n].copy_from_slice(&w[w.len() - n..]);
    first[..n].copy_from_slice(&w[..n]);
    u64::from(u32::from_le_bytes(last)) | u64::from(u32::from_le_bytes(first)) << 32
}

/// The last windows before a GUID and the labels they gave, the one used last first: a window
/// seen once (one holding a timestamp or another id) replaces the one unused longest, so the
/// windows a log repeats on every line stay while those seen once come and go.
pub(super) struct GuidLabels {
    entries: [GuidLabelMemo; GUID_LABEL_MEMO],
    /// The entries' indices, one a byte, in the order they were used, the one used last in the
    /// lowest byte: an entry moves to the front by a shift of this word, not of the entries.
    order: u64,
}

impl Default for GuidLabels {
    fn default() -> Self {
        GuidLabels {
            entries: Default::default(),
            order: 0x0706_0504_0302_0100,
        }
    }
}

impl GuidLabels {
    /// The entry at position `p` (0 the one used last) moved to the front: its index.
    fn move_to_front(&mut self, p: usize) -> usize {
        let k = (self.order >> (8 * p)) & 0xff;
        let below = (1u64 << (8 * p)) - 1;
        let through = (below << 8) | 0xff;
        self.order = (self.order & !through) | ((self.order & below) << 8) | k;
        k as usize
    }

    /// [`guid_label_of`] `before` (at most [`GUID_WINDOW`] bytes), remembered.
    pub(super) fn label(&mut self, before: &[u8]) -> GuidLabel {
        let before = &before[before.len().saturating_sub(GUID_WINDOW)..];
        // Kept with its digits as `0`: no label has a digit, so a digit is read as any other
        // byte no label holds, and the label is that of the window as it stands. (A window that
        // holds another id or a time, `Trace ID: … Correlation ID: `, then repeats. Natively:
        // the page keeps its code small.)
        #[cfg(not(target_arch = "wasm32"))]
        let mut canon = [0u8; GUID_WINDOW];
        #[cfg(not(target_arch = "wasm32"))]
        let before: &[u8] = {
            canon[..before.len()].copy_from_slice(before);
            for chunk in canon.chunks_exact_mut(8) {
                let w = u64::from_le_bytes([
                    chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
                ]);
                chunk.copy_from_slice(&digits_as_zero(w).to_le_bytes());
            }
            &canon[..before.len()]
        };
        let ends = window_ends(before);
        for p in 0..GUID_LABEL_MEMO {
            let i = ((self.order >> (8 * p)) & 0xff) as usize;
            let Some(m) = self.entries.get(i) else {
                continue;
            };
            if m.ends == ends
                && usize::from(m.len) == before.len()
                && &m.window[..usize::from(m.len)] == before
            {
                let label = m.label;
                self.move_to_front(p);
                return label;
            }
        }
        let label = guid_label_of(before);
        let i = self.move_to_front(GUID_LABEL_MEMO - 1);
        let Some(slot) = self.entries.get_mut(i) else {
            return label;
        };
        slot.window[..before.len()].copy_from_slice(before);
        slot.len = before.len() as u8;
        slot.ends = ends;
        slot.label = label;
        label
    }
}

/// Eight bytes with each ASCII digit among them replaced by `0`, the others kept.
#[cfg(not(target_arch = "wasm32"))]
fn digits_as_zero(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte is a digit when it is `0` plus less than ten: its distance from `0` has its high
    // bit clear and, with 0x76 added, still has (no carry crosses into the next byte).
    let d = w ^ 0x3030_3030_3030_3030;
    let not_digit = (((d & !HIGH) + 0x7676_7676_7676_7676) | d) & HIGH;
    let digit = (!not_digit & HIGH) >> 7;
    w ^ (d & (digit * 0xFF))
}

/// The label the bytes `before` a GUID give it (see [`Ctx::guid_label`]).
fn guid_label_of(before: &[u8]) -> GuidLabel {
    const LABELS: [(&[u8], GuidLabel); 33] = [
        (b"app '", GuidLabel::ClientId),
        (b"app \"", GuidLabel::ClientId),
        (b"application '", GuidLabel::ClientId),
        (b"client_id", GuidLabel::ClientId),
        (b"client id", GuidLabel::ClientId),
        (b"clientid", GuidLabel::ClientId),
        (b"client-id", GuidLabel::ClientId),
        (b"application id", GuidLabel::ClientId),
        (b"application with id", GuidLabel::ClientId),
        (b"application with identifier", GuidLabel::ClientId),
        (b"application", GuidLabel::ClientId),
        (b"app id", GuidLabel::ClientId),
        (b"appid", GuidLabel::ClientId),
        (b"azp", GuidLabel::ClientId),
        (b"tenant", GuidLabel::TenantId),
        (b"directory", GuidLabel::TenantId),
        (b"tid", GuidLabel::TenantId),
        (b"microsoftonline", GuidLabel::TenantId),
        (b"object id", GuidLabel::ObjectId),
        (b"objectid", GuidLabel::ObjectId),
        (b"serviceid", GuidLabel::ObjectId),
        (b"principal id", GuidLabel::ObjectId),
        (b"oid", GuidLabel::ObjectId),
        (b"secret id", GuidLabel::SecretId),
        (b"secretid", GuidLabel::SecretId),
        (b"key id", GuidLabel::SecretId),
        (b"keyid", GuidLabel::SecretId),
        (b"client_secret", GuidLabel::SecretId),
        (b"trace", GuidLabel::TraceId),
        (b"correlation", GuidLabel::TraceId),
        (b"request id", GuidLabel::TraceId),
        (b"request-id", GuidLabel::TraceId),
        (b"requestid", GuidLabel::TraceId),
    ];
    static FIRST: Gate = first_bytes(&LABELS);
    // Short labels (`tid`, `oid`, `azp`) only as whole words.
    nearest_label(before, &LABELS, &FIRST, true).unwrap_or(GuidLabel::Unlabelled)
}

impl<'a> Ctx<'a> {
    pub(super) fn dotted(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        // Logs repeat the same host word on every line, and the reading depends on the bytes only.
        let memo = &mut self.memo;
        let reading = match memo.dotted.iter().find(|(k, _)| k.as_slice() == wb) {
            Some((_, r)) => *r,
            None => {
                let r = dotted_reading(wb);
                let slot = &mut memo.dotted[memo.dotted_next];
                memo.dotted_next = (memo.dotted_next + 1) % DOTTED_MEMO;
                slot.0.clear();
                slot.0.extend_from_slice(wb);
                slot.1 = r;
                r
            }
        };
        match reading {
            Dotted::Nothing => {}
            Dotted::Endpoint(p) => self.endpoint(w.s + p),
            Dotted::Other { host, client, me } => {
                if let Some(at) = me {
                    self.me_call_at(w.s + at as usize);
                }
                if host {
                    self.host(w);
                }
                if client {
                    self.client_error_word(wi, w);
                }
            }
        }
    }

    pub(super) fn endpoint(&mut self, s: usize) {
        let t = self.t;
        let mut e = s;
        while e < self.le && !URL_END[t[e] as usize] {
            e += 1;
        }
        // Include a scheme right before.
        let start = if s >= 8 && sl(t, s - 8, s).eq_ignore_ascii_case(b"https://") {
            s - 8
        } else if s >= 7 && sl(t, s - 7, s).eq_ignore_ascii_case(b"http://") {
            s - 7
        } else {
            s
        };
        // A client retrying names the same endpoint again and again: its reading depends on
        // the bytes from the scheme to the end alone, so a repeat takes the one remembered.
        let whole = sl(t, start, e);
        let remembered = self
            .memo
            .endpoints
            .iter()
            .position(|m| m.scheme == s - start && m.text == whole);
        let Some(m) = remembered else {
            let reading = self.read_endpoint(s, e, start);
            let slot = self.memo.endpoint_next;
            self.memo.endpoint_next = (slot + 1) % ENDPOINT_MEMO;
            self.memo.endpoints[slot] = EndpointMemo {
                text: whole.to_vec(),
                scheme: s - start,
                reading,
            };
            return self.endpoint_found(s, e, start, slot);
        };
        self.endpoint_found(s, e, start, m);
    }

    /// Files what the endpoint at `[start, e)` (its host at `s`) was read as, kept in slot `m`
    /// of the memo.
    fn endpoint_found(&mut self, s: usize, e: usize, start: usize, m: usize) {
        // Taken out while it is filed (nothing below reads an endpoint), then put back.
        let memo = std::mem::take(&mut self.memo.endpoints[m].reading);
        match &memo {
            EndpointReading::Host(host) => self.host_value(start, e, host, None),
            EndpointReading::Url { kind, query } => {
                self.skip_until = self.skip_until.max(e.min(s + query.unwrap_or(e - s)));
                let key = super::super::group::key(kind, sl(self.t, start, e));
                self.push_keyed_ref(start, e, kind, self.cur_time, key);
                self.last_protocol = Some(Protocol::TokenEndpoint);
                // Query parameters (scope=, client_secret=, …) are read by the word pass when
                // past skip.
                if let Some(q) = *query {
                    let qs = s + q + 1;
                    let w = Word { s: qs, e, f: EQ };
                    let wi = self
                        .words
                        .iter()
                        .position(|x| x.s <= s && x.e >= e)
                        .unwrap_or(0);
                    self.params(wi, w);
                }
            }
        }
        self.memo.endpoints[m].reading = memo;
    }

    /// Reads the endpoint URL whose host starts at `s` and which ends at `e`.
    fn read_endpoint(&self, s: usize, e: usize, start: usize) -> EndpointReading {
        let t = self.t;
        let _ = start;
        let url = lossy(sl(t, s, e));
        let (hostport, path) = match url.find('/') {
            Some(p) => (&url[..p], &url[p + 1..]),
            None => (url.as_str(), ""),
        };
        let host = hostport
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let host = host.trim_end_matches('.').to_string();
        let cloud = cloud_of_host(&host);
        let path = path.split(&['?', '#'][..]).next().unwrap_or("");
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        if segs.is_empty() || segs[0].eq_ignore_ascii_case("error") {
            return EndpointReading::Host(host);
        }
        let tenant_raw = url_decode(segs[0].as_bytes());
        let tl = tenant_raw.to_ascii_lowercase();
        let tenant = match tl.as_str() {
            "common" => TenantSegment::Common,
            "organizations" => TenantSegment::Organizations,
            "consumers" => TenantSegment::Consumers,
            "oauth2" => TenantSegment::Invalid(String::new()),
            x if is_guid(x.as_bytes()) => TenantSegment::Id(x.to_string()),
            x if x.contains('.')
                && x.split('.').all(|p| {
                    !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                }) =>
            {
                TenantSegment::Domain(x.to_string())
            }
            _ => TenantSegment::Invalid(clip(&tenant_raw)),
        };
        let after: Vec<String> = segs
            .iter()
            .skip(if tl == "oauth2" { 0 } else { 1 })
            .map(|s| s.to_ascii_lowercase())
            .collect();
        let v2 = after.iter().any(|s| s == "v2.0");
        let path_kind = after
            .iter()
            .rev()
            .find(|s| !s.is_empty() && *s != "v2.0" && *s != "oauth2")
            .cloned()
            .unwrap_or_else(|| "tenant".into());
        let path_kind = if path_kind.contains('.') && path_kind != "openid-configuration" {
            "other".to_string()
        } else {
            path_kind
        };
        EndpointReading::Url {
            kind: ArtifactKind::EndpointUrl(Box::new(EndpointUrl {
                host: host.clone(),
                cloud,
                tenant,
                v2,
                path_kind,
            })),
            query: url.find('?'),
        }
    }

    pub(super) fn host(&mut self, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        if let Some((memo, protocol)) = &self.host_memo {
            if memo.as_slice() == wb {
                if protocol.is_some() {
                    self.last_protocol = *protocol;
                }
                return;
            }
        }
        let protocol = self.host_word(w);
        self.host_memo = Some((wb.to_vec(), protocol));
    }

    /// A resource's scope written as a URL on its own (`"https://graph.microsoft.com/.default"`
    /// in a code sample, `https://outlook.office.com/IMAP.AccessAsUser.All` in a list): filed as
    /// a scope string, unless a `scope=`/`"scope":` reading on the same line already holds it.
    /// The host starts at `s`, its port ends at `pe`, within word `w`.
    fn resource_scope_url(&mut self, w: Word, s: usize, pe: usize, host: &str) {
        let t = self.t;
        if t.get(pe) != Some(&b'/') {
            return;
        }
        let start = if s >= 8 && sl(t, s - 8, s).eq_ignore_ascii_case(b"https://") {
            s - 8
        } else {
            s
        };
        // The value of a `scope`/`resource` key (`scope=https://…`, `"scope": "https://…"`):
        // the keyed reading files it, once for all its repeats.
        let mut k = start;
        while k > self.ls && matches!(t[k - 1], b'"' | b'\'' | b' ' | b'=' | b':' | b'\\') {
            k -= 1;
        }
        let key_end = k;
        while k > self.ls && t[k - 1].is_ascii_alphabetic() {
            k -= 1;
        }
        let key = sl(t, k, key_end);
        // Only a key with `=` or `:` is read by the keyed reading; prose ("the scope
        // https://…/.default") is read here.
        let keyed = sl(t, key_end, start)
            .iter()
            .any(|&c| matches!(c, b'=' | b':'));
        if keyed
            && [&b"scope"[..], b"scopes", b"resource"]
                .iter()
                .any(|n| key.eq_ignore_ascii_case(n))
        {
            return;
        }
        let mut e = pe + 1;
        while e < w.e && (t[e].is_ascii_alphanumeric() || matches!(t[e], b'.' | b'_')) {
            e += 1;
        }
        // One path segment, then the end of the word or a closing quote/bracket/separator.
        if e < w.e && !matches!(t[e], b'"' | b'\'' | b',' | b';' | b')' | b']' | b'}' | b'`') {
            return;
        }
        let seg = sl(t, pe + 1, e);
        if !is_permission_segment(seg) || !is_resource_host(host) {
            return;
        }
        let url = lossy(sl(t, start, e));
        let line_start = self.orig(self.ls);
        let held = self.out.iter().rev().take_while(|f| f.start >= line_start).any(|f| {
            matches!(&f.kind, ArtifactKind::Scope(x) if x.scopes.iter().any(|y| y.eq_ignore_ascii_case(&url)))
        });
        if !held {
            self.scope(start, e, &url, false);
        }
    }

    /// Reads a host (and port) from a word; returns the protocol it names.
    pub(super) fn host_word(&mut self, w: Word) -> Option<Protocol> {
        let wb = sl(self.t, w.s, w.e);
        // Where the host and port stand in the word, the host and the protocol they name depend
        // on the word's bytes alone: a log's few host words are read once (what follows depends
        // on the state too, and is done every time).
        let memo = &mut self.memo;
        let m = match memo.host_words.iter().position(|(k, _)| k.as_slice() == wb) {
            Some(m) if !memo_off() => m,
            _ => {
                let m = memo.host_word_next;
                memo.host_word_next = (m + 1) % HOST_WORD_MEMO;
                let slot = &mut memo.host_words[m];
                slot.0.clear();
                slot.0.extend_from_slice(wb);
                slot.1 = host_of_word(wb);
                m
            }
        };
        // Taken out while it is used (the scope reading below files evidence), then put back.
        let entry = std::mem::take(&mut self.memo.host_words[m]);
        let protocol = match &entry.1 {
            Some(h) => {
                let (host, port, protocol) = (&h.host, h.port, h.protocol);
                // TLS on connect asked of a port that starts plain: the line is read against
                // the known texts (`texts::CLIENT`, the client's TLS mode).
                if h.tls_on_upgrade_port {
                    self.line_known = true;
                }
                let (s, pe) = (w.s + h.s, w.s + h.pe);
                self.host_value(s, pe, host, port);
                self.resource_scope_url(w, s, pe, host);
                if let Some(f) = self.out.last_mut() {
                    if let ArtifactKind::Host {
                        host: fh,
                        protocol: p,
                        ..
                    } = &mut f.kind
                    {
                        if fh == host {
                            *p = protocol;
                        }
                    }
                }
                if protocol.is_some() {
                    self.last_protocol = protocol;
                }
                if protocol == Some(Protocol::Graph) || host.starts_with("outlook.") {
                    self.me_call(w, pe);
                }
                protocol
            }
            None => None,
        };
        self.memo.host_words[m] = entry;
        protocol
    }

    /// Files a call on `/me` when the word goes on from its host (ending at `pe`) with an API
    /// version and `me` as a whole segment: `/v1.0/me/…`, `/beta/me`, Outlook REST's
    /// `/api/v2.0/me/…` (once a paste).
    fn me_call(&mut self, w: Word, pe: usize) {
        if let Some(at) = me_after_version(sl(self.t, pe, w.e)) {
            self.me_call_at(pe + at);
        }
    }

    /// Files the call on `/me` whose `me` starts at `s` (once a paste).
    pub(super) fn me_call_at(&mut self, s: usize) {
        if self.once(7, &[]) {
            self.push(s, s + 2, ArtifactKind::MeCall);
        }
    }

    pub(super) fn host_value(&mut self, s: usize, e: usize, host: &str, port: Option<u16>) {
        // The port in decimal (as `to_string` writes it), on the stack.
        let mut digits = [0u8; 5];
        let port_key = match port {
            Some(p) => decimal(p, &mut digits),
            None => &b"None"[..],
        };
        if self.once(4, &[host.as_bytes(), b":", port_key]) {
            let cloud = cloud_of_host(host);
            self.push(
                s,
                e,
                ArtifactKind::Host {
                    host: host.to_string(),
                    port,
                    protocol: None,
                    cloud,
                },
            );
        }
    }
}

/// `n` in decimal without leading zeros (what `n.to_string()` writes), in `buf`.
fn decimal(mut n: u16, buf: &mut [u8; 5]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[i..];
        }
    }
}

/// How many host words [`Memo`] keeps with their readings.
pub(super) const HOST_WORD_MEMO: usize = 4;

/// Where a host word's host starts and its port ends (offsets in the word), the host in lower
/// case, its port and the protocol they name (see [`host_of_word`]).
pub(super) struct HostOfWord {
    s: usize,
    pe: usize,
    host: String,
    port: Option<u16>,
    protocol: Option<Protocol>,
    /// The scheme asks for TLS on connect (`ssl://`, `smtps://`, `imaps://`, `pop3s://`,
    /// `tls://`) and the port is one that starts plain and upgrades (587, 143, 110).
    tls_on_upgrade_port: bool,
}

/// The host a word names, if any: a function of the word's bytes. (A port's `:` inside the word
/// is all that is read of it: a word never ends before a `:`, and where one stood right after
/// the host at the word's end, no digit would follow within the word.)
fn host_of_word(wb: &[u8]) -> Option<HostOfWord> {
    // Strip a scheme and anything before it.
    let sep = find(wb, b"://");
    let implicit_tls = sep.is_some_and(|p| {
        let before = &wb[..p];
        let from = before
            .iter()
            .rposition(|c| !c.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let scheme = &before[from..];
        [&b"ssl"[..], b"smtps", b"imaps", b"pop3s", b"tls"]
            .iter()
            .any(|k| scheme.eq_ignore_ascii_case(k))
    });
    let (mut s, scheme) = match sep {
        Some(p) => (p + 3, true),
        // `host=smtp.office365.com`, `<outlook.office365.com>`: start after the key.
        None => match wb.iter().rposition(|&c| matches!(c, b'=' | b'<' | b'@')) {
            Some(p) if wb[p] == b'@' => return None,
            Some(p) => (p + 1, false),
            None => (0, false),
        },
    };
    while s < wb.len() && !wb[s].is_ascii_alphanumeric() {
        s += 1;
    }
    let mut e = s;
    while e < wb.len() && (wb[e].is_ascii_alphanumeric() || matches!(wb[e], b'.' | b'-')) {
        e += 1;
    }
    while e > s && matches!(wb[e - 1], b'.' | b'-') {
        e -= 1;
    }
    let host = lossy(sl(wb, s, e)).to_ascii_lowercase();
    if !host.contains('.') || host.starts_with('.') || !plausible_host(&host) {
        return None;
    }
    // A Java class path or file path (`com.sun.mail.smtp.SMTPTransport`) is not a host.
    if s > 0 && !scheme && !matches!(wb[s - 1], b'@' | b'[' | b'<' | b'/' | b'=' | b':') {
        return None;
    }
    // Mail server instance names (`AM0PR02CA0134.eurprd02.prod.outlook.com`) say nothing new.
    if host.ends_with(".prod.outlook.com") || host.ends_with(".protection.outlook.com") {
        return None;
    }
    let mut port = None;
    let mut pe = e;
    if wb.get(e) == Some(&b':') {
        let mut q = e + 1;
        while q < wb.len() && wb[q].is_ascii_digit() {
            q += 1;
        }
        if q > e + 1 {
            port = lossy(sl(wb, e + 1, q)).parse::<u16>().ok();
            pe = q;
        }
    }
    let path = lossy(sl(wb, pe, wb.len())).to_ascii_lowercase();
    let mut protocol = match port {
        Some(993) | Some(143) => Some(Protocol::Imap),
        Some(995) | Some(110) => Some(Protocol::Pop),
        Some(587) | Some(25) | Some(465) => Some(Protocol::Smtp),
        _ => None,
    };
    if protocol.is_none() {
        protocol = if host.starts_with("smtp.") || host.starts_with("smtp-") {
            Some(Protocol::Smtp)
        } else if host.starts_with("imap.") || host.starts_with("imap-") {
            Some(Protocol::Imap)
        } else if host.starts_with("pop.") || host.starts_with("pop3.") {
            Some(Protocol::Pop)
        } else if path.contains("/ews/") || path.contains("exchange.asmx") {
            Some(Protocol::Ews)
        } else if path.contains("powershell") {
            Some(Protocol::ExchangePowershell)
        } else if host.starts_with("graph.")
            || host.contains("graph.microsoft")
            || host.starts_with("microsoftgraph.")
        {
            Some(Protocol::Graph)
        } else if host.starts_with("login.") || host.starts_with("sts.") {
            Some(Protocol::TokenEndpoint)
        } else {
            None
        };
    }
    Some(HostOfWord {
        s,
        pe,
        host,
        port,
        protocol,
        tls_on_upgrade_port: implicit_tls && matches!(port, Some(587 | 143 | 110)),
    })
}

/// Whether `host` serves tokens' audiences a mail app asks for: Microsoft Graph or Exchange
/// Online, in any cloud.
fn is_resource_host(host: &str) -> bool {
    cloud_of_host(host).is_some()
        && (host.starts_with("graph.")
            || host.starts_with("dod-graph.")
            || host.starts_with("microsoftgraph.")
            || host.starts_with("outlook.")
            || host == "ps.outlook.com"
            || host == "partner.outlook.cn")
}

/// Whether a URL's single path segment names a permission: `.default`, a dotted name with a
/// capital letter (`Mail.Send`, `IMAP.AccessAsUser.All`), or one of Exchange's
/// underscore-named permissions.
fn is_permission_segment(seg: &[u8]) -> bool {
    seg == b".default"
        || seg.eq_ignore_ascii_case(b"full_access_as_app")
        || seg.eq_ignore_ascii_case(b"user_impersonation")
        || (seg.len() > 3
            && seg.first().is_some_and(u8::is_ascii_uppercase)
            && seg.contains(&b'.')
            && seg.iter().all(|c| c.is_ascii_alphabetic() || *c == b'.'))
}

/// Whether `host` is a mail / identity host worth reporting: a Microsoft cloud host, or a
/// `smtp.`/`imap.`/`pop.` host under a common top-level domain.
pub(super) fn plausible_host(host: &str) -> bool {
    if cloud_of_host(host).is_some() {
        return true;
    }
    let tld = crate::i18n::after_last_ascii(host, b'.');
    const TLDS: crate::catalogue::Words = crate::words![
        "com", "net", "org", "de", "uk", "ch", "at", "fr", "nl", "eu", "io", "edu", "gov", "us",
        "cn", "co", "jp", "au", "ca", "it", "es", "se", "no", "dk", "fi", "pl", "ru", "br", "in",
        "mil",
    ];
    (host.starts_with("smtp.")
        || host.starts_with("imap.")
        || host.starts_with("pop.")
        || host.starts_with("pop3.")
        || host.starts_with("mail."))
        && TLDS.contains(tld)
}

pub(super) fn qualified_in_line(line: &[u8], name: &str) -> Option<String> {
    let pat = format!(".{name}");
    let p = find(line, pat.as_bytes())?;
    let mut a = p;
    while a > 0 && (line[a - 1].is_ascii_alphanumeric() || matches!(line[a - 1], b'.' | b'_')) {
        a -= 1;
    }
    Some(lossy(&line[a..p + pat.len()]))
}

/// Cheap test whether a dotted word can hold a host, login URL or library name the scanner
/// reports: one of its labels (between `.`, `/`, `:`, `@`, `=`) is a known one. One pass.
pub(super) fn dotted_interesting(wb: &[u8]) -> bool {
    const LABELS: [&[u8]; 21] = [
        b"office365",
        b"outlook",
        b"office",
        b"microsoft",
        b"microsoftonline",
        b"chinacloudapi",
        b"apps",
        b"smtp",
        b"imap",
        b"pop",
        b"pop3",
        b"windows",
        b"graph",
        b"microsoftgraph",
        b"login",
        b"sts",
        b"imaplib",
        b"smtplib",
        b"poplib",
        b"webmail",
        b"partner",
    ];
    /// Per label length, the first letters of the known labels of that length.
    const fn first_letters() -> [u32; 16] {
        let mut t = [0u32; 16];
        let mut i = 0;
        while i < LABELS.len() {
            t[LABELS[i].len()] |= 1 << (LABELS[i][0] - b'a');
            i += 1;
        }
        t
    }
    const FIRST: [u32; 16] = first_letters();
    let known = |l: &[u8]| {
        let c = l.first().map_or(0, |c| c | 0x20);
        l.len() < 16
            && c.is_ascii_lowercase()
            && FIRST[l.len()] & (1 << (c - b'a')) != 0
            && LABELS.iter().any(|k| k.eq_ignore_ascii_case(l))
    };
    // A label `me` after a separator of labels (a dot, a slash, `:`, `@`, `=`, `<`, `>`): perhaps
    // a call on `/me` (`me_in_word` decides).
    let me = |l: &[u8], from: usize| from > 0 && l.eq_ignore_ascii_case(b"me");
    let (mut dots, mut any, mut from, mut me_seen) = (0usize, false, 0usize, false);
    for (i, &c) in wb.iter().enumerate() {
        if matches!(c, b'.' | b'/' | b':' | b'@' | b'=' | b'<' | b'>') {
            dots += usize::from(c == b'.');
            any = any || known(&wb[from..i]);
            me_seen = me_seen || me(&wb[from..i], from);
            from = i + 1;
        }
    }
    any = any || known(&wb[from..]);
    if me_seen || me(&wb[from..], from) {
        return true;
    }
    // One dot is a file name, a version or a class name, except for the Python mail modules.
    any && (dots >= 2
        || (wb.len() >= 7
            && matches!(&wb[..4], b"imap" | b"smtp" | b"popl")
            && find(wb, b"lib.").is_some()))
}

/// How many endpoint URLs the memo keeps (a retrying client names the token endpoint and an
/// error page's).
pub(super) const ENDPOINT_MEMO: usize = 4;

/// An endpoint URL read before: its bytes from the scheme on, the scheme's length, the reading.
#[derive(Default)]
pub(super) struct EndpointMemo {
    text: Vec<u8>,
    scheme: usize,
    reading: EndpointReading,
}

/// What an endpoint URL was read as (a function of its bytes).
pub(super) enum EndpointReading {
    /// No path to read: only its host is reported.
    Host(String),
    /// A sign-in endpoint, and where its query starts in the URL (after the scheme).
    Url {
        kind: ArtifactKind,
        query: Option<usize>,
    },
}

impl Default for EndpointReading {
    fn default() -> Self {
        EndpointReading::Host(String::new())
    }
}

/// What a dotted word is to the scanner (a function of its bytes, see `Ctx::dotted`).
#[derive(Clone, Copy, Default)]
pub(super) enum Dotted {
    /// Nothing to report.
    #[default]
    Nothing,
    /// A sign-in endpoint URL starting at this offset of the word.
    Endpoint(usize),
    /// A mail or identity host, and/or a Python mail module named in an error, and/or where a
    /// call on `/me` names `me` ([`me_in_word`]).
    Other {
        host: bool,
        client: bool,
        me: Option<u32>,
    },
}

pub(super) fn dotted_reading(wb: &[u8]) -> Dotted {
    if !dotted_interesting(wb) {
        return Dotted::Nothing;
    }
    let lower_has = |n: &[u8]| find_ci(wb, n).is_some();
    if let Some(p) = find_ci(wb, b"login.") {
        let rest = &wb[p..];
        if find_ci(rest, b"microsoftonline").is_some()
            || find_ci(rest, b"login.chinacloudapi.cn").is_some()
            || find_ci(rest, b"login.windows.net").is_some()
        {
            return Dotted::Endpoint(p);
        }
    }
    let host = lower_has(b"office365")
        || lower_has(b"outlook.")
        || lower_has(b"graph.microsoft")
        || lower_has(b"microsoftgraph")
        || lower_has(b"apps.mil")
        || lower_has(b"smtp.")
        || lower_has(b"imap.")
        || lower_has(b"pop.")
        || lower_has(b"pop3.")
        || lower_has(b"office.de")
        || lower_has(b"sts.windows.net");
    let client = find(wb, b"imaplib").is_some()
        || find(wb, b"smtplib").is_some()
        || find(wb, b"poplib").is_some();
    let me = me_in_word(wb).and_then(|p| u32::try_from(p).ok());
    Dotted::Other { host, client, me }
}

/// Where `me` starts in `path` when `path` starts with a Graph or Outlook REST version
/// (`/v1.0/`, `/beta/`, `/api/v2.0/`) and `me` is its next segment, whole.
fn me_after_version(path: &[u8]) -> Option<usize> {
    let v = [&b"/v1.0/"[..], b"/beta/", b"/api/v2.0/", b"/api/beta/"]
        .into_iter()
        .find(|v| path.len() >= v.len() && path[..v.len()].eq_ignore_ascii_case(v))?;
    let rest = &path[v.len()..];
    // `me` ends the segment: the word's end, a separator, or a sentence's last dot.
    let whole = match rest.get(2) {
        None => true,
        Some(b'.') => rest.len() == 3,
        Some(c) => !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-')),
    };
    (rest.len() >= 2 && rest[..2].eq_ignore_ascii_case(b"me") && whole).then_some(v.len())
}

/// A call on `/me` in a word without its host: a path that starts the word
/// (`/v1.0/me/messages`, as `Invoke-MgGraphRequest` takes it) or a Graph SDK's `me` right after
/// a label that ends in `client` (its client object) and followed by a dot or the word's end
/// (`graphClient.Me.Messages`, `client.me.messages.get`, `graphServiceClient.me` before its
/// `(`): where `me` starts. Addresses and URLs (`john@telegraph.me`, `https://…`) are not code.
pub(super) fn me_in_word(wb: &[u8]) -> Option<usize> {
    // A path of its own (after a host, the host's reading decides: `me_call`).
    if let Some(at) = me_after_version(wb) {
        return Some(at);
    }
    if wb.contains(&b'@') || find(wb, b"//").is_some() {
        return None;
    }
    let mut labels = wb.split(|&c| c == b'.');
    let mut at = 0;
    let mut before = labels.next()?;
    for label in labels {
        at += before.len() + 1;
        if label.eq_ignore_ascii_case(b"me") && crate::secrets::ends_with_ci(before, b"client") {
            return Some(at);
        }
        before = label;
    }
    None
}

/// The filters of a table of labels (at most 64, lower case), made once at build time.
struct Gate {
    /// For each byte, the labels that start with it in either case.
    first: [u64; 256],
    /// The labels by their second byte, folded to six bits (`(c | 0x20) & 63`: the same for both
    /// cases of a letter), so most first-byte candidates are dropped before a comparison (a
    /// log's letters start many labels); bytes that fold alike pass together, the comparison
    /// decides.
    second: [u64; 64],
    /// The one-byte labels, which have no second byte.
    one_byte: u64,
    /// The longest label's length.
    longest: usize,
}

/// Folds a label's second byte to six bits (see [`Gate::second`]).
const fn fold6(c: u8) -> usize {
    ((c | 0x20) & 63) as usize
}

const fn first_bytes<T, const N: usize>(labels: &[(&[u8], T); N]) -> Gate {
    assert!(N <= 64);
    let mut g = Gate {
        first: [0u64; 256],
        second: [0u64; 64],
        one_byte: 0,
        longest: 0,
    };
    let mut i = 0;
    while i < N {
        let pat = labels[i].0;
        let b = pat[0];
        g.first[b as usize] |= 1 << i;
        g.first[b.to_ascii_uppercase() as usize] |= 1 << i;
        if pat.len() > 1 {
            g.second[fold6(pat[1])] |= 1 << i;
        } else {
            g.one_byte |= 1 << i;
        }
        if pat.len() > g.longest {
            g.longest = pat.len();
        }
        i += 1;
    }
    g
}

/// The label of `labels` that ends nearest the end of `before` (on ties the longer), matched
/// in either case; with `whole_short`, labels of up to three bytes only as whole words. One
/// pass over `before` from its end, stopping once no label can end nearer: at each byte only
/// the labels starting with it and going on with its next byte are compared (`gate` from
/// [`first_bytes`]).
fn nearest_label<T: Copy>(
    before: &[u8],
    labels: &[(&[u8], T)],
    gate: &Gate,
    whole_short: bool,
) -> Option<T> {
    let mut best: Option<(usize, usize, T)> = None;
    let (first, second, one_byte, longest) =
        (&gate.first, &gate.second, gate.one_byte, gate.longest);
    // From the end back: once no label starting this far back can end as late as the best,
    // the best is found (a label's place and length give its end, so ties never depend on
    // the order of the walk).
    for at in (0..before.len()).rev() {
        if best.is_some_and(|(be, _, _)| at + longest < be) {
            break;
        }
        let mut m = first[before[at] as usize];
        if m == 0 {
            continue;
        }
        m &= before.get(at + 1).map_or(0, |&c| second[fold6(c)]) | one_byte;
        while m != 0 {
            let (pat, v) = labels[m.trailing_zeros() as usize];
            m &= m - 1;
            let end = at + pat.len();
            if end > before.len()
                || !before[at..end]
                    .iter()
                    .zip(pat)
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
                || (whole_short
                    && pat.len() <= 3
                    && at > 0
                    && before[at - 1].is_ascii_alphanumeric())
            {
                continue;
            }
            if best.is_none_or(|(be, bl, _)| (end, pat.len()) > (be, bl)) {
                best = Some((end, pat.len(), v));
            }
        }
    }
    best.map(|(_, _, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A window's ends read as two words are the ends copied byte by byte, the rest zero.
    #[test]
    fn window_ends_are_the_first_and_last_four_bytes() {
        let text = b"Correlation ID: 0a1b2c3d";
        for s in 0..text.len() {
            for e in s..=text.len() {
                let w = &text[s..e];
                let n = w.len().min(4);
                let (mut first, mut last) = ([0u8; 4], [0u8; 4]);
                first[..n].copy_from_slice(&w[..n]);
                last[..n].copy_from_slice(&w[w.len() - n..]);
                let plain = u64::from(u32::from_le_bytes(last))
                    | u64::from(u32::from_le_bytes(first)) << 32;
                assert_eq!(window_ends(w), plain, "{w:?}");
            }
        }
    }

    #[test]
    fn digits_and_only_digits_become_zero() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'x', 0x2f, b'9', 0xb0, b':', b'5', 0x80, b'0'];
                bytes[at] = b;
                let want: Vec<u8> = bytes
                    .iter()
                    .map(|&c| if c.is_ascii_digit() { b'0' } else { c })
                    .collect();
                let got = digits_as_zero(u64::from_le_bytes(bytes)).to_le_bytes();
                assert_eq!(got.as_slice(), want.as_slice(), "{b} at {at}");
            }
        }
    }

    #[test]
    fn a_port_is_written_as_to_string_writes_it() {
        let mut buf = [0u8; 5];
        for p in 0..=u16::MAX {
            assert_eq!(decimal(p, &mut buf), p.to_string().as_bytes());
        }
    }

    proptest::proptest! {
        /// A remembered label is the label the window gives: windows drawn from up to fourteen
        /// (so that they repeat, and more of them than are kept are replaced), of labels, other
        /// words, cut-off labels and digits (a window remembered with its digits as `0` gives
        /// the label of one with other digits).
        #[test]
        fn remembered_guid_labels_are_the_windows_labels(
            windows in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "Trace ID: ", "app '", "tenant ", "tid=", "xtid ", "Correlation", "request_id\":\"",
                        "client_id=", "ation with id ", " ", "'", "\"", "0a1b2c3d-", "-", "tena",
                        "7", "42 ", "ti", "d9", "1app '", "000000000815 ",
                    ]),
                    0..5,
                ),
                1..40,
            ),
            pick in proptest::collection::vec(0usize..14, 1..60),
        ) {
            let mut memo = GuidLabels::default();
            for (i, k) in pick.iter().enumerate() {
                let w = windows[k % windows.len()].concat();
                let w = w.as_bytes();
                let w = &w[w.len().saturating_sub(GUID_WINDOW)..];
                proptest::prop_assert_eq!(memo.label(w), guid_label_of(w), "step {}", i);
            }
        }
    }

    /// GUIDs beyond the kept ones are counted without their text being made, as they were with
    /// it: a new GUID once the kind is full, a kept GUID under another label, the same GUID
    /// under its label again (seen: not counted twice) and a grouped trace id.
    #[test]
    fn guids_beyond_the_limit_are_counted_as_before() {
        let guid = |i: usize| format!("{i:08x}-1c2d-4e5f-9a8b-{i:012}");
        let mut text = String::new();
        for i in 0..1200 {
            text.push_str(&format!("id {}\n", guid(i)));
        }
        // Kept, under another label; left out, again under its label; new, labelled.
        text.push_str(&format!("tenant {}\n", guid(5)));
        text.push_str(&format!("id {}\n", guid(1100)));
        text.push_str(&format!("tenant {}\n", guid(5000)));
        text.push_str(&format!(
            "trace id {}\ntrace id {}\n",
            guid(7000),
            guid(7001)
        ));
        let arts = crate::scan::scan(&text, 0);
        let guids: Vec<_> = arts
            .iter()
            .filter_map(|a| match &a.kind {
                ArtifactKind::Guid { value, label } => Some((value.clone(), *label, &a.repeats)),
                _ => None,
            })
            .collect();
        assert_eq!(guids.len(), 1001, "the kept ones and the trace id");
        assert_eq!(guids[5].0, guid(5));
        assert!(guids
            .iter()
            .all(|g| g.1 == GuidLabel::Unlabelled || g.1 == GuidLabel::TraceId));
        let trace: Vec<_> = guids.iter().filter(|g| g.1 == GuidLabel::TraceId).collect();
        assert_eq!(trace.len(), 1);
        assert_eq!(trace[0].2.as_ref().map(|r| r.count), Some(2));
        let omitted: Vec<_> = arts
            .iter()
            .filter_map(|a| match a.kind {
                ArtifactKind::Omitted { of, count } => Some((of, count, a.line)),
                _ => None,
            })
            .collect();
        // 200 new ones, the kept one under another label, the new labelled one.
        assert_eq!(omitted, vec![("guid", 202, 1001)]);
    }

    fn scopes_of(text: &str) -> Vec<Vec<String>> {
        crate::scan::scan(text, 0)
            .into_iter()
            .filter_map(|a| match a.kind {
                ArtifactKind::Scope(s) => Some(s.scopes),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_resource_scope_written_as_a_url_is_a_scope_once() {
        let one = |u: &str| vec![vec![u.to_string()]];
        for (text, want) in [
            (
                "string[] scopes = {\n    \"https://graph.microsoft.com/.default\"\n};",
                one("https://graph.microsoft.com/.default"),
            ),
            (
                "var s = new[] { \"https://outlook.office365.com/.default\" };",
                one("https://outlook.office365.com/.default"),
            ),
            (
                "- https://outlook.office.com/IMAP.AccessAsUser.All",
                one("https://outlook.office.com/IMAP.AccessAsUser.All"),
            ),
            // Read once where a `scope` key holds it already.
            (
                "scope=https://graph.microsoft.com/.default",
                one("https://graph.microsoft.com/.default"),
            ),
            (
                "{\"scope\": \"https://graph.microsoft.com/.default\"}",
                one("https://graph.microsoft.com/.default"),
            ),
            // A repeated keyed scope stays one artifact with its repeats.
            (
                "a (scope=https://outlook.office365.com/.default)\nIMAP to outlook.office365.com:993\na (scope=https://outlook.office365.com/.default)",
                one("https://outlook.office365.com/.default"),
            ),
            // Not a permission: an API path, a page, another host.
            ("GET https://graph.microsoft.com/v1.0/me/messages", vec![]),
            ("see https://outlook.office.com/mail/inbox", vec![]),
            ("https://graph.microsoft.com/Mail.Send/extra", vec![]),
            ("https://example.com/.default", vec![]),
            // Prose naming the scope after the word, without a key's `=` or `:`.
            (
                "I request the token with scope https://graph.microsoft.com/.default and then",
                one("https://graph.microsoft.com/.default"),
            ),
        ] {
            assert_eq!(scopes_of(text), want, "{text}");
        }
    }

    /// A call on `/me` is filed where `me` is a whole segment after an API version, once.
    #[test]
    fn me_calls() {
        let calls = |text: &str| {
            crate::scan::scan(text, 0)
                .iter()
                .filter(|a| matches!(a.kind, ArtifactKind::MeCall))
                .count()
        };
        for (text, want) in [
            ("GET https://graph.microsoft.com/v1.0/me/messages", 1),
            ("POST https://graph.microsoft.com/beta/me/sendMail HTTP/1.1", 1),
            ("url: https://graph.microsoft.com/v1.0/me", 1),
            ("https://graph.microsoft.com/v1.0/me?$select=mail", 1),
            ("https://outlook.office.com/api/v2.0/me/messages", 1),
            ("https://graph.microsoft.com/v1.0/me/events\nhttps://graph.microsoft.com/v1.0/me/calendar", 1),
            // Without the host: a path, a Graph SDK's client.
            ("Invoke-MgGraphRequest -Method GET -Uri /v1.0/me/messages", 1),
            ("var m = await graphClient.Me.Messages.Request().GetAsync();", 1),
            ("await graphClient.Me.SendMail(message, true).Request().PostAsync();", 1),
            ("graphClient.me().messages().buildRequest().get();", 1),
            ("result = client.me.messages.get()", 1),
            ("const m = await client.api('/me/messages').get();", 1),
            ("client.api(\"/me\").get()", 1),
            ("client.api('/users/a@contoso.com/messages')", 0),
            ("cp ./api /me/x", 0),
            ("see readme.me.txt and user.me.com", 0),
            ("contact john@telegraph.me or www.photograph.me", 0),
            ("Call https://graph.microsoft.com/v1.0/me.", 1),
            ("graphClient.Members.Request()", 0),
            ("Invoke-MgGraphRequest -Uri /v1.0/users/a@contoso.com/messages", 0),
            ("https://graph.microsoft.com/v1.0/memberOf", 0),
            ("https://graph.microsoft.com/v1.0/users/a@contoso.com/messages", 0),
            ("https://graph.microsoft.com/.default", 0),
            ("https://example.com/v1.0/me/messages", 0),
        ] {
            assert_eq!(calls(text), want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_walk_back_finds_what_a_full_walk_finds(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("app"), proptest::strategy::Just("id"),
                    proptest::strategy::Just("App Id"), proptest::strategy::Just(" "),
                    proptest::strategy::Just("tid"), proptest::strategy::Just("x"),
                    proptest::strategy::Just("application"), proptest::strategy::Just("appid"),
                ],
                0..20,
            )
        ) {
            const LABELS: [(&[u8], u8); 5] = [
                (b"app id", 1),
                (b"appid", 2),
                (b"application", 3),
                (b"tid", 4),
                (b"id", 5),
            ];
            static FIRST: Gate = first_bytes(&LABELS);
            let text = parts.concat();
            let b = text.as_bytes();
            for whole_short in [false, true] {
                let mut full: Option<(usize, usize, u8)> = None;
                for at in 0..b.len() {
                    for (pat, v) in LABELS {
                        let end = at + pat.len();
                        if end > b.len()
                            || !b[at..end].eq_ignore_ascii_case(pat)
                            || (whole_short
                                && pat.len() <= 3
                                && at > 0
                                && b[at - 1].is_ascii_alphanumeric())
                        {
                            continue;
                        }
                        if full.is_none_or(|(be, bl, _)| (end, pat.len()) > (be, bl)) {
                            full = Some((end, pat.len(), v));
                        }
                    }
                }
                proptest::prop_assert_eq!(
                    nearest_label(b, &LABELS, &FIRST, whole_short),
                    full.map(|x| x.2)
                );
            }
        }
    }
}
