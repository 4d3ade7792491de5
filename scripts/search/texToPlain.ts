// A formula's TeX as the plain text the book's prose uses for maths ("h_{t-1}", "W_hh", "∂L/∂h_t",
// "σ(z) = 1/(1 + e^{-z})"), for the search index: KaTeX's page output holds each formula three times
// (MathML, its TeX annotation, and the drawn layer), which searched as "hth_tht".

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  sum: 'Σ',
  prod: 'Π',
  cdot: '·',
  times: '×',
  div: '÷',
  pm: '±',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  propto: '∝',
  equiv: '≡',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  mapsto: '↦',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  in: '∈',
  notin: '∉',
  odot: '⊙',
  otimes: '⊗',
  oplus: '⊕',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  top: '⊤',
  ell: 'ℓ',
  prime: '′',
  mid: '|',
  vert: '|',
  lvert: '|',
  rvert: '|',
  Vert: '‖',
  lVert: '‖',
  rVert: '‖',
  langle: '⟨',
  rangle: '⟩',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  circ: '∘',
  forall: '∀',
  exists: '∃',
  cup: '∪',
  cap: '∩',
  subset: '⊂',
  subseteq: '⊆',
  emptyset: '∅',
  '{': '{',
  '}': '}',
  '|': '‖',
  '%': '%',
  '&': '&',
  '#': '#',
  _: '_',
  $: '$',
};
/** Named functions that print as their name. */
const NAMES = new Set([
  'log',
  'ln',
  'exp',
  'max',
  'min',
  'arg',
  'argmax',
  'argmin',
  'sin',
  'cos',
  'tan',
  'tanh',
  'sinh',
  'cosh',
  'det',
  'dim',
  'lim',
  'sup',
  'inf',
  'Pr',
]);
/** Commands whose one argument is kept as it is: fonts, text, operator names. */
const WRAPPERS = new Set([
  'mathbf',
  'mathrm',
  'mathit',
  'mathsf',
  'mathtt',
  'mathcal',
  'boldsymbol',
  'bm',
  'text',
  'textbf',
  'textit',
  'textrm',
  'operatorname',
  'mathop',
  'mbox',
  'underbrace',
  'overbrace',
  'underline',
]);
const ACCENTS: Record<string, string> = {
  hat: '\u0302',
  widehat: '\u0302',
  bar: '\u0304',
  overline: '\u0304',
  tilde: '\u0303',
  widetilde: '\u0303',
  vec: '\u20d7',
  dot: '\u0307',
};
const SPACES = new Set([',', ';', ':', '!', ' ', 'quad', 'qquad', 'enspace', 'thinspace', 'medspace']);
const DROPPED = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'biggl',
  'biggr',
  'displaystyle',
  'textstyle',
  'scriptstyle',
  'limits',
  'nolimits',
  'nonumber',
  'notag',
]);
const FRACTIONS = new Set(['frac', 'tfrac', 'dfrac', 'cfrac']);
/** Relations and binary operators are set off by spaces, as the prose writes them. */
const RELATIONS = /^[=<>≤≥≈≠→←⇒∈∼∝≡↦|⊙⊗⊕±]$/;

type Token = { kind: 'command' | 'char'; text: string };

function tokenize(tex: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tex.length; ) {
    if (tex[i] === '\\') {
      const word = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      if (!word) break;
      out.push({ kind: 'command', text: word[1] });
      i += word[0].length;
      // TeX swallows the spaces after a command word ("∂L", "‖g‖"); plain text keeps them before an
      // operator ("QK^⊤ / √d").
      if (/[a-zA-Z]/.test(word[1]) && !/^ +[/+\-=<>,]/.test(tex.slice(i))) while (tex[i] === ' ') i++;
    } else {
      const c = String.fromCodePoint(tex.codePointAt(i)!);
      out.push({ kind: 'char', text: /\s/.test(c) ? ' ' : c });
      i += c.length;
    }
  }
  return out;
}

/** Parenthesised when it is more than one term, so "a+b over c" reads (a+b)/c. */
function term(s: string): string {
  const t = s.trim();
  return /^[^\s+\-=,]+$/u.test(t) || /^\(.*\)$/.test(t) ? t : `(${t})`;
}

class Plain {
  i = 0;
  readonly tokens: Token[];
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  /** Everything up to the closing brace (or the end). */
  sequence(): string {
    let out = '';
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i];
      if (t.kind === 'char' && t.text === '}') {
        this.i++;
        break;
      }
      // A closing \right delimiter hugs what it closes: "‖g‖", not "‖g ‖".
      if (t.kind === 'command' && t.text === 'right') out = out.trimEnd();
      out += this.item();
    }
    return out;
  }

  /** One argument: a {group} or a single token. */
  argument(): string {
    while (this.tokens[this.i]?.text === ' ' && this.tokens[this.i].kind === 'char') this.i++;
    const t = this.tokens[this.i];
    if (!t) return '';
    if (t.kind === 'char' && t.text === '{') {
      this.i++;
      return this.sequence();
    }
    return this.item();
  }

  /** An optional [argument], as \sqrt[3]{x} has. */
  optional(): string {
    if (this.tokens[this.i]?.text !== '[') return '';
    this.i++;
    let out = '';
    while (this.i < this.tokens.length && this.tokens[this.i].text !== ']') out += this.item();
    this.i++;
    return out;
  }

  item(): string {
    const t = this.tokens[this.i++];
    if (t.kind === 'char') {
      if (t.text === '{') return this.sequence();
      if (t.text === '_' || t.text === '^') {
        const arg = this.argument().trim();
        return [...arg].length <= 1 || /^[\p{L}\p{N}]+$/u.test(arg) ? `${t.text}${arg}` : `${t.text}{${arg}}`;
      }
      if (t.text === '~' || t.text === '&') return ' ';
      if (t.text !== '|' && RELATIONS.test(t.text)) return ` ${t.text} `;
      return t.text;
    }
    const name = t.text;
    if (name === '\\') return '; ';
    if (SPACES.has(name)) return ' ';
    if (DROPPED.has(name)) return '';
    if (name === 'label' || name === 'tag' || name === 'begin' || name === 'end') {
      this.argument();
      return name === 'end' ? ' ' : '';
    }
    if (FRACTIONS.has(name)) {
      const a = this.argument();
      const b = this.argument();
      return `${term(a)}/${term(b)}`;
    }
    if (name === 'sqrt') {
      const n = this.optional();
      return `${n ? n.trim() : ''}√${term(this.argument())}`;
    }
    if (name in ACCENTS) {
      const arg = this.argument().trim();
      return [...arg].length === 1 ? `${arg}${ACCENTS[name]}` : `${name}(${arg})`;
    }
    if (WRAPPERS.has(name)) return this.argument();
    if (name === 'mathbb') {
      const arg = this.argument().trim();
      return ({ R: 'ℝ', N: 'ℕ', Z: 'ℤ', E: '𝔼', P: 'ℙ' } as Record<string, string>)[arg] ?? arg;
    }
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) return RELATIONS.test(symbol) ? ` ${symbol} ` : symbol;
    if (NAMES.has(name)) return name;
    // An unknown command keeps its name, so the formula still says something searchable.
    return name;
  }
}

export function texToPlain(tex: string): string {
  return new Plain(tokenize(tex))
    .sequence()
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+([,;.])/g, '$1')
    .replace(/;\s*$/, '')
    .trim()
    .normalize('NFC');
}
