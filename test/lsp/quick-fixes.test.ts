import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { buildWorkspace, check, findingsOf } from '../helpers/workspace.js';
import { apply, editsByFile, fixesFor } from './lsp-helpers.js';

/** Applies the action titled `title` to a one-file model and returns the result with the checks' verdict. */
async function applyFix(text: string, rule: string, title: string | RegExp) {
    const count = findingsOf((await buildWorkspace({ 'model.sts': text })).documents.get('model.sts')!).filter(f => f.rule === rule).length;
    const actions: CodeAction[] = [];
    for (let position = 0; position < count; position++) {
        let seen = 0;
        actions.push(...(await fixesFor({ 'model.sts': text }, rule, 'model.sts', () => seen++ === position)).actions);
    }
    const action = actions.find(candidate => typeof title === 'string' ? candidate.title === title : title.test(candidate.title));
    if (!action) throw new Error(`no action ${title}; offered: ${actions.map(a => a.title).join(' | ')}`);
    const edits = editsByFile(action.edit).get('model.sts') ?? [];
    const applied = apply(text, edits);
    const findings = await check(applied.text);
    return { action, applied, findings };
}

function expectOnlyTheEditChanged(applied: ReturnType<typeof apply>) {
    expect(applied.resultBefore).toBe(applied.untouchedBefore);
    expect(applied.resultAfter).toBe(applied.untouchedAfter);
}

const OWNERLESS = `system Shop
actor Rosa { trained on POS }
actor Chef {
  skills cooking
}
actor Guest { kind customer }
actor Bot { kind agent }
actor Courier { kind external }
actor Cashier { kind role }
tool POS { kind software  owner Rosa }
task Settle { owner Rosa  uses POS }
task Cook {
  needs cooking
}
task Checkout {
  uses POS
}
`;

describe('unowned-task: Assign owner', () => {
    it('offers the business’s people who work with the task’s tools first; never a customer, agent, outside party or unfilled role', async () => {
        const { actions } = await fixesFor({ 'model.sts': OWNERLESS }, 'unowned-task', 'model.sts', finding => finding.text === 'Checkout');
        const owners = actions.filter(action => action.title.startsWith('Assign owner')).map(action => action.title);
        expect(owners).toEqual(['Assign owner: Rosa (works with POS)', 'Assign owner: Chef']);
        expect(actions[0]?.isPreferred).toBe(true);
    });

    it('puts an actor with a needed skill first', async () => {
        const { actions } = await fixesFor({ 'model.sts': OWNERLESS }, 'unowned-task', 'model.sts', finding => finding.text === 'Cook');
        expect(actions[0]?.title).toBe('Assign owner: Chef (has cooking)');
    });

    it('adds the owner line and the finding disappears', async () => {
        const { applied, findings } = await applyFix(OWNERLESS.replace(/task Cook[^]*?\n}\n/, ''), 'unowned-task', 'Assign owner: Rosa (works with POS)');
        expect(applied.text).toContain('task Checkout {\n  uses POS\n  owner Rosa\n}');
        expect(findings.filter(f => f.rule === 'unowned-task' || f.rule === 'parse-error')).toEqual([]);
        expectOnlyTheEditChanged(applied);
    });

    it('gives a task without a block one', async () => {
        const { applied, findings } = await applyFix('actor Rosa\ntask Sweep\n', 'unowned-task', 'Assign owner: Rosa');
        expect(applied.text).toBe('actor Rosa\ntask Sweep {\n  owner Rosa\n}\n');
        expect(findings.filter(f => f.rule === 'unowned-task' || f.rule === 'parse-error')).toEqual([]);
    });
});

const UNTRAINED = `actor Rosa "Owner" {
  skills finance
  trained on POS
}
actor Waiter { count 4 }
actor Guest { kind contractor }
actor Runner
tool POS { owner Rosa }
tool KitchenDisplay { owner Rosa }
task TakeOrder { owner Waiter  uses POS, KitchenDisplay }
task Pay { owner Rosa  uses KitchenDisplay }
task Browse { owner Guest  uses POS }
task Run { owner Runner  uses POS }
`;

describe('untrained-user: Add training', () => {
    it('extends an existing trained-on list', async () => {
        const { applied, findings } = await applyFix(UNTRAINED, 'untrained-user', 'Add training: Rosa trained on KitchenDisplay');
        expect(applied.text).toContain('  trained on POS, KitchenDisplay\n');
        expect(findings.filter(f => f.rule === 'untrained-user' && f.message.startsWith('Train Rosa '))).toEqual([]);
        expectOnlyTheEditChanged(applied);
    });

    it('adds the line inside a one-line block, keeping it on one line', async () => {
        const { applied } = await applyFix(UNTRAINED, 'untrained-user', 'Add training: Guest trained on POS');
        expect(applied.text).toContain('actor Guest { kind contractor  trained on POS }\n');
        expectOnlyTheEditChanged(applied);
        expect((await check(applied.text)).filter(f => f.message.startsWith('Train Guest '))).toEqual([]);
    });

    it('creates a block for an actor that has none', async () => {
        const { applied } = await applyFix(UNTRAINED, 'untrained-user', 'Add training: Runner trained on POS');
        expect(applied.text).toContain('actor Runner {\n  trained on POS\n}\ntool POS');
        expectOnlyTheEditChanged(applied);
    });

    it('fixes all of its kind in the file at once, one edit per actor', async () => {
        const { applied, findings } = await applyFix(UNTRAINED, 'untrained-user', /^Add all missing training in this file/);
        expect(applied.text).toContain('actor Waiter { count 4  trained on POS, KitchenDisplay }');
        expect(findings.filter(f => f.rule === 'untrained-user' || f.rule === 'parse-error')).toEqual([]);
    });

    it('edits the file that declares the actor, in another file of the system', async () => {
        const people = 'system Cafe\nactor Waiter {\n  count 2\n}\n';
        const work = 'system Cafe\ntool POS\ntask Pay { owner Waiter  uses POS }\n';
        const { actions } = await fixesFor({ 'people.sts': people, 'work.sts': work }, 'untrained-user', 'work.sts');
        const edits = editsByFile(actions[0]!.edit);
        expect([...edits.keys()]).toEqual(['people.sts']);
        const fixed = apply(people, edits.get('people.sts')!).text;
        expect(fixed).toBe('system Cafe\nactor Waiter {\n  count 2\n  trained on POS\n}\n');
        const { documents } = await buildWorkspace({ 'people.sts': fixed, 'work.sts': work });
        expect(findingsOf(documents.get('work.sts')!).filter(f => f.rule === 'untrained-user')).toEqual([]);
    });
});

const NO_LOOP = `actor Rosa
actor Guest { kind customer }
task Cook { owner Rosa }
process Dinner {
  owner Rosa
  Cook -> Guest
}
// the end
`;

describe('missing-feedback-loop: Add a feedback loop / Add a metric', () => {
    it('adds a feedback skeleton about the process to its owner', async () => {
        const { applied, findings } = await applyFix(NO_LOOP, 'missing-feedback-loop', /^Add a feedback loop/);
        expect(applied.text).toContain('\n}\n\nfeedback DinnerFeedback "How Dinner is going" {\n  from Guest to Rosa\n  about Dinner\n  every week\n}\n// the end');
        expect(findings.filter(f => f.rule === 'missing-feedback-loop' || f.rule === 'parse-error')).toEqual([]);
        expectOnlyTheEditChanged(applied);
    });

    it('adds an owned, reviewed metric skeleton', async () => {
        const { applied, findings } = await applyFix(NO_LOOP, 'missing-feedback-loop', /^Add a metric/);
        expect(applied.text).toContain('metric DinnerMeasure "What tells whether Dinner works" {\n  measures Dinner\n  target "the target"\n  owner Rosa\n  review weekly\n}');
        expect(findings.filter(f => f.rule === 'missing-feedback-loop' || f.rule === 'parse-error')).toEqual([]);
        expectOnlyTheEditChanged(applied);
    });

    it('uses snippet placeholders when the editor supports snippet edits', async () => {
        const { services, documents } = await buildWorkspace({ 'model.sts': NO_LOOP });
        services.Sts.lsp.ClientCapabilities.snippetEdits = true;
        const document = documents.get('model.sts')!;
        const diagnostic = findingsOf(document).find(f => f.rule === 'missing-feedback-loop')!.diagnostic;
        const actions = await services.Sts.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const snippet = editsByFile(actions[0]!.edit).get('model.sts')![0]!.snippet;
        expect(snippet).toContain('feedback ${1:DinnerFeedback}');
        expect(snippet).toContain('every ${4|week,month,day,quarter|}');
    });
});

describe('unresolved-reference: Create / Change to', () => {
    const TEXT = 'actor Rosa\ntool POS\ntask Pay {\n  owner Rosa\n  uses Tablet\n}\ntask Eat { owner Rossa }\n';

    it('creates a tool for a name after `uses`, after the last tool', async () => {
        const { action, applied, findings } = await applyFix(TEXT, 'unresolved-reference', 'Create tool Tablet');
        expect(action.title).toBe('Create tool Tablet');
        expect(applied.text).toContain('tool POS\ntool Tablet\ntask Pay');
        expect(findings.filter(f => f.rule === 'unresolved-reference' && f.text === 'Tablet')).toEqual([]);
        expectOnlyTheEditChanged(applied);
    });

    it('offers only the kinds the position accepts', async () => {
        const { actions } = await fixesFor({ 'model.sts': TEXT }, 'unresolved-reference');
        expect(actions.map(a => a.title).filter(t => t.startsWith('Create'))).toEqual(['Create tool Tablet']);
        const handoff = await fixesFor({ 'model.sts': 'task A\nprocess P { A -> Missing }\n' }, 'unresolved-reference');
        expect(handoff.actions.map(a => a.title).filter(t => t.startsWith('Create'))).toEqual(['Create task Missing', 'Create actor Missing']);
    });

    it('corrects a misspelt name to the closest declared one', async () => {
        const { applied, findings } = await applyFix(TEXT, 'unresolved-reference', 'Change to Rosa');
        expect(applied.text).toContain('task Eat { owner Rosa }');
        expect(findings.filter(f => f.text === 'Rossa')).toEqual([]);
    });
});

describe('Ignore with reason', () => {
    it('is offered for every finding and puts the comment on the line before, indented like it', async () => {
        const text = 'actor Rosa\ntool POS { owner Rosa }\ntask Pay {\n  owner Rosa\n  uses POS\n}\n';
        const { actions } = await fixesFor({ 'model.sts': text }, 'untrained-user');
        const ignore = actions.find(a => a.title === 'Ignore untrained-user here, with a reason')!;
        const applied = apply(text, editsByFile(ignore.edit).get('model.sts')!);
        expect(applied.text).toBe('actor Rosa\ntool POS { owner Rosa }\ntask Pay {\n  owner Rosa\n  // sts-ignore untrained-user: reason\n  uses POS\n}\n');
        expect((await check(applied.text)).filter(f => f.rule === 'parse-error' || f.rule === 'untrained-user')).toEqual([]);
    });

    it('is not offered for a name that is not declared (that cannot be silenced)', async () => {
        const { actions } = await fixesFor({ 'model.sts': 'task Pay { uses Nothing }\n' }, 'unresolved-reference');
        expect(actions.map(a => a.title).filter(t => t.startsWith('Ignore'))).toEqual([]);
    });
});

describe('fixes for sts-ignore comments', () => {
    const MODEL = 'actor Rosa\ntool POS { owner Rosa }\ntask Pay {\n  owner Rosa\n  uses POS\n}\n';

    it('adds the missing reason, or turns words written without a colon into the reason', async () => {
        const bare = MODEL.replace('  uses POS', '  // sts-ignore untrained-user\n  uses POS');
        const { applied, findings } = await applyFix(bare, 'sts-ignore-without-reason', 'Add the reason for this sts-ignore');
        expect(applied.text).toContain('  // sts-ignore untrained-user: reason\n');
        expect(findings.filter(f => f.rule === 'sts-ignore-without-reason' || f.rule === 'untrained-user')).toEqual([]);
        const words = MODEL.replace('  uses POS', '  // sts-ignore untrained-user trained by Rosa\n  uses POS');
        const fixed = await applyFix(words, 'sts-ignore-without-reason', 'Make “trained by Rosa” the reason');
        expect(fixed.applied.text).toContain('  // sts-ignore untrained-user: trained by Rosa\n');
    });

    it('removes a suppression that silences nothing, with its line', async () => {
        const unused = MODEL.replace('task Pay', '// sts-ignore unowned-task: it has one\ntask Pay');
        const { applied, findings } = await applyFix(unused, 'unused-suppression', 'Remove this sts-ignore comment');
        expect(applied.text).toBe(MODEL);
        expect(findings.filter(f => f.rule === 'unused-suppression')).toEqual([]);
    });
});

// Quick fixes follow the one notion of the business's people (docs/people.md), and never leave a new finding behind.
describe('quick fixes offer only the business\'s people and leave no new finding', () => {
    const PEOPLE = `system Shop
actor Rosa { trained on POS }
actor Guest { kind customer }
actor Bot { kind agent }
actor Courier { kind external }
actor Cashier { kind role }
tool POS { kind software  owner Rosa }
`;
    const offered = async (text: string, rule: string, about?: string) =>
        (await fixesFor({ 'model.sts': text }, rule, 'model.sts', finding => about === undefined || finding.message.includes(about))).actions.map(action => action.title);

    it('who owns a tool or a metric, who is escalated to and who stands in: never a customer, an agent, an outside party or a role nobody fills', async () => {
        const titles = [
            ...await offered(`${PEOPLE}tool Till { kind device }\ntask Sell { owner Rosa  uses Till }\n`, 'tool-without-owner'),
            ...await offered(`${PEOPLE}task Sell { owner Rosa  uses POS }\nmetric Sales { measures Sell  review weekly }\n`, 'metric-without-owner'),
            ...await offered(`${PEOPLE}task Remind { owner Bot  automated by POS  fallback Rosa }\n`, 'automation-without-oversight')
        ];
        expect(titles.some(title => title.includes('Rosa'))).toBe(true);
        for (const outsider of ['Guest', 'Bot', 'Courier', 'Cashier']) expect(titles.filter(title => title.includes(outsider))).toEqual([]);
    });

    it('the metric for an unmeasured process is owned by who answers for it (an owner of its tasks), never a made-up Owner', async () => {
        const text = `${PEOPLE}task Sell { owner Rosa  uses POS }\nprocess Sales { tasks Sell }\nfeedback Talk { from Guest to Rosa  about Sales  every week }\n`;
        const { applied, findings } = await applyFix(text, 'unmeasured-process', /^Add a metric measuring Sales/);
        expect(applied.text).toContain('  owner Rosa\n');
        expect(findings.filter(finding => finding.rule !== 'process-without-owner')).toEqual((await check(text)).filter(finding => finding.rule !== 'unmeasured-process' && finding.rule !== 'process-without-owner'));
    });

    it('with nobody answering for the process, the metric\'s owner is one of the business\'s people, not a name that does not exist', async () => {
        const text = `${PEOPLE}task Deliver { owner Courier }\nprocess Delivery { tasks Deliver }\nfeedback Talk { from Guest to Courier  about Delivery  every week }\n`;
        const { applied, findings } = await applyFix(text, 'unmeasured-process', /^Add a metric measuring Delivery/);
        expect(applied.text).toContain('  owner Rosa\n');
        expect(findings.filter(finding => finding.rule === 'unresolved-reference')).toEqual([]);
        const { applied: loop } = await applyFix(text, 'missing-feedback-loop', /^Add a metric/);
        expect(loop.text).toContain('  owner Rosa\n');
    });

    it('removing an unused actor removes a tool only their training named, and creates no finding', async () => {
        const text = `${PEOPLE}actor Old { trained on Fax }\ntool Fax { kind device  owner Rosa }\ntask Sell { owner Rosa  uses POS }\n`;
        const before = await check(text);
        const { action, applied, findings } = await applyFix(text, 'unused-element', /^Remove the unused actor Old/);
        expect(action.title).toBe('Remove the unused actor Old and the tool Fax nothing else names');
        expect(applied.text).not.toMatch(/Old|Fax/);
        const identity = (finding: { rule: string; message: string }) => `${finding.rule}: ${finding.message}`;
        const introduced = findings.map(identity).filter(finding => !before.map(identity).includes(finding));
        expect(introduced).toEqual([]);
    });

    it('does not offer to remove an unused team when that would leave its members unused', async () => {
        const text = `${PEOPLE}actor Night { kind team  members Ann, Joe }\nactor Ann\nactor Joe\ntask Sell { owner Rosa  uses POS }\n`;
        expect(await offered(text, 'unused-element', 'Night')).toEqual([expect.stringMatching(/^Ignore/)]);
        expect(await offered(text, 'unused-element', 'Guest')).toContain('Remove the unused actor Guest');
    });
});

describe('single-point-of-failure: cross-train someone', () => {
    const BOOKS = `system Shop
actor Ines { skills bookkeeping  trained on Accounts }
actor Tom { skills selling }
actor Ann { skills selling }
actor Bo
tool Accounts { kind spreadsheet  owner Ines }
task Books { owner Ines  uses Accounts  needs bookkeeping }
task Sell { owner Tom  performed by Tom, Ann  needs selling }
`;
    const spof = (findings: readonly { rule: string }[]) => findings.filter(finding => finding.rule === 'single-point-of-failure');

    it('gives a second person the skill and training on the tool only that work uses, and the finding is gone', async () => {
        const { applied, findings } = await applyFix(BOOKS, 'single-point-of-failure', 'Add skill bookkeeping and training on Accounts to Tom');
        expect(applied.text).toContain('actor Tom { skills selling, bookkeeping  trained on Accounts }');
        expectOnlyTheEditChanged(applied);
        expect(spof(findings)).toEqual([]);
    });

    it('gives an actor without a block both lines', async () => {
        const { applied, findings } = await applyFix(BOOKS, 'single-point-of-failure', 'Add skill bookkeeping and training on Accounts to Bo');
        expect(applied.text).toContain('actor Bo {\n  skills bookkeeping\n  trained on Accounts\n}');
        expect(spof(findings)).toEqual([]);
    });
});
