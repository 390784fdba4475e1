//! Bearer tokens: JWT (header + payload decoded, typed claims, derived facts), JWE and opaque tokens.

use crate::catalogue::decode::{DecodeNote, Part};
use crate::evidence::{
    Api, Claims, Cloud, DecodeFailure, DecodeProblem, JwtToken, TokenFlavor, Validity,
};
use crate::json::{self, Value};

/// The value of each base64 symbol of one alphabet (standard: `+` `/`; URL-safe: `-` `_`),
/// [`NOT_B64`] for any other byte.
const fn b64_table(url: bool) -> [u8; 256] {
    let mut t = [NOT_B64; 256];
    let mut i = 0;
    while i < 26 {
        t[b'A' as usize + i] = i as u8;
        t[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut d = 0;
    while d < 10 {
        t[b'0' as usize + d] = 52 + d as u8;
        d += 1;
    }
    let (a, b) = if url { (b'-', b'_') } else { (b'+', b'/') };
    t[a as usize] = 62;
    t[b as usize] = 63;
    t
}

/// Not a symbol of the alphabet.
const NOT_B64: u8 = 0xff;
static STD_TABLE: [u8; 256] = b64_table(false);
static URL_TABLE: [u8; 256] = b64_table(true);

/// Why [`b64_lenient`] refused a text, worded as the `base64` crate words its `DecodeError`.
#[derive(Debug, PartialEq)]
pub enum B64Error {
    /// A byte that is not a symbol (or padding where none may stand), at its offset.
    Byte(usize, u8),
    /// One symbol too few in the last quad.
    Length(usize),
}

impl std::fmt::Display for B64Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match *self {
            Self::Byte(index, byte) => write!(f, "Invalid symbol {byte}, offset {index}."),
            Self::Length(len) => write!(f, "Invalid input length: {len}"),
        }
    }
}

/// Decodes base64 of one alphabet (`url`: `-` and `_`, else `+` and `/`), padding optional and
/// trailing bits allowed: the bytes and errors of the `base64` crate's `GeneralPurpose` engine
/// with `DecodePaddingMode::Indifferent` and `decode_allow_trailing_bits(true)` (the page's
/// decoder in its place: a fifth of its code; `tests::b64_lenient_decodes_as_the_base64_crate`
/// compares the two).
pub fn b64_lenient(input: &[u8], url: bool) -> Result<Vec<u8>, B64Error> {
    let table = if url { &URL_TABLE } else { &STD_TABLE };
    let symbol = |i: usize| match table[usize::from(input[i])] {
        NOT_B64 => Err(B64Error::Byte(i, input[i])),
        m => Ok(u32::from(m)),
    };
    let rem = input.len() % 4;
    // A lone last byte that is neither a symbol nor padding is reported first.
    if rem == 1 {
        let last = input.len() - 1;
        if input[last] != b'=' {
            symbol(last)?;
        }
    }
    // Whole quads but the last, which may hold padding.
    let quads = input.len() - if rem == 0 { input.len().min(4) } else { rem };
    let mut out = vec![0; quads / 4 * 3 + 3];
    for (k, (q, o)) in input[..quads]
        .chunks_exact(4)
        .zip(out.chunks_exact_mut(3))
        .enumerate()
    {
        let (a, b, c, d) = (
            table[usize::from(q[0])],
            table[usize::from(q[1])],
            table[usize::from(q[2])],
            table[usize::from(q[3])],
        );
        // One test for the four (a symbol is below 64); the first bad one is found only then.
        if (a | b | c | d) > 63 {
            let j = [a, b, c, d]
                .iter()
                .position(|&v| v > 63)
                .unwrap_or_default();
            return Err(B64Error::Byte(k * 4 + j, q[j]));
        }
        let n = u32::from(a) << 18 | u32::from(b) << 12 | u32::from(c) << 6 | u32::from(d);
        o.copy_from_slice(&n.to_be_bytes()[1..]);
    }
    out.truncate(quads / 4 * 3);
    // The last quad: up to four symbols, then padding only (from its third byte on).
    let (mut n, mut symbols, mut pad) = (0u32, 0, None);
    // (By index: `symbol` reads the byte again; an iterator here costs the page 40 bytes.)
    #[allow(clippy::needless_range_loop)]
    for i in quads..input.len() {
        if input[i] == b'=' {
            if i - quads < 2 {
                return Err(B64Error::Byte(i, b'='));
            }
            pad.get_or_insert(i);
            continue;
        }
        if let Some(p) = pad {
            return Err(B64Error::Byte(p, b'='));
        }
        n |= symbol(i)? << (18 - 6 * symbols);
        symbols += 1;
    }
    if !input.is_empty() && symbols < 2 {
        return Err(B64Error::Length(quads + symbols as usize));
    }
    out.extend_from_slice(&n.to_be_bytes()[1..1 + symbols as usize * 6 / 8]);
    Ok(out)
}

/// Result of decoding base64 text leniently: bytes decoded so far and the first problem.
pub struct B64 {
    /// Decoded bytes (as many as could be decoded).
    pub bytes: Vec<u8>,
    /// Offset (in the encoded text) and reason of the first problem, if any.
    pub problem: Option<(usize, DecodeNote)>,
}

/// Decodes base64 of either alphabet, padding optional, as far as it goes.
pub fn b64_decode(text: &[u8], url: bool) -> B64 {
    // Padding ends the text; anything but more padding after it is junk.
    let mut problem = None;
    let body = match memchr::memchr(b'=', text) {
        Some(p) => {
            if text[p..].iter().any(|&c| c != b'=') {
                problem = Some((p, DecodeNote::TextAfterPadding));
            }
            &text[..p]
        }
        None => text,
    };
    // Most text is clean base64 of the engine's alphabet: decoded as it is. Anything else takes
    // the careful path below (which gives the same bytes for clean text).
    if body.len() % 4 != 1 {
        if let Ok(bytes) = b64_lenient(body, url) {
            return B64 { bytes, problem };
        }
    }
    let body = match body.iter().position(|&c| {
        !c.is_ascii_alphanumeric() && c != b'+' && c != b'/' && c != b'-' && c != b'_'
    }) {
        Some(bad) => {
            problem.get_or_insert((bad, DecodeNote::NotBase64(char::from(body[bad]))));
            &body[..bad]
        }
        None => body,
    };
    // Translate the other alphabet so both work.
    let (a, b) = if url { (b'+', b'/') } else { (b'-', b'_') };
    let clean: Vec<u8>;
    let mut clean_ref = body;
    if body.iter().any(|&c| c == a || c == b) {
        clean = body
            .iter()
            .map(|&c| match (url, c) {
                (true, b'+') => b'-',
                (true, b'/') => b'_',
                (false, b'-') => b'+',
                (false, b'_') => b'/',
                _ => c,
            })
            .collect();
        clean_ref = &clean;
    }
    if clean_ref.len() % 4 == 1 {
        problem.get_or_insert((
            clean_ref.len().saturating_sub(1),
            DecodeNote::ImpossibleLength,
        ));
        clean_ref = &clean_ref[..clean_ref.len() - 1];
    }
    match b64_lenient(clean_ref, url) {
        Ok(bytes) => B64 { bytes, problem },
        Err(e) => B64 {
            bytes: Vec::new(),
            problem: Some((0, DecodeNote::Base64Failed(e.to_string()))),
        },
    }
}

/// Everything found when decoding one compact token.
pub struct TokenOutcome {
    /// The decoded JWT, when header or payload could be read.
    pub jwt: Option<JwtToken>,
    /// The protected header of a JWE (five segments).
    pub jwe_header: Option<Vec<(String, Value)>>,
    /// Problems that stopped part of the decoding.
    pub failures: Vec<DecodeFailure>,
}

fn failure(segment: Part, offset: usize, reason: DecodeNote) -> DecodeFailure {
    DecodeFailure {
        what: "jwt".into(),
        segment: segment.as_str().into(),
        offset,
        reason,
        problem: DecodeProblem::Invalid,
    }
}

/// The bytes of the JSON text `b` that stand outside its strings, with their positions (a
/// string's opening quote is one of them, the rest of the string is not).
pub(crate) fn outside_strings(b: &[u8]) -> impl Iterator<Item = (usize, u8)> + '_ {
    let (mut in_str, mut esc) = (false, false);
    b.iter().enumerate().filter_map(move |(i, &c)| {
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
            None
        } else {
            in_str = c == b'"';
            Some((i, c))
        }
    })
}

/// Parses a JSON object leniently: when it was cut off, keeps the members that are complete.
/// Returns the members and whether it had to repair a cut-off object.
pub fn parse_object(bytes: &[u8]) -> Result<(Vec<(String, Value)>, bool), DecodeNote> {
    match json::object(bytes) {
        Ok(o) => Ok((o, false)),
        Err(e) => {
            if e.eof {
                // Cut off: retry with shorter prefixes ending before a top-level comma.
                let mut ends: Vec<usize> = Vec::new();
                let mut depth = 0i32;
                for (i, c) in outside_strings(bytes) {
                    match c {
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => depth -= 1,
                        b',' if depth == 1 => ends.push(i),
                        _ => {}
                    }
                }
                for &end in ends.iter().rev().take(8) {
                    let mut fixed = bytes[..end].to_vec();
                    fixed.push(b'}');
                    if let Ok(o) = json::object(&fixed) {
                        return Ok((o, true));
                    }
                }
                Err(DecodeNote::JsonCutOff)
            } else {
                let (line, column) = e.line_column(bytes);
                Err(DecodeNote::NotJsonObject(line, column))
            }
        }
    }
}

/// Decodes the compact token `token` found at `base_offset` in the input.
pub fn decode_token(
    token: &str,
    base_offset: usize,
    now: i64,
    log_time: Option<i64>,
) -> TokenOutcome {
    let segs: Vec<&str> = token.split('.').collect();
    let mut out = TokenOutcome {
        jwt: None,
        jwe_header: None,
        failures: Vec::new(),
    };
    let seg_off = |n: usize| -> usize {
        base_offset + segs.iter().take(n).map(|s| s.len() + 1).sum::<usize>()
    };
    let mut warnings = Vec::new();
    let decode_json =
        |n: usize, name: Part, out: &mut TokenOutcome, warnings: &mut Vec<DecodeNote>| {
            let seg = segs.get(n).copied().unwrap_or("");
            if seg.is_empty() {
                out.failures
                    .push(failure(name, seg_off(n), DecodeNote::PartEmpty(name)));
                return None;
            }
            let d = b64_decode(seg.as_bytes(), true);
            if let Some((off, reason)) = &d.problem {
                out.failures.push(failure(
                    name,
                    seg_off(n) + off,
                    DecodeNote::InPart(name, Box::new(reason.clone())),
                ));
            }
            if seg.len() % 4 != 0 && seg.ends_with('=') {
                warnings.push(DecodeNote::PartPadded(name));
            }
            match parse_object(&d.bytes) {
                Ok((members, repaired)) => {
                    if repaired {
                        out.failures.push(failure(
                            name,
                            seg_off(n) + seg.len(),
                            DecodeNote::PartCutOff(name),
                        ));
                        warnings.push(DecodeNote::PartTruncated(name));
                    }
                    Some(members)
                }
                Err(reason) => {
                    if d.problem.is_none() || !d.bytes.is_empty() {
                        out.failures.push(failure(
                            name,
                            seg_off(n),
                            DecodeNote::InPart(name, Box::new(reason)),
                        ));
                    }
                    None
                }
            }
        };
    if segs.len() == 5 {
        out.jwe_header = decode_json(0, Part::Header, &mut out, &mut warnings);
        if out.jwe_header.is_none() {
            out.jwe_header = Some(Vec::new());
        }
        return out;
    }
    if segs.len() > 5 || segs.len() == 4 {
        out.failures.push(failure(
            Part::Token,
            base_offset,
            DecodeNote::PartCount(segs.len()),
        ));
    }
    let header = decode_json(0, Part::Header, &mut out, &mut warnings);
    if segs.len() < 2 {
        out.failures.push(failure(
            Part::Payload,
            base_offset + token.len(),
            DecodeNote::HeaderOnly,
        ));
        return out;
    }
    let payload = decode_json(1, Part::Payload, &mut out, &mut warnings);
    let signature_present = segs.get(2).is_some_and(|s| !s.is_empty());
    if segs.len() == 2 {
        warnings.push(DecodeNote::NoSignature);
    }
    if token.len() > 4096 {
        warnings.push(DecodeNote::TooLong(token.len()));
    }
    let payload = match payload {
        Some(p) => p,
        None => return out,
    };
    let header = header.unwrap_or_default();
    out.jwt = Some(token_of(
        token.len(),
        header,
        payload,
        signature_present,
        warnings,
        now,
        log_time,
    ));
    out
}

/// A token's payload pasted as JSON without the token (a decoder's view, a library's debug
/// print), `length` bytes long: read like a decoded token's payload, with no header and no
/// signature, and a note that only the claims were shown.
pub fn claims_token(payload: Vec<(String, Value)>, length: usize, now: i64) -> JwtToken {
    token_of(
        length,
        Vec::new(),
        payload,
        false,
        vec![DecodeNote::ClaimsOnly],
        now,
        None,
    )
}

/// The token with `header` and `payload`, its claims typed and judged.
fn token_of(
    length: usize,
    header: Vec<(String, Value)>,
    payload: Vec<(String, Value)>,
    signature_present: bool,
    mut warnings: Vec<DecodeNote>,
    now: i64,
    log_time: Option<i64>,
) -> JwtToken {
    let claims = typed_claims(&payload, &mut warnings);
    let id_token = is_id_token(&claims, &payload);
    let flavor = flavor_of(&claims, id_token);
    let api = if id_token {
        Api::Other
    } else {
        api_of(claims.aud.as_deref())
    };
    let cloud = cloud_of_token(&claims);
    JwtToken {
        length,
        header: header.into(),
        payload: payload.into(),
        signature_present,
        flavor,
        api,
        cloud,
        id_token,
        validity_now: validity(&claims, now),
        validity_at_log: log_time.map(|t| validity(&claims, t)),
        claims: claims.into(),
        warnings,
    }
}

fn as_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.whole(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn as_list(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().filter_map(as_string).collect(),
        Value::String(s) => s.split_whitespace().map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// Reads the typed claims from the payload members.
pub fn typed_claims(payload: &[(String, Value)], warnings: &mut Vec<DecodeNote>) -> Claims {
    let mut c = Claims::default();
    for (k, v) in payload {
        match k.as_str() {
            "aud" => {
                c.aud = match v {
                    Value::Array(a) => {
                        if a.len() > 1 {
                            warnings.push(DecodeNote::ManyAudiences(a.len()));
                        }
                        a.first().and_then(as_string)
                    }
                    _ => as_string(v),
                }
            }
            "iss" => c.iss = as_string(v),
            "tid" => c.tid = as_string(v),
            "appid" => c.appid = as_string(v),
            "azp" => c.azp = as_string(v),
            "appidacr" | "azpacr" => c.client_auth = as_string(v),
            "oid" => c.oid = as_string(v),
            "sub" => c.sub = as_string(v),
            "idtyp" => c.idtyp = as_string(v),
            "roles" => c.roles = as_list(v),
            "scp" => c.scp = Some(as_list(v)),
            "exp" => c.exp = as_int(v),
            "nbf" => c.nbf = as_int(v),
            "iat" => c.iat = as_int(v),
            "ver" => c.ver = as_string(v),
            "upn" => c.upn = as_string(v),
            "unique_name" => c.unique_name = as_string(v),
            "preferred_username" => c.preferred_username = as_string(v),
            "name" => c.name = as_string(v),
            "amr" => c.amr = as_list(v),
            "app_displayname" => c.app_displayname = as_string(v),
            "wids" => c.wids = as_list(v),
            _ => {}
        }
    }
    c
}

fn is_id_token(c: &Claims, payload: &[(String, Value)]) -> bool {
    let has = |k: &str| payload.iter().any(|(n, _)| n == k);
    if c.scp.is_some()
        || !c.roles.is_empty()
        || c.appid.is_some()
        || c.azp.is_some()
        || c.idtyp.is_some()
    {
        return false;
    }
    let aud_guid = c
        .aud
        .as_deref()
        .is_some_and(|a| super::text::is_guid(a.as_bytes()) && api_of(Some(a)) == Api::Other);
    has("nonce")
        || has("at_hash")
        || has("c_hash")
        || (aud_guid && (c.user_name().is_some() || has("email")))
}

/// App-only, delegated or unknown, from the claims.
pub fn flavor_of(c: &Claims, id_token: bool) -> TokenFlavor {
    match c.idtyp.as_deref() {
        Some("app") => return TokenFlavor::AppOnly,
        Some("user") => return TokenFlavor::Delegated,
        _ => {}
    }
    if c.scp.is_some() {
        return TokenFlavor::Delegated;
    }
    if !c.roles.is_empty() && c.user_name().is_none() {
        return TokenFlavor::AppOnly;
    }
    if c.user_name().is_some() || id_token {
        return TokenFlavor::Delegated;
    }
    // Client credentials without any granted role: no user, authenticated client,
    // subject equals the object id of the service principal.
    let client_authed = matches!(c.client_auth.as_deref(), Some("1") | Some("2"));
    let sub_is_oid = c.sub.is_some() && c.sub == c.oid;
    if c.client_id().is_some() && (client_authed || sub_is_oid) {
        return TokenFlavor::AppOnly;
    }
    TokenFlavor::Unknown
}

fn norm_resource(s: &str) -> String {
    let mut t = s.trim().to_ascii_lowercase();
    while t.ends_with('/') {
        t.pop();
    }
    t
}

/// The API an audience (or resource) names.
pub fn api_of(aud: Option<&str>) -> Api {
    let Some(a) = aud else { return Api::Other };
    let a = norm_resource(a);
    const EXO: [&str; 10] = [
        "https://outlook.office365.com",
        "https://outlook.office.com",
        "https://ps.outlook.com",
        "00000002-0000-0ff1-ce00-000000000000",
        "https://outlook.office365.us",
        "https://webmail.apps.mil",
        "https://partner.outlook.cn",
        "https://outlook.office.de",
        "outlook.office365.com",
        "outlook.office.com",
    ];
    const GRAPH: [&str; 7] = [
        "https://graph.microsoft.com",
        "00000003-0000-0000-c000-000000000000",
        "https://graph.microsoft.us",
        "https://dod-graph.microsoft.us",
        "https://microsoftgraph.chinacloudapi.cn",
        "https://graph.microsoft.de",
        "graph.microsoft.com",
    ];
    if EXO.contains(&a.as_str()) {
        Api::ExchangeOnline
    } else if GRAPH.contains(&a.as_str()) {
        Api::Graph
    } else {
        Api::Other
    }
}

/// The cloud a host name belongs to (login, STS, Exchange, Graph hosts), in any case, with or
/// without a trailing dot. Read by the last label first: hosts are looked up on every URL of a
/// log, and most suffixes need not be compared.
pub fn cloud_of_host(host: &str) -> Option<Cloud> {
    let h = host.trim_end_matches('.').as_bytes();
    // `h` is `s` or ends with `.s` (a subdomain), without building the lower-cased or the
    // dotted text.
    let ends = |s: &str| {
        let s = s.as_bytes();
        h.len() >= s.len()
            && h[h.len() - s.len()..].eq_ignore_ascii_case(s)
            && (h.len() == s.len() || h[h.len() - s.len() - 1] == b'.')
    };
    if h.len() >= 4 && h[..4].eq_ignore_ascii_case(b"dod-") {
        return Some(Cloud::UsGovDod);
    }
    let last = h.rsplit(|&c| c == b'.').next().unwrap_or(h);
    let is = |t: &[u8]| last.eq_ignore_ascii_case(t);
    if is(b"com") {
        (ends("microsoftonline.com")
            || ends("office365.com")
            || ends("office.com")
            || ends("outlook.com")
            || ends("microsoft.com")
            || ends("live.com"))
        .then_some(Cloud::Global)
    } else if is(b"net") {
        if ends("usgovcloudapi.net") {
            Some(Cloud::UsGovGccHigh)
        } else {
            ends("windows.net").then_some(Cloud::Global)
        }
    } else if is(b"us") {
        (ends("microsoftonline.us") || ends("office365.us") || ends("microsoft.us"))
            .then_some(Cloud::UsGovGccHigh)
    } else if is(b"mil") {
        ends("apps.mil").then_some(Cloud::UsGovDod)
    } else if is(b"cn") {
        (ends("partner.outlook.cn") || ends("microsoftonline.cn") || ends("chinacloudapi.cn"))
            .then_some(Cloud::China)
    } else if is(b"de") {
        (ends("microsoftonline.de")
            || ends("office.de")
            || ends("microsoft.de")
            || ends("cloudapi.de"))
        .then_some(Cloud::Germany)
    } else {
        None
    }
}

/// The host of a URL-ish string (`https://host/path` or `host/path`).
pub fn host_of(url: &str) -> &str {
    let rest = url.split("://").nth(1).unwrap_or(url);
    rest.split(&['/', ':', '?'][..]).next().unwrap_or("")
}

fn cloud_of_token(c: &Claims) -> Option<Cloud> {
    let from_aud = c
        .aud
        .as_deref()
        .filter(|a| a.contains("://"))
        .and_then(|a| cloud_of_host(host_of(a)));
    let from_iss = c.iss.as_deref().and_then(|i| cloud_of_host(host_of(i)));
    match (from_iss, from_aud) {
        // login.microsoftonline.us serves GCC High and DoD; the audience host tells them apart.
        (Some(Cloud::UsGovGccHigh), Some(Cloud::UsGovDod)) => Some(Cloud::UsGovDod),
        (Some(i), _) => Some(i),
        (None, a) => a,
    }
}

/// Validity of the claims at instant `t`.
pub fn validity(c: &Claims, t: i64) -> Validity {
    if let Some(nbf) = c.nbf {
        if t < nbf {
            return Validity::NotYetValid {
                seconds_early: nbf - t,
            };
        }
    }
    match c.exp {
        None => Validity::NoExpiry,
        Some(exp) if t >= exp => Validity::Expired {
            seconds_ago: t - exp,
        },
        Some(exp) => Validity::Valid {
            seconds_left: exp - t,
        },
    }
}

/// Whether a token-shaped word looks like an opaque bearer token rather than prose.
pub fn looks_opaque(tok: &[u8]) -> bool {
    tok.len() >= 20
        && tok.iter().all(|&c| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    b'-' | b'_' | b'.' | b'~' | b'+' | b'/' | b'=' | b'!' | b'*' | b'$'
                )
        })
        && tok.iter().any(u8::is_ascii_digit)
        && tok.iter().any(u8::is_ascii_uppercase)
}

/// The recognisable start of an opaque token (never the whole).
pub fn opaque_prefix(tok: &str) -> String {
    let n = (tok.len() / 4).clamp(1, 8);
    let end = super::text::floor_boundary(tok, n);
    format!("{}…", &tok[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading before it went by the last label: every suffix compared in turn.
    fn by_every_suffix(host: &str) -> Option<Cloud> {
        let h = host.to_ascii_lowercase();
        let h = h.trim_end_matches('.');
        // `h` is `s` or ends with `.s` (a subdomain), without building the dotted suffix.
        let ends = |s: &str| {
            h.strip_suffix(s)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
        };
        if ends("apps.mil") || h.starts_with("dod-") {
            Some(Cloud::UsGovDod)
        } else if ends("microsoftonline.us")
            || ends("office365.us")
            || ends("microsoft.us")
            || ends("usgovcloudapi.net")
        {
            Some(Cloud::UsGovGccHigh)
        } else if ends("partner.outlook.cn")
            || ends("microsoftonline.cn")
            || ends("chinacloudapi.cn")
        {
            Some(Cloud::China)
        } else if ends("microsoftonline.de")
            || ends("office.de")
            || ends("microsoft.de")
            || ends("cloudapi.de")
        {
            Some(Cloud::Germany)
        } else if ends("microsoftonline.com")
            || ends("windows.net")
            || ends("office365.com")
            || ends("office.com")
            || ends("outlook.com")
            || ends("microsoft.com")
            || ends("live.com")
        {
            Some(Cloud::Global)
        } else {
            None
        }
    }

    /// The `base64` crate's engine that [`b64_lenient`] stands in for.
    fn crate_engine(url: bool) -> base64::engine::GeneralPurpose {
        use base64::engine::{general_purpose::GeneralPurposeConfig, DecodePaddingMode};
        base64::engine::GeneralPurpose::new(
            if url {
                &base64::alphabet::URL_SAFE
            } else {
                &base64::alphabet::STANDARD
            },
            GeneralPurposeConfig::new()
                .with_decode_padding_mode(DecodePaddingMode::Indifferent)
                .with_decode_allow_trailing_bits(true),
        )
    }

    #[test]
    fn b64_lenient_reads_the_edges_as_the_base64_crate() {
        use base64::Engine;
        for text in [
            "",
            "=",
            "==",
            "A",
            "A=",
            "AB",
            "AB=",
            "AB==",
            "AB===",
            "ABC",
            "ABC=",
            "ABCD",
            "ABCD=",
            "ABCDE",
            "ABCDEF==",
            "AB=C",
            "A==B",
            "====",
            "ABCD====",
            "AB=CDEFG",
            "QUJD\n",
            "QUJD\n\n",
            "a-_b",
            "a+/b",
            "YQ",
            "YR",
            "YR==",
            "YWI",
            "YWJ",
            "ABC\u{e9}",
        ] {
            for url in [false, true] {
                let want = crate_engine(url).decode(text).map_err(|e| e.to_string());
                let got = b64_lenient(text.as_bytes(), url).map_err(|e| e.to_string());
                assert_eq!(got, want, "{text:?} url={url}");
            }
        }
    }

    proptest::proptest! {
        /// The scanner's decoder gives the bytes and the errors (as text) of the `base64` crate's
        /// lenient engine, for either alphabet, whatever the symbols, padding and junk.
        #[test]
        fn b64_lenient_decodes_as_the_base64_crate(
            text in proptest::collection::vec(
                proptest::sample::select(b"AQgwz09+/-_====\n .\xc3".to_vec()),
                0..24,
            ),
            url in proptest::bool::ANY,
        ) {
            use base64::Engine;
            let want = crate_engine(url).decode(&text).map_err(|e| e.to_string());
            let got = b64_lenient(&text, url).map_err(|e| e.to_string());
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        /// The cloud by the last label is the cloud by every suffix, whatever the labels, their
        /// case and trailing dots.
        #[test]
        fn a_host_cloud_by_its_last_label_is_the_cloud_by_every_suffix(
            labels in proptest::collection::vec(
                proptest::sample::select(vec![
                    "dod-x", "DOD-", "dod", "apps", "mil", "us", "net", "cn", "de", "com", "login",
                    "x", "", "\u{e9}", "graph", "outlook", "partner",
                ]),
                0..3,
            ),
            ending in proptest::sample::select(vec![
                "apps.mil", "microsoftonline.us", "office365.us", "microsoft.us",
                "usgovcloudapi.net", "partner.outlook.cn", "microsoftonline.cn", "chinacloudapi.cn",
                "microsoftonline.de", "office.de", "microsoft.de", "cloudapi.de",
                "microsoftonline.com", "windows.net", "office365.com", "office.com", "outlook.com",
                "microsoft.com", "live.com", "xlive.com", "pps.mil", "outlook.cn", "soft.us", "com",
                "net", "", "mil.x", "live.com.evil", "dod-live.com",
            ]),
            upper in proptest::bool::ANY,
            dots in 0usize..3,
        ) {
            let mut host = labels.join(".");
            if !host.is_empty() && !ending.is_empty() {
                host.push('.');
            }
            host.push_str(ending);
            host.push_str(&".".repeat(dots));
            if upper {
                host = host.to_ascii_uppercase();
            }
            proptest::prop_assert_eq!(cloud_of_host(&host), by_every_suffix(&host), "{}", host);
        }
    }
}
