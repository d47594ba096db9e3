//! The round timer.

texts! {
    /// The round timer.
    pub struct TimerTexts {
        /// Label of the timer.
        label {
            nl: "Timer",
            en: "Timer",
        }

        /// Field: minutes of a round.
        minutes {
            nl: "Minuten",
            en: "Minutes",
        }

        /// Button: start the timer.
        start {
            nl: "Start",
            en: "Start",
        }

        /// Button: pause the timer.
        pause {
            nl: "Pauze",
            en: "Pause",
        }

        /// Button: reset the timer.
        reset {
            nl: "Opnieuw",
            en: "Reset",
        }

        /// Checkbox: a tone at the end.
        sound {
            nl: "Geluid aan het eind",
            en: "Sound at the end",
        }

        /// The round is over.
        time_up {
            nl: "De tijd is om",
            en: "Time is up",
        }

        /// Name of the clock: {time} time left.
        time_left {
            nl: "Nog {time}",
            en: "{time} left",
        }
    }
}
