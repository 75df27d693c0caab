export async function docxToLines(_b: Uint8Array): Promise<import("./source-line.js").SourceLine[]> { return []; }
