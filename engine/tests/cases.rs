//! The expert case table (`knowledge/cases.toml`): realistic projects with the
//! verdict a senior Python engineer gives them, written independently of the
//! engine's rules. Every case must come out as expected, firm or leaning too.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{decode, evaluate, headline, VerdictKind};
use serde::Deserialize;
use std::collections::HashSet;

const CASES: &str = include_str!("../../knowledge/cases.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    project: String,
    requirements: String,
    expected: Expected,
    reason: String,
    firm: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Expected {
    Django,
    Fastapi,
    Both,
    None,
}

impl Expected {
    fn kind(self) -> VerdictKind {
        match self {
            Expected::Django => VerdictKind::Django,
            Expected::Fastapi => VerdictKind::FastApi,
            Expected::Both => VerdictKind::Both,
            Expected::None => VerdictKind::NoClearWinner,
        }
    }
}

fn table() -> Table {
    toml::from_str(CASES).expect("knowledge/cases.toml parses")
}

#[test]
fn the_table_is_large_varied_and_well_formed() {
    let table = table();
    assert!(table.case.len() >= 30, "{} cases", table.case.len());
    let mut ids = HashSet::new();
    for case in &table.case {
        assert!(ids.insert(case.id.as_str()), "duplicate case `{}`", case.id);
        assert!(!case.project.trim().is_empty() && !case.reason.trim().is_empty());
        let decoded = decode(&case.requirements);
        assert!(
            decoded.skipped.is_empty() && !decoded.truncated,
            "case `{}`: unknown requirements {:?}",
            case.id,
            decoded.skipped
        );
    }
    for expected in [
        Expected::Django,
        Expected::Fastapi,
        Expected::Both,
        Expected::None,
    ] {
        assert!(
            table.case.iter().filter(|c| c.expected == expected).count() >= 3,
            "at least three {expected:?} cases"
        );
    }
}

#[test]
fn every_expert_case_gets_the_expected_verdict() {
    let mut wrong = Vec::new();
    for case in table().case {
        let evaluation = evaluate(&decode(&case.requirements).selection);
        let kind = evaluation.verdict.kind();
        let firm_ok = case.firm.is_none_or(|firm| firm == evaluation.is_firm());
        if kind != case.expected.kind() || !firm_ok {
            wrong.push(format!(
                "{} ({}): expected {:?}{}, got “{}” (clarity {})",
                case.id,
                case.requirements,
                case.expected,
                match case.firm {
                    Some(true) => " (firm)",
                    Some(false) => " (leaning)",
                    None => "",
                },
                headline(&evaluation),
                evaluation.clarity
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cases disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
