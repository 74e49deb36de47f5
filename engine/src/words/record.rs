//! The copied decision record: the [`Advice`] as Markdown a team files (an
//! ADR): context, decision drivers, options considered, decision,
//! implementation (stack, install lines, first steps), consequences, how the
//! parts work together, when to revisit and what would change it. It only
//! formats; every text comes from the advice.

use super::{
    text::{capitalised, fill},
    Advice,
};
use crate::plan::PlanKind;

/// A Markdown section: a heading and a list (numbered or bulleted); nothing
/// when the list is empty.
fn section(md: &mut String, title: &str, lines: &[String], numbered: bool) {
    if !lines.is_empty() {
        md.push_str(&fill("\n## {}\n\n", &[title]));
        for (n, line) in lines.iter().enumerate() {
            let marker = if numbered {
                (n + 1).to_string() + "."
            } else {
                "-".into()
            };
            md.push_str(&fill("{} {}\n", &[&marker, line]));
        }
    }
}

/// The decision record for `advice`, in the project's words, not the
/// widget's controls. `date` is the day it was copied, `link` the permalink
/// when there is one.
pub fn summary_markdown(advice: &Advice, date: Option<&str>, link: Option<&str>) -> String {
    let mut md = String::from("# Architecture decision: the web framework\n\n");
    if let Some(date) = date {
        md.push_str(&fill("Date: {} · ", &[date]));
    }
    md.push_str("Status: proposed\n");
    section(&mut md, "Context", &advice.context, false);
    let drivers: Vec<String> = advice.why.iter().map(|(_, t)| t.clone()).collect();
    section(&mut md, "Decision drivers", &drivers, false);
    section(&mut md, "Options considered", &advice.options, false);
    md.push_str(&fill("\n## Decision\n\n{}\n", &[&advice.decision]));
    if let Some(plan) = &advice.plan {
        md.push_str("\n## Implementation\n\n");
        let (first, second) = match plan.kind {
            PlanKind::Split => ("The Django web application", "The FastAPI service"),
            PlanKind::Alternatives => ("On Django", "On FastAPI"),
            _ => ("The stack", ""),
        };
        for (title, lines, install) in [
            (first, &plan.stack, &advice.install_lines[0]),
            (second, &plan.service, &advice.install_lines[1]),
        ] {
            if lines.is_empty() {
                continue;
            }
            md.push_str(&fill("- {}:\n", &[title]));
            for line in lines {
                md.push_str(&fill("  - {}\n", &[line]));
            }
            if !install.is_empty() {
                md.push_str(&fill("  - Install: `{}`\n", &[install]));
            }
        }
        if !plan.later.is_empty() {
            md.push_str("- Later, if still wanted:\n");
            for line in &plan.later {
                md.push_str(&fill("  - {}\n", &[line]));
            }
        }
        md.push_str("\nFirst steps:\n\n");
        for (n, step) in plan.steps.iter().enumerate() {
            md.push_str(&fill("{}. {}\n", &[&(n + 1).to_string(), step]));
        }
        section(&mut md, "Consequences", &advice.consequences, false);
        let contract: Vec<String> = plan.contract.iter().map(|s| s.to_string()).collect();
        section(&mut md, "How the two parts work together", &contract, false);
        let revisit: Vec<String> = plan
            .revisit
            .iter()
            .map(|r| fill("{}.", &[&capitalised(r)]))
            .collect();
        section(&mut md, "Revisit when", &revisit, false);
    }
    let edits: Vec<String> = advice
        .changes
        .iter()
        .map(|s| fill("{} → {}", &[&s.in_words, s.outcome]))
        .collect();
    section(&mut md, "What would change the answer", &edits, false);
    // The tool gets a footnote, not the header.
    md.push_str("\n---\n\nWorked out with Framework Advisor");
    match link {
        Some(link) => md.push_str(&fill(": <{}>\n", &[link])),
        None => md.push_str(".\n"),
    }
    md
}
