//! The chain of a record, both ways: note → theme → strategy → action.

use super::board::Board;
use super::Id;

/// Everything a record is linked with, both ways along note → theme → strategy → action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chain {
    /// Notes in the chain.
    pub notes: Vec<Id>,
    /// Themes in the chain.
    pub themes: Vec<Id>,
    /// Strategies in the chain.
    pub strategies: Vec<Id>,
    /// Actions in the chain.
    pub actions: Vec<Id>,
}

impl Chain {
    /// Whether the record is linked with nothing.
    pub fn is_empty(&self) -> bool {
        self.notes.len() + self.themes.len() + self.strategies.len() + self.actions.len() <= 1
    }
}

fn push(list: &mut Vec<Id>, id: Id) {
    if !list.contains(&id) {
        list.push(id);
    }
}

impl Board {
    /// Everything linked with a note, theme, strategy or action, followed both ways along
    /// note → theme → strategy → action. The record itself is included.
    pub fn chain(&self, id: Id) -> Chain {
        let mut chain = Chain::default();
        // Downstream first: from notes to themes to strategies to actions.
        let mut notes: Vec<Id> = Vec::new();
        let mut themes: Vec<Id> = Vec::new();
        let mut strategies: Vec<Id> = Vec::new();
        let mut actions: Vec<Id> = Vec::new();
        if let Some(n) = self.note(id) {
            notes.push(id);
            themes.extend(n.theme);
        } else if self.theme(id).is_some() {
            themes.push(id);
            notes.extend(self.notes_of_theme(id).map(|n| n.id));
        } else if let Some(s) = self.strategy(id) {
            strategies.push(id);
            for source in &s.sources {
                self.upstream(*source, &mut notes, &mut themes);
            }
        } else if let Some(a) = self.action(id) {
            actions.push(id);
            for link in &a.links {
                if let Some(s) = self.strategy(*link) {
                    push(&mut strategies, s.id);
                    for source in &s.sources {
                        self.upstream(*source, &mut notes, &mut themes);
                    }
                } else {
                    self.upstream(*link, &mut notes, &mut themes);
                }
            }
        } else {
            return chain;
        }
        // Strategies that came from these notes or themes, then actions that answer any of it.
        if self.action(id).is_none() && self.strategy(id).is_none() {
            for s in &self.strategies {
                if s.sources
                    .iter()
                    .any(|x| notes.contains(x) || themes.contains(x))
                {
                    push(&mut strategies, s.id);
                }
            }
        }
        if self.action(id).is_none() {
            for a in &self.actions {
                if a.links
                    .iter()
                    .any(|x| notes.contains(x) || themes.contains(x) || strategies.contains(x))
                {
                    push(&mut actions, a.id);
                }
            }
        }
        chain.notes = notes;
        chain.themes = themes;
        chain.strategies = strategies;
        chain.actions = actions;
        chain
    }

    /// Adds a note or theme and what it is grouped with.
    fn upstream(&self, id: Id, notes: &mut Vec<Id>, themes: &mut Vec<Id>) {
        if let Some(n) = self.note(id) {
            push(notes, id);
            if let Some(t) = n.theme {
                push(themes, t);
            }
        } else if self.theme(id).is_some() {
            push(themes, id);
            for n in self.notes_of_theme(id) {
                push(notes, n.id);
            }
        }
    }
}
