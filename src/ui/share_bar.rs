//! "Copy link" and "Copy summary", with visible confirmation or a manual
//! fallback when the browser refuses clipboard access.

use super::hooks::{use_clipboard, CopyStatus};
use super::AdvisorState;
use crate::engine::{summary_markdown, Selection};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The state to share.
    pub state: AdvisorState,
    /// Returns the link that restores a selection, built by the embedding
    /// edge from the page URL of the moment; `None` when the widget keeps no
    /// state in the URL ("Copy link" is then not offered).
    #[prop_or_default]
    pub permalink: Option<Callback<Selection, AttrValue>>,
}

/// Two copy buttons and a polite status line. The status is cleared when the
/// selection changes, so it never describes an older state.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let clipboard = use_clipboard();
    {
        let reset = clipboard.reset.clone();
        use_effect_with(props.state.selection, move |_| reset.emit(()));
    }
    // Links and the summary are made on click, from the page URL of that
    // moment: the host page may have changed its URL since the last render.
    let copy = |what: &'static str, text: Rc<dyn Fn() -> AttrValue>| {
        let copy = clipboard.copy.clone();
        Callback::from(move |_: MouseEvent| copy.emit((what, text())))
    };
    let selection = props.state.selection;
    let copy_link = props
        .permalink
        .clone()
        .map(|permalink| copy("Link", Rc::new(move || permalink.emit(selection))));
    let permalink = props.permalink.clone();
    let state = props.state;
    let copy_summary = copy(
        "Summary",
        Rc::new(move || {
            let link = permalink.as_ref().map(|p| p.emit(state.selection));
            summary_markdown(
                &state.selection,
                &state.evaluation,
                &state.suggestions,
                link.as_deref(),
            )
            .into()
        }),
    );
    let message = match &clipboard.status {
        CopyStatus::Idle => html! {},
        CopyStatus::Copied(what) => html! { <>{ *what }{ " copied to the clipboard." }</> },
        CopyStatus::Failed { what, .. } => html! {
            <>{ "Your browser blocked the clipboard. " }{ *what }
              { " is below: select it and copy it yourself." }</>
        },
    };
    html! {
        <div class="fa-share">
            <div class="fa-share__buttons">
                if let Some(copy_link) = copy_link {
                    <button type="button" class="fa-button" onclick={copy_link}>
                        { "Copy link" }
                    </button>
                }
                <button type="button" class="fa-button" onclick={copy_summary}>
                    { "Copy summary" }
                </button>
            </div>
            <p class="fa-share__status" role="status">{ message }</p>
            if let CopyStatus::Failed { what, text, .. } = &clipboard.status {
                <textarea class="fa-share__manual" readonly=true rows="6" aria-label={*what}
                    value={text.clone()} />
            }
        </div>
    }
}
