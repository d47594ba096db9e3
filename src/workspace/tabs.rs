//! One board open in two tabs: when another tab wrote a board this tab has unsaved changes to,
//! this tab's changes (from what it last read or wrote) are merged onto the other tab's write,
//! so both are kept. Only two changes to the same field clash; the other tab's value stays in
//! storage and this tab's is reported ([`TabMerge`]) so the screen can show it.

use crate::model::{Board, Id, TabMerge};
use crate::storage::Store;

use super::Workspace;

/// What another tab's write and this tab's unsaved changes to one board became.
#[derive(Clone, Debug, PartialEq)]
pub struct MergedTabs {
    /// The board.
    pub board: Id,
    /// Where both tabs changed the same field, and this tab's values (empty mostly).
    pub merge: TabMerge,
}

impl<S: Store> Workspace<S> {
    /// Merges this tab's unsaved changes to a board onto what another tab stored since; the
    /// board stays due to be saved. False when there is nothing to merge onto (the other tab
    /// deleted the board, or its write cannot be read) or the merge would break a rule: then
    /// nothing changed, here or in the store.
    pub(super) fn merge_other_tab(&mut self, id: Id) -> bool {
        let (Some(mine), Some(base)) = (self.library.board(id), self.store.base(id)) else {
            return false;
        };
        let Ok(Some(theirs)) = self.store.stored(id) else {
            return false;
        };
        let Ok((merged, merge)) = Board::merge_tabs(base, mine, &theirs.board) else {
            return false;
        };
        self.store.took(&theirs);
        self.library.replace(merged);
        // Undo would bring back a board without the other tab's changes.
        self.histories.remove(&id);
        self.merged_tabs.push(MergedTabs { board: id, merge });
        true
    }

    /// The merges with other tabs' writes since last asked, for the screen to follow and to
    /// tell of their clashes.
    pub fn take_merged_tabs(&mut self) -> Vec<MergedTabs> {
        std::mem::take(&mut self.merged_tabs)
    }
}

#[cfg(test)]
#[path = "tabs_tests.rs"]
mod tests;
