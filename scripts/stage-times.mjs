// Bundles scripts/stage-times.ts and runs it with the collector exposed (see there).
import { runBundled } from './runBundled.mjs';

await runBundled('scripts/stage-times.ts', ['--expose-gc']);
