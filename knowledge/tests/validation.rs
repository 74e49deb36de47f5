//! The knowledge-base validator that the engine's `build.rs` runs: the shipped
//! file passes, and each broken rule is reported with the name of the
//! offending entry.

use advisor_knowledge::schema;

const SHIPPED: &str = include_str!("../knowledge.toml");

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
part = "the admin"
role = "web-app"
covered_by = "Add an admin package."

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
            "unknown variant `flask`",
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
            "unknown variant `flask`",
        ),
        (
            MINIMAL.replace("part = \"the admin\"", "part = \"The admin\""),
            "requirement `admin`: part must start lowercase",
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
            "requirement `admin`: a neutral requirement must either narrow async advantages or separate a part",
        ),
        (
            MINIMAL.replace("lean = \"django\"", "lean = \"neutral\""),
            "requirement `admin`: a neutral requirement cannot name a part",
        ),
        (
            MINIMAL.replace("covered_by = \"Add an admin package.\"\n", ""),
            "requirement `admin`: needs `covered_by`",
        ),
        (
            MINIMAL.replace("role = \"web-app\"", "role = \"service\""),
            "requirement `admin`: role `service` needs lean `fastapi`",
        ),
        (
            MINIMAL.replace("role = \"web-app\"", "role = \"async-service\""),
            "unknown variant `async-service`",
        ),
        (
            MINIMAL.replace("role = \"web-app\"", "role = \"mobile\""),
            "unknown variant `mobile`",
        ),
        (
            MINIMAL.replace("part = \"the admin\"\n", ""),
            "requirement `admin`: a requirement with a role needs a `part`",
        ),
        (
            MINIMAL.replace("strength = 3\n", "strength = 3\nexcludes = [\"ghost\"]\n"),
            "requirement `admin`: excludes unknown requirement `ghost`",
        ),
        (
            MINIMAL.replace("strength = 3\n", "strength = 3\nexcludes = [\"admin\"]\n"),
            "requirement `admin`: excludes itself",
        ),
        (
            MINIMAL.replace(
                "strength = 3\n",
                "strength = 3\nbeyond_article = [\"story\"]\n",
            ),
            "unknown variant `story`",
        ),
        (
            MINIMAL.replace(
                "covered_by = \"Add an admin package.\"\n",
                "beyond_article = [\"covered_by\"]\n",
            ),
            "requirement `admin`: beyond_article names `covered_by`",
        ),
        (
            MINIMAL.replace("strength = 3\n", "strength = 3\ncompanions = [\"ghost\"]\n"),
            "requirement `admin`: `companions` names unknown requirement `ghost`",
        ),
        (
            MINIMAL.replace("strength = 3\n", "strength = 3\ncompanions = [\"admin\"]\n"),
            "requirement `admin`: `companions` names itself",
        ),
        (
            MINIMAL.replace("strength = 3\n", "strength = 3\nevidence = \"team\"\n"),
            "requirement `admin`: team experience cannot have a role or a context",
        ),
        (
            MINIMAL.replace("strength = 3\n", "strength = 3\nseparable = \"intrinsic\"\n"),
            "requirement `admin`: only role `service` has `separable` and `split_reason`",
        ),
        (
            MINIMAL.replace(
                "covered_by = \"Add an admin package.\"\n",
                "covered_by = \"Add an admin package.\"\n[requirement.context]\nwhen_on = [\"ghost\"]\nstrength = 3\nnote = \"Capitalised note.\"\n",
            ),
            "requirement `admin`: a context's strength must be at least 1 and below the requirement's own",
        ),
        (
            MINIMAL.replace(
                "covered_by = \"Add an admin package.\"\n",
                "covered_by = \"Add an admin package.\"\n[requirement.context]\nwhen_on = [\"ghost\"]\nstrength = 1\nnote = \"a note\"\n",
            ),
            "requirement `admin`: `context.when_on` names unknown requirement `ghost`",
        ),
        (
            MINIMAL.replace(
                "covered_by = \"Add an admin package.\"\n",
                "covered_by = \"Add an admin package.\"\n[requirement.context]\nwhen_on = [\"admin2\"]\nstrength = 1\nnote = \"Capitalised note.\"\n",
            ),
            "requirement `admin`: `context.note` is used mid-sentence",
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
