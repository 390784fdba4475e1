//! Output for the CLI (and the page's copyable report): the stable JSON contract and a terminal report.

use crate::analysis::Analysis;
use crate::catalogue::cause;
use crate::i18n::Joined;
use crate::i18n::{Lang, LocalText};
use crate::safe_text::{terminal_line, terminal_lines};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write as _;

/// Version of the JSON contract. Version 2: a piece of evidence that occurs more than once is
/// one artifact with `repeats` (count, last line and time, the first further spans).
pub const JSON_VERSION: u32 = 2;

fn pick(t: &LocalText, lang: Lang) -> &str {
    t.get(lang)
}

/// Writes the analysis as the CLI's `--json` object (texts in `lang`) to `out`, as a stream:
/// the artifacts, the largest part, are serialized straight from the analysis.
pub fn write_json(a: &Analysis, lang: Lang, out: impl std::io::Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    let head = head_json(a, lang);
    let mut ser = serde_json::Serializer::new(&mut out);
    JsonOut {
        version: JSON_VERSION,
        artifacts: &a.artifacts,
        rest: &head,
    }
    .serialize(&mut ser)
    .map_err(|e| match e.io_error_kind() {
        Some(kind) => std::io::Error::from(kind),
        None => std::io::Error::other(e),
    })?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The `--json` object: the version and the artifacts streamed, then the rest.
#[derive(Serialize)]
struct JsonOut<'a> {
    version: u32,
    artifacts: &'a [crate::evidence::Artifact],
    #[serde(flatten)]
    rest: &'a serde_json::Map<String, Value>,
}

/// The analysis as the CLI's `--json` object (texts in `lang`), as a value.
pub fn to_json(a: &Analysis, lang: Lang) -> Value {
    let head = head_json(a, lang);
    // The same object as [`write_json`] writes; it cannot fail to serialize (string keys only).
    serde_json::to_value(JsonOut {
        version: JSON_VERSION,
        artifacts: &a.artifacts,
        rest: &head,
    })
    .unwrap_or_default()
}

/// Everything of the `--json` object but the version and the artifacts (small: it grows with
/// the findings, not with the input).
fn head_json(a: &Analysis, lang: Lang) -> serde_json::Map<String, Value> {
    let findings: Vec<Value> = a
        .findings
        .iter()
        .map(|f| {
            json!({
                "cause": f.cause.as_str(),
                "confidence": (f.confidence * 100.0).round() / 100.0,
                "title": cause(f.cause).title.get(lang),
                "evidence": f.evidence.iter().map(|e| {
                    let mut v = json!({"artifact": e.artifact, "why": pick(&e.why, lang)});
                    if let Some(c) = &e.claim { v["claim"] = json!(c); }
                    v
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let questions: Vec<Value> = a
        .questions
        .iter()
        .map(|q| {
            json!({"key": q.key, "text": pick(&q.text, lang), "why": pick(&q.why, lang),
                   "answer_field": q.answer_field, "command": q.command})
        })
        .collect();
    let checklist: Vec<Value> = a
        .checklist
        .iter()
        .map(|c| {
            json!({"key": c.key, "link": c.link, "causes": c.causes, "action": pick(&c.action, lang),
                   "verify": pick(&c.verify, lang), "command": c.command})
        })
        .collect();
    let mut v = json!({
        "findings": findings,
        "questions": questions,
        "checklist": checklist,
        "powershell": a.powershell,
    });
    if let Some(fix) = &a.client_fix {
        v["client_fix"] = json!(fix);
    }
    if !a.warnings.is_empty() {
        v["warnings"] = json!(a.warnings.iter().map(|w| pick(w, lang)).collect::<Vec<_>>());
    }
    match v {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

/// A readable report for a terminal (plain text, no colours).
///
/// Every text that may come from the paste (reasons quoting log lines, values filled into
/// steps, the client fix, warnings) goes through [`terminal_line`], so an escape sequence, a
/// carriage return or a line break in the paste is shown as an escape (`\u{1b}`, `\r`, `\n`)
/// and never acts on the terminal; the report's only control characters are its own line feeds.
pub fn to_text(a: &Analysis, lang: Lang) -> String {
    use std::fmt::Write;
    let de = lang == Lang::De;
    let mut out = String::new();
    let h = |en: &'static str, de_: &'static str| if de { de_ } else { en };
    let s = |t: &str| terminal_line(t).into_owned();
    let p = |t: &LocalText| terminal_line(t.get(lang)).into_owned();
    if a.findings.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            h("No cause identified.", "Keine Ursache erkannt.")
        );
    } else {
        let _ = writeln!(
            out,
            "{}",
            h(
                "Findings (best first):",
                "Befunde (wahrscheinlichste zuerst):"
            )
        );
        for (i, f) in a.findings.iter().enumerate() {
            let c = cause(f.cause);
            let _ = writeln!(
                out,
                "{:>2}. [{:>3.0}%] {} ({})",
                i + 1,
                f.confidence * 100.0,
                s(c.title.get(lang)),
                f.cause
            );
            if i == 0 {
                let _ = writeln!(out, "     {}", s(c.summary.get(lang)));
            }
            for e in &f.evidence {
                let line = a.artifacts.get(e.artifact).map(|x| x.line).unwrap_or(0);
                let _ = writeln!(out, "     - {} {line}: {}", h("line", "Zeile"), p(&e.why));
            }
        }
    }
    if !a.questions.is_empty() {
        let _ = writeln!(out, "\n{}", h("Questions:", "Fragen:"));
        for q in &a.questions {
            let _ = writeln!(out, " ? {}\n   ({})", p(&q.text), p(&q.why));
            if let Some(cmd) = &q.command {
                let _ = writeln!(
                    out,
                    "   {}\n   $ {}",
                    h(
                        "Run this and paste its output with the log:",
                        "Führen Sie dies aus und fügen Sie die Ausgabe zum Log hinzu:"
                    ),
                    terminal_lines(cmd)
                );
            }
        }
    }
    if !a.artifacts.is_empty() {
        let _ = writeln!(out, "\n{}", h("Evidence found:", "Gefundene Belege:"));
        for x in &a.artifacts {
            let _ = write!(
                out,
                " #{:<3} {} {:<5} {}",
                x.id,
                h("line", "Zeile"),
                x.line,
                x.kind.name()
            );
            match &x.repeats {
                Some(r) => {
                    let _ = writeln!(
                        out,
                        " ({}× {} {})",
                        r.count,
                        h("in all, last on line", "insgesamt, zuletzt in Zeile"),
                        r.last_line
                    );
                }
                None => out.push('\n'),
            }
        }
    }
    if !a.checklist.is_empty() {
        let _ = writeln!(out, "\n{}", h("Checklist:", "Checkliste:"));
        for (i, c) in a.checklist.iter().enumerate() {
            let _ = writeln!(out, " [ ] {}. {}", i + 1, p(&c.action));
            let _ = writeln!(out, "        {} {}", h("Verify:", "Prüfen:"), p(&c.verify));
            if let Some(cmd) = &c.command {
                let _ = writeln!(out, "        $ {}", terminal_lines(cmd));
            }
        }
    }
    if let Some(fix) = &a.client_fix {
        let _ = writeln!(out, "\n{}", h("Client-side fix:", "Korrektur im Client:"));
        let _ = writeln!(
            out,
            "  {} {}",
            h("Token endpoint:", "Token-Endpunkt:"),
            s(&fix.token_endpoint)
        );
        let _ = writeln!(
            out,
            "  scope={}  grant_type={}",
            s(&fix.scope),
            s(&fix.grant_type)
        );
        let _ = writeln!(out, "  XOAUTH2: {}", s(&fix.xoauth2_format));
        if !fix.hosts.is_empty() {
            let _ = writeln!(
                out,
                "  {} {}",
                h("Hosts:", "Hosts:"),
                s(&fix.hosts.joined(", "))
            );
        }
    }
    for w in &a.warnings {
        let _ = writeln!(out, "\n! {}", p(w));
    }
    if !a.powershell.is_empty() {
        let _ = writeln!(out, "\nPowerShell:\n{}", terminal_lines(&a.powershell));
    }
    // Second line of defence: whatever was missed above, no control character but the line
    // feeds reaches the terminal.
    terminal_lines(&out).into_owned()
}

/// The reference entry of a cause, for a terminal (what the page shows at `#/cause/<id>`).
pub fn explain_cause(id: crate::CauseId, lang: Lang) -> String {
    use std::fmt::Write;
    let c = cause(id);
    let de = lang == Lang::De;
    let mut out = format!(
        "{} ({})\n\n{}\n\n{}\n",
        c.title.get(lang),
        c.id,
        c.summary.get(lang),
        c.explanation.get(lang)
    );
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            let _ = writeln!(out, "\n{title}");
            for l in lines {
                let _ = writeln!(out, "  {l}");
            }
        }
    };
    section(
        if de { "Hinweise darauf:" } else { "Signals:" },
        c.signals
            .iter()
            .map(|s| format!("- {}", s.get(lang)))
            .collect(),
    );
    section(
        if de { "Fragen:" } else { "Questions:" },
        c.questions
            .iter()
            .map(|q| {
                let mut l = format!("? {} ({})", q.text.get(lang), q.why.get(lang));
                if let Some(cmd) = crate::catalogue::question_command(q.key) {
                    let _ = write!(l, "\n     $ {cmd}");
                }
                l
            })
            .collect(),
    );
    section(
        if de { "Schritte:" } else { "Steps:" },
        c.steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut l = format!("{}. {}", i + 1, s.action.get(lang));
                let _ = write!(
                    l,
                    "\n     {} {}",
                    if de { "Prüfen:" } else { "Verify:" },
                    s.verify.get(lang)
                );
                if let Some(cmd) = s.command {
                    let _ = write!(l, "\n     $ {cmd}");
                }
                l
            })
            .collect(),
    );
    section(
        if de { "Quellen:" } else { "Sources:" },
        c.docs.iter().map(|d| format!("- {d}")).collect(),
    );
    out
}

/// The reference entry of an AADSTS code, or `None` when the catalogue does not know it.
pub fn explain_aadsts(code: u32, lang: Lang) -> Option<String> {
    let a = crate::catalogue::aadsts(code)?;
    let causes: Vec<String> = a
        .causes()
        .iter()
        .map(|id| format!("- {} ({id})", cause(*id).title.get(lang)))
        .collect();
    let head = if lang == Lang::De {
        "Mögliche Ursachen:"
    } else {
        "Likely causes:"
    };
    Some(format!(
        "AADSTS{}: {}\n\n{}\n\n{head}\n{}\n",
        a.code,
        a.name(),
        a.meaning().get(lang),
        causes.joined("\n")
    ))
}
