//! Every PowerShell text the product and the test suite generate is parsed by a PowerShell
//! grammar (the `tree-sitter-powershell` crate; no PowerShell runs here) and must parse without
//! an `ERROR` or `MISSING` node.
//!
//! What is parsed: `Analysis::powershell` and every checklist item's `command` for every menu
//! example (English and German), every corpus case (`tests/fixtures/corpus.jsonl`) and every
//! known-answer input (`tests/common/known.rs`, with its hints), in both languages; the remedy for
//! all causes at once over each example's evidence; every snapshot in `tests/snapshots/*.ps1`;
//! and every catalogue step's command as the page's reference shows it (placeholders unfilled).
//!
//! Hostile values (quotes of every kind, backticks, `$(`, `;`, line breaks, `#`, `<#`, control,
//! bidi and other non-ASCII characters) go through the real path, as hints (mailbox, object id)
//! and as claims of a token in the pasted text, and through the quoting functions directly. The
//! script and the commands must still parse, and each value (framed by two marker words) must sit
//! whole inside one string literal or one comment: no command, pipeline, variable or
//! subexpression may come out of it. The one other shape accepted is the script's pure-ASCII
//! spelling of a value with non-ASCII characters, `('…' + [char]0x… + '…')`: a concatenation of
//! single-quoted literals and `[char]` codes, nothing else.
//!
//! Grammar gaps and how the check handles them (the only allowances; anything else the grammar
//! rejects fails the test):
//! 1. Typographic quotes. PowerShell reads `‘ ’ ‚ ‛` as `'` and `“ ” „` as `"` (a doubled one
//!    escapes itself inside a literal); the grammar knows only the ASCII ones and would read a
//!    typographic quote as an ordinary letter. Before parsing, [`for_grammar`] maps each of them
//!    to its ASCII quote, character for character, for the grammar only. None of the generated
//!    scripts has one (values enter the script in pure ASCII); a checklist command has one when a
//!    display name from the evidence does. The mapping makes the check stricter, not looser: a
//!    typographic quote the generator failed to double ends the literal for PowerShell, and
//!    after the mapping for the grammar as well (`an_undoubled_typographic_quote_is_caught`).
//! 2. Comma-separated arguments (`Format-List DisplayName, AppId`). The grammar reads such a
//!    list as bare words (`generic_token`s) rather than as one array argument; it does not
//!    report an error for any list the product writes, so nothing is rewritten or excused. The
//!    only effect is on the shape of the tree, and values never stand in such a list unquoted.
//!    `comma_lists_are_read_without_error` pins this; should a grammar update turn such a list
//!    into an `ERROR`, that test fails and names the gap.
//! 3. NUL. The grammar's lexer takes a NUL character as the end of the input, where PowerShell
//!    reads it as a character of the literal. The quoting functions, called directly, are
//!    therefore given hostile values without NUL; on the real path NUL stays in the hostile
//!    values, and the product drops it (display names) or blanks it (comments) before the script.
//!
//! Values that fail validation are echoed only in a sanitised comment line; the check accepts a
//! comment as holding a value when the whole value lies inside that one comment (a long value,
//! cut short with `…` there, up to the `…`).

mod common;
#[path = "common/known.rs"]
mod known;

use std::collections::BTreeMap;

use exo_oauth_doctor::catalogue::STEPS;
use exo_oauth_doctor::examples::EXAMPLES;
use exo_oauth_doctor::remedy::quote::{comment_safe, ps_ascii_expression, ps_single_quoted};
use exo_oauth_doctor::remedy::{ps1_file, remedy};
use exo_oauth_doctor::rules::Finding;
use exo_oauth_doctor::{analyze, Analysis, CauseId, Hints, Lang, Options};
use proptest::prelude::*;
use serde_json::json;
use tree_sitter::{Node, Parser, Tree};

/// The characters PowerShell reads as a single quote besides `'` (as its tokenizer defines them).
const TYPOGRAPHIC_SINGLE: [char; 4] = ['\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];
/// The characters PowerShell reads as a double quote besides `"`.
const TYPOGRAPHIC_DOUBLE: [char; 3] = ['\u{201C}', '\u{201D}', '\u{201E}'];

/// Marks the start of a hostile value (lower case, so it survives normalisation of addresses).
const START: &str = "qqstart";
/// Marks the end of a hostile value.
const END: &str = "qqend";

/// The text the grammar is given: typographic quotes mapped to ASCII (allowance 1), nothing else.
fn for_grammar(script: &str) -> String {
    script
        .chars()
        .map(|c| {
            if TYPOGRAPHIC_SINGLE.contains(&c) {
                '\''
            } else if TYPOGRAPHIC_DOUBLE.contains(&c) {
                '"'
            } else {
                c
            }
        })
        .collect()
}

/// A script as the grammar read it.
struct Parsed {
    /// The text after [`for_grammar`].
    text: String,
    tree: Tree,
}

fn parser() -> Parser {
    let mut p = Parser::new();
    p.set_language(&tree_sitter_powershell::LANGUAGE.into())
        .expect("the PowerShell grammar loads");
    p
}

fn parse(p: &mut Parser, script: &str) -> Parsed {
    let text = for_grammar(script);
    let tree = p.parse(&text, None).expect("the parser returns a tree");
    Parsed { text, tree }
}

impl Parsed {
    fn snippet(&self, n: Node) -> String {
        let t = &self.text[n.byte_range()];
        let t: String = t.chars().take(80).collect();
        format!(
            "line {} col {}: {:?}",
            n.start_position().row + 1,
            n.start_position().column + 1,
            t
        )
    }

    /// Every `ERROR` and `MISSING` node, described.
    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![self.tree.root_node()];
        while let Some(n) = stack.pop() {
            if n.is_error() {
                out.push(format!("ERROR at {}", self.snippet(n)));
            } else if n.is_missing() {
                out.push(format!("MISSING {} at {}", n.kind(), self.snippet(n)));
            }
            if n.has_error() {
                let mut c = n.walk();
                stack.extend(n.children(&mut c));
            }
        }
        out
    }

    /// Where each marked value landed: `(in code literals, in comments)`, or why one is loose.
    fn contained(&self) -> Result<(usize, usize), String> {
        let (mut code, mut comments) = (0, 0);
        let mut from = 0;
        while let Some(at) = self.text[from..].find(START) {
            let start = from + at;
            let after = start + START.len();
            let next_start = self.text[after..].find(START).map(|i| after + i);
            let before_next = |e: usize| next_start.is_none_or(|n| e <= n);
            let (end, cut) = match self.text[after..].find(END).map(|i| after + i + END.len()) {
                Some(e) if before_next(e) => (e, false),
                // A long value is cut with `…` in a comment: then the comment must hold it up to
                // the `…`.
                _ => match self.text[after..]
                    .find('…')
                    .map(|i| after + i + '…'.len_utf8())
                {
                    Some(e) if before_next(e) => (e, true),
                    _ => {
                        return Err(format!(
                            "value at byte {start} has no end marker: {:?}",
                            &self.text[start..]
                        ))
                    }
                },
            };
            let node = self
                .tree
                .root_node()
                .descendant_for_byte_range(start, end)
                .ok_or("no node covers the value")?;
            match literal_or_comment(node, start, end) {
                Some(true) => comments += 1,
                Some(false) if !cut => code += 1,
                None if !cut && is_char_concatenation(node, &self.text) => code += 1,
                _ => {
                    return Err(format!(
                        "value {:?} is not inside one literal or comment (cut: {cut}): the smallest node around it is {} ({})",
                        &self.text[start..end],
                        node.kind(),
                        node.to_sexp()
                    ))
                }
            }
            from = end;
        }
        Ok((code, comments))
    }
}

/// Whether the smallest node around `start..end` is one string literal (`Some(false)`) or one
/// comment (`Some(true)`) that holds the span with no variable or subexpression in it.
fn literal_or_comment(node: Node, start: usize, end: usize) -> Option<bool> {
    // The smallest node may be the literal's token inside `string_literal`.
    let mut n = node;
    loop {
        match n.kind() {
            "comment" => return Some(true),
            "verbatim_string_characters" | "verbatim_here_string_characters" => return Some(false),
            "expandable_string_literal" | "expandable_here_string_literal" => {
                // `"…"`: no variable or subexpression may overlap the value.
                let mut c = n.walk();
                let clean = n
                    .named_children(&mut c)
                    .all(|ch| ch.end_byte() <= start || ch.start_byte() >= end);
                return clean.then_some(false);
            }
            "string_literal" => {
                let mut c = n.walk();
                let only = n.named_children(&mut c).next()?;
                n = only;
            }
            _ => return None,
        }
    }
}

/// Whether `node` is a concatenation of single-quoted literals and `[char]0x…` codes only (the
/// script's pure-ASCII spelling of a non-ASCII value), with at least one `[char]`.
fn is_char_concatenation(node: Node, text: &str) -> bool {
    // Wrappers the grammar puts around any expression operand.
    const WRAPPERS: &[&str] = &[
        "pipeline",
        "pipeline_chain",
        "logical_expression",
        "bitwise_expression",
        "comparison_expression",
        "additive_expression",
        "multiplicative_expression",
        "format_expression",
        "range_expression",
        "array_literal_expression",
        "unary_expression",
        "expression_with_unary_operator",
    ];
    const CHAR_CODE: &[&str] = &[
        "cast_expression",
        "type_literal",
        "type_spec",
        "type_name",
        "type_identifier",
        "integer_literal",
        "hexadecimal_integer_literal",
    ];
    let mut chars = 0;
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        let kind = n.kind();
        let ok = if !n.is_named() {
            matches!(kind, "+" | "[" | "]")
        } else if kind == "type_identifier" {
            chars += 1;
            text[n.byte_range()].eq_ignore_ascii_case("char")
        } else if kind == "array_literal_expression" {
            // A comma would make an array: one element only.
            n.named_child_count() == 1
        } else {
            WRAPPERS.contains(&kind)
                || CHAR_CODE.contains(&kind)
                || kind == "string_literal"
                || kind == "verbatim_string_characters"
        };
        if !ok {
            return false;
        }
        let mut c = n.walk();
        stack.extend(n.children(&mut c));
    }
    chars > 0
}

/// The PowerShell texts of an analysis, labelled.
fn texts_of(label: &str, a: &Analysis, out: &mut Vec<(String, String)>) {
    out.push((format!("{label}: script"), a.powershell.clone()));
    for item in &a.checklist {
        if let Some(cmd) = &item.command {
            out.push((format!("{label}: checklist {}", item.key), cmd.clone()));
        }
    }
}

const LANGS: [Lang; 2] = [Lang::En, Lang::De];

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::De => "de",
    }
}

/// Every script and checklist command the product and the tests generate, labelled.
fn generated() -> Vec<(String, String)> {
    let mut out = Vec::new();
    // Menu examples, at a clock during the logged sessions.
    for ex in EXAMPLES {
        for lang in LANGS {
            let opts = Options {
                now: 1_748_860_000,
                lang,
                ..Options::default()
            };
            let a = analyze(ex.text, &opts);
            let label = format!("example {} {}", ex.key, lang_name(lang));
            texts_of(&label, &a, &mut out);
            // The download: the same script behind a byte order mark.
            out.push((format!("{label}: .ps1 file"), ps1_file(&a.powershell)));
            // Every cause at once over this example's evidence: every block of the script.
            let all: Vec<Finding> = CauseId::ALL
                .iter()
                .map(|c| Finding {
                    cause: *c,
                    confidence: 0.9,
                    evidence: vec![],
                })
                .collect();
            let r = remedy(&all, &a.artifacts, &opts.hints, lang);
            let label = format!("all causes on example {} {}", ex.key, lang_name(lang));
            out.push((format!("{label}: script"), r.powershell));
            for item in r.checklist {
                if let Some(cmd) = item.command {
                    out.push((format!("{label}: checklist {}", item.key), cmd));
                }
            }
        }
    }
    // Corpus cases.
    for (i, text) in common::corpus_texts().iter().enumerate() {
        for lang in LANGS {
            let opts = Options {
                now: 1_767_225_600,
                lang,
                ..Options::default()
            };
            texts_of(
                &format!("corpus line {} {}", i + 1, lang_name(lang)),
                &analyze(text, &opts),
                &mut out,
            );
        }
    }
    // Known-answer inputs with their hints.
    for r in known::rows() {
        for lang in LANGS {
            let opts = Options {
                now: known::NOW,
                lang,
                hints: r.hints.clone(),
            };
            texts_of(
                &format!("known {} ({}) {}", r.name, r.cause, lang_name(lang)),
                &analyze(&r.text, &opts),
                &mut out,
            );
        }
    }
    // Snapshots.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("snapshot folder")
        .map(|e| e.expect("snapshot entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ps1"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "snapshots found: {}", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).expect("snapshot reads");
        out.push((format!("snapshot {}", f.display()), text));
    }
    // The catalogue's commands as the reference view shows them.
    for s in STEPS {
        if let Some(cmd) = s.command {
            out.push((format!("catalogue step {}", s.key), cmd.to_string()));
        }
    }
    out
}

#[test]
fn every_generated_script_and_command_parses() {
    let all = generated();
    // Parse each distinct text once; remember the first place it came from.
    let mut unique: BTreeMap<&str, &str> = BTreeMap::new();
    for (label, text) in &all {
        unique.entry(text.as_str()).or_insert(label.as_str());
    }
    let mut p = parser();
    let mut failures = Vec::new();
    let (mut scripts, mut commands) = (0, 0);
    for (text, label) in &unique {
        if label.contains("checklist") || label.starts_with("catalogue") {
            commands += 1;
        } else {
            scripts += 1;
        }
        let parsed = parse(&mut p, text);
        for problem in parsed.problems() {
            failures.push(format!("{label}: {problem}"));
        }
    }
    println!(
        "parsed {} texts ({} distinct: {scripts} scripts, {commands} commands)",
        all.len(),
        unique.len()
    );
    for f in &failures {
        println!("{f}");
    }
    assert!(scripts >= 40 && commands >= 20, "too few texts parsed");
    assert!(failures.is_empty(), "{} grammar problems", failures.len());
}

// ---------------------------------------------------------------------------------------------
// The checker itself.

fn problems_of(script: &str) -> Vec<String> {
    parse(&mut parser(), script).problems()
}

#[test]
fn broken_scripts_are_reported() {
    for broken in [
        "$Mailbox = 'docscan@contoso.com\nWrite-Host 'done'",
        "$x = $(\n",
        "Write-Host (\"{0}\" -f $Mailbox",
        "if ($x) {\n    Get-Mailbox\n",
        "$x = \"unclosed",
    ] {
        assert!(
            !problems_of(broken).is_empty(),
            "the checker passed a broken script: {broken:?}"
        );
    }
    // And the same scripts, repaired, pass.
    for good in [
        "$Mailbox = 'docscan@contoso.com'\nWrite-Host 'done'",
        "$x = $(Get-Date)\n",
        "Write-Host (\"{0}\" -f $Mailbox)",
        "if ($x) {\n    Get-Mailbox\n}\n",
        "$x = \"closed\"",
    ] {
        assert_eq!(problems_of(good), Vec::<String>::new(), "{good:?}");
    }
}

#[test]
fn an_undoubled_typographic_quote_is_caught() {
    // For PowerShell, ’ ends the literal: `Remove-Item` would run.
    let broken = format!("$DisplayName = '{START}O’; Remove-Item C:\\x; ’{END}'\n");
    let mut p = parser();
    assert!(
        parse(&mut p, &broken).contained().is_err(),
        "the undoubled quote went unnoticed"
    );
    // Without the mapping (allowance 1) the grammar would take it for one literal.
    let raw = Parsed {
        tree: p.parse(&broken, None).expect("a tree"),
        text: broken.clone(),
    };
    assert_eq!(raw.contained(), Ok((1, 0)));
    // Doubled, it is one literal.
    let good = format!(
        "$DisplayName = {}\n",
        ps_single_quoted(&format!("{START}O’; Remove-Item C:\\x; ’{END}"))
    );
    let parsed = parse(&mut p, &good);
    assert_eq!(parsed.problems(), Vec::<String>::new());
    assert_eq!(parsed.contained(), Ok((1, 0)));
}

#[test]
fn a_value_outside_a_literal_is_reported() {
    let mut p = parser();
    for loose in [
        format!("$x = '{START}'; Remove-Item x; '{END}'"),
        format!("$x = \"{START}$(Remove-Item x){END}\""),
        format!("$x = ('{START}' + $y + '{END}')"),
        format!("# {START}\nRemove-Item x {END}"),
        format!("Get-Mailbox -Identity {START}{END}"),
        format!("$x = '{START}"),
        // A cut value is held only by one comment.
        format!("# {START}\nRemove-Item x …"),
        format!("$x = '{START} …'"),
    ] {
        assert!(
            parse(&mut p, &loose).contained().is_err(),
            "the checker accepted {loose:?}"
        );
    }
    for held in [
        format!("$x = '{START}''; Remove-Item x; ''{END}'"),
        format!("$x = \"{START} text {END}\""),
        format!("$x = ('{START}' + [char]0x00EB + '{END}')"),
        format!("# {START} $(Remove-Item x) {END}\nGet-Mailbox"),
        format!("# WARNING: \"{START} $(Remove-Item x) …\" (your entry)\nGet-Mailbox"),
    ] {
        let parsed = parse(&mut p, &held);
        assert_eq!(parsed.problems(), Vec::<String>::new(), "{held:?}");
        assert_eq!(parsed.contained().map(|(a, b)| a + b), Ok(1), "{held:?}");
    }
}

#[test]
fn comma_lists_are_read_without_error() {
    // Allowance 2: the grammar reads an argument list as bare words, without an error.
    for line in [
        "Get-ServicePrincipal | Format-List DisplayName, AppId, ObjectId",
        "Get-Mailbox -Identity $Mailbox | Format-List DisplayName,PrimarySmtpAddress",
        "Get-MgServicePrincipal -Filter \"appId eq 'x'\" | Select-Object Id, AppId, DisplayName",
        "if ($x) {\n    Get-CASMailbox -Identity $Mailbox | Format-List ImapEnabled, PopEnabled\n}\nelse {\n    Get-X | Format-Table User, AccessRights\n}",
    ] {
        assert_eq!(problems_of(line), Vec::<String>::new(), "{line:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Hostile values through the real path.

/// Pieces of hostile values.
const PIECES: &[&str] = &[
    "'",
    "''",
    "\u{2018}",
    "\u{2019}",
    "\u{201A}",
    "\u{201B}",
    "\"",
    "\u{201C}",
    "\u{201D}",
    "\u{201E}",
    "`",
    "`'",
    "$",
    "$(",
    "$(Remove-Item C:\\ -Recurse)",
    "${env:x}",
    ")",
    "(",
    ";",
    "; Remove-Mailbox x;",
    "\n",
    "\r\n",
    "\r",
    "#",
    "<#",
    "#>",
    "@'",
    "'@",
    "{",
    "}",
    "|",
    "&",
    ",",
    " ",
    "\t",
    "\u{2013}",
    "\u{00E4}",
    "\u{1F600}",
    "\u{202E}",
    "\u{2028}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0}",
    "a",
    "Z",
];

/// A hostile value between the markers.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..10)
        .prop_map(|p| format!("{START}{}{END}", p.concat()))
}

/// A hostile value without NUL, for the quoting functions called directly: the grammar's lexer
/// takes NUL as the end of the input (allowance 3).
fn hostile_no_nul() -> impl Strategy<Value = String> {
    hostile().prop_map(|v| v.replace('\u{0}', ""))
}

/// A valid address whose local part uses the characters an address may have that matter in
/// PowerShell (`'`, backtick, `$`, `{`, `}`, `#`, `|`, `&`, …).
fn hostile_address() -> impl Strategy<Value = String> {
    "[-a-z0-9!#$%&'*+/=?^_`{|}~]{0,20}".prop_map(|local| format!("{START}{local}{END}@contoso.com"))
}

const EXO: &str = "https://outlook.office365.com";
const APPID: &str = "6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const SP_OID: &str = "0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a";
const TID: &str = "c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c";

/// An app-only token for IMAP whose display name and tenant are `display` and `tid`.
fn app_token(display: &str, tid: &str) -> String {
    let iat = known::NOW - 600;
    known::token(json!({
        "aud": EXO, "iss": format!("https://sts.windows.net/{TID}/"), "iat": iat, "nbf": iat, "exp": iat + 3599,
        "app_displayname": display, "appid": APPID, "appidacr": "1", "idtyp": "app", "oid": SP_OID,
        "roles": ["IMAP.AccessAsApp"], "sub": SP_OID, "tid": tid, "ver": "1.0"
    }))
}

/// A delegated token with hostile claims throughout.
fn user_token(upn: &str, other: &str) -> String {
    let iat = known::NOW - 600;
    known::token(json!({
        "aud": EXO, "iss": format!("https://sts.windows.net/{TID}/"), "iat": iat, "nbf": iat, "exp": iat + 4200,
        "appid": other, "oid": other, "name": other, "scp": "SMTP.Send", "tid": other,
        "unique_name": upn, "upn": upn, "ver": "1.0"
    }))
}

/// Parses the script and every checklist command of `a`; every marked value must be held.
/// Returns how many values landed in code literals and in comments.
fn check_analysis(p: &mut Parser, a: &Analysis) -> Result<(usize, usize), TestCaseError> {
    let mut texts = Vec::new();
    texts_of("hostile", a, &mut texts);
    let (mut code, mut comments) = (0, 0);
    for (label, text) in texts {
        let parsed = parse(p, &text);
        let problems = parsed.problems();
        prop_assert!(problems.is_empty(), "{}: {:?}\n{}", label, problems, text);
        let (c, m) = parsed
            .contained()
            .map_err(|e| TestCaseError::fail(format!("{label}: {e}\n{text}")))?;
        code += c;
        comments += m;
    }
    Ok((code, comments))
}

/// The value a single-quoted literal's text stands for, read the way PowerShell reads it
/// (after [`for_grammar`]: `''` is one `'`).
fn read_verbatim(lit: &str) -> Option<String> {
    let body = lit.strip_prefix('\'')?.strip_suffix('\'')?;
    Some(body.replace("''", "'"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn hostile_values_stay_inside_literals(
        display in hostile(),
        tid in hostile(),
        mailbox in prop_oneof![hostile(), hostile_address()],
        object_id in hostile(),
        lang in prop::sample::select(&LANGS[..]),
    ) {
        let mut p = parser();
        let text = format!(
            "Response: MBN00000002 NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\"\naccess_token: {}",
            app_token(&display, &tid)
        );
        let opts = Options {
            now: known::NOW,
            lang,
            hints: Hints { mailbox: Some(mailbox), object_id: Some(object_id), changed_at: None },
        };
        let a = analyze(&text, &opts);
        let (code, _) = check_analysis(&mut p, &a)?;
        // The display name is kept (cleaned) and enters the script and the checklist as code.
        prop_assert!(code >= 2, "the display name landed {} times in code:\n{}", code, a.powershell);
    }

    #[test]
    fn hostile_claims_of_a_user_token_stay_inside_literals(
        upn in prop_oneof![hostile(), hostile_address()],
        other in hostile(),
        lang in prop::sample::select(&LANGS[..]),
    ) {
        let mut p = parser();
        let text = format!(
            "Authorization: Bearer {}\n550 5.7.60 SMTP; Client does not have permissions to send as this sender",
            user_token(&upn, &other)
        );
        let opts = Options { now: known::NOW, lang, ..Options::default() };
        let (code, comments) = check_analysis(&mut p, &analyze(&text, &opts))?;
        // The user name is taken (a valid address, as code) or reported (in a comment).
        prop_assert!(code + comments >= 1, "the user name went nowhere");
    }

    #[test]
    fn quoted_values_are_one_literal(value in hostile_no_nul()) {
        let mut p = parser();
        let lit = ps_single_quoted(&value);
        for script in [
            format!("$x = {lit}"),
            format!("Write-Host {lit} -ForegroundColor Green"),
            format!("Get-Mailbox -Identity {lit} | Format-List DisplayName, PrimarySmtpAddress"),
            format!("$x = {}", ps_ascii_expression(&value)),
            format!("New-ServicePrincipal -DisplayName {} -WhatIf:$WhatIf", ps_ascii_expression(&value)),
            format!("# {}\nWrite-Host 'after'", comment_safe(&value, 200)),
        ] {
            let parsed = parse(&mut p, &script);
            prop_assert_eq!(parsed.problems(), Vec::<String>::new(), "{}", script);
            let held = parsed.contained().map_err(|e| TestCaseError::fail(format!("{e}\n{script}")))?;
            prop_assert_eq!(held.0 + held.1, 1, "{}", script);
        }
        // The literal reads back as the value (typographic quotes read as ASCII ones).
        let parsed = parse(&mut p, &format!("$x = {lit}"));
        let root = parsed.tree.root_node();
        let start = parsed.text.find('\'').unwrap_or(0);
        let node = root.descendant_for_byte_range(start, parsed.text.len()).expect("a node");
        prop_assert_eq!(node.kind(), "verbatim_string_characters");
        prop_assert_eq!(read_verbatim(&parsed.text[node.byte_range()]), Some(for_grammar(&value)));
    }
}
