/** Chemistry: new then changed (one value corrected), and new then cancelled by the lab. */
import { BLOOD, chemistryItems, FJORDBY_LAB, GP, message, num, REPEAT, VERSIONS } from './envelope';

export const CHEMISTRY_CHANGED: readonly string[] = [
  // Chemistry, new, then changed: one value corrected (v1.4, decimal points in ranges, free units).
  message({
    genDate: '2026-10-20T13:10:05',
    msgId: 'a3c1f0e2-1d4b-4c8e-9f3a-5b6c7d8e9f01',
    servType: 'N',
    status: 'F',
    msgDescr: ['CLIN', 'Medisinsk biokjemi'],
    servProvId: 'PK-2026-77120',
    issueDate: '2026-10-20T13:09:40',
    servReq: { issueDate: '2026-10-19T15:00:00', id: 'R-55120', receiptDate: '2026-10-20T09:40:00' },
    patient: REPEAT,
    requester: GP,
    lab: FJORDBY_LAB,
    specimens: BLOOD('PK2026771201', '2026-10-20T08:05:00'),
    items: chemistryItems('5.9', 'N'),
    comment: 'Prøven var lett hemolysert. Kalium kan være falskt forhøyet.',
  }),
  message({
    genDate: '2026-10-21T09:02:11',
    msgId: 'a3c1f0e2-1d4b-4c8e-9f3a-5b6c7d8e9f02',
    servType: 'M',
    status: 'F',
    msgDescr: ['CLIN', 'Medisinsk biokjemi'],
    servProvId: 'PK-2026-77120',
    issueDate: '2026-10-21T09:01:50',
    servReq: { issueDate: '2026-10-19T15:00:00', id: 'R-55120', receiptDate: '2026-10-20T09:40:00' },
    patient: REPEAT,
    requester: GP,
    lab: FJORDBY_LAB,
    specimens: BLOOD('PK2026771201', '2026-10-20T08:05:00'),
    items: chemistryItems('4.1', 'M'),
    codedComment: ['VA', 'Vesentlig avvik fra tidligere svar'],
    comment: 'Kalium er analysert på nytt fra ikke-hemolysert prøve.',
  }),
];

export const CHEMISTRY_CANCELLED: readonly string[] = [
  // Chemistry, new, then cancelled by the lab.
  ...(['N', 'C'] as const).map((servType) =>
    message({
      genDate: servType === 'N' ? '2026-10-05T12:00:00' : '2026-10-06T08:30:00',
      msgId:
        servType === 'N' ? 'c1e9f8a0-9f2d-4e6a-9b1c-3d4e5f6a7b01' : 'c1e9f8a0-9f2d-4e6a-9b1c-3d4e5f6a7b02',
      servType,
      status: 'F',
      msgDescr: ['CLIN', 'Medisinsk biokjemi'],
      servProvId: 'PK-2026-66012',
      issueDate: '2026-10-05T11:59:00',
      servReq: { issueDate: '2026-10-04T12:00:00', id: 'R-66012', receiptDate: '2026-10-05T09:00:00' },
      patient: VERSIONS,
      requester: GP,
      lab: FJORDBY_LAB,
      specimens: BLOOD('PK2026660121', '2026-10-05T08:10:00'),
      items: num(['NPU01443', 'P-Kalsium'], '2.71', 'mmol/L', '2,15 - 2,51', { flag: '1', servType }),
      ...(servType === 'C'
        ? { comment: 'Svaret er kansellert: prøven tilhørte en annen pasient. Ny prøve må tas.' }
        : {}),
    }),
  ),
];
