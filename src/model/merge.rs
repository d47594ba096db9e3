//! Merging a board from a file into a board on the device, without losing a word of either.

use std::collections::HashSet;

use super::id::Records;
use super::{Board, Id, Invalid};

/// What a merge did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Notes that were only in the file and were added.
    pub added_notes: usize,
    /// Notes with the same id but another text on each side: both texts are kept, the file's
    /// as a new note right after the board's.
    pub both_kept: usize,
    /// Notes that were the same on both sides.
    pub unchanged: usize,
    /// Other records (themes, strategies, actions, ...) that were only in the file.
    pub added_records: usize,
}

/// Adds the records of `theirs` that `ours` lacks (matched by id). Where both have a record with
/// the same id, ours is kept, except for notes, whose two texts are both kept.
fn union_by_id<T: Clone>(ours: &mut Vec<T>, theirs: &[T], id: impl Fn(&T) -> Id) -> usize {
    let known: HashSet<Id> = ours.iter().map(&id).collect();
    let before = ours.len();
    ours.extend(theirs.iter().filter(|t| !known.contains(&id(t))).cloned());
    ours.len() - before
}

impl Board {
    /// Merges `theirs` into this board. Nothing is dropped: notes matched by id are not
    /// duplicated, and a note whose text differs keeps both texts visibly. A merge whose result
    /// would break a rule of the board (e.g. too many notes) changes nothing.
    pub fn merge(&mut self, theirs: &Board) -> Result<MergeReport, Invalid> {
        let mut result = self.clone();
        let mut report = MergeReport::default();

        report.added_records += union_by_id(&mut result.themes, &theirs.themes, |t| t.id);
        report.added_records += union_by_id(
            &mut result.context.participants,
            &theirs.context.participants,
            |p| p.id,
        );
        report.added_records += union_by_id(&mut result.phases, &theirs.phases, |p| p.id);
        report.added_records += union_by_id(&mut result.glossary, &theirs.glossary, |t| t.id);
        report.added_records += union_by_id(&mut result.strategies, &theirs.strategies, |s| s.id);
        report.added_records += union_by_id(&mut result.actions, &theirs.actions, |a| a.id);

        for note in &theirs.notes {
            match result.notes.index_of(note.id) {
                Some(at) if result.notes[at].text == note.text => report.unchanged += 1,
                Some(at) => {
                    let ours = &result.notes[at];
                    let mut copy = note.clone();
                    copy.id = Id::new();
                    copy.quadrant = ours.quadrant;
                    copy.theme = ours.theme;
                    result.notes.insert(at + 1, copy);
                    report.both_kept += 1;
                }
                None => {
                    result.notes.push(note.clone());
                    report.added_notes += 1;
                }
            }
        }

        for score in &theirs.tows.scores {
            let known = result
                .tows
                .scores
                .iter()
                .any(|s| s.inside == score.inside && s.outside == score.outside);
            if !known {
                result.tows.scores.push(score.clone());
            }
        }
        for role in &theirs.roles {
            let known = result
                .roles
                .iter()
                .any(|r| r.participant == role.participant && r.phase == role.phase);
            if !known {
                result.roles.push(role.clone());
            }
        }
        for (key, value) in &theirs.extra {
            result
                .extra
                .entry(key.clone())
                .or_insert_with(|| value.clone());
        }

        result.drop_dangling_links();
        result.validate()?;
        result.touch();
        *self = result;
        Ok(report)
    }

    /// Removes links to records that are not on the board (after a merge brought in records that
    /// pointed to things only the other side had deleted).
    pub(super) fn drop_dangling_links(&mut self) {
        let notes: HashSet<Id> = self.notes.iter().map(|n| n.id).collect();
        let themes: HashSet<Id> = self.themes.iter().map(|t| t.id).collect();
        let strategies: HashSet<Id> = self.strategies.iter().map(|s| s.id).collect();
        let participants: HashSet<Id> = self.context.participants.iter().map(|p| p.id).collect();
        let phases: HashSet<Id> = self.phases.iter().map(|p| p.id).collect();
        let quadrant_of: std::collections::HashMap<Id, super::Quadrant> =
            self.themes.iter().map(|t| (t.id, t.quadrant)).collect();
        for note in &mut self.notes {
            if note
                .theme
                .is_some_and(|t| quadrant_of.get(&t) != Some(&note.quadrant))
            {
                note.theme = None;
            }
        }
        let item = |id: &Id| notes.contains(id) || themes.contains(id);
        self.tows
            .scores
            .retain(|s| item(&s.inside) && item(&s.outside));
        for s in &mut self.strategies {
            s.sources.retain(item);
        }
        self.roles
            .retain(|r| participants.contains(&r.participant) && phases.contains(&r.phase));
        for a in &mut self.actions {
            a.links.retain(|l| item(l) || strategies.contains(l));
            if a.owner.is_some_and(|o| !participants.contains(&o)) {
                a.owner = None;
            }
            if a.phase.is_some_and(|p| !phases.contains(&p)) {
                a.phase = None;
            }
        }
    }
}
