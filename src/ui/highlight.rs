//! Splits the pasted text into plain and marked pieces for the evidence view. Pure.

use crate::analysis::Analysis;
use crate::evidence::ArtifactKind;
use std::collections::BTreeSet;

/// A piece of the pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The artifact marked here, if any.
    pub artifact: Option<usize>,
    /// Whether the marked artifact is evidence of the selected finding.
    pub selected: bool,
    /// Set when the piece is a credential: only its start is shown, never the whole value.
    pub hidden: Option<Hidden>,
}

/// What kind of credential a hidden piece is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HiddenKind {
    /// A token (JWT, encrypted, opaque); its signature is never shown.
    Token,
    /// An XOAUTH2 string (it carries a token).
    Xoauth2,
    /// A client secret.
    Secret,
}

/// A credential shown only by its first characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hidden {
    /// The first characters.
    pub prefix: String,
    /// Length of the whole piece in characters.
    pub chars: usize,
    /// What it is.
    pub kind: HiddenKind,
}

/// How many characters of a credential the evidence view shows.
pub const SHOWN_PREFIX: usize = 12;

fn hidden(kind: &ArtifactKind, raw: &str) -> Option<Hidden> {
    let kind = match kind {
        ArtifactKind::Jwt(_)
        | ArtifactKind::EncryptedToken { .. }
        | ArtifactKind::OpaqueToken { .. } => HiddenKind::Token,
        ArtifactKind::Xoauth2(_) => HiddenKind::Xoauth2,
        ArtifactKind::ClientSecret { .. } => HiddenKind::Secret,
        _ => return None,
    };
    let keep = if kind == HiddenKind::Secret {
        3
    } else {
        SHOWN_PREFIX
    };
    Some(Hidden {
        prefix: raw.chars().take(keep).collect(),
        chars: raw.chars().count(),
        kind,
    })
}

/// Whether an artifact is worth marking even when no finding cites it.
fn notable(kind: &ArtifactKind) -> bool {
    !matches!(
        kind,
        ArtifactKind::Timestamp { .. }
            | ArtifactKind::Guid { .. }
            | ArtifactKind::Email { .. }
            | ArtifactKind::Host { .. }
            | ArtifactKind::ProtocolHint { .. }
    )
}

/// The artifacts cited as evidence by finding `selected`.
pub fn selected_artifacts(a: &Analysis, selected: Option<usize>) -> BTreeSet<usize> {
    selected
        .and_then(|i| a.findings.get(i))
        .map(|f| f.evidence.iter().map(|e| e.artifact).collect())
        .unwrap_or_default()
}

/// Splits `text` into segments: marks over the artifacts that a finding cites or that are
/// notable, plain text between them; credentials (tokens, XOAUTH2 strings, secrets) are marked
/// as hidden so that the view shows only their first characters. Overlapping spans keep the earlier (outer) one; spans
/// outside the text or off character boundaries are skipped. The segments cover `text` exactly.
pub fn segments(text: &str, a: &Analysis, selected: Option<usize>) -> Vec<Segment> {
    let cited: BTreeSet<usize> = a
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().map(|e| e.artifact))
        .collect();
    let chosen = selected_artifacts(a, selected);
    let mut spans: Vec<(usize, usize, usize, Option<Hidden>)> = a
        .artifacts
        .iter()
        .filter(|x| cited.contains(&x.id) || notable(&x.kind))
        .filter(|x| x.span.start < x.span.end && text.get(x.span.start..x.span.end).is_some())
        .map(|x| {
            let raw = text.get(x.span.start..x.span.end).unwrap_or_default();
            (x.span.start, x.span.end, x.id, hidden(&x.kind, raw))
        })
        .collect();
    spans.sort_by_key(|&(s, e, _, _)| (s, std::cmp::Reverse(e)));
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e, id, hide) in spans {
        if s < pos {
            continue;
        }
        if s > pos {
            out.push(Segment {
                start: pos,
                end: s,
                artifact: None,
                selected: false,
                hidden: None,
            });
        }
        out.push(Segment {
            start: s,
            end: e,
            artifact: Some(id),
            selected: chosen.contains(&id),
            hidden: hide,
        });
        pos = e;
    }
    if pos < text.len() {
        out.push(Segment {
            start: pos,
            end: text.len(),
            artifact: None,
            selected: false,
            hidden: None,
        });
    }
    out
}

/// A piece of the evidence view of a long text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A segment (or the part of a plain segment on kept lines).
    Seg(Segment),
    /// This many lines without evidence were left out here.
    Gap(usize),
}

/// Texts with at most this many lines are shown whole.
pub const WHOLE_UP_TO_LINES: usize = 40;

/// The evidence view of `text`: whole when it is short; otherwise only the lines that hold a
/// mark, with the number of lines left out between them (a long log stays readable and fast).
pub fn excerpt(text: &str, segs: &[Segment]) -> Vec<Piece> {
    let total_lines = text.lines().count();
    if total_lines <= WHOLE_UP_TO_LINES || !segs.iter().any(|g| g.artifact.is_some()) {
        return segs.iter().cloned().map(Piece::Seg).collect();
    }
    // Line start offsets.
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let line_of = |pos: usize| starts.partition_point(|&s| s <= pos).saturating_sub(1);
    let mut kept = vec![false; starts.len()];
    for g in segs.iter().filter(|g| g.artifact.is_some()) {
        let last = line_of(g.end.saturating_sub(1).max(g.start));
        for k in kept.iter_mut().take(last + 1).skip(line_of(g.start)) {
            *k = true;
        }
    }
    let mut out = Vec::new();
    let mut gap = 0;
    for g in segs {
        if g.artifact.is_some() {
            if gap > 0 {
                out.push(Piece::Gap(gap));
                gap = 0;
            }
            out.push(Piece::Seg(g.clone()));
            continue;
        }
        // A plain segment: keep its parts on kept lines, count the lines left out.
        let mut pos = g.start;
        while pos < g.end {
            let line = line_of(pos);
            let line_end = starts
                .get(line + 1)
                .copied()
                .unwrap_or(text.len())
                .min(g.end);
            if kept.get(line).copied().unwrap_or(false) {
                if gap > 0 {
                    out.push(Piece::Gap(gap));
                    gap = 0;
                }
                out.push(Piece::Seg(Segment {
                    start: pos,
                    end: line_end,
                    ..g.clone()
                }));
            } else if starts.get(line) == Some(&pos) {
                gap += 1;
            }
            pos = line_end;
        }
    }
    if gap > 0 {
        out.push(Piece::Gap(gap));
    }
    out
}
