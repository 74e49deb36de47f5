//! Native tests of the decision engine: the rules of the decision model, one
//! test per rule, and the presets (the words are in words.rs).
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
    // A need the winner covers routinely (an API on Django Ninja,
    // migrations with Alembic) does not hold it back, must-have or not…
    assert!(of("api!,auth,orm,admin,content").is_firm());
    assert!(of("api,auth,orm,admin,content").is_firm());
    assert!(of("pages,admin,auth,orm,api").is_firm());
    let admin_and_api = of("admin!,api!,orm");
    assert_eq!(
        (admin_and_api.verdict, admin_and_api.basis),
        (Verdict::Django, Basis::Agreement)
    );
    // …so an API against migrations rests on the API alone: a lean.
    let opposed = of("api!,orm!");
    assert_eq!(
        (opposed.verdict, opposed.basis),
        (Verdict::FastApi, Basis::OneSignal)
    );
    // A must-have that is not routine on the winner keeps it a lean and is
    // named: editorial content behind an API (editing screens are Django's).
    let content = of("api!,docs!,io,content!");
    assert_eq!(
        (content.verdict, content.basis),
        (Verdict::FastApi, Basis::PullAgainst(index("content")))
    );
    assert!(basis(&content).contains("a must-have"));
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
    assert!(basis(&both).contains("one-day spike"), "{}", basis(&both));
    assert!(!basis(&of("api,orm")).contains("spike"));
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
    let overturned = of("io!,orm,knows-django!");
    assert_eq!(
        (overturned.verdict, overturned.basis),
        (Verdict::Django, Basis::TeamDecides)
    );
    // …firmly, when it is a must-have and what pulls the other way is
    // routine on the team's framework (an API on Django, migrations on
    // FastAPI), whether the team's framework is behind or ahead…
    for (profile, verdict) in [
        ("api!,orm,knows-django!", Verdict::Django),
        ("api!,docs,types,knows-django!", Verdict::Django),
        ("orm!,knows-fastapi!", Verdict::FastApi),
        ("api!,orm!,knows-fastapi!", Verdict::FastApi),
    ] {
        let evaluation = of(profile);
        assert_eq!(
            (evaluation.verdict, evaluation.basis),
            (verdict, Basis::TeamKnowsIt),
            "{profile}"
        );
        assert!(evaluation.is_firm(), "{profile}");
    }
    // …but not when it is only important.
    assert!(!of("api!,knows-django").is_firm());
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
    let lines = reasons(&app);
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
    // Deploying on its own alone does not call for FastAPI: an API with its
    // own owners but no busy traffic runs as a second deployment of the
    // Django project for now…
    let quiet = of("pages!,admin!,api!,separate!");
    let Verdict::Both(split) = quiet.verdict else {
        panic!("{quiet:?}");
    };
    assert!(!quiet.is_firm() && split.because == SplitNow::Quiet);
    assert!(basis(&quiet).contains("second deployment of the Django project"));
    // …under busy traffic it is a FastAPI service now, however small the
    // Django side…
    let busy = of("admin!,api!,io,separate!");
    assert!(matches!(busy.verdict, Verdict::Both(_)) && busy.is_firm());
    // …and with no part to split off, the Django answer says so.
    let site = decode("pages!,admin!,separate!").selection;
    assert_eq!(evaluate(&site).verdict, Verdict::Django);
    assert!(reasons(&evaluate(&site))
        .iter()
        .any(|(_, text)| text.contains("second deployment of the same project")));
    // One web-app need and a must-have model: probably both, a lean.
    let thin = of("admin!,ml!");
    assert!(matches!(thin.verdict, Verdict::Both(_)) && !thin.is_firm());
    assert_eq!(
        headline(&thin),
        "Django now; a FastAPI service later, if needed"
    );
    // CPU-bound inference with nothing saying it deploys apart: worker processes.
    let workers = decode("pages!,auth!,orm,ml!,cpu!").selection;
    let evaluation = evaluate(&workers);
    assert_eq!(evaluation.verdict, Verdict::Django);
    let lines = reasons(&evaluation);
    assert!(
        lines
            .iter()
            .any(|(_, text)| text.contains("background task")),
        "{lines:?}"
    );
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
    let lines = reasons(&api);
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
        assert!(!basis(&evaluation).is_empty());
    }
    let balanced = of("orm!,types!");
    let text = basis(&balanced);
    assert!(
        text.contains("Django suits relational data with migrations"),
        "{text}"
    );
    assert!(
        text.contains("FastAPI suits typed, validated requests"),
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
        let lines = reasons(&narrowed);
        assert!(
            lines
                .iter()
                .any(|(_, text)| text.contains("worker processes")),
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
