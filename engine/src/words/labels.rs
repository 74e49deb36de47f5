//! The short words of a result: a verdict's headline, a grade, an
//! importance level, a suggested edit.

use super::text::fill;
use crate::{
    knowledge::{Evidence, REQUIREMENTS},
    scoring::{Evaluation, Grade, Suggestion, Undecided, Verdict, VerdictKind},
    Importance,
};

/// The reader-facing name of an importance level.
pub fn importance_label(level: Importance) -> &'static str {
    match level {
        Importance::Off => "off",
        Importance::Nice => "nice-to-have",
        Importance::Important => "important",
        Importance::Must => "must-have",
    }
}

/// A short name for a verdict, as used after an arrow ("→ FastAPI").
pub fn verdict_short(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::NoClearWinner => "no clear winner",
        VerdictKind::Django => "Django",
        VerdictKind::FastApi => "FastAPI",
        VerdictKind::Both => "use both",
    }
}

/// The verdict in a few words, graded ("Django fits best", "Leaning towards
/// Django"), and for no clear winner, which kind: too little to go on, or two
/// workable options.
pub fn headline(evaluation: &Evaluation) -> &'static str {
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::NoClearWinner(Undecided::NothingChosen), _) => "No clear winner yet",
        (Verdict::NoClearWinner(Undecided::OnlyWorkload | Undecided::TooLittle), _) => {
            "Too little to go on yet"
        }
        (Verdict::NoClearWinner(Undecided::Balanced), _) => "No clear winner: either fits",
        (Verdict::NoClearWinner(Undecided::FitVersusTeam), _) => {
            "No clear winner: needs and team disagree"
        }
        (Verdict::Django, true) => "Django fits best",
        (Verdict::Django, false) => "Leaning towards Django",
        (Verdict::FastApi, true) => "FastAPI fits best",
        (Verdict::FastApi, false) => "Leaning towards FastAPI",
        (Verdict::Both(_), true) => "Use both: Django plus a FastAPI service",
        (Verdict::Both(_), false) => "Django now; a FastAPI service later, if needed",
    }
}

/// The verdict alone, for the answer card, where [`grade_label`] says how
/// sure it is: "Django", "Django now, a FastAPI service later".
pub fn title(evaluation: &Evaluation) -> &'static str {
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::NoClearWinner(Undecided::NothingChosen), _) => "No answer yet",
        (Verdict::NoClearWinner(Undecided::FitVersusTeam), _) => "Needs and team disagree",
        (Verdict::NoClearWinner(Undecided::Balanced), _) => "Either fits",
        (Verdict::NoClearWinner(_), _) => "No clear winner yet",
        (Verdict::Django, _) => "Django",
        (Verdict::FastApi, _) => "FastAPI",
        (Verdict::Both(_), true) => "Django plus a FastAPI service",
        (Verdict::Both(_), false) => "Django now, a FastAPI service later",
    }
}

/// How sure the answer is, in a few words, for the answer card; `None`
/// before anything is chosen.
pub fn grade_label(grade: Grade) -> Option<&'static str> {
    match grade {
        Grade::Empty => None,
        Grade::TooLittle => Some("Too early to say"),
        Grade::Balanced => Some("Close call"),
        Grade::Lean => Some("Likely, not settled"),
        Grade::Firm => Some("Clear fit"),
    }
}

/// The verdict in as few words as fit a phone-width line.
pub fn short_headline(evaluation: &Evaluation) -> &'static str {
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::NoClearWinner(Undecided::NothingChosen), _) => title(evaluation),
        (Verdict::Both(_), true) => "Use both",
        (Verdict::Both(_), false) => "Django now, FastAPI later",
        (Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam), _) => {
            "No clear winner"
        }
        _ => headline(evaluation),
    }
}

/// A suggestion's outcome in words: "Django fits best", "leaning towards FastAPI".
pub fn outcome(kind: VerdictKind, firm: bool) -> &'static str {
    match (kind, firm) {
        (VerdictKind::NoClearWinner, _) => "no clear winner",
        (VerdictKind::Django, true) => "Django fits best",
        (VerdictKind::Django, false) => "leaning towards Django",
        (VerdictKind::FastApi, true) => "FastAPI fits best",
        (VerdictKind::FastApi, false) => "leaning towards FastAPI",
        (VerdictKind::Both, true) => "use both from the start",
        (VerdictKind::Both, false) => "Django now, a FastAPI service later",
    }
}

/// The edit a suggestion proposes, in the widget's own labels (so the
/// reader finds the switch): "If “…” were a must-have".
pub fn suggestion(s: &Suggestion) -> String {
    let team = REQUIREMENTS[s.requirement].evidence == Evidence::Team;
    let template = match (s.from, s.to) {
        (Importance::Off, _) if team => "If “{}” were also true",
        (Importance::Off, Importance::Must) => "If it also needed “{}”, as a {}",
        (Importance::Off, Importance::Nice) => "If it would also like “{}”, as a {}",
        // Switched on, a need is important to start with: no level to say.
        (Importance::Off, _) => "If it also needed “{}”",
        (_, Importance::Nice) => "If “{}” were only a nice-to-have",
        (_, Importance::Important) => "If “{}” were {}",
        _ => "If “{}” were a {}",
    };
    fill(
        template,
        &[REQUIREMENTS[s.requirement].label, importance_label(s.to)],
    )
}

/// The same edit in the project's words, for the decision record: "If it
/// also needed a staff admin", "If model serving were a must-have".
pub fn suggestion_in_words(s: &Suggestion) -> String {
    let team = REQUIREMENTS[s.requirement].evidence == Evidence::Team;
    let template = match (s.from, s.to) {
        (Importance::Off, _) if team => "If the team also had {} to the same degree",
        (Importance::Off, Importance::Must) => "If it also needed {}, as a must-have",
        (Importance::Off, _) => "If it also needed {}",
        (_, Importance::Nice) => "If {} were only a nice-to-have",
        (_, Importance::Important) => "If {} were important",
        _ => "If {} were a must-have",
    };
    fill(template, &[REQUIREMENTS[s.requirement].noun])
}
