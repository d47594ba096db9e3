// One page object per step of a session, so a test says what a facilitator does ("give tallies",
// "put the model's phases back") and the hooks of each screen are named in one place. A
// BoardPage carries one of each: app.context, app.votes, app.tows, app.roles, app.glossary,
// app.actions, app.report and app.timer (the round timer under the title, on every step). The
// notes (the SWOT step) are BoardPage's own: app.type, app.note, app.quadrant.

/// What every step shares: its tab, and its heading that takes focus when the step opens.
export class Step {
  constructor(page, key) {
    this.page = page;
    this.key = key;
  }

  /// Shows the step by its tab, as a mouse user does.
  async open() {
    await this.page.getByTestId(`step-${this.key}-tab`).click();
    await this.page.locator(`#step-${this.key}`).waitFor({ state: 'attached' });
  }


  hook(name) {
    return this.page.getByTestId(name);
  }
}

/// Step 1: place, date, purpose, and who is in the room.
export class ContextStep extends Step {
  constructor(page) {
    super(page, 'context');
  }

  participants() {
    return this.hook('participant');
  }
}

/// Step 3: dot voting participant by participant, or the tallies counted in the room.
export class VotesStep extends Step {
  constructor(page) {
    super(page, 'votes');
  }

  /// Sets the votes each participant has and how many vote.
  async settings(perParticipant, voters) {
    await this.hook('votes-per-participant').fill(String(perParticipant));
    await this.hook('votes-voters').fill(String(voters));
    await this.hook('apply-vote-settings').click();
  }

  /// Waits until the room's budget reads e.g. "4 van de 6".
  async budgetReads(text) {
    await this.hook('vote-budget').filter({ hasText: text }).waitFor();
  }

  /// Switches to the tallies the scribe enters.
  async countedInTheRoom() {
    await this.hook('mode-scribe').click();
  }

  /// Enters the tally of the row at `index` and leaves the field, which applies it.
  async tally(index, votes) {
    const field = this.hook('tally').nth(index);
    await field.fill(String(votes));
    await field.press('Tab');
  }

  async sortByVotes() {
    await this.hook('sort-by-votes').check();
  }

  rows() {
    return this.hook('vote-row');
  }

  async reset() {
    await this.hook('reset-votes').click();
  }
}

/// Step 4: the confrontation matrix and the strategies.
export class TowsStep extends Step {
  constructor(page) {
    super(page, 'tows');
  }

  strategies() {
    return this.hook('strategy');
  }

  async rowTotals() {
    return this.hook('row-total').allInnerTexts();
  }

  async columnTotals() {
    return this.hook('column-total').allInnerTexts();
  }
}

/// Step 5: the phases of prevention and who acts in each.
export class RolesStep extends Step {
  constructor(page) {
    super(page, 'roles');
  }

  phases() {
    return this.hook('phase');
  }

  async phaseNames() {
    return this.hook('phase-name').evaluateAll((fields) => fields.map((f) => f.value));
  }

  async deletePhase(index) {
    await this.phases().nth(index).locator('.danger').click();
  }

  /// Puts the model's phases back: its three phases in four rows.
  async useDefaultPhases() {
    await this.hook('use-default-phases').click();
  }

  /// Moves the phase at `index` one place earlier, by its button (named in Dutch).
  async movePhaseEarlier(index) {
    await this.phases().nth(index).getByRole('button', { name: /eerder/ }).click();
  }
}

/// Step 6: the glossary.
export class GlossaryStep extends Step {
  constructor(page) {
    super(page, 'glossary');
  }

  terms() {
    return this.hook('term');
  }
}

/// Step 7: the action plan.
export class ActionsStep extends Step {
  constructor(page) {
    super(page, 'actions');
  }

  rows() {
    return this.hook('action');
  }
}

/// Step 8: the report.
export class ReportStep extends Step {
  constructor(page) {
    super(page, 'report');
  }

  document() {
    return this.hook('report');
  }
}

/// The round timer under the title.
export class Timer {
  constructor(page) {
    this.page = page;
  }

  async clock() {
    return this.page.getByTestId('timer-clock').innerText();
  }

  /// Sets the round's length in minutes and leaves the field, which applies it.
  async minutes(n) {
    await this.page.getByTestId('timer-minutes').fill(String(n));
    await this.page.getByTestId('timer-minutes').press('Tab');
  }

  async withSound() {
    await this.page.getByTestId('timer-sound').check();
  }

  async start() {
    await this.page.getByTestId('timer-start').click();
  }

  async pause() {
    await this.page.getByTestId('timer-pause').click();
  }

  async reset() {
    await this.page.getByTestId('timer-reset').click();
  }

  timeUp() {
    return this.page.getByTestId('time-up');
  }
}
