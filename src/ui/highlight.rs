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
/// notable, plain text between them. Overlapping spans keep the earlier (outer) one; spans
/// outside the text or off character boundaries are skipped. The segments cover `text` exactly.
pub fn segments(text: &str, a: &Analysis, selected: Option<usize>) -> Vec<Segment> {
    let cited: BTreeSet<usize> = a
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().map(|e| e.artifact))
        .collect();
    let chosen = selected_artifacts(a, selected);
    let mut spans: Vec<(usize, usize, usize)> = a
        .artifacts
        .iter()
        .filter(|x| cited.contains(&x.id) || notable(&x.kind))
        .filter(|x| x.span.start < x.span.end && text.get(x.span.start..x.span.end).is_some())
        .map(|x| (x.span.start, x.span.end, x.id))
        .collect();
    spans.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e, id) in spans {
        if s < pos {
            continue;
        }
        if s > pos {
            out.push(Segment {
                start: pos,
                end: s,
                artifact: None,
                selected: false,
            });
        }
        out.push(Segment {
            start: s,
            end: e,
            artifact: Some(id),
            selected: chosen.contains(&id),
        });
        pos = e;
    }
    if pos < text.len() {
        out.push(Segment {
            start: pos,
            end: text.len(),
            artifact: None,
            selected: false,
        });
    }
    out
}
