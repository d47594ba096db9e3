//! The welcome shown while no board exists yet.

texts! {
    /// The welcome shown while no board exists yet.
    pub struct WelcomeTexts {
        /// Heading of the first-visit welcome.
        title {
            nl: "Een SWOT-analyse met uw focusgroep",
            en: "A SWOT analysis with your focus group",
        }

        /// What the app is for, in a few sentences.
        body {
            nl: "Zet op het scherm in de zaal de krachten en zwaktes van de samenwerking (binnen) en de kansen en bedreigingen (buiten) op een rij. De notulist typt mee terwijl de groep praat; elke notitie wordt meteen bewaard.",
            en: "Put the strengths and weaknesses of the cooperation (inside) and its opportunities and threats (outside) side by side on the screen in the room. The scribe types as the group talks; every note is kept at once.",
        }

        /// Button: start an empty board.
        start_empty {
            nl: "Leeg bord beginnen",
            en: "Start an empty board",
        }

        /// Button: open the example board.
        open_example {
            nl: "Voorbeeld openen",
            en: "Open the example",
        }

        /// Where the data lives.
        privacy_note {
            nl: "Alles wat u typt blijft in deze browser op dit apparaat. Er wordt niets verstuurd. Exporteer een bestand als back-up of om te delen.",
            en: "Everything you type stays in this browser on this device. Nothing is sent anywhere. Export a file as a backup or to share it.",
        }
    }
}
