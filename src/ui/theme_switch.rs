//! Light / dark / follow-the-system colour theme.

use yew::prelude::*;

/// The widget's colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the switch shows them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Its name in the `theme` attribute and the root's `data-theme`.
    pub const fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme named `id` (as [`Theme::id`] spells it), if any.
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.id() == id)
    }

    /// The label the reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Auto",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// Three radio buttons; `on_pick` is called with the theme the reader picks.
/// A plain view function: no state, no hooks.
pub fn theme_switch(theme: Theme, on_pick: &Callback<Theme>) -> Html {
    let options = Theme::ALL.into_iter().map(|option| {
        let pick = on_pick.reform(move |_: Event| option);
        html! {
            <label class="fa-theme__option">
                <input type="radio" name="fa-theme" checked={theme == option} onchange={pick} />
                <span>{ option.label() }</span>
            </label>
        }
    });
    html! {
        <fieldset class="fa-theme">
            <legend class="fa-visually-hidden">{ "Colour theme" }</legend>
            { for options }
        </fieldset>
    }
}
