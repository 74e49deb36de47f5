//! Words for the engine's numbers: headlines, reasons, suggestions and the
//! Markdown summary a team can paste into a chat or a decision record.

use super::{
    Contribution, Evaluation, Importance, Lean, RequirementSet, Selection, Suggestion, Suggestions,
    Undecided, Verdict, VerdictKind, REQUIREMENTS,
};

/// The reader-facing name of an importance level.
pub fn importance_label(level: Importance) -> &'static str {
    match level {
        Importance::Off => "off",
        Importance::Nice => "nice-to-have",
        Importance::Important => "important",
        Importance::Must => "must-have",
    }
}

/// A short name for a verdict, as used after an arrow ("→ FastAPI").
pub fn verdict_short(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::NoClearWinner => "no clear winner",
        VerdictKind::Django => "Django",
        VerdictKind::FastApi => "FastAPI",
        VerdictKind::Both => "both",
    }
}

/// The verdict in a few words.
pub fn headline(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::NoClearWinner(_) => "No clear winner yet",
        Verdict::Django => "Django fits best",
        Verdict::FastApi => "FastAPI fits best",
        Verdict::Both(_) => "Use both: Django plus a FastAPI service",
    }
}

/// The verdict in as few words as fit a phone-width bar.
pub fn short_headline(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::NoClearWinner(_) => "No clear winner yet",
        Verdict::Django => "Django fits best",
        Verdict::FastApi => "FastAPI fits best",
        Verdict::Both(_) => "Use both",
    }
}

/// Joins phrases as "a", "a and b", "a, b and c".
fn join_words(words: impl Iterator<Item = &'static str>) -> String {
    let words: Vec<&str> = words.collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The parts of the system a set of must-haves names, e.g. "the staff admin".
pub fn parts_of(set: RequirementSet) -> impl Iterator<Item = &'static str> {
    set.iter().filter_map(|i| REQUIREMENTS[i].component)
}

/// One sentence backing the headline.
pub fn detail(evaluation: &Evaluation) -> String {
    let total = u32::from(evaluation.django_points) + u32::from(evaluation.fastapi_points);
    let share = |points: u16| u32::from(points) * 100 / total.max(1);
    let leader = |side: Lean| {
        evaluation
            .contributions()
            .iter()
            .find(|c| c.lean() == side)
            .map_or("", |c| REQUIREMENTS[c.requirement].label)
    };
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => {
            "Switch on what your project needs, or start from one of the scenarios.".to_string()
        }
        Verdict::NoClearWinner(Undecided::Balanced) => "Your requirements pull both ways about \
             equally. Mark the ones you cannot do without as must-have."
            .to_string(),
        Verdict::Django => format!(
            "{}% of the weight favours Django, led by “{}”.",
            share(evaluation.django_points),
            leader(Lean::Django)
        ),
        Verdict::FastApi => format!(
            "{}% of the weight favours FastAPI, led by “{}”.",
            share(evaluation.fastapi_points),
            leader(Lean::FastApi)
        ),
        Verdict::Both(_) => "Your must-haves pull both ways, and each side's can run as a \
             service of its own."
            .to_string(),
    }
}

/// One ranked reason: "Admin dashboard for staff — must-have — strongly favours Django".
pub fn reason(contribution: &Contribution) -> String {
    let req = &REQUIREMENTS[contribution.requirement];
    let level = importance_label(contribution.importance);
    let pull = match req.strength {
        3 => "strongly favours",
        2 => "favours",
        _ => "slightly favours",
    };
    match req.lean {
        Lean::Django => format!("{} — {level} — {pull} Django", req.label),
        Lean::FastApi if contribution.dampened => format!(
            "{} — {level} — {pull} FastAPI, less so with CPU-heavy work",
            req.label
        ),
        Lean::FastApi => format!("{} — {level} — {pull} FastAPI", req.label),
        Lean::Neutral => format!(
            "{} — {level} — narrows FastAPI's async advantage",
            req.label
        ),
    }
}

/// The edit a suggestion proposes, without its outcome: "Make “Admin dashboard” a must-have".
pub fn suggestion(s: &Suggestion) -> String {
    let label = REQUIREMENTS[s.requirement].label;
    let level = importance_label(s.to);
    let article = if s.to == Importance::Important {
        ""
    } else {
        "a "
    };
    match (s.from, s.to) {
        (_, Importance::Off) => format!("Switch off “{label}”"),
        (Importance::Off, _) => format!("Switch on “{label}” as {article}{level}"),
        _ => format!("Make “{label}” {article}{level}"),
    }
}

/// A Markdown summary of the decision: verdict, reasons, requirements, what
/// would change it, and the permalink when there is one.
pub fn summary_markdown(
    selection: &Selection,
    evaluation: &Evaluation,
    suggestions: &Suggestions,
    link: Option<&str>,
) -> String {
    let mut md = format!(
        "### Django or FastAPI? {}\n\n{}\n",
        headline(&evaluation.verdict),
        detail(evaluation)
    );
    if let Verdict::Both(split) = evaluation.verdict {
        md.push_str(&format!(
            "\n**How to split it**\n- Django: {}\n- FastAPI service: {}\n",
            join_words(parts_of(split.django)),
            join_words(parts_of(split.fastapi))
        ));
    }
    if !evaluation.contributions().is_empty() {
        md.push_str("\n**Why**\n");
        for c in evaluation.contributions() {
            md.push_str(&format!("- {}\n", reason(c)));
        }
    }
    if !selection.is_empty() {
        md.push_str("\n**Requirements**\n");
        for (index, level) in selection.chosen() {
            md.push_str(&format!(
                "- {}: {}\n",
                REQUIREMENTS[index].label,
                importance_label(level)
            ));
        }
    }
    if !suggestions.is_empty() {
        md.push_str("\n**What would change the answer**\n");
        for s in suggestions.iter() {
            md.push_str(&format!(
                "- {} → {}\n",
                suggestion(s),
                verdict_short(s.verdict)
            ));
        }
    }
    match link {
        Some(link) => md.push_str(&format!("\nWorked out with Framework Advisor: <{link}>\n")),
        None => md.push_str("\nWorked out with Framework Advisor.\n"),
    }
    md
}
