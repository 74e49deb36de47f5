//! The decision model's page quotes the engine's thresholds: every constant
//! named in `docs/decision-model.md` (as `NAME = value` or `NAME = a/b`) has
//! that value in `engine/src/scoring/mod.rs`, and every threshold there is
//! quoted, so the page and the code cannot drift apart.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::scoring::{
    FIRM_CLARITY, FIRM_WITHOUT_MUST_POINTS, FIT_HOLDS_TIMES, FULL_EVIDENCE_POINTS, LEAN_CLARITY,
    NEAR_TIE_PERCENT, OPPOSITION_AT_MOST, POINTS_PER_WEIGHT, STRONG_MUST_POINTS, TEAM_ALIKE_BELOW,
    TEAM_OVERTURNS, TEAM_SIGNAL_POINTS,
};
use std::collections::BTreeMap;

const PAGE: &str = include_str!("../../docs/decision-model.md");

/// Every threshold, as the page writes it.
fn constants() -> BTreeMap<&'static str, String> {
    let ratio = |(a, b): (i32, i32)| format!("{a}/{b}");
    BTreeMap::from([
        ("POINTS_PER_WEIGHT", POINTS_PER_WEIGHT.to_string()),
        ("TEAM_OVERTURNS", ratio(TEAM_OVERTURNS)),
        ("FIT_HOLDS_TIMES", FIT_HOLDS_TIMES.to_string()),
        ("TEAM_ALIKE_BELOW", ratio(TEAM_ALIKE_BELOW)),
        ("TEAM_SIGNAL_POINTS", TEAM_SIGNAL_POINTS.to_string()),
        (
            "FIRM_WITHOUT_MUST_POINTS",
            FIRM_WITHOUT_MUST_POINTS.to_string(),
        ),
        ("OPPOSITION_AT_MOST", ratio(OPPOSITION_AT_MOST)),
        ("NEAR_TIE_PERCENT", NEAR_TIE_PERCENT.to_string()),
        ("LEAN_CLARITY", LEAN_CLARITY.to_string()),
        ("FIRM_CLARITY", FIRM_CLARITY.to_string()),
        ("FULL_EVIDENCE_POINTS", FULL_EVIDENCE_POINTS.to_string()),
        ("STRONG_MUST_POINTS", STRONG_MUST_POINTS.to_string()),
    ])
}

/// The `NAME = value` quotes in the page, in code spans.
fn quoted() -> Vec<(String, String)> {
    PAGE.split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|code| {
            let (name, value) = code.split_once(" = ")?;
            let is_name =
                !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_');
            is_name.then(|| (name.to_string(), value.to_string()))
        })
        .collect()
}

#[test]
fn the_page_quotes_every_threshold_with_the_engines_value() {
    let constants = constants();
    let quoted = quoted();
    for (name, value) in &quoted {
        let actual = constants
            .get(name.as_str())
            .unwrap_or_else(|| panic!("the page quotes `{name}`, which the engine lacks"));
        assert_eq!(value, actual, "`{name}` on the page and in the engine");
    }
    for name in constants.keys() {
        assert!(
            quoted.iter().any(|(n, _)| n == name),
            "the page does not quote `{name}`"
        );
    }
}

#[test]
fn the_points_formula_is_strength_times_weight_times_four() {
    use advisor_engine::{scoring::points, Importance};
    assert_eq!(points(3, Importance::Must), 48);
    assert_eq!(points(2, Importance::Important), 16);
    assert_eq!(points(1, Importance::Nice), 4);
}
