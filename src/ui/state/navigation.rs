//! Where the user is: the step on screen, presentation mode, going to a record, the synthesis.

use leptos::prelude::*;

use super::{AppState, Step};
use crate::model::{Id, Quadrant};
use crate::ui::browser::focus_element;

impl AppState {
    /// Shows a step of the session and puts focus on its heading.
    pub fn show_step(&self, step: Step) {
        self.step.set(step);
        self.grouping.set(None);
        focus_element(&format!("step-{}", step.key()));
    }

    /// Goes to a note, theme, strategy or action of the open board: its step, then focus on it.
    pub fn go_to(&self, board: Id, id: Id) {
        let (step, element) = self
            .with_library_untracked(|l| {
                let b = l.board(board)?;
                if b.note(id).is_some() {
                    Some((Step::Notes, format!("note-{id}")))
                } else if b.theme(id).is_some() {
                    Some((Step::Notes, format!("theme-{id}")))
                } else if b.strategy(id).is_some() {
                    Some((Step::Tows, format!("strategy-{id}")))
                } else if b.action(id).is_some() {
                    Some((Step::Actions, format!("action-{id}")))
                } else {
                    None
                }
            })
            .unzip();
        self.chain_of.set(None);
        if let (Some(step), Some(element)) = (step, element) {
            self.step.set(step);
            focus_element(&element);
        }
    }

    /// Whether notes of this quadrant are being chosen to form a theme.
    pub fn grouping_in(&self, quadrant: Quadrant) -> Memo<bool> {
        let grouping = self.grouping;
        Memo::new(move |_| grouping.with(|g| g.as_ref().is_some_and(|(q, _)| *q == quadrant)))
    }

    /// Steps presentation mode through its views: on the notes, all four quadrants and then each
    /// in turn; past the ends, the steps before and after.
    pub fn step_presentation(&self, forward: bool) {
        let Some(view) = self.presenting.get_untracked() else {
            return;
        };
        let step = self.step.get_untracked();
        if step == Step::Notes {
            let next = match (view, forward) {
                (None, true) => Some(Some(Quadrant::Strengths)),
                (None, false) => None,
                (Some(q), true) => q.next().map(Some),
                (Some(q), false) => Some(q.previous()),
            };
            if let Some(next) = next {
                self.presenting.set(Some(next));
                return;
            }
        }
        if let Some(other) = step.offset(if forward { 1 } else { -1 }) {
            // Coming back to the notes from the step after them shows the last quadrant.
            let view = (other == Step::Notes && !forward).then_some(Quadrant::Threats);
            self.step.set(other);
            self.presenting.set(Some(view));
        }
    }

    /// Ends presentation mode; focus goes back to the button that started it.
    pub fn stop_presenting(&self) {
        self.presenting.set(None);
        focus_element("present");
    }

    /// Shows or leaves the synthesis of many sessions.
    pub fn show_synthesis(&self, on: bool) {
        if on {
            self.open(None);
            self.synthesizing.set(true);
            focus_element("synthesis-heading");
        } else {
            self.synthesizing.set(false);
            self.synthesis_files.set(Vec::new());
            focus_element("open-synthesis");
        }
    }
}
