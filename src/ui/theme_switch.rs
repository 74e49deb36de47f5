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

/// Properties of [`ThemeSwitch`].
#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    /// The theme in use.
    pub theme: Theme,
    /// Called with the theme the reader picks.
    pub on_pick: Callback<Theme>,
}

/// A small radio group in the widget's header.
#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let options = Theme::ALL.into_iter().map(|theme| {
        let pick = props.on_pick.reform(move |_: Event| theme);
        html! {
            <label class="fa-theme__option">
                <input type="radio" name="fa-theme" checked={props.theme == theme} onchange={pick} />
                <span>{ theme.label() }</span>
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
