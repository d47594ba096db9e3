//! Which request may open or change the dialog, what a passphrase did, and what a file is.

use super::*;
use crate::content::csv_words;
use crate::file::{to_json, Envelope, ITERATIONS};
use crate::i18n::{EN, NL};

fn session(title: &str) -> Vec<u8> {
    to_json(&Envelope::new(vec![Board::new(title).unwrap()])).into_bytes()
}

fn locked() -> LockedFile {
    LockedFile::new([1; 16], [2; 12], ITERATIONS, [3; 32], vec![4; 48])
}

fn checked(name: &str, title: &str) -> Read {
    check(name.into(), false, Some(session(title)), &csv_words())
}

fn titles(files: &[ImportFile]) -> Vec<String> {
    let boards = files.iter().flat_map(|f| f.boards.clone().unwrap());
    boards.map(|b| b.title).collect()
}

fn names(u: &Unlocking) -> Vec<&str> {
    u.locked.iter().map(|(name, _)| name.as_str()).collect()
}

/// What a passphrase did to each of the files taken.
fn each(files: Vec<(String, LockedFile)>, attempt: Attempt) -> Vec<(String, LockedFile, Attempt)> {
    let each = files.into_iter();
    each.map(|(name, file)| (name, file, attempt.clone()))
        .collect()
}

#[test]
fn of_two_picks_the_newer_one_opens_the_dialog_whichever_is_read_last() {
    let mut requests = Requests::default();
    let first = requests.start();
    let second = requests.start();
    // The second file was small and read at once; the first, larger, is read after it.
    let read = vec![checked("b.swot.json", "Rivierstad")];
    let Some(Next::TakeIn(Purpose::Import, read)) = requests.read(second, Purpose::Import, read)
    else {
        panic!("the newest request opens the dialog");
    };
    assert_eq!(titles(&read), ["Rivierstad"]);
    let read = vec![checked("a.swot.json", "Waterdam")];
    assert!(requests.read(first, Purpose::Import, read).is_none());
    let read = vec![Read::Locked("a.swot.json".into(), locked())];
    assert!(requests.read(first, Purpose::Import, read).is_none());
}

#[test]
fn a_passphrase_opens_only_the_files_of_the_pick_it_was_typed_for() {
    let mut requests = Requests::default();
    let first = requests.start();
    let read = vec![Read::Locked("a.swot.json".into(), locked())];
    let Some(Next::Ask(asking)) = requests.read(first, Purpose::Import, read) else {
        panic!("a locked file asks for its passphrase");
    };
    let mut dialog = Some(asking);
    let (request, files) = dialog.as_mut().unwrap().take_locked().unwrap();
    assert_eq!(request, first);
    // While the browser makes the key, other files are dropped, one of them locked.
    let second = requests.start();
    let read = vec![
        checked("c.swot.json", "Rivierstad"),
        Read::Locked("b.swot.json".into(), locked()),
    ];
    let Some(Next::Ask(asking)) = requests.read(second, Purpose::Synthesis, read) else {
        panic!("a locked file asks for its passphrase");
    };
    dialog = Some(asking);
    let opened = each(files, Attempt::Judged(Ok(session("Waterdam"))));
    assert!(requests.tried(&mut dialog, request, opened).is_none());
    let u = dialog.as_ref().unwrap();
    assert_eq!((u.request, u.purpose), (second, Purpose::Synthesis));
    assert_eq!(titles(&u.read), ["Rivierstad"]);
    assert_eq!(names(u), ["b.swot.json"]);
    assert_eq!((u.refused, u.working), (None, false));
}

#[test]
fn a_passphrase_tried_when_a_newer_pick_is_being_read_takes_nothing_in() {
    let mut requests = Requests::default();
    let first = requests.start();
    let read = vec![Read::Locked("a.swot.json".into(), locked())];
    let Some(Next::Ask(asking)) = requests.read(first, Purpose::Import, read) else {
        panic!("a locked file asks for its passphrase");
    };
    let mut dialog = Some(asking);
    let (request, files) = dialog.as_mut().unwrap().take_locked().unwrap();
    let second = requests.start();
    let opened = each(files, Attempt::Judged(Ok(session("Waterdam"))));
    assert!(requests.tried(&mut dialog, request, opened).is_none());
    let read = vec![checked("b.swot.json", "Rivierstad")];
    let Some(Next::TakeIn(_, read)) = requests.read(second, Purpose::Import, read) else {
        panic!("the newest request opens the dialog");
    };
    assert_eq!(titles(&read), ["Rivierstad"]);
}

#[test]
fn a_key_the_browser_could_not_make_is_not_called_a_wrong_passphrase() {
    let mut requests = Requests::default();
    let request = requests.start();
    let read = vec![
        checked("c.swot.json", "Rivierstad"),
        Read::Locked("a.swot.json".into(), locked()),
    ];
    let Some(Next::Ask(asking)) = requests.read(request, Purpose::Import, read) else {
        panic!("a locked file asks for its passphrase");
    };
    let mut dialog = Some(asking);
    let attempt = |dialog: &mut Option<Unlocking>, attempt| {
        let (request, files) = dialog.as_mut().unwrap().take_locked().unwrap();
        assert!(
            dialog.as_mut().unwrap().take_locked().is_none(),
            "one at a time"
        );
        requests.tried(dialog, request, each(files, attempt))
    };
    for (tried, refused) in [
        (Attempt::KeyFailed, Refused::KeyFailed),
        (
            Attempt::Judged(Err(LockedError::WrongPassphrase)),
            Refused::WrongPassphrase,
        ),
    ] {
        assert!(attempt(&mut dialog, tried).is_none());
        let u = dialog.as_ref().unwrap();
        assert_eq!((u.refused, u.working), (Some(refused), false));
        assert_eq!(names(u), ["a.swot.json"]);
    }
    let opened = attempt(&mut dialog, Attempt::Judged(Ok(session("Waterdam"))));
    let Some((Purpose::Import, read)) = opened else {
        panic!("every file is open");
    };
    assert_eq!(titles(&read), ["Rivierstad", "Waterdam"]);
    assert!(dialog.is_none());
}

#[test]
fn a_file_the_browser_could_not_read_is_not_called_empty() {
    let why = |bytes| match check("a.swot.json".into(), false, bytes, &csv_words()) {
        Read::Checked(file) => file.boards.unwrap_err(),
        Read::Locked(..) => panic!("not a locked file"),
    };
    let (unread, empty) = (why(None), why(Some(Vec::new())));
    assert_eq!(empty, RestoreError::Empty.into());
    for t in [&NL, &EN] {
        let said = |why| t.not_imported("a.swot.json", why);
        assert_ne!(said(&unread), said(&empty));
    }
}
