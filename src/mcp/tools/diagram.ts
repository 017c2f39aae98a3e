/**
 * `diagram`: a view of one system drawn by the same three stages as the preview
 * and `sts diagram` — as SVG text, and as a PNG image (resvg, as `sts diagram
 * --format png`) where the answer may carry images and resvg is installed.
 */
import { createBundledElk, diagramModelOfDocument, layoutDiagram, renderPng, renderSvg, VIEW_KINDS, type ViewKind } from '../../diagram/index.js';
import { objectSchema } from '../arguments.js';
import { noSuch, selectSystems } from '../model-access.js';
import { ToolError, type ToolDefinition, type ToolImage } from '../tool.js';

export const diagramTool: ToolDefinition = {
    name: 'diagram',
    title: 'Draw the diagram',
    description: 'Draws a view of the system: system (people on top, tools at the bottom, the work between), process (a swimlane per actor with its handoffs, feedback and metrics) or training (who is trained on what). '
        + 'Returns the SVG text and a PNG image (format both, the default where images can be returned), or only one of them (format svg or png).',
    inputSchema: objectSchema({
        view: { type: 'string', enum: VIEW_KINDS, description: 'system (default), process or training.' },
        process: { type: 'string', description: 'For the process view: which process (default: the first).' },
        theme: { type: 'string', enum: ['light', 'dark'], description: 'Colours: light (default) or dark.' },
        format: { type: 'string', enum: ['svg', 'png', 'both'], description: 'both (default): the SVG text and a PNG image; svg: only the text; png: only the image.' },
        system: { type: 'string', description: 'The name of the system, when the workspace holds several.' }
    }),
    readOnly: true,
    async run(args, model) {
        const systems = selectSystems(model, args['system'] as string | undefined);
        if (systems.length > 1) throw new ToolError(`The workspace holds ${systems.length} systems; say which one with 'system': ${systems.map(system => system.name).join(', ')}.`);
        const system = systems[0]!;
        const view = (args['view'] as ViewKind | undefined) ?? 'system';
        const processName = args['process'] as string | undefined;
        const format = (args['format'] as string | undefined) ?? (model.images ? 'both' : 'svg');
        if (processName !== undefined && view !== 'process') throw new ToolError(`'process' goes with view process (the view asked for is ${view}).`);
        if (format !== 'svg' && !model.images) throw new ToolError('This client takes no images; ask for format svg.');
        const diagramModel = diagramModelOfDocument(model.services, system.documents[0]!);
        if (processName !== undefined && !diagramModel.nodes.some(node => node.kind === 'process' && node.name === processName)) {
            throw noSuch('process', processName, diagramModel.nodes.filter(node => node.kind === 'process').map(node => node.name));
        }
        if (view === 'process' && !diagramModel.nodes.some(node => node.kind === 'process')) throw new ToolError(`${system.name} has no process to draw; try view system.`);
        const laidOut = await layoutDiagram(diagramModel, { view, ...(processName ? { process: processName } : {}) }, { elk: createBundledElk });
        const svg = renderSvg(laidOut, { theme: (args['theme'] as 'light' | 'dark' | undefined) ?? 'light' });
        const images: ToolImage[] = [];
        let note = '';
        if (format !== 'svg') {
            try {
                const png = Buffer.from(await renderPng(svg));
                images.push({ mimeType: 'image/png', data: png.toString('base64') });
                note = `; PNG ${png.readUInt32BE(16)}×${png.readUInt32BE(20)} pixels`;
            } catch (error) {
                // resvg is a native package from npm: an installation without it still draws SVG.
                if (format === 'png') throw new ToolError(`No PNG: the renderer is not available here (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ask for format svg.`);
                note = '; no PNG: the renderer is not available here';
            }
        }
        const summary = `The ${view} view of ${system.title ?? system.name}${processName ? ` (process ${processName})` : ''}: ${laidOut.nodes.length} nodes, ${laidOut.edges.length} edges${note}.`;
        return {
            text: format === 'png' ? summary : `${summary}\n\n${svg}`,
            data: { system: system.name, view, ...(processName ? { process: processName } : {}), nodes: laidOut.nodes.length, edges: laidOut.edges.length, ...(format !== 'png' ? { svg } : {}) },
            images
        };
    }
};
