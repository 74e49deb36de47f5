//! An optional call-to-action link under the verdict (set by the embedding
//! page), which may differ by verdict.

use crate::engine::VerdictKind;
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

/// The host's calls to action: one per verdict, and one for any other.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallsToAction {
    /// Shown when no verdict-specific link applies.
    pub any: Option<CallToAction>,
    /// Shown when the verdict is (or leans towards) Django.
    pub django: Option<CallToAction>,
    /// Shown when the verdict is (or leans towards) FastAPI.
    pub fastapi: Option<CallToAction>,
    /// Shown when the verdict is "use both".
    pub both: Option<CallToAction>,
}

impl CallsToAction {
    /// The link to show under a verdict of this kind, if any.
    pub fn for_verdict(&self, kind: VerdictKind) -> Option<&CallToAction> {
        let specific = match kind {
            VerdictKind::Django => &self.django,
            VerdictKind::FastApi => &self.fastapi,
            VerdictKind::Both => &self.both,
            VerdictKind::NoClearWinner => &None,
        };
        specific.as_ref().or(self.any.as_ref())
    }
}

/// Properties of [`CallToActionLink`].
#[derive(Properties, PartialEq)]
pub struct CallToActionLinkProps {
    /// The link to show.
    pub cta: CallToAction,
    /// Called with the link when the reader follows it.
    pub on_click: Callback<CallToAction>,
}

/// The call-to-action link, styled as a button.
#[component]
pub fn CallToActionLink(props: &CallToActionLinkProps) -> Html {
    let cta = props.cta.clone();
    let on_click = props.on_click.reform(move |_: MouseEvent| cta.clone());
    html! {
        <a class="fa-cta" part="cta" href={props.cta.href.clone()} onclick={on_click}>
            { props.cta.label.clone() }
        </a>
    }
}
