//! Native benchmarks of the domain and the file code at 10,000 notes:
//! `cargo bench --bench domain` (part of `bash .ci/bench`).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use swot_board::file::{restore, to_json, Envelope};
use swot_board::model::{Board, Quadrant, MAX_NOTES};

fn big_board() -> Board {
    let mut board = Board::new("Benchmark").unwrap();
    for i in 0..MAX_NOTES {
        let quadrant = Quadrant::ALL[i % 4];
        board
            .add_note(
                quadrant,
                &format!("Notitie {i}: samenwerking wijkteam, school en wijkagent"),
            )
            .unwrap();
    }
    board
}

fn domain(c: &mut Criterion) {
    let board = big_board();
    let file = to_json(&Envelope::new(vec![board.clone()]));
    let mut group = c.benchmark_group("10,000 notes");
    group.sample_size(20);
    group.bench_function("export (write the file)", |b| {
        b.iter(|| to_json(&Envelope::new(vec![board.clone()])))
    });
    group.bench_function("import (restore: parse, check, validate)", |b| {
        b.iter(|| restore(file.as_bytes()).unwrap())
    });
    group.bench_function("validate", |b| b.iter(|| board.validate().unwrap()));
    let last = board.notes.last().unwrap().id;
    group.bench_function("move a note across quadrants", |b| {
        b.iter_batched_ref(
            || board.clone(),
            |b| b.move_note(last, Quadrant::Strengths, 0).unwrap(),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("notes of one quadrant", |b| {
        b.iter(|| board.notes_in(Quadrant::Threats).count())
    });
    group.bench_function("merge a copy of itself", |b| {
        b.iter_batched_ref(
            || board.clone(),
            |b| b.merge(&board).unwrap(),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, domain);
criterion_main!(benches);
