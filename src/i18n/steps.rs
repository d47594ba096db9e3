//! The texts of the facilitation steps, in Dutch and English (kept apart from the board's own
//! texts only to keep each file readable).

/// The texts of the steps after the notes: context, themes, votes, matrix, roles, glossary, plan.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct StepTexts {
    /// A stored date that is not one.
    pub problem_not_a_date: &'static str,
    /// A stored number outside its range: {min} min, {max} max.
    pub problem_out_of_range: &'static str,
    /// Button: back to the list.
    pub s_back: &'static str,
    /// Tag that keeps a note's source: {source} session.
    pub s_source_tag: &'static str,
    /// Message: synthesis saved as board {title}.
    pub s_saved: &'static str,
    /// Title of a synthesis board: {count} count.
    pub s_title: &'static str,
    /// Button: export as session file.
    pub s_export: &'static str,
    /// Button: save the synthesis as a board.
    pub s_save_board: &'static str,
    /// Actions without an owner.
    pub s_no_owner: &'static str,
    /// Actions without a phase.
    pub s_no_phase: &'static str,
    /// Text alternative.
    pub s_roles_alt: &'static str,
    /// Heading.
    pub s_roles: &'static str,
    /// Heading.
    pub s_actions_owner: &'static str,
    /// Heading.
    pub s_actions_phase: &'static str,
    /// Heading: all notes.
    pub s_notes: &'static str,
    /// {count} sessions.
    pub s_sessions_n: &'static str,
    /// Text alternative of the bars.
    pub s_recurring_alt: &'static str,
    /// Heading: recurring themes.
    pub s_recurring: &'static str,
    /// Option: no filter.
    pub filter_all: &'static str,
    /// Filter.
    pub filter_tag: &'static str,
    /// Filter.
    pub filter_domain: &'static str,
    /// Filter.
    pub filter_place: &'static str,
    /// Filter.
    pub filter_session: &'static str,
    /// Nothing chosen yet.
    pub synthesis_none: &'static str,
    /// Button: add files.
    pub synthesis_files: &'static str,
    /// Label: boards on this device.
    pub synthesis_boards: &'static str,
    /// What the synthesis does.
    pub synthesis_help: &'static str,
    /// Heading.
    pub synthesis_heading: &'static str,
    /// Button: open the synthesis.
    pub synthesis: &'static str,
    /// CSV field separator of the language.
    pub csv_separator: &'static str,
    /// Column.
    pub col_place: &'static str,
    /// Column.
    pub col_session: &'static str,
    /// Column.
    pub col_tags: &'static str,
    /// Column.
    pub col_theme: &'static str,
    /// Column.
    pub col_votes: &'static str,
    /// Column.
    pub col_text: &'static str,
    /// Column.
    pub col_quadrant: &'static str,
    /// Column.
    pub col_nr: &'static str,
    /// One letter for contributes.
    pub contribute_letter: &'static str,
    /// One letter for leads.
    pub lead_letter: &'static str,
    /// Text alternative of the roles picture.
    pub r_roles_alt: &'static str,
    /// Text alternative of the matrix picture.
    pub r_matrix_alt: &'static str,
    /// Report footer: {date} date.
    pub r_generated: &'static str,
    /// Report heading.
    pub r_priorities: &'static str,
    /// Report heading.
    pub r_quadrants: &'static str,
    /// Report heading.
    pub r_participants: &'static str,
    /// Report heading.
    pub r_context: &'static str,
    /// Button: actions as CSV.
    pub download_actions_csv: &'static str,
    /// Button: notes as CSV.
    pub download_notes_csv: &'static str,
    /// Button: download the report as Markdown.
    pub download_markdown: &'static str,
    /// Button: print or save as PDF.
    pub print: &'static str,
    /// What the report step offers.
    pub report_help: &'static str,
    /// Heading of the report step.
    pub report_heading: &'static str,
    /// Step: the report.
    pub step_report: &'static str,
    /// What step 7 is for.
    pub actions_help: &'static str,
    /// What step 3 is for.
    pub votes_help: &'static str,
    /// What step 1 is for.
    pub context_help: &'static str,
    /// Label of the row of steps.
    pub steps_label: &'static str,
    /// Step: session context.
    pub step_context: &'static str,
    /// Step: the four quadrants.
    pub step_notes: &'static str,
    /// Step: prioritising.
    pub step_votes: &'static str,
    /// Step: the confrontation matrix.
    pub step_tows: &'static str,
    /// Step: phases and roles.
    pub step_roles: &'static str,
    /// Step: the shared language.
    pub step_glossary: &'static str,
    /// Step: the action plan.
    pub step_actions: &'static str,
    /// Heading of the session context.
    pub context_heading: &'static str,
    /// Field: place.
    pub place: &'static str,
    /// Field: date.
    pub date: &'static str,
    /// Field: facilitator.
    pub facilitator: &'static str,
    /// Field: purpose.
    pub purpose: &'static str,
    /// Heading: who is in the room.
    pub participants_heading: &'static str,
    /// Field: organisation.
    pub organisation: &'static str,
    /// Field: role.
    pub role: &'static str,
    /// Field: domain.
    pub domain: &'static str,
    /// Field: how many.
    pub count: &'static str,
    /// Button: add a participant.
    pub add_participant: &'static str,
    /// Button: remove a row.
    pub remove: &'static str,
    /// Name of a remove button: {name} the row.
    pub remove_named: &'static str,
    /// No participants yet.
    pub no_participants: &'static str,
    /// Domain name.
    pub domain_social: &'static str,
    /// Domain name.
    pub domain_safety: &'static str,
    /// Domain name.
    pub domain_informal: &'static str,
    /// Domain name.
    pub domain_other: &'static str,
    /// Button: start grouping notes of a quadrant.
    pub group: &'static str,
    /// How grouping works.
    pub group_help: &'static str,
    /// Checkbox label: select a note: {note} is its text.
    pub select_note: &'static str,
    /// Field: name of a theme.
    pub theme_name: &'static str,
    /// Button: make a theme of the selected notes.
    pub make_theme: &'static str,
    /// Name of a theme made by dragging: {number} is a number.
    pub new_theme_name: &'static str,
    /// Announcement: a theme was made: {name}.
    pub theme_made: &'static str,
    /// Button: rename a theme.
    pub rename_theme: &'static str,
    /// Button: ungroup a theme.
    pub ungroup: &'static str,
    /// Heading of the notes in no theme.
    pub ungrouped: &'static str,
    /// Label: the theme of a note.
    pub theme: &'static str,
    /// Option: no theme.
    pub no_theme: &'static str,
    /// Field: tags of a note.
    pub tags: &'static str,
    /// Button: edit tags.
    pub edit_tags: &'static str,
    /// Prompt: note in S/W reads as outside ({word} the word, {quadrant} the suggested quadrant).
    pub check_outside: &'static str,
    /// Prompt: note in O/T reads as inside.
    pub check_inside: &'static str,
    /// Button: move as suggested: {quadrant} quadrant.
    pub check_move: &'static str,
    /// Button: keep the note where it is.
    pub check_keep: &'static str,
    /// Label of the terms found in a note.
    pub term_lookup: &'static str,
    /// Button: follow the chain of a record.
    pub chain: &'static str,
    /// Heading of the chain dialog: {name} the record.
    pub chain_of: &'static str,
    /// What the chain shows.
    pub chain_help: &'static str,
    /// The record is linked with nothing.
    pub chain_empty: &'static str,
    /// Section: notes.
    pub notes_label: &'static str,
    /// Section: themes.
    pub themes_label: &'static str,
    /// Section: strategies.
    pub strategies_label: &'static str,
    /// Section: actions.
    pub actions_label: &'static str,
    /// Button: close.
    pub close: &'static str,
    /// Heading of prioritising.
    pub votes_heading: &'static str,
    /// Field: votes per participant.
    pub per_participant: &'static str,
    /// Field: cap per note.
    pub cap: &'static str,
    /// Field: number of voters; {count} the number from the context.
    pub voters: &'static str,
    /// Button: apply settings.
    pub save_settings: &'static str,
    /// Votes used: {used} used, {total} in all.
    pub budget: &'static str,
    /// Votes used when the room's votes are unknown.
    pub budget_unknown: &'static str,
    /// Button: dot voting, voter by voter.
    pub mode_dots: &'static str,
    /// Button: scribe enters tallies.
    pub mode_scribe: &'static str,
    /// The voter whose turn it is: {number} number, {left} votes left.
    pub voter_turn: &'static str,
    /// Button: next voter.
    pub next_voter: &'static str,
    /// Button name: a vote for {note}.
    pub vote_for: &'static str,
    /// Button name: take back a vote for {note}.
    pub unvote: &'static str,
    /// Field name: the tally for {note}.
    pub tally_for: &'static str,
    /// {count} votes.
    pub votes_n: &'static str,
    /// Checkbox: sort by votes.
    pub sort_by_votes: &'static str,
    /// Button: reset votes.
    pub reset_votes: &'static str,
    /// Message: votes were reset.
    pub votes_cleared: &'static str,
    /// Heading of the matrix.
    pub tows_heading: &'static str,
    /// How to score.
    pub tows_help: &'static str,
    /// Field: how many top items.
    pub tows_top: &'static str,
    /// The matrix has no rows or columns yet.
    pub tows_empty: &'static str,
    /// Heading: total.
    pub total: &'static str,
    /// Name of a cell: {row} row, {column} column.
    pub cell_label: &'static str,
    /// Heading: strongest pairs.
    pub strongest: &'static str,
    /// No pair scored yet.
    pub strongest_none: &'static str,
    /// Button: write a strategy from a pair.
    pub write_strategy: &'static str,
    /// Heading: strategies.
    pub strategies_heading: &'static str,
    /// SO.
    pub kind_so: &'static str,
    /// ST.
    pub kind_st: &'static str,
    /// WO.
    pub kind_wo: &'static str,
    /// WT.
    pub kind_wt: &'static str,
    /// Field: a new strategy of kind {kind}.
    pub strategy_input: &'static str,
    /// Label: where a strategy comes from.
    pub sources: &'static str,
    /// Button: add.
    pub add: &'static str,
    /// No strategy yet.
    pub no_strategies: &'static str,
    /// Field name: edit {name}.
    pub edit_named: &'static str,
    /// Heading: phases.
    pub phases_heading: &'static str,
    /// Where the phases come from.
    pub phases_help: &'static str,
    /// Button: add the default phases.
    pub use_default_phases: &'static str,
    /// Field: name of a phase.
    pub phase_name: &'static str,
    /// Field: what a phase is aimed at.
    pub phase_description: &'static str,
    /// Button: add a phase.
    pub add_phase: &'static str,
    /// Button: move earlier: {name} the item.
    pub earlier: &'static str,
    /// Button: move later.
    pub later: &'static str,
    /// Heading: who acts when.
    pub roles_heading: &'static str,
    /// How to fill the matrix.
    pub roles_help: &'static str,
    /// The matrix needs participants and phases.
    pub roles_need: &'static str,
    /// Option: no part.
    pub part_none: &'static str,
    /// Option: leads.
    pub part_leads: &'static str,
    /// Option: contributes.
    pub part_contributes: &'static str,
    /// Heading: shared language.
    pub glossary_heading: &'static str,
    /// What the glossary is for.
    pub glossary_help: &'static str,
    /// Field: the term.
    pub term: &'static str,
    /// Field: the agreed meaning.
    pub meaning: &'static str,
    /// Button: add a term.
    pub add_term: &'static str,
    /// No terms yet.
    pub no_terms: &'static str,
    /// How many notes use a term.
    pub used_in: &'static str,
    /// Heading of the action plan.
    pub actions_heading: &'static str,
    /// Field: a new action.
    pub action_input: &'static str,
    /// Field: an action's text.
    pub action_text: &'static str,
    /// Field: who acts.
    pub owner: &'static str,
    /// Field: phase.
    pub phase: &'static str,
    /// Field: due date.
    pub due: &'static str,
    /// Field: status.
    pub status: &'static str,
    /// Status.
    pub status_planned: &'static str,
    /// Status.
    pub status_in_progress: &'static str,
    /// Status.
    pub status_done: &'static str,
    /// Label: what an action answers.
    pub links: &'static str,
    /// Field: link an action to.
    pub link_to: &'static str,
    /// Button name: unlink {name}.
    pub unlink: &'static str,
    /// No value.
    pub none: &'static str,
    /// No action yet.
    pub no_actions: &'static str,
    /// Announcement: action added.
    pub action_added: &'static str,
    /// Button name: delete {name}.
    pub delete_named: &'static str,
    /// Label of the timer.
    pub timer: &'static str,
    /// Field: minutes of a round.
    pub minutes: &'static str,
    /// Button: start the timer.
    pub start: &'static str,
    /// Button: pause the timer.
    pub pause: &'static str,
    /// Button: reset the timer.
    pub reset: &'static str,
    /// Checkbox: a tone at the end.
    pub sound: &'static str,
    /// The round is over.
    pub time_up: &'static str,
    /// Name of the clock: {time} time left.
    pub time_left: &'static str,
    /// Error.
    pub err_empty_text: &'static str,
    /// Error: {max} max.
    pub err_text_too_long: &'static str,
    /// Error.
    pub err_no_such_item: &'static str,
    /// Error.
    pub err_other_quadrant: &'static str,
    /// Error.
    pub err_no_votes_left: &'static str,
    /// Error: {cap} cap.
    pub err_cap: &'static str,
    /// Error: {budget} budget.
    pub err_over_budget: &'static str,
    /// Error.
    pub err_bad_date: &'static str,
    /// Error: {min} min, {max} max.
    pub err_out_of_range: &'static str,
}

/// Nederlands.
pub static STEPS_NL: StepTexts = StepTexts {
    problem_not_a_date: "is geen datum (JJJJ-MM-DD)",
    problem_out_of_range: "ligt niet tussen {min} en {max}",
    s_back: "Terug naar de borden",
    s_source_tag: "bron: {source}",
    s_saved: "De synthese staat nu als bord ‘{title}’ in de lijst.",
    s_title: "Synthese van {count} {count|sessie|sessies}",
    s_export: "Exporteer als sessiebestand",
    s_save_board: "Bewaar als bord",
    s_no_owner: "Zonder eigenaar",
    s_no_phase: "Zonder fase",
    s_roles_alt: "Raster van rollen en fasen: het getal is het aantal sessies waarin de rol aan zet is (A) of bijdraagt (B).",
    s_roles: "Wie is aan zet, over alle sessies",
    s_actions_owner: "Acties per rol",
    s_actions_phase: "Acties per fase",
    s_notes: "Alle notities per kwadrant",
    s_sessions_n: "{count} {count|sessie|sessies}",
    s_recurring_alt: "Staafdiagram: per thema het aantal sessies dat het noemde.",
    s_recurring: "Wat terugkwam",
    filter_all: "Alle",
    filter_tag: "Label",
    filter_domain: "Domein aanwezig",
    filter_place: "Plaats",
    filter_session: "Sessie",
    synthesis_none: "Kies minstens één sessie.",
    synthesis_files: "Sessiebestanden toevoegen",
    synthesis_boards: "Sessies op dit apparaat",
    synthesis_help: "Kies sessies op dit apparaat en voeg sessiebestanden toe (meerdere tegelijk, of sleep ze hierheen). Niets verandert aan de borden zelf. De synthese toont wat overal terugkwam.",
    synthesis_heading: "Synthese van sessies",
    synthesis: "Synthese van sessies",
    csv_separator: ";",
    col_place: "Plaats",
    col_session: "Sessie",
    col_tags: "Labels",
    col_theme: "Thema",
    col_votes: "Stemmen",
    col_text: "Tekst",
    col_quadrant: "Kwadrant",
    col_nr: "Nr.",
    contribute_letter: "B",
    lead_letter: "A",
    r_roles_alt: "Rollen per fase als raster: A = aan zet, B = draagt bij.",
    r_matrix_alt: "Confrontatiematrix als kleurraster; elke cel toont ook haar score.",
    r_generated: "Gemaakt met SWOT Board op {date}.",
    r_priorities: "Topprioriteiten",
    r_quadrants: "De vier kwadranten",
    r_participants: "Aanwezig",
    r_context: "Sessie",
    download_actions_csv: "Acties als CSV",
    download_notes_csv: "Notities als CSV",
    download_markdown: "Rapport als Markdown",
    print: "Afdrukken of PDF",
    report_help: "Het rapport voor de gemeente: druk het af of bewaar het als PDF via het afdrukvenster van de browser, of download het als Markdown. De notities en de acties gaan ook als CSV (UTF-8, opent in Excel met accenten goed; in het Nederlands met puntkomma’s, in het Engels met komma’s).",
    report_heading: "Rapport van de sessie",
    step_report: "8 Rapport",
    actions_help: "Wat gaat er gebeuren, wie is aan zet, in welke fase en wanneer is het klaar? Koppel elke actie aan de strategie, het thema of de notitie waar ze op antwoordt.",
    votes_help: "Elke deelnemer verdeelt zijn stemmen over de notities die het zwaarst wegen, of de notulist voert de in de zaal getelde stemmen in. De best scorende gaan door naar de confrontatiematrix.",
    context_help: "Leg vast waar en waarom de sessie is en wie er aan tafel zitten. De rollen komen terug bij ‘wie is aan zet’ en in het actieplan.",
    steps_label: "Stappen van de sessie",
    step_context: "1 Sessie",
    step_notes: "2 SWOT",
    step_votes: "3 Prioriteren",
    step_tows: "4 Confrontatie",
    step_roles: "5 Fasen en rollen",
    step_glossary: "6 Begrippen",
    step_actions: "7 Actieplan",
    context_heading: "Over deze sessie",
    place: "Plaats of gemeente",
    date: "Datum",
    facilitator: "Gespreksleider",
    purpose: "Doel van de sessie",
    participants_heading: "Wie zijn er aanwezig",
    organisation: "Organisatie",
    role: "Rol",
    domain: "Domein",
    count: "Aantal",
    add_participant: "Deelnemer toevoegen",
    remove: "Verwijderen",
    remove_named: "{name} verwijderen",
    no_participants: "Nog niemand toegevoegd.",
    domain_social: "Sociaal domein",
    domain_safety: "Veiligheidsdomein",
    domain_informal: "Informeel netwerk",
    domain_other: "Anders",
    group: "Groeperen",
    group_help: "Kies de notities die bij elkaar horen en geef het thema een naam. Slepen van een notitie op het midden van een andere groepeert ook.",
    select_note: "Kies: {note}",
    theme_name: "Naam van het thema",
    make_theme: "Maak thema",
    new_theme_name: "Thema {number}",
    theme_made: "Thema ‘{name}’ gemaakt",
    rename_theme: "Hernoem thema",
    ungroup: "Groep opheffen",
    ungrouped: "Zonder thema",
    theme: "Thema",
    no_theme: "Geen thema",
    tags: "Labels (met komma’s ertussen)",
    edit_tags: "Labels",
    check_outside: "Gaat dit over een ontwikkeling buiten de samenwerking (‘{word}’)? Dan hoort het misschien bij {quadrant}.",
    check_inside: "Gaat dit over de samenwerking zelf (‘{word}’)? Dan hoort het misschien bij {quadrant}.",
    check_move: "Naar {quadrant}",
    check_keep: "Laat staan",
    term_lookup: "Begrippen in deze notitie",
    chain: "Keten",
    chain_of: "Keten van ‘{name}’",
    chain_help: "Van notitie naar thema, strategie en actie, en terug. Kies een onderdeel om ernaartoe te gaan.",
    chain_empty: "Nog nergens aan gekoppeld.",
    notes_label: "Notities",
    themes_label: "Thema’s",
    strategies_label: "Strategieën",
    actions_label: "Acties",
    close: "Sluiten",
    votes_heading: "Prioriteren met stemmen",
    per_participant: "Stemmen per deelnemer",
    cap: "Hoogstens per notitie per deelnemer (leeg: geen grens)",
    voters: "Aantal stemmers (leeg: de {count} {count|aanwezige|aanwezigen} uit stap 1)",
    save_settings: "Toepassen",
    budget: "{used} van de {total} {total|stem|stemmen} gebruikt",
    budget_unknown: "{count} {count|stem|stemmen} uitgebracht",
    mode_dots: "Stemronde per deelnemer",
    mode_scribe: "Turven invoeren",
    voter_turn: "Deelnemer {number} is aan de beurt: nog {left} {left|stem|stemmen}",
    next_voter: "Volgende deelnemer",
    vote_for: "Stem op: {note}",
    unvote: "Stem terug van: {note}",
    tally_for: "Stemmen voor: {note}",
    votes_n: "{count} {count|stem|stemmen}",
    sort_by_votes: "Sorteer op stemmen",
    reset_votes: "Stemmen wissen",
    votes_cleared: "Alle stemmen zijn gewist.",
    tows_heading: "Confrontatiematrix (TOWS)",
    tows_help: "Zet de belangrijkste sterktes en zwaktes (rijen) tegenover de belangrijkste kansen en bedreigingen (kolommen). Scoor elke combinatie van −− tot ++: hoe sterk hangen ze samen?",
    tows_top: "Topitems per kwadrant",
    tows_empty: "De matrix heeft notities in Krachten of Zwaktes én in Kansen of Bedreigingen nodig.",
    total: "Totaal",
    cell_label: "{row} tegenover {column}",
    strongest: "Sterkste combinaties",
    strongest_none: "Nog geen combinatie gescoord.",
    write_strategy: "Schrijf strategie",
    strategies_heading: "Strategieën",
    kind_so: "Sterktes benutten om kansen te grijpen",
    kind_st: "Sterktes inzetten tegen bedreigingen",
    kind_wo: "Zwaktes overwinnen met kansen",
    kind_wt: "Zwaktes beperken tegen bedreigingen",
    strategy_input: "Nieuwe {kind}-strategie",
    sources: "Komt voort uit",
    add: "Toevoegen",
    no_strategies: "Nog geen strategie.",
    edit_named: "Bewerk: {name}",
    phases_heading: "Fasen van preventie",
    phases_help: "Standaard de vier fasen van het preventiemodel dat in Nederland voor radicalisering wordt gebruikt (A.-J. Gielen, Expertise-unit Sociale Stabiliteit). Pas ze aan deze gemeente aan.",
    use_default_phases: "Gebruik de vier fasen van het preventiemodel",
    phase_name: "Naam van de fase",
    phase_description: "Waarop gericht",
    add_phase: "Fase toevoegen",
    earlier: "{name} eerder",
    later: "{name} later",
    roles_heading: "Wie is aan zet in welke fase",
    roles_help: "Kies per rol en fase wie aan zet is (trekt) en wie bijdraagt.",
    roles_need: "Voeg bij stap 1 de aanwezigen toe en hierboven de fasen; dan verschijnt hier de matrix.",
    part_none: "—",
    part_leads: "Aan zet",
    part_contributes: "Draagt bij",
    glossary_heading: "Gedeelde taal",
    glossary_help: "Leg vast wat de groep met een woord bedoelt, zodat iedereen hetzelfde verstaat onder bijvoorbeeld ‘signaal’ of ‘radicalisering’. Een begrip dat in een notitie staat, is vanuit die notitie op te zoeken.",
    term: "Begrip",
    meaning: "Betekenis die we afspreken",
    add_term: "Begrip toevoegen",
    no_terms: "Nog geen begrippen.",
    used_in: "In {count} {count|notitie|notities}",
    actions_heading: "Lokaal actieplan",
    action_input: "Nieuwe actie: wat gaat er gebeuren?",
    action_text: "Actie",
    owner: "Wie is aan zet",
    phase: "Fase",
    due: "Klaar op",
    status: "Stand",
    status_planned: "Gepland",
    status_in_progress: "Bezig",
    status_done: "Afgerond",
    links: "Antwoord op",
    link_to: "Koppel aan…",
    unlink: "Ontkoppel: {name}",
    none: "—",
    no_actions: "Nog geen acties. Schrijf hierboven de eerste.",
    action_added: "Actie toegevoegd",
    delete_named: "Verwijderen: {name}",
    timer: "Timer",
    minutes: "Minuten",
    start: "Start",
    pause: "Pauze",
    reset: "Opnieuw",
    sound: "Geluid aan het eind",
    time_up: "De tijd is om",
    time_left: "Nog {time}",
    err_empty_text: "Dit veld mag niet leeg zijn.",
    err_text_too_long: "Dit veld mag hoogstens {max} tekens bevatten.",
    err_no_such_item: "Dat onderdeel staat niet meer op het bord.",
    err_other_quadrant: "Een thema groepeert notities van één kwadrant; een score koppelt binnen (S, W) aan buiten (O, T).",
    err_no_votes_left: "Deze deelnemer heeft geen stemmen meer. Ga naar de volgende deelnemer.",
    err_cap: "Eén deelnemer kan een notitie hoogstens {cap} {cap|stem|stemmen} geven.",
    err_over_budget: "De zaal heeft {budget} {budget|stem|stemmen} in totaal; dat aantal is bereikt. Pas zo nodig het aantal stemmers aan.",
    err_bad_date: "Dat is geen datum. Kies een dag of schrijf JJJJ-MM-DD.",
    err_out_of_range: "Kies een getal van {min} tot en met {max}.",
};

/// English.
pub static STEPS_EN: StepTexts = StepTexts {
    problem_not_a_date: "is not a date (YYYY-MM-DD)",
    problem_out_of_range: "is not between {min} and {max}",
    s_back: "Back to the boards",
    s_source_tag: "source: {source}",
    s_saved: "The synthesis is now the board ‘{title}’ in the list.",
    s_title: "Synthesis of {count} {count|session|sessions}",
    s_export: "Export as session file",
    s_save_board: "Save as board",
    s_no_owner: "No owner",
    s_no_phase: "No phase",
    s_roles_alt: "Grid of roles and phases: the number is how many sessions have the role leading (L) or contributing (C).",
    s_roles: "Who acts, over all sessions",
    s_actions_owner: "Actions by role",
    s_actions_phase: "Actions by phase",
    s_notes: "All notes per quadrant",
    s_sessions_n: "{count} {count|session|sessions}",
    s_recurring_alt: "Bar chart: for each theme the number of sessions that raised it.",
    s_recurring: "What came back",
    filter_all: "All",
    filter_tag: "Tag",
    filter_domain: "Domain present",
    filter_place: "Place",
    filter_session: "Session",
    synthesis_none: "Choose at least one session.",
    synthesis_files: "Add session files",
    synthesis_boards: "Sessions on this device",
    synthesis_help: "Choose sessions on this device and add session files (several at once, or drop them here). The boards themselves do not change. The synthesis shows what came back everywhere.",
    synthesis_heading: "Synthesis of sessions",
    synthesis: "Synthesis of sessions",
    csv_separator: ",",
    col_place: "Place",
    col_session: "Session",
    col_tags: "Tags",
    col_theme: "Theme",
    col_votes: "Votes",
    col_text: "Text",
    col_quadrant: "Quadrant",
    col_nr: "No.",
    contribute_letter: "C",
    lead_letter: "L",
    r_roles_alt: "Roles per phase as a grid: L = leads, C = contributes.",
    r_matrix_alt: "Confrontation matrix as a coloured grid; each cell also shows its score.",
    r_generated: "Made with SWOT Board on {date}.",
    r_priorities: "Top priorities",
    r_quadrants: "The four quadrants",
    r_participants: "Present",
    r_context: "Session",
    download_actions_csv: "Actions as CSV",
    download_notes_csv: "Notes as CSV",
    download_markdown: "Report as Markdown",
    print: "Print or PDF",
    report_help: "The report for the municipality: print it or save it as PDF through the browser's print dialog, or download it as Markdown. Notes and actions also download as CSV (UTF-8, opens in Excel with accents intact; semicolons in Dutch, commas in English).",
    report_heading: "Report of the session",
    step_report: "8 Report",
    actions_help: "What will be done, who acts, in which phase, and by when? Link each action to the strategy, theme or note it answers.",
    votes_help: "Each participant spreads their votes over the notes that weigh most, or the scribe enters the votes counted in the room. The top items go on to the confrontation matrix.",
    context_help: "Record where and why the session is held and who is at the table. The roles come back in ‘who acts’ and in the action plan.",
    steps_label: "Steps of the session",
    step_context: "1 Session",
    step_notes: "2 SWOT",
    step_votes: "3 Prioritise",
    step_tows: "4 Confront (TOWS)",
    step_roles: "5 Phases and roles",
    step_glossary: "6 Glossary",
    step_actions: "7 Action plan",
    context_heading: "About this session",
    place: "Place or municipality",
    date: "Date",
    facilitator: "Facilitator",
    purpose: "Purpose of the session",
    participants_heading: "Who is in the room",
    organisation: "Organisation",
    role: "Role",
    domain: "Domain",
    count: "Number",
    add_participant: "Add participant",
    remove: "Remove",
    remove_named: "Remove {name}",
    no_participants: "Nobody added yet.",
    domain_social: "Social domain",
    domain_safety: "Safety domain",
    domain_informal: "Informal network",
    domain_other: "Other",
    group: "Group",
    group_help: "Choose the notes that belong together and name the theme. Dragging a note onto the middle of another groups them too.",
    select_note: "Select: {note}",
    theme_name: "Name of the theme",
    make_theme: "Make theme",
    new_theme_name: "Theme {number}",
    theme_made: "Theme ‘{name}’ made",
    rename_theme: "Rename theme",
    ungroup: "Ungroup",
    ungrouped: "No theme",
    theme: "Theme",
    no_theme: "No theme",
    tags: "Tags (separated by commas)",
    edit_tags: "Tags",
    check_outside: "Is this about a development outside the cooperation (‘{word}’)? Then it may belong in {quadrant}.",
    check_inside: "Is this about the cooperation itself (‘{word}’)? Then it may belong in {quadrant}.",
    check_move: "Move to {quadrant}",
    check_keep: "Keep here",
    term_lookup: "Terms in this note",
    chain: "Chain",
    chain_of: "Chain of ‘{name}’",
    chain_help: "From note to theme, strategy and action, and back. Choose an item to go to it.",
    chain_empty: "Not linked to anything yet.",
    notes_label: "Notes",
    themes_label: "Themes",
    strategies_label: "Strategies",
    actions_label: "Actions",
    close: "Close",
    votes_heading: "Prioritise by voting",
    per_participant: "Votes per participant",
    cap: "At most per note per participant (empty: no limit)",
    voters: "Number of voters (empty: the {count} {count|person|people} from step 1)",
    save_settings: "Apply",
    budget: "{used} of {total} {total|vote|votes} used",
    budget_unknown: "{count} {count|vote|votes} cast",
    mode_dots: "Voting round per participant",
    mode_scribe: "Enter tallies",
    voter_turn: "Participant {number}'s turn: {left} {left|vote|votes} left",
    next_voter: "Next participant",
    vote_for: "Vote for: {note}",
    unvote: "Take back vote for: {note}",
    tally_for: "Votes for: {note}",
    votes_n: "{count} {count|vote|votes}",
    sort_by_votes: "Sort by votes",
    reset_votes: "Reset votes",
    votes_cleared: "All votes were reset.",
    tows_heading: "Confrontation matrix (TOWS)",
    tows_help: "Set the top strengths and weaknesses (rows) against the top opportunities and threats (columns). Score each pair from −− to ++: how strongly are they linked?",
    tows_top: "Top items per quadrant",
    tows_empty: "The matrix needs notes in Strengths or Weaknesses and in Opportunities or Threats.",
    total: "Total",
    cell_label: "{row} against {column}",
    strongest: "Strongest pairs",
    strongest_none: "No pair scored yet.",
    write_strategy: "Write strategy",
    strategies_heading: "Strategies",
    kind_so: "Use strengths to seize opportunities",
    kind_st: "Use strengths against threats",
    kind_wo: "Overcome weaknesses by opportunities",
    kind_wt: "Limit weaknesses against threats",
    strategy_input: "New {kind} strategy",
    sources: "Comes from",
    add: "Add",
    no_strategies: "No strategy yet.",
    edit_named: "Edit: {name}",
    phases_heading: "Phases of prevention",
    phases_help: "By default the four phases of the prevention model Dutch practice uses for radicalisation (A.-J. Gielen, Expertise-unit Sociale Stabiliteit). Adapt them to this municipality.",
    use_default_phases: "Use the four phases of the prevention model",
    phase_name: "Name of the phase",
    phase_description: "Aimed at",
    add_phase: "Add phase",
    earlier: "{name} earlier",
    later: "{name} later",
    roles_heading: "Who acts in which phase",
    roles_help: "For each role and phase, choose who leads and who contributes.",
    roles_need: "Add the people in the room in step 1 and the phases above; the matrix then appears here.",
    part_none: "—",
    part_leads: "Leads",
    part_contributes: "Contributes",
    glossary_heading: "Shared language",
    glossary_help: "Write down what the group means by a word, so everyone understands, say, ‘signal’ or ‘radicalisation’ the same way. A term used in a note can be looked up from that note.",
    term: "Term",
    meaning: "Meaning we agree on",
    add_term: "Add term",
    no_terms: "No terms yet.",
    used_in: "In {count} {count|note|notes}",
    actions_heading: "Local action plan",
    action_input: "New action: what will be done?",
    action_text: "Action",
    owner: "Who acts",
    phase: "Phase",
    due: "Due",
    status: "Status",
    status_planned: "Planned",
    status_in_progress: "In progress",
    status_done: "Done",
    links: "Answers",
    link_to: "Link to…",
    unlink: "Unlink: {name}",
    none: "—",
    no_actions: "No actions yet. Write the first one above.",
    action_added: "Action added",
    delete_named: "Delete: {name}",
    timer: "Timer",
    minutes: "Minutes",
    start: "Start",
    pause: "Pause",
    reset: "Reset",
    sound: "Sound at the end",
    time_up: "Time is up",
    time_left: "{time} left",
    err_empty_text: "This field cannot be empty.",
    err_text_too_long: "This field can hold at most {max} characters.",
    err_no_such_item: "That item is no longer on the board.",
    err_other_quadrant: "A theme groups notes of one quadrant; a score joins inside (S, W) with outside (O, T).",
    err_no_votes_left: "This participant has no votes left. Go on to the next participant.",
    err_cap: "One participant can give a note at most {cap} {cap|vote|votes}.",
    err_over_budget: "The room has {budget} {budget|vote|votes} in all; they are used. Change the number of voters if needed.",
    err_bad_date: "That is not a date. Pick a day or write YYYY-MM-DD.",
    err_out_of_range: "Choose a number from {min} to {max}.",
};
