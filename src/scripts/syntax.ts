/**
 * A plain-object copy of a tree-sitter tree. Every property read on a web-tree-sitter node crosses into
 * WebAssembly and allocates, and the language walkers look at most nodes several times; copying the tree once
 * with a single cursor walk is cheaper and lets the tree be deleted right away.
 */
import type { Tree } from 'web-tree-sitter';

export interface SNode {
  type: string;
  named: boolean;
  field: string | null;
  start: number;
  end: number;
  children: SNode[];
}

export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
}

/** Deeper subtrees are cut off: the walkers recurse, and real scripts never nest this deep. */
export const MAX_TREE_DEPTH = 600;
const MAX_PROBLEMS = 5;

/** Per-grammar tables, so the copy reads names from JS arrays instead of calling into WebAssembly. */
interface Tables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
}
const tablesByGrammar = new WeakMap<object, Tables>();
const ERROR_SYMBOL = 65535;

function tablesFor(tree: Tree): Tables {
  const lang = tree.language;
  let t = tablesByGrammar.get(lang);
  if (!t) {
    const types = lang.types.map((x) => x ?? '');
    t = { types, named: types.map((_, i) => lang.nodeTypeIsNamed(i)), fields: lang.fields };
    tablesByGrammar.set(lang, t);
  }
  return t;
}

/**
 * One cursor walk. Each cursor read is a round trip into WebAssembly, so the walk reads as little as it can:
 * the type id (names come from tables), the field id and the offsets. `isMissing` is read only when the tree
 * has errors.
 */
export function copyTree(tree: Tree, problems: SyntaxProblem[]): SNode {
  const tables = tablesFor(tree);
  const checkMissing = tree.rootNode.hasError;
  const c = tree.walk();
  try {
    const make = (): SNode => {
      const id = c.nodeTypeId;
      // The error symbol (65535) is outside the grammar's symbol table.
      const node: SNode = {
        type: tables.types[id] ?? (id === ERROR_SYMBOL ? 'ERROR' : ''),
        named: tables.named[id] ?? id === ERROR_SYMBOL,
        field: tables.fields[c.currentFieldId] ?? null,
        start: c.startIndex,
        end: -1,
        children: [],
      };
      if (problems.length < MAX_PROBLEMS && checkMissing) {
        if (node.type === 'ERROR') {
          problems.push({ message: 'syntax error', start: node.start, end: c.endIndex });
        } else if (c.nodeIsMissing) {
          problems.push({ message: `missing ${node.type}`, start: node.start, end: node.start });
        }
      }
      return node;
    };
    const root = make();
    root.end = c.endIndex;
    const stack: SNode[] = [root];
    let truncated = false;
    for (;;) {
      const top = stack[stack.length - 1];
      if (top && stack.length <= MAX_TREE_DEPTH) {
        if (c.gotoFirstChild()) {
          const child = make();
          top.children.push(child);
          stack.push(child);
          continue;
        }
      } else if (!truncated && c.gotoFirstChild()) {
        c.gotoParent();
        truncated = true;
        problems.push({
          message: `nesting deeper than ${MAX_TREE_DEPTH} levels was not analysed`,
          start: c.startIndex,
          end: c.endIndex,
        });
      }
      // The current node is complete: move to its next sibling, climbing up as needed.
      for (;;) {
        // The cursor is on the node being completed.
        const done = stack.pop();
        if (done && done.end < 0) done.end = c.endIndex;
        const parent = stack[stack.length - 1];
        if (!parent) return root;
        if (c.gotoNextSibling()) {
          const sibling = make();
          parent.children.push(sibling);
          stack.push(sibling);
          break;
        }
        c.gotoParent();
      }
    }
  } finally {
    c.delete();
  }
}

/** The first child with the given field name. */
export function field(n: SNode, name: string): SNode | undefined {
  for (const c of n.children) if (c.field === name) return c;
  return undefined;
}

export function firstNamed(n: SNode): SNode | undefined {
  for (const c of n.children) if (c.named) return c;
  return undefined;
}

export function named(n: SNode): SNode[] {
  return n.children.filter((c) => c.named);
}
