// The reference board: the open board read from localStorage as the app stores it, its notes
// put into four quadrants with plain DOM calls.
const QUADRANTS = [
  ['strengths', 'Krachten', 'S'],
  ['weaknesses', 'Zwaktes', 'W'],
  ['opportunities', 'Kansen', 'O'],
  ['threats', 'Bedreigingen', 'T'],
];
const el = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};
const current = localStorage.getItem('swot-board/settings/current');
const stored = current && localStorage.getItem(`swot-board/board/${current}`);
const board = stored ? JSON.parse(stored).boards[0] : { title: 'Leeg', notes: [] };
const main = document.getElementById('main');
main.append(el('h1', 'board-title', board.title));
const grid = el('div', 'quadrants');
for (const [key, name, letter] of QUADRANTS) {
  const section = el('section', `quadrant quadrant-${key}`);
  section.dataset.testid = `quadrant-${key}`;
  const head = el('header', 'quadrant-head');
  const h2 = el('h2');
  h2.append(el('span', 'quadrant-letter', letter), name);
  head.append(h2);
  const list = el('ul', 'notes');
  for (const note of board.notes) {
    if (note.quadrant !== key) continue;
    const card = el('li', 'note');
    card.id = `note-${note.id}`;
    card.tabIndex = 0;
    card.draggable = true;
    card.dataset.testid = 'note';
    const text = el('p', 'note-text', note.text);
    text.dataset.testid = 'note-text';
    card.append(text);
    list.append(card);
  }
  const input = el('textarea', 'note-input');
  input.dataset.testid = 'note-input';
  input.rows = 2;
  input.setAttribute('aria-label', name);
  section.append(head, list, input);
  grid.append(section);
}
main.append(grid);
