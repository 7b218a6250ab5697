/**
 * A commented template entry for every data file of a report folder. The scaffold (`npm run new-report`) writes
 * each data file as an empty list under its template, commented out, and `docs/adding-a-report.md` shows the same
 * templates (a test keeps the two equal), so an author always has every field in front of them.
 */

/** The template entry of each list data file, as YAML (uncommented). */
export const TEMPLATES: Record<string, string> = {
	'sources.yaml': `- id: report
  kind: report # report (the text itself), secondary ("reported by"), analysis (ours) or unverified
  name: The Example Times
  url: https://example.com/story # optional
  note: Why this source, or our reasoning for an analysis. # optional`,
	'people.yaml': `- id: rosa-diaz # a slug of the name; also the person's URL /people/rosa-diaz/
  name: Rosa Diaz # as the report writes it
  nameZh: 罗莎 # optional, only when a source gives it
  aliases: [] # other names of the same person
  roles:
    - title: Head of Manufacturing
      unit: manufacturing # optional, an id from units.yaml
      from: { value: "2029" } # optional
      sources: [report]
  sameAs: acme-2031-06 # only when an earlier report defines this same person
  sources: [report]`,
	'units.yaml': `- id: manufacturing
  name: Manufacturing Division # as the report writes it
  shortName: Manufacturing # optional, for diagrams
  nameZh: { text: 制造部, source: some-source } # optional; leave out source when no source gives it
  kind: department # company, group, department, region or business-line
  created: false # true for a unit the reorganization creates
  sameAs: acme-2031-06 # only when an earlier report defines this same unit
  sources: [report]`,
	'positions.yaml': `- id: acme-vice-presidents # seats whose holders no source names: never invent a person
  title: Vice presidents reporting to the chief executive
  shortTitle: Vice presidents # optional, for diagrams
  count: 3 # how many such seats
  sizeUnknown: false # true for a group whose number the report does not give (leave out count)
  holder: rosa-diaz # optional, only when a source names the one holder
  note: The report counts three and names none. # optional, shown to readers
  sources: [report]`,
	'reporting-lines.yaml': `- id: manufacturing-reports-to-rosa
  from: manufacturing # a person, unit or position
  relation: reports-to # reports-to, part-of (unit within unit: the one way to say where a unit sits), leads (person heads unit; two = co-leaders) or dotted-line-to
  to: rosa-diaz
  start: { value: 2031-06 } # optional
  end: { value: 2031-12 } # optional
  inferred: false # true where the line is our inference
  open: false # true where the report leaves open whether it continues after the changes
  sources: [report]`,
	'changes.yaml': `- id: robotics-to-manufacturing # permanent: it is the change's URL; never reuse it
  kind: move # see "Change kinds" in docs/adding-a-report.md for every kind and its template
  title: Robotics moves under Manufacturing # one line of our own; over 70 characters it needs a shortTitle
  date: { value: 2031-06-04 } # or { value: 2031-06, approximate: true }, or { oneOf: [2031-06-03, 2031-06-04], note: why }
  status: in-effect # or announced: planned, not yet in effect at the report's date ("will move")
  effective: { value: 2031-07-01 } # optional: when it takes effect, when the report dates it apart from the announcement
  section: the-move # a section id from report.yaml
  quote: the robotics team will move under the Manufacturing Division # verbatim from source.txt
  rationale: to bring building closer to design # optional, verbatim
  people: [rosa-diaz]
  units: [robotics, manufacturing]
  ends: [robotics-part-of-research] # reporting lines the change ends
  starts: [robotics-part-of-manufacturing] # and starts
  handoverFrom: rosa-diaz # only for kind: handover
  confidence: stated # stated, reported or inferred
  formerIds: [] # earlier ids of a renamed change, which keep redirecting
  sources: [report]`,
	'events.yaml': `- id: robotics-founded
  title: Acme founds its robotics team # one line
  date: { value: "2029" }
  quote: the robotics team, founded two years ago # optional, verbatim from source.txt
  epilogue: false # true for what happened after the report
  sources: [report]`,
	'claims.yaml': `- id: second-move
  quote: This is the second such move this year. # verbatim from source.txt
  statement: Acme made two such moves in 2031. # the claim in our words
  section: the-move
  check: { type: not-checkable, reason: The data holds one report only. }
  # other checks: { type: handover-count, person: <id>, until: <change id>, days: 31, expect: 3 }
  #   { type: direct-report-count, person: <id>, expect: 7 }
  #   { type: respectively, changes: [<change>, <change>], targets: [<unit>, <unit>] }
  #   { type: first-since, unit: <id>, since: <event id>, change: <change id> }`,
};

/** The data file as the scaffold writes it: its schema comment, the template commented out, and an empty list. */
export function emptyDataFile(file: string, schemaPath: string): string {
	const template = TEMPLATES[file];
	const commented = template
		.split('\n')
		.map((line) => `# ${line}`)
		.join('\n');
	return `# yaml-language-server: $schema=${schemaPath}\n# Replace [] with entries like this one (fields marked optional may be left out):\n${commented}\n[]\n`;
}
