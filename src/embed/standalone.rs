//! The standalone article page: one widget in `#advisor`, its state in the URL
//! fragment (`#advisor=v1:…`).

use super::crash::register_root;
use super::{mark_interactive, page_url, selection_from_link, write_permalink};
use crate::engine::{decode_fragment, Selection};
use crate::ui::{AdvisorState, App, AppProps, Permalinks, Theme};
use yew::Callback;

/// Id of the element the standalone page mounts into.
pub const STANDALONE_ROOT_ID: &str = "advisor";

/// Reads the selection a permalink fragment carries, warning once about
/// anything ignored.
pub fn selection_from_fragment(fragment: &str) -> Selection {
    selection_from_link(decode_fragment(fragment))
}

/// Mounts the widget into `#advisor` on the standalone page, with the state of
/// the URL fragment, and keeps the fragment in step with the reader's choices.
pub fn mount_standalone() {
    let window = web_sys::window().expect("the standalone page runs in a window");
    let document = window.document().expect("a window has a document");
    let root = document
        .get_element_by_id(STANDALONE_ROOT_ID)
        .expect("index.html has an element with id=\"advisor\"");
    let permalinks = Permalinks::Fragment {
        page_url: page_url(&window).into(),
    };
    let target = permalinks.clone();
    let props = AppProps {
        initial: selection_from_fragment(&window.location().hash().unwrap_or_default()),
        theme: Theme::Auto,
        permalinks,
        cta: None,
        compact: false,
        on_change: Callback::from(move |state: AdvisorState| {
            write_permalink(&target, &state.selection);
        }),
        on_cta: Callback::noop(),
    };
    register_root(&root);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    mark_interactive();
}
