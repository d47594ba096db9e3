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

        /// Button in the stale-tab warning.
        download_this_tab {
            nl: "Versie van dit tabblad downloaden",
            en: "Download this tab's version",
        }
    }
}
