//! The standalone article page: one widget in `#advisor`, its state in the URL
//! fragment (`#advisor=v1:…`).

use super::crash::register_root;
use super::mark_interactive;
use super::url::{link_maker, selection_in_page_url, write_to_page_url};
use super::UrlSync;
use crate::ui::{AdvisorState, App, AppProps};
use yew::Callback;

/// Id of the element the standalone page mounts into.
pub const STANDALONE_ROOT_ID: &str = "advisor";

/// Mounts the widget into `#advisor` on the standalone page, with the state of
/// the URL fragment, and keeps the fragment in step with the reader's choices.
/// A link that carries a state opens at the widget (on a phone, at its
/// answer), not at the top of the article.
pub fn mount_standalone() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(STANDALONE_ROOT_ID)
        .expect("index.html has an element with id=\"advisor\"");
    let linked = selection_in_page_url(&UrlSync::Fragment);
    let props = yew::props!(AppProps {
        initial: linked.unwrap_or_default(),
        permalink: Some(link_maker(UrlSync::Fragment)),
        open_here: linked.is_some(),
        on_change: Callback::from(|state: AdvisorState| {
            write_to_page_url(&UrlSync::Fragment, &state.selection);
        }),
    });
    register_root(&root, None);
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    mark_interactive();
}
