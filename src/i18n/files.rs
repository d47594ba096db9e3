//! Session files: import, merge, and why a file could not be read.

texts! {
    /// Session files: import, merge, and why a file could not be read.
    pub struct FileTexts {
        /// Label of the file picker.
        import_label {
            nl: "Bestand importeren",
            en: "Import a file",
        }

        /// How else to import.
        import_hint {
            nl: "Een sessiebestand (.swot.json, ook vergrendeld) of een CSV van notities. U kunt een bestand ook ergens op de pagina neerzetten (slepen).",
            en: "A session file (.swot.json, locked too) or a CSV of notes. You can also drop a file anywhere on the page.",
        }

        /// Heading of the import dialog, `{file}` is the file name.
        import_heading {
            nl: "Importeren: {file}",
            en: "Import: {file}",
        }

        /// What the file holds.
        import_holds {
            nl: "Dit bestand bevat:",
            en: "This file holds:",
        }

        /// Choice: add as new boards (never replaces).
        import_as_new {
            nl: "Toevoegen als nieuw bord (er wordt niets vervangen)",
            en: "Add as new board (nothing is replaced)",
        }

        /// Choice: merge into the open board, `{title}` is its title.
        import_merge {
            nl: "Samenvoegen met het open bord ‘{title}’ (notities met hetzelfde id worden niet verdubbeld; twee versies blijven allebei staan)",
            en: "Merge into the open board ‘{title}’ (notes with the same id are not doubled; two versions are both kept)",
        }

        /// Button: carry out the import.
        import_confirm {
            nl: "Importeren",
            en: "Import",
        }

        /// Confirmation, `{titles}` lists the titles.
        imported {
            nl: "Geïmporteerd: {titles}",
            en: "Imported: {titles}",
        }

        /// Confirmation of a merge: added, both kept.
        merged {
            nl: "Samengevoegd: {added} {added|notitie|notities} toegevoegd, {both} {both|notitie|notities} met twee versies bewaard.",
            en: "Merged: {added} {added|note|notes} added, {both} {both|note|notes} kept in both versions.",
        }

        /// A whole message about one file: `{file}`, `{message}`.
        file_said {
            nl: "‘{file}’: {message}",
            en: "‘{file}’: {message}",
        }

        /// Why a file could not be imported: `{file}`, `{reason}` (a sentence).
        import_failed {
            nl: "Het bestand ‘{file}’ kon niet worden geïmporteerd: {reason} Er is niets veranderd.",
            en: "The file ‘{file}’ could not be imported: {reason} Nothing was changed.",
        }

        /// The file is empty.
        empty {
            nl: "het bestand is leeg.",
            en: "the file is empty.",
        }

        /// The browser could not read the file (not the same as an empty one).
        unreadable {
            nl: "de browser kon het bestand niet lezen; misschien is het verplaatst of verwijderd nadat het werd gekozen. Kies het opnieuw.",
            en: "the browser could not read the file; it may have been moved or deleted after it was chosen. Choose it again.",
        }

        /// Too large: size, limit.
        too_large {
            nl: "het bestand is {size} groot; bestanden tot {max} kunnen worden gelezen.",
            en: "the file is {size} in size; files up to {max} can be read.",
        }

        /// Not UTF-8, `{byte}` is the byte.
        not_text {
            nl: "het bestand is geen tekst (ongeldige UTF-8 bij byte {byte}).",
            en: "the file is not text (invalid UTF-8 at byte {byte}).",
        }

        /// Truncated JSON.
        truncated {
            nl: "het bestand houdt te vroeg op; misschien is het afgekapt.",
            en: "the file ends too early; it may have been cut off.",
        }

        /// Deeply nested JSON.
        too_deep {
            nl: "het bestand is te diep genest om een sessiebestand te zijn.",
            en: "the file is nested too deeply to be a session file.",
        }

        /// Not JSON: line, column.
        not_json {
            nl: "het bestand is geen JSON (regel {line}, kolom {column}).",
            en: "the file is not JSON (line {line}, column {column}).",
        }

        /// JSON of another app.
        not_ours {
            nl: "dit is een JSON-bestand, maar geen SWOT Board-bestand.",
            en: "this is a JSON file, but not a SWOT Board file.",
        }

        /// Another kind, `{kind}`.
        wrong_kind {
            nl: "dit bestand is van het soort ‘{kind}’, geen SWOT Board-bestand.",
            en: "this file is of kind ‘{kind}’, not a SWOT Board file.",
        }

        /// Newer format: found, supported.
        too_new {
            nl: "het is gemaakt met een nieuwere versie van SWOT Board (formaat {found}); deze versie leest tot formaat {supported}.",
            en: "it was made by a newer version of SWOT Board (format {found}); this version reads up to format {supported}.",
        }

        /// No usable version.
        bad_version {
            nl: "de formaatversie ontbreekt of is geen geheel getal.",
            en: "its format version is missing or not a whole number.",
        }

        /// Migration failed: from, reason.
        migration {
            nl: "het kon niet worden omgezet vanaf formaat {from} ({reason}).",
            en: "it could not be converted from format {from} ({reason}).",
        }

        /// No board in the file.
        no_boards {
            nl: "het bevat geen bord.",
            en: "it holds no board.",
        }

        /// A problem at a place: path, what.
        at {
            nl: "{path}: {problem}.",
            en: "{path}: {problem}.",
        }

        /// Serde: missing field.
        missing_field {
            nl: "veld ‘{field}’ ontbreekt",
            en: "field ‘{field}’ is missing",
        }

        /// A field named twice in one object.
        duplicate_field {
            nl: "‘{field}’ staat twee keer in hetzelfde object",
            en: "‘{field}’ appears twice in the same object",
        }

        /// Serde: unknown variant: value, allowed.
        unknown_value {
            nl: "‘{value}’ is niet een van: {allowed}",
            en: "‘{value}’ is not one of: {allowed}",
        }

        /// A value of the wrong kind: `{expected}` is one of [`Texts::kinds`].
        wrong_type {
            nl: "verkeerd soort waarde: hier hoort {expected}",
            en: "wrong kind of value: this takes {expected}",
        }

        /// A value of the right kind that is not valid there (a date, an id).
        not_valid {
            nl: "deze waarde is hier niet geldig",
            en: "this value is not valid here",
        }

        /// The kinds of value a field takes: text, whole number, true/false, list, object.
        kinds: [&'static str; 5] {
            nl: ["tekst", "een geheel getal", "true of false", "een lijst", "een object"],
            en: ["text", "a whole number", "true or false", "a list", "an object"],
        }

        /// A problem with the file as a whole: `{problem}`.
        in_file {
            nl: "{problem}.",
            en: "{problem}.",
        }

        /// A stored value holds another board than its key names.
        not_its_key {
            nl: "dit opgeslagen gegeven bevat een ander bord dan de sleutel noemt.",
            en: "this stored value holds another board than its key names.",
        }
    }
}
