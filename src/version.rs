//! The build's version and commit, shown in the page's footer, in the Markdown report and by
//! `exo-oauth-doctor --version`, so that a copy of the page or of the CLI names the commit it was
//! built from.
//!
//! Both values are fed in at build time: `scripts/version.sh` derives them from git
//! (`git describe` / `git rev-parse`) and `scripts/build.sh` and `scripts/release.sh` export them
//! as `EXO_VERSION` and `EXO_COMMIT` before compiling. A build outside those scripts (plain
//! `cargo build`, a source tarball without `.git`) falls back to the crate version and the commit
//! `unknown`.

use crate::i18n::ReplaceAll;
use crate::i18n::{Lang, Text};
use crate::t;

/// The release version: the crate version at a tag `v<version>`, otherwise the crate version with
/// the commit as build metadata (`0.1.0+g1a2b3c4d5e6f`), or the crate version alone outside git.
pub const VERSION: &str = match option_env!("EXO_VERSION") {
    Some(v) if !v.is_empty() => v,
    _ => env!("CARGO_PKG_VERSION"),
};

/// The full commit id the build came from (40 hex digits), or `unknown` outside git.
pub const COMMIT: &str = match option_env!("EXO_COMMIT") {
    Some(c) if !c.is_empty() => c,
    _ => "unknown",
};

const LINE: Text = t!(
    "exo-oauth-doctor {version}, commit {commit}",
    "exo-oauth-doctor {version}, Commit {commit}"
);

/// One line naming the version and the commit, e.g.
/// `exo-oauth-doctor 0.1.0, commit 1a2b…` (the same words in the page, the report and the CLI).
pub fn line(lang: Lang) -> String {
    LINE.get(lang)
        .replace_all("{version}", VERSION)
        .replace_all("{commit}", COMMIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_names_version_and_commit_in_both_languages() {
        for lang in [Lang::En, Lang::De] {
            let l = line(lang);
            assert!(l.starts_with("exo-oauth-doctor "), "{l}");
            assert!(l.contains(VERSION) && l.contains(COMMIT), "{l}");
            assert!(!l.contains('{'), "{l}");
        }
        assert!(line(Lang::De).contains("Commit"));
    }

    #[test]
    fn version_starts_with_the_crate_version() {
        assert!(VERSION.starts_with(env!("CARGO_PKG_VERSION")), "{VERSION}");
    }

    #[test]
    fn the_markdown_report_carries_the_version_line() {
        let a = crate::analyze("NO AUTHENTICATE failed.", &crate::Options::default());
        for lang in [Lang::En, Lang::De] {
            for mask_ids in [false, true] {
                let r = crate::redact::report_markdown(
                    &a,
                    crate::redact::ReportOptions { lang, mask_ids },
                );
                assert!(r.contains(&line(lang)), "{r}");
            }
        }
    }
}
