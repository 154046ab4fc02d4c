import type { Builder } from './builder.js';
import type { SNode } from './syntax.js';

export function walkJavascript(_root: SNode, _b: Builder): void {}
