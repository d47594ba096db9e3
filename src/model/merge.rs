//! Merging a board from a file into a board on the device, without losing a word of either.

use super::{Board, Invalid};

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

impl Board {
    /// Merges `theirs` into this board. Nothing is dropped: each kind of record matches its
    /// records its own way (`Kind::merge`): by id, or by their links for a score or a role, and
    /// ours is kept where both have one; a note whose text differs keeps both texts visibly. A merge whose result
    /// would break a rule of the board (e.g. too many notes) changes nothing.
    pub fn merge(&mut self, theirs: &Board) -> Result<MergeReport, Invalid> {
        let mut result = self.clone();
        let mut report = MergeReport::default();

        result.merge_records(theirs, &mut report);
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
}
