//! The plan that follows a verdict: for every preset and every project of
//! the case table a stack, three to five first steps, risks and a revisit
//! line that fit the project, and only packages with a registry record.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{
    codec::*, knowledge::*, plan::*, scoring::*, words::*, Importance, Selection,
};
use advisor_knowledge::schema;
use serde::Deserialize;

const CASES: &str = include_str!("../../knowledge/cases.toml");
const KNOWLEDGE: &str = include_str!("../../knowledge/knowledge.toml");

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
        &plan.service,
        &plan.steps,
        &plan.risks,
        &plan.revisit,
        &plan.contract,
    ]
    .iter()
    .flat_map(|lines| lines.iter())
    .copied()
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn every_project_gets_a_whole_plan_that_fits_its_verdict() {
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
            !plan.risks.is_empty() && plan.risks.len() <= 5,
            "{id}: risks"
        );
        assert!(
            !plan.revisit.is_empty() && plan.revisit.len() <= 4,
            "{id}: revisit"
        );
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
                assert!(plan.contract.len() >= 3, "{id}: the contract");
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
        // Each chosen need the winner covers with a piece appears in its stack.
        if let PlanKind::Single(stack) = plan.kind {
            let side = stack as usize;
            for (i, level) in selection.chosen() {
                if level >= Importance::Important {
                    if let Some(line) = REQUIREMENTS[i].on[side] {
                        let context = REQUIREMENTS[i].context.as_ref().and_then(|c| c.on[side]);
                        assert!(
                            plan.stack.contains(&line.text)
                                || context.is_some_and(|c| plan.stack.contains(&c.text)),
                            "{id}: {} missing from {:?}",
                            REQUIREMENTS[i].id,
                            plan.stack
                        );
                    }
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
/// the version it was checked at and when; a package in maintenance mode is
/// never installed, and every text naming one says so (the build checks the
/// wording; here, that the stacks avoid it).
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
    }
    let maintenance: Vec<&str> = knowledge
        .packages
        .iter()
        .filter(|p| p.status == schema::PackageStatus::Maintenance)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        maintenance,
        ["fastapi-users"],
        "the records say which are in maintenance mode"
    );
    for (id, selection) in projects() {
        let plan = plan(&evaluate(&selection)).unwrap();
        for package in plan.packages() {
            assert!(
                !maintenance.contains(&package.name),
                "{id} installs {}",
                package.name
            );
        }
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

/// Current advice for the cases an expert checks first.
#[test]
fn the_plan_says_what_an_expert_would_check() {
    // Model serving on FastAPI: load once, never block the event loop.
    let ml = all_text(&plan_of("ml!,docs,types,io"));
    assert!(ml.contains("lifespan") && ml.contains("async def"), "{ml}");
    // CPU-heavy work: the fix, not only "async gains little".
    // (an API answers 202 with a job id; pages redirect to a "being prepared" page).
    let api = all_text(&plan_of("api,cpu!"));
    assert!(
        api.contains("202") && api.contains("job id") && api.contains("process pool"),
        "{api}"
    );
    let pages = all_text(&plan_of("pages,auth,cpu!"));
    assert!(
        pages.contains("being prepared") && pages.contains("db_worker"),
        "{pages}"
    );
    // Accounts on FastAPI: no maintenance-mode package as the answer, and
    // the gap says so where it names one.
    let selection = decode("api!,auth!,docs").selection;
    let evaluation = evaluate(&selection);
    let accounts = all_text(&plan(&evaluation).unwrap());
    assert!(
        accounts.contains("PyJWT") && !accounts.contains("FastAPI Users"),
        "{accounts}"
    );
    // For an API product the tokens are in the stack, so no gap; a FastAPI
    // app with browser accounts gets the gap, with the warning.
    assert!(gaps(&selection, &evaluation).is_empty());
    let browser = decode("realtime!,io!,auth").selection;
    let gap: Vec<String> = gaps(&browser, &evaluate(&browser))
        .into_iter()
        .map(gap_text)
        .collect();
    assert!(
        gap.iter()
            .any(|g| g.contains("FastAPI Users is in maintenance mode")),
        "{gap:?}"
    );
    // Live updates inside a Django app: Channels, on an ASGI server.
    let live = plan_of("pages,auth,admin,orm,realtime");
    let text = all_text(&live);
    assert!(
        text.contains("Channels")
            && text.contains("uvicorn-worker")
            && text.contains("running the ASGI app"),
        "{text}"
    );
    // A plain Django app stays on WSGI.
    assert!(all_text(&plan_of("pages!,admin!,orm")).contains("Gunicorn running the WSGI app"));
    // An API on Django: Ninja, and only where there is an API.
    assert!(all_text(&plan_of("admin!,api!,orm")).contains("Django Ninja"));
    let pages = plan_of("pages!,admin!,orm");
    let built = [pages.stack.join("\n"), pages.steps.join("\n")].join("\n");
    assert!(!built.contains("Django Ninja"), "{built}");
    // A split says who owns the data, how calls authenticate, the timeouts
    // and what the page shows when the service is down; an API split lets
    // clients call the service.
    let split = plan_of("pages!,admin!,auth,ml!,separate!");
    let contract = split.contract.join("\n");
    for words in ["owns the users", "token", "time budget", "still renders"] {
        assert!(contract.contains(words), "{words}: {contract}");
    }
    let api = plan_of("pages,admin,auth,orm,api!,io!,separate!")
        .contract
        .join("\n");
    assert!(
        api.contains("Clients call the API service directly") && api.contains("read model"),
        "{api}"
    );
    // In an API split, the traffic and the docs are the service's, not Django's.
    let api = plan_of("admin,orm,api!,io!,docs,separate");
    assert!(
        !api.stack.join("\n").contains("Ninja") && !api.stack.join("\n").contains("uvicorn"),
        "{:?}",
        api.stack
    );
    assert!(
        api.service.join("\n").contains("async def endpoints"),
        "{:?}",
        api.service
    );
    // Undecided: no stack to install, but what to settle first.
    let open = plan_of("types?");
    assert_eq!(open.kind, PlanKind::Open);
    assert!(open.steps[0].contains("must do"), "{:?}", open.steps);
    // Only how it runs is known: steps about the product and the heavy
    // part, not a stack.
    let load = plan_of("cpu!,separate");
    assert_eq!(load.kind, PlanKind::Open);
    assert!(
        load.steps[0].contains("beyond how it runs"),
        "{:?}",
        load.steps
    );
    assert!(
        load.risks[0].contains("heavy work alone"),
        "{:?}",
        load.risks
    );
}

/// A lean split is built as one Django project now (the part in a task
/// behind a typed interface), with the move to a service as its revisit
/// line; a firm one starts with the Django half of the split.
#[test]
fn a_lean_split_starts_as_one_project() {
    let lean = plan_of("pages!,admin!,ml!,auth");
    assert_eq!(lean.kind, PlanKind::Single(Stack::Django));
    assert!(lean.service.is_empty() && lean.contract.is_empty());
    assert!(lean.installs.iter().any(|p| p.name == "django-tasks-db"));
    assert!(
        lean.steps.iter().any(|s| s.contains("db_worker")),
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
        firm.steps[0].starts_with("Set up the web application"),
        "{:?}",
        firm.steps
    );
    assert!(
        firm.steps.iter().any(|s| s.contains("db_worker")),
        "{:?}",
        firm.steps
    );
}

/// Wagtail is for editors: beside server-rendered pages it publishes them;
/// behind an API split it runs headless; a rich data model behind an API
/// with its own steps to take leaves it out.
#[test]
fn the_cms_step_needs_pages() {
    let site = plan_of("content!,pages,admin");
    assert!(
        site.steps.iter().any(|s| s.contains("add Wagtail")),
        "{:?}",
        site.steps
    );
    // Only if editors publish pages: the step carries its own install.
    assert!(!site.installs.iter().any(|p| p.name == "wagtail"));
    assert!(site.steps.iter().any(|s| s.contains("pip install wagtail")));
    let api = plan_of("content!,api,admin,auth");
    assert!(!all_text(&api).contains("Wagtail"), "{}", all_text(&api));
    assert!(!api.installs.iter().any(|p| p.name == "wagtail"));
    // Uploads go to object storage either way.
    assert!(api.installs.iter().any(|p| p.name == "django-storages"));
    // Editorial content behind an API split: Wagtail runs headless, as a
    // conditional step with its own install, never rendering pages.
    let media = plan_of("content!,admin,orm,api,io!,docs,separate");
    assert_eq!(media.kind, PlanKind::Split);
    let headless = media
        .steps
        .iter()
        .find(|s| s.contains("Wagtail headless"))
        .unwrap_or_else(|| panic!("{:?}", media.steps));
    assert!(
        headless.starts_with("If editors publish content")
            && headless.contains("without `wagtail_urls`")
    );
    assert!(!media.installs.iter().any(|p| p.name == "wagtail"));
}

/// A split's service steps install into the service, not the web app.
#[test]
fn service_steps_install_in_the_service() {
    let api = plan_of("admin!,orm,api!,io!,docs,separate!");
    assert_eq!(api.kind, PlanKind::Split);
    assert!(
        api.service_installs.iter().any(|p| p.name == "alembic"),
        "{:?}",
        api.service
    );
    assert!(!api.installs.iter().any(|p| p.name == "alembic"));
}

/// Allauth's headless mode comes with an API and accounts together, not
/// with either alone.
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
/// that step relies on the install line rather than a second install.
#[test]
fn the_database_step_needs_data() {
    let migrations = |profile: &str| {
        let plan = plan_of(profile);
        assert_eq!(
            plan.kind,
            PlanKind::Single(Stack::FastApi),
            "{profile}: {:?}",
            plan.kind
        );
        let step = plan.steps.iter().any(|s| s.contains("alembic init"));
        let installed = plan.installs.iter().any(|p| p.name == "alembic");
        assert_eq!(step, installed, "{profile}: {:?}", plan.steps);
        assert!(!all_text(&plan).contains("no database yet"));
        step
    };
    assert!(migrations("api!,orm,docs!,types"));
    assert!(!migrations("api!,docs!,types!"));
}

/// Accounts beside an API get one allauth step with headless mode, never
/// the plain one as well; a split whose API is the service's keeps the plain
/// one for the web application.
#[test]
fn one_allauth_step_fits_the_project() {
    let steps = |profile: &str| plan_of(profile).steps;
    let both = steps("pages,admin,orm,auth,api");
    assert!(
        both.iter().any(|s| s.contains("allauth.headless")),
        "{both:?}"
    );
    assert_eq!(
        both.iter()
            .filter(|s| s.contains("allauth.account"))
            .count(),
        1,
        "{both:?}"
    );
    let pages = steps("pages,admin,orm,auth");
    assert!(
        pages.iter().any(|s| s.contains("allauth.account")),
        "{pages:?}"
    );
    assert!(!pages.iter().any(|s| s.contains("headless")), "{pages:?}");
    let split = plan_of("pages,admin,orm,auth,api!,io!,separate!");
    assert_eq!(split.kind, PlanKind::Split);
    assert!(
        !split.steps.iter().any(|s| s.contains("headless")),
        "{:?}",
        split.steps
    );
}

/// Heavy I/O traffic alone brings no database; a model service reads its
/// inputs itself, so its object-storage client installs in the service.
#[test]
fn each_part_installs_what_it_uses() {
    let io = plan_of("api!,io!,docs");
    assert!(
        !io.installs
            .iter()
            .any(|p| p.name == "SQLAlchemy" || p.name == "alembic"),
        "{:?}",
        io.installs.iter().map(|p| p.name).collect::<Vec<_>>()
    );
    let ml = plan_of("pages!,admin!,ml!,auth,separate!");
    assert_eq!(ml.kind, PlanKind::Split);
    assert!(ml.service_installs.iter().any(|p| p.name == "boto3"));
    assert!(!ml.installs.iter().any(|p| p.name == "boto3"));
    assert!(
        ml.steps
            .iter()
            .any(|s| s.contains("readiness") && s.contains("503")),
        "{:?}",
        ml.steps
    );
}

/// Risks of what the stack adds (Channels beside a Django app) come before
/// those of what the framework ships; a split names both upgrade paths.
#[test]
fn risks_of_added_parts_come_first() {
    let live = plan_of("pages,admin,orm,auth,realtime");
    assert!(
        live.risks
            .iter()
            .any(|r| r.contains("database_sync_to_async")),
        "{:?}",
        live.risks
    );
    // Four of the project's own fit beside the framework's: accounts keep
    // their mail risk among a data-heavy app's.
    let hrm = plan_of("pages,admin,content,orm!,auth,knows-django");
    assert!(
        hrm.risks.iter().any(|r| r.contains("mail backend")),
        "{:?}",
        hrm.risks
    );
    let split = plan_of("pages,admin,orm,auth,api!,io!,separate!");
    assert!(
        split
            .risks
            .iter()
            .any(|r| r.contains("6.2 LTS") && r.contains("0.x")),
        "{:?}",
        split.risks
    );
}

/// The step every FastAPI project takes gives way to the project's own:
/// a model behind an API keeps its readiness and load-shedding step, and
/// traffic its sizing step.
#[test]
fn the_projects_own_steps_come_first() {
    let model = plan_of("ml!,cpu!,api");
    assert!(
        model.steps.iter().any(|s| s.contains("readiness")),
        "{:?}",
        model.steps
    );
    let scoring = plan_of("ml!,api,io,docs");
    assert!(
        scoring
            .steps
            .iter()
            .any(|s| s.contains("Size it for the traffic")),
        "{:?}",
        scoring.steps
    );
    // With room left, the general step still comes.
    let api = plan_of("api!,docs");
    assert!(
        api.steps.iter().any(|s| s.contains("APIRouter")),
        "{:?}",
        api.steps
    );
}
