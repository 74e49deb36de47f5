//! The plan that follows a verdict: for every preset and every project of
//! the case table a plan of one screen (a stack, three to five one-line
//! steps, two or three risks, one or two revisit triggers) that fits the
//! project, and only packages with a registry record.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{codec::*, knowledge::*, plan::*, scoring::*, Importance, Selection};
use advisor_knowledge::schema;
use serde::Deserialize;

const CASES: &str = include_str!("../../knowledge/cases.toml");
const KNOWLEDGE: &str = include_str!("../../knowledge/knowledge.toml");

/// Words in one line of the plan at most: a step, a risk or a trigger is
/// read in one go.
const MOST_WORDS: usize = 30;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    requirements: String,
}

/// Every project the tests know: the presets (but the empty one) and the
/// case table.
fn projects() -> Vec<(String, Selection)> {
    let table: Table = toml::from_str(CASES).expect("cases.toml parses");
    PRESETS
        .iter()
        .filter(|p| !p.selection.is_empty())
        .map(|p| (format!("preset {}", p.id), p.selection))
        .chain(
            table
                .case
                .into_iter()
                .map(|c| (c.id, decode(&c.requirements).selection)),
        )
        .collect()
}

fn plan_of(profile: &str) -> Plan {
    let selection = decode(profile).selection;
    plan(&evaluate(&selection)).expect("a plan")
}

fn all_text(plan: &Plan) -> String {
    [
        &plan.stack,
        &plan.built_in,
        &plan.service,
        &plan.service_built_in,
        &plan.steps,
        &plan.risks,
        &plan.revisit,
    ]
    .iter()
    .flat_map(|lines| lines.iter())
    .copied()
    .collect::<Vec<_>>()
    .join("\n")
}

fn installs(plan: &Plan, name: &str) -> bool {
    plan.installs.iter().any(|p| p.name == name)
}

#[test]
fn every_project_gets_a_plan_of_one_screen_that_fits_its_verdict() {
    let projects = projects();
    assert!(projects.len() >= 140, "{} projects", projects.len());
    for (id, selection) in projects {
        let evaluation = evaluate(&selection);
        let plan = plan(&evaluation).unwrap_or_else(|| panic!("{id}: no plan"));
        assert!(!plan.stack.is_empty(), "{id}: stack");
        assert!(
            (3..=5).contains(&plan.steps.len()),
            "{id}: {} steps",
            plan.steps.len()
        );
        assert!(
            (1..=3).contains(&plan.risks.len()),
            "{id}: {:?}",
            plan.risks
        );
        assert!(
            (1..=2).contains(&plan.revisit.len()),
            "{id}: {:?}",
            plan.revisit
        );
        // Two or three risks once two needs decide (one need may bring one).
        let deciding = evaluation
            .contributions()
            .iter()
            .filter(|c| c.decides())
            .count();
        if matches!(plan.kind, PlanKind::Single(_) | PlanKind::Split) && deciding >= 2 {
            assert!(plan.risks.len() >= 2, "{id}: {:?}", plan.risks);
        }
        for line in plan.steps.iter().chain(&plan.risks).chain(&plan.revisit) {
            let words = line.split_whitespace().count();
            assert!(words <= MOST_WORDS, "{id}: {words} words in {line:?}");
        }
        let text = all_text(&plan);
        // Outside `code` (where `"uvicorn[standard]"` is literal).
        let prose: String = text.split('`').step_by(2).collect();
        assert!(
            !prose.contains('[') && !prose.contains(']'),
            "{id}: markup left in {text}"
        );
        let names: Vec<&str> = plan.packages().into_iter().map(|p| p.name).collect();
        match (evaluation.verdict, plan.kind) {
            (Verdict::Django, PlanKind::Single(Stack::Django)) => {
                assert!(
                    names.contains(&"Django") && !names.contains(&"fastapi"),
                    "{id}: {names:?}"
                );
            }
            // "Django now, a FastAPI service later".
            (Verdict::Both(_), PlanKind::Single(Stack::Django)) if !evaluation.is_firm() => {
                assert!(
                    names.contains(&"Django") && !names.contains(&"fastapi"),
                    "{id}: {names:?}"
                );
            }
            (Verdict::FastApi, PlanKind::Single(Stack::FastApi)) => {
                assert!(
                    names.contains(&"fastapi") && !names.contains(&"Django"),
                    "{id}: {names:?}"
                );
            }
            (Verdict::Both(_), PlanKind::Split) if evaluation.is_firm() => {
                assert!(
                    names.contains(&"Django") && names.contains(&"fastapi"),
                    "{id}: {names:?}"
                );
                assert!(!plan.service.is_empty(), "{id}: the service's stack");
            }
            (
                Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam),
                PlanKind::Alternatives,
            ) => {
                assert!(!plan.service.is_empty(), "{id}: both routes");
            }
            (Verdict::NoClearWinner(_), PlanKind::Open) => {
                assert!(plan.packages().is_empty(), "{id}: nothing to install yet");
            }
            (verdict, kind) => panic!("{id}: {verdict:?} with a {kind:?} plan"),
        }
        // Each chosen need the winner covers with a piece appears in its
        // stack, its built-in line, or (when its package is in already) the
        // install line.
        if let PlanKind::Single(stack) = plan.kind {
            let side = if stack == Stack::Django {
                Side::Django
            } else {
                Side::FastApi
            };
            for (i, level) in selection.chosen() {
                if level < Importance::Important {
                    continue;
                }
                let context = REQUIREMENTS[i].context.as_ref().and_then(|c| c.on[side]);
                for line in [REQUIREMENTS[i].on[side], context].into_iter().flatten() {
                    let shown = plan.stack.contains(&line.text)
                        || plan.built_in.contains(&line.text)
                        || line.installs.iter().all(|p| installs(&plan, p.name));
                    assert!(
                        shown || context.is_some(),
                        "{id}: {} missing",
                        REQUIREMENTS[i].id
                    );
                }
            }
        }
    }
}

#[test]
fn nothing_chosen_has_no_plan() {
    assert!(plan(&evaluate(&Selection::EMPTY)).is_none());
}

/// Every package a plan installs has a record in the knowledge base with
/// the version it was checked at and when, and none is in maintenance mode.
#[test]
fn every_package_has_a_registry_record() {
    let knowledge = schema::parse(KNOWLEDGE).expect("valid");
    for package in &PACKAGES {
        let record = knowledge
            .packages
            .iter()
            .find(|p| p.name == package.name)
            .unwrap_or_else(|| panic!("{}: no record", package.name));
        assert!(
            !record.checked.is_empty() && record.checked_on.len() == 7,
            "{}",
            package.name
        );
        assert!(
            package
                .install
                .to_lowercase()
                .starts_with(&package.name.to_lowercase()),
            "{}: install line {}",
            package.name,
            package.install
        );
        assert_eq!(
            record.status,
            schema::PackageStatus::Maintained,
            "{} is in maintenance mode",
            package.name
        );
    }
}

#[test]
fn the_install_line_quotes_what_a_shell_would_read() {
    let plan = plan_of("pages!,admin!,auth,orm");
    let line = install_line(plan.installs);
    assert!(
        line.starts_with(
            "python -m pip install \"Django~=6.1.0\" \"psycopg[binary,pool]\" gunicorn"
        ),
        "{line}"
    );
    assert!(!line.contains("fastapi"), "{line}");
}

/// FastAPI's standard extra brings Uvicorn and httpx: a line that has it
/// does not name them again, though the plan's steps use them.
#[test]
fn the_install_line_leaves_off_what_an_extra_brings() {
    let plan = plan_of("api!,io!,docs");
    assert!(installs(&plan, "httpx"), "a step uses httpx");
    let line = install_line(plan.installs);
    assert_eq!(line, "python -m pip install \"fastapi[standard]~=0.165.0\"");
    // On Django, httpx is installed by name.
    let django = install_line(plan_of("pages!,admin!,io!").installs);
    assert!(django.contains(" httpx"), "{django}");
}

/// What a senior engineer checks first, in the plans of a few projects.
#[test]
fn the_plan_says_what_an_expert_would_check() {
    // Model serving on FastAPI: loaded once, bounded, shedding load.
    let ml = all_text(&plan_of("ml!,docs,types,io"));
    assert!(
        ml.contains("once at start-up") && ml.contains("503"),
        "{ml}"
    );
    // CPU-heavy work: where it runs, not only "async gains little".
    let api = all_text(&plan_of("api,cpu!"));
    assert!(
        api.contains("process pool") && api.contains("job id"),
        "{api}"
    );
    let pages = all_text(&plan_of("pages,auth,cpu!"));
    assert!(pages.contains("db_worker"), "{pages}");
    // Sign-in on FastAPI without pages: one story, tokens from a provider;
    // no session cookies or CSRF where there are no pages, no passwords of
    // its own.
    let accounts = all_text(&plan_of("api!,auth!,docs"));
    assert!(
        accounts.contains("OpenID Connect") && accounts.contains("PyJWT"),
        "{accounts}"
    );
    for word in ["SessionMiddleware", "CSRF", "pwdlib"] {
        assert!(!accounts.contains(word), "{word}: {accounts}");
    }
    // Live updates inside a Django app: Channels, on an ASGI server.
    let live = plan_of("pages,auth,admin,orm,realtime");
    assert!(all_text(&live).contains("Channels"), "{}", all_text(&live));
    assert!(installs(&live, "uvicorn-worker") && installs(&live, "channels"));
    // A plain Django app stays on WSGI.
    let plain = plan_of("pages!,admin!,orm");
    assert!(installs(&plain, "gunicorn") && !installs(&plain, "uvicorn-worker"));
    // An API on Django: Django Ninja, and only where there is an API.
    assert!(installs(&plan_of("admin!,api!,orm"), "django-ninja"));
    assert!(
        !all_text(&plain).contains("Django Ninja"),
        "{}",
        all_text(&plain)
    );
    // Typed validation as a must-have gets a step of its own on Django.
    let typed = plan_of("admin!,orm,types!");
    assert!(
        typed
            .steps
            .iter()
            .any(|s| s.to_lowercase().contains("validate")),
        "{:?}",
        typed.steps
    );
    // A FastAPI admin signs its sessions with the extra that brings it.
    let admin = PACKAGES.iter().find(|p| p.name == "sqladmin").unwrap();
    assert_eq!(admin.install, "sqladmin[auth]");
    // Undecided: no stack to install, but what to settle first.
    let open = plan_of("types?");
    assert_eq!(open.kind, PlanKind::Open);
    assert!(open.steps[0].contains("must do"), "{:?}", open.steps);
    let load = plan_of("cpu!,separate");
    assert_eq!(load.kind, PlanKind::Open);
    assert!(load.risks[0].contains("workload alone"), "{:?}", load.risks);
}

/// A lean split is built as one Django project now (the model behind one
/// function, slow calls in a task), with the move to a service as its
/// revisit line; a firm one starts with the Django half.
#[test]
fn a_lean_split_starts_as_one_project() {
    let lean = plan_of("pages!,admin!,ml!,auth");
    assert_eq!(lean.kind, PlanKind::Single(Stack::Django));
    assert!(lean.service.is_empty());
    assert!(installs(&lean, "django-tasks-db"));
    assert!(
        lean.steps.iter().any(|s| s.contains("predict()")),
        "{:?}",
        lean.steps
    );
    assert!(
        lean.revisit.iter().any(|r| r.contains("FastAPI service")),
        "{:?}",
        lean.revisit
    );
    let firm = plan_of("pages!,admin!,ml!,auth,separate!");
    assert_eq!(firm.kind, PlanKind::Split);
    assert!(
        firm.steps[0].starts_with("Start the Django app"),
        "{:?}",
        firm.steps
    );
    assert!(
        firm.steps
            .iter()
            .any(|s| s.contains("readiness") && s.contains("503")),
        "{:?}",
        firm.steps
    );
}

/// Wagtail is for editors who publish pages: its step carries its own
/// install, and a project without pages never hears of it.
#[test]
fn the_cms_step_needs_pages() {
    let site = plan_of("content!,pages,admin");
    assert!(
        site.steps.iter().any(|s| s.contains("pip install wagtail")),
        "{:?}",
        site.steps
    );
    assert!(!installs(&site, "wagtail"));
    let api = plan_of("content!,api,admin,auth");
    assert!(!all_text(&api).contains("Wagtail"), "{}", all_text(&api));
}

/// A split's service steps install into the service, not the web app.
#[test]
fn service_steps_install_in_the_service() {
    let api = plan_of("admin!,orm,api!,io!,docs,separate!");
    assert_eq!(api.kind, PlanKind::Split);
    assert!(
        api.service_installs.iter().any(|p| p.name == "SQLAlchemy"),
        "{:?}",
        api.service
    );
    assert!(!installs(&api, "SQLAlchemy"));
}

/// Allauth's headless mode comes with an API and accounts together.
#[test]
fn the_headless_step_needs_an_api_and_accounts() {
    let headless = |profile: &str| {
        plan_of(profile)
            .steps
            .iter()
            .any(|s| s.contains("headless"))
    };
    assert!(headless("admin!,api!,auth!,orm"));
    assert!(!headless("admin!,api!,orm"));
    assert!(!headless("admin!,auth!,orm,pages"));
}

/// A FastAPI project gets the database step only when it keeps data, and
/// the step's packages are on the install line.
#[test]
fn the_database_step_needs_data() {
    let migrations = |profile: &str| {
        let plan = plan_of(profile);
        assert_eq!(plan.kind, PlanKind::Single(Stack::FastApi), "{profile}");
        let step = plan.steps.iter().any(|s| s.contains("Alembic"));
        assert_eq!(
            step,
            installs(&plan, "alembic"),
            "{profile}: {:?}",
            plan.steps
        );
        assert_eq!(step, installs(&plan, "psycopg"), "{profile}: the driver");
        step
    };
    assert!(migrations("api!,orm,docs!,types"));
    assert!(!migrations("api!,docs!,types!"));
}

/// Risks of what the stack adds (Channels beside a Django app) come first.
#[test]
fn risks_of_added_parts_come_first() {
    let live = plan_of("pages,admin,orm,auth,realtime");
    assert!(
        live.risks[0].contains("database_sync_to_async"),
        "{:?}",
        live.risks
    );
    let split = plan_of("pages,admin,orm,auth,ml!,separate!");
    assert!(split.risks[0].contains("Two services"), "{:?}", split.risks);
}

/// The step every FastAPI project takes gives way to the project's own.
#[test]
fn the_projects_own_steps_come_first() {
    let model = plan_of("ml!,cpu!,api");
    assert!(
        model.steps.iter().any(|s| s.contains("503")),
        "{:?}",
        model.steps
    );
    // With room left, the general step still comes.
    let api = plan_of("api!,docs");
    assert!(
        api.steps.iter().any(|s| s.contains("APIRouter")),
        "{:?}",
        api.steps
    );
}
