import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIsoDate, todayIso } from '../../src/domain/dates';
import { parseResourceFile } from '../../src/domain/library/front-matter';

const FOLDER = join(__dirname, '../../src/data/library/resources');

const CATEGORIES = [
  'Emergencies and safety',
  'Support for you',
  'Money',
  "The child's life",
  'Training and development',
  'About fostering',
];

const FIELDS = ['id', 'title', 'category', 'summary', 'audience', 'lastReviewed', 'order'] as const;

const PLACEHOLDERS = ['service.name', 'service.dutyPhone', 'service.outOfHoursPhone', 'service.ladoPhone', 'service.hubCarerPhone', 'service.email'];

/** The topics the carers' library must cover, each mapped to the resource that covers it. */
const REQUIRED_TOPICS: Record<string, string> = {
  'what to do in an emergency': 'emergency',
  'when a child goes missing': 'missing-child',
  'if an allegation is made': 'allegations',
  'out-of-hours support': 'out-of-hours',
  'delegated authority': 'delegated-authority',
  'allowances and fees explained': 'allowances-and-fees',
  'safer caring': 'safer-caring',
  'family time (contact)': 'family-time',
  'education and the virtual school': 'education-virtual-school',
  'health assessments': 'health-assessments',
  'Training, Support and Development standards': 'tsd-standards',
  'what KEEP is and what each session covers': 'keep',
  'Mockingbird: the hub, sleepovers and how to ask for one': 'mockingbird',
  'the foster carer charter': 'foster-carer-charter',
  'a glossary of fostering terms': 'glossary',
  'Staying Put with former foster carers up to 21': 'staying-put',
};

interface Resource {
  file: string;
  meta: Record<string, string>;
  body: string;
}

/** Reads the front matter the way the library pages do: one `key: value` per line between `---` fences. */
function parse(file: string): Resource {
  const text = readFileSync(join(FOLDER, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  const meta: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) throw new Error(`${file}: front matter line without "key: value": ${line}`);
    meta[line.slice(0, colon)] = line.slice(colon + 2);
  }
  return { file, meta, body: match[2]! };
}

const resources = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map(parse);
const ids = new Set(resources.map((r) => r.meta.id));

function words(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}

describe('carers’ library content', () => {
  it('has between 15 and 20 resources', () => {
    expect(resources.length).toBeGreaterThanOrEqual(15);
    expect(resources.length).toBeLessThanOrEqual(20);
  });

  it('covers every topic the carers asked for', () => {
    for (const [topic, id] of Object.entries(REQUIRED_TOPICS)) {
      expect(ids.has(id), `${topic} (${id})`).toBe(true);
    }
  });

  describe.each(resources)('$file', ({ file, meta, body }) => {
    it('is accepted by the library pages’ own reader', () => {
      const parsed = parseResourceFile(file, readFileSync(join(FOLDER, file), 'utf8'));
      expect(parsed).toMatchObject({ ok: true, resource: { id: meta.id, title: meta.title, category: meta.category } });
    });

    it('has every front matter field, each a single plain value', () => {
      expect(Object.keys(meta).sort()).toEqual([...FIELDS].sort());
      for (const field of FIELDS) {
        const value = meta[field]!;
        expect(value.trim(), field).not.toBe('');
        // A second ": " or a leading quote would trip a YAML parser even though a line split copes.
        expect(value, field).not.toMatch(/: |^["'[{#&*!|>%@`]/);
      }
    });

    it('is named after its id', () => {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(file).toBe(`${meta.id}.md`);
    });

    it('uses one of the six categories and is written for carers', () => {
      expect(CATEGORIES).toContain(meta.category);
      expect(meta.audience).toBe('carers');
    });

    it('was last reviewed on a real date that is not in the future', () => {
      expect(isIsoDate(meta.lastReviewed)).toBe(true);
      expect(meta.lastReviewed! <= todayIso()).toBe(true);
    });

    it('has a summary of one or two sentences', () => {
      expect(meta.summary).toMatch(/[.?]$/);
      expect(meta.summary!.split(/[.?]\s/).length).toBeLessThanOrEqual(2);
    });

    it('opens with its title as the only top-level heading, then uses section headings', () => {
      expect(body.startsWith(`# ${meta.title}\n`)).toBe(true);
      expect(body.match(/^# /gm)).toHaveLength(1);
      expect(body).toMatch(/^## /m);
    });

    it('is short enough to read on a phone', () => {
      const count = words(body);
      expect(count).toBeGreaterThanOrEqual(200);
      expect(count).toBeLessThanOrEqual(meta.id === 'glossary' ? 1500 : 700);
    });

    it('contains no raw HTML', () => {
      expect(body).not.toMatch(/<[a-z!/]/i);
    });

    it('uses only the service placeholders the app can fill', () => {
      const used = [...body.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]);
      for (const name of used) expect(PLACEHOLDERS).toContain(name);
      // Anything left after removing the known placeholders is a typo such as "{service.name}}".
      expect(body.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/[{}]/);
    });

    it('links only to other resources that exist', () => {
      for (const [, target] of body.matchAll(/\]\(([^)]*)\)/g)) {
        expect(ids.has(target), `link to "${target}"`).toBe(true);
        expect(target).not.toBe(meta.id);
      }
    });

    it('gives no phone number except 999, 101, 111 and the service placeholders', () => {
      expect(body).not.toMatch(/\+44|\b0\d{3}/);
      for (const [number] of body.matchAll(/\b\d{3}\b/g)) {
        expect(['999', '101', '111']).toContain(number);
      }
    });

    if (meta.category === 'Emergencies and safety') {
      it('says what to do when a child is in danger before anything else', () => {
        const firstParagraph = body.split('\n\n')[1]!;
        expect(firstParagraph).toMatch(/call 999/);
      });
    }
  });

  it('numbers each category from 1 with no gaps, urgent pages first', () => {
    for (const category of CATEGORIES) {
      const orders = resources.filter((r) => r.meta.category === category).map((r) => Number(r.meta.order));
      expect(orders.sort((a, b) => a - b), category).toEqual(orders.map((_, i) => i + 1));
    }
    const emergencies = resources.filter((r) => r.meta.category === 'Emergencies and safety');
    const leading = emergencies.sort((a, b) => Number(a.meta.order) - Number(b.meta.order)).map((r) => r.meta.id);
    expect(leading.slice(0, 3)).toEqual(['emergency', 'missing-child', 'allegations']);
  });

  it('gives the LADO’s and the hub carer’s numbers where carers need them', () => {
    expect(resources.find((r) => r.meta.id === 'allegations')!.body).toContain('{{service.ladoPhone}}');
    expect(resources.find((r) => r.meta.id === 'mockingbird')!.body).toContain('{{service.hubCarerPhone}}');
  });

  it('explains the glossary and money in tables', () => {
    const table = /^\| .+ \|\n\| (--- \| )+---/m;
    expect(resources.find((r) => r.meta.id === 'glossary')!.body).toMatch(table);
    expect(resources.find((r) => r.meta.id === 'allowances-and-fees')!.body).toMatch(table);
  });
});
