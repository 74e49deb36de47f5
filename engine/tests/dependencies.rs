//! The engine stays pure: its manifest may name no dependency but the
//! knowledge crate, so no browser crate (yew, web-sys, gloo, wasm-bindgen) can
//! reach it, and Cargo refuses any `use` of a crate not listed here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

/// The dependency names in `table` (a `[dependencies]`-like table), if any.
fn names(table: Option<&toml::Value>) -> BTreeSet<String> {
    table
        .and_then(toml::Value::as_table)
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn the_engine_depends_on_the_knowledge_crate_alone() {
    let manifest: toml::Table = include_str!("../Cargo.toml")
        .parse()
        .expect("valid Cargo.toml");
    let runtime = names(manifest.get("dependencies"));
    assert_eq!(runtime, BTreeSet::from(["advisor-knowledge".to_owned()]));
    // No platform-specific way in either: every `[target.…]` table holds only
    // dev-dependencies.
    if let Some(targets) = manifest.get("target").and_then(toml::Value::as_table) {
        for (target, tables) in targets {
            let tables = tables.as_table().expect("target table");
            assert!(
                tables.keys().all(|k| k == "dev-dependencies"),
                "[target.{target}] adds run-time dependencies: {:?}",
                tables.keys().collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn the_knowledge_crate_ships_no_parser_into_the_engine() {
    let manifest: toml::Table = include_str!("../../knowledge/Cargo.toml")
        .parse()
        .expect("valid Cargo.toml");
    let dependencies = manifest["dependencies"].as_table().expect("dependencies");
    for (name, spec) in dependencies {
        assert_eq!(
            spec.get("optional").and_then(toml::Value::as_bool),
            Some(true),
            "`{name}` must be optional (behind the `schema` feature)"
        );
    }
    let engine: toml::Table = include_str!("../Cargo.toml")
        .parse()
        .expect("valid Cargo.toml");
    assert_eq!(
        engine["dependencies"]["advisor-knowledge"]["default-features"].as_bool(),
        Some(false),
        "the engine must take the knowledge crate without its TOML schema"
    );
}
