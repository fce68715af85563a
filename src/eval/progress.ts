/** A live progress line on a terminal's stderr, for runs longer than a moment; silent elsewhere. */
export interface Progress {
  update(done: number, total: number, passed: number, cached: number): void;
  /** Clears the line (before the report prints). */
  stop(): void;
}

const SHOW_AFTER_MS = 400;
const EVERY_MS = 100;

export function progressLine(stream: { isTTY?: boolean; write(text: string): unknown }, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || stream.isTTY !== true) return { update() {}, stop() {} };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(done, total, passed, cached) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || (t - last < EVERY_MS && done < total)) return;
      last = t;
      shown = true;
      stream.write(`\r\x1b[K  eval: ${done}/${total} rows, ${passed} passed${cached > 0 ? `, ${cached} from the cache` : ''}`);
    },
    stop() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
