/**
 * The index of references (which file points at which element) that Langium
 * uses to decide which files to relink after a change and to find references.
 * Same descriptions as Langium's default, computed in one walk (ast-walk.ts)
 * and with each container's path computed once rather than once per reference.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, ReferenceDescription, ReferenceInfo } from 'langium';
import { Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference } from 'langium';
import { childNodes, visitOwnReferences, visitReferences, type WalkCounts } from './ast-walk.js';

export class StsReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    /** What this provider's walks visited (test/scale counts them). */
    readonly walked: WalkCounts = { nodes: 0, references: 0 };

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const sourceUri = document.uri;
        const sourceKey = sourceUri.toString();
        let container: AstNode | undefined;
        let sourcePath = '';
        const describe = (info: ReferenceInfo) => {
            const reference = info.reference;
            if (reference.error || !reference.$refNode) return;
            const targets: AstNodeDescription[] = isReference(reference)
                ? (reference.$nodeDescription ? [reference.$nodeDescription] : [])
                : reference.items.flatMap(item => item.$nodeDescription ? [item.$nodeDescription] : []);
            if (targets.length === 0) return;
            if (info.container !== container) {
                container = info.container;
                sourcePath = this.nodeLocator.getAstNodePath(container);
            }
            const segment = CstUtils.toDocumentSegment(reference.$refNode);
            for (const target of targets) {
                descriptions.push({ sourceUri, sourcePath, targetUri: target.documentUri, targetPath: target.path, segment, local: target.documentUri.toString() === sourceKey });
            }
        };
        const root = document.parseResult.value;
        visitOwnReferences(root, describe, this.walked);
        for (const element of childNodes(root)) {
            await interruptAndCheck(cancelToken);
            visitReferences(element, describe, this.walked);
        }
        return descriptions;
    }
}
