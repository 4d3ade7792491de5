// The shuffle buttons both bag-of-words figures share (D3): "Shuffle the words" asks for the next seed, "Typed order" goes back to seed 0.
import type { Selection } from 'd3-selection';
import { nextSeed } from './limits.ts';

export interface ShuffleButtons {
  /** The seed the state holds now, so the next press moves on from it. */
  set(seed: number): void;
}

export function shuffleButtons<P extends HTMLElement>(
  parent: Selection<P, unknown, null, undefined>,
  dispatch: (patch: { shuffle: number }) => void,
): ShuffleButtons {
  let seed = 0;
  parent
    .append('button')
    .attr('type', 'button')
    .attr('class', 'bow-shuffle-button')
    .attr('data-state-key', 'shuffle')
    .text('Shuffle the words')
    .on('click', () => dispatch({ shuffle: nextSeed(seed) }));
  parent
    .append('button')
    .attr('type', 'button')
    .attr('class', 'bow-unshuffle-button')
    .attr('data-state-key', 'shuffle')
    .text('Typed order')
    .on('click', () => dispatch({ shuffle: 0 }));
  return {
    set(s) {
      seed = s;
    },
  };
}
