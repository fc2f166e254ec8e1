/**
 * Section g: the command on one large text file, in every format, each run a fresh process timed by
 * /usr/bin/time (wall seconds and peak RSS). The file holds `sources` paragraphs (about 5 MB at 20,000):
 * generated stories, a tenth of them retelling one hot event. Prints one JSON line per format.
 * Usage: node bench/cli-run.mjs <sources>
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { oneEventCorpus } from './one-event.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', '..', 'dist', 'cli.js');

export function bigInput(sources) {
  const hot = Math.floor(sources / 10);
  const stories = generateCorpus(sources - hot, 5).map((s) => s.text);
  const retold = oneEventCorpus(hot).map((s) => s.text);
  const paragraphs = [];
  for (let i = 0, k = 0; i < stories.length; i++) {
    paragraphs.push(stories[i]);
    if (i % 9 === 8 && k < retold.length) paragraphs.push(retold[k++]);
  }
  return paragraphs.join('\n\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sources = Number(process.argv[2] ?? 20000);
  const dir = mkdtempSync(join(os.tmpdir(), 'crosscheck-cli-'));
  const input = join(dir, 'input.txt');
  writeFileSync(input, bigInput(sources));
  try {
    for (const format of ['text', 'markdown', 'json']) {
      const out = join(dir, `report.${format}`);
      const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli, input, '-f', format, '-o', out], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const [seconds, kb] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      console.log(JSON.stringify({ format, inputBytes: statSync(input).size, sources, exit: run.status, seconds, peakRssMB: kb / 1024, outputBytes: run.status === 0 || run.status === 1 ? statSync(out).size : null, stderr: run.status > 1 ? run.stderr.slice(-400) : undefined }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
