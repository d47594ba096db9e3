//! Step 3, prioritising: dot voting within the room's budget, tallies and ranks.
//!
//! Its record (`VoteSettings`) and every change to the settings and the tallies.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid};
use super::id::Records;
use super::kinds::check_number;
use super::limits::{Field, Range, NOTE_VOTES, VOTES};
use super::matrix::Item;
use super::{Id, Quadrant};

/// How dot voting works on a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct VoteSettings {
    /// Votes each participant may cast.
    pub per_participant: u32,
    /// The most votes one participant may give one note, if capped.
    #[serde(default)]
    pub cap_per_note: Option<u32>,
    /// How many people vote; when not set, the people counted in the session context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voters: Option<u32>,
}

impl VoteSettings {
    /// The settings' limits, for [`Board::validate`].
    pub(super) fn check(&self) -> Result<(), Invalid> {
        check_number("voting.per_participant", self.per_participant, VOTES)?;
        if let Some(cap) = self.cap_per_note {
            let most = Range {
                min: 1,
                max: self.per_participant,
            };
            check_number("voting.cap_per_note", cap, most)?;
        }
        if let Some(voters) = self.voters {
            check_number("voting.voters", voters, VOTES)?;
        }
        Ok(())
    }
}

impl Default for VoteSettings {
    fn default() -> Self {
        VoteSettings {
            per_participant: 3,
            cap_per_note: None,
            voters: None,
        }
    }
}

/// One voter's turn at dot voting: which participant it is and what they have given so far.
/// Kept beside the board, not in it (the board holds only the totals), and recorded with every
/// change in the board's history, so that undoing a dot also gives it back to its voter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteRound {
    /// The number of the participant whose turn it is, from 1.
    pub voter: u32,
    /// The votes this voter gave, per note.
    pub given: Vec<(Id, u32)>,
}

impl Default for VoteRound {
    fn default() -> Self {
        VoteRound {
            voter: 1,
            given: Vec::new(),
        }
    }
}

impl VoteRound {
    /// Votes this voter gave in all.
    pub fn used(&self) -> u32 {
        self.given.iter().map(|(_, n)| n).sum()
    }

    /// Votes this voter gave one note.
    pub fn on(&self, note: Id) -> u32 {
        self.given
            .iter()
            .find(|(id, _)| *id == note)
            .map_or(0, |(_, n)| *n)
    }

    /// The next participant's turn, with all their votes.
    pub fn next_voter(&mut self) {
        self.voter = self.voter.saturating_add(1);
        self.given.clear();
    }

    fn add(&mut self, note: Id, by: i64) {
        match self.given.iter_mut().find(|(id, _)| *id == note) {
            Some((_, n)) => *n = (i64::from(*n) + by).max(0) as u32,
            None if by > 0 => self.given.push((note, by as u32)),
            None => {}
        }
        self.given.retain(|(_, n)| *n > 0);
    }
}

impl Board {
    /// How many people vote: as set, or else everyone counted in the session context. Sums over
    /// a file's numbers are wide enough never to wrap: a u64 holds any sum of u32s a file fits.
    pub fn voters(&self) -> u64 {
        match self.voting.voters {
            Some(n) => n.into(),
            None => self
                .context
                .participants
                .iter()
                .map(|p| u64::from(p.count))
                .sum(),
        }
    }

    /// All votes the room has, when it is known how many people vote.
    pub fn vote_budget(&self) -> Option<u64> {
        match self.voters() {
            0 => None,
            n => Some(n * u64::from(self.voting.per_participant)),
        }
    }

    /// Votes cast on the board in all.
    pub fn votes_cast(&self) -> u64 {
        self.notes.iter().map(|n| u64::from(n.votes)).sum()
    }

    /// Sets how voting works: votes per participant (1 to 1,000), an optional cap per note, and
    /// the number of voters (`None`: from the session context).
    pub fn set_vote_settings(
        &mut self,
        per_participant: u32,
        cap: Option<u32>,
        voters: Option<u32>,
    ) -> Result<(), BoardError> {
        let per_participant = VOTES.check(Field::VotesPerParticipant, per_participant)?;
        let most = Range {
            min: 1,
            max: per_participant,
        };
        let cap = cap.map(|c| most.check(Field::CapPerNote, c)).transpose()?;
        let voters = voters.map(|v| VOTES.check(Field::Voters, v)).transpose()?;
        let new = super::VoteSettings {
            per_participant,
            cap_per_note: cap,
            voters,
        };
        if self.voting == new {
            return Ok(());
        }
        self.voting = new;
        self.changed(())
    }

    /// One dot of the voter whose turn it is, on a note: within the voter's votes, the cap per
    /// note and the room's votes.
    pub fn cast_vote(&mut self, round: &mut VoteRound, note: Id) -> Result<(), BoardError> {
        let votes = self.note(note).ok_or(BoardError::NoSuchNote)?.votes;
        NOTE_VOTES.check(Field::Tally, votes + 1)?;
        if round.used() >= self.voting.per_participant {
            return Err(BoardError::NoVotesLeft);
        }
        if let Some(cap) = self.voting.cap_per_note {
            if round.on(note) >= cap {
                return Err(BoardError::CapReached { cap });
            }
        }
        if let Some(budget) = self.vote_budget() {
            if self.votes_cast() >= budget {
                return Err(BoardError::OverBudget { budget });
            }
        }
        self.add_votes(note, 1);
        round.add(note, 1);
        self.changed(())
    }

    /// Takes back one dot this voter gave a note.
    pub fn take_back_vote(&mut self, round: &mut VoteRound, note: Id) -> Result<(), BoardError> {
        self.note(note).ok_or(BoardError::NoSuchNote)?;
        if round.on(note) == 0 {
            return Err(BoardError::NoVoteToTakeBack);
        }
        self.add_votes(note, -1);
        round.add(note, -1);
        self.changed(())
    }

    fn add_votes(&mut self, note: Id, by: i64) {
        if let Some(n) = self.notes.with_id_mut(note) {
            n.votes = (i64::from(n.votes) + by).max(0) as u32;
        }
    }

    /// Scribe mode: the tally counted in the room for a note. Refused when all tallies together
    /// would pass the room's votes.
    pub fn set_votes(&mut self, note: Id, votes: u32) -> Result<(), BoardError> {
        let votes = NOTE_VOTES.check(Field::Tally, votes)?;
        let current = self.note(note).ok_or(BoardError::NoSuchNote)?.votes;
        if current == votes {
            return Ok(());
        }
        if let Some(budget) = self.vote_budget() {
            if self.votes_cast() - u64::from(current) + u64::from(votes) > budget {
                return Err(BoardError::OverBudget { budget });
            }
        }
        self.add_votes(note, i64::from(votes) - i64::from(current));
        self.changed(())
    }

    /// Clears every vote on the board.
    pub fn reset_votes(&mut self) -> Result<(), BoardError> {
        if self.votes_cast() == 0 {
            return Ok(());
        }
        for n in &mut self.notes {
            n.votes = 0;
        }
        self.changed(())
    }

    /// The quadrant's themes and ungrouped notes, most votes first (a theme counts its notes'
    /// votes); equal votes keep the board's order.
    pub fn ranked(&self, quadrant: Quadrant) -> Vec<Item> {
        let mut items: Vec<Item> = Vec::new();
        for note in self.notes_in(quadrant) {
            match note.theme {
                Some(theme) => {
                    if let Some(item) = items.with_id_mut(theme) {
                        item.votes += u64::from(note.votes);
                    } else if let Some(t) = self.theme(theme) {
                        items.push(Item {
                            id: theme,
                            quadrant,
                            label: t.name.clone(),
                            is_theme: true,
                            votes: note.votes.into(),
                        });
                    }
                }
                None => items.push(Item {
                    id: note.id,
                    quadrant,
                    label: note.text.clone(),
                    is_theme: false,
                    votes: note.votes.into(),
                }),
            }
        }
        items.sort_by_key(|i| std::cmp::Reverse(i.votes));
        items
    }
}
