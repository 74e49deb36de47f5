//! Native tests of the engine's words: the grade said once, a few weighed
//! reasons, what would change the answer (always, and worth reading), and
//! the copied decision record (short: a blog reader finishes it).
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{codec::*, knowledge::*, scoring::*, words::*, Importance, Selection};
use serde::Deserialize;

const CASES: &str = include_str!("../../knowledge/cases.toml");

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    requirements: String,
}

/// The presets (but the empty one) and every project of the case table.
fn projects() -> Vec<(String, Selection)> {
    let table: Table = toml::from_str(CASES).expect("cases.toml parses");
    PRESETS
        .iter()
        .filter(|p| !p.selection.is_empty())
        .map(|p| (format!("preset {}", p.id), p.selection))
        .chain(
            table
                .case
                .into_iter()
                .map(|c| (c.id, decode(&c.requirements).selection)),
        )
        .collect()
}

fn index(id: &str) -> usize {
    requirement_index(id).unwrap_or_else(|| panic!("requirement `{id}` missing"))
}

fn only(id: &str, level: Importance) -> Selection {
    Selection::EMPTY.with(index(id), level)
}

/// The Markdown summary of `selection` as the widget copies it, without a link.
fn summary_of(selection: &Selection) -> String {
    summary_markdown(&advise(selection), None, None)
}

/// The reasons weigh, they do not list: at most three, the strongest need's
/// first, what the other side offers and how the choice covers it, in the
/// reader's words (no markup, no importance labels).
#[test]
fn reasons_weigh_what_decides() {
    for (id, selection) in projects() {
        let advice = advise(&selection);
        assert!(
            advice.reasons.len() <= MAX_REASONS,
            "{id}: {:?}",
            advice.reasons
        );
        for (_, text) in &advice.reasons {
            assert!(
                !text.contains('[') && !text.contains("(must-have)"),
                "{id}: {text}"
            );
        }
    }
    let hr = advise(&decode("admin!,orm!,auth!,pages,conventions,docs!").selection);
    assert!(hr.reasons[0].1.contains("admin"), "{:?}", hr.reasons);
    assert!(
        hr.reasons
            .iter()
            .any(|(side, text)| *side == Some(Side::FastApi) && text.contains("Django Ninja")),
        "the pull the other way, and how Django covers it: {:?}",
        hr.reasons
    );
    // A split says once, in its basis, why the part runs apart (for
    // inference not async); its reasons say what FastAPI brings the part.
    let split = advise(&decode("pages!,admin!,auth,ml!,separate!").selection);
    assert!(
        split.basis.contains("FastAPI service") && !split.basis.contains("async"),
        "{}",
        split.basis
    );
    let service = split
        .reasons
        .iter()
        .find(|(side, _)| *side == Some(Side::FastApi))
        .unwrap();
    assert!(service.1.contains("the model"), "{service:?}");
    // A lean split starts inside the Django project, and its reasons say
    // how Django covers the part meanwhile.
    let lean = advise(&decode("pages!,admin!,auth,ml!").selection);
    assert!(
        lean.basis.contains("inside the Django project"),
        "{}",
        lean.basis
    );
    assert!(
        lean.reasons
            .iter()
            .any(|(_, text)| text.contains("background task")),
        "{:?}",
        lean.reasons
    );
    // Heavy CPU work says where it belongs.
    let pdf = advise(&decode("pages!,admin,cpu!").selection);
    assert!(
        pdf.reasons
            .iter()
            .any(|(_, text)| text.contains("worker processes")),
        "{:?}",
        pdf.reasons
    );
}

/// The grade is said once, by the headline: what the answer rests on and
/// the reasons never repeat it.
#[test]
fn the_grade_is_said_once() {
    for (id, selection) in projects() {
        let advice = advise(&selection);
        let grade_words = ["firm", "Firm", "a lean", "A lean", "Leaning"];
        for text in std::iter::once(&advice.basis).chain(advice.reasons.iter().map(|(_, t)| t)) {
            for word in grade_words {
                assert!(!text.contains(word), "{id}: {word} in {text}");
            }
        }
        assert!(!advice.basis.is_empty(), "{id}");
    }
}

/// What would change the answer is always there for a definite answer,
/// firm ones included: a single edit where one exists, else the step down
/// the answer depends on most, else a note on what kind of project it takes.
#[test]
fn what_would_change_is_always_there() {
    let mut missing = Vec::new();
    for (id, selection) in projects() {
        let advice = advise(&selection);
        assert!(advice.changes.len() <= MAX_SUGGESTIONS, "{id}");
        if advice.evaluation.verdict.kind() != VerdictKind::NoClearWinner
            && advice.changes.is_empty()
            && advice.change_note.is_none()
        {
            missing.push(id);
        }
    }
    assert!(missing.is_empty(), "nothing would change {missing:?}");
}

/// Rule: suggestions never weaken what defines the project, state the grade
/// they lead to, and add only what a project like this plausibly needs.
#[test]
fn suggestions_are_worth_reading() {
    // The API product is never told to make its API matter less.
    let api = decode("api!,docs,types,io").selection;
    for s in what_would_change(&api).iter() {
        assert!(!(s.requirement == index("api") && s.to < s.from), "{s:?}");
    }
    // Single additions are companions of what is chosen: an admin-only
    // project is not offered WebSockets.
    let admin = decode("admin!,orm,auth").selection;
    let additions: Vec<usize> = what_would_change(&admin)
        .additions()
        .map(|s| s.requirement)
        .collect();
    assert!(!additions.contains(&index("realtime")), "{additions:?}");
    // Team traits and workload facts are never offered as additions.
    for profile in ["api!,orm", "pages,auth", "ml!,pages!"] {
        for s in what_would_change(&decode(profile).selection).additions() {
            assert!(REQUIREMENTS[s.requirement].suggest, "{profile}: {s:?}");
        }
    }
    // A web product with an important model: the model as a must-have would
    // split it, and it says what it leads to.
    let product = decode("pages!,admin!,ml").selection;
    assert!(what_would_change(&product)
        .changes()
        .any(|s| s.requirement == index("ml") && s.verdict == VerdictKind::Both && !s.firm));
    assert!(summary_of(&product).contains("→ Django now, a FastAPI service later"));
    // A lean the team's experience bends is asked the team question.
    let portal = decode("pages!,admin!,orm,auth,knows-fastapi").selection;
    assert!(what_would_change(&portal).additions().any(|s| {
        s.requirement == index("knows-django") && s.verdict == VerdictKind::Django && s.firm
    }));
}

#[test]
fn suggestion_texts_name_the_edit_and_the_outcome() {
    let s = |from, to| Suggestion {
        requirement: index("admin"),
        from,
        to,
        verdict: VerdictKind::Django,
        firm: true,
        clarity: 70,
    };
    assert_eq!(
        suggestion(&s(Importance::Off, Importance::Important)),
        "If it also needed “An admin back office for staff”"
    );
    assert_eq!(
        suggestion(&s(Importance::Nice, Importance::Must)),
        "If “An admin back office for staff” were a must-have"
    );
    let addition = s(Importance::Off, Importance::Must);
    assert_eq!(
        suggestion(&addition),
        "If it also needed “An admin back office for staff”, as a must-have"
    );
    assert_eq!(
        suggestion_in_words(&addition),
        "If it also needed a staff admin, as a must-have"
    );
    assert_eq!(
        addition.apply(&Selection::EMPTY),
        Selection::EMPTY.with(index("admin"), Importance::Must)
    );
    assert_eq!(outcome(VerdictKind::Django, true), "Django fits best");
    assert_eq!(
        outcome(VerdictKind::FastApi, false),
        "leaning towards FastAPI"
    );
}

#[test]
fn a_single_suggestion_flips_a_django_verdict_to_both() {
    let selection = only("admin", Importance::Must).with(index("ml"), Importance::Important);
    assert_eq!(evaluate(&selection).verdict, Verdict::Django);
    assert!(what_would_change(&selection)
        .changes()
        .any(|s| s.requirement == index("ml")
            && s.to == Importance::Must
            && s.verdict == VerdictKind::Both));
}

/// The copied summary is a short decision record a blog reader finishes:
/// the answer first, then why, what would change it and the plan; no
/// project's record over 500 words, and half of them within 300.
#[test]
fn the_record_is_short_and_answers_first() {
    let selection = preset("analytics-api").unwrap().selection;
    let md = summary_markdown(
        &advise(&selection),
        Some("2026-12-01"),
        Some("https://example.test/a#advisor=v1:api!"),
    );
    assert!(
        md.starts_with("# FastAPI fits best\n\nWeb framework decision, proposed on 2026-12-01.\n"),
        "{md}"
    );
    assert!(
        md.ends_with(
            "\n---\n\nWorked out with Framework Advisor: <https://example.test/a#advisor=v1:api!>\n"
        ),
        "{md}"
    );
    let mut at = 0;
    for heading in ["## Why", "## What would change it", "## Plan"] {
        let found = md[at..]
            .find(&format!("\n{heading}\n"))
            .unwrap_or_else(|| panic!("{heading} in order: {md}"));
        at += found + 1;
    }
    assert!(
        md.contains("`python -m pip install \"fastapi[standard]"),
        "{md}"
    );
    assert!(
        !md.contains("Switch on") && !md.contains('“'),
        "widget words in: {md}"
    );
    let mut words: Vec<(usize, String)> = projects()
        .into_iter()
        .map(|(id, selection)| (summary_of(&selection).split_whitespace().count(), id))
        .collect();
    words.sort();
    let median = words[words.len() / 2].0;
    assert!(median <= 300, "median {median} words");
    let longest = words.last().unwrap();
    assert!(longest.0 <= 500, "{} words: {}", longest.0, longest.1);
}

#[test]
fn the_record_of_nothing_chosen_has_no_empty_sections() {
    let md = summary_of(&Selection::EMPTY);
    assert!(
        !md.contains("## Why\n\n\n") && !md.contains("## Plan"),
        "{md}"
    );
    assert!(
        md.contains("Nothing is chosen yet") && !md.contains("\n.\n"),
        "{md}"
    );
}
