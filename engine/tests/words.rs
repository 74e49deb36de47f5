//! Native tests of the engine's words: why, gaps, what would change the
//! answer (and that it is worth reading), and the copied decision record.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{codec::*, knowledge::*, scoring::*, words::*, Importance, Selection};

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

/// "Why" gives reasons, not the requirement list again: what the winner
/// ships and what the other would need, one line per deciding need.
#[test]
fn why_says_what_the_winner_ships_and_the_other_would_need() {
    let selection = decode("admin!,orm!,auth!,pages,conventions,docs?").selection;
    let lines = why(&evaluate(&selection));
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(lines.iter().all(|(lean, _)| *lean == Some(Side::Django)));
    assert!(
        lines[0].1.contains("SQLAdmin"),
        "the admin first, with what FastAPI would need: {lines:?}"
    );
    for (_, text) in &lines {
        assert!(
            !text.contains("(must-have)") && !text.contains("favours"),
            "{text}"
        );
        assert!(
            !text.contains('[') && !text.contains(']'),
            "markup left: {text}"
        );
    }
    // A split says why the part runs apart; the inference reason is not async.
    let split = decode("pages!,admin!,auth,ml!").selection;
    let lines = why(&evaluate(&split));
    let service = lines
        .iter()
        .find(|(lean, _)| *lean == Some(Side::FastApi))
        .unwrap();
    assert!(
        service.1.contains("hardware") && !service.1.contains("async"),
        "{service:?}"
    );
    // Heavy CPU work says where it belongs even where it narrows nothing.
    let pdf = decode("pages!,admin,auth,cpu!").selection;
    let lines = why(&evaluate(&pdf));
    assert!(
        lines.iter().any(|(_, text)| text.contains("GIL")),
        "{lines:?}"
    );
}

#[test]
fn gaps_say_how_the_winner_covers_what_it_lacks() {
    let selection = decode("orm!,admin!,auth!,pages,conventions,docs!").selection;
    let evaluation = evaluate(&selection);
    assert_eq!(evaluation.verdict, Verdict::Django);
    let texts: Vec<String> = gaps(&selection, &evaluation)
        .into_iter()
        .map(gap_text)
        .collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].starts_with("Generated API docs for other teams (OpenAPI): Django Ninja"));
    let md = summary_of(&selection);
    assert!(
        md.contains("- Not built in: generated API docs. Django Ninja"),
        "{md}"
    );
    // Nice-to-haves and the winner's own requirements are no gaps.
    let nice = decode("admin!,docs?").selection;
    assert!(gaps(&nice, &evaluate(&nice)).is_empty());
    // Every requirement that leans either way knows how it is covered.
    for r in REQUIREMENTS.iter().filter(|r| r.lean.is_some()) {
        assert!(r.covered_by.is_some_and(|t| t.len() > 20), "{}", r.id);
    }
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
    let product = decode("api,auth,orm").selection;
    for s in what_would_change(&product).changes() {
        let r = &REQUIREMENTS[s.requirement];
        assert!(
            s.to > s.from || r.part.is_none(),
            "a part is weakened: {s:?}"
        );
    }
    // Additions are companions of what is chosen: a staff admin suggests a
    // model (use both), an admin-only project is not offered WebSockets.
    let admin = decode("admin!,orm,auth").selection;
    let additions: Vec<usize> = what_would_change(&admin)
        .additions()
        .map(|s| s.requirement)
        .collect();
    assert!(!additions.contains(&index("realtime")), "{additions:?}");
    assert!(!additions.contains(&index("ml")), "{additions:?}");
    // Team traits (without the team's experience chosen) and workload facts
    // are never offered.
    for profile in ["api!,orm", "pages,auth", "ml!,pages!"] {
        for s in what_would_change(&decode(profile).selection).additions() {
            assert!(REQUIREMENTS[s.requirement].suggest, "{profile}: {s:?}");
        }
    }
    // A model service called by other services is not offered web pages.
    let ml = decode("ml!,docs,types,io").selection;
    assert!(what_would_change(&ml)
        .iter()
        .all(|s| s.requirement != index("pages")));
    // A web product with an important model: the model as a must-have, or
    // deployed on its own, would split it; each says what it leads to.
    let product = decode("pages!,admin!,ml").selection;
    let suggestions = what_would_change(&product);
    assert!(suggestions
        .changes()
        .any(|s| s.requirement == index("ml") && s.verdict == VerdictKind::Both && !s.firm));
    assert!(suggestions
        .additions()
        .any(|s| s.requirement == index("separate") && s.verdict == VerdictKind::Both));
    let md = summary_of(&product);
    assert!(md.contains("→ probably both"), "{md}");
    // A lean the team's experience bends is asked the team question: if the
    // team knew the other framework as well, the fit would decide alone.
    let portal = decode("pages!,admin!,orm,auth,knows-fastapi").selection;
    assert!(what_would_change(&portal).additions().any(|s| {
        s.requirement == index("knows-django")
            && s.to == Importance::Important
            && s.verdict == VerdictKind::Django
            && s.firm
    }));
    let md = summary_of(&portal);
    assert!(
        md.contains("If the team also had Django experience to the same degree → Django fits best"),
        "{md}"
    );
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
        "If it also needed “An admin back office for staff” (important)"
    );
    assert_eq!(
        suggestion(&s(Importance::Nice, Importance::Must)),
        "If “An admin back office for staff” were a must-have"
    );
    assert_eq!(
        suggestion(&s(Importance::Important, Importance::Nice)),
        "If “An admin back office for staff” were only a nice-to-have"
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
    let suggestions = what_would_change(&selection);
    assert!(suggestions.changes().any(|s| s.requirement == index("ml")
        && s.to == Importance::Must
        && s.verdict == VerdictKind::Both));
}

/// The copied summary is a decision record in the usual shape, in the
/// project's words rather than the widget's controls.
#[test]
fn summary_markdown_is_a_decision_record() {
    let selection = preset("analytics-api").unwrap().selection;
    let md = summary_markdown(
        &advise(&selection),
        Some("2026-12-01"),
        Some("https://example.test/a#advisor=v1:api!"),
    );
    assert!(
        md.starts_with(
            "# Architecture decision: the web framework\n\nDate: 2026-12-01 · Status: proposed\n"
        ),
        "{md}"
    );
    assert!(
        md.ends_with(
            "\n---\n\nWorked out with Framework Advisor: <https://example.test/a#advisor=v1:api!>\n"
        ),
        "{md}"
    );
    let mut at = 0;
    for heading in [
        "## Context",
        "## Decision drivers",
        "## Options considered",
        "## Decision",
        "## Implementation",
        "## Consequences",
        "## Revisit when",
    ] {
        let found = md[at..]
            .find(&format!("\n{heading}\n"))
            .unwrap_or_else(|| panic!("{heading} in order: {md}"));
        at += found + 1;
    }
    assert!(
        md.contains("- Must have: an API for apps or other services and generated API docs.\n"),
        "{md}"
    );
    assert!(
        md.contains("- Team and workload: heavy traffic that mostly waits on I/O.\n"),
        "{md}"
    );
    assert!(md.contains("- FastAPI (chosen): strong on "), "{md}");
    assert!(md.contains("- Django: for an API for apps or other services, generated API docs and typed, validated requests, it would add django-ninja"), "{md}");
    assert!(
        md.contains("\n## Decision\n\nFastAPI fits best. Firm: your needs agree on it"),
        "{md}"
    );
    assert!(
        md.contains("  - Install: `python -m pip install \"fastapi[standard]"),
        "{md}"
    );
    assert!(md.contains("\nFirst steps:\n\n1. Set up: "), "{md}");
    assert!(
        !md.contains("Switch on") && !md.contains('“') && !md.contains("Clarity"),
        "widget words in: {md}"
    );
    // A lean with suggestions words them as the project, not as toggles.
    let lean = decode("admin!,ml").selection;
    let md = summary_of(&lean);
    assert!(
        md.contains("## What would change the answer\n\n- If model serving were a must-have → probably both"),
        "{md}"
    );
}

#[test]
fn summary_of_nothing_chosen_has_no_empty_sections() {
    let md = summary_of(&Selection::EMPTY);
    assert!(md.contains("No clear winner yet"));
    assert!(!md.contains("**Why**"));
    assert!(md.contains("Worked out with Framework Advisor.\n"), "{md}");
}
