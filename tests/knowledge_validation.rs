//! The knowledge-base validator that `build.rs` runs: the shipped file passes,
//! and each broken rule is reported with the name of the offending entry.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)] // the validator uses only part of this shared file
#[path = "../src/engine/importance.rs"]
mod importance;
#[path = "../knowledge/schema.rs"]
mod schema;

const SHIPPED: &str = include_str!("../knowledge/knowledge.toml");

const MINIMAL: &str = r#"
[[group]]
id = "build"
title = "What you build"

[[requirement]]
id = "admin"
group = "build"
label = "Admin"
why = "Django has one."
lean = "django"
strength = 3
component = "the admin"

[[preset]]
id = "only-admin"
title = "Only admin"
story = "Just an admin."
expected = "django"
requirements = "admin!"
"#;

fn problems(source: &str) -> Vec<String> {
    schema::parse(source).err().unwrap_or_default()
}

#[test]
fn shipped_knowledge_base_is_valid() {
    assert_eq!(problems(SHIPPED), Vec::<String>::new());
    assert!(problems(MINIMAL).is_empty());
}

#[test]
fn every_rule_names_the_broken_entry() {
    let cases = [
        (
            MINIMAL.replace("id = \"admin\"", "id = \"Admin Panel\""),
            "requirement `Admin Panel`: id must be",
        ),
        (
            MINIMAL.replace("strength = 3", "strength = 7"),
            "requirement `admin`: strength 7 is outside 1..=3",
        ),
        (
            MINIMAL.replace("why = \"Django has one.\"", "why = \"\""),
            "requirement `admin`: `why` is empty",
        ),
        (
            MINIMAL.replace("label = \"Admin\"", "label = \"  \""),
            "requirement `admin`: `label` is empty",
        ),
        (
            MINIMAL.replace("group = \"build\"", "group = \"nope\""),
            "requirement `admin`: unknown group `nope`",
        ),
        (
            MINIMAL.replace("lean = \"django\"", "lean = \"flask\""),
            "requirement `admin`: lean `flask`",
        ),
        (
            MINIMAL.replace(
                "requirements = \"admin!\"",
                "requirements = \"admin!,ghost\"",
            ),
            "preset `only-admin`: refers to unknown requirement `ghost`",
        ),
        (
            MINIMAL.replace(
                "requirements = \"admin!\"",
                "requirements = \"admin!,admin\"",
            ),
            "preset `only-admin`: lists requirement `admin` twice",
        ),
        (
            MINIMAL.replace("expected = \"django\"", "expected = \"flask\""),
            "preset `only-admin`: expected `flask`",
        ),
        (
            MINIMAL.replace("component = \"the admin\"", "component = \"The admin\""),
            "requirement `admin`: component must start lowercase",
        ),
        (
            format!("{MINIMAL}\n[[group]]\nid = \"build\"\ntitle = \"Again\"\n"),
            "group `build`: duplicate id",
        ),
        (
            MINIMAL.replace("strength = 3", "strength = 3\nasync_sensitive = true"),
            "requirement `admin`: only a fastapi-leaning requirement can be async_sensitive",
        ),
        (
            MINIMAL.replace("lean = \"django\"", "lean = \"neutral\""),
            "requirement `admin`: a neutral requirement must narrow async advantages",
        ),
        (
            MINIMAL.replace(
                "title = \"Only admin\"",
                "title = \"Only admin\"\ncolour = \"red\"",
            ),
            "unknown field `colour`",
        ),
    ];
    for (source, expected) in cases {
        let found = problems(&source);
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "expected a problem containing {expected:?}, got {found:?}"
        );
    }
}

#[test]
fn generated_tables_match_the_toml() {
    use framework_advisor::engine;
    let knowledge = schema::parse(SHIPPED).expect("valid");
    let ids: Vec<&str> = knowledge
        .requirements
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let generated: Vec<&str> = engine::REQUIREMENTS.iter().map(|r| r.id).collect();
    assert_eq!(ids, generated);
    for p in &knowledge.presets {
        let levels = schema::preset_levels(&knowledge, p);
        let preset = engine::preset(&p.id).expect("generated preset");
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
