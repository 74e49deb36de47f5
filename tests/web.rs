//! Component tests in real headless Chromium: mount, click, flush, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use framework_advisor::embed::{mount_standalone, STANDALONE_ROOT_ID};
use framework_advisor::engine::links::selection_from_link;
use framework_advisor::engine::{
    codec::decode,
    knowledge::{preset, requirement_index, REQUIREMENTS},
    links::{decode_fragment, encode_fragment},
    Importance, Selection,
};
use framework_advisor::ui::{AdvisorState, App, AppProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted widget that is removed from the page when dropped.
struct Mounted {
    root: Element,
    changes: Rc<RefCell<Vec<Selection>>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The selection a `#advisor=…` fragment carries.
fn selection_from_fragment(fragment: &str) -> Selection {
    selection_from_link(decode_fragment(fragment)).0
}

/// Lets pending promises (the clipboard's) settle, then renders.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

/// Lets the browser run the tasks it queued (a `toggle` event is one), then
/// renders.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

async fn mount(initial: &str) -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let changes = Rc::new(RefCell::new(Vec::new()));
    let log = changes.clone();
    let props = yew::props!(AppProps {
        initial: decode(initial).selection,
        permalink: Some(Callback::from(|s: Selection| {
            format!("https://blog.example/post#{}", encode_fragment(&s)).into()
        })),
        on_change: Callback::from(move |s: AdvisorState| log.borrow_mut().push(s.selection)),
    });
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root, changes }
}

impl Mounted {
    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    /// The answer as `verdict/grade` (`django/firm`), read from the
    /// result's state, not its words.
    fn answer(&self) -> String {
        let result = self.find(".fa-result");
        let attribute = |name| result.get_attribute(name).unwrap_or_default();
        format!("{}/{}", attribute("data-verdict"), attribute("data-grade"))
    }

    async fn click(&self, selector: &str) {
        self.find(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    fn switch(&self, id: &str) -> HtmlInputElement {
        self.find(&format!("[data-requirement={id}] input[role=switch]"))
            .dyn_into()
            .unwrap()
    }

    /// The on/off state of every switch, in knowledge-base order.
    fn switches(&self) -> Vec<bool> {
        REQUIREMENTS
            .iter()
            .map(|r| self.switch(r.id).checked())
            .collect()
    }

    async fn set_importance(&self, id: &str, label: &str) {
        let option = self
            .all(&format!("[data-requirement={id}] .fa-importance__option"))
            .into_iter()
            .find(|o| o.text_content().unwrap_or_default() == label)
            .unwrap_or_else(|| panic!("requirement {id} has no importance option {label:?}"));
        option
            .query_selector("input")
            .unwrap()
            .unwrap()
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn toggling_a_requirement_changes_the_verdict() {
    let app = mount("").await;
    assert_eq!(app.answer(), "none/empty");
    let status = app.find("[role=status]");
    assert_eq!(status.class_name(), "fa-verdict");

    app.click("[data-requirement=admin] input[role=switch]")
        .await;
    // One important requirement is a lean, not yet a firm answer.
    assert_eq!(app.answer(), "django/lean");
    assert!(app.switch("admin").checked());
    // Switching on shows the importance control, set to "important".
    let checked: Vec<String> = app
        .all("[data-requirement=admin] .fa-importance__option")
        .iter()
        .filter(|o| {
            o.query_selector("input")
                .unwrap()
                .unwrap()
                .dyn_into::<HtmlInputElement>()
                .unwrap()
                .checked()
        })
        .map(|o| o.text_content().unwrap())
        .collect();
    assert_eq!(checked, ["important"]);
    // The reason speaks for Django.
    assert_eq!(app.all(".fa-reason[data-lean=django]").len(), 1);
    // A hyphenated word is kept on one line, and the text stays the plain
    // label (what assistive technology and voice control get).
    let label = app.find("[data-requirement=pages] .fa-req__label");
    assert_eq!(label.text_content().unwrap(), REQUIREMENTS[0].label);
    assert_eq!(
        label
            .query_selector(".fa-word")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Server-rendered"
    );

    app.click("[data-requirement=admin] input[role=switch]")
        .await;
    assert_eq!(app.answer(), "none/empty");
    assert!(app
        .all("[data-requirement=admin] .fa-importance")
        .is_empty());
}

#[wasm_bindgen_test]
async fn importance_changes_move_the_answer_and_its_bar() {
    let app = mount("orm,types?").await;
    let bar = app.find(".fa-answer-bar");
    let bar_answer = || {
        format!(
            "{}/{}",
            bar.get_attribute("data-verdict").unwrap(),
            bar.get_attribute("data-grade").unwrap()
        )
    };
    // The nice-to-have does not decide: migrations alone lean to Django.
    assert_eq!(app.answer(), "django/lean");
    assert_eq!(bar_answer(), app.answer());

    app.set_importance("types", "important").await;
    // One slight need on each side: two workable options, and the bar says
    // the same as the result.
    assert_eq!(app.answer(), "none/balanced");
    assert_eq!(bar_answer(), app.answer());
}

#[wasm_bindgen_test]
async fn a_requirements_description_opens_behind_its_button() {
    let app = mount("").await;
    // Closed at first: the form is one line per requirement.
    assert!(app.all(".fa-req__why").is_empty());
    let about = app
        .find("[data-requirement=admin] .fa-req__about")
        .dyn_into::<HtmlElement>()
        .unwrap();
    assert_eq!(
        about.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(app
        .switch("admin")
        .get_attribute("aria-describedby")
        .is_none());
    about.click();
    yew::scheduler::flush().await;
    // Open: the button says so, points at the text, and the switch is
    // described by it.
    let why = app.find("[data-requirement=admin] .fa-req__why");
    assert_eq!(
        about.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(about.get_attribute("aria-controls"), Some(why.id()));
    assert_eq!(
        app.switch("admin").get_attribute("aria-describedby"),
        Some(why.id())
    );
    assert_eq!(app.all(".fa-req__why").len(), 1);
    // Opening it does not switch the requirement on.
    assert_eq!(app.answer(), "none/empty");
    about.click();
    yew::scheduler::flush().await;
    assert!(app.all(".fa-req__why").is_empty());
}

#[wasm_bindgen_test]
async fn applying_a_suggestion_flips_the_verdict() {
    let app = mount("admin!,ml").await;
    assert_eq!(app.answer(), "django/lean");
    let first = app.find(".fa-suggestion");
    let attribute = |name| first.get_attribute(name).unwrap_or_default();
    let promised = format!("{}/{}", attribute("data-verdict"), attribute("data-grade"));
    assert_eq!(
        promised, "both/lean",
        "making the model a must-have splits it, as a lean: the web app rests on one need"
    );
    first.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    // The answer is the one the suggestion promised.
    assert_eq!(app.answer(), promised);
}

#[wasm_bindgen_test]
async fn a_preset_sets_exactly_its_requirements_and_reset_clears() {
    let app = mount("types!,cpu").await;
    let hr = preset("hr-saas").unwrap();
    let button = app
        .all(".fa-preset")
        .into_iter()
        .find(|b| b.text_content().unwrap().starts_with(hr.title))
        .expect("HR preset button");
    button.clone().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;

    let expected: Vec<bool> = (0..REQUIREMENTS.len())
        .map(|i| hr.selection.get(i) != Importance::Off)
        .collect();
    assert_eq!(app.switches(), expected);
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(app.answer(), "django/firm");
    assert_eq!(*app.changes.borrow().last().unwrap(), hr.selection);

    let reset = app
        .all(".fa-presets button")
        .into_iter()
        .find(|b| b.text_content().unwrap() == "Reset")
        .unwrap();
    reset.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(app.switches().iter().all(|on| !on));
    assert_eq!(app.answer(), "none/empty");
    assert_eq!(*app.changes.borrow().last().unwrap(), Selection::EMPTY);
}

#[wasm_bindgen_test]
async fn state_round_trips_through_the_url_fragment() {
    let app = mount("").await;
    app.click("[data-requirement=pages] input[role=switch]")
        .await;
    app.click("[data-requirement=ml] input[role=switch]").await;
    app.set_importance("ml", "must-have").await;
    app.set_importance("pages", "nice-to-have").await;
    let state = *app.changes.borrow().last().unwrap();
    let fragment = format!("#{}", encode_fragment(&state));
    assert_eq!(fragment, "#advisor=v1:pages?,ml!");
    assert_eq!(selection_from_fragment(&fragment), state);
}

#[wasm_bindgen_test]
async fn the_standalone_page_restores_and_updates_its_permalink() {
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some("#advisor=v1:admin!,orm,unknown-id"),
        )
        .unwrap();
    let root = document().create_element("div").unwrap();
    root.set_id(STANDALONE_ROOT_ID);
    document().body().unwrap().append_child(&root).unwrap();
    mount_standalone();
    yew::scheduler::flush().await;
    let app = Mounted {
        root,
        changes: Rc::default(),
    };

    assert!(app.switch("admin").checked() && app.switch("orm").checked());
    assert_eq!(app.answer(), "django/firm");
    // The unknown id is dropped from the canonical link.
    assert_eq!(window.location().hash().unwrap(), "#advisor=v1:admin!,orm");

    app.click("[data-requirement=ml] input[role=switch]").await;
    assert_eq!(
        window.location().hash().unwrap(),
        "#advisor=v1:admin!,ml,orm"
    );
    let id = requirement_index("ml").unwrap();
    assert_eq!(
        selection_from_fragment(&window.location().hash().unwrap()).get(id),
        Importance::Important
    );
}

#[wasm_bindgen_test]
async fn copy_link_uses_the_edges_link_and_its_status_never_goes_stale() {
    let app = mount("admin!").await;
    let copy_link = app
        .all(".fa-share button")
        .into_iter()
        .find(|b| b.text_content().unwrap() == "Copy link")
        .expect("a Copy link button");
    copy_link.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    // Headless Chromium may grant or refuse the clipboard; either way the
    // reader is told, and a refusal shows the exact link to copy by hand.
    let status = app.text(".fa-share__status");
    assert!(
        status == "Link copied to the clipboard." || status.starts_with("Your browser blocked"),
        "{status:?}"
    );
    if let Some(manual) = app.root.query_selector(".fa-share__manual").unwrap() {
        let value = js_sys::Reflect::get(&manual, &JsValue::from_str("value")).unwrap();
        assert_eq!(
            value.as_string().unwrap(),
            "https://blog.example/post#advisor=v1:admin!"
        );
    }
    // A new selection makes the old outcome meaningless: it is cleared.
    app.click("[data-requirement=orm] input[role=switch]").await;
    assert_eq!(app.text(".fa-share__status"), "");
    assert!(app.all(".fa-share__manual").is_empty());
}

#[wasm_bindgen_test]
async fn the_plan_follows_the_verdict_with_its_first_steps_open() {
    let app = mount("pages!,admin!,auth,ml!,separate").await;
    assert_eq!(app.answer(), "both/firm");
    let parts = app.all(".fa-plan details");
    let names: Vec<String> = app
        .all(".fa-plan summary .fa-plan__name")
        .iter()
        .map(|n| n.text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Starter stack", "First steps", "Risks and when to revisit"]
    );
    // Only the first steps are open at first (where to start), and a closed
    // part is empty (a click has less to update); the stack's summary still
    // names the packages.
    let open: Vec<bool> = parts.iter().map(|d| d.has_attribute("open")).collect();
    assert_eq!(open, [false, true, false]);
    assert!(!app.all(".fa-plan details:nth-of-type(2) li").is_empty());
    assert!(app.all(".fa-plan details:first-of-type li").is_empty());
    assert!(app.all(".fa-plan details:nth-of-type(3) li").is_empty());
    let hint = app.text(".fa-plan__hint");
    assert!(
        hint.starts_with("Django · psycopg") && hint.contains("fastapi"),
        "{hint}"
    );
    app.click(".fa-plan details:first-of-type summary").await;
    next_task().await;
    assert!(parts[0].has_attribute("open"));
    let stack = app.text(".fa-plan details:first-of-type");
    assert!(stack.contains("Django web application") && stack.contains("FastAPI service"));
    assert!(
        stack.contains("python -m pip install \"Django~=6.1.0\""),
        "{stack}"
    );
    // Backticks become code.
    assert!(!app.all(".fa-plan code").is_empty());
    assert!(!app.text(".fa-plan").contains('`'));

    // A single framework: no contract, and the stack follows the choices;
    // the open part stays open across the change.
    app.click("[data-requirement=ml] input[role=switch]").await;
    assert_eq!(app.answer(), "django/firm");
    assert_eq!(app.all(".fa-plan details").len(), 3);
    assert!(app.find(".fa-plan details").has_attribute("open"));
    assert!(app.text(".fa-plan__hint").starts_with("Django"));
    assert!(!app.text(".fa-plan").contains("fastapi"));
    // Closing it empties it again.
    app.click(".fa-plan details:first-of-type summary").await;
    next_task().await;
    assert!(app.all(".fa-plan details:first-of-type li").is_empty());
}
