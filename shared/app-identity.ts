/**
 * Who the app is to the operating system. The app id names the macOS bundle, the Windows
 * AppUserModelID and the macOS managed-preferences domain an agency's policy is written to:
 * changing it makes installed copies a different app, so it never changes.
 */
export const APP_ID = 'org.peernotebook.app';
export const PRODUCT_NAME = 'Peer Notebook';
