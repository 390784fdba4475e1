//! Text from the paste, made safe for where it is shown: a terminal line, or a Markdown report.
//!
//! A pasted log, token claim or XOAUTH2 `user=` is the author's text, not ours. Printed as it is,
//! an escape sequence in it can retitle or clear the terminal, a carriage return can overwrite
//! what was printed before it, and bidirectional or zero-width characters can make the text read
//! differently from what it is. In a Markdown report, the same text could add a heading, a
//! checklist item, a link, an image or HTML. The functions here make such text inert:
//!
//! - [`terminal_line`]: every control, bidi and zero-width character shown as an escape
//!   (`\n`, `\u{1b}`), so the text stays on one line and shows exactly what it holds;
//! - [`markdown_code_span`]: a value as one inline code span that no content can close;
//! - [`markdown_inline`]: a sentence that quotes paste text, as inline Markdown in which only
//!   plain words stay plain and every word that could mean Markdown is a code span.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal or a rendered report as it is: control characters
/// (C0 with the line breaks, DEL, C1 U+0080–U+009F), bidirectional marks, embeddings, overrides
/// and isolates (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069), zero-width and invisible
/// format characters (U+200B–U+200D, U+2060–U+2064, U+FEFF), the Unicode line and paragraph
/// separators (U+2028, U+2029) and the interlinear annotation marks (U+FFF9–U+FFFB).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Appends the visible escape of `c`: `\n`, `\r`, `\t`, else `\u{…}` with the hex code.
fn push_escape(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// `s` with every character for which `unsafe_` holds replaced by its escape (borrowed when
/// nothing needs replacing).
fn escape_where(s: &str, unsafe_: impl Fn(char) -> bool) -> Cow<'_, str> {
    let Some(first) = s.find(|c: char| unsafe_(c)) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if unsafe_(c) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Paste text made safe for one terminal line: every character of [`is_unsafe_char`] (line
/// breaks included) is shown as an escape — `\n`, `\r`, `\t`, or `\u{1b}` with its hex code —
/// and everything else is kept. The result holds no control character, so it can neither move
/// the cursor, change the terminal (ESC and OSC sequences), nor start a line of its own.
pub fn terminal_line(s: &str) -> Cow<'_, str> {
    escape_where(s, is_unsafe_char)
}

/// Like [`terminal_line`], but keeps the line feeds: for a text of several lines that is ours
/// to break (a generated script, a whole report).
pub fn terminal_lines(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| c != '\n' && is_unsafe_char(c))
}

/// Paste text made safe for the page: like [`terminal_lines`], but tabs and carriage returns
/// stay too (the page lays out a log as it is). Bidirectional overrides and isolates, zero-width
/// and other invisible characters and the remaining control characters are shown as escapes, so
/// the evidence view, a token's claims or a reason quoting the paste show exactly what they
/// hold and cannot be made to read differently.
pub fn page_text(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| !matches!(c, '\n' | '\r' | '\t') && is_unsafe_char(c))
}

/// The longest run of backticks in `s`.
fn longest_backtick_run(s: &str) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in s.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// `s` as one Markdown inline code span that shows exactly `s` and nothing else: the
/// characters of [`is_unsafe_char`] are escaped as in [`terminal_line`] (so no line break can
/// end the paragraph or the list item), the fence is one backtick longer than the longest run
/// of backticks in `s` (so nothing in `s` can close it), and a space pads both sides when `s`
/// starts or ends with a backtick or a space (CommonMark strips one such space from each side).
/// Inside a code span nothing is Markdown: no emphasis, link, image, HTML or entity.
pub fn markdown_code_span(s: &str) -> String {
    let body = terminal_line(s);
    if body.is_empty() {
        return "` `".to_string();
    }
    let fence = "`".repeat(longest_backtick_run(&body) + 1);
    // CommonMark strips one blank from each end of a code span, unless it is blanks only.
    let blanks_only = body.bytes().all(|b| b == b' ');
    let pad = if !blanks_only && (body.starts_with(['`', ' ']) || body.ends_with(['`', ' '])) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{body}{pad}{fence}")
}

/// Whether a word could mean something in Markdown (or to a renderer such as GitHub's) rather
/// than stand for itself: it holds a character that starts inline syntax (code, emphasis,
/// strike-through, links, images, HTML, entities, escapes, math, mentions, issue references,
/// tables), looks like a URL or an address (autolinks), or — as the first word — could start
/// a block (heading, quote, list item, thematic break, table row).
fn markdown_word_is_risky(w: &str, first: bool) -> bool {
    if w.contains([
        '`', '*', '_', '[', ']', '<', '>', '&', '\\', '~', '|', '$', '#', '@',
    ]) {
        return true;
    }
    if w.contains("://") || w.to_ascii_lowercase().contains("www.") {
        return true;
    }
    if !first {
        return false;
    }
    if w.starts_with(['-', '+', '=', ':']) {
        return true;
    }
    // An ordered list marker: up to nine digits and `.` or `)`.
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=9).contains(&digits) && matches!(&w[digits..], "." | ")")
}

/// A sentence that quotes paste text (a finding's reason, a question, a checklist step), as
/// inline Markdown that cannot become structure: unsafe characters are escaped as in
/// [`terminal_line`] (the text stays on its line), spaces at both ends are dropped, and every
/// word (split at spaces) that could mean Markdown is written as a [`markdown_code_span`]. The
/// words left plain hold no Markdown syntax, so the text shows as it reads and never makes a
/// heading, list item, link, image, HTML or emphasis.
pub fn markdown_inline(s: &str) -> String {
    let text = terminal_line(s);
    let text = text.trim_matches(' ');
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if !markdown_word_is_risky(word, i == 0) {
            out.push_str(word);
            continue;
        }
        // Quotes, brackets and sentence punctuation around the word stay outside the span
        // (they mean nothing in Markdown there), when what is left still needs the span.
        let core = word
            .trim_start_matches(&['(', '"', '\''][..])
            .trim_end_matches(&[',', '.', ';', ':', ')', '!', '?', '"', '\''][..]);
        if core.is_empty() || !markdown_word_is_risky(core, false) {
            out.push_str(&markdown_code_span(word));
            continue;
        }
        let start = word.len() - word.trim_start_matches(&['(', '"', '\''][..]).len();
        out.push_str(&word[..start]);
        out.push_str(&markdown_code_span(core));
        out.push_str(&word[start + core.len()..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_line_escapes_controls_and_invisible_characters() {
        for (input, want) in [
            ("plain ünïcode ✓", "plain ünïcode ✓"),
            ("a\nb\r\tc", "a\\nb\\r\\tc"),
            ("\u{1b}]0;title\u{7}", "\\u{1b}]0;title\\u{7}"),
            ("nul\0del\u{7f}", "nul\\u{0}del\\u{7f}"),
            ("c1 \u{9b}2J", "c1 \\u{9b}2J"),
            ("\u{202e}gnp.exe", "\\u{202e}gnp.exe"),
            (
                "zw\u{200b}\u{2066}\u{feff}",
                "zw\\u{200b}\\u{2066}\\u{feff}",
            ),
        ] {
            assert_eq!(terminal_line(input), want, "{input:?}");
        }
        assert_eq!(terminal_lines("a\nb\u{1b}"), "a\nb\\u{1b}");
        assert!(matches!(terminal_line("clean"), Cow::Borrowed(_)));
    }

    #[test]
    fn code_span_fences_and_pads() {
        for (input, want) in [
            ("x", "`x`"),
            ("a`b", "``a`b``"),
            ("``", "``` `` ```"),
            ("`x", "`` `x ``"),
            (" x", "`  x `"),
            ("", "` `"),
            ("a\nb", "`a\\nb`"),
        ] {
            assert_eq!(markdown_code_span(input), want, "{input:?}");
        }
    }

    #[test]
    fn inline_text_keeps_plain_words_and_quotes_the_rest() {
        for (input, want) in [
            ("roles are none", "roles are none"),
            (
                "aud is https://graph.microsoft.com here",
                "aud is `https://graph.microsoft.com` here",
            ),
            ("# heading", "`#` heading"),
            ("1. item", "`1.` item"),
            ("5.7.139 text", "5.7.139 text"),
            ("user= is a@b.com", "user= is `a@b.com`"),
            ("- x", "`-` x"),
            ("x ![i](u) y", "x `![i](u`) y"),
            ("roles [A.B], so", "roles `[A.B]`, so"),
            ("is 'a@b.com', not", "is '`a@b.com`', not"),
            ("  padded  ", "padded"),
            ("two\nlines", "`two\\nlines`"),
        ] {
            assert_eq!(markdown_inline(input), want, "{input:?}");
        }
    }
}
