// The print view's only script: the print button (inline handlers are not allowed by the CSP).
document.getElementById('print-button')?.addEventListener('click', () => window.print());
