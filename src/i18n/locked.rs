//! A session file locked with a passphrase: why it could not be opened.

use super::{bytes, fill, Texts};
use crate::file::LockedError;

texts! {
    /// A session file locked with a passphrase: why it could not be opened. Each is a whole
    /// message, shown where the passphrase is asked for.
    pub struct LockedTexts {
        /// Button beside the export: lock the file with a passphrase.
        export_locked {
            nl: "Exporteren met wachtwoord…",
            en: "Export with a passphrase…",
        }

        /// Button on the list of boards: every board, locked.
        export_all_locked {
            nl: "Alle borden exporteren met wachtwoord…",
            en: "Export all boards with a passphrase…",
        }

        /// Heading of the dialog that locks an export.
        lock_heading {
            nl: "Exporteren met een wachtwoord",
            en: "Export with a passphrase",
        }

        /// What the passphrase protects, in plain words.
        lock_protects {
            nl: "Het bestand wordt op dit apparaat versleuteld. Wie het heeft maar het wachtwoord niet, ziet niets van het bord, zelfs de titel niet. Deel het wachtwoord anders dan het bestand, bijvoorbeeld mondeling.",
            en: "The file is encrypted on this device. Whoever has it but not the passphrase sees nothing of the board, not even the title. Share the passphrase another way than the file, for instance in person.",
        }

        /// That a lost passphrase cannot be recovered, and that it is not stored.
        lock_lost {
            nl: "Het wachtwoord wordt nergens bewaard: wie het kwijt is, kan het bestand nooit meer openen, en niemand kan het herstellen.",
            en: "The passphrase is stored nowhere: without it the file can never be opened again, and nobody can recover it.",
        }

        /// Label of the passphrase field.
        passphrase {
            nl: "Wachtwoord (minstens {min} tekens; een paar woorden is sterk en goed te onthouden)",
            en: "Passphrase (at least {min} characters; a few words are strong and easy to remember)",
        }

        /// Label of the field that repeats it.
        passphrase_again {
            nl: "Wachtwoord nog een keer",
            en: "Passphrase again",
        }

        /// The passphrase is too short: `{min}`.
        too_short {
            nl: "Het wachtwoord is te kort: kies er een van minstens {min} tekens.",
            en: "The passphrase is too short: choose one of at least {min} characters.",
        }

        /// The two do not match.
        not_same {
            nl: "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.",
            en: "The two passphrases differ. Type them again.",
        }

        /// Button: lock and download.
        lock_ok {
            nl: "Versleutelen en downloaden",
            en: "Encrypt and download",
        }

        /// While locking or unlocking.
        working {
            nl: "Even geduld: het wachtwoord wordt verwerkt…",
            en: "One moment: working on the passphrase…",
        }

        /// Message after a locked export: `{file}`.
        locked_done {
            nl: "Het vergrendelde bestand ‘{file}’ is gedownload.",
            en: "The locked file ‘{file}’ was downloaded.",
        }

        /// Locking failed in the browser.
        lock_failed {
            nl: "Het bestand kon niet worden vergrendeld in deze browser. Er is niets gedownload.",
            en: "The file could not be locked in this browser. Nothing was downloaded.",
        }

        /// No Web Crypto on this page.
        no_crypto {
            nl: "Deze pagina kan niet met wachtwoorden werken: browsers staan dat alleen toe op een https-adres. Open SWOT Board via https. Er is niets veranderd.",
            en: "This page cannot work with passphrases: browsers allow that only on an https address. Open SWOT Board over https. Nothing was changed.",
        }

        /// Heading of the dialog that asks for the passphrase of locked files.
        unlock_heading {
            nl: "Vergrendeld bestand openen",
            en: "Open a locked file",
        }

        /// What it asks, `{files}` the names of the files.
        unlock_ask {
            nl: "{files} is vergrendeld. Typ het wachtwoord waarmee het werd vergrendeld.",
            en: "{files} is locked. Type the passphrase it was locked with.",
        }

        /// Label of the passphrase field when opening.
        passphrase_open {
            nl: "Wachtwoord",
            en: "Passphrase",
        }

        /// Button: open.
        unlock_ok {
            nl: "Openen",
            en: "Open",
        }

        /// Which files the passphrase did not open: `{files}`.
        not_opened {
            nl: "Niet geopend: {files}.",
            en: "Not opened: {files}.",
        }

        /// Too large: `{size}`, `{max}`.
        too_large {
            nl: "Dit bestand is {size} groot; vergrendelde bestanden tot {max} kunnen worden geopend. Er is niets veranderd.",
            en: "This file is {size} in size; locked files up to {max} can be opened. Nothing was changed.",
        }

        /// Not a locked file.
        not_locked {
            nl: "Dit is geen vergrendeld SWOT Board-bestand, dus er is geen wachtwoord nodig. Er is niets veranderd.",
            en: "This is not a locked SWOT Board file, so it needs no passphrase. Nothing was changed.",
        }

        /// Cut off.
        truncated {
            nl: "Dit vergrendelde bestand houdt te vroeg op; misschien is het niet helemaal gedownload of gekopieerd. Vraag zo nodig om een nieuw exemplaar. Er is niets veranderd.",
            en: "This locked file ends too early; it may not have been downloaded or copied completely. Ask for a new copy if needed. Nothing was changed.",
        }

        /// Damaged, at `{field}`.
        damaged_field {
            nl: "Dit vergrendelde bestand is beschadigd (bij ‘{field}’) en kan niet worden geopend. Vraag zo nodig om een nieuw exemplaar. Er is niets veranderd.",
            en: "This locked file is damaged (at ‘{field}’) and cannot be opened. Ask for a new copy if needed. Nothing was changed.",
        }

        /// Damaged, as a whole.
        damaged {
            nl: "Dit vergrendelde bestand is beschadigd en kan niet worden geopend. Vraag zo nodig om een nieuw exemplaar. Er is niets veranderd.",
            en: "This locked file is damaged and cannot be opened. Ask for a new copy if needed. Nothing was changed.",
        }

        /// Locked by a newer version: `{found}`, `{supported}`.
        too_new {
            nl: "Dit bestand is vergrendeld met een nieuwere versie van SWOT Board (vergrendeling versie {found}); deze versie opent tot versie {supported}. Open het met de nieuwste versie. Er is niets veranderd.",
            en: "This file was locked by a newer version of SWOT Board (locking version {found}); this version opens up to version {supported}. Open it with the newest version. Nothing was changed.",
        }

        /// The passphrase does not open it.
        wrong_passphrase {
            nl: "Dit wachtwoord opent het bestand niet. Let op hoofdletters en spaties en probeer het opnieuw. Er is niets veranderd.",
            en: "This passphrase does not open the file. Mind capitals and spaces, and try again. Nothing was changed.",
        }

        /// The browser could not make a key of the passphrase, so it was not tried (not the
        /// same as a wrong one).
        key_failed {
            nl: "De browser kon met dit wachtwoord geen sleutel maken, dus het is niet geprobeerd; het kan goed zijn. Probeer het opnieuw, of open het bestand in een andere browser. Er is niets veranderd.",
            en: "The browser could not make a key of this passphrase, so it was not tried; it may well be right. Try again, or open the file in another browser. Nothing was changed.",
        }

        /// Changed after locking: never the user's doing.
        tampered {
            nl: "Het wachtwoord klopt, maar het bestand is veranderd nadat het werd vergrendeld, bijvoorbeeld onderweg of bij het opslaan. Daarom wordt het niet geopend. Vraag wie het stuurde om het opnieuw te sturen. Er is niets veranderd.",
            en: "The passphrase is right, but the file was changed after it was locked, for instance on its way or when it was saved. So it is not opened. Ask whoever sent it to send it again. Nothing was changed.",
        }
    }
}

impl Texts {
    /// Why a locked file could not be opened, as a whole message.
    pub fn locked_error(&self, error: &LockedError) -> String {
        let t = &self.locked;
        match error {
            LockedError::TooLarge { bytes: size, max } => fill(
                t.too_large,
                &[
                    ("size", &bytes(*size, self.lang)),
                    ("max", &bytes(*max, self.lang)),
                ],
            ),
            LockedError::NotLocked => t.not_locked.to_string(),
            LockedError::Truncated => t.truncated.to_string(),
            LockedError::Damaged { field: "" } => t.damaged.to_string(),
            LockedError::Damaged { field } => fill(t.damaged_field, &[("field", field)]),
            LockedError::TooNew { found, supported } => fill(
                t.too_new,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            LockedError::WrongPassphrase => t.wrong_passphrase.to_string(),
            LockedError::Tampered => t.tampered.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{EN, NL};
    use super::*;

    /// One of each error; the match fails to compile when a variant is added and not listed.
    fn every_error() -> Vec<LockedError> {
        let all = vec![
            LockedError::TooLarge {
                bytes: 40_000_000,
                max: 33_338_000,
            },
            LockedError::NotLocked,
            LockedError::Truncated,
            LockedError::Damaged { field: "kdf.salt" },
            LockedError::Damaged { field: "" },
            LockedError::TooNew {
                found: 2,
                supported: 1,
            },
            LockedError::WrongPassphrase,
            LockedError::Tampered,
        ];
        for error in &all {
            match error {
                LockedError::TooLarge { .. }
                | LockedError::NotLocked
                | LockedError::Truncated
                | LockedError::Damaged { .. }
                | LockedError::TooNew { .. }
                | LockedError::WrongPassphrase
                | LockedError::Tampered => {}
            }
        }
        all
    }

    #[test]
    fn every_locked_error_is_said_in_both_languages_and_says_nothing_was_changed() {
        let english = [
            " the ",
            "file",
            "locked",
            "passphrase",
            "damaged",
            "version",
            " not ",
            "changed",
        ];
        for error in every_error() {
            let (nl, en) = (NL.locked_error(&error), EN.locked_error(&error));
            assert_ne!(nl, en, "{error:?}");
            assert!(nl.ends_with("Er is niets veranderd."), "{nl}");
            assert!(en.ends_with("Nothing was changed."), "{en}");
            for said in [&nl, &en] {
                assert!(!said.contains(['{', '}']), "{said}");
            }
            for word in english {
                assert!(!nl.contains(word), "{error:?}: {nl:?} has {word:?}");
            }
        }
    }

    #[test]
    fn a_key_the_browser_could_not_make_is_said_apart_from_a_wrong_passphrase() {
        for (t, nothing) in [
            (&NL.locked, "Er is niets veranderd."),
            (&EN.locked, "Nothing was changed."),
        ] {
            assert_ne!(t.key_failed, t.wrong_passphrase);
            assert!(t.key_failed.ends_with(nothing), "{}", t.key_failed);
        }
        assert!(NL.locked.key_failed.contains("Probeer het opnieuw"));
        assert!(EN.locked.key_failed.contains("Try again"));
    }

    #[test]
    fn a_wrong_passphrase_may_be_tried_again_and_a_changed_file_blames_no_one() {
        assert!(NL
            .locked_error(&LockedError::WrongPassphrase)
            .contains("probeer het opnieuw"));
        assert!(EN
            .locked_error(&LockedError::WrongPassphrase)
            .contains("try again"));
        for lang in [&NL, &EN] {
            let said = lang.locked_error(&LockedError::Tampered).to_lowercase();
            let words: Vec<&str> = said.split(|c: char| !c.is_alphabetic()).collect();
            for blame in ["u", "uw", "you", "your"] {
                assert!(!words.contains(&blame), "{said}");
            }
        }
        assert_eq!(
            NL.locked_error(&LockedError::Damaged { field: "kdf.salt" }),
            "Dit vergrendelde bestand is beschadigd (bij ‘kdf.salt’) en kan niet worden geopend. Vraag zo nodig om een nieuw exemplaar. Er is niets veranderd."
        );
    }
}
