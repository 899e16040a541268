// "Did you mean …?" for mistyped commands, options, rule codes and levels: core's, so that
// the CLI and dwnet.config.json's errors (core/src/config.ts) suggest the same names.
export { closestWithinReach as closest, didYouMean } from '../../core/src/index';
