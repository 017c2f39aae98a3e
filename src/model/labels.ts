/** How elements are named in messages a business owner reads: the name, and the title where it says more. */
interface Named { readonly name: string; readonly title?: string }

export function label(element: Named | undefined): string {
    if (!element) return 'someone';
    return element.title && element.title !== element.name ? `${element.name} (“${element.title}”)` : element.name;
}
