import { PromptgitError } from '../errors.js';
import { releaseMessages } from '../messages/release.js';

/** The release was interrupted (Ctrl-C, SIGTERM) and the repository put back as it was. */
export class InterruptedError extends PromptgitError {
  override readonly exitCode: number = 130;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface InterruptGuard {
  /** Throws InterruptedError if a signal arrived since the guard was set up. */
  check(): void;
  readonly signal: NodeJS.Signals | undefined;
  dispose(): void;
}

/**
 * Catches termination signals for the length of a transaction so it can roll back
 * before exiting, instead of dying halfway with a commit and no tags.
 */
export function guardInterrupts(): InterruptGuard {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    received ??= signal;
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    check() {
      if (received) throw new InterruptedError(releaseMessages.interrupted(received));
    },
    get signal() {
      return received;
    },
    dispose() {
      for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    },
  };
}
