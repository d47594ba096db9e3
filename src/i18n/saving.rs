//! Saving in this browser, storage and its problems, backups.

texts! {
    /// Saving in this browser, storage and its problems, backups.
    pub struct SavingTexts {
        /// Status: all changes saved.
        saved {
            nl: "Alles bewaard in deze browser",
            en: "Everything kept in this browser",
        }

        /// Status: saving.
        saving {
            nl: "Bezig met bewaren…",
            en: "Saving…",
        }

        /// Lasting warning when storage is full.
        storage_full {
            nl: "De opslag van deze browser is vol: wijzigingen worden NIET bewaard. Exporteer het bord nu als bestand.",
            en: "This browser's storage is full: changes are NOT being kept. Export the board as a file now.",
        }

        /// Lasting warning when storage cannot be used at all.
        storage_unavailable {
            nl: "Deze browser laat niets bewaren: wijzigingen gaan verloren bij sluiten. Exporteer het bord als bestand.",
            en: "This browser does not let the app keep anything: changes are lost on closing. Export the board as a file.",
        }

        /// Lasting warning from the start when the browser blocks storage: boards live in memory.
        storage_blocked {
            nl: "Deze browser bewaart niets van deze app: opslag van sitegegevens is geblokkeerd. Je kunt gewoon werken, maar alles staat alleen in dit tabblad en is weg zodra je het sluit of herlaadt. Exporteer je werk als bestand voordat je het tabblad sluit.",
            en: "This browser keeps nothing of this app: storing site data is blocked. You can work as usual, but everything lives in this tab only and is gone once you close or reload it. Export your work as a file before you close the tab.",
        }

        /// Status when the browser blocks storage.
        kept_in_tab {
            nl: "Alleen in dit tabblad, niet in de browser",
            en: "Only in this tab, not in the browser",
        }

        /// Warning when another tab changed the same board.
        stale_tab {
            nl: "Dit bord is in een ander tabblad gewijzigd. Uw wijzigingen hier zijn niet bewaard, om die andere niet te overschrijven. Laad de pagina opnieuw.",
            en: "This board was changed in another tab. Your changes here were not kept, so as not to overwrite those. Reload the page.",
        }

        /// Warning about unreadable stored data, `{count}` is how many records.
        corrupt_stored {
            nl: "Opgeslagen gegevens konden niet worden gelezen ({count} {count|onderdeel|onderdelen}). Ze blijven onaangeroerd bewaard; download ze om ze veilig te stellen.",
            en: "Stored data could not be read ({count} {count|item|items}). It is kept untouched; download it to keep it safe.",
        }

        /// Button: download the unreadable data.
        download_corrupt {
            nl: "Onleesbare gegevens downloaden",
            en: "Download the unreadable data",
        }

        /// Storage line: last saved `{moment}`.
        last_saved {
            nl: "Laatst bewaard: {moment}",
            en: "Last saved: {moment}",
        }

        /// Storage line: space used.
        space_used {
            nl: "Opslag gebruikt: {size}",
            en: "Storage used: {size}",
        }

        /// Storage line: never exported.
        never_exported {
            nl: "Dit bord is nog nooit geëxporteerd.",
            en: "This board was never exported.",
        }

        /// Storage line: last export.
        exported_at {
            nl: "Laatst geëxporteerd: {moment}",
            en: "Last exported: {moment}",
        }

        /// Storage line: changed since the last export.
        changed_since_export {
            nl: "Gewijzigd sinds de laatste export ({moment}).",
            en: "Changed since the last export ({moment}).",
        }

        /// Where the data lives.
        data_lives_here {
            nl: "De borden staan alleen in deze browser. Een geëxporteerd bestand is de echte back-up.",
            en: "The boards live only in this browser. An exported file is the real backup.",
        }

        /// Message after a merge with another tab's write, when both tabs changed the text of
        /// the same notes: both texts are on the board.
        tab_notes_kept {
            nl: "{count} {count|notitie is|notities zijn} tegelijk in een ander tabblad anders gewijzigd. Beide versies staan op het bord: die van het andere tabblad, en die van dit tabblad er direct na.",
            en: "{count} {count|note was|notes were} changed differently in another tab at the same time. Both versions are on the board: the other tab's, and this tab's right after it.",
        }

        /// Message after a merge with another tab's write, when both tabs changed the same
        /// field: `{where}` names what, the other tab's value was kept, Undo puts this tab's back.
        tab_fields_clashed {
            nl: "Een ander tabblad wijzigde tegelijk hetzelfde als dit tabblad ({where}). Daar is de versie van het andere tabblad bewaard; met Ongedaan maken zet u die van dit tabblad terug.",
            en: "Another tab changed the same thing as this tab at the same time ({where}). The other tab's version was kept there; Undo puts this tab's back.",
        }

        /// What a clash with another tab was about: a note, `{text}` its text.
        clash_note {
            nl: "notitie “{text}”",
            en: "note “{text}”",
        }

        /// What a clash with another tab was about: the board's title.
        clash_title {
            nl: "de titel van het bord",
            en: "the board's title",
        }

        /// What a clash with another tab was about: anything else on the board.
        clash_other {
            nl: "{count} {count|ander onderdeel|andere onderdelen} van het bord",
            en: "{count} other {count|item|items} of the board",
        }

        /// Button in the stale-tab warning.
        download_this_tab {
            nl: "Versie van dit tabblad downloaden",
            en: "Download this tab's version",
        }
    }
}
