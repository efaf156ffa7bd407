import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './app/App';
import { startVaultWorker } from './ui/vault-client';
import { host } from './app/host';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App vault={startVaultWorker()} host={host()} />
  </StrictMode>,
);
