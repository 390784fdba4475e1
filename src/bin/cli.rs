//! `exo-oauth-doctor analyze [FILE|-] [--json] [--lang en|de] [--now <RFC 3339>]`,
//! `exo-oauth-doctor collect [FILE|-] [--lang en|de] [--mailbox <address>]` (the read-only
//! evidence script for what the file shows), `exo-oauth-doctor explain <cause-id|AADSTS code>`,
//! `exo-oauth-doctor --version`.
//!
//! The input may be UTF-8 (with or without BOM) or UTF-16LE/BE (see `exo_oauth_doctor::input`);
//! times on the command line are strict RFC 3339 with a zone.

use exo_oauth_doctor::remedy::{evidence_script, ps1_file};
use exo_oauth_doctor::{input, report, time, Hints, Lang, Options};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: exo-oauth-doctor analyze [FILE|-] [--json] [--lang en|de] [--now <RFC 3339 time>] \
[--object-id <GUID>] [--mailbox <address>] [--changed-at <RFC 3339 time>]
       exo-oauth-doctor collect [FILE|-] [--lang en|de] [--mailbox <address>]
       exo-oauth-doctor explain <cause-id|AADSTS code> [--lang en|de]
       exo-oauth-doctor --version";

/// What the command line asks for.
enum Command {
    /// Analyse a file or standard input.
    Analyze(Args),
    /// Print the evidence script for what a file or standard input shows.
    Collect(Args),
    /// Print the reference text of a cause or an AADSTS code.
    Explain(String),
    /// Print the version and the commit (the same line as the page's footer and report).
    Version,
}

fn explain(mut it: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut lang = Lang::En;
    let mut what = None;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => {
                let v = it.next().ok_or("--lang needs a value")?;
                lang =
                    Lang::parse(&v).ok_or_else(|| format!("--lang must be en or de, not '{v}'"))?;
            }
            s if what.is_none() && !s.starts_with('-') => what = Some(s.to_string()),
            s => return Err(format!("unexpected argument '{s}'")),
        }
    }
    let what = what.ok_or("explain needs a cause id or an AADSTS code")?;
    if let Some(id) = exo_oauth_doctor::CauseId::parse(&what) {
        return Ok(Command::Explain(report::explain_cause(id, lang)));
    }
    let digits = what
        .trim_start_matches("AADSTS")
        .trim_start_matches("aadsts");
    digits
        .parse::<u32>()
        .ok()
        .and_then(|code| report::explain_aadsts(code, lang))
        .map(Command::Explain)
        .ok_or_else(|| {
            format!("'{what}' is neither a cause id nor an AADSTS code in the catalogue")
        })
}

struct Args {
    file: Option<String>,
    json: bool,
    collect: bool,
    opts: Options,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Command, String> {
    let collect = match it.next().as_deref() {
        Some("analyze") => false,
        Some("collect") => true,
        Some("explain") => return explain(it),
        Some("-h" | "--help" | "help") => return Err(String::new()),
        Some("-V" | "--version" | "version") => {
            return Ok(Command::Version);
        }
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("missing command 'analyze'".into()),
    };
    let mut args = Args {
        file: None,
        json: false,
        collect,
        opts: Options::default(),
    };
    let mut now = None;
    let mut hints = Hints::default();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--json" if !collect => args.json = true,
            "--lang" => {
                let v = value("--lang")?;
                args.opts.lang =
                    Lang::parse(&v).ok_or_else(|| format!("--lang must be en or de, not '{v}'"))?;
            }
            "--now" => now = Some(user_time("--now", &value("--now")?)?),
            "--changed-at" => {
                hints.changed_at = Some(user_time("--changed-at", &value("--changed-at")?)?);
            }
            "--object-id" => hints.object_id = Some(value("--object-id")?),
            "--mailbox" => hints.mailbox = Some(value("--mailbox")?),
            "-h" | "--help" => return Err(String::new()),
            "-" if args.file.is_none() => args.file = Some("-".into()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option '{s}'")),
            s if args.file.is_none() => args.file = Some(s.to_string()),
            s => return Err(format!("unexpected argument '{s}'")),
        }
    }
    args.opts.now = now.unwrap_or_else(system_now);
    args.opts.hints = hints;
    Ok(if collect {
        Command::Collect(args)
    } else {
        Command::Analyze(args)
    })
}

/// A time given on the command line: strict RFC 3339 with a zone. The error names the option,
/// the value (escaped, so the message stays one line) and what is wrong with it.
fn user_time(option: &str, v: &str) -> Result<i64, String> {
    time::parse_rfc3339_strict(v, time::Zone::Required).map_err(|e| {
        format!(
            "{option} {v:?} is not a valid RFC 3339 time: {}",
            e.message(Lang::En)
        )
    })
}

fn system_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn main() -> ExitCode {
    // Arguments that are not UTF-8 are read with replacement characters (never a panic).
    let argv = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    let args = match parse_args(argv) {
        Ok(Command::Analyze(a) | Command::Collect(a)) => a,
        Ok(Command::Explain(text)) => return emit(&text),
        Ok(Command::Version) => {
            return emit(&format!("{}\n", exo_oauth_doctor::version::line(Lang::En)))
        }
        Err(msg) if msg.is_empty() => return emit(&format!("{USAGE}\n")),
        Err(msg) => {
            // The message may repeat an argument: its control characters are shown escaped.
            let msg = exo_oauth_doctor::safe_text::terminal_line(&msg);
            eprintln!("exo-oauth-doctor: {msg} (exo-oauth-doctor --help shows the usage)");
            return ExitCode::from(2);
        }
    };
    let mut bytes = Vec::new();
    let read = match args.file.as_deref() {
        None | Some("-") => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(path) => std::fs::read(path).map(|b| bytes = b),
    };
    if let Err(e) = read {
        let name = args.file.as_deref().unwrap_or("-");
        let name = exo_oauth_doctor::safe_text::terminal_line(name);
        eprintln!("exo-oauth-doctor: cannot read '{name}': {e}");
        return ExitCode::from(2);
    }
    // UTF-8 with or without BOM, UTF-16LE/BE (Windows PowerShell 5.1 writes UTF-16LE); spans
    // in the output are byte offsets into this decoded text.
    // Secrets masked once, in the text the CLI owns: the scanner then copies nothing to mask it.
    let masked = exo_oauth_doctor::secrets::mask_owned(input::decode_vec(bytes).text);
    let analysis = exo_oauth_doctor::analysis::analyze_masked(&masked, &args.opts);
    if args.collect {
        let hints = &args.opts.hints;
        let lang = args.opts.lang;
        let script = evidence_script(&analysis.artifacts, &analysis.findings, hints, lang);
        // Into a file (`> evidence.ps1`): with a byte order mark, so Windows PowerShell 5.1 reads
        // the German comments and messages as UTF-8.
        if std::io::stdout().is_terminal() {
            return emit(&script);
        }
        return emit(&ps1_file(&script));
    }
    if args.json {
        emit_with(|out| report::write_json(&analysis, args.opts.lang, out))
    } else {
        emit(&report::to_text(&analysis, args.opts.lang))
    }
}

/// Writes `text` as the output (see [`emit_with`]).
fn emit(text: &str) -> ExitCode {
    emit_with(|out| out.write_all(text.as_bytes()))
}

/// Writes the output with `write`. A reader that stops early (`| head`) ends the program
/// quietly; any other write failure is reported, with exit code 1.
fn emit_with(
    write: impl FnOnce(&mut std::io::StdoutLock<'static>) -> std::io::Result<()>,
) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("exo-oauth-doctor: cannot write the output: {e}");
            ExitCode::from(1)
        }
    }
}
