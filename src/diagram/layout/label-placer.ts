/**
 * Puts edge labels where they overlap neither nodes nor other labels: tries the
 * wanted spot, then steps away from it along the edge's direction.
 */
import type { Box } from '../model/diagram-model.js';
import { overlaps } from './geometry.js';

export class LabelPlacer {
    private readonly taken: Box[];

    constructor(obstacles: readonly Box[]) {
        this.taken = [...obstacles];
    }

    /** Centre the label at (x, y) if free, else at the nearest free step along `axis`. */
    place(x: number, y: number, width: number, height: number, axis: 'vertical' | 'horizontal' = 'vertical'): Box {
        const step = axis === 'vertical' ? height + 4 : width / 2 + 4;
        let chosen: Box | undefined;
        for (let attempt = 0; attempt < 13 && !chosen; attempt++) {
            const offset = Math.ceil(attempt / 2) * step * (attempt % 2 === 1 ? 1 : -1);
            const box = axis === 'vertical'
                ? { x: x - width / 2, y: y - height / 2 + offset, width, height }
                : { x: x - width / 2 + offset, y: y - height / 2, width, height };
            if (!this.taken.some(other => overlaps(box, other, 2))) chosen = box;
        }
        const box = chosen ?? { x: x - width / 2, y: y - height / 2, width, height };
        this.taken.push(box);
        return box;
    }
}
