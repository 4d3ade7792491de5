// One run of the tiny GPT in a worker, measured at exact steps: it asks the worker for CHUNK steps at a time
// (two chunks queued, so the worker never waits for the page), and at every multiple of EVAL_EVERY for the
// held-out loss (and at every multiple of SNAPSHOT_EVERY for a snapshot of the weights), so the same seed gives the same evaluations whatever the
// machine's speed. Samples and the heads' attention are computed in the worker too (the task's inspect()),
// from the snapshots; the page only draws what comes back.
import {
  type ParamSnapshot,
  type PortLike,
  type Progress,
  type RunSettings,
  type StatusMessage,
  TrainerClient,
  type TrainerStatus,
} from '../../../engine/index.ts';
import { baselineFromMetrics, type CharBaseline } from '../../../tasks/charNgram.ts';
import type { GptInspectRequest, GptSampleOptions } from '../../../tasks/tinyGpt.ts';
import type { RunPart } from '../../training/figureRun.ts';
import type { Point } from '../../training/trainingRun.ts';

/** Steps between two held-out evaluations: fine enough to say when it passes an n-gram. */
export const EVAL_EVERY = 50;
/**
 * Steps between two snapshots of the weights, for samples and the heads: each costs the worker a sample
 * (80 forward passes), so less often than evaluations, which are cheaper.
 */
export const SNAPSHOT_EVERY = 100;
/** Steps the worker is asked for at a time: a pause waits for at most two of them. */
export const CHUNK = 10;

export interface Evaluation {
  step: number;
  heldOutLoss: number;
  /** Seconds the run had trained when this step was reached (paused time left out). */
  seconds: number;
}

export interface Snapshot {
  step: number;
  params: ParamSnapshot;
  /** Kept for good (step 0 or a doubling of the steps); otherwise the next snapshot replaces it. */
  kept: boolean;
}

const ENDED: ReadonlySet<TrainerStatus> = new Set(['done', 'cancelled', 'diverged', 'error']);

/** An answer from the worker, or why there is none (the request failed). */
type Answer<T> = { value: T } | { error: string };

export class GptRun implements RunPart {
  status: StatusMessage | null = null;
  /** Steps completed, from the worker's reports. */
  step = 0;
  readonly maxSteps: number;
  readonly settings: RunSettings & { maxSteps: number };
  workers: number | undefined = undefined;
  readonly points: Point[] = [];
  evaluations: Evaluation[] = [];
  /** Snapshots kept for samples: step 0, then about every doubling of the steps, and the latest. */
  snapshots: Snapshot[] = [];
  /** The character n-gram baseline the worker computed, when the run's config asked for it. */
  baseline: CharBaseline | null = null;
  readonly ready: Promise<void>;
  private readonly client: TrainerClient;
  private readonly listeners = new Set<() => void>();
  /** Steps asked of the worker so far, and chunks not yet answered. */
  private queued = 0;
  private inFlight = 0;
  private wanted = false;
  private closed = false;
  private nextKeep = 0;
  private trainedMs = 0;
  private since: number | null = null;
  private readonly answers = new Map<string, Answer<unknown>>();
  private readonly asked = new Set<string>();

  constructor(port: PortLike & { terminate?(): void }, settings: RunSettings & { maxSteps: number }) {
    this.settings = settings;
    this.maxSteps = settings.maxSteps;
    this.client = new TrainerClient(port);
    this.client.onProgress((p: Progress) => {
      this.step = p.step;
      if (Number.isFinite(p.loss) && Number.isFinite(p.gradNorm))
        this.points.push({ step: p.step, loss: p.loss, gradNorm: p.gradNorm });
      this.emit();
    });
    this.client.onStatus((s) => {
      // a chunk ends 'paused' (or 'done' at the last step, before its evaluation, which pump() waits for)
      if (s.status === 'paused' || s.status === 'done') {
        this.step = s.step;
        this.inFlight = Math.max(0, this.inFlight - 1);
        this.pump();
        return;
      }
      if (!ENDED.has(s.status)) return;
      this.wanted = false;
      this.setStatus(s);
    });
    this.ready = this.client.init(settings).then(() => {
      this.workers = this.client.workers;
      // the untrained model first, then training
      return this.measure().then(() => this.start());
    });
  }

  get running(): boolean {
    return this.status?.status === 'running';
  }

  /** Seconds spent training (pauses left out). */
  get seconds(): number {
    return (this.trainedMs + (this.since === null ? 0 : performance.now() - this.since)) / 1000;
  }

  start(): void {
    if (this.closed || (this.status !== null && ENDED.has(this.status.status))) return;
    this.wanted = true;
    this.pump();
  }

  pause(): void {
    this.wanted = false;
    this.pump();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  dispose(): void {
    this.closed = true;
    this.wanted = false;
    this.listeners.clear();
    this.client.dispose();
  }

  /**
   * Text the snapshot of `step` writes with these options, once the worker has answered; null while it
   * works (the first call asks it), or the worker's message when it could not.
   */
  sample(step: number, options: GptSampleOptions): { text: string } | { error: string } | null {
    const snap = this.snapshots.find((s) => s.step === step);
    if (snap === undefined) return null;
    const key = `sample|${step}|${JSON.stringify(options)}`;
    const a = this.ask<string>(key, { kind: 'sample', params: snap.params, options });
    return a === null ? null : 'value' in a ? { text: a.value } : a;
  }

  /**
   * Every head's attention on `ids` from the latest snapshot, once the worker has answered (the first call
   * asks it); until then the latest answer for an earlier snapshot or text, or null before any.
   */
  heads(ids: readonly number[]): { step: number; ids: number[]; maps: number[][][][] } | null {
    const snap = this.snapshots.at(-1);
    if (snap === undefined) return null;
    const key = `heads|${snap.step}|${ids.join(',')}`;
    const a = this.ask<number[][][][]>(key, { kind: 'heads', params: snap.params, ids: [...ids] });
    if (a !== null && 'value' in a) this.lastHeads = { step: snap.step, ids: [...ids], maps: a.value };
    return this.lastHeads;
  }

  private lastHeads: { step: number; ids: number[]; maps: number[][][][] } | null = null;

  /** The worker's answer for `key`, asking once; emits a change when it arrives. */
  private ask<T>(key: string, request: GptInspectRequest): Answer<T> | null {
    const known = this.answers.get(key) as Answer<T> | undefined;
    if (known !== undefined || this.asked.has(key) || this.closed) return known ?? null;
    this.asked.add(key);
    this.client
      .inspect(request)
      .then(
        (r) => this.answers.set(key, { value: r.result }),
        (e: Error) => this.answers.set(key, { error: e.message }),
      )
      .then(() => {
        this.asked.delete(key);
        if (!this.closed) this.emit();
      });
    return null;
  }

  /** Forgets answers about snapshots no longer kept. */
  private forget(): void {
    const steps = new Set(this.snapshots.map((s) => s.step));
    for (const key of this.answers.keys())
      if (!steps.has(Number(key.split('|')[1]))) this.answers.delete(key);
  }

  /** Keeps up to two chunks queued while the reader wants training; says 'paused' or 'done' once drained. */
  private pump(): void {
    if (this.closed || (this.status !== null && ENDED.has(this.status.status))) return;
    while (this.wanted && this.inFlight < 2 && this.queued < this.maxSteps) {
      const nextEval = (Math.floor(this.queued / EVAL_EVERY) + 1) * EVAL_EVERY;
      const n = Math.min(CHUNK, nextEval - this.queued, this.maxSteps - this.queued);
      this.client.step(n);
      this.queued += n;
      this.inFlight++;
      // asked after the steps, so the worker answers at exactly this step
      if (this.queued % EVAL_EVERY === 0 || this.queued === this.maxSteps) void this.measure();
    }
    if (this.inFlight > 0 && this.wanted) this.setStatus('running');
    else if (this.inFlight === 0 && this.queued < this.maxSteps) this.setStatus('paused');
  }

  private async measure(): Promise<void> {
    try {
      // both asked now, so both are answered at the same step
      const step = this.queued;
      const withSnapshot = step % SNAPSHOT_EVERY === 0 || step >= this.maxSteps;
      const [ev, snap] = await Promise.all([
        this.client.evaluate(),
        withSnapshot ? this.client.snapshot() : null,
      ]);
      if (this.closed) return;
      const loss = ev.metrics.heldOutLoss;
      if (Number.isFinite(loss))
        this.evaluations.push({ step: ev.step, heldOutLoss: loss, seconds: this.seconds });
      this.baseline ??= baselineFromMetrics(ev.metrics);
      if (snap !== null) {
        const last = this.snapshots.at(-1);
        if (last !== undefined && !last.kept) this.snapshots.pop();
        const kept = snap.step >= this.nextKeep;
        if (kept) this.nextKeep = Math.max(SNAPSHOT_EVERY, 2 * snap.step);
        this.snapshots.push({ ...snap, kept });
        this.forget();
      }
      if (ev.step >= this.maxSteps) this.setStatus('done');
      else this.emit();
    } catch {
      // a closed channel: the run was disposed while asking
    }
  }

  private setStatus(s: TrainerStatus | StatusMessage): void {
    const next: StatusMessage = typeof s === 'string' ? { type: 'status', status: s, step: this.step } : s;
    if (this.status !== null && ENDED.has(this.status.status)) return;
    if (this.status?.status === next.status && typeof s === 'string') return;
    this.status = next;
    this.step = Math.max(this.step, next.step);
    // the training clock runs only while running
    if (next.status === 'running' && this.since === null) this.since = performance.now();
    if (next.status !== 'running' && this.since !== null) {
      this.trainedMs += performance.now() - this.since;
      this.since = null;
    }
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
