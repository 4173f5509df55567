/**
 * A server component that imports pps-kit's views and renders them inside the client provider:
 * server-rendered (their loading state), then hydrated, then filled from the mock backend.
 */
import { patientWithScenario } from '@pps-kit/mocks';
import { CumulativeTable, LabResultsOverview, RequisitionList, TrendChart } from '@pps-kit/react';
import { Providers } from './providers';

export default function Page() {
  const personId = patientWithScenario('gp-chemistry').personId;
  return (
    <main>
      <h1>Pasientjournal</h1>
      <Providers personId={personId}>
        <LabResultsOverview />
        <CumulativeTable />
        <TrendChart code="NPU04998" />
        <RequisitionList />
      </Providers>
    </main>
  );
}
