//! From a verdict to a plan of one screen: the starter stack in a few lines
//! with its install line, three to five first steps, two or three risks and
//! one or two revisit triggers. Every text is data from the knowledge base;
//! this module only picks and orders them for one project.

use crate::{
    knowledge::{
        Evidence, Framework, Members as _, PackageSet, Place, PlanText, Requirement, Side, Stack,
        Step, FRAMEWORKS, GROUPS, REQUIREMENTS, REQUIREMENT_COUNT, STEPS, UNDECIDED,
    },
    scoring::{Evaluation, RequirementSet, Undecided, Verdict},
};
use advisor_knowledge::Facts;

/// Risks a plan names: the project's own first, the framework's (its release
/// line) filling in while there are fewer.
const SPECIFIC_RISKS: usize = 2;

/// Most project-specific revisit lines; the framework's own stands in only
/// while there are none.
const SPECIFIC_REVISITS: usize = 2;

/// Most Django steps a split's web application takes before the service's.
const WEB_STEPS_OF_A_SPLIT: usize = 2;

/// Most middle steps between the first and the last.
const MIDDLE_STEPS: usize = 3;

/// A step that gives way (a general one) fills in only while there are
/// fewer middle steps than this.
const FEWEST_MIDDLE_STEPS: usize = 2;

/// What kind of plan it is, so the reader is told which list is which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanKind {
    /// One framework, Django or FastAPI.
    Single(Stack),
    /// A Django web application (`stack`) plus a FastAPI service (`service`).
    Split,
    /// Both would serve: the Django route (`stack`) and the FastAPI route
    /// (`service`), to choose between.
    Alternatives,
    /// Too little to go on: what to settle first.
    Open,
}

/// The plan for one project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// What kind of plan it is.
    pub kind: PlanKind,
    /// The stack, one line per piece it adds (for a split: the Django web
    /// app; for alternatives: the Django route).
    pub stack: Vec<&'static str>,
    /// What that framework ships of what the project needs, listed on one
    /// line ("the staff admin", "the ORM and migrations").
    pub built_in: Vec<&'static str>,
    /// What the install line of `stack` installs.
    pub installs: PackageSet,
    /// For a split: the FastAPI service; for alternatives: the FastAPI route.
    pub service: Vec<&'static str>,
    /// What FastAPI ships of what the service needs.
    pub service_built_in: Vec<&'static str>,
    /// What the install line of `service` installs.
    pub service_installs: PackageSet,
    /// Three to five first steps.
    pub steps: Vec<&'static str>,
    /// Two or three risks of this path for this project.
    pub risks: Vec<&'static str>,
    /// One or two triggers to reopen the decision (clauses, read after
    /// "Revisit when").
    pub revisit: Vec<&'static str>,
}

impl Plan {
    /// Every package the plan installs, the main stack's first, what an
    /// extra brings included (for the embed's events and the stack's
    /// summary line: FastAPI's reads "fastapi · uvicorn · httpx").
    pub fn packages(&self) -> Vec<&'static crate::knowledge::Package> {
        let with_brought = |set: PackageSet| {
            set.iter()
                .fold(set, |all, package| all.union(package.brings))
        };
        let mut packages: Vec<&'static crate::knowledge::Package> =
            with_brought(self.installs).iter().collect();
        for package in with_brought(self.service_installs).iter() {
            if !packages.iter().any(|p| core::ptr::eq(*p, package)) {
                packages.push(package);
            }
        }
        packages
    }
}

/// Lines of a plan and the packages they install.
#[derive(Default)]
struct Lines {
    text: Vec<&'static str>,
    /// Stacks only: what the framework ships, listed together.
    built_in: Vec<&'static str>,
    installs: PackageSet,
    /// Steps only: what the steps install in a split's service.
    service_installs: PackageSet,
}

impl Lines {
    fn push(&mut self, line: PlanText) {
        if line.built_in {
            self.built_in.push(line.text);
        } else {
            self.text.push(line.text);
        }
        self.installs = self.installs.union(line.installs);
    }
}

/// Every requirement, as a set.
const EVERY: RequirementSet = RequirementSet::from_bits(u32::MAX);

/// The base of a stack.
fn framework(stack: Stack) -> &'static Framework {
    &FRAMEWORKS[stack as usize]
}

/// A stack on one framework (`side`) for the deciding
/// requirements in `include`: the framework's line, one line per requirement
/// that has one (its context's line when that applies), the server.
/// Nice-to-haves are for later: the plan names them, the stack does not.
fn stack_on(evaluation: &Evaluation, side: Side, include: RequirementSet) -> Lines {
    let framework = framework(side.into());
    let mut lines = Lines::default();
    lines.push(framework.stack);
    let mut asgi = false;
    for c in evaluation.contributions() {
        if !(c.decides() && include.contains(c.requirement)) {
            continue;
        }
        let req = &REQUIREMENTS[c.requirement];
        let context = req.context.as_ref().filter(|_| c.in_context);
        if let Some(line) = context.and_then(|x| x.on[side]).or(req.on[side]) {
            // A line whose packages are already in (API docs from the API's
            // Django Ninja) says nothing new.
            let adds = line.installs.bits() & !lines.installs.bits() != 0;
            if line.installs.is_empty() || adds {
                lines.push(line);
            }
        }
        asgi |= req.asgi;
    }
    // The server is installed here and named by the last step.
    let server = match framework.server_async {
        Some(server) if asgi => server,
        _ => framework.server,
    };
    lines.installs = lines.installs.union(server.installs);
    lines
}

/// First step, the middle steps whose requirements are chosen (within
/// `include`), last step. A step every project of the stack takes (`any`)
/// always comes; when more than three middle steps apply, the others for
/// the strongest needs are kept. All keep the knowledge base's order.
fn steps_for(stack: Stack, evaluation: &Evaluation, include: RequirementSet) -> Lines {
    // The rank of each deciding requirement, strongest first.
    let mut rank = [usize::MAX; REQUIREMENT_COUNT];
    let mut in_context = RequirementSet::default();
    let mut decided = RequirementSet::default();
    for (n, c) in evaluation.contributions().iter().enumerate() {
        if c.decides() {
            decided.insert(c.requirement);
            if include.contains(c.requirement) {
                rank[c.requirement] = n;
                if c.in_context {
                    in_context.insert(c.requirement);
                }
            }
        }
    }
    // The requirements ranked in `rank`.
    let ranked = |rank: &[usize; REQUIREMENT_COUNT]| {
        let mut set = RequirementSet::default();
        for i in (0..REQUIREMENT_COUNT).filter(|i| rank[*i] != usize::MAX) {
            set.insert(i);
        }
        set
    };
    // The middle steps of `stack` for the requirements ranked in `rank`:
    // a step every project takes first, the others by rank; steps that give
    // way only fill in up to FEWEST_MIDDLE_STEPS.
    let middle = |stack: Stack, rank: &[usize; REQUIREMENT_COUNT], general_too: bool| {
        let mut keys = [usize::MAX; STEPS.len()];
        // What this side decides: a split's web application does not take
        // the service's needs into account.
        let own = ranked(rank);
        // A split's own steps see the whole project.
        let scope = if stack == Stack::Both { decided } else { own };
        let facts = Facts {
            candidates: own,
            in_context,
            scope,
        };
        for (n, step) in STEPS.iter().enumerate() {
            if step.stack == stack && step.place == Place::Middle {
                let best = (step.when.matches(facts).iter())
                    .map(|i| rank[i])
                    .min()
                    .unwrap_or(usize::MAX);
                let general = step.when.any.is_empty();
                if best != usize::MAX && (general_too || !general) {
                    // A general step leads, unless it gives way: then it
                    // comes after the other steps that give way.
                    let own = match (general, step.gives_way) {
                        (true, false) => 0,
                        (true, true) => REQUIREMENT_COUNT,
                        (false, _) => best + 1,
                    };
                    keys[n] = own
                        + if step.gives_way {
                            REQUIREMENT_COUNT + 1
                        } else {
                            0
                        };
                }
            }
        }
        let mut chosen: Vec<usize> = (0..STEPS.len())
            .filter(|n| keys[*n] != usize::MAX)
            .collect();
        crate::small_sort::sort_by_key(&mut chosen, |n| keys[*n]);
        let specific = chosen.iter().filter(|n| !STEPS[**n].gives_way).count();
        chosen.truncate(MIDDLE_STEPS.min(specific.max(FEWEST_MIDDLE_STEPS)));
        chosen
    };
    let mut chosen = middle(stack, &rank, true);
    // A split's web application takes the Django steps of its own needs
    // (accounts, tasks, content), before the service's.
    if stack == Stack::Both {
        let mut web_rank = [usize::MAX; REQUIREMENT_COUNT];
        for (n, c) in evaluation.contributions().iter().enumerate() {
            if c.decides() && !include.contains(c.requirement) {
                web_rank[c.requirement] = n;
            }
        }
        // Three middle steps in all: the service's first, then the web's.
        let mut web = middle(Stack::Django, &web_rank, false);
        web.truncate(WEB_STEPS_OF_A_SPLIT.min(MIDDLE_STEPS.saturating_sub(chosen.len())));
        web.extend(chosen);
        chosen = web;
    }
    // The last step: the first whose requirements are chosen, else the default.
    let own = Facts::deciding(ranked(&rank));
    let last = STEPS
        .iter()
        .position(|s| {
            s.stack == stack && s.place == Place::Last && !s.when.is_always() && s.when.holds(own)
        })
        .or_else(|| {
            STEPS
                .iter()
                .position(|s| s.stack == stack && s.place == Place::Last)
        });
    let mut lines = Lines::default();
    let mut push = |step: &Step| {
        if step.service {
            lines.text.push(step.text.text);
            lines.service_installs = lines.service_installs.union(step.text.installs);
        } else {
            lines.push(step.text);
        }
    };
    if let Some(first) = STEPS
        .iter()
        .find(|s| s.stack == stack && s.place == Place::First)
    {
        push(first);
    }
    // Middle steps in the order chosen (a split's web steps first), each in
    // the knowledge base's order within its stack.
    for stack_of in [Stack::Django, stack] {
        for (n, step) in STEPS.iter().enumerate() {
            if step.stack == stack_of && step.place == Place::Middle && chosen.contains(&n) {
                push(step);
            }
        }
        if stack == Stack::Django {
            break;
        }
    }
    if let Some(n) = last {
        push(&STEPS[n]);
    }
    lines
}

/// One kind of a requirement's own lines in a plan.
struct OwnLines {
    of: fn(&Requirement, Side) -> Option<&'static str>,
}

/// The project's own risks.
const RISKS: OwnLines = OwnLines {
    of: |req, on| req.risk_on[on],
};

/// The project's own revisit lines.
const REVISITS: OwnLines = OwnLines {
    of: |req, on| req.revisit_on[on],
};

/// Up to `most` of the project's own lines of `kind`, for the deciding
/// requirements, each on its side (the requirements in `service` on
/// FastAPI's, the others on `side`), must-haves first.
fn specific(
    evaluation: &Evaluation,
    (side, service): (Side, RequirementSet),
    kind: OwnLines,
    most: usize,
) -> Vec<&'static str> {
    let mut lines: Vec<&'static str> = Vec::new();
    let on = |i: usize| {
        if service.contains(i) {
            Side::FastApi
        } else {
            side
        }
    };
    // The team's experience of the other framework is no risk when it
    // also knows this one.
    let knows = |on: Side| {
        evaluation.contributions().iter().any(|c| {
            let req = &REQUIREMENTS[c.requirement];
            c.decides() && req.evidence == Evidence::Team && req.lean == Some(on)
        })
    };
    // Must-haves speak first; at each level, what the stack adds to its
    // framework (Channels on Django, an admin package on FastAPI) before
    // what the framework ships and has well-trodden answers for; then the
    // strongest needs.
    let mut by_weight: Vec<_> = evaluation.contributions().iter().collect();
    by_weight.sort_by_key(|c| {
        let ships = REQUIREMENTS[c.requirement].lean == Some(on(c.requirement));
        core::cmp::Reverse((c.importance, !ships, c.points))
    });
    for c in by_weight {
        let i = c.requirement;
        let req = &REQUIREMENTS[i];
        let learns = req.evidence == Evidence::Team && knows(on(i));
        if let Some(line) = (kind.of)(req, on(i)).filter(|_| c.decides() && !learns) {
            if lines.len() < most && !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    lines
}

/// The plan for an evaluated selection; `None` while nothing is chosen.
pub fn plan(evaluation: &Evaluation) -> Option<Plan> {
    let mut plan = Plan {
        kind: PlanKind::Open,
        stack: Vec::new(),
        built_in: Vec::new(),
        installs: PackageSet::default(),
        service: Vec::new(),
        service_built_in: Vec::new(),
        service_installs: PackageSet::default(),
        steps: Vec::new(),
        risks: Vec::new(),
        revisit: Vec::new(),
    };
    let set = |plan: &mut Plan, stack: Lines, service: Lines, steps: Lines| {
        plan.stack = stack.text;
        plan.built_in = stack.built_in;
        plan.installs = stack.installs.union(steps.installs);
        plan.service = service.text;
        plan.service_built_in = service.built_in;
        plan.service_installs = service.installs.union(steps.service_installs);
        plan.steps = steps.text;
    };
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => return None,
        Verdict::Both(split) if evaluation.is_firm() => {
            let parts = split.fastapi;
            let both = framework(Stack::Both);
            // The service takes the split parts and FastAPI's features (docs,
            // validation, the traffic); the web app the rest.
            let mut service_side = parts;
            for (i, req) in REQUIREMENTS.iter().enumerate() {
                if req.lean == Some(Side::FastApi)
                    && req.role.is_none()
                    && req.evidence == Evidence::Technical
                {
                    service_side.insert(i);
                }
            }
            let mut web = stack_on(
                evaluation,
                Side::Django,
                RequirementSet::from_bits(!service_side.bits()),
            );
            let mut service = stack_on(evaluation, Side::FastApi, service_side);
            // The web app makes the calls, the service checks them.
            web.push(both.server);
            service.push(both.stack);
            plan.kind = PlanKind::Split;
            set(
                &mut plan,
                web,
                service,
                steps_for(Stack::Both, evaluation, service_side),
            );
            // The split's own cost first, then its parts'; when to fold it
            // back last.
            let sides = (Side::Django, service_side);
            plan.risks = vec![both.risk];
            plan.risks
                .extend(specific(evaluation, sides, RISKS, SPECIFIC_RISKS - 1));
            plan.revisit = specific(evaluation, sides, REVISITS, SPECIFIC_REVISITS - 1);
            plan.revisit.push(both.revisit);
        }
        Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam) => {
            plan.kind = PlanKind::Alternatives;
            let steps = Lines {
                text: UNDECIDED.balanced_steps.to_vec(),
                ..Lines::default()
            };
            set(
                &mut plan,
                stack_on(evaluation, Side::Django, EVERY),
                stack_on(evaluation, Side::FastApi, EVERY),
                steps,
            );
            plan.risks = vec![UNDECIDED.balanced_risk];
            plan.revisit = vec![UNDECIDED.balanced_revisit];
        }
        Verdict::NoClearWinner(Undecided::OnlyWorkload) => {
            plan.stack = vec![UNDECIDED.workload_stack];
            plan.steps = UNDECIDED.workload_steps.to_vec();
            plan.risks = vec![UNDECIDED.workload_risk];
            plan.revisit = vec![UNDECIDED.workload_revisit];
        }
        Verdict::NoClearWinner(Undecided::TooLittle) => {
            plan.stack = vec![UNDECIDED.too_little_stack];
            plan.steps = UNDECIDED.too_little_steps.to_vec();
            plan.risks = vec![UNDECIDED.too_little_risk];
            plan.revisit = vec![UNDECIDED.too_little_revisit];
        }
        // One framework; also "Django now, a FastAPI service later", whose
        // revisit lines say when the part moves out.
        _ => {
            let side = evaluation.verdict.side().unwrap_or(Side::Django);
            let stack = Stack::from(side);
            plan.kind = PlanKind::Single(stack);
            set(
                &mut plan,
                stack_on(evaluation, side, EVERY),
                Lines::default(),
                steps_for(stack, evaluation, EVERY),
            );
            let framework = framework(stack);
            let sides = (side, RequirementSet::default());
            // The project's own risks, the framework's (its release line)
            // filling in; its general trigger only where nothing specific is.
            plan.risks = specific(evaluation, sides, RISKS, SPECIFIC_RISKS);
            if plan.risks.len() < SPECIFIC_RISKS {
                plan.risks.push(framework.risk);
            }
            plan.revisit = specific(evaluation, sides, REVISITS, SPECIFIC_REVISITS);
            if plan.revisit.is_empty() {
                plan.revisit.push(framework.revisit);
            }
        }
    }
    Some(plan)
}

/// The packages `side` would add for the deciding needs that pull towards
/// `towards`: what choosing it costs, for the options considered.
pub fn added_for(evaluation: &Evaluation, side: Side, towards: Side) -> PackageSet {
    let mut set = RequirementSet::default();
    for c in evaluation.contributions() {
        let req = &REQUIREMENTS[c.requirement];
        if c.decides() && req.lean == Some(towards) && !GROUPS[req.group].traits {
            set.insert(c.requirement);
        }
    }
    let lines = stack_on(evaluation, side, set);
    let framework = framework(side.into());
    let server = framework
        .server_async
        .map_or(PackageSet::default(), |line| line.installs);
    let base = framework
        .stack
        .installs
        .union(framework.server.installs)
        .union(server);
    PackageSet::from_bits(lines.installs.bits() & !base.bits())
}

/// The packages of `packages` an install line names: what another's extra
/// brings along (Uvicorn and httpx with FastAPI's) is not named twice.
fn named(packages: PackageSet) -> PackageSet {
    let brought = packages
        .iter()
        .fold(PackageSet::default(), |set, p| set.union(p.brings));
    PackageSet::from_bits(packages.bits() & !brought.bits())
}

/// The copyable install line for a set of packages, quoting what a shell
/// would otherwise read (`[`, `~`, `=`, `<`, `>`).
pub fn install_line(packages: PackageSet) -> String {
    let mut line = String::from("python -m pip install");
    for package in named(packages).iter() {
        line.push(' ');
        let special = package.install.contains(['[', '~', '=', '<', '>']);
        if special {
            line.push('"');
        }
        line.push_str(package.install);
        if special {
            line.push('"');
        }
    }
    line
}
