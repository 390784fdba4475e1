//! Splits the pasted text into plain and marked pieces for the evidence view. Pure.

use crate::analysis::Analysis;
use crate::evidence::ArtifactKind;
use crate::order::IdSet;

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
            | ArtifactKind::Grant { .. }
            | ArtifactKind::MeCall
            | ArtifactKind::Program { .. }
    )
}

/// The artifacts cited as evidence by finding `selected`.
pub fn selected_artifacts(a: &Analysis, selected: Option<usize>) -> IdSet {
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
    let cited: IdSet = a
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().map(|e| e.artifact))
        .collect();
    let chosen = selected_artifacts(a, selected);
    let mut spans: Vec<(usize, usize, usize, Option<Hidden>)> = a
        .artifacts
        .iter()
        .filter(|x| cited.contains(&x.id) || notable(&x.kind))
        // A repeated piece of evidence is marked where it first stands and at the first
        // places it repeats (the artifact keeps up to 32 of them).
        .flat_map(|x| {
            let more = x.repeats.iter().flat_map(|r| r.spans.iter());
            std::iter::once(&x.span).chain(more).map(move |sp| (x, sp))
        })
        .filter(|(_, sp)| sp.start < sp.end && text.get(sp.start..sp.end).is_some())
        .map(|(x, sp)| {
            let raw = text.get(sp.start..sp.end).unwrap_or_default();
            (sp.start, sp.end, x.id, hidden(&x.kind, raw))
        })
        .collect();
    crate::order::sort_by_key(&mut spans, |&(s, e, _, _)| {
        crate::order::pair(s, usize::MAX - e)
    });
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
    /// This many characters of a long line were left out here.
    Cut(usize),
}

/// Texts with at most this many lines (and [`WHOLE_UP_TO_BYTES`]) are shown whole.
pub const WHOLE_UP_TO_LINES: usize = 40;

/// Texts of at most this many bytes (and [`WHOLE_UP_TO_LINES`]) are shown whole.
pub const WHOLE_UP_TO_BYTES: usize = 64 * 1024;

/// At most this many marks are shown (the selected finding's evidence always): a text of
/// megabytes in a few lines can hold a hundred thousand pieces of evidence.
pub const MAX_SHOWN_MARKS: usize = 400;

/// Within a kept line, plain text longer than twice this many bytes keeps this much on each side
/// of a cut, and a mark longer than that shows its start.
pub const CONTEXT_BYTES: usize = 240;

/// A long text shows at most this many lines with marks (plus every line that holds evidence of
/// the selected finding); the rest count as left out, so a log of any size stays a small view.
pub const MAX_MARKED_LINES: usize = 200;

/// The evidence view of `text`: whole when it is short; otherwise only the lines that hold a
/// mark (at most [`MAX_MARKED_LINES`] lines and [`MAX_SHOWN_MARKS`] marks, the selected finding's
/// evidence always), with the number of lines left out between them, and long lines cut around
/// their marks (a long log, or megabytes on one line, stays a small, fast view).
pub fn excerpt(text: &str, segs: &[Segment]) -> Vec<Piece> {
    let total_lines = text.lines().count();
    if total_lines <= WHOLE_UP_TO_LINES && text.len() <= WHOLE_UP_TO_BYTES {
        return segs.iter().cloned().map(Piece::Seg).collect();
    }
    // Line start offsets.
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let line_of = |pos: usize| starts.partition_point(|&s| s <= pos).saturating_sub(1);
    let mut kept = vec![false; starts.len()];
    let mut kept_count = 0;
    let mut marks = 0;
    let mut shown = vec![false; segs.len()];
    for (i, g) in segs
        .iter()
        .enumerate()
        .filter(|(_, g)| g.artifact.is_some())
    {
        let first = line_of(g.start);
        let last = line_of(g.end.saturating_sub(1).max(g.start));
        let already = kept.get(first..=last).is_some_and(|k| k.iter().all(|&k| k));
        if !(g.selected || (marks < MAX_SHOWN_MARKS && (already || kept_count < MAX_MARKED_LINES)))
        {
            continue;
        }
        marks += 1;
        if let Some(s) = shown.get_mut(i) {
            *s = true;
        }
        for k in kept.iter_mut().take(last + 1).skip(first) {
            if !*k {
                *k = true;
                kept_count += 1;
            }
        }
    }
    let mut out = Vec::new();
    let mut gap = 0;
    // Plain text on kept lines is gathered into runs (the marks left out are plain text too), so
    // a long run is cut once, not shown piece by piece.
    let mut run: Option<Segment> = None;
    let flush = |out: &mut Vec<Piece>, run: &mut Option<Segment>, gap: &mut usize| {
        if let Some(r) = run.take() {
            push_capped(out, text, r, true);
        }
        if *gap > 0 {
            out.push(Piece::Gap(*gap));
            *gap = 0;
        }
    };
    for (i, g) in segs.iter().enumerate() {
        if shown.get(i).copied().unwrap_or(false) {
            flush(&mut out, &mut run, &mut gap);
            push_capped(&mut out, text, g.clone(), false);
            continue;
        }
        // A plain segment (or a mark beyond the limit): keep its parts on kept lines, count
        // the lines left out.
        let mut pos = g.start;
        while pos < g.end {
            let line = line_of(pos);
            let line_end = starts
                .get(line + 1)
                .copied()
                .unwrap_or(text.len())
                .min(g.end);
            if kept.get(line).copied().unwrap_or(false) {
                match &mut run {
                    Some(r) if g.hidden.is_none() && gap == 0 && r.end == pos => r.end = line_end,
                    _ => {
                        flush(&mut out, &mut run, &mut gap);
                        let part = Segment {
                            start: pos,
                            end: line_end,
                            artifact: None,
                            selected: false,
                            hidden: g.hidden.clone(),
                        };
                        if part.hidden.is_some() {
                            // A credential stays its own (hidden) piece.
                            out.push(Piece::Seg(part));
                        } else {
                            run = Some(part);
                        }
                    }
                }
            } else if starts.get(line) == Some(&pos) {
                if let Some(r) = run.take() {
                    push_capped(&mut out, text, r, true);
                }
                gap += 1;
            }
            pos = line_end;
        }
    }
    flush(&mut out, &mut run, &mut gap);
    out
}

/// Pushes `g`, cut when it is long: plain text keeps [`CONTEXT_BYTES`] on each side of the cut
/// (`both_ends`), a mark keeps its start. Hidden credentials are short on screen already.
fn push_capped(out: &mut Vec<Piece>, text: &str, g: Segment, both_ends: bool) {
    let keep = if both_ends {
        2 * CONTEXT_BYTES
    } else {
        CONTEXT_BYTES
    };
    if g.hidden.is_some() || g.end - g.start <= keep + CONTEXT_BYTES {
        out.push(Piece::Seg(g));
        return;
    }
    let head_end = floor_char(text, g.start + CONTEXT_BYTES);
    let tail_start = if both_ends {
        ceil_char(text, g.end - CONTEXT_BYTES).max(head_end)
    } else {
        g.end
    };
    let cut = text
        .get(head_end..tail_start)
        .map_or(0, |t| t.chars().count());
    out.push(Piece::Seg(Segment {
        end: head_end,
        ..g.clone()
    }));
    out.push(Piece::Cut(cut));
    if tail_start < g.end {
        out.push(Piece::Seg(Segment {
            start: tail_start,
            ..g
        }));
    }
}

/// The nearest character boundary of `text` at or before `i`.
fn floor_char(text: &str, i: usize) -> usize {
    (0..=i.min(text.len()))
        .rev()
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(0)
}

/// The nearest character boundary of `text` at or after `i`.
fn ceil_char(text: &str, i: usize) -> usize {
    (i.min(text.len())..=text.len())
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(text.len())
}

/// Which decoded tokens and XOAUTH2 strings get a card: the ones a finding cites, then the
/// first others up to [`MAX_CARDS`] in all. A log that repeats a sign-in thousands of times
/// shows a handful of cards, not thousands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cards {
    /// Indices into `Analysis::artifacts`, in text order.
    pub shown: Vec<usize>,
    /// How many tokens and XOAUTH2 strings have no card.
    pub left_out: usize,
}

/// At most this many token / XOAUTH2 cards (cited ones are always shown).
pub const MAX_CARDS: usize = 6;

/// Decides the cards (see [`Cards`]).
pub fn cards(a: &Analysis) -> Cards {
    let cited: IdSet = a
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().map(|e| e.artifact))
        .collect();
    let candidates: Vec<(usize, bool)> = a
        .artifacts
        .iter()
        .enumerate()
        .filter(|(_, x)| matches!(x.kind, ArtifactKind::Jwt(_) | ArtifactKind::Xoauth2(_)))
        .map(|(i, x)| (i, cited.contains(&x.id)))
        .collect();
    let n_cited = candidates.iter().filter(|(_, c)| *c).count();
    let mut room = MAX_CARDS.saturating_sub(n_cited);
    let mut shown = Vec::new();
    for &(i, c) in &candidates {
        if c {
            shown.push(i);
        } else if room > 0 {
            room -= 1;
            shown.push(i);
        }
    }
    Cards {
        left_out: candidates.len() - shown.len(),
        shown,
    }
}
