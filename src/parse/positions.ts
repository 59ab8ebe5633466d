/** Helpers for code that moves the positions of a parsed tree into a larger document. */
import type { Nodes } from "mdast";

/**
 * A node's children onto a stack of nodes whose positions are still to be moved. A child that
 * shares its parent's position object (the plain-text reader's one-line nodes) has been moved with
 * it; its own children are taken instead.
 */
export function pushUnmoved(stack: Nodes[], node: Nodes & { children: unknown[] }): void {
  for (const child of node.children as Nodes[]) {
    if (child.position === undefined || child.position !== node.position) stack.push(child);
    else if ("children" in child) pushUnmoved(stack, child);
  }
}
