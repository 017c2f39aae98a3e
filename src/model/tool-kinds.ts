/**
 * What sort of thing a tool is, read from its `kind` (a free word): the rules ask
 * whether data lives in it (re-keying), whether working it is hands-on (automation
 * candidates), and whether it is a system that keeps records. A tool with no kind
 * is taken to hold data, but not to be a system of record.
 */
import type { Tool } from '../language/generated/ast.js';

/** Things that carry no data: machines, equipment, vehicles. */
const PHYSICAL = new Set(['equipment', 'machine', 'machinery', 'vehicle', 'van', 'appliance', 'furniture', 'physical', 'plant', 'oven', 'tool', 'tools']);
/** Devices people handle: data may pass through them, but working them is hands-on. */
const DEVICES = new Set(['device', 'hardware', 'scanner', 'printer', 'terminal', 'scale', 'camera', 'sensor']);
/** Ways of talking to people: data arrives through them, nobody keeps records in them. */
const CHANNELS = new Set(['channel', 'email', 'e-mail', 'mail', 'messaging', 'message', 'chat', 'phone', 'telephone', 'social', 'social-media', 'sms', 'inbox']);
/** Paper: forms, dockets, whiteboards. Data lives on it, typed in again when it reaches software. */
const PAPER = new Set(['paper', 'form', 'forms', 'notebook', 'whiteboard', 'board', 'document', 'file', 'binder', 'diary', 'logbook']);
/** Software that keeps records. */
const SOFTWARE = new Set(['software', 'app', 'application', 'saas', 'website', 'web', 'webshop', 'shop', 'system', 'database', 'data', 'spreadsheet',
    'platform', 'portal', 'service', 'cloud', 'crm', 'erp', 'pms', 'accounting', 'ledger', 'online']);

function kindOf(tool: Tool): string {
    return (tool.kind ?? '').toLowerCase();
}

/** Data lives in it (everything but machines and equipment). */
export function carriesData(tool: Tool): boolean {
    return !PHYSICAL.has(kindOf(tool));
}

/** Working it is hands-on: a machine, equipment or a device. */
export function isHandsOn(tool: Tool): boolean {
    const kind = kindOf(tool);
    return PHYSICAL.has(kind) || DEVICES.has(kind);
}

/** A channel for talking to people (e-mail, phone, messaging). */
export function isChannel(tool: Tool): boolean {
    return CHANNELS.has(kindOf(tool));
}

export function isPaper(tool: Tool): boolean {
    return PAPER.has(kindOf(tool));
}

/** Software declared as such (`kind software`, `app`, `website`, `spreadsheet`, ...). */
export function isSoftware(tool: Tool): boolean {
    return SOFTWARE.has(kindOf(tool));
}

/** Where somebody keys data in to keep it: software (or a tool of no kind) and paper; not channels, devices or machines. */
export function keepsRecords(tool: Tool): boolean {
    const kind = kindOf(tool);
    return kind === '' || SOFTWARE.has(kind) || PAPER.has(kind);
}

/** Software could take the work over: not a machine, a device, paper or a channel (a tool of no kind may be software). */
export function couldAutomate(tool: Tool): boolean {
    return !isHandsOn(tool) && !isPaper(tool) && !isChannel(tool);
}

/** Whether data flows from one tool into another through `feeds`, directly or through other tools. */
export function feedsInto(from: Tool, to: Tool): boolean {
    const seen = new Set<Tool>([from]);
    const pending = [from];
    for (let tool = pending.pop(); tool; tool = pending.pop()) {
        for (const reference of tool.feeds) {
            const fed = reference.ref;
            if (!fed || seen.has(fed)) continue;
            if (fed === to) return true;
            seen.add(fed);
            pending.push(fed);
        }
    }
    return false;
}
