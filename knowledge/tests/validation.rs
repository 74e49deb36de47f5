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
noun = "a staff admin"
ships = "Django ships one; FastAPI needs [SQLAdmin?]."
on_fastapi = "Admin: [SQLAdmin]"

[[preset]]
id = "only-admin"
title = "Only admin"
story = "Just an admin."
expected = "django"
requirements = "admin!"

[[framework]]
id = "django"
stack = "[Django] 6.1"
server = "Gunicorn"
risk = "Sync at heart."
revisit = "a part needs its own scale"

[[framework]]
id = "fastapi"
stack = "FastAPI"
server = "fastapi run"
risk = "Batteries are yours."
revisit = "staff tools grow"

[[framework]]
id = "both"
stack = "Two deployables"
server = "Calls with timeouts"
risk = "Two services."
revisit = "the service stays small"

[[step]]
framework = "django"
place = "first"
text = "Run `django-admin startproject`."

[[step]]
framework = "django"
place = "middle"
when = { any = ["admin"] }
text = "Register the models."

[[step]]
framework = "django"
place = "last"
text = "Deploy."

[[step]]
framework = "fastapi"
place = "first"
text = "Create app/main.py."

[[step]]
framework = "fastapi"
place = "last"
text = "Deploy."

[[step]]
framework = "both"
place = "first"
text = "Build the Django app."

[[step]]
framework = "both"
place = "last"
text = "Connect them."

[undecided]
too_little_stack = "No stack yet"
too_little_steps = ["One.", "Two.", "Three."]
too_little_risk = "Choosing on hype."
too_little_revisit = "the must-haves are known"
workload_stack = "No stack yet."
workload_steps = ["One.", "Two.", "Three."]
workload_risk = "Choosing for speed."
workload_revisit = "the product is known"
balanced_steps = ["One.", "Two.", "Three."]
balanced_risk = "Running both."
balanced_revisit = "a spike shows a difference"

[[package]]
label = "Django"
name = "Django"
checked = "6.1.3"
checked_on = "2026-12"
status = "maintained"

[[package]]
label = "SQLAdmin"
name = "sqladmin"
checked = "0.32.0"
checked_on = "2026-12"
status = "maintained"
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
                "on_fastapi = \"Admin: [SQLAdmin]\"\n",
                "on_fastapi = \"Admin: [SQLAdmin]\"\n[requirement.context]\nwhen = { any = [\"ghost\"] }\nstrength = 3\nnote = \"Capitalised note.\"\n",
            ),
            "requirement `admin`: a context's strength must be at least 1 and below the requirement's own",
        ),
        (
            MINIMAL.replace(
                "on_fastapi = \"Admin: [SQLAdmin]\"\n",
                "on_fastapi = \"Admin: [SQLAdmin]\"\n[requirement.context]\nwhen = { any = [\"ghost\"] }\nstrength = 1\nnote = \"a note\"\n",
            ),
            "requirement `admin`: `context.when.any` names unknown requirement `ghost`",
        ),
        (
            MINIMAL.replace(
                "on_fastapi = \"Admin: [SQLAdmin]\"\n",
                "on_fastapi = \"Admin: [SQLAdmin]\"\n[requirement.context]\nwhen = { any = [\"admin2\"] }\nstrength = 1\nnote = \"Capitalised note.\"\n",
            ),
            "requirement `admin`: `context.note` is used mid-sentence",
        ),
        (
            MINIMAL.replace("on_fastapi = \"Admin: [SQLAdmin]\"", "on_fastapi = \"Admin: [SQLAdmin2]\""),
            "requirement `admin` `on_fastapi`: names package `SQLAdmin2`, which has no [[package]] record",
        ),
        (
            MINIMAL.replace("on_fastapi = \"Admin: [SQLAdmin]\"", "on_fastapi = \"Admin: [SQLAdmin\""),
            "requirement `admin` `on_fastapi`: unclosed `[`",
        ),
        (
            MINIMAL.replace("label = \"SQLAdmin\"\nname = \"sqladmin\"", "label = \"SQLAdmin\"\nname = \"Django\""),
            "package `SQLAdmin`: duplicate name `Django`",
        ),
        (
            MINIMAL.replace(
                "name = \"sqladmin\"\nchecked = \"0.32.0\"\nchecked_on = \"2026-12\"\nstatus = \"maintained\"",
                "name = \"sqladmin\"\nchecked = \"0.32.0\"\nchecked_on = \"2026-12\"\nstatus = \"maintenance\"",
            ),
            "names `SQLAdmin`, which is in maintenance mode, without saying so",
        ),
        (
            format!("{MINIMAL}\n[[package]]\nlabel = \"Unused\"\nname = \"unused\"\nchecked = \"1\"\nchecked_on = \"2026-12\"\nstatus = \"maintained\"\n"),
            "package `Unused`: no text names it",
        ),
        (
            MINIMAL.replace("checked_on = \"2026-12\"\nstatus = \"maintained\"\n\n[[package]]", "checked_on = \"Dec 2026\"\nstatus = \"maintained\"\n\n[[package]]"),
            "package `Django`: checked_on must be YYYY-MM",
        ),
        (
            MINIMAL.replace("ships = \"Django ships one; FastAPI needs [SQLAdmin?].\"\n", ""),
            "requirement `admin`: needs `ships`",
        ),
        (
            MINIMAL.replace("text = \"Deploy.\"\n\n[[step]]\nframework = \"fastapi\"\nplace = \"first\"", "text = \"Deploy.\"\n\n[[step]]\nframework = \"fastapi\"\nplace = \"middle\""),
            "steps of `fastapi`: need one first step, have 0",
        ),
        (
            MINIMAL.replace("when = { any = [\"admin\"] }\ntext = \"Register the models.\"", "text = \"Register the models.\""),
            "a middle step needs `when`",
        ),
        (
            MINIMAL.replace("when = { any = [\"admin\"] }\ntext = \"Register the models.\"", "when = { any = [\"ghost\"] }\ntext = \"Register the models.\""),
            "step 2: `when.any` names unknown requirement `ghost`",
        ),
        (
            MINIMAL.replace("text = \"Register the models.\"", "text = \"Register the models in SQLAdmin.\""),
            "step 2: names `SQLAdmin` without brackets: write [SQLAdmin] (it installs) or [SQLAdmin?] (only mentioned)",
        ),
        (
            MINIMAL.replace("on_fastapi = \"Admin: [SQLAdmin]\"", "on_fastapi = \"Admin: sqladmin screens\""),
            "requirement `admin` `on_fastapi`: names `SQLAdmin` without brackets",
        ),
        (
            MINIMAL.replace("text = \"Run `django-admin startproject`.\"", "text = \"Run `django-admin startproject.\""),
            "step 1: unbalanced backticks",
        ),
        (
            MINIMAL.replace("place = \"middle\"\nwhen = { any = [\"admin\"] }", "place = \"middle\"\nservice = true\nwhen = { any = [\"admin\"] }"),
            "only a step of `both` can be a `service` step",
        ),
        (
            MINIMAL.replace("place = \"middle\"\nwhen = { any = [\"admin\"] }", "place = \"middle\"\nwhen = { any = [\"admin\"], all = [\"nope\"] }"),
            "`when.all` names unknown requirement `nope`",
        ),
        (
            MINIMAL.replace("place = \"middle\"\nwhen = { any = [\"admin\"] }", "place = \"middle\"\nwhen = { any = [\"admin\"], none = [\"nope\"] }"),
            "`when.none` names unknown requirement `nope`",
        ),
        (
            MINIMAL.replace("too_little_steps = [\"One.\", \"Two.\", \"Three.\"]", "too_little_steps = [\"One.\"]"),
            "undecided `too_little_steps`: needs three to five steps",
        ),
        (
            MINIMAL.replace("revisit = \"a part needs its own scale\"", "revisit = \"A part needs its own scale.\""),
            "framework `django`: `revisit` is used mid-sentence",
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

/// Brackets inside `code` are code (extras of an install command), not
/// package names, and stay in the text the reader sees.
#[test]
fn brackets_in_code_are_not_package_names() {
    let text = "Run `pip install \"uvicorn[standard]\"`, then [Uvicorn] or [Daphne?].";
    let refs = schema::package_refs(text).unwrap();
    let labels: Vec<(&str, bool)> = refs.iter().map(|r| (r.label, r.installed)).collect();
    assert_eq!(labels, [("Uvicorn", true), ("Daphne", false)]);
    assert_eq!(
        schema::plain_text(text),
        "Run `pip install \"uvicorn[standard]\"`, then Uvicorn or Daphne."
    );
}
