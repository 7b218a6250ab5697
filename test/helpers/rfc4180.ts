/**
 * A strict RFC 4180 reader for the tests: records end in CRLF (the last one too), a field is either bare (no
 * comma, quote, CR or LF in it) or wholly quoted with inner quotes doubled, and every record has as many fields
 * as the header. Anything else throws with the line and column, where a lenient reader would guess.
 */
export function parseCsvStrict(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let i = 0;
	let line = 1;
	const fail = (what: string): never => {
		throw new Error(`CSV line ${line}, offset ${i}: ${what}`);
	};
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) fail('a quoted field is not closed');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (text[i] === '\n') line++;
				field += text[i++];
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r')
				fail(`text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`);
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
				if (text[i] === '"' || text[i] === '\n')
					fail(`a bare field holds ${JSON.stringify(text[i])}; it must be quoted`);
				field += text[i++];
			}
		}
		record.push(field);
		if (text[i] === ',') {
			i++;
			continue;
		}
		if (text[i] !== '\r' || text[i + 1] !== '\n') fail('a record does not end in CRLF');
		i += 2;
		line++;
		records.push(record);
		record = [];
	}
	if (record.length > 0) fail('the last record does not end in CRLF');
	const width = records[0]?.length ?? 0;
	records.forEach((r, n) => {
		if (r.length !== width) throw new Error(`CSV record ${n + 1} has ${r.length} fields, the header ${width}`);
	});
	return records;
}
