//! The page's analysis in steps, as the reducer sees it (`cargo test --features ssr --test ui_jobs`):
//! large texts start a job instead of analysing at once, only the latest job may report back,
//! and editing or re-analysing drops the running one. Plus the pure helpers around it.
#![cfg(feature = "ssr")]

use exo_oauth_doctor::analysis::{analyze, Options};
use exo_oauth_doctor::i18n::Lang;
use exo_oauth_doctor::ui::job::shown_percent;
use exo_oauth_doctor::ui::state::*;

const NOW: i64 = 1_704_906_212;

/// A log just over the threshold, with a failure the diagnosis finds.
fn big_log() -> String {
    let line = "2024-01-10T16:49:01Z S: A1 NO AUTHENTICATE failed. AuthFailed:LogonDenied\n";
    line.repeat(STEP_THRESHOLD_BYTES / line.len() + 1)
}

fn started(text: &str) -> State {
    State::default()
        .apply(Action::Edit(text.to_string()))
        .apply(Action::Analyse { now: NOW })
}

/// The result the job would report: the one-shot analysis of its text with its options.
fn result_of(s: &State) -> (u32, Shared<exo_oauth_doctor::Analysis>) {
    let job = s.job.as_ref().expect("a job runs");
    (job.gen, Shared::new(analyze(&job.text, &job.opts)))
}

#[test]
fn texts_over_the_threshold_start_a_job_smaller_ones_are_analysed_at_once() {
    // (text length, job started)
    let cases = [
        (0, false),
        (1000, false),
        (STEP_THRESHOLD_BYTES, false),
        (STEP_THRESHOLD_BYTES + 1, true),
    ];
    for (len, job) in cases {
        let text = "A1 NO x\n".repeat(len / 8) + &"y".repeat(len % 8);
        let s = started(&text);
        assert_eq!(s.job.is_some(), job, "{len}");
        assert_eq!(s.pending(), job, "{len}");
        assert_eq!(s.progress(), job.then_some(0), "{len}");
        if !job {
            assert_eq!(&*s.analysed, text.as_str(), "{len}");
        }
    }
}

#[test]
fn a_job_reports_progress_and_its_result() {
    let log = big_log();
    let s = started(&log);
    assert!(
        s.analysis.findings.is_empty(),
        "nothing shown before the job is done"
    );
    let (gen, analysis) = result_of(&s);
    let s = s.apply(Action::Progress { gen, percent: 40 });
    assert_eq!(s.progress(), Some(40));
    let s = s.apply(Action::Analysed {
        gen,
        analysis: analysis.clone(),
    });
    assert!(s.job.is_none());
    assert!(!s.pending());
    assert_eq!(s.progress(), None);
    assert_eq!(s.analysis, analysis);
    assert_eq!(&*s.analysed, log.as_str());
    assert_eq!(s.now, NOW);
    assert!(!s.analysis.findings.is_empty());
}

#[test]
fn only_the_latest_job_may_report() {
    let log = big_log();
    let s = started(&log);
    let (old_gen, old_result) = result_of(&s);
    // Changing the language does not analyse again: the running job stays.
    let s = s.apply(Action::SetLang(Lang::De));
    assert_eq!(s.job.as_ref().map(|j| j.gen), Some(old_gen));
    // Analysing again (a later clock) does: a new job replaces the old one.
    let s = s.apply(Action::Analyse { now: NOW + 60 });
    let (gen, result) = result_of(&s);
    assert_ne!(gen, old_gen);
    assert_eq!(s.job.as_ref().map(|j| j.opts.now), Some(NOW + 60));
    let s = s
        .apply(Action::Progress {
            gen: old_gen,
            percent: 90,
        })
        .apply(Action::Analysed {
            gen: old_gen,
            analysis: old_result,
        });
    assert_eq!(s.progress(), Some(0), "the old job's reports are ignored");
    assert!(s.pending());
    let s = s.apply(Action::Analysed {
        gen,
        analysis: result.clone(),
    });
    assert_eq!(s.analysis, result);
    assert!(!s.pending());
}

#[test]
fn a_hint_change_on_a_large_text_shows_it_is_analysing() {
    let log = big_log();
    let s = started(&log);
    let (gen, result) = result_of(&s);
    let s = s.apply(Action::Analysed {
        gen,
        analysis: result,
    });
    assert!(!s.pending());
    let s = s.apply(Action::SetHint(HintField::Mailbox, "a@contoso.com".into()));
    assert!(s.pending(), "the page says it is analysing again");
    assert_eq!(
        s.job.as_ref().and_then(|j| j.opts.hints.mailbox.clone()),
        Some("a@contoso.com".to_string())
    );
}

#[test]
fn editing_or_a_small_text_stops_the_running_job() {
    let log = big_log();
    // (what happens while the job runs, text afterwards)
    let cases: [(Action, &str); 3] = [
        (Action::Edit("A1 NO x".into()), "A1 NO x"),
        (Action::Clear { now: NOW }, ""),
        (
            Action::Navigate(Route::Shared("535 5.7.139".into())),
            "535 5.7.139",
        ),
    ];
    for (action, text) in cases {
        let s = started(&log);
        let (gen, result) = result_of(&s);
        let s = s.apply(action.clone());
        assert!(s.job.is_none(), "{action:?}");
        assert_eq!(&*s.text, text, "{action:?}");
        let after = s.clone().apply(Action::Analysed {
            gen,
            analysis: result,
        });
        assert_eq!(after, s, "{action:?}: the stopped job's result is ignored");
    }
}

#[test]
fn the_job_runs_with_the_options_of_its_start() {
    let log = big_log();
    let s = State::default()
        .apply(Action::SetHint(HintField::ObjectId, "ABC".into()))
        .apply(Action::Edit(log))
        .apply(Action::Analyse { now: NOW });
    let job = s.job.expect("a job runs");
    assert_eq!(
        job.opts,
        Options {
            now: NOW,
            lang: Lang::En,
            hints: exo_oauth_doctor::Hints {
                object_id: Some("abc".into()),
                ..Default::default()
            },
        }
    );
}

#[test]
fn a_paste_replaces_the_selection_counted_in_utf16_units() {
    // (field, selection start, selection end, pasted, result)
    let cases = [
        ("", 0, 0, "log", "log"),
        ("abc", 3, 3, "d", "abcd"),
        ("abc", 0, 3, "x", "x"),
        ("abc", 1, 2, "XY", "aXYc"),
        ("é😀z", 3, 3, "!", "é😀!z"),
        ("é😀z", 1, 3, "", "éz"),
        ("abc", 9, 2, "-", "ab-"),
    ];
    for (field, start, end, pasted, want) in cases {
        assert_eq!(
            splice_utf16(field, start, end, pasted),
            want,
            "{field:?} {start}..{end}"
        );
    }
}

#[test]
fn progress_is_shown_in_steps_of_five_percent() {
    let cases = [
        (0, 0),
        (4, 0),
        (5, 5),
        (49, 45),
        (99, 95),
        (100, 100),
        (250, 100),
    ];
    for (percent, shown) in cases {
        assert_eq!(shown_percent(percent), shown, "{percent}");
    }
}
