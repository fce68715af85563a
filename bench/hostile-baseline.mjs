// The floor for one hostile file: read it and load it with plain js-yaml (whatever js-yaml
// makes of it, an error included), nothing else. Usage: node bench/hostile-baseline.mjs <file>
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

try {
  load(readFileSync(process.argv[2], 'utf8'));
} catch {
  // Refusing the file is an answer too: the floor is the cost of reaching it.
}
