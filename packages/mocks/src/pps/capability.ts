import type { CapabilityStatement } from '@pps-kit/api-client';
import { SUPPORTED_INCLUDES, SUPPORTED_REVINCLUDES } from './store';

const common = [
  { name: '_id', type: 'token' },
  { name: 'date', type: 'date' },
  { name: 'identifier', type: 'token' },
  { name: '_count', type: 'number' },
  { name: '_skip', type: 'number' },
];

/** The mock PPS's CapabilityStatement (`GET /metadata`). */
export const capabilityStatement: CapabilityStatement = {
  resourceType: 'CapabilityStatement',
  status: 'active',
  date: '2026-11-01',
  kind: 'instance',
  fhirVersion: '4.0.1',
  format: ['application/fhir+json'],
  software: { name: 'pps-kit mock PPS', version: '1' },
  rest: [
    {
      mode: 'server',
      resource: [
        {
          type: 'DiagnosticReport',
          profile: 'http://nhn.no/fhir/nilar/StructureDefinition/nilar-diagnostic-report',
          interaction: [{ code: 'search-type' }],
          searchParam: common,
          searchInclude: SUPPORTED_INCLUDES,
        },
        {
          type: 'Observation',
          profile: 'http://nhn.no/fhir/nilar/StructureDefinition/nilar-observation',
          interaction: [{ code: 'search-type' }],
          searchParam: [...common, { name: '_tag', type: 'token' }, { name: '_tags', type: 'token' }],
          searchInclude: SUPPORTED_INCLUDES,
          searchRevInclude: SUPPORTED_REVINCLUDES,
        },
      ],
    },
  ],
};
