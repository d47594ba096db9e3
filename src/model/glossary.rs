//! Step 6, the shared language: terms and their agreed meanings, and the notes that use them.
//!
//! Its record (`Term`) and every change to the glossary.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid};
use super::id::Records;
use super::kinds::{links, At, Kind};
use super::limits::{Field, NAME, TEXT};
use super::text::{contains_word, fold_case};
use super::Id;

/// A term of the shared language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Term {
    /// Stable identity.
    pub id: Id,
    /// The word, e.g. "signaal".
    pub term: String,
    /// The meaning the group agreed on.
    pub meaning: String,
}

links!(Term: id;);

impl Kind for Term {
    const PATH: &'static str = "glossary";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        at.text("term", &self.term, NAME)?;
        at.text("meaning", &self.meaning, TEXT)
    }
}

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

/// A field of a term of the glossary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermField {
    /// The word or phrase.
    Term(String),
    /// The meaning the group agreed on.
    Meaning(String),
}

impl Board {
    /// Adds a term with the meaning the group agreed on.
    pub fn add_term(&mut self, term: &str, meaning: &str) -> Result<Id, BoardError> {
        let term = NAME.clean(Field::Term, term)?;
        let meaning = TEXT.clean(Field::Meaning, meaning)?;
        let id = Id::new();
        self.glossary.push(Term { id, term, meaning });
        self.changed(id)
    }

    /// Rewrites a term or its meaning.
    pub fn edit_term(&mut self, id: Id, field: TermField) -> Result<(), BoardError> {
        let t = self
            .glossary
            .with_id_mut(id)
            .ok_or(BoardError::NoSuchItem)?;
        let (slot, text) = match field {
            TermField::Term(term) => (&mut t.term, NAME.clean(Field::Term, &term)?),
            TermField::Meaning(meaning) => (&mut t.meaning, TEXT.clean(Field::Meaning, &meaning)?),
        };
        if *slot == text {
            return Ok(());
        }
        *slot = text;
        self.changed(())
    }

    /// Takes a term out of the glossary.
    pub fn delete_term(&mut self, id: Id) -> Result<(), BoardError> {
        self.remove_record(Term::PATH, id)
    }

    /// How many notes use each term of the glossary, in its order, in one pass over the notes.
    pub fn term_uses(&self) -> Vec<usize> {
        let terms: Vec<String> = self.glossary.iter().map(|t| fold_case(&t.term)).collect();
        let mut uses = vec![0; terms.len()];
        if terms.is_empty() {
            return uses;
        }
        for note in &self.notes {
            let text = fold_case(&note.text);
            for (used, term) in uses.iter_mut().zip(&terms) {
                if contains_word(&text, term) {
                    *used += 1;
                }
            }
        }
        uses
    }

    /// The glossary terms a text uses, as whole words, ignoring case.
    pub fn terms_in(&self, text: &str) -> Vec<&Term> {
        terms_in(&self.glossary, text)
    }
}
