//! The expert case table (`knowledge/cases.toml`): realistic projects with the
//! verdict a senior Python engineer gives them, written independently of the
//! engine's rules, and the article's own "when to choose" bullets. Every case
//! must come out as expected, with its grade: firm or a lean, and for no
//! clear winner, which kind.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{
    codec::decode,
    scoring::{evaluate, Grade, VerdictKind},
    words::headline,
};
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
    undecided: Option<Kind>,
    source: Option<String>,
}

/// Why there is no clear winner, as the table writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    TooLittle,
    Balanced,
}

impl Case {
    /// The grade the case expects, as the engine names it.
    fn grade(&self) -> Grade {
        match (self.firm, self.undecided) {
            (Some(true), _) => Grade::Firm,
            (Some(false), _) => Grade::Lean,
            (None, Some(Kind::Balanced)) => Grade::Balanced,
            (None, _) => Grade::TooLittle,
        }
    }
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
    assert!(table.case.len() >= 80, "{} cases", table.case.len());
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
        // Every case states its grade.
        match case.expected {
            Expected::None => assert!(
                case.undecided.is_some() && case.firm.is_none(),
                "case `{}`: a none case says which kind (undecided), not firm",
                case.id
            ),
            _ => assert!(
                case.firm.is_some() && case.undecided.is_none(),
                "case `{}`: a verdict states firm = true or false",
                case.id
            ),
        }
    }
    for expected in [
        Expected::Django,
        Expected::Fastapi,
        Expected::Both,
        Expected::None,
    ] {
        assert!(
            table.case.iter().filter(|c| c.expected == expected).count() >= 5,
            "at least five {expected:?} cases"
        );
    }
}

/// Each of the article's "when to choose" bullets is a single-requirement
/// case at "important", and gives at least a lean to the article's side.
#[test]
fn the_articles_bullets_are_in_the_table() {
    let table = table();
    let article: Vec<&Case> = table
        .case
        .iter()
        .filter(|c| c.source.as_deref() == Some("article"))
        .collect();
    // Five Django bullets (the first names pages and the admin), five FastAPI
    // bullets, and the performance section's I/O-bound workloads.
    assert_eq!(article.len(), 12);
    for case in article {
        assert!(
            !case.requirements.contains(','),
            "{}: one requirement",
            case.id
        );
        assert!(
            !case.requirements.ends_with(['!', '?']),
            "{}: important",
            case.id
        );
        assert_ne!(
            case.expected,
            Expected::None,
            "{}: at least a lean",
            case.id
        );
    }
}

#[test]
fn every_expert_case_gets_the_expected_verdict_and_grade() {
    let mut wrong = Vec::new();
    let table = table();
    for case in &table.case {
        let evaluation = evaluate(&decode(&case.requirements).selection);
        let kind = evaluation.verdict.kind();
        if kind != case.expected.kind() || evaluation.grade() != case.grade() {
            wrong.push(format!(
                "{} ({}): expected {:?}{}{}, got “{}” (clarity {}, {:?})",
                case.id,
                case.requirements,
                case.expected,
                match case.firm {
                    Some(true) => " (firm)",
                    Some(false) => " (leaning)",
                    None => "",
                },
                case.undecided
                    .map_or(String::new(), |k| format!(" ({k:?})")),
                headline(&evaluation),
                evaluation.clarity,
                evaluation.verdict
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases disagree:\n{}",
        wrong.len(),
        table.case.len(),
        wrong.join("\n")
    );
}
