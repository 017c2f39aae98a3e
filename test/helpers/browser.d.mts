import type { Browser, LaunchOptions } from 'playwright-core';

/** Flags for a quiet, headless, sandbox-less Chromium that never reaches the network by itself. */
export declare const BROWSER_FLAGS: readonly string[];
/** The Chromium executable from npm (`@sparticuz/chromium`), unpacked on first use; `STS_CHROMIUM` overrides it. */
export declare function browserExecutable(): Promise<string>;
/** Headless Chromium through playwright-core; extra `args` are added to BROWSER_FLAGS. */
export declare function launchBrowser(options?: Omit<LaunchOptions, 'executablePath'>): Promise<Browser>;
