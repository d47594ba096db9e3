//! Any bytes given to `restore` give a board or a clear error, never a panic; what is restored
//! is valid and writes back to a file that restores to the same boards.
#![no_main]

use libfuzzer_sys::fuzz_target;
use swot_board::file::{restore, to_json};

fuzz_target!(|data: &[u8]| {
    if let Ok(envelope) = restore(data) {
        for board in &envelope.boards {
            assert!(board.validate().is_ok());
        }
        let again = restore(to_json(&envelope).as_bytes()).expect("a written file restores");
        assert_eq!(again.boards, envelope.boards);
    }
});
