//! Tests of step 4: the confrontation matrix and the strategies drawn from it.

use super::test_support::{chained, filled};
use super::*;

#[test]
fn the_matrix_takes_the_top_items_and_sums_rows_and_columns() {
    let (mut b, ids) = filled();
    b.set_tows_top(1).unwrap();
    b.set_votes(ids[0][1], 2).unwrap();
    let m = b.matrix();
    assert_eq!(
        m.rows.iter().map(|i| i.id).collect::<Vec<_>>(),
        [ids[0][1], ids[1][0]]
    );
    assert_eq!(
        m.columns.iter().map(|i| i.id).collect::<Vec<_>>(),
        [ids[2][0], ids[3][0]]
    );
    b.set_tows_top(2).unwrap();
    let [s_top, s_other] = [ids[0][1], ids[0][0]];
    let [o1, o2] = ids[2];
    let t1 = ids[3][0];
    b.set_score(s_top, o1, 2).unwrap();
    b.set_score(s_top, t1, -1).unwrap();
    b.set_score(s_other, o1, 1).unwrap();
    b.set_score(s_other, o2, -2).unwrap();
    let m = b.matrix();
    assert_eq!(m.rows.len(), 4);
    assert_eq!(m.columns.len(), 4);
    assert_eq!(m.cells[0], [2, 0, -1, 0]);
    assert_eq!(m.row_totals, [1, -1, 0, 0]);
    assert_eq!(m.column_totals, [3, -2, -1, 0]);
    assert_eq!(m.strongest(2), [(0, 0, 2), (1, 1, -2)]);
    // 0 clears a cell; a score joins inside with outside only, within −2..=2.
    b.set_score(s_other, o2, 0).unwrap();
    assert_eq!(b.tows.scores.len(), 3);
    assert_eq!(
        b.set_score(s_top, o1, 3),
        Err(BoardError::OutOfRange {
            field: Field::Score,
            min: -2,
            max: 2
        })
    );
    assert_eq!(b.set_score(o1, s_top, 1), Err(BoardError::OtherQuadrant));
    assert!(b.set_tows_top(0).is_err());
    assert!(b.set_tows_top(11).is_err());
}

#[test]
fn strategy_kinds_follow_the_quadrants_they_join() {
    use Quadrant::*;
    assert_eq!(
        StrategyKind::of(Strengths, Opportunities),
        Some(StrategyKind::So)
    );
    assert_eq!(StrategyKind::of(Strengths, Threats), Some(StrategyKind::St));
    assert_eq!(
        StrategyKind::of(Weaknesses, Opportunities),
        Some(StrategyKind::Wo)
    );
    assert_eq!(
        StrategyKind::of(Weaknesses, Threats),
        Some(StrategyKind::Wt)
    );
    assert_eq!(StrategyKind::of(Opportunities, Strengths), None);
}

#[test]
fn strategies_link_their_sources_once_and_only_to_what_exists() {
    let (mut b, _, _, o, theme, strategy, ..) = chained();
    assert_eq!(b.strategy(strategy).unwrap().sources, [theme, o]);
    assert_eq!(
        b.add_strategy(StrategyKind::Wt, "x", &[Id::new()]),
        Err(BoardError::NoSuchItem)
    );
    assert_eq!(
        b.add_strategy(StrategyKind::Wt, "  ", &[]),
        Err(BoardError::EmptyText {
            field: Field::Strategy
        })
    );
    b.edit_strategy(strategy, "Netwerk met sportclubs en ouders")
        .unwrap();
    b.validate().unwrap();
}
