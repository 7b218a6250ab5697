/** Types for the two font packages that ship none: the subsetter (HarfBuzz's hb-subset in wasm) and its converter. */
declare module 'subset-font' {
	/**
	 * Cuts a TTF, WOFF or WOFF2 font down to the glyphs of `text`; `variationAxes` pins axes of a variable font
	 * (`{ wght: 700 }` gives a static instance).
	 */
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: {
			targetFormat?: 'sfnt' | 'woff' | 'woff2';
			noLayoutClosure?: boolean;
			variationAxes?: Record<string, number>;
		},
	): Promise<Buffer>;
}
declare module 'fontverter' {
	/** Converts a font between SFNT (TTF/OTF), WOFF and WOFF2. */
	export function convert(
		font: Uint8Array,
		toFormat: 'sfnt' | 'truetype' | 'woff' | 'woff2',
		fromFormat?: string,
	): Promise<Buffer>;
	/** The format of a font file. */
	export function detectFormat(font: Uint8Array): 'sfnt' | 'woff' | 'woff2';
	const fontverter: { convert: typeof convert; detectFormat: typeof detectFormat };
	export default fontverter;
}
