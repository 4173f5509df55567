// The host page's own script (no inline script under default-src 'self'): it records what the
// elements tell the host, and cancels the report opening when the page asks it to.
window.ppsEvents = [];
for (const type of ['pps-audit', 'pps-report-open', 'pps-elevated-access']) {
  document.addEventListener(type, (event) => {
    window.ppsEvents.push({ type, detail: event.detail, from: event.target.localName });
    if (type === 'pps-report-open' && document.body.dataset.openReports === 'host') event.preventDefault();
  });
}
