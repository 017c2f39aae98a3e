/** The commands of the README's Quick start (its first ```sh block), without their comments. */
export declare function quickStartCommands(readme?: string): string[];
