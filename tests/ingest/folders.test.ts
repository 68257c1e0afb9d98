/**
 * What the CLI does with a folder that holds more than text: the documents it cannot read yet are
 * listed with the reason, and the run says not everything went in.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyTestGraph } from '../helpers/db.ts';
import { runCli } from '../helpers/cli.ts';

describe('ingest: a folder of mixed files', () => {
  emptyTestGraph();
  const dir = mkdtempSync(join(tmpdir(), 'sightline-folder-'));
  writeFileSync(join(dir, 'notes.txt'), 'Hikvision supplied cameras to Ecuador in 2019.');
  writeFileSync(join(dir, 'report.odt'), 'PK not read yet');
  writeFileSync(join(dir, 'filing.rtf'), '{\\rtf1 Dahua supplied cameras to Kenya in 2020.}');
  writeFileSync(join(dir, 'photo.png'), 'not a document');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the OpenDocument and RTF documents it cannot read yet as skipped, ingests the text, and exits 1', () => {
    const r = runCli([dir]);
    expect(r.stdout).toContain('added 1');
    for (const name of ['report.odt', 'filing.rtf']) {
      expect(r.stdout).toMatch(new RegExp(`${name}: unsupported: only \\.txt, \\.text, \\.md, \\.markdown, \\.html, \\.htm, \\.xhtml, \\.pdf, \\.docx files are read`));
    }
    expect(r.stdout).not.toContain('photo.png');
    expect(r.stdout).toContain('failed: 2');
    expect(r.code).toBe(1);
  });
});
