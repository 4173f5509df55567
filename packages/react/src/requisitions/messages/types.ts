/** Texts of the requisition views (PaRek). */
export interface RequisitionMessages {
  listHeading: string;
  listLoading: string;
  listEmpty: string;
  listErrorTitle: string;
  notConfigured: string;
  activeHeading: string;
  closedHeading: string;
  /** `{count}` */
  activeCount: string;
  /** `{count}`: how many are closed. */
  showClosed: string;
  stageLabels: Record<string, string>;
  windowLabels: Record<string, string>;
  analyses: string;
  period: string;
  /** `{start}`, `{end}` */
  periodBetween: string;
  /** `{start}` */
  periodFrom: string;
  /** `{end}` */
  periodUntil: string;
  requested: string;
  requester: string;
  notes: string;
  progressLabel: string;
  stepRequested: string;
  stepSampling: string;
  stepDone: string;
  stepRevoked: string;
  /** `{count}` */
  specimensTaken: string;
  noSpecimens: string;
  /** `{type}`, `{time}`, `{accession}`, `{collector}`: each `none` when the lab gave none (a select). */
  specimenLine: string;
  stepStateDone: string;
  stepStateCurrent: string;
  stepStateTodo: string;
}
