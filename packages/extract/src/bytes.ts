/**
 * What the API's main thread needs from the readers without loading them (the readers, their libraries and the
 * extractor load in the extraction workers only): a look at a file's first bytes, and the entries of a zip archive.
 */
export { mayHoldScans } from './readers/sniff';
export { zipEntries } from './readers/zip';
