//! Property and exhaustive tests of the engine's invariants.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{codec::*, knowledge::*, links::*, scoring::*, Importance, Selection};
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

    // "Both" only for a Django web app plus a part with its own reason to run
    // apart: a web-app part and a service part, each at least important.
    let at_least = |i: usize| selection.get(i) >= Importance::Important;
    if let Verdict::Both(split) = evaluation.verdict {
        assert!(selection
            .chosen()
            .any(|(i, _)| at_least(i) && REQUIREMENTS[i].role == Some(Role::WebApp)));
        assert!(!split.fastapi.is_empty());
        for i in split.django.iter() {
            assert_eq!(REQUIREMENTS[i].lean, Some(Side::Django));
            assert!(REQUIREMENTS[i].part.is_some() && at_least(i));
        }
        for i in split.fastapi.iter() {
            assert_eq!(REQUIREMENTS[i].role, Some(Role::Service));
            assert!(at_least(i));
        }
    }

    // The figure lies in the band of the grade.
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::NoClearWinner(_), firm) => {
            assert!(!firm && evaluation.clarity < LEAN_CLARITY, "{evaluation:?}")
        }
        (_, true) => assert!(evaluation.clarity >= FIRM_CLARITY, "{evaluation:?}"),
        (_, false) => assert!(
            (LEAN_CLARITY..FIRM_CLARITY).contains(&evaluation.clarity),
            "{evaluation:?}"
        ),
    }
    assert!(evaluation.clarity <= 100);
    // Team experience alone never makes a firm answer.
    if selection
        .chosen()
        .filter(|(_, l)| *l >= Importance::Important)
        .all(|(i, _)| REQUIREMENTS[i].evidence == Evidence::Team)
    {
        assert!(!evaluation.is_firm(), "{selection:?}");
    }

    // A nice-to-have never changes the verdict or its grade on its own.
    for i in 0..REQUIREMENT_COUNT {
        if selection.get(i) == Importance::Off {
            let with_nice = evaluate(&selection.with(i, Importance::Nice));
            match evaluation.verdict {
                // With nothing decisive yet, it may turn "nothing chosen"
                // into "too little to go on", never into an answer.
                Verdict::NoClearWinner(
                    Undecided::NothingChosen | Undecided::OnlyWorkload | Undecided::TooLittle,
                ) => assert!(
                    matches!(with_nice.verdict, Verdict::NoClearWinner(_)),
                    "{selection:?} + {i} nice"
                ),
                _ => {
                    assert_eq!(
                        with_nice.verdict, evaluation.verdict,
                        "{selection:?} + {i} nice"
                    );
                    assert_eq!(with_nice.basis, evaluation.basis);
                }
            }
        }
    }

    // Every suggestion, applied, really produces the definite verdict it
    // announces; none weakens a part of the system or adds an implausible
    // need, but for the one fallback offered when nothing else changes a
    // definite answer: the nearest pair of needs, or the step down it
    // depends on most.
    let suggestions = what_would_change(selection);
    let only = suggestions.iter().count() == 1;
    for (list, additions) in [
        (suggestions.changes().collect::<Vec<_>>(), false),
        (suggestions.additions().collect::<Vec<_>>(), true),
    ] {
        let mut previous_key = (false, 0);
        for s in list {
            let r = &REQUIREMENTS[s.requirement];
            let fallback = only && s.to < s.from;
            assert_eq!(s.from, selection.get(s.requirement));
            assert_eq!(s.is_addition(), additions, "{s:?} in the right list");
            assert_ne!(s.from, s.to);
            // A team trait only as "the team knows both alike".
            if r.evidence == Evidence::Team && !fallback {
                let other = selection.chosen().find(|(i, _)| {
                    *i != s.requirement && REQUIREMENTS[*i].evidence == Evidence::Team
                });
                assert_eq!(other.map(|(_, level)| level), Some(s.to), "{s:?}");
            } else if s.to > s.from {
                assert!(r.suggest, "{s:?}");
            }
            assert!(s.to != Importance::Off, "{s:?}");
            if s.to < s.from && !fallback {
                assert!(r.part.is_none() && s.from != Importance::Must, "{s:?}");
            }
            let after = evaluate(&s.apply(selection));
            // Another verdict, or the same one made firm from a lean.
            assert!(
                after.verdict.kind() != evaluation.verdict.kind()
                    || (!evaluation.is_firm() && after.is_firm()),
                "{s:?}"
            );
            assert_ne!(s.verdict, VerdictKind::NoClearWinner, "{s:?}");
            assert_eq!(after.verdict.kind(), s.verdict);
            assert_eq!(after.is_firm(), s.firm);
            assert_eq!(after.clarity, s.clarity);
            // Changes of verdict first, then firming; nearest first in each.
            let key = (s.verdict == evaluation.verdict.kind(), s.distance());
            assert!(
                key >= previous_key,
                "ranked: other verdicts, then nearest first"
            );
            previous_key = key;
            if fallback {
                continue;
            }
            if additions {
                assert!(s.to >= Importance::Important, "{s:?}");
                assert!(
                    selection.chosen().any(|(i, l)| l >= Importance::Important
                        && REQUIREMENTS[i].companions.contains(s.requirement)),
                    "{s:?} is no companion of what is chosen"
                );
                for (chosen, _) in selection.chosen() {
                    assert!(
                        !r.excludes.contains(chosen),
                        "{s:?} contradicts a chosen requirement"
                    );
                }
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
            Some(Side::Django) => {
                prop_assert!(score(&after) <= score(&before));
            }
            Some(Side::FastApi) => {
                prop_assert!(score(&after) >= score(&before));
            }
            // CPU-bound work only ever takes weight away from FastAPI…
            None if REQUIREMENTS[index].narrows_async => {
                prop_assert!(score(&after) <= score(&before))
            }
            // …a part deployed on its own only ever keeps its full pull.
            None => prop_assert!(score(&after) >= score(&before)),
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

/// Every on/off combination at "important": 2^REQUIREMENT_COUNT selections.
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
        seen[evaluate(&selection).verdict.kind() as usize] += 1;
    }
    // Every kind of answer occurs.
    assert!(seen.iter().all(|n| *n > 0), "{seen:?}");
}
