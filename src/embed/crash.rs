//! What happens if the widget ever panics: the details go to the console,
//! every widget root on the page shows a short "reload" message instead of a
//! blank box (an element also shows its fallback content again and fires
//! `advisor-error` with `reason: "crashed"`). All widgets share one wasm
//! instance, which cannot be trusted after a panic, so all of them show it;
//! the host page is never touched beyond the widgets' own roots.

use std::cell::RefCell;
use web_sys::{Element, HtmlElement};

/// The message a crashed widget shows. Its one home is `crash-message.txt`
/// beside this file, which the article page's build (a Trunk hook) and the
/// page tests read too; the loader gets it from here through the vocabulary
/// tool.
pub const CRASH_MESSAGE: &str = include_str!("crash-message.txt").trim_ascii_end();

thread_local! {
    /// Every mounted widget's root, with its `<framework-advisor>` host if it has one.
    static ROOTS: RefCell<Vec<(Element, Option<HtmlElement>)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget root and its element, if any (and installs the panic
/// hook on first use where panics run one: debug builds and the article
/// page; the embed's release build traps at once, and its loader reacts).
pub(crate) fn register_root(root: &Element, host: Option<&HtmlElement>) {
    #[cfg(panic = "abort")]
    {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| {
            yew::set_custom_panic_hook(Box::new(|info| {
                console_error_panic_hook::hook(info);
                show_crash_message();
            }));
        });
    }
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.push((root.clone(), host.cloned()));
        }
    });
}

/// Forgets a widget root that was unmounted.
pub(crate) fn unregister_root(root: &Element) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.retain(|(r, _)| r != root);
        }
    });
}

/// Replaces every registered root's content with [`CRASH_MESSAGE`]. Built
/// with plain DOM calls, since the app's own rendering may be what failed.
#[cfg(panic = "abort")]
fn show_crash_message() {
    use super::{dispatch, set};
    use js_sys::Object;

    let document = gloo::utils::document();
    ROOTS.with(|roots| {
        let Ok(roots) = roots.try_borrow() else {
            return;
        };
        for (root, host) in roots.iter() {
            let Ok(message) = document.create_element("p") else {
                continue;
            };
            message.set_class_name("fa-crashed");
            // Errors here would only mean a detached root: nothing to show.
            let _ = message.set_attribute("role", "alert");
            message.set_text_content(Some(CRASH_MESSAGE));
            root.set_text_content(None);
            let _ = root.append_child(&message);
            if let Some(host) = host {
                // Inside the element's shadow root: its own children show again.
                if let Ok(slot) = document.create_element("slot") {
                    let _ = root.append_child(&slot);
                }
                let detail = Object::new();
                set(&detail, "reason", "crashed");
                set(&detail, "message", CRASH_MESSAGE);
                dispatch(host, "advisor-error", &detail);
            }
        }
    });
}
