//! Native tests of the decision engine: the rules of the decision model, one
//! test per rule, plus presets, texts and suggestions.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{codec::*, knowledge::*, scoring::*, words::*, Importance, Selection};

fn index(id: &str) -> usize {
    requirement_index(id).unwrap_or_else(|| panic!("requirement `{id}` missing"))
}

fn only(id: &str, level: Importance) -> Selection {
    Selection::EMPTY.with(index(id), level)
}

fn of(profile: &str) -> Evaluation {
    let decoded = decode(profile);
    assert!(
        decoded.skipped.is_empty(),
        "{profile}: {:?}",
        decoded.skipped
    );
    evaluate(&decoded.selection)
}

/// The Markdown summary of `selection` as the widget copies it, without a link.
fn summary_of(selection: &Selection) -> String {
    summary_markdown(&advise(selection), None, None)
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
        // The article's scenarios are clear-cut and stated firmly, but the
        // web product whose one feature calls a model: probably both.
        if preset.expected != VerdictKind::NoClearWinner && preset.id != "product-with-ml" {
            assert!(
                evaluation.is_firm(),
                "preset `{}`: {evaluation:?}",
                preset.id
            );
        }
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

/// Rule: one signal is a lean at most, at any level; every need the article
/// names gives at least a lean to the article's side.
#[test]
fn one_requirement_alone_is_a_lean_at_most() {
    for (i, requirement) in REQUIREMENTS.iter().enumerate() {
        for level in [Importance::Important, Importance::Must] {
            let evaluation = evaluate(&Selection::EMPTY.with(i, level));
            let expected = match requirement.lean {
                Some(Side::Django) => VerdictKind::Django,
                Some(Side::FastApi) => VerdictKind::FastApi,
                None => VerdictKind::NoClearWinner,
            };
            assert_eq!(
                evaluation.verdict.kind(),
                expected,
                "{} {level:?}",
                requirement.id
            );
            assert!(!evaluation.is_firm(), "{} {level:?}", requirement.id);
            if requirement.lean.is_some() {
                let basis = if requirement.evidence == Evidence::Team {
                    Basis::TeamOnly
                } else {
                    Basis::OneSignal
                };
                assert_eq!(evaluation.basis, basis, "{}", requirement.id);
            }
        }
        // A nice-to-have alone never decides.
        let nice = evaluate(&Selection::EMPTY.with(i, Importance::Nice));
        assert!(
            matches!(
                nice.verdict,
                Verdict::NoClearWinner(Undecided::TooLittle | Undecided::OnlyWorkload)
            ),
            "{}: {nice:?}",
            requirement.id
        );
    }
}

/// Rule: firm needs two agreeing signals with a must-have (or three), the
/// other side at most a third, and no must-have of clear strength against.
#[test]
fn firm_needs_agreeing_evidence_and_nothing_strong_against() {
    assert!(of("api!,docs").is_firm());
    assert!(of("admin,orm").is_firm(), "a strong need and another");
    assert!(!of("orm,auth").is_firm(), "two slight needs, no must-have");
    assert_eq!(of("orm,auth").basis, Basis::NoMustHave);
    // A part of the system pulling the other way keeps it a lean, unless the
    // context weakens it (an API beside server-rendered pages).
    let api_first = of("api,auth,orm,admin,content");
    assert_eq!(
        (api_first.verdict, api_first.basis),
        (Verdict::Django, Basis::PullAgainst(index("api")))
    );
    assert!(of("pages,admin,auth,orm,api").is_firm());
    // Two must-haves pulling opposite ways: a lean that names the other pull.
    let opposed = of("api!,orm!");
    assert_eq!(opposed.verdict, Verdict::FastApi);
    assert_eq!(opposed.basis, Basis::PullAgainst(index("orm")));
    let admin_and_api = of("admin!,api!,orm");
    assert_eq!(admin_and_api.verdict, Verdict::Django);
    assert_eq!(admin_and_api.basis, Basis::PullAgainst(index("api")));
    assert!(basis_text(&admin_and_api).contains("a must-have"));
    // A must-have the other framework covers cheaply (strength 1) does not
    // keep a clear project from a firm answer.
    assert!(of("admin!,orm!,auth!,docs!,types").is_firm());
}

/// The clarity figure lies in the band of the grade, so "firm" never comes
/// with a low figure.
#[test]
fn clarity_agrees_with_the_grade() {
    for profile in [
        "api",
        "api!",
        "api!,docs",
        "api!,orm!",
        "pages!,admin!,ml!",
        "api,orm",
    ] {
        let evaluation = of(profile);
        let clarity = evaluation.clarity;
        match (evaluation.verdict, evaluation.is_firm()) {
            (Verdict::NoClearWinner(_), _) => assert!(clarity < LEAN_CLARITY, "{profile}"),
            (_, true) => assert!(clarity >= FIRM_CLARITY, "{profile}"),
            (_, false) => assert!((LEAN_CLARITY..FIRM_CLARITY).contains(&clarity), "{profile}"),
        }
        // The meter's words follow the grade; the figure is for the events.
        let text = clarity_text(&evaluation);
        let expected = match (evaluation.verdict, evaluation.is_firm()) {
            (Verdict::NoClearWinner(_), _) => "No winner yet",
            (_, true) => "A firm answer",
            (_, false) => "A lean, not yet firm",
        };
        assert_eq!(text, expected, "{profile}");
    }
}

/// Rule: team experience weighs between workable options and lowers
/// confidence against the fit, but never makes a firm answer by itself.
#[test]
fn team_experience_is_weighed_apart_from_the_technical_fit() {
    // A lean held back by the other side, for a team that knows both: the
    // record says how to settle it.
    let both = of("api,orm,knows-django,knows-fastapi");
    assert!(!both.is_firm());
    assert!(
        basis_text(&both).contains("one-day spike"),
        "{}",
        basis_text(&both)
    );
    assert!(!basis_text(&of("api,orm")).contains("spike"));
    let alone = of("knows-django!");
    assert_eq!(
        (alone.verdict, alone.basis),
        (Verdict::Django, Basis::TeamOnly)
    );
    assert_eq!(
        of("knows-django,knows-fastapi").verdict,
        Verdict::NoClearWinner(Undecided::TooLittle)
    );
    // Between two workable options the team decides, as a lean.
    let workable = of("content,orm,api,types");
    assert_eq!(
        workable.verdict,
        Verdict::NoClearWinner(Undecided::Balanced)
    );
    let decided = of("content,orm,api,types,knows-fastapi");
    assert_eq!(
        (decided.verdict, decided.basis),
        (Verdict::FastApi, Basis::TeamDecides)
    );
    // Against a clear technical fit it lowers it to a lean…
    let against = of("pages!,admin!,content,knows-fastapi");
    assert_eq!(
        (against.verdict, against.basis),
        (Verdict::Django, Basis::TeamAgainst)
    );
    assert!(of("pages!,admin!,content").is_firm());
    // …overturns a modest one…
    let overturned = of("api!,orm,knows-django!");
    assert_eq!(
        (overturned.verdict, overturned.basis),
        (Verdict::Django, Basis::TeamDecides)
    );
    // …and leaves no winner when neither is clearly the larger pull.
    assert_eq!(
        of("knows-django!,realtime!,io!").verdict,
        Verdict::NoClearWinner(Undecided::FitVersusTeam)
    );
    // Agreeing, it counts as one more independent signal…
    assert!(of("admin!,knows-django").is_firm());
    assert!(!of("admin!").is_firm());
    // …and with two agreeing needs makes three; but it cannot make one
    // slight need a firm technical answer.
    assert!(of("orm,auth,knows-django").is_firm());
    assert!(!of("orm,knows-django").is_firm());
}

/// Rule: inside a Django web app, Channels serves live updates; a separate
/// service only when the connections scale or deploy on their own.
#[test]
fn live_updates_inside_a_django_app_are_channels_not_a_second_service() {
    let app = of("pages,auth,admin,orm,realtime");
    assert_eq!(app.verdict, Verdict::Django);
    assert!(app.is_firm());
    let live = app
        .contributions()
        .iter()
        .find(|c| c.requirement == index("realtime"))
        .unwrap();
    assert!(live.weakened());
    let lines = why(&app);
    assert!(
        lines
            .iter()
            .any(|(lean, text)| *lean == Some(Side::FastApi) && text.contains("Channels")),
        "{lines:?}"
    );
    // A must-have chat inside the site is still a Django app.
    assert_eq!(
        of("pages!,auth!,admin,realtime!,io").verdict,
        Verdict::Django
    );
    // Connections at scale, or deployed on their own, are split off.
    for profile in [
        "pages!,admin!,orm!,realtime!,io!",
        "pages,admin,auth,realtime!,separate!",
    ] {
        let Verdict::Both(split) = of(profile).verdict else {
            panic!("{profile}: {:?}", of(profile));
        };
        assert!(split.fastapi.contains(index("realtime")), "{profile}");
    }
    // Without a web app, live connections are FastAPI's.
    assert_eq!(of("realtime!,io!,api,auth").verdict, Verdict::FastApi);
}

/// Rule: "use both" by separability, not by keywords.
#[test]
fn a_split_needs_a_part_with_its_own_reason_to_run_apart() {
    // Model inference as a must-have: its libraries, hardware and scaling;
    // firm once the reader says it deploys on its own, probably both before
    // (it could start in a worker beside the web app).
    let start = evaluate(&decode("pages!,admin!,auth,ml!").selection);
    assert!(matches!(start.verdict, Verdict::Both(_)) && !start.is_firm());
    let selection = decode("pages!,admin!,auth,ml!,separate").selection;
    let evaluation = evaluate(&selection);
    let Verdict::Both(split) = evaluation.verdict else {
        panic!("{evaluation:?}");
    };
    assert!(evaluation.is_firm());
    assert_eq!(split.fastapi.iter().collect::<Vec<_>>(), [index("ml")]);
    let reason = split_reason(&split, index("ml"));
    assert!(
        reason.contains("hardware") && !reason.contains("async"),
        "{reason}"
    );
    // A high-volume ingestion API beside a staff back office splits…
    let ingestion = of("admin!,api!,io!");
    let Verdict::Both(split) = ingestion.verdict else {
        panic!("{ingestion:?}");
    };
    assert!(split.fastapi.contains(index("api")));
    // …an API for the site's own app does not: DRF or Ninja in the same project.
    let companion = of("pages,admin,auth,orm,api");
    assert_eq!(companion.verdict, Verdict::Django);
    assert!(companion.is_firm());
    // One web-app need and a must-have model: probably both, a lean.
    let thin = of("admin!,ml!");
    assert!(matches!(thin.verdict, Verdict::Both(_)) && !thin.is_firm());
    assert_eq!(
        headline(&thin),
        "Probably both: Django now, a FastAPI service later"
    );
    // CPU-bound inference with nothing saying it deploys apart: worker processes.
    let workers = decode("pages!,auth!,orm,ml!,cpu!").selection;
    let evaluation = evaluate(&workers);
    assert_eq!(evaluation.verdict, Verdict::Django);
    let gaps: Vec<String> = gaps(&workers, &evaluation)
        .into_iter()
        .map(gap_text)
        .collect();
    assert!(gaps[0].contains("worker processes"), "{gaps:?}");
    // Must-haves that either framework covers never split a project.
    for profile in [
        "api!,orm!",
        "realtime!,auth!",
        "ml!,auth!,docs",
        "orm!,admin!,auth!,docs!",
    ] {
        assert_ne!(of(profile).verdict.kind(), VerdictKind::Both, "{profile}");
    }
}

/// Rule: sessions and CSRF protection do not pull for an API product.
#[test]
fn accounts_for_an_api_product_pull_less() {
    let api = of("api!,auth!,orm");
    assert_eq!(api.verdict, Verdict::FastApi);
    let accounts = api
        .contributions()
        .iter()
        .find(|c| c.requirement == index("auth"))
        .unwrap();
    assert!(accounts.weakened());
    let lines = why(&api);
    assert!(
        lines.iter().any(|(_, text)| text.contains("tokens")),
        "{lines:?}"
    );
    // In a web app they keep their full pull.
    let web = of("pages,auth");
    assert!(web.contributions().iter().all(|c| !c.weakened()));
}

/// Rule: no clear winner says which kind it is.
#[test]
fn no_clear_winner_says_which_kind() {
    let cases = [
        ("", "No clear winner yet"),
        ("cpu!", "Too little to go on yet"),
        ("types?", "Too little to go on yet"),
        ("orm!,types!", "No clear winner: either fits"),
        (
            "knows-django!,api!,io!",
            "No clear winner: needs and team disagree",
        ),
    ];
    for (profile, expected) in cases {
        let evaluation = of(profile);
        assert_eq!(
            evaluation.verdict.kind(),
            VerdictKind::NoClearWinner,
            "{profile}"
        );
        assert_eq!(headline(&evaluation), expected, "{profile}");
        assert!(!detail(&evaluation).is_empty());
    }
    let balanced = of("orm!,types!");
    let text = detail(&balanced);
    assert!(
        text.contains("Django is built for relational data with migrations"),
        "{text}"
    );
    assert!(
        text.contains("FastAPI for typed, validated requests"),
        "{text}"
    );
}

#[test]
fn cpu_bound_work_narrows_async_advantages_but_not_others() {
    let io = only("io", Importance::Must);
    let docs = only("docs", Importance::Must);
    for cpu in [Importance::Important, Importance::Must] {
        let narrowed = evaluate(&io.with(index("cpu"), cpu));
        assert!(narrowed.fastapi_points < evaluate(&io).fastapi_points);
        let io_reason = narrowed
            .contributions()
            .iter()
            .find(|c| c.requirement == index("io"))
            .unwrap();
        assert!(io_reason.dampened, "io is async-sensitive");
        let lines = why(&narrowed);
        assert!(
            lines.iter().any(|(_, text)| text.contains("GIL")),
            "{lines:?}"
        );
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
    // A nice-to-have CPU entry narrows nothing: nice-to-haves never decide.
    let nice = evaluate(&io.with(index("cpu"), Importance::Nice));
    assert_eq!(nice.fastapi_points, evaluate(&io).fastapi_points);
}

#[test]
fn contributions_rank_deciding_needs_first() {
    let selection = decode("admin!,orm!,auth!,pages,conventions,docs?").selection;
    let evaluation = evaluate(&selection);
    let deciding: Vec<bool> = evaluation
        .contributions()
        .iter()
        .map(|c| c.decides())
        .collect();
    assert_eq!(deciding.iter().filter(|d| !**d).count(), 1);
    assert!(!deciding.last().unwrap(), "the nice-to-have comes last");
    let points: Vec<u16> = evaluation.contributions()[..5]
        .iter()
        .map(|c| c.points)
        .collect();
    let mut sorted = points.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(points, sorted);
    assert_eq!(evaluation.contributions().last().unwrap().points, 0);
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
