import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commonIntoFeatures, importCircles, importGraph } from './import-graph';

const ROOT = join(__dirname, '..', '..');

describe('the import graph of api, libs/domain and web', () => {
  const graph = importGraph(ROOT, ['api/src', 'api/test', 'libs/domain/src', 'libs/domain/test', 'web/src', 'tools']);

  it('reads the real sources', () => {
    expect(graph.get('api/src/app.ts')).toContain('api/src/app.module.ts');
  });

  it('has no import circles', () => {
    expect(importCircles(graph).map((circle) => circle.join(' → '))).toEqual([]);
  });

  it('api/src/common/ imports no feature module', () => {
    expect(commonIntoFeatures(graph)).toEqual([]);
  });
});

describe('the import graph finder', () => {
  let dir: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kompas-import-graph-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a circle through a type import and a re-export, and an import from common/ into a feature', () => {
    write(
      'api/src/modules/notes/notes.controller.ts',
      "import { NotesService } from './notes.service';\nexport type Note = { id: string };",
    );
    write('api/src/modules/notes/notes.service.ts', "import type { Note } from './index';\nimport { ok } from '../../common/ok';");
    write('api/src/modules/notes/index.ts', "export * from './notes.controller';");
    write('api/src/common/ok.ts', "import { Note } from '../modules/notes/notes.controller';\nimport 'reflect-metadata';");
    write('api/src/alone.ts', "const x = require('./alone');");
    const g = importGraph(dir, ['api/src']);
    expect(importCircles(g)).toEqual([
      ['api/src/alone.ts', 'api/src/alone.ts'],
      [
        'api/src/common/ok.ts',
        'api/src/modules/notes/notes.controller.ts',
        'api/src/modules/notes/notes.service.ts',
        'api/src/common/ok.ts',
      ],
    ]);
    expect(commonIntoFeatures(g)).toEqual(['api/src/common/ok.ts → api/src/modules/notes/notes.controller.ts']);
  });

  it('finds nothing in files that import in one direction only', () => {
    write('a.ts', "import { b } from './b';");
    write('b.ts', "import { c } from './c/index';");
    write('c/index.ts', 'export const c = 1;');
    expect(importCircles(importGraph(dir, ['.']))).toEqual([]);
  });
});
