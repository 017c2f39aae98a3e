/**
 * A one-line progress indicator on stderr for long runs: only when stderr is a
 * terminal (CI logs and pipes stay clean), only for many files, never with
 * --quiet. `STS_PROGRESS=1` forces it on (to see it in a CI log, or in tests).
 */
export const PROGRESS_MIN_FILES = 25;

export interface Progress {
    update(message: string): void;
    done(): void;
}

const SILENT: Progress = { update() { /* nothing to show */ }, done() { /* nothing to clear */ } };

export function progressFor(files: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
    const forced = process.env['STS_PROGRESS'] === '1';
    if (quiet || (!forced && (!stream.isTTY || files < PROGRESS_MIN_FILES))) return SILENT;
    let shown = false;
    return {
        update(message) {
            // \r and the erase-line sequence keep it on one line on a terminal.
            stream.write(`\r\x1b[2Ksts: ${message}`);
            shown = true;
        },
        done() {
            if (shown) stream.write('\r\x1b[2K');
        }
    };
}
