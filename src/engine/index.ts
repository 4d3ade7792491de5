// The engine's public API: everything a widget or a reader's exercise needs, nothing internal.

// Tensors, the tape and errors
export { Tensor } from './tensor.ts';
export { tensor, param, fromRows, oneHot } from './create.ts';
export { Tape, type BackwardOptions } from './tape.ts';
export { NonFiniteError, StaleTensorError } from './errors.ts';
export { Rng } from './rng.ts';
export { gradcheck, type GradcheckOptions, type GradcheckResult } from './gradcheck.ts';
export { setKernels, activeKernel, type KernelChoice, type KernelName } from './kernels.ts';

// Primitive ops
export { add, sub, mul, addBias, scale, addN } from './ops/elementwise.ts';
export { matmul, transpose } from './ops/matmul.ts';
export { linear } from './ops/linear.ts';
export { tanh, sigmoid, relu, exp, log } from './ops/activations.ts';
export { softmax, logSoftmax } from './ops/softmax.ts';
export { crossEntropy, type CrossEntropyOptions } from './ops/crossEntropy.ts';
export { sum, mean, type Axis } from './ops/reduce.ts';
export { concat, slice, splitRows } from './ops/shape.ts';
export { embedding } from './ops/embedding.ts';
export { maskFill } from './ops/maskFill.ts';
export { layerNorm, layerNormComposed } from './ops/layerNorm.ts';
export { gelu, geluComposed } from './ops/gelu.ts';
export { type DropoutOptions, dropout } from './ops/dropout.ts';
export { sinusoidalPositions, addPositions } from './ops/positional.ts';
export { logSumExp } from './ops/softmax.ts';

// Recurrent cells and layers
export {
  type Activation,
  type RnnParams,
  type RnnInit,
  rnnCell,
  rnnCellComposed,
  rnnParams,
} from './cells/rnn.ts';
export {
  type LstmParams,
  type LstmState,
  type LstmInit,
  lstmCell,
  lstmCellComposed,
  lstmParams,
} from './cells/lstm.ts';
export { type GruParams, type GruState, gruCell, gruCellComposed, gruParams } from './cells/gru.ts';
export {
  type CellKind,
  type Recurrent,
  type RecurrentState,
  type RecurrentOptions,
  type StepOptions,
  recurrent,
  hiddenSize,
  layerParams,
  initialState,
  layerStep,
  unroll,
} from './cells/recurrent.ts';

// Initialisers and spectra
export { uniform, normal, zeros, glorotUniform, orthogonal } from './init/initializers.ts';
export {
  spectralRadius,
  largestSingularValue,
  scaleToSpectralRadius,
  recurrentWeights,
} from './init/spectral.ts';

// Attention and seq2seq
export { type AttentionMask, paddingMask, causalMask } from './attention/mask.ts';
export { type AttentionResult, dotProductAttention } from './attention/dotProduct.ts';
export { type AdditiveParams, additiveParams, additiveAttention } from './attention/additive.ts';
export {
  type AttentionKind,
  type Seq2SeqConfig,
  type Seq2Seq,
  createSeq2Seq,
  seq2seqParams,
} from './seq2seq/model.ts';
export { type Encoding, type EncodeOptions, encode } from './seq2seq/encoder.ts';
export {
  type DecoderStep,
  type TeacherForcingOptions,
  type TeacherForced,
  decodeStep,
  teacherForcing,
} from './seq2seq/decoder.ts';
export { type GreedyOptions, type GreedyResult, greedyDecode } from './seq2seq/greedy.ts';
export {
  type MultiHeadParams,
  type MultiHeadOptions,
  type MultiHeadResult,
  multiHeadAttention,
} from './attention/multiHead.ts';
export { multiHeadAttentionComposed } from './attention/multiHeadComposed.ts';

// The transformer
export {
  type LayerNormParams,
  type MlpParams,
  type BlockParams,
  type BlockOptions,
  type BlockDropout,
  blockParams,
  layerNormParams,
  transformerBlock,
} from './models/block.ts';
export {
  type TransformerConfig,
  type ForwardOptions,
  type TransformerOutput,
  type Transformer,
  transformer,
  transformerFrom,
  transformerParamCount,
  paramsFromSnapshot,
  attentionMap,
} from './models/transformer.ts';
export { type ShardableTask, shardRange } from './models/shard.ts';

// Optimisers and clipping
export {
  type Optimizer,
  type OptimizerSpec,
  type SgdOptions,
  type AdamOptions,
  SGD,
  Adam,
  createOptimizer,
} from './optim/optimizer.ts';
export { gradNorm, clipGradNorm, clipGradValue } from './optim/clip.ts';
export { type AdamWOptions, AdamW } from './optim/adamw.ts';
export { type WarmupCosine, type LrSchedule, lrFactor, ScheduledOptimizer } from './optim/schedule.ts';

// Training: the task registry, the step-based trainer, the worker protocol. The engine holds no task of
// its own; a worker entry builds a TaskRegistry and hands it to serveChannels or serveTrainer.
export { type TrainingTask, type TaskDefinition, type Shard, TaskRegistry } from './train/registry.ts';
export { type TrainerSettings, type StepReport, Trainer } from './train/trainer.ts';
export { shardRows } from './train/shardRows.ts';
export { ParallelTrainer } from './train/parallelTrainer.ts';
export { HelperFailure, type TransferPort, serveFollower } from './train/follower.ts';
export type {
  TrainerStatus,
  RunSettings,
  ClientMessage,
  WorkerMessage,
  Progress,
  StatusMessage,
  ParamSnapshot,
  PortLike,
} from './train/protocol.ts';
export { type ServeOptions, serveTrainer } from './train/serve.ts';
export { argmaxMatches, argmaxRow } from './ops/argmax.ts';
export { type Pair, teacherForcedBatch } from './seq2seq/batch.ts';
export {
  type ChannelPort,
  type WorkerLike,
  FOLLOW,
  OPEN_CHANNEL,
  parallelWorker,
  serveChannels,
  workerChannels,
} from './train/channels.ts';
export { TrainerClient } from './train/client.ts';
export { loadSnapshot } from './train/snapshot.ts';
