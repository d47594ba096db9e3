//! Tests of step 3, prioritising: dot voting, the room's budget, tallies, settings and ranks.

use super::test_support::{board, filled};
use super::*;

#[test]
fn a_voter_casts_no_more_than_their_votes_and_the_cap() {
    let (mut b, ids) = filled();
    let [s1, s2] = ids[0];
    b.set_vote_settings(3, Some(2), Some(2)).unwrap();
    assert_eq!(b.vote_budget(), Some(6));
    let mut round = VoteRound::default();
    b.cast_vote(&mut round, s1).unwrap();
    b.cast_vote(&mut round, s1).unwrap();
    assert_eq!(
        b.cast_vote(&mut round, s1),
        Err(BoardError::CapReached { cap: 2 })
    );
    b.cast_vote(&mut round, s2).unwrap();
    assert_eq!(b.cast_vote(&mut round, s2), Err(BoardError::NoVotesLeft));
    assert_eq!(round.used(), 3);
    b.take_back_vote(&mut round, s2).unwrap();
    assert_eq!(round.used(), 2);
    assert_eq!(
        b.take_back_vote(&mut round, s2),
        Err(BoardError::NoVoteToTakeBack),
        "a vote this voter did not give is not a note that is gone"
    );
    assert_eq!(
        b.take_back_vote(&mut round, Id::new()),
        Err(BoardError::NoSuchNote)
    );
    assert_eq!(b.note(s1).unwrap().votes, 2);
    assert_eq!(b.votes_cast(), 2);
}

#[test]
fn the_room_casts_no_more_votes_than_it_has() {
    let (mut b, ids) = filled();
    let s1 = ids[0][0];
    b.set_vote_settings(2, None, Some(2)).unwrap();
    let mut first = VoteRound::default();
    b.cast_vote(&mut first, s1).unwrap();
    b.cast_vote(&mut first, s1).unwrap();
    let mut second = VoteRound::default();
    b.cast_vote(&mut second, s1).unwrap();
    b.cast_vote(&mut second, ids[1][0]).unwrap();
    let mut third = VoteRound::default();
    assert_eq!(
        b.cast_vote(&mut third, s1),
        Err(BoardError::OverBudget { budget: 4 })
    );
    assert_eq!(b.votes_cast(), 4);
}

#[test]
fn scribe_tallies_stay_within_the_room_and_reset_clears_them() {
    let (mut b, ids) = filled();
    b.set_vote_settings(3, None, Some(4)).unwrap();
    b.set_votes(ids[0][0], 7).unwrap();
    b.set_votes(ids[2][1], 5).unwrap();
    assert_eq!(
        b.set_votes(ids[3][0], 1),
        Err(BoardError::OverBudget { budget: 12 })
    );
    // Lowering a tally is always possible.
    b.set_votes(ids[0][0], 6).unwrap();
    b.set_votes(ids[3][0], 1).unwrap();
    assert_eq!(b.votes_cast(), 12);
    b.reset_votes().unwrap();
    assert_eq!(b.votes_cast(), 0);
    // With no voters known there is no room budget.
    b.set_vote_settings(3, None, None).unwrap();
    assert_eq!(b.vote_budget(), None);
    b.set_votes(ids[0][0], 99).unwrap();
}

#[test]
fn vote_settings_are_checked() {
    let mut b = board();
    assert!(b.set_vote_settings(0, None, None).is_err());
    assert!(b.set_vote_settings(3, Some(4), None).is_err());
    assert!(b.set_vote_settings(3, None, Some(0)).is_err());
    b.set_vote_settings(5, Some(5), None).unwrap();
    assert_eq!(b.voting.cap_per_note, Some(5));
}

#[test]
fn ranking_counts_a_theme_by_its_notes_and_keeps_ties_in_board_order() {
    let (mut b, ids) = filled();
    let [s1, s2] = ids[0];
    let s3 = b.add_note(Quadrant::Strengths, "strengths 3").unwrap();
    b.set_votes(s1, 1).unwrap();
    b.set_votes(s2, 1).unwrap();
    b.set_votes(s3, 3).unwrap();
    let ranked = b.ranked(Quadrant::Strengths);
    assert_eq!(
        ranked.iter().map(|i| i.id).collect::<Vec<_>>(),
        [s3, s1, s2]
    );
    let theme = b.add_theme("Netwerk", &[s1, s2]).unwrap();
    b.set_votes(s2, 3).unwrap();
    let ranked = b.ranked(Quadrant::Strengths);
    assert_eq!(ranked[0].id, theme);
    assert!(ranked[0].is_theme);
    assert_eq!(ranked[0].votes, 4);
    assert_eq!(ranked[1].id, s3);
}
