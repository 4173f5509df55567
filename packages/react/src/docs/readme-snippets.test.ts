/**
 * Every TypeScript snippet in the READMEs (the repository's and each package's) compiles against
 * the packages as they are, under the settings a careful host uses: strict,
 * noUncheckedIndexedAccess, exactOptionalPropertyTypes. A renamed prop, a removed export or a
 * snippet that reads `matches[0]` as if it were always there fails here.
 *
 * Each snippet is its own module. Names a fragment uses without defining them (the clients, the
 * patient, a QueryClient, Vitest's hooks) are declared once, below, as a host would have them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const readmes = [
  'README.md',
  ...readdirSync(path.join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => existsSync(path.join(root, file))),
];

interface Snippet {
  name: string;
  file: string;
  code: string;
}

const snippets: Snippet[] = readmes.flatMap((readme) => {
  const text = readFileSync(path.join(root, readme), 'utf8');
  // A fence may be indented (a snippet inside a list item): its lines lose that indent.
  return [...text.matchAll(/^( *)```(ts|tsx)\n([\s\S]*?)^\1```/gm)].map((match, index) => {
    const line = text.slice(0, match.index).split('\n').length;
    const indent = match[1] ?? '';
    return {
      name: `${readme}:${line}`,
      // Virtual files beside the sources, so packages resolve as they do for the code.
      file: path.join(root, 'packages/react/src/docs', `snippet-${readme.replaceAll('/', '-')}-${index}.tsx`),
      code: (match[3] ?? '')
        .split('\n')
        .map((codeLine) => (codeLine.startsWith(indent) ? codeLine.slice(indent.length) : codeLine))
        .join('\n'),
    };
  });
});

const PRELUDE = path.join(root, 'packages/react/src/docs/snippet-prelude.d.ts');
const preludeText = `
import type {
  NilarDiagnosticReport,
  ParekClient,
  PpsClient,
  PpsPatientContext,
  PpsSearchResult,
  PtsClient,
} from '@pps-kit/api-client';
import type { QueryClient } from '@tanstack/react-query';
declare global {
  const pps: PpsClient;
  const pts: PtsClient;
  const parek: ParekClient;
  const patient: PpsPatientContext;
  const queryClient: QueryClient;
  /** A search's answer, and a lab's message files, as a fragment has them from the lines before. */
  const result: PpsSearchResult<NilarDiagnosticReport>;
  const bytes: Uint8Array;
  const files: Uint8Array[];
  function beforeAll(fn: () => unknown): void;
  function afterAll(fn: () => unknown): void;
  function beforeEach(fn: () => unknown): void;
  function afterEach(fn: () => unknown): void;
}
export {};
`;

function compile(): Map<string, string[]> {
  const base = ts.readConfigFile(path.join(root, 'tsconfig.base.json'), ts.sys.readFile).config as {
    compilerOptions: object;
  };
  const { options } = ts.convertCompilerOptionsFromJson(
    { ...base.compilerOptions, types: ['node', 'vite/client'], noEmit: true },
    path.join(root, 'packages/react'),
  );
  const virtual = new Map<string, string>([
    [PRELUDE, preludeText],
    ...snippets.map((s) => [s.file, s.code] as const),
  ]);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists(file);
  host.readFile = (file) => virtual.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined
      ? getSourceFile(file, language, ...rest)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([PRELUDE, ...snippets.map((s) => s.file)], options, host);
  const errors = new Map<string, string[]>(snippets.map((s) => [s.file, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const at =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : undefined;
    const text = `${at ? `line ${at.line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    (errors.get(file) ?? errors.set('other', errors.get('other') ?? []).get('other'))?.push(text);
  }
  return errors;
}

describe('the README snippets compile', () => {
  const errors = compile();

  it('there are snippets to check, the whole-tab example among them', () => {
    expect(snippets.length).toBeGreaterThan(8);
    expect(
      snippets.some((s) => s.code.includes('<PpsProvider') && s.code.includes('<TrendChart code=')),
    ).toBe(true);
  });

  it.each(snippets)('$name', ({ file }) => {
    expect(errors.get(file)).toEqual([]);
  });

  it('and nothing else failed', () => {
    expect(errors.get('other') ?? []).toEqual([]);
  });
});
