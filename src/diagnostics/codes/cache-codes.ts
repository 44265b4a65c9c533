import { defineCodes } from '../code-info.js';

/** The build cache (`build --cache`): never an error, since a build without it makes the same packages. */
export const cacheCodes = defineCodes({
  'cache-unavailable': {
    severity: 'warning',
    title: 'Build cache could not be used',
    message: (v) => `Could not use the build cache folder "${v.dir}": ${v.reason}. This build parsed every lesson without it.`,
    hint: () => 'Give --cache-location a folder you may write to, or leave out --cache. The packages are the same with or without the cache; only the build takes longer.',
  },
});
