/**
 * A policy document written in each operating system's own policy format, for deployment by
 * Group Policy / Intune (a .reg file), an MDM (a plist of managed preferences) or a Linux
 * configuration tool (the JSON as is). The app reads each back into the same document, so a
 * signature made over the JSON still verifies. Both take a checked policy (readPolicyDocument
 * found no problem), so its values are whole numbers, true/false, text, lists and objects.
 */
import { WINDOWS_POLICY_KEY } from '../electron/main/policy/windows-policy';

const regString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A .reg file: whole numbers and true/false as DWORDs, lists and objects (stateRules, noteUnitRule) as their JSON. */
export function policyAsRegFile(document: Record<string, unknown>): string {
  const lines = Object.entries(document).map(([name, value]) => {
    if (typeof value === 'boolean') return `${regString(name)}=dword:${value ? '00000001' : '00000000'}`;
    if (typeof value === 'number') return `${regString(name)}=dword:${value.toString(16).padStart(8, '0')}`;
    if (typeof value === 'string') return `${regString(name)}=${regString(value)}`;
    return `${regString(name)}=${regString(JSON.stringify(value))}`;
  });
  const key = WINDOWS_POLICY_KEY.replace(/^HKLM\\/, 'HKEY_LOCAL_MACHINE\\');
  return ['Windows Registry Editor Version 5.00', '', `[${key}]`, ...lines, ''].join('\r\n');
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function plistValue(value: unknown, indent: string): string[] {
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (typeof value === 'number') return [`${indent}<integer>${value}</integer>`];
  if (typeof value === 'string') return [`${indent}<string>${xml(value)}</string>`];
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.flatMap((item) => plistValue(item, `${indent}  `)), `${indent}</array>`];
  const entries = Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => [
    `${indent}  <key>${xml(key)}</key>`,
    ...plistValue(item, `${indent}  `),
  ]);
  return [`${indent}<dict>`, ...entries, `${indent}</dict>`];
}

/** A managed-preferences plist (for an MDM's custom settings payload, domain org.peernotebook.app). */
export function policyAsPlist(document: Record<string, unknown>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(document, ''),
    '</plist>',
    '',
  ].join('\n');
}
