// Entry point: styles, language on <html lang>, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyLang } from './i18n.ts';
import { guardPendingSaves, queryClient } from './query.ts';
import { router } from './routes.tsx';
import { startScrollMemory } from './scroll.ts';
import { sessionQuery } from './session.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/feedback.css';
import './styles/answers.css';
import './styles/item-help.css';
import './styles/editor.css';
import './styles/ledger.css';
import './styles/contacts.css';
import './styles/incidents.css';
import './styles/print.css';

applyLang();
startScrollMemory(router.history);
guardPendingSaves();
// the session first, then the screen's file (the route's loader): both on their way before React renders
void queryClient.prefetchQuery(sessionQuery);
void router.load();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
