import { PpsValidationError } from '@pps-kit/api-client';
import { attestationFor, type Clinician } from './clinicians';
import type { DemoMessages } from './messages';

/**
 * The trust-framework attestation for the signed-in clinician and the open patient, as the EPJ
 * backend would send it to HelseID; or, when it cannot be built, every reason why.
 */
export function AttestationPanel({
  clinician,
  personId,
  t,
}: {
  clinician: Clinician;
  personId: string | undefined;
  t: DemoMessages;
}) {
  let body: React.ReactNode;
  if (!personId) body = <p>{t.attestationNoPatient}</p>;
  else {
    try {
      body = <pre>{JSON.stringify(attestationFor(clinician, personId), null, 2)}</pre>;
    } catch (error) {
      const issues = error instanceof PpsValidationError ? error.issues : [];
      body = (
        <div role="alert" className="epj-alert">
          <p>
            <strong>{t.attestationInvalid}</strong>
          </p>
          <ul>
            {issues.length > 0 ? (
              issues.map((issue) => (
                <li key={issue.path}>
                  {issue.path}: {issue.message}
                </li>
              ))
            ) : (
              <li>{String(error)}</li>
            )}
          </ul>
        </div>
      );
    }
  }
  return (
    <section className="epj-attestation" aria-labelledby="epj-attestation-title">
      <h2 id="epj-attestation-title">{t.attestationTitle}</h2>
      <p>{t.attestationIntro}</p>
      {body}
    </section>
  );
}
