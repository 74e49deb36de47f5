//! The copied decision record: the [`Advice`] as a short Markdown record a
//! team can file or paste: the answer and what it rests on, why, what would
//! change it, and the plan. It only formats; every text comes from the
//! advice, the same the screen shows.

use super::{text::fill, Advice};
use crate::plan::PlanKind;

/// A bulleted list under a heading; nothing when the list is empty.
fn section<'a>(md: &mut String, title: &str, lines: impl IntoIterator<Item = &'a str>) {
    let mut lines = lines.into_iter().peekable();
    if lines.peek().is_some() {
        md.push_str(&fill("\n## {}\n\n", &[title]));
        for line in lines {
            md.push_str(&fill("- {}\n", &[line]));
        }
    }
}

/// One stack of the plan: its lines, what the framework ships, and its
/// install line.
fn stack(md: &mut String, title: &str, lines: &[&str], built_in: &[&str], install: &str) {
    if lines.is_empty() {
        return;
    }
    md.push_str(&fill("\n{}: {}", &[title, &lines.join("; ")]));
    if !built_in.is_empty() {
        md.push_str(&fill(". Built in: {}", &[&built_in.join(", ")]));
    }
    md.push_str(".\n");
    if !install.is_empty() {
        md.push_str(&fill("\n`{}`\n", &[install]));
    }
}

/// The decision record for `advice`, in the project's words. `date` is the
/// day it was copied, `link` the permalink when there is one.
pub fn summary_markdown(advice: &Advice, date: Option<&str>, link: Option<&str>) -> String {
    let mut md = fill(
        "# {}\n\nWeb framework decision, proposed",
        &[advice.headline],
    );
    if let Some(date) = date {
        md.push_str(&fill(" on {}", &[date]));
    }
    md.push_str(".\n\n");
    if !advice.project.is_empty() {
        md.push_str(&fill("{}\n\n", &[&advice.project]));
    }
    md.push_str(&fill("{}\n", &[&advice.basis]));
    section(
        &mut md,
        "Why",
        advice.reasons.iter().map(|(_, r)| r.as_str()),
    );
    let edits: Vec<String> = advice
        .changes
        .iter()
        .map(|s| fill("{} → {}", &[&s.in_words, s.outcome]))
        .collect();
    section(
        &mut md,
        "What would change it",
        edits.iter().map(String::as_str),
    );
    if let Some(note) = advice.change_note {
        md.push_str(&fill("\n## What would change it\n\n{}\n", &[note]));
    }
    if let Some(plan) = &advice.plan {
        md.push_str("\n## Plan\n");
        let (first, second) = match plan.kind {
            PlanKind::Split => ("Django web application", "FastAPI service"),
            PlanKind::Alternatives => ("On Django", "On FastAPI"),
            _ => ("Stack", ""),
        };
        let [install, service_install] = &advice.install_lines;
        stack(&mut md, first, &plan.stack, &plan.built_in, install);
        stack(
            &mut md,
            second,
            &plan.service,
            &plan.service_built_in,
            service_install,
        );
        md.push('\n');
        for (n, step) in plan.steps.iter().enumerate() {
            md.push_str(&fill("{}. {}\n", &[&(n + 1).to_string(), step]));
        }
        md.push('\n');
        for risk in &plan.risks {
            md.push_str(&fill("- Risk: {}\n", &[risk]));
        }
        for revisit in &plan.revisit {
            md.push_str(&fill("- Revisit when {}.\n", &[revisit]));
        }
    }
    // The tool gets a footnote, not the header.
    md.push_str("\n---\n\nWorked out with Framework Advisor");
    match link {
        Some(link) => md.push_str(&fill(": <{}>\n", &[link])),
        None => md.push_str(".\n"),
    }
    md
}
