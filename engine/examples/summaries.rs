//! Prints the copied summary the widget gives for each project of the case
//! table, or for the ids given, or for requirement specs given as a link
//! writes them (`api!,docs,orm`): the input of the expert review loop
//! (`docs/decision-model.md`). Every preset comes first.
//!
//! `cargo run -p advisor-engine --example summaries [-- id|spec …]`

use advisor_engine::{
    codec::{decode, encode},
    knowledge::{PRESETS, REQUIREMENTS},
    words::{advise, importance_label, summary_markdown},
};
use serde::Deserialize;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    project: String,
    requirements: String,
}

fn main() {
    let table: Table = toml::from_str(include_str!("../../knowledge/cases.toml"))
        .expect("knowledge/cases.toml parses");
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    let presets = PRESETS.iter().filter(|p| !p.selection.is_empty()).map(|p| {
        (
            format!("preset-{}", p.id),
            format!("{}: {}", p.title, p.story),
            encode(&p.selection),
        )
    });
    let cases = table
        .case
        .into_iter()
        .map(|c| (c.id, c.project, c.requirements));
    let specs = wanted
        .iter()
        .filter(|w| w.contains([',', '!']))
        .map(|spec| (spec.clone(), "as given".to_string(), spec.clone()));
    for (id, project, requirements) in presets.chain(cases).chain(specs.collect::<Vec<_>>()) {
        if !wanted.is_empty() && !wanted.contains(&id) {
            continue;
        }
        let selection = decode(&requirements).selection;
        let chosen: Vec<String> = selection
            .chosen()
            .map(|(i, level)| format!("{} ({})", REQUIREMENTS[i].label, importance_label(level)))
            .collect();
        println!(
            "## {id}\n\nProject: {project}\n\nReader's toggles: {}\n",
            chosen.join("; ")
        );
        let summary = summary_markdown(&advise(&selection), None, None);
        println!("````markdown\n{}````\n", summary);
    }
}
