//! What an analysis is given besides the text: the user's hints and the options. At the bottom of
//! the layers: the scanner, the rules, the remedy and the pipeline all read it, it reads none of
//! them.

use crate::i18n::Lang;
use serde::Serialize;

/// What the user can tell that no log shows (the page's small fields, the CLI's options).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Hints {
    /// The object id passed to `New-ServicePrincipal -ObjectId/-ServiceId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_id: Option<String>,
    /// The mailbox the service opens or sends as.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
    /// When the last permission change was made (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed_at: Option<i64>,
}

/// Options of an analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// "Now" in Unix seconds (token expiry is judged against it).
    pub now: i64,
    /// Language of the generated script comments.
    pub lang: Lang,
    /// What the user told us.
    pub hints: Hints,
}
