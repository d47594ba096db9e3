//! Step 2, the notes: themes, tags, and where a dragged note lands.
//!
//! Its record (`Theme`) and every change to themes and tags.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid};
use super::id::Records;
use super::kinds::{links, At, Kind};
use super::limits::{Field, MAX_TAGS, NAME, OPTIONAL_NAME};
use super::{Id, Quadrant};

/// A named group of notes of one quadrant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Theme {
    /// Stable identity.
    pub id: Id,
    /// The quadrant whose notes it groups.
    pub quadrant: Quadrant,
    /// Its name.
    pub name: String,
}

links!(Theme: id;);

impl Kind for Theme {
    const PATH: &'static str = "themes";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        at.text("name", &self.name, NAME)
    }
}

/// Where on a note another note is dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropPlace {
    /// The top quarter: before it.
    Before,
    /// The middle: grouped with it.
    Onto,
    /// The bottom quarter: after it.
    After,
}

impl DropPlace {
    /// The place of a drop `fraction` of the way down the note (0 at its top, 1 at its bottom).
    pub fn at(fraction: f64) -> Self {
        if fraction < 0.25 {
            DropPlace::Before
        } else if fraction > 0.75 {
            DropPlace::After
        } else {
            DropPlace::Onto
        }
    }
}

/// What a drop did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// Nothing: the note was dropped on itself.
    Stayed,
    /// It joined the target's theme.
    Joined,
    /// It and the target form a new theme of this name.
    NewTheme(String),
    /// It moved before or after the target.
    Moved,
}

impl Board {
    /// The theme with this id.
    pub fn theme(&self, id: Id) -> Option<&Theme> {
        self.themes.with_id(id)
    }

    /// Groups notes of one quadrant under a new theme and returns its id.
    pub fn add_theme(&mut self, name: &str, notes: &[Id]) -> Result<Id, BoardError> {
        let name = NAME.clean(Field::ThemeName, name)?;
        let first = *notes.first().ok_or(BoardError::NoSuchNote)?;
        let quadrant = self.note(first).ok_or(BoardError::NoSuchNote)?.quadrant;
        for id in notes {
            if self.note(*id).ok_or(BoardError::NoSuchNote)?.quadrant != quadrant {
                return Err(BoardError::OtherQuadrant);
            }
        }
        let id = Id::new();
        self.themes.push(Theme { id, quadrant, name });
        for note in self.notes.iter_mut().filter(|n| notes.contains(&n.id)) {
            note.theme = Some(id);
        }
        self.changed(id)
    }

    /// Gives a theme another name.
    pub fn rename_theme(&mut self, id: Id, name: &str) -> Result<(), BoardError> {
        let name = NAME.clean(Field::ThemeName, name)?;
        let theme = self.themes.with_id_mut(id).ok_or(BoardError::NoSuchItem)?;
        if theme.name == name {
            return Ok(());
        }
        theme.name = name;
        self.changed(())
    }

    /// Dissolves a theme: its notes stay, ungrouped; links to the theme are dropped.
    pub fn ungroup(&mut self, id: Id) -> Result<(), BoardError> {
        self.remove_record(Theme::PATH, id)
    }

    /// Puts a note under a theme of its quadrant, or takes it out (`None`). A theme left with no
    /// notes stays, so its name and links survive until it is ungrouped.
    pub fn set_theme(&mut self, note: Id, theme: Option<Id>) -> Result<(), BoardError> {
        let quadrant = self.note(note).ok_or(BoardError::NoSuchNote)?.quadrant;
        if let Some(theme) = theme {
            let t = self.theme(theme).ok_or(BoardError::NoSuchItem)?;
            if t.quadrant != quadrant {
                return Err(BoardError::OtherQuadrant);
            }
        }
        let n = self.notes.with_id_mut(note).ok_or(BoardError::NoSuchNote)?;
        if n.theme == theme {
            return Ok(());
        }
        n.theme = theme;
        self.changed(())
    }

    /// What dropping note `dragged` on note `target` does: joins the target's theme, or makes a
    /// new theme named `name` of the two. Returns the theme.
    pub fn group_onto(&mut self, dragged: Id, target: Id, name: &str) -> Result<Id, BoardError> {
        if dragged == target {
            return Err(BoardError::NoSuchNote);
        }
        let t = self.note(target).ok_or(BoardError::NoSuchNote)?;
        let d = self.note(dragged).ok_or(BoardError::NoSuchNote)?;
        if t.quadrant != d.quadrant {
            return Err(BoardError::OtherQuadrant);
        }
        match t.theme {
            Some(theme) => {
                self.set_theme(dragged, Some(theme))?;
                Ok(theme)
            }
            None => self.add_theme(name, &[target, dragged]),
        }
    }

    /// Drops note `dragged` on note `target`, as a note is dragged on the board. Onto a note of
    /// its own quadrant it groups the two (joining the target's theme, or making one named
    /// `theme_name(number)`); otherwise it lands before or after the target, in the target's
    /// quadrant and theme. All of it is one change.
    pub fn drop_note(
        &mut self,
        dragged: Id,
        target: Id,
        place: DropPlace,
        theme_name: impl FnOnce(usize) -> String,
    ) -> Result<Dropped, BoardError> {
        if dragged == target {
            return Ok(Dropped::Stayed);
        }
        let to = self.note(target).ok_or(BoardError::NoSuchNote)?;
        let (quadrant, theme) = (to.quadrant, to.theme);
        let from = self.note(dragged).ok_or(BoardError::NoSuchNote)?.quadrant;
        if place == DropPlace::Onto && from == quadrant {
            if theme.is_some() {
                self.group_onto(dragged, target, "")?;
                return Ok(Dropped::Joined);
            }
            let name = theme_name(self.themes.len() + 1);
            self.group_onto(dragged, target, &name)?;
            return Ok(Dropped::NewTheme(name));
        }
        // The index counts the notes of the quadrant without the dragged one.
        let index = self
            .notes_in(quadrant)
            .filter(|n| n.id != dragged)
            .position(|n| n.id == target)
            .ok_or(BoardError::NoSuchNote)?;
        let index = if place == DropPlace::Before {
            index
        } else {
            index + 1
        };
        self.move_note(dragged, quadrant, index)?;
        self.set_theme(dragged, theme)?;
        Ok(Dropped::Moved)
    }

    /// The notes grouped under a theme.
    pub fn notes_of_theme(&self, theme: Id) -> impl Iterator<Item = &super::Note> {
        self.notes.iter().filter(move |n| n.theme == Some(theme))
    }

    /// Replaces a note's tags: trimmed, empty ones and repeats dropped.
    pub fn set_tags(&mut self, note: Id, tags: &[String]) -> Result<(), BoardError> {
        let mut clean_tags: Vec<String> = Vec::new();
        for tag in tags {
            let tag = OPTIONAL_NAME.clean(Field::Tag, tag)?;
            if !tag.is_empty() && !clean_tags.contains(&tag) {
                clean_tags.push(tag);
            }
        }
        if clean_tags.len() > MAX_TAGS {
            return Err(BoardError::OutOfRange {
                field: Field::Tags,
                min: 0,
                max: MAX_TAGS as i64,
            });
        }
        let n = self.notes.with_id_mut(note).ok_or(BoardError::NoSuchNote)?;
        if n.tags == clean_tags {
            return Ok(());
        }
        n.tags = clean_tags;
        self.changed(())
    }

    /// Every tag on the board, in the order first used.
    pub fn all_tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for tag in self.notes.iter().flat_map(|n| &n.tags) {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        tags
    }

    /// The group keeps a note where it is although the quadrant check asked.
    pub fn keep_here(&mut self, note: Id) -> Result<(), BoardError> {
        let n = self.notes.with_id_mut(note).ok_or(BoardError::NoSuchNote)?;
        if n.keep_here {
            return Ok(());
        }
        n.keep_here = true;
        self.changed(())
    }
}
