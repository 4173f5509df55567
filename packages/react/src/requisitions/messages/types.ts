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
  /** `{type}`, `{time}` */
  specimenLine: string;
  specimenNumber: string;
  stepStateDone: string;
  stepStateCurrent: string;
  stepStateTodo: string;
}
