//! The tables `build.rs` generates say exactly what `knowledge.toml` says:
//! same requirements in the same order, and every preset with its levels and
//! expected verdict.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::scoring::VerdictKind;
use advisor_knowledge::schema;

const SHIPPED: &str = include_str!("../../knowledge/knowledge.toml");

#[test]
fn generated_tables_match_the_toml() {
    let knowledge = schema::parse(SHIPPED).expect("valid");
    let ids: Vec<&str> = knowledge
        .requirements
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let generated: Vec<&str> = advisor_engine::knowledge::REQUIREMENTS
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, generated);
    for p in &knowledge.presets {
        let levels = schema::preset_levels(&knowledge, p);
        let preset = advisor_engine::knowledge::preset(&p.id).expect("generated preset");
        let expected = match p.expected {
            schema::Expected::Django => VerdictKind::Django,
            schema::Expected::Fastapi => VerdictKind::FastApi,
            schema::Expected::Both => VerdictKind::Both,
            schema::Expected::None => VerdictKind::NoClearWinner,
        };
        assert_eq!(preset.expected, expected, "preset `{}`", p.id);
        for (i, level) in levels.iter().enumerate() {
            assert_eq!(
                preset.selection.get(i).rank(),
                level.rank(),
                "preset `{}` entry {i}",
                p.id
            );
        }
    }
}
