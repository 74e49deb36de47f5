//! Native tests of the decision engine: single requirements, presets, explanations.
#![cfg(not(target_arch = "wasm32"))]

use framework_advisor::engine::*;

fn only(index: usize, level: Importance) -> Selection {
    Selection::EMPTY.with(index, level)
}

#[test]
fn each_requirement_alone_at_important_yields_its_side() {
    for (index, requirement) in REQUIREMENTS.iter().enumerate() {
        let verdict = evaluate(&only(index, Importance::Important)).verdict;
        let expected = match requirement.lean {
            Lean::Django => Verdict::Django,
            Lean::FastApi => Verdict::FastApi,
            Lean::Neutral => Verdict::NoClearWinner(Undecided::NothingChosen),
        };
        assert_eq!(verdict, expected, "requirement `{}`", requirement.id);
    }
}

#[test]
fn every_preset_yields_the_verdict_its_story_implies() {
    assert!(PRESETS.len() >= 5, "the article's scenarios plus scratch");
    for preset in &PRESETS {
        let evaluation = evaluate(&preset.selection);
        assert_eq!(
            evaluation.verdict.kind(),
            preset.expected,
            "preset `{}`: {:?}",
            preset.id,
            evaluation
        );
    }
}

#[test]
fn the_article_scenarios_exist_with_their_expected_verdicts() {
    let expect = |id: &str, kind: VerdictKind| {
        let preset = preset(id).unwrap_or_else(|| panic!("preset `{id}` missing"));
        assert_eq!(preset.expected, kind, "preset `{id}`");
    };
    expect("hr-saas", VerdictKind::Django);
    expect("restaurant-menu", VerdictKind::Django);
    expect("analytics-api", VerdictKind::FastApi);
    expect("ml-service", VerdictKind::FastApi);
    expect("product-with-ml", VerdictKind::Both);
    expect("scratch", VerdictKind::NoClearWinner);
    assert!(preset("scratch").unwrap().selection.is_empty());
}

#[test]
fn nothing_chosen_is_no_clear_winner() {
    let evaluation = evaluate(&Selection::EMPTY);
    assert_eq!(
        evaluation.verdict,
        Verdict::NoClearWinner(Undecided::NothingChosen)
    );
    assert_eq!(evaluation.confidence, 0);
    assert_eq!(evaluation.lean_permille, 0);
    assert!(evaluation.contributions().is_empty());
}

fn index(id: &str) -> usize {
    requirement_index(id).unwrap_or_else(|| panic!("requirement `{id}` missing"))
}

#[test]
fn must_haves_on_both_sides_with_separable_parts_give_both_with_the_split() {
    let selection = only(index("admin"), Importance::Must).with(index("ml"), Importance::Must);
    let evaluation = evaluate(&selection);
    let Verdict::Both(split) = evaluation.verdict else {
        panic!("expected both, got {:?}", evaluation.verdict);
    };
    assert_eq!(split.django.iter().collect::<Vec<_>>(), [index("admin")]);
    assert_eq!(split.fastapi.iter().collect::<Vec<_>>(), [index("ml")]);
    assert_eq!(
        parts_of(split.django).collect::<Vec<_>>(),
        ["the staff admin"]
    );
    assert_eq!(
        parts_of(split.fastapi).collect::<Vec<_>>(),
        ["the model-inference service"]
    );
    let md = summary_markdown(
        &selection,
        &evaluation,
        &what_would_change(&selection),
        None,
    );
    assert!(md.contains(
        "**How to split it**\n- Django: the staff admin\n- FastAPI service: the model-inference service\n"
    ), "{md}");
}

#[test]
fn a_near_tie_without_must_haves_is_no_clear_winner_not_both() {
    let selection =
        only(index("admin"), Importance::Important).with(index("realtime"), Importance::Important);
    assert_eq!(
        evaluate(&selection).verdict,
        Verdict::NoClearWinner(Undecided::Balanced)
    );
}

#[test]
fn must_have_without_a_separable_part_cannot_force_a_split() {
    // "types" has no component: a must-have preference, not a service to carve out.
    let selection = only(index("admin"), Importance::Must).with(index("types"), Importance::Must);
    assert_eq!(evaluate(&selection).verdict, Verdict::Django);
}

#[test]
fn cpu_bound_work_narrows_async_advantages_but_not_others() {
    let io = only(index("io"), Importance::Must);
    let docs = only(index("docs"), Importance::Must);
    for cpu in Importance::ON_LEVELS {
        let narrowed = evaluate(&io.with(index("cpu"), cpu));
        assert!(narrowed.fastapi_points < evaluate(&io).fastapi_points);
        let io_reason = narrowed
            .contributions()
            .iter()
            .find(|c| c.requirement == index("io"))
            .unwrap();
        assert!(io_reason.dampened, "io is async-sensitive");
        assert!(reason(io_reason).ends_with("less so with CPU-heavy work"));
        let cpu_reason = narrowed
            .contributions()
            .iter()
            .find(|c| c.requirement == index("cpu"))
            .unwrap();
        assert_eq!(
            cpu_reason.points,
            evaluate(&io).fastapi_points - narrowed.fastapi_points,
            "the CPU entry is credited with what it took away"
        );
        let untouched = evaluate(&docs.with(index("cpu"), cpu));
        assert_eq!(untouched.fastapi_points, evaluate(&docs).fastapi_points);
    }
    // Must-have CPU work leaves a quarter of the async advantage.
    let quarter = evaluate(&io.with(index("cpu"), Importance::Must));
    assert_eq!(quarter.fastapi_points * 4, evaluate(&io).fastapi_points);
}

#[test]
fn contributions_are_ranked_largest_first_and_explained() {
    let selection = preset("hr-saas").unwrap().selection;
    let evaluation = evaluate(&selection);
    let points: Vec<u16> = evaluation
        .contributions()
        .iter()
        .map(|c| c.points)
        .collect();
    let mut sorted = points.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(points, sorted);
    let first = evaluation.contributions()[0];
    assert_eq!(
        reason(&first),
        "Admin dashboard for staff — must-have — strongly favours Django"
    );
}

#[test]
fn confidence_grows_with_importance() {
    let levels = Importance::ON_LEVELS.map(|l| evaluate(&only(index("api"), l)).confidence);
    assert!(levels[0] < levels[1] && levels[1] < levels[2], "{levels:?}");
    assert_eq!(levels[2], 100);
}

#[test]
fn suggestion_texts_name_the_edit() {
    let s = |from, to| Suggestion {
        requirement: index("admin"),
        from,
        to,
        verdict: VerdictKind::Django,
        confidence: 50,
    };
    assert_eq!(
        suggestion(&s(Importance::Off, Importance::Important)),
        "Switch on “Admin dashboard for staff” as important"
    );
    assert_eq!(
        suggestion(&s(Importance::Nice, Importance::Must)),
        "Make “Admin dashboard for staff” a must-have"
    );
    assert_eq!(
        suggestion(&s(Importance::Must, Importance::Off)),
        "Switch off “Admin dashboard for staff”"
    );
}

#[test]
fn a_single_suggestion_flips_a_django_verdict_to_both() {
    let selection = only(index("admin"), Importance::Must).with(index("ml"), Importance::Important);
    assert_eq!(evaluate(&selection).verdict, Verdict::Django);
    let suggestions = what_would_change(&selection);
    let best = suggestions.iter().next().expect("a flip exists");
    assert_eq!(best.distance(), 1);
    assert!(suggestions
        .iter()
        .any(|s| s.requirement == index("ml") && s.to == Importance::Must));
}

#[test]
fn summary_markdown_has_decision_reasons_requirements_and_link() {
    let selection = preset("analytics-api").unwrap().selection;
    let evaluation = evaluate(&selection);
    let md = summary_markdown(
        &selection,
        &evaluation,
        &what_would_change(&selection),
        Some("https://example.test/a#advisor=v1:api!"),
    );
    assert!(
        md.starts_with("### Django or FastAPI? FastAPI fits best\n"),
        "{md}"
    );
    assert!(
        md.contains("**Why**\n- A JSON API with no HTML front end — must-have — favours FastAPI\n")
    );
    assert!(md.contains("**Requirements**\n"));
    assert!(md.contains("- Generated API docs for other teams (OpenAPI): must-have\n"));
    assert!(md.contains("**What would change the answer**\n- "));
    assert!(md.ends_with("<https://example.test/a#advisor=v1:api!>\n"));
}

#[test]
fn summary_of_nothing_chosen_has_no_empty_sections() {
    let md = summary_markdown(
        &Selection::EMPTY,
        &evaluate(&Selection::EMPTY),
        &what_would_change(&Selection::EMPTY),
        None,
    );
    assert!(md.contains("No clear winner yet"));
    assert!(!md.contains("**Why**") && !md.contains("**Requirements**"));
    assert!(
        md.ends_with("\nWorked out with Framework Advisor.\n"),
        "{md}"
    );
}
