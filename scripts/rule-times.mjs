// Bundles scripts/rule-times.ts and runs it with the collector exposed (see there).
import { runBundled } from './runBundled.mjs';

await runBundled('scripts/rule-times.ts', ['--expose-gc']);
