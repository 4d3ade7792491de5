// The shuffle buttons both bag-of-words figures share (D3): "Shuffle the words" asks for the next seed, "Typed order" goes back to seed 0.
import type { Selection } from 'd3-selection';
import type { IntField, Schema } from '../figure/stateSchema.ts';
import type { ViewContext } from '../figure/widget.ts';
import { stateButton } from '../ui/controls.ts';
import { nextSeed } from './limits.ts';

export interface ShuffleButtons {
  /** The seed the state holds now, so the next press moves on from it. */
  set(seed: number): void;
}

export function shuffleButtons<P extends HTMLElement, S extends Schema & { shuffle: IntField }>(
  parent: Selection<P, unknown, null, undefined>,
  ctx: ViewContext<S>,
): ShuffleButtons {
  let seed = 0;
  stateButton(parent, ctx, ['shuffle'], {
    text: 'Shuffle the words',
    label: 'Word order',
    className: 'bow-shuffle-button',
    patch: () => ({ shuffle: nextSeed(seed) }) as never,
  });
  stateButton(parent, ctx, ['shuffle'], {
    text: 'Typed order',
    label: 'Word order',
    className: 'bow-unshuffle-button',
    patch: () => ({ shuffle: 0 }) as never,
  });
  return {
    set(s) {
      seed = s;
    },
  };
}
