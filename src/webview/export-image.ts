/**
 * Export of the diagram as shown: a standalone SVG (the renderer's fixed light
 * or dark palette, matching the editor's theme, since VS Code's colour
 * variables mean nothing outside it) and a PNG rasterised from that SVG on a
 * canvas, at twice the size for sharp text.
 */
import { renderSvg, type LaidOutDiagram } from '../diagram/webview.js';

const PNG_SCALE = 2;

export function standaloneSvg(diagram: LaidOutDiagram): string {
    const dark = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
    return renderSvg(diagram, { theme: dark ? 'dark' : 'light', legend: true });
}

/** The PNG's bytes in base64. */
export async function pngBase64(svgText: string): Promise<string> {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    });
    // A data: URL keeps the canvas untainted, so its pixels can be read back.
    image.src = `data:image/svg+xml;base64,${base64OfText(svgText)}`;
    await loaded;
    const width = Math.max(1, Math.ceil(image.naturalWidth || image.width));
    const height = Math.max(1, Math.ceil(image.naturalHeight || image.height));
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to draw on');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    const url = canvas.toDataURL('image/png');
    return url.slice(url.indexOf(',') + 1);
}

function base64OfText(text: string): string {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    return btoa(binary);
}
