//! Property and exhaustive tests of the engine's invariants.
#![cfg(not(target_arch = "wasm32"))]

use framework_advisor::engine::*;
use proptest::prelude::*;

fn any_importance() -> impl Strategy<Value = Importance> {
    prop::sample::select(Importance::ALL.to_vec())
}

fn any_selection() -> impl Strategy<Value = Selection> {
    prop::collection::vec(any_importance(), REQUIREMENT_COUNT).prop_map(|levels| {
        Selection::from_levels(levels.try_into().expect("one level per requirement"))
    })
}

fn score(e: &Evaluation) -> i32 {
    i32::from(e.fastapi_points) - i32::from(e.django_points)
}

/// Every invariant that must hold for any single selection.
fn check_invariants(selection: &Selection) {
    let evaluation = evaluate(selection);
    assert_eq!(evaluation, evaluate(selection), "deterministic");

    // Explanations cite exactly the requirements that are on, once each.
    let mut cited: Vec<usize> = evaluation
        .contributions()
        .iter()
        .map(|c| c.requirement)
        .collect();
    cited.sort_unstable();
    let chosen: Vec<usize> = selection.chosen().map(|(i, _)| i).collect();
    assert_eq!(cited, chosen, "cited requirements for {selection:?}");
    for c in evaluation.contributions() {
        assert_eq!(c.importance, selection.get(c.requirement));
    }

    // "Both" only from must-haves with separable parts on each side.
    if let Verdict::Both(split) = evaluation.verdict {
        for (set, lean) in [(split.django, Lean::Django), (split.fastapi, Lean::FastApi)] {
            assert!(!set.is_empty());
            for i in set.iter() {
                assert_eq!(selection.get(i), Importance::Must);
                assert_eq!(REQUIREMENTS[i].lean, lean);
                assert!(REQUIREMENTS[i].component.is_some());
            }
        }
    }

    // Every suggestion, applied, really produces the verdict it announces.
    let suggestions = what_would_change(selection);
    let mut previous_distance = 0;
    for s in suggestions.iter() {
        assert_eq!(s.from, selection.get(s.requirement));
        assert_ne!(s.from, s.to);
        let after = evaluate(&s.apply(selection));
        assert_ne!(after.verdict.kind(), evaluation.verdict.kind(), "{s:?}");
        assert_eq!(after.verdict.kind(), s.verdict);
        assert_eq!(after.confidence, s.confidence);
        assert!(s.distance() >= previous_distance, "ranked nearest first");
        previous_distance = s.distance();
    }
    // No nearer edit of a requirement flips the verdict than the one offered.
    for s in suggestions.iter() {
        for level in Importance::ALL {
            let distance = level.rank().abs_diff(s.from.rank());
            if level != s.from && distance < s.distance() {
                let kind = evaluate(&selection.with(s.requirement, level))
                    .verdict
                    .kind();
                assert_eq!(kind, evaluation.verdict.kind(), "nearer flip missed: {s:?}");
            }
        }
    }

    // The compact form round-trips.
    let decoded = decode(&encode(selection));
    assert_eq!(decoded.selection, *selection);
    assert!(decoded.skipped.is_empty() && !decoded.truncated);
    match decode_fragment(&format!("#{}", encode_fragment(selection))) {
        LinkState::Present(d) => assert_eq!(d.selection, *selection),
        LinkState::Absent => assert!(selection.is_empty()),
        other => panic!("unexpected {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_for_random_selections(selection in any_selection()) {
        check_invariants(&selection);
    }

    #[test]
    fn raising_a_requirement_never_moves_the_score_away_from_its_side(
        selection in any_selection(),
        index in 0..REQUIREMENT_COUNT,
        a in any_importance(),
        b in any_importance(),
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let before = evaluate(&selection.with(index, low));
        let after = evaluate(&selection.with(index, high));
        match REQUIREMENTS[index].lean {
            Lean::Django => {
                prop_assert!(score(&after) <= score(&before));
                prop_assert!(after.lean_permille <= before.lean_permille);
            }
            Lean::FastApi => {
                prop_assert!(score(&after) >= score(&before));
                prop_assert!(after.lean_permille >= before.lean_permille);
            }
            // CPU-bound work only ever takes weight away from FastAPI.
            Lean::Neutral => prop_assert!(score(&after) <= score(&before)),
        }
    }

    #[test]
    fn decoding_arbitrary_text_never_panics_and_keeps_valid_parts(
        noise in ".{0,200}",
        selection in any_selection(),
    ) {
        let _ = decode(&noise);
        let _ = decode_fragment(&noise);
        // Valid entries survive unknown ones around them.
        let text = format!("zz-unknown,{},,??", encode(&selection));
        let decoded = decode(&text);
        prop_assert_eq!(decoded.selection, selection);
        prop_assert!(decoded.skipped.contains(&"zz-unknown".to_string()));
    }
}

#[test]
fn all_off_is_no_clear_winner() {
    assert_eq!(
        evaluate(&Selection::EMPTY).verdict.kind(),
        VerdictKind::NoClearWinner
    );
}

/// Every on/off combination at "important": 2^13 selections.
#[test]
fn exhaustive_on_off_combinations_at_important() {
    let combinations = 1u32 << REQUIREMENT_COUNT;
    let mut seen = [0u32; 4];
    for bits in 0..combinations {
        let mut selection = Selection::EMPTY;
        for i in 0..REQUIREMENT_COUNT {
            if bits & (1 << i) != 0 {
                selection.set(i, Importance::Important);
            }
        }
        check_invariants(&selection);
        let kind = evaluate(&selection).verdict.kind();
        assert_ne!(
            kind,
            VerdictKind::Both,
            "both needs must-haves: {selection:?}"
        );
        seen[kind as usize] += 1;
    }
    // Django, FastAPI and no-clear-winner all occur.
    assert!(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, "{seen:?}");
}
