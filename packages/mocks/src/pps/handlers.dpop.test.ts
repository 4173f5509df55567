/**
 * The mock PPS checks v2's DPoP proofs as HelseID's APIs do (pps-api.md §10.2, RFC 9449): each
 * way a proof can be wrong is a 401 OperationOutcome naming what is wrong, and a good one passes.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createDpopProof } from '../shared/dpop';
import { createPpsHandlers } from './handlers';

const server = setupServer(...createPpsHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const URL_V2 = 'https://ehr.example.test/api/pps/v2/DiagnosticReport/_search';
const personId = patientWithScenario('gp-chemistry').personId;
const TOKEN = 'access-token-1';

const b64 = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A good proof's parts, decoded, to change one thing at a time. */
async function goodParts(
  overrides: { method?: string; url?: string; accessToken?: string; iat?: number } = {},
) {
  const proof = await createDpopProof({
    method: overrides.method ?? 'POST',
    url: overrides.url ?? URL_V2,
    accessToken: overrides.accessToken ?? TOKEN,
    ...(overrides.iat === undefined ? {} : { iat: overrides.iat }),
  });
  const [head = '', body = '', signature = ''] = proof.split('.');
  return {
    proof,
    header: JSON.parse(Buffer.from(head, 'base64url').toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>,
    head,
    body,
    signature,
  };
}

async function send(dpop: string | undefined, authorization = `DPoP ${TOKEN}`) {
  const headers: Record<string, string> = {
    authorization,
    'content-type': 'application/x-www-form-urlencoded',
    'person-id': personId,
    'correlation-id': 'c',
  };
  if (dpop !== undefined) headers.dpop = dpop;
  const response = await fetch(URL_V2, { method: 'POST', headers, body: '_count=1' });
  const json = (await response.json()) as { resourceType?: string; issue?: { diagnostics?: string }[] };
  return {
    status: response.status,
    resourceType: json.resourceType,
    text: json.issue?.[0]?.diagnostics ?? '',
  };
}

const now = () => Math.floor(Date.now() / 1000);

describe('v2 DPoP proofs', () => {
  it('accepts a proof signed for this request, and only once', async () => {
    const { proof } = await goodParts();
    expect((await send(proof)).status).toBe(200);
    const again = await send(proof);
    expect(again.status).toBe(401);
    expect(again.text).toMatch(/jti was used before/);
  });

  it.each<[string, () => Promise<[string | undefined, string?]>, RegExp]>([
    ['no proof', async () => [undefined], /requires Authorization: DPoP/],
    [
      'a Bearer token',
      async () => [(await goodParts()).proof, `Bearer ${TOKEN}`],
      /requires Authorization: DPoP/,
    ],
    ['a proof that is not a JWT', async () => ['proof'], /not a JWT/],
    ['a header that is not JSON', async () => [`${b64('{')}.${b64({})}.x`], /not base64url JSON/],
    [
      'typ JWT',
      async () => {
        const p = await goodParts();
        return [`${b64({ ...p.header, typ: 'JWT' })}.${p.body}.${p.signature}`];
      },
      /typ must be dpop\+jwt/,
    ],
    [
      'alg none',
      async () => {
        const p = await goodParts();
        return [`${b64({ ...p.header, alg: 'none' })}.${p.body}.`];
      },
      /alg must be asymmetric/,
    ],
    [
      'alg HS256',
      async () => {
        const p = await goodParts();
        return [`${b64({ ...p.header, alg: 'HS256' })}.${p.body}.${p.signature}`];
      },
      /alg must be asymmetric/,
    ],
    [
      'no jwk',
      async () => {
        const p = await goodParts();
        const { jwk: _, ...header } = p.header;
        return [`${b64(header)}.${p.body}.${p.signature}`];
      },
      /no jwk/,
    ],
    [
      'a private key in the jwk',
      async () => {
        const p = await goodParts();
        return [
          `${b64({ ...p.header, jwk: { ...(p.header.jwk as object), d: 'secret' } })}.${p.body}.${p.signature}`,
        ];
      },
      /private key/,
    ],
    [
      'no jti',
      async () => {
        const p = await goodParts();
        const { jti: _, ...payload } = p.payload;
        return [`${p.head}.${b64(payload)}.${p.signature}`];
      },
      /no jti/,
    ],
    [
      'htm GET for a POST',
      async () => [(await goodParts({ method: 'GET' })).proof],
      /htm is not the request’s method/,
    ],
    [
      'htu of another route',
      async () => [(await goodParts({ url: URL_V2.replace('DiagnosticReport', 'Observation') })).proof],
      /htu is not the request’s URL/,
    ],
    [
      'htu of another host',
      async () => [(await goodParts({ url: URL_V2.replace('ehr.example.test', 'evil.example.test') })).proof],
      /htu is not the request’s URL/,
    ],
    [
      'htu that is not a URL',
      async () => {
        const p = await goodParts();
        return [`${p.head}.${b64({ ...p.payload, htu: 'somewhere' })}.${p.signature}`];
      },
      /htu is not a URL/,
    ],
    ['iat ten minutes old', async () => [(await goodParts({ iat: now() - 600 })).proof], /iat/],
    ['iat ten minutes ahead', async () => [(await goodParts({ iat: now() + 600 })).proof], /iat/],
    [
      'no iat',
      async () => {
        const p = await goodParts();
        const { iat: _, ...payload } = p.payload;
        return [`${p.head}.${b64(payload)}.${p.signature}`];
      },
      /iat/,
    ],
    ['ath of another token', async () => [(await goodParts({ accessToken: 'other' })).proof], /ath/],
    [
      'a payload changed after signing',
      async () => {
        const p = await goodParts();
        return [`${p.head}.${b64({ ...p.payload, jti: 'changed' })}.${p.signature}`];
      },
      /signature does not verify/,
    ],
    [
      'a signature from another key',
      async () => {
        const p = await goodParts();
        const key = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
        const signature = await crypto.subtle.sign(
          { name: 'ECDSA', hash: 'SHA-256' },
          key.privateKey,
          new TextEncoder().encode(`${p.head}.${p.body}`),
        );
        return [`${p.head}.${p.body}.${Buffer.from(signature).toString('base64url')}`];
      },
      /signature does not verify/,
    ],
  ])('refuses %s with 401 and an OperationOutcome', async (_, make, message) => {
    const [proof, authorization] = await make();
    const answer = await send(proof, authorization);
    expect(answer.status).toBe(401);
    expect(answer.resourceType).toBe('OperationOutcome');
    expect(answer.text).toMatch(message);
  });

  it('does not ask v1 for a proof', async () => {
    const response = await fetch(URL_V2.replace('/v2', ''), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'person-id': personId, cid: 'c' },
      body: '_count=1',
    });
    expect(response.status).toBe(200);
  });
});
