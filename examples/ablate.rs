//! Leave-out accuracy: how the analysis does on a text whose wording no knowledge row has seen.
//!
//! `cargo run --release --features ablation --example ablate -- [--misses FILE] [--half 0|1] [--floor A,B] FILE.jsonl…`
//!
//! Reads corpus files (the fields `text`, `bare`, `cause`, `also_acceptable` / `accept`, as
//! `score.py` reads them; each text as logged and bare). For every confirmed text it runs the
//! analysis four times: as shipped; with every row that read the text switched off (the generic
//! rows, each a subject paired with a statement, `texts::CONCEPTS`, stay: they are what is left
//! for an unseen wording), so a family's more general rows answer; in addition with the AADSTS codes the
//! text carries unknown; and, strictest, with the rows that match once others are off switched
//! off too, until none is left: no row but the generic ones reads the text. It prints top-1 and
//! top-3 for each, per file, and how well the first finding's confidence is calibrated in each
//! run (Brier score and expected calibration error, ten bins); `--misses` writes the texts the leave-out loses; `--pairs FILE`
//! writes, per text and run, the first finding's support (unmapped) and whether it is right, for
//! `scripts/calibrate_first.py`. `--show TEXT…`
//! prints the four runs of each text with the rows and codes that read it.

use exo_oauth_doctor::catalogue::ablation;
use exo_oauth_doctor::catalogue::texts::TextId;
use exo_oauth_doctor::{analysis, input, secrets, Options};
use std::io::Write;

/// A finding: its cause id and confidence.
type Found = (String, f32);

/// An analysis: the causes, best first, and whether it ranked thin evidence (a bare failure's
/// candidates).
type Got = (Vec<Found>, bool);

/// The analysis with `rows` and `codes` switched off, and the rows and codes read.
fn causes(text: &str, rows: &[TextId], codes: &[u32]) -> (Got, Vec<TextId>, Vec<u32>) {
    ablation::switch_off(rows, codes);
    let got = analyse(text);
    let (used_rows, used_codes) = ablation::used();
    (got, used_rows, used_codes)
}

/// The analysis with whatever is switched off now.
fn analyse(text: &str) -> Got {
    let masked = secrets::mask_owned(input::decode_vec(text.as_bytes().to_vec()).text);
    let opts = Options {
        now: 1_764_806_400,
        ..Options::default()
    };
    let a = analysis::analyze_masked(&masked, &opts);
    let found = a
        .findings
        .iter()
        .map(|f| (f.cause.as_str().to_string(), f.confidence))
        .collect();
    (found, a.thin.is_some())
}

/// The analysis with every specific row that reads the text off (and its codes, with `codes`);
/// with `closure`, also the rows that match once others are off, until none is new.
fn left_out(text: &str, codes: bool, closure: bool) -> Got {
    let rounds = if closure { 64 } else { 1 };
    ablation::leave_out(
        || {
            analyse(text);
        },
        codes,
        rounds,
    );
    analyse(text)
}

/// FNV-1a of `t`.
fn fnv(t: &str) -> u64 {
    t.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Default)]
struct Tally {
    n: usize,
    hit: [[usize; 2]; 4],
    /// Per run, the first finding's confidence and whether it is right (texts with a finding).
    first: [Vec<(f32, bool)>; 4],
}

/// Mean confidence, accuracy, Brier score and expected calibration error (ten bins) of `v`.
fn calibration(v: &[(f32, bool)]) -> (f64, f64, f64, f64) {
    let n = v.len().max(1) as f64;
    let conf = v.iter().map(|(c, _)| f64::from(*c)).sum::<f64>() / n;
    let acc = v.iter().filter(|(_, r)| *r).count() as f64 / n;
    let brier = v
        .iter()
        .map(|(c, r)| (f64::from(*c) - f64::from(u8::from(*r))).powi(2))
        .sum::<f64>()
        / n;
    let mut ece = 0.0;
    for b in 0..10 {
        let bin: Vec<_> = v
            .iter()
            .filter(|(c, _)| ((f64::from(*c) * 10.0) as usize).min(9) == b)
            .collect();
        if bin.is_empty() {
            continue;
        }
        let m = bin.len() as f64;
        let c = bin.iter().map(|(c, _)| f64::from(*c)).sum::<f64>() / m;
        let a = bin.iter().filter(|(_, r)| *r).count() as f64 / m;
        ece += m / n * (c - a).abs();
    }
    (conf, acc, brier, ece)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut misses = None;
    if let Some(i) = args.iter().position(|a| a == "--misses") {
        if i + 1 < args.len() {
            misses = Some(std::fs::File::create(&args[i + 1]).expect("misses file"));
            args.drain(i..=i + 1);
        }
    }
    // `--pairs FILE`: per text and run, the first finding's confidence, whether it is right and
    // whether it ranks thin evidence, as JSON lines (what `scripts/calibrate_first.py` fits).
    // They carry the rules' support, before `catalogue::calibration` maps it.
    let mut pairs = None;
    if let Some(i) = args.iter().position(|a| a == "--pairs") {
        if i + 1 < args.len() {
            pairs = Some(std::fs::File::create(&args[i + 1]).expect("pairs file"));
            args.drain(i..=i + 1);
            ablation::set_uncalibrated(true);
        }
    }
    if args.first().is_some_and(|a| a == "--show") {
        for t in &args[1..] {
            let (got, rows, codes) = causes(t, &[], &[]);
            println!(
                "{t}\n  as shipped {:?}, rows {rows:?}, codes {codes:?}",
                got.0
            );
            println!("  rows left out {:?}", left_out(t, false, false).0);
            println!("  rows and codes left out {:?}", left_out(t, true, false).0);
            println!("  and every row after them {:?}", left_out(t, true, true).0);
        }
        return;
    }
    // `--half 0|1`: only the texts whose FNV-1a hash has that parity (one half to tune the
    // generic rows on, the other to measure them).
    let mut half = None;
    if let Some(i) = args.iter().position(|a| a == "--half") {
        half = args.get(i + 1).and_then(|h| h.parse::<u64>().ok());
        args.drain(i..(i + 2).min(args.len()));
    }
    // `--floor A,B`: fail (exit status 1) when top-1 with the rows left out falls below A %, or
    // with the rows and codes left out below B % (the test script's check on the held-out half).
    let mut floor = None;
    if let Some(i) = args.iter().position(|a| a == "--floor") {
        floor = args.get(i + 1).and_then(|f| {
            let (a, b) = f.split_once(',')?;
            Some((a.parse::<f64>().ok()?, b.parse::<f64>().ok()?))
        });
        args.drain(i..(i + 2).min(args.len()));
    }
    let mut total = Tally::default();
    let names = [
        "as shipped",
        "rows left out",
        "rows and codes left out",
        "and every row after them",
    ];
    for file in &args {
        let body = std::fs::read_to_string(file).expect("corpus file");
        let mut tally = Tally::default();
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(c) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let cause = c["cause"].as_str().unwrap_or("unconfirmed").to_string();
            if cause == "unconfirmed" {
                continue;
            }
            let mut ok = vec![cause.clone()];
            for k in ["also_acceptable", "accept"] {
                if let Some(v) = c[k].as_array() {
                    ok.extend(v.iter().filter_map(|x| x.as_str().map(str::to_string)));
                }
            }
            let text = c["text"].as_str().unwrap_or_default().to_string();
            let mut texts = vec![text.clone()];
            if let Some(b) = c["bare"].as_str() {
                if b != text {
                    texts.push(b.to_string());
                }
            }
            for t in texts {
                if half.is_some_and(|h| fnv(&t) % 2 != h) {
                    continue;
                }
                let runs = [
                    causes(&t, &[], &[]).0,
                    left_out(&t, false, false),
                    left_out(&t, true, false),
                    left_out(&t, true, true),
                ];
                tally.n += 1;
                let is_ok = |g: &Found| ok.contains(&g.0);
                for (k, (got, thin)) in runs.iter().enumerate() {
                    let first = got.first().is_some_and(is_ok);
                    let three = got.iter().take(3).any(is_ok);
                    tally.hit[k][0] += usize::from(first);
                    tally.hit[k][1] += usize::from(three);
                    if let Some(g) = got.first() {
                        tally.first[k].push((g.1, first));
                        if let Some(p) = pairs.as_mut() {
                            let rec = serde_json::json!({
                                "file": file, "run": k, "half": fnv(&t) % 2,
                                "conf": g.1, "right": first, "thin": thin,
                                "second": got.get(1).map_or(0.0, |s| s.1),
                            });
                            let _ = writeln!(p, "{rec}");
                        }
                    }
                }
                let right = runs[0].0.first().is_some_and(is_ok);
                if let (Some(m), true) = (misses.as_mut(), right) {
                    for (k, (got, _)) in runs.iter().enumerate().skip(1) {
                        if !got.first().is_some_and(is_ok) {
                            let rec = serde_json::json!({
                                "file": file, "mode": k, "cause": cause,
                                "got": got.iter().take(3).map(|g| &g.0).collect::<Vec<_>>(), "text": t,
                            });
                            let _ = writeln!(m, "{rec}");
                        }
                    }
                }
            }
        }
        print!("{file}: {} texts", tally.n);
        for (k, name) in names.iter().enumerate() {
            print!("; {name} {}/{}", tally.hit[k][0], tally.hit[k][1]);
            total.hit[k][0] += tally.hit[k][0];
            total.hit[k][1] += tally.hit[k][1];
            total.first[k].append(&mut tally.first[k]);
        }
        println!();
        total.n += tally.n;
    }
    let pct = |x: usize| 100.0 * x as f64 / total.n.max(1) as f64;
    println!("all: {} texts (top-1 / top-3)", total.n);
    for (k, name) in names.iter().enumerate() {
        println!(
            "  {name:24} {:5.1} % / {:5.1} %",
            pct(total.hit[k][0]),
            pct(total.hit[k][1])
        );
    }
    println!("the first finding, on the texts that get one: mean confidence, accuracy, Brier, ECE");
    for (k, name) in names.iter().enumerate() {
        let (conf, acc, brier, ece) = calibration(&total.first[k]);
        println!(
            "  {name:24} {:4} texts: {conf:.3} / {acc:.3} / {brier:.3} / {ece:.3}",
            total.first[k].len()
        );
        // The reliability table: per tenth of confidence, texts and the share right.
        let bins: Vec<String> = (0..10)
            .filter_map(|b| {
                let bin: Vec<_> = total.first[k]
                    .iter()
                    .filter(|(c, _)| ((f64::from(*c) * 10.0) as usize).min(9) == b)
                    .collect();
                let right = bin.iter().filter(|(_, r)| *r).count();
                (!bin.is_empty()).then(|| format!("{}0s {right}/{}", b, bin.len()))
            })
            .collect();
        println!("    {}", bins.join(", "));
    }
    if let Some((a, b)) = floor {
        let (got_a, got_b) = (pct(total.hit[1][0]), pct(total.hit[2][0]));
        if got_a < a || got_b < b {
            eprintln!("ablate: top-1 {got_a:.1} % / {got_b:.1} % is below the floor {a} % / {b} %");
            std::process::exit(1);
        }
        println!("floor {a} % / {b} %: kept");
    }
}
