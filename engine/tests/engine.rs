//! Native tests of the decision engine: single requirements, presets, explanations.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::*;

fn only(index: usize, level: Importance) -> Selection {
    Selection::EMPTY.with(index, level)
}

/// The Markdown summary of `selection` as the widget copies it, without a link.
fn summary_of(selection: &Selection) -> String {
    summary_markdown(
        selection,
        &evaluate(selection),
        &what_would_change(selection),
        None,
    )
}

#[test]
fn each_requirement_alone_as_a_must_have_yields_its_side() {
    for (index, requirement) in REQUIREMENTS.iter().enumerate() {
        let verdict = evaluate(&only(index, Importance::Must)).verdict;
        let expected = match requirement.lean {
            Lean::Django => Verdict::Django,
            Lean::FastApi => Verdict::FastApi,
            Lean::Neutral => Verdict::NoClearWinner(Undecided::OnlyWorkload),
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
    assert_eq!(evaluation.clarity, 0);
    assert_eq!(evaluation.score_permille(), 0);
    assert!(evaluation.contributions().is_empty());
}

fn index(id: &str) -> usize {
    requirement_index(id).unwrap_or_else(|| panic!("requirement `{id}` missing"))
}

#[test]
fn a_django_web_app_with_a_must_have_async_service_gives_both_with_the_split() {
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
        ["model inference"]
    );
    let md = summary_of(&selection);
    assert!(
        md.contains(
            "**How to split it**\n- Django: the staff admin\n- FastAPI service: model inference\n"
        ),
        "{md}"
    );
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
        "An admin back office for staff — must-have — strongly favours Django"
    );
}

#[test]
fn clarity_grows_with_importance_and_grades_the_headline() {
    let api = |l| evaluate(&only(index("api"), l));
    let levels = Importance::ON_LEVELS.map(|l| api(l).clarity);
    assert!(levels[0] < levels[1] && levels[1] < levels[2], "{levels:?}");
    // Graded by the one figure: too little, a lean, a firm answer.
    assert_eq!(headline(&api(Importance::Nice)), "No clear winner yet");
    assert_eq!(
        api(Importance::Nice).verdict,
        Verdict::NoClearWinner(Undecided::TooLittle)
    );
    assert_eq!(
        headline(&api(Importance::Important)),
        "Leaning towards FastAPI"
    );
    assert_eq!(headline(&api(Importance::Must)), "FastAPI fits best");
    // One nice-to-have never gets the headline of a strong FastAPI project.
    let types = evaluate(&only(index("types"), Importance::Nice));
    assert_eq!(headline(&types), "No clear winner yet");
    assert!(clarity_text(&types).ends_with("too little to go on"));
    assert!(detail(&types).starts_with("What you chose so far leans slightly to FastAPI"));
}

#[test]
fn one_number_shown_once_and_it_agrees_with_the_headline() {
    // Reported: "75% of the weight" + "Leans 50%" + "confidence 50%" for this.
    let selection =
        only(index("admin"), Importance::Must).with(index("api"), Importance::Important);
    let evaluation = evaluate(&selection);
    assert_eq!(headline(&evaluation), "Django fits best");
    let detail = detail(&evaluation);
    assert!(
        !detail.contains('%') && !detail.chars().any(|c| c.is_ascii_digit()),
        "{detail}"
    );
    assert_eq!(
        clarity_text(&evaluation),
        format!("Clarity {} of 100: a firm answer", evaluation.clarity)
    );
    assert_eq!(
        evaluation.score_permille(),
        -i16::from(evaluation.clarity) * 10
    );
    // A "both" answer is not "evenly balanced": it has its own, firm clarity.
    let both = evaluate(&preset("product-with-ml").unwrap().selection);
    assert_eq!(both.verdict.kind(), VerdictKind::Both);
    assert_eq!(both.score_permille(), 0);
    assert!(clarity_text(&both).ends_with("a firm answer"));
}

#[test]
fn cpu_work_alone_is_explained_not_ignored() {
    let evaluation = evaluate(&only(index("cpu"), Importance::Must));
    assert_eq!(
        evaluation.verdict,
        Verdict::NoClearWinner(Undecided::OnlyWorkload)
    );
    assert!(
        !detail(&evaluation).starts_with("Switch on"),
        "something is on"
    );
    let text = reason(&evaluation.contributions()[0]);
    assert!(text.ends_with("nothing chosen relies on async"), "{text}");
    // With something async-sensitive on, it does narrow.
    let narrowed =
        evaluate(&only(index("cpu"), Importance::Must).with(index("io"), Importance::Must));
    let cpu = narrowed
        .contributions()
        .iter()
        .find(|c| c.requirement == index("cpu"))
        .unwrap();
    assert!(reason(cpu).ends_with("narrows FastAPI's async advantage"));
}

/// The reported one-service projects: must-haves on both sides, but nothing
/// anyone would split into a second framework.
#[test]
fn one_service_projects_are_never_both() {
    for profile in [
        "api!,orm!",
        "realtime!,auth!",
        "ml!,auth!,docs",
        "pages!,content,api!",
        "orm!,admin!,auth!,pages,conventions,docs!",
    ] {
        let selection = decode(profile).selection;
        let kind = evaluate(&selection).verdict.kind();
        assert_ne!(kind, VerdictKind::Both, "{profile}");
    }
}

#[test]
fn cpu_heavy_must_have_turns_a_split_into_workers() {
    let both = decode("pages!,admin!,ml!").selection;
    assert_eq!(evaluate(&both).verdict.kind(), VerdictKind::Both);
    let cpu = both.with(index("cpu"), Importance::Must);
    let evaluation = evaluate(&cpu);
    assert_eq!(evaluation.verdict, Verdict::Django);
    let gaps: Vec<String> = gaps(&cpu, &evaluation).into_iter().map(gap_text).collect();
    assert!(gaps[0].contains("worker processes"), "{gaps:?}");
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
        md.contains("**Covering the gaps**\n- Generated API docs"),
        "{md}"
    );
    // Nice-to-haves and the winner's own requirements are no gaps.
    let nice = decode("admin!,docs?").selection;
    assert!(gaps(&nice, &evaluate(&nice)).is_empty());
    // Every requirement that leans either way knows how it is covered.
    for r in REQUIREMENTS.iter().filter(|r| r.lean != Lean::Neutral) {
        assert!(r.covered_by.is_some_and(|t| t.len() > 20), "{}", r.id);
    }
}

#[test]
fn suggestions_never_contradict_the_project() {
    // Reported: the HR SaaS (server-rendered pages) was offered an API-only backend.
    let selection = preset("hr-saas").unwrap().selection;
    let suggestions = what_would_change(&selection);
    assert!(suggestions.iter().all(|s| s.requirement != index("api")));
    // A project that needs a model next to its admin would be split: offered as an addition.
    assert!(suggestions
        .additions()
        .any(|s| s.requirement == index("ml") && s.verdict == VerdictKind::Both));
    // And the contradiction works in both directions.
    let api = decode("api!").selection;
    assert!(what_would_change(&api)
        .additions()
        .all(|s| s.requirement != index("pages")));
}

#[test]
fn suggestion_texts_name_the_edit() {
    let s = |from, to| Suggestion {
        requirement: index("admin"),
        from,
        to,
        verdict: VerdictKind::Django,
        clarity: 50,
    };
    assert_eq!(
        suggestion(&s(Importance::Off, Importance::Important)),
        "Switch on “An admin back office for staff” as important"
    );
    assert_eq!(
        suggestion(&s(Importance::Nice, Importance::Must)),
        "Make “An admin back office for staff” a must-have"
    );
    assert_eq!(
        suggestion(&s(Importance::Must, Importance::Off)),
        "Switch off “An admin back office for staff”"
    );
}

#[test]
fn a_single_suggestion_flips_a_django_verdict_to_both() {
    let selection = only(index("admin"), Importance::Must).with(index("ml"), Importance::Important);
    assert_eq!(evaluate(&selection).verdict, Verdict::Django);
    let suggestions = what_would_change(&selection);
    let best = suggestions.changes().next().expect("a flip exists");
    assert_eq!(best.distance(), 1);
    assert!(suggestions.changes().any(|s| s.requirement == index("ml")
        && s.to == Importance::Must
        && s.verdict == VerdictKind::Both));
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
    assert!(md.contains(
        "**Why**\n- An API-only backend (REST or GraphQL) — must-have — favours FastAPI\n"
    ));
    assert!(md.contains("**Requirements**\n"));
    assert!(md.contains("- Generated API docs for other teams (OpenAPI): must-have\n"));
    // Nothing flips this firm answer: the one need that would (server-rendered
    // pages, for a split) contradicts its API-only backend, so no list at all.
    assert!(!md.contains("**What would change the answer**"), "{md}");
    assert!(!md.contains("**If the project also needed**"), "{md}");
    let ml = preset("ml-service").unwrap().selection;
    let ml_md = summary_of(&ml);
    assert!(
        ml_md.contains("**If the project also needed**\n- Switch on “Server-rendered web pages” as a must-have → use both\n"),
        "{ml_md}"
    );
    assert!(md.ends_with("<https://example.test/a#advisor=v1:api!>\n"));
}

#[test]
fn summary_of_nothing_chosen_has_no_empty_sections() {
    let md = summary_of(&Selection::EMPTY);
    assert!(md.contains("No clear winner yet"));
    assert!(!md.contains("**Why**") && !md.contains("**Requirements**"));
    assert!(
        md.ends_with("\nWorked out with Framework Advisor.\n"),
        "{md}"
    );
}
