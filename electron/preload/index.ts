/**
 * The preload: runs sandboxed, before the page, and exposes the host API as `window.notebook`.
 * It is bundled as CommonJS (a sandboxed preload cannot load ES modules) and imports only
 * Electron and shared/.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildHostBridge } from './host-bridge';

contextBridge.exposeInMainWorld('notebook', buildHostBridge(ipcRenderer));
