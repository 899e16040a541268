// Bundles scripts/golden.ts and runs it (see there): results of dwnet before and after a change.
import { runBundled } from './runBundled.mjs';

await runBundled('scripts/golden.ts', ['--max-old-space-size=8192']);
