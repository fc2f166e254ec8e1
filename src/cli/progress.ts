/** The part of a stream progress needs: `process.stderr` fits. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface Progress {
  /** After each source read, with the count so far. */
  read(count: number): void;
  /** Just before the (synchronous) analysis of `count` sources. */
  analyzing(count: number): void;
  /** Clears the progress line, if one was shown. */
  done(): void;
}

/** Shows progress only on a terminal, and only once more than `threshold` sources have been read. */
export function createProgress(stream: ProgressStream, threshold = 1_000, every = 1_000): Progress {
  const enabled = stream.isTTY === true;
  let shown = false;
  const show = (message: string) => {
    stream.write(`\r\x1b[Kcrosscheck: ${message}`);
    shown = true;
  };
  return {
    read(count) {
      if (enabled && count > threshold && count % every === 1) show(`reading... ${groupDigits(count)} sources`);
    },
    analyzing(count) {
      if (enabled && count > threshold) show(`analyzing ${groupDigits(count)} sources...`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** 12345 gives "12,345". */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
