// The book's tasks: the data and models each chapter trains, the registry that names them, and the
// engine's Trainer and serveTrainer bound to that registry. Widgets and scripts import tasks from here;
// the engine itself knows no task.
export { bookTasks } from './bookTasks.ts';
export { Trainer } from './trainer.ts';
export { serveTrainer } from './serveTrainer.ts';
export { type RecallConfig, recallTask } from './recall.ts';
export {
  heldOutSequences,
  isHeldOutSequence,
  type ReverseConfig,
  reversalAccuracy,
  reverseModel,
  reverseTask,
  reversePair,
} from './reverse.ts';
export {
  type DatesConfig,
  datesTask,
  datesModel,
  translateDate,
  exactMatch,
  dateAccuracy,
  bandKey,
} from './dates.ts';
export {
  type DateExample,
  type DateParts,
  SRC_VOCAB,
  TGT_VOCAB,
  SRC_CHARS,
  MAX_SOURCE,
  LENGTH_BANDS,
  FORMATS,
  dateAt,
  iso,
  isHeldOut,
  encodeSource,
  encodeTarget,
  decodeTarget,
  example as dateExample,
  heldOutSet,
  trainingExample as dateTrainingExample,
} from './datesData.ts';
export { type ExplodingConfig, explodingTask } from './explodingRnn.ts';
export { type LongLagConfig, longLagTask } from './longLag.ts';
export {
  type CharRnnConfig,
  type CharRnnParams,
  type SampleOptions,
  charRnnTask,
  charRnnParams,
  charVocab,
  sampleChars,
} from './charRnn.ts';
export {
  type TinyGptConfig,
  type GptSampleOptions,
  tinyGptTask,
  createTinyGpt,
  tinyGptModel,
  tinyGptModelConfig,
  sampleGpt,
  gptAttention,
  inspectGpt,
  type GptInspectRequest,
  type GptInspectResult,
  splitText,
} from './tinyGpt.ts';
export {
  type InductionConfig,
  inductionTask,
  createInduction,
  inductionModelConfig,
  repeatedSequences,
  copyLosses,
  probeSequence,
  attentionMetrics,
} from './induction.ts';
