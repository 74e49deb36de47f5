//! Prints every distinct install line the plan gives, one per line: for each
//! scenario, each project of the case table, and each requirement alone as a
//! must-have. `scripts/check-packages.sh` resolves each against PyPI.
//!
//! `cargo run -p advisor-engine --example install_lines`

use advisor_engine::{
    codec::decode,
    knowledge::{PRESETS, REQUIREMENT_COUNT},
    words::advise,
    Importance, Selection,
};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    requirements: String,
}

fn main() {
    let table: Table = toml::from_str(include_str!("../../knowledge/cases.toml"))
        .expect("knowledge/cases.toml parses");
    let selections = PRESETS
        .iter()
        .map(|p| p.selection)
        .chain(table.case.iter().map(|c| decode(&c.requirements).selection))
        .chain((0..REQUIREMENT_COUNT).map(|i| Selection::EMPTY.with(i, Importance::Must)));
    let mut lines = BTreeSet::new();
    for selection in selections {
        for line in advise(&selection).install_lines {
            if !line.is_empty() {
                lines.insert(line);
            }
        }
    }
    for line in lines {
        println!("{line}");
    }
}
