//! An optional call-to-action link under the verdict (set by the embedding page).

use yew::prelude::*;

/// A link the host page wants under the verdict. The edge accepts only
/// http(s) or relative links; the label is always rendered as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallToAction {
    /// Where the link goes.
    pub href: AttrValue,
    /// What the link says.
    pub label: AttrValue,
}

/// Properties of [`CallToActionLink`].
#[derive(Properties, PartialEq)]
pub struct CallToActionLinkProps {
    /// The link to show.
    pub cta: CallToAction,
    /// Called when the reader follows it.
    pub on_click: Callback<()>,
}

/// The call-to-action link, styled as a button.
#[component]
pub fn CallToActionLink(props: &CallToActionLinkProps) -> Html {
    let on_click = props.on_click.reform(|_: MouseEvent| ());
    html! {
        <a class="fa-cta" part="cta" href={props.cta.href.clone()} onclick={on_click}>
            { props.cta.label.clone() }
        </a>
    }
}
