//! The facilitator's round timer: its settings on the board, and the running round as a state
//! machine: start, pause, reset and the end of a round.
//! Time comes in as milliseconds of a steady clock (`now`), never from a clock of its own, so it
//! is tested without waiting; the length of a round is the board's setting, passed in.
//!
//! Its record (`TimerSettings`) and the change to it; the running round (`Countdown`) is kept by
//! the screen, not on the board.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid};
use super::kinds::check_number;
use super::limits::{Field, ROUND_MINUTES};
use super::Id;

/// The facilitator's round timer: how long a round lasts and whether its end sounds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct TimerSettings {
    /// Length of a round in minutes.
    pub minutes: u32,
    /// Whether the end of a round plays a short tone.
    #[serde(default)]
    pub sound: bool,
}

impl TimerSettings {
    /// The settings' limits, for [`Board::validate`].
    pub(super) fn check(&self) -> Result<(), Invalid> {
        check_number("timer.minutes", self.minutes, ROUND_MINUTES)
    }
}

impl Default for TimerSettings {
    fn default() -> Self {
        TimerSettings {
            minutes: 10,
            sound: false,
        }
    }
}

/// Where a round stands.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Countdown {
    /// Not started, or reset: the whole round is left.
    #[default]
    Ready,
    /// Running until this moment.
    Running {
        /// When the round ends, on the clock `now` is read from.
        ends_at: f64,
    },
    /// Paused with this much left, in milliseconds.
    Paused {
        /// Milliseconds left.
        left: f64,
    },
    /// The round has ended; only a reset starts a new one.
    Done,
}

impl Countdown {
    /// Milliseconds left at `now` of a round `length` milliseconds long.
    pub fn left(self, length: f64, now: f64) -> f64 {
        match self {
            Countdown::Ready => length,
            Countdown::Running { ends_at } => (ends_at - now).max(0.0),
            Countdown::Paused { left } => left,
            Countdown::Done => 0.0,
        }
    }

    /// Starts or resumes the round at `now`; an ended round stays ended.
    pub fn start(self, length: f64, now: f64) -> Self {
        match self.left(length, now) {
            left if left > 0.0 && !self.is_running() => Countdown::Running {
                ends_at: now + left,
            },
            _ => self,
        }
    }

    /// Pauses a running round at `now`, keeping what is left.
    pub fn pause(self, length: f64, now: f64) -> Self {
        match self {
            Countdown::Running { .. } => Countdown::Paused {
                left: self.left(length, now),
            },
            other => other,
        }
    }

    /// The round as it stands at `now`: a running round whose end has come is done.
    pub fn at(self, now: f64) -> Self {
        match self {
            Countdown::Running { ends_at } if now >= ends_at => Countdown::Done,
            other => other,
        }
    }

    /// Whether the round is running.
    pub fn is_running(self) -> bool {
        matches!(self, Countdown::Running { .. })
    }

    /// Whether the round has ended.
    pub fn is_done(self) -> bool {
        self == Countdown::Done
    }
}

/// Milliseconds as the clock shows them, `m:ss`, rounded up to the whole second, so that a
/// round shows 0:00 only when it has ended.
pub fn clock(ms: f64) -> String {
    let s = (ms.max(0.0) / 1000.0).ceil() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

impl Board {
    /// Sets the length of a round (1 to 180 minutes) and whether its end sounds.
    pub fn set_timer(&mut self, minutes: u32, sound: bool) -> Result<(), BoardError> {
        let minutes = ROUND_MINUTES.check(Field::RoundMinutes, minutes)?;
        let new = super::TimerSettings { minutes, sound };
        if self.timer == new {
            return Ok(());
        }
        self.timer = new;
        self.changed(())
    }

    /// A note, theme, strategy or action as a link or the chain names it, at most `chars`
    /// characters of its text: "S: Korte lijnen", "SO: Sportclubs betrekken", an action's text.
    pub fn record_label(&self, id: Id, chars: usize) -> String {
        let cut = |s: &str| s.chars().take(chars).collect::<String>();
        if let Some(n) = self.note(id) {
            format!("{}: {}", n.quadrant.letter(), cut(&n.text))
        } else if let Some(t) = self.theme(id) {
            format!("{}: {}", t.quadrant.letter(), cut(&t.name))
        } else if let Some(s) = self.strategy(id) {
            format!("{}: {}", s.kind.key(), cut(&s.text))
        } else if let Some(a) = self.action(id) {
            cut(&a.text)
        } else {
            String::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: f64 = 60_000.0;

    #[test]
    fn a_round_runs_pauses_resumes_and_ends() {
        let ready = Countdown::default();
        assert_eq!(ready.left(MINUTE, 5.0), MINUTE);
        let running = ready.start(MINUTE, 1_000.0);
        assert!(running.is_running());
        assert_eq!(running.left(MINUTE, 21_000.0), 40_000.0);
        assert_eq!(
            running.start(MINUTE, 21_000.0),
            running,
            "a second start changes nothing"
        );
        let paused = running.pause(MINUTE, 21_000.0);
        assert_eq!(paused, Countdown::Paused { left: 40_000.0 });
        assert_eq!(
            paused.left(MINUTE, 999_999.0),
            40_000.0,
            "a paused round stands still"
        );
        let resumed = paused.start(MINUTE, 100_000.0);
        assert_eq!(resumed.at(139_999.0), resumed);
        let done = resumed.at(140_000.0);
        assert!(done.is_done() && !done.is_running());
        assert_eq!(done.left(MINUTE, 140_000.0), 0.0);
        assert_eq!(
            done.start(MINUTE, 150_000.0),
            Countdown::Done,
            "only a reset starts anew"
        );
        assert_eq!(done.pause(MINUTE, 150_000.0), Countdown::Done);
    }

    #[test]
    fn the_clock_shows_minutes_and_seconds_rounded_up() {
        assert_eq!(clock(MINUTE), "1:00");
        assert_eq!(clock(40_000.0), "0:40");
        assert_eq!(clock(39_001.0), "0:40");
        assert_eq!(clock(999.0), "0:01");
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(-5.0), "0:00");
        assert_eq!(clock(180.0 * MINUTE), "180:00");
    }
}
