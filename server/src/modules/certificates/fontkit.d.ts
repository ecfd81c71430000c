/** fontkit ships no types; the certificates use only `create`, handing the font object to pdfkit. */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
