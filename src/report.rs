//! Output for the CLI (and the page's copyable report): the stable JSON contract and a terminal report.

use crate::analysis::Analysis;
use crate::catalogue::cause;
use crate::i18n::{Lang, LocalText};
use serde_json::{json, Value};

/// Version of the JSON contract.
pub const JSON_VERSION: u32 = 1;

fn pick(t: &LocalText, lang: Lang) -> &str {
    t.get(lang)
}

/// The analysis as the CLI's `--json` object (texts in `lang`).
pub fn to_json(a: &Analysis, lang: Lang) -> Value {
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
                   "answer_field": q.answer_field})
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
    json!({
        "version": JSON_VERSION,
        "artifacts": a.artifacts,
        "findings": findings,
        "questions": questions,
        "checklist": checklist,
        "powershell": a.powershell,
    })
}

/// A readable report for a terminal (plain text, no colours).
pub fn to_text(a: &Analysis, lang: Lang) -> String {
    use std::fmt::Write;
    let de = lang == Lang::De;
    let mut out = String::new();
    let h = |en: &'static str, de_: &'static str| if de { de_ } else { en };
    if a.findings.is_empty() {
        let _ = writeln!(out, "{}", h("No cause identified.", "Keine Ursache erkannt."));
    } else {
        let _ = writeln!(out, "{}", h("Findings (best first):", "Befunde (wahrscheinlichste zuerst):"));
        for (i, f) in a.findings.iter().enumerate() {
            let c = cause(f.cause);
            let _ = writeln!(
                out,
                "{:>2}. [{:>3.0}%] {} ({})",
                i + 1,
                f.confidence * 100.0,
                c.title.get(lang),
                f.cause
            );
            if i == 0 {
                let _ = writeln!(out, "     {}", c.summary.get(lang));
            }
            for e in &f.evidence {
                let line = a.artifacts.get(e.artifact).map(|x| x.line).unwrap_or(0);
                let _ = writeln!(out, "     - {} {line}: {}", h("line", "Zeile"), pick(&e.why, lang));
            }
        }
    }
    if !a.questions.is_empty() {
        let _ = writeln!(out, "\n{}", h("Questions:", "Fragen:"));
        for q in &a.questions {
            let _ = writeln!(out, " ? {}\n   ({})", pick(&q.text, lang), pick(&q.why, lang));
        }
    }
    if !a.artifacts.is_empty() {
        let _ = writeln!(out, "\n{}", h("Evidence found:", "Gefundene Belege:"));
        for x in &a.artifacts {
            let _ = writeln!(out, " #{:<3} {} {:<5} {}", x.id, h("line", "Zeile"), x.line, x.kind.name());
        }
    }
    if !a.checklist.is_empty() {
        let _ = writeln!(out, "\n{}", h("Checklist:", "Checkliste:"));
        for (i, c) in a.checklist.iter().enumerate() {
            let _ = writeln!(out, " [ ] {}. {}", i + 1, pick(&c.action, lang));
            let _ = writeln!(out, "        {} {}", h("Verify:", "Prüfen:"), pick(&c.verify, lang));
            if let Some(cmd) = &c.command {
                let _ = writeln!(out, "        $ {cmd}");
            }
        }
    }
    if !a.powershell.is_empty() {
        let _ = writeln!(out, "\nPowerShell:\n{}", a.powershell);
    }
    out
}
