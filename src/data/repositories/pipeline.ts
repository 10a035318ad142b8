import Dexie from 'dexie';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { daysInStage, isInPipeline, type Household } from '../../domain/household';
import { lastTwelveMonths } from '../../domain/reports/last-twelve-months';
import { referencePrefixes, searchTerm } from '../../domain/search-keys';
import { findsWithTypo, TYPO_MIN_LENGTH } from '../../domain/word-match';
import { PIPELINE_STAGES, STAGES, isOpen, type LineState, type Stage } from '../../domain/stages';
import { statusFromNextDeadline, type TimescaleStatus } from '../../domain/timescales';
import { indexLookup } from '../crypto/search-index';
import { clearNameWords } from './clear-name-words';
import { db } from '../db';
import type { StageCounts } from '../stage-tallies';
import { boardTallies } from './stage-counts';

export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** What the list's stage filter can ask for: a stage on the line, or a state off it. */
export type StageFilter = Stage | Exclude<LineState, 'active'>;
export const STAGE_FILTERS: StageFilter[] = [...STAGES, 'onHold', 'withdrawn', 'closed', 'notApproved'];

export function isStageFilter(value: unknown): value is StageFilter {
  return typeof value === 'string' && (STAGE_FILTERS as string[]).includes(value);
}

/** One household as a row, card or link shows it: display names loaded for this page only. */
export interface HouseholdSummary {
  id: string;
  reference: string;
  /** Applicants' names, "Ann Sample and Bo Sample". */
  names: string;
  postcode: string;
  stage: Stage;
  state: LineState;
  workerName?: string;
  daysInStage?: number;
  nextDeadlineOn?: IsoDate;
  nextDeadlineLabel?: string;
  /** Only households still on the way to approval have a timescale status. */
  status?: TimescaleStatus;
  holdUntil?: IsoDate;
}

export interface SearchRequest {
  term?: string;
  stage?: StageFilter;
  workerId?: string;
  status?: TimescaleStatus;
  /** 1-based. */
  page?: number;
}

export interface SearchPage {
  rows: HouseholdSummary[];
  page: number;
  /** The position of the first row on this page, 1-based, for "Showing 1 to 25". */
  from: number;
  hasNext: boolean;
}

export const PAGE_SIZE = 25;
const OPEN_STATES = ['active', 'onHold'] as const;

type Households = ReturnType<ReturnType<typeof db>['households']['toCollection']>;

function openKeys(stages: readonly Stage[] = PIPELINE_STAGES): [LineState, Stage][] {
  return stages.flatMap((stage) => OPEN_STATES.map((state): [LineState, Stage] => [state, stage]));
}

export function householdStatus(h: Household, today: IsoDate): TimescaleStatus | undefined {
  if (!isInPipeline(h)) return undefined;
  const date = (d: IsoDate | undefined) => (isIsoDate(d) ? d : undefined);
  return statusFromNextDeadline(date(h.nextDeadlineOn), date(h.nextDeadlineAtRiskOn), today);
}

/**
 * Every household at risk today, soonest deadline first: the `atRiskKeys` that start with today
 * (see `todayKeys`), so the index holds exactly them.
 */
export function atRiskOn(today: IsoDate): Households {
  return db().households.where('atRiskKeys').between([today, Dexie.minKey], [today, Dexie.maxKey]);
}

/**
 * A page of households (≤ 50) as rows, in the order given. Names and postcode are the household's
 * own copies (schema version 8), so the only other read is the workers' names, one batch.
 */
export async function summarise(households: Household[], today: IsoDate): Promise<HouseholdSummary[]> {
  if (households.length === 0) return [];
  const workerIds = [...new Set(households.map((h) => h.workerId).filter((w): w is string => Boolean(w)))];
  const staff = await db().staff.bulkGet(workerIds);
  const workerName = new Map(staff.filter((s) => s !== undefined).map((s) => [s.id, s.name]));
  return households.map((h) => ({
    id: h.id,
    reference: h.reference,
    names: h.listNames ?? '',
    postcode: h.listPostcode ?? '',
    stage: h.stage,
    state: h.state,
    workerName: h.workerId ? workerName.get(h.workerId) : undefined,
    daysInStage: daysInStage(h, today),
    nextDeadlineOn: h.nextDeadlineOn,
    nextDeadlineLabel: h.nextDeadlineLabel,
    status: householdStatus(h, today),
    holdUntil: h.holdUntil,
  }));
}

/** Search words: one box takes a name, postcode, email or phone; several words must all match. */
function searchWords(input: string): string[] {
  const whole = searchTerm(input);
  if (!/\s/.test(whole)) return whole ? [whole] : [];
  return [...new Set(whole.split(/\s+/).map(searchTerm).filter(Boolean))];
}

/** One typed word and the name words it finds only by forgiving a typo. */
interface SearchWord {
  word: string;
  typoKeys: Set<string>;
}

/**
 * The typo-forgiving pass compares a typed word with the distinct name words (names repeat, so far
 * fewer than households), never the households themselves; and only for a word that finds nothing
 * as typed, so a search that already matches stays one index look-up. A blind index (a device with
 * a passcode) holds keyed hashes, which no typo can be measured against: there the name words are
 * those opened in memory since the unlock (crypto/name-vocabulary.ts), and the words a typo
 * settles on are looked up as exact tokens.
 */
async function withTypoKeys(words: string[], blind: boolean): Promise<SearchWord[]> {
  const unmatched = await Promise.all(words.map(async (w) => mayBeName(w) && !(await anyFound(w, blind))));
  const forgiving = words.filter((_, i) => unmatched[i]);
  const vocabulary = forgiving.length ? await nameWords(blind) : [];
  return words.map((word) => ({
    word,
    typoKeys: new Set(forgiving.includes(word) ? vocabulary.filter((k) => findsWithTypo(word, k)) : []),
  }));
}

/** Only a name word is forgiven a typo: an email address or a number never is, so it reads no name words. */
function mayBeName(word: string): boolean {
  return Array.from(word).length >= TYPO_MIN_LENGTH && !/[@\d]/.test(word);
}

/** Whether any household is found by the word as typed: on the index alone, nothing opened. */
async function anyFound(word: string, blind: boolean): Promise<boolean> {
  const table = db().households;
  if (!blind) return (await table.where('searchKeys').startsWith(word).limit(1).primaryKeys()).length > 0;
  const { tokens } = await indexLookup(db().session, [word]);
  return (await table.where('searchKeys').equals(tokens[0]!).limit(1).primaryKeys()).length > 0;
}

async function nameWords(blind: boolean): Promise<string[]> {
  if (!blind) return clearNameWords();
  const { nameVocabulary } = await import('../crypto/name-vocabulary');
  return [...(await nameVocabulary(db().session))];
}

/**
 * What a word is looked up by in the index: its typo keys when it has any, since a word is forgiven
 * a typo only once it has found nothing as typed; otherwise the word itself.
 */
function soughtKeys(w: SearchWord): string[] {
  return w.typoKeys.size ? [...w.typoKeys] : [w.word];
}

/** Households whose search keys start with the word, or are one of its typo keys (no passcode: the index holds the words). */
function byWord(w: SearchWord): Households {
  // One key: each household holds it once at most, so the index gives each once, in one request.
  if (w.typoKeys.size === 1) return db().households.where('searchKeys').equals([...w.typoKeys][0]!);
  const ranges = w.typoKeys.size ? [...w.typoKeys].map((k): [string, string] => [k, k]) : [[w.word, w.word + '\uffff'] as [string, string]];
  return db().households.where('searchKeys').inAnyRange(ranges, { includeUppers: true }).distinct();
}

/** The word that drives a search's read: the longest, as the most selective. */
function driverOf(words: SearchWord[]): SearchWord {
  return words.reduce((a, b) => (b.word.length > a.word.length ? b : a));
}

/**
 * A page of the households a blind index finds for the words, kept by `kept`. A blind token is
 * exact: a search looked up by one token (one word, or the one word a typo settles on) with no
 * other word or filter is answered by the index alone. Otherwise a
 * filtered cursor would open each row on its own, one await after another; here the index gives
 * the driver's keys alone, in the cursor's order (token by token as the index sorts them, each
 * token's households by key, each household once), and the rows are opened a batch at a time,
 * each batch at once: first as many as the page asks for, then twice as many each time a filter
 * leaves it short.
 */
async function blindPage(words: SearchWord[], kept: (h: Household) => boolean, filtered: boolean, from: number, count: number): Promise<Household[]> {
  const table = db().households;
  const driver = driverOf(words);
  const { tokens } = await indexLookup(db().session, soughtKeys(driver));
  if (words.length === 1 && tokens.length === 1 && !filtered) return table.where('searchKeys').equals(tokens[0]!).offset(from).limit(count).toArray();
  const seen = new Set<string>();
  const out: Household[] = [];
  let skipped = 0;
  for (const token of [...new Set(tokens)].sort()) {
    for (let read = 0, more = from + count - skipped - out.length; ; more *= 2) {
      const keys = await table.where('searchKeys').equals(token).limit(read + more).primaryKeys();
      const fresh = keys.slice(read).filter((id) => !seen.has(id));
      for (const id of fresh) seen.add(id);
      for (const h of fresh.length ? await table.bulkGet(fresh) : []) {
        if (!h || !kept(h)) continue;
        if (skipped < from) skipped++;
        else if (out.push(h) === count) return out;
      }
      if (keys.length < read + more) break;
      read = keys.length;
    }
  }
  return out;
}

function wordFound(w: SearchWord, keys: string[]): boolean {
  return keys.some((k) => k.startsWith(w.word) || w.typoKeys.has(k));
}

function isOffLine(stage: StageFilter): stage is Exclude<LineState, 'active'> {
  return stage === 'onHold' || stage === 'withdrawn' || stage === 'closed' || stage === 'notApproved';
}

function matchesStage(h: Household, stage: StageFilter): boolean {
  if (stage === 'approved') return h.stage === 'approved';
  if (isOffLine(stage)) return h.state === stage;
  return h.stage === stage && isOpen(h.state);
}

/** Every household the stage filter asks for, in index order. */
function byStage(stage: StageFilter): Households {
  const table = db().households;
  if (stage === 'approved') return table.where('stage').equals('approved');
  if (isOffLine(stage)) return table.where('[state+stage]').between([stage, Dexie.minKey], [stage, Dexie.maxKey]);
  return table.where('[state+stage]').anyOf(openKeys([stage]));
}

/** The board's figures. */
export interface BoardCounts {
  /** Open (active or on hold) households per pipeline stage. */
  stages: StageCounts;
  approvedInLastYear: number;
}

export const pipelineRepo = {
  /**
   * Open households per stage and households approved in the last 12 months, both from the stage
   * tallies: one row, however many households the service holds.
   */
  async boardCounts(today: IsoDate): Promise<BoardCounts> {
    const { counts, approved } = await boardTallies();
    const { from, to } = lastTwelveMonths(today);
    let approvedInLastYear = 0;
    for (const [day, n] of Object.entries(approved)) if (day >= from && day <= to) approvedInLastYear += n;
    return { stages: counts, approvedInLastYear };
  },

  /**
   * The first `limit` open households in a stage, soonest deadline first, read from the
   * `[stage+nextDeadlineOn]` index: only households in the pipeline have a next deadline.
   */
  async columnPage(stage: PipelineStage, limit: number, today: IsoDate): Promise<HouseholdSummary[]> {
    const table = db().households;
    const withDeadline = () => table.where('[stage+nextDeadlineOn]').between([stage, Dexie.minKey], [stage, Dexie.maxKey]);
    let rows = await withDeadline().limit(limit).toArray();
    if (rows.length < limit) {
      // Rare: open households with no deadline left to meet (every timescale met) come last.
      const ids = new Set(rows.map((h) => h.id));
      const rest = await table
        .where('[state+stage]')
        .anyOf(openKeys([stage]))
        .filter((h) => !ids.has(h.id))
        .limit(limit - rows.length)
        .toArray();
      rows = rows.concat(rest);
    }
    return summarise(rows, today);
  },

  /**
   * One page of the household list. The most selective index drives the read (search word,
   * timescale range, stage, worker); the other filters run on what that index returns.
   */
  async search(request: SearchRequest, today: IsoDate): Promise<SearchPage> {
    const table = db().households;
    const page = Number.isInteger(request.page) && request.page! > 0 ? request.page! : 1;
    const references = referencePrefixes(request.term ?? '');
    const blind = (await indexLookup(db().session, [])).blind;
    const words = references ? [] : await withTypoKeys(searchWords(request.term ?? ''), blind);
    const { stage, workerId, status } = request;

    const kept = (h: Household) =>
      words.every((w) => wordFound(w, h.searchKeys)) &&
      (!stage || matchesStage(h, stage)) &&
      (!workerId || h.workerId === workerId) &&
      (!status || householdStatus(h, today) === status);
    const from = (page - 1) * PAGE_SIZE;
    if (blind && words.length) return pageOf(await blindPage(words, kept, Boolean(stage || workerId || status), from, PAGE_SIZE + 1), page, from, today);

    let source: Households;
    let driverAnswersAll = false;
    if (references) {
      source = table.where('reference').startsWithAnyOf(references);
    } else if (words.length) {
      const driver = driverOf(words);
      source = byWord(driver);
      // One word settled on one typo key, as a slip usually is: the index alone answers it.
      driverAnswersAll = words.length === 1 && driver.typoKeys.size === 1 && !stage && !workerId && !status;
    } else if (status === 'breached') {
      source = table.where('nextDeadlineOn').below(today);
    } else if (status === 'atRisk') {
      source = atRiskOn(today);
      driverAnswersAll = !stage && !workerId;
    } else if (stage) {
      source = byStage(stage);
      driverAnswersAll = !workerId && !status;
    } else if (workerId) {
      source = table.where('workerId').equals(workerId);
      driverAnswersAll = !status;
    } else if (status === 'onTrack') {
      source = table.where('[state+stage]').anyOf(openKeys());
    } else {
      source = table.orderBy('enquiryOn').reverse();
      driverAnswersAll = true;
    }
    const found = await (driverAnswersAll ? source : source.filter(kept)).offset(from).limit(PAGE_SIZE + 1).toArray();
    return pageOf(found, page, from, today);
  },
};

/** The page's rows (one more was read, to know whether a next page exists). */
async function pageOf(found: Household[], page: number, from: number, today: IsoDate): Promise<SearchPage> {
  const rows = await summarise(found.slice(0, PAGE_SIZE), today);
  return {
    rows,
    page,
    from: from + 1,
    hasNext: found.length > PAGE_SIZE,
  };
}
