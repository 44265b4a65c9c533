/**
 * `import { featureName } from 'feature-name:<name>'` gives '<name>': the name of the feature
 * script src/runtime/features/<name>.ts, built to features/<name>.js, which `createDeferredCode`
 * loads by it and which registers under it. Named only this way, a feature a bundle can load is in
 * the module graph the bundler sees: scripts/build-tool.mjs records the features each target's
 * bundle imports (build/runtime/target-features.json) and the package stage puts those scripts,
 * and only those, into the target's packages. A name without a script stops the build.
 */
declare module 'feature-name:*' {
  export const featureName: string;
}
