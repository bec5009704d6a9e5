/**
 * The open shadow roots met on a page, for hit-testing inside them and for the watcher, which observes each one.
 * A web-component feed attaches and removes hosts for as long as it runs: a root whose host left the document is
 * dropped from the set (at every pass, and whenever the list is read), so the set follows the page instead of
 * holding every root the tab ever had — and the detached trees with them. A host put back is met again by the
 * pass over it, and added again.
 *
 * Generic over the root's shape, so it is testable without a DOM.
 */
export interface HostedRoot {
  readonly host: { readonly isConnected: boolean };
}

export class AttachedRoots<R extends HostedRoot> {
  private readonly roots = new Set<R>();

  get size(): number {
    return this.roots.size;
  }

  /** Adds a root; true when it was not known yet (the caller then starts observing it). */
  add(root: R): boolean {
    if (this.roots.has(root)) return false;
    this.roots.add(root);
    return true;
  }

  /** Drops roots whose host left the document; returns how many. */
  prune(): number {
    let dropped = 0;
    for (const r of this.roots) {
      if (r.host.isConnected) continue;
      this.roots.delete(r);
      dropped++;
    }
    return dropped;
  }

  /** The roots whose host is in the document (the others are dropped on the way). */
  live(): R[] {
    this.prune();
    return [...this.roots];
  }

  /** Forgets every root (marking stopped: a new watcher must observe them again when the next pass meets them). */
  clear(): void {
    this.roots.clear();
  }
}
