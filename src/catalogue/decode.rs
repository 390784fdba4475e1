//! What the decoders say: why a decoding stopped and what they noticed, as data with its
//! English and German wording.
//!
//! The scanner records a [`DecodeNote`] (with the values it found); rules decide by the variant,
//! never by the wording; the page, the reports and the JSON render it with [`DecodeNote::text`]
//! in their language. JSON keeps the English text (`reason`, `warnings`).

use crate::i18n::Lang;
use serde::Serialize;

/// Which part of a compact token a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The JOSE header (first part).
    Header,
    /// The claims (second part).
    Payload,
    /// The token as a whole.
    Token,
}

impl Part {
    /// The part's name as the JSON's `segment` field writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Header => "header",
            Part::Payload => "payload",
            Part::Token => "token",
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Part::Header, Lang::En) => "header",
            (Part::Header, Lang::De) => "Header",
            (Part::Payload, Lang::En) => "payload",
            (Part::Payload, Lang::De) => "Payload",
            (Part::Token, Lang::En) => "token",
            (Part::Token, Lang::De) => "Token",
        }
    }
}

/// Why a decoding stopped, or a note on what decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeNote {
    /// Text follows the base64 padding (`=`).
    TextAfterPadding,
    /// A character that is not base64.
    NotBase64(char),
    /// The base64 text's length is impossible (one character too many, or cut off).
    ImpossibleLength,
    /// The base64 library refused the text (its own message, in English).
    Base64Failed(String),
    /// The decoded JSON ends early.
    JsonCutOff,
    /// The decoded text is not a JSON object: where the reader stopped (line and column from 1,
    /// the column in bytes; `json::Error::line_column`). Its position, not a message: the page
    /// carries no parser messages.
    NotJsonObject(usize, usize),
    /// A problem inside one part of a token.
    InPart(Part, Box<DecodeNote>),
    /// A token part is empty.
    PartEmpty(Part),
    /// A token part is cut off; the claims before the cut were read.
    PartCutOff(Part),
    /// A compact token with an impossible number of parts.
    PartCount(usize),
    /// Only the header is present.
    HeaderOnly,
    /// An encrypted token (JWE).
    Encrypted,
    /// Not a JWT at all.
    NotJwt,
    /// An XOAUTH2 string shortened where it was posted; what its visible part decodes to.
    XoauthShortened(String),
    /// Base64 that decodes, but not to XOAUTH2 text; the start it decodes to.
    NotXoauth(String),
    /// Note: a part carries `=` padding.
    PartPadded(Part),
    /// Note: a part is truncated, later claims are missing.
    PartTruncated(Part),
    /// Note: no signature part.
    NoSignature,
    /// Note: the token's length in characters, over 4096.
    TooLong(usize),
    /// Note: `aud` lists this many audiences.
    ManyAudiences(usize),
    /// Note: the claims were pasted as JSON, without the token.
    ClaimsOnly,
}

impl DecodeNote {
    /// The note in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let de = lang == Lang::De;
        match self {
            DecodeNote::TextAfterPadding => pick(
                de,
                "there is text after the base64 padding ('='); the end was damaged or two values were joined",
                "nach dem Base64-Auffüllzeichen ('=') folgt noch Text; das Ende wurde beschädigt oder zwei Werte wurden zusammengefügt",
            ),
            DecodeNote::NotBase64(c) => {
                if de {
                    format!("das Zeichen {c:?} an dieser Stelle ist kein Base64")
                } else {
                    format!("character {c:?} at this place is not base64")
                }
            }
            DecodeNote::ImpossibleLength => pick(
                de,
                "the base64 text has one character too many or is cut off (its length is not possible)",
                "der Base64-Text hat ein Zeichen zu viel oder ist abgeschnitten (seine Länge ist nicht möglich)",
            ),
            DecodeNote::Base64Failed(e) => {
                if de {
                    format!("Base64-Dekodierung fehlgeschlagen: {e}")
                } else {
                    format!("base64 decoding failed: {e}")
                }
            }
            DecodeNote::JsonCutOff => pick(
                de,
                "the JSON ends early: the token looks cut off (truncated when it was copied)",
                "das JSON endet zu früh: das Token wirkt abgeschnitten (beim Kopieren gekürzt)",
            ),
            DecodeNote::NotJsonObject(l, c) => {
                if de {
                    format!("der dekodierte Text ist kein JSON-Objekt (der JSON-Parser brach in Zeile {l}, Spalte {c} ab)")
                } else {
                    format!("the decoded text is not a JSON object (the JSON parser stopped at line {l}, column {c})")
                }
            }
            DecodeNote::InPart(p, inner) => format!("{}: {}", p.name(lang), inner.text(lang)),
            DecodeNote::PartEmpty(p) => {
                if de {
                    format!("der Teil {} ist leer", p.name(lang))
                } else {
                    format!("the {} segment is empty", p.name(lang))
                }
            }
            DecodeNote::PartCutOff(p) => {
                if de {
                    format!(
                        "der Teil {} ist abgeschnitten: nur die Claims vor dem Schnitt ließen sich lesen",
                        p.name(lang)
                    )
                } else {
                    format!(
                        "the {} is cut off: only the claims before the cut could be read",
                        p.name(lang)
                    )
                }
            }
            DecodeNote::PartCount(n) => {
                if de {
                    format!("ein JWT hat 3 durch Punkte getrennte Teile (ein verschlüsseltes 5); dieses hat {n}")
                } else {
                    format!("a JWT has 3 parts separated by dots (an encrypted one 5); this one has {n}")
                }
            }
            DecodeNote::HeaderOnly => pick(
                de,
                "only the token header is present: the token was cut off before the payload (check how it was copied)",
                "nur der Header des Tokens ist vorhanden: das Token wurde vor dem Payload abgeschnitten (prüfen Sie, wie es kopiert wurde)",
            ),
            DecodeNote::Encrypted => pick(
                de,
                "this is an encrypted token (JWE, five parts): only the API it is meant for can read it",
                "dies ist ein verschlüsseltes Token (JWE, fünf Teile): nur die API, für die es bestimmt ist, kann es lesen",
            ),
            DecodeNote::NotJwt => pick(de, "not a JWT", "kein JWT"),
            DecodeNote::XoauthShortened(shown) => {
                if de {
                    format!("die XOAUTH2-Zeichenfolge wurde beim Posten gekürzt ('...'); der sichtbare Teil ergibt {shown:?}")
                } else {
                    format!("the XOAUTH2 string was shortened ('...') where it was posted; the visible part decodes to {shown:?}")
                }
            }
            DecodeNote::NotXoauth(shown) => {
                if de {
                    format!("der Base64-Text ergibt {shown:?}…, nicht 'user=…^Aauth=Bearer …^A^A'")
                } else {
                    format!("the base64 text decodes to {shown:?}…, not to 'user=…^Aauth=Bearer …^A^A'")
                }
            }
            DecodeNote::PartPadded(p) => {
                if de {
                    format!(
                        "der Teil {} trägt '='-Auffüllung, die JWTs normalerweise weglassen",
                        p.name(lang)
                    )
                } else {
                    format!(
                        "the {} carries '=' padding, which JWTs normally leave out",
                        p.name(lang)
                    )
                }
            }
            DecodeNote::PartTruncated(p) => {
                if de {
                    format!(
                        "{} abgeschnitten; spätere Claims fehlen",
                        p.name(lang)
                    )
                } else {
                    format!("{} truncated; later claims are missing", p.name(lang))
                }
            }
            DecodeNote::ClaimsOnly => pick(
                de,
                "only the token's claims were pasted (decoded JSON), not the token: they are read as shown; whether a token with them was issued, signed and sent cannot be checked",
                "nur die Claims des Tokens wurden eingefügt (decodiertes JSON), nicht das Token: sie werden gelesen wie gezeigt; ob ein Token mit ihnen ausgestellt, signiert und gesendet wurde, lässt sich nicht prüfen",
            ),
            DecodeNote::NoSignature => pick(
                de,
                "no signature part: the token was cut off or is unsigned",
                "kein Signaturteil: das Token wurde abgeschnitten oder ist unsigniert",
            ),
            DecodeNote::TooLong(n) => {
                if de {
                    format!("das Token ist {n} Zeichen lang; manche Server lehnen Tokens über 4096 Zeichen ab")
                } else {
                    format!("the token is {n} characters long; some servers reject tokens over 4096 characters")
                }
            }
            DecodeNote::ManyAudiences(n) => {
                if de {
                    format!("aud nennt {n} Zielgruppen; die erste wird verwendet")
                } else {
                    format!("aud lists {n} audiences; the first is used")
                }
            }
        }
    }
}

fn pick(de: bool, en: &str, de_text: &str) -> String {
    if de { de_text } else { en }.to_string()
}

impl std::fmt::Display for DecodeNote {
    /// The English text (the JSON's and the logs' language).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Serialize for DecodeNote {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_note_reads_differently_in_german() {
        let notes = [
            DecodeNote::TextAfterPadding,
            DecodeNote::NotBase64('!'),
            DecodeNote::ImpossibleLength,
            DecodeNote::Base64Failed("x".into()),
            DecodeNote::JsonCutOff,
            DecodeNote::NotJsonObject(1, 2),
            DecodeNote::InPart(Part::Payload, Box::new(DecodeNote::JsonCutOff)),
            DecodeNote::PartEmpty(Part::Header),
            DecodeNote::PartCutOff(Part::Payload),
            DecodeNote::PartCount(4),
            DecodeNote::HeaderOnly,
            DecodeNote::Encrypted,
            DecodeNote::NotJwt,
            DecodeNote::XoauthShortened("user=a".into()),
            DecodeNote::NotXoauth("abc".into()),
            DecodeNote::PartPadded(Part::Header),
            DecodeNote::PartTruncated(Part::Payload),
            DecodeNote::NoSignature,
            DecodeNote::TooLong(5000),
            DecodeNote::ManyAudiences(2),
            DecodeNote::ClaimsOnly,
        ];
        for n in &notes {
            let (en, de) = (n.text(Lang::En), n.text(Lang::De));
            assert!(!en.is_empty() && !de.is_empty(), "{n:?}");
            assert_ne!(en, de, "{n:?} has no German text");
            assert_eq!(n.to_string(), en);
        }
    }
}
