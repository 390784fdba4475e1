//! The whole pipeline in one call: scan → diagnose → remedy.

use crate::evidence::Artifact;
use crate::i18n::LocalText;
use crate::remedy::{remedy, ChecklistItem, ClientFix};
use crate::rules::{Diagnoser, Diagnosis, Finding, Question};
use crate::scan::{Prepared, Scanner};
use serde::Serialize;

pub use crate::options::{Hints, Options};

/// The result of analysing a pasted text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// Everything found and decoded, ordered by position.
    pub artifacts: Vec<Artifact>,
    /// Causes, best first.
    pub findings: Vec<Finding>,
    /// Questions whose answers would sharpen the verdict.
    pub questions: Vec<Question>,
    /// Steps along the chain.
    pub checklist: Vec<ChecklistItem>,
    /// The fix script, comments in the requested language.
    pub powershell: String,
    /// The fix script in both languages (the page switches language without analysing again).
    #[serde(skip)]
    pub scripts: LocalText,
    /// What the client application has to send, when a client-side cause is among the findings.
    pub client_fix: Option<ClientFix>,
    /// Values seen in the evidence that failed validation and stayed placeholders in the script.
    pub warnings: Vec<LocalText>,
    /// The kind of thin evidence, when a bare authentication failure is all the paste settles:
    /// the key of the public reports its candidates are ranked by (`catalogue::priors`).
    #[serde(skip)]
    pub thin: Option<crate::catalogue::priors::Case>,
}

/// Analyses `input`: never panics, whatever the bytes.
pub fn analyze(input: &str, opts: &Options) -> Analysis {
    let prepared = Prepared::new(input);
    Analyzer::new(&prepared, opts).finish()
}

/// [`analyze`] of a text masked with [`crate::secrets::mask_owned`]: the scanner does not read
/// it for secrets again.
pub fn analyze_masked(input: &crate::secrets::Masked, opts: &Options) -> Analysis {
    let prepared = crate::scan::Preparing::masked(input).finish();
    Analyzer::new(&prepared, opts).finish()
}

/// An analysis that runs in steps, so a page stays responsive on a paste of many megabytes:
/// each [`Analyzer::step`] scans a slice of the text (whole lines up to a byte budget) or runs
/// one of the stages after the scan (ordering the evidence, diagnosis, remedy). Any split into
/// steps gives exactly what [`analyze`] gives.
pub struct Analyzer<'p> {
    opts: Options,
    stage: Stage<'p>,
}

/// Where an [`Analyzer`] is.
enum Stage<'p> {
    /// Reading lines.
    Scan(Scanner<'p>),
    /// All lines read; the artifacts are ordered next.
    Order(Scanner<'p>),
    /// Artifacts ordered; the rules' view of them next.
    Diagnose(Vec<Artifact>),
    /// Diagnosing: one group of rules per step.
    Rules(Diagnoser),
    /// Diagnosed; checklist and script next.
    Remedy(Vec<Artifact>, Diagnosis),
    /// Finished.
    Done(Analysis),
    /// Only while moving from one stage to the next.
    Moving,
}

/// Share of the progress the scan stands for (the stages after it take the rest).
const SCAN_SHARE: usize = 90;

impl<'p> Analyzer<'p> {
    /// An analysis of `prepared` with `opts`, nothing done yet.
    pub fn new(prepared: &'p Prepared<'_>, opts: &Options) -> Analyzer<'p> {
        Analyzer {
            opts: opts.clone(),
            stage: Stage::Scan(Scanner::new(prepared, opts.now)),
        }
    }

    /// Does one step: scans whole lines up to `budget` bytes (at least one line), or runs the
    /// next stage after the scan. Returns true when the analysis is complete.
    pub fn step(&mut self, budget: usize) -> bool {
        let stage = std::mem::replace(&mut self.stage, Stage::Moving);
        self.stage = match stage {
            Stage::Scan(mut scanner) => {
                if scanner.step(budget) {
                    Stage::Order(scanner)
                } else {
                    Stage::Scan(scanner)
                }
            }
            Stage::Order(scanner) => Stage::Diagnose(scanner.finish()),
            Stage::Diagnose(artifacts) => {
                Stage::Rules(Diagnoser::new(artifacts, &self.opts.hints, self.opts.now))
            }
            Stage::Rules(mut diagnoser) => {
                if diagnoser.step() {
                    let (artifacts, diagnosis) = diagnoser.finish();
                    Stage::Remedy(artifacts, diagnosis)
                } else {
                    Stage::Rules(diagnoser)
                }
            }
            Stage::Remedy(artifacts, diagnosis) => {
                Stage::Done(complete(artifacts, diagnosis, &self.opts))
            }
            done @ (Stage::Done(_) | Stage::Moving) => done,
        };
        matches!(self.stage, Stage::Done(_) | Stage::Moving)
    }

    /// How far the analysis is, in percent (0 to 100).
    pub fn percent(&self) -> u8 {
        let p = match &self.stage {
            Stage::Scan(scanner) => {
                let (read, total) = scanner.progress();
                (read as u128 * SCAN_SHARE as u128 / total.max(1) as u128) as usize
            }
            Stage::Order(_) => SCAN_SHARE,
            Stage::Diagnose(_) => SCAN_SHARE + 1,
            Stage::Rules(diagnoser) => {
                let (run, all) = diagnoser.progress();
                SCAN_SHARE + 2 + run * (100 - SCAN_SHARE - 4) / all.max(1)
            }
            Stage::Remedy(..) => 100 - 2,
            Stage::Done(_) | Stage::Moving => 100,
        };
        p.min(100) as u8
    }

    /// Runs whatever is left and returns the analysis.
    pub fn finish(mut self) -> Analysis {
        #[cfg(not(target_arch = "wasm32"))]
        if let Stage::Scan(scanner) = &mut self.stage {
            scanner.read_all();
        }
        while !self.step(usize::MAX) {}
        match self.stage {
            Stage::Done(analysis) => analysis,
            _ => Analysis::default(),
        }
    }
}

/// The remedy for a diagnosis, and the analysis it completes.
fn complete(artifacts: Vec<Artifact>, diagnosis: Diagnosis, opts: &Options) -> Analysis {
    let remedy = remedy(&diagnosis.findings, &artifacts, &opts.hints, opts.lang);
    let mut questions = diagnosis.questions;
    crate::remedy::fill_question_commands(
        &mut questions,
        &diagnosis.findings,
        &artifacts,
        &opts.hints,
    );
    Analysis {
        artifacts,
        findings: diagnosis.findings,
        questions,
        checklist: remedy.checklist,
        powershell: remedy.powershell,
        scripts: remedy.scripts,
        client_fix: remedy.client_fix,
        warnings: remedy.warnings,
        thin: diagnosis.thin,
    }
}
