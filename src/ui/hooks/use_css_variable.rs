//! Sets a CSS custom property on an element through the CSSOM.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Keeps the custom property `name` (e.g. `--fa-lean`) of the element behind
/// `node` at `value`, updating it whenever `value` changes. Going through the
/// CSSOM rather than a `style` attribute means a strict `style-src` policy
/// does not block it.
#[hook]
pub fn use_css_variable(node: &NodeRef, name: &'static str, value: String) {
    let node = node.clone();
    use_effect_with(value, move |value| {
        if let Some(element) = node.cast::<HtmlElement>() {
            // Setting a custom property cannot fail on a live element.
            let _ = element.style().set_property(name, value);
        }
    });
}
