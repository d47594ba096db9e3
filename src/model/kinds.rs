//! What every kind of record on a board (a note, theme, participant, score, strategy, phase, role,
//! term, action) says once, in the module of its step, by implementing [`Kind`]: where its list
//! stands, what it links to, its rules, and how a merge matches it. The board lists its kinds in
//! one place (`Board::lists`, in `board.rs`), and everything that must know every link is
//! written here once, from that list: unique ids and links that resolve (`validate`), what a
//! record's links do when a record they point at goes (`remove_record`, `forget`,
//! `drop_dangling_links`), renaming ids (`visit_ids`) and the merge of two boards. The generic
//! tests of every kind are in `kinds_tests.rs`.

use std::any::Any;
use std::collections::{HashMap, HashSet};

use super::board::{Board, BoardError, Invalid, Problem};
use super::limits::{Range, TextRule};
use super::merge::MergeReport;
use super::Id;

/// A link field of a record, read: one id, perhaps one, or a list of them.
pub(super) enum Ids<'a> {
    /// A link the record cannot do without: when its target goes, the record goes too.
    Required(&'a Id),
    /// A link that may be empty: when its target goes, it is emptied.
    Optional(&'a Option<Id>),
    /// Links to any number of records: when a target goes, its id drops out.
    List(&'a [Id]),
}

/// A link field of a record, to change (see [`Ids`]).
pub(super) enum Slot<'a> {
    /// See [`Ids::Required`].
    Required(&'a mut Id),
    /// See [`Ids::Optional`].
    Optional(&'a mut Option<Id>),
    /// See [`Ids::List`].
    List(&'a mut Vec<Id>),
}

/// What a link field is: its name in the file and the kinds (their [`Kind::PATH`]) it may point to.
#[derive(Clone, Copy, Debug)]
pub(super) struct Link {
    /// The field's name, as in paths (`owner`).
    pub field: &'static str,
    /// The kinds a target may be of.
    pub to: &'static [&'static str],
}

/// Where a record's ids are: its own and its links, written by [`links!`] from one list.
pub(super) trait Links {
    /// Its identity; `None` for a record that is known by its links (a score, a role).
    fn identity(&self) -> Option<Id>;
    /// Its identity, to rename it.
    fn identity_mut(&mut self) -> Option<&mut Id>;
    /// Calls `f` on each of its link fields.
    fn links(&self, f: &mut dyn FnMut(Link, Ids<'_>));
    /// Calls `f` on each of its link fields, to change them.
    fn links_mut(&mut self, f: &mut dyn FnMut(Link, Slot<'_>));
}

/// A kind of record a board keeps in a list: everything the board needs to know of it.
pub(super) trait Kind: Links + Clone + 'static {
    /// Where its list stands in the board, as paths and files name it (`notes`, `tows.scores`).
    const PATH: &'static str;
    /// The most records of this kind one board may hold, if limited.
    const MAX: Option<usize> = None;
    /// The rules of its other fields, and any rule of its links beyond pointing at a record of
    /// the right kind; `at` writes paths relative to the board.
    fn check(&self, _at: &At, _board: &Board) -> Result<(), Invalid> {
        Ok(())
    }
    /// Adds the records of `theirs` to `ours` (a merge of two boards): by default those whose
    /// [`key`](Kind::key) `ours` lacks; ours are kept as they are.
    fn merge(ours: &mut Vec<Self>, theirs: &[Self], report: &mut MergeReport) {
        let known: HashSet<Vec<Id>> = ours.iter().map(Kind::key).collect();
        let before = ours.len();
        ours.extend(theirs.iter().filter(|t| !known.contains(&t.key())).cloned());
        // Records with an identity of their own are counted; scores and roles are not.
        report.added_records += ours[before..]
            .iter()
            .filter(|r| r.identity().is_some())
            .count();
    }
    /// What makes two records the same one in a merge: its id, or else the ids it links to.
    fn key(&self) -> Vec<Id> {
        if let Some(id) = self.identity() {
            return vec![id];
        }
        let mut key = Vec::new();
        self.links(&mut |_, ids| match ids {
            Ids::Required(id) => key.push(*id),
            Ids::Optional(id) => key.extend(*id),
            Ids::List(ids) => key.extend_from_slice(ids),
        });
        key
    }
}

/// Writes where a kind's ids are ([`Links`]) from one list: the type, its id field (if any)
/// before the `;`, then each link field, how it links (`Required`, `Optional`, `List`) and the
/// kinds it may point to, e.g.
/// `links!(Action: id; owner: Optional(Participant), links: List(Note | Theme | Strategy));`.
/// A kind with an id is a [`Record`](super::Record) too, so its list finds records by id.
macro_rules! links {
    ($kind:ty: $($id:ident)?; $($field:ident: $how:ident($($to:ty)|+)),* $(,)?) => {
        impl $crate::model::kinds::Links for $kind {
            fn identity(&self) -> Option<$crate::model::Id> {
                None$(.or(Some(self.$id)))?
            }
            fn identity_mut(&mut self) -> Option<&mut $crate::model::Id> {
                None$(.or(Some(&mut self.$id)))?
            }
            fn links(
                &self,
                _f: &mut dyn FnMut($crate::model::kinds::Link, $crate::model::kinds::Ids<'_>),
            ) {
                $(_f(
                    $crate::model::kinds::Link {
                        field: stringify!($field),
                        to: &[$(<$to as $crate::model::kinds::Kind>::PATH),+],
                    },
                    $crate::model::kinds::Ids::$how(&self.$field),
                );)*
            }
            fn links_mut(
                &mut self,
                _f: &mut dyn FnMut($crate::model::kinds::Link, $crate::model::kinds::Slot<'_>),
            ) {
                $(_f(
                    $crate::model::kinds::Link {
                        field: stringify!($field),
                        to: &[$(<$to as $crate::model::kinds::Kind>::PATH),+],
                    },
                    $crate::model::kinds::Slot::$how(&mut self.$field),
                );)*
            }
        }
        $(impl $crate::model::Record for $kind {
            fn id(&self) -> $crate::model::Id {
                self.$id
            }
        })?
    };
}
pub(super) use links;

/// Where a record stands, to name the path of a field that breaks a rule (`actions[3].text`).
pub(super) struct At {
    /// Its kind's [`Kind::PATH`].
    pub list: &'static str,
    /// Its place in the list.
    pub index: usize,
}

impl At {
    /// The path of one of its fields.
    pub fn path(&self, field: &str) -> String {
        format!("{}[{}].{field}", self.list, self.index)
    }

    /// The field breaks a rule.
    pub fn bad(&self, field: &str, problem: Problem) -> Result<(), Invalid> {
        Err(Invalid {
            path: self.path(field),
            problem,
        })
    }

    /// A text field against its rule.
    pub fn text(&self, field: &str, text: &str, rule: TextRule) -> Result<(), Invalid> {
        rule.problem(text).map_or(Ok(()), |p| self.bad(field, p))
    }

    /// A number field against its range.
    pub fn number(&self, field: &str, n: u32, range: Range) -> Result<(), Invalid> {
        range.problem(n).map_or(Ok(()), |p| self.bad(field, p))
    }
}

/// A text field of the board itself (`context.place`) against its rule.
pub(super) fn check_text(path: &str, text: &str, rule: TextRule) -> Result<(), Invalid> {
    rule.problem(text).map_or(Ok(()), |problem| {
        Err(Invalid {
            path: path.into(),
            problem,
        })
    })
}

/// A number of the board itself (`tows.top`) against its range.
pub(super) fn check_number(path: &str, n: u32, range: Range) -> Result<(), Invalid> {
    range.problem(n).map_or(Ok(()), |problem| {
        Err(Invalid {
            path: path.into(),
            problem,
        })
    })
}

/// The list of one kind of record, as the board's generic code sees it: without knowing the
/// kind, so each operation is compiled once (the wasm stays small), not once per kind.
pub(super) trait List {
    /// The kind's [`Kind::PATH`].
    fn path(&self) -> &'static str;
    /// The kind's [`Kind::MAX`].
    fn max(&self) -> Option<usize>;
    /// How many records it holds.
    fn count(&self) -> usize;
    /// The id of the record at `i`.
    fn id_at(&self, i: usize) -> Option<Id>;
    /// The links of the record at `i`.
    fn links_at(&self, i: usize, f: &mut dyn FnMut(Link, Ids<'_>));
    /// The rules of the record at `i` (see [`Kind::check`]).
    fn check_at(&self, i: usize, board: &Board) -> Result<(), Invalid>;
    /// Calls `f` on every id its records hold, theirs and their links.
    fn visit_ids(&mut self, f: &mut dyn FnMut(&mut Id));
    /// Drops the links whose target is `gone(target, kinds it may be)`: a required link takes
    /// its record with it (whose id, if any, is added to `removed`), an optional one is
    /// emptied, a list loses the id.
    fn drop_links(&mut self, gone: &mut dyn FnMut(Id, &[&str]) -> bool, removed: &mut Vec<Id>);
    /// Takes the record with this id out; whether it was there.
    fn remove_id(&mut self, id: Id) -> bool;
    /// Adds the records of `theirs`, a list of the same kind (see [`Kind::merge`]).
    fn merge(&mut self, theirs: &dyn List, report: &mut MergeReport);
    /// Itself, to be told its kind in [`List::merge`].
    fn as_any(&self) -> &dyn Any;
}

impl<K: Kind> List for Vec<K> {
    fn path(&self) -> &'static str {
        K::PATH
    }

    fn max(&self) -> Option<usize> {
        K::MAX
    }

    fn count(&self) -> usize {
        self.len()
    }

    fn id_at(&self, i: usize) -> Option<Id> {
        self[i].identity()
    }

    fn links_at(&self, i: usize, f: &mut dyn FnMut(Link, Ids<'_>)) {
        self[i].links(f);
    }

    fn check_at(&self, i: usize, board: &Board) -> Result<(), Invalid> {
        let at = At {
            list: K::PATH,
            index: i,
        };
        self[i].check(&at, board)
    }

    fn visit_ids(&mut self, f: &mut dyn FnMut(&mut Id)) {
        for record in self {
            if let Some(id) = record.identity_mut() {
                f(id);
            }
            record.links_mut(&mut |_, slot| match slot {
                Slot::Required(id) => f(id),
                Slot::Optional(id) => id.iter_mut().for_each(&mut *f),
                Slot::List(ids) => ids.iter_mut().for_each(&mut *f),
            });
        }
    }

    fn drop_links(&mut self, gone: &mut dyn FnMut(Id, &[&str]) -> bool, removed: &mut Vec<Id>) {
        self.retain_mut(|record| {
            let mut keep = true;
            record.links_mut(&mut |link, slot| match slot {
                Slot::Required(id) => keep &= !gone(*id, link.to),
                Slot::Optional(id) => {
                    if id.is_some_and(|id| gone(id, link.to)) {
                        *id = None;
                    }
                }
                Slot::List(ids) => ids.retain(|id| !gone(*id, link.to)),
            });
            if !keep {
                removed.extend(record.identity());
            }
            keep
        });
    }

    fn remove_id(&mut self, id: Id) -> bool {
        let at = self.iter().position(|r| r.identity() == Some(id));
        at.map(|at| self.remove(at)).is_some()
    }

    fn merge(&mut self, theirs: &dyn List, report: &mut MergeReport) {
        if let Some(theirs) = theirs.as_any().downcast_ref::<Vec<K>>() {
            K::merge(self, theirs, report);
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Board {
    /// Every record's id, with the kind of record it names; the first id used twice (the
    /// board's own included) is refused with its path.
    pub(super) fn index(&self) -> Result<HashMap<Id, &'static str>, Invalid> {
        let lists = self.lists();
        let mut index = HashMap::with_capacity(lists.iter().map(|l| l.count()).sum());
        for list in lists {
            for i in 0..list.count() {
                let Some(id) = list.id_at(i) else { continue };
                if id == self.id || index.insert(id, list.path()).is_some() {
                    return Err(Invalid {
                        path: format!("{}[{i}].id", list.path()),
                        problem: Problem::DuplicateId(id),
                    });
                }
            }
        }
        Ok(index)
    }

    /// The rules of every record and that each of its links points at a record of a kind it
    /// may point to, record by record in the order of [`Board::lists`].
    pub(super) fn check_records(&self, index: &HashMap<Id, &'static str>) -> Result<(), Invalid> {
        for list in self.lists() {
            for i in 0..list.count() {
                list.check_at(i, self)?;
                let mut broken = None;
                list.links_at(i, &mut |link, ids| {
                    let resolves = |id: &Id| index.get(id).is_some_and(|k| link.to.contains(k));
                    if broken.is_some() {
                        return;
                    }
                    broken = match ids {
                        Ids::Required(id) => (!resolves(id)).then(|| (link.field.to_string(), *id)),
                        Ids::Optional(id) => id
                            .filter(|id| !resolves(id))
                            .map(|id| (link.field.to_string(), id)),
                        Ids::List(ids) => ids
                            .iter()
                            .enumerate()
                            .find(|(_, id)| !resolves(id))
                            .map(|(j, id)| (format!("{}[{j}]", link.field), *id)),
                    };
                });
                if let Some((field, id)) = broken {
                    return Err(Invalid {
                        path: format!("{}[{i}].{field}", list.path()),
                        problem: Problem::MissingLink(id),
                    });
                }
            }
        }
        Ok(())
    }

    /// Takes the record with this id off the list of its kind (`Theme::PATH`), and every link to
    /// it with it (see [`Board::forget`]): the one way records with an id are deleted, so that no
    /// delete leaves a link pointing nowhere. A change of the board.
    pub(super) fn remove_record(&mut self, kind: &str, id: Id) -> Result<(), BoardError> {
        let list = self.lists_mut().into_iter().find(|l| l.path() == kind);
        if !list.is_some_and(|l| l.remove_id(id)) {
            return Err(BoardError::NoSuchItem);
        }
        self.forget(id);
        self.changed(())
    }

    /// Drops every link to a record that is gone, so no link points nowhere; a record that
    /// cannot do without its link goes with it, and links to that record in turn.
    pub(super) fn forget(&mut self, id: Id) {
        let mut gone = vec![id];
        while let Some(id) = gone.pop() {
            for list in self.lists_mut() {
                list.drop_links(&mut |target, _| target == id, &mut gone);
            }
        }
    }

    /// Removes links to records that are not on the board, or not of a kind the link may point
    /// to (after a merge brought in records that pointed to things only the other side had
    /// deleted), and what a kind's own rules drop with them.
    pub(super) fn drop_dangling_links(&mut self) {
        loop {
            let mut index: HashMap<Id, &'static str> = HashMap::new();
            for list in self.lists() {
                index.extend((0..list.count()).filter_map(|i| Some((list.id_at(i)?, list.path()))));
            }
            let mut removed = Vec::new();
            for list in self.lists_mut() {
                let mut gone =
                    |id: Id, to: &[&str]| !index.get(&id).is_some_and(|k| to.contains(k));
                list.drop_links(&mut gone, &mut removed);
            }
            if removed.is_empty() {
                break;
            }
        }
        self.leave_themes_of_other_quadrants();
    }

    /// Calls `f` on every id the board holds, its own, its records' and every link, so that ids
    /// can be renamed consistently (duplicate, import as a copy).
    pub fn visit_ids(&mut self, f: &mut dyn FnMut(&mut Id)) {
        f(&mut self.id);
        for list in self.lists_mut() {
            list.visit_ids(f);
        }
    }

    /// Adds the records of `theirs` to this board's, kind by kind, each by its own rule of
    /// matching (see [`Kind::merge`]).
    pub(super) fn merge_records(&mut self, theirs: &Board, report: &mut MergeReport) {
        for (ours, theirs) in self.lists_mut().into_iter().zip(theirs.lists()) {
            ours.merge(theirs, report);
        }
    }
}
