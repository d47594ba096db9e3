//! Step 8, the report: print, Markdown, CSV.

texts! {
    /// Step 8, the report: print, Markdown, CSV.
    pub struct ReportTexts {
        /// Heading of the report step.
        heading {
            nl: "Rapport van de sessie",
            en: "Report of the session",
        }

        /// What the report step offers.
        help {
            nl: "Het rapport voor de gemeente: druk het af of bewaar het als PDF via het afdrukvenster van de browser, of download het als Markdown. De notities en de acties gaan ook als CSV (UTF-8, opent in Excel met accenten goed; in het Nederlands met puntkomma’s, in het Engels met komma’s).",
            en: "The report for the municipality: print it or save it as PDF through the browser's print dialog, or download it as Markdown. Notes and actions also download as CSV (UTF-8, opens in Excel with accents intact; semicolons in Dutch, commas in English).",
        }

        /// Button: print or save as PDF.
        print {
            nl: "Afdrukken of PDF",
            en: "Print or PDF",
        }

        /// Button: download the report as Markdown.
        download_markdown {
            nl: "Rapport als Markdown",
            en: "Report as Markdown",
        }

        /// Button: notes as CSV.
        download_notes_csv {
            nl: "Notities als CSV",
            en: "Notes as CSV",
        }

        /// Button: actions as CSV.
        download_actions_csv {
            nl: "Acties als CSV",
            en: "Actions as CSV",
        }

        /// Report footer: {date} date.
        generated {
            nl: "Gemaakt met SWOT Board op {date}.",
            en: "Made with SWOT Board on {date}.",
        }

        /// Report heading.
        context {
            nl: "Sessie",
            en: "Session",
        }

        /// Report heading.
        participants {
            nl: "Aanwezig",
            en: "Present",
        }

        /// Report heading.
        quadrants {
            nl: "De vier kwadranten",
            en: "The four quadrants",
        }

        /// Report heading.
        priorities {
            nl: "Topprioriteiten",
            en: "Top priorities",
        }

        /// Text alternative of the matrix picture.
        matrix_alt {
            nl: "Confrontatiematrix als kleurraster; elke cel toont ook haar score.",
            en: "Confrontation matrix as a coloured grid; each cell also shows its score.",
        }

        /// Text alternative of the roles picture.
        roles_alt {
            nl: "Rollen per fase als raster: A = aan zet, B = draagt bij.",
            en: "Roles per phase as a grid: L = leads, C = contributes.",
        }

        /// One letter for leads.
        lead_letter {
            nl: "A",
            en: "L",
        }

        /// One letter for contributes.
        contribute_letter {
            nl: "B",
            en: "C",
        }

        /// CSV field separator of the language.
        csv_separator {
            nl: ";",
            en: ",",
        }

        /// Column.
        col_nr {
            nl: "Nr.",
            en: "No.",
        }

        /// Column.
        col_quadrant {
            nl: "Kwadrant",
            en: "Quadrant",
        }

        /// Column.
        col_text {
            nl: "Tekst",
            en: "Text",
        }

        /// Column.
        col_votes {
            nl: "Stemmen",
            en: "Votes",
        }

        /// Column.
        col_theme {
            nl: "Thema",
            en: "Theme",
        }

        /// Column.
        col_tags {
            nl: "Labels",
            en: "Tags",
        }

        /// Column.
        col_session {
            nl: "Sessie",
            en: "Session",
        }

        /// Column.
        col_place {
            nl: "Plaats",
            en: "Place",
        }

        /// The file name of the notes as CSV; `{stem}` is the board's file name without extension.
        notes_file {
            nl: "{stem}-notities.csv",
            en: "{stem}-notes.csv",
        }

        /// The file name of the actions as CSV.
        actions_file {
            nl: "{stem}-acties.csv",
            en: "{stem}-actions.csv",
        }
    }
}
