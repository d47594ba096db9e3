//! Which views a change reruns. A view of one board follows that board's trigger, so a change
//! to another board reruns none of it; a note card follows its own note's trigger, fired only
//! when that note changed, so an edit on a board of a thousand notes reruns one card.
//!
//! Why not one trigger for everything: a memo or effect that reruns first leaves every source
//! it read, and leaving a source costs the length of its list of followers (Leptos keeps them
//! in order). A thousand cards following one source cost a million steps per change.

use std::collections::HashMap;

use leptos::prelude::*;
use rustc_hash::FxHashMap;

use crate::model::{Board, Id, Note, Record};

/// The triggers of the boards and of the note cards on screen.
#[derive(Default)]
pub(super) struct Triggers {
    /// Fires on a change to any board (the list of boards follows it).
    any: ArcTrigger,
    /// One per board that a view follows.
    boards: HashMap<Id, ArcTrigger>,
    /// One per note card on screen.
    notes: HashMap<Id, ArcTrigger>,
    seen: Seen,
}

impl Triggers {
    /// The trigger of every change.
    pub(super) fn any(&self) -> ArcTrigger {
        self.any.clone()
    }

    /// The trigger of one board.
    pub(super) fn board(&mut self, board: Id) -> ArcTrigger {
        self.boards.entry(board).or_default().clone()
    }

    /// The trigger of one note of `board`, and the note as it is now.
    pub(super) fn note(&mut self, board: &Board, id: Id) -> (ArcTrigger, Option<Note>) {
        if self.seen.board != Some(board.id) {
            // The cards of the board shown before are gone or going.
            self.notes.clear();
        }
        let note = self.seen.note(board, id);
        let trigger = self.notes.entry(id).or_default().clone();
        (trigger, note)
    }

    /// What a change to `board` (or, for `None`, to any number of boards) fires: the trigger of
    /// every change, the board's (or every board's), and those of the cards whose note it
    /// changed. `open` is the board on screen now.
    pub(super) fn fired(&mut self, board: Option<Id>, open: Option<&Board>) -> Vec<ArcTrigger> {
        let mut fire = vec![self.any.clone()];
        match board {
            Some(board) => fire.extend(self.boards.get(&board).cloned()),
            None => fire.extend(self.boards.values().cloned()),
        }
        match self.seen.changes(open) {
            Some(Changes { changed, gone }) => {
                fire.extend(changed.iter().filter_map(|id| self.notes.get(id).cloned()));
                fire.extend(gone.iter().filter_map(|id| self.notes.remove(id)));
            }
            // Another board is on screen: its cards read it as it is; the first to ask takes it.
            None => fire.extend(self.notes.drain().map(|(_, trigger)| trigger)),
        }
        fire
    }
}

/// The records of a list computed once per change, each followed alone by its row: a change
/// to one record reruns its row and no other (a row following the list itself would rerun with
/// every change, and a thousand of them cost a million steps: see above).
pub struct Rows<T: Send + Sync + 'static> {
    list: StoredValue<RowList<T>>,
    // Keeps the list's rows up to date as long as the view that made them lives.
    _sync: StoredValue<RenderEffect<()>>,
}

impl<T: Send + Sync + 'static> Clone for Rows<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Rows<T> {}

/// The records as the rows last read them, where each stands, and a trigger per row.
struct RowList<T> {
    records: Vec<T>,
    at: FxHashMap<Id, usize>,
    rows: HashMap<Id, ArcTrigger>,
}

impl<T: Record + Clone + PartialEq + Send + Sync + 'static> Rows<T> {
    /// The rows of `list`.
    pub fn new(list: Memo<Vec<T>>) -> Self {
        let rows = StoredValue::new(RowList {
            records: Vec::new(),
            at: FxHashMap::default(),
            rows: HashMap::new(),
        });
        let sync = RenderEffect::new(move |_| {
            let fired = list.with(|now| rows.try_update_value(|r| r.sync(now)));
            for trigger in fired.into_iter().flatten() {
                trigger.notify();
            }
        });
        Rows {
            list: rows,
            _sync: StoredValue::new(sync),
        }
    }

    /// The record with this id, as its row shows it, following that record alone.
    pub fn row(&self, id: Id) -> Memo<Option<T>> {
        let list = self.list;
        Memo::new(move |_| {
            let (trigger, record) = list.try_update_value(|r| {
                let trigger = r.rows.entry(id).or_default().clone();
                (trigger, r.at.get(&id).map(|i| r.records[*i].clone()))
            })?;
            trigger.track();
            record
        })
    }
}

impl<T: Record + Clone + PartialEq> RowList<T> {
    /// Takes the list as it is now, and says which rows to rerun: those whose record is new,
    /// changed or gone.
    fn sync(&mut self, now: &[T]) -> Vec<ArcTrigger> {
        let mut fire = Vec::new();
        let at: FxHashMap<Id, usize> = now.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
        for record in now {
            let before = self.at.get(&record.id()).map(|i| &self.records[*i]);
            if before != Some(record) {
                fire.extend(self.rows.get(&record.id()).cloned());
            }
        }
        for record in &self.records {
            if !at.contains_key(&record.id()) {
                fire.extend(self.rows.remove(&record.id()));
            }
        }
        self.records = now.to_vec();
        self.at = at;
        fire
    }
}

/// The notes of the board whose cards are on screen, as they were after the last change, with
/// where each stands: a change is compared with them to find the notes it touched.
#[derive(Default)]
struct Seen {
    board: Option<Id>,
    notes: Vec<Note>,
    at: FxHashMap<Id, usize>,
}

/// The notes a change touched.
#[derive(Debug, Default, PartialEq)]
struct Changes {
    /// Notes that are new, or whose content changed (a note that only moved among the others
    /// is not one: its card stays as it is, and the list moves it).
    changed: Vec<Id>,
    /// Notes no longer on the board.
    gone: Vec<Id>,
}

impl Seen {
    /// A note of `board` as it is now. The first card of a board to ask takes the board's notes
    /// as what the next change is compared with.
    fn note(&mut self, board: &Board, id: Id) -> Option<Note> {
        if self.board != Some(board.id) {
            self.board = Some(board.id);
            self.take(&board.notes);
        }
        // Read from the board itself, where the notes seen say it stands: a card shows the note
        // as it is even if a change has not been compared yet (it is then rerun for nothing).
        let hint = self.at.get(&id).and_then(|at| board.notes.get(*at));
        hint.filter(|n| n.id == id)
            .or_else(|| board.note(id))
            .cloned()
    }

    /// The notes changed since the last change, and from now on compares with the board as it
    /// is; `None` when `open` is not the board seen (another one is on screen, or none).
    fn changes(&mut self, open: Option<&Board>) -> Option<Changes> {
        let Some(open) = open.filter(|b| Some(b.id) == self.board) else {
            *self = Seen::default();
            return None;
        };
        let now = &open.notes;
        let mut changes = Changes::default();
        // The same notes in the same order, perhaps with new ones after them (a note is added
        // at the end of the list): each compared where it stands.
        let kept = self.notes.len();
        let same_order =
            now.len() >= kept && now.iter().zip(&self.notes).all(|(n, s)| n.id == s.id);
        if same_order {
            for (i, note) in now[..kept].iter().enumerate() {
                if *note != self.notes[i] {
                    changes.changed.push(note.id);
                    self.notes[i] = note.clone();
                }
            }
            for (i, note) in now.iter().enumerate().skip(kept) {
                changes.changed.push(note.id);
                self.at.insert(note.id, i);
                self.notes.push(note.clone());
            }
            return Some(changes);
        }
        // Notes that did not change are moved over, not copied: a move or an added note on a
        // board of a thousand copies one note, not a thousand.
        let mut before: Vec<Option<Note>> = std::mem::take(&mut self.notes)
            .into_iter()
            .map(Some)
            .collect();
        let at = std::mem::take(&mut self.at);
        for note in now {
            match at.get(&note.id).and_then(|i| before[*i].take()) {
                Some(kept) if kept == *note => self.notes.push(kept),
                _ => {
                    changes.changed.push(note.id);
                    self.notes.push(note.clone());
                }
            }
        }
        changes.gone = before.into_iter().flatten().map(|n| n.id).collect();
        self.at = index(&self.notes);
        Some(changes)
    }

    fn take(&mut self, notes: &[Note]) {
        self.notes = notes.to_vec();
        self.at = index(notes);
    }
}

/// Where each note stands (hashed with Fx: with the standard SipHash, rebuilding it took most of
/// the time a change to a board of a thousand notes spends here).
fn index(notes: &[Note]) -> FxHashMap<Id, usize> {
    notes.iter().enumerate().map(|(i, n)| (n.id, i)).collect()
}

#[cfg(test)]
#[path = "triggers_tests.rs"]
mod tests;
