//! From the verdict to a plan, after the form: for a split what runs where,
//! then the starter stack with its install line, the first steps (open to
//! start with), the risks and when to revisit, as disclosures.

use super::{keep_hyphens, split_plan};
use crate::engine::plan::PlanKind;
use crate::engine::words::Advice;
use yew::prelude::*;

/// The longest inline code kept on one line where the plan is wider than
/// a phone.
const SHORT_CODE: usize = 36;

/// A text with `code` spans in backticks.
fn with_code(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .map(|(n, piece)| {
            let piece = piece.to_string();
            if n % 2 == 1 {
                // A short command never breaks inside (`config .` split
                // from its dot reads as a typo); a long one may.
                if piece.len() <= SHORT_CODE {
                    html! { <code class="fa-code--whole">{ piece }</code> }
                } else {
                    html! { <code>{ piece }</code> }
                }
            } else {
                html! { { keep_hyphens(&piece) } }
            }
        })
        .collect()
}

/// A list of the plan's lines, numbered or not, under an optional title.
fn list(title: Option<&'static str>, items: &[&'static str], ordered: bool) -> Html {
    let items: Html = items
        .iter()
        .map(|item| html! { <li>{ with_code(item) }</li> })
        .collect();
    html! {
        <>
            if let Some(title) = title {
                <p class="fa-plan__title">{ title }</p>
            }
            if ordered {
                <ol class="fa-plan__list">{ items }</ol>
            } else {
                <ul class="fa-plan__list">{ items }</ul>
            }
        </>
    }
}

/// What the framework ships of what the project needs, on one line.
fn built_in(items: &[&'static str]) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! { <p class="fa-plan__built-in">{ "Built in: " }{ items.join(", ") }</p> }
}

/// The copyable install line of one list of the stack (none when empty).
fn install(line: &str) -> Html {
    if line.is_empty() {
        return Html::default();
    }
    html! { <p class="fa-plan__install"><code>{ line.to_string() }</code></p> }
}

/// Which of the plan's disclosures are open (bit `i` is disclosure `i`),
/// kept by the app so a re-render, or a re-attached element, keeps them.
pub type Disclosures = u8;

/// The disclosures open before the reader opens or closes any: the first
/// steps, which say where to start.
pub const FIRST_STEPS_OPEN: Disclosures = 1 << 1;

/// What the plan section shows and reports.
pub struct PlanSection<'a> {
    /// The advice whose plan to show.
    pub advice: &'a Advice,
    /// The section's element, for the answer card's link to scroll to.
    pub section: &'a NodeRef,
    /// Which parts of the plan are open.
    pub open: Disclosures,
    /// Called with a part's index and its new state when the reader opens
    /// or closes it.
    pub on_disclose: &'a Callback<(u8, bool)>,
}

/// One of the plan's disclosures.
struct Part {
    /// Its bit in [`Disclosures`].
    index: u8,
    /// Its name on the summary line.
    name: &'static str,
    /// What it holds, in a few words (empty: none).
    hint: String,
}

/// A disclosure with its body, rendered only while it is open (so a closed
/// plan costs a click nothing to update); `on_toggle` gets its index and new
/// state.
fn part(
    Part { index, name, hint }: Part,
    (open, on_toggle): (Disclosures, &Callback<(u8, bool)>),
    body: impl FnOnce() -> Html,
) -> Html {
    let is_open = open & (1 << index) != 0;
    let on_toggle = on_toggle.reform(move |event: Event| {
        let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
        (index, details.open())
    });
    html! {
        <details class="fa-plan__part" open={is_open} ontoggle={on_toggle}>
            <summary>
                <span class="fa-plan__name">{ name }</span>
                if !hint.is_empty() {
                    <span class="fa-plan__hint">{ keep_hyphens(&hint) }</span>
                }
            </summary>
            if is_open {
                { body() }
            }
        </details>
    }
}

/// The plan as a section of its own, or nothing while there is no plan. A
/// plain view function: no state, no hooks.
pub fn plan_view(panel: PlanSection) -> Html {
    let PlanSection {
        advice,
        section,
        open,
        on_disclose,
    } = panel;
    let Some(plan) = advice.plan.as_ref() else {
        return Html::default();
    };
    let [stack_install, service_install] = &advice.install_lines;
    let (first, second) = match plan.kind {
        PlanKind::Split => (Some("Django web application"), Some("FastAPI service")),
        PlanKind::Alternatives => (Some("On Django"), Some("On FastAPI")),
        PlanKind::Single(_) | PlanKind::Open => (None, None),
    };
    let names: Vec<&str> = plan.packages().into_iter().map(|p| p.name).collect();
    let stack = || {
        html! {
            <>
                { list(first, &plan.stack, false) }
                { built_in(&plan.built_in) }
                { install(stack_install) }
                if !plan.service.is_empty() {
                    { list(second, &plan.service, false) }
                    { built_in(&plan.service_built_in) }
                    { install(service_install) }
                }
            </>
        }
    };
    let risks = || {
        html! {
            <>
                { list(None, &plan.risks, false) }
                { list(Some("Revisit when"), &plan.revisit, false) }
            </>
        }
    };
    let steps = || list(None, &plan.steps, true);
    let state = (open, on_disclose);
    html! {
        <section
            class="fa-plan"
            part="plan"
            aria-labelledby="fa-plan-title"
            tabindex="-1"
            ref={section.clone()}
        >
            <h2 class="fa-plan__heading" id="fa-plan-title">{ "Your plan" }</h2>
            if let Some(split) = &advice.split {
                { split_plan(split, advice.evaluation.is_firm()) }
            }
            { part(Part { index: 0, name: "Starter stack", hint: names.join(" · ") }, state, stack) }
            { part(Part { index: 1, name: "First steps", hint: String::new() }, state, steps) }
            { part(Part { index: 2, name: "Risks and when to revisit", hint: String::new() }, state, risks) }
        </section>
    }
}
