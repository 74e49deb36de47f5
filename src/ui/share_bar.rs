//! "Copy link" and "Copy summary", with visible confirmation or a manual
//! fallback when the browser refuses clipboard access.

use super::hooks::{CopyStatus, UseClipboard};
use super::AdvisorState;
use crate::engine::Selection;
use std::rc::Rc;
use yew::prelude::*;

/// Two copy buttons and a polite status line for `state`. `permalink`
/// returns the link that restores a selection, built by the embedding edge
/// from the page URL of the moment (`None`: the widget keeps no state in the
/// URL, and "Copy link" is not offered); `clipboard` is the app's
/// [`use_clipboard`](super::hooks::use_clipboard), whose status the app
/// clears when the selection changes. A plain view function: no state, no
/// hooks.
pub fn share_bar(
    state: &AdvisorState,
    permalink: Option<&Callback<Selection, AttrValue>>,
    clipboard: &UseClipboard,
) -> Html {
    // Links and the summary are made on click, from the page URL of that
    // moment: the host page may have changed its URL since the last render.
    let copy = |what: &'static str, text: Rc<dyn Fn() -> AttrValue>| {
        let copy = clipboard.copy.clone();
        Callback::from(move |_: MouseEvent| copy.emit((what, text())))
    };
    let selection = state.selection;
    let copy_link = permalink
        .cloned()
        .map(|permalink| copy("Link", Rc::new(move || permalink.emit(selection))));
    let permalink = permalink.cloned();
    let copied = state.clone();
    let copy_summary = copy(
        "Summary",
        Rc::new(move || {
            let link = permalink.as_ref().map(|p| p.emit(selection));
            // The day it is copied: a decision record is dated.
            let today = String::from(js_sys::Date::new_0().to_iso_string());
            let date = today.get(..10);
            copied.summary_markdown(date, link.as_deref()).into()
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
