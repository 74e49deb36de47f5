//! A real panic (debug builds only: the `data-debug-panic` attribute) shows
//! the reload message in every widget and leaves the host page alone. Its own
//! test binary, because a panicked wasm instance serves nothing afterwards.
#![cfg(target_arch = "wasm32")]

use framework_advisor::embed::{mount_element, CRASH_MESSAGE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "export function call_like_an_event(f) { f(); }")]
extern "C" {
    /// Calls `f` from JavaScript, as an event listener would, and returns
    /// what it threw.
    #[wasm_bindgen(catch)]
    fn call_like_an_event(f: &js_sys::Function) -> Result<(), JsValue>;
}

fn element(tag: &str, parent: &Element) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let child = document.create_element(tag).unwrap();
    parent.append_child(&child).unwrap();
    child
}

#[wasm_bindgen_test]
async fn a_panic_shows_the_reload_message_in_every_widget_and_spares_the_host() {
    let body: Element = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .into();
    let host_text = element("p", &body);
    host_text.set_text_content(Some("The host page's own paragraph."));
    let widgets: Vec<(HtmlElement, Element)> = (0..2)
        .map(|_| {
            let host: HtmlElement = element("div", &body).dyn_into().unwrap();
            let root = element("div", &host);
            (host, root)
        })
        .collect();
    let mut mounted: Vec<_> = widgets
        .iter()
        .map(|(host, root)| mount_element(root.clone(), host.clone(), None, None))
        .collect();
    yew::scheduler::flush().await;
    for (_, root) in &widgets {
        assert!(root
            .query_selector(".fa-verdict__headline")
            .unwrap()
            .is_some());
    }

    // Every element reports the crash with `advisor-error`.
    let reasons = Rc::new(RefCell::new(Vec::new()));
    let listener = {
        let reasons = reasons.clone();
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let reason = js_sys::Reflect::get(&event.detail(), &JsValue::from_str("reason"));
            reasons
                .borrow_mut()
                .push(reason.unwrap().as_string().unwrap());
        })
    };
    for (host, _) in &widgets {
        host.add_event_listener_with_callback("advisor-error", listener.as_ref().unchecked_ref())
            .unwrap();
    }

    widgets[0].0.set_attribute("data-debug-panic", "").unwrap();
    let first = Rc::new(RefCell::new(mounted.remove(0)));
    let refresh = Closure::<dyn Fn()>::new(move || first.borrow_mut().refresh());
    let thrown = call_like_an_event(refresh.as_ref().unchecked_ref());
    assert!(
        thrown.is_err(),
        "the panic reaches JavaScript as an exception"
    );

    for (_, root) in &widgets {
        let message = root.query_selector("[role=alert].fa-crashed").unwrap();
        assert_eq!(
            message.and_then(|m| m.text_content()).as_deref(),
            Some(CRASH_MESSAGE)
        );
        assert!(
            root.query_selector(".fa-app").unwrap().is_none(),
            "no half-dead widget"
        );
    }
    assert_eq!(
        host_text.text_content().as_deref(),
        Some("The host page's own paragraph.")
    );
    assert_eq!(*reasons.borrow(), ["crashed", "crashed"]);
}
