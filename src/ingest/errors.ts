import { basename } from 'node:path';

/** A problem with one input file: reported as one line, never as a stack trace. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${basename(file)}: ${reason}`);
    this.name = 'IngestError';
  }
}
