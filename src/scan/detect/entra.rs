//! Microsoft Entra: `AADSTS` errors with their fields, Entra messages without their number (read
//! from the catalogue's known texts), token endpoint error bodies and token responses.

use super::*;

/// ASCII digits read as `u32` (what `str::parse::<u32>` gives them): `None` when there are none or
/// the number does not fit.
fn digits_u32(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    let mut v = 0u32;
    for &d in digits {
        v = v
            .checked_mul(10)?
            .checked_add(u32::from(d.wrapping_sub(b'0')))?;
    }
    Some(v)
}

impl<'a> Ctx<'a> {
    pub(super) fn aadsts(&mut self, s: usize) {
        let t = self.t;
        if in_link_path(t, self.ls, s) {
            return;
        }
        // The code's digits: right after `AADSTS`, or as typed by hand after a blank or a dash
        // (`AADSTS 50011`, `AADSTS-50011`, at least five digits), or after `ADSTS`, the prefix
        // with one `A` dropped.
        let prefix = if sl(t, s, s + 5) == b"ADSTS" { 5 } else { 6 };
        let mut from = s + prefix;
        if matches!(t.get(from), Some(b' ' | b'-'))
            && t.get(from + 1..from + 6)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        {
            from += 1;
        }
        let mut i = from;
        while i < self.le && t[i].is_ascii_digit() {
            i += 1;
        }
        let typed = prefix == 5 || from > s + prefix;
        if typed && (i - from < 5 || t.get(i).is_some_and(u8::is_ascii_alphabetic)) {
            return;
        }
        // The code's digits as `u32` parses them: none, or too many for it, is no code.
        let Some(code) = digits_u32(sl(t, from, i)) else {
            return;
        };
        let mut ms = i;
        while ms < self.le && matches!(t[ms], b':' | b' ' | b'\t') {
            ms += 1;
        }
        // The message ends at the end of the line, or where a JSON string ends.
        let mut me = self.le.min(ms + WINDOW);
        let line_rest = sl(t, ms, self.le.min(ms + WINDOW));
        // The first of `",`, `"}`, `" ,`, `\r`, `\n` and `</`, in one walk over their first
        // bytes, then ` Trace ID:` before it.
        let ends = |p: usize| match line_rest[p] {
            b'"' => {
                matches!(line_rest.get(p + 1..p + 2), Some(b",") | Some(b"}"))
                    || line_rest.get(p + 1..p + 3) == Some(b" ,")
            }
            b'\\' => matches!(line_rest.get(p + 1), Some(b'r' | b'n')),
            _ => line_rest.get(p + 1) == Some(&b'/'),
        };
        if let Some(p) = memchr::memchr3_iter(b'"', b'\\', b'<', line_rest).find(|&p| ends(p)) {
            me = me.min(ms + p);
        }
        let label = b" Trace ID:";
        let upto = (me.saturating_sub(ms) + label.len() - 1).min(line_rest.len());
        // Walked over its `T`: the blank before it is everywhere in a message.
        if let Some(p) = find_by(&line_rest[..upto], label, 1) {
            me = me.min(ms + p);
        }
        // The message, borrowed from the text when that is what `clip` of its lossy text would
        // make (valid UTF-8, not clipped): a repeated error makes no text.
        fn trim(m: &str) -> &str {
            m.trim().trim_end_matches(&['"', '\'', '*', '`'][..])
        }
        let message: std::borrow::Cow<'a, str> = match std::str::from_utf8(sl(t, ms, me)).map(trim)
        {
            Ok(m) if m.len() <= CLIP => std::borrow::Cow::Borrowed(m),
            _ => std::borrow::Cow::Owned(clip(trim(&lossy(sl(t, ms, me))))),
        };
        // The code whose wording the message is, if any.
        let worded = || message_code(crate::i18n::fold_for_match(&message).as_bytes());
        let catalogued = crate::catalogue::aadsts(code).is_some();
        // A code the catalogue does not know (a new one, or one quoted wrongly: `AADSTS0023`
        // for 900023) whose message is a known code's wording is read as that code, `inferred`.
        let by_wording = if catalogued { None } else { worded() };
        let (code, inferred) = (by_wording.unwrap_or(code), by_wording.is_some());
        // The fields around are not part of the group key: a repeat of a known error only
        // counts, so they are read for the first of its group alone.
        let key = super::super::group::aadsts_key(code, inferred, &message);
        let repeat = self.repeats_message(key);
        // A catalogued code whose message is the wording of one of its own sub-codes
        // (`AADSTS90023: Cross-origin token redemption is permitted only …`, AADSTS9002326's):
        // the sub-code is read too, `inferred`, and decides (`rules::entra`).
        let sub_code = if catalogued && !repeat {
            worded().filter(|&sub| crate::catalogue::is_sub_code(sub, code))
        } else {
            None
        };
        let message = if repeat {
            String::new()
        } else {
            message.into_owned()
        };
        let mut kind = ArtifactKind::Aadsts(Box::new(AadstsError::new(code, message, inferred)));
        if !repeat {
            if let ArtifactKind::Aadsts(err) = &mut kind {
                self.aadsts_fields(s, me, err);
            }
        }
        self.entra_reply();
        self.push_keyed(s, me.max(i), kind, self.cur_time, key);
        if let Some(sub) = sub_code {
            self.inferred_aadsts(s, sub);
        }
    }

    /// Whether `t[a..e]` on the current line holds an `AADSTS` (in any case with `ci`) that
    /// [`Self::aadsts`] reads as evidence: one not in a link's path (a page about the code).
    fn reads_aadsts_in(&self, a: usize, e: usize, ci: bool) -> bool {
        let hay = sl(self.t, a, e);
        let mut from = 0;
        while let Some(p) = if ci {
            find_ci(sl(hay, from, hay.len()), b"aadsts")
        } else {
            find(sl(hay, from, hay.len()), b"AADSTS")
        } {
            if !in_link_path(self.t, self.ls, a + from + p) {
                return true;
            }
            from += p + 1;
        }
        false
    }

    /// The trace and correlation ids and the timestamp around an AADSTS error starting at `s`
    /// whose message ends at `me`: in the lines after, and up to eight lines before.
    fn aadsts_fields(&self, s: usize, me: usize, err: &mut AadstsError) {
        let t = self.t;
        let win_s = back_lines(t, self.ls, 8);
        let win_e = forward_lines(t, self.le, 8);
        let after = sl(t, me, win_e.min(me + WINDOW));
        let before = sl(t, win_s.max(s.saturating_sub(WINDOW)), s);
        let field = |label: &[u8]| -> Option<String> {
            let from = |hay: &[u8], last: bool| -> Option<String> {
                let p = if last {
                    rfind_ci(hay, label)
                } else {
                    find_ci(hay, label)
                }?;
                let v = &hay[p + label.len()..];
                let v = trim_lead(v);
                let end = v
                    .iter()
                    .position(|&c| matches!(c, b'\r' | b'\n' | b'"' | b',' | b'\\'))
                    .unwrap_or(v.len());
                let val = lossy(&v[..end.min(64)]).trim().to_string();
                (!val.is_empty()).then_some(val)
            };
            from(after, false).or_else(|| from(before, true))
        };
        let guid = |v: Option<String>| {
            v.map(|x| x.chars().take(36).collect::<String>())
                .filter(|x| is_guid(x.as_bytes()))
        };
        err.trace_id = guid(field(b"trace id:"));
        err.correlation_id = guid(field(b"correlation id:"));
        err.timestamp = field(b"timestamp:").and_then(|v| {
            crate::time::parse_rfc3339(v.trim_end_matches(&['.', ' '][..]))
                .or_else(|| parse_timestamp(v.as_bytes(), 0, v.len()).map(|x| x.1))
        });
    }

    /// An Entra error code without its `AADSTS` prefix, as the Entra sign-in log and Microsoft
    /// Graph show it: `Sign-in error code 50011`, `"errorCode": 50126`, `Error Code: 50105`,
    /// `Anmeldefehlercode 50126`, `Fehlercode = 53003`,
    /// `ErrorCode 700016`, `error 7000215`. Read only right after such a label, and only for a code the catalogue
    /// knows, or for any code under the sign-in log's own label or beside a `failureReason`: a
    /// number anywhere else is never taken for an Entra code. `w` is the word holding the digits,
    /// `d` where they start in it, and `wi` its index (the label is the words before it, or, for
    /// a number alone on its line, the line above: the portal's sign-in details copied as text).
    pub(super) fn bare_aadsts(&mut self, wi: usize, w: Word, d: usize) {
        let t = self.t;
        let wb = sl(t, w.s + d, w.e);
        let n = wb.iter().take_while(|c| c.is_ascii_digit()).count();
        let closed = |c: &u8| matches!(c, b',' | b';' | b'.' | b':' | b'}' | b'"' | b')' | b']');
        // A whole word holds only the number and closing marks; inside compact JSON the number
        // ends at the next mark.
        let ends = if d == 0 {
            wb[n..].iter().all(closed)
        } else {
            wb.get(n).is_none_or(closed)
        };
        // A row of Microsoft's code tables copied as text (`50126|Invalid username or …`),
        // first on its line, in a short paste.
        let bar = |p: usize| t.get(p) == Some(&b'|');
        let table_row = wi == 0
            && d == 0
            && self.read_every_line
            && (bar(w.s + n) || (n == wb.len() && bar(w.e)));
        // A line of Microsoft's sign-in error list copied as text (`50058: A silent sign-in
        // request was sent …`, `50074, Strong Authentication is required.`): the code first on
        // its line with a colon right after it, or a comma and prose (a space, then a letter: not
        // a CSV record's `50000,listening`), in a short paste, and only a catalogued code from
        // 50000 up (checked below).
        let colon_row = wi == 0
            && d == 0
            && self.read_every_line
            && ((n + 1 == wb.len() && wb[n] == b':')
                || (n == wb.len()
                    && t.get(w.e) == Some(&b',')
                    && t.get(w.e + 1) == Some(&b' ')
                    && t.get(w.e + 2)
                        .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)));
        if !(5..=7).contains(&n) || !(ends || table_row || colon_row) {
            return;
        }
        let Ok(code) = lossy(&wb[..n]).parse::<u32>() else {
            return;
        };
        // A catalogued code from 50000 up: no socket, HTTP or line number is one.
        let catalogued = || code >= 50_000 && crate::catalogue::aadsts(code).is_some();
        if colon_row && !catalogued() {
            return;
        }
        let norm = |b: &[u8]| -> Vec<u8> {
            let b = trim_label(b);
            b.to_ascii_lowercase()
        };
        // The label: `errorCode` (JSON, PowerShell) or `error code` (`Sign-in error code`) in
        // the words before.
        let (label_start, sign_in) = if table_row || colon_row {
            (w.s, false)
        } else if wi == 0 {
            // The Entra portal's sign-in details copied as text: the label on its own line
            // (`Sign-in error code`), the code alone on the next.
            let ps = back_lines(t, self.ls, 1);
            let prev = sl(t, ps, self.ls.saturating_sub(1)).trim_ascii();
            match prev.to_ascii_lowercase().as_slice() {
                b"sign-in error code" | b"anmeldefehlercode" => (ps, true),
                b"error code" => (ps, false),
                _ => return,
            }
        } else {
            // `ErrorCode : 50055` (PowerShell's list format) puts the colon in its own word.
            let j = if matches!(self.wtext(wi.wrapping_sub(1)), b":" | b"=") {
                wi.wrapping_sub(2)
            } else {
                wi.wrapping_sub(1)
            };
            let prev = norm(self.wtext(j));
            if matches!(prev.as_slice(), b"errorcode" | b"error_code") {
                (self.words[j].s, false)
            } else if prev == b"anmeldefehlercode" {
                // The German sign-in log's label (`Anmeldefehlercode 50126`).
                (self.words[j].s, true)
            } else if matches!(prev.as_slice(), b"error" | b"fehler" | b"fehlercode")
                && catalogued()
            {
                // Prose: "we get error 7000215 from the token endpoint", "Fehler 50126", and
                // German's everyday `Fehlercode` (Windows' too). Only a catalogued code from
                // 50000 up.
                (self.words[j].s, false)
            } else if prev == b"code"
                && self.words[j]
                    .s
                    .checked_sub(1)
                    .is_some_and(|q| matches!(t.get(q), Some(b'"' | b'\'')))
                && catalogued()
                && find_ci(
                    sl(t, self.ls, forward_lines(t, self.le, 2).min(w.e + NEAR)),
                    b"message\"",
                )
                .is_some()
            {
                // A JSON record of Entra's codes and their messages (`"code": 50056,` beside
                // `"Message": "…"`, as lists of the token service's errors print them): a
                // catalogued code from 50000 up, with a message key beside it.
                (self.words[j].s, false)
            } else if self.wtext(j).ends_with(b":")
                && self.wtext(wi + 1) == b"-"
                && catalogued()
                && crate::catalogue::oauth::oauth_error(&lossy(&prev)).is_some()
            {
                // MSAL for JavaScript's server error (`ServerError: temporarily_unavailable:
                // 50033 - [timestamp]: …`): the OAuth error word, the code, a dash. Only a
                // catalogued code from 50000 up.
                (self.words[j].s, false)
            } else if prev == b"code" && norm(self.wtext(j.wrapping_sub(1))) == b"error" {
                let before = norm(self.wtext(j.wrapping_sub(2)));
                let sign_in = matches!(before.as_slice(), b"sign-in" | b"signin");
                let k = if sign_in { 2 } else { 1 };
                (self.words[j - k].s, sign_in)
            } else {
                return;
            }
        };
        // Everything below reads a bounded window around the number, so a line of many
        // megabytes with many labelled numbers costs no more per number than a short one.
        let near = (
            self.ls.max(label_start.saturating_sub(NEAR)),
            self.le.min(w.e + NEAR),
        );
        if self.reads_aadsts_in(near.0, near.1, false) {
            return; // the prefixed code beside it is read by `aadsts`
        }
        let win_s = back_lines(t, self.ls, 8).max(label_start.saturating_sub(NEAR));
        let win_e = forward_lines(t, self.le, 8).min(w.e + NEAR);
        let window = sl(t, win_s, win_e);
        let reason = json_str_field(window, b"\"failureReason\"");
        let known = crate::catalogue::aadsts(code).is_some();
        if !(known || sign_in || reason.is_some()) {
            return;
        }
        let after = w.s + d + n;
        let message = reason.map(|r| clip(&r)).unwrap_or_else(|| {
            clip(
                lossy(sl(t, after, self.le.min(after + 2 * CLIP)))
                    .trim_start_matches(&[',', '"', '}', ')', ']', ';', '.', ':'][..])
                    .trim(),
            )
        });
        self.entra_reply();
        self.push(
            label_start,
            after,
            ArtifactKind::Aadsts(Box::new(AadstsError::new(code, message, false))),
        );
    }

    /// Microsoft's error name for a code (`UserAccountNotFound: …`, as translated reference
    /// tables print it before their description), which names the code in any language: read
    /// in a short paste on a line without an AADSTS code, reported as that code, `inferred`.
    /// Returns whether one was found.
    pub(super) fn entra_error_name(&mut self) -> bool {
        if self.reads_aadsts_in(self.ls, self.le, true) {
            return false;
        }
        let Some((wi, code)) = (0..self.words.len()).find_map(|wi| {
            let w = self.wtext(wi);
            let end = w
                .iter()
                .rposition(|c| c.is_ascii_alphanumeric())
                .map_or(0, |p| p + 1);
            std::str::from_utf8(&w[..end])
                .ok()
                .and_then(crate::catalogue::aadsts_by_name)
                .map(|code| (wi, code))
        }) else {
            return false;
        };
        self.inferred_aadsts(self.words[wi].s, code);
        true
    }

    /// A Microsoft Entra message quoted without its `AADSTS` number (libraries and forum posts often
    /// drop it): recognised by its wording, reported with the code it belongs to and `inferred`.
    pub(super) fn uncoded_entra_message(&mut self) {
        let line = self.lineb();
        if self.reads_aadsts_in(self.ls, self.le, true) {
            return; // the coded message is read by `aadsts`
        }
        let folded = FoldedLine::new(line);
        let by_text = || {
            texts::ENTRA_UNCODED.iter().find_map(|r| match r.code {
                Code::Aadsts(code) if r.matches_by(|n| folded.has(n)) => Some(code),
                _ => None,
            })
        };
        let Some(code) = by_text().or_else(|| message_code(&folded.lower)) else {
            // Microsoft's description of an OAuth error word, quoted without the word.
            if let Some(row) = crate::catalogue::oauth::oauth_error_by_description(&folded.lower) {
                let description = Some(clip(lossy(line).trim()));
                self.oauth_token_error(self.ls, row.word.to_string(), description, Vec::new());
            }
            return;
        };
        self.inferred_aadsts(self.ls, code);
    }

    /// An Entra error read without its number (from a name or the wording) from `s` to the
    /// line's end: reported as `code`, `inferred`.
    fn inferred_aadsts(&mut self, s: usize, code: u32) {
        let e = self.le;
        let message = clip(lossy(sl(self.t, s, e)).trim());
        self.entra_reply();
        self.push(
            s,
            e,
            ArtifactKind::Aadsts(Box::new(AadstsError::new(code, message, true))),
        );
    }

    /// `"error":"invalid_client"` (token endpoint) or `"error":{"code":…}` (Graph / REST).
    pub(super) fn json_error(&mut self, w: Word) {
        let t = self.t;
        let s = w.s;
        // JSON's double quotes, or a Python dict's single ones (`{'error': 'invalid_grant'}`).
        let Some(&q) = s.checked_sub(1).and_then(|p| t.get(p)) else {
            return;
        };
        if !matches!(q, b'"' | b'\'') || t.get(w.e) != Some(&q) {
            return;
        }
        let mut i = w.e + 1;
        while i < t.len() && matches!(t[i], b' ' | b'\t') {
            i += 1;
        }
        if t.get(i) != Some(&b':') {
            return;
        }
        i += 1;
        while i < t.len() && matches!(t[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        let window_end = (i + 6000).min(t.len());
        let window = sl(t, i, window_end);
        match t.get(i) {
            Some(&c) if c == q => {
                let vs = i + 1;
                let Some(ve) = memchr::memchr(q, sl(t, vs, window_end)).map(|o| vs + o) else {
                    return;
                };
                let error_b = sl(t, vs, ve);
                let error = match std::str::from_utf8(error_b) {
                    Ok(e) => std::borrow::Cow::Borrowed(e),
                    Err(_) => std::borrow::Cow::Owned(lossy(error_b)),
                };
                if error.is_empty() || error.len() > 80 || error.contains(' ') {
                    return;
                }
                let obj_end = object_end(t, vs, window_end);
                let body = sl(t, ve, obj_end);
                let description = json_str_field_cow(body, b"\"error_description\"");
                let mut codes: Vec<u32> = Vec::new();
                // Walked over its `_`: a JSON body is full of quotes.
                // The key in the value's quotes: a Python dict's `'error_codes': [7000215]`.
                let codes_key = if q == b'\'' {
                    b"'error_codes'"
                } else {
                    b"\"error_codes\""
                };
                if let Some(p) = find_by(body, codes_key, 6) {
                    let rest = &body[p..];
                    if let Some(b) = memchr::memchr(b'[', rest) {
                        let close = memchr::memchr(b']', &rest[b..]).map_or(rest.len(), |c| b + c);
                        codes = lossy(&rest[b + 1..close])
                            .split(',')
                            .filter_map(|x| x.trim().parse().ok())
                            .collect();
                    }
                }
                if codes.is_empty() {
                    if let Some(c) = description.as_deref().and_then(aadsts_code) {
                        codes.push(c);
                    } else if q == b'\'' {
                        // A Python dict's fields are single-quoted: the code its description names.
                        codes.extend(aadsts_code(&lossy(&body[..body.len().min(2 * CLIP)])));
                    }
                }
                let end = if description.is_some() || !codes.is_empty() {
                    obj_end
                } else {
                    ve + 1
                };
                self.last_protocol = Some(Protocol::TokenEndpoint);
                // A body seen before only counts: its key is made from the parts read.
                let mut body = ArtifactKind::TokenError(TokenErrorBody {
                    error: String::new(),
                    description: None,
                    codes: Vec::new(),
                });
                let key = super::super::group::token_error_key(
                    &body,
                    &error,
                    &codes,
                    description.as_deref(),
                );
                if !self.repeats_message(key) {
                    body = ArtifactKind::TokenError(TokenErrorBody {
                        error: error.into_owned(),
                        description: description.map(std::borrow::Cow::into_owned),
                        codes,
                    });
                }
                self.push_keyed(s - 1, end.min(t.len()), body, self.cur_time, key);
                let _ = window;
            }
            Some(b'{') => {
                let obj_end = object_end(t, i, window_end);
                let body = sl(t, i, obj_end);
                let Some(code) = json_str_field(body, b"\"code\"") else {
                    return;
                };
                let message = json_str_field(body, b"\"message\"").unwrap_or_default();
                // Graph and the Outlook REST API share this error shape.
                let protocol = Protocol::Graph;
                self.push(
                    s - 1,
                    obj_end,
                    ArtifactKind::ApiError {
                        code,
                        message,
                        protocol,
                    },
                );
                self.skip_until = self.skip_until.max(obj_end);
                self.line_reply = true;
            }
            _ => {}
        }
    }

    /// An OAuth `error` word read alone in a line ([`crate::catalogue::oauth::oauth_error_alone`]):
    /// a token error with what follows on the line as its description (after an
    /// `error_description` key where the line has one) and the AADSTS code that names. A word
    /// that closed a sentence (`sentence_end`) has no description: what follows is prose.
    pub(super) fn oauth_error_word(&mut self, w: Word, sentence_end: bool) {
        let error = lossy(sl(self.t, w.s, w.e));
        let rest = if sentence_end {
            Default::default()
        } else {
            self.rest_cow(w.e)
        };
        let rest = match rest.find("error_description") {
            Some(p) => &rest[p + 17..],
            None => &rest[..],
        };
        let description = rest
            .trim_start_matches(|c: char| {
                matches!(c, ')' | ']' | ':' | '\'' | '"' | ',' | '=' | '-') || c.is_whitespace()
            })
            .trim_end_matches(|c: char| matches!(c, '\'' | '"' | '}' | ',') || c.is_whitespace());
        let description = (!description.is_empty()).then(|| clip(description));
        let codes: Vec<u32> = description
            .as_deref()
            .and_then(aadsts_code)
            .into_iter()
            .collect();
        self.oauth_token_error(w.s, error, description, codes);
    }

    /// Files a token error read from an OAuth `error` word or its description, from `s` to the
    /// line's end.
    fn oauth_token_error(
        &mut self,
        s: usize,
        error: String,
        description: Option<String>,
        codes: Vec<u32>,
    ) {
        self.last_protocol = Some(Protocol::TokenEndpoint);
        self.line_oauth_word = true;
        let e = self.le;
        self.push(
            s,
            e,
            ArtifactKind::TokenError(TokenErrorBody {
                error,
                description,
                codes,
            }),
        );
    }

    pub(super) fn token_response(&mut self, w: Word) {
        let t = self.t;
        let s = w.s.saturating_sub(1);
        let start = back_to(t, s, b'{', 600);
        let end = object_end(t, start, (start + 2 * WINDOW).min(t.len()));
        let body = sl(t, start, end);
        let expires_in = find(body, b"\"expires_in\"").and_then(|p| {
            let v = trim_lead(&body[p + 12..]);
            let v = v.strip_prefix(b":").map(trim_lead).unwrap_or(v);
            let v = v.strip_prefix(b"\"").unwrap_or(v);
            let e = v
                .iter()
                .position(|c| !c.is_ascii_digit())
                .unwrap_or(v.len());
            lossy(&v[..e]).parse().ok()
        });
        let scope = json_str_field(body, b"\"scope\"");
        if self.once(6, &[start.to_string().as_bytes()]) {
            self.push(
                start,
                end,
                ArtifactKind::TokenResponse { expires_in, scope },
            );
        }
    }
}

/// The code whose message phrase (`catalogue::AADSTS_MESSAGES`) `lower` holds, a text in the
/// form phrases are read in ([`crate::i18n::match_form`]: the typographic apostrophe already
/// `'`): the phrase starting first in the text, the longest of those starting there. Contractions
/// are read written out (`isn't` as `is not`, `can't` as `cannot`), so
/// Microsoft's older and newer wordings meet one phrase. Each word start costs one binary search
/// over the phrases by its first word, not a search per phrase.
fn message_code(lower: &[u8]) -> Option<u32> {
    use crate::catalogue::{aadsts_message, AADSTS_MESSAGE_COUNT};
    let phrase = |i: usize| aadsts_message(i).map_or(&b""[..], |(p, _)| p.as_bytes());
    let text = expand_contractions(lower);
    let b: &[u8] = &text;
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    for i in 0..b.len() {
        if !alnum(i) || (i > 0 && alnum(i - 1)) {
            continue;
        }
        // Most words start with two letters no phrase starts with.
        let pair = |k: usize| b.get(i + k).map_or(0, |&c| c & 0x7f);
        if MESSAGE_GATE[pair(0) as usize] & (1u128 << pair(1)) == 0 {
            continue;
        }
        let run = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let word = &b[i..i + run];
        // The first phrase not below the word (the phrases are sorted).
        let (mut from, mut to) = (0, AADSTS_MESSAGE_COUNT);
        while from < to {
            let mid = from + (to - from) / 2;
            if phrase(mid) < word {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        let best = (from..AADSTS_MESSAGE_COUNT)
            .filter_map(aadsts_message)
            .take_while(|(p, _)| p.as_bytes().starts_with(word))
            .filter(|(p, _)| b[i..].starts_with(p.as_bytes()))
            .max_by_key(|(p, _)| p.len());
        if let Some((_, code)) = best {
            #[cfg(feature = "ablation")]
            if !crate::catalogue::ablation::code(code, true) {
                continue;
            }
            return Some(code);
        }
    }
    None
}

/// Per first byte of the message phrases, a bit per second byte.
static MESSAGE_GATE: [u128; 128] = {
    let table = crate::catalogue::AADSTS_MESSAGES;
    let mut gate = [0u128; 128];
    let mut i = 0;
    while i < table.len() {
        let p = table[i].0.as_bytes();
        gate[(p[0] & 0x7f) as usize] |= 1u128 << (p[1] & 0x7f);
        i += 1;
    }
    gate
};

/// `lower` with `n't` written out (`can't` → `cannot`, `won't` → `will not`, else ` not`);
/// borrowed when it has none.
fn expand_contractions(lower: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if find(lower, b"n't").is_none() {
        return std::borrow::Cow::Borrowed(lower);
    }
    let mut out = Vec::with_capacity(lower.len() + 16);
    let mut i = 0;
    while i < lower.len() {
        if lower[i..].starts_with(b"n't") {
            if out.ends_with(b"ca") {
                out.extend_from_slice(b"nnot");
            } else if out.ends_with(b"wo") {
                out.truncate(out.len() - 2);
                out.extend_from_slice(b"will not");
            } else {
                out.extend_from_slice(b" not");
            }
            i += 3;
        } else {
            out.push(lower[i]);
            i += 1;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// How far around a code without its prefix the scanner looks for the prefixed code and for the
/// sign-in record's `failureReason` (a Graph sign-in's `status` object is a few hundred bytes).
const NEAR: usize = 600;

/// A label word without its quotes, colon or equals sign (`"errorCode":` → `errorCode`).
fn trim_label(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| !matches!(c, b'"' | b'\'' | b'{' | b','))
        .unwrap_or(b.len());
    let b = &b[s..];
    let e = b
        .iter()
        .rposition(|c| !matches!(c, b'"' | b'\'' | b':' | b'='))
        .map_or(0, |p| p + 1);
    &b[..e]
}

/// Whether the `AADSTS` at `s` (line start `ls`) is a segment of a link's path
/// (`https://aka.ms/AADSTS50126`, `learn.microsoft.com/…/error-code-AADSTS50011-redirect-uri-mismatch`):
/// a page about the code that a post links to, not an error the paste shows. A code in a link's
/// query (`?error_description=AADSTS50011…`, as a redirect carries the error) is one.
fn in_link_path(t: &[u8], ls: usize, s: usize) -> bool {
    if !matches!(s.checked_sub(1).map(|p| t[p]), Some(b'/' | b'-' | b'_')) {
        return false;
    }
    // An app's own error page that carries the message after the code
    // (`/Error/AADSTS50011%3A+The+redirect+URI…`, `/AADSTS50011: …`) shows the error.
    let digits = s
        + 6
        + sl(t, s + 6, s + 16)
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
    let after = sl(t, digits, digits + 3);
    if after.first() == Some(&b':') || after.eq_ignore_ascii_case(b"%3a") {
        return false;
    }
    // A link is read back at most this far: a longer "address" is no link a post gives, and
    // the walk stays bounded on a line of megabytes without a blank.
    let stop = ls.max(s.saturating_sub(256));
    let mut b = s;
    while b > stop
        && !t[b - 1].is_ascii_whitespace()
        && !matches!(t[b - 1], b'"' | b'\'' | b'(' | b'<' | b'[')
    {
        b -= 1;
    }
    let head = &t[b..s];
    // A host with a dot before the first `/` (`learn.microsoft.com/…`), with or without a scheme.
    let host = head.iter().position(|&c| c == b'/').is_some_and(|p| {
        head[..p].contains(&b'.')
            && head[..p]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
    });
    let link = host || head.windows(3).any(|w| w == b"://");
    link && !head.iter().any(|c| matches!(c, b'?' | b'=' | b'#' | b'%'))
}

pub(super) fn aadsts_code(s: &str) -> Option<u32> {
    let p = s.find("AADSTS")?;
    let digits: String = s[p + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Position of `AADSTS` in a word (a `memchr` walk over its `A`s; cheaper than a searcher for
/// short words).
pub(super) fn find_aadsts(wb: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(o) = memchr::memchr(b'A', sl(wb, from, wb.len())) {
        let i = from + o;
        if wb.get(i..i + 6) == Some(b"AADSTS") {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Digits read as a code give what parsing their text gives, too many for `u32` or none.
        #[test]
        fn a_code_is_read_as_parse_reads_it(digits in "[0-9]{0,14}") {
            proptest::prop_assert_eq!(digits_u32(digits.as_bytes()), digits.parse::<u32>().ok());
        }
    }
}
