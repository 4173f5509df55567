/**
 * Checks resources against NILAR's own profiles, read from the compiled StructureDefinitions in
 * ../shared/domain/nilar/structure-definitions (differentials only: NILAR ships no snapshots).
 * It reads what the differentials say and nothing else: cardinalities, choice types, reference
 * targets, extension slices and each extension's value type, and that every NILAR extension is
 * used where a profile declares it. Test code only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ElementDefinition {
  id: string;
  path: string;
  sliceName?: string;
  min?: number;
  max?: string;
  type?: { code: string; profile?: string[]; targetProfile?: string[] }[];
  fixedUri?: string;
}

interface StructureDefinition {
  url: string;
  type: string;
  differential: { element: ElementDefinition[] };
}

export interface NilarProfiles {
  /** Every rule the differentials give that `resource` breaks, as `Type.path: what`. */
  check(resource: Record<string, unknown>): string[];
  /** The NILAR extension URLs the profiles know. */
  extensionUrls: ReadonlySet<string>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Values at `steps` below `node` (arrays flattened). */
function valuesAt(node: unknown, steps: string[]): unknown[] {
  let current = [node];
  for (const step of steps) current = current.flatMap((n) => (isObject(n) ? asList(n[step]) : []));
  return current;
}

/** Keys of a choice element (`value[x]`) that an object holds, with their types. */
function choiceKeys(node: Json, base: string): { key: string; type: string }[] {
  return Object.keys(node)
    .filter((k) => k.startsWith(base) && k.length > base.length && /^[A-Z]/.test(k.slice(base.length)))
    .map((k) => ({ key: k, type: k.slice(base.length) }));
}

const count = (node: Json, name: string) =>
  name.endsWith('[x]')
    ? choiceKeys(node, name.slice(0, -3)).length +
      Object.keys(node).filter((k) => k.startsWith(`_${name.slice(0, -3)}`)).length
    : asList(node[name]).length + (node[`_${name}`] !== undefined ? 1 : 0);

export function loadNilarProfiles(dir: string): NilarProfiles | undefined {
  if (!existsSync(dir)) return undefined;
  const definitions = readdirSync(dir)
    .filter((f) => f.startsWith('StructureDefinition-'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as StructureDefinition);
  const byUrl = new Map(definitions.map((d) => [d.url, d]));
  const profileOf = new Map(definitions.filter((d) => d.type !== 'Extension').map((d) => [d.type, d]));
  const extensionUrls = new Set(definitions.filter((d) => d.type === 'Extension').map((d) => d.url));

  /** An element's rules, applied to every instance of its parent. */
  function checkElement(root: Json, e: ElementDefinition, problems: string[], where: string) {
    const steps = e.path.split('.').slice(1);
    const name = steps.at(-1);
    if (!name || e.id.includes(':')) return;
    for (const parent of valuesAt(root, steps.slice(0, -1))) {
      if (!isObject(parent)) continue;
      const n = count(parent, name);
      if (e.min !== undefined && n < e.min)
        problems.push(`${where}${e.path}: ${n} present, at least ${e.min} required`);
      if (e.max !== undefined && e.max !== '*' && n > Number(e.max))
        problems.push(`${where}${e.path}: ${n} present, at most ${e.max} allowed`);
      const allowed = (e.type ?? []).map((t) => t.code);
      if (name.endsWith('[x]') && allowed.length > 0) {
        for (const { key, type } of choiceKeys(parent, name.slice(0, -3))) {
          if (!allowed.some((t) => upperFirst(t) === type))
            problems.push(`${where}${e.path}: ${key} is not one of ${allowed.join(', ')}`);
        }
      }
      const targets = (e.type ?? []).flatMap((t) => t.targetProfile ?? []).map((t) => t.split('/').pop());
      if (targets.length > 0) {
        for (const ref of asList(parent[name])) {
          const reference = isObject(ref) ? ref.reference : undefined;
          if (typeof reference === 'string' && !targets.some((t) => reference.startsWith(`${t}/`)))
            problems.push(`${where}${e.path}: ${reference} is not a ${targets.join(' or ')}`);
        }
      }
    }
  }

  /** Extension slices (`X.extension:name` with a profile) and every NILAR extension's definition. */
  function checkExtensions(root: Json, sd: StructureDefinition, problems: string[], where: string) {
    const slices = new Map<string, ElementDefinition[]>(); // element path → slices
    for (const e of sd.differential.element) {
      if (e.sliceName && e.path.endsWith('.extension') && e.type?.[0]?.profile?.[0]) {
        slices.set(e.path, [...(slices.get(e.path) ?? []), e]);
      }
    }
    const visit = (node: unknown, elementPath: string) => {
      if (Array.isArray(node)) {
        for (const n of node) visit(n, elementPath);
        return;
      }
      if (!isObject(node)) return;
      const declared = slices.get(`${elementPath}.extension`) ?? [];
      const extensions = asList(node.extension).filter(isObject);
      for (const slice of declared) {
        const url = slice.type?.[0]?.profile?.[0];
        const n = extensions.filter((x) => x.url === url).length;
        if (slice.min !== undefined && n < slice.min)
          problems.push(
            `${where}${elementPath}.extension:${slice.sliceName}: ${n} present, at least ${slice.min} required`,
          );
        if (slice.max !== undefined && slice.max !== '*' && n > Number(slice.max))
          problems.push(
            `${where}${elementPath}.extension:${slice.sliceName}: ${n} present, at most ${slice.max} allowed`,
          );
      }
      for (const x of extensions) {
        const url = String(x.url);
        if (!extensionUrls.has(url)) continue;
        if (!declared.some((s) => s.type?.[0]?.profile?.[0] === url))
          problems.push(
            `${where}${elementPath}.extension: ${url.split('/').pop()} is not declared here by NILAR`,
          );
        checkExtension(x, url, problems, `${where}${elementPath}.extension(${url.split('/').pop()})`);
      }
      for (const [key, value] of Object.entries(node)) {
        if (key !== 'extension' && key !== 'resourceType')
          visit(value, `${elementPath}.${key.replace(/^value[A-Z]\w*$/, 'value[x]')}`);
      }
    };
    visit(root, sd.type);
  }

  /** An extension against its own StructureDefinition: value type, or parts of a complex one. */
  function checkExtension(x: Json, url: string, problems: string[], where: string) {
    const sd = byUrl.get(url);
    if (!sd) return;
    for (const e of sd.differential.element) {
      if (e.id === 'Extension.value[x]') {
        const present = choiceKeys(x, 'value');
        if (e.max === '0' && present.length > 0)
          problems.push(`${where}: has ${present[0]?.key}, a complex extension has no value`);
        const allowed = (e.type ?? []).map((t) => upperFirst(t.code));
        for (const { key, type } of present) {
          if (allowed.length > 0 && !allowed.includes(type))
            problems.push(`${where}: ${key} is not one of ${allowed.join(', ')}`);
        }
      }
      if (e.id === 'Extension.extension' && e.max === '0' && asList(x.extension).length > 0)
        problems.push(`${where}: has parts, but is a simple extension`);
      if (e.id === 'Extension.extension' && e.min !== undefined && asList(x.extension).length < e.min)
        problems.push(`${where}: needs at least ${e.min} parts`);
      if (e.sliceName && e.path === 'Extension.extension') {
        const partUrl = e.type?.[0]?.profile?.[0];
        const parts = asList(x.extension).filter((p): p is Json => isObject(p) && p.url === partUrl);
        if (e.min !== undefined && parts.length < e.min)
          problems.push(`${where}: part ${e.sliceName} is required`);
        if (e.max !== undefined && e.max !== '*' && parts.length > Number(e.max))
          problems.push(`${where}: part ${e.sliceName} at most ${e.max}`);
        for (const part of parts)
          if (partUrl) checkExtension(part, partUrl, problems, `${where}.${e.sliceName}`);
      }
    }
  }

  return {
    extensionUrls,
    check(resource) {
      const type = String(resource.resourceType);
      const sd = profileOf.get(type);
      if (!sd) return [];
      const where = `${type}/${String(resource.id)} `;
      const problems: string[] = [];
      for (const e of sd.differential.element) checkElement(resource, e, problems, where);
      checkExtensions(resource, sd, problems, where);
      return problems;
    },
  };
}

/** FHIR's JSON rules: no empty arrays, objects or strings anywhere. */
export function emptyValues(node: unknown, at = ''): string[] {
  if (Array.isArray(node))
    return node.length === 0 ? [`${at}: empty array`] : node.flatMap((n, i) => emptyValues(n, `${at}[${i}]`));
  if (isObject(node)) {
    const keys = Object.keys(node);
    return keys.length === 0
      ? [`${at}: empty object`]
      : keys.flatMap((k) => emptyValues(node[k], at ? `${at}.${k}` : k));
  }
  return node === '' ? [`${at}: empty string`] : [];
}
