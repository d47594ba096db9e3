//! Step 6, the shared language: terms and their agreed meanings, and the notes that use them.

use super::board::{Board, BoardError};
use super::facilitation::Term;
use super::id::Records;
use super::limits::{NAME, TEXT};
use super::text::{contains_word, fold_case};
use super::Id;

/// The terms of a glossary a text uses, as whole words, ignoring case.
pub fn terms_in<'a>(glossary: &'a [Term], text: &str) -> Vec<&'a Term> {
    if glossary.is_empty() {
        return Vec::new();
    }
    let text = fold_case(text);
    glossary
        .iter()
        .filter(|t| contains_word(&text, &fold_case(&t.term)))
        .collect()
}

impl Board {
    /// Adds a term with the meaning the group agreed on.
    pub fn add_term(&mut self, term: &str, meaning: &str) -> Result<Id, BoardError> {
        let term = NAME.clean(term)?;
        let meaning = TEXT.clean(meaning)?;
        let id = Id::new();
        self.glossary.push(Term { id, term, meaning });
        self.changed(id)
    }

    /// Rewrites a term and its meaning.
    pub fn edit_term(&mut self, id: Id, term: &str, meaning: &str) -> Result<(), BoardError> {
        let term = NAME.clean(term)?;
        let meaning = TEXT.clean(meaning)?;
        let t = self
            .glossary
            .with_id_mut(id)
            .ok_or(BoardError::NoSuchItem)?;
        if t.term == term && t.meaning == meaning {
            return Ok(());
        }
        t.term = term;
        t.meaning = meaning;
        self.changed(())
    }

    /// Takes a term out of the glossary.
    pub fn delete_term(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self.glossary.index_of(id).ok_or(BoardError::NoSuchItem)?;
        self.glossary.remove(at);
        self.changed(())
    }

    /// The glossary terms a text uses, as whole words, ignoring case.
    pub fn terms_in(&self, text: &str) -> Vec<&Term> {
        terms_in(&self.glossary, text)
    }
}
